"""Faults around the output: a folder that is not a digests folder, digests edited or
deleted, a cache edited or broken, a disk that fills up, a run stopped halfway. Nothing
the run did not write is touched, nothing edited is laundered, nothing hangs."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from hostile import HARBOUR, LIBRARY, Run, check, corpus, digest, load, variant

from generator.commands.cli import main
from generator.corpus import aggregate, stories
from generator.store.cache import SUFFIX
from generator.store.fingerprint import cache_file, checksum

REPO = Path(__file__).resolve().parent.parent


def _tree(folder: Path) -> dict[str, bytes]:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def test_a_folder_that_is_not_a_digests_folder_is_refused_untouched(tmp_path: Path) -> None:
    corpus(tmp_path)
    work = tmp_path / "work"
    for name, text in {
        ".git/objects/pack.abcd1234.tmp": "x",
        ".notes.deadbeef.tmp": "y",
        "articles/mine.yaml": "mine: true\n",
        "people/.draft.0badcafe.tmp": "z",
        "todo.txt": "write the report\n",
    }.items():
        (work / name).parent.mkdir(parents=True, exist_ok=True)
        (work / name).write_text(text, encoding="utf-8")
    before = _tree(work)
    done = digest(tmp_path, out="work")
    assert done.code == 2
    assert done.err == [
        "work: holds other files and no manifest.yaml, so it is not a digests folder; "
        "give --out a new or empty folder, or the digests folder"
    ]
    assert _tree(work) == before


def test_out_dot_is_refused(tmp_path: Path) -> None:
    corpus(tmp_path)
    (tmp_path / "keep.tmp").write_text("mine", encoding="utf-8")
    done = digest(tmp_path, out=".")
    assert done.code == 2 and "not a digests folder" in done.err[0]
    assert (tmp_path / "keep.tmp").exists() and not (tmp_path / "articles").exists()


def test_out_that_is_a_file_is_one_line(tmp_path: Path) -> None:
    corpus(tmp_path)
    (tmp_path / "out").write_text("a file", encoding="utf-8")
    done = digest(tmp_path)
    assert done.code == 2
    assert done.err == ["out: not a folder; give --out a folder for the digests"]


def test_only_what_the_manifest_lists_is_deleted(tmp_path: Path) -> None:
    sources = corpus(tmp_path)
    assert digest(tmp_path).code == 0
    out = tmp_path / "out"
    foreign = {
        "articles/notes.yaml": b"mine: true\n",
        "people/.keep.tmp": b"mine",
        "stories/.plan.tmp": b"mine",
    }
    for key, data in foreign.items():
        (out / key).parent.mkdir(exist_ok=True)
        (out / key).write_bytes(data)
    (sources / "library.txt").unlink()
    done = digest(tmp_path)
    assert done.code == 0, done.err
    assert not (out / "articles/library.yaml").exists()  # its source is gone
    assert {key: (out / key).read_bytes() for key in foreign} == foreign


def test_a_hand_edited_article_digest_is_analysed_again_not_spread(tmp_path: Path) -> None:
    corpus(tmp_path)
    assert digest(tmp_path).code == 0
    article = tmp_path / "out/articles/harbour.yaml"
    original = article.read_text(encoding="utf-8")
    invented = "ended a three-day strike after winning every demand"
    article.write_text(original.replace("ended a three-day strike", invented), "utf-8")
    done = digest(tmp_path)
    assert done.code == 0
    assert "changed since the last run wrote it" in done.line_for("articles/harbour.yaml")
    assert "(1 analysed, 1 unchanged)" in done.err[-1]
    assert article.read_text(encoding="utf-8") == original
    written = b"".join(_tree(tmp_path / "out").values()).decode("utf-8")
    assert "winning every demand" not in written
    assert check(tmp_path).code == 0


def test_deleted_digests_are_written_again(tmp_path: Path) -> None:
    corpus(tmp_path)
    assert digest(tmp_path).code == 0
    before = _tree(tmp_path / "out")
    shutil.rmtree(tmp_path / "out")
    done = digest(tmp_path)
    assert done.code == 0 and "up to date" not in done.err[-1]
    assert _tree(tmp_path / "out") == before


def test_a_deleted_manifest_is_written_again(tmp_path: Path) -> None:
    corpus(tmp_path)
    assert digest(tmp_path).code == 0
    (tmp_path / "out/manifest.yaml").unlink()
    assert "up to date" not in digest(tmp_path).err[-1]
    assert check(tmp_path).code == 0


@pytest.mark.parametrize("where", ["a folder", "a missing folder"])
def test_timings_that_cannot_be_written_stop_the_run_before_it_starts(
    tmp_path: Path, where: str
) -> None:
    corpus(tmp_path)
    (tmp_path / "times").mkdir()
    target = "times" if where == "a folder" else "nowhere/times.json"
    done = digest(tmp_path, "--timings", target)
    assert done.code == 2
    assert done.err == [f"{target}: --timings must name a file in an existing folder"]
    assert not (tmp_path / "out").exists()


def _cache(root: Path, kind: str) -> Path:
    path = cache_file(root, root / "out", kind)
    return path if kind == "last-run" else path.with_suffix(SUFFIX)


def test_a_corrupted_cache_costs_time_not_a_traceback(tmp_path: Path) -> None:
    corpus(tmp_path)
    assert digest(tmp_path).code == 0
    expected = _tree(tmp_path / "out")
    _cache(tmp_path, "last-run").write_bytes(bytes(range(256)))
    _cache(tmp_path, "digests").write_text('{"code": 5, "files": {"x": 7}}', "utf-8")
    _cache(tmp_path, "stories").unlink()
    _cache(tmp_path, "stories").mkdir()
    _cache(tmp_path, "centrality").write_text("[1, 2", "utf-8")
    (tmp_path / "sources/harbour.txt").write_text(variant(HARBOUR, 1), encoding="utf-8")
    done = digest(tmp_path)
    assert done.code == 0, done.err
    assert "cannot keep the cache" in done.line_for("stories-")
    (tmp_path / "sources/harbour.txt").write_text(HARBOUR, encoding="utf-8")
    assert digest(tmp_path).code == 0
    assert _tree(tmp_path / "out") == expected


def test_a_cache_folder_that_is_a_file_costs_time_only(tmp_path: Path) -> None:
    corpus(tmp_path)
    (tmp_path / ".cache").write_text("not a folder", encoding="utf-8")
    done = digest(tmp_path)
    assert done.code == 0
    assert "cannot keep the cache" in done.line_for(".cache")
    assert (tmp_path / "out/articles/harbour.yaml").exists()


def test_a_hand_edited_stories_cache_does_not_reach_the_digests(tmp_path: Path) -> None:
    corpus(tmp_path, {"a.txt": HARBOUR, "b.txt": variant(HARBOUR, 2)})
    assert digest(tmp_path).code == 0
    story = next((tmp_path / "out/stories").glob("*.yaml"))
    sentence = "Council spokesman Tomas Brek said the review would report by the end of June."
    assert sentence in story.read_text(encoding="utf-8")
    stories = _cache(tmp_path, "stories")
    stories.write_bytes(
        stories.read_bytes().replace(b"would report by the end of June", b"had resigned")
    )
    (tmp_path / "sources/c.txt").write_text(LIBRARY, encoding="utf-8")  # another story's
    assert digest(tmp_path).code == 0
    written = b"".join(_tree(tmp_path / "out").values()).decode("utf-8")
    assert "had resigned" not in written and sentence in story.read_text(encoding="utf-8")


def test_a_disk_full_is_one_line_and_check_says_the_run_did_not_finish(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    corpus(tmp_path, {f"{n}.txt": variant(HARBOUR, n) for n in range(6)})
    assert digest(tmp_path).code == 0
    real = os.replace
    calls = [0]

    def full(src: str | Path, dst: str | Path) -> None:
        calls[0] += 1
        if calls[0] > 3:
            raise OSError(28, "No space left on device", str(dst))
        real(src, dst)

    monkeypatch.setattr(os, "replace", full)
    for n in range(6):
        (tmp_path / f"sources/{n}.txt").write_text(variant(LIBRARY, n), encoding="utf-8")
    done = digest(tmp_path)
    monkeypatch.setattr(os, "replace", real)
    assert done.code == 2
    assert len(done.err) == 1 and "No space left on device" in done.err[0], done.err
    assert "the digest run stopped before it finished" in done.err[0]
    checked = check(tmp_path)
    assert checked.code == 1
    assert [line for line in checked.out if "temp file" not in line] == [
        "out/.writing: the last digest run did not finish (it was stopped or killed); "
        "rerun `python -m generator digest`"
    ]
    assert digest(tmp_path).code == 0 and check(tmp_path).code == 0


def test_a_disk_full_while_the_stories_are_written_is_one_line_too(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # the stories' files are written in a forked child: its error is told as the run's own
    corpus(tmp_path, {f"{n}.txt": variant(HARBOUR, n) for n in range(4)})
    real = os.replace

    def full(src: str | Path, dst: str | Path) -> None:
        if "stories" in Path(dst).parts:
            raise OSError(28, "No space left on device", str(dst))
        real(src, dst)

    monkeypatch.setattr(os, "replace", full)
    done = digest(tmp_path)
    monkeypatch.setattr(os, "replace", real)
    assert done.code == 2
    assert len(done.err) == 1 and "No space left on device" in done.err[0], done.err
    assert "the digest run stopped before it finished" in done.err[0]
    assert check(tmp_path).code == 1
    assert digest(tmp_path).code == 0 and check(tmp_path).code == 0


def test_ctrl_c_is_one_line_and_the_next_run_finishes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    corpus(tmp_path)
    real = os.replace
    calls = [0]

    def interrupted(src: str | Path, dst: str | Path) -> None:
        calls[0] += 1
        if calls[0] == 2:
            raise KeyboardInterrupt
        real(src, dst)

    monkeypatch.setattr(os, "replace", interrupted)
    done = digest(tmp_path)
    monkeypatch.setattr(os, "replace", real)
    assert done.code == 130 and done.err == ["digest: interrupted; run it again to finish"]
    assert "did not finish" in check(tmp_path).out[0]
    assert digest(tmp_path).code == 0 and check(tmp_path).code == 0


# In a process of its own, so that a hang is a timeout here, not a stuck test run.
_WRITE_ERROR = """
import sys
from pathlib import Path
from generator.commands.cli import main
from generator.corpus import aggregate, stories
from generator.corpus import stories

