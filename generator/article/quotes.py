"""Direct quotations and who said them.

Spans come from the quotation marks: curly or straight double quotes (single quotes
are apostrophes too often to open a quote, and inside a quote they mark a quote
within it), a closing mark with no opening one (the quote starts after the colon
that introduces it), a quote running over paragraphs (no closing mark, next paragraph
opens again). One or two words in quotes are scare quotes; a short fragment counts
only when a speech verb frames it, and never when every word is capitalised: that is a
title or a coined name ("A Concert of Hope", "UK Las Vegas"), not something said.

The speaker is the subject of the speech verb framing the quote ("X said", "said X",
"X told", "quoted X as saying", "according to X", "..., saying"), read from the
dependency parse; a pronoun or a title noun ("the adviser") is resolved to the most
recent person mentioned before it. No speech verb, no speaker: `None`, never a guess.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from generator import lexicon
from generator.article.entities import PersonCluster
from generator.clean.lines import PARAGRAPH_BREAK
from generator.settings import SHORT_QUOTE_WORDS

if TYPE_CHECKING:  # the language model is imported only by runs that parse
    from spacy.tokens import Doc, Token

__all__ = ["FoundQuote", "find_quotes"]

SPEECH_VERBS = lexicon.words("speech", "verbs")
# pronouns that can stand for someone who speaks: not "you", not "it"
_PRONOUNS = frozenset(
    p
    for p, f in lexicon.table("pronouns", "personal").items()
    if f["person"] != "second" and f["gender"] != "neuter"
)
_SMALL_WORDS = lexicon.words("stopwords", "title_small_words")
_OPEN = "“«"
_CLOSE = "”»"


@dataclass
class FoundQuote:
    start: int  # character offsets in doc.text
    end: int
    text: str
    speaker: str | None  # PersonCluster key
    as_written: str | None


def _straight_is_open(text: str, i: int) -> bool:
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return (before.isspace() or before in "([{—–-:") and not after.isspace()


def _spans(text: str) -> list[tuple[int, int]]:
    """Character spans of top-level quotations."""
    spans: list[tuple[int, int]] = []
    paragraphs: list[tuple[int, int]] = []
    pos = 0
    for chunk in text.split(PARAGRAPH_BREAK):
        paragraphs.append((pos, pos + len(chunk)))
        pos += len(chunk) + len(PARAGRAPH_BREAK)

    open_at: int | None = None
    closer = ""
    for index, (p_start, p_end) in enumerate(paragraphs):
        last_end = p_start
        # a quote carried over from the paragraph before: its opening mark is not a close
        i = p_start + 1 if open_at == p_start + 1 else p_start
        while i < p_end:
            ch = text[i]
            if open_at is None:
                if ch in _OPEN or (ch == '"' and _straight_is_open(text, i)):
                    open_at, closer = i + 1, ("”" if ch == "“" else "»" if ch == "«" else '"')
                elif ch in _CLOSE or ch == '"':
                    # a closing mark with no opening one: the quote began after the colon
                    # that introduced it, or at the start of the paragraph
                    colon = text.rfind(":", last_end, i)
                    start = colon + 1 if colon >= 0 else last_end
                    spans.append((start, i))
                    last_end = i + 1
            elif ch == closer or (closer == '"' and ch == "”"):
                spans.append((open_at, i))
                open_at, last_end = None, i + 1
            i += 1
        if open_at is not None:
            # no closing mark in this paragraph: the quote goes on only if the next one
            # opens with a quotation mark, as multi-paragraph quotes are written
            spans.append((open_at, p_end))
            nxt = paragraphs[index + 1] if index + 1 < len(paragraphs) else None
            continues = nxt is not None and text[nxt[0] : nxt[0] + 1] in (_OPEN + '"')
            open_at = nxt[0] + 1 if nxt is not None and continues else None
    return _join_continued(text, spans)


def _join_continued(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    joined: list[tuple[int, int]] = []
    for start, end in spans:
        if (
            joined
            and text[joined[-1][1] : start] == PARAGRAPH_BREAK + text[start - 1 : start]
            and text[start - 1] in _OPEN + '"'
        ):
            joined[-1] = (joined[-1][0], end)
        else:
            joined.append((start, end))
    return joined


def _clean_quote(raw: str) -> str:
    text = re.sub(r"\s*\n\n\s*[“«\"]?", " ", raw).strip()
    return text.strip(" ,;").strip()


class _Speakers:
    """Token positions of person mentions, for resolving a subject to a person."""

    def __init__(self, people: list[PersonCluster]) -> None:
        self.at: dict[int, str] = {}
        self.mentions: list[tuple[int, str]] = []
        self.roles: dict[str, str] = {}
        for cluster in people:
            self.roles[cluster.key] = " ".join(cluster.roles).casefold()
            for m in cluster.mentions:
                for i in range(m.start, m.end):
                    self.at[i] = cluster.key
                self.mentions.append((m.start, cluster.key))
        self.mentions.sort()

    def before(
        self, i: int, inside: list[tuple[int, int]], doc: Doc, noun: str | None = None
    ) -> str | None:
        best = None
        for start, key in self.mentions:
            if start >= i:
                break
            char = doc[start].idx
            if any(a <= char < b for a, b in inside):
                continue
            if (
                noun is None
                or noun in self.roles[key]
                or (noun == "pm" and "prime minister" in self.roles[key])
            ):
                best = key
        return best


def _subject(verb: Token) -> Token | None:
    if verb.lower_ == "according":
        for child in verb.children:
            for grand in child.children if child.lower_ == "to" else []:
                if grand.dep_ == "pobj":
                    return grand
    if verb.lower_ in ("quoted", "quote", "quotes"):
        for child in verb.children:
            if child.dep_ == "dobj":
                return child
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubjpass"):
            return child
    if verb.dep_ in ("advcl", "xcomp", "conj", "ccomp", "relcl") and verb.head is not verb:
        return _subject(verb.head)
    return None


def _resolve(
    subject: Token, speakers: _Speakers, quote_spans: list[tuple[int, int]], doc: Doc
) -> tuple[str | None, str | None]:
    if subject.i in speakers.at:
        named = speakers.at[subject.i]
        name = [t.text for t in subject.subtree if speakers.at.get(t.i) == named]
        return named, " ".join(name) or subject.text
    for t in subject.subtree:  # "Madis Roll, the adviser, said": the name sits under the head
        if t.i in speakers.at:
            return speakers.at[t.i], t.text
    word = subject.lower_
    if word in _PRONOUNS and word not in ("i", "we"):
        return speakers.before(subject.i, quote_spans, doc), subject.text
    if subject.pos_ == "NOUN" or word == "pm":
        key = speakers.before(subject.i, quote_spans, doc, noun=word)
        return key, " ".join(t.text for t in subject.subtree if not t.is_punct) if key else None
    return None, None


def _titled(text: str) -> bool:
    """Whether every word is capitalised but the small ones: the title of a show or a
    book, a coined name ("UK Las Vegas"), not words someone said."""
    words = [w.strip(".,;:!?()'’\"“”") for w in text.split()]
    words = [w for w in words if w and w[0].isalpha()]  # "4th German Reich"
    return bool(words) and all(w[0].isupper() or w in _SMALL_WORDS for w in words)


def find_quotes(doc: Doc, people: list[PersonCluster]) -> list[FoundQuote]:
    text = doc.text
    spans = _spans(text)
    speakers = _Speakers(people)
    sentences = list(doc.sents)
    found: list[FoundQuote] = []
    for start, end in spans:
        quote = _clean_quote(text[start:end])
        words = len(quote.split())
        if words <= 2:
            continue
        frame = [s for s in sentences if s.start_char < end + 2 and s.end_char > start - 1]
        if not frame:
            continue
        # the sentence before may hold the introduction ("He added:")
        first = frame[0]
        if first.start > 0 and text[first.start_char : start].strip() == "":
            prev = doc[first.start - 1].sent
            if prev.text.rstrip().endswith(":"):
                frame.insert(0, prev)
        verbs = [
            t
            for s in frame
            for t in s
            if t.lower_ in SPEECH_VERBS and not any(a <= t.idx < b for a, b in spans)
        ]
        verbs.sort(key=lambda t: min(abs(t.idx - start), abs(t.idx - end)))
        speaker = written = None
        for verb in verbs:
            subject = _subject(verb)
            if subject is not None:
                speaker, written = _resolve(subject, speakers, spans, doc)
                if speaker:
                    break
        if not verbs and words < SHORT_QUOTE_WORDS or words < SHORT_QUOTE_WORDS and _titled(quote):
            continue  # a phrase in quotes, or a name ("A Concert of Hope"): not a statement
        found.append(FoundQuote(start, end, quote, speaker, written))
    return found
