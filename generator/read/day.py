"""Whether a saved page writes the publication day trafilatura's date search found.

htmldate's extensive search, when a page gives no full date, falls back on a coarser one
and fills it with the 1st: a copyright year, or any year in the text, becomes 1 January
("© 2023 Nordic Wire" -> 2023-01-01, "the wall was built in 2019" -> 2019-01-01), a
month alone its 1st ("Archive: 11/2023" -> 2023-11-01). Such a day is a wrong date, worse
than none, so a 1st is kept only when the page writes that very day: in a tag or its
address ("2023-11-01T08:00", "/2023/11/01/", "20231101"), or as a date in its text ("1
November 2023", "Nov. 1, 2023"). Any other day htmldate only reads, never fills in. The
text's dates are read as a copied page's date lines are (`clean.meta.dates_in`): one
reading of a written date for both forms of a page.
"""

from __future__ import annotations

import re

from lxml.html import HtmlElement

from generator.clean.meta import Dated, dates_in

__all__ = ["searched_day", "unwritten_first"]

_FIRST = re.compile(r"(\d{4})-(\d{2})-01")


def unwritten_first(day: str, html: str, tree: HtmlElement | None) -> bool:
    """Whether `day` is a month's 1st that the page (`html`, parsed as `tree`) never
    writes: a day htmldate filled in from a year or a month."""
    m = _FIRST.match(day)
    if m is None:
        return False
    year, month = m.groups()
    if any(f"{year}{sep}{month}{sep}01" in html for sep in ("-", "/", ".", "")):
        return False
    return not any(dated.iso == m.group(0) for dated in _written(tree))


def searched_day(day: str | None, tree: HtmlElement | None) -> str | None:
    """The day htmldate's search of a page's text found (no tag, address or `<time>`
    gives one), when it is the only day the page's date lines write. The search picks
    the oldest date it reads anywhere: a related article's, a comment's or an archive
    list's as readily as the article's own, so a day is kept only when no date line of
    the page names another ("Posted 3 November 2023" and nothing else). An update's line
    ("Updated 5 November 2023") names the same article and is not counted against it."""
    if day is None:
        return None
    days = {d.iso for d in _written(tree) if d.iso and d.whole and not d.updated}
    return day if days == {day} else None


def _written(tree: HtmlElement | None) -> list[Dated]:
    """The dates the page's text writes, each element's text apart: text_content()
    glues a block's words to the next's."""
    text = "\n".join(tree.itertext()) if tree is not None else ""
    return [dated for line in text.splitlines() for dated in dates_in(line)]
