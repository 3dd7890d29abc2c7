"""The site's own settings in mkdocs.yml, under `extra.briefing`, checked before a build:
a mistyped setting fails the build with a message instead of silently falling back."""

from __future__ import annotations

from pathlib import Path
from typing import Any

__all__ = ["SETTINGS", "digests_folder", "inputs_folders"]

# Every setting, with what it means; a key not listed here is a mistake.
SETTINGS = {
    "digests": "the digests folder, relative to mkdocs.yml (default: content/digests)",
    "sources": "the sources `mkdocs serve` digests again on a change (default: content/sources)",
    "registry": "the registry those runs read (default: content/registry)",
}
_DEFAULT_DIGESTS = "content/digests"


def digests_folder(settings: Any, config_dir: Path) -> Path:
    """The digests folder `extra.briefing` names; ValueError saying what is wrong."""
    if settings is None:
        settings = {}
    if not isinstance(settings, dict):
        raise ValueError("extra.briefing must be a mapping, such as `digests: content/digests`")
    unknown = sorted(str(key) for key in settings if key not in SETTINGS)
    if unknown:
        known = ", ".join(sorted(SETTINGS))
        raise ValueError(f"extra.briefing: unknown setting {unknown[0]!r} (known: {known})")
    for key in ("sources", "registry"):
        if not isinstance(settings.get(key, ""), str):
            raise ValueError(f"extra.briefing.{key} must be the path of a folder")
    value = settings.get("digests", _DEFAULT_DIGESTS)
    if not isinstance(value, str) or not value.strip():
        raise ValueError("extra.briefing.digests must be the path of the digests folder")
    folder = config_dir / value
    if not folder.is_dir():
        raise ValueError(
            f"extra.briefing.digests: {folder} is not a folder "
            "(run `python -m generator digest`, or correct the path)"
        )
    return folder


def inputs_folders(settings: Any, config_dir: Path) -> tuple[Path, Path]:
    """The sources and registry folders a serve-time digest run reads (checked settings)."""
    settings = settings if isinstance(settings, dict) else {}
    sources = settings.get("sources") or "content/sources"
    registry = settings.get("registry") or "content/registry"
    return config_dir / sources, config_dir / registry
