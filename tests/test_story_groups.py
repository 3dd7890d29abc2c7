"""Average link as its rule reads: pairs strongest first, two groups join when the mean
score over every pair of their articles (a pair not scored counts as zero) reaches
SAME_STORY, the last run's stories kept together from the start and, when settled,
joining one another only through a new article. Then only the pairs of new articles and
of the stories they join are asked for."""

from __future__ import annotations

import random

import numpy as np

from generator.corpus.story_groups import Scored, average_link
from generator.settings import SAME_STORY


def _by_the_rule(
    count: int, scores: dict[tuple[int, int], float], kept: list[list[int]], settled: bool
) -> list[list[int]]:
    """Every mean added up pair by pair, as slow as it is plain."""
    owner = list(range(count))
    groups = {i: [i] for i in range(count)}
    for group in kept:
        for i in group[1:]:
            groups[owner[group[0]]] += groups.pop(owner[i])
            for x in groups[owner[group[0]]]:
                owner[x] = owner[group[0]]
    new = set(range(count)) - {i for group in kept for i in group if settled}
    for (i, j), _ in sorted(scores.items(), key=lambda kv: (-kv[1], kv[0])):
        a, b = owner[i], owner[j]
        if a == b or not new & {*groups[a], *groups[b]}:
            continue
        total = sum(scores.get((min(x, y), max(x, y)), 0.0) for x in groups[a] for y in groups[b])
        if total / (len(groups[a]) * len(groups[b])) >= SAME_STORY:
            # members in the order they joined, the group of the first article first:
            # a mean at the threshold is decided by the last bits of a sum in that order
            first, second = sorted((groups[a], groups.pop(b)), key=min)
            groups[a] = first + second
            for x in groups[a]:
                owner[x] = a
    return sorted(sorted(group) for group in groups.values())


def _scores(count: int, rnd: random.Random) -> dict[tuple[int, int], float]:
    """Clusters of articles about one event, some pairs across them close too."""
    event = [rnd.randrange(count // 6) for _ in range(count)]
    found = {}
    for i in range(count):
        for j in range(i + 1, count):
            close = event[i] == event[j]
            if rnd.random() < (0.7 if close else 0.04):
                found[(i, j)] = SAME_STORY + rnd.random() * (0.6 if close else 0.1)
    return found


class _Asked:
    """`pairs_of` over a fixed set of scores, remembering whom it was asked about."""

    def __init__(self, scores: dict[tuple[int, int], float]) -> None:
        self.scores, self.asked = scores, set[int]()

    def __call__(self, members: list[int]) -> Scored:
        self.asked.update(members)
        found = {p: s for p, s in self.scores.items() if p[0] in members or p[1] in members}
        pairs = np.array(list(found), dtype=np.int64).reshape(-1, 2)
        return pairs, np.array(list(found.values()), dtype=np.float64)


def test_groups_are_those_of_the_rule_with_and_without_kept_or_settled_stories() -> None:
    rnd = random.Random(7)
    for _ in range(40):
        count = rnd.randint(10, 90)
        scores = _scores(count, rnd)
        cold = average_link(count, [], _Asked(scores))
        assert cold == _by_the_rule(count, scores, [], False)
        assert sorted(i for group in cold for i in group) == list(range(count))
        kept = [group for group in cold if len(group) > 1][::2]  # some stories of a last run
        more = _scores(count, rnd) | scores
        assert average_link(count, kept, _Asked(more)) == _by_the_rule(count, more, kept, False)
        asked = _Asked(more)
        found = average_link(count, kept, asked, settled=True)
        assert found == _by_the_rule(count, more, kept, True)
        # asked about the new articles and the stories they joined, no other
        new = set(range(count)) - {i for group in kept for i in group}
        assert asked.asked == {i for group in found if new & set(group) for i in group}


def test_a_mean_at_the_threshold_is_added_up_pair_by_pair() -> None:
    # {0, 1} then 2: the mean of 0.25 and 0.15 is SAME_STORY within rounding, which the
    # carried sum cannot decide: the pairs' scores are added up again, as the rule does
    low, high = SAME_STORY - 0.05, SAME_STORY + 0.05
    for third in (0.0, 0.3, 0.5):
        scores = {(0, 1): 0.9, (0, 2): high, (1, 2): low, (2, 3): third}
        scores = {p: s for p, s in scores.items() if s}
        for kept in ([], [[0, 1]], [[2, 3]] if third else []):
            found = average_link(4, kept, _Asked(scores))
            assert found == _by_the_rule(4, scores, kept, False)
    assert average_link(3, [], _Asked({(0, 1): 0.9, (0, 2): high, (1, 2): low})) == [[0, 1, 2]]


def _on_grid(
    count: int, grid: list[float], density: float, rnd: random.Random
) -> dict[tuple[int, int], float]:
    return {
        (i, j): rnd.choice(grid)
        for i in range(count)
        for j in range(i + 1, count)
        if rnd.random() < density
    }


def test_tied_scores_and_means_at_the_threshold_group_as_the_rule_does() -> None:
    # scores on grids (halves of SAME_STORY, steps of 0.05): many pairs tie (taken in
    # pair order then) and many means land on SAME_STORY or within rounding of it, just
    # above or just below, where only adding the scores up pair by pair decides; most
    # pairs meet groups whose mean is clearly short
    rnd = random.Random(11)
    grids = ([SAME_STORY * k / 2 for k in range(1, 7)], [0.05 * k for k in range(1, 17)])
    for _ in range(400):
        count, grid = rnd.randint(6, 40), rnd.choice(grids)
        scores = _on_grid(count, grid, rnd.choice((0.2, 0.35, 0.6)), rnd)
        cold = average_link(count, [], _Asked(scores))
        assert cold == _by_the_rule(count, scores, [], False)
        kept = [group for group in cold if len(group) > 1][1::2]
        # more pairs this run: a kept story's own pairs, asked for as a new article
        # joins it, tie with pairs still to come
        more = _on_grid(count, grid, 0.1, rnd) | scores
        for settled in (False, True):
            found = average_link(count, kept, _Asked(more), settled)
            assert found == _by_the_rule(count, more, kept, settled)
