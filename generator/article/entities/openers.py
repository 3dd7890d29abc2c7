"""A word capitalised by its place, glued by the model to a country's name after it.

The first word of a sentence or of a quotation is capitalised whatever it is, and the
small model then takes a verb there into the name that follows ("Beat Portugal and we go
through"), a person who is no one. The pair is dropped (the country is found alone) when
the article and the parse show the first word is no name: it is no common given name (nor
a function word that is one, "Will Young"), the article also writes it in lower case, as a
word of the language, and the parse keeps it out of the name: it is the sentence's verb,
or the country hangs on it. A first word the parse makes a compound of the surname is a
first name, whatever else it is ("Grace Paris, 34," beside "by the grace of"), and so is
one the article never writes small ("Hakeem Jordan"). The pair is dropped too, whatever
the parse and the article's other words, when the model's entity tagger reads the
country's name there as a place ("''Poor Mexico, so far from God''", "Say Mexico" tagged
GPE): the pair is a person only by a later reading of two capitalised words, and the
tagger reads a real name as a person's ("Grace Paris", "Jools Holland").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from generator import lexicon
from generator.article import cached
from generator.registry import Gazetteer
from generator.text.marks import OPENING
from generator.text.names import given_name_word

if TYPE_CHECKING:  # the language model is imported only by runs that parse
    from spacy.tokens import Doc, Span, Token

__all__ = ["by_its_place", "without_openers"]

_FUNCTION_WORDS = lexicon.words("names", "function_word_names")  # "Will Young": not "will"
_PLACES = frozenset({"GPE", "LOC"})  # the entity tagger's labels of a country


def without_openers(doc: Doc, spans: list[Span], gazetteer: Gazetteer) -> list[Span]:
    """The spans without a pair of a word capitalised by its place and a country's name."""
    return [span for span in spans if not _opener_and_country(doc, span, gazetteer)]


def _opener_and_country(doc: Doc, span: Span, gazetteer: Gazetteer) -> bool:
    """A pair the module's docstring drops: a word of the language, by its place first,
    that the parse keeps apart from the country's name after it."""
    return (
        len(span) == 2
        and span[1].is_alpha
        and by_its_place(span[0])
        and gazetteer.country_of(span[1].text) is not None
        and (_written_lower(doc, span[0]) and _apart(span) or _tagged_place(span[1]))
    )


def by_its_place(token: Token) -> bool:
    """A word that opens its sentence or a quotation, capitalised, and is no given name."""
    doc, i = token.doc, token.i
    opens = (
        i == 0
        or token.is_sent_start
        or doc[i - 1].is_punct
        and not doc[i - 1].text.strip(OPENING)
        and not doc[i - 1].whitespace_
    )
    return (
        opens
        and token.text.istitle()
        and token.is_alpha
        and not given_name_word(token.text)
        and token.lower_ not in _FUNCTION_WORDS
    )


def _apart(span: Span) -> bool:
    """The parse keeps the first word out of the name: it is the sentence's verb, or the
    name hangs on it ("Beat Portugal and ..."). A first word that is a compound of the
    surname is the name's own, though it is a word too ("Bill English", "Dawn French"):
    the article writing "the bill" makes it no less his name."""
    return span[0].dep_ == "ROOT" or span[1].head == span[0]


def _tagged_place(name: Token) -> bool:
    """The model's entity tagger reads the country's name there as a place, alone or with
    the word before it ("Say Mexico demanded ..."): the pair is a person only by another
    finder's reading of two capitalised words ("''Poor Mexico, so far from God''"). A
    person's name the tagger reads as a person ("Grace Paris, 34,", "Dean Rome")."""
    return name.ent_type_ in _PLACES


def _written_lower(doc: Doc, token: Token) -> bool:
    """The article also writes the word in lower case: a word of the language."""
    return token.lower_ in cached.words(doc)
