"""A full name made only of the language's everyday words, with no given name and no
sign of a person of its own, is a thing's or a work's (a dish, a game, a house): the
article leaves it a candidate, even when a title word beside it reads as its role or a
list of such names vouches for each. A person so named keeps a sign of one."""

from __future__ import annotations

from pathlib import Path

from named import digest_articles, names

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


def test_names_of_everyday_words_are_things_and_a_signed_one_a_person(tmp_path: Path) -> None:
    out = digest_articles(tmp_path, _ARTICLES)
    # drinks on a menu, games in a bundle: no one's names
    assert not names(out, "menu", "people") & {"Rhubarb Gimlet", "Copper Lantern"}
    assert not names(out, "bundle", "people") & {"Silent Orchard III", "Tiny Lantern"}
    assert "Silent Orchard III" in names(out, "bundle", "candidates")
    # a singer so named, with a word for a person before the name and "she" after it
    assert "Velvet Storm" in names(out, "singer", "people")
    # a given name in no list that only looks like a plural ("Ines", not "in"s)
    assert "Ines Meadow" in names(out, "leader", "people")
    # named once, as one of the people a plural after the name counts
    assert "Tiger Fields" in names(out, "endorser", "people")
