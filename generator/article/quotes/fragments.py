"""Which short quoted words are something someone said, not the writer's own marks.

- Words capitalised throughout are a title or a name ("A Night of Light"), never a quote,
  unless they make two sentences: a title is one phrase ("The Boss. Top Dog." is said);
  or their frame breaks them off a sentence that goes on in lower case ("Also," he said,
  "they have to ..."); or a verb of saying frames them whole, after its comma or before
  it, as a slogan or a shout ("chanted, "Save Our Pool"").
- Fewer than SHORT_QUOTE_WORDS words count when something frames them: a verb of
  saying, a transcript label, a quote before them; one or two words going on from a
  quote before them only as a sentence in marks of its own, ending with its stop
  ("..." an officer shouted. "Now."), not after a question (the reply is as often the
  one asked's) nor with a "he" or "she" left unresolved. With nothing framing them,
  three words or more count only as a sentence or a clause of someone's:
  - opening a sentence that goes on, after the comma inside their marks, into words
    that frame them with no verb of saying: someone and at most one verb ("Carnival has
    a strong record," Mr Champion.; "She was swept away," her message read.), not a
    title, nor a clause of its own about them ("Where the light falls," her novel, is
    set in Cornwall.); a heading, a slogan or a headline set apart (6. "The Gordon
    problem"; The tagline? "Meth. We're on it.") is as often nobody's words;
  - a whole sentence of its own, a clause with its verb and subject or a question,
    set apart by a colon after a clause of the writer's, a verb of saying or its own
    sentence, and ending it (the first question was blunt: "Who pays for the
    bridge?"); not after a label with no verb (Top of the bill: "..."), a passive
    verb that names (is called "..."), a clause about a noun that names it (Its motto
    is short: "..."; The tagline? "...") or a list item's number (3. "...?"), nor when
    its sentence names a person, whose words they may be: they wait for a frame;
  - set in the writer's sentence, beginning in lower case, a clause whose root is its
    own verb (a finite one, a modal or a bare infinitive) with small words: directives
    to "show absolutely no mercy", terms which "may be deliverable"; or a phrase worded
    as someone's, when nobody is named from the paragraph before to its sentence's end
    (else the words may be that person's, and wait for a frame, or for a named person's
    clause that holds them: holder.py): a determiner, a
    pronoun, an auxiliary or a subordinator of its own (fares that fund "the biggest
    upgrade in a generation"), a list of three ("delays, cancellations and closures"),
    words that judge or grade joined by a link (a line "far stronger than before"), a
    name's own words not counted (a "revival of the old Hanseatic League"). A term in
    marks is content words alone or bare words a preposition or a conjunction joins (a
    "whole life tariff", the "right to buy", "boom and bust"); words in apposition to
    a noun outside the marks (the log, "a life at sea"), or joined to a name there (the
    Nevo, or "river of the north"), are another name for it.
  Neither runs into the noun it qualifies (the "save the students" marches; "In my day"
  type arguments) nor heads a phrase the writer goes on with "of" (the "stop and go
  pricing" of fares), nor follows a word that names it (the phrase "let them eat cake",
  known as "eat out to help out", "ferja" means "...": lexicon naming.yaml).
- Two words or fewer count only as what a verb of saying reports, and, set in the
  writer's own sentence (partial), only with a named speaker, not one reached through a
  speaking "it" (a body taken from a sentence before, "it" as often a thing):
  - two words anywhere in what the verb reports ("Flynn said Trump has "enormous
    respect""; "Ryan said ... all Americans engage in "more listening""), unless they only
    modify a noun of the writer's ("was in "serious" discussions");
  - one word anywhere in it too ("said the Tories would cut "inefficiencies"", "which
    had "burgeoned""), but an adjective only as the verb's own object or complement, or
    one of a list of them (called it "rigged"; described as "unhinged"; called him a
    "nasty guy," "unstable" and "sick"), or listed after quoted words that the verb
    reports ("said the rules were "not proportionate" and "discriminatory""); not
    alone inside the clause it reports ("said the talks were "ongoing""): there a lone
    adjective is as often the writer's emphasis, unless it says what a person was or
    felt ("said he was "delighted"", "said Ann Dore was "thrilled"").
  - "according to X" reports the clause it hangs on as "X said" reports its complement
    ("next year, according to X, is "seldom strong""); so does a verb of saying set between
    commas inside that clause for the words after it ("isolated the problem, Mayer said, and
    "patched" the software"), but not words that hang inside a noun phrase there (the reason
    these "bot nets" spread, the word "energie"): the writer's naming.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import TYPE_CHECKING

from generator import lexicon
from generator.article.quotes.frame import SPEECH_VERBS
from generator.article.quotes.layout import Layout
from generator.article.quotes.reach import chain, reports, subject_of, utterance
from generator.article.quotes.sieves import Candidate
from generator.settings import FRAGMENT_WORDS, SHORT_QUOTE_WORDS
from generator.text.marks import CLOSING_QUOTES, OPENING

if TYPE_CHECKING:  # the language model is imported only by runs that parse
    from spacy.tokens import Span, Token

__all__ = ["is_partial", "kept", "titled"]

_SMALL_WORDS = lexicon.words("stopwords", "title_small_words")
_PEOPLE = frozenset(  # the pronouns that stand for people: "he", "she", "they", "I", ...
    word
    for word, forms in lexicon.table("pronouns", "personal").items()
    if forms.get("gender") != "neuter"
)
_ABBREVIATIONS = lexicon.words("abbreviations", "before_names")  # "Mr. Smith Goes to ..."
_SENTENCE_END = re.compile(r"(\w+)[.!?]\s+[A-Z]")
_OPENING_MARKS = OPENING + "„"  # a low opening mark too, as German and Polish pages set it
_MODIFIER = frozenset({"amod", "compound", "nmod", "poss", "nummod"})
_LIST = frozenset({"conj", "appos"})
_COMPLEMENT = frozenset({"prep", "dobj", "oprd"})  # called it "rigged"; described as "..."
# a verb of a clause's own: finite, a modal or a bare infinitive; not a participle, which
# as often makes a term ("protected designation of origin", "shooting victims")
_CLAUSE_VERBS = frozenset({"VB", "VBD", "VBP", "VBZ", "MD"})
# a clause has its small words (directives to "show absolutely no mercy", "may be
# deliverable"); a term in marks is content words alone ("computer implemented invention")
_FUNCTION_WORDS = frozenset({"DET", "PRON", "AUX", "ADP", "PART", "CCONJ", "SCONJ"})
# a phrase's own small words: a determiner, a pronoun, an auxiliary, a subordinator
_PHRASE_WORDS = frozenset({"DET", "PRON", "AUX", "SCONJ"})
# "of", "to", "and": as often joining a term's bare nouns ("duty of care", "boom and bust")
_LINKS = frozenset({"ADP", "PART", "CCONJ"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "expl"})  # a clause's own subject
_STOPS = (".", "!", "?", "…")  # a sentence's end
# a closing mark and the character before it; not an apostrophe, a letter after it
_CLOSED = re.compile("(.)[" + "".join(sorted(CLOSING_QUOTES)) + "](?![^\\W\\d_])")
# what a clause before quoted words is about: its subject, object or head ("Its motto
# has not changed:", "The show has a name:", "Their album:")
_ABOUT = frozenset({"nsubj", "nsubjpass", "dobj", "attr", "ROOT"})
# a list item's number or letter before a heading's words ("3.", "(b)", "iv)")
_LIST_ITEM = re.compile(r"\(?(?:\d{1,3}|[a-zA-Z]|[ivxIVX]{1,5})[.)]")
_GRADING = frozenset({"ADJ", "ADV"})  # words that judge or grade: "wider", "particularly"
_NAME_PARTS = _MODIFIER | {"det", "case"}  # "the former Soviet Union", "Ann Lee's"
_NAMING = lexicon.words("naming", "cues")  # the phrase "...", known as "...": a name
# nouns for a work or a thing with a title: "Her new album: "..."" names it, says nothing
_WORKS = lexicon.words("names", "work_nouns") | lexicon.words("names", "thing_nouns")
_NAMERS = _NAMING | _WORKS | lexicon.words("naming", "nouns")  # a name, a title, a slogan
# a quote broken off by its frame and going on in lower case ("Also," he said, "they
# ..."): the start of someone's sentence, not a title
_BROKEN_OFF = re.compile(r"[,;]?(?:''|[\"”])\s*[^\"“”\n]{1,60}?,\s*(?:''|``|[\"“])\s*[a-z]")


def titled(text: str) -> bool:
    """Whether every word is capitalised but the small ones: the title of a show or a
    book, a coined name ("UK Las Vegas"), not words someone said."""
    words = [w.strip(".,;:!?()'’\"“”") for w in text.split()]
    words = [w for w in words if w and w[0].isalpha()]  # "4th German Reich"
    return (
        bool(words)
        and all(w[0].isupper() or w in _SMALL_WORDS for w in words)
        and not any(_sentence_end(m.group(1)) for m in _SENTENCE_END.finditer(text))
    )


def _sentence_end(word: str) -> bool:
    """Whether a full stop after `word` ends a sentence: not after an abbreviation ("Mr.",
    "U.S.") nor a word in capitals."""
    return len(word) > 1 and not word.isupper() and word not in _ABBREVIATIONS


def is_partial(text: str, start: int, quote: str) -> bool:
    """Quoted words set inside the writer's own sentence: beginning in lower case, or
    after a word that is not a verb of saying ("called it "rigged"", "the "Make America
    Great" slogan"; not "said "We will"")."""
    before = text[:start].rstrip(" “\"«„'`")
    if quote[:1].islower():
        return True
    if before.endswith("\n"):
        return False  # opening its paragraph: the last word before is the headline's
    word = before.rsplit(None, 1)[-1].casefold() if before else ""
    return bool(word) and word[-1].isalnum() and word not in SPEECH_VERBS


def _reported(
    span: Span, verb: Token, quoted: list[bool], surely_person_at: Mapping[int, str]
) -> bool:
    root = span.root
    if root.dep_ in _MODIFIER and not quoted[root.head.i] and root.head.pos_ != "ADP":
        # "serious" talks, the "Make America Great" slogan; but the parser may hang an
        # adjective on a preposition as if it were a noun ("described him as "able"")
        return False
    path = chain(root, verb) if verb.lower_ != "according" else None
    aside = path is None and verb.dep_ == "parataxis" and span.start > verb.i
    if verb.lower_ == "according" or aside:
        # "according to X" reports the clause it hangs on, as "X said" its complement;
        # so does a frame set inside that clause for the words after it ("isolated the
        # problem, Mayer said, and "patched" the software"; words before it open the
        # sentence as its subject: ""Resilience," Kask said, is the theme"), but not
        # words inside a noun phrase of the writer's there ("the reason that these "bot
        # nets" have become", the word "energie")
        clause = verb.head
        path = [root] if root.i == clause.i else chain(root, clause)
        if path is None or aside and _in_noun_phrase(path):
            return False
        path = [*path, clause] if clause.i != root.i else path
    if path is None:
        return False
    standalone = utterance(span.text) and path[-1].i < span.end
    if not reports(path[-1], standalone):
        return False
    if len(span.text.split()) > 1 or root.pos_ != "ADJ":
        return True
    if _listed_after_reported(root, verb, quoted, surely_person_at):
        return True
    own = _own(path, quoted)
    complement = len(own) <= 1 or len(own) == 2 and own[1].dep_ in _COMPLEMENT
    return complement or _of_a_person(root, surely_person_at)


def _in_noun_phrase(path: list[Token]) -> bool:
    """Whether a chain climbs through a noun that is not one item of a list before it:
    the quoted words hang inside a noun phrase ("the reason that these "bot nets" have
    become", the word "energie"), the writer's naming, not the clause's own words."""
    return any(t.dep_ != "conj" and t.head.pos_ in ("NOUN", "PROPN") for t in path)


def _listed_after_reported(
    word: Token, verb: Token, quoted: list[bool], surely_person_at: Mapping[int, str]
) -> bool:
    """Whether a lone quoted word is the next item of a list after quoted words that the
    same verb reports ("said the rules were "not proportionate" and "discriminatory""):
    one statement, the list's words all the speaker's; not after a lone word the verb
    does not report ("said the talks were "ongoing" and "constructive"")."""
    head = word.head
    if word.dep_ != "conj" or not quoted[head.i] or head.i > word.i:
        return False
    start, end = head.i, head.i + 1
    while start > 0 and quoted[start - 1]:
        start -= 1
    while end < word.i and quoted[end]:
        end += 1
    return _reported(word.doc[start:end], verb, quoted, surely_person_at)


def _of_a_person(word: Token, surely_person_at: Mapping[int, str]) -> bool:
    """Whether an adjective says what a person was or felt, the subject of its clause a
    pronoun for people or a name that surely means a person (`surely_person_at`: "said
    he was "delighted"", "said Ann Dore was "thrilled""; not a lone given name, "Jordan"
    as often the country), past a verb the clause hangs on ("said they had to be
    "bolder""), up to the speaker's own ("Dore promised to be "open""): the speaker's
    own word, where one said of a thing ("the talks were "ongoing"") is as often the
    writer's emphasis."""
    if word.dep_ != "acomp":
        return False
    clause = word.head
    subject = subject_of(clause)
    while subject is None and clause.dep_ == "xcomp" and clause.head.i != clause.i:
        clause = clause.head
        subject = subject_of(clause)
    return subject is not None and (subject.lower_ in _PEOPLE or subject.i in surely_person_at)


def _own(path: list[Token], quoted: list[bool]) -> list[Token]:
    """The links of a chain that are the sentence's own: not one item of a list to the
    one before it, nor a word to a head inside another quote ("a "nasty guy,"
    "unstable" and "sick"")."""
    return [t for t in path if t.dep_ not in _LIST and not quoted[t.head.i]]


def _shouted(layout: Layout, quote: Candidate) -> bool:
    """Whether words capitalised throughout are what a verb of saying frames as a whole
    utterance, right after the verb and its comma or colon ("chanted, "Save Our Pool"")
    or opening the sentence the verb ends (""Stop That Car!" an officer shouted"): a
    slogan or a shout someone spoke, not a title ("sang "Let It Be"" has no comma; "In
    his book, "Grow Rich," Lee suggested" is after a noun)."""
    cue = quote.cue
    if quote.partial or quote.sieve != "frame" or cue is None or cue.verb is None:
        return False
    before = layout.text[: quote.start].rstrip(_OPENING_MARKS)
    if cue.verb.idx >= quote.end:
        return _opens_sentence(layout.text, quote.start)
    verb_end = cue.verb.idx + len(cue.verb.text)
    return before.endswith((",", ":")) and not layout.text[verb_end : len(before) - 1].strip()


def _said_unframed(
    layout: Layout, quote: Candidate, text: str, quoted: list[bool], persons: Mapping[int, str]
) -> bool:
    """Whether short quoted words nothing frames are someone's sentence or clause, not a
    title, a name or the writer's term (see the module's rules)."""
    span = layout.doc.char_span(quote.start, quote.end, alignment_mode="expand")
    if span is None or _names_the_noun_after(span, text) or _named(layout.text, quote.start):
        return False
    if not quote.partial:
        opening = (
            _opens_sentence(layout.text, quote.start)
            and layout.text[quote.start : quote.end].rstrip().endswith(",")
            and _bare_frame(layout, span)
        )
        if titled(text):
            return False
        return (
            opening
            or _sentence_apart(layout.text, quote, span)
            and not _person_in_sentence(layout, span, persons)
        )
    if not text[:1].islower() or _renames(span, quoted):
        return False
    held = quote.sieve == "holder"  # a named person's clause holds them (holder.py)
    return _clause(span) or _worded(span) and (held or not _person_near(layout, span, persons))


def _sentence_apart(text: str, quote: Candidate, span: Span) -> bool:
    """Whether quoted words are a whole sentence of someone's, set apart as one: a clause
    with its own verb and subject ("Nobody reads the small print."), or a question ("Why
    now?"), led in by a colon or a verb of saying (`_led_in`) or opening their sentence,
    and ending it. A title or a term is no clause; one named in a sentence of the writer's
    ("Love Me Do" was their first hit) does not end it; a list item's words are a
    heading (2. "Why now?")."""
    before = text[: quote.start].rstrip(_OPENING_MARKS)
    if _LIST_ITEM.fullmatch(before.rsplit("\n", 1)[-1].strip()) or _names_apart(before, span):
        return False
    if not (_opens_sentence(text, quote.start) or _led_in(span)):
        return False
    words = text[quote.start : quote.end].rstrip()
    after = text[quote.end :].lstrip("”\"»'’ ")
    ends = words.endswith(_STOPS) or not after or after.startswith((*_STOPS, "\n"))
    asks = words.rstrip(".'’").endswith("?")
    return ends and (asks or _own_subject(span))


def _names_apart(before: str, span: Span) -> bool:
    """Whether what sets quoted words apart (the clause before their colon, or the
    sentence before theirs) names them: it ends with a word that names ("is titled:",
    "Their album:"), or it is about a noun that names, as its subject, its object or its
    head ("The new motto is short:", "It has a name:", "The tagline?"): a title, a
    slogan, not words someone said."""
    last = before.rstrip(":.?!… \n").rsplit(None, 1)
    if last and last[-1].strip("'’\"”").casefold() in _NAMERS:
        return True
    i = _lead_end(span)
    if i < 0:
        return False
    doc = span.doc
    lead = doc[doc[i].sent.start : i]
    if _about_namer(lead):
        return True
    # "It opens with a line:" after "The novel is set in Leeds.": about the work still
    it = any(t.lower_ in ("it", "its") and t.dep_ in _ABOUT | {"poss"} for t in lead)
    return it and lead.start > 0 and _about_namer(doc[lead.start - 1].sent)


def _about_namer(clause: Span) -> bool:
    """Whether a clause's subject, object or head is a noun that names (`_NAMERS`)."""
    return any(t.pos_ == "NOUN" and t.dep_ in _ABOUT and _names(t) for t in clause)


def _names(noun: Token) -> bool:
    """Whether a noun, or a plural's singular ("slogans"), is one that names."""
    singular = noun.lower_.removesuffix("s") if noun.tag_ == "NNS" else noun.lower_
    return bool(_NAMERS & {noun.lower_, singular})


def _lead_end(span: Span) -> int:
    """The index of the last word before quoted words and their marks (-1 if none)."""
    i = span.start - 1
    while i >= 0 and (span.doc[i].is_quote or span.doc[i].is_space):
        i -= 1
    return i


def _led_in(span: Span) -> bool:
    """Whether what comes right before quoted words leads into something said: a colon
    after a clause of the writer's, with its own verb ("The first question was blunt:"),
    not after a label ("Top of the charts this week:", a title's or a programme's); or a
    verb of saying, not one in the passive, which names ("is called "..."")."""
    doc = span.doc
    i = _lead_end(span)
    if i < 0:
        return False
    word = doc[i]
    if word.text == ":":
        opening = word.sent.start
        return any(t.tag_ in _CLAUSE_VERBS for t in doc[opening:i])
    passive = any(c.dep_ == "auxpass" for c in word.children)
    return word.lower_ in SPEECH_VERBS and not passive


def _own_subject(span: Span) -> bool:
    """Whether quoted words hold a verb of a clause's own (finite or a modal) and a
    subject of a verb inside them: a sentence, not a name or a phrase."""
    inside = range(span.start, span.end)
    return any(t.tag_ in _CLAUSE_VERBS for t in span) and any(
        t.dep_ in _SUBJECTS and t.head.i in inside for t in span
    )


def _clause(span: Span) -> bool:
    """Whether quoted words are a clause whose root is its own verb, with small words
    (directives to "show absolutely no mercy", terms which "may be deliverable")."""
    root = span.root
    return (
        root.pos_ in ("VERB", "AUX")
        and any(t.tag_ in _CLAUSE_VERBS for t in span)
        and any(t.pos_ in _FUNCTION_WORDS for t in span)
    )


def _person_near(layout: Layout, span: Span, persons: Mapping[int, str]) -> bool:
    """Whether the article names a person from the paragraph before the quoted words to
    the end of their sentence: the words may be that person's, which a phrase nothing
    frames cannot tell, and a quote of theirs with no speaker is a gap on their page; the
    phrase waits for a frame. Without it, such speakerless phrases put speaker right
    below its floor on five dev quote keys (session 28)."""
    doc = layout.doc
    first = layout.paragraph_starts[max(0, layout.paragraph(span.start_char) - 1)]
    end = layout.sentence(span.end - 1).end_char
    return any(first <= doc[i].idx < end for i in persons)


def _person_in_sentence(layout: Layout, span: Span, persons: Mapping[int, str]) -> bool:
    """Whether the sentence of quoted words names a person outside them ("the question
    Ann Dore put: "..."): the words may be theirs, which nothing frames to say; they wait
    for a frame, as a speakerless quote of theirs is a gap on their page."""
    first, last = layout.sentence(span.start), layout.sentence(span.end - 1)
    return any(first.start <= i < last.end and not span.start <= i < span.end for i in persons)


def _worded(span: Span) -> bool:
    """Whether quoted words set in the writer's sentence are a phrase worded as someone's:
    with a determiner, a pronoun, an auxiliary or a subordinator of its own ("the biggest
    upgrade in a generation"), a list of three or more ("delays, cancellations and
    closures"), or words that judge or grade joined by a link ("far stronger than
    before"); a name's own words not counted. Not content words alone ("computer
    implemented invention") nor bare words a preposition or a conjunction joins, the
    shape of a term's name ("freedom of movement", "boom and bust")."""
    own = [t for t in span if not _of_a_name(t)]
    kinds = {t.pos_ for t in own}
    listed = sum(t.dep_ == "conj" for t in own) >= 2  # "delays, cancellations and closures"
    return bool(kinds & _PHRASE_WORDS) or listed or bool(kinds & _LINKS and kinds & _GRADING)


def _of_a_name(token: Token) -> bool:
    """Whether a word is a proper name's or one of its determiners and modifiers ("the
    former Soviet Union"): the writer's way to name something, not the quoted phrase's
    own wording."""
    head = token.head
    return token.pos_ == "PROPN" or (
        head.i != token.i and head.pos_ == "PROPN" and token.dep_ in _NAME_PARTS
    )


def _renames(span: Span, quoted: list[bool]) -> bool:
    """Whether quoted words are set in apposition to a noun the writer gives outside the
    marks (her book, "a life in pieces"), or joined by a conjunction to a name there (the
    Nevo, or "river of the north"): another name for it, a title, a translation or a
    nickname. A quote joined to a name by "and" is lost with them: a miss, not a wrong."""
    root = span.root
    head = root.head
    if quoted[head.i] or head.i == root.i:
        return False
    return root.dep_ == "appos" or root.dep_ == "conj" and head.text[:1].isupper()


def _own_sentence(text: str, quote: Candidate, words: str) -> bool:
    """Whether quoted words are a sentence set in marks of its own, opening it and ending
    it with its stop inside the marks ("Now.", "Step out."): the next thing the speaker
    of the quote before said (""Come out!" an officer shouted. "Now.""), where a title
    or a term has no stop of its own. Not after a question (""Did you take it?" the
    prosecutor asked. "No.""): a short reply is as often the one asked's."""
    return (
        _opens_sentence(text, quote.start) and words.endswith(_STOPS) and not _answers(text, quote)
    )


def _answers(text: str, quote: Candidate) -> bool:
    """Whether the quote before ends with a question mark inside its closing mark (not an
    apostrophe: "Olsen's lawyer asked")."""
    before = text[: quote.start].rstrip(_OPENING_MARKS)
    marks = list(_CLOSED.finditer(before))
    return bool(marks) and marks[-1].group(1) == "?"


def _not_lost(quote: Candidate) -> bool:
    """Whether a short quote going on from the one before keeps a speaker to show: a
    person or a body, or someone unnamed ("an officer"); not a "he" or "she" left
    unresolved, a named person's words that would be a gap on their page."""
    speaker = quote.speaker
    if speaker is None:
        return False
    written = (speaker.written or "").casefold()
    return bool(speaker.person or speaker.organization) or written not in _PEOPLE


def _through_it(quote: Candidate) -> bool:
    """Whether the speaker is reached only through a speaking "it": a body taken from
    the sentence before, with no gender to confirm it as "he" or "she" has, and "it" as
    often a thing; its frame names nobody, so a fragment there stays the writer's term
    ("It is calling on ... other "cyber-dissidents"")."""
    speaker = quote.speaker
    return speaker is not None and (speaker.written or "").casefold() == "it"


def _opens_sentence(text: str, start: int) -> bool:
    """Whether quoted words starting at `start` open their sentence or paragraph."""
    before = text[:start].rstrip(_OPENING_MARKS)
    return not before or before.endswith((*_STOPS, "\n"))


def _named(text: str, start: int) -> bool:
    """Whether the word before the opening mark names what is quoted (the phrase "...",
    known as "..."): a name, not words said there."""
    before = text[:start].rstrip(_OPENING_MARKS).rsplit(None, 1)
    return bool(before) and before[-1].casefold() in _NAMING


def _bare_frame(layout: Layout, span: Span) -> bool:
    """Whether the rest of a quote's sentence is a frame with no verb of saying: someone
    and at most one verb ("Mr Champion.", "her message read.", "smiles one broker."),
    not a clause of its own about the words (", her third novel, is set in Cornwall"),
    nor another quote."""
    sentence = layout.sentence(span.end - 1)
    rest = [t for t in layout.doc[span.end : sentence.end] if not t.is_punct]
    if not rest or any(
        t.is_quote or t.pos_ == "AUX" for t in layout.doc[span.end + 1 : sentence.end]
    ):
        return False
    verbs = sum(t.pos_ == "VERB" for t in rest)
    return verbs <= 1 and any(t.pos_ in ("PROPN", "PRON", "NOUN") for t in rest)


def _names_the_noun_after(span: Span, text: str) -> bool:
    """Whether quoted words run on, with no stop, into the common noun they qualify (the
    "save our school" marches, an "In my day" type of argument), or head a noun phrase
    the writer goes on with an "of" (the "stop and go pricing" of fares): a term the
    writer uses, not words said."""
    if text[-1:] in ",.;:!?…":
        return False
    after = [t for t in span.doc[span.end : span.end + 2] if not t.is_quote]
    if not after:
        return False
    complement = after[0].lower_ == "of" and span.start <= after[0].head.i < span.end
    return after[0].pos_ == "NOUN" or complement


def kept(
    layout: Layout,
    quote: Candidate,
    text: str,
    quoted: list[bool],
    persons: Mapping[int, str],
    surely_person_at: Mapping[int, str],
) -> bool:
    """Whether quoted words `text` are a quote (see the module's rules); `persons`: the
    people the article names, by token; `surely_person_at`: those of them whose name
    there surely means them."""
    words = len(text.split())
    if words >= SHORT_QUOTE_WORDS:
        return True
    if quote.cue is None and quote.sieve in (None, "holder"):
        return words > FRAGMENT_WORDS and _said_unframed(layout, quote, text, quoted, persons)
    partial = quote.partial
    continued = quote.sieve == "continuation" and not partial
    if continued and _own_sentence(layout.text, quote, text) and _not_lost(quote):
        return True
    broken_off = _BROKEN_OFF.match(layout.text, quote.end) is not None and not partial
    if titled(text) and not broken_off and not _shouted(layout, quote):
        return False
    if words > FRAGMENT_WORDS:
        return True
    named = quote.speaker is not None and quote.speaker.named and not _through_it(quote)
    verb = quote.cue.verb if quote.cue is not None else None
    if verb is None or partial and not named:
        return False
    if broken_off:
        return True  # its words hang on the sentence it goes on with, not on the frame
    span = layout.doc.char_span(quote.start, quote.end, alignment_mode="expand")
    return span is not None and _reported(span, verb, quoted, surely_person_at)
