"""Names found again by a spelling the article already gives a person.

The model labels one name differently from mention to mention ("Olaf Scholz" ORG,
"Scholz" GPE, "Kallas" PERSON): once a mention is taken for a person, its other
mentions are found by their spelling (document-level label consistency). A full name
the model tagged as something else is taken whole when its surname is a person's in
the article; a word inside a longer name the model gave another label ("the Blair
government", "the Lib Dems") is not taken out of it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from generator.article.entities.repair import name_words, repaired
from generator.article.entities.spans import garbled, joins_name, name_like
from generator.text.names import fold

if TYPE_CHECKING:  # the language model is imported only by runs that parse
    from spacy.tokens import Doc, Span, Token

__all__ = ["found_again"]

_WORD_TAGS = ("PROPN", "NOUN", "ADJ", "VERB")


def _word_at(doc: Doc, i: int) -> Span:
    """The word at token i: three tokens for a hyphenated one ("Kilroy-Silk")."""
    end = i + 3 if i + 2 < len(doc) and joins_name(doc[i + 1]) else i + 1
    return doc[i:end]


def found_again(
    doc: Doc,
    spans: list[Span],
    taken: set[int],
    refused: Callable[[str], bool],
    stop: Callable[[Token], bool],
) -> list[Span]:
    """Mentions of the article's people the model missed or labelled otherwise: other
    entities that are a person's full name (or end in a person's surname), and words
    that are a surname, a one-word name or (written as a proper noun) a garbled
    surname, with a first name the model left untagged before it ("coach Rinus
    Michels"). `refused`: spellings that are never a person (countries, organisations);
    `stop`: words a name never grows over."""
    full = {fold(s.text) for s in spans if len(s.text.split()) > 1}
    surnames = {name.split()[-1] for name in full}
    single = {fold(s.text) for s in spans if len(s.text.split()) == 1}
    found: list[Span] = []
    taken = set(taken)
    inside: set[int] = set()  # tokens of longer entities no person's name
    for whole in doc.ents:
        end = whole.end - 1 if whole[-1].text in ("’s", "'s") else whole.end
        ent = doc[whole.start : end]  # "Madis Roll's" tagged ORG
        if len(ent) < 2 or taken.intersection(range(ent.start, ent.end)):
            continue
        key = fold(ent.text)
        if (
            whole.label_ != "PERSON"  # a PERSON entity not taken was judged no person's name
            and name_words(ent)
            and (key in full or key.split()[-1] in surnames | single)
        ):
            found.append(ent)  # "Olaf Scholz" tagged ORG, "Scholz" a person
            taken |= set(range(ent.start, ent.end))
        else:
            inside |= set(range(ent.start, ent.end))
    i = 0
    while i < len(doc):
        word = _word_at(doc, i)
        key = fold(word.text)
        if (
            not (taken | inside).intersection(range(word.start, word.end))
            and name_like(word.text)
            and doc[i].pos_ in _WORD_TAGS
            and not refused(word.text)
            and (
                key in surnames
                or key in single
                or doc[i].pos_ == "PROPN"
                and len(word.text) > 3
                and any(garbled(key, s) for s in surnames)
            )
        ):
            grown = repaired(word, stop)
            if not (taken | inside).intersection(range(grown.start, grown.end)):
                word = grown
            found.append(word)
            i = word.end
        else:
            i += 1
    return found
