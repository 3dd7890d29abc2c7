"""The tests' own corpus: the five seed articles and a registry, in tests/fixtures/.

Copies of the project's seeds and registry as they were when the tests were written, so
that what a user adds to `content/` (an article, a registry entry) never changes what
the tests digest. Seed sentences are found by their words, never by their position.
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import yaml

FIXTURES = Path(__file__).resolve().parent / "fixtures"
SEED_SOURCES = FIXTURES / "seeds"
SEED_REGISTRY = FIXTURES / "registry"
SEED_FILES = sorted(SEED_SOURCES.glob("*.txt"))
SEED_IDS = [p.stem for p in SEED_FILES]


def content_copy(
    root: Path, digests: Path | None = None, sources: list[Path] | None = None
) -> Path:
    """`root/content/` laid out as in the repo: source files (the seeds unless given,
    copied in the order given), the seed registry, and a copy of `digests` when given.
    Returns `root`."""
    folder = root / "content" / "sources"
    folder.mkdir(parents=True)
    for path in SEED_FILES if sources is None else sources:
        shutil.copy(path, folder / path.name)
    shutil.copytree(SEED_REGISTRY, root / "content" / "registry")
    if digests is not None:
        shutil.copytree(digests, root / "content" / "digests")
    return root


def load(path: Path) -> Any:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def sentence_containing(digest: dict[str, Any], words: str) -> int:
    """The index of the one sentence of an article digest that contains `words`."""
    found = [i for i, sentence in enumerate(digest["sentences"]) if words in sentence]
    assert len(found) == 1, f"{len(found)} sentences of {digest['id']} contain {words!r}"
    return found[0]


def where(digests: Path, words: str) -> tuple[str, int]:
    """(article id, sentence index) of the one sentence in the corpus containing `words`."""
    found = [
        (path.stem, i)
        for path in sorted((digests / "articles").glob("*.yaml"))
        for i, sentence in enumerate(load(path)["sentences"])
        if words in sentence
    ]
    assert len(found) == 1, f"{len(found)} sentences contain {words!r}: {found}"
    return found[0]
