"""How alike two names are, and which pairs of nodes are worth comparing at all."""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache

import numpy as np
from numpy.typing import NDArray
from rapidfuzz.distance import Jaro, JaroWinkler
from rapidfuzz.process import cdist

from generator.corpus.resolve.nodes import Node
from generator.settings import (
    FIRST_NAME_SIMILARITY,
    FIRST_NAME_SPELLING,
    MERGE_RULES,
    SIMILARITY_ROWS,
    SURNAME_SIMILARITY,
)
from generator.text.names import fold, middle_initials

__all__ = [
    "candidate_pairs",
    "context_needed",
    "first_names_agree",
    "middles_differ",
    "name_similarity",
    "names_compatible",
    "names_may_merge",
    "threshold",
    "unlike_garbling",
]


@cache
def name_similarity(a: str, b: str) -> float:
    """Whole name and surname alike, on folded spellings."""
    fa, fb = fold(a), fold(b)
    sa, sb = fa.split()[-1], fb.split()[-1]
    return 0.5 * JaroWinkler.similarity(fa, fb) + 0.5 * JaroWinkler.similarity(sa, sb)


@cache
def first_names_agree(a: str, b: str) -> bool:
    """Folded first names that can be one person's: an initial of the other ("J.",
    "John"), the start of the other ("Matt", "Matthew"), or a spelling of it ("Sylvia",
    "Silvia"; Jaro without the bonus for a shared start, which "Martyn" and "Matt",
    two people, would get). "Alan" and "Andy" Johnson are two people, and so are "Mi"
    and "Mauro" Bergamasco: a short form of two letters starts the name it stands for."""
    if a.rstrip(".")[:1] == b.rstrip(".")[:1] and min(len(a), len(b)) <= 2:
        short, long = sorted((a.rstrip("."), b.rstrip(".")), key=len)
        return len(short) <= 1 or long.startswith(short)
    if JaroWinkler.similarity(a, b) < FIRST_NAME_SIMILARITY:
        return False
    short, long = sorted((a, b), key=len)
    return long.startswith(short) or Jaro.similarity(a, b) >= FIRST_NAME_SPELLING


def names_compatible(a: str, b: str) -> bool:
    """Two folded full names that may be spellings of one name, whatever the context."""
    return (
        first_names_agree(a.split()[0], b.split()[0])
        and not middles_differ(a, b)
        and name_similarity(a, b) >= MERGE_RULES[-1][0]
    )


def middles_differ(a: str, b: str) -> bool:
    """Two folded full names that both write middle names or initials, and not the same
    ones: a father's and a son's ("George H.W. Bush", "George W. Bush"), where a name
    written without its middle ("George Bush") may be either's."""
    ma, mb = middle_initials(a), middle_initials(b)
    return bool(ma) and bool(mb) and ma != mb


def unlike_garbling(a: str, b: str, similarity: float) -> bool:
    """Two folded full names no context may join: under the surest merge rule a garbled
    or transliterated surname keeps its first letter ("Roll" for "Rohr", "Herem" for
    "Hellem"), where two people of one office seldom share it ("Sergei Volkov" after
    "Sergei Lavrov" as foreign minister, 0.81); past that rule a first letter may change
    ("Qaddafi", "Gaddafi")."""
    return similarity < MERGE_RULES[0][0] and a.split()[-1][:1] != b.split()[-1][:1]


@cache
def threshold(evidence: int) -> float:
    """The name similarity that this many items of context evidence make enough."""
    return min((t for t, needed in MERGE_RULES if evidence >= needed), default=2.0)


def _similarities(rows: list[str], columns: list[str]) -> NDArray[np.float32]:
    return cdist(rows, columns, scorer=JaroWinkler.similarity, dtype=np.float32)


def candidate_pairs(nodes: list[Node], alike: bool = True) -> list[tuple[int, int]]:
    """Pairs of nodes from different articles that `merge_ok` could accept.

    A necessary condition, checked in rapidfuzz's C code: the same surname or full
    spelling, or a name similarity over the lowest merge rule with first names that
    agree. Comparing every pair in Python took minutes at a few thousand people.
    Without `alike`, pairs of two full names written alike are left out (see
    `namesakes`): a name in thousands of articles makes millions of them.
    """
    # each pair i < j as i x count + j (count: the number of nodes): at 10,000 articles,
    # a set and a sort of 1.3 million tuples took 3 of resolving's 17 CPU s
    count = len(nodes)
    pairs: set[int] = set()
    by_key: dict[str, list[int]] = {}
    for i, node in enumerate(nodes):
        for key in {node.surname} | node.folded_full_forms:
            by_key.setdefault(key, []).append(i)
    for key, members in by_key.items():
        _block_pairs(nodes, key, members, alike, pairs, count)

    # names compared once each, however many articles spell them the same way
    holders: dict[str, list[int]] = {}
    for i, node in enumerate(nodes):
        if node.full_forms:
            holders.setdefault(node.folded_name, []).append(i)
    names = sorted(holders)
    for x, y in _similar_names(names):
        if not names_may_merge(names[x], names[y]):
            continue  # unless they share a spelling, whose block lists them
        if context_needed(names[x], names[y]) and context_needed(names[y], names[x]):
            _context_pairs(nodes, holders[names[x]], holders[names[y]], pairs, count)
            continue
        for i in holders[names[x]]:
            pairs.update(min(i, j) * count + max(i, j) for j in holders[names[y]])
    codes = np.sort(np.fromiter(pairs, dtype=np.int64, count=len(pairs)))
    firsts, seconds = codes // count, codes % count
    article = np.unique([n.article for n in nodes], return_inverse=True)[1]
    apart = article[firsts] != article[seconds]
    return list(zip(firsts[apart].tolist(), seconds[apart].tolist(), strict=True))


