"""Team sheets: paragraphs that are nothing but a list of names.

A match report ends with the line-ups ("Cech, Paulo Ferreira, Gallas, Terry, Bridge,
Jarosik (Tiago 56), Lampard." and "Subs Not Used: Johnson, Smertin, Cudicini."): bare
surnames with no verb around them, which the model tags as anything or nothing. Such a
paragraph is a roster of people when enough of its names are people the article already
names in its prose; then every name in it is a person, those only listed included.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from generator.article.entities.repair import name_words
from generator.article.entities.spans import PARTICLES
from generator.settings import ROSTER_ITEMS_MIN, ROSTER_KNOWN_SHARE
from generator.text.names import fold

if TYPE_CHECKING:  # the language model is imported only by runs that parse
    from spacy.tokens import Doc, Span, Token

__all__ = ["is_roster", "rosters"]

# what stands between two names of a list: "Jarosik (Tiago 56), Lampard", "Hodgson for
# Edwards (77)", "Shaw, Purdy; Hart"
_SEPARATORS = frozenset({",", ";", ".", "and", "for", "&"})
_SMALL = _SEPARATORS | PARTICLES  # the lower-case words a list of names may hold
_ASIDES = re.compile(r"\([^)]*\)")  # "(Tiago 56)", "(Stade Toulousain, capt)"


def _unlabelled(line: str) -> str:
    """The line without its labels, the words between a separator and a colon ("Subs
    Not Used:", ". Not used:")."""
    *labelled, last = line.split(":")
    kept = [part[: max(part.rfind(c) for c in ",;.") + 1] for part in labelled]
    return " ".join([*kept, last])


def _paragraphs(doc: Doc, text: str) -> Iterator[list[Token]]:
    """The tokens of each paragraph (a line of its own, `text` the doc's) that could be
    a list of names: no lower-case word but separators and particles outside brackets
    and labels (most paragraphs are prose, told by their text alone)."""
    offset = 0
    for line in text.split("\n"):
        start, offset = offset, offset + len(line) + 1
        plain = _ASIDES.sub(" ", _unlabelled(line)) if "(" in line else _unlabelled(line)
        if not plain.strip() or any(w[:1].islower() and w not in _SMALL for w in plain.split()):
            continue
        span = doc.char_span(start, start + len(line), alignment_mode="expand")
        if span is not None:
            yield [t for t in span if not t.is_space]


def _substitute(inside: list[Token]) -> list[Token]:
    """ "(Tiago 56)": the name of a player coming on, before the minute; a club, a
    captaincy or a minute alone in brackets is no one ("(Brive)", "(capt)", "(53)")."""
    if (
        len(inside) >= 2
        and inside[-1].text.isdigit()
        and name_words(inside[0].doc[inside[0].i : inside[-2].i + 1])
    ):
        return inside[:-1]
    return []


def _items(paragraph: list[Token]) -> list[Span] | None:
    """The names a paragraph lists, or None when it is prose: every stretch between
    separators is a name, or a label before a colon ("Subs Not Used:", "Replacements:");
    a bracket holds a substitute or an aside."""
    chunks: list[list[Token]] = []
    chunk: list[Token] = []
    k = 0
    while k < len(paragraph):
        token = paragraph[k]
        if token.text == "(":
            end = next((j for j in range(k + 1, len(paragraph)) if paragraph[j].text == ")"), None)
            if end is None:
                return None
            chunks += [chunk, _substitute(paragraph[k + 1 : end])]
            chunk = []
            k = end + 1
            continue
        if token.text == ":":
            chunk = []  # the words before it were a label
        elif token.lower_ in _SEPARATORS:
            chunks.append(chunk)
            chunk = []
        else:
            chunk.append(token)
        k += 1
    chunks.append(chunk)
    doc = paragraph[0].doc
    spans = [doc[c[0].i : c[-1].i + 1] for c in chunks if c]
    return spans if all(name_words(span) for span in spans) else None


def rosters(doc: Doc, text: str) -> list[Span]:
    """The names listed in the article's roster-shaped paragraphs (at least two names
    each); `text` is the doc's."""
    return [
        span
        for paragraph in _paragraphs(doc, text)
        if (items := _items(paragraph)) is not None and len(items) >= ROSTER_ITEMS_MIN
        for span in items
    ]


def is_roster(names: list[Span], people: set[str]) -> bool:
    """Whether listed names are a roster of people: enough of them are people the
    article names (`people`: their folded spellings and surnames)."""
    found = sum(1 for s in names if fold(s.text) in people or fold(s.text).split()[-1] in people)
    return found >= 2 and found >= ROSTER_KNOWN_SHARE * len(names)
