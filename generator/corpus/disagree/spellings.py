"""One person's name spelled two ways across a story's sources."""

from __future__ import annotations

from rapidfuzz.distance import Levenshtein

from generator.model import ArticleDigest, Citation, Disagreement, PersonDigest
from generator.settings import SPELLING_SIMILARITY
from generator.text.names import fold

__all__ = ["spellings"]


def _spelling_key(name: str) -> str:
    """Spellings that differ only by case, accents or a plural "s" are one spelling."""
    return fold(name).removesuffix("'s").removesuffix("s")


def spellings(group: list[ArticleDigest], persons: list[PersonDigest]) -> list[Disagreement]:
    """Full names one person is written with in the story's sources, when they are one
    name spelled two ways ("Madis Rohr", "Madis Roll"), not two names the resolver
    took for one person ("Ian Blair", "Tony Blair")."""
    found = []
    by_id = {a.id: a for a in group}
    mentioned = {p.id for a in group for p in a.people}
    for person in persons:
        if person.id not in mentioned:
            continue
        spellings: dict[str, tuple[str, int]] = {}
        for alias in person.aliases:
            if (
                len(alias.name.split()) < 2
                or alias.name != alias.name.strip()
                or alias.name.islower()
                or Levenshtein.normalized_similarity(fold(alias.name), fold(person.name))
                < SPELLING_SIMILARITY
            ):
                continue
            for article_id in alias.articles:
                if article_id not in by_id:
                    continue
                article = by_id[article_id]
                sentence = next(
                    (i for i, s in enumerate(article.sentences) if alias.name in s), None
                )
                if sentence is not None and _spelling_key(alias.name) not in {
                    _spelling_key(k) for k in spellings
                }:
                    spellings[alias.name] = (article_id, sentence)
        if len(spellings) > 1:
            found.append(
                Disagreement(
                    kind="spelling",
                    about=f"{person.name} is spelled {', '.join(sorted(spellings))}",
                    citations=[
                        Citation(a, s, by_id[a].sentences[s])
                        for _, (a, s) in sorted(spellings.items())
                    ],
                )
            )
    return found
