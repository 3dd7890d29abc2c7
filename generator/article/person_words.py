"""Words for a person: one set for every rule that asks whether a noun names someone.

Titles ("minister"), descriptors ("actor"), occupations ("striker") and the other nouns
for a person ("man", "champion") were once joined four times over, each union missing a
part; one constant keeps them alike.
"""

from __future__ import annotations

from generator import lexicon

__all__ = ["MAY_BE_PERSON", "PERSON_NOUNS"]

PERSON_NOUNS = (
    lexicon.words("titles", "titles")
    | lexicon.words("titles", "descriptors")
    | frozenset(w for ws in lexicon.table("titles", "role_fields").values() for w in ws)
    | lexicon.words("titles", "person_nouns")
)

# a noun that may stand for someone: the hand lists, or one whose most frequent sense is a
# person (WordNet's, lexicon/person_senses.yaml), read only to doubt, never to name
MAY_BE_PERSON = PERSON_NOUNS | lexicon.words("person_senses", "first_sense_person")
