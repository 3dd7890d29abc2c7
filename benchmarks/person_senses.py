"""Rebuild generator/lexicon/person_senses.yaml from WordNet 3.0's noun files.

Why: the list is data taken from WordNet; this script lets anyone check or redo it.
Recipe: every one-word lowercase lemma of index.noun whose first-listed synset is in
lexicographer file 18 (noun.person), unless any of its person senses carries a usage
pointer (";u") to a disparaging domain (slurs, insults, obscenities), which the list
must not ship. Usage: python benchmarks/person_senses.py [/usr/share/wordnet] > file.
"""

from __future__ import annotations

import hashlib
import sys
from collections.abc import Iterator
from pathlib import Path

LEXICON = Path(__file__).resolve().parent.parent / "generator/lexicon/person_senses.yaml"
PERSON_FILE = 18  # noun.person
# WordNet's usage domains that mark a sense as a slur or an insult
DISPARAGING = frozenset(
    {
        "disparagement",
        "ethnic_slur",
        "obscenity",
        "vulgarism",
        "derogation",
        "profanity",
        "dysphemism",
    }
)
# insults WordNet leaves unmarked, found by reading the list; kept as hashes so the
# repository does not spell them out
UNMARKED_INSULTS = frozenset(
    {
        "0fcb77e9e007",
        "110c6c5a86fa",
        "158869a97379",
        "27eb0c4ad707",
        "2ae56ac0e32f",
        "2f34b7a451c6",
        "38339e35934e",
        "42ea5be17c30",
        "45d866ee3730",
        "48fab7a56479",
        "4b18aefe826a",
        "50064794960a",
        "566f532d486c",
        "5e5fe409577f",
        "5e9cf6db8a15",
        "6672d6e4bdbc",
        "69c5c5d45dab",
        "70aafb426695",
        "72f33361b23c",
        "7991d51fe699",
        "8197d5c684b5",
        "94a877e2ce63",
        "96c91fa84782",
        "9a283fd012b0",
        "9a881b9b9f23",
        "9ae315a94e42",
        "a322b4dd3bd0",
        "bdb1cc258d69",
        "c20363e68688",
        "c2c3b68b4883",
        "cb835c490922",
        "cbc2d9ac11a1",
        "d15779dd244a",
        "d6be0c9fb078",
        "dd92623b0a4b",
        "df7c05ecc30c",
        "e14a747f150b",
        "e3ae0782ba00",
        "e96d8eb373c4",
        "ea1813aeb494",
        "fca0183d3eb4",
    }
)
WIDTH = 88


def lemmas(wordnet: Path, part: str) -> Iterator[tuple[int, str]]:
    """Each alphabetic one-word lemma of WordNet's data file for `part` ("noun", "adj")
    with its synset's lexicographer file (18: noun.person), as written."""
    for line in (wordnet / f"data.{part}").read_text(encoding="latin-1").splitlines():
        if line.startswith(" "):
            continue
        fields = line.split()
        for i in range(int(fields[3], 16)):
            form = fields[4 + 2 * i].split("(")[0]
            if form.isalpha():
                yield int(fields[1]), form


def _synsets(data: Path) -> dict[str, tuple[int, list[str], list[str]]]:
    """Offset -> (lexicographer file, usage-pointer targets, words) of every noun synset."""
    out: dict[str, tuple[int, list[str], list[str]]] = {}
    for line in data.read_text(encoding="latin-1").splitlines():
        if line.startswith(" "):
            continue
        fields = line.split(" | ")[0].split()
        count = int(fields[3], 16)
        words = fields[4 : 4 + 2 * count : 2]
        rest = fields[4 + 2 * count :]
        pointers = [rest[1 + 4 * i : 5 + 4 * i] for i in range(int(rest[0]))]
        usage = [p[1] for p in pointers if p[0] == ";u"]
        out[fields[0]] = (int(fields[1]), usage, words)
    return out


def person_words(wordnet: Path) -> list[str]:
    """The sorted words of the list, disparaging senses left out."""
    synsets = _synsets(wordnet / "data.noun")
    domains = {
        offset
        for offset, (_, _, words) in synsets.items()
        if any(w.lower() in DISPARAGING for w in words)
    }
    words = set()
    for line in (wordnet / "index.noun").read_text(encoding="latin-1").splitlines():
        if line.startswith(" "):
            continue
        fields = line.split()
        lemma, count = fields[0], int(fields[2])
        offsets = fields[-count:]
        if "_" in lemma or "-" in lemma or not lemma.isalpha():
            continue
        if synsets[offsets[0]][0] != PERSON_FILE:
            continue
        if any(synsets[o][0] == PERSON_FILE and set(synsets[o][1]) & domains for o in offsets):
            continue
        if hashlib.sha256(lemma.encode()).hexdigest()[:12] in UNMARKED_INSULTS:
            continue
        if lemma not in synsets[offsets[0]][2]:
            continue  # the first sense written with a capital: a name
        words.add(lemma)
    return sorted(words)


def render(words: list[str], header: str) -> str:
    """The YAML file: the header comments, then one flow list wrapped at WIDTH."""
    lines, line = [], " "
    for i, word in enumerate(words):
        item = f" {word}" + ("," if i < len(words) - 1 else "")
        if len(line) + len(item) > WIDTH:
            lines.append(line)
            line = " "
        line += item
    lines.append(line)
    return header + "first_sense_person: [\n" + "\n".join(lines) + "\n]\n"


def header() -> str:
    """The comment block of the committed file, kept as it is."""
    text = LEXICON.read_text(encoding="utf-8")
    return text[: text.index("first_sense_person:")]


if __name__ == "__main__":
    root = Path(sys.argv[1] if len(sys.argv) > 1 else "/usr/share/wordnet")
    sys.stdout.write(render(person_words(root), header()))
