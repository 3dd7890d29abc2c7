"""Digests as last written, kept parsed between runs: YAML is slow to read back.

Reading thousands of digest files with PyYAML took longer than everything else a
re-run or a site build does. Each run leaves the plain data it wrote, with each
file's checksum, in `.cache/briefing/` (not committed); the next run or site build
takes a file from there only while the file's bytes still have that checksum, and
parses the file otherwise. So a hand edit, a git checkout or a missing cache costs
time, never correctness.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from generator.store.fingerprint import cache_file, checksum, code_key
from generator.store.yamlio import atomic_write, load

__all__ = ["PlainCache", "ResultCache"]


def _load(path: Path) -> Any:
    """A cache file's data; None when it is missing or unreadable, which costs only time."""
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def _save(path: Path, data: Any) -> None:
    atomic_write(path, json.dumps(data, ensure_ascii=False, separators=(",", ":")))


class PlainCache:
    """The plain data of the digests in `out`, by file key (`people/x.yaml`)."""

    def __init__(self, root: Path, out: Path) -> None:
        self.path = cache_file(root, out, "digests").with_suffix(".json")
        self.out = out
        saved = _load(self.path)
        if not isinstance(saved, dict) or not isinstance(saved.get("files"), dict):
            saved = {"code": None, "files": {}}
        # key order in a digest comes from the code: data the same but for the order
        # counts as unchanged only when written by this very code
        self.same_code = saved["code"] == code_key()
        self.files: dict[str, list[Any]] = saved["files"]
        self.written: dict[str, list[Any]] = {}

    def read(self, key: str) -> Any:
        """The file's data: from the cache while its bytes are unchanged, else parsed."""
        path = self.out / key
        entry = self.files.get(key)
        if entry is not None and entry[0] == checksum(path.read_bytes()):
            return entry[1]
        return load(path)

    def unchanged(self, key: str, plain: Any) -> str | None:
        """The file's checksum when it already holds exactly this data, else None."""
        entry = self.files.get(key)
        if not self.same_code or entry is None or entry[1] != plain:
            return None
        try:
            found = checksum((self.out / key).read_bytes())
        except OSError:
            return None
        return found if found == entry[0] else None

    def keep(self, key: str, file_checksum: str, plain: Any) -> None:
        self.written[key] = [file_checksum, plain]

    def save(self) -> None:
        _save(self.path, {"code": code_key(), "files": dict(sorted(self.written.items()))})


class ResultCache:
    """Results of a stage by a checksum of its inputs, such as one story per group of
    articles: adding an article recomputes the stories it joins, not all of them.

    `salt` names what the inputs leave out (the code, the analysis settings): when it
    differs from the saved one, nothing is reused. Only results used in a run are saved.
    """

    def __init__(self, path: Path, salt: str) -> None:
        self.path, self.salt = path, salt
        saved = _load(path)
        ok = isinstance(saved, dict) and saved.get("salt") == salt
        self.results: dict[str, Any] = saved["results"] if ok else {}
        self.used: dict[str, Any] = {}

    def get(self, key: str) -> Any:
        return self.results.get(key)

    def put(self, key: str, result: Any) -> None:
        self.used[key] = result

    def save(self) -> None:
        _save(self.path, {"salt": self.salt, "results": dict(sorted(self.used.items()))})
