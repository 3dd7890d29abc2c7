"""Who said each quote: sieves applied in turn, the most precise first, each deciding only
the quotes the ones before it left open (after Muzny et al. 2017).

1. label: a transcript turn's label names its speaker ("PENCE: ...");
2. frame: a verb of saying in the quote's own sentence and its subject (frame.py), the
   subject resolved to a person, an organisation, or the words alone (speakers.py); for
   words set in the writer's sentence, in a clause another verb of saying reports, that
   verb's subject, whose statement the writer quotes from ("Lee said Hale never
   mentioned "any risk"": Lee's words); a "he" framing a quote that itself says "he" of
   the one a narrative sentence just spoke of is nobody sure (`_spoken_of`); a lead's
   description of its speaker ("..., a top surgeon has said.") is the person the next
   sentence names as its sayer (lead.named_next);
3. continuation: a quote with no frame goes on from the quote before it in the same
   paragraph ("A," X said. "B."), or, opening a paragraph of its own, from the last
   quote of the paragraph before; when nobody else is named in between or in the
   quote's own sentence, no verb of saying between them has another subject, and the
   quote's sentence gives it no subject of its own ("..." an officer ordered);
4. the subject before: a quote with no frame after a sentence of its paragraph whose
   subject (of its last main clause) is a person, named or read as a frame's subject is
   ("he", "the 29-year-old", "the feminist writer"), nobody else named in between
   ("Cummings called him a master of the deal. "He showed ...""); the writer's asides
   about a thing between them are passed over ("Sales have fallen since 2003.").
5. the run: a quote with no frame that opens a run of speech, sentence by sentence, whose
   next quote is framed after its words (""We lost. "It hurts," said Hale.").
6. the holder: words set in the writer's sentence that nothing frames, when a named
   person's clause holds them ("Ann Dore agreed that sales were "far better than
   feared""; holder.py); decided after the sentence-by-sentence sieves, as such words
   go on from nobody. It runs before the run sieve, which takes no partial quote.
A frame that names nobody sure ("a source said", "they said") ends the search: the
quote keeps the words, not a guess; so does a frame beyond an adverbial clause whose
subject is another person, for words set in that clause ("As Hale went on about "...",
Lind said": `_others_clause`). A quote whose words name in full, or by the given name
alone, the person a pronoun or the quotes before gave it to is nobody sure.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from generator import lexicon
from generator.article import cached
from generator.article.person_words import PERSON_NOUNS
from generator.article.quotes.frame import SPEECH_VERBS, Cue, find_cue, name_before, reporter
from generator.article.quotes.holder import holder
from generator.article.quotes.lead import named_next
from generator.article.quotes.reach import SUBJECT_DEPS, is_subject, subject_of
from generator.article.quotes.speakers import Speaker, Speakers
from generator.settings import QUOTE_CAPTION_PARAGRAPHS
from generator.text.marks import CLOSING_QUOTES, OPENING, SIGNING_DASHES
from generator.text.names import fold

_PERSONAL = lexicon.table("pronouns", "personal")
_GENDERED = lexicon.table("pronouns", "gendered")  # he, his, him ... -> gender
_COMPLEMENTIZERS = lexicon.words("speech", "complementizers")  # "said that", not "as"
_CLAUSE_JOINS = lexicon.words("speech", "clause_joins")  # ", and as Hale went on ..."
_TELLING = lexicon.words("speech", "telling")  # "tells Cole that ...": Cole listens
# the words after a quote's closing marks, up to the colon and mark opening the next, in
# one sentence
_NEXT_FRAME = re.compile(r"""[ "”»'’]*[^"“”«»:.!?\n]+:\s*["“«]""")

if TYPE_CHECKING:  # the language model is imported only by runs that parse
    from spacy.tokens import Span, Token

__all__ = ["Candidate", "attribute"]


def _is_saying(token: Token) -> bool:
    return token.lower_ in SPEECH_VERBS


@dataclass
class Candidate:
    """A quote being attributed."""

    start: int  # characters of the quoted words
    end: int
    paragraph: int  # where it starts
    last_paragraph: int  # where it ends
    label: str | None  # a transcript label that opened it
    partial: bool  # words set in the writer's own sentence (fragments.py)
    cue: Cue | None = None
    speaker: Speaker | None = None
    sieve: str | None = None  # which sieve decided: "label", "frame", "continuation", ...
    aside: bool = False  # its frame's "he"/"she" read with the people it names set aside


