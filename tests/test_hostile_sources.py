"""Hostile source files: each bad one is one line naming it and the problem, and the rest
of the corpus is digested. One digest run over all of them (the cases in
tests/cases/hostile_sources.yaml, plus what only the file system can make)."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest
import yaml
from hostile import HARBOUR, LIBRARY, Run, check, corpus, digest, load, variant

from generator.settings import MAX_ID_LENGTH
from generator.text.names import slug

CASES: list[dict[str, Any]] = yaml.safe_load(
    (Path(__file__).parent / "cases" / "hostile_sources.yaml").read_text(encoding="utf-8")
)


def _write(path: Path, spec: dict[str, Any]) -> None:
    if "bytes" in spec:
        path.write_bytes(spec["bytes"].encode("latin-1"))
        return
    text = spec["text"] * spec.get("repeat", 1) + spec.get("then", "")
    path.write_bytes(text.encode(spec.get("encoding", "utf-8")))


# What only the file system can make: (name, how, the words of its line).
OUTSIDE = "The harbour board kept its secret minutes in a file outside the sources folder.\n"


def _filesystem(sources: Path, elsewhere: Path) -> list[tuple[str, str]]:
    (elsewhere / "secret.txt").write_text(OUTSIDE, encoding="utf-8")
    (sources / "outside.txt").symlink_to(elsewhere / "secret.txt")
    (sources / "inside.txt").symlink_to("harbour.txt")  # a link to a source: a copy of it
    (sources / "loop.txt").symlink_to("loop.txt")
    (sources / "dangling.txt").symlink_to("gone.txt")
    os.mkfifo(sources / "pipe.txt")
    (sources / "folder.txt").mkdir()
    (sources / "side-folder.txt").write_text(variant(LIBRARY, 7), encoding="utf-8")
    (sources / "side-folder.meta.yaml").mkdir()
    return [
        ("outside.txt", "symbolic link to a file outside the sources folder"),
        ("inside.txt", "same bytes as harbour.txt; skipped as a duplicate"),
        ("loop.txt", "symbolic link that leads nowhere (a loop or a missing file)"),
        ("dangling.txt", "symbolic link that leads nowhere (a loop or a missing file)"),
        ("pipe.txt", "not a regular file (a named pipe); not read"),
        ("folder.txt", "a folder, not a file"),
        ("side-folder.txt", "sidecar side-folder.meta.yaml: a folder, not a file"),
    ]


@pytest.fixture(scope="module")
def hostile_run(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Run, list[Any]]:
    root = tmp_path_factory.mktemp("hostile")
    sources = corpus(root)
    for case in CASES:
        for name, spec in case["files"].items():
            _write(sources / name, spec)
    elsewhere = root / "elsewhere"
    elsewhere.mkdir()
    filesystem = _filesystem(sources, elsewhere)
    return root, digest(root), filesystem


def _article(root: Path, article_id: str) -> dict[str, Any] | None:
    path = root / "out" / "articles" / f"{article_id}.yaml"
    return load(path) if path.exists() else None


@pytest.mark.parametrize("case", CASES, ids=[c["case"] for c in CASES])
def test_each_hostile_source(case: dict[str, Any], hostile_run: tuple[Path, Run, Any]) -> None:
    root, done, _ = hostile_run
    for line in ([case["line"]] if "line" in case else []) + case.get("lines", []):
        assert line["says"] in done.line_for(f"sources/{line['file']}: ")
    if "line" not in case and "lines" not in case:
        for name in case["files"]:
            assert not [x for x in done.err if name in x], done.err
    for article_id, words in case.get("digested", {}).items():
        article = _article(root, article_id)
        assert article is not None, (article_id, done.err)
        text = " ".join([article["title"] or "", *article["sentences"]])
        for word in words:
            assert word in text, (word, text)
        assert "\\U" not in (root / "out/articles" / f"{article_id}.yaml").read_text("utf-8")
        assert len((root / "out/articles" / f"{article_id}.yaml").read_bytes()) < 20_000
    for article_id, fields in case.get("fields", {}).items():
        article = _article(root, article_id)
        assert article is not None and {k: article[k] for k in fields} == fields
    for article_id in case.get("not_digested", []):
        assert _article(root, article_id) is None


def test_file_system_oddities_are_each_one_line(hostile_run: tuple[Path, Run, Any]) -> None:
    root, done, filesystem = hostile_run
    for name, says in filesystem:
        assert says in done.line_for(f"sources/{name}: "), name
    assert _article(root, "outside") is None
    assert "secret minutes" not in "".join(p.read_text() for p in (root / "out").rglob("*.yaml"))


def test_the_good_articles_are_digested_and_the_exit_status_says_some_failed(
    hostile_run: tuple[Path, Run, Any],
) -> None:
    root, done, _ = hostile_run
    assert done.code == 1
    assert _article(root, "harbour") and _article(root, "library")
    assert not any("Traceback" in line for line in done.err)
    summary = done.err[-1]
    failed = sum(1 for c in CASES if "line" in c and c.get("not_digested")) + 2 + 6
    assert f"; {failed} sources failed" in summary, summary


NAMES = {
    "Kallas visit.txt": "Kallas-visit",
    "-lead.txt": "lead",
    "Šimonytė talks.txt": "Simonyte-talks",
    "a#b?c%d;e\"f'g.txt": "a-b-c-d-e-f-g",
    "tab\tname.txt": "tab-name",
    "new\nline.txt": "new-line",
    "x" * 236 + ".txt": "x" * MAX_ID_LENGTH,
}


def test_awkward_file_names_get_ids_that_check_accepts(tmp_path: Path) -> None:
    corpus(tmp_path, {name: variant(HARBOUR, n) for n, name in enumerate(NAMES)})
    done = digest(tmp_path)
    assert done.code == 0, done.err
    for name, article_id in NAMES.items():
        article = _article(tmp_path, article_id)
        assert article is not None, (name, done.err)
        assert article["source"] == f"sources/{name}"
    checked = check(tmp_path)
    assert checked.code == 0 and checked.out == [
        f"ok: {checked.out[-1].split()[1]} digests checked"
    ]


def test_names_that_make_one_id_are_named(tmp_path: Path) -> None:
    corpus(tmp_path, {"Port visit.txt": HARBOUR, "Port-visit.txt": LIBRARY})
    done = digest(tmp_path)
    assert done.code == 1
    assert "same article id 'Port-visit' as Port visit.txt" in done.line_for("Port-visit.txt: ")


def test_a_name_with_no_letter_or_digit_is_named(tmp_path: Path) -> None:
    corpus(tmp_path, {"harbour.txt": HARBOUR, "¿¿.txt": LIBRARY})
    done = digest(tmp_path)
    assert done.code == 1
    assert "no Latin letter or digit to make an article id of" in done.line_for("¿¿.txt: ")


def test_a_long_name_makes_a_short_slug() -> None:
    long = slug("Mara " * 100)
    assert len(long) <= MAX_ID_LENGTH and long.startswith("mara-mara") and not long.endswith("-")
    assert slug("Mara Quill") == "mara-quill"


@pytest.mark.slow
def test_an_article_too_long_for_the_model_is_named_and_the_run_goes_on(tmp_path: Path) -> None:
    sentence = "The harbour board met again on Monday to discuss the rota for the port. "
    corpus(tmp_path, {"harbour.txt": HARBOUR, "endless.txt": sentence * 14_000})
    done = digest(tmp_path)
    assert done.code == 1
    line = done.line_for("endless.txt: ")
    assert "too long for the language model" in line and "1,000,000" in line
    assert _article(tmp_path, "harbour") is not None
