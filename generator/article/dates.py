"""Dates in the text, resolved against the article's own date when it is known.

"last week", "on Tuesday" and "May 10" mean nothing without the day the article was
written; with no published date they stay unresolved (`null`) rather than guessed.
"March 2023" carries its year, so it resolves either way, to the precision written.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from functools import lru_cache
from typing import TYPE_CHECKING

import dateparser
from dateparser.date import DateDataParser

from generator import lexicon
from generator.article import cached
from generator.model import DateMention
from generator.settings import DATES_COMING_MAX_DAYS

if TYPE_CHECKING:  # the language model is imported only by runs that parse
    from spacy.tokens import Doc

__all__ = ["find_dates", "parse_published", "ready"]

_MONTH = "(" + "|".join(sorted(lexicon.words("calendar", "month_abbreviations"))) + r")[a-z]*\.?"
_WEEKDAY = "(" + "|".join(sorted(lexicon.words("calendar", "weekdays"))) + ")"
# a year alone: "0800" (GMT) is a time of day and "9276" a number, not a year
_YEAR_ONLY = re.compile(r"^(in )?((?:1\d|20)\d\d)$", re.I)
_MONTH_YEAR = re.compile(rf"^{_MONTH},? (\d{{4}})$", re.I)
_HAS_YEAR = re.compile(r"\b(1[89]|20)\d\d\b")
# a day of a month without its year: "October 27", "27th October"
_MONTH_DAY = re.compile(
    rf"^(?:{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?|\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH})$", re.I
)
# what a date mention must look like to be placed on a timeline
_DATED = re.compile(
    rf"\b({_MONTH}\s+\d{{1,2}}|\d{{1,2}}\s+{_MONTH}|{_WEEKDAY}|{_MONTH},? \d{{4}}|yesterday|today|"
    rf"last (week|month|year)|this (week|month|year)|\d{{4}}-\d{{2}}-\d{{2}})\b",
    re.I,
)
_SETTINGS_BASE: dict[str, object] = {
    "PREFER_DATES_FROM": "past",
    "RETURN_AS_TIMEZONE_AWARE": False,
    "DATE_ORDER": "DMY",
}


def parse_published(text: str | None, anchor: str | None = None) -> str | None:
    """An ISO date from a date line or an editor's value, or None.

    A value without a year ("May 10", "yesterday", "2 days ago") is read against
    `anchor`, the article's own ISO date, never against the day of the run: without an
    anchor it is None. So is a value that names no day ("May 2024").
    """
    if not text:
        return None
    text = re.sub(r"^(published|updated|posted|date)\s*:?\s*", "", str(text).strip(), flags=re.I)
    if m := re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})\b.*", text):
        try:
            return date(int(m[1]), int(m[2]), int(m[3])).isoformat()
        except ValueError:
            return None
    year = _HAS_YEAR.search(text)
    if anchor is not None:
        base = datetime.fromisoformat(anchor)
    elif year is not None:  # only the year's own days are read: the base fills in nothing
        base = datetime(int(year.group(0)), 1, 1)
    else:
        return None
    settings = dict(_SETTINGS_BASE, RELATIVE_BASE=base)
    found = DateDataParser(languages=["en"], settings=settings).get_date_data(text)
    if found.date_obj is None or found.period != "day":
        return None
    return str(found.date_obj.date().isoformat())


def ready() -> None:
    """Load dateparser's English data now, before parsing workers fork: it loads on the
    first date it reads, 0.1 s, and a worker is replaced every few batches (see
    `settings.WORKER_TASKS`), about 40 times at 10,000 articles."""
    parse_published("1 January 2000")


# The same few mentions ("on Tuesday", "last week") come back in the articles of one day,
# and dateparser takes about half a millisecond for each: a fifth of an article's
# analysis in a corpus of short reports. What it gives depends on the text and the day.
@lru_cache(maxsize=4096)
def _resolve(text: str, published: date | None) -> str | None:
    words = (
        re.sub(
            r"^(on|in|since|by|until|from|last|this|earlier|late|early)\s+(?=\w)",
            "",
            text,
            flags=re.I,
        )
        if not text.lower().startswith(("last week", "last month", "last year", "this "))
        else text
    )
    if m := _YEAR_ONLY.match(words):
        return m.group(2)
    if m := _MONTH_YEAR.match(words):
        parsed = dateparser.parse(words, languages=["en"])
        return f"{m.group(2)}-{parsed.month:02d}" if parsed else None
    year = _HAS_YEAR.search(words)
    # never the day of the run: the article's day, or the start of the year it writes
    # ("the last week of 2003" read from the run's day was a week of this year)
    if published is not None:
        base = datetime(published.year, published.month, published.day)
    elif year is not None:
        base = datetime(int(year.group(0)), 1, 1)
    else:
        return None
    parsed = dateparser.parse(
        words, languages=["en"], settings=dict(_SETTINGS_BASE, RELATIVE_BASE=base)
    )
    if parsed is None or year is not None and parsed.year != int(year.group(0)):
        return None  # a day outside the year the text writes is no reading of it
    if year is None and _MONTH_DAY.match(words):
        parsed = _nearest(words, base, parsed)
    lowered = words.lower()
    if lowered in ("last week", "this week"):
        return str(parsed.date().isoformat())
    if lowered in ("last month", "this month"):
        return f"{parsed.year}-{parsed.month:02d}"
    if lowered in ("last year", "this year"):
        return str(parsed.year)
    return str(parsed.date().isoformat())


def _nearest(words: str, base: datetime, past: datetime) -> datetime:
    """The reading of a day written without its year nearest the article's day: the past
    one ("May 10" in an article of May 16) unless the coming one is nearer and close
    (`DATES_COMING_MAX_DAYS`: "until October 27" in an article of October 1 is this
    month's, not last year's)."""
    settings = dict(_SETTINGS_BASE, RELATIVE_BASE=base, PREFER_DATES_FROM="future")
    future: datetime | None = dateparser.parse(words, languages=["en"], settings=settings)
    if future is None or (future - base).days > DATES_COMING_MAX_DAYS:
        return past
    return future if future - base < base - past else past


def find_dates(doc: Doc, sentence_of: list[int], published: str | None) -> list[DateMention]:
    base = date.fromisoformat(published) if published else None
    found: list[DateMention] = []
    for ent in cached.ents(doc):
        if (
            ent.label_ != "DATE"
            or not _DATED.search(ent.text)
            and not _YEAR_ONLY.match(ent.text.strip())
        ):
            continue
        text = ent.text.strip()
        found.append(
            DateMention(text=text, date=_resolve(text, base), sentence=sentence_of[ent.start])
        )
    return found