def _opens_paragraph(text: str, quote: Candidate, para_start: int) -> bool:
    return not text[para_start : quote.start].strip(OPENING)


# the marks and spaces a quote set apart as its paragraph may have around it
_MARKS_AROUND = OPENING + "".join(sorted(CLOSING_QUOTES)) + "‘\n"
_STOP_OR_PAUSE = tuple(".?!…,;:—-")  # how words that go on as speech end
_MARKS = re.compile('[“”"«»‘]')  # quotation marks, not an apostrophe ("Dore’s farm")


def _signed_after(text: str, quote: Candidate) -> bool:
    """The quote is signed after its words (""...." ― Ana Ruiz"), as a letter or a vox
    pop is: the next paragraph's words are another writer's, never its signer's."""
    after = text[quote.end : quote.end + 8].lstrip(_MARKS_AROUND + " \u00a0")
    return after[:1] in SIGNING_DASHES


def _set_apart(text: str, quote: Candidate, para_starts: list[int]) -> bool:
    """Whether a quote is the whole of its paragraph, words with no stop or pause at
    their end: a line the page sets apart, a subheading or a pull-quote ("“… prevent the
    evacuation of the civilians from the camp”" under a fact-check), not the speech of the
    paragraph before going on, whose sentences end as sentences do."""
    if quote.last_paragraph != quote.paragraph:
        return False
    start = para_starts[quote.paragraph]
    end = para_starts[quote.paragraph + 1] if quote.paragraph + 1 < len(para_starts) else len(text)
    around = text[start : quote.start] + text[quote.end : end]
    words = text[quote.start : quote.end].rstrip()
    return not around.strip(_MARKS_AROUND) and not words.endswith(_STOP_OR_PAUSE)


def _only_captions_between(
    text: str, para_starts: list[int], previous: Candidate, quote: Candidate
) -> bool:
    """Whether a quote opens the paragraph after the previous quote's, or after at most
    QUOTE_CAPTION_PARAGRAPHS lines set between them that end as no sentence does and hold
    no quotation mark: a picture's caption or a label the page set in the article ("Ann
    Dore at her farm"), not the writer going on, whose sentences end with a stop. The
    names such a line holds are checked as any between the two."""
    between = range(previous.last_paragraph + 1, quote.paragraph)
    if quote.paragraph <= previous.last_paragraph or len(between) > QUOTE_CAPTION_PARAGRAPHS:
        return False
    for n in between:
        line = text[para_starts[n] : para_starts[n + 1]].strip()
        if not line or line.endswith(_STOP_OR_PAUSE) or _MARKS.search(line):
            return False
    return True


def _named_between(
    speakers: Speakers, quoted: list[bool], start: int, end: int, subject: Token | None = None
) -> set[str]:
    """People named outside quotes between two character offsets who could be speaking
    there: not those named inside the phrase of the `subject` ("Sanders, who lost the
    primaries to Clinton,"), nor a possessor ("Clinton's candidacy"), nor a name that
    only qualifies a noun ("the Clinton campaign"), nor those the subject's verb of
    saying only talks about ("The administration may wait while John Kerry negotiates,
    Schiff said."; also when the subject is a name in apposition: "The film's director
    Peter Chelsom said that Lopez ..."), unless they speak there too ("Ryan said Kerry
    told him ..."), nor the one the subject tells it to ("Ms Lee tells Cole that she
    despaired"), who listens."""
    doc = speakers.doc
    span = doc.char_span(start, end, alignment_mode="contract")
    if span is None:
        return set()
    inside = set(range(subject.left_edge.i, subject.right_edge.i + 1)) if subject else set()
    head = subject
    while head is not None and head.dep_ == "appos":
        head = head.head
    if head is not None and _is_saying(head.head) and head.dep_ == "nsubj":
        for clause in (c for c in head.head.children if c.dep_ == "ccomp"):
            inside.update(
                t.i for t in clause.subtree if not (t.dep_ == "nsubj" and _is_saying(t.head))
            )
        if head.head.lower_ in _TELLING:
            for told in (c for c in head.head.children if c.dep_ in ("dobj", "dative")):
                inside.update(t.i for t in told.subtree)
    return {
        speakers.person_at[t.i]
        for t in span
        if t.i in speakers.person_at
        and not quoted[t.i]
        and t.i not in inside
        and doc[t.i : t.i + 1].root.dep_ != "poss"
        and not _qualifies(speakers, t)
    }


