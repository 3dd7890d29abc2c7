"""Whose claim a headline's quoted words are when no quote of the body repeats them: the
person the lead reports. Headlines put a claim in single marks and the first sentence
says who made it in reported speech ("Harbour 'may close by spring'" over "The harbour
may shut before the spring, port chief Ian Crane has said."): the named person who is the
subject of a verb of saying in the lead's main clause, or the X of "according to X", when
the lead and the quoted words share a word of substance. A lead that brings its speaker in
by a description alone ("..., a top surgeon has said.", "the health secretary has said")
names them in the sentence right after it, as news writes its opening: that sentence's
subject, by name, of a verb of saying ("Ann Dore said ..."), when the lead names nobody
(`named_next`). Quoted words that themselves
report speech ('said he would quit') are someone's report about the lead's speaker, not
that speaker's claim. No such frame (a report, a court
that "has been told"), a frame naming nobody sure, or no shared word: no claim, and the
quoted words are a quote of nobody sure (quotes/__init__.py)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from generator import lexicon
from generator.article.person_words import PERSON_NOUNS
from generator.article.quotes.frame import SPEECH_VERBS
from generator.article.quotes.layout import Layout
from generator.article.quotes.speakers import Speaker, Speakers
from generator.settings import FAMILY_SHORTEST

if TYPE_CHECKING:  # the language model is imported only by runs that parse
    from spacy.tokens import Span, Token

__all__ = ["LeadClaim", "named_next"]

_MARKS = lexicon.table("pronouns", "marks")  # "spokeswoman" -> female
# offices of public life ("minister", "mayor"): each its own post, unlike a firm's titles
_PUBLIC_OFFICES = lexicon.words("titles", "titles") & frozenset(
    lexicon.table("titles", "role_fields")["politics"]
)
_FORMER = lexicon.words("titles", "former")  # "former", "ex": an office once held

# how the parser hangs the verb of "..., X has said" on the main clause
_SPEAKING = frozenset({"speaking", "talking"})  # "Ann Dore was speaking at ..."
_UNDER_MAIN = frozenset({"parataxis", "conj", "ccomp"})
_SUFFIXES = ("ing", "ed", "es", "s")
# what a word of a family ends in past the shorter one's letters ("apolog" + "ise", or
# "is" of "apologises" stemmed)
_FAMILY_ENDINGS = frozenset(
    {"ing", "ed", "en", "er", "es", "s", "ise", "ize", "is", "iz", "ic", "al", "ation", "ion"}
)


class LeadClaim:
    """The lead's reported speaker and its words, read once per article."""

    def __init__(self, layout: Layout, speakers: Speakers, quoted: list[bool]) -> None:
        self.layout = layout
        self.speaker: Speaker | None = None
        self.words: set[str] = set()
        self.headline = False  # whether the first paragraph is a headline
        starts = layout.paragraph_starts
        if len(starts) < 2:
            return
        headline = layout.text[: starts[1]].rstrip()
        if headline.endswith((".", "!", "?", ":")):
            return  # the first paragraph is a sentence of the body, not a headline
        self.headline = True
        lead = layout.sentences[layout.sentence_at(starts[1])]
        self.speaker = _reporter(lead, speakers, quoted)
        self.words = _substance(lead)

    def holder(self, start: int, end: int) -> Speaker | None:
        """The lead's named speaker, when the quoted words at [start, end) share a word of
        substance with the lead."""
        span = self.layout.doc.char_span(start, end, alignment_mode="expand")
        if self.speaker is None or span is None or any(_saying(t) for t in span):
            return None  # 'said he would quit': a report of speech, not a claim
        return self.speaker if _related(_substance(span), self.words) else None


def _saying(token: Token) -> bool:
    return token.pos_ == "VERB" and token.lower_ in SPEECH_VERBS


def _substance(span: Span) -> set[str]:
    """The span's words of substance, stemmed ("seeking" and "seek" are one; the model
    gives no lemmas)."""
    return {_stem(t.lower_) for t in span if t.is_alpha and not t.is_stop and len(t) > 2}


def _related(words: set[str], others: set[str]) -> bool:
    """Whether two sets of stemmed words share one, or two words of one family (`_family`):
    the suffixes `_stem` strips are not all a family takes ('must not hide' over "Hiding
    women away", 'No UK apology' over "having to apologise")."""
    return bool(words & others) or any(_family(a, b) for a in words for b in others)