root = Path(sys.argv[1])
real = stories.build

def padded(articles, persons, countries, known, *rest):
    built = real(articles, persons, countries, known, *rest)
    known.put("padding", "x" * 4_000_000)  # a result far larger than a pipe holds
    return built

stories.build = padded
args = ["digest", "--sources", str(root / "sources"), "--out", str(root / "out")]
assert main([*args, "--registry", str(root / "registry")]) == 0
(root / "sources" / "new.txt").write_text(sys.argv[2], encoding="utf-8")
(root / "out" / "people").rename(root / "people-moved")
(root / "out" / "people").write_text("a file where the folder was")
sys.exit(main([*args, "--registry", str(root / "registry")]))
"""


def test_a_write_error_with_a_large_stories_result_exits_with_one_line(tmp_path: Path) -> None:
    corpus(tmp_path)
    (tmp_path / "registry").mkdir()
    done = subprocess.run(
        [sys.executable, "-c", _WRITE_ERROR, str(tmp_path), variant(LIBRARY, 9)],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env={**os.environ, "PYTHONPATH": str(REPO)},
        timeout=120,
        check=False,
    )
    assert done.returncode == 2, done.stderr
    assert "Traceback" not in done.stderr
    last = done.stderr.splitlines()[-1]
    assert (
        last.startswith(str(tmp_path / "out" / "people")) and "stopped before it finished" in last
    )


def _running(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def test_a_stopped_child_takes_its_workers_with_it(tmp_path: Path) -> None:
    pids = tmp_path / "pids"
    script = textwrap.dedent(
        f"""
        import os, time
        from pathlib import Path
        from generator.forked import Forked, in_workers

        def task(n):
            with open({str(pids)!r}, "a") as f:
                f.write(f"{{os.getpid()}}\\n")
            time.sleep(60)

        child = Forked(lambda: list(in_workers(task, [1, 2], 2)))
        while len(Path({str(pids)!r}).read_text().split()) < 2 if Path({str(pids)!r}).exists() else True:
            time.sleep(0.05)
        child.stop()
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(REPO)},
        timeout=30,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    workers = [int(p) for p in pids.read_text().split()]
    deadline = time.monotonic() + 5
    while any(_running(p) for p in workers) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not any(_running(p) for p in workers)