def _qualifies(speakers: Speakers, token: Token) -> bool:
    """Whether a name only qualifies a noun after it ("the Clinton campaign")."""
    key = speakers.person_at[token.i]
    while token.head.i != token.i and speakers.person_at.get(token.head.i) == key:
        token = token.head
    return token.dep_ == "compound" and token.head.pos_ == "NOUN"


def _named_subject(
    speakers: Speakers, quoted: list[bool], sent: Span
) -> tuple[Token | None, Speaker | None, Token]:
    """A sentence's main verb's subject, the person it names if any, and that verb; of
    the last of its main clauses joined by "and" or "but" that has a subject, the nearest
    to what follows ("Phones could drive sales, but Ms Lind said it was hard to say
    when."). A verb of saying set in the main clause between commas ("Most of all, Ms
    Lind says, buyers were bored.") makes the sentence what its subject says: that verb
    and its subject, when the comma opens the aside right before that subject and the
    main clause keeps a subject of its own (not a misparse taking the main clause's
    subject for the aside's: "Mr Vale, his aide Ann Reed says, has never been happier")."""
    root = sent.root
    verbs = [root]
    while (after := next((c for c in verbs[-1].children if c.dep_ == "conj"), None)) is not None:
        verbs.append(after)
    aside = next((c for c in root.children if c.dep_ == "parataxis" and _is_saying(c)), None)
    if aside is not None and _aside_frame(aside, root):
        verbs = [aside]
    verb, subject = next(
        (
            (verb, t)
            for verb in reversed(verbs)
            for t in verb.children
            if t.dep_ == "nsubj" and not quoted[t.i]
        ),
        (root, None),
    )
    if subject is None and root.i in speakers.person_at and is_subject(root):
        subject = root  # "Oliver Grant, chairman of ..., called on ..." misread
    if subject is None:
        return None, None, verb
    if subject.i not in speakers.person_at and subject.lower_ not in _PERSONAL:
        subject = name_before(verb, sent.start, speakers.person_at) or subject
    found = speakers.who(subject) if speakers.is_person_word(subject) else None
    return subject, found if found is not None and found.person is not None else None, verb


def _aside_frame(aside: Token, root: Token) -> bool:
    """Whether a verb of saying hung on the main verb is a frame set between commas: its
    subject comes right after the comma that opens it, and the main verb has a subject of
    its own ("Most importantly, Mr Curry says, people were bored")."""
    subject = subject_of(aside)
    if subject is None or subject.left_edge.i == 0:
        return False
    opens = aside.doc[subject.left_edge.i - 1].text == ","
    return opens and any(c.dep_ in ("nsubj", "nsubjpass") for c in root.children)


def _subject_before(
    speakers: Speakers, quoted: list[bool], quote: Candidate, framed: Token | None
) -> Speaker | None:
    """The person who is the subject of the nearest sentence before the quote in its
    paragraph ("Cummings called him a master of the deal. "He showed ...""), or, for a
    quote opening its paragraph, who said the paragraph before's last sentence ("Lopez
    said the vote would come next week.¶"We will not back down.""); when nobody else is
    named between them, and the subject is not the one `framed` the quote before and gave
    it nobody sure (a frame's "she" given up as unsure stays so)."""
    layout = speakers.layout
    para_start = layout.paragraph_starts[quote.paragraph]
    n = layout.sentence_at(quote.start)
    while n > 0:
        n -= 1
        sent = layout.sentences[n]
        opens = sent.start_char < para_start
        subject, found, verb = _named_subject(speakers, quoted, sent)
        if opens and (layout.text[para_start : quote.start].strip(OPENING) or not _is_saying(verb)):
            return None
        named = _named_between(speakers, quoted, sent.start_char, quote.start, subject)
        if subject is not None and subject == framed:
            return None  # the quote before's frame: the continuation sieve's to judge
        if subject is not None and _aside(speakers, subject, verb) and not (named or opens):
            continue  # the writer's aside about a thing: the speaker may be further back
        if subject is not None:
            return None if found is None or named - {found.person} else found
        if named or opens:
            return None
    return None


