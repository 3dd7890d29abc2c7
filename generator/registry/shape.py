"""What each registry value must be, checked where it is read: a value of the wrong
shape is one line naming the file and the entry, and is ignored, never turned into
text (`[a, b]` is no name, `5` no list of aliases, and YAML's `NO` is false, not
Norway's code).
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

# Control characters (ESC, NUL: YAML's "\x1b" escapes let them in) reach no digest.
_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def plain_text(value: Any) -> str:
    """A value as text, without control characters."""
    return _CONTROLS.sub("", str(value))


__all__ = ["country_id", "entries", "entry_name", "names", "plain_text", "spelling_group"]


def _kind(value: Any) -> str:
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a mapping"
    return type(value).__name__


def entries(data: dict[str, Any], key: str, path: Path, errors: list[str]) -> list[Any]:
    """The list under `key`, or nothing (said) when it is something else."""
    value = data.get(key)
    if value is None:
        return []
    if not isinstance(value, list):
        errors.append(f"{path}: '{key}' must be a list, not {_kind(value)}; ignored")
        return []
    return value


def entry_name(entry: Any, i: int, where: str, errors: list[str]) -> str | None:
    """An entry's `name`, or None (said) when it has none that is text."""
    value = entry.get("name") if isinstance(entry, dict) else None
    if isinstance(value, (list, dict)):
        errors.append(f"{where}: 'name' must be text, not {_kind(value)}; entry ignored")
        return None
    if value is None or isinstance(value, bool) or not str(value).strip():
        errors.append(f"{where} has no name; entry ignored")
        return None
    return " ".join(plain_text(value).split())  # a name is one line, one space between words


def names(entry: dict[str, Any], key: str, where: str, errors: list[str]) -> list[str]:
    """A list of names (one name alone is a list of one); nothing (said) when the value
    is anything else."""
    value = entry.get(key)
    if value is None:
        return []
    if isinstance(value, str):
        return [plain_text(value)]
    problem = None
    if not isinstance(value, list):
        problem = f"must be a list of names, not {_kind(value)}"
    elif any(isinstance(v, bool) for v in value):
        problem = (
            "holds true or false where a name should be "
            "(YAML reads yes, no, on and off so: put it in quotes)"
        )
    elif any(v is not None and not isinstance(v, (str, int, float)) for v in value):
        inner = next(v for v in value if not isinstance(v, (str, int, float, type(None))))
        problem = f"must be a list of names, not a list holding {_kind(inner)}"
    if problem:
        errors.append(f"{where}: '{key}' {problem}; ignored")
        return []
    return [plain_text(v) for v in value if v is not None]


def country_id(entry: dict[str, Any], where: str, errors: list[str]) -> str | None:
    value = entry.get("country")
    if not value:
        return None
    if not isinstance(value, str):
        errors.append(f"{where}: 'country' must be a country id, not {_kind(value)}; ignored")
        return None
    return value


def spelling_group(entry: Any) -> list[str]:
    """A merge or split entry's spellings; empty when it is not a list of names."""
    if not isinstance(entry, list) or not all(isinstance(v, (str, int, float)) for v in entry):
        return []
    return [plain_text(v) for v in entry if not isinstance(v, bool)]
