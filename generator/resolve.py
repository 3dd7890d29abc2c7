"""One identity per real person across every source.

Each person as one article knows them (a node) is linked to a registry entry when a
spelling matches, or when a close spelling comes with fitting context (same country,
same kind of role). Nodes from different articles merge on name similarity *and*
context evidence, never on similarity alone; two people in one article are never
merged; a country conflict blocks a merge. The reasons are kept for reviewers.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import cached_property

import numpy as np
from numpy.typing import NDArray
from rapidfuzz.distance import JaroWinkler
from rapidfuzz.process import cdist

from generator.countries import Gazetteer, fold, slug
from generator.model import ArticleDigest, Merge
from generator.registry import KnownPerson, Registry
from generator.roles import TITLE_WORDS

__all__ = ["Identity", "Node", "resolve_people"]

# Merge thresholds: (name similarity, evidence items needed). Calibrated on the seeds'
# variants (Rohr/Roll 0.84 with 3 items, Hellem/Herem 0.90 with 3) against distinct
# same-surname pairs in the BBC corpus (Gordon/Charles Brown 0.78, blocked by country).
MERGE_RULES = ((0.92, 1), (0.80, 2), (0.70, 3))
# Below the first rule, first names must agree this well (or be initials): "Kaja Kallas"
# and "Aral Kalis" share a country and company but are two people.
FIRST_NAME_SIMILARITY = 0.80
# Rows of the all-pairs similarity matrix computed at once (memory: rows × people × 4 bytes)
_ROWS = 512
# A registry entry is taken for a garbled spelling only with role and country agreeing.
REGISTRY_FUZZY = 0.60
_GENERIC_ROLE_WORDS = {
    "general",
    "official",
    "head",
    "chief",
    "deputy",
    "vice",
    "expert",
    "analyst",
}


@dataclass
class Node:
    article: str
    local_id: str
    forms: list[str]
    roles: list[str]
    sentences: list[int]
    countries: set[str] = field(default_factory=set)  # from roles
    role_words: set[str] = field(default_factory=set)
    company: set[str] = field(default_factory=set)  # folded surnames of others in the article
    article_countries: set[str] = field(default_factory=set)

    @property
    def key(self) -> tuple[str, str]:
        return (self.article, self.local_id)

    # a node's forms never change once built: its names are worked out once, not per pair
    @cached_property
    def full_forms(self) -> list[str]:
        return [f for f in self.forms if len(f.split()) > 1 and f != f.lower()]

    @cached_property
    def folded_forms(self) -> set[str]:
        return {fold(f) for f in self.forms}

    @cached_property
    def folded_full_forms(self) -> set[str]:
        return {fold(f) for f in self.full_forms}

    @cached_property
    def company_by_initial(self) -> dict[str, list[str]]:
        grouped: dict[str, list[str]] = {}
        for other in sorted(self.company):
            grouped.setdefault(other[:1], []).append(other)
        return grouped

    @cached_property
    def name(self) -> str:
        forms = self.full_forms or self.forms
        return max(forms, key=lambda f: (len(f.split()), f != f.lower(), len(f), f))

    @cached_property
    def folded_name(self) -> str:
        return fold(self.name)

    @cached_property
    def surname(self) -> str:
        return self.folded_name.split()[-1]

    @cached_property
    def first_name(self) -> str:
        return self.folded_name.split()[0]


@dataclass
class Identity:
    id: str
    name: str
    nodes: list[Node]
    known: KnownPerson | None
    country: str | None
    merges: list[Merge]


def _role_words(roles: list[str]) -> set[str]:
    words = {w.casefold().strip("’'s") for r in roles for w in re.findall(r"[\w’']+", r)}
    return {w for w in words if w in TITLE_WORDS and w not in _GENERIC_ROLE_WORDS} | (
        {"president"}
        if any(
            "president" in r.casefold()
            and "adviser" not in r.casefold()
            and "advisor" not in r.casefold()
            for r in roles
        )
        else set()
    )


def name_similarity(a: str, b: str) -> float:
    """Whole name and surname alike, on folded spellings."""
    fa, fb = fold(a), fold(b)
    sa, sb = fa.split()[-1], fb.split()[-1]
    return 0.5 * JaroWinkler.similarity(fa, fb) + 0.5 * JaroWinkler.similarity(sa, sb)


def _nodes(articles: list[ArticleDigest], gazetteer: Gazetteer, registry: Registry) -> list[Node]:
    role_countries: dict[str, set[str]] = {}
    nodes: list[Node] = []
    for article in articles:
        ids = {c.id for c in article.countries}
        local = []
        for person in article.people:
            forms = [f for f in person.as_written if fold(f) not in registry.overrides.ignore]
            if not forms:
                continue
            node = Node(
                article.id, person.id, forms, person.roles, person.sentences, article_countries=ids
            )
            for role in person.roles:
                if role not in role_countries:
                    role_countries[role] = gazetteer.countries_in(role)
                node.countries |= role_countries[role]
            node.role_words = _role_words(person.roles)
            local.append(node)
        for node in local:
            node.company = {other.surname for other in local if other is not node}
        nodes.extend(local)
    return nodes


@dataclass
class _Known:
    """A registry entry with its spellings folded once per run, not once per node."""

    person: KnownPerson
    spellings: set[str]
    surnames: set[str]
    role_words: set[str]


def _index(registry: Registry) -> list[_Known]:
    known = []
    for person in registry.people:
        spellings = {fold(s) for s in person.spellings()}
        surnames = {s.split()[-1] for s in spellings}
        known.append(_Known(person, spellings, surnames, _role_words(person.roles)))
    return known


def _link_registry(node: Node, known: list[_Known]) -> tuple[KnownPerson, list[str]] | None:
    forms = {fold(f) for f in node.forms}
    best: tuple[float, KnownPerson, list[str]] | None = None
    for entry in known:
        person = entry.person
        if forms & entry.spellings:
            return person, [f"registry spelling of {person.name}"]
        context: list[str] = []
        if person.country and person.country in node.countries:
            context.append(f"same country ({person.country})")
        shared = node.role_words & entry.role_words
        if shared:
            context.append(f"same role ({', '.join(sorted(shared))})")
        if not node.full_forms:
            if node.surname in entry.surnames and (
                context or (person.country and person.country in node.article_countries)
            ):
                reason = context or [f"{person.country} is in the article"]
                candidate = (1.0, person, [f"surname of {person.name}", *reason])
                if best is None or candidate[0] > best[0]:
                    best = candidate
            continue
        if len(context) < 2:
            continue
        score = max(name_similarity(node.folded_name, s) for s in entry.spellings)
        if score >= REGISTRY_FUZZY:
            candidate = (score, person, [f"name similarity {score:.2f} to {person.name}", *context])
            if best is None or candidate[0] > best[0]:
                best = candidate
    return (best[1], best[2]) if best else None


class _Groups:
    """Union-find over nodes, refusing unions that put two people of one article together."""

    def __init__(self, nodes: list[Node]) -> None:
        self.parent = {n.key: n.key for n in nodes}
        self.members = {n.key: [n] for n in nodes}
        self.known: dict[tuple[str, str], str | None] = {n.key: None for n in nodes}

    def find(self, key: tuple[str, str]) -> tuple[str, str]:
        while self.parent[key] != key:
            self.parent[key] = self.parent[self.parent[key]]
            key = self.parent[key]
        return key

    def can_join(self, a: tuple[str, str], b: tuple[str, str]) -> bool:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return False
        if {n.article for n in self.members[ra]} & {n.article for n in self.members[rb]}:
            return False
        ka, kb = self.known[ra], self.known[rb]
        if ka and kb and ka != kb:
            return False
        ca = set().union(*(n.countries for n in self.members[ra]))
        cb = set().union(*(n.countries for n in self.members[rb]))
        return not (ca and cb and not ca & cb)

    def join(self, a: tuple[str, str], b: tuple[str, str]) -> None:
        ra, rb = sorted((self.find(a), self.find(b)))
        self.parent[rb] = ra
        self.members[ra] += self.members.pop(rb)
        self.known[ra] = self.known[ra] or self.known.pop(rb)


def _evidence(a: Node, b: Node) -> list[str]:
    items = []
    shared_countries = a.countries & b.countries
    if shared_countries:
        items.append(f"same country ({', '.join(sorted(shared_countries))})")
    shared_roles = a.role_words & b.role_words
    if shared_roles:
        items.append(f"same role ({', '.join(sorted(shared_roles))})")
    common = a.company & b.company
    company = sorted(
        common
        | {
            x
            for x in a.company - common
            if any(
                JaroWinkler.similarity(x, y) >= 0.85 for y in b.company_by_initial.get(x[:1], ())
            )
        }
    )
    if company:
        items.append(f"mentioned with {', '.join(company[:3])}")
    if len(company) >= 2:
        items.append("mentioned with several of the same people")
    return items


def _merge_ok(a: Node, b: Node) -> tuple[bool, list[str]]:
    fa, fb = a.full_forms, b.full_forms
    if fa and fb:
        if a.folded_full_forms & b.folded_full_forms:
            return True, ["same spelling"]
        sim = name_similarity(a.folded_name, b.folded_name)
        if sim < MERGE_RULES[-1][0]:
            return False, []
        evidence = _evidence(a, b)
        if a.role_words and b.role_words and not a.role_words & b.role_words:
            evidence = evidence[:-1]  # a president and a minister: context argues against
        first_a, first_b = a.first_name, b.first_name
        initials = (
            first_a.rstrip(".")[:1] == first_b.rstrip(".")[:1]
            and min(len(first_a), len(first_b)) <= 2
        )
        if not initials and JaroWinkler.similarity(first_a, first_b) < FIRST_NAME_SIMILARITY:
            evidence = evidence if sim >= MERGE_RULES[0][0] else []
        for threshold, needed in MERGE_RULES:
            if sim >= threshold and len(evidence) >= needed:
                return True, [f"name similarity {sim:.2f}", *evidence]
        return False, []
    # a surname alone: it must be that person's exact surname, with some context
    single, other = (a, b) if not fa else (b, a)
    if single.surname == other.surname:
        evidence = _evidence(a, b) or (
            [f"{', '.join(sorted(single.article_countries & other.countries))} in both articles"]
            if single.article_countries & other.countries
            else []
        )
        if evidence:
            return True, [f"surname {single.name}", *evidence]
    return False, []


def _similarities(rows: list[str], columns: list[str]) -> NDArray[np.float32]:
    return cdist(rows, columns, scorer=JaroWinkler.similarity, dtype=np.float32, workers=-1)


def _candidate_pairs(nodes: list[Node]) -> list[tuple[int, int]]:
    """Pairs of nodes from different articles that `_merge_ok` could accept.

    A necessary condition, checked for all pairs at once in rapidfuzz's C code: the
    same surname or full spelling, or a name similarity over the lowest merge rule with
    first names that agree (or a similarity high enough not to need them). Comparing
    every pair in Python took minutes at a few thousand people.
    """
    pairs: set[tuple[int, int]] = set()
    by_key: dict[str, list[int]] = {}
    for i, node in enumerate(nodes):
        for key in {node.surname} | node.folded_full_forms:
            by_key.setdefault(key, []).append(i)
    for members in by_key.values():
        pairs.update((i, j) for x, i in enumerate(members) for j in members[x + 1 :])

    # names compared once each, however many articles spell them the same way
    holders: dict[str, list[int]] = {}
    for i, node in enumerate(nodes):
        if node.full_forms:
            holders.setdefault(node.folded_name, []).append(i)
    names = sorted(holders)
    surnames = [n.split()[-1] for n in names]
    firsts = [n.split()[0] for n in names]
    initial = np.array([ord(f[0]) for f in firsts])
    short = np.array([len(f) <= 2 for f in firsts])
    slack = 1e-4  # float32 here, float64 in `_merge_ok`: keep every borderline pair
    for start in range(0, len(names), _ROWS):
        rows = slice(start, start + _ROWS)
        sim = 0.5 * _similarities(names[rows], names)
        sim += 0.5 * _similarities(surnames[rows], surnames)
        firsts_agree = _similarities(firsts[rows], firsts) >= FIRST_NAME_SIMILARITY - slack
        initials = (initial[rows, None] == initial[None, :]) & (short[rows, None] | short[None, :])
        ok = (sim >= MERGE_RULES[-1][0] - slack) & (
            firsts_agree | initials | (sim >= MERGE_RULES[0][0] - slack)
        )
        for x, y in zip(*np.nonzero(ok), strict=True):
            if start + x < y:
                for i in holders[names[start + int(x)]]:
                    pairs.update((min(i, j), max(i, j)) for j in holders[names[int(y)]])
    return sorted((i, j) for i, j in pairs if nodes[i].article != nodes[j].article)


def _canonical(nodes: list[Node]) -> str:
    support: Counter[str] = Counter()
    singles = Counter(fold(f) for n in nodes for f in n.forms if len(f.split()) == 1)
    spelled: dict[str, str] = {}
    for n in nodes:
        for form in n.full_forms:
            key = fold(form)
            spelled.setdefault(key, form)
            if form[:1].isupper() and all(
                w[:1].isupper() or w[:1] in "(.'’" or w in ("von", "der", "de", "van", "bin", "al")
                for w in form.split()
            ):
                spelled[key] = min(spelled[key], form) if spelled[key][:1].isupper() else form
            support[key] += 1
    if not support:
        return max(
            (f for n in nodes for f in n.forms),
            key=lambda f: (singles[fold(f)], f[:1].isupper(), f),
        )
    ranked = sorted(support, key=lambda k: (-(support[k] + singles[k.split()[-1]]), -support[k], k))
    return spelled[ranked[0]]


def resolve_people(
    articles: list[ArticleDigest], gazetteer: Gazetteer, registry: Registry
) -> list[Identity]:
    nodes = _nodes(articles, gazetteer, registry)
    groups = _Groups(nodes)
    reasons: dict[tuple[str, str], list[str]] = {}

    split_pairs = [
        ({fold(s) for s in pair[:1]}, {fold(s) for s in pair[1:2]})
        for pair in registry.overrides.split
        if len(pair) == 2
    ]

    def split_blocked(a: Node, b: Node) -> bool:
        fa, fb = a.folded_forms, b.folded_forms
        return any((x & fa and y & fb) or (x & fb and y & fa) for x, y in split_pairs)

    linked: dict[str, list[Node]] = {}
    known_index = _index(registry)
    for node in nodes:
        link = _link_registry(node, known_index)
        if link:
            person, why = link
            groups.known[node.key] = person.name
            reasons[node.key] = why
            linked.setdefault(person.name, []).append(node)
    for name in sorted(linked):
        first, *rest = linked[name]
        for other in rest:
            if groups.can_join(first.key, other.key):
                groups.join(first.key, other.key)

    for group in registry.overrides.merge:
        wanted = {fold(s) for s in group}
        members = [n for n in nodes if wanted & {fold(f) for f in n.forms}]
        for other in members[1:]:
            if groups.find(members[0].key) != groups.find(other.key):
                groups.join(members[0].key, other.key)
                reasons.setdefault(other.key, ["merged by registry override"])

    candidates = []
    for i, j in _candidate_pairs(nodes):
        a, b = nodes[i], nodes[j]
        if split_blocked(a, b):
            continue
        ok, why = _merge_ok(a, b)
        if ok:
            sim = name_similarity(a.folded_name, b.folded_name)
            candidates.append((-len(why), -sim, a.key, b.key, why))
    for _, _, ka, kb, why in sorted(candidates):
        if groups.can_join(ka, kb):
            groups.join(ka, kb)
            reasons.setdefault(ka, why)
            reasons.setdefault(kb, why)

    known_by_name = {p.name: p for p in registry.people}
    identities: list[Identity] = []
    used: set[str] = set()
    for root in sorted(groups.members, key=lambda r: sorted(n.key for n in groups.members[r])):
        members = sorted(groups.members[root], key=lambda n: n.key)
        known_name = groups.known.get(root)
        known = known_by_name.get(known_name) if known_name else None
        name = known.name if known else _canonical(members)
        pid = slug(name)
        while pid in used:
            pid += "-2"
        used.add(pid)
        name = registry.overrides.rename.get(pid, name)
        countries = Counter(c for n in members for c in sorted(n.countries))
        country = (
            known.country if known else (countries.most_common(1)[0][0] if countries else None)
        )
        merges = []
        seen: set[str] = {fold(name)}
        for n in members:
            for form in n.full_forms:
                if fold(form) not in seen and fold(form) not in {
                    fold(s) for s in (known.spellings() if known else [])
                }:
                    seen.add(fold(form))
                    merges.append(
                        Merge(
                            spelling=form,
                            into=name,
                            evidence=reasons.get(n.key, ["same article as another spelling"]),
                        )
                    )
            if (
                known
                and n.key in reasons
                and not any(fold(f) in {fold(s) for s in known.spellings()} for f in n.forms)
            ):
                for form in n.forms:
                    if fold(form) not in seen:
                        seen.add(fold(form))
                        merges.append(Merge(spelling=form, into=name, evidence=reasons[n.key]))
        identities.append(
            Identity(pid, name, members, known, country, sorted(merges, key=lambda m: m.spelling))
        )
    return sorted(identities, key=lambda i: i.id)
