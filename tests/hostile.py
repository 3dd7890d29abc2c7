"""Shared by the hostile-input tests: small articles of our own and the commands run as a
user runs them, with what they print."""

from __future__ import annotations

import contextlib
import io
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from generator.commands.cli import main

HARBOUR = """\
Port Alden dock workers end strike after pay review

Harbour workers in Port Alden ended a three-day strike on Tuesday after the city council agreed to review night-shift pay.
"This is a first step, not a settlement," union leader Mara Quill told reporters outside the council building.
Council spokesman Tomas Brek said the review would report by the end of June.
About 400 workers had walked out on Saturday, halting cargo traffic at the port for three days.
"""

LIBRARY = """\
Riverton library reopens after two years of repairs

The central library in Riverton reopened on Monday after two years of repairs to its flooded basement.
Head librarian Ines Varga said the new reading rooms would stay open until nine in the evening.
"People queued in the rain before we opened the doors," Varga said.
The repairs cost the town about 3 million pounds, most of it paid by its insurer.
"""


def variant(text: str, n: int) -> str:
    """The same article with one sentence of its own, so that no two files share bytes."""
    return text + f"Officials said {n} more meetings were planned for the coming weeks.\n"


@dataclass
class Run:
    code: int
    out: list[str]  # stdout lines
    err: list[str]  # stderr lines

    def line_for(self, name: str) -> str:
        """The one stderr line naming a file; fails when there is none or several."""
        found = [line for line in self.err if name in line]
        assert len(found) == 1, (name, self.err)
        return found[0]


def run(*argv: str | Path) -> Run:
    """`python -m generator ARGV` in this process: exit code and printed lines."""
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main([str(a) for a in argv])
    return Run(code, out.getvalue().splitlines(), err.getvalue().splitlines())


def digest(root: Path, *extra: str | Path, sources: str = "sources", out: str = "out") -> Run:
    """`digest` over `root/sources` into `root/out`, with the registry folder `root/registry`
    (made empty when missing) and the cache under `root`."""
    (root / "registry").mkdir(exist_ok=True)
    with contextlib.chdir(root):
        return run("digest", "--sources", sources, "--registry", "registry", "--out", out, *extra)


def check(root: Path, sources: str = "sources", out: str = "out") -> Run:
    with contextlib.chdir(root):
        return run("check", "--sources", sources, "--out", out)


def corpus(root: Path, files: dict[str, str] | None = None) -> Path:
    """`root/sources` with the two articles (or the files given)."""
    sources = root / "sources"
    sources.mkdir(parents=True, exist_ok=True)
    for name, text in (files or {"harbour.txt": HARBOUR, "library.txt": LIBRARY}).items():
        (sources / name).write_text(text, encoding="utf-8")
    return sources


def load(path: Path) -> Any:
    return yaml.safe_load(path.read_text(encoding="utf-8"))
