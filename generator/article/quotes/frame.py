"""The words that frame a quote in its own sentence: a verb of saying and who it says
spoke, the head of the speaker's phrase.

Looked for in the quote's sentences (and in the sentence before, when it ends with the
colon that introduces the quote: "He added:"), outside every quote, nearest verb first.
Two readings, the most precise first, as in Muzny et al. (2017):
1. next to the quote's marks, the speaker and the verb side by side, either way round
   ("...," Clinton said / said Clinton / she said; Clinton said: "..."), which holds
   when the parse of a long sentence goes wrong;
2. the dependency parse: the verb's subject ("Ryan's spokeswoman, AshLee Strong, said"),
   inverted subjects, "according to X", "X was quoted as saying", the subject of the
   clause a verb hangs on ("..., adding"), and, for a verb the parser left with no
   subject, the name just before it across an apposition ("Marc H. Morial, the chief
   executive of ..., told").
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from generator import lexicon
from generator.article.quotes.layout import Layout

if TYPE_CHECKING:  # the language model is imported only by runs that parse
    from spacy.tokens import Span, Token

__all__ = ["Cue", "find_cue", "name_before"]

SPEECH_VERBS = lexicon.words("speech", "verbs")
_QUOTING = lexicon.words("speech", "quoting")
_PRONOUNS = frozenset(lexicon.table("pronouns", "personal"))
_INHERITS = frozenset({"advcl", "xcomp", "conj", "ccomp", "pcomp"})
_DASHES = frozenset({"—", "–", "―", "-", "--", "―-"})
_OPEN_MARKS = '“"«„'
_NO_SPEAKER = frozenset({"it", "this", "there", "which"})
_GAP = frozenset({"ADV", "PUNCT"})  # "..., forcefully told"


@dataclass(frozen=True)
class Cue:
    verb: Token | None  # None for a dash: "..." — Name
    who: Token | None  # the head of the speaker's phrase; None when the verb has none


def _is_speech_verb(token: Token, quoted: list[bool]) -> bool:
    return (
        not quoted[token.i]
        and token.lower_ in SPEECH_VERBS
        and (token.pos_ == "VERB" or token.lower_ == "according")
    )


def _frame(layout: Layout, start: int, end: int) -> list[Span]:
    first, last = layout.sentence_at(start), layout.sentence_at(end)
    sentences = layout.sentences[first : last + 1]
    if first > 0 and not layout.text[sentences[0].start_char : start].strip(' “"«'):
        before = layout.sentences[first - 1]
        if before.text.rstrip().endswith(":"):
            sentences.insert(0, before)
    return sentences


def _name_run(tokens: list[Token], persons: dict[int, str]) -> Token | None:
    """The head of a speaker phrase that is only a pronoun, or only one person's name
    with capitalised titles before it ("Mr. Obama", "Sen. Tim Kaine")."""
    if len(tokens) == 1 and tokens[0].lower_ in _PRONOUNS:
        return tokens[0]
    keys = {persons[t.i] for t in tokens if t.i in persons}
    if (
        len(keys) == 1
        and tokens[-1].i in persons
        and all(t.i in persons or t.text[:1].isupper() for t in tokens)
    ):
        return tokens[-1]
    return None


def _words(tokens: Iterable[Token]) -> list[Token]:
    """The words, without punctuation, quotation marks or a parenthesis ("(D-Md.)")."""
    out, depth = [], 0
    for t in tokens:
        depth += t.text == "("
        if not depth and not (t.is_punct or t.is_quote or t.is_space):
            out.append(t)
        depth -= t.text == ")" and depth > 0
    return out


def _name_prefix(first: Token, end: int, persons: dict[int, str]) -> list[Token]:
    """The words from `first` that can make up a speaker's name or a pronoun, when what
    follows them ends the phrase ("said Don Fowler, who ..."; not "said Ryan's aide")."""
    doc = first.doc
    run = []
    for t in _words(doc[first.i : min(end, first.i + 8)]):
        if not (t.i in persons or t.text[:1].isupper() or t.lower_ in _PRONOUNS):
            break
        run.append(t)
    nxt = doc[run[-1].i + 1] if run and run[-1].i + 1 < len(doc) else None
    return run if nxt is None or nxt.pos_ not in ("NOUN", "PROPN", "PART") else []


def _after(layout: Layout, at: int, quoted: list[bool], persons: dict[int, str]) -> Cue | None:
    """ "...," X said / said X / "..." — X, right after the quote's closing mark (token
    `at`)."""
    doc = layout.doc
    # the parser often ends the sentence at the quote's "?" or "!": go on to the next
    sent = layout.sentence(at + 1 if at + 1 < len(doc) else at)
    after = _words(doc[at : min(sent.end, at + 14)])[:5]
    gap = "".join(c for c in doc[at : after[0].i].text if not c.isspace()) if after else "x"
    if gap.strip(',”"»') in _DASHES:  # "..." — Name, title
        run = _name_prefix(after[0], sent.end, persons)
        return Cue(None, run[-1]) if run and run[-1].i in persons else None
    if gap.strip(',”"»'):
        return None  # no words right after the quote
    if _is_speech_verb(after[0], quoted):  # said X
        run = _name_prefix(doc[after[0].i + 1], sent.end, persons)
        who = _name_run(run, persons) if run else None
        return Cue(after[0], who) if who is not None else None
    for k, t in enumerate(after[1:], start=1):
        if _is_speech_verb(t, quoted):  # X said
            who = _name_run(after[:k], persons)
            return Cue(t, who) if who is not None else None
    return None


def _before(layout: Layout, at: int, quoted: list[bool], persons: dict[int, str]) -> Cue | None:
    """X said: "..." / Said X: "...", the whole clause before the quote's opening mark
    (token `at`), from the sentence's start or a punctuation mark."""
    doc = layout.doc
    j = at - 1
    while j >= 0 and doc[j].text in (":", ",") + tuple(_OPEN_MARKS):
        j -= 1
    clause: list[Token] = []
    while j >= layout.sentence(at).start and not doc[j].is_punct:
        clause.insert(0, doc[j])
        j -= 1
    if len(clause) < 2:
        return None
    if clause[0].lower_ in SPEECH_VERBS and not quoted[clause[0].i]:  # Said X:
        who = _name_run(clause[1:], persons)
        return Cue(clause[0], who) if who is not None else None
    if _is_speech_verb(clause[-1], quoted):  # X said:
        who = _name_run(clause[:-1], persons)
        return Cue(clause[-1], who) if who is not None else None
    return None


