"""Names that are no one's though the model tags them a person's: the page's own outlet
("told Daily Harbinger" on that paper's page), a firm's economists ("Kestrel
Economics") and the place after "in" on a person's name ("videographer Mohamed Nasser
in Khan Rafiq"), while the people beside them stay."""

from __future__ import annotations

from pathlib import Path

import yaml
from seeds import SEED_REGISTRY

from generator.commands.digest import run_digest

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


def _digest(tmp_path: Path) -> Path:
    sources = tmp_path / "sources"
    sources.mkdir()
    for name, (text, meta) in _ARTICLES.items():
        (sources / f"{name}.txt").write_text(text, encoding="utf-8")
        if meta:
            (sources / f"{name}.meta.yaml").write_text(meta, encoding="utf-8")
    assert run_digest(sources, SEED_REGISTRY, tmp_path / "out", root=tmp_path) == 0
    return tmp_path / "out"


def _names(out: Path, article: str, field: str) -> set[str]:
    digest = yaml.safe_load((out / "articles" / f"{article}.yaml").read_text("utf-8"))
    return {w for entry in digest.get(field) or [] for w in entry["as_written"]}


def test_the_pages_outlet_a_firms_economists_and_a_place_are_no_people(tmp_path: Path) -> None:
    out = _digest(tmp_path)
    assert _names(out, "ruling", "people") == {"Ann Kowal"}
    assert not _names(out, "ruling", "candidates") & {"Daily Harbinger"}
    assert "Ann Vale" in _names(out, "growth", "people")
    assert not (_names(out, "growth", "people") | _names(out, "growth", "candidates")) & {
        "Kestrel Economics"
    }
    assert _names(out, "camp", "people") == {"Hassan Ali", "Mohamed Nasser"}
