"""People in one article, from spaCy's PERSON entities mended by rules.

The rules mend what the small model gets wrong on news copy: a surname tagged ORG or
GPE once the full name is known ("Rohr", "Kallas"), a capital tagged PERSON ("Kyiv"),
a title and name tagged ORG together ("Ukrainian PM Denys Shmyhal"), a garbled
repeat of a surname ("Helem" after "Martin Hellem").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection
from functools import cache
from typing import TYPE_CHECKING

from generator import lexicon
from generator.article import cached
from generator.article.entities.clusters import Mention, PersonCluster, cluster
from generator.article.entities.evidence import (
    CLUB_WORDS,
    FIRST_NAMES,
    NEWS_AGENCIES,
    ORGANISATION_NOUNS,
    STATE_BODIES,
    STREET_WORDS,
    a_works_maker,
    common_nouns,
    hashtagged,
    in_prose,
    in_title_case,
    located,
)
from generator.article.entities.firms import firm_sign
from generator.article.entities.known import found_again
from generator.article.entities.listed import listed_with_people
from generator.article.entities.nationals import (
    COMPATRIOTS,
    compatriots,
    fellows,
    nationality_nouns,
)
from generator.article.entities.nicknames import Nicknamed, nicknamed
from generator.article.entities.offices import office_countries
from generator.article.entities.openers import by_its_place, without_openers
from generator.article.entities.repair import NAME_COMPOUNDS, name_words, repaired
from generator.article.entities.rosters import is_roster, rosters
from generator.article.entities.spans import (
    BAD_CHARS,
    DESCRIPTORS,
    HONORIFICS,
    KIN_NOUNS,
    OCCUPATIONS,
    PARTICLES,
    TITLE_WORDS,
    a_bodys,
    a_part_played,
    after_a_person_noun,
    aged,
    before_a_given_name_as_followers,
    described_after,
    described_before,
    given_name,
    he_in_clause,
    his_in_clause,
    his_own,
    honoured,
    its_in_clause,
    joins_name,
    lettered,
    listed,
    name_like,
    not_a_person,
    office_letters,
    played,
    plural_title,
    signs_a_quote,
    speaks,
    speaks_as_one,
    strip_possessive,
    styled,
    titled,
    undergoes_as_a_person,
    who,
    without_honorific,
)
from generator.article.entities.verdict import Verdict
from generator.article.person_words import MAY_BE_PERSON, PERSON_NOUNS, a_places_noun
from generator.article.roles import (
    CountryBefore,
    city_state_before,
    described,
    in_capitals,
    market_leader,
)
from generator.registry import Gazetteer, Registry
from generator.text.lists import list_line
from generator.text.marks import DASHES, SIGNING_DASHES
from generator.text.names import counted_name_gender, fold

if TYPE_CHECKING:  # the language model is imported only by runs that parse
    from spacy.tokens import Doc, Span, Token

__all__ = ["PersonFinder"]

_PLACEHOLDERS = lexicon.words("names", "placeholders")  # "A N Other"
_GENERATIONS = lexicon.words("names", "generational_suffixes")  # "II", "Jr"
_PARTIES = lexicon.words("titles", "parties")  # "New Labour": a party, no name
_REGION_ADJECTIVES = lexicon.words("names", "region_adjectives")  # "Eastern Cape"
_TITLE_OPENERS = lexicon.words("titles", "title_openers")  # "Crown" of "Crown Prince"
_COMPATRIOT_LEADS = lexicon.words("titles", "compatriot_leads")  # "fellow Dane X"
# what leads a noun for what someone was, is or will be: "late Beatle X", "former Wombat X"
_DESCRIPTION_LEADS = (
    lexicon.words("titles", "former")
    | lexicon.words("titles", "fellows")
    | lexicon.words("titles", "time_leads")
)
# words of an organisation's or a place's name, never of a person's
_NOT_IN_NAMES = (
    STREET_WORDS
    | ORGANISATION_NOUNS
    | STATE_BODIES
    | CLUB_WORDS
    | lexicon.words("names", "firm_words")
    | lexicon.words("names", "event_words")
    | lexicon.words("names", "venue_words")
    | lexicon.words("names", "place_words")
    | lexicon.words("names", "publication_words")
    | lexicon.words("names", "group_plurals")
)


_TITLES_OR_DESCRIPTORS = TITLE_WORDS | DESCRIPTORS
_COMMA = frozenset({","})
_LIST_JOINS = frozenset({"and", "&", "or"})
_PORTFOLIO_JOINS = frozenset({"and", "&", ","})  # "Minister for Culture, Media and Sport"
_REAL_NAME_OPENERS = lexicon.words("names", "real_name_openers")
_OPENER_WORDS = max(len(o.split()) for o in _REAL_NAME_OPENERS)


# labels the model gives a person's full name by mistake ("Fabien Pelous" as ORG; "Marcel
# Soler and Tom Reid" with the first tagged PRODUCT): the name is taken when the sentence
# or a team sheet shows a person
# titles written short ("Gen", "Lt", "Supt"), which open no organisation's name as a
# title in full may ("General Motors Europe")
_SHORT_TITLES = lexicon.words("abbreviations", "before_names") & {
    w.rstrip(".").title() for w in TITLE_WORDS
}
_PEERAGES = lexicon.words("titles", "peerages")  # "Baron", a given name too
_TITLE_LETTERS = lexicon.words("titles", "title_letters")  # "GM Mike Rizzo"
# a verb of saying in the past or the present's third person, as it opens an inverted
# frame before its speaker ("Replied Stephen, ...", "Says Ann Lee: ...")
_INVERTED_SAYING = frozenset(v for v in lexicon.words("speech", "verbs") if v.endswith(("ed", "s")))
_MISTAGGED = ("ORG", "GPE", "NORP", "LOC", "FAC", "PRODUCT")
# words for a trade that open a sentence before a lone name: "Midfielder Edu reduced ..."
_OPENING_TRADES = (DESCRIPTORS | OCCUPATIONS) - TITLE_WORDS


def _role_word(token: Token) -> bool:
    """A title ("PM", "Minister"), or an occupation written lower-case or in capitals
    ("striker", "QB"; "Major" and "King" are surnames too, and so is "Bowler")."""
    return token.lower_ in TITLE_WORDS or token.lower_ in OCCUPATIONS and not token.text.istitle()


def _common_noun(token: Token) -> bool:
    """A common noun in lower case, no syllable of a hyphenated name ("Jong-un") nor a
    particle ("bin", "van"): no word of a person's name, so a name in a span after it
    starts after it ("Wales physio Mark Davies": a role the lexicon lacks)."""
    doc, i = token.doc, token.i
    return (
        token.pos_ == "NOUN"
        and token.is_lower
        and token.is_alpha
        and token.text not in PARTICLES
        and not (i > 0 and doc[i - 1].text in ("-", "‑") and not doc[i - 1].whitespace_)
    )


def _short_name_of_a_full_one(token: Token) -> bool:
    """A word of two letters alone, in title case, that ends or starts a full name the
    model tags a person elsewhere in the article: that person's surname ("Jet Li" ...
    "Li"), or a family name written first, as Chinese names are ("Xi Jinping" ... "Xi
    said", "Hu Jintao" ... "talks with Hu"). Alone, such a short word tagged a person is
    as often a stray letter pair, so only the full name vouches for it."""
    text = token.text
    if not (text.istitle() and text.isalpha()):
        return False
    words = cached.words(token.doc)
    return any(
        label == "PERSON" and end - start > 1 and text in (words[start], words[end - 1])
        for start, end, label, _ in cached.ent_rows(token.doc)
        if not start <= token.i < end
    )


def _headline_noun_after(doc: Doc, start: int, end: int) -> bool:
    """In a line in title case, the span's last word is a noun the article writes in
    lower case ("Obama Speech" over "his speech"), no word for a person ("Tom Baker"
    over "a baker"), and the words before it are a name the model tags a person alone
    elsewhere in the article ("Mr. Obama"): the capital is the headline's, the noun no
    surname."""
    last = doc[end - 1]
    word = last.lower_
    if not (last.is_title and word not in PERSON_NOUNS and in_title_case(doc[start:end])):
        return False
    if word not in common_nouns(doc):
        return False
    words = cached.words(doc)
    before = words[start : end - 1]
    return any(
        label == "PERSON" and tuple(words[s:e]) == before
        for s, e, label, _ in cached.ent_rows(doc)
        if not s <= start < e
    )


def _capital_title(doc: Doc, i: int) -> bool:
    """A capitalised title inside a span, a common given name after it ("Lifelong Learning
    Minister Jim Wallace"): the office's words before the name, where a title word before
    a surname may be a name's own ("Carole King Jones")."""
    return (
        doc[i].lower_ in TITLE_WORDS and doc[i].text.istitle() and given_name(doc[i + 1])
    ) or _a_job_title(doc[i])


def _a_job_word(token: Token) -> bool:
    """A noun that may be a person's (`person_words.MAY_BE_PERSON`: "Supervisor",
    "Detective", "Cowboy"), no given name by any list (not "Guy", "Earl"): written with a
    capital before a given name and a surname, as US copy writes a job before a name
    ("said Supervisor Ann Hale"), it says what she is; it is no name of hers."""
    return (
        token.lower_ in MAY_BE_PERSON
        and not given_name(token)
        and counted_name_gender(token.text) is None
    )


def _in_portfolio(doc: Doc, i: int) -> bool:
    """Word `i` is among the capitalised words of an office's portfolio, after its title's
    "for" or "of" ("Minister for Children, Young People and Families")."""
    j = i
    while j > 0 and (doc[j].text.istitle() or doc[j].lower_ in _PORTFOLIO_JOINS):
        j -= 1
    return 0 < j < i and doc[j].lower_ in ("for", "of") and doc[j - 1].lower_ in TITLE_WORDS


def _portfolio_word(doc: Doc, i: int) -> bool:
    """A word of an office's portfolio, no given name, before a given name ("Minister for
    Children, Young People and Families Margaret Hodge", "Secretary of State Ann Lee"): the
    office's word, not the person's."""
    return (
        not given_name(doc[i])
        and i + 1 < len(doc)
        and given_name(doc[i + 1])
        and _in_portfolio(doc, i)
    )


def _portfolio_part(doc: Doc, start: int, end: int) -> bool:
    """A span inside the list of an office's portfolio, between its joins and led by no
    given name: "Young People" of "Minister for Children, Young People and Families"
    ("Secretary of State Condoleezza Rice, UN ..." is its holder)."""
    return (
        start > 0
        and not given_name(doc[start])
        and doc[start - 1].lower_ in _PORTFOLIO_JOINS
        and end < len(doc)
        and doc[end].lower_ in _LIST_JOINS
        and _in_portfolio(doc, start)
    )


def _epithet(token: Token) -> bool:
    """A word for a person written with a capital only because it opens a sentence or a
    headline ("Comedian Marsh", "Winger Marsh"): the name is the surname after it."""
    return (
        token.text.istitle()
        and token.lower_ in PERSON_NOUNS
        and (token.is_sent_start or not in_prose(token.doc[token.i : token.i + 1]))
    )


def _named_by_a_body_noun(doc: Doc, i: int) -> bool:
    """Word `i` names the organisation a lower-case noun for one before it gives, and a
    given name follows it: "the public services union Unison Dave Prentis"."""
    return (
        i > 0
        and doc[i - 1].is_lower
        and doc[i - 1].lower_ in ORGANISATION_NOUNS
        and not given_name(doc[i])
        and given_name(doc[i + 1])
    )


def _a_word_for_someone(token: Token) -> bool:
    """A job word (`_a_job_word`) before a full name, capitalised because it opens the
    sentence ("Farmer Ned Hale, a member of the hunt, said") or as a title before a given
    name ("said Supervisor Ann Hale"): the word says what he is. Surnames among such
    nouns ("Baker", "Hunter") come after a given name, not before one."""
    return bool(token.is_sent_start) and _a_job_word(token) or _a_job_title(token)


def _a_job_title(token: Token) -> bool:
    """A job word (`_a_job_word`) written with a capital before a given name, as US copy
    writes a title ("said Supervisor Ann Hale", "Police Detective Ann Hale"): no word of
    the name, which a name never grows over. Not after a title or an honorific: "its
    president Angel Maria Villar" has its title, and "Angel" is his given name."""
    before = token.doc[token.i - 1].lower_ if token.i else ""
    return (
        token.text.istitle()
        and token.i + 1 < len(token.doc)
        and given_name(token.nbor(1))
        and before not in TITLE_WORDS | HONORIFICS
        and _a_job_word(token)
    )


def _members(word: str) -> bool:
    """The plural of a title or a descriptor: a name ending in one is a group's ("Labour
    MPs", "House Democrats", "Senate Republicans")."""
    return word.endswith("s") and bool({word[:-1], word[:-3] + "y"} & _TITLES_OR_DESCRIPTORS)


def _address(word: str) -> bool:
    """A short form of address ("Mr", "Dr", "Rev."), which stands before a name and never
    ends one: "Said Mr" is a capitalised verb taken in with the form of address that
    follows it ("Said Mr Hale: ..."); "Lord" and "Lady" may be surnames."""
    return word in HONORIFICS and (len(word) <= 3 or word.endswith("."))


def _owner_named(doc: Doc, start: int, possessive: int) -> bool:
    """A full name of a person's, the word before it a title or an occupation, owns
    what follows it in the span: "software founder Tim Hale's Blue Orbit" names his firm,
    a work or a role of his, not another person ("Germany's Ursula von der Leyen" has a
    place for possessor)."""
    before = doc[start - 1] if start > 0 else None
    return (
        possessive - start >= 2
        and before is not None
        and before.text.islower()
        and (before.lower_ in TITLE_WORDS or before.lower_ in OCCUPATIONS)
        and all(name_like(t.text) for t in doc[start:possessive])
    )


def _nothing_named_after(doc: Doc, start: int, possessive: int, end: int) -> bool:
    """A full name whose possessive the model ran on into common nouns ("Bill Cosby's TV
    cartoon" tagged to "TV"): the name is the possessor's, as no name follows it
    ("Germany's Ursula von der Leyen" names the one after). Not a band's before its
    song's title ("Public Enemy's Fight The Power"): a word written with a capital after
    the possessive may open a title."""
    return (
        possessive - start >= 2
        and all(name_like(t.text) for t in doc[start:possessive])
        and not any(t.pos_ == "PROPN" or t.text.istitle() for t in doc[possessive + 1 : end])
    )


def _with_listed(
    spans: list[Span], listed: list[Span], refused: Callable[[str], bool]
) -> list[Span]:
    """The spans with a roster's names: a listed item is one whole name, so it replaces
    the parts of it the model tagged ("Latham" in "C Latham"), and a refused item ("A N
    Other") takes its parts with it; an item overlapping a longer span is left out."""
    for item in listed:
        hit = [s for s in spans if s.start < item.end and item.start < s.end]
        if all(item.start <= s.start and s.end <= item.end for s in hit):
            spans = [s for s in spans if all(s is not h for h in hit)]
            if not refused(item.text):
                spans.append(item)
    return sorted(spans, key=lambda s: s.start)


def _with_nicknamed(doc: Doc, spans: list[Span], frames: list[Nicknamed]) -> list[Span]:
    """The spans with each name written with a nickname inside it whole ("Ahmed 'Mido'
    Hossam"), in place of the parts of it the model tagged ("Ahmed" a person, "Mido"
    no one, "Hossam" a place): one person's name."""
    for frame in frames:
        spans = [s for s in spans if s.end <= frame.start or frame.end <= s.start]
        spans.append(doc[frame.start : frame.end])
    return sorted(spans, key=lambda s: s.start)


def _within(span: Span, outer: Span) -> bool:
    """Whether a span lies inside another ("Glasgow" in a team sheet's "(Glasgow, capt)")."""
    return outer.start <= span.start and span.end <= outer.end


def _team_label(span: Span) -> bool:
    """A name before a colon that opens a list of names running to the end of its line:
    the side a team sheet lists ("Harlequins: Pellow; Marchetti, Dunmore (capt)."),
    where "Wenger: We will see." is a speaker's."""
    doc = span.doc
    if span.end >= len(doc) or doc[span.end].text != ":":
        return False
    rest = cached.text(doc)[cached.chars(doc)[span.end] + 1 :].split("\n", 1)[0]
    return list_line(rest.strip())


def _without_glued_words(span: Span) -> Span | None:
    """The name without a word the model glued to it that no name holds: an auxiliary
    verb capitalised by its place ("Are Urban Meyer and Nick Saban really ...?"; not a
    function word that is a first name, "Will Young"), a verb of saying so placed before
    its speaker ("Replied Stephen, with some delicacy, ...": no given name, `by_its_place`),
    a title's capitals and what leads them before a full name ("Ravens GM Ozzie
    Newsome"), or the pronoun "I" before its
    contraction ("if I were Hafner and Franzese I'd"; "Charles I's" is a king's). A name
    of one word after capitals the article also writes alone is a body's or its
    product's ("CNN Español", "MSN Messenger" beside "MSN"): a person's initials never
    stand alone there ("JPR Williams")."""
    doc = span.doc
    if len(span) > 2 and span[0].pos_ == "AUX" and by_its_place(span[0]):
        span = span[1:] if span[0].lower_ not in FIRST_NAMES else span
    if len(span) > 1 and span[0].lower_ in _INVERTED_SAYING and by_its_place(span[0]):
        span = span[1:]
    letters = [t.i for t in span[:-2] if t.text in _TITLE_LETTERS]
    if letters:
        span = span.doc[letters[-1] + 1 : span.end]
    after = doc[span.end] if span.end < len(doc) else None
    if (
        len(span) > 1
        and span[-1].text == "I"
        and after is not None
        and after.text[:1] in ("'", "’")
        and after.lower_[1:] != "s"
    ):
        span = span[:-1]
    alone = len(span) == 2 and _acronym(span[0]) and _written_alone(doc, span.start)
    return None if alone else span


def _before_score(doc: Doc, start: int, end: int) -> int:
    """Where a name ends before a score the model took into it: "Marko Pavic 6-4 3",
    "Kevin Kim 6" + "-2" (tagged PERSON), "Gaston Perrin 5-7 6-1" (tagged FAC)."""
    score = next((i for i in range(start + 1, end) if doc[i].like_num), end)
    words = cached.words(doc)  # read by index: no Span made for the words after
    if all(words[i] in ("-", "–") or doc[i].like_num for i in range(score, end)) and any(
        words[i] in ("-", "–") for i in range(score, min(end + 1, len(words)))
    ):
        return score
    return end


def _before_a_dash(doc: Doc, start: int, end: int) -> int:
    """Where a full name ends before a dash set off by spaces and a word in lower case,
    an aside the model ran into the name ("Actor Lena Marsh - star of the play - said",
    "coach Tom Reid - to"). A hyphen inside a name has no spaces ("Anne-Marie"); a
    capital after a spaced dash may go on the name or start another ("Ann Price -
    Whitley", "Ann Kulik - Mia Ortez"), and one word before a dash ("Blair - Brown")
    may be anything: those are left as tagged."""
    for i in range(start + 2, end - 1):
        if _spaced_dash(doc, i):
            return i if doc[i + 1].text.islower() else end
    return end


def _opener_mark(doc: Doc, start: int, marks: Collection[str]) -> int | None:
    """Where the mark stands (a dash, a comma) that words opening another name follow,
    right before the name at `start` ("Kid Ostin - real name", "Jay Reed, also known as"),
    if they do."""
    lowers = cached.lowers(doc)
    for size in range(1, _OPENER_WORDS + 1):
        mark = start - size - 1
        opener = " ".join(lowers[mark + 1 : start]) if mark > 0 else ""
        if opener in _REAL_NAME_OPENERS and doc[mark].text in marks:
            return mark
    return None


def _other_name(doc: Doc, start: int) -> bool:
    """The name is given in an aside on someone's other name, right after the name they are
    known by ("Kid Ostin - real name Marcus Ostin -"): one person under two names the
    article's surnames cannot join, so the other name is left unsaid, not made a
    second person."""
    return _opener_mark(doc, start, DASHES) is not None


def _other_names_joined(doc: Doc, clusters: list[PersonCluster]) -> list[PersonCluster]:
    """The clusters, each full name the article gives as another name of the person named
    right before it, after a comma and words that say so ("Jay Reed, real name Jason
    Reed, said", "Ann Lee, also known as Annie Lo"), joined to that person: one person
    under two names their surnames cannot join, not two people (set off by dashes, the
    other name is left unsaid: `_other_name`). Names in a list are not joined: "Chas and
    Dave, also known as Chas Hodges and Dave Peacock" are two people, the words cannot
    say whose name is whose."""
    ends = {m.end: (c, m) for c in clusters for m in c.mentions}
    joined: dict[int, PersonCluster] = {}  # id of the other name's cluster -> the person's
    for other in clusters:
        for mention in (m for m in other.mentions if " " in m.text):
            mark = _opener_mark(doc, mention.start, _COMMA)
            if mark is None or mark not in ends:
                continue
            person, known = ends[mark]
            if (
                person is not other
                and not _listed_name(doc, known.start, known.end)
                and not _listed_name(doc, mention.start, mention.end)
            ):
                joined[id(other)] = person
                break
    kept = []
    for found in clusters:
        person = _root(joined, found)
        if person is found:
            kept.append(found)
            continue
        person.mentions = sorted(person.mentions + found.mentions, key=lambda m: m.start)
        person.roles += [r for r in found.roles if r not in person.roles]
        person.countries += [c for c in found.countries if c not in person.countries]
        person.staff_countries += [
            c for c in found.staff_countries if c not in person.staff_countries
        ]
    return kept


def _own_outlet(cluster: PersonCluster, outlet: str | None) -> bool:
    """The cluster's full name is the page's own outlet, "The" aside ("told Harbour
    Maverick" on Harbour Maverick's page): a news outlet's name the model took for a
    person's, as it takes a paper's title of two capitalised words."""
    if not outlet:
        return False
    own = fold(outlet).removeprefix("the ")
    return any(fold(form).removeprefix("the ") == own for form in cluster.full_forms)


def _root(joined: dict[int, PersonCluster], cluster: PersonCluster) -> PersonCluster:
    """The person a cluster joins, through a chain of other names ("Abu Hamza, real name
    Mustafa Kamel, also known as Abu al-Masri": one person), the cluster itself if none."""
    seen = {id(cluster)}
    while id(cluster) in joined and id(joined[id(cluster)]) not in seen:
        cluster = joined[id(cluster)]
        seen.add(id(cluster))
    return cluster


def _listed_name(doc: Doc, start: int, end: int) -> bool:
    """An item of a list: "and", "&" or "or" right before the name, or right after it with
    another name ("Chas and Dave", "Chas Hodges and Dave Peacock"); a comma alone is no
    list's ("The label's boss, Jay Dee, real name ...")."""
    before = doc[start - 1].lower_ if start > 0 else ""
    after = doc[end : end + 2]
    return before in _LIST_JOINS or (
        len(after) == 2 and after[0].lower_ in _LIST_JOINS and name_like(after[1].text)
    )


def _after_list(doc: Doc, start: int, end: int) -> int:
    """Where the last item starts of a list the model tagged as one name: "Bernal, Jamie
    Foxx" (tagged ORG) is two names, the last of them "Jamie Foxx"; so is a list's first
    name after the plural of a title a spaced dash opens it with ("Green MPs - Tom Hale,
    ..."); after a name, a dash opens a title or a spelling out as often ("The Buzzcocks -
    Ever Fallen in Love", "RSS - Really Simple Syndication")."""
    joins = [
        i
        for i in range(start, end - 1)
        if doc[i].text == ","
        or doc[i].lower_ == "and"
        or doc[i].text in DASHES
        and i > start
        and _members(doc[i - 1].lower_)
        and bool(doc[i - 1].whitespace_)
        and bool(doc[i].whitespace_)
    ]
    return joins[-1] + 1 if joins else start


def _before_another_first_name(word: Token, surname: str) -> bool:
    """The word opens a sentence before another first name and the surname: the epithet
    again, not a first name ("Actress Mira Lane will star" under "Actress Lane ..."). Not
    a common given name, which leads a double one ("Mary Jane Hale" under "Mary Hale")."""
    doc, i = word.doc, word.i
    return (
        bool(word.is_sent_start)
        and not given_name(word)
        and i + 2 < len(doc)
        and doc[i + 1].text.istitle()
        and doc[i + 1].text != surname
        and doc[i + 2].text == surname
    )


# what ends a sentence of prose, a quotation's closing mark after one included
_SENTENCE_ENDS = frozenset({".", "!", "?", "…", '"', "”", "’", "'"})


def _without_headline_epithets(spans: list[Span]) -> list[Span]:
    """A headline's first word before a surname is an epithet, not a first name, when
    the prose gives that surname another first name and never writes the word as a name:
    "Brave Dunmore battles into final" over "Tim Dunmore reached ..." is Dunmore, and so is
    "Veteran Dunmore" over "the veteran Tim Dunmore" (a common word, written lower-case, or
    the epithet again before the full name: "Veteran Tim Dunmore retired");
    "Jenny Hale wins" over "Wes Hale said Jenny ..." stays Jenny Hale. A word in -ing
    opening a sentence of prose is such a word too ("Hosting Reid at the summit was ..."
    over "Tom Reid"), and so is a word of the language the model tags no person's that
    opens a sentence or a quotation ('tweeting, "Notice Trump sniffing all the time"'
    over "Donald Trump"). A word for someone is an epithet before a surname the article
    writes alone too (`_someone_before`)."""
    prose = [s for s in spans if len(s) > 1 and in_prose(s)]
    alone = _surnames_alone(spans)
    kept: list[Span] = []
    for span in spans:
        word, surname = span[0].lower_, fold(span[-1].text)
        placed = by_its_place(span[0]) and span[0].ent_type_ != "PERSON"
        doc, first = span.doc, span[0].text
        if (
            len(span) == 2
            and (span.start == cached.sentence(doc, span.start).start or placed)
            and not any(  # the words read off the cached column: a Token only where it matches
                text == first
                and i != span.start
                and not _before_another_first_name(doc[i], span[-1].text)
                for i, text in enumerate(cached.words(doc))
            )
            and (
                (not in_prose(span) or span[0].lower_.endswith("ing") or placed)
                and any(fold(s[-1].text) == surname and s[0].lower_ != word for s in prose)
                or _someone_before(span, alone)
            )
        ):
            span = span[1:]
        kept.append(span)
    return kept


def _surnames_alone(spans: list[Span]) -> set[str]:
    """The folded names the article writes as one word ("Eminem beats Elvis")."""
    return {fold(s.text) for s in spans if len(s) == 1}


def _someone_before(span: Span, alone: set[str]) -> bool:
    """A two-word name opens with a word for a person and no given name, by the hand
    lists nor by the births counted, before a surname the article writes alone (`alone`):
    what the person is ("Rapper Eminem has" under "Eminem beats Elvis"), where "Hunter
    Biden" and "Deacon Jones" open with given names. A noun only WordNet's first sense
    makes a person's, in a line that ends as no sentence does ("Derelict Obama and
    Clinton;" over "Obama and Clinton continue"): in prose it is a given name as often
    ("Sonny Parker is continuing ... Parker")."""
    word = span[0]
    return (
        len(span) == 2
        and fold(span[-1].text) in alone
        and word.text.istitle()
        and (word.lower_ in PERSON_NOUNS or word.lower_ in MAY_BE_PERSON and _no_sentence(span))
        and not given_name(word)
        and counted_name_gender(word.text) is None
    )


def _no_sentence(span: Span) -> bool:
    """The span's sentence ends with no full stop, question or exclamation mark, nor a
    quotation mark closing one: a headline or a label, not prose."""
    sentence = cached.sentence(span.doc, span.start)
    words = cached.words(span.doc)[sentence.start : sentence.end]
    last = next((w for w in reversed(words) if not w.isspace()), "")
    return last not in _SENTENCE_ENDS


def _peers_by_title(spans: list[Span]) -> list[Span]:
    """A peer's title and one name word ("Baron Kinnock") is the surname alone, to join
    the person the article names in full with it ("Neil Kinnock"), as "Lord Kinnock" is;
    with no such person the title may be a given name ("Baron Davis") and stays."""
    surnames = {s[-1].text for s in spans if len(s) > 1 and s[0].lower_ not in _PEERAGES}
    return [
        s[1:] if len(s) == 2 and s[0].lower_ in _PEERAGES and s[1].text in surnames else s
        for s in spans
    ]


def _without_epithets(spans: list[Span]) -> list[Span]:
    """A word before a full name the article also writes without it, led by a given name,
    is an epithet when the word is no given name itself: "Crooked Hillary Clinton",
    "Veteran Tim Dunmore" beside "Hillary Clinton", "Tim Dunmore"; "Sarah Jessica Parker"
    beside "Jessica Parker" keeps its given name, and "Hicham El Guerrouj" beside "El
    Guerrouj" its own. The word is cut wherever else it opens a name ("Crooked Hillary"),
    and alone it names no one ("Miss Universe" of "Miss Universe Alicia Machado")."""
    written = {s.text for s in spans}
    epithets = {
        s[0].text
        for s in spans
        if len(s.text.split()) > 2
        and s[0].whitespace_
        and s[1:].text in written
        and given_name(s[1])
        and not given_name(s[0])
        and s[0].is_title
    }
    return [
        s[1:] if s[0].text in epithets else s
        for s in spans
        if not (s[0].text in epithets and (len(s) == 1 or not s[0].whitespace_))
    ]


def _split_persons_joined(ents: tuple[Span, ...]) -> list[Span]:
    """The PERSON entities, two made one where the model cut a name in two at a middle
    name or initial it left untagged, the parse hanging the first part on the second
    ("Glenn L" + "Castor" + "Jr": "Glenn L Castor Jr"), and one cut at its commas where
    the model tagged a list of names as one ("Chris Martin, Dido": two people)."""
    persons = [p for e in ents if e.label_ == "PERSON" for p in _listed_apart(e)]
    joined: list[Span] = []
    for ent in persons:
        last = joined[-1] if joined else None
        if last is not None and _one_name(last, ent):
            joined[-1] = ent.doc[last.start : ent.end]
        else:
            joined.append(ent)
    return joined


def _listed_apart(ent: Span) -> list[Span]:
    """The names of a PERSON entity that holds a comma between two name words: a list
    the model tagged whole ("Chris Martin, Dido, Robbie Williams"), each name its own;
    and of one run on over a dash set off by spaces into a name of two words or more
    after it ("Scarlett Johansson - Racing Stripes", an aside's end and the next title).
    A surname after such a dash may be the second half of one name ("Ann Price -
    Whitley"), so a single word after the dash stays with the name."""
    doc = ent.doc
    commas = [
        t.i
        for t in ent[1:-1]
        if doc[t.i - 1].pos_ == doc[t.i + 1].pos_ == "PROPN"
        and (t.text == "," or _spaced_dash(doc, t.i) and _full_names_apart(ent, t.i))
    ]
    if not commas:
        return [ent]
    edges = [ent.start - 1, *commas, ent.end]
    return [ent.doc[a + 1 : b] for a, b in zip(edges, edges[1:], strict=False) if b > a + 1]


def _full_names_apart(ent: Span, dash: int) -> bool:
    """Two words or more of the entity on each side of the dash at `dash`."""
    return dash - ent.start >= 2 and ent.end - dash > 2


def _spaced_dash(doc: Doc, i: int) -> bool:
    """A dash with a space on each side: an aside's mark, never inside a name."""
    return i > 0 and doc[i].text in DASHES and bool(doc[i - 1].whitespace_ and doc[i].whitespace_)


def _past_dashes(doc: Doc) -> list[str]:
    """Each token's entity label, "" for the words after a dash set off by spaces inside
    an entity the model tagged no person's: it ran a date or a place on over an aside's
    mark into the name that opens the next words ("released in January - Richard Hale
    and Amir Begg - have", tagged a date), which are then read as untagged."""
    kinds = list(cached.ent_types(doc))
    for ent in cached.ents(doc):
        if ent.label_ == "PERSON":
            continue
        dashes = [i for i in range(ent.start + 1, ent.end - 1) if _spaced_dash(doc, i)]
        if dashes:
            kinds[dashes[-1] + 1 : ent.end] = [""] * (ent.end - dashes[-1] - 1)
    return kinds


def _one_name(first: Span, second: Span) -> bool:
    """Two PERSON entities one untagged name word apart, the first hung on the second."""
    doc = first.doc
    gap = doc[first.end : second.start]
    return (
        len(gap) == 1
        and not gap[0].ent_type_
        and gap[0].pos_ == "PROPN"
        and name_like(gap[0].text)
        and first[-1].whitespace_ != ""
        and gap[0].whitespace_ != ""
        and first[-1].dep_ == "compound"
        and first.end <= first[-1].head.i < second.end
    )


def _given_another_first_name(doc: Doc, start: int, end: int, before: bool = False) -> bool:
    """The article writes the name's last word elsewhere (`before`: earlier) after another
    name word: the word before it is then a nationality ("Irina Volkhova ... Russian
    Volkhova") or an epithet ("Ned Varley ... Comic Varley"), where "Economy minister
    German Volkov ... Mr Volkov" has a first name spelt as one, and "Dane Varley ... his
    brother Ned Varley" two brothers."""
    surname, first = doc[end - 1].text, doc[start].text
    return any(
        t.text == surname
        and 0 < t.i < (start if before else len(doc))
        and t.i != end - 1
        and doc[t.i - 1].text != first
        and doc[t.i - 1].pos_ == "PROPN"
        and name_like(doc[t.i - 1].text)
        and doc[t.i - 1].lower_ not in HONORIFICS
        for t in doc
    )


def _written_alone(doc: Doc, i: int) -> bool:
    """The word at `i` is written elsewhere with no name word before it ("Dent said")."""
    return any(
        t.text == doc[i].text and t.i != i and not (t.i > 0 and name_like(doc[t.i - 1].text))
        for t in doc
    )


def _untagged_runs(doc: Doc) -> list[Span]:
    """The runs of two to four proper-noun words the model left untagged."""
    runs: list[Span] = []
    kinds, tags = cached.ent_types(doc), cached.tags(doc)
    i, n = 0, len(doc)
    while i < n:
        j = i
        while j < n and not kinds[j] and tags[j] == "PROPN":
            j += 1
        if 2 <= j - i <= 4:
            runs.append(doc[i:j])
        i = max(j, i + 1)
    return runs


def _tagged(doc: Doc) -> list[Span]:
    """What the model tagged as an organisation or a place."""
    return [e for e in cached.ents(doc) if e.label_ in ("ORG", "GPE", "LOC", "FAC")]


def _acronym(token: Token) -> bool:
    """Three capitals or more: an organisation's short name ("EADS", "IBM"), never part
    of a person's (initials are one or two: "JP McManus")."""
    return len(token) >= 3 and token.text.isupper() and token.is_alpha


def _alone(token: Token) -> bool:
    """A name word standing alone, no name word on either side of it (read off the cached
    columns: no Token made for the neighbours)."""
    doc = token.doc
    tags, words = cached.tags(doc), cached.words(doc)
    return not any(
        0 <= i < len(doc) and tags[i] == "PROPN" and name_like(words[i])
        for i in (token.i - 1, token.i + 1)
    )


def _after_an_opening_word_for_someone(token: Token) -> bool:
    """Alone but for the word for a trade that opens its sentence right before it, which
    the model reads as a name word by its capital ("Midfielder Edu reduced the deficit").
    Not an office's title nor a relative, which lead the names of bodies, contests and
    shows so ("Premier League planning ...", "Wife Swap makers sue", headlines')."""
    doc = token.doc
    i = token.i
    return (
        i > 0
        and bool(doc[i - 1].is_sent_start)
        and doc[i - 1].lower_ in _OPENING_TRADES
        and described_before(doc, i, i + 1)
        and not (i + 1 < len(doc) and cached.tags(doc)[i + 1] == "PROPN")
    )


def _glued(token: Token) -> bool:
    """Joined by a hyphen to the word before or after it: part of a longer name
    ("Ashby-Cole"), not a name on its own."""
    doc = token.doc
    before = doc[token.i - 1] if token.i > 0 else None
    after = doc[token.i + 1] if token.i + 1 < len(doc) else None
    return (before is not None and before.text == "-" and not before.whitespace_) or (
        after is not None and after.text == "-" and not token.whitespace_
    )


def _title_of_two(doc: Doc, i: int) -> bool:
    """Whether a title of two words opens at `i`: an opener and a title word ("Crown
    Prince", "Foreign Secretary")."""
    return (
        0 <= i < len(doc) - 1
        and doc[i].lower_ in _TITLE_OPENERS
        and doc[i + 1].lower_ in TITLE_WORDS
    )


def _after_a_title_of_two(name: Span) -> bool:
    """Right after a title of two words ("Crown Prince"), cut from the name's span."""
    return _title_of_two(name.doc, name.start - 2)


def _a_firms_first_word(span: Span, title: int) -> bool:
    """The title word is the first of a name the model tags as a whole, before a plural
    proper noun no common given name is ("General Motors Europe", "General Dynamics
    Land Systems"): the name of a firm that begins with the word, not a title before a
    person's name, whose first word is a single one ("General Ann Hale")."""
    doc = span.doc
    nxt = doc[title + 1]
    return (
        title == span.start
        and doc[title].text.istitle()
        and nxt.tag_ == "NNPS"
        and not given_name(nxt)
    )


def _role_before(name: Span) -> bool:
    """A word for a person right before a name it describes: "champion Dibaba",
    "striker Rooney", "defending champion Stepanek" (the parse may hang the noun on the
    verb before it, or the name on the noun as its apposition: "Former champion Ann
    Kulik of France was beaten"), not a noun the name modifies nor "market leader Orbis"."""
    role = name.doc[name.start - 1] if name.start > 0 else None
    return (
        role is not None
        and role.lower_ in PERSON_NOUNS
        and not a_places_noun(role)  # "the training centre Eastfield Park"
        and (
            name.start <= role.head.i < name.end
            or role.head.i < role.i
            or name.root.dep_ == "appos"
            and name.root.head == role
        )
        and not market_leader(role)
    )


def _person_words(doc: Doc) -> set[str]:
    """Folded words the article uses alone for a person, whatever the model tagged them:
    tagged PERSON by themselves, after an honorific ("Mr Camus") or a word for a person
    ("champion Dibaba"), the subject of a speech verb ("the 14th-ranked Dibaba said"), or
    the subject whose clause goes on to "his" or "her" ("Moody ... through his infected
    finger")."""
    alone = {
        fold(text)
        for start, end, label, text in cached.ent_rows(doc)
        if label == "PERSON" and end - start == 1
    }
    words, lowers, tags = cached.words(doc), cached.lowers(doc), cached.tags(doc)
    for i in range(1, len(doc)):
        honorific = lowers[i - 1] in HONORIFICS
        if tags[i] != "PROPN" and not honorific or not name_like(words[i]):
            continue  # asked of the cached columns before a Token is made
        token = doc[i]
        if honorific or (
            _alone(token)
            and (_role_before(doc[token.i : token.i + 1]) or his_in_clause(token) or speaks(token))
        ):
            alone.add(fold(token.text))
    return alone


class PersonFinder:
    def __init__(self, gazetteer: Gazetteer, registry: Registry, org_names: dict[str, str]) -> None:
        self.gazetteer = gazetteer
        self.registry = registry
        self.org_names = org_names  # folded name or alias -> organisation name
        # outlets and news agencies: "Bloomberg reported", "BBC Sport"
        self._outlets = NEWS_AGENCIES | {
            fold(n) for o in registry.outlets for n in [o.name, *o.aliases]
        }
        self._demonyms = {c.demonym for c in gazetteer.countries.values() if c.demonym}
        self._demonym_words = {d.split()[-1] for d in self._demonyms}  # "Korean"
        # a word right before an honorific as written ("Beatle Sir", "Labour Lord"); from a
        # word's start only, as a match needs the whole word ("\b" first: half as long)
        honorific = "|".join(re.escape(h.title()) for h in sorted(HONORIFICS))
        self._before_honorific = re.compile(rf"\b(\w+) (?:{honorific})\b")

    def _peoples_word_ends(self, doc: Doc, i: int) -> bool:
        """Whether word `i` is a country's word for its people or ends one with the word
        before it, which the model may leave out of a name's span ("New Zealander Tom
        Hale" tagged from "Zealander" on): a description, never a word of the name."""
        return doc[i].text in self._demonyms or (
            i > 0 and f"{doc[i - 1].text} {doc[i].text}" in self._demonyms
        )

    def _country_adjective(self, word: str) -> bool:
        """A word for a country's people made from its name as well as its demonym
        ("Slovakian", "Argentinian" beside "Slovak", "Argentine"): a description, never
        a word of a name."""
        return any(
            self.gazetteer.country_of(stem) is not None
            for stem in (word[:-1], word[:-3] + "a")
            if word.endswith("ian")
        )

    def _ignored(self, text: str) -> bool:
        """A spelling the reviewers' overrides say is no person."""
        return fold(strip_possessive(text)) in self.registry.overrides.ignore

    def _stop(self, token: Token, possessor: bool = True) -> bool:
        """A word a name never grows over: a title, or the plural of a title or a descriptor
        before a name and after no determiner ("Singers Ann Lee and ..."; "the Directors
        Guild" is a body's name), an honorific, an occupation, a
        country or demonym, a known organisation, an acronym ("EADS"), a
        possessor ("Germany's"; without `possessor`, for a name's own last word: "Giacomo
        Puccini's"), a word of an office's portfolio ("Minister for Work"), a job word
        before a given name ("Police Detective Ann Hale")."""
        nxt = token.nbor(1) if token.i + 1 < len(token.doc) else None
        return (
            _acronym(token)
            or office_letters(token)
            or token.lower_ in TITLE_WORDS
            or (plural_title(token) or token.text.istitle() and _members(token.lower_))
            and nxt is not None
            and nxt.pos_ == "PROPN"  # "Justices Hale": "Mr Majors said" is a surname
            and not (token.i > 0 and token.doc[token.i - 1].pos_ == "DET")  # "the Directors Guild"
            or token.lower_ in HONORIFICS
            or token.lower_ in DESCRIPTORS
            or token.lower_ in OCCUPATIONS
            or _a_job_title(token)  # "Police Detective" + "Alvaro Zabaleta"
            or self._peoples_word_ends(token.doc, token.i)
            or possessor
            and nxt is not None
            and nxt.text in ("’s", "'s")
            or self.gazetteer.country_of(token.text) is not None
            or fold(token.text) in self.org_names
            or _a_description(token)
            or _portfolio_word(token.doc, token.i)
        )

    def _clean_person(self, span: Span, described: set[str]) -> Span | None:
        """The name in a PERSON entity, without what stands around it (a possessor,
        titles, a descriptor: `described` holds the words the article writes right before
        an honorific, "Former Beatle Sir Ian"), or None when it is no person's."""
        doc = span.doc
        start, end = span.start, _before_a_dash(doc, span.start, span.end)
        if end < span.end and _other_name(doc, start):
            return None  # "X - real name Ann Lee - plus": tagged with the aside's end, as before
        if end < len(doc) and doc[end].lower_ in HONORIFICS:
            return None  # "Beatle" in "Former Beatle Sir Ian Marsh" describes him
        if (
            end - start > 1
            and doc[end - 1].lower_ in HONORIFICS
            and end < len(doc)
            and doc[end].pos_ == "PROPN"
            and name_like(doc[end].text)
        ):
            return None  # "Tory Lord" of "Tory Lord Penrith"; "Carl Lord said" is a name
        if span[0].pos_ == "DET":  # "the Lib Dems": a name with an article of its own
            noun = span[0].head  # not the "the" of the noun after: "the Ray Dennis biopic"
            own = noun.pos_ != "NOUN" or start <= noun.i < end
            if own and (
                len(span) < 2
                or span[1].lower_ not in HONORIFICS | TITLE_WORDS
                and not styled(span[1])
            ):
                return None  # is no person's; "the Rev. Peter Hollis" is one
            start += 1
        while end > start and (
            doc[end - 1].text in ("’s", "'s", "’", "'")
            or doc[end - 1].is_punct
            and doc[end - 1].text != "."
            or doc[end - 1].is_space  # a paragraph's break the model ran the name into
        ):
            end -= 1
        if lettered(doc[start:end]):
            end -= 1  # "Michael Mansfield QC", "Helen Price AM"
        if end - start > 2 and doc[end - 1].lower_ in NAME_COMPOUNDS and joins_name(doc[end - 2]):
            end -= 2  # "Harold Wilson-era" tagged whole: the name before the adjective's end
        end = _before_score(doc, start, end)
        if _portfolio_part(doc, start, end):
            return None  # "Minister for Children, Young People and Families"
        possessive = [i for i in range(start, end - 1) if doc[i].text in ("’s", "'s")]
        if possessive and (
            _owner_named(doc, start, possessive[0])
            or _nothing_named_after(doc, start, possessive[-1], end)
        ):
            end = possessive[0]  # "founder Tim Hale's Blue Orbit": him, not his firm
        elif possessive:  # "Germany's Ursula von der Leyen": the name after the possessor
            start = possessive[-1] + 1
        while start < end and (
            doc[start].lower_ in TITLE_WORDS
            or doc[start].lower_ in HONORIFICS
            or office_letters(doc[start])
            or styled(doc[start])
            or doc[start].lower_ in _GENERATIONS  # before a name "Sr." is "Sister"
            or doc[start].is_punct
        ):
            start += 1
        start = self._after_organisation(doc, start, end)
        opening = start
        while end - start >= 3 and (
            doc[start].lower_ in DESCRIPTORS
            or doc[start].lower_ in OCCUPATIONS  # "Barrister Helena Marsh"
            or self._peoples_word_ends(doc, start)
            or doc[start].text in described
            or doc[start].lower_ in COMPATRIOTS  # "Compatriots Ann Lee" at a start
            or _members(doc[start].lower_)  # "Singers Ann Lee and Tom Reid", "Tories Ann Lee"
            or self._country_adjective(doc[start].text)  # "Slovakian Ann Lee"
            or doc[start].is_stop  # "Under Tom Reid, the club ...": a preposition
            and doc[start].lower_ not in FIRST_NAMES
            or _a_word_for_someone(doc[start])  # "Farmer Ned Hale, a member of the hunt"
            or end - start == 3
            and before_a_given_name_as_followers(doc[start])  # "Californian Thomas Slattery"
            or doc[start].text in DASHES  # "MPs - Keith Vaz, ...": a list after a dash
        ):
            start += 1  # "Keeper Jiri Hanak", "the late Beatle Sam Pell"
        start = _after_a_description(doc, start, end)
        if end - start >= 4 and (
            f"{doc[start].lower_} {doc[start + 1].lower_}" in DESCRIPTORS
            or f"{doc[start].text} {doc[start + 1].text}" in self._demonyms
        ):
            start += 2  # "Liberal Democrat Alan Pryce", "South African Lena Marsh"
        # a role or a common noun inside the span, the name after it ("Everton striker
        # Andy Johnson", "Wales physio Mark Davies"); a capitalised title there may be a
        # surname ("Carole King")
        role = max(
            (
                i
                for i in range(start + 1, end - 2)
                if (_role_word(doc[i]) or _common_noun(doc[i])) and not doc[i].text.istitle()
            ),
            default=None,
        )
        if role is None:
            role = next((i for i in range(start + 1, end - 2) if _capital_title(doc, i)), None)
        if role is not None and name_words(doc[role + 1 : end]):
            start = role + 1  # "Bears DL Tom Marsh": the name after its role
        elif (
            end - start >= 3
            and _title_of_two(doc, start)
            and doc[start + 1].text.istitle()
            and name_words(doc[start + 2 : end])
        ):
            start += 2  # "Crown Prince Halim", "Foreign Secretary Hale": a title of two words
        if (
            start == opening
            and end - start == 2
            and (
                self._nationality_first(doc, start, end)
                or _epithet(doc[start])
                and _given_another_first_name(doc, start, end, before=True)
            )
        ):
            start += 1  # "Russian Volkhova", "Winger Marsh": someone the article names
        while (
            end - start > 1
            and doc[end - 1].tag_.startswith("VB")
            and doc[end - 2].head.i == end - 1
        ):
            end -= 1  # "Obama Says": a headline's verb, its subject the name
        if end - start > 1 and _headline_noun_after(doc, start, end):
            end -= 1  # "President Obama Speech at ...": a headline's noun after the name
        if start >= end or located(span):
            return None  # "In Hollins Green, former MP ...": a place
        last = doc[end - 1]
        following = doc[end] if end < len(doc) else None
        if (
            last.lower_ in TITLE_WORDS
            and following is not None
            and following.pos_ == "PROPN"
            and name_like(following.text)
        ):
            return None  # "Charlotte Mayor Jennifer Ramsey": a role before the name
        if last.lower_ in TITLE_WORDS and not last.text.istitle():  # "King", "Major": surnames
            if not (last.text.isupper() and end - start >= 3 and (speaks(last) or titled(last))):
                return None  # "Bolton West MP": what stands before a title is no name
            end -= 1  # "Paul Dorrell MP, Labour's Chief Secretary to the Treasury, said"
        if end - start > 1 and doc[start].is_stop and doc[start].lower_ not in FIRST_NAMES:
            return None  # "Being Digital": a title; "Will Young" is a name
        cut = _without_leading_title(repaired(doc[start:end], self._stop))
        text = cut.text
        if not text.split() or BAD_CHARS.search(text):
            return None
        if self._refused(text) or fold(text.split()[0]) in self._outlets:
            return None
        if not name_words(cut):
            return None
        if len(cut) == 1 and (
            cut[0].is_stop
            or len(text) < 3
            and not _short_name_of_a_full_one(cut[0])
            or _acronym(cut[0])
        ):
            return None  # "SAIC says ..." tagged PERSON: an acronym alone is a firm's
        return None if not_a_person(cut) else cut

    def _after_organisation(self, doc: Doc, start: int, end: int) -> int:
        """Where a name starts after an organisation's short name the model took into it,
        two name words left: an acronym or a word the article tags as an organisation
        alone ("EADS Philippe Camus", "Airbus Noel Forgeard"), a known organisation, or
        the name a noun for an organisation gives, before a given name ("the union
        Unison Dave Prentis"; not "the party Jean-Marie Le Pen founded")."""
        while end - start > 2:
            word = doc[start]
            alone = any(
                label == "ORG" and last - first == 1 and fold(text) == word.lower_
                for first, last, label, text in cached.ent_rows(doc)
                if first != start
            )
            if not (
                _acronym(word)
                or alone
                or fold(word.text) in self.org_names
                or _named_by_a_body_noun(doc, start)
            ):
                break
            start += 1
        return start

    def _title_then_name(self, span: Span) -> Span | None:
        """ "Ukrainian PM Denys Shmyhal" tagged as one ORG: the name after the title; or
        the name closing the body a title before it is of (`_office_of_a_body`)."""
        doc = span.doc
        held = _office_of_a_body(span)
        if held is not None:
            return held if not self._refused(held.text) else None
        last_title = max((t.i for t in span if _role_word(t)), default=None)
        if last_title is None and span.start > 0 and doc[span.start - 1].lower_ in TITLE_WORDS:
            last_title = span.start - 1  # "adviser Kristjan Tamm", the name alone tagged ORG
        if last_title is None or last_title >= span.end - 1:
            return None
        if any(t.lower_ == "of" for t in doc[span.start : last_title]):
            return None  # "Association of Chief Police Officers": a title inside a name
        if _a_firms_first_word(span, last_title):
            return None  # "General Motors Europe": the title word is the firm's own
        name = repaired(doc[last_title + 1 : span.end], self._stop)
        if all(t.pos_ == "PROPN" or not name_like(t.text) for t in name) and len(name) >= 2:
            # not "Imam Reza International Airport": a title inside a venue's name
            return name if name_words(name) and not self._refused(name.text) else None
        return None

    def _untagged_names(
        self, doc: Doc, taken: set[int], named: set[int], surnames: set[str]
    ) -> list[Span]:
        """Names the model left untagged, shown to be people by how the sentence uses them:
        the subject of a speech verb ("Madis Roll ... said"), the passive subject of a verb
        only a person undergoes ("Tara Quell was knighted": `undergoes_as_a_person`),
        followed by a title
        apposition ("Madis Roll, the president's adviser"), one of a word for a person
        ("Ana Rai, star of Bride and Prejudice") or a clause on "who", listed
        with people's full names (`named`: their tokens), after a word for a person
        ("Pittsburgh center Dan Reese"), led by a common given name with no determiner
        before it ("Jose Alvaro made an unhappy return"), after a nationality word that a
        word only a person takes leads, whatever its given name ("fellow Dane Ole
        Brink", "unseeded Belgian Wout Verhaegen"), or with a surname that speaks
        or is used alone for a person elsewhere (`surnames`: "Graeme Tolland believes ...
        Tolland told", "Gareth Prosser has flown ... Prosser ... his hand")."""
        found: list[Span] = []

        @cache
        def speakers() -> set[str]:  # read on first need: most articles never ask
            return {  # the Token made only for a proper noun
                fold(word)
                for i, (word, tag) in enumerate(
                    zip(cached.words(doc), cached.tags(doc), strict=True)
                )
                if tag == "PROPN" and speaks(doc[i])
            }

        words, kinds, tags = cached.words(doc), _past_dashes(doc), cached.tags(doc)
        for i in range(len(doc)):
            if i in taken or kinds[i] or tags[i] != "PROPN" or not name_like(words[i]):
                continue
            token = doc[i]
            start = token.i
            while start > 0 and token.i - start < 4:
                previous = doc[start - 1]
                if kinds[start - 1] or previous.i in taken or self._stop(previous):
                    break  # "Lt Col Dale Hurst of the PCO told": the name after the title
                if previous.lower_ in _GENERATIONS:
                    break  # a generation's suffix ends a name: before one, "Sr." is "Sister"
                if previous.pos_ == "PROPN" and name_like(previous.text):
                    start -= 1
                elif previous.text in PARTICLES and start >= 2 and name_like(doc[start - 2].text):
                    start -= 1  # "Rodrigo de Rato": the name word before it comes next
                else:
                    break
            span = doc[start : token.i + 1]
            if not name_words(span):
                continue
            if len(span) < 2 or token.i + 1 < len(doc) and doc[token.i + 1].pos_ == "PROPN":
                continue
            if span[0].is_sent_start and span[0].lower_ in DESCRIPTORS:
                span = span[1:]  # "Model Kara and actor Jeremy Holt have left"
            if any(
                t.lower_ in TITLE_WORDS
                or self.gazetteer.country_of(t.text)
                or fold(t.text) in self.org_names
                for t in span
            ):
                continue
            if any(org in fold(span.text) for org in self.org_names if len(org) > 3):
                continue
            if self._refused(span.text):  # "Downing Street has underlined ..."
                continue
            if (
                speaks(token)
                or undergoes_as_a_person(token)
                or titled(token)
                or described_after(token)
                or aged(token)
                or a_part_played(token)
                or who(token)
                or listed(token, named)
                or played(token, named)
                or _role_before(span)
                or _led_by_a_given_name(span)
                and not _bracket_cut(span)
                or self._after_a_nationality(span)
                and _a_person_of_that_nation(span)
                or fold(token.text) in speakers()
                or fold(token.text) in surnames
                and in_prose(span)
            ) and not not_a_person(span):
                whole = repaired(span, self._stop)  # "Anni" (tagged NORP) "-Frid Lyngstad"
                clear = not taken.intersection(range(whole.start, whole.end))
                found.append(whole if clear else span)
        return found

    def _works_makers(self, doc: Doc, taken: set[int]) -> list[Span]:
        """Full names of two words, whatever the model tagged them, led by a common given
        name and modifying a noun for a work (`a_works_maker`: "the Mike Leigh film", "the new Keanu
        Reeves sci-fi thriller", tagged a building's or a firm's or left untagged): its
        maker or its subject, a person either way. The "the" before such a name is the
        noun's, which `_untagged_names` reads as a thing's ("the Hugh Keller Trust"); the
        verdict still weighs every mention."""
        words, tags = cached.words(doc), cached.tags(doc)
        found: list[Span] = []
        for i in range(1, len(doc) - 2):
            end = i + 2  # two words: a third is a show's as often ("the Jimmy Kimmel Live show")
            if (
                i in taken
                or tags[i] != "PROPN"
                or tags[i - 1] == "PROPN"  # the name's first word: "Harbour Mike Leigh"
                or tags[i + 1] != "PROPN"
                or tags[end] == "PROPN"
                or not given_name(doc[i])
                or not name_like(words[i + 1])
            ):
                continue
            span = doc[i:end]
            if (
                not taken.intersection(range(i, end))
                and name_words(span)
                and a_works_maker(span)
                and not any(self._stop(t) for t in span)
                and not self._refused(span.text)
            ):
                found.append(span)
        return found

    def _national(self, token: Token) -> bool:
        """A country's name or its people's word, written as a name ("Holland", "Irish")."""
        return name_like(token.text) and (
            token.text in self._demonyms or self.gazetteer.country_of(token.text) is not None
        )

    def _after_honorific(self, doc: Doc, taken: set[int]) -> list[Span]:
        """Name words after an honorific, whatever the model tagged them: "Mr Kilroy-Silk"
        (tagged ORG), "Ms Kelly"; a country's word alone after one is a surname ("Mr
        Irish", "Ms Holland"), not one before a name ("Mr British Airways"). A title's
        plural after one heads the names ("Lord Justices Hale and Penn"): Hale. An
        "honorific" that makes a country's name with the word after it is none ("DR Congo")."""
        found: list[Span] = []
        lowers = cached.lowers(doc)
        for i in range(len(doc) - 1):
            if lowers[i] not in HONORIFICS or i + 1 in taken:
                continue
            token = doc[i]
            if self.gazetteer.country_of(f"{token.text} {doc[i + 1].text}"):
                continue  # "DR Congo's Alain Masudi": a country's name, no "Dr Congo"
            if i + 2 < len(doc) and plural_title(doc[i + 1]) and doc[i + 2].pos_ == "PROPN":
                token = doc[i + 1]  # "Lord Justices Hale": the name after the title's plural
            end = token.i + 1
            if self._national(doc[end]) and not (
                end + 1 < len(doc) and name_like(doc[end + 1].text)
            ):
                end += 1  # "Mr Irish said", "Ms Holland": a surname spelt as a nation's word
            while end < len(doc) and end - token.i <= 4 and not self._stop(doc[end]):
                if not (
                    name_like(doc[end].text) or joins_name(doc[end]) or doc[end].text in PARTICLES
                ):
                    break
                end += 1
            if end == token.i + 1 or taken.intersection(range(token.i + 1, end)):
                continue
            span = repaired(doc[token.i + 1 : end], self._stop)
            while len(span) > 1 and not name_like(span[-1].text):
                span = span[:-1]
            if name_words(span) and not BAD_CHARS.search(span.text):
                found.append(span)
        return found

    def _described_words(self, doc: Doc, taken: set[int]) -> list[Span]:
        """Lone name words, whatever the model tagged them, that a word for a person
        names: in apposition ("her son Tom", "his children Ann, Bea and Cy"), right
        before it ("R&B star Nelly has": `described_before`) or as examples of
        a plural one ("writers like Ovid and Dante"); a part a person plays ("who played
        Phoebe in the sitcom": `a_part_played`); that an age follows
        ("Scott, 22, smashed his best"); or that a clause on "who" describes, a verb
        agreeing with one person and nothing of its own before it in the parse ("Kestrel,
        who has won twice here"; "Wasps, who have won" is a side; in "the Institute
        of Fiscal Studies who believes" the parse gave a body's name the clause, "Monty's
        Pass, who won the race" is a horse, and "Cent" of "50 Cent who" half a name)."""
        words, tags = cached.words(doc), cached.tags(doc)
        return [
            doc[t.i : t.i + 1]
            for i in range(len(doc))
            if i not in taken
            and tags[i] == "PROPN"
            and name_like(words[i])
            and (_alone(t := doc[i]) or _after_an_opening_word_for_someone(t))
            and (
                after_a_person_noun(t, titles=False)
                or described_before(doc, i, i + 1)
                or aged(t)
                or a_part_played(t)
                or who(t)
                and not t.n_lefts  # "the Institute ... who", "Monty's Pass, who", "50 Cent who"
                and _singular(t)  # "Wasps, who have won", "Coldplay, who headline"
            )
            and not self._stop(t)
            and not self._refused(t.text)
        ]

    def _listed_words(self, doc: Doc, taken: set[int], named: set[int]) -> list[Span]:
        """Lone name words, whatever the model tagged them, in a list in running text of
        people's full names (`listed_with_people`: "Dido, Robbie Williams and Chris
        Martin"): the verdict weighs them as it does a name the model tagged."""
        words, tags = cached.words(doc), cached.tags(doc)
        found: list[Span] = []
        for i in range(len(doc)):
            if i in taken or tags[i] != "PROPN" or not name_like(words[i]):
                continue
            if (
                listed_with_people(doc, i, named)
                and _alone(t := doc[i])
                and not self._stop(t)
                and not self._refused(t.text)
            ):
                found.append(doc[i : i + 1])
        return found

    def _gendered_words(self, doc: Doc, taken: set[int]) -> list[Span]:
        """Lone name words, whatever the model tagged them, of which one mention is the
        subject of a clause that goes on to "he" or "she" ("Lorimer lost the first set ...
        Lorimer admitted he was nervous"): a firm's or a place's clause says "it".
        Every lone mention of the word is taken, so the model's other labels for it do
        not outvote the person. Every token is scanned: the cheap tests read the cached
        columns, and Token objects are made only for the words that pass them."""
        texts, kinds, tags = cached.words(doc), cached.ent_types(doc), cached.tags(doc)
        lowers = cached.lowers(doc)

        def lone(i: int) -> bool:
            if (
                i in taken
                or tags[i] != "PROPN"
                or kinds[i] == "PERSON"  # tagged alone, the model's own person
                or texts[i] in self._demonym_words  # "a Korean said he"
                or not name_like(texts[i])
                or lowers[i - 1 : i] == ("the",)  # "the Kiwi said he": a word for him
            ):
                return False
            token = doc[i]
            return _alone(token) and not _glued(token) and not self._stop(token)

        every = range(len(doc))
        words = {texts[i] for i in every if lone(i) and he_in_clause(doc[i])}
        words -= {w for w in words if self._refused(w)}
        if words:  # a word another clause calls "it", or used as a firm's, is a firm's
            words -= {
                texts[i]
                for i in every
                if texts[i] in words and (its_in_clause(doc[i]) or firm_sign(doc[i : i + 1]))
            }
        return [doc[i : i + 1] for i in every if texts[i] in words and lone(i)]

    def _titled_name(
        self, ent: Span, named: set[int], surnames: set[str], work: bool = False
    ) -> Span | None:
        """A full name the model tagged as a place or organisation ("Madis Rohr" as GPE,
        "Anni" of "Anni-Frid Lyngstad" as NORP), shown to be a person by a title
        apposition, one of a word for a person ("Rinat Kovalev, the country's richest
        man") or a relative's ("the widow of ..."), an honour's letters after it ("Ann
        Lee QC"), a nationality word right before it, a clause on "who", a verb only a
        person undergoes ("Ivo Brandt was jailed": `undergoes_as_a_person`), a list of
        people's full names (`named`: their tokens), "he" or "her" in its own clause
        ("Adrian Vlad said he"), a word for a person right before it ("striker Tendai
        Moyo"), or its last word used alone for a person elsewhere in the article's prose
        (`surnames`: "Tirunesh Dibaba" tagged FAC, then "champion Dibaba" tagged PERSON);
        unknown to the gazetteer and registry. An organisation's short name, a nationality, a score, a
        possessor or a preposition the model took into it is cut ("EADS Philippe Morel",
        "Irishmen JP Kinsella", "Gaston Perrin 5-7 6-1", "the Green Party's Ann Lee", "Ann
        Kulik of" before "Poland"). A name tagged as a work's title (`work`) needs a role, a
        title or an age the words give it ("Newcastle boss Tom Reid"): a first name or a
        surname met elsewhere leads or ends a work's title as often ("Billy Elliot", "Harry
        Potter"), and a programme is told things followed by "his" ("told Five Live his")."""
        doc = ent.doc
        end = _before_score(doc, ent.start, ent.end)
        if end - ent.start > 2 and doc[end - 1].pos_ == "ADP" and doc[end - 1].is_lower:
            end -= 1  # "Ann Kulik of" tagged whole before "of Poland": the name before it
        if end - ent.start > 2 and doc[end - 1].text in ("’s", "'s"):
            end -= 1  # "Hugh Keller's new film" tagged whole: the name before the possessive
        if lettered(doc[ent.start : end]):
            end -= 1  # "Helen Price AM" tagged whole: the name before its letters
        owners = [i for i in range(ent.start, end - 2) if doc[i].tag_ == "POS"]
        begin = owners[-1] + 1 if owners else ent.start  # "the Green Party's Ann Lee": hers
        start = self._after_organisation(doc, _after_list(doc, begin, end), end)
        ent = repaired(doc[start:end], self._stop)
        while len(ent) > 2 and ent[0].text.rstrip(".") in _SHORT_TITLES:
            ent = ent[1:]  # "Gen Pervez Musharraf's" tagged as one organisation: the name
        if len(ent) > 2 and self.gazetteer.country_of(ent[0].text):
            ent = ent[1:]  # "Irishmen JP McManus" tagged as one organisation: theirs
        if not 2 <= len(ent) <= 5 or not name_words(ent):
            return None
        if not all(t.pos_ == "PROPN" for t in ent if name_like(t.text)):
            return None
        if ent[-1].lower_ in TITLE_WORDS and not ent[-1].text.istitle():
            return None  # "chairman Labour MP Ann Pryce": a party and a title, no name
        if self._refused(ent.text) or located(ent):
            return None  # "In Hollins Green, the former Labour MP Neil Pattison ..."
        last = ent[-1]
        # a role, a title or an age the words give the name: signs a work's title lacks
        described = (
            titled(last)
            or after_a_person_noun(last)
            or aged(last)
            or _role_before(ent)
            or a_part_played(last)
        )
        if work:
            return ent if described else None
        alone_elsewhere = fold(last.text) in surnames and in_prose(ent)
        signed = (
            described
            or honoured(ent)  # "Philip Sands QC", unlike an office's "Dunford West MP"
            or who(last)
            or undergoes_as_a_person(last)
            or listed(last, named)
            or played(last, named)
            or described_after(last)
            or his_own(ent)
            or self._after_a_nationality(ent)
            or _led_by_a_given_name(ent)
            or _a_relative(last)
        )
        return ent if signed or alone_elsewhere else None

    def _speaking_work(self, ent: Span) -> Span | None:
        """A full name the model tags as a work's title because a quote ends right before
        it, that then speaks (""We expected more," Anders Holmqvist, of the union, told
        Reuters"); a title that "says" is in quote marks of its own, which the verdict
        reads."""
        if not speaks(ent.root):
            return None
        name = self._full_name(ent)
        if name is None or not all(t.pos_ == "PROPN" for t in name if name_like(t.text)):
            return None
        return name

    def _after_a_nationality(self, name: Span) -> bool:
        """Right after a nationality word of its own, as sport and arts copy introduce
        people: "unseeded Russian Tanya Orlova", "Frenchman Luc Ferrat". Not a country's
        name ("Russia Rail Services"), nor after a determiner, a possessive or a year
        ("the Irish Aer Calla", "the bureau's American Civic Survey", "the 2014 American
        Civic Survey": a thing's name; a ranking's number is not one: "world number 12
        American Ed Moss"), nor an adjective the model took into an organisation's name
        with it ("British Coastal Energy" tagged as one)."""
        doc = name.doc
        word = doc[name.start - 1] if name.start > 0 else None
        if word is None or not name_like(word.text) or not self.gazetteer.country_of(word.text):
            return False
        if word.lower_.endswith(("man", "woman")):
            return True  # "Frenchman", "Englishwoman": one of a nation's people
        return (
            (word.ent_iob_ == "O" or word.ent_type_ == "NORP")
            and (word.tag_ == "JJ" or word.text in self._demonyms)
            and not (word.i > 0 and _before_a_thing(doc[word.i - 1]))
        )

    def people(
        self, doc: Doc, sentence_of: list[int], before: CountryBefore, outlet: str | None = None
    ) -> tuple[list[PersonCluster], list[PersonCluster], list[PersonCluster]]:
        """The article's people; its candidates, names it cannot settle alone; and the
        names it judges a firm's or a body's, which are organisations, with the page's own
        `outlet` when the article names it as it names a person (`_own_outlet`)."""
        ents, text = cached.ents(doc), cached.text(doc)
        described = set(self._before_honorific.findall(text))
        spans = [c for e in _split_persons_joined(ents) if (c := self._clean_person(e, described))]
        # the tokens of full names: a name listed with one is a person's too, and so is
        # one with a title of two words cut from it ("Crown Prince Halim and Crown
        # Princess Amira", the second tagged a product)
        named = {t.i for s in spans if len(s) > 1 or _after_a_title_of_two(s) for t in s}
        surnames = _person_words(doc)
        for ent in ents:
            if ent.label_ in _MISTAGGED:
                cut = self._title_then_name(ent) or self._titled_name(ent, named, surnames)
            elif ent.label_ == "WORK_OF_ART":
                cut = self._speaking_work(ent) or self._titled_name(ent, named, surnames, work=True)
            else:
                cut = None
            if cut is not None:
                spans.append(cut)
        taken = {t.i for s in spans for t in s}
        spans += self._after_honorific(doc, taken)
        taken = {t.i for s in spans for t in s}
        spans += self._described_words(doc, taken)
        taken = {t.i for s in spans for t in s}
        spans += self._listed_words(doc, taken, named)
        taken = {t.i for s in spans for t in s}
        spans += self._gendered_words(doc, taken)
        taken = {t.i for s in spans for t in s}
        spans += self._untagged_names(doc, taken, named, surnames)
        taken = {t.i for s in spans for t in s}
        spans += self._signatures(doc, taken)
        taken = {t.i for s in spans for t in s}
        spans += self._works_makers(doc, taken)
        taken = {t.i for s in spans for t in s}
        spans += self._speaking_surnames(doc, taken)
        taken = {t.i for s in spans for t in s}
        spans += self._speaking_as_one(doc, taken)
        taken = {t.i for s in spans for t in s}
        turns = self._transcript_speakers(doc, taken)  # listed as a roster lists players
        spans += turns
        taken = {t.i for s in spans for t in s}
        # a hashtag is one word, a topic's tag: a name may go on after it ("#Browns Ann Lee")
        spans = [s[1:] if hashtagged(s) else s for s in spans]
        spans = _peers_by_title(
            [without_honorific(s) for s in spans if s and not self._ignored(s.text)]
        )
        # a headline's epithet is cut from names found again too ("Rocker Malone" tagged
        # ORG above "Dean Malone" is taken whole for its surname)
        spans += found_again(doc, spans, taken, self._refused, self._stop)
        spans = self._without_nationality(doc, spans)
        spans = without_openers(doc, spans, self.gazetteer)
        spans = _without_headline_epithets(spans)
        spans = _without_epithets(spans)
        spans = [t for s in spans if (t := _without_glued_words(s)) is not None]
        spans = sorted((s for s in spans if not _team_label(s)), key=lambda s: s.start)
        frames = nicknamed(doc)
        spans = _with_nicknamed(doc, spans, frames)
        people, candidates, clusters, bodies = self._judged(
            doc, spans, sentence_of, before, turns, frames
        )
        found = rosters(doc, text)  # most articles have none
        known = {fold(f) for c in people for f in c.forms()}
        listed = found.names + found.sheets
        if not is_roster(listed, known | {k.split()[-1] for k in known}, found.labelled):
            listed = found.sheets  # "C Dunmore (Harbridge), T Ovett (Lanworth)": by shape
        if listed:
            # a full name tagged otherwise in the prose whose surname the list gives is a
            # player's ("France's Fabien Pelous" beside "F Pelous (France)"; "Prop Phil
            # Vickery" as a product, his position cut)
            on_list = {fold(s[-1].text) for s in listed}
            taken = {t.i for s in spans for t in s}
            for ent in ents:
                if ent.label_ in _MISTAGGED and not taken.intersection(range(ent.start, ent.end)):
                    cut = self._titled_name(ent, named, on_list)
                    if cut is not None and len(cut) > 2 and cut[0].lower_ in PERSON_NOUNS:
                        cut = cut[1:]
                    spans += [cut] if cut is not None else []
            listed += found.officials  # "M Dean (W Yorkshire)." under the line-ups
            spans = [s for s in spans if not any(_within(s, a) for a in found.asides)]
            # a line naming two ("Derelict Obama and Clinton;") lists a word for someone too
            alone = _surnames_alone(spans)
            listed = [i[1:] if _someone_before(i, alone) else i for i in listed]
            spans = _with_listed(spans, listed, self._refused)
            people, candidates, clusters, bodies = self._judged(
                doc, spans, sentence_of, before, listed + turns, frames
            )
        taken = {i for c in clusters for m in c.mentions for i in range(m.start, m.end)}
        others = self._tagged_otherwise(doc, taken, sentence_of, before)
        own = [c for c in people + candidates + others if _own_outlet(c, outlet)]
        if own:
            people, candidates, others = (
                [c for c in group if c not in own] for group in (people, candidates, others)
            )
            bodies += [c for c in own if c.full_forms]
        return people, candidates + others, bodies

    def _nationality_first(self, doc: Doc, start: int, end: int) -> bool:
        """The name's first word is a nationality and the article writes its surname after
        another first name ("Irina Volkhova ... Russian Volkhova"): someone it names."""
        return doc[start].text in self._demonyms and _given_another_first_name(doc, start, end)

    def _without_nationality(self, doc: Doc, spans: list[Span]) -> list[Span]:
        """A nationality word the model took into a surname it tagged otherwise ("Taylor
        Dent ... American Dent" as ORG), as `_clean_person` cuts it from a PERSON entity:
        the surname alone, to join the one person the article names in full with it; left
        out when two do ("Mark Dorner", "Paul Dorner"), as the surname cannot say which.
        The article must also write the surname alone, as it names a person ("Dent said"):
        "Swiss Re" beside "Munich Re", "American Idol" beside "Pop Idol", a firm's and a
        show's names, are never shortened to their last word."""
        out: list[Span] = []
        for span in spans:
            start, end = span.start, span.end
            if not (
                end - start == 2
                and doc[start].ent_type_ != "PERSON"
                and self._nationality_first(doc, start, end)
                and _written_alone(doc, end - 1)
            ):
                out.append(span)
                continue
            surname = doc[start + 1].text
            firsts = {s[0].text for s in spans if len(s) > 1 and s[-1].text == surname} - {
                doc[start].text
            }
            if len(firsts) == 1:
                out.append(doc[start + 1 : end])
            elif not firsts:
                out.append(span)  # no namesake found in full: the span as the model gave it
        return out

    def _judged(
        self,
        doc: Doc,
        spans: list[Span],
        sentence_of: list[int],
        before: CountryBefore,
        listed: list[Span],
        frames: list[Nicknamed],
    ) -> tuple[list[PersonCluster], list[PersonCluster], list[PersonCluster], list[PersonCluster]]:
        """The spans grouped into people, candidates, all clusters, and the names judged
        none that are a firm's or a body's (`Verdict.a_body`)."""
        starts = {s.start for s in listed}
        clusters = cluster(spans, sentence_of, self.gazetteer, before, starts, frames)
        clusters = _other_names_joined(doc, clusters)
        verdict = Verdict(doc, clusters, starts)
        judged = [(c, verdict.judge(c)) for c in clusters]
        people = [c for c, judgement in judged if judgement == "person"]
        for person in people:
            person.by_default = verdict.by_default(person)
        candidates = [c for c, judgement in judged if judgement == "candidate"]
        named = [c for c, judgement in judged if judgement != "none"]
        bodies = [c for c, judgement in judged if judgement == "none" and verdict.a_body(c)]
        nationality_nouns(doc, named, people, sentence_of, self.gazetteer, self.org_names)
        compatriots(doc, named, people, self.gazetteer)
        fellows(doc, named, people, self.gazetteer)
        office_countries(doc, named, people, sentence_of, self.gazetteer, before)
        return people, candidates, clusters, bodies

    def _signatures(self, doc: Doc, taken: set[int]) -> list[Span]:
        """Full names the model tagged otherwise or left untagged that sign a quotation
        (""...." ― Beck Pimentel"): a letter's or a vox pop's writer, who the verdict
        then judges a person (`signs_a_quote`)."""
        words = cached.words(doc)
        dashed = (  # a dash right before the words, or the model's first word of them
            e
            for e in _tagged(doc) + _untagged_runs(doc)
            if any(w.strip() in SIGNING_DASHES for w in words[max(e.start - 1, 0) : e.start + 1])
        )
        names = (self._full_name(e) for e in dashed)
        return [
            n
            for n in names
            if n is not None and not taken.intersection(range(n.start, n.end)) and signs_a_quote(n)
        ]

    def _tagged_otherwise(
        self, doc: Doc, taken: set[int], sentence_of: list[int], before: CountryBefore
    ) -> list[PersonCluster]:
        """Full names the model tagged as organisations or places, or left untagged, with
        nothing in the article to say which they are ("Estonia's Kaja Kallas" tagged ORG,
        "Carmen, Turandot and Fromental Halvey" with the name untagged): candidates, one per
        spelling, for the corpus stage to take when another article or the registry knows
        the person. The words around each give its country as they give a person's
        ("Estonia's Kaja Kallas", "Russian Ivan Petrov" untagged): the corpus stage keeps
        it when it takes the name."""
        found: dict[str, PersonCluster] = {}
        for ent in _tagged(doc) + _untagged_runs(doc):
            if taken.intersection(range(ent.start, ent.end)):
                continue
            name = self._full_name(ent)
            if name is None:
                continue
            key = fold(name.text)
            mention = Mention(name.text, name.start, name.end, sentence_of[name.start])
            candidate = found.setdefault(key, PersonCluster(key=key))
            candidate.mentions.append(mention)
            # not a city-state's possessive alone ("Monaco's X": its club's player)
            owner = city_state_before(name, self.gazetteer)
            candidate.countries += [
                d.country
                for d in described(name, self.gazetteer, before)
                if d.country and d.country != owner
            ]
        return list(found.values())

    def _full_name(self, ent: Span) -> Span | None:
        """The full name a span tagged otherwise or left untagged may be: the words after
        a possessive or a list, of two to four name words, none an organisation's or a
        place's ("Leisure Software Publishers Association", "Cabinet Office")."""
        doc, words = ent.doc, cached.words(ent.doc)
        possessive = [i for i in range(ent.start, ent.end - 1) if words[i] in ("’s", "'s")]
        start = _after_list(doc, possessive[-1] + 1 if possessive else ent.start, ent.end)
        if ent.end - start > 3 and f"{words[start]} {words[start + 1]}" in self._demonyms:
            start += 2  # "New Zealander Tom Hale" tagged as an organisation: the name after
        name = doc[start : ent.end]
        if name and name[-1].text in ("’s", "'s"):
            name = name[:-1]
        if lettered(name):
            name = name[:-1]  # "Helen Price AM" tagged as an organisation
        if not 2 <= len(name.text.split()) <= 4 or not name_words(name):
            return None
        if any(
            self._stop(t, possessor=t.i < name.end - 1) or t.lower_ in _NOT_IN_NAMES for t in name
        ) or self._refused(name.text):
            return None
        return name

    def _speaking_surnames(self, doc: Doc, taken: set[int]) -> list[Span]:
        """Full names tagged as organisations or places whose surname, standing alone
        elsewhere, is the subject of a speech verb ("former full-back Rob Quill" tagged
        ORG, then "Quill told the BBC"), or that speak themselves as someone who works for
        a body ("Tomas J. Varga III, a writer for The Harbour Review, said"): a person's, with
        those mentions. A firm named
        after someone speaks by its full name ("Morgan Stanley said"), not its last word;
        one with letters in its name ("MG Rover") may speak by its last word."""
        out: list[Span] = []
        speaking: dict[str, list[Token]] | None = None  # word -> where it speaks, on need
        for ent in _tagged(doc):
            name = None if taken.intersection(range(ent.start, ent.end)) else self._full_name(ent)
            if name is None or any(_letters(t) for t in name):
                continue  # "MG Rover": a firm's letters
            if speaking is None:
                speaking = {}
                for t in doc:
                    if speaks(t):
                        speaking.setdefault(t.text, []).append(t)
            alone = [
                doc[t.i : t.i + 1]
                for t in speaking.get(name[-1].text, [])
                if not name.start <= t.i < name.end
                and t.i not in taken
                and not (t.i > 0 and name_like(doc[t.i - 1].text))  # "Mr Hare", "Jo Hare"
            ]
            if alone or _works_for(name):
                out += [name, *alone]
                taken |= {t.i for s in (name, *alone) for t in s}
        return out

    def _speaking_as_one(self, doc: Doc, taken: set[int]) -> list[Span]:
        """A name no rule above took, tagged as anything or nothing, that speaks quoted
        words saying "I" (`speaks_as_one`: ""I had no idea," said Okafor", the surname
        left untagged; "..., said Ann Vane", tagged as a firm): a person's, as a firm, a
        team or a place speaks as "we". Not a country, a known organisation or outlet,
        an acronym, a title, a word for a person ("said Mum") nor a function word."""
        out: list[Span] = []
        subjects = zip(cached.tags(doc), cached.deps(doc), strict=True)
        for i, (tag, dep) in enumerate(subjects):  # the columns first: most words are no subject
            if tag != "PROPN" or dep not in ("nsubj", "nsubjpass") or i in taken:
                continue
            token = doc[i]
            if not name_like(token.text) or not speaks_as_one(token):
                continue
            start = token.i
            while (
                start > 0
                and start - 1 not in taken
                and doc[start - 1].pos_ == "PROPN"
                and name_like(doc[start - 1].text)
                and not self._stop(doc[start - 1])
            ):
                start -= 1
            if start < token.i:
                name = self._full_name(doc[start : token.i + 1])
            elif not (
                self._stop(token, possessor=False)
                or any(c.dep_ == "det" for c in token.children)  # "the Kiwi": an epithet
                or _acronym(token)
                or token.lower_ in PERSON_NOUNS
                or token.lower_ in FIRST_NAMES
                or self._refused(token.text)
            ):
                name = doc[start : token.i + 1]
            else:
                name = None
            if name is not None and name_words(name):
                out.append(name)
        return out

    def _transcript_speakers(self, doc: Doc, taken: set[int]) -> list[Span]:
        """The name a transcript opens two turns or more with, in capitals ("WALLACE:
        Let's start ...", each turn its own paragraph, an opening mark before it or not):
        a person's, though the article names them nowhere else (a broadcast's host). Not a
        word for a person or a title ("MODERATOR:", "Q:"), nor a name a rule above took."""
        turns: dict[str, list[Span]] = {}
        for colon in (doc[i] for i, word in enumerate(cached.words(doc)) if word == ":"):
            start = colon.i
            while colon.i - start < 3 and start > 0 and in_capitals(doc[start - 1]):
                start -= 1
            name = doc[start : colon.i]
            if not name or taken.intersection(range(start, colon.i)):
                continue
            if not _opens_a_paragraph(doc, start) or any(
                w.lower_ in PERSON_NOUNS or w.lower_ in HONORIFICS for w in name
            ):
                continue
            if not self._refused(name.text):
                turns.setdefault(name.text, []).append(name)
        return [name for names in turns.values() if len(names) > 1 for name in names]

    def _refused(self, text: str) -> bool:
        """A country or a region, a known organisation or outlet, a name ending in a word of an
        organisation's, a firm's, a street's, a venue's, a town's or a club's ("Women Caucus",
        "Sybari Software", "Wilmslow Road", "Robin Hood Airport", "Manchester United", "Man
        Utd", "Kettle Craft Monthly", "Paper Brothers"), in a group's plural ("Labour MPs") or a
        form of address ("Said Mr"), a group's plural itself ("Lib Dems"), a
        party's name ("New Labour"), a name led by a region's adjective ("Eastern Cape"), or a
        spelling the overrides ignore, or a placeholder ("A N Other")."""
        key = fold(text)
        words = key.split()
        return bool(
            self.gazetteer.country_of(text)
            or key in self.gazetteer.regions  # "West Virginia" after "coal-producer"
            or key in self.org_names
            or key in self._outlets
            or _members(key)  # "Lib Dems", "Tories": a party's members, as a whole
            or a_bodys(text)  # "Matrix Chambers KC"
            or len(words) > 1
            and (words[-1] in _NOT_IN_NAMES or _members(words[-1]) or _address(words[-1]))
            or any(w in _PARTIES for w in words[-1:])  # "Old Labour", "Labour": a party
            or len(words) > 1
            and words[0] in _REGION_ADJECTIVES  # "Eastern Cape": a region's or a side's
            or self._ignored(text)
            or key in _PLACEHOLDERS
        )


def _description_lead(doc: Doc, i: int) -> Token | None:
    """The word in lower case right before word `i` that leads a noun for what someone
    was, is or will be (`_DESCRIPTION_LEADS`: "late", "former", "ex-", "future", "fellow")."""
    if i > 1 and doc[i - 1].text == "-" and not doc[i - 1].whitespace_:
        i -= 1  # "ex-Beatle Ann Hale"
    lead = doc[i - 1] if i > 0 else None
    return (
        lead if lead is not None and lead.is_lower and lead.lower_ in _DESCRIPTION_LEADS else None
    )


def _a_description(token: Token) -> bool:
    """A capitalised word that is no given name between a word leading a description and
    a common given name ("former Wombat Peter Ellery"): what the person was, which the
    model's span of the name after it never grows over. The parse must hang both on the
    same word: in "former Iain Duncan Smith aide" the "former" is the aide's, and "Iain",
    a given name the list lacks, the name's."""
    doc, i = token.doc, token.i
    lead = _description_lead(doc, i)
    return (
        lead is not None
        and token.is_title
        and not given_name(token)
        and i + 1 < len(doc)
        and given_name(doc[i + 1])
        and lead.head.i in (token.i, token.head.i)
    )


def _after_a_description(doc: Doc, start: int, end: int) -> int:
    """Where a name starts after capitalised words for what the person was, is or will
    be, which a word in lower case like "late", "former" or "future" (`_DESCRIPTION_LEADS`)
    leads right before the span: "late Beatle Ann Hale", "future Beach Boy Tom Reid" name
    Ann Hale and Tom Reid. Only when a common given name follows those words, a full name
    of two words or more after it, the words themselves no given name nor more than two,
    and the name heads its phrase: in "former Iain Duncan Smith aide" the "former" is the
    aide's, and "Iain", a given name the list lacks, stays."""
    if (
        _description_lead(doc, start) is None
        or given_name(doc[start])
        or end < len(doc)
        and doc[end - 1].dep_ == "compound"
    ):
        return start
    for given in range(start + 1, min(start + 3, end - 1)):
        if given_name(doc[given]):
            words = doc[start:given]
            if all(w.is_title and not given_name(w) for w in words) and name_words(doc[given:end]):
                return given
            return start
    return start


def _without_leading_title(name: Span) -> Span:
    """A name without the title or word for a person still opening it once a party's word
    before it is cut ("Lib Dem MP Lembit Opik" -> "MP Lembit Opik") or the model's span
    is mended to take the surname it left out ("Tory Dominic" + "Grieve"): the name is
    the two words or more after it."""
    while len(name) > 2 and name[0].lower_ in _TITLES_OR_DESCRIPTORS:
        name = name[1:]
    return name


def _opens_a_paragraph(doc: Doc, i: int) -> bool:
    """Token `i` opens its paragraph, after an opening quotation mark or not."""
    k = i - 1
    while k >= 0 and doc[k].text in ('"', "“", "'", "‘"):
        k -= 1
    return k < 0 or doc[k].is_space and "\n" in doc[k].text


def _a_relative(token: Token) -> bool:
    """In apposition to a relative of someone: "X, the widow of the late singer", "X, the
    son of Tom Hale", "X, her son,"; a place or a firm is "the mother of the river" or "the
    sister of Tarvo Records", of no person."""
    for kin in (c for c in token.children if c.dep_ == "appos" and c.lower_ in KIN_NOUNS):
        if any(c.dep_ == "poss" and c.lower_ in ("his", "her") for c in kin.children):
            return True
        of = [c for c in kin.children if c.dep_ == "prep" and c.lower_ == "of"]
        if any(
            o.dep_ == "pobj" and (o.ent_type_ == "PERSON" or o.lower_ in PERSON_NOUNS)
            for p in of
            for o in p.children
        ):
            return True
    return False


def _singular(token: Token) -> bool:
    """The verb of the word's "who" clause, or of the clause it is the subject of, agrees
    with one person: "Kestrel, who has won twice", "DiCaprio, who lost, was not there"; a
    band or a side takes the plural in British copy ("Wasps, who have won", "Coldplay,
    who headline"), and a verb in the past alone says nothing of number."""
    verbs = [c for c in token.children if c.dep_ == "relcl"]
    if token.dep_ in ("nsubj", "nsubjpass"):
        verbs.append(token.head)
    for verb in verbs:
        words = [verb, *(c for c in verb.children if c.dep_ in ("aux", "auxpass"))]
        if any(w.tag_ == "VBZ" or w.lower_ == "was" for w in words):
            return True
    return False


def _bracket_cut(name: Span) -> bool:
    """The name ends at a closing bracket with a name word after it: "(Jon Dahl) Tomasson"
    is the first part of one name written with an aside's marks, not a full name."""
    doc = name.doc
    return (
        name.end + 1 < len(doc) and doc[name.end].text == ")" and name_like(doc[name.end + 1].text)
    )


def _office_of_a_body(span: Span) -> Span | None:
    """The name a body's name ends with, the body a title before it is of ("Minister in
    the Department of Transport Ann Hale", "spokesman for the Harbour Board Ann Lee"
    tagged as one organisation): the phrase's head is the name, a given name and a
    surname at its end, so the words before it say whose office it is."""
    doc = span.doc
    before = span.start - 1
    if before < 1 or doc[before].pos_ != "ADP" or doc[before - 1].lower_ not in TITLE_WORDS:
        return None
    root = span.root
    if root.i != span.end - 1 or root.pos_ != "PROPN" or len(span) < 4:
        return None
    first = root.i
    while (
        first - 1 > span.start
        and doc[first - 1].dep_ == "compound"
        and doc[first - 1].pos_ == "PROPN"
    ):
        first -= 1
    name = doc[first : span.end]
    if not 2 <= len(name) <= 3 or not given_name(name[0]) or given_name(doc[first - 1]):
        return None
    return name


def _led_by_a_given_name(name: Span) -> bool:
    """A name of two or three words led by a common given name, written as one, and no
    determiner before it ("Hugh Keller" tagged as a building; not "the Hugh Keller
    Trust"): a person's, unless the article shows it is something else (the verdict
    weighs every mention: "Philip Hartwell said its profits rose" is a firm's)."""
    before = name.doc[name.start - 1] if name.start > 0 else None
    return (
        2 <= len(name.text.split()) <= 3  # "Jean-Luc Marnier": two words
        and given_name(name[0])
        and not (before is not None and before.pos_ == "DET")
    )


def _a_person_of_that_nation(name: Span) -> bool:
    """The nationality word right before the name is led by a word that only ever leads
    a person ("fellow Russian", "unseeded Belgian"), where one alone leads a title's
    capitalised words as often ("Iraqi Economic Decline"). A plural last word ("fellow
    German Car Makers") or a word the article writes in lower case ("the fair") is a
    thing's name's."""
    doc = name.doc
    if name.start < 2 or doc[name.start - 2].lower_ not in _COMPATRIOT_LEADS:
        return False
    common = common_nouns(doc)
    return name[-1].tag_ != "NNPS" and not any(t.lower_ in common for t in name)


def _before_a_thing(token: Token) -> bool:
    """A word that makes the nationality word after it part of a thing's name: a
    determiner, a possessive or a year ("the bureau's", "the 2014 American Civic Survey")."""
    return (
        token.pos_ == "DET"
        or token.tag_ in ("POS", "PRP$")
        or (len(token.text) == 4 and token.text.isdigit())
    )


def _letters(token: Token) -> bool:
    """Capital letters a firm's name is made of ("MG Rover"), not an initial ("R.") nor
    a generation ("Tomas J. Varga III")."""
    text = token.text
    return len(text) > 1 and text.isalpha() and text.isupper() and text.lower() not in _GENERATIONS


def _works_for(name: Span) -> bool:
    """Whether a name is the subject of a speech verb with a noun for a person in
    apposition that works for or at a body ("X, a writer for The Courier, said"; "X, an
    analyst at Y, said"): a person's sign no firm gives itself."""
    root = name.root
    return speaks(root) and any(
        c.dep_ == "appos"
        and c.lower_ in PERSON_NOUNS
        and c.tag_ not in ("NNS", "NNPS")
        and any(p.dep_ == "prep" and p.lower_ in ("for", "at") for p in c.children)
        for c in root.children
    )