def _family(a: str, b: str) -> bool:
    """Whether the shorter word, of FAMILY_SHORTEST letters or more and less a final "e" or
    "y", opens the longer and a suffix of one family ends it ("hid" + "ing", "apolog" +
    "ise"; not "plan" + "et" nor "part" + "y")."""
    short, long = sorted((a, b), key=len)
    base = short[:-1] if short.endswith(("e", "y")) else short
    return (
        len(short) >= FAMILY_SHORTEST
        and long.startswith(base)
        and long[len(base) :] in _FAMILY_ENDINGS
    )


def _stem(word: str) -> str:
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    return word


def _reporter(lead: Span, speakers: Speakers, quoted: list[bool]) -> Speaker | None:
    """The one named person the lead's main clause reports, if any."""
    found: set[Speaker] = set()
    for token in lead:
        if quoted[token.i]:
            continue
        who = _said_by(token)
        if who is not None:
            speaker = speakers.who(who)
            if speaker.person is None and speaker.organization is None:
                speaker = named_next(speakers, quoted, who) or speaker
            if speaker.person is None:
                return None  # a frame naming nobody sure, or a body: nobody's claim
            found.add(Speaker(person=speaker.person, written=speaker.written))
    return next(iter(found)) if len(found) == 1 else None


def _said_by(token: Token) -> Token | None:
    """The subject of a verb of saying in the main clause, or the X of "according to X"."""
    if token.lower_ == "according":
        to = next((c for c in token.children if c.lower_ == "to"), None)
        return next((c for c in to.children if c.dep_ == "pobj"), None) if to else None
    if not _saying(token):
        return None
    if token.dep_ != "ROOT" and not (token.dep_ in _UNDER_MAIN and token.head.dep_ == "ROOT"):
        return None
    # the parser may split a long name phrase into several subjects ("vice", "-",
    # "Dein"): the one nearest the verb heads the name
    subjects = [c for c in token.children if c.dep_ == "nsubj"]
    return min(subjects, key=lambda c: abs(token.i - c.i)) if subjects else None


def named_next(speakers: Speakers, quoted: list[bool], who: Token) -> Speaker | None:
    """The person a lead's description of its speaker stands for ("..., the health
    secretary has said." or "says a top surgeon"): the one the next sentence names as the
    subject of its main verb of saying ("Ann Dore said the plans ...", "Ann Dore was
    speaking at a conference"). Only in a lead, the
    text's first sentence after its headline, that names no person outside quotation
    marks, when the description is one person's ("a spokeswoman", not "officials" or "a
    report"), not of the other gender than theirs nor an office other than the ones the
    article gives them (`_other_office`); None otherwise."""
    layout = speakers.layout
    starts = layout.paragraph_starts
    if len(starts) < 2 or layout.text[: starts[1]].rstrip().endswith((".", "!", "?", ":")):
        return None  # no headline: the first sentence is no lead
    n = layout.sentence_at(starts[1])
    lead = layout.sentences[n]
    if not lead.start <= who.i < lead.end or n + 1 >= len(layout.sentences):
        return None
    if who.tag_ != "NN" or who.lower_ not in PERSON_NOUNS or who.i in speakers.org_at:
        return None
    if any(t.i in speakers.person_at and not quoted[t.i] for t in lead):
        return None  # someone named there: the description may be theirs or another's
    after = layout.sentences[n + 1]
    root = after.root
    subject = next((c for c in root.children if c.dep_ == "nsubj" and not quoted[c.i]), None)
    if subject is None or not (_saying(root) or _was_speaking(root)):
        return None
    if subject.i not in speakers.person_at:
        return None
    found = speakers.who(subject)
    if found.person is not None and _other_office(speakers, who, found.person):
        return None
    gender = _MARKS.get(who.lower_)
    if (
        found.person is None
        or gender is not None
        and speakers.may_be.get(found.person, gender) != gender
    ):
        return None
    return found


def _was_speaking(verb: Token) -> bool:
    """ "Ann Dore was speaking at a conference": how news names, right after its lead, the
    one whose words the lead reported."""
    return verb.lower_ in _SPEAKING and any(
        c.dep_ == "aux" and c.lower_ in ("was", "is") for c in verb.children
    )


def _other_office(speakers: Speakers, who: Token, key: str) -> bool:
    """Whether the article gives the person an office of public life and not the
    description's ("..., a union leader has said." then "Prime Minister Ann Dore said
    ...": someone else answering; not "the head of the network" then "Chief executive Ann
    Dore", a firm's titles being many words for one post; a "former minister" may be an
    MP now)."""
    if any(c.lower_ in _FORMER for c in who.children):
        return False
    held = speakers.titles.titles.get(key, set())
    return bool(held & _PUBLIC_OFFICES) and who.lower_ not in held
