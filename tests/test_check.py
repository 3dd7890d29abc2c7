"""`generator check` names every stale, hand-edited or malformed digest, one line each."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from digest_samples import sample_corpus, sample_digests, write_digests

from generator.commands.check import run_check

Mutation = Callable[[Path, Path], None]


def _check(sources: Path, out: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, list[str]]:
    code = run_check(sources, out)
    return code, capsys.readouterr().out.splitlines()


def test_clean_corpus_passes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    sources, out = sample_corpus(tmp_path)
    assert _check(sources, out, capsys) == (0, ["ok: 4 digests checked"])


def _edit_source(sources: Path, out: Path) -> None:
    with (sources / "000_roll.txt").open("a", encoding="utf-8") as handle:
        handle.write("Roll added that no decision had been taken.\n")


def _hand_edit(sources: Path, out: Path) -> None:
    path = out / "people/madis-roll.yaml"
    path.write_text(path.read_text().replace("name: Madis Roll", "name: Madis Rohr"))


def _break_schema(sources: Path, out: Path) -> None:
    digests = sample_digests()
    digests["countries/estonia.yaml"]["people"] = ["Madis Roll"]
    write_digests(out, digests)  # the manifest agrees: only the schema is broken


def _unlisted(sources: Path, out: Path) -> None:
    digests = sample_digests()
    write_digests(out, digests)
    extra = digests["people/madis-roll.yaml"] | {"id": "kaja-kallas", "name": "Kaja Kallas"}
    write_digests(tmp := out.parent / "other", {"people/kaja-kallas.yaml": extra})
    (out / "people/kaja-kallas.yaml").write_bytes((tmp / "people/kaja-kallas.yaml").read_bytes())


# (mutation, [(file relative to tmp_path, words its line must contain)]): exactly these lines.
CASES: dict[str, tuple[Mutation, list[tuple[str, str]]]] = {
    "source changed": (
        _edit_source,
        [
            ("digests/articles/000_roll.yaml", "source sources/000_roll.txt changed since"),
        ],
    ),
    "source deleted": (
        lambda s, o: (s / "000_roll.txt").unlink(),
        [
            ("digests/articles/000_roll.yaml", "article digest with no source file"),
        ],
    ),
    "source added": (
        lambda s, o: (s / "001_new.md").write_text("# News\n\nText.\n"),
        [
            ("sources/001_new.md", "source with no digest"),
        ],
    ),
    "metadata sidecar is not an article": (
        lambda s, o: (s / "000_roll.meta.yaml").write_text("outlet: ERR News\n"),
        [],
    ),
    "hand edit": (_hand_edit, [("digests/people/madis-roll.yaml", "edited by hand")]),
    "schema broken": (
        _break_schema,
        [
            ("digests/countries/estonia.yaml", "schema: people/0: 'Madis Roll' does not match"),
        ],
    ),
    "digest not in manifest": (
        _unlisted,
        [
            ("digests/people/kaja-kallas.yaml", "not in manifest.yaml"),
        ],
    ),
    "manifest entry without file": (
        lambda s, o: (o / "stories/estonia-troops-ukraine.yaml").unlink(),
        [
            ("digests/manifest.yaml", "lists stories/estonia-troops-ukraine.yaml but the file is"),
        ],
    ),
    "manifest missing": (
        lambda s, o: (o / "manifest.yaml").unlink(),
        [
            ("digests/manifest.yaml", "missing"),
        ],
    ),
    "manifest broken": (
        lambda s, o: (o / "manifest.yaml").write_text("format: 1\nfiles: [\n"),
        [
            ("digests/manifest.yaml", "not valid YAML"),
        ],
    ),
    "not YAML": (
        lambda s, o: (o / "countries/estonia.yaml").write_text("id: [estonia\n"),
        [
            ("digests/countries/estonia.yaml", "edited by hand"),
            ("digests/countries/estonia.yaml", "not valid YAML"),
        ],
    ),
    "id differs from file name": (
        lambda s, o: (o / "people/madis-roll.yaml").rename(o / "people/madis-rohr.yaml"),
        [
            ("digests/manifest.yaml", "lists people/madis-roll.yaml but the file is missing"),
            ("digests/people/madis-rohr.yaml", "not in manifest.yaml"),
            ("digests/people/madis-rohr.yaml", "id 'madis-roll' does not match the file name"),
        ],
    ),
    "temp file of a killed run": (
        lambda s, o: (o / "people/.madis-roll.yaml.k3j2.tmp").write_text("id: madis-"),
        [
            ("digests/people/.madis-roll.yaml.k3j2.tmp", "temp file left by an interrupted"),
        ],
    ),
    "stray file": (
        lambda s, o: (o / "notes.txt").write_text("todo"),
        [
            ("digests/notes.txt", "unexpected file"),
        ],
    ),
}


@pytest.mark.parametrize("case", list(CASES))
def test_each_problem_is_one_line_naming_the_file(
    case: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)  # relative paths, as in `python -m generator check`
    sources, out = sample_corpus(Path("."))
    mutate, expected = CASES[case]
    mutate(sources, out)
    code, lines = _check(sources, out, capsys)
    if not expected:
        assert (code, lines) == (0, ["ok: 4 digests checked"])
        return
    assert code == 1
    assert len(lines) == len(expected), lines
    for line, (file, words) in zip(lines, expected, strict=True):
        assert line.startswith(f"{file}: ") and words in line, line


def test_missing_sources_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _, out = sample_corpus(tmp_path)
    code, lines = _check(tmp_path / "nowhere", out, capsys)
    assert code == 1
    assert f"{tmp_path / 'nowhere'}: sources folder not found" in lines


@pytest.fixture
def seed_copy(tmp_path: Path, seed_root: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The real digests of the seed articles and their sources, in a folder of their own."""
    shutil.copytree(seed_root / "content/sources", tmp_path / "content/sources")
    shutil.copytree(seed_root / "content/digests", tmp_path / "content/digests")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def _replace_in(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, path
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


SOURCE = "content/sources/002_d17b1e5e200ddc9b.txt"
ARTICLE = "content/digests/articles/002_d17b1e5e200ddc9b.yaml"
KALLAS = "content/digests/people/kaja-kallas.yaml"
SEED_CASES: dict[str, tuple[Callable[[], None], list[tuple[str, str]]]] = {
    "source corrected after digesting": (
        lambda: _replace_in(Path(SOURCE), "Kaja kallas", "Kaja Kallas"),
        [(ARTICLE, f"source {SOURCE} changed since it was digested")],
    ),
    "name fixed in a digest by hand": (
        lambda: _replace_in(Path(KALLAS), "name: Kaja Kallas", "name: Kaja Kallas-Kross"),
        [(KALLAS, "edited by hand")],
    ),
    "field added by hand": (
        lambda: _replace_in(Path(KALLAS), "registry: true", "registry: true\nverified: yes"),
        [
            (KALLAS, "edited by hand"),
            (KALLAS, "schema: top level: Additional properties are not allowed ('verified'"),
        ],
    ),
    "quote pointing before the first sentence": (
        lambda: _replace_in(Path(KALLAS), "sentence: ", "sentence: -"),
        [(KALLAS, "edited by hand"), (KALLAS, "schema: quotes/0/sentence: -")],
    ),
    "source deleted": (
        lambda: Path(SOURCE).unlink(),
        [(ARTICLE, "article digest with no source file")],
    ),
    "digest deleted": (
        lambda: Path(KALLAS).unlink(),
        [("content/digests/manifest.yaml", "lists people/kaja-kallas.yaml but the file is")],
    ),
}


def test_seed_digests_pass(seed_copy: Path, capsys: pytest.CaptureFixture[str]) -> None:
    files = len(list(Path("content/digests").glob("*/*.yaml")))
    code, lines = _check(Path("content/sources"), Path("content/digests"), capsys)
    assert (code, lines) == (0, [f"ok: {files} digests checked"])


@pytest.mark.parametrize("case", list(SEED_CASES))
def test_seed_digest_problems(
    case: str, seed_copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    mutate, expected = SEED_CASES[case]
    mutate()
    code, lines = _check(Path("content/sources"), Path("content/digests"), capsys)
    assert code == 1
    assert [line.split(": ", 1)[0] for line in lines] == [file for file, _ in expected], lines
    for line, (_, words) in zip(lines, expected, strict=True):
        assert words in line, line
