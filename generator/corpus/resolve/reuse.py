"""The last run's people, kept for every component no changed article reaches.

Resolving ten thousand articles again took close to a minute when one was added. A
component's people depend on its nodes and nothing else (see `partition`), so a run
resolves again only the components that hold a node of an article that changed, went
or came, or that such a node could join (a pair `merge_ok` accepts, a registry person,
a reviewer's override), and keeps the rest as the last run left them.

A node is known again by its article and its place there, not by its id: the ids an
article's people carry change once resolution has named them. The people found with
the last ids are the people the new ids give only while the article's people come in
the same order (ties go by id), so an article is reused when its nodes hold the same
names, roles, sentences and company, in id order both times. The cache is used only
under the code and registry it was made with (the caller's salt).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from typing import Any

import numpy as np
from rapidfuzz.distance import JaroWinkler
from rapidfuzz.process import cdist

from generator.corpus.resolve.merges import Split, merge_ok
from generator.corpus.resolve.nodes import Node, build_nodes
from generator.corpus.resolve.partition import Key, Partition, Person, override_sets, partition
from generator.corpus.resolve.registry_links import RegistryIndex, link_registry
from generator.model import ArticleDigest
from generator.registry import Gazetteer, Registry
from generator.settings import MERGE_RULES, SIMILARITY_ROWS
from generator.store.cache import ResultCache

__all__ = ["resolve_articles"]

_ENTRY = "people"
Place = tuple[str, int]  # an article and a node's place among its nodes


def _fingerprint(article: ArticleDigest, gazetteer: Gazetteer) -> str | None:
    """What the article's nodes are made of (see `build_nodes`), in their order; None
    when its people's ids are not in that order."""
    ids = [p.id for p in article.people]
    if any(a >= b for a, b in zip(ids, ids[1:], strict=False)):
        return None
    people = [
        [
            p.as_written,
            p.roles,
            p.sentences,
            p.country if p.country in gazetteer.countries else None,
        ]
        for p in article.people
    ]
    text = hashlib.sha256("\n".join(article.sentences).encode()).hexdigest()
    countries = sorted(c.id for c in article.countries)
    return hashlib.sha256(json.dumps([article.id, people, countries, text]).encode()).hexdigest()


def _light(article: ArticleDigest) -> list[Node]:
    """The article's nodes with what naming a person and listing their mentions needs,
    not what comparing them with others needs: most articles are not compared again."""
    return [Node(article.id, p.id, p.as_written, p.roles, p.sentences) for p in article.people]


def _places(nodes: list[Node]) -> dict[Key, Place]:
    counts: dict[str, int] = {}
    found = {}
    for n in nodes:
        found[n.key] = (n.article, counts.get(n.article, 0))
        counts[n.article] = found[n.key][1] + 1
    return found


def _dump(nodes: list[Node], found: Partition, fingerprints: dict[str, str | None]) -> Any:
    places = _places(nodes)
    person_of = {n.key: person for person in found.people for n in person.members}
    components = []
    for keys in found.components:
        index = {key: k for k, key in enumerate(keys)}
        people = {id(person_of[key]): person_of[key] for key in keys}.values()
        components.append(
            [
                [list(places[key]) for key in keys],
                {str(index[key]): found.linked[key] for key in keys if key in found.linked},
                [
                    [
                        [index[n.key] for n in p.members],
                        p.name,
                        p.known,
                        p.country,
                        [p.reasons.get(n.key) for n in p.members],
                    ]
                    for p in people
                ],
            ]
        )
    return {"articles": fingerprints, "components": components}


def _reached(
    fresh: list[Node],
    nodes: list[Node],
    kept: dict[Key, int],
    complete: Callable[[Node], Node],
    registry: Registry,
    saved: Any,
) -> set[int]:
    """The kept components a fresh node could join: through a pair `merge_ok` accepts
    (sharing a surname or spelling, or names alike enough), a registry person or a
    reviewer's override. `complete`: a kept node as `build_nodes` makes it."""
    found: set[int] = set()
    stable = [n for n in nodes if n.key in kept]
    blocks: dict[str, list[Node]] = {}
    holders: dict[str, list[Node]] = {}
    for n in stable:
        for key in {n.surname} | n.folded_full_forms:
            blocks.setdefault(key, []).append(n)
        if n.full_forms:
            holders.setdefault(n.folded_name, []).append(n)

    def reach(a: Node, b: Node) -> None:
        c = kept[b.key]
        if c not in found and a.article != b.article and merge_ok(a, complete(b))[0]:
            found.add(c)

    for n in fresh:
        for key in {n.surname} | n.folded_full_forms:
            for m in blocks.get(key, []):
                reach(n, m)
    named: dict[str, list[Node]] = {}
    for n in fresh:
        if n.full_forms:
            named.setdefault(n.folded_name, []).append(n)
    for x, y in _alike(sorted(named), sorted(holders)):
        for n in named[x]:
            for m in holders[y]:
                reach(n, m)

    split = Split(registry)
    index = RegistryIndex(registry)
    linked: dict[str, list[int]] = {}
    for c, (_, links, _) in enumerate(saved["components"]):
        for person in links.values():
            linked.setdefault(person, []).append(c)
    still = set(kept.values())
    for n in fresh:
        link = link_registry(n, index, split)
        if link:
            found.update(c for c in linked.get(link[0].name, []) if c in still)
    for members in override_sets(nodes, registry, split):
        if any(m.key not in kept for m in members):
            found.update(kept[m.key] for m in members if m.key in kept)
    return found


