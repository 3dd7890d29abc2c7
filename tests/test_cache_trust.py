"""The digests cache is trusted for a file only while the file is as the last run left
it: an edit by hand that keeps size and time, a cache left from an older run, a cache
that is sealed but not data this code wrote, each costs time and changes no digest."""

from __future__ import annotations

import marshal
import os
import shutil
from pathlib import Path

from hostile import HARBOUR, corpus, digest, variant

from generator.store.cache import SUFFIX, PlainCache, save_sealed
from generator.store.fingerprint import cache_file, checksum, code_key


def _tree(folder: Path) -> dict[str, bytes]:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*.yaml"))
    }


def _digests_cache(root: Path) -> Path:
    """The index of the digests cache."""
    return cache_file(root, root / "out", "digests").with_suffix(SUFFIX)


def _shards(root: Path) -> list[Path]:
    """The shard files of the digests cache, where its data is (see `PlainCache`)."""
    index = _digests_cache(root)
    return sorted(index.parent.glob(f"{index.stem}.*{SUFFIX}"))


def test_an_article_digest_edited_in_place_is_not_reused(tmp_path: Path) -> None:
    """Same length, modification time set back: only its inode change time differs, and
    that is enough for its source to be analysed again rather than the edit spread."""
    corpus(tmp_path)
    assert digest(tmp_path).code == 0
    library = tmp_path / "out/articles/library.yaml"
    original, before = library.read_bytes(), library.stat()
    library.write_bytes(original.replace(b"flooded basement", b"flooded bathroom"))
    os.utime(library, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert library.stat().st_size == before.st_size
    (tmp_path / "sources/harbour.txt").write_text(variant(HARBOUR, 1), encoding="utf-8")
    done = digest(tmp_path)
    assert done.code == 0
    assert "changed since the last run wrote it; its source is analysed again" in (
        done.line_for("library.yaml")
    )
    assert "(2 analysed, 0 unchanged)" in done.err[-1]
    assert library.read_bytes() == original


def test_a_cache_from_an_older_run_is_not_taken_for_newer_files(tmp_path: Path) -> None:
    corpus(tmp_path)
    assert digest(tmp_path).code == 0
    cold = _tree(tmp_path / "out")
    older = tmp_path / "older"
    older.mkdir()
    for path in [_digests_cache(tmp_path), *_shards(tmp_path)]:
        shutil.copy2(path, older / path.name)
    harbour = tmp_path / "sources/harbour.txt"
    harbour.write_text(variant(HARBOUR, 1), encoding="utf-8")
    assert digest(tmp_path).code == 0
    changed = _tree(tmp_path / "out")
    for path in older.iterdir():  # the index and shards of what the first run wrote
        shutil.copy2(path, _digests_cache(tmp_path).with_name(path.name))
    kept = PlainCache(tmp_path, tmp_path / "out").files["articles/harbour.yaml"]
    assert kept[0] == checksum(cold["articles/harbour.yaml"]), "the first run's entry is read"
    cache_file(tmp_path, tmp_path / "out", "last-run").unlink()  # so that the run is done
    done = digest(tmp_path)  # the same inputs as the second run, the cache of the first
    assert done.code == 0
    assert "(0 analysed, 2 unchanged)" in done.err[-1]
    assert _tree(tmp_path / "out") == changed
    harbour.write_text(HARBOUR, encoding="utf-8")
    assert digest(tmp_path).code == 0
    assert _tree(tmp_path / "out") == cold


def test_a_sealed_cache_that_is_not_our_data_costs_time_only(tmp_path: Path) -> None:
    corpus(tmp_path)
    assert digest(tmp_path).code == 0
    cold = _tree(tmp_path / "out")
    for payload in (b"\x00not marshal at all", marshal.dumps(["a", "list"]), b""):
        for at in ("index", "shards"):  # each shard sealed, and listed by the index so
            _not_ours(tmp_path, payload, at)
            (tmp_path / "sources/harbour.txt").write_text(variant(HARBOUR, 1), encoding="utf-8")
            assert digest(tmp_path).code == 0
            (tmp_path / "sources/harbour.txt").write_text(HARBOUR, encoding="utf-8")
            _not_ours(tmp_path, payload, at)
            assert digest(tmp_path).code == 0
            assert _tree(tmp_path / "out") == cold


def _not_ours(root: Path, payload: bytes, at: str) -> None:
    """Sealed data this code did not write: in place of the index, or of every shard
    (then in an index that lists each with that seal)."""
    sealed = checksum(payload)
    if at == "index":
        _digests_cache(root).write_bytes(sealed.encode() + b"\n" + payload)
        return
    shards = _shards(root)
    assert shards
    for shard in shards:
        shard.write_bytes(sealed.encode() + b"\n" + payload)
    names = [p.name[len(_digests_cache(root).stem) + 1 : -len(SUFFIX)] for p in shards]
    save_sealed(_digests_cache(root), {"code": code_key(), "shards": dict.fromkeys(names, sealed)})
