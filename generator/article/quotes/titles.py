"""A speaker named by a title ("the spokesman", "his campaign manager", "the Estonian PM")
is the one person of the article who holds it: every title word of the phrase is among
the words that article gives the person (roles, the nouns before the name, appositions;
not the title of another person an apposition ties them to: "a friend of the Tory
leader"), and a country the phrase names ("Estonian") or a rank ("the top seed") is one
of theirs (of two holders of one country, "the England coach" is the one the article
calls by that nation, not the Scotland coach); a title once held ("former minister",
"ex-chancellor") is not held, nor one a lesser office holds ("the prime minister" is not
the deputy prime minister), and a title said to be once held ("the former conductor")
names nobody: the article may give it to who holds it now. The field an adjective gives an
office is part of it ("the foreign secretary" is not "Home Secretary Ann Dore"), and a
body's title by its pronoun ("its chief has said") names nobody: which body, the matching
cannot tell, and the one chief named may be another body's. No holder or two, and the
title names nobody; nor does it when the writer brought in before it someone unnamed
with that title as a speaker, the holder not named since nor in apposition to it ("A
spokesman for the ministry said ... , said the spokesman": theirs, not the spokesman named
later; "A judge said ... Judge Ann Dore ... the judge": hers; "She became a minister ...
the minister said": hers; but "..., the spokesman, Ann Dore, said": hers)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from generator import lexicon
from generator.article.entities import PersonCluster
from generator.article.person_words import PERSON_NOUNS
from generator.article.quotes.layout import Layout
from generator.registry.gazetteer import Gazetteer

if TYPE_CHECKING:  # the language model is imported only by runs that parse
    from spacy.tokens import Doc, Token

__all__ = [
    "BODY_NOUNS",
    "TitleHolders",
    "headline_title",
    "is_title_phrase",
    "ranks",
    "title_words",
]

_ABBREVIATIONS = lexicon.table("titles", "abbreviations")
_SAME_PARTY = lexicon.table("titles", "same_party")
_PARTIES = lexicon.words("titles", "parties")  # a party's word, read as an adjective too
_TITLE_WORDS = lexicon.words("titles", "titles")
_DEFINITE = frozenset({"the", "this", "that"})
_INDEFINITE = lexicon.words("titles", "indefinite")
_FORMER = lexicon.words("titles", "former")
_LESSER = lexicon.words("titles", "lesser")
_POSSESSIVE = re.compile(r"['’]s\b")
_TIES = lexicon.words("titles", "ties")
_MODIFIERS = frozenset({"amod", "compound", "poss", "nmod"})
_OWNERS = frozenset({"his", "her"})
# the pronoun of a body ("its chief has said"): which body, the reader must work out, and
# a holder's title may name another ("LSE chief executive Ann Dore" when "its" is the bidder)
_BODY_OWNER = "its"
# an adjective naming which office a title word is ("the foreign secretary" is not the
# home secretary, "the prime minister" not any minister): part of the title, as a compound is
_FIELDS = lexicon.words("titles", "title_openers") | frozenset(
    lexicon.table("titles", "ministry_names")
)
# a body that acts and speaks ("The ministry said", "the committee added"): the last word
# of an organisation's name, never a person's title, though "Committee chairman Ann Dore"
# gives her the word
BODY_NOUNS = (
    lexicon.words("names", "organisation_nouns") | lexicon.words("names", "state_bodies")
) - PERSON_NOUNS
# a rank that sets one holder of a title apart from others ("the top seed", "third seed")
_RANK = re.compile(
    r"top|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)"
)
_RANKING_NOUNS = lexicon.words("titles", "ranking_nouns")


def _brought_in_before(token: Token) -> bool:
    """Whether a sentence before the token's brings in its noun as one of many ("a police
    officer", "one official")."""
    return any(
        t.lower_ == token.lower_ and any(c.lower_ in _INDEFINITE for c in t.children)
        for t in token.doc[: token.sent.start]
    )


def title_words(word: str) -> list[str]:
    """A title's word as its words in full, a party by one name ("Tory": conservative)."""
    word = _SAME_PARTY.get(word, word)
    return str(_ABBREVIATIONS.get(word, word)).split()


