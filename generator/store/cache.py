"""Digests as last written, kept parsed between runs: YAML is slow to read back.

Reading thousands of digest files with PyYAML took longer than everything else a
re-run or a site build does. Each run leaves the plain data it wrote, with each
file's checksum and stat, in `.cache/briefing/` (not committed); the next run or site
build takes a file from there only while the file's bytes still have that checksum, and
parses the file otherwise. So a hand edit, a git checkout or a missing cache costs
time, never correctness. Each cache file starts with the checksum of what follows: a
cache edited by hand or damaged is not read at all, so it cannot put text of its own
into a digest. The data is kept with `marshal` (plain dicts, lists, strings and
numbers only: it loads no classes and runs nothing): at 10,000 articles it saves
them about three times as fast as JSON did and loads them twice as fast.
"""

from __future__ import annotations

import marshal
import os
from pathlib import Path
from typing import Any

from generator.settings import DIGEST_SHARDS
from generator.store.fingerprint import (
    cache_file,
    checksum,
    code_key,
    file_stat,
    saved_at,
    untouched,
)
from generator.store.yamlio import atomic_write, loads

__all__ = [
    "SUFFIX",
    "PlainCache",
    "ResultCache",
    "load_sealed",
    "load_shard",
    "save_sealed",
    "shard_name",
    "shard_payload",
]

SUFFIX = ".marshal"  # of every cache file but the last run's state


def load_sealed(path: Path) -> Any:
    """A cache file's data; None when it is missing, unreadable or not as this code wrote
    it (its checksum line does not match), which costs only time."""
    try:
        raw = path.read_bytes()
    except OSError:
        return None
    sealed, _, payload = raw.partition(b"\n")
    if sealed.decode("ascii", "replace") != checksum(payload):
        return None
    return _loads(payload)


def _loads(payload: bytes) -> Any:
    """The data `marshal` wrote, or None when the bytes are not its."""
    try:
        return marshal.loads(payload)
    except (ValueError, EOFError, TypeError):
        return None


def save_sealed(path: Path, data: Any) -> str:
    """Write the data after its checksum line; the checksum, for a shard's index."""
    payload = marshal.dumps(data)
    sealed = checksum(payload)
    atomic_write(path, sealed.encode("ascii") + b"\n" + payload)
    return sealed


def shard_name(key: str, shards: int) -> str:
    """Which of `shards` files holds `key`'s value: by its checksum, so keys spread evenly."""
    return f"{int(checksum(key.encode())[-4:], 16) % shards:02d}"


def shard_payload(path: Path, sealed: str) -> bytes | None:
    """A shard file's data when it is exactly what its index says (`sealed`), else None."""
    try:
        raw = path.read_bytes()
    except OSError:
        return None
    seal, _, payload = raw.partition(b"\n")
    if seal.decode("ascii", "replace") != sealed or checksum(payload) != sealed:
        return None
    return payload


def load_shard(path: Path, sealed: str) -> Any:
    """A shard file's data when it is exactly what its index says (`sealed`), else None."""
    payload = shard_payload(path, sealed)
    return _loads(payload) if payload is not None else None


def _entry(value: Any) -> bool:
    """A plain-cache entry as `keep` makes it: [file checksum, data, stat or None]."""
    return isinstance(value, list) and len(value) == 3 and isinstance(value[0], str)


