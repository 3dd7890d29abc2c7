"""From the words that name a speaker to the person or organisation they stand for.

A name is the person or organisation it names; a name in apposition names the speaker
("Ryan's spokeswoman, AshLee Strong" is Strong: a possessor never is; "one of his
lawyers, Ann Lee" is Lee); "who" is the noun
its clause hangs on; a surname after a form of address ("Mr French") that the entity
finder missed, the one person with that surname. A pronoun ("he", or "his" as a
possessor: "his message: "..."") is the most recent person before it, in its paragraph
or the ones just before (a paragraph wholly in quotation marks not counted), who can be
meant by it: subjects first in each sentence (a title or an age as the subject counts as
its one holder, a name after its office's field as the subject: "minister for women Ann
Hale accused"; the main clause's subject before one whose clause it reports: "Holm
admits Berg will decide").

It is never someone the article shows to be of the other gender, nor a person its own
verb's words name ("He said Mole would appear in court" is not Mole), and nobody when a
person there may be meant but is not known to be, or after a subject that names several
who may be ("Hale, Dore and Vane won"); a name that only qualifies a noun ("a
Labour government") is nobody who can be meant. Nor does the "he" closing a double
frame opened by a sayer we do not know ("For the Greens Ann Dore said: "...," he said")
go to anyone before that sayer. A
title with "the" or a possessive is the one person of the article holding it (titles.py),
and "the 22-year-old" the one person of that age (ages.py). Whatever is not sure keeps
only its words. An epithet with no such holder ("the 34-year-old", "the
American", as sports reports call the player they are about) stands for whoever a "he"
or a "she" there would, when both would be the same person and they are given no age. A
description ("the defender", "the British actor"; not one tied to another person: "the
spokesman") calls again the one person the sentence before it speaks of, unless its
paragraph is an exchange, a question or a reply and someone else speaking by name ("the
host" may be either party). Either, as a
main clause's subject, is that person for a "he" or "she" after it, as a name would be
("The 27-year-old said ... "...," he said"). The person who
acts in a sentence's passive main clause ("Her view was echoed by Rosa Lind") is its
subject for the pronouns after it. A capitalised word for one person made definite as a
subject ("The Australian has suffered ...", "the Kiwi said he ...") stands for someone
the rules cannot name: a pronoun after it is nobody sure.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from typing import TYPE_CHECKING

from generator import lexicon
from generator.article import cached
from generator.article.entities import Found
from generator.article.entities.spans import (
    HONORIFICS,
    his_in_clause,
    honours,
    office_letters,
    shown_a_person,
)
from generator.article.person_words import MAY_BE_PERSON, PERSON_NOUNS
from generator.article.quotes.ages import Ages
from generator.article.quotes.frame import SPEECH_VERBS
from generator.article.quotes.gender import (
    bound_genders,
    counted_genders,
    genders,
    given_genders,
    in_title,
)
from generator.article.quotes.layout import Layout
from generator.article.quotes.reach import (
    commands,
    is_relational_noun,
    is_subject,
    name_root,
    office_held,
    office_named,
    tied_apposition,
    tied_subject,
)
from generator.article.quotes.titles import (
    BODY_NOUNS,
    TitleHolders,
    headline_title,
    is_title_phrase,
    ranks,
    title_words,
)
from generator.registry.gazetteer import Gazetteer
from generator.settings import IT_SENTENCES_BACK, PRONOUN_PARAGRAPHS, SPEAKER_WORDS_KEPT
from generator.text.marks import CLOSING_QUOTES
from generator.text.names import fold

if TYPE_CHECKING:  # the language model is imported only by runs that parse
    from spacy.tokens import Span, Token

__all__ = ["Speaker", "Speakers"]

_PERSONAL = lexicon.table("pronouns", "personal")
_HE_SHE = frozenset(
    w for w, p in _PERSONAL.items() if p["person"] == "third" and p["gender"] in ("male", "female")
)
_SAME = lexicon.words("titles", "comparing_same")  # "the same rank as an official"
_SUCH = lexicon.words("titles", "comparing_such")  # "such as a priest"
_GENDERED = lexicon.table("pronouns", "gendered")  # he, him, his, she, her ... -> gender
_MARKS = lexicon.table("pronouns", "marks")  # "actress", "spokeswoman" ... -> gender
_ASKING = lexicon.words("speech", "asking")  # "asked", "pressed", "quizzed"
_ASKERS = lexicon.words("speech", "askers")  # "a reporter asked": not the one answering
# "policewoman", "chairmen" ... -> gender, for the words WordNet adds that marks lacks
_ENDINGS = lexicon.table("pronouns", "mark_endings")
_TITLE_WORDS = lexicon.words("titles", "titles")
_PARTIES = lexicon.words("titles", "parties")  # "the Republican leader": a side
_PARTY_WORDS = frozenset(w for p in _PARTIES for w in title_words(p))  # "tory": conservative
_ONE_PERSON_WORDS = _TITLE_WORDS | PERSON_NOUNS  # "the Tory leader", "the defender"
_PUBLIC_OFFICES = _TITLE_WORDS & frozenset(lexicon.table("titles", "role_fields")["politics"])
# offices many hold at once ("the Tory MP"): a description calls back the one just named
_SEATS = lexicon.words("titles", "seats")
_RELATIONAL = lexicon.words("titles", "relational")
_INDEFINITE = lexicon.words("titles", "indefinite")
_TIES = lexicon.words("titles", "ties")  # "the coach of", "a lawyer for", "an aide to"
_POSSESSIVE = {"his": "male", "her": "female"}  # "his message: "..."", "her claim that ..."
_RELATIVE = frozenset({"who", "that", "whom"})
_MESSAGES = lexicon.words("speech", "messages")
_EXCHANGING = lexicon.words("speech", "exchanging")  # "replied", "asked": one side of an exchange
_NO_ONE = frozenset({"it", "there", "this", "that"})  # a cleft's subject: "it was a guard who"
_SUBJECT = frozenset({"nsubj", "nsubjpass"})
_DESCRIBING = frozenset({"amod", "compound", "nummod", "npadvmod"})
_LISTED = frozenset({"conj", "appos"})  # "Hale and Dore", "Hale, Dore" (read as appositions)
_AGE_WORDS = re.compile(r"\byears?\s*-\s*old\b", re.IGNORECASE)  # "the 22-year-old"


@dataclass(frozen=True)
class Speaker:
    """Who said a quote: a person (a PersonCluster key), an organisation (its id), or
    neither, with the words the text used for them."""

    person: str | None = None
    organization: str | None = None
    written: str | None = None
    # the country of a nationality noun the person was called by ("said the Dutchman")
    country: str | None = None

    @property
    def named(self) -> bool:
        return self.person is not None or self.organization is not None


def _marked(word: str, default: str) -> str:
    """The gender a person noun gives its bearer ("policeman": male), else default."""
    if word in _MARKS:
        return str(_MARKS[word])
    ending = next((e for e in _ENDINGS if word.endswith(e)), None)
    return default if ending is None else str(_ENDINGS[ending])


def _saying(verb: Token) -> bool:
    """Whether a verb of saying reports words here, not another of its senses: its
    subject going on "to" do something ("continued to struggle"; not someone told to:
    "urged him to rest") or adding "to" a thing ("has added to speculation"; not "said
    to reporters")."""
    if verb.lower_ not in SPEECH_VERBS:
        return False
    told = any(c.dep_ in ("dobj", "dative") for c in verb.children)
    for child in verb.children:
        if child.dep_ == "xcomp" and not told:
            return False
        if child.dep_ == "prep" and child.lower_ == "to":
            things = [g for g in child.children if g.dep_ == "pobj" and g.pos_ == "NOUN"]
            if any(g.lower_ not in MAY_BE_PERSON for g in things):
                return False
    return True


def _in_main_clause(root: Token, sentence_root: Token, quoted: list[bool]) -> bool:
    """Whether a phrase belongs to its sentence's main clause or one joined to it by "and"
    or "but" ("X has shown little, but Johnson insisted"), not a clause inside a main
    clause with a subject of its own ("Holme's proposal comes after viewers watched Bush
    slug it out"; a main clause with none is a misparse: "Straw promised ... was "fully
    justified"" read with "justified" as the root). A verb of the writer's hung on words
    inside quotation marks is a misparse too: the quote's words are no clause of the
    writer's, so the frame around them is the main one ("Customers "began to say we want
    this," Cook told Benioff", "told" read as joined to "want")."""
    word = root.head if root.dep_ == "appos" else root
    verb = word.head
    return (
        word.dep_ == "ROOT"
        or verb.dep_ == "ROOT"
        or (verb.dep_ == "conj" and verb.head.dep_ == "ROOT")
        or (not quoted[verb.i] and quoted[verb.head.i])
        or not any(c.dep_ in _SUBJECT for c in sentence_root.children)
    )


def _appositions(token: Token) -> list[Token]:
    """The phrases in apposition to a speaker's phrase; for "one of" a group, to the group
    ("said one of their lawyers, Maria Vlachou": the one is the one named); a name the
    parser hangs on the phrase's tie to a thing (reach.tied_apposition); the name it is
    also known by ("says JK, also known as Jason King")."""
    out = [c for c in token.children if c.dep_ == "appos"]
    if not out and (tied := tied_apposition(token)) is not None:
        out = [tied]
    if not out:
        out = [
            name
            for known in token.children
            if known.dep_ == "acl" and known.lower_ == "known"
            for prep in known.children
            if prep.dep_ == "prep" and prep.lower_ == "as"
            for name in prep.children
            if name.dep_ == "pobj"
        ]
    if not out and token.lower_ == "one":
        groups = (g for c in token.children if c.lower_ == "of" for g in c.children)
        out = [a for g in groups if g.dep_ == "pobj" for a in g.children if a.dep_ == "appos"]
    return out


def _reported(root: Token) -> bool:
    """Whether a phrase is the subject of a clause that a verb reports ("Holm admits
    Berg will have the final say", "suggesting Berg would have enjoyed the joke"):
    a person talked about, not one talking."""
    return root.dep_ in _SUBJECT and root.head.dep_ == "ccomp"


def _agent(root: Token) -> bool:
    """Whether a person is who acts in a sentence's passive main clause whose subject is no
    person ("Her view was echoed by Rosa Lind"): the subject in all but form, as a "she"
    after it shows; not in a clause inside it ("a role played by Tim Hale", "in which his
    part was played by Tim Hale")."""
    by = root.head
    verb = by.head
    if root.dep_ != "pobj" or by.dep_ != "agent":
        return False
    if not (verb.dep_ == "ROOT" or verb.dep_ == "conj" and verb.head.dep_ == "ROOT"):
        return False
    return not any(
        c.dep_ == "nsubjpass"
        and (c.pos_ == "PROPN" or c.lower_ in PERSON_NOUNS or c.lower_ in _PERSONAL)
        for c in verb.children
    )


def _controller(verb: Token) -> Token:
    """The verb whose subject is an infinitive's own when it has none: the verb it
    completes ("wants to become"), or the one whose object it describes ("has no plans to
    become"); the verb itself otherwise."""
    while (
        not any(c.dep_ in _SUBJECT for c in verb.children)
        and any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children)
        and verb.head.i != verb.i
    ):
        if verb.dep_ == "xcomp":
            verb = verb.head
        elif verb.dep_ == "acl" and verb.head.dep_ == "dobj":
            verb = verb.head.head
        else:
            break
    return verb


