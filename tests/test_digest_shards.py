"""The digests' plain data kept in shards (`store.cache.PlainCache`): a run writes again
only the shards holding a file it wrote anew or dropped, and one that is damaged costs
time, never a wrong digest."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

from generator.settings import DIGEST_SHARDS
from generator.store.cache import PlainCache, save_sealed, shard_name
from generator.store.fingerprint import checksum, code_key, file_stat

# far more files than shards, so that most shards hold several
KEYS = [f"people/person-{n:03d}.yaml" for n in range(3 * DIGEST_SHARDS)]


def _write(cache: PlainCache, key: str, plain: Any) -> None:
    """What `rebuild._write` does for a file whose data changed."""
    path = Path(cache.file(key))
    path.parent.mkdir(parents=True, exist_ok=True)
    data = repr(plain).encode()
    path.write_bytes(data)
    cache.keep(key, checksum(data), plain)


def _later_than(entries: Any, folder: Path) -> None:
    """Wait until a file written now gets a later time than the files of `entries`:
    file times come from a coarse clock (see `untouched`), a second on some systems."""
    newest = max((max(entry[2][1:3]) for entry in entries), default=0)
    probe = folder / "probe"
    folder.mkdir(parents=True, exist_ok=True)
    while True:
        probe.write_bytes(b"")
        found = file_stat(probe)
        assert found is not None
        if min(found[1:3]) > newest:
            probe.unlink()
            return
        time.sleep(0.01)


def _run(root: Path, plains: dict[str, Any]) -> tuple[PlainCache, dict[str, str]]:
    """One run writing `plains` (only what differs from the cache), its cache saved; the
    manifest it would write."""
    cache = PlainCache(root, root / "digests")
    listed = {key: entry[0] for key, entry in cache.files.items()}
    hashes = {}
    for key, plain in plains.items():
        found = cache.keep_unchanged(key, plain, listed.get(key))
        if found is None:
            _write(cache, key, plain)
            found = cache.written[key][0]
        hashes[key] = found
    _later_than(cache.written.values(), cache.path.parent)
    cache.save()
    return cache, hashes


def _shards(cache: PlainCache) -> dict[str, list[int] | None]:
    folder = cache.path.parent
    shards = folder.glob(f"{cache.path.stem}.??{cache.path.suffix}")  # not the index
    return {p.name: file_stat(p) for p in sorted(shards)}


def test_a_run_writes_again_only_the_shards_it_changed(tmp_path: Path) -> None:
    plains = {key: {"id": key, "n": 1} for key in KEYS}
    cache, _ = _run(tmp_path, plains)
    before = _shards(cache)
    assert len(before) == len({shard_name(key, DIGEST_SHARDS) for key in KEYS}) > 1

    same, _ = _run(tmp_path, plains)
    assert _shards(same) == before, "nothing changed: no shard written"

    # a value changed while its shard keeps the same keys: that shard must be written
    changed = dict(plains)
    changed[KEYS[5]] = {"id": KEYS[5], "n": 2}
    del changed[KEYS[7]]  # a digest gone: its shard must forget it
    cache, _ = _run(tmp_path, changed)
    after = _shards(cache)
    written = {name for name in after if after[name] != before[name]}
    names = {shard_name(KEYS[5], DIGEST_SHARDS), shard_name(KEYS[7], DIGEST_SHARDS)}
    assert written == {f"{cache.path.stem}.{name}{cache.path.suffix}" for name in names}

    again = PlainCache(tmp_path, tmp_path / "digests")
    assert {key: entry[1] for key, entry in again.files.items()} == changed


def test_a_damaged_shard_is_left_out(tmp_path: Path) -> None:
    plains = {key: {"id": key} for key in KEYS}
    cache, _ = _run(tmp_path, plains)
    shard = cache.path.with_name(f"{cache.path.stem}.00{cache.path.suffix}")
    data = bytearray(shard.read_bytes())
    data[-2] ^= 1
    shard.write_bytes(bytes(data))
    again = PlainCache(tmp_path, tmp_path / "digests")
    lost = {key for key in KEYS if shard_name(key, DIGEST_SHARDS) == "00"}
    assert lost and set(again.files) == set(KEYS) - lost
    # its files are read again: each file's data is still there for the run to parse
    assert all(again.as_written(key, cache.written[key][0]) is None for key in lost)


def test_a_cache_kept_whole_by_an_older_run_is_read(tmp_path: Path) -> None:
    out = tmp_path / "digests"
    cache = PlainCache(tmp_path, out)
    _write(cache, KEYS[0], {"id": "x"})
    save_sealed(cache.path, {"code": code_key(), "files": cache.written})
    again = PlainCache(tmp_path, out)
    assert again.files == {KEYS[0]: cache.written[KEYS[0]]}


def test_shard_files_no_longer_listed_are_removed(tmp_path: Path) -> None:
    cache, _ = _run(tmp_path, {key: {"id": key} for key in KEYS})
    stray = cache.path.with_name(f"{cache.path.stem}.{DIGEST_SHARDS + 5}{cache.path.suffix}")
    stray.write_bytes(b"left by other settings")
    fewer = {key: {"id": key} for key in KEYS if shard_name(key, DIGEST_SHARDS) != "00"}
    cache, _ = _run(tmp_path, fewer)
    names = {p.name for p in tmp_path.rglob(f"{cache.path.stem}.*")}
    assert stray.name not in names
    assert f"{cache.path.stem}.00{cache.path.suffix}" not in names
    assert PlainCache(tmp_path, tmp_path / "digests").files.keys() == fewer.keys()
