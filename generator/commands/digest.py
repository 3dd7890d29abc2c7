"""`python -m generator digest`: sources in, every digest out, deterministically.

An unchanged source (same checksum, same analysis key: see `fingerprint`) keeps its
article digest and skips the language model; identities, people, countries and stories are always
recomputed from the article digests, so registry edits take effect on every run.
A bad source is reported with its file name and skipped; its previous digest, if any,
is kept, so bad input never loses data.
"""

from __future__ import annotations

import gc
import json
import os
import sys
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from generator.article.entities import EntityFinder
from generator.corpus import aggregate, stories
from generator.corpus.resolve import Identity, resolve_people
from generator.forked import Forked, default_jobs
from generator.model import ArticleDigest, StoryDigest, from_plain, to_plain
from generator.read.sources import Source, SourceError, discover, read_source
from generator.registry import Gazetteer, Registry, build_gazetteer, load_registry
from generator.store.cache import PlainCache, ResultCache
from generator.store.fingerprint import (
    analysis_key,
    cache_file,
    checksum,
    code_key,
    digests_intact,
    run_key,
)
from generator.store.manifest import MANIFEST, read_manifest
from generator.store.yamlio import atomic_write, dump

__all__ = ["ANALYSIS_VERSION", "run_digest"]

# Bump when a change to the per-article stages should re-analyse every source.
ANALYSIS_VERSION = 6
FORMAT_VERSION = 1
KINDS = ("articles", "people", "countries", "stories")


def _say(message: str) -> None:
    print(message, file=sys.stderr)


def _previous(cache: PlainCache) -> dict[str, ArticleDigest]:
    found: dict[str, ArticleDigest] = {}
    folder = cache.out / "articles"
    if folder.is_dir():
        for path in sorted(folder.glob("*.yaml")):
            try:
                found[path.stem] = from_plain(ArticleDigest, cache.read(f"articles/{path.name}"))
            except Exception as exc:
                _say(
                    f"{path}: previous digest unreadable ({type(exc).__name__}); it will be rewritten"
                )
    return found


def _previous_stories(cache: PlainCache) -> list[StoryDigest]:
    """The last run's stories: their ids and articles are kept (see corpus.story_ids)."""
    found = []
    for path in sorted((cache.out / "stories").glob("*.yaml")):
        try:
            story = from_plain(StoryDigest, cache.read(f"stories/{path.name}"))
        except Exception as exc:
            _say(f"{path}: previous story unreadable ({type(exc).__name__}); its id is not kept")
            continue
        story.id = path.stem  # the file name is the id its URL was published under
        found.append(story)
    return found


def _read_all(paths: Iterable[Path]) -> tuple[list[Source], list[Path]]:
    """The sources, and the files that could not be read. A file with the same bytes as
    another (an article saved twice) is skipped with a notice, not a failure; the
    shorter name is taken for the original ("x.txt" over "x (1).txt")."""
    read: list[Source] = []
    failed: list[Path] = []
    for path in paths:
        try:
            read.append(read_source(path))
        except SourceError as exc:
            _say(f"{path}: {exc}")
            failed.append(path)
    originals: dict[str, Source] = {}
    for source in sorted(read, key=lambda s: (len(s.path.name), s.path.name)):
        originals.setdefault(source.checksum, source)
    for source in read:
        original = originals[source.checksum]
        if original is not source:
            _say(f"{source.path}: same bytes as {original.path.name}; skipped as a duplicate")
    return [s for s in read if originals[s.checksum] is s], failed


def _unread_dates(sources: list[Source], articles: dict[str, ArticleDigest]) -> None:
    """Say which editor-given dates could not be read as a day: no year and no date of
    the article's own to read them against ("yesterday", "May 10"), or no date at all.
    A notice, not a failure: the digest is written with `published` empty."""
    for source in sources:
        given = source.meta.get("published")
        article = articles.get(source.id)
        if given and article is not None and article.published is None:
            _say(
                f"{source.path}: published {given!r} is not a day the article can be dated "
                "by (no year, and no date in the article to read it against); left empty"
            )


def _relpath(path: Path, root: Path) -> str:
    return Path(os.path.relpath(path.resolve(), root.resolve())).as_posix()


class _Clock:
    """Seconds spent in each stage, for `--timings` and the benchmarks."""

    def __init__(self) -> None:
        self.seconds: dict[str, float] = {}

    @contextmanager
    def stage(self, name: str) -> Iterator[None]:
        start = time.perf_counter()
        try:
            yield
        finally:
            self.seconds[name] = self.seconds.get(name, 0.0) + time.perf_counter() - start


def _remap(article: ArticleDigest, ids: dict[tuple[str, str], str]) -> None:
    for person in article.people:
        person.id = ids.get((article.id, person.id), person.id)
    for quote in article.quotes:
        if quote.speaker:
            quote.speaker = ids.get((article.id, quote.speaker))
    article.people.sort(key=lambda p: p.id)


