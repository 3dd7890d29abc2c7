"""The home page as a briefing: as of when, what is new (the latest stories, how many
outlets covered them, their key lines, quotes with their speakers, disagreements), then
the rest: earlier stories, the most mentioned people and countries, the latest sources,
and who is mentioned with whom."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from markupsafe import Markup

from generator.model import Citation, Disagreement, PersonDigest, StoryDigest
from generator.settings import (
    GRAPH_PAIRS,
    GRAPH_PEOPLE,
    LATEST_SOURCES,
    NEW_STORIES,
    NEW_STORY_DISAGREEMENTS,
    NEW_STORY_LINES,
    NEW_STORY_QUOTES,
    TOP_ENTITIES,
)
from generator.site import svg
from generator.site.links import Site
from generator.site.lists import latest
from generator.site.storylist import StoryFacts, facts, ordered

__all__ = ["NewStory", "home"]


@dataclass(frozen=True)
class NewStory:
    story: StoryDigest
    facts: StoryFacts
    lines: list[Citation]  # its summary, the newest article's lines first
    quotes: list[Citation]  # one per speaker
    disagreements: list[Disagreement]


def home(site: Site) -> dict[str, Any]:
    d = site.d
    people = sorted(d.people, key=lambda p: (-site.person_mentions[p], p))[:TOP_ENTITIES]
    countries = sorted(d.countries, key=lambda c: (-site.country_mentions[c], c))[:TOP_ENTITIES]
    pairs = _pairs(d.people.values())
    stories = [(s, facts(d, s)) for s in ordered(d)]
    dates = [a.published for a in d.articles.values() if a.published]
    return {
        "empty": not (d.articles or d.people or d.countries or d.stories),
        "as_of": max(dates) if dates else None,
        "undated": sum(1 for a in d.articles.values() if not a.published),
        "outlets": len(
            {a.outlet.strip() for a in d.articles.values() if a.outlet and a.outlet.strip()}
        ),
        "new": [_new(site, s, f) for s, f in stories[:NEW_STORIES]],
        "rest": stories[NEW_STORIES:],
        "people": people,
        "countries": countries,
        "latest": latest(d.articles.values())[:LATEST_SOURCES],
        "pairs": pairs[:GRAPH_PAIRS],
        "picture": _comention_svg(site, pairs),
    }


def _new(site: Site, story: StoryDigest, known: StoryFacts) -> NewStory:
    rank = {aid: n for n, aid in enumerate(known.articles)}
    lines = sorted(story.summary, key=lambda c: (rank.get(c.article, len(rank)), c.sentence))
    quotes: dict[str, Citation] = {}
    for quote in known.quotes:
        speaker = site.speaker(quote.article, quote.sentence)
        if speaker and speaker not in quotes:
            quotes[speaker] = quote
    return NewStory(
        story=story,
        facts=known,
        lines=lines[:NEW_STORY_LINES],
        quotes=list(quotes.values())[:NEW_STORY_QUOTES],
        disagreements=story.disagreements[:NEW_STORY_DISAGREEMENTS],
    )


def _pairs(people: Iterable[PersonDigest]) -> list[tuple[str, str, int]]:
    """People mentioned in the same sentences, most often first; both must have pages."""
    people = list(people)
    known = {p.id for p in people}
    counts: dict[tuple[str, str], int] = {}
    for person in people:
        for other in person.related_people:
            if other.id in known and other.id != person.id and other.count > 0:
                a, b = sorted((person.id, other.id))
                counts[a, b] = max(counts.get((a, b), 0), other.count)
    return sorted(((a, b, n) for (a, b), n in counts.items()), key=lambda t: (-t[2], t[0], t[1]))


def _comention_svg(site: Site, pairs: list[tuple[str, str, int]]) -> Markup | None:
    linked = {pid for a, b, _ in pairs for pid in (a, b)}
    chosen = sorted(linked, key=lambda p: (-site.person_mentions[p], p))[:GRAPH_PEOPLE]
    if len(chosen) < 2:
        return None
    index = {pid: i for i, pid in enumerate(chosen)}
    names = [site.person_name(p) for p in chosen]
    edges = [(index[a], index[b], n) for a, b, n in pairs if a in index and b in index]
    return Markup(svg.comention(names, edges))
