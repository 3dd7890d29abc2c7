"""`python -m generator digest`: sources in, every digest out, deterministically.

An unchanged source (same checksum, same analysis version) keeps its article digest
and skips the language model; identities, people, countries and stories are always
recomputed from the article digests, so registry edits take effect on every run.
A bad source is reported with its file name and skipped; its previous digest, if any,
is kept, so bad input never loses data.
"""

from __future__ import annotations

import hashlib
import os
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from generator import aggregate, stories
from generator.analyze import Prepared, analyze, prepare
from generator.countries import build_gazetteer
from generator.entities import EntityFinder
from generator.model import ArticleDigest, article_from_plain, to_plain
from generator.registry import load_registry
from generator.resolve import resolve_people
from generator.sources import Source, SourceError, discover, read_source
from generator.yamlio import atomic_write, dump, load

__all__ = ["ANALYSIS_VERSION", "run_digest"]

# Bump when a change to the per-article stages should re-analyse every source.
ANALYSIS_VERSION = 3
FORMAT_VERSION = 1
KINDS = ("articles", "people", "countries", "stories")
MANIFEST = "manifest.yaml"
# Articles parsed per batch; spaCy's own default, measured as fastest here (benchmarks/).
BATCH_SIZE = 32


def _say(message: str) -> None:
    print(message, file=sys.stderr)


def _previous(out: Path) -> tuple[dict[str, ArticleDigest], int | None]:
    found: dict[str, ArticleDigest] = {}
    manifest_path = out / MANIFEST
    version = None
    try:
        manifest = load(manifest_path) if manifest_path.exists() else None
        version = manifest.get("analysis") if isinstance(manifest, dict) else None
    except Exception:  # an unreadable manifest only means nothing is reused
        version = None
    folder = out / "articles"
    if folder.is_dir():
        for path in sorted(folder.glob("*.yaml")):
            try:
                found[path.stem] = article_from_plain(load(path))
            except Exception as exc:
                _say(
                    f"{path}: previous digest unreadable ({type(exc).__name__}); it will be rewritten"
                )
    return found, version


def _read_all(paths: Iterable[Path]) -> tuple[list[Source], list[Path]]:
    sources: list[Source] = []
    failed: list[Path] = []
    seen: dict[str, Path] = {}
    for path in paths:
        try:
            source = read_source(path)
        except SourceError as exc:
            _say(f"{path}: {exc}")
            failed.append(path)
            continue
        if source.checksum in seen:
            _say(f"{path}: same bytes as {seen[source.checksum].name}; skipped as a duplicate")
            failed.append(path)
            continue
        seen[source.checksum] = path
        sources.append(source)
    return sources, failed


def _relpath(path: Path, root: Path) -> str:
    return Path(os.path.relpath(path.resolve(), root.resolve())).as_posix()


def _parse(
    prepared: list[Prepared], finder: EntityFinder
) -> Iterable[tuple[Prepared, ArticleDigest | Exception]]:
    from generator.nlp import load as load_model

    nlp = load_model()
    docs = nlp.pipe((p.text for p in prepared), batch_size=BATCH_SIZE)
    for item, doc in zip(prepared, docs, strict=True):
        try:
            yield item, analyze(item, doc, finder)
        except Exception as exc:  # one article's failure must not stop the corpus
            yield item, exc


def _remap(article: ArticleDigest, ids: dict[tuple[str, str], str]) -> None:
    for person in article.people:
        person.id = ids.get((article.id, person.id), person.id)
    for quote in article.quotes:
        if quote.speaker:
            quote.speaker = ids.get((article.id, quote.speaker))
    article.people.sort(key=lambda p: p.id)


def _write(out: Path, kind: str, items: list[Any]) -> dict[str, str]:
    hashes: dict[str, str] = {}
    folder = out / kind
    for item in items:
        text = dump(to_plain(item))
        atomic_write(folder / f"{item.id}.yaml", text)
        hashes[f"{kind}/{item.id}.yaml"] = (
            "sha256:" + hashlib.sha256(text.encode("utf-8")).hexdigest()
        )
    return hashes


def run_digest(
    sources_dir: Path, registry_dir: Path, out: Path, root: Path, force: bool = False
) -> int:
    registry = load_registry(registry_dir)
    failed = bool(registry.errors)
    for error in registry.errors:
        _say(error)
    try:
        paths = discover(sources_dir)
    except SourceError as exc:
        _say(str(exc))
        return 2
    sources, bad = _read_all(paths)
    failed = failed or bool(bad)
    previous, version = _previous(out)
    for leftover in sorted(out.glob("**/.*.tmp")) if out.is_dir() else []:
        leftover.unlink()  # what a killed run left behind: never a digest

    articles: dict[str, ArticleDigest] = {}
    to_parse: list[Prepared] = []
    for source in sources:
        old = previous.get(source.id)
        if (
            old is not None
            and not force
            and version == ANALYSIS_VERSION
            and old.checksum == source.checksum
        ):
            articles[source.id] = old
        else:
            to_parse.append(prepare(source, _relpath(source.path, root), registry))
    for path in bad:  # keep what a source that broke had before: never lose data
        if path.stem in previous and path.stem not in articles:
            articles[path.stem] = previous[path.stem]

    gazetteer = build_gazetteer(registry_dir)
    if to_parse:
        finder = EntityFinder(gazetteer, registry)
        for item, result in _parse(to_parse, finder):
            if isinstance(result, Exception):
                _say(f"{item.source.path}: analysis failed ({type(result).__name__}: {result})")
                failed = True
                if item.source.id in previous:
                    articles[item.source.id] = previous[item.source.id]
            else:
                articles[item.source.id] = result

    ordered = [articles[k] for k in sorted(articles)]
    identities = resolve_people(ordered, gazetteer, registry)
    ids = {(n.article, n.local_id): identity.id for identity in identities for n in identity.nodes}
    for article in ordered:
        _remap(article, ids)
    persons = aggregate.people(articles, identities)
    nations = aggregate.countries(articles, persons, gazetteer)
    story_digests = stories.build(ordered, persons, nations)

    hashes: dict[str, str] = {}
    outputs: list[list[Any]] = [ordered, persons, nations, story_digests]
    for kind, items in zip(KINDS, outputs, strict=True):
        hashes |= _write(out, kind, items)
    for kind in KINDS:
        for path in sorted((out / kind).glob("*.yaml")) if (out / kind).is_dir() else []:
            if f"{kind}/{path.name}" not in hashes:
                path.unlink()
    manifest = {
        "format": FORMAT_VERSION,
        "analysis": ANALYSIS_VERSION,
        "files": dict(sorted(hashes.items())),
    }
    atomic_write(out / MANIFEST, dump(manifest))
    _say(
        f"{len(ordered)} sources ({len(to_parse)} analysed, {len(ordered) - len(to_parse)} unchanged), "
        f"{len(persons)} people, {len(nations)} countries, {len(story_digests)} stories"
        + (f"; {len(bad)} sources failed" if bad else "")
    )
    return 1 if failed else 0
