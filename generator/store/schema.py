"""The JSON Schemas of the digest files, loaded from the package so `check` and tests agree.

The schemas live in `generator/store/schemas/` as plain JSON, so reviewers and other tools can
read them without Python; tests keep them in step with `generator/model.py`.
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING, Any

from generator.settings import MAX_MESSAGE_CHARS

if TYPE_CHECKING:  # imported when a file is checked: a digest run never does (0.1 s)
    from jsonschema import Draft202012Validator

__all__ = ["FOLDERS", "load_schema", "problems"]

# Digest folder -> schema name. The manifest has its own schema, named "manifest".
FOLDERS: dict[str, str] = {
    "articles": "article",
    "people": "person",
    "countries": "country",
    "stories": "story",
}


def load_schema(name: str) -> dict[str, Any]:
    text = (resources.files("generator.store.schemas") / f"{name}.schema.json").read_text("utf-8")
    schema: dict[str, Any] = json.loads(text)
    return schema


@cache
def _validator(name: str) -> Draft202012Validator:
    from jsonschema import Draft202012Validator

    return Draft202012Validator(load_schema(name))


def problems(name: str, data: Any) -> list[str]:
    """Every way `data` breaks schema `name`, one `where: what` line each, in path order."""
    errors = sorted(_validator(name).iter_errors(data), key=lambda e: [str(p) for p in e.path])
    lines = []
    for error in errors:
        where = "/".join(str(p) for p in error.absolute_path) or "top level"
        message = error.message
        if len(message) > MAX_MESSAGE_CHARS:
            message = message[: MAX_MESSAGE_CHARS - 1] + "…"
        lines.append(f"{where}: {message}")
    return lines
