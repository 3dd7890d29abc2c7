"""TF-IDF vectors of many texts as flat arrays: weighed, ranked and compared in numpy.

Stories weigh every article of the corpus again on each run (a new article changes
every word's IDF) and then score only a few of them against the rest: as Python dicts,
weighing ten thousand articles and ranking their key words took seconds. Every value
here is the float `tfidf.weigh`, `tfidf.cosine` and a dict of key-word sums give, bit
for bit: the same operations on the same values in the same order, only in numpy
(sums one value after another, never numpy's pairwise sums; see `generator.sums`).
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable
from itertools import chain

import numpy as np
import numpy.typing as npt
from numpy.lib.stride_tricks import sliding_window_view

from generator.sums import sums_by_key

__all__ = ["KeyWords", "Rows"]

Ints = npt.NDArray[np.int64]
Floats = npt.NDArray[np.float64]


class Rows:
    """Vectors as one row each of (word, weight) entries, in the order of the vector's
    words; `vocabulary[word]` is the word."""

    def __init__(self, vocabulary: list[str], words: Ints, weights: Floats, sizes: Ints) -> None:
        self.vocabulary, self.words, self.weights, self.sizes = vocabulary, words, weights, sizes
        self.offsets = np.cumsum(sizes) - sizes
        self.rows = np.repeat(np.arange(len(sizes), dtype=np.int64), sizes)
        self.dense = np.zeros(len(vocabulary), dtype=np.float64)

    @classmethod
    def of(cls, vectors: list[dict[str, float]]) -> Rows:
        """Vectors already weighed."""
        ids: dict[str, int] = {}
        words = np.array([ids.setdefault(w, len(ids)) for v in vectors for w in v], dtype=np.int64)
        weights = np.array([x for v in vectors for x in v.values()], dtype=np.float64)
        return cls(list(ids), words, weights, np.array([len(v) for v in vectors], dtype=np.int64))

    @classmethod
    def weighed(cls, docs: list[Counter[str]], background: int = 0) -> Rows:
        """`tfidf.weigh(docs, background)`, bit for bit: (1 + log count) x IDF over the
        row's norm, the norm's squares added one after another in the row's order."""
        flat = list(chain.from_iterable(docs))
        ids = {w: i for i, w in enumerate(dict.fromkeys(flat))}  # in order of first use
        words = np.fromiter(map(ids.__getitem__, flat), dtype=np.int64, count=len(flat))
        counts = np.fromiter(
            chain.from_iterable(d.values() for d in docs), dtype=np.int64, count=len(flat)
        )
        sizes = np.array([len(d) for d in docs], dtype=np.int64)
        n = len(docs) + background
        df = np.bincount(words, minlength=len(ids))
        idf = _each(df, lambda f: math.log((n + 1) / (f + 0.5)))
        values = _each(counts, lambda c: 1 + math.log(c)) * idf[words]
        rows = np.repeat(np.arange(len(docs), dtype=np.int64), sizes)
        _, _, squares = sums_by_key(rows, values * values)
        norms = np.ones(len(docs), dtype=np.float64)
        norms[sizes > 0] = np.sqrt(squares)
        norms[norms == 0.0] = 1.0
        return cls(list(ids), words, values / norms[rows], sizes)

    def vectors(self) -> list[dict[str, float]]:
        """The rows as `tfidf` vectors."""
        words, weights = self.words.tolist(), self.weights.tolist()
        return [
            {
                self.vocabulary[w]: x
                for w, x in zip(words[o : o + s], weights[o : o + s], strict=True)
            }
            for o, s in zip(self.offsets.tolist(), self.sizes.tolist(), strict=True)
        ]

    def cosines(self, pairs: Ints | list[tuple[int, int]]) -> Floats:
        """`cosine(vectors[i], vectors[j])` for each pair, bit for bit: each product in the
        order `cosine` takes them (the shorter vector's words, in its order), summed one
        after another (`add.accumulate`); a word the other lacks adds exactly 0.0, as it
        does there. Millions of pairs took a minute in Python at 10,000 articles; as
        Python tuples and floats, their 3.3 million pairs and scores held 570 MB."""
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
        found = np.zeros(len(both), dtype=np.float64)
        cuts = [0, *(np.flatnonzero(np.diff(longer[order])) + 1).tolist(), len(both)]
        # each vector's entries run on into the next vectors' (zeros past the last), so
        # a pair's row of products starts as one slice of these, copied whole: gathered
        # entry by entry into rows of zeros, 254 million products at 10,000 articles
        # took 5.4 CPU s, read as slices about 3
        most = max(int(sizes.max(initial=0)), 1)
        word_rows = sliding_window_view(np.concatenate((words, np.zeros(most, np.int64))), most)
        weight_rows = sliding_window_view(np.concatenate((weights, np.zeros(most))), most)
        for start, end in zip(cuts, cuts[1:], strict=False):
            if start == end:
                continue
            long = int(longer[order[start]])
            own = slice(int(offsets[long]), int(offsets[long] + sizes[long]))
            dense[words[own]] = weights[own]
            short = shorter[order[start:end]]
            lengths = sizes[short]
            width = int(lengths.max())
            if width:
                # one row per pair, as wide as the block's longest: the shorter vector's
                # products in order, then those of what follows it, summed in place; each
                # pair's sum is read where its own products end, before the rest is added
                products = weight_rows[offsets[short], :width]
                products *= np.take(dense, word_rows[offsets[short], :width])
                np.add.accumulate(products, axis=1, out=products)
                ends = products[np.arange(len(short)), np.maximum(lengths - 1, 0)]
                found[order[start:end]] = np.where(lengths > 0, ends, 0.0)
            dense[words[own]] = 0.0
        return found


