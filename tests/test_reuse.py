"""What a run may skip: nothing when nothing changed, the model when only people changed.

And what it must not skip: a digest edited by hand, registry files that per-article
analysis reads. Worker processes must give the same bytes as one process.
"""

from __future__ import annotations

import multiprocessing
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from seeds import SEED_FILES, content_copy
from story_shares import record_shares

from generator import settings
from generator.article import nlp
from generator.commands.digest import run_digest
from generator.corpus import disagree
from generator.model import ArticleDigest
from generator.site import render_folder
from generator.store.cache import ResultCache
from generator.store.yamlio import atomic_write
from generator.text import tfidf


def _repo(root: Path, seed_digests: Path) -> Path:
    return content_copy(root, seed_digests)


def _run(root: Path, capsys: pytest.CaptureFixture[str], **options: object) -> str:
    code = run_digest(
        root / "content/sources",
        root / "content/registry",
        root / "content/digests",
        root,
        **options,  # type: ignore[arg-type]
    )
    assert code == 0
    return capsys.readouterr().err


def _add_article(root: Path) -> None:
    """A sixth article on the seeds' story: the first one with a sentence of its own."""
    first, *rest = SEED_FILES[0].read_text("utf-8").split("\n")
    (root / "content/sources/005_extra.txt").write_text(
        "\n".join([first, "Defence Minister Hanno Pevkur said no decision had been taken.", *rest]),
        encoding="utf-8",
    )


def _files(folder: Path) -> dict[str, bytes]:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*.yaml"))
    }


