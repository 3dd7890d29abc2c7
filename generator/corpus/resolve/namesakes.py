"""Nodes that write one full name the same way, joined without listing their pairs.

A name in thousands of articles makes millions of pairs, each a merge on "same
spelling", taken after every merge with more evidence, by the first node's key, then
the second's. Listing and sorting them took minutes and gigabytes at 10,000 articles.
Taken pair by pair, most find both nodes in one group already, and the rest are
refused for a reason that holds until the next join (a refusal depends on the two
groups alone). So each node is compared with each other group its name is in once, and
again only after a join: the same joins, with the same reasons, in the same order.
"""

from __future__ import annotations

import heapq
from bisect import bisect_right
from collections.abc import Callable
from typing import TYPE_CHECKING

from generator.corpus.resolve.nodes import Node

if TYPE_CHECKING:  # merges calls this module
    from generator.corpus.resolve.merges import Groups

__all__ = ["join_namesakes"]

Key = tuple[str, str]
# positions of a name's nodes (in node order), by the root of their group
_Table = dict[Key, list[int]]


def _tables(nodes: list[Node], groups: Groups) -> dict[str, _Table]:
    """Each full name written by two nodes or more: its nodes by group."""
    holders: dict[str, list[int]] = {}
    for i, node in enumerate(nodes):
        if node.full_forms:
            holders.setdefault(node.folded_name, []).append(i)
    tables: dict[str, _Table] = {}
    for name, members in holders.items():
        if len(members) > 1:
            table: _Table = {}
            for i in members:
                table.setdefault(groups.find(nodes[i].key), []).append(i)
            tables[name] = table
    return tables


def _refresh(table: _Table, groups: Groups) -> _Table:
    """The table with the lists of groups that have joined since made one."""
    merged: dict[Key, list[list[int]]] = {}
    for root, members in table.items():
        merged.setdefault(groups.find(root), []).append(members)
    return {
        root: parts[0] if len(parts) == 1 else sorted(i for part in parts for i in part)
        for root, parts in merged.items()
    }


def _row(
    i: int,
    nodes: list[Node],
    groups: Groups,
    table: _Table,
    join: Callable[[Key, Key, list[str]], None],
) -> None:
    """The pairs of node `i` with its namesakes after it, in order."""
    a = nodes[i].key
    own = groups.find(a)
    waiting: list[tuple[int, Key]] = []  # the next namesake of each other group
    for root, members in table.items():
        k = bisect_right(members, i)
        if root != own and k < len(members):
            waiting.append((members[k], root))
    heapq.heapify(waiting)
    refused: dict[Key, int] = {}  # group -> where it was refused, until the next join
    while waiting:
        j, root = heapq.heappop(waiting)
        if groups.find(root) == groups.find(a):
            continue  # one group already
        b = nodes[j].key
        if groups.can_join(a, b) and groups.names_fit(a, b):
            join(a, b, ["same spelling"])
            for other, at in refused.items():  # asked again from here on
                members = table[other]
                k = bisect_right(members, max(at, j))
                if k < len(members):
                    heapq.heappush(waiting, (members[k], other))
            refused.clear()
        else:
            refused[root] = j


def join_namesakes(
    nodes: list[Node], groups: Groups, join: Callable[[Key, Key, list[str]], None]
) -> None:
    """Join each full-name node to its namesakes where `groups` allow, as the pairs
    (node, later namesake) would, in order. Nodes must be in key order."""
    tables = _tables(nodes, groups)
    seen: dict[str, int] = {}  # table -> the join count it was last refreshed at
    for i, node in enumerate(nodes):
        name = node.folded_name
        if not node.full_forms or name not in tables:
            continue
        if seen.get(name) != groups.joins:
            tables[name] = _refresh(tables[name], groups)
            seen[name] = groups.joins
        _row(i, nodes, groups, tables[name], join)
