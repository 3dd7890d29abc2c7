"""Adding, editing and removing an article gives the digests of a cold run, byte for byte.

Stories are the corpus stage that reuses most from the last run (its stories as kept
groups and ids, its story digests by the checksum of their inputs); whatever it reuses
must change the time, never the bytes. The corpus is the five seeds plus the bridge
collapse told by three outlets and an unrelated match report (tests/fixtures/stories);
the article added is a fourth report of the collapse, written for this test. A second
corpus (tests/fixtures/story_runs) has two stories that an added report bridges, and an
article that starts a story of its own; each of its runs is compared with a run over
the same sources and the same digests folder with every cache removed. A run that
analyses every article again (--force, another analysis version) forgets the stories'
groups: it gives a cold run's stories even where kept groups made them differ, each
under the id it had.
"""

from __future__ import annotations

import os
import shutil
from collections import Counter
from pathlib import Path

import pytest
import yaml
from seeds import SEED_FILES, content_copy
from story_shares import record_shares

from generator import settings
from generator.commands import rebuild
from generator.commands.digest import run_digest
from generator.corpus import story_terms
from generator.model import ArticleDigest
from generator.store import fingerprint
from generator.store.manifest import MANIFEST

FIXTURES = Path(__file__).parent / "fixtures" / "stories"
RUNS = Path(__file__).parent / "fixtures" / "story_runs"
# Published after the other reports, as a new report is: the story's title becomes
# its headline, while the story's id stays the one made from its first report's
# headline, which a cold run over every report gives too.
LOCAL_REPORT = """\
Divers search Bosna river after Doboj bridge gives way

14 March 2025

Divers searched the Bosna river on Sunday night after the Doboj bridge collapsed during \
the morning rush hour, the civil protection agency said.
Regional governor Amra Hadzic said at least ten people were missing and called for an \
independent investigation into why the bridge had not been inspected for years.
Rescue teams from the civil protection agency worked under floodlights as cranes lifted \
cars from the water.
Transport Minister Edin Kovac said engineers would inspect every bridge on the road \
before it reopened.
Families of the missing waited at the hospital in Doboj for news.
"""
EDITED_LINE = "Rescue work will continue overnight, according to the civil protection agency."
EDIT = (
    "Rescue work will continue overnight with divers from Croatia, "
    "according to the civil protection agency."
)

Snapshot = dict[str, bytes]


def _snapshot(out: Path) -> Snapshot:
    return {p.relative_to(out).as_posix(): p.read_bytes() for p in out.rglob("*") if p.is_file()}


def _digest(root: Path, force: bool = False) -> Snapshot:
    content = root / "content"
    out = content / "digests"
    assert run_digest(content / "sources", content / "registry", out, root, force) == 0
    return _snapshot(out)


def _uncached(root: Path, before: Path, step: str) -> Snapshot:
    """A run over the same sources and the digests folder `before` (the one the last run
    started from), with no caches: what reusing cached work must not change."""
    fresh = root.parent / f"uncached-{step}"
    content_copy(fresh, before, sorted((root / "content" / "sources").iterdir()))
    return _digest(fresh)


def _digest_and_uncached(root: Path, step: str) -> tuple[Snapshot, Snapshot]:
    """A run over `root` as the last run left it, and the same run without caches."""
    before = root.parent / f"before-{step}"
    shutil.copytree(root / "content" / "digests", before)
    return _digest(root), _uncached(root, before, step)


