"""Registry entries that contradict each other or do nothing: each one line naming the
file, so that a reviewer's correction that cannot work is not silently dropped.

The same spellings merged and split need only the registry; a country id the dataset
lacks needs the gazetteer, and a rename of an id no person has needs the corpus: the
digest run asks for those when it has them.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from generator.text.names import fold

__all__ = ["merged_and_split", "renames_that_do_nothing", "unknown_countries"]


def merged_and_split(merge: list[list[str]], split: list[list[str]], path: Path) -> list[str]:
    """Two spellings a reviewer both merged and split: the split wins (see resolve)."""
    problems = []
    for group in merge:
        for apart in split:
            folded = {fold(s) for s in apart}
            both = [s for s in group if fold(s) in folded]
            if len({fold(s) for s in both}) > 1:
                problems.append(
                    f"{path}: '{both[0]}' and '{both[1]}' are both merged and split; the split wins"
                )
    return problems


def unknown_countries(
    people: Iterable[tuple[str, str | None]], extra: Iterable[str], known: set[str], folder: Path
) -> list[str]:
    """People (name, country id) and `countries.yaml` ids naming no country."""
    problems = [
        f"{folder / 'people.yaml'}: {name}: country '{country}' is not a country id "
        "(such as 'united-kingdom'); ignored"
        for name, country in people
        if country and country not in known
    ]
    problems += [
        f"{folder / 'countries.yaml'}: '{cid}' is not a country id the country dataset "
        "knows (such as 'united-kingdom'); its names are ignored"
        for cid in extra
        if cid not in known
    ]
    return problems


def renames_that_do_nothing(rename: dict[str, str], shown: dict[str, str], path: Path) -> list[str]:
    """Renames of an id no person has, and renames to the name another person shows
    (`shown`: person id -> the name the site shows, renames applied)."""
    problems = []
    for pid, name in sorted(rename.items()):
        if pid not in shown:
            problems.append(
                f"{path}: rename of '{pid}': no person has the id '{pid}'; nothing renamed"
            )
            continue
        others = sorted(o for o, n in shown.items() if o != pid and fold(n) == fold(name))
        if others:
            problems.append(
                f"{path}: rename of '{pid}' to '{name}': another person ({others[0]}) has that "
                "name; two pages would show it"
            )
    return problems
