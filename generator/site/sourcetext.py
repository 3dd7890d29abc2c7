"""A source's clean text by paragraph and sentence, names linked to their pages."""

from __future__ import annotations

import re
from typing import Any

from markupsafe import Markup

from generator.model import ArticleDigest, ArticleEntity
from generator.site.links import Segment, Sentence, Site

__all__ = ["paragraphs"]


def paragraphs(site: Site, article: ArticleDigest) -> list[list[Sentence]]:
    """The clean text by paragraph, names linked to their pages."""
    count = len(article.sentences)
    starts = sorted({0, *(p for p in article.paragraphs if 0 < p < count)}) if count else []
    bounds = [*starts, count]
    paragraphs = []
    for begin, end in zip(bounds, bounds[1:], strict=False):
        linked: set[str] = set()  # each page linked once per paragraph: less noise
        paragraph = []
        for n in range(begin, end):
            names = {k: u for k, u in _names_in(site, article, n).items() if u not in linked}
            parts = _segments(article.sentences[n], names)
            linked.update(part.url for part in parts if part.url)
            paragraph.append(Sentence(n, parts))
        paragraphs.append(paragraph)
    return paragraphs


def _names_in(site: Site, article: ArticleDigest, number: int) -> dict[str, Markup]:
    """Spellings to link in one sentence. Lower-case forms ("she") are not names."""
    found: dict[str, Markup] = {}
    groups: list[tuple[list[ArticleEntity], Any]] = [
        (article.people, site.person_url),
        (article.countries, site.country_url),
    ]
    for entities, url_of in groups:
        for entity in entities:
            url = url_of(entity.id)
            if url is None or number not in entity.sentences:
                continue
            for form in entity.as_written:
                if form[:1].isupper():
                    found.setdefault(form, url)
    return found


def _segments(text: str, names: dict[str, Markup]) -> list[Segment]:
    if not names:
        return [Segment(text, None)]
    alternatives = "|".join(re.escape(n) for n in sorted(names, key=lambda n: (-len(n), n)))
    parts: list[Segment] = []
    last = 0
    done: set[str] = set()
    for match in re.finditer(rf"(?<!\w)(?:{alternatives})(?!\w)", text):
        url = names[match[0]]
        if url in done:
            continue
        done.add(url)
        parts.append(Segment(text[last : match.start()], None))
        parts.append(Segment(match[0], url))
        last = match.end()
    parts.append(Segment(text[last:], None))
    return [part for part in parts if part.text]