def _aside(speakers: Speakers, subject: Token, verb: Token) -> bool:
    """Whether a sentence is the writer's aside about a thing, which a run of someone's
    words may follow ("Green said sales would recover. Profits have fallen since 2003.
    "We are ready for the upturn.""): its subject is a common noun or "it", no name of a
    person or a body nor a word for a person, and its verb is not one of saying."""
    return (
        (subject.pos_ == "NOUN" or subject.lower_ == "it")
        and subject.i not in speakers.person_at
        and subject.i not in speakers.org_at
        and subject.lower_ not in PERSON_NOUNS
        and not _is_saying(verb)
    )


def _frames_next(text: str, quote: Candidate) -> bool:
    """Whether the words after a quote that ends a sentence of its own end with the colon
    that opens the next quote (`... 'Why?'" Club chief, Jo Hale, added: "..."`): they
    frame that one, whatever sentence the parse puts them in, and say nothing of this
    one's speaker. Not after a question of the quote's own, which the one who asks may
    put ("...?" Ann Dore asked: "..."), only one it quotes in single marks."""
    outer = text[: quote.end].rstrip(' "”»')
    inner = outer.rstrip("'’")
    complete = inner.endswith((".", "!")) or (inner.endswith("?") and inner != outer)
    return complete and _NEXT_FRAME.match(text, quote.end) is not None


def _named_after(speakers: Speakers, quoted: list[bool], quote: Candidate) -> set[str]:
    """People named outside quotes in the rest of the quote's sentence, who may be its
    speaker ("... " is the dry assessment of Gary Lomax"); none in a frame of the next
    quote (`_frames_next`)."""
    layout = speakers.layout
    if _frames_next(layout.text, quote):
        return set()
    own = layout.sentences[layout.sentence_at(quote.start)]
    return _named_between(speakers, quoted, quote.end, max(own.end_char, quote.end))


def _interrupted(
    speakers: Speakers,
    quoted: list[bool],
    start: int,
    quote: Candidate,
    person: str | None,
    framed: Token | None = None,
) -> bool:
    """Whether someone other than `person`, found to speak at character `start` (the end
    of the quote before, the sentence before), may speak between there and the quote or
    in the quote's own sentence: another person named outside quotes in that
    sentence ("... "..." is the view of Graham Lane"), another person the subject of a
    sentence between them, or a verb of saying, or a clause ending with the colon that
    introduces the quote, whose subject is not that speaker ("But her spokesman
    insisted ..."). Not `framed`: the "he" or "she" that framed the quote before as
    `person`'s once the people its words name were set aside (`_besides_named`), which
    read alone stands for nobody sure."""
    if _named_after(speakers, quoted, quote) - {person}:
        return True
    between = speakers.doc.char_span(start, quote.start, alignment_mode="contract")
    for token in between or []:
        if quoted[token.i] or token.dep_ != "nsubj" or token == framed:
            continue
        if person is not None and _beside_the_sayer(speakers, token, person):
            continue
        verb = token.head
        if _introduces(speakers, token, quote) and speakers.who(token).person != person:
            return True  # "The review's verdict was blunt: "...""
        if not (verb.dep_ == "ROOT" or verb.dep_ == "conj" and verb.head.dep_ == "ROOT"):
            continue
        if speakers.who(token).person not in (None, person):
            return True  # another person the subject of a sentence between them ("His
            # friend, Saxon Spence, lays the blame ...")
        # the subject's own verbs: "A spokesman played down the row and said ...", not
        # the head a clause with a subject of its own is joined to ("... but the
        # perception remained")
        verbs = [verb, *(c for c in verb.children if c.dep_ == "conj")]
        saying = any(v.pos_ == "VERB" and _is_saying(v) for v in verbs)
        if saying and speakers.who(token).person != person:
            return True
    return _subject_after(speakers, quoted, quote, person)


def _beside_the_sayer(speakers: Speakers, subject: Token, person: str) -> bool:
    """Whether another subject of the same verb names `person`: the parser may split a
    title before a name into subjects of their own (""...," said co-ordinator Peter
    Facey": "co" and "Facey"), words for the one speaker, not someone else speaking."""
    return any(
        c.i != subject.i and c.dep_ == "nsubj" and speakers.who(c).person == person
        for c in subject.head.children
    )