def _cold(root: Path, step: str) -> Snapshot:
    """A run over the same sources with no digests and no caches."""
    fresh = root.parent / f"cold-{step}"
    content_copy(fresh, sources=sorted((root / "content" / "sources").iterdir()))
    return _digest(fresh)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The seeds and the stories fixtures, digested once (the last run of each step)."""
    root = tmp_path_factory.mktemp("story-runs") / "repo"
    content_copy(root, sources=[*SEED_FILES, *sorted(FIXTURES.glob("*.txt"))])
    _digest(root)
    return root


def _stories(snapshot: Snapshot) -> list[list[str]]:
    return sorted(
        yaml.safe_load(data)["articles"] for key, data in snapshot.items() if "stories/" in key
    )


def _story_of(snapshot: Snapshot, article: str) -> dict:
    return next(
        story
        for key, data in snapshot.items()
        if "stories/" in key and article in (story := yaml.safe_load(data))["articles"]
    )


def test_add_edit_and_remove_give_the_digests_of_a_cold_run(corpus: Path) -> None:
    sources = corpus / "content" / "sources"
    bridge = ["101_bridge_wire", "102_bridge_daily", "103_bridge_radio"]

    first = _story_of(_snapshot(corpus / "content" / "digests"), "101_bridge_wire")
    (sources / "105_bridge_local.txt").write_text(LOCAL_REPORT, encoding="utf-8")
    added, uncached = _digest_and_uncached(corpus, "added")
    assert added == uncached
    assert [*bridge, "105_bridge_local"] in _stories(added), "the report joins the story"
    story = _story_of(added, "105_bridge_local")
    assert story["title"].startswith("Divers search"), "the title follows the latest report"
    assert story["title"] != first["title"] and story["id"] == first["id"]
    assert added == _cold(corpus, "added")

    wire = sources / "101_bridge_wire.txt"
    text = wire.read_text(encoding="utf-8")
    assert EDITED_LINE in text
    wire.write_text(text.replace(EDITED_LINE, EDIT), encoding="utf-8")
    edited, uncached = _digest_and_uncached(corpus, "edited")
    assert edited == uncached
    assert edited != added
    assert edited == _cold(corpus, "edited")

    # a report after the first: the story keeps the id a cold run gives it
    (sources / "103_bridge_radio.txt").unlink()
    removed, uncached = _digest_and_uncached(corpus, "removed")
    assert removed == uncached
    assert ["101_bridge_wire", "102_bridge_daily", "105_bridge_local"] in _stories(removed)
    assert removed == _cold(corpus, "removed")


def test_a_report_that_bridges_two_stories_joins_them_as_a_run_without_caches_does(
    tmp_path: Path,
) -> None:
    root = tmp_path / "repo"
    strike, ferries, bridge, tour = (
        RUNS / f"{n}.txt"
        for n in (
            "111_port_strike",
            "112_ferry_cancelled",
            "113_coast_walkout",
            "114_orchestra_tour",
        )
    )
    content_copy(root, sources=[*SEED_FILES, strike, ferries])
    first = _digest(root)
    assert ["111_port_strike"] in _stories(first)
    assert ["112_ferry_cancelled"] in _stories(first)
    sources = root / "content" / "sources"

    shutil.copy(bridge, sources / bridge.name)
    bridged, uncached = _digest_and_uncached(root, "bridged")
    assert ["111_port_strike", "112_ferry_cancelled", "113_coast_walkout"] in _stories(bridged)
    assert bridged == uncached

    shutil.copy(tour, sources / tour.name)
    toured, uncached = _digest_and_uncached(root, "toured")
    assert ["114_orchestra_tour"] in _stories(toured), "a story of its own"
    assert toured == uncached

    walkout = sources / bridge.name
    walkout.write_text(
        walkout.read_text(encoding="utf-8").replace("for a second day", "for a second day running"),
        encoding="utf-8",
    )
    edited, uncached = _digest_and_uncached(root, "edited")
    assert edited != toured
    assert edited == uncached

    walkout.unlink()
    removed, uncached = _digest_and_uncached(root, "removed")
    assert ["111_port_strike", "112_ferry_cancelled"] in _stories(removed), "a story stays whole"
    assert removed == uncached


def test_a_run_that_analyses_every_article_again_groups_the_stories_as_a_cold_run(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = tmp_path / "repo"
    strike, ferries, walkout = (
        RUNS / f"{n}.txt" for n in ("111_port_strike", "112_ferry_cancelled", "113_coast_walkout")
    )
    content_copy(root, sources=[*SEED_FILES, strike, ferries, walkout])
    joined = ["111_port_strike", "112_ferry_cancelled", "113_coast_walkout"]
    assert joined in _stories(_digest(root))
    (root / "content" / "sources" / walkout.name).unlink()
    kept = _digest(root)
    assert joined[:2] in _stories(kept), "removing one article keeps the last run's groups"
    cold = _cold(root, "removed")
    assert ["111_port_strike"] in _stories(cold), "a cold run never joined them"
    assert len(_stories(cold)) > 2
    versioned = tmp_path / "versioned"
    shutil.copytree(root, versioned)

    assert _digest(root, force=True) == cold

    code = fingerprint.code_key()
    # the code changed, and its analysis version with it
    monkeypatch.setattr(fingerprint, "code_key", lambda: code + " next")
    monkeypatch.setattr(rebuild, "ANALYSIS_VERSION", rebuild.ANALYSIS_VERSION + 1)
    again = _digest(versioned)
    assert again[MANIFEST] != cold[MANIFEST], "the manifest names the analysis version"
    del again[MANIFEST]
    assert again == {k: v for k, v in cold.items() if k != MANIFEST}


def test_stories_computed_one_share_at_a_time_are_the_bytes_of_one_process(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    sources = [*SEED_FILES, *sorted(FIXTURES.glob("*.txt"))]
    alone = tmp_path / "alone"
    content_copy(alone, sources=sources)
    expected = _digest(alone)
    assert len(_stories(expected)) > 2

    monkeypatch.setattr(settings, "PARALLEL_STORIES", 1)
    monkeypatch.setattr(settings, "STORY_SHARE", 1)  # a worker holds one story at a time
    monkeypatch.setattr(settings, "STORY_WORKER_TASKS", 1)  # and is replaced after each
    shares = record_shares(monkeypatch, tmp_path / "shares")  # one line per share
    shared = tmp_path / "shared"
    content_copy(shared, sources=sources)
    content = shared / "content"
    assert (
        run_digest(content / "sources", content / "registry", content / "digests", shared, jobs=2)
        == 0
    )
    assert _snapshot(content / "digests") == expected
    done = shares()
    assert sorted(n for _, n in done) == [1] * len(_stories(expected))
    assert os.getpid() not in {pid for pid, _ in done}
    assert len({pid for pid, _ in done}) == len(done)


def test_a_run_that_analyses_every_article_again_keeps_each_storys_id(tmp_path: Path) -> None:
    """A story's URL outlasts a full re-analysis, even where a cold run would name the
    story otherwise (here: an earlier report joined it after it was named)."""
    root = tmp_path / "repo"
    content_copy(root, sources=[*SEED_FILES, *sorted(FIXTURES.glob("*.txt"))])
    named = _story_of(_digest(root), "101_bridge_wire")["id"]
    early = LOCAL_REPORT.replace("14 March 2025", "10 March 2025")
    (root / "content" / "sources" / "100_bridge_early.txt").write_text(early, encoding="utf-8")
    assert _story_of(_digest(root), "100_bridge_early")["id"] == named
    assert _story_of(_cold(root, "early"), "100_bridge_early")["id"] != named
    assert _story_of(_digest(root, force=True), "100_bridge_early")["id"] == named


def test_grouping_counts_the_words_of_new_and_edited_texts_only(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The words of each article's text are kept between runs by its sentences: an added
    report's are counted, and an edited one's again (its old counts would group it by
    words it no longer has); the rest come from the cache. Grouping runs in a child, so
    each count is written down in a file."""
    root = tmp_path / "repo"
    content_copy(root, sources=[*SEED_FILES, *sorted(FIXTURES.glob("*.txt"))])
    _digest(root)
    log = tmp_path / "counted.txt"
    counted = story_terms._counted

    def logged(article: ArticleDigest) -> Counter[str]:
        with log.open("a", encoding="utf-8") as file:
            file.write(article.id + "\n")
        return counted(article)

    monkeypatch.setattr(story_terms, "_counted", logged)
    sources = root / "content" / "sources"
    (sources / "105_bridge_local.txt").write_text(LOCAL_REPORT, encoding="utf-8")
    added = _digest(root)
    assert log.read_text(encoding="utf-8").split() == ["105_bridge_local"]
    log.unlink()
    assert added == _cold(root, "added")
    # the cold run counted every text: its lines are not the edit's
    log.unlink()
    wire = sources / "101_bridge_wire.txt"
    wire.write_text(wire.read_text(encoding="utf-8").replace(EDITED_LINE, EDIT), encoding="utf-8")
    edited = _digest(root)
    assert log.read_text(encoding="utf-8").split() == ["101_bridge_wire"]
    assert edited != added
    assert edited == _cold(root, "edited")


