"""Which process computed which share of the stories: the disagreement rules run in
worker processes, which write one line per share to a file the test reads back."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from generator.corpus import disagree
from generator.model import ArticleDigest

__all__ = ["record_shares"]


def record_shares(
    monkeypatch: pytest.MonkeyPatch, log: Path
) -> Callable[[], list[tuple[int, int]]]:
    """Patch the rules to log (process id, stories in the share) per call; read the log."""
    real_find = disagree.find

    def find(groups: list[list[ArticleDigest]], *rest: Any) -> Any:
        with log.open("a", encoding="utf-8") as record:
            record.write(f"{os.getpid()} {len(groups)}\n")
        return real_find(groups, *rest)

    monkeypatch.setattr(disagree, "find", find)

    def done() -> list[tuple[int, int]]:
        lines = log.read_text(encoding="utf-8").splitlines()
        return [(int(pid), int(n)) for pid, n in (line.split() for line in lines)]

    return done
