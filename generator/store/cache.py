"""Digests as last written, kept parsed between runs: YAML is slow to read back.

Reading thousands of digest files with PyYAML took longer than everything else a
re-run or a site build does. Each run leaves the plain data it wrote, with each
file's checksum, in `.cache/briefing/` (not committed); the next run or site build
takes a file from there only while the file's bytes still have that checksum, and
parses the file otherwise. So a hand edit, a git checkout or a missing cache costs
time, never correctness. Each cache file starts with the checksum of what follows: a
cache edited by hand or damaged is not read at all, so it cannot put text of its own
into a digest.
"""

from __future__ import annotations

import json
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
    """A plain-cache entry as `keep` makes it: [file checksum, data]."""
    return isinstance(value, list) and len(value) == 2 and isinstance(value[0], str)


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
        ok = ok and isinstance(saved.get("results"), dict)
        self.results: dict[str, Any] = saved["results"] if ok else {}
        self.used: dict[str, Any] = {}

    def get(self, key: str) -> Any:
        return self.results.get(key)

    def put(self, key: str, result: Any) -> None:
        self.used[key] = result

    def save(self) -> None:
        _save(self.path, {"salt": self.salt, "results": dict(sorted(self.used.items()))})
