"""Phrase families (`lexicon/boilerplate.yaml`): what a line says, as evidence.

A family names a kind of page furniture (advertisement, share buttons, cookie notice).
Whether a match removes the line is decided with the line's shape and place: a phrase
is never a verdict on the lines after it. Every pattern is a plain alternation of
literal phrases, so matching takes time linear in the line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from generator import lexicon
from generator.settings import (
    CLEAN_CREDIT_WORDS,
    CLEAN_LABEL_MAX_WORDS,
    CLEAN_MENU_ITEM_WORDS,
    CLEAN_MENU_MIN_ITEMS,
    CLEAN_PROMPT_MAX_WORDS,
)

__all__ = ["CREDIT", "MEDIA_LABEL", "Match", "family_of", "interrupts", "opens_teasers"]

_KIND = "boilerplate"
# The families a caption stands next to: a picture's credit (or a caption's own button),
# and a picture's or a video's label, which credits nobody.
CREDIT = "caption or credit"
MEDIA_LABEL = "media label"
# separators between the items of a menu or a row of buttons
_ITEMS = re.compile(r"\s*(?:[|•·/,;›»]|\s{2,}|\t)\s*")
# glued links, as innerText writes adjacent anchors: "PrivacyTerms" -> "Privacy Terms"
_GLUED = re.compile(r"(?<=[a-z])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")
_NOT_WORD = re.compile(r"[^\w\s'’&+-]+")
_DIGITS = re.compile(r"\b\d+\b")
# a menu: three links or more between bars or arrows, none longer than a few words
_MENU_ITEMS = re.compile(r"\s[|›»]\s|\s>\s")
_LEADING = re.compile(r"^[\s\-–—•·*>»›▶►|]+")


@dataclass(frozen=True, slots=True)
class Match:
    family: str  # the reason a removed line is given
    whole: bool  # the line is nothing but the phrase (or a row of them)


@dataclass(frozen=True)
class _Families:
    """All families' phrases, indexed for one pass over a line."""

    rank: dict[str, int]  # family -> precedence
    longest: int  # words in the longest whole-line phrase
    lines: dict[str, str]  # whole-line phrase -> its first family
    members: dict[str, frozenset[str]]  # whole-line phrase -> every family that has it
    starts: dict[str, tuple[str, ...]]  # family -> the labels its lines start with
    contains: re.Pattern[str]  # every `contains` phrase, as an alternation
    contained_in: dict[str, str]  # `contains` phrase -> its first family


def _normal(text: str) -> str:
    """Lower case, without punctuation, counts or arrows: how whole lines are compared."""
    text = _NOT_WORD.sub(" ", text.casefold())
    return " ".join(_DIGITS.sub(" ", text).split())


@cache
def _families() -> _Families:
    rank: dict[str, int] = {}
    lines: dict[str, str] = {}
    members: dict[str, set[str]] = {}
    starts: dict[str, tuple[str, ...]] = {}
    contained_in: dict[str, str] = {}
    for name, entry in lexicon.table(_KIND, "families").items():
        rank[name] = len(rank)
        for phrase in entry.get("lines", []):
            key = _normal(phrase)
            lines.setdefault(key, name)
            members.setdefault(key, set()).add(name)
        starts[name] = tuple(p.casefold() for p in entry.get("starts", []))
        for phrase in entry.get("contains", []):
            contained_in.setdefault(phrase.casefold(), name)
    alternation = "|".join(re.escape(p) for p in sorted(contained_in, key=len, reverse=True))
    return _Families(
        rank=rank,
        longest=max(len(key.split()) for key in lines),
        lines=lines,
        members={k: frozenset(v) for k, v in members.items()},
        starts=starts,
        contains=re.compile(rf"(?<!\w)(?:{alternation})(?!\w)"),
        contained_in=contained_in,
    )


