"""TF-IDF vectors of sentences and articles, compared by cosine; shared by summaries,
statements, stories and disagreements.

Small and deterministic on purpose: the same sentences always give the same picks,
ties broken by position, so summaries never churn in review.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from operator import mul

import numpy as np
import numpy.typing as npt

from generator import lexicon
from generator.settings import REACHING_MARGIN, REACHING_ROWS, TERM_WEIGHTS_LOOKED_UP
from generator.text.tfidf_rows import Rows

__all__ = [
    "Vector",
    "centrality",
    "centroid",
    "cosine",
    "cosines",
    "counted",
    "reaching",
    "shared_words",
    "terms",
    "vectorize",
    "weigh",
]

Vector = dict[str, float]
_TOKEN = re.compile(r"[^\W\d_][\w'’-]+")
_STOP = lexicon.words("stopwords", "stopwords")


def terms(text: str) -> list[str]:
    return [w for w in map(str.casefold, _TOKEN.findall(text)) if w not in _STOP]


def counted(texts: list[str]) -> list[Counter[str]]:
    """Each text's terms, counted: what `weigh` weighs."""
    return [Counter(terms(t)) for t in texts]


def vectorize(texts: list[str]) -> list[Vector]:
    return weigh(counted(texts))


def _term_weights(known: int) -> list[float]:
    """`1 + log(count)` of the counts under `known` (a sentence's word nearly always has 1
    or 2): the very floats, looked up, not worked out again for each of millions of
    words."""
    return [math.nan] + [1 + math.log(c) for c in range(1, known)]


_TERM_WEIGHTS = _term_weights(TERM_WEIGHTS_LOOKED_UP)


def weigh(docs: list[Counter[str]], background: int = 0) -> list[Vector]:
    """Unit TF-IDF vectors. `background` counts imagined documents that lack every term,
    so a corpus of a few articles on one event still weighs the event's words."""
    df: Counter[str] = Counter()
    for d in docs:
        df.update(d.keys())
    n = len(docs) + background
    idf = {w: math.log((n + 1) / (f + 0.5)) for w, f in df.items()}  # once a word, not a use
    tf, known = _TERM_WEIGHTS, len(_TERM_WEIGHTS)
    vectors = []
    for d in docs:
        v = {w: (tf[c] if 0 < c < known else 1 + math.log(c)) * idf[w] for w, c in d.items()}
        values = v.values()
        norm = math.sqrt(sum(map(mul, values, values))) or 1.0  # the squares in order
        vectors.append({w: x / norm for w, x in v.items()})
    return vectors


def cosine(a: Vector, b: Vector) -> float:
    if len(a) > len(b):
        a, b = b, a
    # words b lacks add exactly 0.0: skipping them leaves the sum bit for bit the same.
    # Added one after another, as `Rows.cosines` adds them (`sum` of floats compensates
    # from Python 3.12 on), and a loop takes a quarter less time than `sum` of a
    # generator: millions of pairs in a first run's stories. No word shared gives the
    # int 0, as `sum` did
    total: float = 0
    for w, x in a.items():
        if w in b:
            total += x * b[w]
    return total


def cosines(vectors: list[Vector], pairs: list[tuple[int, int]]) -> list[float]:
    """`cosine(vectors[i], vectors[j])` for each pair, bit for bit (see `Rows.cosines`)."""
    found: list[float] = Rows.of(vectors).cosines(pairs).tolist()
    return found


def reaching(vectors: list[Vector], floor: float) -> list[tuple[int, int]]:
    """The pairs (i < j) of unit vectors whose `cosine(vectors[i], vectors[j])` reaches
    `floor`, in order, for many vectors whose common words leave an index of their
    words little to skip. Every pair's dot product is taken at once
    (numpy, over the words two vectors or more share, REACHING_ROWS rows at a time),
    rounded otherwise than `cosine` rounds but by far less than REACHING_MARGIN (about
    1e-13 for weights of at most 1): a pair that far from `floor` is decided by it, a
    pair nearer is scored again by `cosine`."""
    dense = shared_words(vectors)
    found: list[tuple[int, int]] = []
    for start in range(0, len(vectors), REACHING_ROWS):
        dots = dense[start : start + REACHING_ROWS] @ dense.T
        rows, columns = np.nonzero(dots >= floor - REACHING_MARGIN)
        after = columns > rows + start
        rows, columns = rows[after], columns[after]
        # the pairs near `floor` scored again; the others taken as they are, at once
        # (a story of a few hundred figure sentences has thousands of pairs)
        kept = dots[rows, columns] >= floor + REACHING_MARGIN
        rows += start
        for n in np.flatnonzero(~kept).tolist():
            i, j = int(rows[n]), int(columns[n])
            kept[n] = cosine(vectors[i], vectors[j]) >= floor
        found += zip(rows[kept].tolist(), columns[kept].tolist(), strict=True)
    return found


def shared_words(vectors: list[Vector]) -> npt.NDArray[np.float64]:
    """The vectors as rows of a matrix over the words two of them or more share: the
    words no other vector has add nothing to any dot product of two of them."""
    shared = Counter(w for v in vectors for w in v)
    column = {w: n for n, w in enumerate(w for w, seen in shared.items() if seen > 1)}
    dense = np.zeros((len(vectors), len(column)), dtype=np.float64)
    for row, vector in enumerate(vectors):
        for word, weight in vector.items():
            if word in column:
                dense[row, column[word]] = weight
    return dense


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
