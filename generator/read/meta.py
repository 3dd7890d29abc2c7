"""What an editor says about an article: YAML front matter in Markdown, or a sidecar
`<id>.meta.yaml` beside it. Each value must be text (or a number or date, read as
written): a list, a mapping or yes/no is a mistake, named, never turned into text."""

from __future__ import annotations

import datetime
import os
import re
from pathlib import Path
from typing import Any

import yaml

from generator.read.decode import strip_controls
from generator.read.folder import META_SUFFIX, SourceError, read_bytes, shown
from generator.store.yamlio import DuplicateKeyError, first_line, load_written_by_hand

__all__ = ["META_KEYS", "front_matter", "sidecar"]

META_KEYS = ("url", "outlet", "title", "published", "author")
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def _kind(value: Any) -> str:
    if isinstance(value, bool):
        return "true or false"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a mapping"
    return type(value).__name__


def _is_date(text: str) -> bool:
    """False for an ISO date no calendar has (`2024-02-30`); other forms are left to the
    date parser, which leaves what it cannot read empty."""
    if not _ISO_DATE.match(text):
        return True
    try:
        datetime.date.fromisoformat(text[:10])
    except ValueError:
        return False
    return True


def _clean_meta(raw: Any, what: str) -> dict[str, str]:
    if raw is None:
        return {}
    if not isinstance(raw, dict):
        raise SourceError(f"{what} is not a mapping of keys to values")
    meta: dict[str, str] = {}
    for key in META_KEYS:
        value = raw.get(key)
        if value is None:
            continue
        if isinstance(value, bool) or not isinstance(value, (str, int, float, datetime.date)):
            raise SourceError(f"{what}: '{key}' must be text, not {_kind(value)}")
        text = strip_controls(str(value)).strip()
        if key == "published" and not _is_date(text):
            raise SourceError(f"{what}: published '{text}' is not a date")
        if text:
            meta[key] = text
    return meta


def _load(text: str, what: str) -> Any:
    try:
        return load_written_by_hand(text)
    except DuplicateKeyError as exc:
        raise SourceError(f"{what}: {exc}") from None
    except yaml.YAMLError as exc:
        raise SourceError(f"{what} is not valid YAML: {first_line(exc)}") from None


def front_matter(text: str) -> tuple[dict[str, str], str, int]:
    """The front matter's values, the text after it, and the lines it took."""
    if not text.startswith("---\n"):
        return {}, text, 0
    end = text.find("\n---", 4)
    if end < 0:
        raise SourceError("front matter opened with '---' but never closed")
    # a newline for the opening `---`, so that YAML's line numbers are the file's
    raw = _load("\n" + text[4:end], "front matter")
    rest = text[end + 4 :].lstrip("-")
    rest = rest[1:] if rest.startswith("\n") else rest
    skipped = text[: len(text) - len(rest)].count("\n")
    return _clean_meta(raw, "front matter"), rest, skipped


def sidecar(path: Path) -> dict[str, str]:
    """The values of the article's sidecar, if it has one."""
    meta_path = path.with_name(path.stem + META_SUFFIX)
    if not os.path.lexists(meta_path):
        return {}
    what = f"sidecar {shown(meta_path.name)}"
    data = read_bytes(meta_path, what)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise SourceError(f"{what} is not valid YAML: not UTF-8 text") from None
    return _clean_meta(_load(text, what), what)