def test_a_story_is_known_again_by_its_id_and_articles_alone(tmp_path: Path) -> None:
    """The next run reads a published story's id, former ids and articles, nothing else:
    a story file in a shape this code cannot read past those (here its claims, as an
    older layout might have written them) still keeps its URL when an earlier report
    joins it, where a cold run names the story otherwise."""
    root = tmp_path / "repo"
    content_copy(root, sources=[*SEED_FILES, *sorted(FIXTURES.glob("*.txt"))])
    named = _story_of(_digest(root), "101_bridge_wire")["id"]
    out = root / "content" / "digests"
    story = out / "stories" / f"{named}.yaml"
    data = yaml.safe_load(story.read_text(encoding="utf-8"))
    data["claims"] = "kept in another layout"
    text = yaml.safe_dump(data, sort_keys=False, allow_unicode=True)
    before = fingerprint.checksum(story.read_bytes())
    story.write_text(text, encoding="utf-8")
    manifest = out / MANIFEST
    listed = manifest.read_text(encoding="utf-8")
    assert listed.count(before) == 1  # as the run that wrote it listed it: not an edit
    manifest.write_text(
        listed.replace(before, fingerprint.checksum(text.encode("utf-8"))), encoding="utf-8"
    )
    early = LOCAL_REPORT.replace("14 March 2025", "10 March 2025")
    (root / "content" / "sources" / "100_bridge_early.txt").write_text(early, encoding="utf-8")
    assert _story_of(_digest(root), "100_bridge_early")["id"] == named
    assert _story_of(_cold(root, "early"), "100_bridge_early")["id"] != named


