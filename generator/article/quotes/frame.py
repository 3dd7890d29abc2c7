"""The words that frame a quote in its own sentence: a verb of saying and who it says
spoke, the head of the speaker's phrase.

Looked for in the quote's sentences (and in the sentence before, when it ends with the
colon that introduces the quote: "He added:"), outside every quote. Two readings, the
most precise first, as in Muzny et al. (2017):
1. next to the quote's marks, the speaker and the verb side by side, either way round
   ("...," Clinton said / said Clinton / she said / said agency vice-director Pan Li;
   Clinton said: "..."; "..." is the dry assessment of Gary Lomax; "..." ― Ana Ruiz,
   signed by a name even one found as nobody's), which holds when the parse of a long
   sentence goes wrong; not the next sentence's verb after a
   quote ending with a full stop, nor a verb the parse shows does not report the quote;
2. the dependency parse: the verb the quote hangs on, if it reports it (reach.py), then the
   nearest in its sentences; the verb's subject ("Ryan's spokeswoman, AshLee Strong,
   said"), inverted subjects, "according to X", "X was quoted as saying", a passive's agent
   even when the parse hung its "by" on the quoted words ("was hailed as "..." by X", not a
   verb of depicting), the subject of the clause a verb hangs on ("..., adding"; "before
   asking"; past a clause another verb of saying reports: "Lee said Hale had erred,
   adding"; "X was heard saying"), the object of a verb that brings the saying about ("The
   defeat led Hale to admit"), and, for a verb the parser left with no subject, the name
   just before it across an apposition ("Marc H. Morial, the chief executive of ...,
   told"), or the subject of the auxiliary the parse cut it from ("Blair had in 1997
   complained"). A subject that is a thing ("the spot concludes with ...") gives way to a
   person's verb above it or nearer the quote, and a thing's verb that says nothing there
   to a body's above it ("The sector will continue to face "...", the Chamber of Commerce
   said"; not a news outlet's, which relays). A verb that judges frames what follows its
   "as" or "to" ("condemned the test as "...""), and a noun of saying its possessor's words
   ("Trump's claim that ..."), both only from above the quote; a verb of belief frames
   words of three or more in the clause it reports ("Salo thinks the plan is "a threat to
   jobs""), unless they name a thing the clause is about ("thinks the "war on the port" has
   failed": a term); a verb reports in "as X put it" alone ("a "lawful source of income,"
   as one memo put it").
Words in the clause of a verb of saying that puts them to the subject of the clause it
hangs on ("Asked if the plan was "...", Ann Dore said", "Despite being told it was
"..."") are whoever put them: the frame names nobody sure. The name just before a
frame's verb is never one inside the quote, nor one tied to the subject's noun by a preposition ("a
spokesman for Prime Minister Ann Dore", "a source close to Ann Dore": someone else speaks).
When no verb of saying frames it, a noun of saying right before the quote's colon does
("his message: "...""): said by its possessor or the subject of the verb issuing it
("Sanders made the following comment: "..."");
or, with no noun of saying, a person's name (after words describing them) that alone
opens the paragraph or the sentence before the colon ("Rovers manager Tom Hale: "..."").
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from generator import lexicon
from generator.article import cached
from generator.article.entities.spans import HONORIFICS
from generator.article.person_words import PERSON_NOUNS
from generator.article.quotes.layout import Layout
from generator.article.quotes.reach import is_relational_noun, reports, subject_of, utterance
from generator.article.quotes.titles import BODY_NOUNS
from generator.settings import FRAGMENT_WORDS
from generator.text.marks import OPENING

if TYPE_CHECKING:  # the language model is imported only by runs that parse
    from spacy.tokens import Span, Token

__all__ = ["Cue", "find_cue", "name_before", "reporter"]

SPEECH_VERBS = lexicon.words("speech", "verbs")
_QUOTING = lexicon.words("speech", "quoting")
_PERCEIVING = lexicon.words("speech", "perceiving")
_ASKING = lexicon.words("speech", "asking")
_TITLE_WORDS = lexicon.words("titles", "titles")
_NOUNS = lexicon.words("speech", "nouns")
_CHARACTERISING = lexicon.words("speech", "characterising")
_DEPICTING = lexicon.words("speech", "depicting")
_BELIEVING = lexicon.words("speech", "believing")
_FIRST_PERSON = lexicon.words("pronouns", "first_person")
_UNADDRESSED = lexicon.words("speech", "unaddressed")
# passive participles that put a claim or a question to someone ("it was put to him")
_PUTTING = lexicon.words("speech", "putting")
_RAISING = lexicon.words("speech", "raising")
_GERUND_AFTER = lexicon.words("speech", "gerund_after")
_CAUSING = lexicon.words("speech", "causing")
_INTRODUCING = _NOUNS | lexicon.words("speech", "introducing")
_ISSUING = lexicon.words("speech", "issuing")
_AUTHORING = lexicon.words("speech", "authoring")
_TIES = lexicon.words("titles", "ties")  # "a spokesman for", "an aide to", "a friend of"
# words describing the person a name after a tie names ("Prime Minister", "Mr", "singer")
_DESCRIPTIONS = PERSON_NOUNS | HONORIFICS | lexicon.words("titles", "styles")
_DESCRIBED_BY = frozenset({"amod", "advmod"})  # "a source close to", "people loyal to"
_JUDGEMENTS = _NOUNS | lexicon.words("speech", "judgements")
_COPULAS = frozenset({"is", "was", "'s", "’s"})
_AS_IT = lexicon.words("speech", "as_it")
_MEDIA = lexicon.words("speech", "media")
_AGENCIES = lexicon.words("names", "news_agencies")
_NAME_TIES = frozenset({"of", "for"})  # "Bank of England", "Office for National Statistics"
# condemned it as "..."; likened it to "..."; praised him for "..."
_AS = frozenset({"as", "to", "of", "for"})
_ON_OBJECT = frozenset({"as", "of"})  # condemned the debate as "..."; accused her of "..."
_PRONOUNS = frozenset(lexicon.table("pronouns", "personal"))
_INHERITS = frozenset({"advcl", "xcomp", "conj", "ccomp", "pcomp", "prep"})  # prep: "before asking"
_ADJUNCTS = frozenset({"advcl", "xcomp", "conj"})  # "..., adding", "and added"
# kinds of named things the parser tells apart, which never speak ("The Lindt Plan")
_NONFINITE_TAGS = frozenset({"VB", "VBG"})  # "to step in", "by calling"
_THINGS = frozenset({"LAW", "PRODUCT", "WORK_OF_ART", "EVENT", "FAC", "LOC"})
_DASHES = frozenset({"—", "–", "―", "-", "--", "―-"})
# what may stand between a quote's closing and its frame: a comma and closing marks
_CLOSING = ",”\"»'"
# a sentence's end inside a paragraph: its full stop, any closing mark, the space after
_SENTENCE_END = re.compile(r"[.!?][\"”’']?\s+")
_CLAUSE_ENDS = frozenset({",", ".", ";", ":", "!", "?", "(", ")"})
_OPEN_MARKS = '“"«„'
_LIST_ITEM = re.compile(r"[ \t]*[-–—][ \t]")  # a dash that opens a paragraph as a list's mark
# a quote's last stop, not the dots of words trailing off ("nine years... " Hailey recalled)
_FULL_STOP = re.compile(r"(?<!\.)\.[^\w.]*$")
_NO_SPEAKER = frozenset({"it", "this", "there", "which"})
_OWN_SUBJECT = frozenset({"nsubj", "nsubjpass", "aux", "auxpass"})  # a clause, no participle
_GAP = frozenset({"ADV", "PUNCT"})
_ADVERBIAL = frozenset({"ADV", "ADP", "NUM", "DET", "PART"})  # "in 1997", "only recently"
# words that describe or name someone: "the Wales coach Scott Johnson", "the angry crowd"
_DESCRIBING = frozenset({"PROPN", "NOUN", "ADJ", "DET", "NUM"})


@dataclass(frozen=True)
class Cue:
    verb: Token | None  # None for a dash: "..." — Name
    who: Token | None  # the head of the speaker's phrase; None when the verb has none


def _is_speech_verb(token: Token, quoted: list[bool]) -> bool:
    return (
        not quoted[token.i]
        and (token.lower_ in SPEECH_VERBS or _as_it(token))
        and (token.pos_ == "VERB" or token.lower_ == "according")
    )


def _as_it(token: Token) -> bool:
    """ "as X put it": a verb that reports words only in that clause."""
    return token.lower_ in _AS_IT and {("mark", "as"), ("dobj", "it")} <= {
        (c.dep_, c.lower_) for c in token.children
    }


def _frames(head: Token, child: Token, quoted: list[bool], below: Token | None = None) -> bool:
    """Whether `head` frames what hangs from it by `child`: a verb of saying; a verb that
    judges, by its "as", "to", "of" or "for", also an "as" or "of" the parser hung on the
    verb's object ("condemned the debate as a "charade"", "accused the council of being
    "duped"", `below` being the word under `child` on the way up from the quote); a noun of saying with its possessor ("Trump's claim
    that ...")."""
    if quoted[head.i]:
        return False
    if head.lower_ in _CHARACTERISING and head.pos_ == "VERB":
        if child.dep_ == "dobj" and below is not None and below.dep_ == "prep":
            return below.lower_ in _ON_OBJECT
        if below is not None and child.dep_ == "dobj" and _after_as(child, below, _ON_OBJECT):
            return True
        if _after_as(head, child, _AS):
            return True
        return child.left_edge.lower_ in _AS  # "as "..."", "to "playing with fire""
    if head.lower_ in _NOUNS and head.pos_ == "NOUN":
        return any(c.dep_ == "poss" for c in head.children)
    if head.lower_ in _BELIEVING and head.pos_ == "VERB" and not quoted[head.i]:
        # "Salo thinks the plan is "a threat to jobs"": the believer's wording; an "I
        # think" outside quotation marks is the writer's, whose marks set off a term
        subject = any(c.dep_ == "nsubj" and c.lower_ not in _FIRST_PERSON for c in head.children)
        return subject and _quoted_phrase(child, quoted) and _in_clause(head, child, quoted)
    return _is_speech_verb(head, quoted)


