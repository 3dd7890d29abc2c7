"""The kept sentence parses, in shards: read and written only where a run changes them.

The parses of 10,000 articles are about 100 MB of cache: read and written whole, they
took about half of the time an added article spent loading and saving caches, and
held 270 MB of the run's memory. So they are kept in PARSE_SHARDS files by
key, with an index of each shard's keys, checksum and stat: a run reads the index, a
shard only when a value in it is asked for, and writes again only the shards whose keys
or values changed (adding an article writes one). A shard whose file is not as the
index says (edited, damaged, from another folder) is checked by its checksum, and left
out when that fails: its articles are analysed again, which costs time, never
correctness. The index is kept like any cache file (see `cache`).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

from generator.settings import PARSE_SHARDS
from generator.store.cache import (
    SUFFIX,
    load_sealed,
    load_shard,
    save_sealed,
    shard_name,
    shard_payload,
)
from generator.store.fingerprint import file_stat, saved_at, untouched

__all__ = ["ShardedCache"]


def _shard(key: str) -> str:
    return shard_name(key, PARSE_SHARDS)


def _entry(value: Any) -> bool:
    """An index entry as `save` makes it: [checksum, stat, sorted keys]."""
    return (
        isinstance(value, list)
        and len(value) == 3
        and isinstance(value[0], str)
        and isinstance(value[2], list)
        and all(isinstance(k, str) for k in value[2])
    )


class ShardedCache(Mapping[str, Any]):
    """Values by key (an article's checksum) under a `salt` (what made them), as a
    mapping of this run's entries: those `put` and those `keep`-t from the last run."""

    def __init__(self, path: Path, salt: str) -> None:
        self.path, self.salt = path, salt
        saved = load_sealed(path)
        ok = isinstance(saved, dict) and saved.get("salt") == salt
        shards = saved.get("shards") if ok else None
        at = saved_at(path)
        self.shards: dict[str, list[Any]] = {}  # name -> its index entry, checked
        self.where: dict[str, str] = {}  # key -> its shard's name
        for name, entry in shards.items() if isinstance(shards, dict) else ():
            if isinstance(name, str) and _entry(entry) and self._intact(name, entry, at):
                self.shards[name] = entry
                self.where.update((key, name) for key in entry[2])
        self.loaded: dict[str, dict[str, Any]] = {}
        whole = saved.get("results") if ok else None
        if isinstance(whole, dict):  # kept whole, as before shards: read once, all of it
            for key, value in whole.items():
                name = _shard(key)
                self.shards.setdefault(name, ["", None, []])  # written on the next save
                self.loaded.setdefault(name, {})[key] = value
                self.where[key] = name
        self.used: dict[str, Any] = {}  # put this run
        self.kept: set[str] = set()  # kept from the last run as they are

    def _file(self, name: str) -> Path:
        return self.path.with_name(f"{self.path.stem}.{name}{SUFFIX}")

    def _intact(self, name: str, entry: list[Any], at: int) -> bool:
        """Whether the shard's file is what the index says: by its stat while that is
        as the last run left it, else by its checksum (then its stat is taken anew)."""
        path = self._file(name)
        if untouched(path, entry[1], at):
            return True
        if shard_payload(path, entry[0]) is None:
            return False
        entry[1] = file_stat(path)
        return True

    def file_of(self, key: str) -> Path:
        """The shard file that holds `key`'s value."""
        return self._file(_shard(key))

    def known(self, key: str) -> bool:
        """Whether the last run kept a value for `key`."""
        return key in self.where

    def keep(self, key: str) -> None:
        """Keep the last run's value for `key`, if any, for this run and the next."""
        if key in self.where and key not in self.used:
            self.kept.add(key)

    def put(self, key: str, value: Any) -> None:
        self.used[key] = value
        self.kept.discard(key)

    def load_all(self) -> None:
        """Read every shard now, in this process: when every story is computed again,
        not once in each worker that forks from it."""
        for name in self.shards:
            self._load(name)

    def _load(self, name: str) -> dict[str, Any]:
        if name not in self.loaded:
            found = load_shard(self._file(name), self.shards[name][0])
            self.loaded[name] = found if isinstance(found, dict) else {}
        return self.loaded[name]

    def __getitem__(self, key: str) -> Any:
        if key in self.used:
            return self.used[key]
        if key in self.kept:
            found = self._load(self.where[key])
            if key in found:
                return found[key]
        raise KeyError(key)

    def __iter__(self) -> Iterator[str]:
        return iter(sorted(self.used.keys() | self.kept))

    def __len__(self) -> int:
        return len(self.used) + len(self.kept)

    def save(self) -> None:
        """Write the shards whose keys or values changed, then the index."""
        by_shard: dict[str, list[str]] = {}
        for key in sorted(self.used.keys() | self.kept):
            by_shard.setdefault(_shard(key), []).append(key)
        index = {}
        for name, keys in sorted(by_shard.items()):
            entry = self.shards.get(name)
            if entry is not None and entry[2] == keys and not self.used.keys() & set(keys):
                index[name] = entry  # as it is: not read, not written
                continue
            values = {}
            for key in keys:
                try:
                    values[key] = self[key]
                except KeyError:  # its shard was damaged since the run began
                    continue
            path = self._file(name)
            index[name] = [save_sealed(path, values), file_stat(path), sorted(values)]
        save_sealed(self.path, {"salt": self.salt, "shards": index})
