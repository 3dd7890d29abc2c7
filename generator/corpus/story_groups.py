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

from itertools import chain

import numpy as np
import numpy.typing as npt

from generator.settings import SAME_STORY, SAME_STORY_RECHECK
from generator.sums import sums_by_key

__all__ = ["average_link"]


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
        self.links: dict[int, dict[int, float]] = {}

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
        mine = self.links.setdefault(big, {})
        mine.pop(small, None)
        for other, total in self.links.pop(small, {}).items():
            if other == big:
                continue
            theirs = self.links[other]
            del theirs[small]
            mine[other] = mine.get(other, 0.0) + total
            theirs[big] = theirs.get(big, 0.0) + total


def _add_links(
    groups: _Groups,
    ra: npt.NDArray[np.int64],
    rb: npt.NDArray[np.int64],
    scores: npt.NDArray[np.float64],
) -> None:
    """Each pair's score added to the sum between the groups at roots `ra` and `rb`
    (never equal), the sums bit for bit those of adding them one by one in this order
    (`sums_by_key`): a million pairs at 10,000 articles."""
    low, high = np.minimum(ra, rb), np.maximum(ra, rb)
    width = int(high.max(initial=0)) + 1
    codes, _, sums = sums_by_key(low * width + high, scores)
    for code, total in zip(codes.tolist(), sums.tolist(), strict=True):
        x, y = divmod(code, width)
        groups.links.setdefault(x, {})[y] = total
        groups.links.setdefault(y, {})[x] = total


def average_link(
    count: int, scores: dict[tuple[int, int], float], kept: list[list[int]]
) -> list[list[int]]:
    """Groups of the positions 0..count-1, each sorted, in order of their first position.

    `scores`: the pairs (i < j) close enough to be one story, with their cosine.
    `kept`: groups that stay together whatever the scores (the last run's stories),
    each sorted, no position in two. Pairs are taken strongest first; the groups of
    the two articles join when the mean score over all their pairs reaches SAME_STORY.
    """
    groups = _Groups(count)
    for group in kept:
        for i in group[1:]:
            groups.join(groups.find(group[0]), groups.find(i))
    # no group joins while the links are added: each article's root, found once, stays
    # its root for the whole phase (6.6 million `find` calls at 10,000 articles)
    root = np.array([groups.find(i) for i in range(count)], dtype=np.int64)
    pairs = np.fromiter(chain.from_iterable(scores), dtype=np.int64, count=2 * len(scores))
    firsts, seconds = pairs[0::2], pairs[1::2]
    values = np.fromiter(scores.values(), dtype=np.float64, count=len(scores))
    across = root[firsts] != root[seconds]  # a pair within a kept group never joins one
    _add_links(groups, root[firsts][across], root[seconds][across], values[across])
    # strongest first, ties by pair; lexsort sorts by its last key first
    order = np.lexsort((seconds, firsts, -values))
    order = order[across[order]]
    parent, find = groups.parent, groups.find
    for i, j in zip(firsts[order].tolist(), seconds[order].tolist(), strict=True):
        # most articles are a root or a root's child: `find` only for the others
        ra, rb = parent[i], parent[j]
        if parent[ra] != ra:
            ra = find(i)
        if parent[rb] != rb:
            rb = find(j)
        if ra == rb:
            continue
        both = groups.size[ra] * groups.size[rb]
        total = groups.links[ra][rb]
        if abs(total / both - SAME_STORY) < SAME_STORY_RECHECK:
            total = sum(
                scores.get((min(x, y), max(x, y)), 0.0)
                for x in groups.members(ra)
                for y in groups.members(rb)
            )
        if total / both >= SAME_STORY:
            first, second = sorted((ra, rb), key=lambda r: groups.label[r])
            groups.join(first, second)
    found: dict[int, list[int]] = {}
    for i in range(count):
        found.setdefault(groups.label[groups.find(i)], []).append(i)
    return [found[label] for label in sorted(found)]
