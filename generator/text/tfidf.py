"""TF-IDF vectors of sentences and articles, compared by cosine; shared by summaries,
statements, stories and disagreements.

Small and deterministic on purpose: the same sentences always give the same picks,
ties broken by position, so summaries never churn in review.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from operator import itemgetter

import numpy as np

from generator import lexicon
from generator.settings import CLOSE_MARGIN
from generator.sums import sums_by_key

__all__ = [
    "KeyWords",
    "Rows",
    "Vector",
    "centrality",
    "centroid",
    "close",
    "cosine",
    "key_pairs",
    "cosines",
    "terms",
    "vectorize",
    "weigh",
]

Vector = dict[str, float]
_TOKEN = re.compile(r"[^\W\d_][\w'’-]+")
_STOP = lexicon.words("stopwords", "stopwords")


def terms(text: str) -> list[str]:
    return [w for w in map(str.casefold, _TOKEN.findall(text)) if w not in _STOP]


def vectorize(texts: list[str]) -> list[Vector]:
    return weigh([Counter(terms(t)) for t in texts])


def weigh(docs: list[Counter[str]], background: int = 0) -> list[Vector]:
    """Unit TF-IDF vectors. `background` counts imagined documents that lack every term,
    so a corpus of a few articles on one event still weighs the event's words."""
    df: Counter[str] = Counter()
    for d in docs:
        df.update(d.keys())
    n = len(docs) + background
    idf = {w: math.log((n + 1) / (f + 0.5)) for w, f in df.items()}  # once a word, not a use
    vectors = []
    for d in docs:
        v = {w: (1 + math.log(c)) * idf[w] for w, c in d.items()}
        norm = math.sqrt(sum(x * x for x in v.values())) or 1.0
        vectors.append({w: x / norm for w, x in v.items()})
    return vectors


def cosine(a: Vector, b: Vector) -> float:
    if len(a) > len(b):
        a, b = b, a
    # words b lacks add exactly 0.0: skipping them leaves the sum bit for bit the same
    return sum(x * b[w] for w, x in a.items() if w in b)


class Rows:
    """Vectors as flat arrays, built once for many `cosines` calls: a run that scores a
    few articles against ten thousand must not flatten all of them for each few."""

    def __init__(self, vectors: list[Vector]) -> None:
        ids: dict[str, int] = {}
        self.words = np.array(
            [ids.setdefault(w, len(ids)) for v in vectors for w in v], dtype=np.int64
        )
        self.weights = np.array([x for v in vectors for x in v.values()], dtype=np.float64)
        self.sizes = np.array([len(v) for v in vectors], dtype=np.int64)
        self.offsets = np.cumsum(self.sizes) - self.sizes
        self.dense = np.zeros(len(ids), dtype=np.float64)

    def cosines(self, pairs: list[tuple[int, int]]) -> list[float]:
        """`cosine(vectors[i], vectors[j])` for each pair, bit for bit, in numpy: millions
        of pairs took a minute in Python at 10,000 articles. Each product is taken in
        the order `cosine` takes them (the shorter vector's words, in its order) and
        summed one after another (`add.accumulate`, not numpy's pairwise sum); a word the
        other lacks adds exactly 0.0, as it does there."""
        words, weights, sizes, offsets, dense = (
            self.words,
            self.weights,
            self.sizes,
            self.offsets,
            self.dense,
        )
        both = np.array(pairs, dtype=np.int64).reshape(-1, 2)
        swap = sizes[both[:, 0]] > sizes[both[:, 1]]
        shorter = np.where(swap, both[:, 1], both[:, 0])
        longer = np.where(swap, both[:, 0], both[:, 1])
        order = np.argsort(longer, kind="stable")
        found = np.zeros(len(pairs), dtype=np.float64)
        cuts = [0, *(np.flatnonzero(np.diff(longer[order])) + 1).tolist(), len(pairs)]
        for start, end in zip(cuts, cuts[1:], strict=False):
            if start == end:
                continue
            long = int(longer[order[start]])
            own = slice(int(offsets[long]), int(offsets[long] + sizes[long]))
            dense[words[own]] = weights[own]
            short = shorter[order[start:end]]
            lengths = sizes[short]
            if lengths.max():  # one row per pair: the shorter vector's products in order
                firsts = np.cumsum(lengths) - lengths
                columns = np.arange(int(lengths.sum())) - np.repeat(firsts, lengths)
                at = np.repeat(offsets[short], lengths) + columns
                products = np.zeros((len(short), int(lengths.max())), dtype=np.float64)
                products[np.repeat(np.arange(len(short)), lengths), columns] = (
                    weights[at] * dense[words[at]]
                )
                found[order[start:end]] = np.add.accumulate(products, axis=1)[:, -1]
            dense[words[own]] = 0.0
        return [float(x) for x in found]


def cosines(vectors: list[Vector], pairs: list[tuple[int, int]]) -> list[float]:
    """`cosine(vectors[i], vectors[j])` for each pair, bit for bit (see `Rows.cosines`)."""
    return Rows(vectors).cosines(pairs)