def _after_as(holder: Token, conjunct: Token, preps: frozenset[str]) -> bool:
    """Whether a word the parser joined by "and" to a judging verb or to its object, not a
    verb of a clause of its own, is the second of what their "as" (or "to", "of", "for")
    before it says ("condemned the launch as "provocative" and a "grave threat"": "threat"
    hung on "condemned" or on "launch", or made a second object after the "and")."""
    if conjunct.pos_ == "VERB" or conjunct.dep_ not in ("conj", "dobj"):
        return False
    prep = [c.i for c in holder.children if c.dep_ == "prep" and c.lower_ in preps]
    joins = [c.i for c in holder.children if c.dep_ == "cc"]
    return any(p < j < conjunct.i for p in prep for j in joins)


def _quoted_phrase(head: Token, quoted: list[bool]) -> bool:
    """Whether a phrase holds words in quotation marks, more than FRAGMENT_WORDS of them:
    one or two words ("the "bedroom tax"") are as often the writer's name for a thing."""
    inside = [t for t in head.subtree if quoted[t.i]]
    if not inside:
        return False
    return len(head.doc[inside[0].i : inside[-1].i + 1].text.split()) > FRAGMENT_WORDS


def _in_clause(verb: Token, child: Token, quoted: list[bool]) -> bool:
    """Whether the quoted words under `child` hang on `verb` through verbs alone, words of
    the clause it reports ("fears the plan is "a threat to jobs""), not of a noun's
    phrase there, whose words may be others' ("thinks the answer lies between the cries
    of "...""), nor a thing's name as its subject or object with the determiner outside
    the marks ("believes the "war on the port" has failed": the writer's term)."""
    root = next((t for t in child.subtree if quoted[t.i] and not quoted[t.head.i]), None)
    if root is None:
        return False
    if root.dep_ in ("nsubj", "nsubjpass", "dobj") and any(
        c.dep_ == "det" and not quoted[c.i] for c in root.children
    ):
        return False  # the "war on the port" has failed: the writer names a thing
    word = root.head
    while word.i != verb.i:  # climbs from under `verb`, so it reaches it
        if word.pos_ not in ("VERB", "AUX") or word.head.i == word.i:
            return False
        word = word.head
    return True


def _frame(layout: Layout, start: int, end: int) -> list[Span]:
    first, last = layout.sentence_at(start), layout.sentence_at(end)
    sentences = layout.sentences[first : last + 1]
    if first > 0 and not layout.text[sentences[0].start_char : start].strip(OPENING):
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


def _described_name(tokens: list[Token], persons: dict[int, str]) -> Token | None:
    """The head of a speaker phrase that is one person's name after words describing
    them, with no verb among them ("Wales assistant coach Sam Pryce") but the second half
    of a hyphenated modifier ("long-serving council leader Amir Patel")."""
    if not tokens or tokens[-1].i not in persons:
        return None
    if len({persons[t.i] for t in tokens if t.i in persons}) > 1:
        return None
    if any(t.pos_ not in _DESCRIBING and not _hyphened(t) for t in tokens):
        return None
    return tokens[-1]


