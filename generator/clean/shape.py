"""What one line looks like on its own: words, stopword share, sentence shape.

These are the context-free signals of jusText (Pomikálek 2011) adapted to text lines: a
line of prose is long, ends as a sentence does and is dense in common words; a menu
item, a headline of another article or a credit is short, unpunctuated and made of
names. The common words are jusText's own stoplists (frequent words of Wikipedia, one
list per language); a page is measured against the language whose list covers most of
its words, so Portuguese or Italian prose is prose too.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import cache

import justext

from generator.settings import CLEAN_OTHER_LANGUAGE_BELOW

__all__ = ["Line", "describe", "language_of", "words_of"]

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
# a sentence ends in . ! ? or an ellipsis, perhaps inside closing quotes or brackets
_SENTENCE_END = re.compile(r"[.!?…][\"'”’»)\]]*$")
_SENTENCE_INSIDE = re.compile(r"[a-z\d)\"”’][.!?][\"”’]?\s+[\"“‘(]?[A-Z]")
# words someone said: a quotation of several words closing with its own punctuation
# ('said: "We won the vote."', '"We won," she said'); a one-word title ('star of
# "Harbour,"') or an abbreviation ("U.S.'s") is none
_QUOTED_SPEECH = re.compile(r"[\"“«][^\"“”«»]*\s[^\"“”«»]*[.,!?…][\"”»]")


@dataclass(slots=True)
class Line:
    """A non-blank source line and its context-free signals."""

    index: int  # position in the source lines, 0-based
    text: str
    words: int  # alphabetic words
    stop: float  # share of the words that are common words of the page's language
    sentence: bool  # ends as a sentence does
    sentences: int  # sentence ends inside the line, plus the one at its end
    quotes: bool  # holds words someone said, in quotation marks
    capitalised: float  # share of the words that start with a capital letter
    paragraph: bool  # set apart by a blank line, as a browser sets apart a <p>
    cells: int  # tab-separated cells: a table row has several


def _cells(text: str) -> int:
    """Cells of a table row: tab-separated, as a browser copies a table, or between bars,
    as trafilatura writes one ("| 1 | Ann Lee | 5040 |")."""
    if text.startswith("|") and text.endswith("|"):
        return text.count("|") - 1
    return text.count("\t") + 1


def words_of(text: str) -> list[str]:
    return _WORD.findall(text)


@cache
def _english() -> frozenset[str]:
    return frozenset(w.lower() for w in justext.get_stoplist("English"))


@cache
def _languages_of_words() -> dict[str, tuple[str, ...]]:
    """For every word, the languages whose stoplist holds it: read only for a page that
    is not mostly English (reading all of jusText's lists took 0.3 s in each process)."""
    by_word: dict[str, list[str]] = {}
    for language in sorted(justext.get_stoplists()):
        for word in justext.get_stoplist(language):
            by_word.setdefault(word.lower(), []).append(language)
    return {w: tuple(langs) for w, langs in by_word.items()}


def language_of(words: list[str], english_below: float, ahead: float = 1.0) -> str:
    """jusText's name for the language of these words: English unless fewer than
    `english_below` of them are English common words and another language's common words
    cover `ahead` times as many (a list of names, scores or ingredients has few common
    words of any language, and the lists of some languages hold English words)."""
    english = _english()
    lowered = [w.lower() for w in words]
    in_english = sum(map(english.__contains__, lowered))  # a C loop: every word of a page
    if not lowered or in_english >= english_below * len(lowered):
        return "English"
    by_word = _languages_of_words()
    counts: Counter[str] = Counter()
    for word, n in Counter(lowered).items():
        for language in by_word.get(word, ()):
            counts[language] += n
    best = min(counts, key=lambda lang: (-counts[lang], lang)) if counts else "English"
    return best if counts[best] >= ahead * in_english else "English"


def _stoplist(words: list[str]) -> frozenset[str]:
    """English, unless the page's words are mostly not English ones."""
    language = language_of(words, CLEAN_OTHER_LANGUAGE_BELOW)
    return _english() if language == "English" else _stoplist_of(language)


@cache
def _stoplist_of(language: str) -> frozenset[str]:
    """A language's common words, lower-cased once: every line of a page is measured."""
    return frozenset(w.lower() for w in justext.get_stoplist(language))


def describe(lines: list[str]) -> list[Line]:
    """The non-blank lines (stripped) with their signals."""
    found = [(i, text.strip()) for i, text in enumerate(lines) if text.strip()]
    words = [words_of(text) for _, text in found]
    stoplist = _stoplist([w for ws in words for w in ws])
    described: list[Line] = []
    for (i, text), ws in zip(found, words, strict=True):
        n = len(ws)
        ends = bool(_SENTENCE_END.search(text))
        blank_around = (i > 0 and not lines[i - 1].strip()) or (
            i + 1 < len(lines) and not lines[i + 1].strip()
        )
        described.append(
            Line(
                index=i,
                text=text,
                words=n,
                stop=sum(map(stoplist.__contains__, map(str.lower, ws))) / n if n else 0.0,
                sentence=ends,
                sentences=len(_SENTENCE_INSIDE.findall(text)) + ends,
                quotes=bool(_QUOTED_SPEECH.search(text)),
                capitalised=sum(w[0].isupper() for w in ws) / n if n else 0.0,
                paragraph=blank_around,
                cells=_cells(text),
            )
        )
    return described
