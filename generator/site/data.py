"""The digests folder read back into the typed model, for the site.

A file that cannot be read is skipped and reported, never allowed to stop the rest of
the site; ids are taken from file names, since they become page paths.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any, TypeVar

import yaml

from generator.model import (
    ArticleDigest,
    CountryDigest,
    DigestError,
    PersonDigest,
    StoryDigest,
    from_plain,
)
from generator.store.cache import PlainCache
from generator.store.yamlio import load as load_yaml

__all__ = ["DigestError", "Digests", "load_digests"]

T = TypeVar("T")


@dataclass
class Digests:
    """Every digest, keyed by id, in id order."""

    articles: dict[str, ArticleDigest] = field(default_factory=dict)
    people: dict[str, PersonDigest] = field(default_factory=dict)
    countries: dict[str, CountryDigest] = field(default_factory=dict)
    stories: dict[str, StoryDigest] = field(default_factory=dict)


_FOLDERS: dict[str, type[Any]] = {
    "articles": ArticleDigest,
    "people": PersonDigest,
    "countries": CountryDigest,
    "stories": StoryDigest,
}


def load_digests(folder: Path, root: Path | None = None) -> tuple[Digests, list[str]]:
    """Read every digest under `folder`; return them and one message per skipped file.

    With `root`, files the last digest run wrote are taken from its cache there.
    """
    digests = Digests()
    problems: list[str] = []
    cache = PlainCache(root, folder) if root is not None else None
    for name, cls in _FOLDERS.items():
        target: dict[str, Any] = getattr(digests, name)
        for path in sorted((folder / name).glob("*.yaml")):
            try:
                data = cache.read(f"{name}/{path.name}") if cache else load_yaml(path)
                record = _load_file(path, data, cls)
            except (OSError, yaml.YAMLError, DigestError, UnicodeDecodeError) as error:
                problems.append(f"{path}: skipped: {error}")
                continue
            target[record.id] = record
    return digests, problems


def _load_file(path: Path, data: Any, cls: type[T]) -> T:
    if not isinstance(data, dict):
        raise DigestError("expected a mapping at the top")
    data = {"id": path.stem, **data}
    if data["id"] != path.stem:  # ids become page paths: only the file name is trusted
        raise DigestError(f"id {data['id']!r} does not match the file name")
    if "name" in {f.name for f in fields(cls)} and not data.get("name"):  # type: ignore[arg-type]
        data["name"] = data["id"]
    return from_plain(cls, data)
