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
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, datetime
from functools import partial

from lxml.html import HtmlElement

from generator.clean.meta import Dated, dates_in
from generator.settings import CLEAN_GOOD_WORDS

__all__ = ["filled_with_firsts", "header_day", "searched_day", "unwritten_first"]

_FIRST = re.compile(r"(\d{4})-(\d{2})-01")


@contextmanager
def filled_with_firsts() -> Iterator[None]:
    """While htmldate reads a page, what a date it cannot take as ISO lacks is filled with
    the 1st of January, not with today: it hands such a string to dateutil, whose default is
    the day of the run ("2023-11" read on 2 December -> 2023-11-02, a different wrong day
    each day). Filled with a 1st, a day the page does not write is dropped by
    `unwritten_first`, whatever the day of the run."""
    from dateutil.parser import parse
    from htmldate import extractors

    name = "dateutil_parse"  # the name htmldate's extractors call it by
    original = getattr(extractors, name)
    setattr(extractors, name, partial(parse, default=datetime(date.today().year, 1, 1)))
    try:
        yield
    finally:
        setattr(extractors, name, original)


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


def searched_day(
    day: str | None, tree: HtmlElement | None, headline: str | None, article: str
) -> str | None:
    """The day htmldate's search of a page's text found (no tag, address or `<time>`
    gives one), when the page's date lines say it is the article's: it is the only day
    they write, or the article's header writes it (a date line under the `headline`,
    before the first paragraph of the `article` text). The search picks the oldest date
    it reads anywhere, a related story's or an archive list's as readily as the
    article's own; a later one (a comment's, an event's) it passes over. An update's
    line ("Updated 5 November 2023") is not counted against the day."""
    if day is None:
        return None
    lines = _lines(tree)
    dated = [
        (i, d)
        for i, line in enumerate(lines)
        for d in dates_in(line)
        if d.iso and d.whole and not d.updated
    ]
    if {d.iso for _, d in dated} == {day}:
        return day
    header = _header(lines, headline, article)
    return day if any(d.iso == day and i in header for i, d in dated) else None


def header_day(
    day: str, html: str, tree: HtmlElement | None, headline: str | None, article: str
) -> str:
    """The publication day the page's date line under its headline writes, over the day
    trafilatura found in the page's text when no tag or address writes that one: an
    element named for a date above the headline is the masthead's today as often
    ("Mon, 25 Dec 2023" in a date box, the article's "Thu, 14 May 2020" under the
    headline). `day` when the header writes it, writes no day or several."""
    year, month, date_ = day[:4], day[5:7], day[8:10]
    if any(f"{year}{sep}{month}{sep}{date_}" in html for sep in ("-", "/", ".", "")):
        return day  # a tag's or the address's day
    lines = _lines(tree)
    header = _last_header(lines, headline or "", article)
    days = {
        d.iso for i in header for d in dates_in(lines[i]) if d.iso and d.whole and not d.updated
    }
    if len(days) == 1 and day not in days:
        return days.pop()
    # a numeric date read day first ("10/04/2016 05:07 AM EDT" as 10 April) that the
    # page's date lines read month first, as its time zone writes them, and never as found
    written = {d.iso for line in lines for d in dates_in(line) if d.iso and d.whole}
    swapped = f"{year}-{date_}-{month}"
    return swapped if day not in written and swapped in written else day


def _last_header(lines: list[str], headline: str, article: str) -> range:
    """The lines between the article's first paragraph and the nearest line over it that
    is the headline, or the title's part before the site's name ("Ferry strike ends --
    Nordic Wire"); none when either is not found."""
    words = _flat(headline)
    first = next(
        (
            i
            for i, line in enumerate(lines)
            if len(line.split()) >= CLEAN_GOOD_WORDS and _flat(line) in article.casefold()
        ),
        None,
    )
    if first is None or not words:
        return range(0)
    for i in range(first - 1, -1, -1):
        line = _flat(lines[i])
        if line and (
            line == words or (words.startswith(line + " ") and 2 * len(line) >= len(words))
        ):
            return range(i + 1, first)
    return range(0)


def _header(lines: list[str], headline: str | None, article: str) -> range:
    """The lines between the headline and the article's first paragraph (one of the
    article's lines of a paragraph's length, CLEAN_GOOD_WORDS words); none when either
    is not found."""
    words = " ".join((headline or "").split()).casefold()
    top = next((i for i, line in enumerate(lines) if words and _flat(line) == words), None)
    if top is None:
        return range(0)
    for i in range(top + 1, len(lines)):
        line = " ".join(lines[i].split())
        if len(line.split()) >= CLEAN_GOOD_WORDS and line in article:
            return range(top + 1, i)
    return range(0)


def _flat(line: str) -> str:
    return " ".join(line.split()).casefold()


def _lines(tree: HtmlElement | None) -> list[str]:
    """The page's text, each element's text apart: text_content() glues a block's words
    to the next's."""
    return ("\n".join(tree.itertext()) if tree is not None else "").splitlines()


def _written(tree: HtmlElement | None) -> list[Dated]:
    """The dates the page's text writes."""
    return [dated for line in _lines(tree) for dated in dates_in(line)]
