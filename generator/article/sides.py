"""A player's country from the national side a sentence puts them in: "X has been
recalled to England's squad", "Y named X in the Wales squad", "X flew out to join
Scotland's squad", "X, who won 30 caps for Ireland", "X scored two tries in three
England appearances", "X has been left out of England's squad", "France have brought X
back into their squad", "X has been named as a centre in England's team", "The Ireland
team includes X".

A side named after a country is that country's players' own (the key's rule: the
country a person plays for is theirs), never its staff's (a coach or manager of any
country: "returns to the Wales squad as forwards coach", "England coach X"), nor an
opponent's ("lost to the England team"), nor a club's named after a capital ("the Real
Madrid squad"). The person holds the place in the side as the subject of the clause,
or as its object when there is one ("Robinson named X in the England squad": X, not
Robinson).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from generator import lexicon
from generator.article import cached
from generator.registry import Gazetteer

if TYPE_CHECKING:  # the language model is imported only by runs that parse
    from spacy.tokens import Span, Token

__all__ = ["clause_of", "national_side"]

_SIDE_NOUNS = lexicon.words("titles", "side_nouns")  # "squad", "team", "caps"
_SIDE_VERBS = lexicon.words("titles", "side_verbs")  # "played", "scored" (for a side)
_STAFF = lexicon.words("titles", "side_staff")  # "coach", "manager": any country's
_JOINING = lexicon.words("titles", "side_joining")  # "joined England's squad", "won 30 caps"
_PLACING = lexicon.words("titles", "side_prepositions")  # "in", "into", "for", "from"
# the verbs that put or keep a player in a side ("named", "dropped", "is") or say what
# they do for it ("played", "scored")
_PLACING_VERBS = lexicon.words("titles", "side_placing") | _SIDE_VERBS
_PLACES = lexicon.words("titles", "side_places")  # "a place in the Wales team"
_INCLUDING = lexicon.words("titles", "side_including")  # "The Ireland team includes X"
_POSITIONS = frozenset(lexicon.table("titles", "role_fields")["sport"]) - _STAFF  # "centre"
_THEIRS = frozenset({"their", "its"})  # "France have brought X back into their squad"
_SUBJECTS = ("nsubj", "nsubjpass")


def _clauses(root: Token) -> list[Token]:
    """The verbs whose place in a side the name at `root` holds: the verb it is the
    subject or the object of and a relative clause on it with "who" ("X, who won 30
    caps for Ireland"), with the verbs joined to them that have no subject of their own
    ("was picked, and scored ...", "flew to Dublin to join ...")."""
    if root.dep_ == "dobj":
        return [root.head]
    verbs = [
        c
        for c in root.children
        if c.dep_ == "relcl"
        and any(s.dep_ in _SUBJECTS and s.tag_ in ("WP", "WDT") for s in c.children)
    ]
    if root.dep_ in _SUBJECTS:
        verbs.append(root.head)
    found = []
    for verb in verbs:
        if any(
            c.dep_ == "dobj" and (c.pos_ == "PROPN" or c.ent_type_ == "PERSON")
            for c in verb.children
        ):
            continue  # "Robinson named X in the squad": the object is the one placed
        found.append(verb)
        found += [
            child
            for child in verb.children
            if child.dep_ in ("conj", "xcomp", "advcl")
            and not any(c.dep_ in _SUBJECTS for c in child.children)
        ]
    return found


def _country_word(word: Token, gazetteer: Gazetteer) -> str | None:
    """The country a side's name names: the whole run of capitalised words ending at
    `word` ("New Zealand", not "Madrid" of "Real Madrid"), a country's name, a nation's
    or a people's word ("the Welsh squad"), not its capital (a club named after it)."""
    start = word.i
    doc = word.doc
    while start > 0 and doc[start - 1].dep_ == "compound" and doc[start - 1].text[:1].isupper():
        start -= 1
    text = cached.span_text(doc, start, word.i + 1)
    cid = gazetteer.country_of(text)
    return None if cid is None or text == gazetteer.countries[cid].capital else cid


def _side(noun: Token, gazetteer: Gazetteer) -> str | None:
    """The country of a side's noun a country's word describes: "England's training
    squad", "the New Zealand squad", "three England appearances"; not a side's staff
    ("the England coaching team"), nor a part of something else ("the UK side of the
    business", "the UK team at Deloitte")."""
    if noun.lower_ not in _SIDE_NOUNS or any(t.lower_ in _STAFF for t in noun.subtree):
        return None
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children) or _at_a_firm(noun):
        return None
    for child in noun.children:
        # the parse that takes "debut" of "made his Wales debut" for a clause takes the
        # country's name right before it for that clause's subject
        misread = child.dep_ == "nsubj" and noun.dep_ == "ccomp" and child.i == noun.i - 1
        if (child.dep_ in ("poss", "compound", "amod") or misread) and child.i < noun.i:
            cid = _country_word(_owner(child), gazetteer)
            if cid:
                return cid
    return None


def clause_of(word: Token) -> Token:
    """The verb whose clause a word is in: the first head up from it that is a verb, or
    the root (heads compared by position: a Token is a new object at each access)."""
    while word.pos_ not in ("VERB", "AUX") and word.head.i != word.i:
        word = word.head
    return word


