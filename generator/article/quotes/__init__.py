"""Direct quotations and who said them.

Spans come from the quotation marks (spans.py); sieves give each its speaker, the most
precise first (sieves.py). What is a quote and not a phrase in quotation marks
(fragments.py): a statement of several words; a shorter one when a verb of saying frames
it, a transcript labels it or it goes on from a framed quote, or, framed by nothing, when
it is a sentence going on into its frame, a whole sentence set apart by a colon or as
its own, or a clause or a phrase worded as someone's, not a title or a term; one or two
words only as what a verb of saying reports, set in the writer's sentence only with a
named speaker ("Trump called it "rigged""). Words with every word capitalised are a
title or a name ("A Night of Light"), not something said. A headline's quoted words are
a quote when a quote of the body repeats or holds them: in the text's first paragraph,
or in the title a web page keeps apart from its text.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from generator.article import cached
from generator.article.entities import Found
from generator.article.quotes.fragments import is_partial, kept, titled
from generator.article.quotes.layout import Layout
from generator.article.quotes.lead import LeadClaim
from generator.article.quotes.sieves import Candidate, attribute
from generator.article.quotes.spans import quote_spans
from generator.article.quotes.speakers import Speaker, Speakers
from generator.registry.gazetteer import Gazetteer
from generator.settings import HEADLINE_CLAIM_WORDS, HEADLINE_TERM_USES
from generator.text.names import fold

if TYPE_CHECKING:  # the language model is imported only by runs that parse
    from spacy.tokens import Doc

__all__ = ["FoundQuote", "find_quotes"]

_WORD = re.compile(r"\w+")
# words in single marks, as headlines quote ("Renault boss hails 'great year'"); an
# apostrophe between letters is a word's own ('won't divert aid')
_SINGLE = re.compile(r"(?<![\w'‘’])['‘]((?:[^'‘’\n]|(?<=\w)['’](?=\w))+?)['’](?![\w'‘’])")
# words in double marks, as a web page's title may quote ('Video shows rescue: "We got her!"')
_DOUBLE = re.compile(r"[\"“]([^\"“”\n]+)[\"”]")


@dataclass(frozen=True)
class FoundQuote:
    start: int  # character offsets in doc.text
    end: int
    text: str
    speaker: str | None  # PersonCluster key
    organization: str | None  # organisation id, when an organisation said it
    as_written: str | None  # how the text named the speaker, even when unresolved
    partial: bool  # words set in the writer's own sentence ("called it "rigged"")
    headline: bool = False  # words of the title kept apart from the text, not of doc.text
    # the country of the nationality noun that named the speaker ("said the Dutchman")
    speaker_country: str | None = None


def _clean(raw: str) -> str:
    text = re.sub(r"\s*\n\n\s*(?:''|``|[“«\"])?", " ", raw).strip()
    return text.strip(" ,;").strip()


def find_quotes(
    doc: Doc, found: Found, gazetteer: Gazetteer, title: str | None = None
) -> list[FoundQuote]:
    """The article's quotes with their speakers, in text order; first those of `title`,
    the headline, when the text does not open with it."""
    layout = Layout(doc)
    text = layout.text
    spans = quote_spans(text)
    starts = [s.start for s in spans]
    quoted = [False] * len(doc)
    for i, char in enumerate(cached.chars(doc)):
        k = bisect_right(starts, char) - 1
        quoted[i] = k >= 0 and char < spans[k].end
    speakers = Speakers(layout, found, quoted, gazetteer)
    candidates = []
    for s in spans:
        words = _clean(text[s.start : s.end])
        if _WORD.search(words):
            paragraphs = (layout.paragraph(s.start), layout.paragraph(s.end))
            partial = is_partial(text, s.start, words)
            candidates.append(Candidate(s.start, s.end, *paragraphs, s.label, partial))
    attribute(candidates, speakers, quoted)
    out = []
    for quote in candidates:
        words = _clean(text[quote.start : quote.end])
        if not kept(layout, quote, words, quoted, speakers.person_at, speakers.surely_person_at):
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
                partial=quote.partial,
                speaker_country=speaker.country if speaker else None,
            )
        )
    lead = LeadClaim(layout, speakers, quoted)
    starts = layout.paragraph_starts
    first = text[: starts[1]] if len(starts) > 1 else text
    apart = title if title and not fold(first).startswith(fold(title)) else None
    return _title_echoes(apart, text, out) + _headline_echoes(text, starts, out, lead) + out


def _title_echoes(title: str | None, text: str, body: list[FoundQuote]) -> list[FoundQuote]:
    """The quoted words, in single or double marks, of a title the text does not open
    with (a web page's headline, kept apart as it is no sentence) that a quote of the body
    repeats or holds: theirs, with that quote's speaker, when the text says who spoke it.
    In a headline capitalised throughout ('"We Got Home!": Crew Returns'), capitals do not
    make quoted words a title."""
    if not title:
        return []
    own = _unquoted(text, 0, body)
    capitalised = titled(title)
    said = _by_words(body)
    out = []
    for pattern in (_SINGLE, _DOUBLE):
        for m in pattern.finditer(title):
            echo = _echo(m.group(1).strip(), said, body, own, capitalised)
            if echo is not None and _framed(echo):
                out.append(replace(echo, start=0, end=0, partial=True, headline=True))
    return out


def _framed(quote: FoundQuote) -> bool:
    """Whether the text says who spoke a quote, even vaguely ("an officer"): words in
    marks that nobody is said to speak are a term or a nickname the headline repeats."""
    return bool(quote.speaker or quote.organization or quote.as_written)


def _headline_echoes(
    text: str, starts: list[int], body: list[FoundQuote], lead: LeadClaim
) -> list[FoundQuote]:
    """Words in single marks in the first paragraph, the headline ("Renault boss hails
    'great year'"), that a quote of the body repeats: theirs, with that quote's speaker;
    else, a claim of HEADLINE_CLAIM_WORDS or more that the lead reports (lead.py): its
    speaker's; else, words that many and not a title, a claim whose speaker the body does
    not make sure ("Harbour 'may close by spring'" over a lead that names no one): a
    quote with nobody as its speaker. Shorter words in single marks alone are too often
    apostrophes or the writer's own (an economic 'miracle') to count."""
    end = starts[1] if len(starts) > 1 else len(text)
    later = [q for q in body if q.start >= end]
    own = _unquoted(text, end, later)
    said = _by_words(later)
    out = []
    for m in _SINGLE.finditer(text, 0, end):
        words = m.group(1).strip()
        echo = _echo(words, said, later, own)
        if echo is None and lead.headline and len(_WORD.findall(words)) >= HEADLINE_CLAIM_WORDS:
            echo = _claim(words, lead.holder(m.start(1), m.end(1)))
        if echo is not None:
            out.append(replace(echo, start=m.start(1), end=m.end(1), partial=True))
    return out


def _by_words(body: list[FoundQuote]) -> dict[str, FoundQuote]:
    """The body quotes by their folded words, built once per headline; of quotes alike,
    the last."""
    return {fold(q.text): q for q in body}


def _echo(
    words: str,
    said: dict[str, FoundQuote],
    body: list[FoundQuote],
    own: str,
    capitalised: bool = False,
) -> FoundQuote | None:
    """The body quote a headline's quoted words repeat (`said`: the body's quotes by their
    folded words), else the one that holds them (`_holding`), carrying the headline's
    words; None when neither."""
    same = said.get(fold(words))
    if same is not None:
        return same
    held = _holding(words, body, own, capitalised)
    return replace(held, text=words) if held is not None else None


def _claim(words: str, speaker: Speaker | None) -> FoundQuote | None:
    """The headline's claim, its speaker the lead's (None: nobody sure); none for a title."""
    if titled(words):
        return None
    speaker = speaker or Speaker()
    return FoundQuote(0, 0, words, speaker.person, None, speaker.written, partial=True)


def _unquoted(text: str, start: int, quotes: list[FoundQuote]) -> str:
    """The writer's own words after the headline: the text without the quotes."""
    parts, pos = [], start
    for q in quotes:
        parts.append(text[pos : q.start])
        pos = max(pos, q.end)
    return " ".join([*parts, text[pos:]])


def _holding(
    words: str, quotes: list[FoundQuote], own: str, capitalised: bool = False
) -> FoundQuote | None:
    """The body quote that holds a headline's quoted words as whole words of its own
    ('wrong' from "we did not get it wrong"), when every quote holding them has the same
    speaker; none for a title or a name ('Las Vegas', the "X mini" a quote names), which
    anyone may write, nor for the story's own term, which the writer uses as theirs (`own`:
    the writer's words). `capitalised`: the headline capitalises every word, so the
    capitals of these say nothing."""
    found = _WORD.findall(words)
    if titled(words) and not capitalised or not any(w[0].isalpha() for w in found):
        return None
    pattern = re.compile(r"\b" + r"\W+".join(map(re.escape, found)) + r"\b", re.IGNORECASE)
    if len(pattern.findall(own)) >= HEADLINE_TERM_USES:
        return None
    holders = []
    for q in quotes:
        m = pattern.search(q.text)
        if m is None:
            continue
        if m.group()[0].isupper() and q.text[: m.start()].rstrip()[-1:] not in ("", ".", "!", "?"):
            return None  # capitalised inside a sentence: a name
        holders.append(q)
    if not holders or len({(q.speaker, q.organization) for q in holders}) > 1:
        return None
    return holders[0]
