"""People, countries and organisations in one article, from spaCy's NER plus rules.

`spans` says what the words around a candidate name show, `people` finds the people
(mending the small model's mistakes on news copy), `clusters` joins surnames and short
forms to the full name they refer to, `places` finds countries and organisations.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from generator.article.entities.clusters import Mention, PersonCluster
from generator.article.entities.people import PersonFinder
from generator.article.entities.places import PlaceFinder
from generator.registry import Gazetteer, Registry
from generator.text.names import fold

if TYPE_CHECKING:  # the language model is imported only by runs that parse
    from spacy.tokens import Doc

__all__ = ["EntityFinder", "Found", "Mention", "PersonCluster"]


@dataclass
class Found:
    people: list[PersonCluster]
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

    def find(self, doc: Doc, sentence_of: list[int]) -> Found:
        people = self._people.people(doc, sentence_of)
        countries = self._places.countries(doc, sentence_of, people)
        organizations = self._places.organizations(doc, sentence_of, people, countries)
        return Found(people, countries, organizations)
