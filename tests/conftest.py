"""Shared fixtures: one real digest run over the seed articles, reused by every test."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from generator.commands.digest import run_digest

REPO = Path(__file__).resolve().parent.parent
SEEDS = REPO / "content" / "sources"
REGISTRY = REPO / "content" / "registry"


@pytest.fixture(scope="session")
def seed_root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of the repo's content folder, digested once with the real language model."""
    root = tmp_path_factory.mktemp("seeds")
    shutil.copytree(SEEDS, root / "content" / "sources")
    shutil.copytree(REGISTRY, root / "content" / "registry")
    code = run_digest(
        root / "content" / "sources",
        root / "content" / "registry",
        root / "content" / "digests",
        root=root,
    )
    assert code == 0
    return root


@pytest.fixture(scope="session")
def seed_digests(seed_root: Path) -> Path:
    return seed_root / "content" / "digests"