def _subject(verb: Token, quoted: list[bool], depth: int = 0) -> Token | None:
    word = verb.lower_
    if word == "according":
        return next((g for c in verb.children if c.lower_ == "to" for g in c.children), None)
    children = [c for c in verb.children if not quoted[c.i]]
    for child in children:
        if child.dep_ == "nsubj" and word not in _QUOTING:
            if depth and child.lower_ in _NO_SPEAKER:
                break  # "..., saying": the clause it hangs on is about a thing; go on up
            return child
        if child.dep_ == "nsubjpass" and word in _QUOTING:
            return child  # "X was quoted as saying"
        if child.dep_ == "dobj" and word in _QUOTING:
            return child  # "the paper quoted X as saying"
        if child.dep_ == "agent":
            return next((g for g in child.children if g.dep_ == "pobj"), None)
    else:
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in children):
            return None  # "the paper quoted ...": a publication; "X was told": the listener
    if verb.dep_ in _INHERITS and verb.head is not verb and depth < 3:
        return _subject(verb.head, quoted, depth + 1)
    return None


def name_before(verb: Token, first: int, persons: dict[int, str]) -> Token | None:
    """A name just before a verb, alone or set off by commas ("His former partner, Lawrence
    B. Cummings, called"), or before an apposition, a parenthesis and adverbs ("Morial,
    the chief executive of ..., forcefully told"; "Rep. Elijah E. Cummings (D-Md.) said").
    For a verb the parser gave no subject, or a subject that names nobody.
    `first`: the sentence's first token."""
    doc = verb.doc
    j = verb.i - 1
    while j >= first and (doc[j].pos_ in _GAP and doc[j].text not in ",)"):
        j -= 1
    if j >= first and doc[j].text == ")":
        while j > first and doc[j].text != "(":
            j -= 1
        j -= 1
    if j > first and doc[j].text == "," and j - 1 in persons:
        k = j - 1
        while k > first and persons.get(k - 1) == persons[j - 1]:
            k -= 1
        if doc[k - 1].text == ",":
            return doc[j - 1]  # the name set off by commas
    if j >= first and doc[j].text == ",":
        k = j - 1
        while k > first and doc[k].text != ",":
            k -= 1
        j = k - 1 if doc[k].text == "," else -1
    return doc[j] if j >= first and j in persons else None


def _governing(layout: Layout, start: int, end: int, quoted: list[bool]) -> list[Token]:
    """Verbs of saying the parse puts above the quote: for each part of the quote that
    hangs on a word outside it, the first such verb up from there."""
    span = layout.doc.char_span(start, end, alignment_mode="expand")
    found: list[Token] = []
    for t in span or []:
        if t.head.i == t.i or start <= t.head.idx < end:
            continue
        head = t.head
        while head.head.i != head.i and not _is_speech_verb(head, quoted):
            head = head.head
        if _is_speech_verb(head, quoted) and head not in found:
            found.append(head)
    return found


def find_cue(
    layout: Layout, start: int, end: int, quoted: list[bool], persons: dict[int, str]
) -> Cue | None:
    """The verb framing the quote at characters [start, end) and its speaker's head;
    None when no verb of saying frames it. `persons`: token index -> person key."""
    doc = layout.doc
    close = doc.char_span(end, end + 1, alignment_mode="expand")
    if close is not None and (cue := _after(layout, close.start, quoted, persons)):
        return cue
    opening = doc.char_span(start - 1, start, alignment_mode="expand")
    if opening is not None and (cue := _before(layout, opening.start, quoted, persons)):
        return cue
    near = [t for s in _frame(layout, start, end) for t in s if _is_speech_verb(t, quoted)]
    near.sort(key=lambda t: min(abs(t.idx - start), abs(t.idx - end)))
    governing = _governing(layout, start, end, quoted)
    verbs = governing + [t for t in near if t not in governing]
    for verb in verbs:
        first = layout.sentence(verb.i).start
        if verb.tag_ == "VBG" and verb.i > first and verb.i - 1 in persons:
            return Cue(verb, doc[verb.i - 1])  # "footage of Clinton asking, ..."
        who = _subject(verb, quoted)
        if who is None or who.pos_ in ("NOUN", "PROPN") and who.i not in persons:
            who = name_before(verb, first, persons) or who
        if who is not None:
            return Cue(verb, who)
    return Cue(verbs[0], None) if verbs else None
