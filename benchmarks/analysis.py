"""The per-article analysis's own cost, phase by phase, with the parse apart.

    python benchmarks/analysis.py [--corpus ../shared/corpus/bbc] [--sample 300] [--passes 3]

`corpus.py` times whole runs against bare spaCy; this says where a run's own work goes.
It takes a fixed sample of the corpus (every n-th article, categories in turn), cleans
and parses each article once as a worker does (`parse._analyse_batch`: the same model,
batch size and cleaning), then analyses every parse `--passes` times in one process with
the cycle collector paused as in a digest run, and prints CPU milliseconds by phase:
the median over the articles and the total over the sample (each article's phase time is
its median over the passes, so a burst of load from other processes counts once at most).

A phase's time is its own: a phase called inside another (places' countries asked while
people are found) is taken out of the outer one. "analysis, the rest" is what `analyze`
does itself (sentences, paragraphs, ids, the quote records). Each timed call costs about
a microsecond more; the calls per article are shown so that can be weighed.
"""

from __future__ import annotations

import argparse
import gc
import statistics
import sys
import time
from collections import defaultdict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import wraps
from importlib import import_module
from pathlib import Path
from typing import Any

from corpus import DEFAULT_CORPUS, DEFAULT_REGISTRY, corpus_files

from generator import settings
from generator.article import analyze as analysis
from generator.article import cached
from generator.article.dates import ready as ready_dates
from generator.article.entities import EntityFinder
from generator.article.nlp import load
from generator.corpus.disagree import parsed, worth
from generator.read.sources import read_source
from generator.registry import load_registry
from generator.registry.gazetteer import build_gazetteer

# phase -> the functions and methods whose own time it is, as "module:name" or
# "module:Class.method"; in the order of a worker's work
PHASES: dict[str, list[str]] = {
    "cleaning": ["generator.clean:clean"],
    "metadata": ["generator.article.analyze:prepare"],
    "people: names found": ["generator.article.entities.people:PersonFinder.people"],
    "people: clusters (the roles and countries written around each mention)": [
        "generator.article.entities.clusters:cluster"
    ],
    "people: verdicts": [
        "generator.article.entities.verdict:Verdict.judge",
        "generator.article.entities.verdict:Verdict.by_default",
        "generator.article.entities.verdict:Verdict.a_body",
    ],
    "people: nationality nouns, compatriots, fellows": [
        "generator.article.entities.nationals:nationality_nouns",
        "generator.article.entities.nationals:compatriots",
        "generator.article.entities.nationals:fellows",
    ],
    "people: the rest of judging": ["generator.article.entities.people:PersonFinder._judged"],
    "people: rosters": ["generator.article.entities.rosters:rosters"],
    "people: tagged otherwise": [
        "generator.article.entities.people:PersonFinder._tagged_otherwise"
    ],
    "countries": ["generator.article.entities.places:PlaceFinder.countries"],
    "organisations": ["generator.article.entities.places:PlaceFinder.organizations"],
    "quotes": ["generator.article.quotes:find_quotes"],
    "speakers' nationality": ["generator.article.entities.nationals:speakers_nationality"],
    "entity records (subjects, kinds)": [
        "generator.article.analyze:_entity",
        "generator.article.analyze:_kinds",
    ],
    "dates": ["generator.article.dates:find_dates"],
    "summary": ["generator.text.summary:pick"],
    "analysis, the rest": ["generator.article.analyze:analyze"],
    "kept parses": [
        "generator.corpus.disagree.parsed:sentences_of",
        "generator.corpus.disagree.worth:worth_parsing",
    ],
}
_OUTSIDE_ANALYSIS = ("cleaning", "metadata", "kept parses")


class Clock:
    """Own CPU time per phase for the article being analysed: a phase's time less the
    time of the phases called inside it."""

    def __init__(self) -> None:
        self.spent: dict[str, float] = defaultdict(float)
        self.calls: dict[str, int] = defaultdict(int)
        self._inner: list[float] = []

    def timed(self, phase: str, function: Callable[..., Any]) -> Callable[..., Any]:
        @wraps(function)
        def run(*args: Any, **kwargs: Any) -> Any:
            self._inner.append(0.0)
            start = time.process_time()
            try:
                return function(*args, **kwargs)
            finally:
                took = time.process_time() - start
                self.spent[phase] += took - self._inner.pop()
                self.calls[phase] += 1
                if self._inner:
                    self._inner[-1] += took

        return run

    def take(self) -> tuple[dict[str, float], dict[str, int]]:
        spent, calls = dict(self.spent), dict(self.calls)
        self.spent.clear()
        self.calls.clear()
        return spent, calls