class PlainCache:
    """The plain data of the digests in `out`, by file key (`people/x.yaml`).

    Kept in DIGEST_SHARDS files by key, with an index of each one's checksum: every run
    reads them all, but writes again only those holding a file it wrote or dropped
    (saving the 57 MB whole was about a second of adding one article to 10,000). A
    shard whose bytes are not as the index says is left out: its files are parsed again.
    """

    def __init__(self, root: Path, out: Path) -> None:
        self.path = cache_file(root, out, "digests").with_suffix(SUFFIX)
        self.out = out
        self.base = os.fspath(out)  # joined as text: a Path per file took seconds at 10,000
        saved = load_sealed(self.path)
        if not isinstance(saved, dict):
            saved = {}
        # key order in a digest comes from the code: data the same but for the order
        # counts as unchanged only when written by this very code
        self.same_code = saved.get("code") == code_key()
        self.files: dict[str, list[Any]] = {}
        self.shards: dict[str, tuple[str, dict[str, list[Any]]]] = {}  # name -> as read
        index = saved.get("shards")
        for name, sealed in index.items() if isinstance(index, dict) else ():
            if isinstance(name, str) and isinstance(sealed, str):
                found = self._shard(name, sealed)
                self.shards[name] = (sealed, found)
                self.files |= found
        whole = saved.get("files")  # kept whole, as before shards: all written on save
        if isinstance(whole, dict):
            self.files |= {k: v for k, v in whole.items() if isinstance(k, str) and _entry(v)}
        self.saved_at = saved_at(self.path) if self.files else 0  # see `untouched`
        self.written: dict[str, list[Any]] = {}
        self.lent: dict[str, tuple[Any, Any]] = {}  # see `lend`

    def _file_of(self, name: str) -> Path:
        """The file of shard `name` (`shard_name`), beside the index."""
        return self.path.with_name(f"{self.path.stem}.{name}{SUFFIX}")

    def _shard(self, name: str, sealed: str) -> dict[str, list[Any]]:
        """The entries of a shard file as its index says it was written, else none."""
        found = load_shard(self._file_of(name), sealed)
        if not isinstance(found, dict):
            return {}
        return {k: v for k, v in found.items() if isinstance(k, str) and _entry(v)}

    def file(self, key: str) -> str:
        """The path of the digest file `key` names, as text."""
        return os.path.join(self.base, key)

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

    def as_written(self, key: str, listed: str) -> Any:
        """The data of a file the last run wrote with checksum `listed` (its manifest's),
        without reading the file while its stat is as that run left it and the cache
        agrees on the checksum; None when only reading the file can tell. Reading and
        checksumming every previous article digest took seconds at 10,000 articles."""
        entry = self.files.get(key)
        if (
            entry is not None
            and entry[0] == listed
            and untouched(self.file(key), entry[2], self.saved_at)
        ):
            return entry[1]
        return None

    def lend(self, key: str, record: Any, plain: Any) -> None:
        """Say that `record` was built from `plain` by `from_exact` (see `as_lent`)."""
        self.lent[key] = (record, plain)

    def as_lent(self, key: str, record: Any) -> Any:
        """The plain data `record` itself was built from (`lend`), else None."""
        found = self.lent.get(key)
        return found[1] if found is not None and found[0] is record else None

    def keep_lent(self, key: str, record: Any) -> str | None:
        """The checksum of the file `record` was built from (`lend`), kept as it is (see
        `keep`), when the caller knows the record has not changed since; else None. Its
        stat and checksum were checked when it was read (`as_written`): nothing is
        converted, compared or looked at again."""
        found = self.lent.get(key)
        if found is None or found[0] is not record:
            return None
        entry = self.files[key]
        self.written[key] = entry
        kept: str = entry[0]
        return kept

    def exact(self, key: str, data_checksum: str) -> Any:
        """The data of a file whose bytes are exactly what this very code last wrote
        there, else None: such a file needs no parsing or schema check again."""
        entry = self.files.get(key)
        if self.same_code and entry is not None and entry[0] == data_checksum:
            return entry[1]
        return None

    def keep_unchanged(self, key: str, plain: Any, listed: str | None) -> str | None:
        """When the file already holds exactly this data as this very code wrote it, keep
        it as it is (see `keep`) and return its checksum; else None. `listed`: the file's
        checksum in the last run's manifest. A file whose stat is as the last run left it,
        where the manifest and the cache agree on its checksum, is not read again: reading
        back every unchanged file took 16 s of an add-one at 10,000 articles. Any other
        file is read, so an edit by hand (which changes its size, times or inode) is
        written over, never kept."""
        entry = self.files.get(key)
        if entry is None or not self.same_code or entry[1] != plain:
            return None
        if listed == entry[0] and untouched(self.file(key), entry[2], self.saved_at):
            self.written[key] = entry  # its stat just checked: no second look
            return listed
        try:
            with open(self.file(key), "rb") as file:
                data = file.read()
        except OSError:
            return None
        kept: str = entry[0]
        if checksum(data) != kept:
            return None
        self.written[key] = [kept, entry[1], file_stat(self.file(key))]
        return kept

    def keep(self, key: str, file_checksum: str, plain: Any) -> None:
        """Keep the data of a file just written, with its stat."""
        self.written[key] = [file_checksum, plain, file_stat(self.file(key))]

    def kept(self, keys: list[str]) -> tuple[list[str], dict[str, list[Any]]]:
        """What `keep` and `keep_unchanged` made of these keys, for a forked child to send
        its parent (see `take`): the keys whose entry is the last run's as loaded, and the
        entries new or changed (the parent loaded the same cache)."""
        same = [key for key in keys if self.written[key] is self.files.get(key)]
        other = set(keys).difference(same)
        return same, {key: self.written[key] for key in keys if key in other}

    def take(self, kept: tuple[list[str], dict[str, list[Any]]]) -> None:
        """The entries a child forked from this process kept (its `kept`)."""
        same, new = kept
        self.written |= {key: self.files[key] for key in same} | new

    def stats(self) -> dict[str, Any]:
        """The stat of each file kept this run, by key: see `fingerprint.untouched`."""
        return {key: entry[2] for key, entry in self.written.items()}

    def save(self) -> None:
        """Write the shards whose entries changed (a file written, kept anew or gone),
        then the index; remove the shard files it does not list."""
        by_shard: dict[str, dict[str, list[Any]]] = {}
        for key, entry in sorted(self.written.items()):
            by_shard.setdefault(shard_name(key, DIGEST_SHARDS), {})[key] = entry
        index = {}
        for name, entries in sorted(by_shard.items()):
            sealed, before = self.shards.get(name, ("", {}))
            if entries.keys() == before.keys() and all(
                entry is before[key] for key, entry in entries.items()
            ):
                index[name] = sealed  # as it is: not written again
                continue
            index[name] = save_sealed(self._file_of(name), entries)
        save_sealed(self.path, {"code": code_key(), "shards": index})
        for path in self.path.parent.glob(f"{self.path.stem}.*{SUFFIX}"):
            if path.name[len(self.path.stem) + 1 : -len(SUFFIX)] not in index:
                path.unlink(missing_ok=True)  # a shard no file is in now, or of other settings


