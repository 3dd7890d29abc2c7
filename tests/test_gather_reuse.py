"""People and countries are gathered again only when their identity or the article
digests they read changed (`aggregate.person_key`); the rest come from the cache, and
the digests are the bytes a run without caches writes."""

from __future__ import annotations

import shutil
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
import yaml
from seeds import content_copy

from generator.commands.digest import run_digest
from generator.corpus import aggregate
from generator.corpus.resolve import resolve_people
from generator.model import ArticleDigest, from_plain
from generator.registry import build_gazetteer, load_registry
from generator.store.cache import ResultCache

# Invented: a short report naming one person of the seeds and one of no seed article.
ADDED = """\
Harbour talks resume in Tallinn

By Mari Kask | May 21, 2024

Estonian Prime Minister Kaja Kallas said on Tuesday that the harbour talks would resume.
Port director Lembit Saar said the first ships were expected next week.
"""


def _run(root: Path) -> None:
    code = run_digest(
        root / "content/sources", root / "content/registry", root / "content/digests", root
    )
    assert code == 0


def _files(folder: Path) -> dict[str, bytes]:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*.yaml"))
    }


def test_only_the_people_an_added_article_names_are_gathered_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = content_copy(tmp_path)
    _run(root)
    gathered: list[str] = []
    countries: list[str] = []
    person, country = aggregate._person, aggregate._country

    def counting_person(identity: Any, *rest: Any) -> Any:
        gathered.append(identity.id)
        return person(identity, *rest)

    def counting_country(cid: str, *rest: Any) -> Any:
        countries.append(cid)
        return country(cid, *rest)

    monkeypatch.setattr(aggregate, "_person", counting_person)
    monkeypatch.setattr(aggregate, "_country", counting_country)
    (root / "content/sources/zz_harbour.txt").write_text(ADDED, encoding="utf-8")
    _run(root)
    added = yaml.safe_load(
        (root / "content/digests/articles/zz_harbour.yaml").read_text(encoding="utf-8")
    )
    named = {p["id"] for p in added["people"]}
    assert "kaja-kallas" in named
    assert set(gathered) == named
    every = len(list((root / "content/digests/countries").iterdir()))
    assert len(countries) < every  # those the article names or whose people it names
    warm = _files(root / "content/digests")
    shutil.rmtree(root / ".cache")
    _run(root)
    assert _files(root / "content/digests") == warm


def test_a_person_gathered_again_counts_the_people_of_its_sentences_kept_from_the_cache(
    tmp_path: Path,
) -> None:
    """Only one person is gathered again (its name changed); the people it shares
    sentences with come from the cache, yet are still its related people."""
    root = content_copy(tmp_path)
    _run(root)
    folder = root / "content/digests/articles"
    registry = load_registry(root / "content/registry")
    gazetteer = build_gazetteer(registry)
    articles = {
        p.stem: from_plain(ArticleDigest, yaml.safe_load(p.read_text(encoding="utf-8")))
        for p in sorted(folder.glob("*.yaml"))
    }
    identities = resolve_people([articles[k] for k in sorted(articles)], gazetteer, registry)
    weights = aggregate.centralities(list(articles.values()), ResultCache(tmp_path / "w", ""))
    written = {k: f"sum-{k}" for k in articles}
    first = ResultCache(tmp_path / "g", "")
    before, _, _ = aggregate.people(articles, identities, weights, first, written)
    related = next(p for p in before if p.related_people)
    renamed = [replace(i, name=f"{i.name} Junior") if i.id == related.id else i for i in identities]
    kept = ResultCache(tmp_path / "g", "")
    kept.results = dict(first.used)
    after, _, _ = aggregate.people(articles, renamed, weights, kept, written)
    cold, _, _ = aggregate.people(
        articles, renamed, weights, ResultCache(tmp_path / "c", ""), written
    )
    assert [k for k in kept.used if k not in first.used] != []  # one gathered again
    assert after == cold
    assert next(p for p in after if p.id == related.id).related_people == related.related_people


def test_a_person_is_gathered_again_when_a_digest_file_of_theirs_changed() -> None:
    # a person is known by the digest files of their articles as written, which hold
    # their nodes: one of those rewritten (the person's id there changed through another
    # article, say) changes the key; a file of an article not theirs does not
    from generator.corpus.resolve import Identity, Node

    nodes = [
        Node("a1", "edda-holm", ["Edda Holm"], ["mayor"], [0]),
        Node("a2", "edda-holm", ["Holm"], [], [1]),
    ]
    identity = Identity("edda-holm", "Edda Holm", nodes, None, None, [])
    written = {"a1": "sha256:1", "a2": "sha256:2", "a3": "sha256:3"}
    key = aggregate.person_key(identity, written)
    assert aggregate.person_key(identity, written | {"a3": "sha256:other"}) == key
    assert aggregate.person_key(identity, written | {"a2": "sha256:other"}) != key
    fewer = Identity("edda-holm", "Edda Holm", nodes[:1], None, None, [])
    assert aggregate.person_key(fewer, written) != key


def test_a_sentence_edited_in_a_kept_article_gathers_its_people_again(tmp_path: Path) -> None:
    # the harbour report is edited, its people the same: only its digest file tells the
    # port director's digest changed, and it is what a cold run writes
    root = content_copy(tmp_path / "warm")
    source = root / "content/sources/zz_harbour.txt"
    source.write_text(ADDED, encoding="utf-8")
    _run(root)
    before = _files(root / "content/digests")["people/lembit-saar.yaml"]
    edited = ADDED.replace("expected next week", "expected within days, once the ice clears")
    source.write_text(edited, encoding="utf-8")
    _run(root)
    warm = _files(root / "content/digests")
    assert warm["people/lembit-saar.yaml"] != before
    cold = content_copy(tmp_path / "cold")
    (cold / "content/sources/zz_harbour.txt").write_text(edited, encoding="utf-8")
    _run(cold)
    assert warm == _files(cold / "content/digests")
