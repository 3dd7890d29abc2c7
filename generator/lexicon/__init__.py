"""Word lists as data: one YAML file per kind of list, read once per process.

Each file maps list names to lists of words (or, for a table, words to values), with
comments saying where each list is used and why its members belong. Code asks for a
list by file and name; nothing else in the generator spells out a word list.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import cache
from importlib import resources
from types import MappingProxyType
from typing import Any

import yaml

__all__ = ["alternation", "table", "words"]

_LOADER = getattr(yaml, "CBaseLoader", yaml.BaseLoader)


@cache
def _file(kind: str) -> dict[str, Any]:
    text = (resources.files(__name__) / f"{kind}.yaml").read_text("utf-8")
    # every value a string: a word list holds "no", "on" and "may", which YAML would
    # otherwise read as booleans and a month
    # (libyaml's loader when PyYAML has it: a tenth of the time, the same data)
    data = yaml.load(text, Loader=_LOADER)  # noqa: S506 - BaseLoader builds no objects
    if not isinstance(data, dict):
        raise ValueError(f"lexicon/{kind}.yaml: expected a mapping of list names to lists")
    return data


def _entry(kind: str, name: str) -> Any:
    try:
        return _file(kind)[name]
    except KeyError:
        raise KeyError(f"lexicon/{kind}.yaml has no list {name!r}") from None


@cache
def words(kind: str, name: str) -> frozenset[str]:
    """The list `name` of `lexicon/<kind>.yaml`, as a set of strings written as in the file."""
    entry = _entry(kind, name)
    if not isinstance(entry, list) or not all(isinstance(w, str) for w in entry):
        raise ValueError(f"lexicon/{kind}.yaml: {name!r} is not a list of words")
    return frozenset(entry)


@cache
def table(kind: str, name: str) -> Mapping[str, Any]:
    """The table `name` of `lexicon/<kind>.yaml`: words mapped to values."""
    entry = _entry(kind, name)
    if not isinstance(entry, dict):
        raise ValueError(f"lexicon/{kind}.yaml: {name!r} is not a table")
    return MappingProxyType(entry)


def alternation(words: frozenset[str]) -> str:
    """The words as one regular expression's alternatives, longest first, so that a
    longer word is tried before a word it starts with ("posted by" before "posted")."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
