"""The corpus and analysis benchmarks run end to end on a small corpus, and say so when
there is none."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from seeds import SEED_FILES, SEED_REGISTRY

REPO = Path(__file__).resolve().parent.parent
SCRIPT = REPO / "benchmarks" / "corpus.py"
ANALYSIS = REPO / "benchmarks" / "analysis.py"


def _bench(*args: str, script: Path = SCRIPT) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(script), *args],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )


def _seed_corpus(folder: Path) -> None:
    """A corpus shaped like the BBC one: category folders of numbered articles."""
    for i, path in enumerate(SEED_FILES):
        category = folder / ("world" if i % 2 else "europe")
        category.mkdir(exist_ok=True)
        shutil.copy(path, category / f"{i:03d}.txt")


@pytest.mark.parametrize("script", [SCRIPT, ANALYSIS])
def test_benchmark_without_a_corpus_says_why(tmp_path: Path, script: Path) -> None:
    done = _bench("--corpus", str(tmp_path / "nowhere"), script=script)
    assert done.returncode == 0
    assert done.stdout.startswith(f"benchmark skipped: no corpus at {tmp_path / 'nowhere'}")


def test_benchmark_prints_the_table(tmp_path: Path) -> None:
    _seed_corpus(tmp_path)
    done = _bench(
        "--corpus", str(tmp_path), "--sizes", "3", "--no-site", "--jobs", "1", "--pairs", "2",
        "--registry", str(SEED_REGISTRY),
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    table = done.stdout.splitlines()
    assert "| | 3 articles |" in table
    rows = {
        line.split(" | ")[0].strip("| "): line.split(" | ")[1].strip(" |") for line in table[4:]
    }
    assert float(rows["digest without model load: articles/s"]) > 0
    # timings are figures, not pass marks (a loaded machine reorders them); that a re-run
    # reuses its caches is tested on the digests themselves in tests/test_reuse.py
    assert float(rows["digest, cold: wall s (spaCy import and model load s)"].split()[0]) > 0
    assert float(rows["re-run, nothing changed: s"]) >= 0
    assert int(rows["digest files"]) > 3  # three articles, their people, countries, stories
    # bare spaCy and a cold digest, timed back to back twice: a ratio for each pair
    pairs = rows["the same, each pair (bare spaCy timed just before each cold digest)"]
    assert len(pairs.split(" / ")) == 2
    bare_cpu, digest_cpu = rows[
        "CPU s: bare spaCy, same processes / digest (each with its model load)"
    ].split(" / ")
    assert float(bare_cpu) > 0 and float(digest_cpu) > 0


def test_analysis_benchmark_prints_each_phase(tmp_path: Path) -> None:
    _seed_corpus(tmp_path)
    done = _bench(
        "--corpus", str(tmp_path), "--sample", "3", "--passes", "2",
        "--registry", str(SEED_REGISTRY), script=ANALYSIS,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0] == "3 articles; the analysis's phases: median of 2 passes per article"
    rows = {
        cells[0]: cells[1:]
        for line in lines
        if line.startswith("| ") and not line.startswith("| CPU ms")
        for cells in [[c.strip() for c in line.strip("|").split("|")]]
    }
    # every phase's functions were found and timed (a renamed one fails the run)
    for phase in ("cleaning", "people: names found", "people: verdicts", "quotes", "kept parses"):
        assert phase in rows
    # the article's people and quotes are sought once per analysis
    assert rows["people: names found"][3] == "1.0"
    assert rows["quotes"][3] == "1.0"
    assert float(rows["parse (`nlp.pipe`, batch 16)"][1]) > 0
    assert float(rows["**own work, all of it**"][2]) > 0
    assert lines[-1].startswith("own work ÷ parse: ")