def _subject_after(
    speakers: Speakers, quoted: list[bool], quote: Candidate, person: str | None
) -> bool:
    """Whether the quote's own sentence goes on after it with a main verb of its own
    whose subject is not `person` (""Hands where we can see them!" an officer ordered"):
    that subject frames it, even by a verb that is not one of saying; not a frame of the
    next quote (`_frames_next`)."""
    layout = speakers.layout
    if _frames_next(layout.text, quote):
        return False
    sentence = layout.sentences[layout.sentence_at(max(quote.start, quote.end - 1))]
    for token in sentence:
        if token.idx < quote.end or quoted[token.i] or token.dep_ != "nsubj":
            continue
        verb = token.head  # the sentence's root, or hung on a word of the quote by the parse
        main = verb.dep_ == "ROOT" or quoted[verb.head.i]
        if main and not quoted[verb.i] and speakers.who(token).person != person:
            return True
    return False


def _introduces(speakers: Speakers, subject: Token, quote: Candidate) -> bool:
    """Whether the subject is the first of a sentence ending with the colon that
    introduces the quote."""
    layout = speakers.layout
    sentence = layout.sentence(subject.i)
    first = next(t for t in sentence if t.dep_ == "nsubj")
    before = layout.text[subject.idx : quote.start].rstrip(OPENING)
    return first == subject and before.endswith(":") and "\n" not in before


def _names_own_speaker(speakers: Speakers, quote: Candidate) -> bool:
    """Whether the quote's own words name in full, or by the given name alone, the person
    a pronoun, a title or the quotes around it gave it to ("It was a big night for Anna
    Berg ...," she said; "I told Anna to rest," he said): people speak of others so, of
    themselves not (a surname in jest, "Berg takes a bow", may be their own), so that
    speaker is in doubt. A frame that names the speaker is trusted."""
    person = quote.speaker.person if quote.speaker else None
    if person is None or quote.sieve == "label":
        return False
    cue = quote.cue.who if quote.cue is not None and quote.sieve == "frame" else None
    if cue is not None and cue.i in speakers.person_at:
        return False
    return person in _named_in(speakers, quote)


def _named_in(speakers: Speakers, quote: Candidate) -> frozenset[str]:
    """The people a quote's words name in full or by the given name alone: whom it speaks
    of, not who speaks (`_names_own_speaker`)."""
    span = speakers.doc.char_span(quote.start, quote.end, alignment_mode="contract")
    out: set[str] = set()
    for t in span or []:
        key = speakers.person_at.get(t.i)
        if key is None:
            continue
        given = key.split()[0] if " " in key else None
        if " " in speakers.written_at[t.i] or fold(speakers.written_at[t.i]) == given:
            out.add(key)
    return frozenset(out)


def _besides_named(speakers: Speakers, quote: Candidate) -> Speaker | None:
    """The person a "he" or "she" framing a quote stands for once the people the quote
    names are set aside (Speakers.referent_besides), when without that it stands for
    nobody sure or for one of them: a person named before it is no rival to the one
    meant when the quote speaks of them by name ("According to Dore, Hale had promised
    to stay. "I told Tom to stay," he said": Dore, not Hale). Someone the article
    shows to be of the pronoun's gender, or named beside the one set aside
    (Speakers.named_beside); not someone further back only guessed to be of it, a
    guess on a guess ("Director Jan Kral praised the cast. Eva Lind took lessons.
    "Eva Lind could have mimed," she said": not Kral)."""
    who = quote.cue.who if quote.cue is not None else None
    gender = _GENDERED.get(who.lower_) if who is not None else None
    if who is None or gender is None or who.dep_ not in SUBJECT_DEPS:
        return None
    person = quote.speaker.person if quote.speaker else None
    named = _named_in(speakers, quote)
    if not named or person not in (None, *named):
        return None
    found = speakers.referent_besides(who, gender, named)
    if found is None or found in named:
        return None
    if speakers.gender.get(found) != gender and not speakers.named_beside(who, found, named):
        return None
    return Speaker(person=found, written=who.text)


def _spoken_of(speakers: Speakers, quoted: list[bool], quote: Candidate) -> bool:
    """Whether the person a "he" or "she" framing a quote was found to be is, as likely,
    the one the quote speaks of, while someone else was speaking: the quote's words say
    "he" or "his" before naming anyone (`_says_pronoun`), its person was last named as
    the subject of a main clause about them, no verb of saying (`_narrated`), and another
    person of that gender spoke before in the pronoun's reach ("Dwyer warned that Burger
    needed a break. Burger has struggled for form. "It's his first year and he was
    phenomenal," he said."). With no such rival the frame's person stays ("Wenger was
    furious. "He gave them a penalty," he said.")."""
    cue, speaker = quote.cue, quote.speaker
    if cue is None or cue.who is None or speaker is None or speaker.person is None:
        return False
    gender = _GENDERED.get(cue.who.lower_) if cue.who.dep_ in SUBJECT_DEPS else None
    span = speakers.doc.char_span(quote.start, quote.end, alignment_mode="contract")
    if gender is None or span is None or not _says_pronoun(span, gender):
        return False
    last = _narrated(speakers, quoted, span.start, speaker.person, gender)
    return last is not None and _rival_speaker(speakers, quoted, quote, speaker.person, gender)