def _pieces(item: str, found: _Families) -> list[str] | None:
    """The known phrases a glued item is made of ("LinkedInEmail" -> linkedin, email)."""
    key = _normal(item)
    if key in found.members or not key:
        return [key] if key else []
    words = _GLUED.sub(" ", item).split()
    # each word made plain when a window reaches it: a line of prose is no row after its
    # first few words (988 BBC and generated articles: 148 -> 93 plain words an article)
    parts: list[str] = []
    pieces: list[str] = []
    start = 0
    while start < len(words):
        reach = min(len(words), start + found.longest)
        parts.extend(_normal(w) for w in words[len(parts) : reach])
        for end in range(reach, start, -1):  # longest known
            joined = [" ".join(parts[start:end]), "".join(parts[start:end])]
            known = next((j for j in joined if j in found.members), None)
            if known:
                pieces.append(known)
                start = end
                break
        else:
            return None
    return pieces


def _row(text: str, found: _Families) -> str | None:
    """The family all items of a row of menu items or buttons belong to."""
    items: list[str] = []
    for part in _ITEMS.split(text):
        pieces = _pieces(part, found)
        if pieces is None:
            return None
        items.extend(pieces)
    if len(items) < 2:
        items = _normal(text).split()
    if len(items) < 2 or any(item not in found.members for item in items):
        return None
    shared = frozenset.intersection(*(found.members[item] for item in items))
    return min(shared, key=found.rank.__getitem__) if shared else None


def _menu(text: str) -> bool:
    """A row of short links between separators: "Home | World | Europe | Defence" (not a
    table row: "| 1 | Ann Lee | 5040 |")."""
    if text.startswith("|"):
        return False
    items = [item for item in _MENU_ITEMS.split(text) if item.strip()]
    return len(items) >= CLEAN_MENU_MIN_ITEMS and _short(items)


def _short(items: list[str]) -> bool:
    """Whether every item is a few words that end no sentence, as a menu's or a tag's."""
    return all(
        0 < len(item.split()) <= CLEAN_MENU_ITEM_WORDS
        and not item.rstrip().endswith((".", "!", "?"))
        for item in items
    )


def _listed(text: str) -> bool:
    """Whether a long line's words after its label are a list of short items between
    commas ("Filed Under: Arts, Visual Art, ... Museums, LVMH"), as a page's tags are, and
    no prose going on from the label ("Posted in 2019, the video ...")."""
    items = text.split(",")
    return len(items) >= CLEAN_MENU_MIN_ITEMS and _short(items[:-1])


def family_of(text: str, words: int) -> Match | None:
    """The family the line belongs to, and whether it is nothing else: the first family
    in the lexicon's order that has the whole line, else a label it starts with, else a
    phrase in it."""
    found = _families()
    key = _normal(text)
    whole = (found.lines.get(key) or _row(text, found)) if key else None
    if whole is not None:
        return Match(whole, True)
    if _menu(text):
        return Match("navigation", True)
    if text.startswith("(") and text.endswith(")") and words <= CLEAN_CREDIT_WORDS and "/" in text:
        return Match(CREDIT, True)  # "(Ann Lee / Reuters)"
    lowered = _LEADING.sub("", text.casefold())
    for name, labels in found.starts.items():
        label = next(
            (
                p
                for p in labels
                if lowered.startswith(p) and not lowered[len(p) : len(p) + 1].isalpha()
            ),
            None,
        )
        if label is not None and (words <= CLEAN_LABEL_MAX_WORDS or _listed(lowered[len(label) :])):
            return Match(name, True)
    if words <= CLEAN_PROMPT_MAX_WORDS:
        hits = [found.contained_in[m.group(0)] for m in found.contains.finditer(lowered)]
        if hits:
            return Match(min(hits, key=found.rank.__getitem__), False)
    return None


@cache
def _set(name: str) -> frozenset[str]:
    return lexicon.words(_KIND, name)


def interrupts(match: Match | None) -> bool:
    """Whether the family's lines stand between two paragraphs of one article."""
    return match is not None and match.family in _set("interruptions")


def opens_teasers(match: Match | None) -> bool:
    """Whether the family's line opens a list of other articles."""
    return match is not None and match.whole and match.family in _set("teaser_heads")
