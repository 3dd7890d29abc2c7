"""The last run's people, kept for every component no changed article reaches.

Resolving ten thousand articles again took close to a minute when one was added. A
component's people depend on its nodes and nothing else (see `partition`), so a run
resolves again only the components that hold a node of an article that changed, went
or came, or that such a node could join (a pair `merge_ok` accepts, a registry person,
a reviewer's override), and keeps the rest as the last run left them.

A node is known again by its article and its place there, not by its id: the ids an
article's people carry change once resolution has named them. So the run's people are
kept as the next run will find the articles (`remember`): their people with the ids
this run gave, in that order, and an article is reused when its nodes hold the same
names, roles, sentences and company, in the same order. The cache is used only under
the code and registry it was made with (the caller's salt).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import numpy as np
from rapidfuzz.distance import JaroWinkler
from rapidfuzz.process import cdist

from generator.corpus.resolve.candidates import found_again
from generator.corpus.resolve.merges import Split, merge_ok, spelling_verdict
from generator.corpus.resolve.nodes import Node, build_nodes
from generator.corpus.resolve.partition import Key, Partition, Person, override_sets, partition
from generator.corpus.resolve.registry_links import RegistryIndex, link_registry
from generator.corpus.resolve.sentence_sums import SentenceSums
from generator.model import ArticleDigest, ArticleEntity
from generator.registry import Gazetteer, Registry
from generator.settings import MERGE_RULES, SIMILARITY_ROWS
from generator.store.cache import ResultCache

__all__ = ["Resolved", "remember", "resolve_articles"]

_ENTRY = "people"
Place = tuple[str, int]  # an article and a node's place among its nodes


def _fingerprint(
    article: ArticleDigest,
    people: list[tuple[str, ArticleEntity]] | None,
    gazetteer: Gazetteer,
    sums: SentenceSums,
) -> str | None:
    """What the article's nodes are made of (see `build_nodes`), `people` (with their
    ids) in their order; None when their ids are not in that order."""
    if people is None:
        return None
    ids = [pid for pid, _ in people]
    if any(a >= b for a, b in zip(ids, ids[1:], strict=False)):
        return None
    made_of = [
        [
            p.as_written,
            p.roles,
            p.sentences,
            p.country if p.country in gazetteer.countries else None,
        ]
        for _, p in people
    ]
    countries = sorted(c.id for c in article.countries)
    text = sums.of(article)
    return hashlib.sha256(json.dumps([article.id, made_of, countries, text]).encode()).hexdigest()


def _light(article: ArticleDigest) -> list[Node]:
    """The article's nodes with what naming a person and listing their mentions needs,
    not what comparing them with others needs: most articles are not compared again."""
    return [Node(article.id, p.id, p.as_written, p.roles, p.sentences) for p in article.people]


def _blocks(node: Node) -> set[str]:
    """What `candidate_pairs` compares a node by: its surname and full spellings."""
    return {node.surname} | node.folded_full_forms


def _dump(
    places: dict[Key, Place],
    found: Partition,
    blocks: dict[int, list[str]],
    fingerprints: dict[str, str | None],
) -> Any:
    """The run's people as JSON, by component: its nodes (by place), the registry person
    of each linked node, its people, and its surnames and full spellings (`blocks`:
    those of the components kept, by their place in `found.components`)."""
    person_of = {n.key: person for person in found.people for n in person.members}
    node_of = {n.key: n for person in found.people for n in person.members}
    components = []
    for c, keys in enumerate(found.components):
        index = {key: k for k, key in enumerate(keys)}
        people = {id(person_of[key]): person_of[key] for key in keys}.values()
        if c not in blocks:
            blocks[c] = sorted({b for key in keys for b in _blocks(node_of[key])})
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
                blocks[c],
            ]
        )
    return {"articles": fingerprints, "components": components}


def _reached(
    fresh: list[Node],
    members: dict[int, list[Node]],
    complete: Callable[[Node], Node],
    registry: Registry,
    saved: Any,
    nodes: list[Node],
) -> set[int]:
    """The kept components (`members`) a fresh node could join: through a pair
    `merge_ok` accepts (sharing a surname or spelling, or names alike enough), a
    registry person or a reviewer's override. `complete`: a kept node as `build_nodes`
    makes it (most are never compared)."""
    components = saved["components"]
    blocks: dict[str, list[int]] = {}
    for c in members:
        for key in components[c][3]:
            blocks.setdefault(key, []).append(c)
    named = sorted({n.folded_name for n in fresh if n.full_forms})
    alike: dict[str, set[str]] = {}
    for x, y in _alike(named, sorted(k for k in blocks if " " in k)):
        alike.setdefault(x, set()).add(y)
    found: set[int] = set()
    for n in fresh:
        keys = _blocks(n)
        similar = alike.get(n.folded_name, set()) if n.full_forms else set()
        near = {c for key in keys | similar for c in blocks.get(key, [])}
        for c in sorted(near - found):
            if any(
                m.article != n.article
                and (_blocks(m) & keys or (m.full_forms and m.folded_name in similar))
                and _merges(n, m, complete)
                for m in members[c]
            ):
                found.add(c)

    split = Split(registry)
    index = RegistryIndex(registry)
    linked: dict[str, list[int]] = {}
    for c in members:
        for person in components[c][1].values():
            linked.setdefault(person, []).append(c)
    for n in fresh:
        link = link_registry(n, index, split)
        if link:
            found.update(linked.get(link[0].name, []))
    kept = {n.key: c for c, held in members.items() for n in held}
    for together in override_sets(nodes, registry, split):
        if any(m.key not in kept for m in together):
            found.update(kept[m.key] for m in together if m.key in kept)
    return found


def _merges(fresh: Node, kept: Node, complete: Callable[[Node], Node]) -> bool:
    """`merge_ok` of a fresh node and a kept one, building the kept one whole only when
    spellings cannot tell: building them took most of resolving an added article."""
    verdict = spelling_verdict(fresh, kept)
    return merge_ok(fresh, complete(kept))[0] if verdict is None else verdict


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
) -> tuple[Partition, list[Node], dict[int, list[str]]]:
    """The people; the nodes in order (light ones for the articles kept); the surnames
    and spellings of each component kept, by its place in the people's components."""
    clean = {a for a, fp in fingerprints.items() if fp and saved["articles"].get(a) == fp}
    full: dict[str, list[Node]] = {}
    by_id = {a.id: a for a in articles}

    def built(article: str) -> list[Node]:
        if article not in full:
            full[article] = build_nodes([by_id[article]], gazetteer)
        return full[article]

    lists = {a.id: _light(a) if a.id in clean else built(a.id) for a in articles}
    nodes = [n for a in articles for n in lists[a.id]]
    position = {n.key: k for held in lists.values() for k, n in enumerate(held)}

    def complete(n: Node) -> Node:
        return built(n.article)[position[n.key]]

    components = saved["components"]
    members = {  # the components whose nodes are all in unchanged articles
        c: [lists[article][k] for article, k in held]
        for c, (held, *_) in enumerate(components)
        if all(article in clean for article, _ in held)
    }
    fresh = [n for n in nodes if n.article not in clean]
    dropped = _reached(fresh, members, complete, registry, saved, nodes)
    for c in dropped:
        del members[c]
    kept = {n.key for held in members.values() for n in held}
    found = partition([complete(n) for n in nodes if n.key not in kept], registry)
    blocks = {}
    for c, held in members.items():
        _, links, people, keys = components[c]
        blocks[len(found.components)] = keys
        found.components.append([n.key for n in held])
        found.linked.update((held[int(k)].key, person) for k, person in links.items())
        for positions, name, known, country, reasons in people:
            own = [held[k] for k in positions]
            why = {n.key: r for n, r in zip(own, reasons, strict=True) if r is not None}
            found.people.append(Person(own, name, known, country, why))
    return found, nodes, blocks


