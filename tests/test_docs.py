"""Every digest field in the JSON Schemas is described in DIGESTS.md, the reviewers' reference.

Datasette's trick: the docs cannot drift from the schemas without a test failing.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from generator.store.schema import load_schema

DOCS = Path(__file__).resolve().parent.parent / "DIGESTS.md"
SCHEMAS = ["article", "person", "country", "story", "manifest"]
TOP_RECORDS = {
    "article": "ArticleDigest",
    "person": "PersonDigest",
    "country": "CountryDigest",
    "story": "StoryDigest",
    "manifest": "Manifest",
}
_HEADING = re.compile(r"^#{2,3} `(\w+)`")
_FIELD = re.compile(r"^- `(\w+)` \([^)]+\): (.+)$")
# A description is a phrase, not a placeholder: "TODO" or "the id" does not help a reviewer.
_MIN_WORDS = 3


def _records_in_schemas() -> dict[str, set[str]]:
    """Record name -> its field names, for the top-level records and every $defs object."""
    records: dict[str, set[str]] = {}
    for name in SCHEMAS:
        schema = load_schema(name)
        records[TOP_RECORDS[name]] = set(schema["properties"])
        defs: dict[str, Any] = schema.get("$defs", {})
        for record, body in defs.items():
            if body.get("type") == "object":
                records[record] = set(body["properties"])
    return records


def _records_in_docs() -> dict[str, dict[str, str]]:
    """Record heading -> {field: description}, joining a bullet's wrapped lines."""
    records: dict[str, dict[str, str]] = {}
    current: dict[str, str] | None = None
    last = ""
    for line in DOCS.read_text(encoding="utf-8").splitlines():
        if heading := _HEADING.match(line):
            current = records.setdefault(heading.group(1), {})
        elif line.startswith("#"):
            current = None
        elif current is not None and (entry := _FIELD.match(line)):
            last = entry.group(1)
            current[last] = entry.group(2)
        elif current is not None and last in current and line.startswith("  "):
            current[last] += " " + line.strip()
        elif not line.strip():
            last = ""
    return records


SCHEMA_RECORDS = _records_in_schemas()
DOC_RECORDS = _records_in_docs()


@pytest.mark.parametrize("record", sorted(SCHEMA_RECORDS))
def test_every_field_is_described(record: str) -> None:
    documented = DOC_RECORDS.get(record, {})
    missing = SCHEMA_RECORDS[record] - set(documented)
    assert not missing, f"DIGESTS.md, section `{record}`: describe {sorted(missing)}"
    for field, text in documented.items():
        assert len(text.split()) >= _MIN_WORDS, f"{record}.{field}: say what it is for"


def test_docs_describe_no_field_that_does_not_exist() -> None:
    extra = {
        f"{record}.{field}"
        for record, fields in DOC_RECORDS.items()
        for field in fields
        if field not in SCHEMA_RECORDS.get(record, set())
    }
    assert not extra, f"DIGESTS.md describes fields no schema has: {sorted(extra)}"


def test_docs_list_fields_in_file_order() -> None:
    """Reviewers read a digest top-down; the reference follows the same order."""
    for name in SCHEMAS:
        schema = load_schema(name)
        objects = {TOP_RECORDS[name]: schema} | {
            k: v for k, v in schema.get("$defs", {}).items() if v.get("type") == "object"
        }
        for record, body in objects.items():
            assert list(DOC_RECORDS[record]) == list(body["properties"]), record
