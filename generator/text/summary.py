"""Extractive summaries: centroid ranking over TF-IDF vectors, redundancy removed (MMR).

Small and deterministic on purpose: the same sentences always give the same picks,
ties broken by position, so summaries never churn in review.
"""

from __future__ import annotations

from collections import Counter

from generator.settings import RELEVANCE_WEIGHT
from generator.text.tfidf import centroid, cosine, counted, weigh

__all__ = ["pick"]


def pick(
    texts: list[str],
    count: int,
    eligible: list[bool] | None = None,
    counts: list[Counter[str]] | None = None,
) -> list[int]:
    """Indexes of the `count` sentences that best stand for the whole, in text order.
    `counts`: `tfidf.counted(texts)`, when the caller has counted them already."""
    vectors = weigh(counts if counts is not None else counted(texts))
    gist = centroid(vectors)
    relevance = [cosine(v, gist) for v in vectors]
    candidates = [i for i in range(len(texts)) if (eligible is None or eligible[i]) and vectors[i]]
    top = max(relevance, default=0.0)
    # each candidate's closeness to the sentences picked so far, updated per pick
    novelty = dict.fromkeys(candidates, 0.0)
    chosen: list[int] = []
    while candidates and len(chosen) < count:

        def score(i: int) -> tuple[float, int]:
            return (
                RELEVANCE_WEIGHT * relevance[i] - (1 - RELEVANCE_WEIGHT) * novelty[i] * top,
                -i,
            )

        best = max(candidates, key=score)
        chosen.append(best)
        # a sentence of exactly the picked one's words (a wire story carried by several
        # outlets, a paragraph repeated) says nothing new, however central it is
        candidates = [i for i in candidates if i != best and vectors[i] != vectors[best]]
        if len(chosen) == count:  # no later pick reads the closeness to the last one
            break
        for i in candidates:
            novelty[i] = max(novelty[i], cosine(vectors[i], vectors[best]))
    return sorted(chosen)
