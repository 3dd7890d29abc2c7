"""Pairs of sentences close enough for a rule, found without comparing every pair: the
same pairs and the same scores, bit for bit, as comparing every pair."""

from __future__ import annotations

import random

from generator.text.tfidf import close, cosine, vectorize

# a story told many times over in a few words: most sentences share some of them
_WORDS = """minister bridge collapse river rescue teams killed people injured police said
government inquiry mayor road closed traffic engineers inspection report budget repair
crane divers night morning officials families hospital victims warned earlier""".split()


def _sentences(count: int, seed: int) -> list[str]:
    rnd = random.Random(seed)
    return [
        " ".join(
            rnd.choice(_WORDS[: rnd.randint(4, len(_WORDS))]) for _ in range(rnd.randint(0, 14))
        )
        for _ in range(count)
    ]


def test_close_pairs_are_every_pair_that_reaches_the_floor_with_its_exact_score() -> None:
    for seed in range(6):
        vectors = vectorize(_sentences(160, seed))
        for floor in (0.2, 0.35, 0.6):
            every = {
                (i, j): cosine(vectors[i], vectors[j])
                for i in range(len(vectors))
                for j in range(i + 1, len(vectors))
            }
            wanted = {pair: score for pair, score in every.items() if score >= floor}
            found = close(vectors, floor)
            assert found == wanted  # the same floats, not merely close ones
            assert list(found) == sorted(found)
