"""Team sheets: paragraphs that are nothing but a list of names.

A match report ends with the line-ups ("Hanak, Paulo Sousa, Moretti, Kerr, Vane,
Lowe (Tiago 56), Pryor." and "Subs Not Used: Harte, Dunmore, Colley."): bare
surnames with no verb around them, which the model tags as anything or nothing. Such a
paragraph is a roster of people when enough of its names are people the article already
names in its prose, or (two of them) when it is labelled as one ("Replacements:", "Subs:");
then every name in it is a person, those only listed included. A preview may run the
line-ups on after a sentence of prose in the same paragraph ("... passed an inspection.
Leeds: Balshaw; Rees, ..."): the list is read from its first label on. A list whose
every name is led by an initial ("- C Dunmore (Harbridge), T Ovett (Lanworth, capt)") is a
team sheet by its shape alone, and the clubs in its brackets are no one.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING, NamedTuple

from generator import lexicon
from generator.article.entities.repair import name_words
from generator.settings import ROSTER_ITEMS_MIN, ROSTER_KNOWN_SHARE
from generator.text.lists import SEPARATORS, list_part
from generator.text.names import fold

if TYPE_CHECKING:  # the language model is imported only by runs that parse
    from spacy.tokens import Doc, Span, Token

__all__ = ["Rosters", "is_roster", "rosters"]

_BULLETS = frozenset({"-", "–", "•", "*"})

_ROSTER_LABELS = lexicon.words("names", "roster_labels")
_LABEL = re.compile(r"([A-Za-z][A-Za-z ]*?)\s*:")


def _paragraphs(doc: Doc, text: str) -> Iterator[tuple[list[Token], bool]]:
    """The tokens of each paragraph (a line of its own, `text` the doc's) that could be
    a list of names, and whether a label calls it a team's ("Replacements:")."""
    offset = 0
    for line in text.split("\n"):
        start, offset = offset, offset + len(line) + 1
        found = list_part(line)
        if found is None:
            continue
        at, part = found
        span = doc.char_span(start + at, start + len(line), alignment_mode="expand")
        if span is not None:
            labels = {label.strip().lower() for label in _LABEL.findall(part)}
            tokens = [t for t in span if not t.is_space]
            while tokens and tokens[0].text in _BULLETS:  # "- M Blair (Edinburgh), ..."
                tokens = tokens[1:]
            yield tokens, bool(labels & _ROSTER_LABELS)


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


def _items(paragraph: list[Token], asides: list[Span]) -> list[Span] | None:
    """The names a paragraph lists, or None when it is prose: every stretch between
    separators is a name, or a label before a colon ("Subs Not Used:", "Replacements:");
    a bracket holds a substitute or an aside (a club, a captaincy), added to `asides`.
    A stretch led by "The" is a paper's, a firm's or a work's name, never a player's:
    the line is a picture's credit ("Ann Hale for The New York Times") or a heading."""
    if not paragraph:
        return None
    doc = paragraph[0].doc
    chunks: list[list[Token]] = []
    chunk: list[Token] = []
    k = 0
    while k < len(paragraph):
        token = paragraph[k]
        if token.text == "(":
            end = next((j for j in range(k + 1, len(paragraph)) if paragraph[j].text == ")"), None)
            if end is None:
                return None
            inside = paragraph[k + 1 : end]
            chunks += [chunk, _substitute(inside)]
            if inside and not chunks[-1]:
                asides.append(doc[inside[0].i : inside[-1].i + 1])
            chunk = []
            k = end + 1
            continue
        if token.text == ":":
            chunk = []  # the words before it were a label
        elif token.lower_ in SEPARATORS:
            chunks.append(chunk)
            chunk = []
        else:
            chunk.append(token)
        k += 1
    chunks.append(chunk)
    spans = [doc[c[0].i : c[-1].i + 1] for c in chunks if c]
    if any(span[0].text == "The" for span in spans):
        return None
    return spans if all(name_words(span) for span in spans) else None


def _initialled(span: Span) -> bool:
    """A name led by an initial or two ("M Dean", "JP Smith"), as match officials are
    written under a team sheet."""
    first = span[0].text.rstrip(".")
    return len(span) >= 2 and 1 <= len(first) <= 2 and first.isalpha() and first.isupper()


class Rosters(NamedTuple):
    """What an article's roster-shaped paragraphs give."""

    names: list[Span]  # listed in paragraphs of at least two names
    sheets: list[Span]  # listed in paragraphs of names all led by an initial
    officials: list[Span]  # alone on a paragraph, led by an initial ("M Dean (W Yorkshire).")
    asides: list[Span]  # bracketed beside a listed name: clubs, captaincies ("(Glasgow)")
    labelled: bool  # whether one of the lists is labelled as a team's


def rosters(doc: Doc, text: str) -> Rosters:
    """The names listed in the article's roster-shaped paragraphs; `text` is the doc's."""
    found = Rosters([], [], [], [], False)
    labelled = False
    for paragraph, team in _paragraphs(doc, text):
        asides: list[Span] = []
        items = _items(paragraph, asides)
        if items is not None and len(items) >= ROSTER_ITEMS_MIN:
            # one letter ("C Ferrie"), where "BT Group" or "AT Mobile" is a firm
            shaped = all(_initialled(i) and len(i[0].text.rstrip(".")) == 1 for i in items)
            (found.sheets if shaped else found.names).extend(items)
            found.asides.extend(asides)
            labelled = labelled or team
        elif items is not None and len(items) == 1 and _initialled(items[0]):
            found.officials.extend(items)
            found.asides.extend(asides)
    return found._replace(labelled=labelled)


def is_roster(names: list[Span], people: set[str], labelled: bool) -> bool:
    """Whether listed names are a roster of people: enough of them are people the
    article names (`people`: their folded spellings and surnames), or two when a label
    calls the list a team's."""
    found = sum(1 for s in names if fold(s.text) in people or fold(s.text).split()[-1] in people)
    return found >= 2 and (labelled or found >= ROSTER_KNOWN_SHARE * len(names))
