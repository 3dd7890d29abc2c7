"""Names the small model cuts short, made whole again.

The model splits a name at its particles ("Ursula von der" + "Leyen"), at a hyphen
("Kilroy" + "-Silk"), or leaves a first or last name out of the span ("Glenda" in
"Glenda Heal agreed", "Singh Dhillon" in "MP Harjit Singh Dhillon"). The parse still joins
the words: a left-out word is a compound of the name, or the name of it. A span grows
over such words only, never over a title, an honorific or a country word (`stop`).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from generator import lexicon
from generator.article.entities.evidence import in_title_case
from generator.article.entities.spans import (
    PARTICLES,
    before_a_given_name_as_followers,
    given_name,
    joins_name,
    name_like,
    speaks,
    titled,
)
from generator.article.person_words import PERSON_NOUNS
from generator.settings import NAME_TOKENS_MAX

if TYPE_CHECKING:  # the language model is imported only by runs that parse
    from spacy.tokens import Doc, Span, Token

__all__ = ["NAME_COMPOUNDS", "name_words", "repaired"]

_VERSUS = lexicon.words("names", "versus")
_PRONOUNS = frozenset(lexicon.table("pronouns", "personal"))  # "he", "she", "they"
NAME_COMPOUNDS = lexicon.words("names", "name_compounds")
_ELIDED = re.compile(
    rf"^(?:{'|'.join(map(re.escape, sorted(lexicon.words('names', 'elided_particles'))))})"
    r"['’][A-Z]\w+$"
)


def _particle(token: Token) -> bool:
    return token.text in PARTICLES


def _elided(token: Token) -> bool:
    """A surname with its particle written onto it in lower case ("d'Estaing"): one only
    after a given name and a surname, since a place's or a firm's name has the same shape
    ("Cote d'Ivoire", "Val d'Isere", "Cote d'Or")."""
    return _ELIDED.match(token.text) is not None


def _lower_half(token: Token) -> bool:
    """A lower-case word glued by a hyphen to the word before it that is no word making
    an adjective of a name ("Harold Wilson-era"): the shape of a given name's second
    half as Korean and Cantonese names are written ("Kim Jong-un", "Lam Wai-kit")."""
    return (
        token.is_alpha
        and token.is_lower
        and token.lower_ not in NAME_COMPOUNDS
        and joins_name(token.doc[token.i - 1])
    )


def _syllable(token: Token, span: Span) -> bool:
    """A given name's lower-case second half inside a span that holds it whole after a
    name word (the model's)."""
    return (
        token.i - 2 >= span.start and _lower_half(token) and name_like(token.doc[token.i - 2].text)
    )


def _syllable_after(token: Token) -> bool:
    """A given name's lower-case second half that the model left out of the span it ends
    ("Kim Lee" + "-soo"): tagged a proper noun (not "Tony Walsh-backed", a verb's
    participle), ending its word."""
    doc = token.doc
    return (
        _lower_half(token)
        and token.pos_ == "PROPN"
        and (token.whitespace_ != "" or token.i + 1 == len(doc) or doc[token.i + 1].is_punct)
        and not (token.i + 1 < len(doc) and joins_name(doc[token.i + 1]))
    )


def name_words(span: Span) -> bool:
    """Every token a name's: name words, hyphens inside a word, a given name's lower-case
    syllable after one ("Kim Jong-un"), and particles between name words ("Rodrigo de
    Rato"; not "de Rato" nor "Rodrigo de"); no "Vs" between two ("Freddy Vs Jason"). A
    first initial is no "v" ("V Matfield" on a team sheet)."""
    tokens = list(span)
    if len(tokens) > 2 and _elided(tokens[-1]):
        tokens.pop()  # "Valery Giscard d'Estaing": the words before it a name of their own
    if not tokens or not name_like(tokens[0].text):
        return False
    if not (name_like(tokens[-1].text) or _syllable(tokens[-1], span)):
        return False
    initial = len(tokens) > 1 and len(tokens[0].text) == 1
    if any(t.lower_ in _VERSUS for t in tokens[1 if initial else 0 :]):
        return False
    return all(
        name_like(t.text) or joins_name(t) or _particle(t) or _syllable(t, span) for t in tokens
    )


def _compound_of(token: Token, start: int, end: int) -> bool:
    """The token hangs on the span as a compound (a first name left out of it)."""
    return token.dep_ == "compound" and start <= token.head.i < end


def _joinable(token: Token, stop: Callable[[Token], bool]) -> bool:
    """A word the model left out of a name it could belong to: a proper noun written as a
    name, tagged as no entity or as a one-word organisation or place of its own ("Sacha"
    tagged ORG before "Baron Cohen"), and none of the `stop` words."""
    alone = token.ent_iob_ == "B" and (
        token.i + 1 == len(token.doc) or token.doc[token.i + 1].ent_iob_ != "I"
    )
    return (
        token.pos_ == "PROPN"
        and (not token.ent_type_ or alone and token.ent_type_ in ("ORG", "GPE"))
        and name_like(token.text)
        and not stop(token)
    )


def _grow_right(doc: Doc, start: int, end: int, stop: Callable[[Token], bool]) -> int:
    trailing = 0
    while trailing < end - start and _particle(doc[end - 1 - trailing]):
        trailing += 1
    after = end
    while after < len(doc) and after - end < 3 and _particle(doc[after]):
        after += 1
    if (
        (trailing or after > end)
        and after < len(doc)
        and name_like(doc[after].text)
        and not stop(doc[after])
        and doc[after - 1].whitespace_
    ):
        return after + 1  # "Ursula von der" + "Leyen", "Lula" + "da Silva"
    if (
        end + 1 < len(doc)
        and joins_name(doc[end])
        and name_like(doc[end + 1].text)
        and not stop(doc[end + 1])
    ):
        return end + 2  # "Kilroy" + "-" + "Silk"
    if end + 1 < len(doc) and _syllable_after(doc[end + 1]):
        return end + 2  # "Kim Lee" + "-" + "soo": the span's end is the syllable's word
    if end - start >= 2 and end < len(doc) and doc[end - 1].whitespace_ and _elided(doc[end]):
        return end + 1  # "Valery Giscard" + "d'Estaing"
    if (
        end < len(doc)
        and doc[end - 1].whitespace_
        and _joinable(doc[end], stop)
        and doc[end - 1].head.i == end
        and doc[end - 1].dep_ == "compound"
    ):
        return end + 1  # "Sylvia" + "Heal agreed"
    return end


def _grow_left(doc: Doc, start: int, end: int, stop: Callable[[Token], bool]) -> int:
    before = start
    while before > 0 and start - before < 3 and _particle(doc[before - 1]):
        before -= 1
    if (
        before < start
        and before >= 1
        and name_like(doc[before - 1].text)
        and doc[before - 1].whitespace_
        and (not doc[before - 1].is_sent_start or given_name(doc[before - 1]))
        and doc[before - 1].pos_ in ("PROPN", "NOUN")  # not "Me den Hartog", a typed "Mr"
        and not stop(doc[before - 1])
    ):
        return before - 1  # "Os du" + "Randt", the surname alone tagged
    if (
        start >= 2
        and joins_name(doc[start - 1])
        and name_like(doc[start - 2].text)
        and not stop(doc[start - 2])
    ):
        return start - 2  # "Anni" + "-" + "Frid Lyngstad"
    if (
        start >= 1
        and _joinable(doc[start - 1], stop)
        and doc[start - 1].whitespace_
        and (not doc[start - 1].is_sent_start or _given_name_first(doc[start - 1], end))
        and _compound_of(doc[start - 1], start, end)
        and not _in_an_office(doc[start - 1])
        and not before_a_given_name_as_followers(doc[start - 1])  # "Blairite Alan Milburn"
    ):
        return start - 1  # "Parmjit" + "Singh Gill"
    if start >= 1 and _pronoun_surname(doc[start - 1], start, end):
        return start - 1  # "He" + "Lanying, the fund's director, said"
    return start


def _in_an_office(token: Token) -> bool:
    """A capitalised word that ends the name of an office or a body after "of" ("Chief of
    Defence Staff Martin Hellem", "Director of Public Prosecutions Keir Aldous"): back to
    the "of" (and its "the"), its run of capitalised words holds one that is no given
    name. "The death of Anna Marie Kessling" is a person's three names."""
    doc, i = token.doc, token.i
    run = []
    while i >= 0 and name_like(doc[i].text):
        run.append(doc[i])
        i -= 1
    if i >= 1 and doc[i].lower_ == "the":
        i -= 1
    return i >= 0 and doc[i].lower_ == "of" and not all(given_name(t) for t in run)


def _pronoun_surname(token: Token, start: int, end: int) -> bool:
    """A pronoun's word, capitalised, that the parse hangs on the name as a compound
    (tagged a pronoun or a proper noun): a surname written like one ("He" before a given
    name, as Chinese names are written), since a pronoun itself never modifies a name."""
    return (
        (token.pos_ == "PRON" or token.lower_ in _PRONOUNS)
        and token.text.istitle()
        and bool(token.whitespace_)
        and _compound_of(token, start, end)
    )


def _given_name_first(token: Token, end: int) -> bool:
    """A sentence's first word, capitalised as every first word is, before a lone
    surname the model tagged that speaks or has a title apposition ("Tarun Bhagat said",
    "Tarun Bhagat, the minister, ..."): a given name, unless a word for a person
    ("Striker Bhagat said") or a word the article writes again, in lower case ("Teenager
    Marsh ... the teenager") or alone ("Orbis Bhagat ... Orbis said": a firm's). Before
    a span of two words it is an epithet ("Teenager Lena Marsh"), which the model
    leaves out of a full name, unless it and the span's first word are both common given
    names: two given names and a surname are one person named in full ("Anna Marie
    Kessling, 62, died"). "Rival Kemble's shares fell" is a firm's, which does not speak."""
    doc, word = token.doc, token.lower_
    if word in PERSON_NOUNS or any(t.lower_ == word for t in doc if t.i != token.i):
        return False
    if end - token.i == 3:
        return given_name(token) and given_name(doc[token.i + 1])
    return end - token.i == 2 and (speaks(doc[end - 1]) or titled(doc[end - 1]))


def repaired(span: Span, stop: Callable[[Token], bool]) -> Span:
    """The span grown over the name words the model left out of it, on both sides (not
    in a headline in title case)."""
    doc = span.doc
    start, end = span.start, span.end
    while end - start < NAME_TOKENS_MAX:
        grown = _grow_right(doc, start, end, stop)
        if grown == end:
            break
        end = grown
    while end - start < NAME_TOKENS_MAX:
        grown = _grow_left(doc, start, end, stop)
        if grown == start:
            break
        start = grown
    if (start, end) == (span.start, span.end) or in_title_case(span):
        return span  # most spans need no repair: the sentence is read only for the rest
    return doc[start:end]