def test_a_story_the_next_run_cannot_keep_is_said_and_gets_the_id_a_cold_run_gives(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A published story whose former ids are not a list, or which lists no article, is
    said on one line naming the file and the problem, and not kept: the run finishes
    and the story gets the id a cold run gives it."""
    root = tmp_path / "repo"
    content_copy(root, sources=[*SEED_FILES, *sorted(FIXTURES.glob("*.txt"))])
    snapshot = _digest(root)
    named = _story_of(snapshot, "101_bridge_wire")["id"]
    out = root / "content" / "digests"
    manifest = out / MANIFEST
    for change, said in (
        ({"formerly": 5}, "formerly: expected a list"),
        ({"articles": []}, "lists no articles"),
    ):
        story = out / "stories" / f"{named}.yaml"
        data = {**yaml.safe_load(story.read_text(encoding="utf-8")), **change}
        text = yaml.safe_dump(data, sort_keys=False, allow_unicode=True)
        listed = manifest.read_text(encoding="utf-8")
        before = fingerprint.checksum(story.read_bytes())
        story.write_text(text, encoding="utf-8")
        manifest.write_text(
            listed.replace(before, fingerprint.checksum(text.encode("utf-8"))), encoding="utf-8"
        )
        capsys.readouterr()
        again = _digest(root)
        lines = [line for line in capsys.readouterr().err.splitlines() if named in line]
        assert len(lines) == 1 and said in lines[0] and "its id is not kept" in lines[0]
        assert _story_of(again, "101_bridge_wire")["id"] == named  # a cold run's id
        assert again == snapshot


def test_a_story_edited_by_hand_is_said_and_written_again(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A story file whose bytes are not what the last run wrote is said on one line, as
    an edited article digest is, and written again as a cold run writes it."""
    root = tmp_path / "repo"
    content_copy(root, sources=[*SEED_FILES, *sorted(FIXTURES.glob("*.txt"))])
    snapshot = _digest(root)
    named = _story_of(snapshot, "101_bridge_wire")["id"]
    story = root / "content" / "digests" / "stories" / f"{named}.yaml"
    story.write_text(story.read_text(encoding="utf-8") + "# edited\n", encoding="utf-8")
    capsys.readouterr()
    again = _digest(root)
    lines = [line for line in capsys.readouterr().err.splitlines() if named in line]
    assert len(lines) == 1 and "changed since the last run wrote it" in lines[0]
    assert again == snapshot
