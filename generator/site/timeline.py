"""The timeline: year by year, the stories covered then and the dated events the
sources report, each date at the precision its source gave."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from markupsafe import Markup

from generator.model import ArticleDigest, StoryDigest
from generator.site import svg
from generator.site.data import Digests
from generator.site.storylist import StoryFacts, facts, ordered
from generator.site.when import year

__all__ = ["Event", "Year", "events", "timeline", "timeline_picture"]


@dataclass(frozen=True)
class Event:
    date: str
    article: str
    sentence: int
    text: str


@dataclass
class Year:
    year: str
    stories: list[tuple[StoryDigest, StoryFacts]] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    sources: int = 0  # sources published that year


def events(articles: Iterable[ArticleDigest]) -> list[Event]:
    """Every dated mention in the sources, in date order, once per sentence and date."""
    found: dict[tuple[str, str, int], Event] = {}
    for article in articles:
        for mention in article.dates:
            if not mention.date or year(mention.date) is None:
                continue
            text = mention.text
            if 0 <= mention.sentence < len(article.sentences):
                text = article.sentences[mention.sentence]
            key = (mention.date, article.id, mention.sentence)
            found.setdefault(key, Event(mention.date, article.id, mention.sentence, text))
    return [found[k] for k in sorted(found)]


def timeline(d: Digests) -> tuple[list[Year], list[tuple[StoryDigest, StoryFacts]]]:
    """Every year a source was published in or an event is dated in, oldest first; and
    the stories none of whose articles is dated."""
    years: dict[str, Year] = {}
    for article in d.articles.values():
        when = year(article.published)
        if when:
            years.setdefault(when, Year(when)).sources += 1
    for event in events(d.articles.values()):
        years.setdefault(event.date[:4], Year(event.date[:4])).events.append(event)
    undated = []
    for story in reversed(ordered(d)):  # oldest first within a year
        known = facts(d, story)
        spanned = sorted({y for a in known.articles if (y := year(d.articles[a].published))})
        for when in spanned:
            years[when].stories.append((story, known))
        if not spanned:
            undated.append((story, known))
    return [years[y] for y in sorted(years)], sorted(undated, key=lambda sf: sf[0].title)


def timeline_picture(years: list[Year]) -> Markup | None:
    picture = svg.years([(y.year, len(y.events), y.sources) for y in years])
    return Markup(picture) if picture else None
