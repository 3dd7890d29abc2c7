"""Hover cards a page's copy glues into a paragraph.

A news site may show a card when the pointer rests on a person's name: the name again,
often in full, and links to other stories about them, ending on a "MORE" link. Copying the
page (or reading its markup as text) keeps the card's hidden text glued to the name with
no space between: "Rep. Ann EllerAnn Eller<headlines> MORE (D-Ore.) said ...", or
"Gov. Ann EllerAnn May EllerHeadline one ...". Whatever the outlet, a capitalised run of
two or more words glued to a run led by one of its own words and ending on its last is
such a card: the repeat goes, and the card's headlines up to its "MORE" link with it.
"""

from __future__ import annotations

import re

from generator import lexicon
from generator.settings import (
    CLEAN_CARD_MAX_CHARS,
    CLEAN_CARD_NAME_MAX_CHARS,
    CLEAN_CARD_NAME_MAX_WORDS,
)

__all__ = ["unglue"]

# a lower-case letter (or an initial's full stop) run straight into a capital: a glue
_GLUE = re.compile(r"(?<=[a-z.])(?=[A-Z])")
# a word of a name: capitalised, possibly hyphenated ("Ocasio-Cortez"), up to a space or
# the next glue
_WORD = re.compile(r"[A-Z][a-z'’.]*(?:-[A-Z][a-z'’.]*)*")
# the card's last link, written in capitals as a link's label: " MORE "
_CARD_END = re.compile(
    r"(?<!\S)(?:"
    + "|".join(re.escape(w.upper()) for w in lexicon.words("boilerplate", "card_ends"))
    + r")(?!\S)"
)


def _name_before(text: str) -> list[str]:
    """The capitalised words that end `text` (which ends at a glue), last one included:
    as many as a card's name may have."""
    words = text.rsplit(" ", CLEAN_CARD_NAME_MAX_WORDS)[-CLEAN_CARD_NAME_MAX_WORDS:]
    run: list[str] = []
    for word in reversed(words):
        if not word[:1].isupper():
            break
        run.insert(0, word)
    return run


def _card_name_end(text: str, at: int, name: list[str]) -> int | None:
    """Where the card's own name ends, when the text from `at` is a run of capitalised
    words led by one of `name`'s words (not its last) and ending on its last word."""
    words: list[tuple[str, int]] = []
    pos = at
    while len(words) < CLEAN_CARD_NAME_MAX_WORDS:
        found = _WORD.match(text, pos)
        if found is None:
            break
        words.append((found.group(), found.end()))
        pos = found.end() + (1 if text[found.end() : found.end() + 1] == " " else 0)
    if not words or words[0][0] not in name[:-1]:
        return None
    for word, end in words[1:]:
        if word == name[-1]:
            return end
    return None


def _card_end(text: str, at: int) -> int:
    """Where the card's glued headlines end: after its "MORE" link, when the line has
    one; else right here, where the name ended."""
    if not text[at : at + 1].isupper():  # the name's end is the card's
        return at
    found = _CARD_END.search(text, at, at + CLEAN_CARD_MAX_CHARS)
    return found.end() if found else at


def unglue(line: str) -> str:
    """The line without the hover cards glued into it."""
    kept: list[str] = []
    done = 0  # the line up to here is kept or dropped
    for glue in _GLUE.finditer(line):
        at = glue.start()
        name = _name_before(line[max(done, at - CLEAN_CARD_NAME_MAX_CHARS) : at])
        end = _card_name_end(line, at, name) if at >= done and len(name) >= 2 else None
        if end is None:
            continue
        end = _card_end(line, end)
        while line[end : end + 1] == " ":
            end += 1
        kept += [line[done:at], "" if line[end : end + 1] in ("", ",", ".", ";", ":", ")") else " "]
        done = end
    return "".join([*kept, line[done:]])
