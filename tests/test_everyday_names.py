"""A full name made only of the language's everyday words, with no given name and no
sign of a person of its own, is a thing's or a work's (a dish, a game, a house): the
article leaves it a candidate, even when a title word beside it reads as its role or a
list of such names vouches for each. A person so named keeps a sign of one."""

from __future__ import annotations

from pathlib import Path

import yaml
from seeds import SEED_REGISTRY

from generator.commands.digest import run_digest

_ARTICLES = {
    "menu": "A new bar opens on the quay\n\n"
    "The bar's menu lists Rhubarb Gimlet, Copper Lantern and a ginger fizz, each at "
    "eight dollars.\n",
    "bundle": "A bundle of games for the holidays\n\n"
    "The bundle includes Harbour Manager 2021, Silent Orchard III, Tiny Lantern and "
    "Rally Kings.\n",
    "leader": "The budget vote\n\nThe opposition leader Ines Meadow said the budget would fail.\n",
    "singer": "A singer's tour\n\n"
    "The singer Velvet Storm said she would tour Europe in May.\n"
    "Velvet Storm has sold a million records since her debut.\n",
    "endorser": "Trainer sales rise\n\n"
    "Strideworks, whose shoes are worn by Tiger Fields among other tennis stars, said "
    "sales rose by a tenth.\n",
}


def _digest(tmp_path: Path) -> Path:
    sources = tmp_path / "sources"
    sources.mkdir()
    for name, text in _ARTICLES.items():
        (sources / f"{name}.txt").write_text(text, encoding="utf-8")
    assert run_digest(sources, SEED_REGISTRY, tmp_path / "out", root=tmp_path) == 0
    return tmp_path / "out"


def _names(out: Path, article: str, field: str) -> set[str]:
    digest = yaml.safe_load((out / "articles" / f"{article}.yaml").read_text("utf-8"))
    return {w for entry in digest.get(field) or [] for w in entry["as_written"]}


def test_names_of_everyday_words_are_things_and_a_signed_one_a_person(tmp_path: Path) -> None:
    out = _digest(tmp_path)
    # drinks on a menu, games in a bundle: no one's names
    assert not _names(out, "menu", "people") & {"Rhubarb Gimlet", "Copper Lantern"}
    assert not _names(out, "bundle", "people") & {"Silent Orchard III", "Tiny Lantern"}
    assert "Silent Orchard III" in _names(out, "bundle", "candidates")
    # a singer so named, with a word for a person before the name and "she" after it
    assert "Velvet Storm" in _names(out, "singer", "people")
    # a given name in no list that only looks like a plural ("Ines", not "in"s)
    assert "Ines Meadow" in _names(out, "leader", "people")
    # named once, as one of the people a plural after the name counts
    assert "Tiger Fields" in _names(out, "endorser", "people")
