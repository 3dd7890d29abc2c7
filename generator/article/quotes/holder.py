"""Whose words a phrase nothing frames is, when a named person holds the clause it stands in.

Words set in the writer's sentence and worded as someone's (fragments.py) wait for a
frame when a person is named near them: they may be that person's. They are that
person's when the person is the active subject of the clause that holds them, or the
agent of its passive, reached from the words through verbs and small words alone, and
the words say something of the clause's own: a complement ("Ann Dore agreed that sales
were "far better than feared""), or a phrase with its own preposition or after "as" when
a complement clause lies on the way up or the verb has a modal ("will decide "within the
next few days""; not a plain deed: "died "at the height of the storm"" is the writer's
words). A clause another verb takes as its complement goes up to that verb's subject ("A
guard told the crowd Dore was "in the next room"": the guard's, nobody sure). Not a
verb's object nor another preposition's, as often a thing's name (a book read, a song
sung, a film starred in) or the words of whom a verb of praise or blame judges
("welcomed the council's "change of heart"", "mocked the "plan for all seasons""); not a
copula's subject, whom the words describe ("Dore was "the best of the lot""); not a
passive's subject, who hears them; not several people, nor a pronoun, whose person the
article may not make sure; not a noun's phrase on the way up, nor words set off by a
dash ("Ivo Lind - "the first of his kind"": a gloss); not the clause of a verb that
judges, nor of one that denies ("denied being "..."": the accuser's words); not words
that are no one phrase of the parse.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from generator import lexicon
from generator.article.quotes.speakers import Speaker, Speakers
from generator.corpus.disagree.words import REBUTS, stem
from generator.text.marks import DASHES, OPENING

if TYPE_CHECKING:  # the language model is imported only by runs that parse
    from spacy.tokens import Span, Token

__all__ = ["holder"]

# verbs that judge: what they take is as often the judged one's words ("mocked the "...""),
# and they frame what follows their "as" or "to" themselves (frame.py)
_JUDGING = lexicon.words("speech", "characterising")
_PERSONAL = frozenset(lexicon.table("pronouns", "personal"))
_WAY_UP = frozenset({"VERB", "AUX", "ADP", "PART", "SCONJ"})  # a clause's words, not a noun's
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "expl"})
_SAYS_OF_CLAUSE = frozenset({"acomp", "oprd", "prep"})  # "were "far ..."", "in "the next ...""
_PHRASES = frozenset({"prep", "pobj"})  # words with a preposition of their own, or after one
_REPORTED = frozenset({"ccomp", "xcomp"})  # a clause a verb takes: "hopes it opens "by May""


def holder(speakers: Speakers, quoted: list[bool], start: int, end: int) -> Speaker | None:
    """The named person whose clause holds the quoted words at characters [start, end)
    (see the module's rules); None when there is none sure."""
    span = speakers.doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None
    word = _one_phrase(span)
    if word is None:
        return None
    before = speakers.layout.text[:start].rstrip(OPENING + " ")
    if before.endswith(DASHES) or not _worded_by_clause(word):
        return None  # words set off by a dash are an aside: "Ivo Lind - "...""
    verb = _clause_verb(word, quoted)
    if verb is None or verb.pos_ == "AUX" or verb.lower_ in _JUDGING or stem(verb.lower_) in REBUTS:
        return None
    if word.dep_ in _PHRASES and not _reported_or_modal(word, verb):
        return None
    children = [c for c in verb.children if not quoted[c.i]]
    if any(c.dep_ in ("nsubjpass", "auxpass") for c in children):
        agent = next((c for c in children if c.dep_ == "agent"), None)
        subject = next((g for g in agent.children if g.dep_ == "pobj"), None) if agent else None
    else:
        subject = next((c for c in children if c.dep_ == "nsubj"), None)
    if subject is None or subject.lower_ in _PERSONAL or _several(subject):
        return None
    found = speakers.who(subject)
    return found if found.person is not None else None


def _one_phrase(span: Span) -> Token | None:
    """The head of the quoted words when they are one phrase of the parse: exactly one
    word hangs outside them (not so in "contest the seat on "free buses for all"", where
    "for" may hang on "contest": a slogan cut in two)."""
    outside = [t for t in span if not t.is_punct and not span.start <= t.head.i < span.end]
    return outside[0] if len(outside) == 1 else None


def _reported_or_modal(word: Token, verb: Token) -> bool:
    """Whether a phrase with a preposition is the person's: a complement clause lies on
    the way up from it to the verb, whatever the verb ("hopes the ward opens "before the
    end of May""), or the verb has a modal ("will decide "within days""). Not a plain deed
    ("died "at the height of the storm"", "left "by agreement""): the writer's words or
    an inquest's as often as the person's."""
    if any(c.tag_ == "MD" for c in verb.children):
        return True
    while word.i != verb.i:
        if word.dep_ in _REPORTED:
            return True
        word = word.head
    return False


def _worded_by_clause(word: Token) -> bool:
    """Whether quoted words headed by `word` say something of the clause's: a clause of
    their own, a complement ("were "far quicker than planned""), a phrase with its own
    preposition ("decide "within the next few days""), or what follows "as" ("will serve
    as the "...""). Not a verb's object nor another preposition's, as often a thing's
    name (a book read, a song sung, a film starred in), nor what a verb of praise takes
    (welcomed the council's "change of heart": as often the council's words)."""
    if word.pos_ in ("VERB", "AUX") or word.dep_ in _SAYS_OF_CLAUSE:
        return True
    return word.dep_ == "pobj" and word.head.lower_ == "as"


def _clause_verb(word: Token, quoted: list[bool]) -> Token | None:
    """The verb of the clause holding `word` that has a subject of its own, climbing from
    it through verbs and small words alone (None at a noun, or at none); a clause another
    verb takes as its complement ("agreed that sales were ...") goes on up to that verb."""
    while word.head.i != word.i:
        head = word.head
        if quoted[head.i]:
            word = head
            continue
        if head.pos_ not in _WAY_UP:
            return None
        own = any(c.dep_ in _SUBJECTS or c.dep_ == "agent" for c in head.children)
        if own and (head.dep_ != "ccomp" or head.head.i == head.i):
            return head  # not a complement clause, which goes on up to its verb
        word = head
    return None


def _several(subject: Token) -> bool:
    """Whether a subject is joined by "and" to another ("Ann Dore and Ivo Lind"): the
    words are no one's sure."""
    return any(c.dep_ == "conj" for c in subject.children) or subject.dep_ == "conj"
