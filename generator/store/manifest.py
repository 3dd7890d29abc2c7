"""The manifest: what the last digest run wrote (each file's checksum) and from what
(format, analysis version, the registry files analysis read)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from generator.store.yamlio import load

__all__ = ["MANIFEST", "read_manifest"]

MANIFEST = "manifest.yaml"


def read_manifest(out: Path) -> dict[str, Any]:
    """The manifest in `out`, or an empty one when it is missing or unreadable: then
    nothing is reused, which costs time, never correctness."""
    try:
        manifest = load(out / MANIFEST) if (out / MANIFEST).exists() else None
    except Exception:
        manifest = None
    return manifest if isinstance(manifest, dict) else {}
