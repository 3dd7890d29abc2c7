"""How the index pages order things, and the spellings search finds a page by."""

from __future__ import annotations

import html
from collections.abc import Iterable
from typing import Any

from generator.model import ArticleDigest
from generator.site.escape import SPACE, ascii_fold

__all__ = ["by_name", "latest", "search_tags"]


def by_name(records: Iterable[Any]) -> list[Any]:
    return sorted(records, key=lambda r: (ascii_fold(r.name).casefold(), r.id))


def latest(articles: Iterable[ArticleDigest]) -> list[ArticleDigest]:
    """Newest first; undated sources last, in id order."""
    ordered = sorted(articles, key=lambda a: a.id)
    return sorted(ordered, key=lambda a: a.published or "", reverse=True)


def search_tags(names: Iterable[str]) -> list[str]:
    """Every spelling and its ASCII fold, for the search index's heavily boosted `tags`.

    HTML-escaped because Material's search results insert tags as HTML.
    """
    tags: dict[str, None] = {}
    for name in names:
        for form in (name, ascii_fold(name)):
            tags[html.escape(SPACE.sub(" ", form).strip(), quote=False)] = None
    return [t for t in tags if t]
