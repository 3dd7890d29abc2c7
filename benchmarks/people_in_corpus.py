"""A people key scored with its articles digested together with the rest of their corpus.

    python benchmarks/people_in_corpus.py [--sets people-polnear people-outlets ...]
                                          [--shared ../shared] [--json FILE]

`benchmarks/quality.py` digests each key's articles as a corpus of their own; a user
digests a pile of articles on a topic, where a name that is bare in one article may be
written out, or shown to be a band or a club, in another. Here each key's articles are
digested with every other article of the folder they come from (the 84 PolNeAR dev
texts; the 88 extraction pages as `.html`; a BBC key's articles with the whole of their
category folders) and scored on the key's articles alone, beside the figure per key.
A benchmark, not a gate: the BBC folders hold some 400-500 articles each, and a run of
every set takes long. Held-out keys (people-check) print their aggregate only.

    python benchmarks/people_in_corpus.py --whole [--json FILE]

digests the whole BBC corpus (every category folder, some 2,200 files) once and scores
every people key's BBC articles on it, aggregates only: the most evidence the corpus
stage can find about a name (ten minutes on a busy two-core machine).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import shutil
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path
from typing import Any

from bbc_keys import digest, link_articles, read_yaml, source_path
from people_eval import Annotation, load_annotations, tally_figures

REPO = Path(__file__).resolve().parent.parent
DEFAULT_SHARED = REPO.parent / "shared"
FIGURES = ("people_f1", "people_p", "people_r", "canonical", "non_people")
# keys whose per-article errors are never listed
HELD_OUT = {"people-check"}
# key -> (the key's folder, the suffix of its corpus's files)
KEYS = {
    "people-polnear": ("people-polnear", ".txt"),
    "people-outlets": ("people-outlets", ".html"),
    "people-outlets2": ("people-outlets2", ".html"),
    "people-outlets3": ("people-outlets3", ".html"),
    "people-bbc13": ("people-bbc13", ".txt"),
    "people-bbc14": ("people-bbc14", ".txt"),
    "people-bbc15": ("people-bbc15", ".txt"),
    "people-bbc16": ("people-bbc16", ".txt"),
    "people-check": ("people-check", ".txt"),
}


def _place(source: Path, into: Path, name: str) -> None:
    link = into / name
    try:  # a hard link: the digest refuses a symbolic one out of the sources folder
        os.link(source, link)
    except OSError:
        shutil.copyfile(source, link)


def link_corpus(notes: list[Annotation], shared: Path, suffix: str, into: Path) -> int:
    """The key's articles as `<id><suffix>` (checked against their checksums) and every other
    file of their folders beside them, but for copies of a key's article (the digest keeps
    one of two files of the same bytes, which may not be the key's); the number of
    articles linked."""
    link_articles(((n.id, n.article, n.checksum) for n in notes), shared / "corpus", into)
    keyed = {source_path(shared / "corpus", n.article).resolve() for n in notes}
    checksums = {n.checksum for n in notes}
    count = len(keyed)
    for folder in sorted({path.parent for path in keyed}):
        for source in sorted(folder.glob(f"*{suffix}")):
            digest_of = "sha256:" + hashlib.sha256(source.read_bytes()).hexdigest()
            if source.resolve() in keyed or digest_of in checksums:
                continue
            _place(source, into, f"{folder.name}-{source.stem}{suffix}")
            count += 1
    return count


def _scored(
    notes: list[Annotation], out: Path, name: str, show: bool, label: str
) -> dict[str, float | int]:
    figures, found = tally_figures(notes, out)
    if show and name not in HELD_OUT:
        for article, problems in found.items():
            for problem in problems:
                print(f"{label} {article}  {problem}")
    return {key: figures[key] for key in FIGURES}


def measure(
    name: str, shared: Path, work: Path, show: bool, category: str | None
) -> dict[str, dict[str, float | int]]:
    """The key's figures (of its articles of `category` alone, when given) digested on
    their own and in their corpus."""
    folder, suffix = KEYS[name]
    notes = load_annotations(REPO / "benchmarks" / folder)
    if category is not None:
        notes = [n for n in notes if n.id.rsplit("-", 1)[0] == category]
    alone = work / "alone"
    link_articles(((n.id, n.article, n.checksum) for n in notes), shared / "corpus", alone)
    digest(alone, work / "alone-digests")
    sources = work / "sources"
    sources.mkdir()
    articles = link_corpus(notes, shared, suffix, sources)
    digest(sources, work / "digests")
    return {
        "alone": {
            "articles": len(notes),
            **_scored(notes, work / "alone-digests", name, show, "alone"),
        },
        "corpus": {"articles": articles, **_scored(notes, work / "digests", name, show, "corpus")},
    }


def measure_whole(shared: Path, work: Path) -> dict[str, dict[str, float | int]]:
    """Every people key's BBC articles (found by checksum: the digest keeps one of two
    files of the same bytes) scored on one digest of the whole BBC corpus."""
    sources = work / "sources"
    sources.mkdir()
    for folder in sorted(p for p in (shared / "corpus" / "bbc").iterdir() if p.is_dir()):
        for source in sorted(folder.glob("*.txt")):
            _place(source, sources, f"{folder.name}-{source.stem}.txt")
    out = digest(sources, work / "digests")
    ids = {read_yaml(p).get("checksum"): p.stem for p in (out / "articles").glob("*.yaml")}
    results = {}
    for folder in sorted(p for p in (REPO / "benchmarks").glob("people*") if p.is_dir()):
        notes = [n for n in load_annotations(folder) if n.article.startswith("bbc/")]
        if notes:
            notes = [replace(n, id=ids[n.checksum]) for n in notes]
            scored = _scored(notes, out, folder.name, False, "whole")
            results[folder.name] = {"articles": len(notes), **scored}
    return results


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--shared", type=Path, default=DEFAULT_SHARED)
    parser.add_argument("--sets", nargs="+", choices=list(KEYS), default=list(KEYS)[:4])
    parser.add_argument("--json", type=Path, help="also write the figures here")
    parser.add_argument("--category", help="a BBC key's articles of this category alone")
    parser.add_argument("--show", action="store_true", help="list every miss and extra")
    parser.add_argument(
        "--whole", action="store_true", help="every key on the whole BBC corpus, aggregates only"
    )
    args = parser.parse_args()
    if args.whole and (args.category or args.show or "--sets" in sys.argv):
        parser.error("--whole scores every key on the whole corpus: no --sets, --category, --show")
    results: dict[str, Any] = {}
    if args.whole:
        with tempfile.TemporaryDirectory(prefix="briefing-in-corpus-whole-") as work:
            results = measure_whole(args.shared, Path(work))
        for name, found in results.items():
            print(f"{name} whole  " + "  ".join(f"{k} {v}" for k, v in found.items()))
        args.sets = []
    for name in args.sets:
        start = time.perf_counter()
        with tempfile.TemporaryDirectory(prefix=f"briefing-in-corpus-{name}-") as work:
            figures = measure(name, args.shared, Path(work), args.show, args.category)
        results[name] = {**figures, "seconds": {"both": round(time.perf_counter() - start)}}
        for way, found in figures.items():
            cells = "  ".join(f"{key} {value}" for key, value in found.items())
            print(f"{name} {way}  {cells}", flush=True)
    if args.json:
        args.json.write_text(json.dumps(results, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
