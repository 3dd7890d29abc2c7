"""Rebuild generator/lexicon/common_words.yaml from WordNet 3.0's noun and adjective files.

Why: a name made only of the language's everyday words ("Vodka Mule", "Road Residence",
"Secret Satanic Past") is a thing's or a work's far more often than a person's; the list
is data taken from WordNet, and this script lets anyone check or redo it.
Recipe: every one-word lemma WordNet writes in lower case as a noun or an adjective with
at least one sense tagged in its semantic concordance (`tagsense_cnt` of index.noun and
index.adj: the words in everyday use) or as a noun for a food or a drink (lexicographer
file noun.food: "vodka", "cucumber", which the concordance seldom tags), less every word WordNet also writes with a capital
as a person's name ("Gore", "Perry": a surname as much as a word) unless its every such
sense is a god's (`_gods`: "Night", "Mars", "Echo" name no one's family), less every given name
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


def _gods(wordnet: Path) -> set[str]:
    """Folded capitalised lemmas of noun.person whose every sense is a god or a goddess:
    the synset is (an instance of) one whose hypernyms reach WordNet's "deity"."""
    synsets: dict[str, tuple[int, list[str], list[str]]] = {}
    for line in (wordnet / "data.noun").read_text(encoding="latin-1").splitlines():
        if line.startswith(" "):
            continue
        fields = line.split(" | ")[0].split()
        count = int(fields[3], 16)
        rest = fields[4 + 2 * count :]
        ups = [rest[2 + 4 * i] for i in range(int(rest[0])) if rest[1 + 4 * i] in ("@", "@i")]
        synsets[fields[0]] = (int(fields[1]), fields[4 : 4 + 2 * count : 2], ups)
    deity = {o for o, (_, words, _) in synsets.items() if "deity" in words}

    def divine(offset: str) -> bool:
        seen, stack = set(), [offset]
        while stack:
            for up in synsets[stack.pop()][2]:
                if up in deity:
                    return True
                if up not in seen:
                    seen.add(up)
                    stack.append(up)
        return False

    senses: dict[str, list[bool]] = {}
    for offset, (file, words, _) in synsets.items():
        if file != PERSON_FILE:
            continue
        for word in words:
            form = word.split("(")[0]
            if form.isalpha() and not form.islower():
                senses.setdefault(form.casefold(), []).append(divine(offset))
    return {word for word, divines in senses.items() if all(divines)}


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
    persons -= _gods(wordnet)
    return sorted(common - persons - {g.casefold() for g in given})


def header() -> str:
    """The comment block of the committed file, kept as it is."""
    text = LEXICON.read_text(encoding="utf-8")
    return text[: text.index(f"\n{LIST}:") + 1]


if __name__ == "__main__":
    root = Path(sys.argv[1] if len(sys.argv) > 1 else "/usr/share/wordnet")
    words = common_words(root)
    sys.stdout.write(render(words, header()).replace("first_sense_person:", f"{LIST}:", 1))
