"""A checksum of each article's sentences, which resolution's fingerprints hold (see
`reuse`), kept between runs by the checksum of the digest file they are in.

Hashing the sentences of every article again took about half a second of adding one to
10,000. An article kept as the last run wrote it (its file's checksum the manifest's)
has the sentences that run hashed, so their checksum is taken back when the file is
the one the checksum was kept with; any other article's sentences are hashed again.
"""

from __future__ import annotations

import hashlib
import json
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
        if isinstance(saved, dict):
            for article, file in (kept or {}).items():
                entry = saved.get(article)
                if isinstance(entry, list) and len(entry) == 2 and entry[0] == file:
                    self._known[article] = entry[1]
        self._found: dict[str, str] = {}

    def of(self, article: ArticleDigest) -> str:
        """The checksum of the article's sentences: kept from the last run when its digest
        file is the one it was kept with, else hashed now."""
        found = self._found.get(article.id)
        if found is None:
            found = self._known.get(article.id) or _hashed(article.sentences)
            self._found[article.id] = found
        return found

    def remember(self, memory: ResultCache, written: dict[str, str]) -> None:
        """Keep the checksums for the next run, by the checksum of the digest file each
        article was just written to (`written`, by article)."""
        memory.put(
            _ENTRY,
            {a: [written[a], found] for a, found in sorted(self._found.items()) if a in written},
        )


def _hashed(sentences: list[str]) -> str:
    """What the sentences hash to, whatever their characters (JSON keeps them apart)."""
    return hashlib.sha256(json.dumps(sentences).encode()).hexdigest()
