"""A digest run with work to do: reuse what the last run left, analyse what changed,
then resolve, aggregate, group and write everything (`digest` decides whether there is
work; apart, so that a run with nothing to do does not import the corpus stages: that
was a sixth of a re-run at 10,000 articles).
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from generator import settings
from generator.article.entities import EntityFinder
from generator.commands.digest import ANALYSIS_VERSION, FORMAT_VERSION, Clock
from generator.commands.inputs import (
    Inputs,
    article_plain,
    previous_digests,
    previous_stories,
    say,
    state_key,
)
from generator.corpus import aggregate, stories
from generator.corpus.disagree.cues import Answers, Cues
from generator.corpus.disagree.parsed import parser_key
from generator.corpus.resolve import SentenceSums, resolve_people
from generator.corpus.story_terms import TermCounts
from generator.forked import Forked
from generator.model import ArticleDigest, PublishedStory, to_plain
from generator.read.folder import shown
from generator.read.sources import Source, SourceError, read_again
from generator.registry import Gazetteer, Registry, build_gazetteer
from generator.registry.contradictions import renames_that_do_nothing, unknown_countries
from generator.store import outfolder
from generator.store.cache import SUFFIX, PlainCache, ResultCache, save_sealed
from generator.store.fingerprint import analysis_key, cache_file, checksum, code_key, meta_key
from generator.store.manifest import MANIFEST
from generator.store.outfolder import listed_files
from generator.store.shards import ShardedCache
from generator.store.yamlio import atomic_write, dump

if TYPE_CHECKING:  # spaCy: imported only to parse
    from generator.article.parse import Analysed

__all__ = ["rebuild"]

# each source's digest with its sentence parses, or why its analysis failed, by id
Results = dict[str, "Analysed | str"]


def _write(
    cache: PlainCache,
    kind: str,
    items: list[Any],
    listed: dict[str, str],
    plain_of: Callable[[Any], Any] = to_plain,
) -> dict[str, str]:
    """Write the digests of `items`, each only when it differs from what its file
    holds; their checksums by key. `listed`: the last run's manifest files."""
    hashes: dict[str, str] = {}
    for item in items:
        key = f"{kind}/{item.id}.yaml"
        plain = plain_of(item)
        found = cache.keep_unchanged(key, plain, listed.get(key))
        if found is None:  # dumping YAML is the slow part: only for what changed
            text = dump(plain)
            atomic_write(cache.out / key, text)
            found = checksum(text.encode("utf-8"))
            cache.keep(key, found, plain)
        hashes[key] = found
    return hashes


def _write_articles(
    cache: PlainCache, articles: list[ArticleDigest], changed: set[str], listed: dict[str, str]
) -> dict[str, str]:
    """`_write` of the article digests, but for those built from the last run's files
    that resolving left as they were (not in `changed`): their files are kept as they
    are, not turned back to plain data and compared (a second of adding one article
    to 10,000). Resolving is the only stage that changes an article once it is read or
    analysed: a stage that did too would have to say which, as `resolve_people` does, and
    come before it, whose fingerprints are kept by the files written here (`settle`)."""
    hashes: dict[str, str] = {}
    rest = []
    for article in articles:
        key = f"articles/{article.id}.yaml"
        kept = cache.keep_lent(key, article) if article.id not in changed else None
        if kept is None:
            rest.append(article)
        else:
            hashes[key] = kept
    return hashes | _write(cache, "articles", rest, listed, partial(article_plain, cache))


