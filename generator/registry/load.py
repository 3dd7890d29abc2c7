"""Curated knowledge from `content/registry/`, read in one place: people, organisations,
outlets, country names and overrides.

A broken registry file is reported and skipped: the corpus is still digested with
what the other files say.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from generator.registry.contradictions import merged_and_split
from generator.registry.shape import (
    country_id,
    entries,
    entry_name,
    names,
    plain_text,
    spelling_group,
)
from generator.store.yamlio import first_line, load_written_by_hand
from generator.text.names import fold

__all__ = ["KnownPerson", "Named", "Overrides", "Registry", "load_registry"]


@dataclass
class KnownPerson:
    name: str
    aliases: list[str]
    roles: list[str]
    country: str | None

    def spellings(self) -> list[str]:
        return [self.name, *self.aliases]


@dataclass
class Named:
    """An organisation or outlet and the other names it goes by."""

    name: str
    aliases: list[str]


@dataclass
class Overrides:
    merge: list[list[str]] = field(default_factory=list)
    split: list[list[str]] = field(default_factory=list)
    # one spelling, several people: (spelling, the articles of each person)
    split_by_article: list[tuple[str, list[list[str]]]] = field(default_factory=list)
    rename: dict[str, str] = field(default_factory=dict)
    ignore: set[str] = field(default_factory=set)  # folded spellings


@dataclass
class Registry:
    people: list[KnownPerson] = field(default_factory=list)
    organizations: list[Named] = field(default_factory=list)
    outlets: list[Named] = field(default_factory=list)
    overrides: Overrides = field(default_factory=Overrides)
    # country id -> names and codes the country dataset lacks ("the Kremlin", "UK")
    countries: dict[str, list[str]] = field(default_factory=dict)
    # country id -> names of its nations or regions ("Scotland", "Welsh"), among the above
    country_parts: dict[str, list[str]] = field(default_factory=dict)
    not_countries: set[str] = field(default_factory=set)  # dataset forms too ambiguous to read
    errors: list[str] = field(default_factory=list)

    def outlet_named(self, text: str) -> str | None:
        key = fold(text)
        for outlet in self.outlets:
            if key in {fold(n) for n in [outlet.name, *outlet.aliases]}:
                return outlet.name
        return None


def _read(path: Path, errors: list[str]) -> dict[str, Any]:
    if not path.exists():
        return {}
    if path.is_dir():
        errors.append(f"{path}: a folder, not a file; file ignored")
        return {}
    try:
        data = load_written_by_hand(path.read_text(encoding="utf-8"))
    except (yaml.YAMLError, UnicodeDecodeError) as exc:
        errors.append(f"{path}: not valid YAML ({first_line(exc)}); file ignored")
        return {}
    except OSError as exc:
        errors.append(f"{path}: cannot read ({exc.strerror}); file ignored")
        return {}
    if data is None:
        return {}
    if not isinstance(data, dict):
        errors.append(f"{path}: expected a mapping at the top; file ignored")
        return {}
    return data


def _named(data: dict[str, Any], key: str, path: Path, errors: list[str]) -> list[Named]:
    found: list[Named] = []
    for i, entry in enumerate(entries(data, key, path, errors)):
        name = entry_name(entry, i, f"{path}: entry {i + 1} of '{key}'", errors)
        if name is not None:
            found.append(Named(name, names(entry, "aliases", f"{path}: {name}", errors)))
    return found


def _person(entry: Any, i: int, path: Path, errors: list[str]) -> KnownPerson | None:
    name = entry_name(entry, i, f"{path}: entry {i + 1}", errors)
    if name is None:
        return None
    where = f"{path}: {name}"
    return KnownPerson(
        name=name,
        aliases=names(entry, "aliases", where, errors),
        roles=names(entry, "roles", where, errors),
        country=country_id(entry, where, errors),
    )


def load_registry(folder: Path) -> Registry:
    registry = Registry()
    errors = registry.errors
    people_path = folder / "people.yaml"
    for i, entry in enumerate(entries(_read(people_path, errors), "people", people_path, errors)):
        person = _person(entry, i, people_path, errors)
        if person is not None:
            registry.people.append(person)
    orgs_path = folder / "organizations.yaml"
    registry.organizations = _named(_read(orgs_path, errors), "organizations", orgs_path, errors)
    outlets_path = folder / "outlets.yaml"
    registry.outlets = _named(_read(outlets_path, errors), "outlets", outlets_path, errors)

    overrides_path = folder / "overrides.yaml"
    raw = _read(overrides_path, errors)
    overrides = registry.overrides
    overrides.merge = _groups(raw, "merge", overrides_path, errors)
    overrides.split = _groups(raw, "split", overrides_path, errors)
    overrides.split_by_article = _by_article(raw, overrides_path, errors)
    rename = raw.get("rename") or {}
    if isinstance(rename, dict) and all(isinstance(v, str) and v.strip() for v in rename.values()):
        overrides.rename = {str(k): plain_text(v).strip() for k, v in rename.items()}
    else:
        errors.append(f"{overrides_path}: 'rename' must map person ids to names; ignored")
    overrides.ignore = {fold(s) for s in names(raw, "ignore", str(overrides_path), errors)}
    errors.extend(merged_and_split(overrides.merge, overrides.split, overrides_path))
    _countries(folder / "countries.yaml", registry)
    return registry


def _countries(path: Path, registry: Registry) -> None:
    raw = _read(path, registry.errors)
    entries = raw.get("countries") or {}
    if not isinstance(entries, dict):
        registry.errors.append(f"{path}: 'countries' must map country ids to names; ignored")
        entries = {}
    for cid, entry in entries.items():
        if not isinstance(entry, dict):
            registry.errors.append(
                f"{path}: country {cid!r} needs 'aliases', 'codes' or 'parts'; ignored"
            )
            continue
        where = f"{path}: country {str(cid)!r}"
        parts = names(entry, "parts", where, registry.errors)
        registry.countries[str(cid)] = (
            names(entry, "aliases", where, registry.errors)
            + names(entry, "codes", where, registry.errors)
            + parts
        )
        if parts:
            registry.country_parts[str(cid)] = parts
    registry.not_countries = set(names(raw, "not_countries", str(path), registry.errors))


def _groups(raw: dict[str, Any], key: str, path: Path, errors: list[str]) -> list[list[str]]:
    """Lists of two spellings or more; any other entry is named and left out (a split
    by article, a mapping, is read by `_by_article`)."""
    groups = []
    for i, entry in enumerate(entries(raw, key, path, errors)):
        if key == "split" and isinstance(entry, dict):
            continue
        spellings = spelling_group(entry)
        if len(set(spellings)) < 2:
            errors.append(f"{path}: entry {i + 1} of '{key}' needs two spellings or more; ignored")
            continue
        groups.append(spellings)
    return groups


def _by_article(
    raw: dict[str, Any], path: Path, errors: list[str]
) -> list[tuple[str, list[list[str]]]]:
    """The splits of one spelling by article: `{spelling: X, articles: [[a, b], [c]]}`,
    two lists of article ids or more, no article in two of them."""
    found = []
    for i, entry in enumerate(entries(raw, "split", path, [])):  # `_groups` said what is wrong
        if not isinstance(entry, dict):
            continue
        where = f"{path}: entry {i + 1} of 'split'"
        spelling = entry.get("spelling")
        groups = entry.get("articles")
        lists = (
            [
                names({"articles": g}, "articles", where, errors)
                for g in groups
                if isinstance(g, list)
            ]
            if isinstance(groups, list)
            else []
        )
        ids = [a for g in lists for a in g]
        if (
            not isinstance(spelling, str)
            or not spelling.strip()
            or len(lists) < 2
            or not all(lists)
            or len(ids) != len(set(ids))
        ):
            errors.append(
                f"{where} needs a spelling and two lists of articles or more, no article in"
                " two; ignored"
            )
            continue
        found.append((plain_text(spelling).strip(), lists))
    return found
