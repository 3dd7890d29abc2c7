"""One identity per real person across every source.

Each person as one article knows them (a node) is linked to a registry entry when a
spelling matches, or when a close spelling comes with fitting context (same country,
same kind of role). Nodes from different articles merge on name similarity *and*
context evidence, never on similarity alone; two people in one article are never
merged; a country conflict blocks a merge, and so do roles in different fields only
(one spelling, two people: an MP and a striker); every full name in a merged group must
be a plausible spelling of every other (so a surname alone cannot chain Alan, Andy and
Boris Johnson into one person). Names an article could not settle (candidates) become
people when the registry or another article knows them. The reasons are kept for
reviewers, and the reviewers' overrides (merge, split, rename, ignore) win over all of it.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from generator.corpus.resolve.candidates import promote_candidates, withdraw_candidates
from generator.corpus.resolve.canonical import canonical_name
from generator.corpus.resolve.merges import Groups, Links, Split, automatic_merges, override_merges
from generator.corpus.resolve.nodes import Node, build_nodes, drop_ignored
from generator.corpus.resolve.registry_links import RegistryIndex, link_registry
from generator.model import ArticleDigest, Merge
from generator.registry import Gazetteer, KnownPerson, Registry
from generator.text.names import fold, slug

__all__ = ["Identity", "Node", "resolve_people"]


@dataclass
class Identity:
    id: str
    name: str
    nodes: list[Node]
    known: KnownPerson | None
    country: str | None
    merges: list[Merge]


def _reasons(
    members: list[Node], canonical: str, direct: dict[tuple[str, str], list[str]], links: Links
) -> dict[tuple[str, str], list[str]]:
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


def _merges(
    members: list[Node],
    shown: str,
    canonical: str,
    known: KnownPerson | None,
    reasons: dict[tuple[str, str], list[str]],
) -> list[Merge]:
    """Why each spelling other than the canonical one was taken for this person."""
    registry_spellings = {fold(s) for s in known.spellings()} if known else set()
    merges = []
    if shown != canonical:
        merges.append(Merge(canonical, shown, ["renamed by registry override"]))
    seen: set[str] = {fold(canonical), fold(shown)}
    for n in members:
        for form in n.full_forms:
            if fold(form) not in seen and fold(form) not in registry_spellings:
                seen.add(fold(form))
                merges.append(
                    Merge(form, shown, reasons.get(n.key, ["same article as another spelling"]))
                )
        if known and n.key in reasons and not n.folded_forms & registry_spellings:
            for form in n.forms:
                if fold(form) not in seen:
                    seen.add(fold(form))
                    merges.append(Merge(form, shown, reasons[n.key]))
    return sorted(merges, key=lambda m: m.spelling)


def resolve_people(
    articles: list[ArticleDigest], gazetteer: Gazetteer, registry: Registry
) -> list[Identity]:
    """One identity per person across the articles (whose ignored spellings are dropped,
    and whose candidates the registry or another article knows are added to people)."""
    withdraw_candidates(articles)
    drop_ignored(articles, registry.overrides.ignore)
    promote_candidates(articles, registry)
    nodes = build_nodes(articles, gazetteer)
    groups = Groups(nodes, Split(registry))
    reasons: dict[tuple[str, str], list[str]] = {}

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
    automatic_merges(nodes, groups, links)

    known_by_name = {p.name: p for p in registry.people}
    identities: list[Identity] = []
    used: Counter[str] = Counter()
    for root in sorted(groups.members, key=lambda r: sorted(n.key for n in groups.members[r])):
        members = sorted(groups.members[root], key=lambda n: n.key)
        known_name = groups.known.get(root)
        known = known_by_name.get(known_name) if known_name else None
        override = next((merged_names[n.key] for n in members if n.key in merged_names), None)
        name = known.name if known else override or canonical_name(members)
        pid = slug(name)
        used[pid] += 1
        if used[pid] > 1:  # two people of one name the sources give no reason to merge
            pid = f"{pid}-{used[pid]}"
        shown = registry.overrides.rename.get(pid, name)
        countries = Counter(c for n in members for c in sorted(n.countries))
        country = (
            known.country if known else (countries.most_common(1)[0][0] if countries else None)
        )
        merges = _merges(members, shown, name, known, _reasons(members, name, reasons, links))
        identities.append(Identity(pid, shown, members, known, country, merges))
    return sorted(identities, key=lambda i: i.id)
