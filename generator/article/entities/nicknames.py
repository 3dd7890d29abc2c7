"""Names written with a nickname in quotation marks inside them: Ahmed 'Mido' Hossam,
Jimmy "the Whirlwind" White, as sport and politics write a person first named in full.

The whole is one person's name, and the nickname, written alone after it ("Mido said"),
is that person, not a second one; a nickname two such names share in one article is
neither's.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from generator.article import cached
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


def _surname_word(token: Token) -> bool:
    """The surname after the nickname: a name's word, or a common noun's the model reads
    it as, written with a capital inside the sentence ("Marcia 'Cia' Price")."""
    return _name_word(token) or (
        token.pos_ == "NOUN"
        and token.is_title
        and not token.is_sent_start
        and token.lower_ not in TITLE_WORDS
        and token.lower_ not in PERSON_NOUNS
    )


def nicknamed(doc: Doc) -> list[Nicknamed]:
    """Each name of the article written First 'Nick' Last (`_frame_at`), looked for only
    at an opening mark, read off the cached words: no Token made for any other token."""
    found: list[Nicknamed] = []
    words = cached.words(doc)
    i, last = 1, len(doc) - 3
    while i < last:
        closing = _PAIRS.get(words[i])
        frame = _frame_at(doc, i, closing) if closing is not None else None
        if frame is None:
            i += 1
        else:
            found.append(frame)
            i = frame.end
    return found


def _frame_at(doc: Doc, i: int, closing: str) -> Nicknamed | None:
    """The name whose nickname's opening mark is token `i` (`closing` closes it): name
    words before it, led by a common given name or one the model tags a person's
    ("Americanised "Jimmy" Bond" is no name), a few capitalised words (after "the") up
    to the closing mark, and a one-word surname right after it, no full name of its own
    ("Jamie Foxx "Ray" Clint Eastwood", a list, is none)."""
    mark, before = doc[i], doc[i - 1]
    if not before.whitespace_ or mark.whitespace_ or not _name_word(before):
        return None
    stop = min(i + 2 + NICKNAME_WORDS, len(doc))
    close = next((k for k in range(i + 2, stop) if doc[k].text == closing), None)
    if close is None or close + 1 >= len(doc) or not doc[close].whitespace_:
        return None
    words = [t for t in doc[i + 1 : close] if t.lower_ != "the"]
    if not words or not all(name_like(t.text) for t in words):
        return None
    last = doc[close + 1]
    after = doc[close + 2] if close + 2 < len(doc) else None
    if not _surname_word(last) or after is not None and _name_word(after):
        return None
    start = i - 1
    while start > 0 and i - start < NICKNAMED_NAME_WORDS and _name_word(doc[start - 1]):
        start -= 1
    if not (given_name(doc[start]) or doc[start].ent_type_ == "PERSON"):
        return None
    nickname, given = doc[i + 1 : close], doc[start:i]
    return Nicknamed(start, close + 2, fold(nickname.text), fold(given.text), fold(last.text))