def _once_held(word: str) -> bool:
    """Whether a word says a title is no longer held ("former", "ex-chancellor")."""
    return word in _FORMER or word.startswith("ex-")


def _held(role: str) -> str:
    """The words of a role its holder holds: after a possessive, only what follows it
    ("the President's National Security Adviser" is an adviser, not a president); before
    a preposition tying them to another person, only what comes before it (`_names_other`)."""
    words = _POSSESSIVE.split(role.casefold())[-1].split()
    tie = next((k for k, w in enumerate(words) if _names_other(w, words[k + 1 :])), len(words))
    return " ".join(words[:tie])


def _names_other(preposition: str, after: list[str]) -> bool:
    """Whether a preposition after a noun for a person ties them to another person, whose
    title the words after it give ("friend of the Tory leader" is a friend, not a leader;
    "chief executive of Tesco" keeps Tesco; "predecessor as cabinet secretary" keeps the
    office, their own)."""
    return preposition in _TIES and any(w in PERSON_NOUNS or w in _TITLE_WORDS for w in after)


def _own_words(phrase: Token) -> list[Token]:
    """The words of a phrase in apposition to a name, but not those after a preposition
    on its head noun that ties them to another person (`_names_other`)."""
    other: set[int] = set()
    for c in phrase.children:
        after = [t.lower_ for t in c.subtree if t != c]
        if c.dep_ == "prep" and _names_other(c.lower_, after):
            other.update(t.i for t in c.subtree)
    return [t for t in phrase.subtree if t.i not in other]


def ranks(token: Token) -> frozenset[str]:
    """The words of a player's place in a draw or a ranking ("the seventh seed": seventh;
    "the top seed": top; "the world number one": one), none for any other noun: a place
    one player holds, as an office is, whom the article may name with it ("seventh seed
    Tim Hale")."""
    if token.lower_ not in _RANKING_NOUNS:
        return frozenset()
    return frozenset(
        c.lower_
        for c in token.children
        if (c.dep_ in _MODIFIERS and _RANK.fullmatch(c.lower_))
        or (c.dep_ == "nummod" and c.i > token.i and c.like_num)  # "world number one"
    )


def is_title_phrase(token: Token) -> bool:
    """A definite noun phrase that can name one person: "the spokesman", "his adviser",
    "Ryan's spokeswoman", "Estonian PM" (a title word needs no article); not "a source",
    nor "one minister"."""
    if token.pos_ not in ("NOUN", "PROPN") or token.tag_ in ("NNS", "NNPS"):
        return False
    if any(c.lower_ in _INDEFINITE for c in token.children):
        return False
    return (
        token.lower_ in _TITLE_WORDS
        or token.lower_ in _ABBREVIATIONS
        or any(c.dep_ == "poss" or c.lower_ in _DEFINITE for c in token.children)
    )