def _says_pronoun(span: Span, gender: str) -> bool:
    """Whether a quote's first word for a person is a "he" or "his" of that gender, no
    name before it ("Jenkins starts. He has played ...": Jenkins, whom it names)."""
    first = next((t for t in span if _GENDERED.get(t.lower_) == gender or t.pos_ == "PROPN"), None)
    return first is not None and first.pos_ != "PROPN"


def _head_of(speakers: Speakers, i: int) -> Token:
    """The word a person's mention hangs on the rest of its sentence by; for a name in
    apposition, the phrase it names ("one of the four, Gerry Conlon, said")."""
    token, key = speakers.doc[i], speakers.person_at[i]
    while token.head.i != token.i and speakers.person_at.get(token.head.i) == key:
        token = token.head
    return token.head if token.dep_ == "appos" else token


def _narrated(
    speakers: Speakers, quoted: list[bool], before: int, person: str, gender: str
) -> Token | None:
    """The head of the person's last mention before token `before`, when it is the
    subject of a main clause about them, not of a verb of saying, and nobody else who may
    be meant is named from there to the quote ("Hale praised Reid. "He was great," he
    said."); None otherwise."""
    person_at = speakers.person_at
    last = max((i for i, k in person_at.items() if k == person and i < before), default=None)
    if last is None or quoted[last]:
        return None
    token = _head_of(speakers, last)
    verb = token.head
    main = verb.dep_ == "ROOT" or verb.dep_ == "conj" and verb.head.dep_ == "ROOT"
    if token.dep_ not in SUBJECT_DEPS or not main or _is_saying(verb):
        return None
    between = speakers.doc[cached.sentence(speakers.doc, token.i).start : before]
    others = {person_at.get(t.i) for t in between if not quoted[t.i]} - {None, person}
    if any(speakers.may_be.get(k, gender) == gender for k in others if k):
        return None
    return token


def _rival_speaker(
    speakers: Speakers, quoted: list[bool], quote: Candidate, person: str, gender: str
) -> bool:
    """Whether someone else who may be meant by the pronoun is named, in its reach before
    the quote, as the subject of a verb of saying ("Bob Dwyer warned that ...")."""
    layout = speakers.layout
    start = layout.paragraph_starts[speakers.reach(quote.start)]
    region = speakers.doc.char_span(start, quote.start, alignment_mode="contract")
    for t in region or []:
        key = speakers.person_at.get(t.i)
        if key is None or key == person or quoted[t.i]:
            continue
        head = _head_of(speakers, t.i)
        if (
            speakers.may_be.get(key, gender) == gender
            and head.dep_ in SUBJECT_DEPS
            and _is_saying(head.head)
        ):
            return True
    return False


