"""Stories as a reader meets them: latest first, with their outlets, their quotes, and
where a merged or split story's old URL leads."""

from __future__ import annotations

from dataclasses import dataclass

from generator.model import Citation, StoryDigest
from generator.site.data import Digests

__all__ = ["StoryFacts", "facts", "moved", "ordered"]


@dataclass(frozen=True)
class StoryFacts:
    """What a list of stories says about each."""

    first: str | None  # the oldest dated article's date
    latest: str | None  # the newest dated article's date
    articles: list[str]  # newest first, undated last
    outlets: list[str]  # the named outlets that covered it
    quotes: list[Citation]  # quotes with a named speaker, newest article first
    continued_in: list[str]  # stories that took some of its articles (a split)


def facts(d: Digests, story: StoryDigest) -> StoryFacts:
    known = [d.articles[a] for a in story.articles if a in d.articles]
    dates = sorted(a.published for a in known if a.published)
    newest = sorted(
        sorted(known, key=lambda a: a.id), key=lambda a: a.published or "", reverse=True
    )
    cited = [(a, q) for a in newest for q in a.cited_quotes if q.speaker]
    quotes = [Citation(a.id, q.sentence, q.text) for a, q in cited]
    return StoryFacts(
        first=dates[0] if dates else None,
        latest=dates[-1] if dates else None,
        articles=[a.id for a in newest],
        outlets=sorted({a.outlet.strip() for a in known if a.outlet and a.outlet.strip()}),
        quotes=quotes,
        continued_in=sorted(s.id for s in d.stories.values() if story.id in s.formerly),
    )


def ordered(d: Digests) -> list[StoryDigest]:
    """Stories by their latest article, newest first; stories with no dated article
    last, by title."""
    latest = {s.id: facts(d, s).latest or "" for s in d.stories.values()}
    by_title = sorted(d.stories.values(), key=lambda s: (s.title.casefold(), s.id))
    return sorted(by_title, key=lambda s: latest[s.id], reverse=True)


def moved(d: Digests) -> dict[str, list[str]]:
    """Old story ids that are no story now (merged away), and the stories they lead to."""
    leads: dict[str, list[str]] = {}
    for story in sorted(d.stories.values(), key=lambda s: s.id):
        for old in story.formerly:
            if old not in d.stories:
                leads.setdefault(old, []).append(story.id)
    return leads
