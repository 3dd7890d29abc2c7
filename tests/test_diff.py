"""`generator diff` tells a reviewer, in a few lines, what a change adds to the digests."""

from __future__ import annotations

import subprocess
from pathlib import Path
from typing import Any

import pytest
from digest_samples import QUOTE, sample_digests, write_digests

from generator.commands.diff import run_diff
from generator.model import (
    Alias,
    ArticleDigest,
    ArticleEntity,
    Citation,
    PersonDigest,
    Quote,
    Related,
    to_plain,
)

NEW_QUOTE = "We will not send troops without a clear mandate."


def _git(repo: Path, *args: str) -> None:
    subprocess.run(["git", *args], cwd=repo, check=True, capture_output=True)


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A git repo whose first commit has no digests, second the sample digests."""
    _git(tmp_path, "init", "-q", "-b", "main")
    _git(tmp_path, "config", "user.email", "t@example.org")
    _git(tmp_path, "config", "user.name", "Test")
    (tmp_path / "README.md").write_text("corpus\n")
    _git(tmp_path, "add", "README.md")
    _git(tmp_path, "commit", "-q", "-m", "empty")
    write_digests(tmp_path / "content/digests", sample_digests())
    _git(tmp_path, "add", "content")
    _git(tmp_path, "commit", "-q", "-m", "digests")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def _diff(rev: str, capsys: pytest.CaptureFixture[str]) -> tuple[int, list[str]]:
    code = run_diff(rev, Path("content/digests"))
    return code, capsys.readouterr().out.splitlines()


def _pevkur_article() -> dict[str, Any]:
    sentences = [
        "Estonian Defense Minister Hanno Pevkur said talks on troops were going nowhere.",
        f"\u201c{NEW_QUOTE}\u201d Pevkur said.",
        "Madis Roll had called the discussions serious.",
    ]
    return to_plain(
        ArticleDigest(
            id="005_pevkur",
            source="content/sources/005_pevkur.txt",
            checksum="sha256:" + "a" * 64,
            title="Pevkur: troop talks go nowhere",
            outlet="Postimees",
            author=None,
            published="2024-05-16",
            url=None,
            sentences=sentences,
            paragraphs=[0],
            removed=[],
            summary=[0],
            people=[
                ArticleEntity(
                    id="hanno-pevkur", as_written=["Hanno Pevkur", "Pevkur"], sentences=[0, 1]
                ),
                ArticleEntity(id="madis-roll", as_written=["Madis Roll"], sentences=[2]),
            ],
            countries=[ArticleEntity(id="estonia", as_written=["Estonian"], sentences=[0])],
            organizations=[],
            quotes=[Quote(speaker="hanno-pevkur", text=NEW_QUOTE, sentence=1)],
            dates=[],
        )
    )


def _new_article_digests() -> dict[str, Any]:
    """What the generator would write after adding an article quoting a new person."""
    digests = sample_digests()
    digests["articles/005_pevkur.yaml"] = _pevkur_article()
    digests["people/hanno-pevkur.yaml"] = to_plain(
        PersonDigest(
            id="hanno-pevkur",
            name="Hanno Pevkur",
            aliases=[Alias(name="Hanno Pevkur", articles=["005_pevkur"])],
            roles=[],
            country="estonia",
            registry=False,
            articles=["005_pevkur"],
            quotes=[Citation(article="005_pevkur", sentence=1, text=NEW_QUOTE)],
            statements=[],
            related_people=[Related(id="madis-roll", count=1)],
            related_countries=[],
            merges=[],
        )
    )
    roll = digests["people/madis-roll.yaml"]
    roll["aliases"].append({"name": "Madis Rohr", "articles": ["005_pevkur"]})
    roll["articles"].append("005_pevkur")
    roll["statements"].append(
        {
            "article": "005_pevkur",
            "sentence": 2,
            "text": "Madis Roll had called the discussions serious.",
        }
    )
    roll["related_people"].append({"id": "hanno-pevkur", "count": 1})
    estonia = digests["countries/estonia.yaml"]
    estonia["people"].append("hanno-pevkur")
    estonia["articles"].append("005_pevkur")
    estonia["quotes"].append({"article": "005_pevkur", "sentence": 1, "text": NEW_QUOTE})
    return digests


def test_new_article(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write_digests(repo / "content/digests", _new_article_digests())
    assert _diff("HEAD", capsys) == (
        0,
        [
            "Digest changes since HEAD:",
            "- new source 005_pevkur (Postimees): 3 sentences, 2 people, 1 quote",
            "- new person Hanno Pevkur: 1 source, 1 quote",
            "- Madis Roll: new spelling 'Madis Rohr'; new source 005_pevkur; 1 new statement; "
            "now related to Hanno Pevkur",
            "- Estonia: now with Hanno Pevkur; new source 005_pevkur; 1 new quote",
        ],
    )


def test_removed_source_and_quote(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    digests = sample_digests()
    del digests["articles/000_roll.yaml"]
    del digests["stories/estonia-troops-ukraine.yaml"]
    digests["people/madis-roll.yaml"]["quotes"] = []
    digests["people/madis-roll.yaml"]["roles"].append({"role": "adviser", "articles": []})
    digests["people/madis-roll.yaml"]["registry"] = False
    (repo / "content/digests/articles/000_roll.yaml").unlink()
    (repo / "content/digests/stories/estonia-troops-ukraine.yaml").unlink()
    write_digests(repo / "content/digests", digests)
    assert _diff("HEAD", capsys)[1] == [
        "Digest changes since HEAD:",
        "- removed source 000_roll (ERR News)",
        "- removed story 'Estonia weighs troops for western Ukraine'",
        "- Madis Roll: new role 'adviser'; 1 quote removed; registry changed",
    ]


def test_revision_without_digests(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, lines = _diff("HEAD~1", capsys)
    assert code == 0
    assert lines == [
        "Digest changes since HEAD~1:",
        "- new source 000_roll (ERR News): 2 sentences, 1 person, 1 quote",
        "- new story 'Estonia weighs troops for western Ukraine': 1 source, 1 claim",
        "- new person Madis Roll: 1 source, 1 quote",
        "- new country Estonia: 1 source, 1 person",
    ]


def test_no_changes(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert _diff("HEAD", capsys) == (0, ["No digest changes since HEAD."])


def test_unknown_revision(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run_diff("no-such-branch", Path("content/digests")) == 2
    assert capsys.readouterr().err == "diff: unknown git revision 'no-such-branch'\n"


def test_unreadable_digest_is_named(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (repo / "content/digests/people/madis-roll.yaml").write_text("quotes: [\n")
    assert _diff("HEAD", capsys)[1] == [
        "Digest changes since HEAD:",
        "- people/madis-roll.yaml: unreadable, run `python -m generator check`",
    ]


def test_renumbered_sentences_are_not_new_quotes(
    repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    digests = sample_digests()
    digests["countries/estonia.yaml"]["quotes"] = [
        {"article": "000_roll", "sentence": 3, "text": QUOTE}
    ]
    write_digests(repo / "content/digests", digests)
    assert _diff("HEAD", capsys)[1] == ["Digest changes since HEAD:", "- Estonia: quotes changed"]


def test_digests_outside_the_repo(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    elsewhere = repo.parent / "elsewhere"
    assert run_diff("HEAD", elsewhere) == 2
    assert capsys.readouterr().err.startswith(f"diff: {elsewhere} is not inside the git repo")


def test_story_changes(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    digests = sample_digests()
    story = digests["stories/estonia-troops-ukraine.yaml"]
    cite = {"article": "000_roll", "sentence": 1, "text": QUOTE}
    story["claims"].append({"text": QUOTE, "article": "000_roll", "sentence": 1, "sources": [cite]})
    story["disagreements"].append(
        {"kind": "sources", "about": "whether talks are serious", "citations": [cite]}
    )
    story["timeline"] += [
        {"date": "2024-05-10", "text": QUOTE, "article": "000_roll", "sentence": 1}
    ] * 2
    write_digests(repo / "content/digests", digests)
    assert _diff("HEAD", capsys)[1] == [
        "Digest changes since HEAD:",
        "- 'Estonia weighs troops for western Ukraine': 1 new claim; "
        "new disagreement about 'whether talks are serious'; 2 new dated events",
    ]


def test_follow_on_changes_are_named_only_when_alone(
    repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    digests = sample_digests()
    digests["people/madis-roll.yaml"]["related_countries"][0]["count"] = 2
    write_digests(repo / "content/digests", digests)
    assert _diff("HEAD", capsys)[1] == [
        "Digest changes since HEAD:",
        "- Madis Roll: related countries changed",
    ]
