"""Names that are no one's though the model tags them a person's: the page's own outlet
("told Daily Harbinger" on that paper's page), a firm's economists ("Kestrel
Economics") and the place after "in" on a person's name ("videographer Mohamed Nasser
in Khan Rafiq"), while the people beside them stay."""

from __future__ import annotations

from pathlib import Path

from named import digest_articles, names

_ARTICLES = {
    "ruling": (
        "Families to appeal the ruling\n\n"
        '"We will appeal the ruling," Ann Kowal, a lawyer for the families, told Daily '
        "Harbinger.\n",
        "outlet: Daily Harbinger\npublished: 2024-03-05\n",
    ),
    "growth": (
        "Growth to slow\n\n"
        "Growth will slow next year, Kestrel Economics senior economist Ann Vale said.\n"
        "Kestrel Economics expects rates to stay on hold.\n",
        None,
    ),
    "camp": (
        "Leaders named\n\n"
        "Hassan Ali told CBC freelance videographer Mohamed Nasser in Khan Rafiq that the "
        'choice was "an internal matter".\n',
        None,
    ),
}


def test_the_pages_outlet_a_firms_economists_and_a_place_are_no_people(tmp_path: Path) -> None:
    out = digest_articles(tmp_path, _ARTICLES)
    assert names(out, "ruling", "people") == {"Ann Kowal"}
    assert not names(out, "ruling", "candidates") & {"Daily Harbinger"}
    assert "Ann Vale" in names(out, "growth", "people")
    assert not (names(out, "growth", "people") | names(out, "growth", "candidates")) & {
        "Kestrel Economics"
    }
    assert names(out, "camp", "people") == {"Hassan Ali", "Mohamed Nasser"}
