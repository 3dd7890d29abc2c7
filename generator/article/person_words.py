"""Words for a person: one set for every rule that asks whether a noun names someone.

Titles ("minister"), descriptors ("actor"), occupations ("striker") and the other nouns
for a person ("man", "champion") were once joined four times over, each union missing a
part; one constant keeps them alike.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from generator import lexicon

if TYPE_CHECKING:  # the language model is imported only by runs that parse
    from spacy.tokens import Token

__all__ = ["MAY_BE_PERSON", "PERSON_NOUNS", "a_places_noun"]

PERSON_NOUNS = (
    lexicon.words("titles", "titles")
    | lexicon.words("titles", "descriptors")
    | frozenset(w for ws in lexicon.table("titles", "role_fields").values() for w in ws)
    | lexicon.words("titles", "person_nouns")
)

# a noun that may stand for someone: the hand lists, or one whose most frequent sense is a
# person (WordNet's, lexicon/person_senses.yaml), read only to doubt, never to name
MAY_BE_PERSON = PERSON_NOUNS | lexicon.words("person_senses", "first_sense_person")

# person nouns that are kinds of place too: "centre" (a player's position, a building)
_PLACE_PERSON_NOUNS = PERSON_NOUNS & lexicon.words("names", "street_words")


def a_places_noun(word: Token) -> bool:
    """A word for a person that also names a kind of place ("centre"), made a place by the
    common noun before it ("the training centre Eastfield Park", "shopping centre"): no
    role of the name after it. A player's position is given a side or a side of the
    pitch ("Wales centre", "outside centre")."""
    before = word.nbor(-1) if word.i else None
    return (
        word.lower_ in _PLACE_PERSON_NOUNS
        and before is not None
        and before.pos_ == "NOUN"
        and before.is_lower
        and before.ent_type_ not in ("GPE", "NORP")
    )