def headline_title(layout: Layout, person_at: dict[int, str]) -> tuple[str, list[str]] | None:
    """The person a headline names by a title alone, and that title's words: the subject
    of a headline that names no one ("Chancellor rallies Labour voters") is the subject
    of the story's first sentence when that is a person ("Gordon Brown has issued a
    rallying cry ..."), as news writes a story's opening after its headline; so "the
    chancellor said" further on is his, though the story never writes "Chancellor Brown".
    Not when the story gives that person an office of their own ("Opposition leader Karl
    Vint has attacked ...": the headline's treasurer is someone else)."""
    starts, sentences = layout.paragraph_starts, layout.sentences
    if len(starts) < 2 or len(sentences) < 2 or layout.sentence_at(starts[1]) != 1:
        return None  # no headline of one sentence in a paragraph of its own
    headline, opening = sentences[0], sentences[1]
    if any(i in person_at for i in range(headline.start, headline.end)):
        return None
    subject = next((c for c in headline.root.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.lower_ not in _TITLE_WORDS or subject.tag_ in ("NNS", "NNPS"):
        return None
    named = next((c for c in opening.root.children if c.dep_ == "nsubj"), None)
    if named is None or named.i not in person_at:
        return None
    words = title_words(subject.lower_)
    for child in subject.children:
        if child.dep_ in _MODIFIERS:
            words += title_words(child.lower_)  # "Tory leader": both words
    return person_at[named.i], words


class TitleHolders:
    def __init__(
        self,
        doc: Doc,
        people: list[PersonCluster],
        gazetteer: Gazetteer,
        introduced: list[Token],
        headline: tuple[str, list[str]] | None,
    ) -> None:
        self.gazetteer = gazetteer
        self.titles: dict[str, set[str]] = {}
        self.countries: dict[str, set[str]] = {}
        self.former: dict[str, set[str]] = {}  # the words of titles once held
        # the head words of the titles the article gives anyone ("agent" of "Agent Ann
        # Dore", "painter" of "Portrait painter Ruth Okafor"): a person's, never a thing
        self.heads: set[str] = set()
        for cluster in people:
            words = self.titles.setdefault(cluster.key, set())
            countries = self.countries.setdefault(cluster.key, set())
            former = self.former.setdefault(cluster.key, set())
            for role in cluster.roles:
                if any(_once_held(w) for w in re.findall(r"[\w-]+", role.casefold())):
                    parts = role.casefold().replace("ex-", "ex ").split()
                    former.update(w for part in parts for w in title_words(part))
                    continue  # "former minister": not the minister of the article
                words.update(w for part in _held(role).split() for w in title_words(part))
                countries |= gazetteer.countries_in(role)
            for m in cluster.mentions:
                around = self._around(doc, m.start, m.end)
                if any(_once_held(t.lower_) for t in around):
                    former.update(w for t in around for w in title_words(t.lower_))
                    continue
                root = doc[m.start : m.end].root
                for t in around:
                    words.update(title_words(t.lower_))
                    if m.start <= t.head.i < m.end or t == root.head:
                        self.heads.add(t.lower_)  # "painter" of "Portrait painter Ruth Okafor"
                    if cid := gazetteer.country_of(t.text):
                        countries.add(cid)
        # per title word, where the writer first brings in someone unnamed holding it as
        # the subject of a verb of saying ("A spokesman for the ministry said"; not "she
        # became a minister"): the speakers' own test (speakers._brings_in)
        self.unnamed: dict[str, int] = {}
        for t in introduced:
            if t.lower_ in _TITLE_WORDS:
                self.unnamed.setdefault(t.lower_, t.i)
        self.named = {c.key: [m.start for m in c.mentions] for c in people}
        if headline is not None:  # the person a headline names by a title (`headline_title`)
            key, title = headline
            if not self.titles[key] & _TITLE_WORDS:  # "Opposition leader X": another's title
                self.titles[key].update(title)

    def _named_later(self, token: Token, key: str) -> bool:
        """Whether the person a description fits is named only after it, beyond its own
        sentence, when the article names someone before it: a noun for a person that is
        no office ("the comedian", "the world indoor champion") calls back, to someone
        already met, and looks ahead only in an opening that names nobody yet. An office
        has one holder whom news names when it can, so it may look ahead ("The home
        secretary said ..." before "Home Secretary Ann Dore"), as may a tie to someone
        ("Jackson's mother said" before "His mother Ann Jackson") or a name in the
        title's own sentence ("The chairman, Ann Dore QC warned"). Not an office brought
        in before as one of many ("a police officer called ... the officer recalled"
        before "Another officer, Tom Reid"): "the" calls back to that unnamed one."""
        if any(c.dep_ == "poss" for c in token.children):
            return False
        named = self.named[key]
        if any(i < token.sent.end for i in named):
            return False
        if token.lower_ in _TITLE_WORDS:
            return _brought_in_before(token)
        return any(i < token.i for starts in self.named.values() for i in starts)

    @staticmethod
    def _around(doc: Doc, start: int, end: int) -> list[Token]:
        """Words that say what a mention is: "Republican nominee Tom Reyes", "Strong, a
        spokeswoman", "his spokeswoman, AshLee Strong", "Estonia's Prime Minister ..."."""
        root = doc[start:end].root
        near = [t for t in doc[max(0, start - 5) : start] if root in t.ancestors or t.head == root]
        for c in root.children:
            if c.dep_ == "appos":
                near += _own_words(c)
        if root.dep_ == "appos":
            near += [t for t in _own_words(root.head) if t.i < start or t.i >= end]
        return [t for t in near if t.pos_ in ("NOUN", "PROPN", "ADJ")]

    def holder(self, token: Token) -> str | None:
        """The one person holding the title that `token` heads, or None; none named only
        after it once someone else is named before it (`named_later`)."""
        key = self._sole_holder(token)
        return None if key is None or self._named_later(token, key) else key

    def named_later(self, token: Token) -> bool:
        """Whether the title's one holder is named only after it, someone else before it
        (`_named_later`): the words describe someone the reader cannot yet tell, so nobody
        is sure; not the person met before (""...," said the comedian" after "Hale criticised quiz
        shows", before "comedian Tom Baxley": the article gives Hale no such title)."""
        key = self._sole_holder(token)
        return key is not None and self._named_later(token, key)

    def _sole_holder(self, token: Token) -> str | None:
        """The one person the article gives the title that `token` heads, or None; none for a body
        ("the committee", though "Committee chairman Ann Dore" gives her the word) or a
        thing a person owns ("the mayor's new car", "his car": words the article gives a
        person may describe a thing too), where a body's ("the festival's organiser")
        may be a title; a role's head word the article gives someone ("Agent Ann Dore",
        "Point guard Jon Kell") is a title whatever else it may be, a name of anything else
        made definite ("the Pentagon") not."""
        word = token.lower_
        if any(_once_held(c.lower_) for c in token.children):
            return None  # "the former conductor": not whoever holds it now
        if any(c.dep_ == "poss" and c.lower_ == _BODY_OWNER for c in token.children):
            return None  # "its chief has said": the chief of a body the phrase leaves to the reader
        owned = word not in PERSON_NOUNS and any(
            c.dep_ == "poss" and (c.lower_ in PERSON_NOUNS or c.lower_ in _OWNERS)
            for c in token.children
        )
        # "The Pentagon rejected ...", though "Pentagon correspondent Ann Dore" gives her
        # the word: a body or a place named, no one's title
        thing = token.pos_ == "PROPN" and word not in _TITLE_WORDS and word not in PERSON_NOUNS
        if word not in self.heads and (word in BODY_NOUNS or owned or thing):
            return None  # "the committee added": the body; "the painter's portrait": a thing
        countries: set[str] = set()
        places: list[str] = []  # a nation of a country named ("England", "Scotland")
        words = title_words(token.lower_)
        for child in token.children:
            if child.dep_ not in _MODIFIERS:
                continue
            if cid := self.gazetteer.country_of(child.text):
                countries.add(cid)
                if child.text in self.gazetteer.countries[cid].parts:
                    places.append(child.lower_)
            elif child.dep_ == "compound" or child.lower_ in _PARTIES or child.lower_ in _FIELDS:
                words += title_words(child.lower_)  # "press secretary", "Conservative leader"
            elif _RANK.fullmatch(child.lower_):  # "the top seed" is not the seventh seed
                words.append(child.lower_)
        words += ranks(token)  # "the world number one" is not the world number two
        lesser = _LESSER - {t.lower_ for t in token.subtree if t.i <= token.i}  # "the deputy PM"
        holders = [
            key
            for key, held in self.titles.items()
            if all(w in held for w in words)
            and not held & lesser
            and (not countries or countries & self.countries[key])
        ]
        if len(holders) > 1 and places:
            # holders of one country by its nations ("the England coach", not the
            # Scotland coach, both of the United Kingdom): the one whose title the article
            # writes with that nation's word ("France coach" and "French coach" are one)
            holders = [k for k in holders if all(w in self.titles[k] for w in places)]
        if len(holders) != 1:
            return None
        unnamed = self.unnamed.get(word, token.i)
        named = self.named[holders[0]]
        if (
            unnamed < token.i
            and not any(unnamed < i < token.i for i in named)
            and not _named_in_apposition(token, named)
        ):
            return None  # "A spokesman for the ministry said ... , said the spokesman"
        return holders[0]


def _named_in_apposition(token: Token, starts: list[int]) -> bool:
    """Whether a mention starting at one of `starts` is in apposition to the title
    ("The Tory finance spokesman, Brian Monteith MSP, said"): the title is that person's
    own, whoever else holding it the writer brought in before ("a Cosla spokesman")."""
    return any(
        c.dep_ == "appos" and c.left_edge.i <= i <= c.right_edge.i
        for c in token.children
        for i in starts
    )
