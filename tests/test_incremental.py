"""Adding an article gives a small diff, and a killed digest run never leaves a broken corpus.

The product's review promise: a new article adds one article digest and changes a few
lines in the digests it touches, nothing else. Its robustness promise: nothing is ever
half-written, and `check` notices whatever an interrupted run left behind.
"""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml
from seeds import content_copy

from generator.commands.check import find_problems
from generator.commands.diff import describe
from generator.commands.digest import run_digest

REPO = Path(__file__).resolve().parent.parent
NEW_ID = "005_tallinn_allies"
# Invented for this test: a known person (Kaja Kallas) and one with no digest yet
# (Margus Tsahkna, in the registry but in none of the seed articles).
NEW_ARTICLE = """\
Estonia will not send troops to Ukraine alone, Kallas says

By Maris Tamm | May 20, 2024

TALLINN — Estonian Prime Minister Kaja Kallas said on Monday that Estonia would not send \
troops to western Ukraine on its own.
"Any step like this has to be taken together with our allies," Kallas told reporters in Tallinn.
Foreign Minister Margus Tsahkna said the government had discussed training missions but had \
taken no decision.

"We are not talking about combat troops," Tsahkna said.
He added that Estonia would keep spending more than 3% of its GDP on defense next year.
Moscow warned last week that foreign troops in Ukraine would be treated as legitimate targets.
Kallas said the question would be raised at the NATO summit in Washington in July.
Finland and Latvia have said they are watching the discussion closely.

Advertisement
"""

Snapshot = dict[str, bytes]


def _snapshot(out: Path) -> Snapshot:
    return {p.relative_to(out).as_posix(): p.read_bytes() for p in out.rglob("*") if p.is_file()}


def _corpus(root: Path, seed_digests: Path) -> Path:
    """A repo-shaped folder: the seed sources and registry, their digests, the new article."""
    content_copy(root, seed_digests)
    (root / f"content/sources/{NEW_ID}.txt").write_text(NEW_ARTICLE, encoding="utf-8")
    return root


@pytest.fixture(scope="module")
def incremental(
    tmp_path_factory: pytest.TempPathFactory, seed_digests: Path
) -> tuple[Path, Snapshot, Snapshot]:
    """One digest run after adding NEW_ARTICLE: (repo root, digests before, digests after)."""
    root = _corpus(tmp_path_factory.mktemp("incremental"), seed_digests)
    out = root / "content/digests"
    before = _snapshot(out)
    assert run_digest(root / "content/sources", root / "content/registry", out, root) == 0
    return root, before, _snapshot(out)


def _load(data: bytes) -> Any:
    return yaml.safe_load(data)


def test_new_article_is_digested(incremental: tuple[Path, Snapshot, Snapshot]) -> None:
    root, _, after = incremental
    article = _load(after[f"articles/{NEW_ID}.yaml"])
    people = {p["id"] for p in article["people"]}
    assert {"kaja-kallas", "margus-tsahkna"} <= people
    assert "people/margus-tsahkna.yaml" in after
    assert find_problems(root / "content/sources", root / "content/digests") == ([], len(after) - 1)


def test_adding_an_article_gives_the_digests_of_a_cold_run(
    incremental: tuple[Path, Snapshot, Snapshot], tmp_path: Path
) -> None:
    """What the corpus stages reuse (digests cache, stories and sentence weights by the
    checksum of their inputs, the last run's digests) changes the time, not the bytes."""
    root, _, after = incremental
    cold = content_copy(tmp_path, sources=sorted((root / "content/sources").iterdir()))
    out = cold / "content/digests"
    assert run_digest(cold / "content/sources", cold / "content/registry", out, cold) == 0
    assert _snapshot(out) == after


def test_only_touched_digests_change(incremental: tuple[Path, Snapshot, Snapshot]) -> None:
    _, before, after = incremental
    article = _load(after[f"articles/{NEW_ID}.yaml"])
    touched = {f"articles/{NEW_ID}.yaml", "manifest.yaml"}
    for folder, key in (("people", "people"), ("countries", "countries")):
        touched |= {f"{folder}/{e['id']}.yaml" for e in article[key]}
    touched |= {
        key
        for key, data in after.items()
        if key.startswith("stories/") and NEW_ID in _load(data)["articles"]
    }
    changed = {k for k in set(before) | set(after) if before.get(k) != after.get(k)}
    assert changed - touched == set(), "digests the new article does not touch changed"
    assert f"articles/{NEW_ID}.yaml" in changed and "people/kaja-kallas.yaml" in changed
    assert set(before) - set(after) == set(), "no digest disappears when a source is added"


