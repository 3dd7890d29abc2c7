"""Direct quotations and who said them.

Spans come from the quotation marks (spans.py); sieves give each its speaker, the most
precise first (sieves.py). What is a quote and not a phrase in quotation marks: a
statement of several words; a shorter one only when a verb of saying frames it, a
transcript labels it or it goes on from a framed quote; one or two words only when they
are part of a sentence (partial) and a named speaker frames them ("Trump called it
"rigged""). Words with every word capitalised are a title or a name ("A Concert of
Hope"), not something said.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from typing import TYPE_CHECKING

from generator import lexicon
from generator.article.entities import Found
from generator.article.quotes.frame import SPEECH_VERBS
from generator.article.quotes.layout import Layout
from generator.article.quotes.sieves import Candidate, attribute
from generator.article.quotes.spans import quote_spans
from generator.article.quotes.speakers import Speakers
from generator.registry.gazetteer import Gazetteer
from generator.settings import SHORT_QUOTE_WORDS

if TYPE_CHECKING:  # the language model is imported only by runs that parse
    from spacy.tokens import Doc

__all__ = ["FoundQuote", "find_quotes"]

_SMALL_WORDS = lexicon.words("stopwords", "title_small_words")
_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class FoundQuote:
    start: int  # character offsets in doc.text
    end: int
    text: str
    speaker: str | None  # PersonCluster key
    organization: str | None  # organisation id, when an organisation said it
    as_written: str | None  # how the text named the speaker, even when unresolved
    partial: bool  # words set in the writer's own sentence ("called it "rigged"")


def _clean(raw: str) -> str:
    text = re.sub(r"\s*\n\n\s*[“«\"]?", " ", raw).strip()
    return text.strip(" ,;").strip()


def _titled(text: str) -> bool:
    """Whether every word is capitalised but the small ones: the title of a show or a
    book, a coined name ("UK Las Vegas"), not words someone said."""
    words = [w.strip(".,;:!?()'’\"“”") for w in text.split()]
    words = [w for w in words if w and w[0].isalpha()]  # "4th German Reich"
    return bool(words) and all(w[0].isupper() or w in _SMALL_WORDS for w in words)


def _partial(text: str, start: int, quote: str) -> bool:
    """Quoted words set inside the writer's own sentence: beginning in lower case, or
    after a word that is not a verb of saying ("called it "rigged"", "the "Make America
    Great" slogan"; not "said "We will"")."""
    before = text[:start].rstrip(' “"«„')
    if quote[:1].islower():
        return True
    word = before.rsplit(None, 1)[-1].casefold() if before else ""
    return bool(word) and word[-1].isalnum() and word not in SPEECH_VERBS


def _complement(layout: Layout, quote: Candidate) -> bool:
    """The quoted words are what the verb of saying reports, its object or complement
    ("called it "rigged"", "described as "reckless""), not words of the writer's own
    clause ("said the talks were "serious"")."""
    span = layout.doc.char_span(quote.start, quote.end, alignment_mode="expand")
    if span is None or quote.cue is None or quote.cue.verb is None:
        return False
    verb, head = quote.cue.verb, span.root.head
    return head == verb or head.head == verb and head.dep_ in ("prep", "dobj", "oprd")


def _kept(layout: Layout, quote: Candidate, words: int, text: str, partial: bool) -> bool:
    framed = quote.cue is not None or quote.sieve is not None
    if words >= SHORT_QUOTE_WORDS:
        return True
    if not framed or _titled(text):
        return False
    if words <= 2:
        # what the verb reports ("It's over," she said; called it "rigged"), and, set in
        # the writer's sentence, only with a named speaker
        named = quote.speaker is not None and quote.speaker.named
        return _complement(layout, quote) and (named or not partial)
    return True


def find_quotes(doc: Doc, found: Found, gazetteer: Gazetteer) -> list[FoundQuote]:
    """The article's quotes with their speakers, in text order."""
    layout = Layout(doc)
    text = layout.text
    spans = quote_spans(text)
    starts = [s.start for s in spans]
    quoted = [False] * len(doc)
    for token in doc:
        k = bisect_right(starts, token.idx) - 1
        quoted[token.i] = k >= 0 and token.idx < spans[k].end
    speakers = Speakers(layout, found, quoted, gazetteer)
    candidates = [
        Candidate(s.start, s.end, layout.paragraph(s.start), layout.paragraph(s.end), s.label)
        for s in spans
        if _WORD.search(text, s.start, s.end)
    ]
    attribute(candidates, speakers, quoted)
    out = []
    for quote in candidates:
        words = _clean(text[quote.start : quote.end])
        n = len(words.split())
        partial = _partial(text, quote.start, words)
        if not _WORD.search(words) or not _kept(layout, quote, n, words, partial):
            continue
        speaker = quote.speaker
        out.append(
            FoundQuote(
                start=quote.start,
                end=quote.end,
                text=words,
                speaker=speaker.person if speaker else None,
                organization=speaker.organization if speaker else None,
                as_written=speaker.written if speaker else None,
                partial=partial,
            )
        )
    return out
