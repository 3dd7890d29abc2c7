"""check, diff and the site on hostile folders: one line per problem, no traceback, no
hang, and nothing called hand-edited that the generator itself left half done."""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
from pathlib import Path

import pytest
from hostile import HARBOUR, LIBRARY, check, corpus, digest, run, variant
from timeouts import within

from generator.site import render_folder


@pytest.fixture
def digested(tmp_path: Path) -> Path:
    corpus(tmp_path)
    assert digest(tmp_path).code == 0
    return tmp_path


def test_check_names_sources_it_cannot_read_and_does_not_block(digested: Path) -> None:
    sources = digested / "sources"
    os.mkfifo(sources / "pipe.txt")
    (sources / "folder.txt").mkdir()
    (sources / "loop.txt").symlink_to("loop.txt")
    (digested / "secret.txt").write_text("not for publishing\n", encoding="utf-8")
    (sources / "outside.txt").symlink_to(digested / "secret.txt")
    with within(30):
        done = check(digested)
    assert done.code == 1
    assert done.out == [
        "sources/folder.txt: a folder, not a file",
        "sources/loop.txt: symbolic link that leads nowhere (a loop or a missing file)",
        "sources/outside.txt: symbolic link to a file outside the sources folder; not read",
        "sources/pipe.txt: not a regular file (a named pipe); not read",
    ]


def test_check_accepts_a_byte_identical_copy_as_digest_skips_it(digested: Path) -> None:
    shutil.copy(digested / "sources/harbour.txt", digested / "sources/harbour (1).txt")
    assert digest(digested).code == 0
    assert check(digested).code == 0


@pytest.mark.parametrize(
    ("damage", "words"),
    [
        (b"\xff\xfe\x00binary", "manifest.yaml: not valid YAML"),
        (b"written: 2024-02-30\n", "manifest.yaml: schema: top level"),
    ],
)
def test_check_names_a_damaged_manifest(digested: Path, damage: bytes, words: str) -> None:
    manifest = digested / "out/manifest.yaml"
    manifest.write_bytes(damage if b"binary" in damage else manifest.read_bytes() + damage)
    done = check(digested)
    assert done.code == 1 and any(words in line for line in done.out), done.out


def test_an_impossible_date_in_a_digest_is_a_problem_not_a_crash(digested: Path) -> None:
    article = digested / "out/articles/harbour.yaml"
    text = article.read_text(encoding="utf-8")
    article.write_text(text.replace("published: null", "published: 2024-02-30"), "utf-8")
    done = check(digested)
    assert done.code == 1
    assert done.out == [
        "out/articles/harbour.yaml: edited by hand (differs from what the generator wrote); "
        "edit content/sources or content/registry instead and rerun "
        "`python -m generator digest`"
    ]
    pages, problems = render_folder(digested / "out")
    assert problems == [] and "sources/harbour.md" in pages
    assert digest(digested).code == 0 and check(digested).code == 0


def _git(root: Path, *args: str) -> None:
    subprocess.run(
        ["git", "-c", "user.name=t", "-c", "user.email=t@t", *args],
        cwd=root,
        check=True,
        capture_output=True,
    )


@pytest.fixture
def committed(digested: Path) -> Path:
    _git(digested, "init", "-q")
    _git(digested, "add", "-A")
    _git(digested, "commit", "-qm", "digests")
    return digested


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("quotes:", "quotes: 5\nold_quotes:"),
        ("published: null", "published: 2024-02-30"),
        ("sentences:", "sentences: {a: 1}\nold_sentences:"),
    ],
)
def test_diff_survives_wrong_types_and_impossible_dates(
    committed: Path, old: str, new: str
) -> None:
    for name in ("articles/harbour.yaml", "people/mara-quill.yaml"):
        path = committed / "out" / name
        path.write_text(path.read_text(encoding="utf-8").replace(old, new, 1), "utf-8")
    with contextlib.chdir(committed):
        done = run("diff", "--out", "out")
    assert done.code == 0, done.err
    assert done.out[0] == "Digest changes since HEAD:"
    assert all(line.startswith("- ") for line in done.out[1:])


def test_diff_without_git_says_so(committed: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PATH", str(committed / "no-tools-here"))
    with contextlib.chdir(committed):
        done = run("diff", "--out", "out")
    assert done.code == 2
    assert done.err == ["diff: git not found; install git or put it on PATH"]


def test_check_after_an_added_article_stopped_midway_is_one_line(
    digested: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for n in range(8):
        (digested / f"sources/extra-{n}.txt").write_text(variant(LIBRARY, n), "utf-8")
    (digested / "sources/harbour.txt").write_text(variant(HARBOUR, 1), "utf-8")
    real = os.replace
    calls = [0]

    def killed(src: str | Path, dst: str | Path) -> None:
        calls[0] += 1
        if calls[0] == 6:
            raise KeyboardInterrupt
        real(src, dst)

    monkeypatch.setattr(os, "replace", killed)
    assert digest(digested).code == 130
    monkeypatch.setattr(os, "replace", real)
    assert check(digested).out == [
        "out/.writing: the last digest run did not finish (it was stopped or killed); "
        "rerun `python -m generator digest`"
    ]


def test_the_site_skips_a_binary_digest_with_one_line(digested: Path) -> None:
    (digested / "out/people/mara-quill.yaml").write_bytes(b"\xff\xfe\x00\x01 not text")
    pages, problems = render_folder(digested / "out", root=digested)
    assert len(problems) == 1 and problems[0].startswith(f"{digested}/out/people/mara-quill.yaml")
    assert "people/mara-quill.md" not in pages and "sources/harbour.md" in pages
