"""The disagreement stage's words, from `lexicon/disagreement.yaml`, stemmed once.

The parser used here has no lemmatizer: a crude stem is enough to match "planning",
"plans" and "planned".
"""

from __future__ import annotations

import re

from generator import lexicon

__all__ = [
    "CONDITIONAL",
    "CURRENCIES",
    "FIGURE_CUE",
    "HEDGES",
    "INTENT",
    "LIGHT",
    "MOVES",
    "MULTIPLIERS",
    "NEGATION_CUE",
    "NEGATIVE",
    "NUMBER_WORDS",
    "PRONOUNS",
    "REBUTS",
    "REBUTTAL_CUE",
    "SAYS",
    "STATE",
    "STATEMENTS",
    "TIME",
    "stem",
]


def stem(word: str) -> str:
    """A crude stem: "planning", "plans" and "planned" are "plan"."""
    w = word.casefold().replace("’", "'")
    for suffix in ("ing", "ed", "s"):
        if w.endswith(suffix) and len(w) - len(suffix) >= 3 and not w.endswith(("ss", "us", "is")):
            w = w[: -len(suffix)]
            break
    w = w.removesuffix("e")
    if w.endswith("i"):
        w = w[:-1] + "y"
    if len(w) > 3 and w[-1] == w[-2] and w[-1] not in "aeiouls":
        w = w[:-1]
    return w


def _words(name: str) -> frozenset[str]:
    return lexicon.words("disagreement", name)


def _stems(words: frozenset[str]) -> frozenset[str]:
    return frozenset(stem(w) for w in words)


def _cue(name: str) -> re.Pattern[str]:
    return re.compile(r"\b(" + "|".join(sorted(_words(name))) + r")\b", re.I)


REBUTS = _stems(_words("rebuts"))
STATEMENTS = _stems(_words("statements"))
NEGATIVE = _stems(_words("negative"))
INTENT = _stems(_words("intent")) | _words("intent_as_written")
LIGHT = _words("light")
_saying = lexicon.words("speech", "verbs")
# verbs that report what someone said: as written (light ones) or stemmed
SAYS = _saying | _stems(_saying)
MOVES = _stems(_words("moves")) | _words("moves_as_written")
TIME = _stems(
    _words("time") | lexicon.words("calendar", "months") | lexicon.words("calendar", "weekdays")
)
STATE = _stems(_words("state"))
CONDITIONAL = _words("conditional")
PRONOUNS = frozenset(
    p for p, f in lexicon.table("pronouns", "personal").items() if f["person"] != "second"
)
HEDGES: dict[str, str] = dict(lexicon.table("disagreement", "hedges"))
NUMBER_WORDS = {w: float(v) for w, v in lexicon.table("disagreement", "number_words").items()}
MULTIPLIERS = {w: float(v) for w, v in lexicon.table("disagreement", "multipliers").items()}
CURRENCIES = _words("currencies")
NEGATION_CUE = _cue("negation_cues")
REBUTTAL_CUE = _cue("rebuttal_cues")
# a figure and what it counts, as written: "$121.9m", "3.4%", "12 people", "two more
# bodies" (the word after it); a year ("in 2005") is not one
FIGURE_CUE = re.compile(
    r"([$£€¥])\s?(\d[\d,.]*\s?(?:m|bn|k|million|billion)?)|"
    r"(\d[\d,.]*)\s?(%|per ?cent)|"
    r"\b(?!(?:19|20)\d\d\b)(\d[\d,.]*|"
    + "|".join(sorted(_words("figure_count_words")))
    + r")\s+(?:more\s+|other\s+)?([a-z]+)",
    re.I,
)
