"""`generator check` names every stale, hand-edited or malformed digest, one line each."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
from casefile import cases
from digest_samples import sample_corpus, sample_digests, write_digests

from generator.commands.check import run_check
from generator.commands.digest import run_digest


def _check(sources: Path, out: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, list[str]]:
    code = run_check(sources, out, root=Path.cwd())
    return code, capsys.readouterr().out.splitlines()


def test_clean_corpus_passes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    sources, out = sample_corpus(tmp_path)
    assert _check(sources, out, capsys) == (0, ["ok: 4 digests checked"])


def _apply(step: dict[str, Any]) -> None:
    """One step of a case in tests/cases/check.yaml, in the current folder."""
    do = step["do"]
    path = Path(step.get("file", ""))
    if do == "append":
        with path.open("a", encoding="utf-8") as handle:
            handle.write(step["text"])
    elif do == "write":
        path.write_text(step["text"], encoding="utf-8")
    elif do == "replace":
        text = path.read_text(encoding="utf-8")
        assert step["old"] in text, path
        path.write_text(text.replace(step["old"], step["new"], 1), encoding="utf-8")
    elif do == "delete":
        path.unlink()
    elif do == "rename":
        path.rename(step["to"])
    elif do == "copy":
        shutil.copy(path, step["to"])
    elif do == "set":
        digests = sample_digests()
        digests[step["digest"]][step["field"]] = step["value"]
        write_digests(Path("digests"), digests)
    else:
        raise AssertionError(f"tests/cases/check.yaml: unknown step {do!r}")


def _assert_lines(
    case: dict[str, Any], sources: Path, out: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Apply the case's steps, then check prints exactly its lines (or passes)."""
    for step in case["steps"]:
        _apply(step)
    code, lines = _check(sources, out, capsys)
    if not case["lines"]:
        assert (code, lines) == (0, ["ok: 4 digests checked"])  # the sample corpus's four
        return
    assert code == 1
    assert len(lines) == len(case["lines"]), lines
    for line, (file, words) in zip(lines, case["lines"], strict=True):
        assert line.startswith(f"{file}: ") and words in line, line


@pytest.mark.parametrize("case", cases("check", "sample"))
def test_each_problem_is_one_line_naming_the_file(
    case: dict[str, Any],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.chdir(tmp_path)  # relative paths, as in `python -m generator check`
    sources, out = sample_corpus(Path("."))
    _assert_lines(case, sources, out, capsys)


def test_missing_sources_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _, out = sample_corpus(tmp_path)
    code, lines = _check(tmp_path / "nowhere", out, capsys)
    assert code == 1
    assert f"{tmp_path / 'nowhere'}: sources folder not found" in lines


@pytest.fixture(params=["plain", "cached"])
def seed_copy(
    tmp_path: Path, seed_root: Path, monkeypatch: pytest.MonkeyPatch, request: pytest.FixtureRequest
) -> Path:
    """The real digests of the seed articles and their sources, in a folder of their own;
    "cached": digested there again, so check finds the digests cache of that run (and
    must still catch every edit made after it)."""
    shutil.copytree(seed_root / "content/sources", tmp_path / "content/sources")
    shutil.copytree(seed_root / "content/digests", tmp_path / "content/digests")
    monkeypatch.chdir(tmp_path)
    if request.param == "cached":
        shutil.copytree(seed_root / "content/registry", tmp_path / "content/registry")
        digests = tmp_path / "content/digests"
        before = {p: p.read_bytes() for p in digests.rglob("*.yaml")}
        code = run_digest(
            tmp_path / "content/sources", tmp_path / "content/registry", digests, root=tmp_path
        )
        assert code == 0 and {p: p.read_bytes() for p in digests.rglob("*.yaml")} == before
        assert any((tmp_path / ".cache").rglob("digests-*"))
    return tmp_path


def test_seed_digests_pass(seed_copy: Path, capsys: pytest.CaptureFixture[str]) -> None:
    files = len(list(Path("content/digests").glob("*/*.yaml")))
    code, lines = _check(Path("content/sources"), Path("content/digests"), capsys)
    assert (code, lines) == (0, [f"ok: {files} digests checked"])


@pytest.mark.parametrize("case", cases("check", "seeds"))
def test_seed_digest_problems(
    case: dict[str, Any], seed_copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _assert_lines(case, Path("content/sources"), Path("content/digests"), capsys)