def _hyphened(token: Token) -> bool:
    """Whether a word is joined by a hyphen to the word before it ("flag-waving"), not
    set off by a dash ("Lee - ")."""
    doc = token.doc
    return token.i > 1 and doc[token.i - 1].text == "-" and not doc[token.i - 2].whitespace_


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
    follows them ends the phrase ("said Don Hartley, who ..."; not "said Reyes's aide",
    nor "said Ann Dore and Ivo Lind's agent Max Roe", one of several speakers or words
    describing the speaker, and "said Ann Dore and left" ends it)."""
    doc = first.doc
    run = []
    for t in _words(doc[first.i : min(end, first.i + 8)]):
        if not (t.i in persons or t.text[:1].isupper() or t.lower_ in _PRONOUNS):
            break
        run.append(t)
    nxt = doc[run[-1].i + 1] if run and run[-1].i + 1 < len(doc) else None
    if nxt is not None and nxt.pos_ == "CCONJ":
        return run if _new_clause(nxt) else []
    return run if nxt is None or nxt.pos_ not in ("NOUN", "PROPN", "PART") else []


def _new_clause(conj: Token) -> bool:
    """Whether what a conjunction after a speaker's name joins is a clause of its own
    ("said Ann Dore and left", "and then left", "and Kerr nodded"), not more speakers
    ("and Ivo Lind", "and his wife Ann Dore", "and Ivo Lind's agent Max Roe"); "and the
    crowd fell silent" is a clause."""
    doc = conj.doc
    i = conj.i + 1
    while i < len(doc) and (doc[i].pos_ in _DESCRIBING or doc[i].dep_ == "poss"):
        i += 1  # a subject ("Kerr", "the crowd", "his wife"): its verb follows
    return i < len(doc) and doc[i].pos_ in ("VERB", "AUX", "ADV")


def _after(layout: Layout, at: int, quoted: list[bool], persons: dict[int, str]) -> Cue | None:
    """ "...," X said / said X / "..." — X, right after the quote's closing mark (token
    `at`)."""
    doc = layout.doc
    # the parser often ends the sentence at the quote's "?" or "!": go on to the next
    sent = layout.sentence(at + 1 if at + 1 < len(doc) else at)
    after = _words(doc[at : min(sent.end, at + 14)])[:5]
    gap = "".join(c for c in doc[at : after[0].i].text if not c.isspace()) if after else "x"
    if gap.strip(_CLOSING) in _DASHES:  # "..." — Name, title
        run = _name_prefix(after[0], sent.end, persons)
        return Cue(None, run[-1]) if run and (run[-1].i in persons or _signed(run)) else None
    if gap.strip(_CLOSING):
        return None  # no words right after the quote
    if _is_speech_verb(after[0], quoted):  # said X
        run = _name_prefix(doc[after[0].i + 1], sent.end, persons)
        who = (_name_run(run, persons) or _unfound_name(run, run[-1], persons)) if run else None
        if who is None:  # said the agency's vice-director Pan Yue, in a statement
            who = _described_name(_clause_after(after[0], sent.end), persons)
        return Cue(after[0], who) if who is not None else None
    for k, t in enumerate(after[1:], start=1):
        if _is_speech_verb(t, quoted):  # X said
            run = after[:k]
            while len(run) > 1 and run[-1].pos_ == "ADV" and _ends_clause(t):
                run = run[:-1]  # "X later recalled.", not "X also said [what else]"
            who = _name_run(run, persons) or _unfound_name(run, t, persons)
            return Cue(t, who) if who is not None else None
    return None


def _ends_clause(word: Token) -> bool:
    """Whether a word ends its clause: a verb of saying so says nothing of its own after
    it, a frame of the words before it."""
    doc = word.doc
    return word.i + 1 >= len(doc) or doc[word.i + 1].text in (".", ",", "!", "?", ";")


def _signed(run: list[Token]) -> bool:
    """Whether capitalised words after a dash that follows a quote sign it as a letter or
    a vox pop is signed (""...." ― Ana Ruiz"), ending its paragraph or set off by a comma,
    though the entity finder took them for no one's name: the speaker is written there,
    so the quote goes on from nobody before it."""
    last = run[-1]
    doc = last.doc
    nxt = doc[last.i + 1] if last.i + 1 < len(doc) else None
    ends = nxt is None or "\n" in nxt.text or nxt.text in (".", ",")
    return ends and len(run) >= 2 and all(t.pos_ == "PROPN" for t in run)


def _clause_after(verb: Token, end: int) -> list[Token]:
    """The words after an inverted verb of saying up to the punctuation that ends its
    clause (a hyphen inside a word does not: "vice-director")."""
    doc = verb.doc
    words = []
    for t in doc[verb.i + 1 : min(end, verb.i + 12)]:
        if t.text in _CLAUSE_ENDS or t.is_quote or t.is_space:
            break
        if not t.is_punct:
            words.append(t)
    return words


def _unfound_name(tokens: list[Token], last: Token, persons: dict[int, str]) -> Token | None:
    """The head of a speaker phrase that is only a name, of words side by side, that the
    entity finder took for no person's, ending the clause at `last` ("...," said Friday. /
    Friday said.: a surname read as a day): the speaker is written there, so nobody else
    may be given the quote; not a person's name and their post ("said Ann Lee, Director,
    Acme Securities"), which the parse reads."""
    side_by_side = tokens[-1].i - tokens[0].i == len(tokens) - 1
    named = all(t.pos_ == "PROPN" and t.i not in persons for t in tokens)
    return tokens[-1] if _ends_clause(last) and side_by_side and named else None


def _of_whom(layout: Layout, at: int, persons: dict[int, str]) -> Cue | None:
    """ "..." is the dry assessment of X: a noun for someone's words right after the
    quote's closing mark (token `at`), by "is" or "was", and whose they are by "of"."""
    doc = layout.doc
    sent = layout.sentence(at + 1 if at + 1 < len(doc) else at)
    after = _words(doc[at : min(sent.end, at + 10)])
    if not after or after[0].lower_ not in _COPULAS:
        return None
    if "".join(doc[at : after[0].i].text.split()).strip(_CLOSING):
        return None  # not right after the quote
    k = 1
    while k < len(after) and after[k].pos_ in ("DET", "ADJ", "ADV"):
        k += 1
    if k + 2 >= len(after) or after[k].lower_ not in _JUDGEMENTS or after[k + 1].lower_ != "of":
        return None
    run = _name_prefix(after[k + 2], sent.end, persons)
    who = _name_run(run, persons) if run else None
    if who is None or who.i not in persons:  # "the view of the hall": nobody sure
        who = next((c for c in after[k + 1].children if c.dep_ == "pobj"), None)
    return Cue(None, who) if who is not None else None


_COLON_SPEAKERS = frozenset({"he", "she"})