# Runs in one subprocess: loads the model once, then forks one child per digest run, so each
# run can be killed with SIGKILL at a chosen point at the cost of one model load. A child is
# killed just before its k-th `os.replace`, the commit point of every atomic write, when its
# temp file is written but not yet renamed.
_DRIVER = """
import json, os, shutil, signal, sys
from pathlib import Path
from generator.article import nlp
from generator.commands.digest import run_digest

root, template, work = Path(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3])
nlp.load()
real_replace = os.replace

def run(out, kill_at):
    pid = os.fork()
    if pid == 0:
        calls = [0]
        def replace(src, dst):
            if Path(dst).is_relative_to(out):  # digests, not the run key kept elsewhere
                calls[0] += 1
                if calls[0] == kill_at:
                    os.kill(os.getpid(), signal.SIGKILL)
            real_replace(src, dst)
        os.replace = replace
        code = run_digest(root / "content/sources", root / "content/registry", out, root)
        (work / "writes").write_text(str(calls[0]))
        os._exit(code)
    _, status = os.waitpid(pid, 0)
    return os.WTERMSIG(status) if os.WIFSIGNALED(status) else -os.WEXITSTATUS(status)

shutil.copytree(template, work / "complete")
assert run(work / "complete", 0) == 0
writes = int((work / "writes").read_text())
kills = []
for k in sorted({1, 2, writes // 2, writes - 1, writes} - {0}):
    out = work / f"killed-{k}"
    shutil.copytree(template, out)
    signal_number = run(out, k)
    shutil.copytree(out, work / f"recovered-{k}")
    recovered = run(work / f"recovered-{k}", 0)
    kills.append([k, signal_number, recovered])
print(json.dumps({"writes": writes, "kills": kills}))
"""


@pytest.mark.slow
def test_killed_run_leaves_old_or_new_files_only(
    tmp_path: Path, incremental: tuple[Path, Snapshot, Snapshot]
) -> None:
    root, before, after = incremental
    template = tmp_path / "before"
    template.mkdir()
    for key, data in before.items():
        (template / key).parent.mkdir(parents=True, exist_ok=True)
        (template / key).write_bytes(data)
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    done = subprocess.run(
        [sys.executable, "-c", _DRIVER, str(root), str(template), str(tmp_path)],
        capture_output=True,
        text=True,
        env=env,
        timeout=600,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout.splitlines()[-1])
    assert _snapshot(tmp_path / "complete") == after, "same output in a fresh process"
    assert report["writes"] >= 3
    sources = root / "content/sources"
    killed_mid_write = 0
    for k, signal_number, recovered in report["kills"]:
        assert signal_number == 9, f"run killed before write {k} was not killed"
        killed = tmp_path / f"killed-{k}"
        state = _snapshot(killed)
        temps = sorted(key for key in state if Path(key).name.startswith("."))
        for key, data in state.items():
            if key in temps:
                continue
            assert data in (before.get(key), after.get(key)), f"{key} half-written at kill {k}"
            yaml.safe_load(data)
        killed_mid_write += bool(temps)
        problems, _ = find_problems(sources, killed)
        for temp in temps:
            assert any(line.startswith(f"{killed / temp}: ") for line in problems), temp
        assert problems, f"check passes a corpus killed before write {k}"
        # A rerun writes exactly the complete output; a temp file the kill left may remain,
        # and then check names it, so it cannot be committed unnoticed.
        assert recovered == 0, f"digest after a kill before write {k} failed"
        again = tmp_path / f"recovered-{k}"
        state = _snapshot(again)
        leftovers = sorted(key for key in state if key not in after)
        assert {key: state.get(key) for key in after} == after, f"rerun after kill {k}"
        assert find_problems(sources, again)[0] == [
            f"{again / key}: temp file left by an interrupted digest run; delete it and rerun "
            "`python -m generator digest`"
            for key in leftovers
        ]
    assert killed_mid_write == len(report["kills"]), "every kill lands between write and rename"


def test_diff_summarises_the_new_article(incremental: tuple[Path, Snapshot, Snapshot]) -> None:
    _, before, after = incremental

    def parsed(snapshot: Snapshot) -> dict[str, Any]:
        return {k: _load(v) for k, v in snapshot.items() if k != "manifest.yaml"}

    lines = describe(parsed(before), parsed(after))
    assert re.match(rf"new source {NEW_ID}: \d+ sentences, \d+ people, \d+ quotes$", lines[0])
    assert "new person Margus Tsahkna: 1 source, 1 quote" in lines
    kallas = next(line for line in lines if line.startswith("Kaja Kallas: "))
    assert f"new source {NEW_ID}" in kallas and "new quote" in kallas


def test_a_new_article_is_digested_when_the_child_analysing_it_dies(
    tmp_path: Path, seed_digests: Path, monkeypatch: pytest.MonkeyPatch, capsys: Any
) -> None:
    """The new source is analysed in a child beside the reading; killed (out of memory,
    say), the run says so in one line and analyses it itself: the digests of a cold run."""
    import generator.commands.rebuild as rebuild

    parent, analysed = os.getpid(), rebuild._analysed

    def dies_in_the_child(*args: Any) -> Any:
        if os.getpid() != parent:
            os.kill(os.getpid(), signal.SIGKILL)
        return analysed(*args)

    monkeypatch.setattr(rebuild, "_analysed", dies_in_the_child)
    root = _corpus(tmp_path / "warm", seed_digests)
    out = root / "content/digests"
    assert run_digest(root / "content/sources", root / "content/registry", out, root) == 0
    said = capsys.readouterr().err.splitlines()
    assert [line for line in said if "stopped" in line] == [
        "analysis beside the reading stopped (the child process stopped without a result "
        "(exit code -9)): analysing its 1 new sources again"
    ]
    monkeypatch.undo()
    cold = content_copy(tmp_path / "cold", sources=sorted((root / "content/sources").iterdir()))
    cold_out = cold / "content/digests"
    assert run_digest(cold / "content/sources", cold / "content/registry", cold_out, cold) == 0
    assert _snapshot(cold_out) == _snapshot(out)
