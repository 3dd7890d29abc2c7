"""Stories on realistic multi-outlet text: which articles are one story, and the
disagreements in it, each of which a reader must be able to trust.

The corpus is the five seeds plus three reports of one bridge collapse (written for
these tests, with the contradictions and the near-misses real coverage has) and an
unrelated match report.
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator.commands.digest import run_digest
from generator.corpus import stories
from generator.corpus.disagree.rules import _figure_conflict
from generator.corpus.disagree.story import Figure as _Figure
from generator.model import ArticleDigest, ArticleEntity

REPO = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).parent / "fixtures" / "stories"
SEEDS = sorted(p.stem for p in (REPO / "content" / "sources").glob("*.txt"))
BRIDGE = ["101_bridge_wire", "102_bridge_daily", "103_bridge_radio"]


@pytest.fixture(scope="module")
def digests(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("stories")
    sources = root / "content" / "sources"
    sources.mkdir(parents=True)
    for path in [*(REPO / "content" / "sources").glob("*.txt"), *FIXTURES.glob("*.txt")]:
        shutil.copy(path, sources / path.name)
    shutil.copytree(REPO / "content" / "registry", root / "content" / "registry")
    out = root / "content" / "digests"
    assert run_digest(sources, root / "content" / "registry", out, root=root) == 0
    return out


def _load(path: Path) -> Any:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def _story(digests: Path, first: str) -> dict[str, Any]:
    found = [
        s for p in (digests / "stories").glob("*.yaml") if (s := _load(p))["articles"][0] == first
    ]
    assert len(found) == 1
    return found[0]


def _cited(disagreement: dict[str, Any]) -> set[tuple[str, int]]:
    return {(c["article"], c["sentence"]) for c in disagreement["citations"]}


def test_each_event_is_one_story_and_the_match_report_its_own(digests: Path) -> None:
    groups = sorted(_load(p)["articles"] for p in (digests / "stories").glob("*.yaml"))
    assert [g for g in groups if len(g) > 1] == sorted([SEEDS, BRIDGE])
    assert sorted(a for g in groups for a in g) == sorted(
        p.stem for p in (digests / "articles").glob("*.yaml")
    )


def test_every_disagreement_cites_the_sentences_it_sets_against_each_other(
    digests: Path,
) -> None:
    for first in (SEEDS[0], BRIDGE[0]):
        for d in _story(digests, first)["disagreements"]:
            assert len(d["citations"]) >= 2 and d["about"]
            if d["kind"] != "spelling":
                one_source = len({c["article"] for c in d["citations"]}) == 1
                assert d["kind"] == ("within-source" if one_source else "sources")
            for c in d["citations"]:
                article = _load(digests / "articles" / f"{c['article']}.yaml")
                assert article["sentences"][c["sentence"]] == c["text"]


def test_two_death_tolls_disagree_but_a_hedged_one_agrees_with_both(digests: Path) -> None:
    story = _story(digests, BRIDGE[0])
    figures = [d for d in story["disagreements"] if d["about"].startswith("different figures")]
    assert [(_cited(d), d["kind"]) for d in figures] == [
        ({(BRIDGE[0], 2), (BRIDGE[1], 1)}, "sources")
    ]
    assert "12 people" in figures[0]["about"] and "15 people" in figures[0]["about"]
    # "At least 12 people were killed" contradicts neither 12 nor 15
    assert all((BRIDGE[2], 1) not in _cited(d) for d in story["disagreements"])


def test_a_rebuttal_is_cited_with_the_words_it_rejects(digests: Path) -> None:
    bridge = _story(digests, BRIDGE[0])
    (rebuttal,) = [d for d in bridge["disagreements"] if " dismissed what " in d["about"]]
    assert (
        rebuttal["about"].startswith("Edin Kovac dismissed what") and "Hadzic" in rebuttal["about"]
    )
    first, *answered = rebuttal["citations"]
    assert (first["article"], first["sentence"]) == (BRIDGE[1], 2)
    # the governor's words in the same report, and as another outlet carries them
    assert (BRIDGE[1], 6) in _cited(rebuttal)
    assert any(c["article"] != BRIDGE[1] and "Hadzic" in c["text"] for c in answered)
    assert rebuttal["kind"] == "sources"
    # "dismissed the opposition's plan" is criticism of a plan, not a contradiction
    assert all((BRIDGE[1], 5) not in _cited(d) for d in bridge["disagreements"])

    seeds = _story(digests, SEEDS[0])
    (pevkur,) = [d for d in seeds["disagreements"] if "Pevkur" in d["about"]]
    assert pevkur["about"] == "Hanno Pevkur downplayed what Madis Roll said"
    assert (pevkur["citations"][0]["article"], pevkur["citations"][0]["sentence"]) == (SEEDS[3], 11)
    # the minister against the adviser as another outlet reports him: across sources
    assert pevkur["kind"] == "sources"
    assert any(c["article"] != SEEDS[3] and "Roll" in c["text"] for c in pevkur["citations"])


def test_one_subject_said_to_do_and_not_to_do_the_same_thing(digests: Path) -> None:
    bridge = {frozenset(_cited(d)): d for d in _story(digests, BRIDGE[0])["disagreements"]}
    visit = bridge[frozenset({(BRIDGE[0], 5), (BRIDGE[1], 4)})]
    assert visit["kind"] == "sources" and visit["about"].startswith("Edin Kovac: ")
    teams = bridge[frozenset({(BRIDGE[0], 6), (BRIDGE[1], 7)})]
    assert teams["about"].startswith("Croatia: ")
    seeds = {frozenset(_cited(d)): d for d in _story(digests, SEEDS[0])["disagreements"]}
    canada = seeds[frozenset({(SEEDS[1], 18), (SEEDS[1], 19)})]
    assert canada["kind"] == "within-source" and canada["about"].startswith("Canada: ")


def test_negations_that_contradict_nothing_are_not_listed(digests: Path) -> None:
    cited = {c for first in (SEEDS[0], BRIDGE[0])
             for d in _story(digests, first)["disagreements"] if d["kind"] != "spelling"
             for c in _cited(d)}  # fmt: skip
    assert (BRIDGE[0], 7) not in cited  # "Hadzic did not say when the road would reopen"
    assert (SEEDS[0], 6) not in cited  # "Rohr did not specify what non-combat missions ..."
    assert (SEEDS[4], 0) not in cited  # "allies should not fear" is not against anything


@pytest.mark.parametrize(
    ("a", "b", "clash"),
    [
        (("12 people", 12, None), ("15 people", 15, None), True),
        (("at least 12 people", 12, "min"), ("15 people", 15, None), False),
        (("up to 15 people", 15, "max"), ("12 people", 12, None), False),
        (("29%", 29, None), ("28.9%", 28.9, None), False),  # rounded
        (("about 7,000 troops", 7000, "about"), ("6,900 troops", 6900, None), False),
        (("about 7,000 troops", 7000, "about"), ("5,000 troops", 5000, None), True),
        (("£80m", 80e6, None), ("£82m", 82e6, None), False),
    ],
)
def test_figures_disagree_only_beyond_hedges_and_rounding(
    a: tuple[str, float, str | None], b: tuple[str, float, str | None], clash: bool
) -> None:
    def figure(text: str, value: float, hedge: str | None) -> _Figure:
        return _Figure(value, hedge, "people", "dobj", text)

    assert _figure_conflict(figure(*a), figure(*b)) is clash


def _article(i: int, words: str, people: list[str]) -> ArticleDigest:
    """A one-sentence article naming the given people, and the UK."""
    return ArticleDigest(
        id=f"{i:04d}", source=f"s/{i:04d}.txt", checksum="sha256:" + "0" * 64, title=None,
        outlet=None, author=None, published=None, url=None, sentences=[words], paragraphs=[0],
        removed=[], summary=[0],
        people=[ArticleEntity(e, [e], [0], [0]) for e in people],
        countries=[ArticleEntity("united-kingdom", ["UK"], [0], [0])],
        organizations=[], quotes=[], dates=[],
    )  # fmt: skip


def test_a_name_in_every_article_does_not_make_them_one_story() -> None:
    # forty reports on forty subjects, all naming the prime minister and the UK (the
    # entity-overlap rule fused such articles into one blob), and three on one event
    topics = [f"alpha{i} bravo{i} charlie{i} delta{i} echo{i} foxtrot{i}" for i in range(40)]
    articles = [_article(i, t, ["tony-blair"]) for i, t in enumerate(topics)]
    event = "flood levee breach river town evacuated thousands homes rescue boats"
    articles += [_article(100 + i, f"{event} report{i}", ["tony-blair"]) for i in range(3)]
    groups = stories._groups(articles, [])
    assert [[a.id for a in g] for g in groups if len(g) > 1] == [["0100", "0101", "0102"]]
