"""People, countries and organisations in one article, from spaCy's NER plus rules.

`spans` says what the words around a candidate name show, `people` finds the people
(mending the small model's mistakes on news copy), `clusters` joins surnames and short
forms to the full name they refer to, `places` finds countries and organisations.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from generator.article.entities.clusters import Mention, PersonCluster
from generator.article.entities.people import PersonFinder
from generator.article.entities.places import PlaceFinder
from generator.article.roles import CountryBefore
from generator.registry import Gazetteer, Registry
from generator.text.names import fold

if TYPE_CHECKING:  # the language model is imported only by runs that parse
    from spacy.tokens import Doc

__all__ = ["EntityFinder", "Found", "Mention", "PersonCluster"]


@dataclass
class Found:
    people: list[PersonCluster]
    candidates: list[PersonCluster]  # names the article alone cannot settle
    countries: dict[str, list[Mention]]
    organizations: dict[str, tuple[str, list[Mention]]]  # id -> (name, mentions)


class EntityFinder:
    """Everything one article names, with the gazetteer and registry read once per run."""

    def __init__(self, gazetteer: Gazetteer, registry: Registry) -> None:
        self.gazetteer = gazetteer
        self.registry = registry
        org_names: dict[str, str] = {}
        for org in registry.organizations:
            for n in [org.name, *org.aliases]:
                org_names[fold(n)] = org.name
        self._people = PersonFinder(gazetteer, registry, org_names)
        self._places = PlaceFinder(gazetteer, org_names)

    def _country_before(self, doc: Doc, sentence_of: list[int]) -> CountryBefore:
        """What "the country" refers to at a token: the one country the article has named
        before it, if it has named only one (found on first use: most articles never ask)."""

        @cache
        def starts() -> list[tuple[int, str]]:
            found = self._places.countries(doc, sentence_of, [])
            return sorted((m.start, cid) for cid, mentions in found.items() for m in mentions)

        def before(i: int) -> str | None:
            named = {cid for start, cid in starts() if start < i}
            return named.pop() if len(named) == 1 else None

        return before

    def find(self, doc: Doc, sentence_of: list[int], outlet: str | None = None) -> Found:
        """The article's people, candidates, countries and organisations; `outlet` is the
        page's own outlet, which the article may name ("told Harbour Maverick")."""
        before = self._country_before(doc, sentence_of)
        people, candidates, bodies = self._people.people(doc, sentence_of, before, outlet)
        countries = self._places.countries(doc, sentence_of, people)
        organizations = self._places.organizations(doc, sentence_of, people, countries, bodies)
        return Found(people, candidates, countries, organizations)
