"""Registry files of the wrong shape, or saying what cannot be: one line each, naming the
file; the rest of the registry is still read and the corpus still digested."""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import Any

import pytest
import yaml
from hostile import HARBOUR, LIBRARY, corpus, digest, load, run

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


def test_contradictions_and_entries_that_do_nothing_are_named(tmp_path: Path) -> None:
    corpus(tmp_path, {"harbour.txt": HARBOUR, "library.txt": LIBRARY})
    registry = tmp_path / "registry"
    registry.mkdir()
    (registry / "people.yaml").write_text(
        "people:\n  - name: Mara Quill\n    country: narnia\n", encoding="utf-8"
    )
    (registry / "countries.yaml").write_text(
        "countries:\n  narnia:\n    aliases: [Cair Paravel]\n", encoding="utf-8"
    )
    (registry / "overrides.yaml").write_text(
        "rename:\n  nobody-here: Someone Else\n  tomas-brek: Mara Quill\n", encoding="utf-8"
    )
    done = digest(tmp_path)
    assert done.code == 1
    assert "country 'narnia' is not a country id" in done.line_for("people.yaml: Mara Quill")
    assert "'narnia' is not a country id" in done.line_for("countries.yaml: ")
    assert "no person has the id 'nobody-here'; nothing renamed" in done.line_for("nobody-here")
    assert "another person (mara-quill) has that name" in done.line_for("'tomas-brek'")
    quill = load(tmp_path / "out/people/mara-quill.yaml")
    assert quill["country"] is None  # wrong is worse than missing


def test_a_mistyped_registry_folder_stops_the_run(tmp_path: Path) -> None:
    corpus(tmp_path)
    done = digest(tmp_path, "--registry", "registyr")
    assert done.code == 2
    assert done.err == ["registyr: registry folder not found"]
    assert not (tmp_path / "out").exists()


def test_a_registry_that_is_a_file_stops_the_run(tmp_path: Path) -> None:
    corpus(tmp_path)
    (tmp_path / "reg.yaml").write_text("people: []\n", encoding="utf-8")
    with contextlib.chdir(tmp_path):
        done = run("digest", "--sources", "sources", "--registry", "reg.yaml", "--out", "out")
    assert done.code == 2
    assert done.err == ["reg.yaml: registry folder not found"]
