"""Extractive summaries: centroid ranking over TF-IDF vectors, redundancy removed (MMR).

Small and deterministic on purpose: the same sentences always give the same picks,
ties broken by position, so summaries never churn in review.
"""

from __future__ import annotations

import math
import re
from collections import Counter

from generator import lexicon
from generator.settings import RELEVANCE_WEIGHT

__all__ = ["Vector", "cosine", "pick", "terms", "vectorize", "weigh"]

Vector = dict[str, float]
_TOKEN = re.compile(r"[^\W\d_][\w'’-]+")
_STOP = lexicon.words("stopwords", "stopwords")


def terms(text: str) -> list[str]:
    return [w for w in (t.casefold() for t in _TOKEN.findall(text)) if w not in _STOP]


def vectorize(texts: list[str]) -> list[Vector]:
    return weigh([Counter(terms(t)) for t in texts])


def weigh(docs: list[Counter[str]], background: int = 0) -> list[Vector]:
    """Unit TF-IDF vectors. `background` counts imagined documents that lack every term,
    so a corpus of a few articles on one event still weighs the event's words."""
    df: Counter[str] = Counter()
    for d in docs:
        df.update(d.keys())
    n = len(docs) + background
    vectors = []
    for d in docs:
        v = {w: (1 + math.log(c)) * math.log((n + 1) / (df[w] + 0.5)) for w, c in d.items()}
        norm = math.sqrt(sum(x * x for x in v.values())) or 1.0
        vectors.append({w: x / norm for w, x in v.items()})
    return vectors


def cosine(a: Vector, b: Vector) -> float:
    if len(a) > len(b):
        a, b = b, a
    # words b lacks add exactly 0.0: skipping them leaves the sum bit for bit the same
    return sum(x * b[w] for w, x in a.items() if w in b)


def pick(texts: list[str], count: int, eligible: list[bool] | None = None) -> list[int]:
    """Indexes of the `count` sentences that best stand for the whole, in text order."""
    vectors = vectorize(texts)
    centroid: Vector = {}
    for v in vectors:
        for w, x in v.items():
            centroid[w] = centroid.get(w, 0.0) + x
    relevance = [cosine(v, centroid) for v in vectors]
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
        candidates.remove(best)
        for i in candidates:
            novelty[i] = max(novelty[i], cosine(vectors[i], vectors[best]))
    return sorted(chosen)
