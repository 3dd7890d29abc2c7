"""`python -m generator check`: are the committed digests exactly what the sources give?

Run in CI so that a pull request cannot merge stale, hand-edited or malformed digests.
It reads only: every problem is one line naming the file, so the fix is obvious.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from generator.read.folder import Found, SourceError, list_sources, shown
from generator.store import outfolder, yamlio
from generator.store.cache import PlainCache
from generator.store.fingerprint import checksum
from generator.store.manifest import MANIFEST
from generator.store.schema import FOLDERS, problems

__all__ = ["find_problems", "run_check"]

_RERUN = "rerun `python -m generator digest`"


@dataclass
class _Report:
    lines: list[tuple[str, str]] = field(default_factory=list)

    def add(self, path: Path, message: str) -> None:
        self.lines.append((shown(path), message))

    def sorted_lines(self) -> list[str]:
        # Stable sort: one file's problems stay together, in the order they were found.
        return [f"{path}: {message}" for path, message in sorted(self.lines, key=lambda x: x[0])]


def _sources(folder: Path, report: _Report) -> dict[str, Found]:
    """Article id -> source file, found exactly as `digest` finds them: a file that
    cannot be an article is named; a byte-identical copy of another is no problem."""
    try:
        listing = list_sources(folder)
    except SourceError as error:
        report.add(folder, str(error).removeprefix(f"{shown(folder)}: "))
        return {}
    for path, problem in listing.bad:
        report.add(path, problem)
    return {found.id: found for found in listing.found}


def _digest_files(out: Path, report: _Report) -> dict[str, Path]:
    """Digest files by manifest key (`people/x.yaml`); anything else in `out` is reported."""
    files: dict[str, Path] = {}
    if not out.is_dir():
        return files
    for path in sorted(p for p in out.rglob("*") if not p.is_dir()):
        key = path.relative_to(out).as_posix()
        if key in (MANIFEST, outfolder.MARKER):
            continue
        if path.name.startswith(".") and path.name.endswith(".tmp"):
            report.add(path, f"temp file left by an interrupted digest run; delete it and {_RERUN}")
        elif path.name.startswith("."):
            continue
        elif (
            path.parent.parent == out
            and path.parent.name in FOLDERS
            and path.suffix == ".yaml"
            and path.is_file()
        ):
            files[key] = path
        else:
            report.add(path, "unexpected file in the digests folder")
    return files


def _manifest(out: Path, has_digests: bool, report: _Report) -> dict[str, str] | None:
    """The manifest's file checksums, or None when it is missing or unreadable (reported)."""
    path = out / MANIFEST
    if not path.is_file():
        if has_digests:
            report.add(path, f"missing; {_RERUN}")
        return None
    try:
        data = yamlio.loads(path.read_bytes().decode("utf-8"))
    except (yaml.YAMLError, UnicodeDecodeError) as error:
        report.add(path, f"not valid YAML ({_one_line(error)}); {_RERUN}")
        return None
    except OSError as error:
        report.add(path, f"cannot read ({error.strerror}); {_RERUN}")
        return None
    broken = problems("manifest", data)
    for line in broken:
        report.add(path, f"schema: {line}")
    if broken:
        return None
    files: dict[str, str] = data["files"]
    return files


def _one_line(error: Exception) -> str:
    return " ".join(str(error).split())


def _check_article(path: Path, data: Any, sources: dict[str, Found], report: _Report) -> None:
    source = sources.get(path.stem)
    if source is None:
        report.add(path, "article digest with no source file; delete it or restore the source")
        return
    if isinstance(data, dict) and data.get("checksum") != source.checksum:
        report.add(path, f"source {shown(source.path)} changed since it was digested; {_RERUN}")


def _check_file(
    key: str,
    path: Path,
    manifest: dict[str, str] | None,
    sources: dict[str, Found] | None,
    report: _Report,
    cache: PlainCache | None,
) -> None:
    """One digest file's problems; with no `sources` (a run that did not finish), only
    whether it is a digest at all. A file whose bytes are exactly what this very code
    last wrote (the digests cache says so) is neither parsed nor checked against its
    schema again: that took most of a minute at 10,000 articles, and the generator's
    output meets the schemas (tests/test_schema.py). Any other file is read in full."""
    try:
        data_bytes = path.read_bytes()
    except OSError as error:
        report.add(path, f"cannot read ({error.strerror})")
        return
    found = checksum(data_bytes)
    if manifest is not None:
        if key not in manifest:
            report.add(path, f"not in {MANIFEST}, so not written by the generator; {_RERUN}")
        elif manifest[key] != found:
            report.add(
                path,
                "edited by hand (differs from what the generator wrote); "
                f"edit content/sources or content/registry instead and {_RERUN}",
            )
    data = cache.exact(key, found) if cache is not None else None
    if data is None:
        try:
            data = yamlio.loads(data_bytes.decode("utf-8"))
        except (yaml.YAMLError, UnicodeDecodeError) as error:
            report.add(path, f"not valid YAML ({_one_line(error)})")
            return
        for line in problems(FOLDERS[path.parent.name], data):
            report.add(path, f"schema: {line}")
    digest_id = data.get("id") if isinstance(data, dict) else None
    if isinstance(digest_id, str) and digest_id != path.stem:
        report.add(path, f"id {digest_id!r} does not match the file name")
    if path.parent.name == "articles" and sources is not None:
        _check_article(path, data, sources, report)


def find_problems(sources_dir: Path, out: Path, root: Path | None = None) -> tuple[list[str], int]:
    """Every problem as a `file: what` line, and the number of digest files looked at.
    After a digest run that did not finish, that is one line, not one per file it had
    not yet written. `root`: the folder whose `.cache/briefing/` the digest run kept
    (only read), so that files exactly as it wrote them are not parsed again."""
    report = _Report()
    cache = PlainCache(root, out) if root is not None else None
    sources = _sources(sources_dir, report)
    files = _digest_files(out, report)
    interrupted = outfolder.interrupted(out)
    manifest = None if interrupted else _manifest(out, bool(files), report)
    if interrupted:
        report.add(
            out / outfolder.MARKER,
            f"the last digest run did not finish (it was stopped or killed); {_RERUN}",
        )
    for key, path in files.items():
        _check_file(key, path, manifest, None if interrupted else sources, report, cache)
    if interrupted:
        return report.sorted_lines(), len(files)
    for key in sorted(set(manifest or {}) - set(files)):
        report.add(out / MANIFEST, f"lists {key} but the file is missing; {_RERUN}")
    for article_id, source in sources.items():
        if f"articles/{article_id}.yaml" not in files:
            report.add(source.path, f"source with no digest; {_RERUN} and read what it reports")
    return report.sorted_lines(), len(files)


def run_check(sources: Path, out: Path, root: Path | None = None) -> int:
    """Print one line per problem and return 1, or an `ok` line and return 0."""
    lines, checked = find_problems(sources, out, root)
    for line in lines:
        print(line)
    if lines:
        return 1
    print(f"ok: {checked} digests checked")
    return 0
