"""Names written with a nickname in quotation marks inside them: Ahmed 'Mido' Hossam,
Jimmy "the Whirlwind" White, as sport and politics write a person first named in full.

The whole is one person's name, and the nickname, written alone after it ("Mido said"),
is that person, not a second one; a nickname two such names share in one article is
neither's.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from generator.article.entities.spans import HONORIFICS, TITLE_WORDS, given_name, name_like
from generator.article.person_words import PERSON_NOUNS
from generator.settings import NICKNAME_WORDS, NICKNAMED_NAME_WORDS
from generator.text.names import fold

if TYPE_CHECKING:  # the language model is imported only by runs that parse
    from spacy.tokens import Doc, Token

__all__ = ["Nicknamed", "nicknamed"]

_PAIRS = {"'": "'", "‘": "’", '"': '"', "“": "”"}  # an opening mark -> its closing one


@dataclass(frozen=True)
class Nicknamed:
    start: int  # token of the first name
    end: int  # past the surname
    nickname: str  # folded, as written between the marks: "mido", "the whirlwind"
    given: str  # folded, the name words before the marks: "ahmed"
    surname: str  # folded, the name words after them: "hossam"


def _name_word(token: Token) -> bool:
    """A word of a name: not a title, a form of address or a word for a person that a
    capital may open a sentence with ("Striker Luis 'Chino' Ortega")."""
    return (
        token.pos_ == "PROPN"
        and name_like(token.text)
        and token.lower_ not in HONORIFICS
        and token.lower_ not in TITLE_WORDS
        and token.lower_ not in PERSON_NOUNS
    )


def nicknamed(doc: Doc) -> list[Nicknamed]:
    """Each name of the article written First 'Nick' Last: name words before an opening
    mark, led by a common given name or one the model tags a person's ("Americanised
    "Jimmy" Bond" is no name), a few capitalised words (after "the") up to the closing
    mark, and the surname right after it."""
    found: list[Nicknamed] = []
    i = 1
    while i < len(doc) - 3:
        mark = doc[i]
        closing = _PAIRS.get(mark.text)
        before = doc[i - 1]
        if closing is None or not before.whitespace_ or mark.whitespace_ or not _name_word(before):
            i += 1
            continue
        close = next(
            (
                k
                for k in range(i + 2, min(i + 2 + NICKNAME_WORDS, len(doc)))
                if doc[k].text == closing
            ),
            None,
        )
        words = [t for t in doc[i + 1 : close or i + 1] if t.lower_ != "the"]
        if close is None or close + 1 >= len(doc) or not doc[close].whitespace_:
            i += 1
            continue
        if not words or not all(name_like(t.text) for t in words):
            i += 1
            continue
        start = i - 1
        while start > 0 and i - start < NICKNAMED_NAME_WORDS and _name_word(doc[start - 1]):
            start -= 1
        end = close + 1
        while end < len(doc) and end - close <= NICKNAMED_NAME_WORDS and _name_word(doc[end]):
            end += 1
        first = doc[start]
        if end == close + 1 or not (given_name(first) or first.ent_type_ == "PERSON"):
            i += 1
            continue
        nickname, given, surname = doc[i + 1 : close], doc[start:i], doc[close + 1 : end]
        found.append(
            Nicknamed(start, end, fold(nickname.text), fold(given.text), fold(surname.text))
        )
        i = end
    return found
