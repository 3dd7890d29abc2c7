"""The digests cache is trusted for a file only while the file is as the last run left
it: an edit by hand that keeps size and time, a cache left from an older run, a cache
that is sealed but not data this code wrote, each costs time and changes no digest."""

from __future__ import annotations

import marshal
import os
import shutil
from pathlib import Path

from hostile import HARBOUR, corpus, digest, variant

from generator.store.cache import SUFFIX
from generator.store.fingerprint import cache_file, checksum


def _tree(folder: Path) -> dict[str, bytes]:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*.yaml"))
    }


def _digests_cache(root: Path) -> Path:
    return cache_file(root, root / "out", "digests").with_suffix(SUFFIX)


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
    shutil.copy2(_digests_cache(tmp_path), older)
    harbour = tmp_path / "sources/harbour.txt"
    harbour.write_text(variant(HARBOUR, 1), encoding="utf-8")
    assert digest(tmp_path).code == 0
    changed = _tree(tmp_path / "out")
    shutil.copy2(older, _digests_cache(tmp_path))  # names what the first run wrote
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
        _digests_cache(tmp_path).write_bytes(checksum(payload).encode() + b"\n" + payload)
        (tmp_path / "sources/harbour.txt").write_text(variant(HARBOUR, 1), encoding="utf-8")
        assert digest(tmp_path).code == 0
        (tmp_path / "sources/harbour.txt").write_text(HARBOUR, encoding="utf-8")
        _digests_cache(tmp_path).write_bytes(checksum(payload).encode() + b"\n" + payload)
        assert digest(tmp_path).code == 0
        assert _tree(tmp_path / "out") == cold
