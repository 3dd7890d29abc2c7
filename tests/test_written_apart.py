"""The last writes of a run are shared between its own process and a forked child (the
stories' digests and a share of the people's there, the rest here): the files are the
same bytes as one process writing them all."""

from __future__ import annotations

import multiprocessing
import os
from pathlib import Path

import pytest
from hostile import HARBOUR, LIBRARY, corpus, digest

from generator.commands import rebuild

PORT = """\
Port Alden council names new harbour master

The Port Alden city council named Lena Sorvik harbour master on Friday, after the dock workers' strike.
"The port has to run every night of the year," Sorvik told reporters at the council building.
Union leader Mara Quill said the workers would meet her next week.
Council spokesman Tomas Brek said the night-shift pay review would still report by June.
"""


def _tree(folder: Path) -> dict[str, bytes]:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def _digest_logging_writers(root: Path, log: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """`digest` of the three articles, each file's folder and its writer's pid logged."""
    corpus(root, {"harbour.txt": HARBOUR, "library.txt": LIBRARY, "port.txt": PORT})
    write = rebuild.atomic_write

    def logged(path: Path, data: str | bytes) -> None:
        with log.open("a", encoding="utf-8") as file:
            file.write(f"{os.getpid()} {path.parent.name}\n")
        write(path, data)

    monkeypatch.setattr(rebuild, "atomic_write", logged)
    assert digest(root).code == 0


def test_a_child_writes_the_stories_and_a_share_of_the_people_as_one_process_would(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    log = tmp_path / "writers.log"
    _digest_logging_writers(tmp_path / "forked", log, monkeypatch)
    writers = [line.split() for line in log.read_text(encoding="utf-8").splitlines()]
    here = str(os.getpid())
    apart = {folder for pid, folder in writers if pid != here}
    assert apart == {"stories", "people"}
    people = [pid for pid, folder in writers if folder == "people"]
    assert here in people and set(people) != {here}  # shared, not all in one process
    # where fork is not available every file is written here: the same bytes
    monkeypatch.setattr(multiprocessing, "get_all_start_methods", lambda: ["spawn"])
    _digest_logging_writers(tmp_path / "alone", tmp_path / "alone.log", monkeypatch)
    alone = (tmp_path / "alone.log").read_text(encoding="utf-8").split()[::2]
    assert set(alone) == {here}
    assert _tree(tmp_path / "forked" / "out") == _tree(tmp_path / "alone" / "out")
