"""What the answer keys on the BBC corpus share: their articles linked in after a checksum,
digested with the current generator, and figures printed per category.

The keys (benchmarks/people*, benchmarks/quotes-*) hold annotations only; the research-use
text stays in `../shared/corpus` and is read in place (`people_eval.py`, `quote_check.py`).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import Any

import yaml

REPO = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = REPO.parent / "shared" / "corpus"

__all__ = [
    "DEFAULT_CORPUS",
    "arguments",
    "digest",
    "link_articles",
    "read_yaml",
    "report",
    "table",
]


def link_articles(
    notes: Iterable[tuple[str, str, str]], corpus_parent: Path, into: Path
) -> list[str]:
    """Link each annotated article (id, path inside `corpus_parent`, checksum) into `into`
    as `<id>` with the article's own suffix (`.txt`, or `.html` for a saved page, which the
    generator reads as a user's page) after checking its bytes; the ids."""
    into.mkdir(parents=True, exist_ok=True)
    ids = []
    for note_id, article, checksum in notes:
        source = corpus_parent / article
        if not source.is_file():
            raise ValueError(f"{note_id}: corpus file {source} is missing")
        if "sha256:" + hashlib.sha256(source.read_bytes()).hexdigest() != checksum:
            raise ValueError(f"{note_id}: {source} does not match the annotated checksum")
        link = into / f"{note_id}{source.suffix}"
        link.unlink(missing_ok=True)
        try:  # a hard link: the digest refuses a symbolic one out of the sources folder
            os.link(source, link)
        except OSError:  # the corpus on another disk
            shutil.copyfile(source, link)
        ids.append(note_id)
    return ids


def digest(sources: Path, out: Path) -> Path:
    """Digest the linked articles with the current generator and the project's registry;
    the digests folder."""
    command = [sys.executable, "-m", "generator", "digest", "--sources", str(sources)]
    command += ["--out", str(out), "--registry", str(REPO / "content" / "registry"), "--force"]
    subprocess.run(command, cwd=REPO, check=True, stdout=subprocess.DEVNULL)
    return out


def read_yaml(path: Path) -> dict[str, Any]:
    """A digest as a mapping; an absent or malformed one as empty (scored as missing)."""
    if not path.is_file():
        return {}
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    return data if isinstance(data, dict) else {}


def table(columns: Mapping[str, Mapping[str, Any]]) -> str:
    """Figures per category ("all" first) as aligned plain-text columns; "-" for none."""
    names = list(columns)
    rows = [["", *names]]
    for key in columns["all"]:
        rows.append(
            [key, *("-" if columns[n][key] is None else str(columns[n][key]) for n in names)]
        )
    widths = [max(len(row[i]) for row in rows) for i in range(len(names) + 1)]
    return "\n".join(
        "  ".join(
            cell.ljust(w) if i == 0 else cell.rjust(w)
            for i, (cell, w) in enumerate(zip(row, widths, strict=True))
        )
        for row in rows
    )


def arguments(description: str | None, annotations: Path) -> argparse.ArgumentParser:
    """The command line every scorer of a key takes (its own key by default)."""
    parser = argparse.ArgumentParser(
        description=description, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--annotations", type=Path, default=annotations, help="the answer key's folder"
    )
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="folder holding bbc/")
    parser.add_argument("--digests", type=Path, help="score these digests instead of digesting")
    parser.add_argument("--show", action="store_true", help="list every miss, extra and wrong")
    parser.add_argument("--json", type=Path, help="also write the figures as JSON here")
    return parser


def report(
    columns: Mapping[str, Mapping[str, Any]],
    problems: Callable[[], Mapping[str, Iterable[str]]] | None,
    json_path: Path | None,
) -> None:
    """Print each article's problems (when asked: `problems` digs them out) and the table;
    write the figures to `json_path` if given."""
    if problems is not None:
        for article, found in problems().items():
            for problem in found:
                print(f"{article}  {problem}")
        print()
    print(table(columns))
    if json_path:
        json_path.write_text(json.dumps(columns, indent=2) + "\n", encoding="utf-8")