class KeyWords:
    """Each vector's `keys` heaviest words (ties by word), for the pairs whose shared key
    words give a dot product of at least a floor, a word that is a key word of more
    than `common` vectors counting for none. The sums are bit for bit those of adding
    each word's products pair by pair into a dict, words in the order they first appear
    as key words, each word's vectors in order."""

    def __init__(self, vectors: list[Vector], keys: int, common: int) -> None:
        postings: dict[str, tuple[list[int], list[float]]] = {}
        for i, vector in enumerate(vectors):
            # heaviest first, ties by word: a stable sort by weight of the items sorted by word
            for word, weight in sorted(sorted(vector.items()), key=itemgetter(1), reverse=True)[
                :keys
            ]:
                ids, weights = postings.setdefault(word, ([], []))
                ids.append(i)
                weights.append(weight)
        self.count = len(vectors)
        # only words that propose pairs, in the order they first appear as key words
        self.postings = [
            (np.array(ids, dtype=np.int64), np.array(weights, dtype=np.float64))
            for ids, weights in postings.values()
            if 1 < len(ids) <= common
        ]
        self.own: list[list[tuple[int, float]]] = [[] for _ in vectors]  # (posting, weight)
        for n, (at, by) in enumerate(self.postings):
            for i, weight in zip(at.tolist(), by.tolist(), strict=True):
                self.own[i].append((n, weight))

    def pairs(self, floor: float, apart: list[int]) -> list[tuple[int, int]]:
        """Every pair (i < j) that reaches `floor` and whose labels in `apart` differ, in
        the order they first appear (in numpy: that dict held millions of pairs at
        10,000 articles)."""
        halves: dict[int, tuple[np.ndarray, np.ndarray]] = {}  # each posting's pairs, in order
        labels = np.array(apart, dtype=np.int64)
        codes, products = [], []
        for at, by in self.postings:
            if len(at) not in halves:
                halves[len(at)] = np.triu_indices(len(at), 1)
            x, y = halves[len(at)]
            wanted = labels[at[x]] != labels[at[y]]
            codes.append((at[x] * self.count + at[y])[wanted])
            products.append((by[x] * by[y])[wanted])
        return self._reached(codes, products, floor, ordered=True)

    def pairs_of(self, members: list[int], floor: float, apart: list[int]) -> list[tuple[int, int]]:
        """The pairs `pairs` finds that hold one of `members`, sorted, each sum bit for
        bit as there: a pair's products are added in the same word order. Costs the
        members' key words' postings, not every pair of the corpus."""
        labels = np.array(apart, dtype=np.int64)
        inside = np.zeros(self.count, dtype=bool)
        inside[members] = True
        ranks, codes, products = [], [], []
        for i in members:
            for n, weight in self.own[i]:
                at, by = self.postings[n]
                # a pair of two members once, from its first; never one label twice
                wanted = (labels[at] != labels[i]) & ~(inside[at] & (at < i))
                partners = at[wanted]
                ranks.append(np.full(len(partners), n, dtype=np.int64))
                codes.append(np.minimum(partners, i) * self.count + np.maximum(partners, i))
                products.append(by[wanted] * weight)
        if not codes:
            return []
        order = np.argsort(np.concatenate(ranks), kind="stable")  # word order, as `pairs`
        return self._reached(
            [np.concatenate(codes)[order]], [np.concatenate(products)[order]], floor, False
        )

    def _reached(
        self, codes: list[np.ndarray], products: list[np.ndarray], floor: float, ordered: bool
    ) -> list[tuple[int, int]]:
        if not codes:
            return []
        pairs, firsts, sums = sums_by_key(np.concatenate(codes), np.concatenate(products))
        reached = sums >= floor
        found = pairs[reached][np.argsort(firsts[reached])] if ordered else pairs[reached]
        return list(zip((found // self.count).tolist(), (found % self.count).tolist(), strict=True))


def key_pairs(
    vectors: list[Vector], keys: int, common: int, floor: float, apart: list[int]
) -> list[tuple[int, int]]:
    """Every pair of `KeyWords(vectors, keys, common).pairs(floor, apart)`."""
    return KeyWords(vectors, keys, common).pairs(floor, apart)


def close(vectors: list[Vector], floor: float) -> dict[tuple[int, int], float]:
    """The pairs (i < j) of unit vectors whose `cosine(vectors[i], vectors[j])` reaches
    `floor`, with it, bit for bit, in order: comparing every pair took minutes in a
    story of a hundred articles. Prefix filtering: words ranked rarest first, each
    vector is indexed by its words but the longest run of its commonest ones whose norm
    stays below `floor`. Two vectors that share no indexed word of both have a cosine
    below `floor`: the first word they share (in that ranking) is in the unindexed run
    of one of them, and so is every later one, so what they share weighs at most that
    run's norm (Cauchy-Schwarz)."""
    seen: Counter[str] = Counter(w for v in vectors for w in v)
    index: dict[str, list[int]] = {}
    for j, vector in enumerate(vectors):
        ranked = sorted(vector, key=lambda w: (seen[w], w))
        left = 0.0
        while ranked:
            weight = vector[ranked[-1]]
            if math.sqrt(left + weight * weight) >= floor - CLOSE_MARGIN:
                break
            left += weight * weight
            ranked.pop()
        for word in ranked:
            index.setdefault(word, []).append(j)
    pairs = sorted(
        {
            (i, j)
            for posting in index.values()
            for n, i in enumerate(posting)
            for j in posting[n + 1 :]
        }
    )
    return {
        pair: score
        for pair, score in zip(pairs, cosines(vectors, pairs), strict=True)
        if score >= floor
    }


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
