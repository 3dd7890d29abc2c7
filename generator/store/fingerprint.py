"""What a digest run depends on, as checksums: to know what can be reused.

Two keys. The *analysis* key covers what per-article analysis reads besides the source
(its version and the registry files it consults): when it changes, every source is
analysed again; it is kept in the committed manifest, so a fresh clone reuses the
committed article digests. The *run* key covers everything a run reads (sources,
registry, the generator's own code): when it matches the last run's and the digests
are as that run wrote them, there is nothing to do. It is kept in `.cache/briefing/`
under the folder the command runs in, not committed, since it names this checkout's code.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path
from typing import Any

from generator.registry import Registry

__all__ = [
    "analysis_key",
    "cache_file",
    "checksum",
    "code_key",
    "digests_intact",
    "file_stat",
    "run_key",
    "saved_at",
    "untouched",
]

# The registry files per-article analysis reads (people and merges are used only later).
_ANALYSIS_FILES = ("countries.yaml", "organizations.yaml", "outlets.yaml")
_CODE = Path(__file__).resolve().parent.parent  # the generator package


def _digest(parts: Iterable[bytes]) -> str:
    sha = hashlib.sha256()
    for part in parts:
        sha.update(len(part).to_bytes(8, "big"))
        sha.update(part)
    return "sha256:" + sha.hexdigest()


def _file(path: Path) -> bytes:
    return path.read_bytes() if path.is_file() else b""


def cache_file(root: Path, out: Path, kind: str) -> Path:
    """A file in `.cache/briefing/` for the digests in `out`: one per digests folder,
    named by where the folder is from `root`, so a project folder moved elsewhere keeps
    its caches (by its absolute path, the first run there analysed every source again)."""
    where = os.path.relpath(out.resolve(), root.resolve())
    name = hashlib.sha256(Path(where).as_posix().encode()).hexdigest()[:16]
    return root / ".cache" / "briefing" / f"{kind}-{name}"


def analysis_key(version: int, registry_dir: Path, registry: Registry) -> str:
    return _digest(
        [
            str(version).encode(),
            *(_file(registry_dir / name) for name in _ANALYSIS_FILES),
            *(s.encode() for s in sorted(registry.overrides.ignore)),
        ]
    )


@lru_cache(maxsize=1)
def code_key() -> str:
    """The generator's own code: what a digest looks like depends on it."""
    code = sorted(p for p in _CODE.rglob("*") if p.suffix in (".py", ".json", ".yaml"))
    return _digest(f"{p.relative_to(_CODE)}\0".encode() + p.read_bytes() for p in code)


def run_key(
    sources: Iterable[tuple[str, str, str, str]], failed: Iterable[str], registry_dir: Path
) -> str:
    """Sources as (id, checksum, path, `meta_key`), the paths that failed, the registry,
    the code."""
    registry = sorted(p for p in registry_dir.rglob("*.yaml") if p.is_file())
    if not registry_dir.is_dir():
        registry = []
    return _digest(
        [
            code_key().encode(),
            *(f"{p.name}\0".encode() + p.read_bytes() for p in registry),
            *("\0".join(s).encode() for s in sorted(sources)),
            *(f"failed\0{f}".encode() for f in sorted(failed)),
        ]
    )


def digests_intact(
    out: Path, files: dict[str, str], stats: dict[str, Any] | None = None, saved_at: int = 0
) -> bool:
    """Every digest the manifest lists is there, byte for byte, and nothing else. A file
    whose stat is as the last run kept it (`stats`, saved at `saved_at`: see `untouched`)
    is not read again: reading every digest took most of a re-run at 10,000 articles."""
    kept = stats or {}
    base = os.fspath(out)
    for key, expected in files.items():
        path = os.path.join(base, key)  # as text: a Path per file cost a tenth of a re-run
        if untouched(path, kept.get(key), saved_at):
            continue
        if not os.path.isfile(path) or checksum(Path(path).read_bytes()) != expected:
            return False
    return _yaml_files(out) == set(files) and not any(out.glob("**/.*.tmp"))


def _yaml_files(out: Path) -> set[str]:
    """What `out.glob("*/*.yaml")` finds, as keys, without a Path object per file."""
    found = set()
    with os.scandir(out) as folders:
        for folder in folders:
            if folder.is_dir():
                with os.scandir(folder.path) as entries:
                    found |= {
                        f"{folder.name}/{e.name}" for e in entries if e.name.endswith(".yaml")
                    }
    return found


def file_stat(path: str | Path) -> list[int] | None:
    """What a write to the file changes without reading it: size, modification and
    change times, inode (a file put in its place by `cp`, `git checkout` or an editor's
    save-and-rename has a new one). None when the file cannot be looked at."""
    try:
        found = os.stat(path)
    except OSError:
        return None
    return [found.st_size, found.st_mtime_ns, found.st_ctime_ns, found.st_ino]


def untouched(path: str | Path, kept: Any, saved_at: int) -> bool:
    """Whether the file's stat is still `kept`, the one taken when a run wrote it (or
    read it whole), which saved its caches at `saved_at` (ns). An edit in place that keeps
    size and modification time still changes the change time, which no one can set back.
    A stat is trusted only when older than the cache: a file written again within the
    same clock tick as its stat was taken could keep every figure."""
    return (
        isinstance(kept, list)
        and len(kept) == 4
        and max(kept[1:3]) < saved_at
        and file_stat(path) == kept
    )


def saved_at(path: Path) -> int:
    """When a cache file was written (ns), for `untouched`; 0 when it is not there."""
    found = file_stat(path)
    return min(found[1:3]) if found is not None else 0


def checksum(data: bytes) -> str:
    return "sha256:" + hashlib.sha256(data).hexdigest()


def meta_key(meta: dict[str, str]) -> str:
    """The editor-given values of a source (its sidecar and front matter) as one key, ""
    when it has none: a sidecar is a file of its own, which the source's checksum does
    not cover, so a run compares this too before it reuses the source's digest."""
    if not meta:
        return ""
    return _digest(f"{k}\0{v}".encode() for k, v in sorted(meta.items()))