def _before(layout: Layout, at: int, quoted: list[bool], persons: dict[int, str]) -> Cue | None:
    """X said: "..." / Said X: "...", the whole clause before the quote's opening mark
    (token `at`), from the paragraph's start or a punctuation mark. A gerund's speaker
    is the subject of what it hangs on, its object the listener ("X said, telling Y, "..."")."""
    doc = layout.doc
    j = at - 1
    while j >= 0 and doc[j].text in (":", ",") + tuple(_OPEN_MARKS):
        j -= 1
    clause: list[Token] = []
    # up to a punctuation mark or the paragraph's start, across a sentence break the
    # parser may put after an opening "Said"
    while j >= 0 and not (doc[j].is_punct or doc[j].is_space):
        clause.insert(0, doc[j])
        j -= 1
    if len(clause) < 2:
        return None
    if _is_speech_verb(clause[-1], quoted):  # X said: (after "According to Y", X's words)
        who = _name_run(clause[:-1], persons) or _described_name(clause[:-1], persons)
        return Cue(clause[-1], who) if who is not None else None
    if clause[0].lower_ in SPEECH_VERBS and not quoted[clause[0].i]:  # Said X:
        if clause[0].tag_ == "VBG":  # "..., telling Cole, "...": Cole listens; who tells
            who = _subject(clause[0], quoted)
            sure = who is not None and (who.i in persons or who.lower_ in _COLON_SPEAKERS)
            return Cue(clause[0], who) if sure else None
        who = _name_run(clause[1:], persons) or _described_name(clause[1:], persons)
        return Cue(clause[0], who) if who is not None else None
    return None


def _colon(layout: Layout, at: int, quoted: list[bool], persons: dict[int, str]) -> Cue | None:
    """A clause ending with the colon that introduces the quote (token `at` its opening
    mark), whose subject is a named person or a "he" or "she", frames it whatever its
    verb: "He told BBC News:", "Mr Kennedy is prepared to go this far:". A clause about
    a thing ("The report's conclusion was stark:") frames nothing."""
    doc = layout.doc
    j = at - 1
    while j >= 0 and doc[j].is_space:
        j -= 1
    if j < 1 or doc[j].text != ":" or quoted[j] or "\n" in cached.span_text(doc, j, at + 1):
        return None  # not a colon ending the paragraph before: that opens a block quote
    first = layout.sentence(j).start
    clause = [t for t in doc[first:j] if not quoted[t.i]]
    tops = [t for t in clause if not (first <= t.head.i < j) or t.head.i == t.i]
    verbs = [t for t in tops if t.pos_ in ("VERB", "AUX")]
    if len(verbs) != 1:
        return None
    # of verbs joined by "and", the last: "Duff was injured and his manager said:"
    verb = max((c for c in verbs[0].conjuncts if c.i < j), key=lambda c: c.i, default=verbs[0])
    verb = verb if verb.i > verbs[0].i else verbs[0]
    if any(t.dep_ in ("nsubj", "nsubjpass") and t.head != verb for t in doc[verb.i : j]):
        return None  # another clause with its own subject ends at the colon
    who = _subject(verb, quoted)
    if who is None or not (who.i in persons or who.lower_ in _COLON_SPEAKERS):
        return None
    return Cue(verb, who)


def _subject(
    verb: Token,
    quoted: list[bool],
    depth: int = 0,
    adjunct: bool = True,
    below: Token | None = None,
    active: bool = True,
) -> Token | None:
    """The speaker's head for a verb of saying: its subject; for a verb with none ("...,
    adding"), that of the clause it hangs on; for a participle set off after a clause
    another verb of saying reports, that verb's ("Hale said the board had erred, adding:
    "..."": Hale, not the board), as the parser may hang it in what is reported; not for
    one after a preposition ("Aides said Hale resigned after saying ...": Hale). Reached
    from a verb it shares its subject with, an infinitive, a verb joined by "and" or a
    preposition's gerund, a passive clause's subject speaks ("Hale is alleged to have
    said", "Hale was asked about it and said", "Hale was criticised by Lee for saying":
    not Lee), though a verb of saying's own passive subject is its listener ("Hale was
    told"), and so is it of one that may be passive too (`_spoken_by_subject`: "Hale
    was stopped and told", "after being told"). `adjunct`: the way up so far was by
    such participles alone; `below`: the word the way up came from;
    `active`: the verb of saying where the way up began is spoken by its subject."""
    word = verb.lower_
    if not depth:
        active = _spoken_by_subject(verb)
    if verb.pos_ == "NOUN":  # "Trump's claim that ..."
        return next((c for c in verb.children if c.dep_ == "poss"), None)
    if word == "according":
        return next((g for c in verb.children if c.lower_ == "to" for g in c.children), None)
    if depth and adjunct and depth < 3 and reported_by(verb, quoted) is not None:
        return _subject(verb.head, quoted, depth + 1)
    children = [c for c in verb.children if not quoted[c.i]]
    if depth and word in _PERCEIVING:  # "X was heard saying": X
        return next((c for c in children if c.dep_ in ("nsubjpass", "dobj")), None)
    for child in children:
        if child.dep_ == "nsubj" and word not in _QUOTING:
            if depth and child.lower_ in _NO_SPEAKER:
                break  # "..., saying": the clause it hangs on is about a thing; go on up
            return child
        shared = active and below is not None and _shares(below, depth) and _sayer(child)
        if child.dep_ == "nsubjpass" and (word in _QUOTING or shared):
            return child  # "X was quoted as saying", "X is said to have told"
        if child.dep_ == "dobj" and word in _QUOTING:
            return child  # "the paper quoted X as saying"
        if child.dep_ == "agent":
            return next((g for g in child.children if g.dep_ == "pobj"), None)
    else:
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in children):
            # "the paper quoted ...": a publication; "X was told": the listener; but "X
            # was called "..." by Y": Y, however the parse hung the "by"
            return None if depth else _stray_agent(verb, quoted)
    if (cut := _cut_auxiliary(verb)) is not None:
        return cut
    if (caused := _brought_to(verb, quoted)) is not None:
        return caused
    if verb.dep_ in _INHERITS and verb.head.i != verb.i and depth < 3:
        adjunct = adjunct and verb.dep_ in _ADJUNCTS
        return _subject(verb.head, quoted, depth + 1, adjunct, verb, active)
    return None


def _brought_to(verb: Token, quoted: list[bool]) -> Token | None:
    """For a verb of saying after the "to" of a verb that brings it about ("The defeat led
    Hale to admit ...", "forced the minister to concede"), that verb's object, who says
    it: the subject did not (a thing, or someone who acts on the speaker)."""
    head = verb.head
    if verb.dep_ != "xcomp" or head.i == verb.i or head.lower_ not in _CAUSING:
        return None
    return next((c for c in head.children if c.dep_ == "dobj" and not quoted[c.i]), None)


