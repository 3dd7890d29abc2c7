"""The story scorer counts pairs of pool articles right, on a key and stories made up here."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

import pytest
import stories_eval as scorer  # benchmarks/ is on pytest's path (pyproject)
import yaml

TEXTS = {
    "bbc/sport/001.txt": "Wales beat England 11-9 in Cardiff.\n",
    "bbc/sport/002.txt": "Wales coach hails the win over England.\n",
    "bbc/sport/003.txt": "England name their team for France.\n",
    "bbc/sport/004.txt": "France beat England at Twickenham.\n",
    "bbc/tech/001.txt": "A new phone goes on sale.\n",
    "bbc/tech/002.txt": "The phone maker's results.\n",
}


def _sha(text: str) -> str:
    return "sha256:" + hashlib.sha256(text.encode()).hexdigest()


def _key(tmp_path: Path, **changes: Any) -> Path:
    folder = tmp_path / "key"
    folder.mkdir(parents=True, exist_ok=True)
    data: dict[str, Any] = {
        "articles": {path: _sha(text) for path, text in TEXTS.items()},
        "groups": [
            {"event": "Wales v England", "articles": ["bbc/sport/001.txt", "bbc/sport/002.txt"]},
            {"event": "France v England", "articles": ["bbc/sport/003.txt", "bbc/sport/004.txt"]},
        ],
        "singles": [{"article": "bbc/tech/001.txt", "event": "the phone's launch"}],
        "hard_negatives": [
            {"pair": ["bbc/sport/001.txt", "bbc/sport/004.txt"], "why": "the next match"},
            {"pair": ["bbc/tech/001.txt", "bbc/tech/002.txt"], "why": "the maker's results"},
        ],
        "unsure": [{"pair": ["bbc/sport/002.txt", "bbc/sport/003.txt"]}],
        **changes,
    }
    (folder / "key.yaml").write_text(yaml.safe_dump(data), encoding="utf-8")
    return folder


def _stories(tmp_path: Path, stories: dict[str, list[str]]) -> Path:
    out = tmp_path / "digests"
    (out / "stories").mkdir(parents=True)
    for story, articles in stories.items():
        text = yaml.safe_dump({"id": story, "articles": articles})
        (out / "stories" / f"{story}.yaml").write_text(text, encoding="utf-8")
    return out


def _score(tmp_path: Path, stories: dict[str, list[str]]) -> scorer.Figures:
    key = scorer.load_key(_key(tmp_path))
    return scorer.score(key, scorer.read_stories(_stories(tmp_path, stories)))


def test_pairs_joined_and_missed_are_counted_once_each(tmp_path: Path) -> None:
    # Of the 15 pairs, one is unsure (sport 002-003) and two are one event (001-002,
    # 003-004). The stories join 001-003, 001-004, 003-004 and the two tech articles.
    figures = _score(
        tmp_path,
        {
            "wales": ["sport-001", "sport-003", "sport-004"],
            "hail": ["sport-002"],
            "phone": ["tech-001", "tech-002"],
        },
    )
    # joined: 001-003, 001-004, 003-004, tech pair = 4; right: 003-004 = 1
    assert figures["pair_precision"] == 0.25
    # same-event pairs: 001-002 (split), 003-004 (joined)
    assert figures["pair_recall"] == 0.5
    # both hard negatives joined
    assert figures["hard_negatives_joined"] == 1.0
    assert figures["missing"] == 0


def test_an_unsure_pair_counts_nowhere(tmp_path: Path) -> None:
    with_unsure = _score(tmp_path / "a", {"s": ["sport-002", "sport-003"]})
    assert with_unsure["pair_precision"] is None  # nothing scored was joined
    assert with_unsure["pair_recall"] == 0.0
    assert with_unsure["hard_negatives_joined"] == 0.0


def test_an_article_in_no_story_is_missing_and_joins_nothing(tmp_path: Path) -> None:
    figures = _score(tmp_path, {"wales": ["sport-001", "sport-002"], "france": ["sport-004"]})
    assert figures["pair_precision"] == 1.0
    assert figures["pair_recall"] == 0.5
    assert figures["missing"] == 3  # sport-003 and both tech articles


def test_details_name_the_joined_events_and_the_split_group(tmp_path: Path) -> None:
    key = scorer.load_key(_key(tmp_path))
    story_of = scorer.read_stories(
        _stories(tmp_path, {"mixed": ["sport-001", "sport-004"], "other": ["sport-002"]})
    )
    problems = scorer.details(key, story_of)
    assert problems["joined in mixed"] == [
        "sport-001: Wales v England",
        "sport-004: France v England",
    ]
    assert problems["split: Wales v England"] == ["sport-001 in mixed", "sport-002 in other"]


@pytest.mark.parametrize(
    "changes",
    [
        # an article in two groups
        {
            "groups": [
                {"event": "a", "articles": ["bbc/sport/001.txt", "bbc/sport/002.txt"]},
                {"event": "b", "articles": ["bbc/sport/001.txt", "bbc/sport/003.txt"]},
            ]
        },
        # a hard negative inside a group
        {"hard_negatives": [{"pair": ["bbc/sport/001.txt", "bbc/sport/002.txt"], "why": "x"}]},
        # a pair naming an article outside the pool
        {"unsure": [{"pair": ["bbc/sport/001.txt", "bbc/sport/999.txt"]}]},
    ],
)
def test_a_key_that_would_score_a_pair_both_ways_is_refused(
    tmp_path: Path, changes: dict[str, Any]
) -> None:
    with pytest.raises(ValueError):
        scorer.load_key(_key(tmp_path, **changes))


def test_sources_are_linked_by_digest_id_only_when_their_bytes_match(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    for path, text in TEXTS.items():
        (corpus / path).parent.mkdir(parents=True, exist_ok=True)
        (corpus / path).write_text(text, encoding="utf-8")
    key = _key(tmp_path)
    linked = scorer.link_sources(key, corpus, tmp_path / "src")
    assert sorted(linked) == sorted(scorer.article_id(p) for p in TEXTS)
    assert (tmp_path / "src" / "sport-001.txt").read_text(encoding="utf-8") == TEXTS[
        "bbc/sport/001.txt"
    ]
    (corpus / "bbc/tech/002.txt").write_text("edited\n", encoding="utf-8")
    with pytest.raises(ValueError, match="checksum"):
        scorer.link_sources(key, corpus, tmp_path / "src2")
