"""TF-IDF vectors of sentences and articles, compared by cosine; shared by summaries,
statements, stories and disagreements.

Small and deterministic on purpose: the same sentences always give the same picks,
ties broken by position, so summaries never churn in review.
"""

from __future__ import annotations

import math
import re
from collections import Counter

from generator import lexicon

__all__ = ["Vector", "centrality", "centroid", "cosine", "terms", "vectorize", "weigh"]

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


def centroid(vectors: list[Vector]) -> Vector:
    """The sum of the vectors: what a set of sentences is about as a whole."""
    total: Vector = {}
    for v in vectors:
        for w, x in v.items():
            total[w] = total.get(w, 0.0) + x
    return total


def centrality(sentences: list[str]) -> list[float]:
    """How close each sentence is to the gist of its text (cosine to its centroid)."""
    vectors = vectorize(sentences)
    gist = centroid(vectors)
    norm = math.sqrt(sum(x * x for x in gist.values())) or 1.0
    return [cosine(v, gist) / norm for v in vectors]
