"""The digests folder: a run writes only there, and deletes only what its manifest lists.

`--out` may point anywhere, even at a folder full of other work (`--out .`), so a run
refuses a folder that is not a digests folder, and in one removes only the files the
last run listed and the temp files of its own atomic writes. A marker file is there while
a run writes, so that a run killed halfway is told apart from digests edited by hand.
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Any

from generator.store.manifest import MANIFEST
from generator.store.schema import FOLDERS

__all__ = [
    "MARKER",
    "finish_writing",
    "interrupted",
    "listed_files",
    "not_a_digests_folder",
    "remove_leftovers",
    "remove_stale",
    "start_writing",
]

# Present while a run writes: left behind, it says the last run did not finish.
MARKER = ".writing"
_KEY = re.compile(r"(articles|people|countries|stories)/[^/\\]+\.yaml")
_TEMP = re.compile(r"\..+\.[0-9a-f]{8}\.tmp")  # what atomic_write names its temp files


def listed_files(manifest: dict[str, Any]) -> dict[str, str]:
    """The manifest's files (key -> checksum), only those that are digest files: a
    manifest edited to list `../x` names nothing to delete."""
    files = manifest.get("files")
    if not isinstance(files, dict):
        return {}
    return {
        k: v
        for k, v in files.items()
        if isinstance(k, str) and isinstance(v, str) and _KEY.fullmatch(k) and ".." not in k
    }


def _ours(path: Path) -> bool:
    """Whether a top-level entry is one a digests folder holds."""
    if path.name in (MANIFEST, MARKER) or _TEMP.fullmatch(path.name):
        return True
    if path.name not in FOLDERS or not path.is_dir() or path.is_symlink():
        return False
    return all(
        p.suffix == ".yaml" or _TEMP.fullmatch(p.name) for p in path.iterdir() if not p.is_dir()
    )


def not_a_digests_folder(out: Path) -> str | None:
    """Why `out` cannot take digests, or None: it must be new, empty, hold a manifest, or
    hold nothing but digest folders of YAML files (a manifest lost)."""
    if not out.exists():
        return None
    if not out.is_dir():
        return "not a folder; give --out a folder for the digests"
    if (out / MANIFEST).is_file():
        return None
    try:
        if all(_ours(p) for p in out.iterdir()):
            return None
    except OSError as exc:
        return f"cannot read the folder ({exc.strerror})"
    return (
        f"holds other files and no {MANIFEST}, so it is not a digests folder; "
        "give --out a new or empty folder, or the digests folder"
    )


def start_writing(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    # a plain write, not an atomic one: it holds nothing, only its presence counts
    (out / MARKER).write_text("a digest run is writing here, or was stopped while writing\n")


def finish_writing(out: Path) -> None:
    (out / MARKER).unlink(missing_ok=True)


def interrupted(out: Path) -> bool:
    return (out / MARKER).exists()


def remove_leftovers(out: Path) -> None:
    """Temp files of atomic writes a killed run left: only ours, only where we write.
    Names are matched before anything else is asked of a file: a Path and a sort per
    digest took over a second a run at 10,000 articles."""
    for folder in [out, *(out / kind for kind in FOLDERS)]:
        if folder.is_dir() and not folder.is_symlink():
            with os.scandir(folder) as entries:
                temps = [e.path for e in entries if _TEMP.fullmatch(e.name)]
            for name in sorted(temps):
                path = Path(name)
                if path.is_file():
                    path.unlink()


def remove_stale(out: Path, listed: dict[str, str], written: dict[str, str]) -> None:
    """Digests the last run wrote and this one did not: their sources are gone."""
    for key in sorted(set(listed) - set(written)):
        (out / key).unlink(missing_ok=True)
