"""The language model and per-article analysis over many sources, on every core.

spaCy's own `n_process` would send each parsed Doc back to this process and leave the
analysis to one core. Instead, worker processes forked after the model is loaded (so
it is loaded once and its memory shared) each clean a batch of sources, parse it and
analyse it, and send back only the small article digests, with the parses of the
sentences the disagreement rules may read (see `disagree.parsed`), in order: the
output does not depend on how many processes ran.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TypeVar

from generator import settings
from generator.article import analyze as analysis
from generator.article import cached
from generator.article.dates import ready as ready_dates
from generator.article.entities import EntityFinder
from generator.article.nlp import load
from generator.corpus.disagree.parsed import sentences_of
from generator.corpus.disagree.worth import worth_parsing
from generator.forked import in_workers
from generator.model import ArticleDigest
from generator.read.sources import Source

__all__ = ["Analysed", "analyse_all"]

T = TypeVar("T")
# an article's digest, and the parses of its sentences by number (see `disagree.parsed`)
Analysed = tuple[ArticleDigest, dict[str, str]]


def _failure(exc: Exception) -> str:
    return f"{type(exc).__name__}: {exc}"


def _too_long(text: str) -> str | None:
    """Why the model cannot read a text (spaCy refuses one over its `max_length`, and
    with it the whole batch), or None."""
    limit = load().max_length
    if len(text) <= limit:
        return None
    return (
        f"too long for the language model: {len(text):,} characters, at most {limit:,}; "
        "split it into several articles"
    )


def _analyse_batch(batch: list[tuple[Source, str]], finder: EntityFinder) -> list[Analysed | str]:
    results: dict[int, Analysed | str] = {}
    prepared: list[tuple[int, analysis.Prepared]] = []
    for i, (source, relpath) in enumerate(batch):  # one article's failure must not stop the corpus
        try:
            item = analysis.prepare(source, relpath, finder.registry)
        except Exception as exc:
            results[i] = _failure(exc)
            continue
        too_long = _too_long(item.text)
        if too_long:
            results[i] = too_long
        else:
            prepared.append((i, item))
    docs = load().pipe((item.text for _, item in prepared), batch_size=settings.MODEL_BATCH)
    for (i, item), doc in zip(prepared, docs, strict=True):
        try:
            digest = analysis.analyze(item, doc, finder)
            results[i] = (digest, sentences_of(doc, digest.sentences, worth_parsing(digest)))
        except Exception as exc:
            results[i] = _failure(exc)
        finally:
            cached.release(doc)  # freed now, not when the worker ends
    return [results[i] for i in range(len(batch))]


def _batches(sources: list[T], jobs: int) -> list[list[T]]:
    """Batches of `settings.BATCH_SIZE`; with several processes, smaller and smaller ones
    towards the end (a share of what is left), so the processes finish together: a
    last batch of 32 left the other process idle for up to 3 s."""
    if jobs < 2:
        size = settings.BATCH_SIZE
        return [sources[i : i + size] for i in range(0, len(sources), size)]
    batches, start = [], 0
    while start < len(sources):
        share = -(-(len(sources) - start) // (2 * jobs))
        size = min(settings.BATCH_SIZE, max(share, settings.MIN_BATCH_SIZE))
        batches.append(sources[start : start + size])
        start += size
    return batches


def analyse_all(
    sources: list[tuple[Source, str]], finder: EntityFinder, jobs: int
) -> Iterator[tuple[Source, Analysed | str]]:
    """Each source (with the path its digest names) and its digest with its sentence
    parses, or the reason its analysis failed."""
    load()  # in this process, before any fork
    # what loads on first use, loaded here once, not in each worker
    ready_dates()
    finder.gazetteer.countries_in("")
    jobs = min(jobs, len(sources) // settings.MIN_SOURCES_PER_PROCESS)
    batches = _batches(sources, jobs)
    done = in_workers(lambda batch: _analyse_batch(batch, finder), batches, jobs)
    for batch, results in zip(batches, done, strict=True):
        yield from zip((source for source, _ in batch), results, strict=True)
