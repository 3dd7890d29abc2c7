"""`make test` does not depend on the live content/ folder, which a user changes.

The `live_content` plugin (tests/live_content.py) fails any test that reads it; here it
runs on a few tests of its own, in a pytest of their own, and fails exactly the ones that
read content/.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from live_content import LIVE

TESTS = Path(__file__).resolve().parent

READERS = f"""
import os
from pathlib import Path

import pytest

LIVE = Path({LIVE!r})


def test_lists_the_live_folder():
    sorted(LIVE.glob("*"))


def test_opens_a_live_file_by_a_relative_path(monkeypatch):
    monkeypatch.chdir(LIVE.parent)
    with pytest.raises(FileNotFoundError):
        open("content/sources/not-there.txt")


def test_starts_a_command_on_the_live_folder():
    import subprocess, sys
    subprocess.run([sys.executable, "-c", "pass", str(LIVE / "digests")], check=True)


def test_keeps_to_its_own_files(tmp_path):
    (tmp_path / "article.txt").write_text("Text.")
    assert os.listdir(tmp_path) == ["article.txt"]


@pytest.mark.live_content
def test_reads_the_live_folder_on_purpose():
    sorted(LIVE.glob("*"))
"""

AT_IMPORT = f"""
from pathlib import Path

SOURCES = sorted(Path({LIVE!r}).joinpath("sources").glob("*"))


def test_anything():
    pass
"""


def test_a_test_that_reads_the_live_content_folder_fails(tmp_path: Path) -> None:
    (tmp_path / "test_readers.py").write_text(READERS, encoding="utf-8")
    (tmp_path / "test_at_import.py").write_text(AT_IMPORT, encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-p", "live_content", "-p", "no:cacheprovider"]
        + ["-q", "-rfE", "--continue-on-collection-errors", "--rootdir", str(tmp_path)]
        + [str(tmp_path)],
        cwd=tmp_path,
        env={k: v for k, v in os.environ.items() if k != "PYTEST_CURRENT_TEST"}
        | {"PYTHONPATH": str(TESTS)},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    summary = {
        line.split(" - ")[0]
        for line in done.stdout.splitlines()
        if line.startswith(("FAILED", "ERROR"))
    }
    assert summary == {
        "FAILED test_readers.py::test_lists_the_live_folder",
        "FAILED test_readers.py::test_opens_a_live_file_by_a_relative_path",
        "FAILED test_readers.py::test_starts_a_command_on_the_live_folder",
        "ERROR test_at_import.py",
    }, done.stdout
    # each names what it read
    assert os.path.join(LIVE, "sources", "not-there.txt") in done.stdout
    assert os.path.join(LIVE, "digests") in done.stdout
