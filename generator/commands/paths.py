"""Default folders, relative to the directory the command runs in (the repo root)."""

from pathlib import Path

CONTENT = Path("content")
SOURCES = CONTENT / "sources"
REGISTRY = CONTENT / "registry"
DIGESTS = CONTENT / "digests"