def _context_pairs(
    nodes: list[Node], ours: list[int], theirs: list[int], pairs: set[int], count: int
) -> None:
    """The pairs of nodes of two names that need context (`context_needed`) sharing a
    country or a role word, into `pairs`: at 10,000 articles the others were 295,000 of
    the 812,000 pairs `merge_ok` weighed, all refused."""
    by_context: dict[str, list[int]] = {}
    for j in theirs:
        for item in {*nodes[j].countries, *(f"role {w}" for w in nodes[j].role_words)}:
            by_context.setdefault(item, []).append(j)
    for i in ours:
        node = nodes[i]
        for item in {*node.countries, *(f"role {w}" for w in node.role_words)}:
            pairs.update(min(i, j) * count + max(i, j) for j in by_context.get(item, ()))


def _block_pairs(
    nodes: list[Node], key: str, members: list[int], alike: bool, pairs: set[int], count: int
) -> None:
    """The pairs of one block, a surname or a full spelling (`key`), that `merge_ok`
    could accept, into `pairs` (coded as `candidate_pairs` codes them). In a surname
    block, two full names whose first names disagree need a shared spelling, and meet in
    that spelling's block; without `alike`, two full names written alike are left out."""
    spellings: dict[tuple[str, bool], list[int]] = {}
    for i in members:
        node = nodes[i]
        spellings.setdefault((node.folded_name, bool(node.full_forms)), []).append(i)
    surname = " " not in key  # a full spelling has two words or more
    kinds = sorted(spellings.items())
    for x, ((name_x, full_x), part_x) in enumerate(kinds):
        if alike or not full_x:
            pairs.update(i * count + j for n, i in enumerate(part_x) for j in part_x[n + 1 :])
        for (name_y, full_y), part_y in kinds[x + 1 :]:
            if surname and full_x and full_y and not names_may_merge(name_x, name_y):
                continue
            pairs.update(min(i, j) * count + max(i, j) for i in part_x for j in part_y)


@cache
def context_needed(a: str, b: str) -> bool:
    """Two folded full names that the company of their nodes alone may not join: under
    the surest merge rule, with surnames unlike (John Redwood and John Reid). Their nodes
    must share a country or a role word (see `merge_ok`)."""
    return (
        name_similarity(a, b) < MERGE_RULES[0][0]
        and JaroWinkler.similarity(a.split()[-1], b.split()[-1]) < SURNAME_SIMILARITY
    )


@cache
def names_may_merge(a: str, b: str) -> bool:
    """What `merge_ok` asks of two folded full names not written alike before it looks
    at their context: first names that agree, similarity over the lowest merge rule, and
    no surname a garbling cannot give (`unlike_garbling`). Asked once per two names, not
    once per two of their thousands of nodes."""
    if not first_names_agree(a.split()[0], b.split()[0]) or middles_differ(a, b):
        return False
    sim = name_similarity(a, b)
    if sim < MERGE_RULES[-1][0]:
        return False
    return not unlike_garbling(a, b, sim)


def _similar_names(names: list[str]) -> Iterator[tuple[int, int]]:
    """Positions x < y of folded full names that first names allow to be one person and
    that are alike enough for the lowest merge rule. Names are compared only with those
    whose first names agree (about a tenth of all pairs), one first name at a time."""
    slack = 1e-4  # float32 here, float64 in `merge_ok`: keep every borderline pair
    surnames = [n.split()[-1] for n in names]
    by_first: dict[str, list[int]] = {}
    for x, name in enumerate(names):
        by_first.setdefault(name.split()[0], []).append(x)
    firsts = sorted(by_first)
    initial = np.array([ord(f[0]) for f in firsts])
    short = np.array([len(f) <= 2 for f in firsts])
    for start in range(0, len(firsts), SIMILARITY_ROWS):
        chunk = slice(start, start + SIMILARITY_ROWS)
        agree = _similarities(firsts[chunk], firsts) >= FIRST_NAME_SIMILARITY - slack
        agree |= (initial[chunk, None] == initial[None, :]) & (short[chunk, None] | short[None, :])
        for a, first in enumerate(firsts[chunk]):
            rows = by_first[first]
            columns = [y for b in np.flatnonzero(agree[a]) for y in by_first[firsts[b]]]
            sim = 0.5 * _similarities([names[x] for x in rows], [names[y] for y in columns])
            sim += 0.5 * _similarities([surnames[x] for x in rows], [surnames[y] for y in columns])
            for r, c in zip(*np.nonzero(sim >= MERGE_RULES[-1][0] - slack), strict=True):
                if rows[r] < columns[c]:
                    yield rows[r], columns[c]
