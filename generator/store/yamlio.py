"""YAML written for review, and files written atomically.

Block style so that one sentence is one line; lists of numbers in flow style
(`sentences: [0, 4]`) because they read better on one line; no anchors, no line
wrapping, UTF-8 left unescaped.
"""

from __future__ import annotations

import os
import secrets
from pathlib import Path
from typing import Any

import yaml

from generator.store.yamlemit import emit

__all__ = [
    "DuplicateKeyError",
    "atomic_write",
    "dump",
    "first_line",
    "load",
    "load_written_by_hand",
    "loads",
]


# libyaml's emitter when PyYAML was built with it: five times faster, same bytes
_BaseDumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)


class _ReviewDumper(_BaseDumper):  # type: ignore[misc,valid-type]
    def ignore_aliases(self, data: Any) -> bool:
        return True


class _PlainDumper(yaml.SafeDumper):
    """The pure-Python emitter: it writes characters beyond U+FFFF (emoji) as they are,
    where libyaml's escapes them (`\\U0001F600`), which a digest in plain UTF-8 must not."""

    def ignore_aliases(self, data: Any) -> bool:
        return True


def _represent_list(dumper: yaml.SafeDumper, data: list[Any]) -> yaml.Node:
    flow = bool(data) and all(isinstance(v, int) and not isinstance(v, bool) for v in data)
    return dumper.represent_sequence("tag:yaml.org,2002:seq", data, flow_style=flow)


_ReviewDumper.add_representer(list, _represent_list)
_PlainDumper.add_representer(list, _represent_list)


def dump(data: Any) -> str:
    fast = emit(data)  # digests: the same bytes, written directly
    if fast is not None:
        return fast
    text = _dump(data, _ReviewDumper)
    if "\\U" in text:  # libyaml escaped a character beyond U+FFFF: rare, so only then
        text = _dump(data, _PlainDumper)
    return text


def _dump(data: Any, dumper: type[yaml.SafeDumper]) -> str:
    return yaml.dump(
        data,
        Dumper=dumper,
        sort_keys=False,
        allow_unicode=True,
        default_flow_style=False,
        width=1_000_000,
        indent=2,
    )


# libyaml's loader when PyYAML was built with it: several times faster on big corpora
_BaseLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _Loader(_BaseLoader):  # type: ignore[misc,valid-type]
    """Safe; an impossible date (`2024-02-30`) is read as the text written, not an error
    that would stop whoever reads the file."""


def _timestamp(loader: yaml.SafeLoader, node: yaml.ScalarNode) -> Any:
    try:
        return yaml.constructor.SafeConstructor.construct_yaml_timestamp(loader, node)
    except ValueError:
        return loader.construct_scalar(node)


_Loader.add_constructor("tag:yaml.org,2002:timestamp", _timestamp)


class DuplicateKeyError(yaml.YAMLError):
    """A mapping with one key twice: YAML would silently keep the last value."""


class _StrictLoader(_Loader):
    """For files people write (front matter, sidecars, the registry): a key given twice
    is an error, not the last value silently taken."""

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        seen: dict[str, int] = {}
        for key_node, _ in node.value:
            if not isinstance(key_node, yaml.ScalarNode) or key_node.value == "<<":
                continue
            line = key_node.start_mark.line + 1
            if key_node.value in seen:
                raise DuplicateKeyError(
                    f"key '{key_node.value}' given twice (lines {seen[key_node.value]} and {line})"
                )
            seen[key_node.value] = line
        mapping: dict[Any, Any] = super().construct_mapping(node, deep=deep)
        return mapping


def load(path: Path) -> Any:
    with path.open(encoding="utf-8") as handle:
        return yaml.load(handle, Loader=_Loader)  # noqa: S506 - a safe loader


def loads(text: str) -> Any:
    """YAML text as the generator wrote it (digests, the manifest), read leniently."""
    return yaml.load(text, Loader=_Loader)  # noqa: S506 - a safe loader


def load_written_by_hand(text: str) -> Any:
    """YAML a person wrote; yaml.YAMLError (one line: `first_line(error)`) when it is not
    valid or gives a key twice. Line numbers count from the start of `text`."""
    return yaml.load(text, Loader=_StrictLoader)  # noqa: S506 - a safe loader


def first_line(error: Exception) -> str:
    """A YAML error in one line: PyYAML's own messages span several."""
    return " ".join(str(error).split("\n")[0].split()) or type(error).__name__


def atomic_write(path: Path, text: str | bytes) -> bool:
    """Write via a temp file and rename, so a killed run never leaves half a file.

    Returns False, touching nothing, when the file already holds exactly this text.
    No fsync per file: it more than doubled the time to write a corpus's digests, and what it
    guards against (the machine losing power mid-run) leaves files that `check` flags
    against the manifest and that the next run writes again.
    """
    data = text.encode("utf-8") if isinstance(text, str) else text
    try:
        if path.read_bytes() == data:
            return False
    except FileNotFoundError:
        path.parent.mkdir(parents=True, exist_ok=True)
    # the name cut short, so that a long file name leaves room for the temp file's
    name = path.name.encode("utf-8")[:100].decode("utf-8", "ignore")
    tmp = path.with_name(f".{name}.{secrets.token_hex(4)}.tmp")
    # a new file with the umask's mode, like any file the user makes: digests are for all
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return True