def _write(cache: PlainCache, kind: str, items: list[Any]) -> dict[str, str]:
    hashes: dict[str, str] = {}
    for item in items:
        key = f"{kind}/{item.id}.yaml"
        plain = to_plain(item)
        found = cache.unchanged(key, plain)
        if found is None:  # dumping YAML is the slow part: only for what changed
            text = dump(plain)
            atomic_write(cache.out / key, text)
            found = checksum(text.encode("utf-8"))
        hashes[key] = found
        cache.keep(key, found, plain)
    return hashes


def run_digest(
    sources_dir: Path,
    registry_dir: Path,
    out: Path,
    root: Path,
    force: bool = False,
    jobs: int | None = None,
    timings: Path | None = None,
) -> int:
    """Exit code: 0, or 1 when some source or registry file was bad, 2 when there was
    no sources folder to read."""
    # A run holds millions of small objects until it ends, none of them in reference
    # cycles worth collecting: Python's cycle collector would rescan them all on each
    # full pass (2 of 9 s when adding one article to 2,127; without it, peak memory on
    # 500 articles was no higher). The parsing workers inherit the pause.
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _run(sources_dir, registry_dir, out, root, force, jobs or default_jobs(), timings)
    finally:
        if collecting:
            gc.enable()


@dataclass
class _Inputs:
    """What a run reads before deciding whether there is anything to do."""

    registry: Registry
    sources: list[Source]
    bad: list[Path]  # sources that could not be read
    duplicates: int
    relpaths: dict[str, str]  # source id -> the path its digest names
    manifest: dict[str, Any]  # the last run's, leniently read
    key: str  # the run key: everything this run reads
    state: Path  # where the last run's key is kept


def _read_inputs(sources_dir: Path, registry_dir: Path, out: Path, root: Path) -> _Inputs | None:
    """The registry and sources, each problem said; None when there is no sources folder."""
    registry = load_registry(registry_dir)
    for error in registry.errors:
        _say(error)
    try:
        paths = discover(sources_dir)
    except SourceError as exc:
        _say(str(exc))
        return None
    sources, bad = _read_all(paths)
    relpaths = {s.id: _relpath(s.path, root) for s in sources}
    key = run_key(
        [(s.id, s.checksum, relpaths[s.id]) for s in sources],
        [_relpath(p, root) for p in bad],
        registry_dir,
    )
    return _Inputs(
        registry=registry,
        sources=sources,
        bad=bad,
        duplicates=len(paths) - len(sources) - len(bad),
        relpaths=relpaths,
        manifest=read_manifest(out),
        key=key,
        state=cache_file(root, out, "last-run"),
    )


def _up_to_date(inputs: _Inputs, out: Path) -> bool:
    """The last run read exactly these inputs and its digests are as it wrote them."""
    return (
        inputs.state.is_file()
        and inputs.state.read_text(encoding="utf-8") == inputs.key
        and digests_intact(out, inputs.manifest.get("files") or {})
    )


def _reuse(
    inputs: _Inputs, previous: dict[str, ArticleDigest], reusable: bool
) -> tuple[dict[str, ArticleDigest], list[tuple[Source, str]]]:
    """The article digests kept from the last run, and the sources to analyse (with the
    path their digest names). A source that failed to read keeps its old digest: bad
    input never loses data."""
    articles: dict[str, ArticleDigest] = {}
    to_parse: list[tuple[Source, str]] = []
    for source in inputs.sources:
        old = previous.get(source.id)
        if (
            old is not None
            and reusable
            and old.checksum == source.checksum
            and old.source == inputs.relpaths[source.id]
        ):
            articles[source.id] = old
        else:
            to_parse.append((source, inputs.relpaths[source.id]))
    for path in inputs.bad:
        if path.stem in previous and path.stem not in articles:
            articles[path.stem] = previous[path.stem]
    return articles, to_parse


def _analyse(
    to_parse: list[tuple[Source, str]],
    finder: EntityFinder,
    jobs: int,
    clock: _Clock,
    articles: dict[str, ArticleDigest],
    previous: dict[str, ArticleDigest],
) -> bool:
    """Parse and analyse the sources into `articles`; True when some analysis failed
    (that source keeps its previous digest)."""
    with clock.stage("model"):  # importing spaCy and loading the model
        from generator.article.nlp import load as load_model  # spaCy: imported only to parse
        from generator.article.parse import analyse_all

        load_model()
    failed = False
    with clock.stage("analyse"):
        for source, result in analyse_all(to_parse, finder, jobs):
            if isinstance(result, str):
                _say(f"{source.path}: analysis failed ({result})")
                failed = True
                if source.id in previous:
                    articles[source.id] = previous[source.id]
            else:
                articles[source.id] = result
    return failed