def install(clock: Clock) -> None:
    """Every phase's functions timed wherever the code reaches them: as a class's
    attribute, or under any name a module of ours imported them by."""
    for phase, targets in PHASES.items():
        for target in targets:
            module_name, _, name = target.partition(":")
            owner: Any = import_module(module_name)
            *path, attribute = name.split(".")
            for part in path:
                owner = getattr(owner, part)
            original = getattr(owner, attribute)
            wrapped = clock.timed(phase, original)
            if path:  # a method
                setattr(owner, attribute, wrapped)
                continue
            for module in list(sys.modules.values()):
                if getattr(module, "__name__", "").startswith("generator") and any(
                    value is original for value in vars(module).values()
                ):
                    for key, value in list(vars(module).items()):
                        if value is original:
                            setattr(module, key, wrapped)


@contextmanager
def collector_paused() -> Iterator[None]:
    """As in a digest run (`run_digest`), the cycle collector does not run mid-analysis."""
    gc.collect()
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def sample(corpus: Path, size: int) -> list[Path]:
    files = corpus_files(corpus)
    step = max(1, len(files) // size)
    return files[::step][:size]


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--registry", type=Path, default=DEFAULT_REGISTRY)
    parser.add_argument("--sample", type=int, default=300, help="articles (default 300)")
    parser.add_argument("--passes", type=int, default=3, help="analyses of each parse")
    args = parser.parse_args()
    if not args.corpus.is_dir():  # as corpus.py: the corpus is for research use only
        print(f"benchmark skipped: no corpus at {args.corpus}")
        return 0
    registry = load_registry(args.registry)
    finder = EntityFinder(build_gazetteer(registry), registry)
    nlp = load()
    ready_dates()
    finder.gazetteer.countries_in("")
    clock = Clock()
    install(clock)
    files = sample(args.corpus, args.sample)

    outside: list[dict[str, float]] = []
    calls: dict[str, int] = defaultdict(int)
    prepared = []
    with collector_paused():
        for path in files:
            prepared.append(analysis.prepare(read_source(path), path.name, registry))
            spent, counted = clock.take()
            outside.append(spent)
            for phase, count in counted.items():
                calls[phase] += count
        start = time.process_time()
        docs = list(nlp.pipe((p.text for p in prepared), batch_size=settings.MODEL_BATCH))
        parse = (time.process_time() - start) / len(docs)

    # per article, per phase: the time of each pass
    passes: list[dict[str, list[float]]] = [defaultdict(list) for _ in docs]
    for n in range(args.passes):
        with collector_paused():
            for k, (item, doc) in enumerate(zip(prepared, docs, strict=True)):
                digest = analysis.analyze(item, doc, finder)
                parsed.sentences_of(doc, digest.sentences, worth.worth_parsing(digest))
                cached.release(doc)
                spent, counted = clock.take()
                for phase in PHASES:
                    passes[k][phase].append(spent.get(phase, 0.0))
                    if n == 0:
                        calls[phase] += counted.get(phase, 0)
    per_article = [
        {phase: statistics.median(times) for phase, times in article.items()} | outside[k]
        for k, article in enumerate(passes)
    ]
    print(table(per_article, calls, parse, len(docs), args.passes))
    return 0


def table(
    per_article: list[dict[str, float]], calls: dict[str, int], parse: float, n: int, passes: int
) -> str:
    def row(label: str, times: list[float], counted: str) -> str:
        median, total = statistics.median(times) * 1000, sum(times) * 1000
        return f"| {label} | {median:.2f} | {total / n:.2f} | {total:.0f} | {counted} |"

    lines = [
        f"{n} articles; the analysis's phases: median of {passes} passes per article",
        "",
        "| CPU ms | median per article | mean per article | total | calls per article |",
        "|---|---|---|---|---|",
        f"| parse (`nlp.pipe`, batch {settings.MODEL_BATCH}) | | {parse * 1000:.2f} "
        f"| {parse * n * 1000:.0f} | |",
    ]
    for phase in PHASES:
        counted = f"{calls[phase] / n:.1f}" if phase in calls else "1"
        lines.append(row(phase, [a.get(phase, 0.0) for a in per_article], counted))
    analysed = [sum(t for p, t in a.items() if p not in _OUTSIDE_ANALYSIS) for a in per_article]
    everything = [sum(a.values()) for a in per_article]
    lines.append(row("**`analyze`, all of it**", analysed, ""))
    lines.append(row("**own work, all of it**", everything, ""))
    own = sum(everything) / n
    lines += ["", f"own work ÷ parse: {own / parse:.2f} (own work {own * 1000:.2f} ms an article)"]
    return "\n".join(lines)


if __name__ == "__main__":
    sys.exit(main())
