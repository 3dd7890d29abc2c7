"""The manifest: what the last digest run wrote (each file's checksum) and from what
(format, analysis version, the registry files analysis read)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from generator.store.fingerprint import checksum
from generator.store.yamlio import loads

__all__ = ["MANIFEST", "read_manifest"]

MANIFEST = "manifest.yaml"


def read_manifest(out: Path, kept: Any = None) -> tuple[dict[str, Any], str | None]:
    """The manifest in `out` and the checksum of its bytes; an empty one (and None) when
    it is missing or unreadable: then nothing is reused, which costs time, never
    correctness. `kept`: the last run's own copy (`checksum`, `data`), taken in place of
    parsing while the file still has those bytes (a second of YAML at 10,000 articles)."""
    try:
        data = (out / MANIFEST).read_bytes()
    except OSError:
        return {}, None
    found = checksum(data)
    if isinstance(kept, dict) and kept.get("checksum") == found:
        manifest = kept.get("data")
        if isinstance(manifest, dict):
            return manifest, found
    try:
        manifest = loads(data.decode("utf-8"))
    except Exception:
        manifest = None
    return (manifest, found) if isinstance(manifest, dict) else ({}, found)