def _identify(
    ordered: list[ArticleDigest], gazetteer: Gazetteer, registry: Registry
) -> list[Identity]:
    """One id per person across the corpus, written into the article digests."""
    identities = resolve_people(ordered, gazetteer, registry)
    ids = {(n.article, n.local_id): identity.id for identity in identities for n in identity.nodes}
    for article in ordered:
        _remap(article, ids)
    return identities


def _remove_unlisted(out: Path, hashes: dict[str, str]) -> None:
    """Digests of sources that are gone: what this run did not write."""
    for kind in KINDS:
        for path in sorted((out / kind).glob("*.yaml")) if (out / kind).is_dir() else []:
            if f"{kind}/{path.name}" not in hashes:
                path.unlink()


def _run(
    sources_dir: Path,
    registry_dir: Path,
    out: Path,
    root: Path,
    force: bool,
    jobs: int,
    timings: Path | None,
) -> int:
    clock = _Clock()
    with clock.stage("read"):
        inputs = _read_inputs(sources_dir, registry_dir, out, root)
        if inputs is None:
            return 2
        failed = bool(inputs.registry.errors or inputs.bad)
        up_to_date = not force and _up_to_date(inputs, out)
    if up_to_date:
        _say(
            f"{len(inputs.sources)} sources, nothing changed since the last run: digests up to date"
        )
        _save_timings(timings, clock)
        return 1 if failed else 0
    with clock.stage("read"):
        cache = PlainCache(root, out)
        previous = _previous(cache)
        told = _previous_stories(cache)
    for leftover in sorted(out.glob("**/.*.tmp")) if out.is_dir() else []:
        leftover.unlink()  # what a killed run left behind: never a digest

    registry = inputs.registry
    analysis_inputs = analysis_key(ANALYSIS_VERSION, registry_dir, registry)
    reusable = not force and inputs.manifest.get("registry") == analysis_inputs
    articles, to_parse = _reuse(inputs, previous, reusable)
    gazetteer = build_gazetteer(registry)
    if to_parse:
        finder = EntityFinder(gazetteer, registry)
        failed = _analyse(to_parse, finder, jobs, clock, articles, previous) or failed

    _unread_dates(inputs.sources, articles)
    ordered = [articles[k] for k in sorted(articles)]
    with clock.stage("resolve"):
        identities = _identify(ordered, gazetteer, registry)
    salt = code_key() + analysis_inputs
    with clock.stage("aggregate"):
        weights = ResultCache(cache_file(root, out, "centrality").with_suffix(".json"), salt)
        centrality = aggregate.centralities(ordered, weights)
        persons = aggregate.people(articles, identities, centrality)
        nations = aggregate.countries(articles, persons, gazetteer, centrality)
    known = ResultCache(cache_file(root, out, "stories").with_suffix(".json"), salt)

    def build_stories() -> tuple[list[StoryDigest], dict[str, Any]]:
        built = stories.build(ordered, persons, nations, known, jobs, told)
        return built, known.used

    building = Forked(build_stories)  # stories need nothing that writing changes
    with clock.stage("write"):
        hashes: dict[str, str] = {}
        hashes |= _write(cache, "articles", ordered)
    with clock.stage("stories"):  # only the wait beyond writing: the two overlap
        story_digests, known.used = building.result()
    with clock.stage("write"):
        aggregate.involved(persons, nations, story_digests)  # their disagreements
        for kind, items in (("people", persons), ("countries", nations)):
            hashes |= _write(cache, kind, items)
        hashes |= _write(cache, "stories", story_digests)
        _remove_unlisted(out, hashes)
        manifest = {
            "format": FORMAT_VERSION,
            "analysis": ANALYSIS_VERSION,
            "registry": analysis_inputs,
            "files": dict(sorted(hashes.items())),
        }
        atomic_write(out / MANIFEST, dump(manifest))
        cache.save()
        known.save()
        weights.save()
        atomic_write(inputs.state, inputs.key)
    _say(
        f"{len(ordered)} sources ({len(to_parse)} analysed, {len(ordered) - len(to_parse)} unchanged), "
        f"{len(persons)} people, {len(nations)} countries, {len(story_digests)} stories"
        + (f"; {inputs.duplicates} duplicates skipped" if inputs.duplicates else "")
        + (f"; {len(inputs.bad)} sources failed" if inputs.bad else "")
    )
    _save_timings(timings, clock)
    return 1 if failed else 0


def _save_timings(path: Path | None, clock: _Clock) -> None:
    if path is not None:
        seconds = {k: round(v, 3) for k, v in clock.seconds.items()}
        path.write_text(json.dumps(seconds, indent=1) + "\n", encoding="utf-8")
