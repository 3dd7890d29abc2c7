"""`python -m generator diff [REV]`: what the digests say now that they did not at REV.

A reviewer should not have to read YAML to know what a pull request adds; this prints a
short list, ready to paste into the PR, of new sources, people, quotes and spellings.
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import yaml

from generator.store.schema import FOLDERS
from generator.store.yamlio import loads

__all__ = ["describe", "run_diff"]

Digests = dict[str, Any]  # "people/kaja-kallas.yaml" -> parsed digest (None if unreadable)


class GitError(Exception):
    pass


def _git(args: list[str], cwd: Path, stdin: bytes | None = None) -> bytes:
    try:
        done = subprocess.run(
            ["git", *args], cwd=cwd, input=stdin, capture_output=True, check=False
        )
    except FileNotFoundError:
        raise GitError("git not found; install git or put it on PATH") from None
    if done.returncode != 0:
        raise GitError(done.stderr.decode("utf-8", "replace").strip() or f"git {args[0]} failed")
    return done.stdout


def _is_digest(key: str) -> bool:
    folder, _, name = key.partition("/")
    return folder in FOLDERS and "/" not in name and name.endswith(".yaml")


def _parse(text: bytes) -> Any:
    try:
        return loads(text.decode("utf-8"))
    except (yaml.YAMLError, UnicodeDecodeError):
        return None


def digests_at(rev: str, out: Path) -> Digests:
    """The digests committed at `rev`; empty when that revision has no digests folder."""
    top = Path(_git(["rev-parse", "--show-toplevel"], Path.cwd()).decode().strip()).resolve()
    try:
        _git(["rev-parse", "--verify", "--quiet", f"{rev}^{{commit}}"], top)
    except GitError:
        raise GitError(f"unknown git revision {rev!r}") from None
    if not out.resolve().is_relative_to(top):
        raise GitError(f"{out} is not inside the git repository {top}")
    prefix = out.resolve().relative_to(top).as_posix()
    # -z: names as they are, not C-quoted when they hold non-ASCII letters.
    listing = _git(["ls-tree", "-r", "-z", "--name-only", rev, "--", f"{prefix}/"], top)
    keys = [p[len(prefix) + 1 :] for p in listing.decode().split("\0") if p]
    keys = [k for k in keys if _is_digest(k)]
    if not keys:
        return {}
    # One `git cat-file --batch` for all files: a subprocess per file is slow on big corpora.
    request = "".join(f"{rev}:{prefix}/{key}\n" for key in keys).encode()
    raw = _git(["cat-file", "--batch"], top, stdin=request)
    found: Digests = {}
    at = 0
    for key in keys:
        end = raw.index(b"\n", at)
        size = int(raw[at:end].split()[2])
        found[key] = _parse(raw[end + 1 : end + 1 + size])
        at = end + 1 + size + 1
    return found


def digests_in(out: Path) -> Digests:
    if not out.is_dir():
        return {}
    keys = sorted(p.relative_to(out).as_posix() for p in out.glob("*/*.yaml"))
    return {key: _parse((out / key).read_bytes()) for key in keys if _is_digest(key)}


def _plural(count: int, word: str, plural: str | None = None) -> str:
    return f"{count} {word if count == 1 else plural or word + 's'}"


class _Names:
    """Display names for ids, preferring the newest digest that names them."""

    def __init__(self, old: Digests, new: Digests) -> None:
        self.names: dict[str, str] = {}
        for digests in (old, new):
            for key, data in digests.items():
                if isinstance(data, dict) and isinstance(data.get("name"), str):
                    self.names[key.split("/")[0] + ":" + str(data.get("id"))] = data["name"]

    def __call__(self, folder: str, ident: str) -> str:
        return self.names.get(f"{folder}:{ident}", ident)


def _new_and_gone(old: Iterable[Any], new: Iterable[Any]) -> tuple[list[Any], list[Any]]:
    """Items only in `new`, and only in `old`, in their own order."""
    old_list, new_list = list(old), list(new)
    old_set, new_set = set(old_list), set(new_list)
    return [x for x in new_list if x not in old_set], [x for x in old_list if x not in new_set]


def _citations(data: dict[str, Any], key: str) -> list[tuple[Any, Any]]:
    # Keyed on article and text, not sentence number: re-splitting a source renumbers it.
    return [(c.get("article"), c.get("text")) for c in data.get(key) or []]


def _field(key: str, attr: str) -> Callable[[dict[str, Any]], list[Any]]:
    return lambda d: [x.get(attr) if isinstance(x, dict) else x for x in d.get(key) or []]


Describer = Callable[[dict[str, Any], dict[str, Any], "_Names"], list[str]]


def _cited(key: str, word: str) -> Describer:
    """Quotes, statements, claims, dated events: how many came and went."""

    def describe_cited(old: dict[str, Any], new: dict[str, Any], names: _Names) -> list[str]:
        added, gone = _new_and_gone(_citations(old, key), _citations(new, key))
        parts = [_plural(len(added), f"new {word}")] if added else []
        if gone:
            parts.append(f"{_plural(len(gone), word)} removed")
        return parts

    return describe_cited


def _texts(key: str, attr: str, gained: str, lost: str) -> Describer:
    """Spellings and roles: each new one quoted, since a reviewer should eyeball it."""
    values = _field(key, attr)

    def describe_texts(old: dict[str, Any], new: dict[str, Any], names: _Names) -> list[str]:
        added, gone = _new_and_gone(values(old), values(new))
        return [f"{gained} '{v}'" for v in added] + [f"{lost} '{v}'" for v in gone]

    return describe_texts


def _ids(key: str, folder: str, gained: str, lost: str) -> Describer:
    """A list of ids, or of {id: ...} records, by the names that came and went."""
    values = _field(key, "id")

    def describe_ids(old: dict[str, Any], new: dict[str, Any], names: _Names) -> list[str]:
        added, gone = _new_and_gone(values(old), values(new))
        parts = [f"{gained} {', '.join(names(folder, i) for i in added)}"] if added else []
        if gone:
            parts.append(f"{lost} {', '.join(names(folder, i) for i in gone)}")
        return parts

    return describe_ids


def _count(key: str, word: str) -> Describer:
    def describe_count(old: dict[str, Any], new: dict[str, Any], names: _Names) -> list[str]:
        before, after = len(old.get(key) or []), len(new.get(key) or [])
        return [f"{word} {before} → {after}"] if before != after else []

    return describe_count


_COMMON: dict[str, Describer] = {
    "quotes": _cited("quotes", "quote"),
    "statements": _cited("statements", "statement"),
    "claims": _cited("claims", "claim"),
    "disagreements": _texts("disagreements", "about", "new disagreement about", "settled:"),
    "timeline": _cited("timeline", "dated event"),
    "aliases": _texts("aliases", "name", "new spelling", "spelling gone:"),
    "roles": _texts("roles", "role", "new role", "role gone:"),
    "articles": _ids("articles", "articles", "new source", "no longer in"),
    "people": _ids("people", "people", "now with", "no longer with"),
    "countries": _ids("countries", "countries", "now with", "no longer with"),
    "related_people": _ids("related_people", "people", "now related to", "no longer related to"),
    "related_countries": _ids(
        "related_countries", "countries", "now related to", "no longer related to"
    ),
}
# An article's quotes are its own, with no article field: count them instead.
_ARTICLE: dict[str, Describer] = {
    **_COMMON,
    "checksum": lambda old, new, names: ["source text changed"],
    "sentences": _count("sentences", "sentences"),
    "quotes": _count("quotes", "quotes"),
    "people": _ids("people", "people", "now mentions", "no longer mentions"),
    "countries": _ids("countries", "countries", "now mentions", "no longer mentions"),
}


# Lists whose other changes (an article added to a spelling, a count going up) follow from
# a source coming or going, which the summary already says.
_QUIET = frozenset({"aliases", "roles", "related_people", "related_countries"})


def _change(old: dict[str, Any], new: dict[str, Any], names: _Names, folder: str) -> list[str]:
    """The parts of one changed digest a reviewer cares about; other keys just named."""
    describers = _ARTICLE if folder == "articles" else _COMMON
    parts: list[str] = []
    others: list[str] = []
    quiet: list[str] = []
    for key in new:
        if old.get(key) == new[key]:
            continue
        described = describers[key](old, new, names) if key in describers else []
        if described:
            parts.extend(described)
        else:
            (quiet if key in _QUIET else others).append(key.replace("_", " "))
    if not parts and not others:
        others = quiet
    if others:
        parts.append(f"{', '.join(others)} changed")
    return parts


_NOUN = {"articles": "source", "people": "person", "countries": "country", "stories": "story"}


def _label(folder: str, data: dict[str, Any], names: _Names) -> str:
    if folder == "articles":
        outlet = data.get("outlet")
        return f"{data.get('id')} ({outlet})" if outlet else str(data.get("id"))
    if folder == "stories":
        return f"'{data.get('title')}'"
    return names(folder, str(data.get("id")))


def _size(folder: str, data: dict[str, Any]) -> str:
    def count(key: str, word: str, plural: str | None = None) -> str:
        return _plural(len(data.get(key) or []), word, plural)

    parts = {
        "articles": [
            count("sentences", "sentence"),
            count("people", "person", "people"),
            count("quotes", "quote"),
        ],
        "people": [count("articles", "source"), count("quotes", "quote")],
        "countries": [count("articles", "source"), count("people", "person", "people")],
        "stories": [count("articles", "source"), count("claims", "claim")],
    }[folder]
    return ", ".join(parts)


# Sources first: they explain everything else in the list.
_ORDER = ("articles", "stories", "people", "countries")


def describe(old: Digests, new: Digests) -> list[str]:
    """One line per digest that changed between two digest sets, sources first. A digest
    whose fields have types no digest has (`quotes: 5`) is called unreadable, not
    described: the summary reads every revision, whatever its schema then."""
    names = _Names(old, new)
    lines: list[str] = []
    for folder in _ORDER:
        for key in sorted(k for k in set(old) | set(new) if k.startswith(folder + "/")):
            try:
                line = _line(key, folder, old, new, names)
            except (AttributeError, KeyError, TypeError, ValueError):
                line = f"{key}: unreadable, run `python -m generator check`"
            if line:
                lines.append(line)
    return lines


def _line(key: str, folder: str, old: Digests, new: Digests, names: _Names) -> str | None:
    before: Any = old.get(key)
    after: Any = new.get(key)
    if key in new and not isinstance(after, dict):
        return f"{key}: unreadable, run `python -m generator check`"
    if key not in new:
        if isinstance(before, dict):
            return f"removed {_NOUN[folder]} {_label(folder, before, names)}"
        return None
    if not isinstance(before, dict):
        return f"new {_NOUN[folder]} {_label(folder, after, names)}: {_size(folder, after)}"
    if before != after:
        parts = _change(before, after, names, folder)
        return f"{_label(folder, after, names)}: {'; '.join(parts)}"
    return None


def run_diff(rev: str, out: Path) -> int:
    """Print the summary as a Markdown list; 2 when git cannot read `rev`."""
    try:
        old = digests_at(rev, out)
    except GitError as error:
        print(f"diff: {error}", file=sys.stderr)
        return 2
    lines = describe(old, digests_in(out))
    if not lines:
        print(f"No digest changes since {rev}.")
        return 0
    print(f"Digest changes since {rev}:")
    for line in lines:
        print(f"- {line}")
    return 0
