"""Registry files of the wrong shape, or saying what cannot be: one line each, naming the
file; the rest of the registry is still read and the corpus still digested."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from generator.registry import load_registry

CASES: list[dict[str, Any]] = yaml.safe_load(
    (Path(__file__).parent / "cases" / "hostile_registry.yaml").read_text(encoding="utf-8")
)


@pytest.mark.parametrize("case", CASES, ids=[c["case"] for c in CASES])
def test_each_registry_problem_is_one_line(case: dict[str, Any], tmp_path: Path) -> None:
    for name, text in case.get("files", {}).items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    for name in case.get("folders", []):
        (tmp_path / name).mkdir()
    registry = load_registry(tmp_path)
    assert registry.errors == [f"{tmp_path}/{line}" for line in case["errors"]]
    if "people" in case:
        kept = {
            p.name: {"aliases": p.aliases, "roles": p.roles, "country": p.country}
            for p in registry.people
        }
        assert kept == case["people"]
    if "countries" in case:
        assert registry.countries == case["countries"]
    for kind, expected in case.get("overrides", {}).items():
        found = getattr(registry.overrides, kind)
        assert (sorted(found) if isinstance(found, set) else found) == expected