def _of_a_body(token: Token) -> bool:
    """Whether a word is a possessor that is a body, named by a common noun made definite
    ("the charity's", "the club's"), not a person ("the minister's")."""
    return (
        token.dep_ == "poss"
        and token.pos_ == "NOUN"
        and token.lower_ not in PERSON_NOUNS
        and [c.lower_ for c in token.children if c.dep_ == "det"] == ["the"]
    )


@dataclass(frozen=True)
class _Mention:
    start: int  # token index
    key: str
    subject: bool  # the grammatical subject of its clause
    main: bool = True  # of the sentence's main clause (_in_main_clause)
    reported: bool = False  # the subject of what a verb reports (_reported)
    new: bool = False  # someone brought in unnamed ("a spokesman"): `key` is empty
    relative: bool = False  # the subject only of a "who" clause on it (_who_clause)
    # the other people a subject names with this one ("Ann Dore and Tom Hale won"; `_listed`)
    with_others: frozenset[str] = frozenset()


def _surely_people(found: Found, gazetteer: Gazetteer) -> dict[int, str]:
    """The tokens of the names that surely mean their person: a full name or a surname,
    not one word that is a full name's given name ("Jordan" of Jordan Pike), a name the
    country gazetteer reads (a country's, its capital's or people's, or one too ambiguous
    to read as any: "Victoria") or a word of an organisation's the article names: there a
    country, a team or a firm is as often meant. (The model's place tags are no guide: it
    tags many a surname a place.)"""
    # every word of an organisation's name: "Walt Disney" is "Disney" again later
    org_words = {
        fold(w) for _, ms in found.organizations.values() for m in ms for w in m.text.split()
    }
    out: dict[int, str] = {}
    for cluster in found.people:
        given = {fold(f.split()[0]) for f in cluster.full_forms}
        for m in cluster.mentions:
            word = fold(m.text)
            if len(m.text.split()) == 1 and (
                word in given
                or word in org_words
                or m.text in gazetteer.not_countries
                or gazetteer.country_of(m.text)
            ):
                continue
            out.update(dict.fromkeys(range(m.start, m.end), cluster.key))
    return out


