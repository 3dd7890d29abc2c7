"""A source whose stat is as the last run recorded is not read again (`read.known`), and
that changes the time only: its notices are still said, an edit in place is still seen,
`--force` reads every file, and one that must be analysed again is read whole."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from seeds import content_copy

from generator.commands import inputs
from generator.commands.digest import run_digest
from generator.read.sources import Source, parse_source


def _run(root: Path, capsys: pytest.CaptureFixture[str], force: bool = False) -> str:
    run_digest(
        root / "content/sources",
        root / "content/registry",
        root / "content/digests",
        root,
        force=force,
    )
    return capsys.readouterr().err


def _files(folder: Path) -> dict[str, bytes]:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*.yaml"))
    }


@pytest.fixture
def parsed(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The names of the sources read and decoded, in order."""
    names: list[str] = []

    def counting(path: Path, source_id: str, data: bytes) -> Source:
        names.append(path.name)
        return parse_source(path, source_id, data)

    monkeypatch.setattr(inputs, "parse_source", counting)
    return names


# Invented: a short report with a control character that reading removes, said each run.
NOTICED = "Minister Tiit Vaher said on Monday\x07 that the port would reopen.\n"


def test_only_new_or_changed_sources_are_read(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], parsed: list[str]
) -> None:
    root = content_copy(tmp_path)
    sources = root / "content/sources"
    (sources / "zz_noticed.txt").write_text(NOTICED, encoding="utf-8")
    _run(root, capsys)
    assert len(parsed) == len(list(sources.iterdir()))
    parsed.clear()
    (sources / "zz_new.txt").write_text(NOTICED.replace("Vaher", "Vahter"), encoding="utf-8")
    said = _run(root, capsys)
    assert parsed == ["zz_new.txt"]
    assert "zz_noticed.txt: 1 control character removed" in said  # said though not read
    parsed.clear()
    assert "nothing changed" in _run(root, capsys) and parsed == []
    _run(root, capsys, force=True)
    assert len(parsed) == len(list(sources.iterdir()))


def test_an_edit_in_place_that_keeps_size_and_time_is_read(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], parsed: list[str]
) -> None:
    root = content_copy(tmp_path)
    _run(root, capsys)
    source = sorted((root / "content/sources").iterdir())[0]
    text, before = source.read_bytes(), source.stat()
    source.write_bytes(text.replace(b"e", b"a", 1))
    os.utime(source, ns=(before.st_atime_ns, before.st_mtime_ns))
    parsed.clear()
    assert "(1 analysed" in _run(root, capsys)
    assert parsed == [source.name]


def test_a_source_known_unread_and_analysed_again_gives_the_same_digests(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], parsed: list[str]
) -> None:
    """A registry file that analysis reads has every article analysed again: the
    sources known by their stat are read whole for it, as a run without caches reads them."""
    root = content_copy(tmp_path)
    _run(root, capsys)
    organizations = root / "content/registry/organizations.yaml"
    organizations.write_text(
        organizations.read_text(encoding="utf-8") + "  - name: Harbour Pilots Union\n",
        encoding="utf-8",
    )
    parsed.clear()
    said = _run(root, capsys)
    assert parsed == [] and "(5 analysed, 0 unchanged)" in said
    warm = _files(root / "content/digests")
    shutil.rmtree(root / ".cache")
    _run(root, capsys)
    assert _files(root / "content/digests") == warm


def test_a_sidecar_added_edited_or_removed_reaches_the_digest(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A sidecar is a file of its own, beside a source whose bytes do not change: adding,
    editing or removing it has that one article analysed again, as a cold run would."""
    root = content_copy(tmp_path)
    digests = root / "content/digests"
    _run(root, capsys)
    before = _files(digests)
    source = sorted((root / "content/sources").glob("*.txt"))[0]
    sidecar = source.with_name(source.stem + ".meta.yaml")
    article = f"articles/{source.stem}.yaml"
    for values, outlet in (
        ("outlet: Harbour Gazette\npublished: 2024-03-05\n", "Harbour Gazette"),
        ("outlet: Harbour Evening Post\npublished: 2024-03-05\n", "Harbour Evening Post"),
    ):
        sidecar.write_text(values, encoding="utf-8")
        said = _run(root, capsys)
        assert "(1 analysed, 4 unchanged)" in said
        warm = _files(digests)
        assert f"outlet: {outlet}\n" in warm[article].decode("utf-8")
        shutil.rmtree(root / ".cache")
        _run(root, capsys)
        assert _files(digests) == warm
    sidecar.unlink()
    assert "(1 analysed, 4 unchanged)" in _run(root, capsys)
    assert _files(digests) == before
