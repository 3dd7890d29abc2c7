"""What resolution hashes of each article, kept between runs by the checksum of the
digest file it was hashed from: the checksum of its sentences, and the fingerprint of
its nodes (see `reuse`).

Hashing the sentences of every article again took about half a second of adding one to
10,000, and fingerprinting every article as much again. An article kept as the last run
wrote it (its file's checksum the manifest's) has the sentences that run hashed, so
their checksum is taken back when the file is the one the checksum was kept with; any
other article's sentences are hashed again. A fingerprint is taken back only for an
article whose people are as that same file holds them (no candidate withdrawn or
promoted, no spelling ignored since: see `resolve_people`): it is made of nothing else
but the gazetteer, which the cache's salt names. The fingerprint kept is the one
resolution made of the article as it was then written (`settle`), so a cold run keeps
one for every article as a later run does: kept only for articles read back unchanged,
the first add after a cold run at 10,000 articles made all of them again.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from typing import Any

from generator.model import ArticleDigest
from generator.store.cache import ResultCache

__all__ = ["SentenceSums"]

_ENTRY = "sentences"


class SentenceSums:
    """`kept`: the articles kept as the last run wrote them, each with the checksum of
    its digest file (the last run's manifest's); `memory`: the last run's people."""

    def __init__(self, memory: ResultCache | None = None, kept: dict[str, str] | None = None):
        saved: Any = memory.get(_ENTRY) if memory is not None else None
        self._known: dict[str, str] = {}
        self._prints: dict[str, str] = {}  # fingerprints kept, by article
        if isinstance(saved, dict):
            for article, file in (kept or {}).items():
                entry = saved.get(article)
                if isinstance(entry, list) and len(entry) in (2, 3) and entry[0] == file:
                    self._known[article] = entry[1]
                    if len(entry) == 3:
                        self._prints[article] = entry[2]
        self._found: dict[str, str] = {}
        self._settled: dict[str, str] = {}  # fingerprints of articles as they are written

    def of(self, article: ArticleDigest) -> str:
        """The checksum of the article's sentences: kept from the last run when its digest
        file is the one it was kept with, else hashed now."""
        found = self._found.get(article.id)
        if found is None:
            found = self._known.get(article.id) or _hashed(article.sentences)
            self._found[article.id] = found
        return found

    def fingerprint(self, article: ArticleDigest, made: Callable[[], str | None]) -> str | None:
        """The fingerprint of an article whose people are as its digest file holds them
        (the caller's word): kept from the last run when it is that file, else `made`."""
        self.of(article)  # the entry the fingerprint is kept in (see `remember`)
        found = self._prints.get(article.id)  # only ever of an article read from its file
        return made() if found is None else found

    def settle(self, article: str, fingerprint: str) -> None:
        """The fingerprint of the article as this run leaves it, people and ids as its
        digest file will hold them (the caller's word: see `reuse.remember`). It is kept
        by that file's checksum, so nothing may change what it is made of (spellings,
        roles, sentences, countries) between resolving and writing (see
        `rebuild._write_articles`); the first add after a cold run in `test_resolve_reuse`
        checks every one taken back against one made from the file as read."""
        self._settled[article] = fingerprint

    def remember(self, memory: ResultCache, written: dict[str, str]) -> None:
        """Keep the checksums for the next run, by the checksum of the digest file each
        article was just written to (`written`, by article), with its fingerprint when
        one was settled."""
        memory.put(
            _ENTRY,
            {
                a: [written[a], found] + ([self._settled[a]] if a in self._settled else [])
                for a, found in sorted(self._found.items())
                if a in written
            },
        )


def _hashed(sentences: list[str]) -> str:
    """What the sentences hash to, whatever their characters (JSON keeps them apart)."""
    return hashlib.sha256(json.dumps(sentences).encode()).hexdigest()
