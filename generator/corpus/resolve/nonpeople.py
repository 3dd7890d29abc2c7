"""People one article lists on the model's word alone, which the corpus shows to be an
organisation: the mirror of promoting a candidate (see `candidates`).

The small model tags a band, a club, a show or a firm as a person in one article ("the
top five includes Led Zeppelin") and nothing there says otherwise; other articles of the
corpus tag the same name an organisation. A person the article lists weakly (no role, no
quote, no country, one spelling) is taken out of its people when the articles that have
the full name as an organisation, and neither as a person nor as a name they doubt,
outweigh those that have it as a person (one each, `settings.PERSON_SIGN_WEIGHT` where
the person has a role or a quote there). A lone word is never taken out: a surname a
club's name shares ("Barton", "Ford") names players in other articles. A name an
article doubts (a candidate) is no evidence either way: the tennis players the model
tags as organisations in a results line are doubted there.

Decided afresh on every run: the people taken out last time (`ArticleDigest.withdrawn`)
are put back first, and the evidence is read before anything is taken out, so the
digests depend neither on an earlier run nor on the order of the files.
"""

from __future__ import annotations

from collections.abc import Iterable

from generator.model import ArticleDigest, ArticleEntity
from generator.settings import PERSON_SIGN_WEIGHT
from generator.text.names import fold

__all__ = ["restore_withdrawn", "withdraw_nonpeople"]


def restore_withdrawn(articles: list[ArticleDigest]) -> set[str]:
    """Put back into each article's people those an earlier run took out; the ids of the
    articles it changed (see `resolve_people`)."""
    changed: set[str] = set()
    for article in articles:
        if article.withdrawn:
            article.people = sorted(article.people + article.withdrawn, key=lambda p: p.id)
            article.withdrawn = []
            changed.add(article.id)
    return changed


def withdraw_nonpeople(articles: list[ArticleDigest]) -> set[str]:
    """Take out of each article's people the weak ones other articles show to be an
    organisation (see the module's docstring), keeping them in `withdrawn`; the ids of
    the articles it changed."""
    names = _Names()
    weak = {a.id: _weak(a, names) for a in articles}
    wanted = {name for people in weak.values() for _, name in people}
    if not wanted:
        return set()
    as_person, as_organisation = _evidence(articles, wanted, names)
    changed: set[str] = set()
    for article in articles:
        gone = [
            p
            for p, name in weak[article.id]
            if name in as_organisation
            and _outweighed(as_organisation[name], as_person.get(name, {}), article.id)
        ]
        if gone:
            changed.add(article.id)
            taken = {id(p) for p in gone}
            article.people = [p for p in article.people if id(p) not in taken]
            article.withdrawn = sorted(gone, key=lambda p: p.id)
    return changed


class _Names(dict[str, str]):
    """Each spelling folded once, a lone word to "": a corpus repeats its names (folding
    every one of 2,000 articles' entities took a second)."""

    def __missing__(self, form: str) -> str:
        folded = self[form] = fold(form) if " " in form.strip() else ""
        return folded

    def of(self, entities: Iterable[ArticleEntity], wanted: set[str]) -> set[str]:
        return {name for e in entities for f in e.as_written if (name := self[f]) in wanted}


def _weak(article: ArticleDigest, names: _Names) -> list[tuple[ArticleEntity, str]]:
    """The people listed with nothing but the model's label (no role, no quote, no
    country, one spelling) under a full name, each with that name folded."""
    speakers = {q.speaker for q in article.quotes}
    return [
        (p, names[p.as_written[0]])
        for p in article.people
        if not p.roles
        and p.country is None
        and len(p.as_written) == 1
        and p.id not in speakers
        and names[p.as_written[0]]
    ]


def _evidence(
    articles: list[ArticleDigest], wanted: set[str], names: _Names
) -> tuple[dict[str, dict[str, int]], dict[str, set[str]]]:
    """For each folded name `wanted`: the articles that have it as a person's, with their
    weight, and those that have it as an organisation and neither as a person nor as a
    candidate."""
    as_person: dict[str, dict[str, int]] = {}
    as_organisation: dict[str, set[str]] = {}
    for article in articles:
        speakers = {q.speaker for q in article.quotes}
        people: set[str] = set()
        for person in article.people:
            weight = PERSON_SIGN_WEIGHT if person.roles or person.id in speakers else 1
            for form in person.as_written:
                name = names[form]
                if name in wanted:
                    held = as_person.setdefault(name, {})
                    held[article.id] = max(held.get(article.id, 0), weight)
                    people.add(name)
        organisations = names.of(article.organizations, wanted)
        if organisations:
            doubted = names.of(article.candidates, wanted)
            for name in organisations - people - doubted:
                as_organisation.setdefault(name, set()).add(article.id)
    return as_person, as_organisation


def _outweighed(organisation: set[str], person: dict[str, int], article: str) -> bool:
    """The other articles that have the name as an organisation outweigh those that have
    it as a person."""
    against = len(organisation - {article})
    return against > sum(w for a, w in person.items() if a != article)