def test_a_failed_aggregation_stops_the_grouping_child(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # stories are grouped in a child while this process aggregates: an error there must
    # not leave the child running (or blocked on its result) after the run
    corpus(tmp_path)
    pids = tmp_path / "grouping.pid"

    def slow(*_: object) -> list[list[str]]:
        pids.write_text(str(os.getpid()))
        time.sleep(60)
        return []

    def failed(*_: object) -> None:
        while not pids.exists():
            time.sleep(0.05)
        raise RuntimeError("aggregation failed")

    monkeypatch.setattr(stories, "grouped", slow)
    monkeypatch.setattr(aggregate, "countries", failed)
    with pytest.raises(RuntimeError, match="aggregation failed"):
        digest(tmp_path)
    child = int(pids.read_text())
    deadline = time.monotonic() + 5
    while _running(child) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not _running(child)


def test_output_of_valid_input_is_unchanged_by_all_this(tmp_path: Path) -> None:
    corpus(tmp_path)
    first = digest(tmp_path)
    assert first.code == 0 and first.err[-1].startswith("2 sources (2 analysed, 0 unchanged)")
    again: Run = digest(tmp_path)
    assert again.err == ["2 sources, nothing changed since the last run: digests up to date"]
    assert load(tmp_path / "out/manifest.yaml")["format"] == 1
    assert (
        main(["check", "--sources", str(tmp_path / "sources"), "--out", str(tmp_path / "out")]) == 0
    )


def test_a_source_that_cannot_be_read_keeps_its_digest(tmp_path: Path) -> None:
    sources = corpus(tmp_path)
    assert digest(tmp_path).code == 0
    kept = (tmp_path / "out/articles/library.yaml").read_bytes()
    (sources / "library.txt").unlink()
    os.mkfifo(sources / "library.txt")  # there, but not readable as an article
    done = digest(tmp_path)
    assert done.code == 1
    assert "not a regular file" in done.line_for("library.txt")
    assert (tmp_path / "out/articles/library.yaml").read_bytes() == kept
    assert "(1 keep their previous digest)" in done.err[-1]


def test_a_hand_edited_digests_cache_reaches_neither_digests_nor_site(tmp_path: Path) -> None:
    from generator.site import render_folder

    corpus(tmp_path)
    assert digest(tmp_path).code == 0
    index = _cache(tmp_path, "digests")
    for sealed_again in (False, True):  # the edit left unsealed, or sealed as its shard
        edited = 0
        for cached in index.parent.glob(f"{index.stem}.*{SUFFIX}"):  # the shards
            raw = cached.read_bytes()
            if b"flooded basement" not in raw:
                continue
            _, _, payload = raw.partition(b"\n")
            payload = payload.replace(b"flooded basement", b"secret bunker...")  # same length
            seal = checksum(payload) if sealed_again else raw.partition(b"\n")[0].decode()
            cached.write_bytes(seal.encode() + b"\n" + payload)
            edited += 1
        assert edited, "the text is in some shard of the cache"
        pages, _ = render_folder(tmp_path / "out", root=tmp_path)
        assert "secret bunker" not in "".join(pages.values())
        harbour = variant(HARBOUR, 3 + sealed_again)
        (tmp_path / "sources/harbour.txt").write_text(harbour, encoding="utf-8")
        assert digest(tmp_path).code == 0  # library.txt is unchanged: its digest is reused
        written = b"".join(_tree(tmp_path / "out").values()).decode("utf-8")
        assert "secret bunker" not in written and "flooded basement" in written
