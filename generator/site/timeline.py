"""Dated mentions in the sources, in date order, and their picture."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from markupsafe import Markup

from generator.model import ArticleDigest
from generator.site import svg

__all__ = ["Event", "events", "timeline_picture"]


@dataclass(frozen=True)
class Event:
    date: str
    article: str
    sentence: int
    text: str


def events(articles: Iterable[ArticleDigest]) -> list[Event]:
    """Every dated mention in the sources, in date order, once per sentence and date."""
    events: dict[tuple[str, str, int], Event] = {}
    for article in articles:
        for mention in article.dates:
            if not mention.date:
                continue
            text = mention.text
            if 0 <= mention.sentence < len(article.sentences):
                text = article.sentences[mention.sentence]
            key = (mention.date, article.id, mention.sentence)
            events.setdefault(key, Event(mention.date, article.id, mention.sentence, text))
    return [events[k] for k in sorted(events)]


def timeline_picture(events: list[Event]) -> Markup | None:
    picture = svg.timeline([e.date for e in events])
    return Markup(picture) if picture else None
