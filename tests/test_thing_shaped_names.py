"""A full name the article shows nothing of a person about (no title, role, given name,
"he" or "she", speech) that holds an everyday word after its first word is a product's, a
place's or an outlet's: the article leaves it a candidate. A person named so with a sign
of one stays a person, and a first word that is an everyday word is a given name."""

from __future__ import annotations

from pathlib import Path

from named import digest_articles, names

_ARTICLES = {
    "camp": "Sleeping bags on test\n\n"
    "Its down kept me warm for a week on Alaska's Kahiltna Glacier.\n"
    "The bag costs 400 dollars.\n",
    "riots": "Protests in the city\n\n"
    "Crowds gathered in the square on Monday, Plymouth Live reported.\n"
    "Police made six arrests.\n",
    "gadgets": "Holiday deals\n\n"
    "The smaller, more portable Nintendo Switch gives up the dock, but it gains battery "
    "life.\nNintendo Switch Lite for $200.\n",
    "pundit": "A debate on television\n\n"
    "The broadcaster Piers Morgan hosted the debate on Tuesday.\n"
    "Law Roach styled the guests.\n",
}


def test_thing_shaped_names_with_no_sign_are_candidates(tmp_path: Path) -> None:
    out = digest_articles(tmp_path, _ARTICLES)
    # a glacier, an outlet and a console: no one's names
    assert "Kahiltna Glacier" not in names(out, "camp", "people")
    assert "Kahiltna Glacier" in names(out, "camp", "candidates")
    assert "Plymouth Live" not in names(out, "riots", "people")
    assert not names(out, "gadgets", "people") & {"Nintendo Switch", "Nintendo Switch Lite"}
    # a first word that is an everyday word is a given name the lists may lack
    assert {"Piers Morgan", "Law Roach"} <= names(out, "pundit", "people")