class ResultCache:
    """Results of a stage by a checksum of its inputs, such as one story per group of
    articles: adding an article recomputes the stories it joins, not all of them.

    `salt` names what the inputs leave out (the code, the analysis settings): when it
    differs from the saved one, nothing is reused. Only results used in a run are saved.
    """

    def __init__(self, path: Path, salt: str) -> None:
        self.path, self.salt = path, salt
        saved = load_sealed(path)
        ok = isinstance(saved, dict) and saved.get("salt") == salt
        ok = ok and isinstance(saved.get("results"), dict)
        self.results: dict[str, Any] = saved["results"] if ok else {}
        self.used: dict[str, Any] = {}

    def get(self, key: str) -> Any:
        return self.results.get(key)

    def put(self, key: str, result: Any) -> None:
        self.used[key] = result

    def changes(self) -> tuple[list[str], dict[str, Any]]:
        """What `used` holds, for a forked child to send its parent (see `take`): the
        keys of results used as they were loaded, and the results new or changed: the
        parent loaded the same results."""
        reused = [key for key, value in self.used.items() if self.results.get(key) is value]
        kept = set(reused)
        return reused, {key: value for key, value in self.used.items() if key not in kept}

    def take(self, changes: tuple[list[str], dict[str, Any]]) -> None:
        """`used` as a child forked from this process found it (its `changes`)."""
        reused, new = changes
        self.used = {key: self.results[key] for key in reused} | new

    def save(self) -> None:
        save_sealed(self.path, {"salt": self.salt, "results": dict(sorted(self.used.items()))})
