"""The names of a list in running text, read off the words, not the parse.

"Dido, Robbie Williams and Chris Martin are among those featured" is a list of three
names, but the model may leave the lone word untagged and the parse hang it anywhere
(an apposition of the name before, the object of another word), so the conjuncts of a
name do not always find its fellows. A list here is names, each a run of capitalised
words, with a comma, "and", "or" or "&" between each two, and nothing else in it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from generator import lexicon
from generator.article import cached
from generator.settings import FULL_NAMES_LISTED_MIN, LISTED_NAME_TOKENS_MAX, PEOPLE_LISTED_MIN

if TYPE_CHECKING:  # the language model is imported only by runs that parse
    from spacy.tokens import Doc

__all__ = ["list_items", "listed_with_people"]

_JOINS = frozenset({",", "and", "or", "&"})
_CALENDAR = lexicon.words("calendar", "weekdays") | lexicon.words("calendar", "months")
_DETERMINERS = frozenset({"the"})
_POSSESSIVES = frozenset({"'s", "’s", "'", "’"})


def _name_word(doc: Doc, i: int) -> bool:
    """A capitalised proper noun ("And" opening a sentence is none), or a hyphen inside
    one name ("Jay-Z", "Kilroy-Silk")."""
    words = cached.words(doc)
    if words[i] == "-":
        return 0 < i < len(doc) - 1 and not doc[i - 1].whitespace_ and not doc[i].whitespace_
    return words[i][:1].isupper() and cached.tags(doc)[i] == "PROPN"


def _item_end(doc: Doc, start: int) -> int | None:
    """The end of the name that starts at `start`, or None when no name starts there."""
    end = start
    while end < len(doc) and end - start < LISTED_NAME_TOKENS_MAX and _name_word(doc, end):
        end += 1
        if cached.words(doc)[end - 1] != "-" and doc[end - 1].is_sent_end:
            break
    if end == start or cached.words(doc)[end - 1] == "-":
        return None
    if end < len(doc) and _name_word(doc, end):
        return None  # a run longer than a name: a title, not an item of a list
    return end


def _item_start(doc: Doc, end: int) -> int | None:
    """The start of the name that ends at `end`, or None when no name ends there."""
    start = end
    while start > 0 and end - start < LISTED_NAME_TOKENS_MAX and _name_word(doc, start - 1):
        start -= 1
        if doc[start].is_sent_start:
            break
    if start == end or cached.words(doc)[start] == "-":
        return None
    if start > 0 and _name_word(doc, start - 1) and not doc[start].is_sent_start:
        return None
    return start


def _determined(doc: Doc, start: int) -> bool:
    """The name at `start` is led by "the" ("The Streets"), as a band's or a work's is."""
    return start > 0 and cached.lowers(doc)[start - 1] in _DETERMINERS


def _joins(doc: Doc, start: int, end: int) -> bool:
    """Only separators between two names: ",", "and", ", and", "or", "&"."""
    words = cached.lowers(doc)[start:end]
    return 1 <= len(words) <= 2 and all(w in _JOINS for w in words) and words.count(",") <= 1


def list_items(doc: Doc, start: int, end: int) -> list[tuple[int, int]]:
    """The names of the list the name at [start, end) is an item of, itself included, in
    order; a name in no list is a list of one. The list stops at a word in lower case,
    a possessive ("Coldplay's Chris Martin": his band, not an item) or the sentence's
    end. A list with a name led by "the" ("Jamelia and The Streets", "Robbie Williams and
    the Sugababes") is one of acts, bands among people, and says nothing of any of its
    names: no list, the name alone."""
    if end < len(doc) and cached.words(doc)[end] in _POSSESSIVES or _determined(doc, start):
        return [(start, end)]
    items = [(start, end)]
    k = start  # leftwards: separators, then a name ending right before them
    while True:
        j = k
        while j > 0 and cached.lowers(doc)[j - 1] in _JOINS and not doc[j].is_sent_start:
            j -= 1
        if j == k or not _joins(doc, j, k):
            break
        first = _item_start(doc, j)
        if first is None:
            break
        if _determined(doc, first):
            return [(start, end)]
        items.insert(0, (first, j))
        k = first
    k = end  # rightwards
    while True:
        j = k
        while j < len(doc) and cached.lowers(doc)[j] in _JOINS and not doc[j - 1].is_sent_end:
            j += 1
        if j == k or not _joins(doc, k, j):
            break
        if j < len(doc) and cached.lowers(doc)[j] in _DETERMINERS:
            return [(start, end)]
        last = _item_end(doc, j)
        if last is None:
            break
        if last < len(doc) and cached.words(doc)[last] in _POSSESSIVES:
            break  # "and Coldplay's Chris Martin": the band is the next name's
        items.append((j, last))
        k = last
    return items


def listed_with_people(doc: Doc, i: int, named: set[int]) -> bool:
    """The lone word at `i` is in a list of at least `PEOPLE_LISTED_MIN` names with at
    least `FULL_NAMES_LISTED_MIN` full names of people (`named`: the tokens of the full
    names the model tags people's), and every name of two words or more in it is one of
    them: "Michael Jackson, Billy Joel, Jay-Z and Beyonce". A name of that shape that is
    no person's makes it a list of acts ("Abba, Celine Dion, Bucks Fizz, Lulu and Julio
    Iglesias": a band among singers), and says nothing of its lone words."""
    if cached.lowers(doc)[i] in _CALENDAR:
        return False  # "last Saturday, Jolene Byrne, Maria Lee and ...": a day, no one
    if i + 1 < len(doc) and (doc[i + 1].like_num or cached.tags(doc)[i + 1] == "NOUN"):
        return False  # "Stevie Wonder, Maroon 5", "Jude Law and Troy star Eric Bana"
    if any(
        _name_word(doc, k) and cached.words(doc)[k] == "-"
        for k in (i - 1, i + 1)
        if 0 < k < len(doc)
    ):
        return False  # "Bob Corker, R-Tenn., and Lindsey Graham": half of a word
    items = list_items(doc, i, i + 1)
    full = [(a, b) for a, b in items if " " in cached.span_text(doc, a, b)]
    return (
        len(items) >= PEOPLE_LISTED_MIN
        and len(full) >= FULL_NAMES_LISTED_MIN
        and all(k in named for a, b in full for k in range(a, b))
    )
