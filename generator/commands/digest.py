"""`python -m generator digest`: sources in, every digest out, deterministically.

An unchanged source (same checksum, same analysis key: see `fingerprint`) keeps its
article digest and skips the language model; identities, people, countries and stories are always
recomputed from the article digests, so registry edits take effect on every run.
A bad source is reported with its file name and skipped; its previous digest, if any,
is kept, so bad input never loses data. The run writes only into the digests folder and
deletes there only what the last run's manifest lists (`store.outfolder`).
This module decides whether there is work; `rebuild` does it, imported only then.
"""

from __future__ import annotations

import gc
import json
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from generator.commands.inputs import Stop, last_run, read_inputs, say
from generator.forked import default_jobs
from generator.read.folder import shown

__all__ = ["ANALYSIS_VERSION", "Clock", "run_digest"]

# Bump when a change to the per-article stages should re-analyse every source.
ANALYSIS_VERSION = 100
FORMAT_VERSION = 1
KINDS = ("articles", "people", "countries", "stories")


class Clock:
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


def run_digest(
    sources_dir: Path,
    registry_dir: Path,
    out: Path,
    root: Path,
    force: bool = False,
    jobs: int | None = None,
    timings: Path | None = None,
    keep: list[object] | None = None,
) -> int:
    """Exit code: 0; 1 when some source or registry entry was bad (each said on a line of
    its own, the rest digested); 2 when the run could not start or finish (no sources or
    registry folder, `--out` not a digests folder, a file it could not write).
    `keep`: where the run's data is left, not freed, for a caller about to exit."""
    # A run holds millions of small objects until it ends, none of them in reference
    # cycles worth collecting: Python's cycle collector would rescan them all on each
    # full pass (2 of 9 s when adding one article to 2,127; without it, peak memory on
    # 500 articles was no higher). The parsing workers inherit the pause.
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _run(
            sources_dir, registry_dir, out, root, force, jobs or default_jobs(), timings, keep
        )
    except Stop as stop:
        say(str(stop))
        return 2
    except OSError as exc:  # a full disk, a read-only folder, a file where a folder goes
        where = shown(exc.filename) if exc.filename else shown(out)
        say(
            f"{where}: {exc.strerror or exc}; the digest run stopped before it finished "
            "(rerun it once this is fixed)"
        )
        return 2
    finally:
        if collecting:
            gc.enable()


def _run(
    sources_dir: Path,
    registry_dir: Path,
    out: Path,
    root: Path,
    force: bool,
    jobs: int,
    timings: Path | None,
    keep: list[object] | None,
) -> int:
    clock = Clock()
    _check_timings(timings)
    with clock.stage("read"):
        inputs = read_inputs(sources_dir, registry_dir, out, root, trust=not force)
        late = None if force else last_run(inputs, out)
    if late is not None:
        for line in late:
            say(line)
        say(
            f"{len(inputs.sources)} sources, nothing changed since the last run: digests up to date"
        )
        _save_timings(timings, clock)
        return 1 if inputs.registry.errors or inputs.bad or late else 0
    from generator.commands.rebuild import rebuild  # the corpus stages: only for work

    code = rebuild(inputs, registry_dir, out, root, force, jobs, clock, keep)
    if not _save_timings(timings, clock):
        return 2
    return code


def _check_timings(path: Path | None) -> None:
    """Fail before the work, not after it, when `--timings` cannot be written."""
    if path is not None and (path.is_dir() or not path.parent.is_dir()):
        raise Stop(f"{shown(path)}: --timings must name a file in an existing folder")


def _save_timings(path: Path | None, clock: Clock) -> bool:
    if path is None:
        return True
    seconds = {k: round(v, 3) for k, v in clock.seconds.items()}
    try:
        path.write_text(json.dumps(seconds, indent=1) + "\n", encoding="utf-8")
    except OSError as exc:
        say(f"{shown(path)}: cannot write the timings ({exc.strerror}); the digests are written")
        return False
    return True
