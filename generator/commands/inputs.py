"""What a digest run reads before it decides there is work to do: the registry, the
sources (each problem said on one line naming the file), the last run's manifest, its
article digests as it wrote them, and whether it already read exactly these inputs."""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from generator.model import (
    ArticleDigest,
    DigestError,
    PublishedStory,
    from_exact,
    from_plain,
    to_plain,
)
from generator.read.folder import list_sources, shown
from generator.read.known import Known, record
from generator.read.sources import Source, SourceError, parse_source
from generator.registry import Registry, load_registry
from generator.store import outfolder
from generator.store.cache import PlainCache, load_sealed
from generator.store.fingerprint import (
    cache_file,
    checksum,
    digests_intact,
    meta_key,
    run_key,
    saved_at,
)
from generator.store.manifest import read_manifest
from generator.store.outfolder import listed_files

__all__ = [
    "Inputs",
    "Stop",
    "article_plain",
    "last_run",
    "previous_digests",
    "previous_stories",
    "read_inputs",
    "say",
    "state_key",
]


def say(message: str) -> None:
    print(message, file=sys.stderr)


def previous_digests(cache: PlainCache, listed: dict[str, str]) -> dict[str, ArticleDigest]:
    """The article digests the last run wrote, as it wrote them: one edited since (the
    manifest says what its bytes were) is analysed again, never reused and spread."""
    found: dict[str, ArticleDigest] = {}
    for key, written in sorted(listed.items()):
        if not key.startswith("articles/"):
            continue
        stem = key[len("articles/") : -len(".yaml")]
        plain = cache.as_written(key, written)
        exact = plain is not None and cache.same_code  # as this very code wrote it
        path = cache.out / key if plain is None else None  # a Path only to read or say
        if path is not None:
            try:
                data = path.read_bytes()
            except OSError:
                continue  # gone: its source is analysed again
            if checksum(data) != written:
                say(
                    f"{shown(path)}: changed since the last run wrote it; "
                    "its source is analysed again"
                )
                continue
            plain = cache.parse(key, data, written)
        try:
            if exact:
                found[stem] = from_exact(ArticleDigest, plain)
                cache.lend(key, found[stem], plain)
            else:
                found[stem] = from_plain(ArticleDigest, plain)
        except Exception as exc:
            say(
                f"{shown(cache.out / key)}: previous digest unreadable ({type(exc).__name__}); "
                "it will be rewritten"
            )
    return found


# What the corpus stages change in an article digest they keep: its people (candidates
# withdrawn and promoted, ignored spellings dropped, ids given: `corpus.resolve`,
# `resolve_people`), its candidates (ignored spellings), the people it took out
# (`withdrawn`: `corpus.resolve.nonpeople`) and its quotes' speakers.
RESOLVED = ("people", "candidates", "withdrawn", "quotes")


def article_plain(cache: PlainCache, article: ArticleDigest) -> Any:
    """`to_plain(article)`; for an article built from the cache (`previous_digests`),
    only the fields in RESOLVED are converted again, the rest are the cache's: converting
    10,000 articles whole was half of writing them."""
    plain = cache.as_lent(f"articles/{article.id}.yaml", article)
    if plain is None:
        return to_plain(article)
    fresh = dict(plain)
    for name in RESOLVED:
        fresh[name] = to_plain(getattr(article, name))
    return fresh


def previous_stories(cache: PlainCache, listed: dict[str, str]) -> list[PublishedStory]:
    """The last run's stories as it wrote them: their ids, former ids and articles are
    kept (see corpus.story_ids), and only these are read, whatever shape the rest of the
    file has. One edited since, unreadable or listing no article is not kept, and said."""
    found = []
    for key, written in sorted(listed.items()):
        if not key.startswith("stories/"):
            continue
        path, stem = cache.out / key, key[len("stories/") : -len(".yaml")]
        try:
            plain = cache.as_written(key, written)
            exact = plain is not None and cache.same_code
            if plain is None:
                data = path.read_bytes()
                if checksum(data) != written:
                    say(f"{shown(path)}: changed since the last run wrote it; its id is not kept")
                    continue
                plain = cache.parse(key, data, written)
            if isinstance(plain, dict):  # the id is the file's name (its URL), not a field
                plain = {**plain, "id": stem}
            story = (from_exact if exact else from_plain)(PublishedStory, plain)
        except Exception as exc:
            why = str(exc) if isinstance(exc, DigestError) else type(exc).__name__
            say(f"{shown(path)}: previous story unreadable ({why}); its id is not kept")
            continue
        if not story.articles:
            say(f"{shown(path)}: previous story lists no articles; its id is not kept")
            continue
        found.append(story)
    return found