def _reuse(
    inputs: Inputs, previous: dict[str, ArticleDigest], reusable: bool, parses: ShardedCache
) -> tuple[dict[str, ArticleDigest], list[tuple[Source, str]], int]:
    """The article digests kept from the last run, the sources to analyse (with the
    path their digest names), and how many of those failed to be read whole (see
    `read.known`). A source that failed to read keeps its old digest: bad input never
    loses data. A digest is kept with the sentence parses its analysis kept (see
    `disagree.parsed`), or analysed again: they are not in the digest. A sidecar added,
    edited or removed since the last run has its source analysed again (`meta_key`)."""
    articles: dict[str, ArticleDigest] = {}
    to_parse: list[tuple[Source, str]] = []
    failed = 0
    given = inputs.last.get("meta")
    metas: dict[str, str] = given if isinstance(given, dict) else {}
    for source in inputs.sources:
        old = previous.get(source.id)
        if (
            old is not None
            and reusable
            and old.checksum == source.checksum
            and metas.get(source.id, "") == meta_key(source.meta)
            and old.source == inputs.relpaths[source.id]
            and parses.known(old.checksum)
        ):
            articles[source.id] = old
            _keep_parses(parses, old)
            continue
        try:
            whole = source if source.read else read_again(source)
        except SourceError as exc:  # changed or gone since it was listed
            say(f"{shown(source.path)}: {exc}")
            failed += 1
            if old is not None:
                articles[source.id] = old
                _keep_parses(parses, old)
            continue
        to_parse.append((whole, inputs.relpaths[source.id]))
    for _, source_id in inputs.bad:
        if source_id in previous and source_id not in articles:
            articles[source_id] = previous[source_id]
            _keep_parses(parses, previous[source_id])
    return articles, to_parse, failed


def _keep_parses(parses: ShardedCache, article: ArticleDigest) -> None:
    """An old digest kept (reused, or for a source that failed) keeps the parses it had,
    if any, for the next run."""
    parses.keep(article.checksum)


def _analysed(to_parse: list[tuple[Source, str]], finder: EntityFinder, jobs: int) -> Results:
    """Each source's digest with its sentence parses, or why its analysis failed, by id.
    spaCy is imported and its model loaded (by `analyse_all`) in whichever process
    analyses."""
    from generator.article.parse import analyse_all  # spaCy: imported only to parse

    return {source.id: result for source, result in analyse_all(to_parse, finder, jobs)}


def _new_sources(inputs: Inputs, listed: dict[str, str]) -> list[tuple[Source, str]]:
    """The sources, read whole, that no digest of the last run is of, when it wrote some
    and they are few: these are analysed in a child while this process reads the last
    run's digests (at 10,000 articles, about 2 s each, one after the other before). No
    source in a first run (nothing to read meanwhile), nor when there are enough for two
    worker processes: those are parsed in workers after the reading, as before, their
    results streamed batch by batch, not sent back by the child in one message."""
    if not any(key.startswith("articles/") for key in listed):
        return []
    new = [
        (source, inputs.relpaths[source.id])
        for source in inputs.sources
        if source.read and f"articles/{source.id}.yaml" not in listed
    ]
    return new if len(new) < 2 * settings.MIN_SOURCES_PER_PROCESS else []


def _analyse(
    to_parse: list[tuple[Source, str]],
    finder: EntityFinder,
    jobs: int,
    clock: Clock,
    articles: dict[str, ArticleDigest],
    previous: dict[str, ArticleDigest],
    parses: ShardedCache,
    early: tuple[set[str], Forked[Results]] | None,
) -> int:
    """Parse and analyse the sources into `articles`, their sentence parses into
    `parses`; how many failed (each keeps its previous digest). `early`: the sources
    being analysed in a child (`_new_sources`), and the child."""
    started, child = early if early is not None else (set(), None)
    rest = [(source, relpath) for source, relpath in to_parse if source.id not in started]
    results: Results = {}
    if child is not None:
        try:
            with clock.stage("analyse"):  # only the wait beyond reading the last run's digests
                results |= child.result()
        except RuntimeError as exc:  # killed (out of memory) or broken: analysed here
            say(
                f"analysis beside the reading stopped ({str(exc).splitlines()[0]}): "
                f"analysing its {len(started)} new sources again"
            )
            rest = to_parse
    if rest:
        with clock.stage("model"):  # importing spaCy and loading the model
            from generator.article.nlp import load as load_model

            load_model()
        with clock.stage("analyse"):
            results |= _analysed(rest, finder, jobs)
    failed = 0
    for source, _ in to_parse:
        result = results[source.id]
        if isinstance(result, str):
            say(f"{shown(source.path)}: analysis failed ({result})")
            failed += 1
            if source.id in previous:
                articles[source.id] = previous[source.id]
                _keep_parses(parses, previous[source.id])
        else:
            articles[source.id], kept = result
            parses.put(source.checksum, kept)
            _say_language(source, articles[source.id])
    return failed


