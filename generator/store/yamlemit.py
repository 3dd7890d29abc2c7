"""Digest YAML written directly: the bytes `yamlio.dump` gives, about ten times faster.

PyYAML's representer and serializer are pure Python even over libyaml's emitter, and
they made writing a digest cost 1.5 ms: half a minute of a cold run at 10,000 articles.
Digests are plain data (mappings with short keys, lists, text, numbers) in one fixed
style, so they are written here by the rules libyaml's emitter applies to them: a text
is plain unless an indicator, a leading or trailing space or a reading as another type
(`yes`, `1.5`, `null`) forbids it, then single-quoted. Anything else (a line break or a
character that must be escaped in a text, a key that is not a short word, a top level
that is not a mapping) returns None, and the caller asks PyYAML: the same bytes either
way (tests compare them on every digest of a corpus and on generated texts).
"""

from __future__ import annotations

import re
from typing import Any

import yaml

from generator.settings import EMITTED_TEXTS

__all__ = ["emit"]

# printable for libyaml, no line break: tab, other controls, U+0085, U+2028/2029, the
# byte order mark and characters beyond U+FFFF are written otherwise (escaped)
_SIMPLE_TEXT = re.compile("[\x20-\x7e\xa0-\u2027\u202a-\ud7ff\ue000-\ufefe\uff00-\ufffd]*")
_KEY = re.compile(r"[A-Za-z0-9_][A-Za-z0-9_./@-]{0,99}")
_FIRST_INDICATORS = frozenset("#,[]{}&*!|>'\"%@`")
_FLOW_INDICATORS = frozenset(",?[]{}")
_RESOLVER = yaml.resolver.Resolver()
_STR = "tag:yaml.org,2002:str"
# first characters of a text that may read as another type (PyYAML's resolvers by them)
_MAY_RESOLVE = frozenset(_RESOLVER.yaml_implicit_resolvers)


def _plain(text: str) -> bool:
    """Whether libyaml writes this text (no line breaks, only simple characters) plain
    as a block value: no indicator where it means something, no space at either end, and
    it reads back as text."""
    if not text or text[0] == " " or text[-1] == " ":
        return False
    if text.startswith(("---", "...")):
        return False
    first = text[0]
    followed = len(text) == 1 or text[1] == " "
    if first in _FIRST_INDICATORS or (first in "?:-" and followed):
        return False
    if ": " in text or " #" in text or text.endswith(":"):
        return False
    return first not in _MAY_RESOLVE or (
        _RESOLVER.resolve(yaml.ScalarNode, text, (True, False)) == _STR  # type: ignore[no-untyped-call]
    )


# each text as written, by the text: the same ids, names, dates and sentences come back
# in many digests (an article's sentence in its people's, countries' and story's)
_TEXTS: dict[str, str | None] = {}


def _text(text: str) -> str | None:
    found = _TEXTS.get(text, "")  # never written: an empty text is quoted
    if found != "":
        return found
    if len(_TEXTS) >= EMITTED_TEXTS:
        _TEXTS.clear()
    found = _TEXTS[text] = _text_of(text)
    return found


def _text_of(text: str) -> str | None:
    if len(text) > 10_000 or not _SIMPLE_TEXT.fullmatch(text):
        return None
    if _plain(text):
        return text
    return "'" + text.replace("'", "''") + "'"


def _float(value: float) -> str:
    """PyYAML's SafeRepresenter.represent_float."""
    if value != value:
        return ".nan"
    if value == float("inf"):
        return ".inf"
    if value == -float("inf"):
        return "-.inf"
    shown = repr(value).lower()
    if "." not in shown and "e" in shown:
        shown = shown.replace("e", ".0e", 1)
    return shown


def _scalar(value: Any) -> str | None:
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    kind = type(value)
    if kind is str:
        return _text(value)
    if kind is int:
        return str(value)
    if kind is float:
        return _float(value)
    return None


class _Unsupported(Exception):
    """Something this emitter does not write as libyaml would: PyYAML writes it."""


def _ints(values: list[Any]) -> bool:
    return all(type(v) is int for v in values)


def _value(value: Any, indent: str, out: list[str]) -> None:
    """A mapping's value or a list's item after its `key:` or `-` (already written)."""
    kind = type(value)
    if kind is dict:
        if not value:
            out.append(" {}\n")
            return
        out.append("\n")
        _mapping(value, indent, out)
    elif kind is list:
        if not value or _ints(value):
            out.append(" [" + ", ".join(str(v) for v in value) + "]\n")
            return
        out.append("\n")
        _sequence(value, indent, out)
    else:
        shown = _scalar(value)
        if shown is None:
            raise _Unsupported
        out.append(" " + shown + "\n")


_KEYS: set[str] = set()  # keys already found plain: a digest has a few dozen kinds


def _key(key: Any) -> str:
    if key in _KEYS:
        return str(key)
    if type(key) is not str or not _KEY.fullmatch(key) or not _plain(key):
        raise _Unsupported
    if len(_KEYS) < 10_000:
        _KEYS.add(key)
    return key


def _mapping(data: dict[Any, Any], indent: str, out: list[str], first: str = "") -> None:
    """`first`: what stands before the first key instead of the indent (`- ` in a list)."""
    lead = first or indent
    for key, value in data.items():
        out.append(lead + _key(key) + ":")
        lead = indent
        if type(value) is list and value and not _ints(value):
            out.append("\n")
            _sequence(value, indent, out)  # a list in a mapping is not indented
        else:
            _value(value, indent + "  ", out)


def _sequence(items: list[Any], indent: str, out: list[str]) -> None:
    for item in items:
        kind = type(item)
        if kind is dict and item:
            _mapping(item, indent + "  ", out, indent + "- ")
        elif kind is list and item and not _ints(item):
            raise _Unsupported  # a list right in a list: none in a digest
        else:
            out.append(indent + "-")
            _value(item, indent + "  ", out)


def emit(data: Any) -> str | None:
    """`data` as `yamlio.dump` writes it, or None when it is not plain digest data."""
    if type(data) is not dict or not data:
        return None
    out: list[str] = []
    try:
        _mapping(data, "", out)
    except _Unsupported:
        return None
    return "".join(out)
