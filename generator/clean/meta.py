"""Metadata written in the text: bylines, date lines, agency and copyright lines.

Each function reads one line and says what it is, or None. None of them uses a pattern
that can backtrack: bylines are read word by word, dates with patterns of plain
alternatives, so a long line costs time in proportion to its length.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, replace
from datetime import date
from functools import cache

from generator import lexicon
from generator.clean.shape import words_of
from generator.settings import CLEAN_BYLINE_MAX_WORDS, CLEAN_LABEL_MAX_WORDS

__all__ = [
    "Dated",
    "agency_in",
    "author_blurb",
    "byline",
    "copyright_holder",
    "dates_in",
    "logo_name",
]

_KIND = "boilerplate"
# where a byline's names end: "By Ann Lee | May 3", "By Ann Lee - Reuters", "By Ann Lee (AFP)"
_BYLINE_END = re.compile(r"\s*[|·•–—(\[]\s*|\s+-\s+|\s{2,}|\t")
_NAME_SEPARATOR = re.compile(r"\s*,\s*|\s+and\s+|\s*&\s*")
_ROLE_GLUED = re.compile(r"(?<=[a-z])(?=[A-Z][a-z])")


@cache
def _words(name: str) -> frozenset[str]:
    return lexicon.words(_KIND, name)


def _name_token(token: str) -> bool:
    """A word of a person's name: "Lee", "O'Neil", "DeCamp", "L.", "ANNA"."""
    if len(token) == 2 and token[0].isupper() and token[1] == ".":
        return True
    core = token.replace("'", "").replace("’", "").replace("-", "")
    return len(core) >= 2 and core.isalpha() and token[0].isupper()


def _names(part: str) -> str | None:
    """The person's name at the start of a byline part, without a role after it."""
    tokens: list[str] = []
    for raw in part.split():
        pieces = _ROLE_GLUED.split(raw)  # "JamesStaff" -> "James", "Staff"
        if len(pieces) == 2 and pieces[1].casefold() in _words("byline_roles"):
            tokens.append(pieces[0])
            break
        if raw.casefold() in _words("byline_roles") and tokens:
            break
        if (raw in _words("name_particles") and tokens) or _name_token(raw):
            tokens.append(raw)
        else:
            return None  # "By the end of the year": not a name
    while tokens and tokens[-1] in _words("name_particles"):
        tokens.pop()
    return " ".join(tokens) if 2 <= len(tokens) <= 5 or (tokens and tokens[0].isupper()) else None


def byline(text: str) -> str | None:
    """The author of a byline ("By Ann Lee and Bo Ek, Staff Writers" -> "Ann Lee and Bo Ek")."""
    words = text.split()
    if not words or len(words) > CLEAN_BYLINE_MAX_WORDS:
        return None
    lowered = text.casefold()
    rest = None
    for opener in sorted(_words("byline_openers"), key=len, reverse=True):
        if lowered.startswith(opener) and lowered[len(opener) : len(opener) + 1] in (" ", ":"):
            rest = text[len(opener) :].lstrip(" :")
            break
    if not rest:
        return _signed(text)
    rest = _BYLINE_END.split(rest, maxsplit=1)[0]
    names: list[str] = []
    for part in _NAME_SEPARATOR.split(rest):
        if not part:
            continue
        name = _names(part)
        if name is None:
            break  # a role, an outlet or a place after the names
        names.append(name)
    if not names:
        return None
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def _signed(text: str) -> str | None:
    """A byline without "By": a name, a comma and a role ("Ann Lee, AP Auto Writer")."""
    name, comma, role = text.partition(",")
    roles = [w.casefold() for w in role.split()]
    agencies = lexicon.table(_KIND, "agencies")
    if not comma or not roles or roles[-1] not in _words("byline_roles"):
        return None
    if not all(w in _words("byline_roles") or w in agencies for w in roles):
        return None
    return _names(name)


# -- dates ----------------------------------------------------------------------------------

