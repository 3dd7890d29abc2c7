"""The sources folder: which files are articles, their ids, and their bytes read safely.

`digest` and `check` see the folder through `list_sources`, so they agree on every
file: what is read, what is a copy of another, what cannot be an article and why. Only
regular files inside the folder are read: a symbolic link out of it (to `/etc/passwd`)
would publish that file, and a named pipe would block the run.
"""

from __future__ import annotations

import os
import re
import stat
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from generator.settings import MAX_ID_LENGTH, MAX_SOURCE_BYTES
from generator.store import fingerprint

__all__ = [
    "ARTICLE_SUFFIXES",
    "META_SUFFIX",
    "Found",
    "Listing",
    "SourceError",
    "article_id",
    "discover",
    "list_sources",
    "read_bytes",
    "shown",
]

ARTICLE_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm")
META_SUFFIX = ".meta.yaml"
# What an article id may hold (the digests' schema): it names files and page paths.
_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]*")
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")
_KINDS = {
    stat.S_IFIFO: "a named pipe",
    stat.S_IFSOCK: "a socket",
    stat.S_IFCHR: "a device",
    stat.S_IFBLK: "a device",
}


class SourceError(Exception):
    """An input file the generator cannot use; the message says why."""


def shown(path: Path | str) -> str:
    """A path on one line: a newline or tab in a file name is printed as `\\n`, `\\t`."""
    return _CONTROL.sub(lambda m: repr(m[0])[1:-1], str(path))


def discover(folder: Path) -> list[Path]:
    """Every name in the folder that says article, sorted so runs do not depend on the
    file system's order; whether it can be read is `read_bytes`'s to say."""
    if not folder.is_dir():
        raise SourceError(f"{shown(folder)}: sources folder not found")
    try:
        names = list(folder.iterdir())
    except OSError as exc:
        raise SourceError(
            f"{shown(folder)}: cannot list the sources folder ({exc.strerror})"
        ) from None
    return sorted(
        p
        for p in names
        if p.suffix.lower() in ARTICLE_SUFFIXES
        and not p.name.startswith(".")
        and not p.name.endswith(META_SUFFIX)
    )


def article_id(path: Path) -> str:
    """The file name without its suffix when it can be an id; else the nearest id it
    makes ("Kallas visit.txt" -> "Kallas-visit", "Šimonytė.md" -> "Simonyte")."""
    stem = path.stem
    if _ID.fullmatch(stem) and len(stem) <= MAX_ID_LENGTH:
        return stem
    folded = "".join(c for c in unicodedata.normalize("NFKD", stem) if not unicodedata.combining(c))
    safe = re.sub(r"[^A-Za-z0-9_.-]+", "-", folded)
    safe = re.sub(r"^[^A-Za-z0-9]+", "", safe)[:MAX_ID_LENGTH].rstrip("-")
    if not safe:
        raise SourceError(
            "the file name has no Latin letter or digit to make an article id of; rename it"
        )
    return safe


def read_bytes(path: Path, what: str = "") -> bytes:
    """The bytes of a regular file inside its folder; SourceError saying what it is
    otherwise. `what` names the file in the message when it is not the article itself."""
    prefix = f"{what}: " if what else ""
    if path.is_symlink():
        try:
            target = path.resolve(strict=True)
        except (OSError, RuntimeError):  # RuntimeError: a loop, before Python 3.13
            raise SourceError(
                f"{prefix}symbolic link that leads nowhere (a loop or a missing file)"
            ) from None
        if not target.is_relative_to(path.parent.resolve()):
            raise SourceError(
                f"{prefix}symbolic link to a file outside the sources folder; not read"
            )
    try:
        info = os.stat(path)
    except OSError as exc:
        raise SourceError(f"{prefix}cannot read: {exc.strerror}") from None
    if stat.S_ISDIR(info.st_mode):
        raise SourceError(f"{prefix}a folder, not a file")
    if not stat.S_ISREG(info.st_mode):
        kind = _KINDS.get(stat.S_IFMT(info.st_mode), "something else")
        raise SourceError(f"{prefix}not a regular file ({kind}); not read")
    if info.st_size > MAX_SOURCE_BYTES:
        raise SourceError(
            f"{prefix}{info.st_size / 1e6:.0f} MB is too large for an article "
            f"(limit {MAX_SOURCE_BYTES // 1_000_000} MB)"
        )
    try:
        return path.read_bytes()
    except OSError as exc:
        raise SourceError(f"{prefix}cannot read: {exc.strerror}") from None


@dataclass
class Found:
    """A file to read as an article."""

    path: Path
    id: str
    data: bytes | None  # None: not read, its stat is as a run that read it recorded
    checksum: str
    stat: list[int] | None  # `fingerprint.file_stat`, taken before its bytes were read


@dataclass
class Listing:
    """The sources folder as `digest` and `check` see it."""

    found: list[Found] = field(default_factory=list)  # one per article id, in path order
    bad: list[tuple[Path, str]] = field(default_factory=list)  # cannot be an article: why
    # of those, the ones that have an id of their own but could not be read (a pipe, a
    # dangling link): their previous digests are kept, since bad input never loses data
    unread: dict[Path, str] = field(default_factory=dict)
    copies: list[tuple[Path, Path]] = field(default_factory=list)  # (copy, original)


def list_sources(folder: Path, known: Callable[[Path, str], Found | None] | None = None) -> Listing:
    """Every article file's bytes; the files that cannot be one, each with the reason;
    byte-identical copies (the shorter name is the original: "x.txt" over "x (1).txt";
    never a link).
    Of files that make one id ("dup.txt", "dup.md"), the first by name keeps it.
    `known`: a file a run read before and whose stat is as it was then, not read again
    (see `read.known`); `check` reads every file.
    SourceError when there is no folder to read."""
    listing = Listing()
    readable: list[Found] = []
    for path in discover(folder):
        try:
            source_id = article_id(path)
        except SourceError as exc:
            listing.bad.append((path, str(exc)))
            continue
        found = known(path, source_id) if known is not None else None
        if found is not None:
            readable.append(found)
            continue
        seen = fingerprint.file_stat(path)
        try:
            data = read_bytes(path)
        except SourceError as exc:
            listing.bad.append((path, str(exc)))
            listing.unread[path] = source_id
            continue
        readable.append(Found(path, source_id, data, fingerprint.checksum(data), seen))
    originals: dict[str, Found] = {}
    # a link to another source is the copy, whatever its name
    for found in sorted(
        readable, key=lambda f: (f.path.is_symlink(), len(f.path.name), f.path.name)
    ):
        originals.setdefault(found.checksum, found)
    owners: dict[str, Found] = {}
    for found in readable:
        original = originals[found.checksum]
        if original is not found:
            listing.copies.append((found.path, original.path))
        elif found.id in owners:
            owner = shown(owners[found.id].path.name)
            listing.bad.append(
                (found.path, f"same article id '{found.id}' as {owner}; rename one of them")
            )
        else:
            owners[found.id] = found
            listing.found.append(found)
    listing.bad.sort(key=lambda b: b[0])
    return listing
