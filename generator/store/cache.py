"""Digests as last written, kept parsed between runs: YAML is slow to read back.

Reading thousands of digest files with PyYAML took longer than everything else a
re-run or a site build does. Each run leaves the plain data it wrote, with each
file's checksum and stat, in `.cache/briefing/` (not committed); the next run or site
build takes a file from there only while the file's bytes still have that checksum, and
parses the file otherwise. So a hand edit, a git checkout or a missing cache costs
time, never correctness. Each cache file starts with the checksum of what follows: a
cache edited by hand or damaged is not read at all, so it cannot put text of its own
into a digest.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from generator.store.fingerprint import cache_file, checksum, code_key
from generator.store.yamlio import atomic_write, loads

__all__ = ["PlainCache", "ResultCache"]


def _load(path: Path) -> Any:
    """A cache file's data; None when it is missing, unreadable or not as this code wrote
    it (its checksum line does not match), which costs only time."""
    try:
        raw = path.read_bytes()
    except OSError:
        return None
    sealed, _, payload = raw.partition(b"\n")
    if sealed.decode("ascii", "replace") != checksum(payload):
        return None
    try:
        return json.loads(payload)
    except ValueError:
        return None


def _save(path: Path, data: Any) -> None:
    payload = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    atomic_write(path, checksum(payload.encode("utf-8")) + "\n" + payload)


def _entry(value: Any) -> bool:
    """A plain-cache entry as `keep` makes it: [file checksum, data, stat or None]."""
    return isinstance(value, list) and len(value) == 3 and isinstance(value[0], str)


def _stat(path: Path) -> list[int] | None:
    """What a write to the file changes without reading it: size, modification and
    change times, inode (a file put in its place by `cp`, `git checkout` or an editor's
    save-and-rename has a new one). None when the file cannot be looked at."""
    try:
        found = os.stat(path)
    except OSError:
        return None
    return [found.st_size, found.st_mtime_ns, found.st_ctime_ns, found.st_ino]


class PlainCache:
    """The plain data of the digests in `out`, by file key (`people/x.yaml`)."""

    def __init__(self, root: Path, out: Path) -> None:
        self.path = cache_file(root, out, "digests").with_suffix(".json")
        self.out = out
        saved = _load(self.path)
        if not isinstance(saved, dict) or not isinstance(saved.get("files"), dict):
            saved = {"code": None, "files": {}}
        # a file's stat is trusted only when it is older than the cache's: a file written
        # again in the same clock tick as its stat was taken could keep every figure
        saved_stat = _stat(self.path) if saved["files"] else None
        self.saved_at = min(saved_stat[1:3]) if saved_stat is not None else 0
        # key order in a digest comes from the code: data the same but for the order
        # counts as unchanged only when written by this very code
        self.same_code = saved.get("code") == code_key()
        files = saved["files"]
        self.files: dict[str, list[Any]] = {k: v for k, v in files.items() if _entry(v)}
        self.written: dict[str, list[Any]] = {}

    def read(self, key: str) -> Any:
        """The file's data: from the cache while its bytes are unchanged, else parsed."""
        data = (self.out / key).read_bytes()
        return self.parse(key, data, checksum(data))

    def parse(self, key: str, data: bytes, data_checksum: str) -> Any:
        """The data of a file whose bytes are known: from the cache when they are the
        bytes it was written with, else parsed."""
        entry = self.files.get(key)
        if entry is not None and entry[0] == data_checksum:
            return entry[1]
        return loads(data.decode("utf-8"))

    def exact(self, key: str, data_checksum: str) -> Any:
        """The data of a file whose bytes are exactly what this very code last wrote
        there, else None: such a file needs no parsing or schema check again."""
        entry = self.files.get(key)
        if self.same_code and entry is not None and entry[0] == data_checksum:
            return entry[1]
        return None

    def unchanged(self, key: str, plain: Any, listed: str | None) -> str | None:
        """The file's checksum when it already holds exactly this data as this very code
        wrote it, else None. `listed`: the file's checksum in the last run's manifest.
        A file whose stat is as the last run left it, where the manifest and the cache
        agree on its checksum, is not read again: reading back every unchanged file took
        16 s of an add-one at 10,000 articles. Any other file is read, so an edit by hand
        (which changes its size, times or inode) is written over, never kept."""
        entry = self.files.get(key)
        if entry is None or entry[1] != plain:
            return None
        if listed is not None and listed == entry[0] and self._untouched(key, entry[2]):
            found = listed
        else:
            try:
                found = checksum((self.out / key).read_bytes())
            except OSError:
                return None
        return found if self.exact(key, found) is not None else None

    def _untouched(self, key: str, stat: Any) -> bool:
        """Whether the file's stat is still the one kept when this code last wrote it."""
        return (
            isinstance(stat, list)
            and len(stat) == 4
            and max(stat[1:3]) < self.saved_at
            and _stat(self.out / key) == stat
        )

    def keep(self, key: str, file_checksum: str, plain: Any) -> None:
        """Keep the data of a file just written or found unchanged, with its stat."""
        self.written[key] = [file_checksum, plain, _stat(self.out / key)]

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
        ok = ok and isinstance(saved.get("results"), dict)
        self.results: dict[str, Any] = saved["results"] if ok else {}
        self.used: dict[str, Any] = {}

    def get(self, key: str) -> Any:
        return self.results.get(key)

    def put(self, key: str, result: Any) -> None:
        self.used[key] = result

    def save(self) -> None:
        _save(self.path, {"salt": self.salt, "results": dict(sorted(self.used.items()))})
