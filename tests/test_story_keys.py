"""The second story key is held out from the first: no article (by path or by bytes) of
one pool is in the other, no copy is filed twice, and both load under the scorer's checks."""

from __future__ import annotations

from pathlib import Path

import stories_eval as scorer  # benchmarks/ is on pytest's path (pyproject)

BENCHMARKS = Path(__file__).resolve().parent.parent / "benchmarks"


def test_the_second_story_key_shares_no_article_with_the_first() -> None:
    first = scorer.load_key(BENCHMARKS / "stories-bbc")
    second = scorer.load_key(BENCHMARKS / "stories-bbc2")
    assert not first.articles.keys() & second.articles.keys()
    first_bytes = {checksum for _, checksum in first.articles.values()}
    second_bytes = [checksum for _, checksum in second.articles.values()]
    assert not set(second_bytes) & first_bytes
    assert len(set(second_bytes)) == len(second_bytes), "a byte-identical copy in the pool"
