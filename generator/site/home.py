"""What the home page shows: the stories, the most mentioned people and countries, the
latest sources, and who is mentioned with whom."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from markupsafe import Markup

from generator.model import PersonDigest
from generator.settings import GRAPH_PAIRS, GRAPH_PEOPLE, LATEST_SOURCES, TOP_ENTITIES
from generator.site import svg
from generator.site.links import Site
from generator.site.lists import latest

__all__ = ["home"]


def home(site: Site) -> dict[str, Any]:
    d = site.d
    people = sorted(d.people, key=lambda p: (-site.person_mentions[p], p))[:TOP_ENTITIES]
    countries = sorted(d.countries, key=lambda c: (-site.country_mentions[c], c))[:TOP_ENTITIES]
    pairs = _pairs(d.people.values())
    return {
        "empty": not (d.articles or d.people or d.countries or d.stories),
        "stories": list(d.stories.values()),
        "people": people,
        "countries": countries,
        "latest": latest(d.articles.values())[:LATEST_SOURCES],
        "pairs": pairs[:GRAPH_PAIRS],
        "picture": _comention_svg(site, pairs),
    }


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
    nodes = [(site.person_name(p), site.person_mentions[p]) for p in chosen]
    edges = [(index[a], index[b], n) for a, b, n in pairs if a in index and b in index]
    return Markup(svg.comention(nodes, edges))
