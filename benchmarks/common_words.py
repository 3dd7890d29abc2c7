"""Rebuild generator/lexicon/common_words.yaml from WordNet 3.0's noun and adjective files.

Why: a name made only of the language's everyday words ("Vodka Mule", "Road Residence",
"Secret Satanic Past") is a thing's or a work's far more often than a person's; the list
is data taken from WordNet, and this script lets anyone check or redo it.
Recipe: every one-word lemma WordNet writes in lower case as a noun or an adjective with
at least one sense tagged in its semantic concordance (`tagsense_cnt` of index.noun and
index.adj: the words in everyday use) or as a noun for a food or a drink (lexicographer
file noun.food: "vodka", "cucumber", which the concordance seldom tags), less every word WordNet also writes with a capital
as a person's name ("Gore", "Perry": a surname as much as a word), less every given name
the lexicon knows (`names.given_names`, `given_names.us_given_names`, the gendered lists:
"bill", "will", "grace"). Usage: python benchmarks/common_words.py [/usr/share/wordnet] > file.
"""

from __future__ import annotations

import sys
from pathlib import Path

from person_senses import PERSON_FILE, lemmas, render

from generator import lexicon

LEXICON = Path(__file__).resolve().parent.parent / "generator/lexicon/common_words.yaml"
PARTS = ("noun", "adj")
LIST = "common_words"
FOOD_FILE = 13  # noun.food
GIVEN = (
    ("names", "given_names"),
    ("given_names", "us_given_names"),
    ("pronouns", "female_given_names"),
    ("pronouns", "male_given_names"),
    ("pronouns", "female_short_forms"),
    ("pronouns", "male_short_forms"),
    ("given_genders", "us_female_given_names"),
    ("given_genders", "us_male_given_names"),
)


def _tagged(wordnet: Path) -> set[str]:
    """Lemmas with a sense tagged in the concordance."""
    found = set()
    for part in PARTS:
        for line in (wordnet / f"index.{part}").read_text(encoding="latin-1").splitlines():
            if line.startswith(" "):
                continue
            fields = line.split()
            pointers = int(fields[3])
            if int(fields[4 + pointers + 1]) > 0:
                found.add(fields[0])
    return found


def common_words(wordnet: Path) -> list[str]:
    """The sorted words of the list."""
    lower: set[str] = set()
    food: set[str] = set()
    persons: set[str] = set()
    for part in PARTS:
        for file, form in lemmas(wordnet, part):
            if form.islower():
                lower.add(form)
                if part == "noun" and file == FOOD_FILE:
                    food.add(form)
            elif part == "noun" and file == PERSON_FILE:
                persons.add(form.casefold())
    given = set().union(*(lexicon.words(kind, name) for kind, name in GIVEN))
    common = lower & _tagged(wordnet) | food
    return sorted(common - persons - {g.casefold() for g in given})


def header() -> str:
    """The comment block of the committed file, kept as it is."""
    text = LEXICON.read_text(encoding="utf-8")
    return text[: text.index(f"\n{LIST}:") + 1]


if __name__ == "__main__":
    root = Path(sys.argv[1] if len(sys.argv) > 1 else "/usr/share/wordnet")
    words = common_words(root)
    sys.stdout.write(render(words, header()).replace("first_sense_person:", f"{LIST}:", 1))
