"""Rule cases as data: tables of input and expected output in tests/cases/<area>.yaml.

Each table is a list of cases (mappings), each with an `id` and a comment above it
saying what it shows; `cases` turns a table into pytest parameters named by their ids.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

import pytest
import yaml

CASES = Path(__file__).resolve().parent / "cases"


@cache
def _tables(area: str) -> dict[str, list[dict[str, Any]]]:
    data = yaml.safe_load((CASES / f"{area}.yaml").read_text(encoding="utf-8"))
    assert isinstance(data, dict), f"tests/cases/{area}.yaml: expected tables by name"
    return data


def cases(area: str, table: str) -> list[Any]:
    """The cases of one table, as `pytest.param(case, id=case["id"])`."""
    rows = _tables(area)[table]
    ids = [row["id"] for row in rows]
    assert len(set(ids)) == len(ids), f"tests/cases/{area}.yaml: {table} repeats an id"
    return [pytest.param(row, id=row["id"]) for row in rows]