def _stray_agent(verb: Token, quoted: list[bool]) -> Token | None:
    """The agent of a passive verb of saying that the parse hung on the words it reports
    ("the rookie was hailed as "our spark" by her coach, Ann Lee": the "by" read
    as the noun's): a "by" right after the quote's closing mark, inside the verb's
    complement or its "as", whose object can speak (`_sayer`, or a noun with a name in
    apposition); not a "by" inside the marks, nor one of a thing ("by far", "by the
    standards of the day"), nor a verb of depicting, whose agent acts or draws."""
    if verb.lower_ in _DEPICTING or not any(c.dep_ == "auxpass" for c in verb.children):
        return None  # "portrayed as "..." by actor X": X plays the words, not says them
    doc = verb.doc
    for child in verb.children:
        as_phrase = child.dep_ == "prep" and child.lower_ == "as"
        if child.dep_ not in ("oprd", "dobj") and not as_phrase:
            continue
        for by in child.subtree:
            after_quote = by.i > 1 and doc[by.i - 1].is_quote and quoted[by.i - 2]
            if by.lower_ != "by" or by.dep_ != "prep" or quoted[by.i] or not after_quote:
                continue
            agent = next((g for g in by.children if g.dep_ == "pobj"), None)
            if agent is not None and (
                _sayer(agent)
                or any(c.dep_ == "appos" and c.pos_ == "PROPN" for c in agent.children)
            ):
                return agent
    return None


def _cut_auxiliary(verb: Token) -> Token | None:
    """The subject of the auxiliary a participle of saying with no subject was cut from by
    the parse, an adverbial between them ("how Tony Blair had in 1997 complained about"
    read as "Blair had in 1997" and "complained" apart): the auxiliary's phrase ends
    right before the verb, and only an adverbial stands between them ("in 1997",
    "recently"; not "was one of the leaders but his lawyer, Ann Lee, told": a clause)."""
    if verb.tag_ not in ("VBN", "VBD") or any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return None
    for aux in reversed(verb.doc[cached.sentence(verb.doc, verb.i).start : verb.i]):
        if aux.pos_ != "AUX":
            if aux.pos_ in _ADVERBIAL or aux.text == ",":
                continue
            return None
        if aux.right_edge.i == verb.i - 1 and aux.head.i != verb.i:
            return subject_of(aux)
        return None
    return None


def _spoken_by_subject(verb: Token) -> bool:
    """Whether a verb of saying is active and said, by its subject: not passive ("after
    being told"), nor denied ("told not to say"), nor, joined by "and" to the verb before
    it, one that may share that verb's passive auxiliary ("was stopped and told", "was
    praised and described as", "was honoured and acknowledged as"): only one that takes
    no object for the one spoken to or of ("was asked and said"), without an "as" of its
    own."""
    if any(c.dep_ in ("auxpass", "neg") for c in verb.children):
        return False
    if verb.dep_ != "conj":
        return True
    # "was unveiled and announced as "..."": the passive "X-ed as", whatever the verb
    passive_as = any(
        c.dep_ in ("oprd", "agent") or c.dep_ == "prep" and c.lower_ == "as" for c in verb.children
    )
    return verb.lower_ in _UNADDRESSED and not passive_as


def _shares(below: Token, depth: int) -> bool:
    """Whether a passive verb gives its subject the verb of saying the way up reached it
    from by `below`: one joined by "and"; one right after its "to" when it is a verb of
    report or belief ("is alleged to have said"), not of telling ("was told to say"); a
    gerund after a preposition of what was done, not of what was prevented ("was fined
    for calling", not "barred from describing")."""
    head = below.head
    if below.dep_ == "conj":
        return True
    if below.dep_ == "xcomp":
        return depth == 1 and head.lower_ in _RAISING
    return below.dep_ == "prep" and below.lower_ in _GERUND_AFTER


def _sayer(subject: Token) -> bool:
    """Whether a passive clause's subject can be who speaks in a verb sharing it: a name,
    a pronoun for someone, a noun for a person ("the minister is expected to say"); not
    a thing ("The plan was welcomed by Hale and described as ...": whoever describes)."""
    if subject.pos_ == "PRON":
        return subject.lower_ in _PRONOUNS and subject.lower_ not in _NO_SPEAKER
    if subject.pos_ == "PROPN":
        return subject.ent_type_ not in _THINGS
    return subject.lower_ in PERSON_NOUNS


def reported_by(verb: Token, quoted: list[bool]) -> Token | None:
    """The verb of saying that reports the clause of `verb` ("Hale said [the board had
    erred]"), if any."""
    head = verb.head
    return (
        head
        if verb.dep_ == "ccomp" and head.i != verb.i and _is_speech_verb(head, quoted)
        else None
    )


def reporter(cue: Cue, quoted: list[bool], persons: dict[int, str]) -> Token | None:
    """For words set in the writer's sentence whose verb of saying stands in what another
    verb of saying reports ("Lee said Hale had never mentioned "any risk"", "Hale said Lee
    once described the plan as "a gift""; not a clause of its own inside that: "A insisted
    he had no deal while B says he will ignore "gossip""): the head of that verb's
    speaker, a person, whose statement the writer quotes from; None when there is none."""
    verb = cue.verb
    outer = reported_by(_finite(verb), quoted) if verb is not None and verb.pos_ == "VERB" else None
    who = _subject(outer, quoted) if outer is not None else None
    return who if who is not None and _personal(who, persons) else None


def _finite(verb: Token) -> Token:
    """The verb of the finite clause a verb of saying stands in, reached up through
    infinitives and a preposition's gerund: what someone is expected or wants to say is
    not yet said, so words quoted there are from the statement that reports that clause
    ("Lee said the party wants Hale to step in by calling out Ray's "fibs"":
    Lee's, not Hale's)."""
    while True:  # each step climbs the parse tree, so the walk ends at its root
        if verb.tag_ not in _NONFINITE_TAGS or any(
            c.dep_ in ("aux", "auxpass") and c.tag_ not in _NONFINITE_TAGS | {"TO"}
            for c in verb.children
        ):
            return verb
        head = verb.head
        if verb.dep_ == "pcomp" and head.dep_ == "prep":
            head = head.head
        elif verb.dep_ not in ("xcomp", "ccomp"):
            return verb
        if head is verb or head.pos_ not in ("VERB", "AUX"):
            return verb
        verb = head