class Speakers:
    """The article's people and organisations, by token, for resolving speaker phrases."""

    def __init__(
        self, layout: Layout, found: Found, quoted: list[bool], gazetteer: Gazetteer
    ) -> None:
        doc = layout.doc
        self.doc = doc
        self.layout = layout
        self.quoted = quoted
        self.gazetteer = gazetteer
        self.person_at: dict[int, str] = {}
        self.written_at: dict[int, str] = {}
        self.org_at: dict[int, str] = {}
        self.surnames: dict[str, set[str]] = {}
        # per folded word, whose full name ends with it (`_lone_surname`)
        self.full_name_ends: dict[str, set[str]] = {}
        self.inner_names: set[str] = set()  # a full name's other words: given, middle, nickname
        self.spans_of: dict[str, list[int]] = {}  # a person's mentions' first tokens
        by_sentence: dict[int, list[_Mention]] = {}
        doubted: list[Token] = []  # unnamed subjects whose set-off name is unsure
        for cluster in found.people:
            for m in cluster.mentions:
                for i in range(m.start, m.end):
                    self.person_at[i] = cluster.key
                    self.written_at[i] = m.text
                self.surnames.setdefault(fold(m.text.split()[-1]), set()).add(cluster.key)
                self.spans_of.setdefault(cluster.key, []).append(m.start)
            for form in cluster.full_forms:
                self.full_name_ends.setdefault(fold(form.split()[-1]), set()).add(cluster.key)
                self.inner_names.update(fold(w.strip("'‘’\"“”")) for w in form.split()[:-1])
        set_off = self._set_off_subjects(quoted)
        for cluster in found.people:
            for m in cluster.mentions:
                root = name_root(doc[m.start : m.end])
                if root.dep_ == "compound" and root.head.pos_ == "NOUN":
                    continue  # a name that qualifies a noun ("a Labour government")
                if not quoted[m.start]:
                    agent = _agent(root)
                    word = (
                        set_off.get(root.i)
                        or office_held(root)
                        or tied_subject(root)
                        or (root.head if agent else root)
                    )
                    named_office = self._office_named(root)
                    word = named_office or word
                    main = _in_main_clause(word, layout.sentence(m.start).root, quoted)
                    subject = (
                        agent or is_subject(root) or root.i in set_off or named_office is not None
                    )
                    relative = not subject and self._who_clause(root)
                    if (holder := self._after_another(doc[m.start])) is not None:
                        # "The coach of the Briton, Tom Hale, said": the coach, unnamed,
                        # speaks and may be meant after; Hale is maybe the Briton
                        subject = False
                        doubted.append(holder)
                    others = self._listed(root, cluster.key) if subject else frozenset()
                    mention = _Mention(
                        m.start,
                        cluster.key,
                        subject or relative,
                        main and not relative,
                        _reported(root),
                        relative=relative,
                        with_others=others,
                    )
                    by_sentence.setdefault(layout.sentence_of(m.start), []).append(mention)
        for oid, (_, mentions) in found.organizations.items():
            for m in mentions:
                for i in range(m.start, m.end):
                    self.org_at.setdefault(i, oid)
                    self.written_at.setdefault(i, m.text)
        self.by_sentence = {s: sorted(ms, key=lambda m: m.start) for s, ms in by_sentence.items()}
        # where a lone adjective said of the name is said of the person (fragments.py)
        self.surely_person_at = _surely_people(found, gazetteer)
        self.subject_pronouns: dict[int, list[Token]] = {}
        words = zip(cached.deps(doc), cached.lowers(doc), quoted, strict=True)
        for i, (dep, lower, inside) in enumerate(words):
            if dep in _SUBJECT and lower in ("he", "she") and not inside:
                t = doc[i]
                if in_title(t):
                    continue  # "The She Said Yes director"
                self.subject_pronouns.setdefault(layout.sentence_of(t.i), []).append(t)
        # per pronoun, gender and people set aside (`referent_besides`)
        self._referents: dict[tuple[int, str, frozenset[str]], str | None] = {}
        self._epithets: dict[int, list[_Mention]] = {}  # per sentence (_called_again)
        self._untold: dict[int, list[int]] = {}  # per sentence (_untold_description)
        self._reports: dict[int, set[int]] = {}  # per sentence (_reported_words)
        self.gender = genders(layout, found.people, quoted)  # as the article shows it
        # as the article shows it, or else as a relative clause on the name or the given
        # name tells: who may be meant; a given name counted one sex's in US births only
        # rules a person out, and never makes one the one meant (`guessed`)
        bound = bound_genders(doc, found.people, quoted, self.person_at)
        self.guessed = given_genders(found.people) | bound | self.gender
        self.may_be = counted_genders(found.people) | self.guessed
        self.spoken = self._spoken(quoted) | self._asked(quoted)
        # subjects outside quotation marks that no found name stands at: who the writer
        # brings in, describes or ties to someone, read three ways below
        subjects = [
            doc[i]
            for i, dep in enumerate(cached.deps(doc))
            if dep in _SUBJECT and not quoted[i] and i not in self.person_at
        ]
        self.introduced = [t for t in subjects if self._brings_in(t)]
        headline = headline_title(layout, self.person_at)
        self.titles = TitleHolders(doc, found.people, gazetteer, self.introduced, headline)
        self.ages = Ages(doc, found.people)
        self.described = self._described(subjects)
        self.unnamed_subjects = self._unnamed_subjects(subjects, quoted)
        for t in [*doubted, *self._lost_subjects()]:
            self.unnamed_subjects.setdefault(layout.sentence_of(t.i), []).append(t)
        self.unnamed_actors: dict[int, list[Token]] = {}
        lowers = cached.lowers(doc)
        for i, lower in enumerate(lowers):
            if lower in MAY_BE_PERSON and not quoted[i] and self._unnamed_actor(doc[i]):
                self.unnamed_actors.setdefault(layout.sentence_of(i), []).append(doc[i])

    def _office_named(self, root: Token) -> Token | None:
        """The office a name holds as the complement of "be" (reach.office_named), when
        no person's name owns it ("Hale's coach is Dore": Hale's man, not the one the
        sentence is about)."""
        office = office_named(root)
        if office is None or any(
            c.dep_ == "poss" and c.i in self.person_at for c in office.children
        ):
            return None
        return office

    def _who_clause(self, root: Token) -> bool:
        """Whether a name that is no subject is the subject of a "who" clause hung on it,
        outside quotation marks ("That prompted the withdrawal of Tom Hale, who got
        frustrated by the delays."): the one that clause is about, and a "he" or "she"
        after it may go on about them, when known or guessed to be of its gender, and
        nobody else there may be meant (`_referent`; not "it was Hale Senior who helped his
        daughter"). Not a name qualifying a person ("the son of Tom Hale, who ...": either
        may be the one the clause is about)."""
        if root.dep_ == "pobj" and root.head.head.lower_ in MAY_BE_PERSON:
            return False
        return any(
            c.dep_ == "relcl"
            and not self.quoted[c.i]
            and any(s.dep_ in _SUBJECT and s.lower_ == "who" for s in c.children)
            for c in root.children
        )

    def _listed(self, root: Token, key: str) -> frozenset[str]:
        """The other people a subject's phrase names alongside a person, joined by "and" or
        by commas ("Tom Hale and Ian Dore have been awarded MBEs", "Hale, Ian Dore and Tim
        Vane won", which the parser may read as appositions): the subject is a group, and
        a "he" or "she" after it any one of them. Not a name that only qualifies a word
        of the phrase ("Keane frontman Tom Chaplin")."""
        top = root
        while top.dep_ in _LISTED and top.head.i != top.i:
            top = top.head
        out: set[str] = set()
        for t in top.subtree:
            other = self.person_at.get(t.i)
            if other is None or other == key or self.quoted[t.i]:
                continue
            word = t
            while word.head.i != word.i and self.person_at.get(word.head.i) == other:
                word = word.head  # the name's own head word
            while word.i != top.i and word.dep_ in _LISTED:
                word = word.head
            if word.i == top.i:
                out.add(other)
        return frozenset(out)

    def _either(self, mention: _Mention, gender: str, aside: frozenset[str]) -> bool:
        """Someone listed with the subject (`_listed`) may be the one a pronoun of this
        gender stands for."""
        return any(self._may_mean(k, gender, aside) for k in mention.with_others)

    def _may_mean(self, key: str, gender: str, aside: frozenset[str]) -> bool:
        """Whether a pronoun of `gender` may stand for a person: known or guessed to be of
        it, or not known to be of the other; never one set aside (`referent_besides`)."""
        return key not in aside and self.may_be.get(key, gender) == gender

    def _known(self, key: str, gender: str, aside: frozenset[str]) -> bool:
        """Whether a person is shown by the article to be of `gender` and not set aside."""
        return key not in aside and self.gender.get(key) == gender

    def _set_off_subjects(self, quoted: list[bool]) -> dict[int, Token]:
        """Names set off by commas right before their verb whose subject is a noun for one
        person that the parse gives no name ("Head of genetics at the Seed Institute,
        Professor Ann Lee, said"): the name's head token -> that subject, whose holder the
        name is, as a frame reads it (frame.name_before). Not when the name may describe
        a person inside the subject's phrase ("The coach of the boy, Tom Hale, said":
        the boy, maybe) nor after a tie to someone ("The father of ..., Tom Hale,")."""
        out: dict[int, Token] = {}
        deps, lowers = cached.deps(self.doc), cached.lowers(self.doc)
        for i, lower in enumerate(lowers):
            if deps[i] != "nsubj" or quoted[i] or i in self.person_at or lower not in PERSON_NOUNS:
                continue
            t = self.doc[i]
            if t.tag_ in ("NNS", "NNPS") or is_relational_noun(t):
                continue
            name = self._name_set_off(t.head)
            if name is None or name.i < t.i or quoted[name.i]:
                continue
            key = self.person_at[name.i]
            while name.head.i != name.i and self.person_at.get(name.head.i) == key:
                name = name.head
            described = name.head if name.dep_ == "appos" else None
            phrase = range(t.left_edge.i, t.right_edge.i + 1)
            if described is not None and described.i not in phrase:
                continue  # "The chair, who met Ann Lee's aide, Tom Hale, said"
            # up to the comma that opens the name ("for the Canadian, Ms Jo Kerr," parses
            # the nationality into the name's phrase)
            comma = max(w.i for w in self.doc[t.i : name.i] if w.text == "," or w.i == t.i)
            if self._person_between(self.doc[t.i + 1 : comma]):
                continue  # another person in the subject's phrase the name may describe
            out[name.i] = t
        return out

    def _person_between(self, words: Span) -> bool:
        """Whether words may stand for a person: a noun for one, a name, a nationality
        ("for the Briton", "the jailed Iranian") or an age ("the 22-year-old"), any of
        which the name after them may describe."""
        if _AGE_WORDS.search(words.text):
            return True
        return any(
            w.ent_type_ in ("NORP", "PERSON")
            or self._demonym(w)
            or w.pos_ in ("NOUN", "PROPN")
            and w.dep_ not in _DESCRIBING
            and (w.lower_ in MAY_BE_PERSON or w.i in self.person_at)
            for w in words
        )

    def _demonym(self, token: Token) -> bool:
        """Whether a word is a country's word for its people or one made from it
        ("Kenyan", "Kenyans", "Frenchman"), not the country's name."""
        return self.gazetteer.peoples_word(token.text) is not None

    def _name_set_off(self, verb: Token) -> Token | None:
        """The last word of a name set off by commas right before a verb, a form of address
        or a title in capitals before it in the commas ("..., Professor Ann Lee, said")."""
        doc = self.doc
        j = verb.i - 1
        if j < 1 or doc[j].text != "," or j - 1 not in self.person_at:
            return None
        k = j - 1
        while k > 0 and (
            k - 1 in self.person_at
            or doc[k - 1].lower_ in HONORIFICS
            or doc[k - 1].text.istitle()
            and doc[k - 1].lower_ in _TITLE_WORDS
        ):
            k -= 1
        return doc[j - 1] if k > 0 and doc[k - 1].text == "," else None

    def _spoken(self, quoted: list[bool]) -> frozenset[int]:
        """The paragraphs wholly in quotation marks: someone's words going on, where the
        writer names nobody a pronoun after them could stand for."""
        doc = self.doc
        words = cached.words(doc)
        # each paragraph's words, asked in turn only until one is the writer's
        cuts = [bisect_left(cached.chars(doc), s) for s in self.layout.paragraph_starts]
        return frozenset(
            n
            for n, (start, end) in enumerate(zip(cuts, [*cuts[1:], len(doc)], strict=True))
            if not any(
                # most words are letters or figures alone: asked first, without a generator
                not quoted[i] and (words[i].isalnum() or any(c.isalnum() for c in words[i]))
                for i in range(start, end)
            )
        )

    def _asked(self, quoted: list[bool]) -> frozenset[int]:
        """The paragraphs that are a question in marks and the frame of someone unnamed
        whose trade is to ask ("“Will you run?” another reporter shouted."): an exchange
        going on, where the writer names nobody a pronoun after them could stand for."""
        doc, starts = self.doc, self.layout.paragraph_starts
        out = set()
        for i in (i for i, lower in enumerate(cached.lowers(doc)) if lower in _ASKERS):
            token = doc[i]
            if quoted[i] or token.dep_ not in _SUBJECT:
                continue
            n = self.layout.paragraph(token.idx)
            end = starts[n + 1] if n + 1 < len(starts) else len(self.layout.text)
            words = self.layout.text[starts[n] : end]
            span = doc.char_span(starts[n], end, alignment_mode="contract")
            own = [t for t in span or () if not quoted[t.i] and t.is_alpha]
            asking = {token.i, token.head.i} | {c.i for c in token.children}
            if all(t.i in asking or t.pos_ == "ADV" for t in own) and _asks(words):
                out.add(n)
        return frozenset(out)

    def reach(self, char: int) -> int:
        """The first paragraph a pronoun at `char` may look back to: its own and
        PRONOUN_PARAGRAPHS before it, not counting those wholly in quotation marks ("Dore
        said it was over.¶"We lost. ..."¶He said ...": Dore) nor a reporter's question
        (`_asked`)."""
        n = self.layout.paragraph(char)
        left = PRONOUN_PARAGRAPHS
        while left and n > 0:
            n -= 1
            if n not in self.spoken:
                left -= 1
        return n

    def _described(self, subjects: list[Token]) -> dict[int, list[_Mention]]:
        """Per sentence, subjects that name a person by a title or an age alone ("the home
        secretary said", "the 22-year-old said", "The seventh seed, who ..."): the one
        person of the article with it."""
        out: dict[int, list[_Mention]] = {}
        for t in subjects:
            key = self.ages.holder(t)
            if key is None and (t.lower_ in _TITLE_WORDS or ranks(t)) and is_title_phrase(t):
                key = self.titles.holder(t)
            if key is not None:
                out.setdefault(self.layout.sentence_of(t.i), []).append(_Mention(t.i, key, True))
        return out

    def _called_again(self, n: int) -> list[_Mention]:
        """Sentence `n`'s subjects outside quotes that call again a person named before,
        by an age, a nationality or a description ("The 27-year-old, who captained the
        side, said following Hale would be hard."), and whom `who` finds: the subject a
        "he" or "she" after them goes on about, as a name would be. Of the main clause
        only, as one in a clause a verb reports is talked about; not an epithet for
        someone the article does not name (`_epithet_subject`)."""
        if n in self._epithets:
            return self._epithets[n]
        self._epithets[n] = []  # no cycles: an epithet's own referent looks back from here
        unnamed = self.unnamed_subjects.get(n, [])  # someone the rules cannot name
        found = []
        for t in self.layout.sentences[n]:
            if t.dep_ not in _SUBJECT or self.quoted[t.i] or t.i in self.person_at or t in unnamed:
                continue
            if not (self._epithet(t) or self._described_speaker(t) or self._description(t)):
                continue
            if not _in_main_clause(t, self.layout.sentence(t.i).root, self.quoted):
                continue  # talked about ("Ann Dore's lawyer said the singer was pleased")
            if (key := self.who(t).person) is not None:
                found.append(_Mention(t.i, key, True))
        self._epithets[n] = found
        return found

    def _brings_in(self, t: Token) -> bool:
        """Whether a subject of a main clause's verb of saying brings in someone new, a noun
        for a person after "a", "one" or "another" ("A Labour spokesman later said ...",
        "one official added"); not a title used of no one in particular ("she became a
        minister", "rare for a judge")."""
        new = any(c.dep_ == "det" and c.lower_ in _INDEFINITE for c in t.children)
        return new and self._unnamed_sayer(t)

    def _unnamed_sayer(self, t: Token) -> bool:
        """Whether a subject is a noun for one person, no name or body, that its main
        clause's verb of saying goes with."""
        if t.i in self.org_at or t.tag_ in ("NNS", "NNPS"):
            return False
        if not (t.lower_ in PERSON_NOUNS or t.lower_ in _TITLE_WORDS):
            return False
        if any(w.i in self.person_at for w in t.subtree):
            return False  # "A spokesman for the agency, Dean Boyd, said": named, however parsed
        verbs = [t.head, *(c for c in t.head.children if c.dep_ == "conj")]
        saying = any(v.pos_ == "VERB" and v.lower_ in SPEECH_VERBS for v in verbs)
        return saying and _in_main_clause(t, self.layout.sentence(t.i).root, self.quoted)

    def _unnamed_subjects(
        self, subjects: list[Token], quoted: list[bool]
    ) -> dict[int, list[Token]]:
        """Per sentence, subjects of its main clause's verb of saying that bring in someone
        new (`_brings_in`) or are tied by a possessive to a person, with no holder the
        article names ("The minister's official spokesman said ...", not "The firm's
        founder said"): a "he" or "she" after them may stand for that person, whom the
        article does not name, rather than anyone named before; not one only spoken of
        ("A man was arrested at the scene."), whom the named speaker's words that follow
        are about; and, whatever the verb, an epithet for someone the article does not
        name (`_epithet_subject`: "The Australian has suffered ...")."""
        out: dict[int, list[Token]] = {}
        introduced = {t.i for t in self.introduced}
        for t in subjects:
            if t.i in introduced or self._epithet_subject(t, quoted) or self._tied(t):
                out.setdefault(self.layout.sentence_of(t.i), []).append(t)
        return out

    def _lost_subjects(self) -> list[Token]:
        """The first words of paragraphs that open on a verb in lower case with no subject
        ("was delighted to be paired with United, although he admitted ..."): the page
        lost the name that began them, so a "he" or "she" there or after stands for that
        person, not for anyone named before."""
        starts = set(self.layout.paragraph_starts)
        return [
            s[0]
            for s in self.layout.sentences
            if s.start_char in starts
            and s[0].is_lower
            and s[0].pos_ in ("VERB", "AUX")
            and not any(c.dep_ in _SUBJECT for c in s.root.children)
        ]

    def _unnamed_actor(self, t: Token) -> bool:
        """Whether a word is one person, unnamed, who acts though not as a subject: the "by"
        of a passive ("X was visited by a nurse", "replaced as manager by a former
        player") or a noun a "who" clause hangs on ("it was a guard who found X"). A
        pronoun after that sentence may stand for them as well as for its subject. Not a
        name's description ("by a nurse, Ann Dore"; "Ann Dore, a banker who ..."), nor
        the "by" of a clause inside the main one ("angry at being mocked by a DJ")."""
        if t.tag_ != "NN" or t.lower_ not in MAY_BE_PERSON or t.i in self.person_at:
            return False
        if t.i in self.org_at or any(c.i in self.person_at for c in t.children):
            return False  # a body, or described by a name
        if t.dep_ == "appos" or t.head.i in self.person_at:
            return False  # a description of a name
        if t.dep_ in _SUBJECT:
            return False  # a subject, read as one ("The comedian, who ..., is known for")
        if t.dep_ == "pobj" and t.head.dep_ == "agent":
            verb = t.head.head
            return verb.dep_ == "ROOT" or verb.dep_ == "conj" and verb.head.dep_ == "ROOT"
        copula = t.head if t.dep_ == "attr" else None
        if copula is not None and any(
            c.dep_ in _SUBJECT and c.lower_ not in _NO_ONE for c in copula.children
        ):
            return False  # "Dore is a banker who ...": her description; not "it was a guard who"
        return any(c.dep_ == "relcl" and c.left_edge.lower_ in ("who", "whom") for c in t.children)

    def _tied(self, t: Token) -> bool:
        """Whether a subject is someone a person has ("The minister's spokesman said", "his
        lawyer said"; not a body: "The firm's founder said"), speaking, with a role no one
        of the article holds."""
        owner = any(
            c.dep_ == "poss"
            and (c.lower_ in _POSSESSIVE or c.lower_ in PERSON_NOUNS or c.i in self.person_at)
            for c in t.children
        )
        return owner and self._unnamed_sayer(t) and self.titles.holder(t) is None

    def _epithet_subject(self, token: Token, quoted: list[bool]) -> bool:
        """Whether a main clause's subject is a capitalised word for one person made
        definite, no name the article finds ("The Australian has suffered ...", "the Kiwi
        said he ..."), as sports reports call the player they are about, right after someone
        else spoke (the last person named before it outside quotes is the subject of a verb
        of saying that reports words, `_saying`: "... said team doctor Hamish Kerr. The
        Australian ..."; not "Ann Lind has added to the speculation. The Swede ..."):
        someone a "he" or "she" after it may stand for, whom the rules cannot name, so no
        one named before it is sure. After a sentence about a person ("Ann Lind named her
        squad. The Swede said ...") it calls that person again. It is a nationality ("the
        Swede"; not a place's name, "the Kremlin"), or a word whose clause shows a person
        ("he", "his"), even one the entity finder took for a body."""
        nationality = self._national(token)
        if not (
            token.tag_ == "NNP"
            and token.text.istitle()
            and [c.lower_ for c in token.children] == ["the"]
            and (nationality or his_in_clause(token))
            and _in_main_clause(token, self.layout.sentence(token.i).root, quoted)
        ):
            return False
        last = max((i for i in self.person_at if i < token.i and not quoted[i]), default=None)
        if last is None:
            return False
        head = self.doc[last]
        while head.head.i != head.i and self.person_at.get(head.head.i) == self.person_at[last]:
            head = head.head
        head = head.head if head.dep_ == "appos" else head
        return head.dep_ in _SUBJECT and _saying(head.head)

    def is_person_word(self, token: Token) -> bool:
        """Whether a phrase's head can stand for nobody but a person, which `who` may
        resolve: a name, "he" or "she", "the 29-year-old", a noun for a person ("the
        feminist writer"); not "the company", which a title's words may echo."""
        return (
            token.i in self.person_at
            or token.lower_ in ("he", "she")
            or self.ages.stated(token)
            or token.lower_ in PERSON_NOUNS
        )

    def label(self, label: str) -> Speaker:
        """A transcript label ("PENCE") is the one person of the article with that name."""
        keys = self.surnames.get(fold(label.split()[-1]), set())
        return (
            Speaker(person=next(iter(keys)), written=label)
            if len(keys) == 1
            else Speaker(written=label)
        )

    def who(self, token: Token) -> Speaker:
        """The speaker that the phrase headed by `token` names."""
        if token.i in self.person_at:
            if self._after_another(token) is not None:
                return Speaker(written=self.written_at[token.i])
            return Speaker(person=self.person_at[token.i], written=self.written_at[token.i])
        if (honours(token) or office_letters(token)) and self._holder(token):
            return self.who(self.doc[token.i - 1])  # "said Rhys Tallon QC": the letters' name
        named = [c for c in _appositions(token) if c.i in self.person_at]
        if len(named) == 1:
            return self.who(named[0])
        if (joined := self._other_role(token)) is not None:
            return self.who(joined)
        if (key := self._addressed(token)) is not None:
            return Speaker(person=key, written=self._phrase(token))
        if (person := self._person_of(token)) is not None:
            return self.who(person)
        if (author := self._author(token)) is not None:
            return self.who(author)
        if token.i in self.org_at:
            if self._a_persons_noun_after(token):  # "said the Sale full-back": a player
                words = self.doc[token.left_edge.i : token.right_edge.i + 1]
                return Speaker(written=" ".join(t.text for t in words if not t.is_punct))
            return Speaker(organization=self.org_at[token.i], written=self.written_at[token.i])
        word = token.lower_
        if word in _RELATIVE and token.head.dep_ == "relcl":
            before = self.doc[token.i - 1]  # "Secretary Mary Dunlop who said", however parsed
            return self.who(before if before.i in self.person_at else token.head.head)
        if word in _PERSONAL:
            return self._pronoun(token)
        if word in _POSSESSIVE and token.dep_ == "poss":
            return Speaker(person=self._referent(token, _POSSESSIVE[word]), written=token.text)
        if (key := self.ages.holder(token)) is not None:
            return self._called(token, key)
        key = self.titles.holder(token) if is_title_phrase(token) else None
        if key is None and is_title_phrase(token) and self.titles.named_later(token):
            return Speaker(written=self._phrase(token))  # its holder not yet named: unsure
        if key is None and self._epithet(token):
            key = self._epithet_referent(token)
            if key is not None:
                return self._called(token, key)
        if key is None and self._described_speaker(token):
            key = self._speaker_before(token)
        if key is None and self._description(token):
            key = self._centre_before(token)
        if key is None:
            key = self._lone_surname(token)
        return Speaker(person=key, written=self._phrase(token))

    def _lone_surname(self, token: Token) -> str | None:
        """The person a speaker's phrase names by their surname alone where the entity
        finder took the word for nobody's ("Page said": the model tags many a surname no
        person): the one person of the article whose full name ends
        with the word, when no full name holds it before its end (a given name, a
        nickname: "Luis 'Chino' Ortega" beside Juan Chino) and it reads as no country's."""
        if token.pos_ != "PROPN" or not token.text[:1].isupper() or self.quoted[token.i]:
            return None
        if any(c.dep_ != "punct" for c in token.children):
            return None  # a phrase of more words than the name: "Page Six", "the Page team"
        word = fold(token.text)
        keys = self.full_name_ends.get(word, set())
        if len(keys) != 1 or word in self.inner_names:
            return None
        if token.text in self.gazetteer.not_countries or self.gazetteer.country_of(token.text):
            return None
        return next(iter(keys))

    def _author(self, token: Token) -> Token | None:
        """The person whose writing or message the subject is ("his report said", "Mr
        Kok's letter noted", "the Kok report said": `speech.messages`): its possessor, a
        person's name or "his" or "her", or a person's name standing right before it
        after "the"; the message speaks for them, as "a statement from Ann Dore" does."""
        if token.lower_ not in _MESSAGES or token.pos_ != "NOUN":
            return None
        children = list(token.children)
        owner = next((c for c in children if c.dep_ == "poss"), None)
        if owner is not None:
            if owner.i in self.person_at or owner.lower_ in _POSSESSIVE:
                return owner
            return None
        before = self.doc[token.i - 1] if token.i > 0 else None
        if (
            before is not None
            and before.i in self.person_at
            and before.dep_ == "compound"
            and before.head.i == token.i
            and any(c.lower_ == "the" and c.dep_ == "det" for c in children)
        ):
            return before
        return None

    def _called(self, token: Token, key: str) -> Speaker:
        """The person `key` as the speaker a phrase for them names by their age or their
        nationality ("the 24-year-old Swiss", "the Dutchman"), with that nationality's
        country."""
        national = self._national(token)
        country = self.titles.gazetteer.country_of(self._peoples_words(token)) if national else None
        return Speaker(person=key, written=self._phrase(token), country=country)

    def _person_of(self, token: Token) -> Token | None:
        """The name the parse hangs on the subject when it is the body the person is "of"
        ("Brett Lock of campaign group OutRage said": "OutRage" the subject, "Lock" its
        modifier): the person said it, as when the parse makes the name the subject."""
        return next(
            (
                c
                for c in token.lefts
                if c.dep_ in ("nmod", "compound")
                and c.i in self.person_at
                and any(p.dep_ == "prep" and p.lower_ == "of" for p in c.rights)
            ),
            None,
        )

    def _a_persons_noun_after(self, token: Token) -> bool:
        """The phrase the organisation's name heads goes on, with no comma, to a noun for
        a person: "said the Sale full-back", where the parse hangs "back" on the club's
        name. Someone of the organisation said it, not the organisation."""
        oid, end = self.org_at[token.i], token.i + 1
        while self.org_at.get(end) == oid:
            end += 1
        tail = self.doc[end : token.right_edge.i + 1]
        if any(t.text in (",", "(", "—", "–") for t in tail):
            return False
        return any(w.lower() in PERSON_NOUNS for w in tail.text.split())

    def _after_another(self, name: Token) -> Token | None:
        """The noun of the phrase a name set off by a comma closes, when it is tied by "of",
        "for" or "to" to words that may stand for another person ("The coach of the
        Briton, Tom Hale, said", "said the lawyer for the 19-year-old, Ann Dore"): the
        name may be either, however the parse hangs it, so neither is sure, once the
        article has named that person before (as the other, maybe: "Briton Tom Hale won
        ..."). None for a body there ("The head of the agency, Tom Hale, said": the head)
        or a name the article brings in there ("A spokesman for the prime minister, Ann
        Dore, said": the spokesman, as a writer would not first name the other so)."""
        doc = self.doc
        key = self.person_at[name.i]
        start = name.i
        while start > 0 and self.person_at.get(start - 1) == key:
            start -= 1
        while start > 0 and doc[start - 1].lower_ in HONORIFICS:
            start -= 1
        end = name.i + 1
        while end < len(doc) and self.person_at.get(end) == key:
            end += 1
        closed = end == len(doc) or doc[end].is_punct  # set off on both sides, not a subject
        if start < 2 or doc[start - 1].text != "," or not closed:
            return None  # "As Ann Dore takes up the chair of ..., Tom Hale said"
        if min(self.spans_of[key]) >= start:
            return None
        sentence = self.layout.sentence(name.i)
        words: list[Token] = []
        for t in reversed(doc[sentence.start : start - 1]):
            if t.text == "," or t.is_quote or t.pos_ in ("VERB", "AUX") and t.dep_ != "amod":
                break  # the phrase starts after a clause's verb ("said the mother of ...")
            words.insert(0, t)
        tie = next((k for k, t in enumerate(words) if t.lower_ in _TIES and k > 0), None)
        if tie is None or words[tie - 1].pos_ != "NOUN":
            return None
        between = self._person_between(doc[words[tie].i + 1 : words[-1].i + 1])
        return words[tie - 1] if between else None

    def _holder(self, token: Token) -> bool:
        """The person named right before letters holds them when the name is led by a
        given name or the article shows it a person's elsewhere ("said Rhys Tallon QC"; not
        "said Bolton West MP", a constituency's member, nor "Essex Chambers QC")."""
        key = self.person_at.get(token.i - 1)
        if key is None:
            return False
        start = token.i - 1
        while self.person_at.get(start - 1) == key:
            start -= 1
        return shown_a_person(self.doc[start : token.i])

    def _other_role(self, token: Token) -> Token | None:
        """The name that a word for a person is joined to by "and" as another of the same
        person's roles ("said Orbis president and chief executive Ann Vane"): the word
        singular, with no determiner or possessor of its own, the name described by a
        word for a person and the only one joined; "the chairman and Ann Vane", "a
        spokesman and Ann Vane" are two people."""
        if (
            token.lower_ not in PERSON_NOUNS
            or token.tag_ != "NN"
            or any(c.dep_ in ("det", "poss") for c in token.children)
        ):
            return None
        joined = [c for c in token.children if c.dep_ == "conj"]
        if len(joined) != 1 or joined[0].i not in self.person_at:
            return None
        name = joined[0]
        described = any(
            c.dep_ in ("compound", "amod") and c.lower_ in PERSON_NOUNS for c in name.children
        )
        return name if described else None

    def _epithet(self, token: Token) -> bool:
        """ "the 34-year-old", "the American": words that stand for the person the text is
        about, as a pronoun does, when no one is given that age or nationality by name."""
        if self.ages.stated(token):
            return True
        children = [c.lower_ for c in token.children]
        if children[:1] != ["the"] or token.tag_ in ("NNS", "NNPS"):
            return False  # most words: no gazetteer lookup
        words = self._peoples_words(token).lower().split()[:-1]  # "new" of "New Zealander"
        return children == ["the", *words] and self._national(token)

    def _national(self, token: Token) -> bool:
        """A word for one of a country's people ("the Swede", "the Scot", "the Frenchman",
        "the New Zealander"), not a place or a body named for one ("the Kremlin"): the
        model tags it a nationality or a person, or it ends as "Frenchman" does (the model
        may tag that a body's), or it is a people's word of two."""
        words = self._peoples_words(token)
        return self.titles.gazetteer.country_of(words) is not None and (
            token.ent_type_ in ("NORP", "PERSON")
            or token.lower_.endswith(("man", "woman"))
            or " " in words
        )

    def _peoples_words(self, token: Token) -> str:
        """The word, or the word before it with it when the two are a country's word for
        its people ("New Zealander", "South African"), the first a compound of the second."""
        before = token.doc[token.i - 1] if token.i > 0 else None
        if before is not None and before.dep_ == "compound" and before.head.i == token.i:
            both = f"{before.text} {token.text}"
            if self.titles.gazetteer.peoples_word(both):
                return both
        return token.text

    def _described_speaker(self, token: Token) -> bool:
        """ "the 52-year-old director", "the Green Party co-chairman", "the charity's
        director": a noun for a person, made definite and described by words of its own
        or by the body it serves, as reports call again the person just heard; not a bare
        role ("the spokesman", someone else's voice), nor one of a country ("the French
        minister"), nor one tied to a person ("the minister's aide")."""
        children = list(token.children)
        return (
            token.lower_ in PERSON_NOUNS
            and token.tag_ not in ("NNS", "NNPS")
            and token.doc[token.left_edge.i].lower_ == "the"
            and any(c.dep_ in _DESCRIBING or _of_a_body(c) for c in children)
            and not any(self.titles.gazetteer.country_of(c.text) for c in children)
        )

    def _speaker_before(self, token: Token) -> str | None:
        """The one person who speaks in the sentence before, the subject of its verbs of
        saying by name or by a pronoun ("He told the students ..."), when it names nobody
        else: who the description calls again, unless the article gives them an office
        the words do not name (`_not_theirs`). A group speaking there ("Organisers said")
        is no rival; anyone else (a name found as no person, a title tied to nobody) is,
        but for people named only in what a verb of saying there reports, whom the speaker
        talks about ("Vaughan claimed that Aizlewood had agreed. ... said the Chester
        chairman": Vaughan), unless the description may be theirs (`_role_of_reported`).
        Sentences wholly in quotation marks between them are that person's words, not the
        writer's."""
        layout = self.layout
        n = layout.sentence_of(token.i) - 1
        while n >= 0 and all(self.quoted[t.i] or t.is_punct for t in layout.sentences[n]):
            n -= 1
        if n < 0 or layout.paragraph(layout.sentences[n].start_char) < self.reach(token.idx):
            return None
        speaking: set[str | None] = set()
        reported = self._reported_words(n)
        for t in layout.sentences[n]:
            if t.dep_ not in _SUBJECT or self.quoted[t.i] or t.head.lower_ not in SPEECH_VERBS:
                continue
            if t.lower_ in ("he", "she"):
                if t.head.dep_ == "ROOT":  # not "if she reacted badly", inside what is said
                    speaking.add(self._referent(t, _PERSONAL[t.lower_]["gender"]))
            elif t.i in self.person_at:
                speaking.add(self.person_at[t.i])
            elif not (t.tag_ in ("NNS", "NNPS") or t.lower_ in _PERSONAL):
                speaking.add(None)  # someone else: a name found as no person, a title
        mentions = self.by_sentence.get(n, [])
        named: set[str | None] = {m.key for m in mentions if m.start not in reported}
        talked_about = {m.key for m in mentions} - named
        key = next(iter(speaking)) if len(speaking) == 1 else None
        if key is None or named - speaking:
            return None
        if self._role_of_reported(token, key, talked_about - {key}, reported):
            return None
        return None if self._not_theirs(token, key) or self._exchange(token, key) else key

    def _reported_words(self, n: int) -> set[int]:
        """The words of sentence `n` that its verbs of saying report, outside quotation
        marks ("Vaughan claimed that Aizlewood had agreed": "that Aizlewood had agreed"):
        who is named there is talked about, not speaking. Read once a sentence: each
        description after it asks."""
        if n not in self._reports:
            self._reports[n] = {
                w.i
                for t in self.layout.sentences[n]
                if t.dep_ in _SUBJECT and not self.quoted[t.i] and t.head.lower_ in SPEECH_VERBS
                for c in t.head.children
                if c.dep_ == "ccomp"
                for w in c.subtree
            }
        return self._reports[n]

    def _role_of_reported(
        self, token: Token, key: str, talked_about: set[str], reported: set[int]
    ) -> bool:
        """Whether a description may be that of someone the sentence before only talks
        about, rather than of `key`, who speaks there: one of its words is a word the
        article gives them ("striker Tom Dore"), its noun one the report itself says of
        someone ("said Lena Holt would be the new captain"), or a party qualifying it is
        not the party the article gives `key` ("the Republican leader" of "Democratic
        leader Ann Reyes")."""
        if not talked_about:
            return False
        describing = [c for c in token.children if c.dep_ in _DESCRIBING]
        words = {w for t in [token, *describing] for w in title_words(t.lower_)}
        sides = self.titles.titles.get(key, set()) & _PARTY_WORDS
        return (
            any(words & self.titles.titles.get(k, set()) for k in talked_about)
            or any(self.doc[i].lower_ == token.lower_ for i in reported)
            or bool(sides)
            and any(
                c.lower_ in _PARTIES and not set(title_words(c.lower_)) <= sides for c in describing
            )
        )

    def _not_theirs(self, token: Token, key: str) -> bool:
        """Whether a title word names an office the person does not hold: the article
        gives them others, or it is an office of public life ("the prime minister", "the
        mayor": the lexicon's politics titles) the article never gives them; a seat many
        hold ("the Tory MP", `_SEATS`) only when it gives it to someone else."""
        word = token.lower_
        offices = self.titles.titles.get(key, set()) & _TITLE_WORDS
        if offices:
            return word not in offices
        if word in _SEATS:
            return any(word in held for k, held in self.titles.titles.items() if k != key)
        return word in _PUBLIC_OFFICES

    def _description(self, token: Token) -> bool:
        """ "the defender", "the British actor", "the top seed": a subject that is a singular
        noun for a person or a place in a draw made definite, as reports call again the
        person they are about; not one named by a tie to someone else ("the spokesman",
        "his lawyer", "the mother")."""
        children = list(token.children)
        return (
            token.dep_ in _SUBJECT
            and (token.lower_ in PERSON_NOUNS or bool(ranks(token)))
            and token.lower_ not in _RELATIONAL
            and (token.text.islower() or token.text.isupper())  # not "the Scottish Executive"
            and token.tag_ not in ("NNS", "NNPS")
            and [c.lower_ for c in children if c.dep_ == "det"] == ["the"]
            and not any(c.dep_ == "poss" or c.lower_ in _RELATIONAL for c in children)
        )

    def _centre_before(self, token: Token) -> str | None:
        """The person a description calls again: of the nearest sentence before it (within
        a pronoun's reach) that speaks of anyone, the one person it names, as the subject
        of its main clause, or the one a "he" or "she" subject there stands for
        (""...," the British actor said" after "Vale said he had doubts."); nobody when
        that sentence names or describes anyone else, or speaks of someone unnamed ("a
        spokesman"), outside what its verbs of saying report ("Ann Lee says she will play
        in Tom Hale's farewell match. "...," said the winger": Lee, unless the description
        may be Hale's: `_role_of_reported`), when the description's own sentence names
        someone before it, or when the words do not fit what the article says of that
        person (`_fits`)."""
        layout = self.layout
        n = layout.sentence_of(token.i)
        if any(m.start < token.i for m in self.by_sentence.get(n, [])):
            return None
        first_para = self.reach(token.idx)
        for k in range(n - 1, -1, -1):
            sentence = layout.sentences[k]
            if layout.paragraph(sentence.start_char) < first_para:
                return None
            reported = self._reported_words(k)
            words = [t for t in sentence if not self.quoted[t.i] and t.i not in reported]
            every = self.by_sentence.get(k, [])
            mentions = [m for m in every if m.start not in reported]
            pronouns = self.subject_pronouns.get(k, [])
            unnamed = any(self._unnamed(t) for t in words)
            named = any(t.dep_ in _SUBJECT and t.pos_ == "PROPN" for t in words)
            described = [d for d in self.described.get(k, []) if d.start not in reported]
            if not (every or pronouns or unnamed or named or self.described.get(k)):
                continue  # a sentence about no one ("Past meetings were bitter.")
            if unnamed or described or len({m.key for m in mentions}) > 1:
                return None  # someone else there, named, described or not named
            meant = {self._referent(p, _PERSONAL[p.lower_]["gender"]) for p in pronouns}
            keys = {m.key for m in mentions if m.subject and m.main} | meant
            if mentions and not any(m.subject and m.main for m in mentions):
                return None
            key = next(iter(keys)) if len(keys) == 1 else None
            if key is None or any(
                t.dep_ in _SUBJECT and t.pos_ == "PROPN" and self.person_at.get(t.i) != key
                for t in words
            ):
                return None  # a name found as no person's speaks there too
            talked_about = {m.key for m in every} | {d.key for d in self.described.get(k, [])}
            if self._role_of_reported(token, key, talked_about - {key}, reported):
                return None
            return key if self._fits(token, key) and not self._exchange(token, key) else None
        return None

    def _exchange(self, token: Token, key: str) -> bool:
        """Whether the description's paragraph, before it, is an exchange: a question or an
        answer (`exchanging`: "asked", "replied") and someone else speaking by name. The
        description may then be either party ("Kimmel asked her ... Aniston replied, "..."
        The host quipped, "..."": the host is Kimmel, the sentence before Aniston's)."""
        layout = self.layout
        paragraph = layout.paragraph(token.idx)
        other = answer = False
        for k in range(layout.sentence_of(token.i), -1, -1):
            if layout.paragraph(layout.sentences[k].start_char) != paragraph:
                break
            answer = answer or any(
                t.lower_ in _EXCHANGING and t.pos_ == "VERB" and not self.quoted[t.i]
                for t in layout.sentences[k]
                if t.i < token.i
            )
            other = other or any(
                m.key != key and m.start < token.i and m.subject and _saying(self._head(m).head)
                for m in self.by_sentence.get(k, [])
            )
        return other and answer

    def _fits(self, token: Token, key: str) -> bool:
        """Whether a description's words fit a person: a title word among their offices
        when the article gives them any or it names a public office, and held by no one
        else nor once by them; a name qualifying it among the words the article gives them
        ("the Chelsea manager"); a country one of theirs when known; a gender not the
        other of theirs."""
        held = self.titles.titles.get(key, set())
        if token.lower_ in _TITLE_WORDS and (
            self._not_theirs(token, key)
            or token.lower_ in self.titles.former.get(key, set())
            or any(token.lower_ in words for k, words in self.titles.titles.items() if k != key)
        ):
            return False  # an office not theirs, once theirs, or someone else's
        if ranks(token) and not self._their_rank(token, key):
            return False  # "the top seed" of the seventh seed, or of two players
        for child in token.children:
            if child.dep_ not in _DESCRIBING:
                continue
            if (cid := self.titles.gazetteer.country_of(child.text)) is not None:
                countries = self.titles.countries.get(key, set())
                if countries and cid not in countries:
                    return False
            elif child.pos_ == "PROPN" and child.lower_ not in held:
                return False
        gender = _MARKS.get(token.lower_)
        return gender is None or self.may_be.get(key, gender) == gender

    def _their_rank(self, token: Token, key: str) -> bool:
        """Whether a place in a ranking ("the top seed", "the world number one") may be the
        person's: one the article gives them of that kind has all its words ("British
        number one Ann Dore" is not the world number one, "seventh seed Ann Dore" not the
        top seed), and no one else has them."""
        words = {c.lower_ for c in token.children if c.dep_ in _DESCRIBING} | {token.lower_}
        held = self.titles.titles.get(key, set())
        if token.lower_ in held and not words <= held:
            return False
        return not any(k != key and words <= w for k, w in self.titles.titles.items())

    def _epithet_referent(self, token: Token) -> str | None:
        """The one person a pronoun of either gender in the epithet's place would stand
        for, if they are given no other age, nor another country than the epithet's
        ("Danish defender Jan Holm and Swedish striker Tom Berg scored. "...," the Swede
        said": not Holm, whom a "he" would stand for), nor its country shared with
        someone else ("English defender X and Scottish winger Y": "the Scot" may be
        either, both of the United Kingdom)."""
        found = {self._referent(token, gender) for gender in ("male", "female")} - {None}
        key = next(iter(found)) if len(found) == 1 else None
        if key is None or self.ages.aged(key):
            return None
        national = self._national(token)
        cid = self.titles.gazetteer.country_of(self._peoples_words(token)) if national else None
        theirs = self.titles.countries.get(key, set())
        if cid is None or not theirs:
            return key  # "said the American" of a player the text gives no country
        shared = any(cid in c for k, c in self.titles.countries.items() if k != key)
        return key if cid in theirs and not shared else None

    def _addressed(self, token: Token) -> str | None:
        """A surname after a form of address that the entity finder left out ("said Mr
        French", a word that is also a nationality): the one person of the article with
        that surname, unless the form says the other gender than theirs ("Mrs Hale" is
        not the one Hale named, Michael: the entity finder left her out for that)."""
        if token.i == 0 or token.pos_ != "PROPN" or token.i in self.org_at:
            return None
        form = self.doc[token.i - 1].lower_
        if form not in HONORIFICS:
            return None
        keys = self.surnames.get(fold(token.text), set())
        key = next(iter(keys)) if len(keys) == 1 else None
        gender = _MARKS.get(form)
        if key is None or gender is None:
            return key
        return key if self.may_be.get(key, gender) == gender else None

    def _phrase(self, token: Token) -> str:
        words = self.doc[token.left_edge.i : token.i + 1]
        return " ".join(t.text for t in words[-SPEAKER_WORDS_KEPT:] if not t.is_punct)

    def _pronoun(self, token: Token) -> Speaker:
        gender = _PERSONAL[token.lower_]["gender"]
        if token.lower_ == "it":
            return Speaker(organization=self._organisation_before(token), written=token.text)
        if gender not in ("male", "female"):
            # "I" and "we" outside quotes are the writer; "they" a group
            return Speaker(written=token.text)
        return Speaker(person=self._referent(token, gender), written=token.text)

    def _organisation_before(self, token: Token) -> str | None:
        """The organisation a speaking "it" stands for, when "it" is the subject of its
        sentence's main clause: the subject of the main clause of the nearest sentence
        before that has one outside quotation marks and other than "it", when that subject
        is an organisation's name ("The OECD cut its forecast. ... "Growth will slow," it
        added."). Anything else there, a thing ("The report said"), a person or a noun for
        a firm, leaves it nobody: "it" is as often a thing."""
        if token.dep_ not in _SUBJECT or token.head.i != self.layout.sentence(token.i).root.i:
            return None  # "branded it "tasteless"", "what it called": maybe another's words
        n = self.layout.sentence_of(token.i)
        for sentence in reversed(self.layout.sentences[max(0, n - IT_SENTENCES_BACK) : n]):
            subjects = [
                c for c in sentence.root.children if c.dep_ in _SUBJECT and not self.quoted[c.i]
            ]
            if not subjects or subjects[0].lower_ == "it":
                continue  # quoted words go on, or "it" again: the same one
            first = subjects[0]
            if first.i in self.org_at and not self._a_persons_noun_after(first):
                return self.org_at[first.i]
            return None
        return None

    def _named_other(
        self, mentions: list[_Mention], gender: str, aside: frozenset[str], guess: bool
    ) -> tuple[str | None, bool]:
        """Among people named in a sentence, not as its subject: the nearest known to be
        of the pronoun's gender, or else the one person there who may be meant, when not a
        subject of any clause there (as "where Bush opposed it" is, passed over after "But
        the Tory leader argued") and their own given name says they are of it ("To Dr
        Brian Carpenter, the fix is human. People must be taught, he says": Carpenter);
        and whether anyone there can be meant by it. `guess`: no noun for a person the
        article does not name stands between them and the pronoun (`_none_unnamed`: "The
        woman disputes that she ...": hers, whoever is named before)."""
        known = next((m.key for m in mentions if self._known(m.key, gender, aside)), None)
        meant = [m for m in mentions if self._may_mean(m.key, gender, aside)]
        if (
            guess
            and known is None
            and len({m.key for m in meant}) == 1
            and not any(m.subject for m in meant)
        ):
            known = meant[0].key if self.guessed.get(meant[0].key) == gender else None
        return known, bool(meant)

    def _none_unnamed(self, n: int, token: Token) -> bool:
        """Whether no word outside quotation marks from sentence `n` up to `token` stands
        for a person the article does not name (`_unnamed`: "the woman", "a spokesman"),
        nor is a subject that may be someone called again: a name, a "he" or "she", a
        noun for one person or an age ("The 22-year-old pipped Tom Hale": the one a "he"
        goes on about, not Hale); a thing ("the answer lies in ...") or a group is none."""
        start = self.layout.sentences[n].start
        return not any(
            not self.quoted[t.i] and (self._unnamed(t) or self._someone_as_subject(t))
            for t in self.doc[start : token.i]
        )

    def _someone_as_subject(self, token: Token) -> bool:
        """Whether a word is a subject that may stand for one person (`_none_unnamed`)."""
        if token.dep_ not in _SUBJECT or token.tag_ in ("NNS", "NNPS"):
            return False
        if token.lower_ in _HE_SHE or token.pos_ == "PROPN" or token.lower_ in PERSON_NOUNS:
            return True
        words = cached.span_text(self.doc, token.left_edge.i, token.i + 1)
        return token.pos_ == "NOUN" and _AGE_WORDS.search(words) is not None

    def _next_in_rank(
        self, mentions: list[_Mention], gender: str, aside: frozenset[str]
    ) -> str | None:
        """The one person named in a sentence who may be meant by a pronoun, when its
        main clause's subject is a person the article shows to be of the other gender:
        the pronoun goes on about the next in rank after the subject, as the subject
        cannot be meant ("Lind is the choice of Tom Hale. But while he ...": Hale); not
        when two or more may be meant, nor a possessor ("Lind's coach ..."); only in the
        pronoun's sentence or the one right before, as the next in rank is a weaker
        centre than a subject, kept only by the sentence that follows."""
        subjects = [m for m in mentions if m.subject and m.main and not m.reported]
        if not subjects or any(self.gender.get(m.key) in (None, gender) for m in subjects):
            return None
        meant = {m.key for m in mentions if self._may_mean(m.key, gender, aside)}
        if len(meant) != 1:
            return None
        (key,) = meant
        heads = [self._head(m) for m in mentions if m.key == key]
        return None if any(h.dep_ == "poss" for h in heads) else key

    def _rival(self, mentions: list[_Mention], key: str, gender: str) -> bool:
        """Whether someone else named in the sentence may be meant as well as the subject
        of a clause inside it: that subject is not sure enough to be the one meant, even
        when the other is set aside (`referent_besides`: "The statement says Novak will
        go if Varga stays. "Marek will stay," he said": not Varga; no one named is the
        writer's centre there)."""
        return any(m.key != key and self.may_be.get(m.key, gender) == gender for m in mentions)

    def _main_subject(self, subjects: list[_Mention], gender: str, aside: frozenset[str]) -> bool:
        """Whether a person who may be meant is the subject of the sentence's main clause."""
        return any(m.main and self._may_mean(m.key, gender, aside) for m in subjects)

    def referent_besides(self, token: Token, gender: str, named: frozenset[str]) -> str | None:
        """Who a "he" or "she" framing a quote stands for when the people its words name
        (`named`) are set aside: people speak of others by name, not of themselves
        (sieves._names_own_speaker), so such a person is not the one meant ("According
        to Dore, Hale had promised to stay. "I told Tom to stay," he said": Dore), though
        still a rival to a clause's subject (`_rival`) and to the sole person in reach
        (`_sole`). A pronoun it goes on from keeps its own reading, made with no one set
        aside."""
        return self._referent(token, gender, named)

    def named_beside(self, token: Token, key: str, named: frozenset[str]) -> bool:
        """Whether a person is named, outside quotation marks, in the last sentence up to
        a pronoun that names one of `named` there ("Vince Cable warned it was not as rosy
        as Mr Brown would say. "For all his trumpeting, Gordon Brown's record is mixed,"
        he said": Cable beside Brown): setting Brown aside leaves Cable the sentence's
        subject, no reach past it."""
        n = self.layout.sentence_of(token.i)
        while n >= 0:
            keys = {m.key for m in self.by_sentence.get(n, []) if m.start < token.i}
            if keys & named:
                return key in keys
            n -= 1
        return False

    def _referent(
        self, token: Token, gender: str, aside: frozenset[str] = frozenset()
    ) -> str | None:
        """Who a "he" or "she" stands for: in its sentence and then in each sentence before
        it (within the paragraphs allowed), a subject named, or titled as the one person
        holding the title ("the home secretary said"), of that gender or not known to be
        of the other; then a subject "he" or "she" alike, which stands for the same
        person; then anyone else named there known to be of that gender, but not before
        a "he" that is its own sentence's subject ("Asked about Mr Lee's case, he
        said": not Lee). When someone
        named there may be meant but is not known to be of it, nobody: not a person
        further back; nor when, nearer than any of these, a main clause's subject brings
        in someone new without a name ("A party spokesman later said ..."). Nobody in
        `aside` is meant (`referent_besides`)."""
        memo = token.i, gender, aside
        if memo in self._referents:
            return self._referents[memo]
        self._referents[memo] = None  # no cycles
        layout = self.layout
        n = layout.sentence_of(token.i)
        first_para = self.reach(token.idx)
        found: str | None = None
        main_subject = token.dep_ in _SUBJECT and token.head.dep_ == "ROOT"
        own = True  # the pronoun's own sentence
        passed = False  # a description of someone the rules cannot name, nearer
        while found is None and n >= 0:
            if layout.paragraph(layout.sentences[n].start_char) < first_para:
                break
            mentions = [m for m in self.by_sentence.get(n, []) if m.start < token.i]
            mentions.reverse()  # nearest first
            same = [p for p in self.subject_pronouns.get(n, []) if p.i < token.i]
            again = self._called_again(n) if token.lower_ in _HE_SHE else []
            described = [d for d in self.described.get(n, []) + again if d.start < token.i]
            unnamed = [
                _Mention(t.i, "", True, new=True)
                for t in self.unnamed_subjects.get(n, [])
                if t.i < token.i
            ]
            subjects = sorted(
                [m for m in mentions if m.subject] + described + unnamed, key=lambda m: -m.start
            )
            unknown = False  # a clause's subject with a rival: nobody sure
            if not own and any(
                _marked(t.lower_, gender) == gender for t in self.unnamed_actors.get(n, [])
            ):
                return None  # "X was visited by a nurse. "...," she said": either
            if (own or self._introduces(n, token)) and self._unknown_sayer(n, token):
                return None  # "For the Greens Ann Dore said: "...," he said": not who came before
            if main_subject and n == layout.sentence_of(token.i) - 1:
                root = layout.sentences[n].root
                called = [
                    d for d in described if _in_main_clause(self.doc[d.start], root, self.quoted)
                ]
                nearest = sorted(mentions + called, key=lambda m: -m.start)
                found = self._centre(nearest, gender, aside)
            if found is not None:
                break
            before = passed  # a description nearer: a clause's subject here is passed over
            passed = passed or self._untold_description(n, token)
            for m in subjects:
                if passed and not m.main:
                    continue  # "... where Bush opposed it. But the Tory leader argued"
                if m.new:  # someone new, unnamed: the one meant, if of that gender
                    if not own and self._asker(m.start, n):
                        continue  # ""Will you run?" a reporter asked. "No," she said": not theirs
                    if _MARKS.get(self.doc[m.start].lower_, gender) == gender:
                        return None  # "A Labour spokesman later said ... "...," he said"
                    continue
                if not self._may_mean(m.key, gender, aside):
                    continue
                if self._commanded(m, [*same, token] if own else same, gender):
                    continue  # "He believes Yahoo failed. "...," he said": his, not Yahoo's
                if not m.main and m.reported and self._reporter(n, gender):
                    return None  # "The prosecutor said Ebbe lied. "...," he said": nobody sure
                if m.relative and (
                    len(subjects) > 1
                    or self.guessed.get(m.key) != gender
                    or self._rival(mentions, m.key, gender)
                ):
                    continue  # "Dore praised Hale, who scored. "...," she said": as before
                if self._either(m, gender, aside):
                    return None  # "Tom Hale and Ian Dore won. "...," he said": either
                if not m.main and self._rival(mentions, m.key, gender):
                    if m.reported and self._main_subject(subjects, gender, aside):
                        continue  # "Holm admits Berg will decide. He said": Holm
                    unknown = True  # "... to watch Bush slug it out with Kerry. He said"
                    break
                found = m.key
                break
            else:
                for p in reversed(same):
                    if _PERSONAL[p.lower_]["gender"] == gender:
                        found = self._referent(p, gender)
                        break
                else:  # someone named there but not its subject, known to be of that gender
                    if own and main_subject:
                        if any(self._fronted_owner(m, token, gender, aside) for m in mentions):
                            return None  # "In Dore's case, she decided": Dore, or another
                        others = []
                    else:  # "... where Bush opposed it. But the Tory leader argued": not Bush
                        others = [m for m in mentions if not (before and m.subject and not m.main)]
                    found, meant = self._named_other(
                        others, gender, aside, self._none_unnamed(n, token)
                    )
                    if found is None and meant:
                        if n >= layout.sentence_of(token.i) - 1:  # its own or the one before
                            found = self._next_in_rank(others, gender, aside)
                        break  # someone there may be meant: not anyone further back
                if found is None and any(_PERSONAL[p.lower_]["gender"] == gender for p in same):
                    break  # the chain ended with nobody: so does this pronoun
            if unknown:
                break
            n -= 1
            own = False
        if found is None:
            found = self._sole(token, gender, first_para, main_subject)
        guessing = self.may_be is not self.gender
        if guessing and found is not None and self.guessed.get(found) != gender:
            unguessed = self._without_guess(token, gender, aside)
            if unguessed is not None and unguessed != found:
                found = None  # "Mayor Carol Ionescu met Radu Popa. "...," he said": nobody sure
        if found is not None and found in self._named_below(token):
            found = None  # "He said Mole would appear in court": not Mole
        if found is not None and self._past_quotes(token, gender, first_para, found, aside):
            found = None  # "Hart said ... Cole was sent off.¶"..."¶He said": either
        self._referents[memo] = found
        return found

    def _asker(self, i: int, n: int) -> bool:
        """Whether an unnamed subject is someone whose trade is to ask (`askers`: "a
        reporter") who asks there: the subject of a verb of asking, or of sentence `n`
        holding a question in marks. The words answering them come from the one asked."""
        token = self.doc[i]
        if token.lower_ not in _ASKERS:
            return False
        if token.head.lower_ in _ASKING:
            return True
        words = self.layout.sentences[n].text
        return _asks(words)

    def _fronted_owner(
        self, mention: _Mention, token: Token, gender: str, aside: frozenset[str]
    ) -> bool:
        """Whether the mention, of a person a "he" or "she" may mean, owns the noun of a
        phrase with no verb that opens the pronoun's clause ("In Dore's case, she decided
        ...", "Despite Hale's plea, he said"): the pronoun may be theirs or another's,
        unlike one after a clause that is the pronoun's own ("Asked about Lee's case, he
        said": not Lee)."""
        head = self._head(mention)
        if head.dep_ != "poss" or not self._may_mean(mention.key, gender, aside):
            return False
        phrase = head.head.head  # "In" of "In Dore's case"
        return (
            phrase.dep_ == "prep"
            and phrase.head == token.head
            and phrase.i < token.i
            and not any(t.pos_ in ("VERB", "AUX") for t in phrase.subtree)
        )

    def _untold_description(self, n: int, token: Token) -> bool:
        """Whether sentence `n`, before `token`, has as its main clause's subject a title or
        a noun for one person with "the" that the rules give to nobody ("But the Tory
        leader argued ..."): a "he" after it goes on about them, who is one named before
        as a main clause's subject ("Michael Howard has backed ..."), not one named only
        in a clause of that sentence or further back ("... where George Bush opposed
        it"), who is passed over."""
        if n not in self._untold:  # read once a sentence: every pronoun after it asks
            sentence = self.layout.sentences[n]
            self._untold[n] = [
                t.i
                for t in sentence
                if t.dep_ in _SUBJECT
                and not self.quoted[t.i]
                and t.i not in self.person_at
                and t.lower_ in _ONE_PERSON_WORDS
                and any(c.lower_ == "the" for c in t.children)
                and is_title_phrase(t)
                and _in_main_clause(t, sentence.root, self.quoted)
                and self.who(t).person is None
            ]
        return any(i < token.i for i in self._untold[n])

    def _past_quotes(
        self, token: Token, gender: str, first: int, found: str, aside: frozenset[str]
    ) -> bool:
        """Whether a pronoun found `found` only past a paragraph wholly in quotation marks
        (`first`: the first paragraph it reaches) while someone else who may be meant is
        also a subject of the writer's paragraphs there: those words are someone's, not
        known whose, and may be either's ("Rovers manager Tom Hart said ... Striker Dan
        Cole was sent off.¶"We had chances."¶He said ..."). A subject brought in unnamed
        ("A spokesman said") is another of its own."""
        layout = self.layout
        own = layout.paragraph(token.idx)
        spoken = [p for p in range(first + 1, own) if p in self.spoken]
        if not spoken:
            return False
        rivals: set[str | None] = set()
        for n, sentence in enumerate(layout.sentences):
            paragraph = layout.paragraph(sentence.start_char)
            named = (m.key for m in self.by_sentence.get(n, []) if m.start < token.i)
            if paragraph > spoken[-1] and found in named:
                return False  # named again after the quotes: not found past them
            if not first <= paragraph < spoken[0]:
                continue
            rivals |= {
                m.key
                for m in self.by_sentence.get(n, [])
                if m.subject and self._may_mean(m.key, gender, aside)
            }
            rivals |= {d.key for d in self.described.get(n, [])}
            rivals |= {None for _ in self.unnamed_subjects.get(n, [])}
            for p in self.subject_pronouns.get(n, []):
                if _PERSONAL[p.lower_]["gender"] == gender:
                    rivals.add(self._referent(p, gender))
        return bool(rivals - {found})

    def _named_below(self, token: Token) -> set[str]:
        """People a subject pronoun's own verb names outside quotes after it ("He said
        Mole would appear in court"): never the one it stands for (binding's Principle C),
        as a quote's speaker found past a paragraph of quotes may be named there; not in a
        clause joined to that verb by "and" or "but", which its subject does not reach, nor
        in brackets, the writer's aside ("He named the poor (who, for Trump, were ...)":
        Trump may be he). A verb set in the words it reports ("What Page did was "wrong,"
        he said") reports the clause it is set in: its names before the pronoun are never
        the one meant either."""
        if token.dep_ not in _SUBJECT or token.lower_ not in _PERSONAL:
            return set()
        verb = token.head
        joined = {t.i for c in verb.children if c.dep_ == "conj" for t in c.subtree}
        joined |= self._bracketed(self.layout.sentence_of(token.i))
        below = {
            self.person_at[t.i]
            for t in verb.subtree
            if t.i > token.i
            and t.i in self.person_at
            and not self.quoted[t.i]
            and t.i not in joined
        }
        if verb.dep_ == "parataxis" and verb.head.i < verb.i:
            own = {t.i for t in verb.subtree}
            below |= {
                self.person_at[t.i]
                for t in verb.head.subtree
                if t.i < token.i
                and t.i not in own
                and t.i in self.person_at
                and not self.quoted[t.i]
            }
        return below

    def _bracketed(self, n: int) -> set[int]:
        """The words of sentence `n` inside round brackets."""
        inside: set[int] = set()
        depth = 0
        for t in self.layout.sentences[n]:
            if t.text == "(":
                depth += 1
            elif t.text == ")":
                depth = max(0, depth - 1)
            elif depth:
                inside.add(t.i)
        return inside

    def _commanded(self, mention: _Mention, pronouns: list[Token], gender: str) -> bool:
        """Whether a "he" or "she" of the pronoun's gender (or the pronoun itself) is the
        subject of a verb above the clause of a person's mention ("He believes Yahoo
        failed", "Yahoo is winning, he believes"): that pronoun is someone else, the one a
        pronoun after it goes on about (reach.commands)."""
        head = self._head(mention)
        return any(
            _GENDERED.get(p.lower_) == gender and commands(p, head, self.quoted) for p in pronouns
        )

    def _unknown_sayer(self, n: int, token: Token) -> bool:
        """Whether the pronoun is the subject of a verb of saying that closes a double frame
        opened in sentence `n` (its own, or the one ending with the colon before its
        quote) by a sayer no person we know ("For the Greens Ann Dore said: "...," he
        said", "The ministry said in a statement: "...," he said"): a verb of saying, the
        main one or one the parse hangs on the pronoun's, with nothing but its own words
        between it and the quote the pronoun follows, whose subject is a name found as
        no one or a body, or that the parse gives no subject though such a name stands
        right before it (as a frame reads it: frame.name_before). The "he" is that
        sayer or one of theirs, not anyone named before."""
        said = token.head
        if token.dep_ not in _SUBJECT or said.lower_ not in SPEECH_VERBS:
            return False  # "told reporters that he wanted "..." but he does not know"
        opening = self._quote_before(token)
        if opening is None:
            return False
        doc = self.doc
        for verb in self.layout.sentences[n]:
            if not (
                verb.i < opening
                and verb.lower_ in SPEECH_VERBS
                and verb.pos_ == "VERB"
                and (verb.dep_ == "ROOT" or verb.head == said)  # however parsed
                and not any(
                    t.dep_ in _SUBJECT or t.pos_ == "PRON" for t in doc[verb.i + 1 : opening]
                )  # not "The club said he had been "...", and he said"
            ):
                continue
            subjects = [c for c in verb.children if c.dep_ in _SUBJECT]
            if subjects:
                if any(self._no_one(c) for c in subjects):
                    return True
            elif (
                verb.i > 0 and doc[verb.i - 1].pos_ == "PROPN" and verb.i - 1 not in self.person_at
            ):
                return True
        return False

    def _quote_before(self, token: Token) -> int | None:
        """Where the quote opens that ends right before `token`, only punctuation between
        (""...," he said"), or None."""
        i = token.i - 1
        while i >= 0 and not self.quoted[i] and self.doc[i].is_punct:
            i -= 1
        if i < 0 or not self.quoted[i]:
            return None
        while i > 0 and self.quoted[i - 1]:
            i -= 1
        return i

    def _no_one(self, token: Token) -> bool:
        """Whether a subject is one name found as no person ("Ann Dore" found as no one)
        or a body ("The ministry", "the club"); not a person, nor words beside a
        person's name ("The council leader, Ann Dore,"), a group, nor a noun that may
        be a person the article calls again ("The chart-topper said: "...," he said")."""
        if token.i in self.person_at or token.tag_ in ("NNS", "NNPS"):
            return False
        if any(c.i in self.person_at for c in token.children):
            return False
        return token.pos_ == "PROPN" or token.i in self.org_at or token.lower_ in BODY_NOUNS

    def _introduces(self, n: int, token: Token) -> bool:
        """Whether sentence `n` is the one before the pronoun's and ends with the colon that
        introduces its quote ("Ann Dore said:" before ""...," she said."): one sentence
        with it, as the frame reads them (frame.py)."""
        layout = self.layout
        return n == layout.sentence_of(token.i) - 1 and layout.sentences[n].text.rstrip().endswith(
            ":"
        )

    def _without_guess(self, token: Token, gender: str, aside: frozenset[str]) -> str | None:
        """Whom a pronoun stands for when nobody's gender is guessed from a given name:
        the guess may be wrong (a Romanian "Carol", an Armenian "Karen"), so when it
        passes over that person, the one the pronoun goes to instead must be shown, or
        guessed, to be of its gender."""
        kept = self.may_be, self.guessed, self._referents
        self.may_be, self.guessed, self._referents = self.gender, self.gender, {}
        try:
            return self._referent(token, gender, aside)
        finally:
            self.may_be, self.guessed, self._referents = kept

    def _reporter(self, n: int, gender: str) -> bool:
        """Whether the subject of sentence `n`'s main verb, a verb of saying, is a noun for
        one person or thing the article does not name, who may be of that gender ("The
        prosecutor said Ebbe had lied", "A witness said ...", "The report said ..."): the
        one a pronoun after it may go on about, rather than whom they speak of."""
        root = self.layout.sentences[n].root
        doc = root.doc
        inverted = root.i > 0 and doc[root.i - 1].text == "," and root.i + 1 in self.person_at
        if root.lower_ not in SPEECH_VERBS or inverted:
            return False  # "The problem, said Jain, is ...": Jain reports, not the problem
        return any(
            c.dep_ in _SUBJECT
            and not self.quoted[c.i]
            and c.tag_ == "NN"
            and c.i not in self.person_at
            and c.i not in self.org_at
            and _MARKS.get(c.lower_, gender) == gender
            for c in root.children
        )

    def _centre(self, mentions: list[_Mention], gender: str, aside: frozenset[str]) -> str | None:
        """The subject of the sentence before's last main clause, when it names a person
        known to be of the pronoun's gender, or calls one again by a title, an age or a
        description (`_called_again`: "The striker joined Arsenal from Seville ..."): who a
        "he" or "she" opening the next sentence's main clause goes on about, as news writing
        keeps its centre ("X, the director, said he doubted Mr Y's figures. "...," he
        argued.": X), whoever else of that gender its clauses name; not when another who may
        be meant is the subject of a clause joined by "and" or "but", however parsed ("Dahl
        said he was fed up but Moen rejected it.": either may go on)."""
        main = next((m for m in mentions if m.subject and m.main), None)
        if main is None or not self._known(main.key, gender, aside):
            return None
        if self._either(main, gender, aside):
            return None  # "Tom Hale and Ian Dore won.": either
        return (
            None
            if any(
                self._joined(m)
                for m in mentions
                if m.key != main.key and self._may_mean(m.key, gender, aside)
            )
            else main.key
        )

    def _head(self, mention: _Mention) -> Token:
        """The word a person's mention hangs on the rest of its sentence by."""
        token = self.doc[mention.start]
        while token.head.i != token.i and self.person_at.get(token.head.i) == mention.key:
            token = token.head
        return token

    def _joined(self, mention: _Mention) -> bool:
        """Whether a person is the subject of a clause joined by "and" or "but"."""
        token = self._head(mention)
        if token.dep_ == "appos":
            token = token.head
        return token.dep_ in _SUBJECT and token.head.dep_ == "conj"

    def _sole(self, token: Token, gender: str, first_para: int, main_subject: bool) -> str | None:
        """The one person within the pronoun's reach who can be meant by it, when no rule
        above chose ("The hearing was chaired by Judge Ana Ruiz. "It is late," she
        said."): anyone else named there, subject or not, not known to be of the other
        gender, a person the text speaks of without a name ("the spokesman", "the
        royal", a name found as no one), or a pronoun of that gender before it (which
        stands for someone the rules above could not find) makes it nobody; so does a
        person set aside (`referent_besides`): two people in reach leave room for a third."""
        layout = self.layout
        keys: set[str] = set()
        n = layout.sentence_of(token.i)
        own = True
        while n >= 0 and layout.paragraph(layout.sentences[n].start_char) >= first_para:
            if not (own and main_subject):  # "Asked about Lee's case, he said": not Lee
                keys |= {
                    m.key
                    for m in self.by_sentence.get(n, [])
                    if m.start < token.i and self.may_be.get(m.key, gender) == gender
                }
            keys |= {d.key for d in self.described.get(n, []) if d.start < token.i}
            for t in layout.sentences[n]:
                if t.i >= token.i or self.quoted[t.i]:
                    continue
                if _GENDERED.get(t.lower_) == gender or self._unnamed(t):
                    return None
            n -= 1
            own = False
        return next(iter(keys)) if len(keys) == 1 else None

    def _unnamed(self, token: Token) -> bool:
        """Whether a word stands for a person the article does not name, or names as no
        one: "a spokesman", "the royal", a proper noun subject the entity finder did not
        find; not a title beside a name ("campaign director Ruth Ellery", "Tory shadow
        health secretary Tom Hale", "spokesman for sport Tom Hale") or set after it ("Jeff
        Lee, deputy director of the centre"), nor a role said of someone there
        (`_predicative`: "she served as a minister")."""
        if token.i in self.person_at or token.i in self.org_at or token.tag_ in ("NNS", "NNPS"):
            return False
        if self._titles_a_name(token) or self._set_after_name(token):
            return False
        if token.lower_ in PERSON_NOUNS and token.pos_ in ("NOUN", "PROPN"):
            return not self._predicative(token)
        return token.dep_ in _SUBJECT and token.pos_ == "PROPN"

    def _set_after_name(self, token: Token) -> bool:
        """Whether a word belongs to a phrase set after a name as its apposition ("Jeff
        Lee, deputy director of the centre"): the named person's, no one else."""
        return any(
            a.dep_ == "appos" and a.head.i in self.person_at for a in [token, *token.ancestors]
        )

    def _titles_a_name(self, token: Token) -> bool:
        """Whether a word belongs to the title written before a name: a word the name
        hangs on, or one of the words before it the parse chains to the name ("Tory"
        of "Tory shadow health secretary Tom Hale"), or an office whose field the name
        follows (reach.office_held: "spokesman for sport Tom Hale"; not "a spokesman
        for Tom Hale", someone else)."""
        if any(c.i in self.person_at for c in token.children):
            return True
        if any(office_held(g) == token for c in token.children for g in c.children):
            return True
        word = token
        while word.dep_ in _DESCRIBING and word.head.i != word.i:
            word = word.head
            if word.i in self.person_at:
                return True
        return token.head.i in self.person_at

    def _held_by(self, noun: Token) -> bool:
        """Whether a noun is a person's own, their name or a "his" or "her" its possessor
        ("her duty as a minister", "Hale's time as a coach"): a role "as" it names is that
        person's."""
        return noun.pos_ == "NOUN" and any(
            c.dep_ == "poss" and (c.i in self.person_at or c.lower_ in _POSSESSIVE)
            for c in noun.children
        )

    def _predicative(self, token: Token) -> bool:
        """Whether a noun for a person is a role said of someone the sentence names as a
        subject, no one new: the complement of an "as" on a verb ("she served as a
        minister"; not "such as a priest", nor "at the same time as an official") or on a
        noun a person holds (`_held_by`: "her duty as a minister") or of a
        copula whose subject is a name or "he"/"she" ("Ann Lee became a judge"; not "His
        successor is a banker", "it was a guard who ..."), that copula's own or, for an
        infinitive with none, that of the verb it completes ("Ann Lee wants to become a
        judge", "Ann Lee has no plans to become a judge": `_controller`)."""
        head = token.head
        if token.dep_ == "pobj" and head.lower_ == "as":
            # a role's "as" hangs on a verb; a comparison's on a noun or an adverb ("the
            # same rank as an official", "as much as a minister"), or on a verb after
            # "same" ("came on the same boat as an official"), which names someone new
            verb = head.head
            return (
                (verb.pos_ in ("VERB", "AUX") or self._held_by(verb))
                and not any(w.lower_ in _SAME for w in token.doc[verb.i : head.i])
                and not any(c.lower_ in _SUCH for c in head.children)
                and not (head.i > 0 and token.doc[head.i - 1].lower_ in _SUCH)
            )
        if token.dep_ != "attr" or any(c.dep_ == "relcl" for c in token.children):
            return False
        return any(
            c.dep_ in _SUBJECT and (c.i in self.person_at or c.lower_ in _HE_SHE)
            for c in _controller(head).children
        )


def _asks(words: str) -> bool:
    """Whether words hold a question in quotation marks ("“Will you run?”")."""
    return any(f"?{mark}" in words for mark in CLOSING_QUOTES)
