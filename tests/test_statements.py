"""Statements: the sentences saying what a person or country did, wants or thinks,
chosen where the entity is the grammatical subject (`ArticleEntity.subject`)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from seeds import load, sentence_containing, where

from generator.settings import MIN_SENTENCE_WORDS, STATEMENTS_MAX, STATEMENTS_PER_ARTICLE


def _entity(digests: Path, words: str, kind: str, eid: str) -> tuple[dict[str, Any], set[int]]:
    """The article holding the sentence with `words`, and the subject sentences there of
    one of its entities."""
    digest = load(digests / "articles" / f"{where(digests, words)[0]}.yaml")
    found = [e for e in digest[kind] if e["id"] == eid]
    assert len(found) == 1
    return digest, set(found[0]["subject"])


def test_subject_marks_where_an_entity_acts_not_where_it_is_named(seed_digests: Path) -> None:
    # "Several NATO countries, including ... Canada, are willing ..." and "... including
    # the USA, Germany, ..., Canada, ... have already stated that they are not planning"
    willing, planning = "are willing to consider this option", "they are not planning to deploy"
    ukrainian, canada = _entity(seed_digests, willing, "countries", "canada")
    acting = {sentence_containing(ukrainian, willing), sentence_containing(ukrainian, planning)}
    assert acting <= canada
    assert _entity(seed_digests, willing, "countries", "germany")[1] == {
        sentence_containing(ukrainian, planning)
    }
    # Ukraine is only where troops would go in the first report
    first = "Madis Rohr, Estonia's national security adviser, said"
    assert _entity(seed_digests, first, "countries", "ukraine")[1] == set()
    # "the Estonian government was in 'serious' discussions"
    wire, estonia = _entity(seed_digests, first, "countries", "estonia")
    assert sentence_containing(wire, "government was in “serious” discussions") in estonia
    # "Kallas said that ...": she speaks; in the FT's name she is only mentioned
    told = "Prime Minister Kaja Kallas told the Financial Times"
    ft, kallas = _entity(seed_digests, told, "people", "kaja-kallas")
    speaks = [told, "Kallas said that some countries", "Kallas further disclosed"]
    assert {sentence_containing(ft, words) for words in speaks} <= kallas
    named = next(e for e in ft["people"] if e["id"] == "kaja-kallas")["sentences"]
    assert kallas <= set(named)


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
                    and len(article["sentences"][i].split()) >= MIN_SENTENCE_WORDS
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