_MONTH = "(" + "|".join(sorted(lexicon.words("calendar", "month_abbreviations"))) + r")[a-z]*\.?"
_DAY = r"(\d{1,2})(?:st|nd|rd|th)?"
_DATES = [
    ("dmy", re.compile(rf"\b{_DAY}\.?\s+{_MONTH},?\s+(\d{{4}})\b", re.I)),
    ("mdy", re.compile(rf"\b{_MONTH}\s+{_DAY},?\s+(\d{{4}})\b", re.I)),
    ("iso", re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")),
    ("dotted", re.compile(r"\b(\d{1,2})\.(\d{1,2})\.(\d{4})(?!\d)")),
    ("slashed", re.compile(r"\b(\d{1,2})/(\d{1,2})/(\d{4})(?!\d)")),
    ("dm", re.compile(rf"\b{_DAY}\.?\s+{_MONTH}(?!\w)", re.I)),
    ("md", re.compile(rf"\b{_MONTH}\s+{_DAY}\b", re.I)),
    (
        "ago",
        re.compile(
            r"\b\d+\s?(?:"
            + "|".join(sorted(_words("time_units"), key=len, reverse=True))
            + r")\s+ago\b",
            re.I,
        ),
    ),
]
_CLOCK = re.compile(r"\b\d{1,2}[:.]\d{2}(?::\d{2})?\b|\b\d{1,2}\s?(?:am|pm|a\.m\.|p\.m\.)")
_BY_TAIL = re.compile(r"\s(?:by|By|BY)\s")
# innerText glues a year to the time after it: "Nov 20 20194:29 AM"
_YEAR_GLUED = re.compile(r"\b((?:19|20)\d\d)(?=\d{1,2}:\d\d)")
_SEGMENTS = re.compile(r"\s*[;|·•]\s*")


@dataclass(frozen=True, slots=True)
class Dated:
    """A date found in a line."""

    iso: str | None  # None when the line gives no year
    written: str  # the date as written
    updated: bool  # the line says this is when the page was updated, not published
    whole: bool  # the line is a date line (a label, a date, a time), not a sentence
    author: str | None  # "... 7:45 am by Ann Lee": the byline in the date line


# "jan" -> 1 ... "dec" -> 12, from the C locale's English abbreviations
_MONTH_NUMBERS = {calendar.month_abbr[n].casefold(): n for n in range(1, 13)}


def _month(text: str) -> int:
    key = text.casefold().rstrip(".")[:3]
    return _MONTH_NUMBERS[key]


def _iso(kind: str, m: re.Match[str]) -> str | None:
    g = m.groups()
    try:
        if kind == "dmy":
            day, month, year = int(g[0]), _month(g[1]), int(g[2])
        elif kind == "mdy":
            month, day, year = _month(g[0]), int(g[1]), int(g[2])
        elif kind == "iso":
            year, month, day = int(g[0]), int(g[1]), int(g[2])
        elif kind == "dotted":
            day, month, year = int(g[0]), int(g[1]), int(g[2])
        elif kind == "slashed":
            a, b, year = int(g[0]), int(g[1]), int(g[2])
            if a > 12 >= b:
                day, month = a, b
            elif b > 12 >= a:
                month, day = a, b
            else:
                return None  # 03/04/2024: April or March, the line does not say
        else:
            return None
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def _dated(segment: str) -> tuple[Dated | None, int]:
    """The first date in a part of a line, and how many of the part's words are neither
    the date nor a label, a clock word or a weekday."""
    for kind, pattern in _DATES:
        m = pattern.search(segment)
        if m is None:
            continue
        head, tail = segment[: m.start()], segment[m.end() :]
        author = None
        if by := _BY_TAIL.search(tail):
            author = byline(tail[by.start() :].strip())
            tail = tail[: by.start()] if author else tail
        rest = _CLOCK.sub(" ", f"{head} {tail}").casefold()
        left = [w for w in words_of(rest) if w not in _date_words() and w[:3] not in _weekdays()]
        labels = set(words_of(head.casefold()))
        updated = bool(labels & _words("update_labels")) and "published" not in labels
        return Dated(_iso(kind, m), m.group(0), updated, False, author), len(left)
    return None, len(words_of(segment))


def dates_in(text: str) -> list[Dated]:
    """The dates in a line, one per part ("Updated 3 May; Posted 2 May"), each marked
    `whole` when the line is nothing but a date line (labels, dates, times, a byline)."""
    found: list[Dated] = []
    left = 0
    text = _YEAR_GLUED.sub(r"\1 ", text)
    for segment in _SEGMENTS.split(text):
        dated, rest = _dated(segment)
        left += rest
        if dated is not None:
            found.append(dated)
    whole = left <= 2 and len(words_of(text)) <= CLEAN_LABEL_MAX_WORDS
    return [replace(d, whole=whole) for d in found]


@cache
def _weekdays() -> frozenset[str]:
    """How weekday names start ("Mon", "Tues.", "Wednesday")."""
    return frozenset(d[:3] for d in lexicon.words("calendar", "weekdays"))


@cache
def _date_words() -> frozenset[str]:
    """Words a date line holds besides the date: labels, clock words, agency names."""
    agencies = {w for name in lexicon.table(_KIND, "agencies") for w in name.split()}
    return _words("date_labels") | _words("clock_words") | frozenset(agencies)


# -- outlets ----------------------------------------------------------------------------------

_COPYRIGHT = re.compile(r"©|\(c\)|\bcopyright\b", re.I)
_HOLDER_END = re.compile(r"[|.;:]\s|\s[-–—]\s|\ball rights? reserved\b", re.I)
_NAME_CHARS = re.compile(r"[\w .&'’-]+")
_YEARS = re.compile(r"\b(?:19|20)\d\d\b(?:\s*[-–]\s*(?:19|20)\d\d\b|-)?")


def copyright_holder(text: str) -> str | None:
    """The publication a copyright line names ("© 2024 Nordic Wire. All rights reserved"
    -> "Nordic Wire"). A company ("Hearst Communications, Inc.") owns outlets rather than
    being one: only a news agency's company is taken ("Deutsche Presse-Agentur GmbH")."""
    m = _COPYRIGHT.search(text)
    if m is None or len(text.split()) > CLEAN_LABEL_MAX_WORDS + 4:
        return None
    if "©" not in text and not _YEARS.search(text):
        return None  # "Copyright Policy": a link, not a notice
    rest = _YEARS.sub(" ", _COPYRIGHT.sub(" ", text[m.start() :])).lstrip(" ,-–—")
    rest = _HOLDER_END.split(rest, maxsplit=1)[0]
    words = rest.replace(",", " ").split()
    company = False
    while words and (words[-1].casefold().rstrip(".") in _suffixes() or words[-1] in "&"):
        words.pop()
        company = True
    if words and words[0].casefold() == "by":
        words = words[1:]
    name = " ".join(words).strip(" ,.")
    if not name or not name[0].isupper() or len(words) > 4 or not _NAME_CHARS.fullmatch(name):
        return None
    return _agency_name(name) or (None if company else name)


@cache
def _suffixes() -> frozenset[str]:
    return frozenset(s.rstrip(".") for s in _words("company_suffixes"))


def _agency_name(text: str) -> str | None:
    agencies = lexicon.table(_KIND, "agencies")
    found = agencies.get(text.casefold().strip(" ()"))
    return str(found) if found else None


_LOGO_NAME = re.compile(r"^\s*([A-Z][\w.&-]*(?:\s[A-Z][\w.&-]*){0,3})\s+(?i:logo)\b")


def logo_name(text: str) -> str | None:
    """The site's name in a logo's text ("Nordic Wire Logo")."""
    m = _LOGO_NAME.match(text)
    return m.group(1) if m else None


_DATELINE_AGENCY = re.compile(r"^[^()]{0,60}\(([A-Za-z][\w .-]{1,30})\)\s*[-–—:]")


def agency_in(text: str) -> str | None:
    """The agency of a dateline ("PARIS (AFP) - ...")."""
    m = _DATELINE_AGENCY.match(text)
    return _agency_name(m.group(1)) if m else None


_BLURB_ROLE = re.compile(
    r"\bis (?:a|an|the)\b[^.]{0,80}\b(?:" + "|".join(sorted(_words("author_roles"))) + r")\b",
    re.I,
)


def author_blurb(text: str, author: str | None) -> bool:
    """A sentence about the article's author ("Ann Lee is a reporter for ...")."""
    return (
        author is not None
        and author.casefold() in text.casefold()
        and bool(_BLURB_ROLE.search(text))
    )
