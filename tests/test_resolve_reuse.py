"""A digest run resolves again only the people a changed article reaches, and keeps the
last run's for the rest, with the digests of a cold run byte for byte.

The corpus is our own: dock workers in Gdansk, Danish farm payments, a chess final,
German ministers. Step by step an article naming no one is added (nothing to
resolve again, though the cold run before it gave the people of an article ids in
another order than analysis did: "Nowak" became anna-nowak, now before
marek-kaczmarek), one that merges two people (a garbled "Ilse Brant" becomes Ilse
Brandt once an article gives Brandt the same role), one that makes a lone surname
ambiguous ("Zielinski" fits two people once a footballer of that name appears beside
the same minister), then one is edited and one removed.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from seeds import content_copy

import generator.commands.rebuild as rebuild
import generator.corpus.resolve.reuse as reuse
from generator.commands.digest import run_digest
from generator.commands.inputs import RESOLVED
from generator.corpus.resolve import Identity, SentenceSums, _remap, resolve_people
from generator.corpus.resolve.nodes import Node
from generator.corpus.resolve.partition import Partition, partition
from generator.model import ArticleDigest, ArticleEntity, to_plain
from generator.registry import Gazetteer, Registry
from generator.store.cache import ResultCache

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "resolve_reuse"
MERGING = "309_brandt_energy"
AMBIGUOUS = "306_gdansk_football"
EDITED = "303_danish_farm_prices"
REMOVED = "305_danish_farm_vote"
NOBODY = "310_baltic_ferry_storm"
STEPS = ["base", "nobody", "merge", "ambiguous", "edit", "remove"]

Snapshot = dict[str, bytes]


def _snapshot(out: Path) -> Snapshot:
    return {p.relative_to(out).as_posix(): p.read_bytes() for p in out.rglob("*") if p.is_file()}


def _change(sources: Path, step: str) -> None:
    if step == "nobody":
        shutil.copy(FIXTURES / f"{NOBODY}.txt", sources)
    elif step == "merge":
        shutil.copy(FIXTURES / f"{MERGING}.txt", sources)
    elif step == "ambiguous":
        shutil.copy(FIXTURES / f"{AMBIGUOUS}.txt", sources)
    elif step == "edit":
        path = sources / f"{EDITED}.txt"
        text = path.read_text(encoding="utf-8").replace(
            "The scheme starts",
            "Farmers' leader Jens Kjaer called the payments a start.\nThe scheme starts",
        )
        path.write_text(text, encoding="utf-8")
    elif step == "remove":
        (sources / f"{REMOVED}.txt").unlink()


class _Steps:
    """The corpus after each step: its sources, its digests, how many nodes resolution
    took again, and how many there were."""

    def __init__(self) -> None:
        self.sources: dict[str, dict[str, bytes]] = {}
        self.digests: dict[str, Snapshot] = {}
        self.resolved: dict[str, int] = {}
        self.nodes: dict[str, int] = {}
        # the articles resolution said it changed, and those it changed unsaid
        self.changed: dict[str, set[str]] = {}
        self.unsaid: dict[str, set[str]] = {}
        # the articles whose fingerprints were made, not taken back (`SentenceSums`)
        self.printed: dict[str, set[str]] = {}


@pytest.fixture(scope="module")
def steps(tmp_path_factory: pytest.TempPathFactory) -> Iterator[_Steps]:
    base = [p for p in sorted(FIXTURES.glob("*.txt")) if p.stem not in (MERGING, AMBIGUOUS, NOBODY)]
    root = content_copy(tmp_path_factory.mktemp("steps"), sources=base)
    sources, out = root / "content/sources", root / "content/digests"
    found = _Steps()
    resolved: list[int] = []

    def counted(nodes: list[Node], registry: Registry) -> Partition:
        resolved.append(len(nodes))
        return partition(nodes, registry)

    def watched(
        articles: list[ArticleDigest],
        gazetteer: Gazetteer,
        registry: Registry,
        memory: ResultCache,
        sums: SentenceSums,
        changed: set[str],
    ) -> list[Identity]:
        before = {a.id: _resolved_fields(a) for a in articles}
        identities = resolve_people(articles, gazetteer, registry, memory, sums, changed)
        found.changed[step] = set(changed)
        found.unsaid[step] = {
            a.id for a in articles if a.id not in changed and _resolved_fields(a) != before[a.id]
        }
        return identities

    made = reuse._fingerprint
    printed: set[str] = set()
    checking: list[bool] = []  # made again only to check one taken back: not counted

    def fingerprint(article: ArticleDigest, *rest: Any) -> str | None:
        if not checking:
            printed.add(article.id)
        return made(article, *rest)

    taken_back = SentenceSums.fingerprint

    def checked(
        sums: SentenceSums, article: ArticleDigest, make: Callable[[], str | None]
    ) -> str | None:
        found = taken_back(sums, article, make)
        checking.append(True)
        try:  # each fingerprint taken back is the one made from the article as it is
            assert found == make(), (step, article.id)
        finally:
            checking.clear()
        return found

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(reuse, "partition", counted)
        patch.setattr(reuse, "_fingerprint", fingerprint)
        patch.setattr(SentenceSums, "fingerprint", checked)
        patch.setattr(rebuild, "resolve_people", watched)
        for step in STEPS:
            _change(sources, step)
            resolved.clear()
            printed.clear()
            assert run_digest(sources, root / "content/registry", out, root) == 0
            found.sources[step] = {p.name: p.read_bytes() for p in sources.iterdir()}
            found.digests[step] = _snapshot(out)
            found.resolved[step] = sum(resolved)
            found.printed[step] = set(printed)
            found.nodes[step] = sum(
                len(yaml.safe_load(data)["people"])
                for key, data in found.digests[step].items()
                if key.startswith("articles/")
            )
    yield found


def _resolved_fields(article: ArticleDigest) -> object:
    return [to_plain(getattr(article, name)) for name in RESOLVED]


def _people(snapshot: Snapshot) -> set[str]:
    return {Path(k).stem for k in snapshot if k.startswith("people/")}


def _article(snapshot: Snapshot, article: str) -> dict[str, object]:
    data = yaml.safe_load(snapshot[f"articles/{article}.yaml"])
    assert isinstance(data, dict)
    return data


@pytest.mark.parametrize("step", STEPS[1:])
def test_each_step_gives_the_digests_of_a_cold_run(
    steps: _Steps, step: str, tmp_path: Path
) -> None:
    root = content_copy(tmp_path, sources=[])
    for name, data in steps.sources[step].items():
        (root / "content/sources" / name).write_bytes(data)
    out = root / "content/digests"
    assert run_digest(root / "content/sources", root / "content/registry", out, root) == 0
    cold = _snapshot(out)
    assert sorted(cold) == sorted(steps.digests[step])
    assert [k for k in cold if cold[k] != steps.digests[step][k]] == []


def test_an_added_article_merges_two_people(steps: _Steps) -> None:
    assert {"ilse-brandt", "ilse-brant"} <= _people(steps.digests["base"])
    assert "ilse-brant" not in _people(steps.digests["merge"])
    person = yaml.safe_load(steps.digests["merge"]["people/ilse-brandt.yaml"])
    assert [m["spelling"] for m in person["merges"]] == ["Ilse Brant"]


def test_an_added_article_makes_a_surname_ambiguous(steps: _Steps) -> None:
    def ids(step: str) -> list[str]:
        people = _article(steps.digests[step], "302_gdansk_talks_resume")["people"]
        assert isinstance(people, list)
        return [p["id"] for p in people]

    assert "piotr-zielinski" in ids("merge")
    assert "zielinski" in ids("ambiguous") and "piotr-zielinski" not in ids("ambiguous")


def test_only_what_a_change_reaches_is_resolved_again(steps: _Steps) -> None:
    assert steps.resolved["base"] == steps.nodes["base"]  # no last run to keep
    assert steps.resolved["nobody"] == 0  # the cold run's people are kept as written
    for step in STEPS[2:]:
        assert 0 < steps.resolved[step] < steps.nodes[step], step


def test_resolution_says_which_articles_it_changed(steps: _Steps) -> None:
    """The articles it does not name are written as they were read, not compared: one it
    changed unsaid would keep its old file."""
    assert all(not unsaid for unsaid in steps.unsaid.values()), steps.unsaid
    # an article no change reached whose person's id changed through another one
    assert "302_gdansk_talks_resume" in steps.changed["ambiguous"]
    assert "302_gdansk_talks_resume" not in steps.changed["edit"]


def test_fingerprints_are_made_only_for_articles_added_edited_or_changed(steps: _Steps) -> None:
    """Every article keeps the fingerprint resolution made of it as it was written,
    whether the run analysed it (a cold run), read it, or wrote it again (its person's id
    changed through another article): a run makes one for an article added or edited, and
    for one whose people it changed, no other (each taken back is checked against one
    made again: see `steps`)."""
    assert steps.printed["nobody"] == {NOBODY}  # the first add after a cold run
    assert steps.printed["merge"] == {MERGING, "308_german_industry"}
    assert "308_german_industry" in steps.changed["merge"]
    assert steps.printed["ambiguous"] == {AMBIGUOUS, "302_gdansk_talks_resume"}
    assert "302_gdansk_talks_resume" in steps.changed["ambiguous"]  # written again there
    assert steps.printed["edit"] == {EDITED}
    assert steps.printed["remove"] == set()


def test_namesakes_of_one_article_that_exchange_ids_are_reported() -> None:
    """`x` and `x-2` are numbered by their identities' first nodes, so an article added
    elsewhere can make two namesakes of one article exchange ids: the list of its ids
    is the same, its people are not."""
    first = ArticleEntity("tove-lind", ["Tove Lind"], [0])
    second = ArticleEntity("tove-lind-2", ["Tove Lindh"], [1])
    article = ArticleDigest(
        "ferry", "ferry.txt", "sha256:0", None, None, None, None, None,
        ["Tove Lind spoke first.", "Tove Lindh answered."], [0], [], [],
        [first, second], [], [], [], [],
    )  # fmt: skip
    swapped = {("ferry", "tove-lind"): "tove-lind-2", ("ferry", "tove-lind-2"): "tove-lind"}
    assert _remap(article, swapped)
    assert [(p.id, p.as_written) for p in article.people] == [
        ("tove-lind", ["Tove Lindh"]),
        ("tove-lind-2", ["Tove Lind"]),
    ]
    same = {("ferry", p.id): p.id for p in article.people}
    assert not _remap(article, same)
