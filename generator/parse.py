"""The language model and per-article analysis over many sources, on every core.

spaCy's own `n_process` would send each parsed Doc back to this process and leave the
analysis to one core. Instead, worker processes forked after the model is loaded (so
it is loaded once and its memory shared) each parse a batch and analyse it, and send
back only the small article digests, in order: the output does not depend on how many
processes ran.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Iterator

from generator.analyze import Prepared, analyze
from generator.entities import EntityFinder
from generator.model import ArticleDigest
from generator.nlp import load

__all__ = ["BATCH_SIZE", "analyse_all", "default_jobs"]

# Articles parsed per batch: on 300 BBC articles, batches of 8, 32, 128 and 1,000 took
# 20.3, 19.2, 20.2 and 23.0 CPU seconds.
BATCH_SIZE = 32
# Below this many sources, starting processes costs more than it saves.
_MIN_PER_PROCESS = BATCH_SIZE

# What the forked workers read: set just before the pool starts, inherited, not pickled.
_work: tuple[list[Prepared], EntityFinder] | None = None


def default_jobs() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def _analyse_batch(indices: range) -> list[ArticleDigest | str]:
    assert _work is not None
    prepared, finder = _work
    items = [prepared[i] for i in indices]
    results: list[ArticleDigest | str] = []
    for item, doc in zip(items, load().pipe(p.text for p in items), strict=True):
        try:
            results.append(analyze(item, doc, finder))
        except Exception as exc:  # one article's failure must not stop the corpus
            results.append(f"{type(exc).__name__}: {exc}")
    return results


def analyse_all(
    prepared: list[Prepared], finder: EntityFinder, jobs: int
) -> Iterator[tuple[Prepared, ArticleDigest | str]]:
    """Each source with its digest, or with the reason its analysis failed."""
    global _work
    load()  # in this process, before any fork
    batches = [
        range(i, min(i + BATCH_SIZE, len(prepared))) for i in range(0, len(prepared), BATCH_SIZE)
    ]
    jobs = min(jobs, len(prepared) // _MIN_PER_PROCESS)
    _work = (prepared, finder)
    try:
        if jobs > 1 and "fork" in multiprocessing.get_all_start_methods():
            with multiprocessing.get_context("fork").Pool(jobs) as pool:
                for batch, results in zip(batches, pool.imap(_analyse_batch, batches), strict=True):
                    yield from zip((prepared[i] for i in batch), results, strict=True)
        else:
            for batch in batches:
                yield from zip((prepared[i] for i in batch), _analyse_batch(batch), strict=True)
    finally:
        _work = None
