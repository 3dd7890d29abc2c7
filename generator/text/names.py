"""Names compared and turned into ids: one folding for every comparison of spellings."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from generator import lexicon
from generator.settings import MAX_ID_LENGTH

__all__ = [
    "addressed_gender",
    "common_given_name",
    "counted_name_gender",
    "everyday_word",
    "fold",
    "given_name_gender",
    "given_name_word",
    "middle_initials",
    "nickname_inside",
    "slug",
    "surname",
]

_GENERATIONS = lexicon.words("names", "generational_suffixes")
_PARTICLES = lexicon.words("names", "particles")
# common given names ("Hugh", "Francesca", "Lester"): a name led by one is a person's by
# its shape; the hand list of UK copy and the one counted from US births
_GIVEN_NAMES = lexicon.words("names", "given_names") | lexicon.words(
    "given_names", "us_given_names"
)
# the language's everyday nouns and adjectives (WordNet's): "Road Residence" names a thing
_COMMON_WORDS = lexicon.words("common_words", "common_words")
# given names that are one gender's wherever they are used ("Greta", "Torben")
_GIVEN_GENDERS = {
    **dict.fromkeys(lexicon.words("pronouns", "female_given_names"), "female"),
    **dict.fromkeys(lexicon.words("pronouns", "male_given_names"), "male"),
}
# and those nearly always given to one sex in US births ("Dwight", "Darlene"): a weaker
# guess, never one that parts a "Mr Faraj" from the "Anais Faraj" named before him
# (`addressed_gender` reads the hand lists alone)
_COUNTED_GENDERS = {
    **dict.fromkeys(lexicon.words("given_genders", "us_female_given_names"), "female"),
    **dict.fromkeys(lexicon.words("given_genders", "us_male_given_names"), "male"),
}
_SHORT_GENDERS = {
    **dict.fromkeys(lexicon.words("pronouns", "female_short_forms"), "female"),
    **dict.fromkeys(lexicon.words("pronouns", "male_short_forms"), "male"),
}


class _Marks(dict[int, int | None]):
    """For `str.translate`: a combining mark to nothing, any other character to itself,
    each looked up once. Looking at each character in Python was a third of resolving
    people again when one article of 10,000 was removed (sentences are folded whole)."""

    def __missing__(self, code: int) -> int | None:
        kept = None if unicodedata.combining(chr(code)) else code
        self[code] = kept
        return kept


_MARKS = _Marks()


@lru_cache(maxsize=1 << 16)
def fold(text: str) -> str:
    """Case- and diacritic-insensitive form, for comparing spellings.

    Cached: person resolution folds the same few thousand names millions of times.
    """
    text = unicodedata.normalize("NFKD", text)
    if not text.isascii():  # ASCII has no combining marks: only the rest is looked at
        text = text.translate(_MARKS)
    return re.sub(r"\s+", " ", text.replace("’", "'")).casefold().strip()


def surname(key: str) -> str:
    """A folded full name's surname: its last word, or the one before a generation's
    suffix ("hale" of "robert t. hale jr.")."""
    words = key.split()
    return words[-2] if len(words) > 2 and words[-1] in _GENERATIONS else words[-1]


def middle_initials(key: str) -> str:
    """The initials of a folded full name's words between its first name and its surname,
    particles and nicknames aside: "hw" of "george h.w. bush" and of "george herbert
    walker bush", "" of "george bush" and of "rodrigo de rato"."""
    words = key.split()
    last = len(words) - 2 if len(words) > 2 and words[-1] in _GENERATIONS else len(words) - 1
    return "".join(
        part[0]
        for word in words[1:last]
        if word not in _PARTICLES and word[:1].isalpha()
        for part in word.split(".")
        if part
    )


# a nickname in marks between name words: Ahmed 'Mido' Hossam (not the "'" of O'Neill)
_NICKNAME_INSIDE = re.compile("\\s[\"“‘'][^\"“”‘’']+[\"”’']\\s")


def nickname_inside(name: str) -> bool:
    """A name written with a nickname in marks between its words ("Robert C. "Bobby"
    Scott"): the person's name only when no plain full spelling is written."""
    return _NICKNAME_INSIDE.search(name) is not None


def slug(text: str) -> str:
    made = re.sub(r"[^a-z0-9]+", "-", fold(text).replace("'", "")).strip("-") or "unnamed"
    if len(made) > MAX_ID_LENGTH:  # an id names files: a parser's run-on "name" must fit
        made = made[: MAX_ID_LENGTH + 1].rsplit("-", 1)[0][:MAX_ID_LENGTH].strip("-")
    return made


def common_given_name(word: str) -> bool:
    """Whether a word, in any case, is a common given name ("hugh", "HUGH")."""
    return word.casefold() in _GIVEN_NAMES


def addressed_gender(word: str) -> str | None:
    """ "female" or "male" for a given name or its short form ("Bill", "Sue") that is one
    gender's, for telling whose a form of address before a surname may be."""
    return _GIVEN_GENDERS.get(word.casefold()) or _SHORT_GENDERS.get(word.casefold())


def given_name_gender(word: str) -> str | None:
    """ "female" or "male" for a given name that is one gender's wherever it is used
    ("greta", "Torben"), else None: a guess, wrong at times (a Romanian "Carol")."""
    return _GIVEN_GENDERS.get(word.casefold())


def counted_name_gender(word: str) -> str | None:
    """ "female" or "male" for a given name that the hand lists leave out and 99 US
    births of 100 give to one sex ("dwight", "Darlene"), else None: a weaker guess."""
    return _COUNTED_GENDERS.get(word.casefold())


def given_name_word(word: str) -> bool:
    """A common given name written as one ("Hugh", not "HUGH" nor "hugh")."""
    return word.istitle() and common_given_name(word)


def everyday_word(word: str) -> bool:
    """An everyday noun or adjective of the language (`common_words`), or its plural,
    that no list holds as a given name: "Road", "Residence", "Preserves"; "Bill" and
    "Rose" are first names as often."""
    key = word.casefold()
    if len(key) < 2 or common_given_name(key) or addressed_gender(key) or counted_name_gender(key):
        return False
    return bool(_singulars(key) & _COMMON_WORDS)


def _singulars(key: str) -> set[str]:
    """A word and what it is the plural of, by English spelling: "preserves" ->
    "preserve", "glasses" -> "glass", "berries" -> "berry"; "es" goes only after a
    hissing sound ("Ines" is not the plural of "in", nor "Ness" of "ne")."""
    if key.endswith("ies"):
        return {key, key[:-3] + "y"}
    if key.endswith(("sses", "xes", "zes", "ches", "shes")):
        return {key, key[:-2]}
    if key.endswith("oes"):  # "potatoes", "shoes"
        return {key, key[:-1], key[:-2]}
    if key.endswith("s") and not key.endswith("ss"):
        return {key, key[:-1]}
    return {key}