def attribute(quotes: list[Candidate], speakers: Speakers, quoted: list[bool]) -> None:
    """Give each quote its cue, speaker and deciding sieve, in text order."""
    layout = speakers.layout
    para_starts = layout.paragraph_starts
    previous: Candidate | None = None
    for quote in quotes:
        if quote.label is not None:
            quote.speaker, quote.sieve = speakers.label(quote.label), "label"
        else:
            quote.cue = find_cue(layout, quote.start, quote.end, quoted, speakers.person_at)
            if quote.partial and quote.cue is not None and _others_clause(speakers, quoted, quote):
                quote.cue = Cue(quote.cue.verb, None)  # nobody sure: the words are kept
            if quote.partial and _nearer_sayer(speakers, quoted, quote):
                quote.cue = Cue(quote.cue.verb if quote.cue else None, None)  # nobody sure
            if quote.cue is not None and quote.cue.who is not None:
                outer = reporter(quote.cue, quoted, speakers.person_at) if quote.partial else None
                quote.speaker, quote.sieve = speakers.who(outer or quote.cue.who), "frame"
                if outer is None and not quote.speaker.named:
                    quote.speaker = named_next(speakers, quoted, quote.cue.who) or quote.speaker
                if outer is None and (besides := _besides_named(speakers, quote)) is not None:
                    quote.speaker, quote.aside = besides, True
                if _spoken_of(speakers, quoted, quote):
                    quote.speaker = Speaker(written=quote.speaker.written)
        # words set in the writer's own sentence go on from nobody: had a verb of saying
        # framed them, the frame would have said whose they are
        if quote.sieve is None and quote.partial:
            previous = quote
            continue
        if quote.sieve is None and previous is not None and previous.speaker is not None:
            same = previous.last_paragraph == quote.paragraph
            next_paragraph = (
                _only_captions_between(layout.text, para_starts, previous, quote)
                and _opens_paragraph(layout.text, quote, para_starts[quote.paragraph])
                and not _set_apart(layout.text, quote, para_starts)
                and not _signed_after(layout.text, previous)
                and not _asks(layout.text, previous)
                and not _named_between(speakers, quoted, previous.end, quote.start)
                - {previous.speaker.person}
            )
            person = previous.speaker.person
            framed = previous.cue.who if previous.aside and previous.cue is not None else None
            if (same or next_paragraph) and not _interrupted(
                speakers, quoted, previous.end, quote, person, framed
            ):
                quote.speaker, quote.sieve = previous.speaker, "continuation"
        if quote.sieve is None:
            unsure = previous is not None and not (previous.speaker and previous.speaker.person)
            framed = previous.cue.who if unsure and previous and previous.cue else None
            found = _subject_before(speakers, quoted, quote, framed)
            own = layout.sentences[layout.sentence_at(quote.start)].start_char
            if found is not None and not _interrupted(
                speakers, quoted, min(own, quote.start), quote, found.person
            ):
                quote.speaker, quote.sieve = found, "subject"
        if _names_own_speaker(speakers, quote):
            quote.speaker = Speaker(written=quote.speaker.written if quote.speaker else None)
        previous = quote
    for quote in quotes:
        if quote.sieve is None and quote.cue is None and quote.partial:
            # after the loop: the words go on from nobody, as a verb of saying frames
            # none of them (the continuation sieve reads `previous` as it was)
            found = holder(speakers, quoted, quote.start, quote.end)
            if found is not None:
                quote.speaker, quote.sieve = found, "holder"
    for quote, after in reversed(list(zip(quotes, quotes[1:], strict=False))):
        if quote.sieve is None and _opens_run(layout.text, quote, after):
            quote.speaker, quote.sieve = after.speaker, "run"
            if _names_own_speaker(speakers, quote):
                quote.speaker = Speaker(written=after.speaker.written if after.speaker else None)
    for n, quote in enumerate(quotes):
        if quote.sieve is None and quote.cue is None and not quote.partial:
            quote.speaker = _named_on_both_sides(speakers, quoted, quote, quotes[n + 1 :])
            if quote.speaker is not None and _names_own_speaker(speakers, quote):
                quote.speaker = None
            quote.sieve = "between" if quote.speaker is not None else None


def _named_on_both_sides(
    speakers: Speakers, quoted: list[bool], quote: Candidate, later: list[Candidate]
) -> Speaker | None:
    """The speaker of a quote nothing frames when both sides agree: the next attributed
    quote, later in its paragraph, is framed as one person's, and the last person named
    outside quotes before it (in its paragraph or the one before) is that person, with
    nobody else named or speaking between ("Ash told us there are two steps. ¶"You take
    the card ..." The code runs out fast. "Each key is unique," said Mr Ash.")."""
    after = next((q for q in later if q.sieve is not None), None)
    if after is None or after.sieve != "frame" or after.paragraph != quote.last_paragraph:
        return None
    person = after.speaker.person if after.speaker else None
    if person is None or _named_between(speakers, quoted, quote.end, after.start) - {person}:
        return None
    if _interrupted(speakers, quoted, quote.end, after, person):
        return None
    start = speakers.layout.paragraph_starts[max(quote.paragraph - 1, 0)]
    span = speakers.doc.char_span(start, quote.start, alignment_mode="contract")
    named = [
        speakers.person_at[t.i]
        for t in span or []
        if t.i in speakers.person_at and not quoted[t.i] and not _qualifies(speakers, t)
    ]
    return after.speaker if named and named[-1] == person else None


