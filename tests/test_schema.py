"""The JSON Schemas describe exactly the digest model, and reject what reviewers must not merge."""

from __future__ import annotations

import json
import types
import typing
from dataclasses import fields, is_dataclass
from pathlib import Path
from typing import Any

import pytest
from casefile import cases
from digest_samples import sample_digests
from jsonschema import Draft202012Validator

from generator import model
from generator.store.schema import FOLDERS, load_schema, problems
from generator.store.yamlio import load

TOP = {
    "article": model.ArticleDigest,
    "person": model.PersonDigest,
    "country": model.CountryDigest,
    "story": model.StoryDigest,
}


@pytest.mark.parametrize("name", [*TOP, "manifest"])
def test_schemas_are_valid_draft_2020_12(name: str) -> None:
    schema = load_schema(name)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    Draft202012Validator.check_schema(schema)


def _resolve(schema: dict[str, Any], node: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in node:
        node = schema["$defs"][node["$ref"].removeprefix("#/$defs/")]
    return node


def _json_types(node: dict[str, Any], schema: dict[str, Any]) -> set[str]:
    """The JSON types a schema node admits (enough of JSON Schema for these files)."""
    node = _resolve(schema, node)
    if "anyOf" in node:
        return set().union(*(_json_types(n, schema) for n in node["anyOf"]))
    if "enum" in node:
        return {"string"}
    kind = node["type"]
    return set(kind) if isinstance(kind, list) else {kind}


def _expected(hint: Any) -> tuple[set[str], Any]:
    """JSON types for a type hint, and the item hint when it is a list."""
    if typing.get_origin(hint) in (typing.Union, types.UnionType):
        args = typing.get_args(hint)
        inner = [a for a in args if a is not type(None)]
        return _expected(inner[0])[0] | {"null"}, None
    if typing.get_origin(hint) is list:
        return {"array"}, typing.get_args(hint)[0]
    if is_dataclass(hint):
        return {"object"}, None
    return {str: {"string"}, int: {"integer"}, bool: {"boolean"}}[hint], None


def _compare(cls: Any, node: dict[str, Any], schema: dict[str, Any], where: str) -> None:
    node = _resolve(schema, node)
    names = [f.name for f in fields(cls)]
    assert list(node["properties"]) == names, where
    written = [f.name for f in fields(cls) if not f.metadata.get("sparse")]
    assert node["required"] == written, f"{where}: every field but a sparse one is written"
    assert node["additionalProperties"] is False, where
    hints = typing.get_type_hints(cls)
    for name in names:
        prop = node["properties"][name]
        types, item = _expected(hints[name])
        assert _json_types(prop, schema) == types, f"{where}.{name}"
        if item is not None:
            items = _resolve(schema, prop)["items"]
            assert _json_types(items, schema) == _expected(item)[0], f"{where}.{name}[]"
            if is_dataclass(item):
                _compare(item, items, schema, f"{where}.{name}[]")
        elif is_dataclass(hints[name]):
            _compare(hints[name], prop, schema, f"{where}.{name}")


@pytest.mark.parametrize("name", list(TOP))
def test_schema_matches_the_model(name: str) -> None:
    """A field added to model.py without a schema change fails here, not in review."""
    schema = load_schema(name)
    _compare(TOP[name], schema, schema, name)


def test_hand_made_digests_are_valid() -> None:
    for key, data in sample_digests().items():
        assert problems(FOLDERS[key.split("/")[0]], data) == [], key


def _article() -> dict[str, Any]:
    data: dict[str, Any] = sample_digests()["articles/000_roll.yaml"]
    return data


@pytest.mark.parametrize("case", cases("schema", "bad_slugs"))
def test_slug_ids_are_lowercase_ascii(case: dict[str, Any]) -> None:
    data = sample_digests()["people/madis-roll.yaml"]
    data["id"] = case["slug"]
    slug = "'^[a-z0-9]+(-[a-z0-9]+)*$'"
    assert problems("person", data) == [f"id: '{case['slug']}' does not match {slug}"]


def test_article_ids_are_file_stems() -> None:
    data = _article()
    data["id"] = "003_08f7e3a455c53e2f"
    assert problems("article", data) == []


def _set(data: Any, path: str, value: Any) -> None:
    *parents, last = [int(part) if part.isdigit() else part for part in path.split("/")]
    for part in parents:
        data = data[part]
    data[last] = value


@pytest.mark.parametrize("case", cases("schema", "article_rejects"))
def test_article_schema_rejects(case: dict[str, Any]) -> None:
    data = _article()
    if "drop" in case:
        data.pop(case["drop"])
    for path, value in case.get("set", {}).items():
        _set(data, path, value)
    found = problems("article", data)
    assert len(found) == 1 and found[0].startswith(case["error"]), found


def test_story_disagreement_kinds_are_closed() -> None:
    data = sample_digests()["stories/estonia-troops-ukraine.yaml"]
    data["disagreements"][0]["kind"] = "opinion"
    assert problems("story", data) == [
        "disagreements/0/kind: 'opinion' is not one of ['sources', 'within-source']"
    ]


def test_long_values_are_shortened_in_messages() -> None:
    data = _article()
    data["sentences"] = [{"text": "x" * 500}]
    [line] = problems("article", data)
    assert line.startswith("sentences/0: {'text': 'xxx") and len(line) < 200


def test_manifest_schema() -> None:
    checksum = "sha256:" + "0" * 64
    good = {
        "format": 1,
        "analysis": 1,
        "registry": checksum,
        "files": {"people/madis-roll.yaml": checksum},
    }
    assert problems("manifest", good) == []
    assert problems("manifest", {**good, "format": 2}) == ["format: 1 was expected"]
    assert problems("manifest", {**good, "registry": "md5:0"})[0].startswith("registry: ")
    bad_key = {**good, "files": {"notes/x.yaml": checksum}}
    assert problems("manifest", bad_key)[0].startswith("files: 'notes/x.yaml' does not match")


def test_every_digest_of_the_seed_articles_is_valid(seed_digests: Path) -> None:
    files = sorted(seed_digests.glob("*/*.yaml"))
    assert {p.parent.name for p in files} == set(FOLDERS)
    for path in files:
        assert problems(FOLDERS[path.parent.name], load(path)) == [], path
    assert problems("manifest", load(seed_digests / "manifest.yaml")) == []


def test_records_become_the_plain_data_they_were_read_from(seed_digests: Path) -> None:
    """`to_plain` converts each field as its type says (worked out once per type): every
    seed digest read back gives its data again, keys in field order, lists fresh."""
    kinds = {
        "articles": model.ArticleDigest,
        "people": model.PersonDigest,
        "countries": model.CountryDigest,
        "stories": model.StoryDigest,
    }
    files = sorted(seed_digests.glob("*/*.yaml"))
    for path in files:
        data = load(path)
        record: Any = model.from_plain(kinds[path.parent.name], data)
        plain = model.to_plain(record)
        assert plain == data, path  # asdict(record) but for sparse fields at their default
        assert json.dumps(plain) == json.dumps(data), path  # the same key order
        assert all(
            plain[f.name] is not getattr(record, f.name)
            for f in fields(record)
            if isinstance(plain[f.name], list)
        )
    assert {p.parent.name for p in files} == set(kinds)
