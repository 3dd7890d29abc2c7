"""A player's country from the national side a sentence puts them in or takes them out
of: "X has been named in the Scotland squad", "Y was recalled to England's training
squad", "the coach dropped Z from the Wales side". The player is the one the verb acts
on (its passive subject or its object), never the one who picks ("Robinson named X in
the England squad": X). A club's side names no country, and a country named elsewhere
in the phrase ("the squad to face France") is no side's.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from generator import lexicon
from generator.registry import Gazetteer

if TYPE_CHECKING:  # the language model is imported only by runs that parse
    from spacy.tokens import Span, Token

__all__ = ["squad_country"]

_NOUNS = lexicon.words("titles", "squad_nouns")
_VERBS = lexicon.words("titles", "squad_verbs")
_PREPOSITIONS = frozenset({"in", "into", "to", "from", "for"})


def _side_of(noun: Token, gazetteer: Gazetteer) -> str | None:
    """The country a side is named by, written before its noun as the country's name or a
    nation of it, or their people's word ("the Scotland squad", "England's training
    squad", "the French side"); not a capital or an institution standing for it."""
    found = set()
    for word in noun.children:
        if word.i > noun.i or word.dep_ not in ("compound", "poss", "nmod", "amod"):
            continue
        if not word.text[:1].isupper():
            continue
        text = noun.doc[word.left_edge.i : word.i + 1].text
        cid = gazetteer.country_of(text)
        if cid is None:
            continue
        country = gazetteer.countries[cid]
        bare = text.removesuffix("'s").removesuffix("’s")
        if bare == country.name or bare in country.parts or bare == country.demonym:
            found.add(cid)
    return found.pop() if len(found) == 1 else None


def squad_country(span: Span, gazetteer: Gazetteer) -> str | None:
    """The country of the national side the clause puts this player in or out of."""
    root = span.root
    verb = root.head
    if root.dep_ not in ("nsubjpass", "dobj") or verb.pos_ != "VERB":
        return None
    if verb.lower_ not in _VERBS:
        return None
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in _PREPOSITIONS:
            continue
        for noun in prep.children:
            if noun.dep_ == "pobj" and noun.lower_ in _NOUNS:
                cid = _side_of(noun, gazetteer)
                if cid:
                    return cid
    return None
