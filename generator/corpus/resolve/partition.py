"""Which nodes are one person, with each person's name, country and reasons: all of
resolution but the ids, which depend on every person at once (namesakes are numbered).

Also which nodes depend on each other (components): a decision to join two groups looks
at those two groups alone, and groups only ever meet through a pair `merge_ok` accepts,
a registry person or a reviewer's override. So the people of a component are what
resolving that component alone gives, and a run can keep the last run's for every
component no changed article reaches.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from generator.corpus.resolve.canonical import canonical_name, written_out
from generator.corpus.resolve.merges import Groups, Links, Split, automatic_merges, override_merges
from generator.corpus.resolve.nodes import Node
from generator.corpus.resolve.registry_links import RegistryIndex, link_registry
from generator.registry import Registry
from generator.text.names import fold

__all__ = ["Key", "Partition", "Person", "override_sets", "partition"]

Key = tuple[str, str]


@dataclass
class Person:
    """One person before ids are given: members in key order, the name (the registry's,
    an override's, else the canonical one), and why each member is this person."""

    members: list[Node]
    name: str
    known: str | None
    country: str | None
    reasons: dict[Key, list[str]]


@dataclass
class Partition:
    people: list[Person]
    components: list[list[Key]]  # nodes whose people depend on each other, in key order
    linked: dict[Key, str]  # the registry person each linked node was linked to


def _reasons(
    members: list[Node], canonical: str, direct: dict[Key, list[str]], links: Links
) -> dict[Key, list[str]]:
    """Why each node is this person: its own link (registry, override), else the merge
    that joins it, on the shortest path, to a node that writes the canonical name, so
    a reviewer reads the evidence between these two spellings and no others."""
    name = fold(canonical)
    by_key = {n.key: n for n in members}
    found = {n.key: direct[n.key] for n in members if n.key in direct}
    queue = [n.key for n in members if name in n.folded_forms or n.key in direct]
    seen = set(queue)
    while queue:
        following = []
        for key in queue:
            via = by_key[key]
            for other, why in links.get(key, []):
                if other not in seen:
                    seen.add(other)
                    following.append(other)
                    far = name not in via.folded_forms and key not in direct
                    found[other] = [*why, f"through {via.name}"] if far else why
        queue = following
    return found


def override_sets(nodes: list[Node], registry: Registry, split: Split) -> list[list[Node]]:
    """The nodes each reviewer's merge, and each split by article, puts together."""
    found = []
    for group in registry.overrides.merge:
        wanted = {fold(s) for s in group}
        found.append([n for n in nodes if wanted & n.folded_forms])
    return [members for members in found + split.together(nodes) if len(members) > 1]


def _components(
    nodes: list[Node],
    edges: list[tuple[Key, Key]],
    linked: dict[str, list[Node]],
    overrides: list[list[Node]],
) -> list[list[Key]]:
    parent = {n.key: n.key for n in nodes}

    def find(key: Key) -> Key:
        while parent[key] != key:
            parent[key] = parent[parent[key]]
            key = parent[key]
        return key

    def union(a: Key, b: Key) -> None:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)

    namesakes: dict[str, list[Node]] = {}  # joined without being listed as pairs
    for n in nodes:
        if n.full_forms:
            namesakes.setdefault(n.folded_name, []).append(n)
    for a, b in edges:
        union(a, b)
    for members in [*namesakes.values(), *linked.values(), *overrides]:
        for other in members[1:]:
            union(members[0].key, other.key)
    found: dict[Key, list[Key]] = {}
    for n in nodes:
        found.setdefault(find(n.key), []).append(n.key)
    return [sorted(keys) for keys in found.values()]


def partition(nodes: list[Node], registry: Registry) -> Partition:
    """The people of `nodes` (in key order), and their components."""
    groups = Groups(nodes, Split(registry))
    reasons: dict[Key, list[str]] = {}

    linked: dict[str, list[Node]] = {}
    known_index = RegistryIndex(registry)
    for node in nodes:
        link = link_registry(node, known_index, groups.split)
        if link:
            person, why = link
            groups.known[node.key] = person.name
            groups.full_names[node.key] |= {fold(s) for s in person.spellings() if " " in s}
            reasons[node.key] = why
            linked.setdefault(person.name, []).append(node)
    for name in sorted(linked):
        first, *rest = linked[name]
        for other in rest:
            if groups.can_join(first.key, other.key):
                groups.join(first.key, other.key)
    merged_names = override_merges(nodes, groups, registry, reasons)
    links: Links = {}
    edges = automatic_merges(nodes, groups, links)

    known_by_name = {p.name: p for p in registry.people}
    spelled_out = written_out(f for n in nodes for f in n.full_forms)
    people = []
    for root in groups.members:
        members = sorted(groups.members[root], key=lambda n: n.key)
        known_name = groups.known.get(root)
        known = known_by_name.get(known_name) if known_name else None
        override = next((merged_names[n.key] for n in members if n.key in merged_names), None)
        name = known.name if known else override or canonical_name(members, spelled_out)
        # a country stated of the person outweighs a side's they are staff of
        stated = Counter(c for n in members for c in sorted(n.countries - n.staff_countries))
        countries = stated or Counter(c for n in members for c in sorted(n.countries))
        country = (
            known.country if known else (countries.most_common(1)[0][0] if countries else None)
        )
        shown = _reasons(members, name, reasons, links)
        people.append(Person(members, name, known.name if known else None, country, shown))
    components = _components(nodes, edges, linked, override_sets(nodes, registry, groups.split))
    by_node = {n.key: name for name, members in linked.items() for n in members}
    return Partition(people, components, by_node)
