"""Pairs of sentences close enough for a rule, found without comparing every pair: the
same pairs and the same scores, bit for bit, as comparing every pair."""

from __future__ import annotations

import math
import random
from collections import Counter

import numpy as np
import pytest

from generator.sums import sums_by_key
from generator.text import tfidf
from generator.text.tfidf import cosine, reaching, terms, vectorize, weigh
from generator.text.tfidf_rows import KeyWords, Rows

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


def test_reaching_pairs_are_every_pair_whose_exact_score_reaches_the_floor(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(tfidf, "REACHING_ROWS", 7)  # dot products taken in many blocks
    for seed in range(6):
        vectors = vectorize(_sentences(160, seed))
        every = {
            (i, j): cosine(vectors[i], vectors[j])
            for i in range(len(vectors))
            for j in range(i + 1, len(vectors))
        }
        # a floor on a pair's exact score: numpy's rounding must not decide that pair
        borderline = sorted(every.values())[len(every) // 2]
        for floor in (0.2, 0.35, borderline, math.nextafter(borderline, 1.0)):
            wanted = [pair for pair, score in every.items() if score >= floor]
            assert reaching(vectors, floor) == wanted


def test_key_pairs_are_the_pairs_and_order_of_adding_key_word_products_into_a_dict() -> None:
    for seed in range(4):
        vectors = vectorize(_sentences(200, seed))
        keys, common, floor = 5, 40, 0.1
        postings: dict[str, list[tuple[int, float]]] = {}
        for i, vector in enumerate(vectors):
            for word, weight in sorted(vector.items(), key=lambda ww: (-ww[1], ww[0]))[:keys]:
                postings.setdefault(word, []).append((i, weight))
        partial: dict[tuple[int, int], float] = {}
        for posting in postings.values():
            if 1 < len(posting) <= common:
                for x, (i, wi) in enumerate(posting):
                    for j, wj in posting[x + 1 :]:
                        partial[(i, j)] = partial.get((i, j), 0.0) + wi * wj
        wanted = [pair for pair, part in partial.items() if part >= floor]
        assert 0 < len(wanted) < len(partial)
        found = KeyWords(Rows.of(vectors), keys, common)
        assert found.pairs(floor, list(range(len(vectors)))).tolist() == [list(p) for p in wanted]
        halves = [i % 2 for i in range(len(vectors))]  # pairs within a label left out
        odd = [(i, j) for i, j in wanted if i % 2 != j % 2]
        assert found.pairs(floor, halves).tolist() == [list(p) for p in odd]


def test_sums_by_key_add_each_keys_values_in_the_order_given() -> None:
    rnd = random.Random(3)
    # keys of about as many values each, and of one value to hundreds (a few very common)
    for spread in ([50], [3, 40, 3000]):
        keys = [rnd.randrange(rnd.choice(spread)) for _ in range(5000)]
        values = [rnd.random() * 10.0 ** rnd.randint(-8, 8) for _ in keys]
        totals: dict[int, float] = {}
        first: dict[int, int] = {}
        for n, (key, value) in enumerate(zip(keys, values, strict=True)):
            totals[key] = totals.get(key, 0.0) + value
            first.setdefault(key, n)
        found, at, sums = sums_by_key(np.array(keys, dtype=np.int64), np.array(values))
        assert found.tolist() == sorted(totals)
        assert at.tolist() == [first[k] for k in sorted(totals)]
        assert sums.tolist() == [totals[k] for k in sorted(totals)]  # the same floats
    empty = sums_by_key(np.zeros(0, dtype=np.int64), np.zeros(0))
    assert [part.tolist() for part in empty] == [[], [], []]


def test_the_key_pairs_of_a_few_vectors_are_those_all_pairs_hold_with_them() -> None:
    rnd = random.Random(5)
    for seed in range(4):
        vectors = vectorize(_sentences(200, seed))
        keys = KeyWords(Rows.of(vectors), 5, 40)
        labels = [rnd.randrange(60) for _ in vectors]
        every = [(i, j) for i, j in keys.pairs(0.1, labels).tolist()]
        for size in (1, 3, 30):
            members = rnd.sample(range(len(vectors)), size)
            wanted = sorted(p for p in every if p[0] in members or p[1] in members)
            assert keys.pairs_of(members, 0.1, labels).tolist() == [list(p) for p in wanted]
        # a floor at a pair's sum keeps it only when the sum is bit for bit the same
        for pair in rnd.sample(every, 20):
            exact = sum(
                vectors[pair[0]][w] * vectors[pair[1]][w]
                for w in _key_words_in_order(vectors, 5, 40)
                if w in _keys(vectors[pair[0]], 5) and w in _keys(vectors[pair[1]], 5)
            )
            assert list(pair) in keys.pairs_of([pair[1]], exact, labels).tolist()
            assert (
                list(pair)
                not in keys.pairs_of([pair[1]], math.nextafter(exact, 1.0), labels).tolist()
            )


def _keys(vector: dict[str, float], keys: int) -> set[str]:
    return {w for w, _ in sorted(vector.items(), key=lambda ww: (-ww[1], ww[0]))[:keys]}


def _key_words_in_order(vectors: list[dict[str, float]], keys: int, common: int) -> list[str]:
    """Key words in the order they first appear, but those of more than `common` vectors."""
    counts: dict[str, int] = {}
    for vector in vectors:
        for word in sorted(_keys(vector, keys), key=lambda w: (-vector[w], w)):
            counts[word] = counts.get(word, 0) + 1
    return [w for w, n in counts.items() if 1 < n <= common]


def test_rows_give_the_cosines_of_the_vectors() -> None:
    vectors = vectorize(_sentences(120, 9))
    pairs = [(i, j) for i in range(0, 120, 7) for j in range(i + 1, 120, 5)]
    found = Rows.of(vectors).cosines(pairs).tolist()
    assert found == [cosine(vectors[i], vectors[j]) for i, j in pairs]


def test_rows_give_the_cosines_of_every_pair_whatever_their_lengths() -> None:
    # every pair of 60 sentences of 0-14 words: each longer vector's partners are of
    # many lengths, empty ones among them, and the last vector of the flat arrays is
    # the shorter of many pairs (a pair's sum is read where its own products end)
    vectors = vectorize(_sentences(60, 4))
    assert not vectors[-1] or len(vectors[-1]) < max(len(v) for v in vectors)
    pairs = [(i, j) for i in range(60) for j in range(i + 1, 60)]
    found = Rows.of(vectors).cosines(pairs).tolist()
    assert found == [cosine(vectors[i], vectors[j]) for i, j in pairs]
    assert any(not v for v in vectors)


def test_rows_weigh_as_vectors_do() -> None:
    for seed in range(3):
        docs = [Counter(terms(s)) for s in _sentences(150, seed)]
        for background in (0, 100):
            assert Rows.weighed(docs, background).vectors() == weigh(docs, background)
            found = Rows.weighed(docs, background).vectors()
            assert [list(v) for v in found] == [list(v) for v in weigh(docs, background)]


def test_weigh_gives_the_formulas_floats_for_any_count() -> None:
    rnd = random.Random(62)
    docs = [
        Counter({w: rnd.choice([1, 2, 3, 63, 64, 65, 200]) for w in rnd.sample(_WORDS, 6)})
        for _ in range(40)
    ]
    df = Counter(w for d in docs for w in d)
    idf = {w: math.log((len(docs) + 1) / (f + 0.5)) for w, f in df.items()}
    for doc, vector in zip(docs, weigh(docs), strict=True):
        raw = {w: (1 + math.log(c)) * idf[w] for w, c in doc.items()}
        norm = math.sqrt(sum(x * x for x in raw.values()))
        assert list(vector.items()) == [(w, x / norm) for w, x in raw.items()]