@dataclass
class Resolved:
    """What a run resolved, for `remember` once the ids are in the articles."""

    found: Partition
    nodes: list[Node]
    blocks: dict[int, list[str]]  # see `_dump`
    # each article's fingerprint as resolution found it, with its people then (object
    # and id, in order): `remember` fingerprints again only the articles whose people
    # changed
    fingerprints: dict[str, tuple[str | None, list[tuple[int, str]]]]


def resolve_articles(
    articles: list[ArticleDigest],
    gazetteer: Gazetteer,
    registry: Registry,
    memory: ResultCache | None,
    sums: SentenceSums,
    altered: set[str],
) -> Resolved:
    """The people of the articles, resolving again only what the last run's cannot give.
    `altered`: the articles whose people this run changed before resolving (candidates,
    ignored spellings), whose fingerprints are not their digest files' (`SentenceSums`):
    a stage that changes an article before resolving must name it there, or resolution
    takes it for the article its file holds."""
    saved = memory.get(_ENTRY) if memory is not None else None
    if saved is not None:

        def printed(article: ArticleDigest) -> str | None:
            def made() -> str | None:
                return _fingerprint(article, [(p.id, p) for p in article.people], gazetteer, sums)

            return made() if article.id in altered else sums.fingerprint(article, made)

        seen = {a.id: (printed(a), _people(a)) for a in articles}
        fingerprints = {a: fp for a, (fp, _) in seen.items()}
        try:
            found, nodes, blocks = _incremental(articles, gazetteer, registry, saved, fingerprints)
            return Resolved(found, nodes, blocks, seen)
        except (KeyError, IndexError, TypeError, ValueError):
            pass  # not as this code writes it: resolve everything
    nodes = build_nodes(articles, gazetteer)
    return Resolved(partition(nodes, registry), nodes, {}, {})


def _people(article: ArticleDigest) -> list[tuple[int, str]]:
    return [(id(p), p.id) for p in article.people]


def remember(
    memory: ResultCache,
    articles: list[ArticleDigest],
    resolved: Resolved,
    ids: dict[Key, str],
    gazetteer: Gazetteer,
    sums: SentenceSums,
) -> None:
    """Keep the run's people for the next run, as it will find the articles: with the
    ids this run gave (`ids`, by node) and the candidates it promoted promoted again, in
    that order (`found_again`). Kept as this run found them, every article whose people
    the ids reordered was resolved again on the next run: the first add after a cold run
    at 10,000 articles took 10.8 s to resolve, against 2 s later. Each fingerprint is
    settled in `sums`, to be taken back with the file the article is written to: the
    people found again are those the file holds, but in an article with a promoted
    candidate, which the next run withdraws first, so it never takes that one back."""
    person = {(a.id, p.id): p for a in articles for p in a.people}
    fingerprints = {}
    place: dict[int, int] = {}
    for article in articles:
        people = found_again(article)
        fingerprint, before = resolved.fingerprints.get(article.id, (None, None))
        if people is None or [(id(p), pid) for pid, p in people] != before:
            fingerprint = _fingerprint(article, people, gazetteer, sums)
        fingerprints[article.id] = fingerprint
        if fingerprint is not None:
            sums.settle(article.id, fingerprint)
        place.update((id(p), k) for k, (_, p) in enumerate(people or []))
    places = {  # -1: in an article without a fingerprint, never reused
        n.key: (n.article, place.get(id(person[(n.article, ids.get(n.key, n.local_id))]), -1))
        for n in resolved.nodes
    }
    memory.put(_ENTRY, _dump(places, resolved.found, resolved.blocks, fingerprints))