def name_before(verb: Token, first: int, persons: dict[int, str]) -> Token | None:
    """A name just before a verb, alone or set off by commas ("His former partner, Lawrence
    B. Hollis, called"), or before an apposition, a parenthesis and adverbs ("Morial,
    the chief executive of ..., forcefully told"; "Rep. Nathan E. Hollis (D-Md.) said").
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


def _governing(
    layout: Layout, start: int, end: int, quoted: list[bool]
) -> tuple[list[Token], set[int]]:
    """Verbs of saying the parse puts above the quote: for each part of the quote that
    hangs on a word outside it, the first such verb up from there that reports it; and
    the verbs passed on the way, which it only modifies (reach.py). When words of the
    quote hang on different verbs, the highest comes first: the lower one is said to its
    object or by it ("Morial told a young woman who suggested that ... that "this is
    ...""). A verb that only punctuation hangs on comes last: a full stop may hang on
    any verb of the sentence."""
    span = layout.doc.char_span(start, end, alignment_mode="expand")
    found: list[tuple[bool, Token]] = []  # (reached by punctuation only, verb)
    passed: set[int] = set()
    said = utterance(layout.text[start:end])
    for t in span or []:
        head = t.head  # a new Token on each read
        if head.i == t.i or start <= head.idx < end:
            continue
        child, below = t, None
        while child.head.i != child.i:
            head = child.head
            if _frames(head, child, quoted, below):
                if reports(child, said and start <= child.idx < end):
                    found.append((t.is_punct, head))
                    break
                passed.add(head.i)
            child, below = head, child
    verbs = [v for punct, v in found if not punct]
    ranked = sorted(dict.fromkeys(verbs), key=lambda v: sum(o in v.ancestors for o in verbs))
    return ranked + [v for _, v in found if v not in ranked and v.i not in passed], passed


def _personal(who: Token, persons: dict[int, str]) -> bool:
    """Whether a speaker's head can stand for someone: a name, a pronoun, a title; not a
    thing that "says" ("The spot concludes with footage of Trump saying, "..."")."""
    return (
        who.i in persons
        or who.pos_ not in ("NOUN", "PROPN")
        and who.lower_ not in _NO_SPEAKER
        or who.lower_ in _TITLE_WORDS
        or any(c.dep_ == "appos" and c.i in persons for c in who.children)
    )


def _cue(verb: Token, layout: Layout, quoted: list[bool], persons: dict[int, str]) -> Cue:
    first = layout.sentence(verb.i).start
    if verb.tag_ == "VBG" and verb.i > first and verb.i - 1 in persons:
        return Cue(verb, layout.doc[verb.i - 1])  # "footage of Clinton asking, ..."
    who = _subject(verb, quoted)
    if who is not None and _joint(who, persons):
        return Cue(verb, None)
    if who is None or who.pos_ in ("NOUN", "PROPN") and who.i not in persons:
        named = name_before(verb, first, persons)
        if named is None and who is not None and who.dep_ in ("nsubj", "nsubjpass"):
            # before the verb the subject is of: "X said yesterday, adding" is X's
            named = name_before(who.head, first, persons)
        if named is not None and quoted[named.i]:
            named = None  # "Give it back to Ann Dore, not to them," shouted a fan
        if named is not None and not (who is not None and _tied_by(named, who, persons)):
            who = named
    return Cue(verb, who)


def _tied_by(name: Token, subject: Token, persons: dict[int, str]) -> bool:
    """Whether a name is the object of a preposition on the subject's noun, or on a word
    describing it ("A spokesman for Ann Dore said", "sources close to Ann Dore said"):
    someone tied to that person, not that person, speaks; so too when words describing
    the person stand before the name after "of", "to" or "for", on a noun for someone
    tied to another or one of several (`is_relational_noun`: "aides to Governor Ann Dore";
    not "Chief of the Defence Staff General Ann Dore", though "General" describes her:
    "chief" ties no one to another, so it is her office), or
    on a word describing the subject ("people close to Senator Ann Dore"). Not a
    name after the field of an office, which the parse may hang there too ("director of
    rugby Ann Dore said", "minister for women Ann Dore"), nor the author of a message
    ("A statement from Ann Dore said"): she speaks. The parse may leave the preposition
    without its object and read the name as a second subject of the verb."""
    key = persons[name.i]
    while name.head.i != name.i and persons.get(name.head.i) == key:
        name = name.head  # the head of the name's words
    prep = name.head if name.dep_ == "pobj" else name.doc[max(0, name.left_edge.i - 1)]
    if name.dep_ != "pobj" and any(c.dep_ == "pobj" for c in prep.children):
        return False  # not a preposition the parse left without the name it governs
    if prep.dep_ != "prep" or prep.lower_ in _AUTHORING:
        return False
    owner = prep.head
    close = owner.dep_ in _DESCRIBED_BY and owner.head == subject  # "a source close to"
    if close:
        owner = subject
    if owner != subject:
        return False
    others = [t for t in name.subtree if persons.get(t.i) != key]
    if not others:
        return True
    # words before the name after a tie: a description of that person only after a tie
    # to another ("a lecturer at Leeds University Dr Ann Dore" names her post)
    first = min(t.i for t in name.subtree if persons.get(t.i) == key)
    if prep.lower_ not in _TIES or any(t.i > first for t in others):
        return False
    return close or is_relational_noun(subject) and _describes(others)


def _describes(words: list[Token]) -> bool:
    """Whether words before a name after a tie describe that person, as a title, an
    honorific, a word for one person or a possessor ("for Prime Minister Ann Dore", "for
    Mr Dore", "for singer Ann Dore", "the mother of Chelsea's Ann Dore"): not the
    office's own field ("director of rugby", "minister for women")."""
    return any(
        t.tag_ == "POS" or t.lower_ in _DESCRIPTIONS and t.tag_ not in ("NNS", "NNPS")
        for t in words
    )


def _joint(who: Token, persons: dict[int, str]) -> bool:
    """Whether a speaker's name is joined by "and" to words naming another person: several
    speak ("Ann Dore and Ivo Lind's agent Max Roe said", "Ann Dore and her husband Ivo
    Lind said"), or the first name only describes the one who does ("Sam and Ella editor
    Nora Quill"); the parse cannot tell which, so nobody sure. Not words joined inside a
    description ("Roe, the chief of sales and marketing, said")."""
    return who.i in persons and any(
        persons.get(d.i, persons[who.i]) != persons[who.i]
        for c in who.children
        if c.dep_ == "conj"
        for d in c.subtree
    )


def find_cue(
    layout: Layout, start: int, end: int, quoted: list[bool], persons: dict[int, str]
) -> Cue | None:
    """The verb framing the quote at characters [start, end) and its speaker's head;
    None when no verb of saying frames it. `persons`: token index -> person key."""
    cue = _framing(layout, start, end, quoted, persons)
    if cue is None or cue.verb is None:
        return cue
    if _introduces_next(layout, end, cue.verb):
        # a question before it is still a quote, of someone unsure ("...?" Ann Dore asked:)
        return Cue(cue.verb, None) if layout.text[:end].rstrip(" '’\"”").endswith("?") else None
    return Cue(cue.verb, None) if _put_with_it(layout, start, end, cue.verb) else cue


def _introduces_next(layout: Layout, end: int, verb: Token) -> bool:
    """Whether a verb after the quote ending at `end` introduces the next quote with its
    colon (`... "... left early?'" Ward sister, Kim Alt, added: "Our ..."`): it
    frames that one, as the parse may hang the quote before on it too; not when the
    quote before ends with the comma that runs it into the frame, inside its marks or
    after them (`"We lost," Ann Dore said: "It was our fault."`; thanked "the fans",
    adding: "...")."""
    marks = " '’\"”"
    text = layout.text
    if (
        verb.idx < end
        or text[:end].rstrip(marks).endswith(",")
        or text[end:].lstrip(marks)[:1] == ","
    ):
        return False
    rest = text[verb.idx + len(verb.text) :].lstrip(" ")
    return rest[:1] == ":" and rest[1:].lstrip(" ")[:1] in _OPEN_MARKS


def _put_with_it(layout: Layout, start: int, end: int, verb: Token) -> bool:
    """Whether the quote at characters [start, end) lies in a sentence where a clause
    before the quote puts a claim or a question to someone with an "it" for its subject,
    before the verb framing it ("When it was put to her that the plan was "...", she
    said"; "it was suggested to him that"): the words are whoever put them, not the
    listener's, whatever the parse hangs the clause on (it often makes it the later
    verb's object). Not words only told to
    someone ("it was explained to the jury that ..., Mr Roe said"): the speaker's own."""
    if verb.idx < end:
        return False
    sentence = layout.sentence(verb.i)
    return any(
        t.tag_ == "VBN"
        and t.lower_ in _PUTTING
        and t.idx < start
        and any(c.dep_ == "nsubjpass" and c.lower_ == "it" for c in t.children)
        and any(c.dep_ == "prep" and c.lower_ == "to" for c in t.children)
        for t in sentence
    )


def _framing(
    layout: Layout, start: int, end: int, quoted: list[bool], persons: dict[int, str]
) -> Cue | None:
    """The frame the quote's words and marks give (see `find_cue`)."""
    doc = layout.doc
    governing, passed = _governing(layout, start, end, quoted)
    # a quote ending its sentence with a full stop is not framed by the next one's verb
    # ("... "the question is the cost." Gov. Dan Hollis said it would be ...")
    full_stop = _FULL_STOP.search(layout.text, max(0, end - 3), end) is not None
    close = doc.char_span(end, end + 1, alignment_mode="expand")
    # a quote in the clause of "Asked if" or "being told", whatever verb comes after,
    # when no verb of saying between them reports it ("when questioned, asserting, "...""
    # is the assertion's)
    first = governing[:1]
    below = first + [doc[i] for i in sorted(passed) if all(v.is_ancestor(doc[i]) for v in first)]
    heard = next((v for v in below if _put_to_heard(v, start, end)), None)
    if heard is not None:
        return Cue(heard, None)
    if (put := _put_by_participle(doc.char_span(start, end, alignment_mode="expand"))) is not None:
        # a verb of saying there speaks by its "by" ("Urged by Ann Dore to "..."") if it
        # names someone; the main clause's subject never does
        cue = _cue(put, layout, quoted, persons) if put.lower_ in SPEECH_VERBS else None
        if cue is not None and cue.who is not None and _personal(cue.who, persons):
            return cue
        return Cue(put, None)
    after = _after(layout, close.start, quoted, persons) if close is not None else None
    if close is not None and after is not None and after.verb is not None and governing:
        # a quote its own sentence's verb frames ("After Ann Dore asked "...?"") is not
        # framed by the next sentence's ("Ivo Lind responded that ...")
        own = layout.sentence_of(governing[0].i)
        if own == layout.sentence_of(close.start - 1) != layout.sentence_of(after.verb.i):
            after = None
    if after is not None and (after.verb is None or after.verb.i not in passed and not full_stop):
        return after
    whose = _of_whom(layout, close.start, persons) if close is not None else None
    if whose is not None:
        return whose
    opening = doc.char_span(start - 1, start, alignment_mode="expand")
    before = _before(layout, opening.start, quoted, persons) if opening is not None else None
    if before is not None and before.verb is not None and before.verb.i not in passed:
        return before
    colon = _colon(layout, opening.start, quoted, persons) if opening is not None else None
    if colon is not None:
        return colon
    near = [
        t
        for s in _frame(layout, start, end)
        for t in s
        if _is_speech_verb(t, quoted) and t.i not in passed and t not in governing
    ]
    near.sort(key=lambda t: min(abs(t.idx - start), abs(t.idx - end)))
    verbs = governing + near
    thing: Cue | None = None  # the first verb whose subject is a thing
    for verb in verbs:
        if (
            thing is not None
            and thing.verb is not None
            and not _above_or_nearer(verb, thing.verb, start)
        ):
            continue
        if _put_to_heard(verb, start, end) and not any(verb.is_ancestor(v) for v in governing):
            return Cue(verb, None)  # "Despite being told it was "..."": the teller's
        cue = _cue(verb, layout, quoted, persons)
        if cue.who is None:
            continue
        if _personal(cue.who, persons):
            return cue
        thing = cue if thing is None or _speaks_over_thing(cue, thing) else thing
    if thing is not None or verbs:
        return thing or Cue(verbs[0], None)
    return _introduced(layout, start, quoted) or _named_label(layout, start, persons)


def _put_by_participle(span: Span | None) -> Token | None:
    """A participle opening an adverbial clause, with no subject of its own, whose clause
    holds the quote through verbs and prepositions alone ("Challenged by Ann Dore to
    "...", Ivo Lind said", "Accused of "...", he said"): words put to the main clause's
    subject by someone else, not what that subject says; nobody is sure to have said them
    as marked unless a verb of saying's "by" names who. Not words in a noun's phrase
    there ("Elected on a promise to "..."": the promise may be the subject's own), nor
    past a verb of saying ("Forced to admit "...", Ivo Lind said": his)."""
    if span is None:
        return None
    for t in span:
        word = t.head  # a new Token on each read
        if word.i == t.i or span.start <= word.i < span.end:
            continue
        # the parse may hang the words on the "by"'s object ("Accused by Ann Dore of "...",")
        while word.pos_ in ("VERB", "AUX", "ADP", "PART") or word.head.dep_ == "agent":
            if (
                word.tag_ == "VBN"
                and word.dep_ == "advcl"
                and not any(c.dep_ in _OWN_SUBJECT for c in word.children)
            ):
                return word
            if word.lower_ in SPEECH_VERBS or word.head.i == word.i:
                break
            word = word.head
    return None


def _put_to_heard(verb: Token, start: int, end: int) -> bool:
    """Whether the quote at characters [start, end) is put to the subject of the clause a
    verb of saying hangs on, and the verb's clause holds it (`_put_to_subject`)."""
    return _put_to_subject(verb) and _holds(verb, start, end)


def _holds(verb: Token, start: int, end: int) -> bool:
    """Whether the clause of a verb holds the quote at characters [start, end)."""
    last = verb.right_edge
    return verb.left_edge.idx <= start and last.idx + len(last.text) >= end


def _put_to_subject(verb: Token) -> bool:
    """Whether a verb of saying puts words to the subject of the clause it hangs on, who
    hears them: a passive with no subject of its own ("Despite being told it was
    "...", she ...") or a past participle opening an adverbial clause ("Asked if the plan
    was "...", Ann Dore said", "When asked whether ..."): whoever put them is not
    named, or is named by the "by" of a verb of asking ("Asked by one MP whether ...").
    Not a publication quoting someone ("quoted as saying"), nor another passive whose
    agent is named ("described as "..." by Ann Dore"), nor a verb with an auxiliary of
    its own: "Having told the panel "...", Ann Dore left" is hers, the subject the
    teller, and so a perfect passive ("Having been told "..."") is left out too, though
    "Despite being told" counts."""
    children = list(verb.children)
    barred = ("nsubj", "nsubjpass", "aux") + (() if verb.lower_ in _ASKING else ("agent",))
    if verb.lower_ in _QUOTING or any(c.dep_ in barred for c in children):
        return False
    passive = any(c.dep_ == "auxpass" for c in children)
    # a participle, however tagged ("When asked" read as a past tense): it has no subject
    return passive or verb.tag_ in ("VBN", "VBD") and verb.dep_ == "advcl"


def _named_label(layout: Layout, start: int, persons: dict[int, str]) -> Cue | None:
    """A paragraph or a sentence that opens with a person's name, after words describing
    them, and a colon, then the quote: the name is the speaker, as match reports and
    round-ups give reactions ("- Rovers manager Tom Hale: "..."", "... next spring. Club
    chairman Ann Dale: "...""), with no verb; in a list item, one a dash opens, the colon
    may be left out ("- Rovers manager Tom Hale "...""): the dash marks the line a label."""
    doc = layout.doc
    opening = doc.char_span(start - 1, start, alignment_mode="expand")
    j = opening.start - 1 if opening is not None else -1
    while j >= 0 and doc[j].is_space:
        j -= 1
    if j < 1:
        return None
    colon = doc[j].text == ":"
    end = doc[j].idx if colon else doc[j].idx + len(doc[j])
    para_start = layout.paragraph_starts[layout.paragraph(doc[j].idx)]
    ends = list(_SENTENCE_END.finditer(layout.text, para_start, end))
    head = doc.char_span(ends[-1].end() if ends else para_start, end, alignment_mode="expand")
    if head is None or "\n" in head.text.strip():
        return None
    if not colon and (ends or not _LIST_ITEM.match(layout.text, para_start)):
        return None
    words = _words(head)
    if len(words) > 8:
        return None
    who = _name_run(words, persons) or _described_name(words, persons)
    return Cue(None, who) if who is not None else None


def _introduced(layout: Layout, start: int, quoted: list[bool]) -> Cue | None:
    """A quote after a noun of saying and a colon ("his message: "..."", "made the following
    comment: "...""): said by the noun's possessor, or by the subject of the verb that
    issues it ("made", "gave", "had"); by nobody sure otherwise. Only when no verb of saying
    frames the quote."""
    doc = layout.doc
    opening = doc.char_span(start - 1, start, alignment_mode="expand")
    j = opening.start - 1 if opening is not None else -1
    while j >= 0 and (doc[j].is_space or doc[j].text in _OPEN_MARKS):
        j -= 1
    if j < 1 or doc[j].text != ":":
        return None
    noun = doc[j - 1]
    # "a message for the council:"
    while noun.lower_ not in _INTRODUCING and noun.dep_ == "pobj" and noun.head.dep_ == "prep":
        noun = noun.head.head
    if noun.lower_ not in _INTRODUCING or noun.pos_ != "NOUN" or quoted[noun.i]:
        return None
    who = next((c for c in noun.children if c.dep_ == "poss"), None)
    verb = noun.head
    if who is None and noun.dep_ == "dobj" and verb.lower_ in _ISSUING:
        who = next((c for c in verb.children if c.dep_ == "nsubj" and not quoted[c.i]), None)
    return Cue(noun, who)


def _speaks_over_thing(cue: Cue, thing: Cue) -> bool:
    """Whether a body's verb of saying reports the clause of one that says nothing there,
    a verb of saying used as a catenative ("will continue to face") whose subject is a
    thing ("The sector will continue to face "...", the British Chamber of Commerce has
    said"): the body speaks. Not when that subject is a person, a body or a plural, which
    may be people speaking ("Analysts say ...", "Troops will continue to ..."), nor when
    the name is not a body's by its form (`_body_name`)."""
    if cue.verb is None or thing.verb is None or cue.who is None or thing.who is None:
        return False
    if not cue.verb.is_ancestor(thing.verb) or cue.who.pos_ != "PROPN":
        return False
    said = thing.verb
    catenative = [c for c in said.children if c.dep_ == "xcomp" and c.pos_ == "VERB"]
    if not catenative or any(c.lower_ in SPEECH_VERBS for c in catenative):
        return False
    subject = thing.who
    if subject.tag_ != "NN" or subject.lower_ in PERSON_NOUNS or subject.lower_ in BODY_NOUNS:
        return False
    return _body_name(cue.who)


def _body_name(head: Token) -> bool:
    """Whether a name is a body's by its form, a noun for a body in it or one of or for
    ("the Electoral Commission", "the Bank of England", "the British Chamber of
    Commerce"), and no news outlet's, which relays others' words ("Bloomberg", "the
    Financial Times", "Al Jazeera", "the Press Association", "BBC Radio Scotland")."""
    words = [t for t in head.subtree if t.pos_ == "PROPN" or t.lower_ in _NAME_TIES]
    if " ".join(t.lower_ for t in words) in _AGENCIES or any(t.lower_ in _MEDIA for t in words):
        return False
    return any(t.lower_ in BODY_NOUNS or t.lower_ in _NAME_TIES for t in words)


def _above_or_nearer(verb: Token, thing: Token, start: int) -> bool:
    """After a verb whose subject is a thing, another verb may still name the speaker:
    one above it ("She says it underscores that Trump is "..."") or between it and the
    quote ("The spot concludes with footage of Trump saying, "..."")."""
    return verb.is_ancestor(thing) or thing.i < verb.i and verb.idx < start