def _say_language(source: Source, article: ArticleDigest) -> None:
    """A text not in English is digested without what the English model reads of it."""
    if article.language != "English":
        say(
            f"{shown(source.path)}: written in {article.language}, not English: its text is "
            "digested, but no people, quotes, countries, organisations or dates are read from it"
        )


def rebuild(
    inputs: Inputs,
    registry_dir: Path,
    out: Path,
    root: Path,
    force: bool,
    jobs: int,
    clock: Clock,
    keep: list[object] | None,
) -> int:
    """Every digest from `inputs`, for a run with work to do (see `digest._run`); the
    exit code but for writing the timings."""
    registry = inputs.registry
    analysis_inputs = analysis_key(ANALYSIS_VERSION, registry_dir, registry)
    reusable = not force and inputs.manifest.get("registry") == analysis_inputs
    gazetteer = build_gazetteer(registry)
    late = _countries_unknown(registry, gazetteer, registry_dir)
    listed = listed_files(inputs.manifest)
    new = _new_sources(inputs, listed)
    finder = EntityFinder(gazetteer, registry) if new else None
    early = None
    try:  # whatever stops the reading stops the analysis too
        if finder is not None:  # the new sources analysed beside the reading
            early = ({s.id for s, _ in new}, Forked(partial(_analysed, new, finder, jobs)))
        with clock.stage("read"):
            cache = PlainCache(root, out)
            previous = previous_digests(cache, listed)
            # the last run's stories: their ids (URLs) last through every run, their
            # groups only through runs of the same analysis (see `grouping` below)
            told = previous_stories(cache, listed)
        parses = ShardedCache(cache_file(root, out, "parses").with_suffix(SUFFIX), parser_key())
        articles, to_parse, unread = _reuse(inputs, previous, reusable, parses)
        failed = 0
        if to_parse:
            finder = finder or EntityFinder(gazetteer, registry)
            failed = _analyse(to_parse, finder, jobs, clock, articles, previous, parses, early)
    finally:
        if early is not None:
            early[1].stop()

    _unread_dates(inputs.sources, articles)
    ordered = [articles[k] for k in sorted(articles)]
    salt = code_key() + analysis_inputs
    weights = ResultCache(cache_file(root, out, "centrality").with_suffix(SUFFIX), salt)
    known = ResultCache(cache_file(root, out, "stories").with_suffix(SUFFIX), salt)
    # sentence weights read only the sentences, which resolving leaves as they are: a
    # child weighs them on the other core meanwhile, and when every story is computed
    # again in a corpus large enough, works out the cues of their texts for the story
    # workers (`disagree.cues`, `settings.CUES_BESIDE_RESOLVING`)
    cues = Cues()
    cued = not known.results and len(ordered) >= settings.CUES_BESIDE_RESOLVING
    weighing = Forked(partial(_weigh, ordered, weights, cued))
    try:  # whatever stops the resolving stops the weighing too
        with clock.stage("resolve"):
            # people are resolved from the whole registry, not only what analysis reads
            registry_files = b"".join(_file(p) for p in sorted(registry_dir.glob("*")))
            people_salt = salt + checksum(registry_files)
            resolved = ResultCache(cache_file(root, out, "people").with_suffix(SUFFIX), people_salt)
            # an article kept as the last run wrote it: by its file's checksum
            as_written = {
                a.id: listed[f"articles/{a.id}.yaml"] for a in ordered if previous.get(a.id) is a
            }
            sums = SentenceSums(resolved, as_written)
            changed: set[str] = set()  # the articles resolving changed: see `_write_articles`
            identities = resolve_people(ordered, gazetteer, registry, resolved, sums, changed)
        with clock.stage("aggregate"):  # only the wait beyond resolving
            centrality, changes, answers = weighing.result()
            weights.take(changes)
            if answers is not None:
                cues.take(ordered, answers)
    finally:
        weighing.stop()
    shown_names = {identity.id: identity.name for identity in identities}
    late += renames_that_do_nothing(
        registry.overrides.rename, shown_names, registry_dir / "overrides.yaml"
    )
    for line in late:
        say(line)
    # stories are grouped from the resolved articles alone (on one core, half of the
    # stories' time in a first run at 10,000 articles): in a child, beside aggregation
    # and the writing of the article digests, which need no story
    # a run that analyses every article again groups them from scratch, as a cold run
    # does: the last run's groups were made by another analysis (kept, they left 10 of
    # 1,798 stories at 10,000 articles unlike a cold run's)
    counted = cache_file(root, out, "terms").with_suffix(SUFFIX)
    grouping = Forked(
        partial(_group, ordered, told if reusable else [], reusable, (counted, salt), sums)
    )
    try:  # whatever stops the aggregation or the writing stops the grouping too
        with clock.stage("write"):
            outfolder.start_writing(out)
            outfolder.remove_leftovers(out)  # what a killed run left behind: never a digest
            hashes: dict[str, str] = {}
            hashes |= _write_articles(cache, ordered, changed, listed)
        with clock.stage("aggregate"):  # people and countries by the articles as written
            files = {a.id: hashes[f"articles/{a.id}.yaml"] for a in ordered}
            sums.remember(resolved, files)
            gathered = ResultCache(
                cache_file(root, out, "gathered").with_suffix(SUFFIX), people_salt
            )
            persons, keys, plains = aggregate.people(
                articles, identities, centrality, gathered, files
            )
            nations, nation_plains = aggregate.countries(
                articles, persons, gazetteer, centrality, gathered, files, keys
            )
        with clock.stage("stories"):  # only the wait beyond aggregation and writing
            grouped = grouping.result()
    finally:
        grouping.stop()
    if not known.results:  # every story computed again: the parses read once, not per worker
        parses.load_all()
    # here, not in a child: nothing is left to do beside them, and a child sent back
    # every story twice, as digests and as plain data for the cache (about a second of
    # a first run at 10,000 articles, pickled and read back)
    with clock.stage("stories"):
        story_digests = stories.build(
            ordered, persons, nations, known, jobs, told, parses, reusable, grouped, files, cues
        )
    with clock.stage("write"):
        aggregate.involved(persons, nations, story_digests)  # their disagreements
        # the stories' files and the last share of the people's in a child, beside the
        # other people's and the countries' here (see `settings.PEOPLE_WRITTEN_APART`)
        here = len(persons) - int(len(persons) * settings.PEOPLE_WRITTEN_APART)
        person_plain = partial(aggregate.as_plain, plains)
        writing = Forked(
            partial(
                _write_apart,
                cache,
                [("stories", story_digests, to_plain), ("people", persons[here:], person_plain)],
                listed,
            )
        )
        try:
            hashes |= _write(cache, "people", persons[:here], listed, person_plain)
            hashes |= _write(
                cache, "countries", nations, listed, partial(aggregate.as_plain, nation_plains)
            )
            apart = writing.result()
        finally:
            writing.stop()
        if isinstance(apart, OSError):
            raise apart
        hashes |= apart[0]
        cache.take(apart[1])
        outfolder.remove_stale(out, listed, hashes)
        manifest = {
            "format": FORMAT_VERSION,
            "analysis": ANALYSIS_VERSION,
            "registry": analysis_inputs,
            "files": dict(sorted(hashes.items())),
        }
        manifest_text = dump(manifest).encode("utf-8")
        atomic_write(out / MANIFEST, manifest_text)
        outfolder.finish_writing(out)
        written = checksum(manifest_text)
        _keep_caches(
            [cache.save, known.save, weights.save, parses.save, resolved.save, gathered.save],
            inputs.state,
            {
                "key": state_key(inputs.key, written),
                "problems": late,
                "manifest": {"checksum": written, "data": manifest},
                "stats": cache.stats(),
                "sources": inputs.records,
                "meta": {s.id: key for s in inputs.sources if (key := meta_key(s.meta))},
            },
        )
    analysed = len(to_parse) - failed
    unchanged = len(inputs.sources) - len(to_parse) - unread
    failures = len(inputs.bad) + failed + unread
    kept = len(ordered) - analysed - unchanged
    say(
        f"{analysed + unchanged} sources ({analysed} analysed, {unchanged} unchanged), "
        f"{len(persons)} people, {len(nations)} countries, {len(story_digests)} stories"
        + (f"; {inputs.duplicates} duplicates skipped" if inputs.duplicates else "")
        + (f"; {failures} sources failed" if failures else "")
        + (f" ({kept} keep their previous digest)" if kept else "")
    )
    if keep is not None:  # freeing millions of objects one by one took 0.6 s at 10,000
        keep.append(locals())
    return 1 if registry.errors or inputs.bad or failed or unread or late else 0