def _read_all(
    sources_dir: Path, known: Known | None
) -> tuple[list[Source], list[tuple[Path, str | None]], int, dict[str, Any]]:
    """The sources (those `known` unread); the files that could not be read (with the
    article id each would have had); how many were byte-identical copies of another,
    skipped with a notice; what the next run keeps of each source (`read.known`)."""
    listing = list_sources(sources_dir, known.found if known is not None else None)
    read: list[Source] = []
    records: dict[str, Any] = {}
    failed = [(path, listing.unread.get(path)) for path, _ in listing.bad]
    problems = [(path, problem) for path, problem in listing.bad]
    for found in listing.found:
        try:
            if found.data is not None:
                source = parse_source(found.path, found.id, found.data)
            else:  # only `known` leaves a file unread
                assert known is not None
                source = known.source(found)
        except SourceError as exc:
            problems.append((found.path, str(exc)))
            failed.append((found.path, found.id))
            continue
        read.append(source)
        problems += [(found.path, notice) for notice in source.notices]
        kept = record(found, source)
        if kept is not None:
            records[str(found.path)] = kept
    problems += [
        (copy, f"same bytes as {shown(original.name)}; skipped as a duplicate")
        for copy, original in listing.copies
    ]
    for path, problem in sorted(problems, key=lambda p: p[0]):
        say(f"{shown(path)}: {problem}")
    return read, failed, len(listing.copies), records


def _relpaths(paths: list[Path], root: Path) -> list[str]:
    """The path each digest names: the file in the sources folder, not where a link
    leads. Each folder is resolved and made relative once: resolving 10,000 sources one
    by one took most of a re-run with nothing to do."""
    base = root.resolve()
    folders: dict[Path, str] = {}
    found = []
    for path in paths:
        folder = folders.get(path.parent)
        if folder is None:
            where = Path(os.path.relpath(path.parent.resolve(), base)).as_posix()
            folder = folders[path.parent] = "" if where == "." else f"{where}/"
        found.append(folder + path.name)
    return found


@dataclass
class Inputs:
    """What a run reads before deciding whether there is anything to do."""

    registry: Registry
    sources: list[Source]
    bad: list[tuple[Path, str | None]]  # sources that could not be read, with their ids
    duplicates: int
    relpaths: dict[str, str]  # source id -> the path its digest names
    manifest: dict[str, Any]  # the last run's, leniently read
    manifest_checksum: str | None  # of its bytes; None when there is none
    key: str  # the run key: everything this run reads
    state: Path  # where the last run's key is kept
    last: dict[str, Any]  # what it kept there (see `rebuild._keep_caches`), or nothing
    records: dict[str, Any]  # what the next run keeps of each source (`read.known`)


class Stop(Exception):
    """The run cannot start or go on: the message says why; exit status 2."""


def read_inputs(
    sources_dir: Path, registry_dir: Path, out: Path, root: Path, trust: bool = True
) -> Inputs:
    """The registry and sources, each problem said. `trust`: a source whose stat is as
    the last run recorded is not read again (`read.known`)."""
    if registry_dir.exists() and not registry_dir.is_dir():
        raise Stop(f"{shown(registry_dir)}: registry folder not found")
    problem = outfolder.not_a_digests_folder(out)
    if problem:
        raise Stop(f"{shown(out)}: {problem}")
    registry = load_registry(registry_dir)
    for error in registry.errors:
        say(error)
    state = cache_file(root, out, "last-run")
    last = load_sealed(state)
    last = last if isinstance(last, dict) else {}
    known = Known(last.get("sources"), saved_at(state)) if trust else None
    try:
        sources, bad, duplicates, records = _read_all(sources_dir, known)
    except SourceError as exc:
        raise Stop(str(exc)) from None
    paths = _relpaths([s.path for s in sources], root)
    relpaths = {s.id: path for s, path in zip(sources, paths, strict=True)}
    key = run_key(
        [(s.id, s.checksum, relpaths[s.id], meta_key(s.meta)) for s in sources],
        _relpaths([p for p, _ in bad], root),
        registry_dir,
    )
    manifest, manifest_checksum = read_manifest(out, last.get("manifest"))
    return Inputs(
        registry=registry,
        sources=sources,
        bad=bad,
        duplicates=duplicates,
        relpaths=relpaths,
        manifest=manifest,
        manifest_checksum=manifest_checksum,
        key=key,
        state=state,
        last=last,
        records=records,
    )


def last_run(inputs: Inputs, out: Path) -> list[str] | None:
    """The problems the last run found late (in the corpus) when it read exactly these
    inputs and its digests are as it wrote them; None when there is work to do."""
    if outfolder.interrupted(out) or inputs.manifest_checksum is None:
        return None
    state = inputs.last
    if state.get("key") != state_key(inputs.key, inputs.manifest_checksum):
        return None
    late = state.get("problems")
    if not isinstance(late, list) or not all(isinstance(x, str) for x in late):
        return None
    stats = state.get("stats")
    intact = digests_intact(
        out,
        listed_files(inputs.manifest),
        stats if isinstance(stats, dict) else None,
        saved_at(inputs.state),
    )
    return late if intact else None


def state_key(key: str, manifest_checksum: str) -> str:
    """The run key and the manifest written: a deleted or edited manifest is work to do."""
    return f"{key} {manifest_checksum}"