def _each(values: Ints, rule: Callable[[int], float]) -> Floats:
    """`rule(v)` of each value (small counts, none negative), computed in Python once per
    distinct value: the floats of `math`, not of numpy's own functions."""
    table = np.zeros(int(values.max(initial=0)) + 1, dtype=np.float64)
    for v in np.unique(values).tolist():
        table[v] = rule(v)
    return table[values]


class KeyWords:
    """Each row's `keys` heaviest words (ties by word), for the pairs whose shared key
    words give a dot product of at least a floor, a word that is a key word of more
    than `common` rows counting for none. The sums are bit for bit those of adding each
    word's products pair by pair into a dict, words in the order they first appear as
    key words, each word's rows in order."""

    def __init__(self, rows: Rows, keys: int, common: int) -> None:
        self.count = len(rows.sizes)
        spelled = np.empty(len(rows.vocabulary), dtype=np.int64)  # ranks in word order
        spelled[sorted(range(len(rows.vocabulary)), key=rows.vocabulary.__getitem__)] = np.arange(
            len(rows.vocabulary), dtype=np.int64
        )
        # each row heaviest first, ties by word; lexsort sorts by its last key first
        order = np.lexsort((spelled[rows.words], -rows.weights, rows.rows))
        rank = np.arange(len(order)) - np.repeat(rows.offsets, rows.sizes)
        order = order[rank < keys]  # row by row, each row's key words in order
        words = rows.words[order]
        _, first = np.unique(words, return_index=True)
        seen = np.full(len(rows.vocabulary), -1, dtype=np.int64)
        seen[words[np.sort(first)]] = np.arange(len(first), dtype=np.int64)
        posting = seen[words]  # words numbered in the order they first appear
        by_posting = np.argsort(posting, kind="stable")  # each posting's rows in order
        sizes = np.bincount(posting, minlength=len(first))
        live = (sizes > 1) & (sizes <= common)
        # only postings that propose pairs, numbered in that order again
        renumber = np.cumsum(live) - 1
        kept = live[posting[by_posting]]
        self.ids = rows.rows[order][by_posting][kept]
        self.weights = rows.weights[order][by_posting][kept]
        self.sizes = sizes[live]
        self.starts = np.cumsum(self.sizes) - self.sizes
        # each row's live key words as (posting, weight), in posting order
        mine = np.flatnonzero(live[posting])
        numbered = renumber[posting[mine]]
        by_row = np.lexsort((numbered, rows.rows[order][mine]))
        self.row_postings = numbered[by_row]
        self.row_weights = rows.weights[order][mine][by_row]
        self.row_starts = np.searchsorted(rows.rows[order][mine][by_row], np.arange(self.count + 1))

    def pairs(self, floor: float, apart: list[int]) -> Ints:
        """Every pair (i < j) that reaches `floor` and whose labels in `apart` differ, in
        the order they first appear, one row each (in numpy: that dict held millions of
        pairs at 10,000 articles)."""
        halves: dict[int, tuple[Ints, Ints]] = {}  # each posting's pairs, in order
        labels = np.array(apart, dtype=np.int64)
        codes, products = [], []
        for start, size in zip(self.starts.tolist(), self.sizes.tolist(), strict=True):
            at, by = self.ids[start : start + size], self.weights[start : start + size]
            if size not in halves:
                halves[size] = np.triu_indices(size, 1)
            x, y = halves[size]
            wanted = labels[at[x]] != labels[at[y]]
            codes.append((at[x] * self.count + at[y])[wanted])
            products.append((by[x] * by[y])[wanted])
        return self._reached(codes, products, floor, ordered=True)

    def pairs_of(self, members: list[int], floor: float, apart: list[int]) -> Ints:
        """The pairs `pairs` finds that hold one of `members`, sorted, each sum bit for
        bit as there: a pair's products are added in the same word order. Costs the
        members' key words' postings, not every pair of the corpus."""
        labels = np.array(apart, dtype=np.int64)
        inside = np.zeros(self.count, dtype=bool)
        inside[members] = True
        ranks, codes, products = [], [], []
        for i in members:
            mine = slice(int(self.row_starts[i]), int(self.row_starts[i + 1]))
            for n, weight in zip(
                self.row_postings[mine].tolist(), self.row_weights[mine].tolist(), strict=True
            ):
                start = int(self.starts[n])
                at = self.ids[start : start + int(self.sizes[n])]
                by = self.weights[start : start + int(self.sizes[n])]
                # a pair of two members once, from its first; never one label twice
                wanted = (labels[at] != labels[i]) & ~(inside[at] & (at < i))
                partners = at[wanted]
                ranks.append(np.full(len(partners), n, dtype=np.int64))
                codes.append(np.minimum(partners, i) * self.count + np.maximum(partners, i))
                products.append(by[wanted] * weight)
        if not codes:
            return _no_pairs()
        order = np.argsort(np.concatenate(ranks), kind="stable")  # word order, as `pairs`
        return self._reached(
            [np.concatenate(codes)[order]], [np.concatenate(products)[order]], floor, False
        )

    def _reached(
        self, codes: list[Ints], products: list[Floats], floor: float, ordered: bool
    ) -> Ints:
        if not codes:
            return _no_pairs()
        keys, values = np.concatenate(codes), np.concatenate(products)
        codes.clear()  # the parts go as soon as they are joined: 10 million at 10,000 articles
        products.clear()
        pairs, firsts, sums = sums_by_key(keys, values)
        del keys, values
        reached = sums >= floor
        found = pairs[reached][np.argsort(firsts[reached])] if ordered else pairs[reached]
        return np.stack((found // self.count, found % self.count), axis=1)


def _no_pairs() -> Ints:
    return np.zeros((0, 2), dtype=np.int64)
