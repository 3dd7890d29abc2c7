"""Shared fixtures: one real digest run over the seed articles, reused by every test.

The seeds and registry come from tests/fixtures/ (see `seeds`), never from the live
`content/` folder, which a user changes; the `live_content` plugin fails a test that
reads it anyway.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from seeds import content_copy

from generator.commands.digest import run_digest

pytest_plugins = ["live_content"]


@pytest.fixture(scope="session")
def seed_root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A repo-shaped folder holding the seed sources and registry, digested once with
    the real language model into `content/digests`."""
    root = content_copy(tmp_path_factory.mktemp("seeds"))
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
