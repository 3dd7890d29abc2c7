"""Statements: the sentences saying what a person or country did, wants or thinks,
chosen where the entity is the grammatical subject (`ArticleEntity.subject`)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from generator.corpus.aggregate import STATEMENTS_MAX, STATEMENTS_PER_ARTICLE

SEED = {
    "wire": "000_de282e9a6df0ecc6",
    "ukrainian": "001_11ca78a1957f8bbc",
    "kallas": "004_3f0718a5681a8b26",
}


def load(path: Path) -> Any:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def _entity(digests: Path, article: str, kind: str, eid: str) -> dict[str, Any]:
    found = [e for e in load(digests / "articles" / f"{article}.yaml")[kind] if e["id"] == eid]
    assert len(found) == 1
    return found[0]


def test_subject_marks_where_an_entity_acts_not_where_it_is_named(seed_digests: Path) -> None:
    # "Several NATO countries, including ... Canada, are willing ..." and "... including
    # the USA, Germany, ..., Canada, ... have already stated that they are not planning"
    assert {18, 19} <= set(
        _entity(seed_digests, SEED["ukrainian"], "countries", "canada")["subject"]
    )
    assert _entity(seed_digests, SEED["ukrainian"], "countries", "germany")["subject"] == [19]
    # Ukraine is only where troops would go in the first report
    assert _entity(seed_digests, SEED["wire"], "countries", "ukraine")["subject"] == []
    # "the Estonian government was in 'serious' discussions"
    assert 0 in _entity(seed_digests, SEED["wire"], "countries", "estonia")["subject"]
    # "Kallas said that ...": she speaks; in the FT's name she is only mentioned
    kallas = _entity(seed_digests, SEED["kallas"], "people", "kaja-kallas")
    assert {0, 4, 10} <= set(kallas["subject"]) <= set(kallas["sentences"])


def test_statements_are_where_the_entity_acts_when_the_article_has_enough(
    seed_digests: Path,
) -> None:
    checked = 0
    for kind in ("people", "countries"):
        for path in sorted((seed_digests / kind).glob("*.yaml")):
            digest = load(path)
            assert len(digest["statements"]) <= STATEMENTS_MAX
            for article_id in digest["articles"]:
                article = load(seed_digests / "articles" / f"{article_id}.yaml")
                quoted = {q["sentence"] for q in article["quotes"]}
                entity = next(
                    (e for e in article[kind] if e["id"] == digest["id"]), {"subject": []}
                )
                eligible = [
                    i
                    for i in entity["subject"]
                    if i not in quoted
                    and len(article["sentences"][i].split()) >= 8
                    and article["sentences"][i] != article["title"]
                ]
                mine = [s for s in digest["statements"] if s["article"] == article_id]
                for s in mine:
                    assert article["sentences"][s["sentence"]] == s["text"]
                    assert s["sentence"] not in quoted  # quotes are listed on their own
                if len(eligible) >= STATEMENTS_PER_ARTICLE:
                    assert {s["sentence"] for s in mine} <= set(eligible), (path.name, article_id)
                    checked += 1
    assert checked >= 3  # the rule was exercised, not skipped