def _alike(rows: list[str], columns: list[str]) -> list[tuple[str, str]]:
    """The pairs of folded full names alike enough for the lowest merge rule, as
    `candidate_pairs` compares them (first names aside: `merge_ok` decides)."""
    slack = 1e-4
    found = []
    surnames = [c.split()[-1] for c in columns]
    for start in range(0, len(rows), SIMILARITY_ROWS):
        chunk = rows[start : start + SIMILARITY_ROWS]
        sim = 0.5 * cdist(chunk, columns, scorer=JaroWinkler.similarity, dtype=np.float32)
        sim += 0.5 * cdist(
            [r.split()[-1] for r in chunk],
            surnames,
            scorer=JaroWinkler.similarity,
            dtype=np.float32,
        )
        for r, c in zip(*np.nonzero(sim >= MERGE_RULES[-1][0] - slack), strict=True):
            found.append((chunk[r], columns[c]))
    return found


def _incremental(
    articles: list[ArticleDigest],
    gazetteer: Gazetteer,
    registry: Registry,
    saved: Any,
    fingerprints: dict[str, str | None],
) -> tuple[Partition, list[Node]]:
    """The people, and the nodes in order (light ones for the articles kept)."""
    clean = {a for a, fp in fingerprints.items() if fp and saved["articles"].get(a) == fp}
    full: dict[str, list[Node]] = {}
    by_id = {a.id: a for a in articles}

    def built(article: str) -> list[Node]:
        if article not in full:
            full[article] = build_nodes([by_id[article]], gazetteer)
        return full[article]

    lists = {a.id: _light(a) if a.id in clean else built(a.id) for a in articles}
    nodes = [n for a in articles for n in lists[a.id]]
    places = _places(nodes)
    at = {(article, k): n for article, held in lists.items() for k, n in enumerate(held)}

    def complete(n: Node) -> Node:
        return built(n.article)[places[n.key][1]]

    components = saved["components"]
    kept: dict[Key, int] = {}  # node -> its component, while that can be kept
    for c, (held, _, _) in enumerate(components):
        if all(article in clean for article, _ in held):
            kept.update((at[(article, k)].key, c) for article, k in held)
    fresh = [n for n in nodes if n.article not in clean]
    dropped = _reached(fresh, nodes, kept, complete, registry, saved)
    found = partition(
        [complete(n) for n in nodes if kept.get(n.key, -1) in dropped or n.key not in kept],
        registry,
    )
    for c in sorted(set(kept.values()) - dropped):
        held, links, people = components[c]
        members = [at[(article, k)] for article, k in held]
        found.components.append([n.key for n in members])
        found.linked.update((members[int(k)].key, person) for k, person in links.items())
        for positions, name, known, country, reasons in people:
            own = [members[k] for k in positions]
            why = {n.key: r for n, r in zip(own, reasons, strict=True) if r is not None}
            found.people.append(Person(own, name, known, country, why))
    return found, nodes


def resolve_articles(
    articles: list[ArticleDigest],
    gazetteer: Gazetteer,
    registry: Registry,
    memory: ResultCache | None,
) -> Partition:
    """The people of the articles, resolving again only what the last run's cannot give."""
    fingerprints = {a.id: _fingerprint(a, gazetteer) for a in articles}
    saved = memory.get(_ENTRY) if memory is not None else None
    found = None
    if saved is not None:
        try:
            found, nodes = _incremental(articles, gazetteer, registry, saved, fingerprints)
        except (KeyError, IndexError, TypeError, ValueError):
            found = None  # not as this code writes it: resolve everything
    if found is None:
        nodes = build_nodes(articles, gazetteer)
        found = partition(nodes, registry)
    if memory is not None:
        memory.put(_ENTRY, _dump(nodes, found, fingerprints))
    return found
