"""Which articles are one story: close words, on average over both sides (average link).

Two groups join when the mean cosine over every pair of their articles reaches
SAME_STORY; pairs that scored below it count as zero. Recomputing that mean over all
pairs at each join cost minutes at a few thousand articles (a story of hundreds is
compared article by article with each newcomer), so the sum of scores between any two
groups is carried along as groups join: a join costs the neighbours of the smaller
group, not the product of both sizes. A sum carried that way can differ from one
added up pair by pair in the last bits; when a mean lands that close to the threshold,
it is added up again exactly as the pair-by-pair rule would, so the groups are the
same either way.
"""

from __future__ import annotations

import heapq
from collections.abc import Callable, Iterator

import numpy as np
import numpy.typing as npt

from generator.settings import PAIR_SLICE, SAME_STORY, SAME_STORY_RECHECK
from generator.sums import sums_by_key

__all__ = ["Scored", "average_link"]

Ints = npt.NDArray[np.int64]
Floats = npt.NDArray[np.float64]
# pairs (i < j), one row each, and their scores, in the order they were found
Scored = tuple[Ints, Floats]


class _Groups:
    """Groups of articles by position: union-find whose roots carry the group's label
    (its first article), size, members in join order, and score sums to other groups."""

    def __init__(self, count: int) -> None:
        self.parent = list(range(count))
        self.label = list(range(count))
        self.size = [1] * count
        self.next: list[int | None] = [None] * count  # members as a linked list
        self.tail = list(range(count))
        self.head = list(range(count))
        # by root: the sum of scores to each other root, `links[a][b]` equal to
        # `links[b][a]` bit for bit (every write sets both from one value); a position
        # no longer a root has an empty dict. A root's dict also keeps the sums to
        # groups that have since joined another (their position no longer a root):
        # never read, as only roots are looked up, and dropped when that root joins
        self.links: list[dict[int, float]] = [{} for _ in range(count)]

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def members(self, root: int) -> list[int]:
        found: list[int] = []
        at: int | None = self.head[root]
        while at is not None:
            found.append(at)
            at = self.next[at]
        return found

    def join(self, first: int, second: int) -> None:
        """Join the groups at roots `first` and `second`: members of `first`, then of
        `second`, under the smaller label."""
        self.next[self.tail[first]] = self.head[second]
        head, tail = self.head[first], self.tail[second]
        label = min(self.label[first], self.label[second])
        big, small = (first, second) if self.size[first] >= self.size[second] else (second, first)
        self.parent[small] = big
        self.size[big] += self.size[small]
        self.head[big], self.tail[big], self.label[big] = head, tail, label
        links = self.links
        mine, gone = links[big], links[small]
        links[small] = {}
        mine.pop(small, None)
        gone.pop(big, None)
        # each sum added once, given to both groups; the other root's sum to `small`
        # is left where it is, not popped: at 10,000 articles the 8,115 joins took 3.3
        # CPU s without the 2.5 million pops, each in another dict, against 5.2 with them
        get, parent = mine.get, self.parent
        for other, score in gone.items():
            if parent[other] == other:
                links[other][big] = mine[other] = get(other, 0.0) + score