def test_nothing_changed_means_nothing_to_do(
    tmp_path: Path, seed_digests: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = _repo(tmp_path, seed_digests)
    # a copied digests folder has no sentence parses kept beside it: analysed once more
    assert "(5 analysed, 0 unchanged)" in _run(root, capsys)
    before = {p: p.stat().st_mtime_ns for p in (root / "content/digests").rglob("*")}
    assert "nothing changed since the last run" in _run(root, capsys)
    assert {p: p.stat().st_mtime_ns for p in (root / "content/digests").rglob("*")} == before


def test_a_moved_project_folder_keeps_its_caches(
    tmp_path: Path, seed_digests: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = _repo(tmp_path / "before", seed_digests)
    _run(before, capsys)
    root = tmp_path / "after"
    before.rename(root)
    assert "nothing changed since the last run" in _run(root, capsys)
    _add_article(root)
    assert "(1 analysed, 5 unchanged)" in _run(root, capsys)
    moved = _files(root / "content/digests")
    shutil.rmtree(root / ".cache")
    _run(root, capsys)
    assert _files(root / "content/digests") == moved


def test_the_command_leaves_its_caches_and_its_exit_code(
    tmp_path: Path, seed_digests: Path
) -> None:
    # the command ends its process without freeing the run's data: what it says, its
    # exit code and what it saves for the next run are all there
    root = _repo(tmp_path, seed_digests)
    command = [sys.executable, "-m", "generator", "digest", "--jobs", "1"]
    done = subprocess.run(command, cwd=root, capture_output=True, text=True, check=False)
    assert done.returncode == 0
    assert done.stderr.endswith("(5 analysed, 0 unchanged), 18 people, 14 countries, 1 stories\n")
    (root / "content/sources/zz_empty.txt").write_text("", encoding="utf-8")
    done = subprocess.run(command, cwd=root, capture_output=True, text=True, check=False)
    assert done.returncode == 1
    assert "(0 analysed, 5 unchanged)" in done.stderr and "zz_empty.txt" in done.stderr


def test_a_hand_edited_digest_is_written_again(
    tmp_path: Path, seed_digests: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = _repo(tmp_path, seed_digests)
    _run(root, capsys)
    person = root / "content/digests/people/kaja-kallas.yaml"
    original = person.read_bytes()
    person.write_bytes(original.replace(b"Kaja Kallas", b"Kaja Kalas", 1))
    assert "nothing changed" not in _run(root, capsys)
    assert person.read_bytes() == original


def test_a_hand_edit_that_keeps_size_and_time_is_written_over(
    tmp_path: Path, seed_digests: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Unchanged digests are known by their stat, not read back: an edit in place of
    the same length, its modification time set back, must still be seen."""
    root = _repo(tmp_path, seed_digests)
    _run(root, capsys)
    person = root / "content/digests/people/kaja-kallas.yaml"
    original, before = person.read_bytes(), person.stat()
    person.write_bytes(original.replace(b"Kaja Kallas", b"Kaja Kallus", 1))
    os.utime(person, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert person.stat().st_size == before.st_size
    assert "nothing changed" not in _run(root, capsys)
    assert person.read_bytes() == original


def test_registry_edits_reanalyse_only_when_analysis_reads_them(
    tmp_path: Path, seed_digests: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = _repo(tmp_path, seed_digests)
    _run(root, capsys)
    people = root / "content/registry/people.yaml"
    roll = root / "content/digests/people/madis-roll.yaml"
    assert "spelling: Madis Rohr" in roll.read_text(encoding="utf-8")  # found by the generator
    people.write_text(
        people.read_text(encoding="utf-8")
        + "  - name: Madis Roll\n    aliases: [Madis Rohr]\n    country: estonia\n",
        encoding="utf-8",
    )
    assert "(0 analysed, 5 unchanged)" in _run(root, capsys)  # people are linked later
    assert "spelling: Madis Rohr" not in roll.read_text(encoding="utf-8")  # now the registry's
    organizations = root / "content/registry/organizations.yaml"
    organizations.write_text(
        organizations.read_text(encoding="utf-8") + "  - name: Estonian Defence Forces\n",
        encoding="utf-8",
    )
    assert "(5 analysed, 0 unchanged)" in _run(root, capsys)


def test_worker_processes_write_the_same_bytes(
    tmp_path: Path, seed_digests: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # batches of one article, so that five sources keep two processes busy
    monkeypatch.setattr(settings, "BATCH_SIZE", 1)
    monkeypatch.setattr(settings, "MIN_SOURCES_PER_PROCESS", 1)
    contexts: list[str | None] = []
    real_context = multiprocessing.get_context

    def context(method: str | None = None) -> multiprocessing.context.BaseContext:
        contexts.append(method)
        return real_context(method)

    monkeypatch.setattr(multiprocessing, "get_context", context)
    root = _repo(tmp_path, seed_digests)
    shutil.rmtree(root / "content/digests")
    code = run_digest(
        root / "content/sources",
        root / "content/registry",
        root / "content/digests",
        root,
        jobs=2,
    )
    assert code == 0
    # the parsing workers, the weights beside resolving, the grouping beside aggregation
    # and writing, the story digests written beside the people's (one story: computed
    # in this process)
    assert contexts == ["fork"] * 4
    assert _files(root / "content/digests") == _files(seed_digests)


def test_stories_built_by_worker_processes_are_the_same_bytes(
    tmp_path: Path,
    seed_digests: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(settings, "PARALLEL_STORIES", 1)  # the seeds' one story, in a pool
    shares = record_shares(monkeypatch, tmp_path / "shares")  # one line per share
    root = _repo(tmp_path / "repo", seed_digests)
    for story in (root / "content/digests/stories").iterdir():
        story.unlink()
    _run(root, capsys, jobs=2)
    assert _files(root / "content/digests") == _files(seed_digests)
    done = shares()
    assert sorted(n for _, n in done) == [1]  # one story: one share, no empty one
    assert os.getpid() not in {pid for pid, _ in done}


def test_the_site_reads_a_hand_edited_digest_not_the_cache(
    tmp_path: Path, seed_digests: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = _repo(tmp_path, seed_digests)
    _run(root, capsys)
    digests = root / "content/digests"
    assert (root / ".cache/briefing").is_dir()
    pages, problems = render_folder(digests, root)
    assert problems == [] and pages == render_folder(digests)[0]  # cache and YAML agree
    person = digests / "people/kaja-kallas.yaml"
    person.write_text(
        person.read_text(encoding="utf-8").replace("name: Kaja Kallas", "name: Kaja Kallas Edited"),
        encoding="utf-8",
    )
    assert "# Kaja Kallas Edited" in render_folder(digests, root)[0]["people/kaja-kallas.md"]


def test_stories_whose_articles_did_not_change_are_reused(
    tmp_path: Path,
    seed_digests: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    root = _repo(tmp_path, seed_digests)
    _run(root, capsys)
    calls = tmp_path / "calls"  # a file: stories are built in a forked child process
    real_find = disagree.find

    def find(groups: list[list[ArticleDigest]], *rest: Any) -> Any:
        with calls.open("a", encoding="utf-8") as record:
            record.write(f"{len(groups)}\n")
        return real_find(groups, *rest)

    def computed() -> list[int]:
        return [int(n) for n in calls.read_text(encoding="utf-8").split()]

    monkeypatch.setattr(disagree, "find", find)
    people = root / "content/registry/people.yaml"
    people.write_text(people.read_text(encoding="utf-8") + "# a comment\n", encoding="utf-8")
    _run(root, capsys)  # a registry edit: a full run, the same articles
    assert computed() == [0]
    assert _files(root / "content/digests") == _files(seed_digests)
    _add_article(root)
    _run(root, capsys)
    assert computed() == [0, 1]  # the story the new article joins, again


def test_digests_get_the_mode_of_any_new_file(tmp_path: Path) -> None:
    old = os.umask(0o022)
    try:
        assert atomic_write(tmp_path / "new" / "a.yaml", "a: 1\n")
        assert not atomic_write(tmp_path / "new" / "a.yaml", "a: 1\n")  # same text: untouched
    finally:
        os.umask(old)
    assert (tmp_path / "new" / "a.yaml").stat().st_mode & 0o777 == 0o644
    assert [p.name for p in (tmp_path / "new").iterdir()] == ["a.yaml"]


def test_sentence_weights_are_computed_once_per_article_text(
    tmp_path: Path,
    seed_digests: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    root = _repo(tmp_path, seed_digests)
    _run(root, capsys)
    log = tmp_path / "weighed"  # a file: the weights are computed in a forked child
    real = tfidf.centrality

    def centrality(sentences: list[str]) -> list[float]:
        with log.open("a", encoding="utf-8") as out:
            out.write(f"{len(sentences)}\n")
        return real(sentences)

    def weighed() -> int:
        return len(log.read_text("utf-8").splitlines()) if log.exists() else 0

    monkeypatch.setattr(tfidf, "centrality", centrality)
    _add_article(root)
    _run(root, capsys)
    assert weighed() == 1  # the new article's, not again the five others'
    reused = _files(root / "content/digests")
    shutil.rmtree(root / ".cache")
    _run(root, capsys)
    assert weighed() == 1 + 6  # no cache: every article weighed, to the same digests
    assert _files(root / "content/digests") == reused


def test_stories_computed_again_read_the_kept_parses_not_the_model(
    tmp_path: Path,
    seed_digests: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    root = _repo(tmp_path, seed_digests)
    _run(root, capsys)  # the articles reused; the story's sentences parsed and kept
    (stories_cache,) = (root / ".cache/briefing").glob("stories-*.marshal")
    stories_cache.unlink()  # the story computed again, as when an article joins it

    def no_model() -> None:
        raise AssertionError("the model was loaded")

    monkeypatch.setattr(nlp, "load", no_model)
    people = root / "content/registry/people.yaml"
    people.write_text(people.read_text(encoding="utf-8") + "# a comment\n", encoding="utf-8")
    assert "nothing changed" not in _run(root, capsys)
    assert _files(root / "content/digests") == _files(seed_digests)


def test_a_child_sends_back_only_the_results_its_parent_lacks(tmp_path: Path) -> None:
    """A child (the sentences' weighing) returns the keys of kept results and the new
    ones only: its parent, which loaded the same cache, then saves what the child used."""
    path = tmp_path / "stories.marshal"
    first = ResultCache(path, "salt")
    first.put("a", {"title": "A"})
    first.put("b", {"title": "B"})
    first.save()
    parent, child = ResultCache(path, "salt"), ResultCache(path, "salt")
    child.results = parent.results  # what a forked child holds
    child.put("a", child.get("a"))
    child.put("c", {"title": "C"})
    reused, new = child.changes()
    assert reused == ["a"] and new == {"c": {"title": "C"}}
    parent.take((reused, new))
    assert parent.used == child.used


def test_cues_worked_out_beside_resolving_make_the_same_digests(
    tmp_path: Path,
    seed_digests: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # a large corpus has the stories' cues worked out in the weighing child
    # (`settings.CUES_BESIDE_RESOLVING`); a small one leaves them to the story workers
    root = _repo(tmp_path, seed_digests)
    monkeypatch.setattr(settings, "CUES_BESIDE_RESOLVING", 0)
    taken: list[int] = []
    real = disagree.Cues.take

    def take(self: disagree.Cues, articles: Any, answers: Any) -> None:
        taken.append(len(answers[1]))
        real(self, articles, answers)

    monkeypatch.setattr(disagree.Cues, "take", take)
    _run(root, capsys)  # every story computed: no story cache yet
    assert taken and taken[0] > 0
    assert _files(root / "content/digests") == _files(seed_digests)