def _owner(word: Token) -> Token:
    """Whom "their" or "its" stands for when the subject of its clause is a country's
    side ("France have brought X back into their squad": France), else the word."""
    if word.lower_ not in _THEIRS or word.dep_ != "poss":
        return word
    verb = clause_of(word.head)
    subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.pos_ in ("PROPN", "NOUN")]
    return subjects[0] if len(subjects) == 1 and subjects[0].text[:1].isupper() else word


def _out_of(verb: Token) -> list[Token]:
    """The nouns "out of" on a verb takes: "X has been left out of England's squad", "X
    was ruled out of the Ireland team" (a side is still theirs when they miss it)."""
    return [
        noun
        for out in verb.children
        if out.dep_ in ("prep", "prt", "advmod") and out.lower_ == "out"
        for of in out.children
        if of.dep_ == "prep" and of.lower_ == "of"
        for noun in of.children
        if noun.dep_ == "pobj"
    ]


def _a_position(prep: Token) -> bool:
    """ "as" and a player's position: "named as a centre in England's team"."""
    return any(c.dep_ == "pobj" and c.lower_ in _POSITIONS for c in prep.children)


def _at_a_firm(word: Token) -> bool:
    """ "at" and an organisation's name on a verb or a side's noun: "the UK team at
    Deloitte" is a firm's part, where anyone may work."""
    return any(
        c.dep_ == "prep" and c.lower_ == "at" and any(o.ent_type_ == "ORG" for o in c.children)
        for c in word.children
    )


def _for_a_country(prep: Token, noun: Token, gazetteer: Gazetteer) -> str | None:
    """ "for" and a country's own name after a side's noun or a player's verb: "won 30
    caps for Ireland", "played for Wales", "scored for France"; or on a verb that takes a
    side's noun ("made his debut for Wales": `national_side` asks it of such a verb only)."""
    head = prep.head
    if prep.lower_ != "for" or noun.pos_ != "PROPN":
        return None
    if not {head.lower_} & (_SIDE_NOUNS | _SIDE_VERBS | _JOINING):
        return None
    return _country_word(noun, gazetteer)


def national_side(span: Span, gazetteer: Gazetteer) -> str | None:
    """The one country of the national sides the sentence places the named person in, if
    the person is no side's staff."""
    root = span.root
    verbs = _clauses(root)
    if not verbs or any(t.lower_ in _STAFF for t in root.subtree):
        return None
    # "to" only for one who is put there ("was recalled to", "named X to"): "lost to the
    # England team" is an opponent's
    placing = _PLACING | ({"to"} if root.dep_ in ("nsubjpass", "dobj") else set())
    found: set[str | None] = set()
    for verb in verbs:
        if any(c.dep_ == "prep" and c.lower_ == "as" and not _a_position(c) for c in verb.children):
            return None  # "is back in the Wales squad as forwards coach"
        if _at_a_firm(verb):
            return None  # "joined the Japanese team at Sony": a firm's team
        # the verb's object (a noun the parse may take for a clause: "could make his
        # England debut")
        objects = [
            c
            for c in verb.children
            if (c.dep_ == "dobj" or c.dep_ == "ccomp" and c.pos_ == "NOUN")
            and c.lower_ in _SIDE_NOUNS
        ]
        joining = verb.lower_ in _JOINING and bool(objects)
        if joining:
            found.update(_side(noun, gazetteer) for noun in objects)
        places = [c for c in verb.children if c.dep_ == "dobj" and c.lower_ in _PLACES]
        # where the verb puts or keeps a player ("named in", "dropped from", "is in",
        # "played for"), a side's noun or a place in one it takes ("won 30 caps for",
        # "earn a place in"), or what "be" says the person is ("the only fit tight-head
        # in England's squad"); not a phrase on another object ("found a weakness in
        # the England team", "beat two players from the US team": an opponent's)
        heads = [c for c in verb.children if c.dep_ == "attr"] + objects + places
        # the verb itself when it places ("named in"), or when it takes a side's noun
        # and the parse hangs the side's name on it ("made his debut for Wales")
        if verb.lower_ in _PLACING_VERBS or joining:
            heads.append(verb)
            # "brought X back into their squad", "named as a centre in England's team"
            heads += [c for c in verb.children if c.lower_ == "back" and c.dep_ == "advmod"]
            heads += [
                c
                for prep in verb.children
                if prep.dep_ == "prep" and prep.lower_ == "as"
                for c in prep.children
                if c.dep_ == "pobj" and c.lower_ in _POSITIONS
            ]
        for head in heads:
            for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ in placing):
                for noun in (c for c in prep.children if c.dep_ == "pobj"):
                    found.add(_side(noun, gazetteer) or _for_a_country(prep, noun, gazetteer))
        found.update(_side(noun, gazetteer) for noun in _out_of(verb))
        if root.dep_ == "dobj" and verb.lower_ in _INCLUDING:
            found.update(_side(c, gazetteer) for c in verb.children if c.dep_ == "nsubj")
    found.discard(None)
    return found.pop() if len(found) == 1 else None