def _group(
    articles: list[ArticleDigest],
    told: list[PublishedStory],
    settled: bool,
    counted: tuple[Path, str],
    sums: SentenceSums,
) -> list[list[str]]:
    """`stories.grouped` in a forked child, which keeps the words it counted for the next
    run itself: read and written here, the counts of 10,000 articles (12 MB) cost the
    parent nothing. A cache that cannot be saved costs the next run time only (and the
    parent says so when it saves the others)."""
    known = ResultCache(*counted)  # the cache's file and salt
    found = stories.grouped(articles, told, settled, TermCounts(known, sums))
    with contextlib.suppress(OSError):
        known.save()
    return found


def _write_apart(
    cache: PlainCache,
    kinds: list[tuple[str, list[Any], Callable[[Any], Any]]],
    listed: dict[str, str],
) -> tuple[dict[str, str], tuple[list[str], dict[str, list[Any]]]] | OSError:
    """`_write` of each (kind, items, plain_of) in a forked child, with what it kept of
    `cache` (see `PlainCache.kept`); an error writing is given back as it is, to be told
    as this process tells it."""
    hashes: dict[str, str] = {}
    try:
        for kind, items, plain_of in kinds:
            hashes |= _write(cache, kind, items, listed, plain_of)
    except OSError as exc:
        return exc
    return hashes, cache.kept(list(hashes))