def _add_links(
    groups: _Groups,
    ra: npt.NDArray[np.int64],
    rb: npt.NDArray[np.int64],
    scores: npt.NDArray[np.float64],
) -> None:
    """Each pair's score added to the sum between the groups at roots `ra` and `rb`
    (never equal), the sums bit for bit those of adding them one by one in this order
    (`sums_by_key`): a million pairs at 10,000 articles, given to each root's dict a
    run at a time (one `setdefault` a pair and side took 1.2 of grouping's 18 CPU s)."""
    low, high = np.minimum(ra, rb), np.maximum(ra, rb)
    width = int(high.max(initial=0)) + 1
    codes, _, sums = sums_by_key(low * width + high, scores)
    del low, high
    lows, highs = (codes // width).astype(np.int32), (codes % width).astype(np.int32)
    del codes
    _fill(groups.links, lows, highs, sums, None)  # the codes are sorted: by the low side
    _fill(groups.links, highs, lows, sums, np.argsort(highs, kind="stable"))


def _fill(
    links: list[dict[int, float]],
    owners: npt.NDArray[np.int32],
    others: npt.NDArray[np.int32],
    sums: Floats,
    order: Ints | None,
) -> None:
    """`links[owner][other] = sum` for each entry, taken in `order` (None: as they are),
    in which each owner's entries are one run; as Python values a slice at a time."""
    for start in range(0, len(owners), PAIR_SLICE):
        at = (
            slice(start, start + PAIR_SLICE) if order is None else order[start : start + PAIR_SLICE]
        )
        run = owners[at]
        cuts = [0, *(np.flatnonzero(run[1:] != run[:-1]) + 1).tolist()]
        ends = [*cuts[1:], len(run)]
        to, by = others[at].tolist(), sums[at].tolist()
        for owner, first, last in zip(run[cuts].tolist(), cuts, ends, strict=True):
            links[owner].update(zip(to[first:last], by[first:last], strict=True))


def average_link(
    count: int,
    kept: list[list[int]],
    pairs_of: Callable[[list[int]], Scored],
    settled: bool = False,
) -> list[list[int]]:
    """Groups of the positions 0..count-1, each sorted, in order of their first position.

    `kept`: groups that stay together whatever the scores (the last run's stories),
    each sorted, no position in two; a position in none is new. `pairs_of(members)`:
    the pairs (i < j, one row each) of those members with any article, but within one
    kept group, close enough to be one story, with their cosine. Pairs are taken
    strongest first; the groups of the two articles join when the mean score over all
    their pairs reaches SAME_STORY. `settled`: the kept groups were grouped by this very
    rule and join one another only through a new article, a group joining another when
    one of them holds a new article; then the pairs asked for are those of new articles
    and of the kept groups they join, not all pairs of the corpus.
    """
    groups = _Groups(count)
    for group in kept:
        for i in group[1:]:
            groups.join(groups.find(group[0]), groups.find(i))
    fresh = [True] * count  # by root: whether the group may join any other
    for group in kept if settled else []:
        fresh[groups.find(group[0])] = False
    pairs, values = pairs_of([i for i in range(count) if fresh[groups.find(i)]])
    scores = _Scores(count, pairs, values)
    # no group joins while the links are added: each article's root, found once, stays
    # its root for the whole phase (6.6 million `find` calls at 10,000 articles)
    root = np.array([groups.find(i) for i in range(count)], dtype=np.int64)
    firsts, seconds = pairs[:, 0], pairs[:, 1]
    across = root[firsts] != root[seconds]  # a pair within a kept group never joins one
    _add_links(groups, root[firsts][across], root[seconds][across], values[across])
    # strongest first, ties by pair; lexsort sorts by its last key first
    order = np.lexsort((seconds, firsts, -values))
    order = order[across[order]]
    queue = _queue(-values[order], firsts[order], seconds[order])
    del pairs, firsts, seconds, values, order, across, root
    later: list[tuple[float, int, int]] = []  # pairs of kept groups as new articles join them
    # unsettled, every group is fresh and no pair is pushed: the queue alone, in order
    parent, find, size, links = groups.parent, groups.find, groups.size, groups.links
    for at in _merged(queue, later) if settled else queue:
        _, i, j = at
        # most articles are a root or a root's child: `find` only for the others
        ra, rb = parent[i], parent[j]
        if parent[ra] != ra:
            ra = find(i)
        if parent[rb] != rb:
            rb = find(j)
        if ra == rb or not (fresh[ra] or fresh[rb]):
            continue
        # at 10,000 articles 1.6 of 1.7 million pairs end here, their groups' mean
        # clearly short (`abs(off)` at least SAME_STORY_RECHECK and `off` below zero)
        both = size[ra] * size[rb]
        off = links[ra].get(rb, 0.0) / both - SAME_STORY
        if off <= -SAME_STORY_RECHECK:
            continue
        if off < SAME_STORY_RECHECK:
            total = scores.between(groups.members(ra), groups.members(rb))
            if total / both < SAME_STORY:
                continue
        joining = [] if fresh[ra] and fresh[rb] else groups.members(rb if fresh[ra] else ra)
        first, second = sorted((ra, rb), key=lambda r: groups.label[r])
        groups.join(first, second)
        fresh[find(i)] = True
        if joining:  # a kept group's pairs count from now on: those still to come are taken
            for x, y, score in scores.add(*pairs_of(joining)):
                rx, ry = find(x), find(y)
                if rx != ry:
                    to_x, to_y = links[rx], links[ry]
                    to_x[ry] = to_y[rx] = to_x.get(ry, 0.0) + score
                if (-score, x, y) > at:
                    heapq.heappush(later, (-score, x, y))
    found: dict[int, list[int]] = {}
    for i in range(count):
        found.setdefault(groups.label[groups.find(i)], []).append(i)
    return [found[label] for label in sorted(found)]


class _Scores:
    """The pairs scored so far, by code (i x count + j), sorted for lookup: as a dict of
    tuples they held 400 MB at 10,000 articles (1.7 million pairs)."""

    def __init__(self, count: int, pairs: Ints, values: Floats) -> None:
        self.count = count
        codes = pairs[:, 0] * count + pairs[:, 1]
        order = np.argsort(codes)
        self.codes, self.values = codes[order], values[order]

    def _found(self, codes: Ints) -> tuple[Floats, npt.NDArray[np.bool_]]:
        """The score of each code (0.0 when not scored), and whether it is scored."""
        if not len(self.codes):
            return np.zeros(len(codes), dtype=np.float64), np.zeros(len(codes), dtype=np.bool_)
        at = np.minimum(np.searchsorted(self.codes, codes), len(self.codes) - 1)
        known = self.codes[at] == codes
        return np.where(known, self.values[at], 0.0), known

    def between(self, xs: list[int], ys: list[int]) -> float:
        """The sum of the scores of every pair of an x and a y (0.0 for a pair not
        scored), added one after another, x by x and y by y: as the rule reads."""
        x = np.repeat(np.array(xs, dtype=np.int64), len(ys))
        y = np.tile(np.array(ys, dtype=np.int64), len(xs))
        each: list[float] = self._found(np.minimum(x, y) * self.count + np.maximum(x, y))[
            0
        ].tolist()
        return sum(each, 0.0)

    def add(self, pairs: Ints, values: Floats) -> list[tuple[int, int, float]]:
        """Of the pairs given, in their order, those not scored yet, now scored."""
        codes = pairs[:, 0] * self.count + pairs[:, 1]
        new = ~self._found(codes)[1]
        self.codes = np.concatenate((self.codes, codes[new]))
        self.values = np.concatenate((self.values, values[new]))
        order = np.argsort(self.codes)
        self.codes, self.values = self.codes[order], self.values[order]
        return list(
            zip(pairs[new, 0].tolist(), pairs[new, 1].tolist(), values[new].tolist(), strict=True)
        )


def _queue(scores: Floats, firsts: Ints, seconds: Ints) -> Iterator[tuple[float, int, int]]:
    """(score, first, second) of each pair, as Python values a slice at a time: a list
    of all 1.7 million took 250 MB at 10,000 articles."""
    for start in range(0, len(scores), PAIR_SLICE):
        part = slice(start, start + PAIR_SLICE)
        yield from zip(
            scores[part].tolist(), firsts[part].tolist(), seconds[part].tolist(), strict=True
        )


def _merged(
    queue: Iterator[tuple[float, int, int]], heap: list[tuple[float, int, int]]
) -> Iterator[tuple[float, int, int]]:
    """The items of the sorted `queue` and of `heap`, smallest first, while the caller
    pushes items onto the heap between two (never one smaller than the last taken)."""
    head = next(queue, None)
    while head is not None or heap:
        if heap and (head is None or heap[0] < head):
            yield heapq.heappop(heap)
        else:
            assert head is not None
            yield head
            head = next(queue, None)