def _others_clause(speakers: Speakers, quoted: list[bool], quote: Candidate) -> bool:
    """Whether words set in the writer's sentence follow an adverbial clause's verb, the
    nearest verb before them outside quotes, whose subject is a person other than the
    frame's, the clause opening the sentence or a clause joined to it and the frame's
    verb coming after the words ("As Hale went on about "the price of bread", Lind said
    she agreed"): that person's words, which the verb of saying beyond the clause does
    not report. Not such a clause inside what a frame reports ("Lind says Hale lost
    because Cole lacked "a plan"": Lind's words; "Hale lost because Cole lacked "a
    plan", Lind said"). Read by the words' order, as the parse often hangs such words
    on the wrong verb."""
    cue = quote.cue
    if cue is None or cue.verb is None or cue.who is None or cue.verb.idx < quote.end:
        return False
    doc = speakers.doc
    span = doc.char_span(quote.start, quote.end, alignment_mode="contract")
    if span is None or not len(span):
        return False
    sentence = speakers.layout.sentence(span.start)
    before = doc[sentence.start : span.start]
    verb = next((t for t in reversed(before) if not quoted[t.i] and t.pos_ == "VERB"), None)
    if verb is None or verb == cue.verb or verb.is_ancestor(cue.verb):
        return False
    mark = next((c for c in verb.children if c.dep_ == "mark" and c.i < verb.i), None)
    if mark is None or mark.lower_ in _COMPLEMENTIZERS:
        return False
    opens = mark.i == sentence.start or doc[mark.i - 1].lower_ in _CLAUSE_JOINS
    subject = subject_of(verb)
    if not opens or subject is None or subject.i not in speakers.person_at:
        return False
    return speakers.person_at[subject.i] != speakers.who(cue.who).person


def _nearer_sayer(speakers: Speakers, quoted: list[bool], quote: Candidate) -> bool:
    """Whether words set in the writer's sentence follow, nearer than the frame's verb of
    saying before them, another verb of saying whose sayer is a person named other than
    the frame's: its subject, or with none the object of the verb it completes ("Lind
    said it was "very good", which prompted Hale to quip it was a "broken record"": maybe
    Hale's words, however the parse hangs them on "said")."""
    cue = quote.cue
    if cue is None or cue.verb is None or cue.who is None or cue.verb.idx > quote.start:
        return False
    doc = speakers.doc
    span = doc.char_span(quote.start, quote.end, alignment_mode="contract")
    if span is None or not len(span):
        return False
    framed = speakers.who(cue.who).person
    for verb in doc[cue.verb.i + 1 : span.start]:
        if quoted[verb.i] or verb.pos_ != "VERB" or verb.lower_ not in SPEECH_VERBS:
            continue
        if _adverbial(verb, cue.verb):
            continue  # "said that when Dore had announced it, he got the "clear impression""
        sayer = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
        if sayer is None and verb.dep_ == "xcomp":
            sayer = next((c for c in verb.head.children if c.dep_ == "dobj"), None)
        if sayer is not None and speakers.person_at.get(sayer.i, framed) != framed:
            return True
    return False


def _adverbial(verb: Token, top: Token) -> bool:
    """Whether a verb lies in an adverbial clause below `top` ("when ..., "because ..."):
    a clause that ends before the main one goes on."""
    word = verb
    while word.i != top.i and word.head.i != word.i:
        if word.dep_ == "advcl" or any(c.dep_ == "mark" for c in word.children):
            return True
        word = word.head
    return False


def _asks(text: str, quote: Candidate) -> bool:
    """Whether a quote ends with a question: unframed words opening the next paragraph
    may be its answer, another's ("Do you dispute that?" Dore asked. ¶ "There is a
    small risk, but ..."), as in a transcript of questions and answers."""
    return text[: quote.end].rstrip(" \"”»'’").endswith("?")


def _opens_run(text: str, quote: Candidate, after: Candidate) -> bool:
    """Whether a quote nothing frames opens a run of speech that the quote right after
    it, framed after its own words, ends (""We lost. "It hurts," said Hale.": the marks
    close and reopen at each sentence); not a question, which may be another's."""
    cue = after.cue if after.sieve == "frame" else None
    framed_after = cue is not None and cue.verb is not None and cue.verb.idx >= after.end
    return (
        quote.cue is None
        and not quote.partial
        and after.speaker is not None
        and after.speaker.person is not None
        and (framed_after or after.sieve == "run")
        and quote.last_paragraph == after.paragraph
        and not text[quote.end : after.start].strip(" \"“”«»'`")
        and text[: quote.end].rstrip(" \"”»'").endswith((".", "!"))
    )
