"""The digests folder read back into the typed model, for the site.

Lenient on purpose: the site must render whatever the digests hold, so missing lists
become empty and missing optional values become None. A file that cannot be read is
skipped and reported, never allowed to stop the rest of the site.
"""

from __future__ import annotations

import datetime
import types
import typing
from dataclasses import dataclass, field, fields, is_dataclass
from pathlib import Path
from typing import Any, TypeVar

import yaml

from generator.model import ArticleDigest, CountryDigest, PersonDigest, StoryDigest
from generator.yamlio import load as load_yaml

__all__ = ["DigestError", "Digests", "load_digests"]

T = TypeVar("T")


class DigestError(ValueError):
    """A digest file whose content does not fit the model."""


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


def load_digests(folder: Path) -> tuple[Digests, list[str]]:
    """Read every digest under `folder`; return them and one message per skipped file."""
    digests = Digests()
    problems: list[str] = []
    for name, cls in _FOLDERS.items():
        target: dict[str, Any] = getattr(digests, name)
        for path in sorted((folder / name).glob("*.yaml")):
            try:
                record = _load_file(path, cls)
            except (OSError, yaml.YAMLError, DigestError) as error:
                problems.append(f"{path}: skipped: {error}")
                continue
            target[record.id] = record
    return digests, problems


def _load_file(path: Path, cls: type[T]) -> T:
    data = load_yaml(path)
    if not isinstance(data, dict):
        raise DigestError("expected a mapping at the top")
    data.setdefault("id", path.stem)
    if data["id"] != path.stem:  # ids become page paths: only the file name is trusted
        raise DigestError(f"id {data['id']!r} does not match the file name")
    if "name" in {f.name for f in fields(cls)} and not data.get("name"):  # type: ignore[arg-type]
        data["name"] = data["id"]
    return _build(cls, data, "")


def _build(cls: type[T], data: Any, where: str) -> T:
    if not isinstance(data, dict):
        raise DigestError(f"{where or 'top'}: expected a mapping, got {type(data).__name__}")
    hints = typing.get_type_hints(cls)
    values = {
        f.name: _convert(hints[f.name], data.get(f.name), f"{where}{f.name}")
        for f in fields(cls)  # type: ignore[arg-type]
    }
    return cls(**values)


def _convert(hint: Any, value: Any, where: str) -> Any:
    origin = typing.get_origin(hint)
    if origin is list:
        if value is None:
            return []
        if not isinstance(value, list):
            raise DigestError(f"{where}: expected a list")
        (item,) = typing.get_args(hint)
        return [_convert(item, v, f"{where}[{i}].") for i, v in enumerate(value)]
    if origin in (typing.Union, types.UnionType):
        if value is None:
            return None
        (inner,) = (a for a in typing.get_args(hint) if a is not type(None))
        return _convert(inner, value, where)
    if is_dataclass(hint):
        return _build(hint, value, where)  # type: ignore[arg-type]
    return _scalar(hint, value, where.rstrip("."))


def _scalar(hint: Any, value: Any, where: str) -> Any:
    if hint is bool:
        return bool(value)
    if hint is int:
        if isinstance(value, int) and not isinstance(value, bool):
            return value
        raise DigestError(f"{where}: expected a number, got {value!r}")
    if value is None:
        return ""  # text the site can do without (a checksum, a source path)
    if isinstance(value, datetime.date):  # an unquoted date in hand-written YAML
        return value.isoformat()
    if isinstance(value, (str, int, float)):
        return str(value)
    raise DigestError(f"{where}: expected text, got {type(value).__name__}")