def _weigh(
    articles: list[ArticleDigest], known: ResultCache, cued: bool
) -> tuple[dict[str, aggregate.Weights], tuple[list[str], dict[str, Any]], Answers | None]:
    """`aggregate.centralities`, what it used of `known`, and when `cued`, the answers of
    `Cues.work_out` of the articles, for a forked child to send."""
    weights = aggregate.centralities(articles, known)
    if not cued:
        return weights, known.changes(), None
    cues = Cues()
    cues.work_out(articles)
    return weights, known.changes(), cues.answers()


def _file(path: Path) -> bytes:
    return path.read_bytes() if path.is_file() else b""


def _unread_dates(sources: list[Source], articles: dict[str, ArticleDigest]) -> None:
    """Say which editor-given dates could not be read as a day: no year and no date of
    the article's own to read them against ("yesterday", "May 10"), or no date at all.
    A notice, not a failure: the digest is written with `published` empty."""
    for source in sources:
        given = source.meta.get("published")
        article = articles.get(source.id)
        if given and article is not None and article.published is None:
            say(
                f"{shown(source.path)}: published {given!r} is not a day the article can be "
                "dated by (no year, and no date in the article to read it against); left empty"
            )


def _countries_unknown(registry: Registry, gazetteer: Gazetteer, folder: Path) -> list[str]:
    """Registry country ids the gazetteer lacks, said; a person's is dropped (wrong is
    worse than missing)."""
    problems = unknown_countries(
        [(p.name, p.country) for p in registry.people],
        registry.countries,
        set(gazetteer.countries),
        folder,
    )
    for person in registry.people:
        if person.country and person.country not in gazetteer.countries:
            person.country = None
    return problems


def _keep_caches(saves: list[Callable[[], None]], state: Path, last_run: dict[str, Any]) -> None:
    """Save what the next run reuses; a cache that cannot be saved costs it time only."""
    try:
        for save in saves:
            save()
        save_sealed(state, last_run)
    except OSError as exc:
        say(
            f"{shown(exc.filename or state.parent)}: cannot keep the cache ({exc.strerror}); "
            "the digests are written, the next run will take longer"
        )
