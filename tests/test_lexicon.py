"""Word lists and thresholds live in one place each: lexicon/ and settings.py.

These checks keep it so: every list in the lexicon loads, holds no duplicates and is
used by the code; no module but settings.py defines a numeric tuning constant.
"""

from __future__ import annotations

import ast
import re
from importlib import resources
from pathlib import Path

import pytest
import yaml

from generator import lexicon

PACKAGE = Path(__file__).resolve().parent.parent / "generator"
FILES = sorted(
    p.stem for p in resources.files("generator.lexicon").iterdir() if p.name.endswith(".yaml")
)  # type: ignore[attr-defined]
CODE = "\n".join(p.read_text(encoding="utf-8") for p in PACKAGE.rglob("*.py"))


def _entries(kind: str) -> dict[str, object]:
    text = (resources.files("generator.lexicon") / f"{kind}.yaml").read_text("utf-8")
    data = yaml.load(text, Loader=yaml.BaseLoader)  # noqa: S506 - builds no objects
    assert isinstance(data, dict)
    return data


@pytest.mark.parametrize("kind", FILES)
def test_every_list_loads_without_duplicates(kind: str) -> None:
    for name, entry in _entries(kind).items():
        if isinstance(entry, list):
            assert len(lexicon.words(kind, name)) == len(entry), f"{kind}.{name} repeats a word"
            assert all(word.strip() == word and word for word in entry), f"{kind}.{name}"
        else:
            assert isinstance(entry, dict), f"{kind}.{name} is neither a list nor a table"
            assert dict(lexicon.table(kind, name)) == entry


@pytest.mark.parametrize("kind", FILES)
def test_every_list_is_used(kind: str) -> None:
    # a list is read by its name, written as a string in some module
    for name in _entries(kind):
        assert re.search(rf"[\"']{re.escape(name)}[\"']", CODE), (
            f"lexicon/{kind}.yaml: {name!r} is read by no module"
        )


def test_a_missing_list_is_named() -> None:
    with pytest.raises(KeyError, match="titles.yaml has no list 'nope'"):
        lexicon.words("titles", "nope")


def _numeric_constants(path: Path) -> list[str]:
    """Module-level UPPER_CASE names bound to a literal holding a number."""
    found = []
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Assign):
            targets, value = node.targets, node.value
        elif isinstance(node, ast.AnnAssign) and node.value is not None:
            targets, value = [node.target], node.value
        else:
            continue
        if not isinstance(value, ast.Constant | ast.Tuple | ast.Dict | ast.BinOp):
            continue
        numeric = any(
            isinstance(n, ast.Constant) and type(n.value) in (int, float) for n in ast.walk(value)
        )
        found += [
            t.id
            for t in targets
            if isinstance(t, ast.Name) and t.id.lstrip("_").isupper() and numeric
        ]
    return found


# versions of the digest format and of per-article analysis: not tuned, bumped by hand
VERSIONS = {"commands/digest.py": ["ANALYSIS_VERSION", "FORMAT_VERSION"]}
# the canvas geometry of the build-time pictures: layout, not a judgement on the text
LAYOUT = {"site/svg.py"}


def test_thresholds_live_in_settings() -> None:
    stray = {
        name: names
        for p in PACKAGE.rglob("*.py")
        if (name := p.relative_to(PACKAGE).as_posix()) not in LAYOUT | {"settings.py"}
        and (names := _numeric_constants(p))
    }
    assert stray == VERSIONS


def test_every_subpackage_is_shipped() -> None:
    """A subpackage missing from pyproject's list works in an editable install and is
    absent from a wheel: every folder of the package with an __init__.py is listed."""
    config = (PACKAGE.parent / "pyproject.toml").read_text(encoding="utf-8")
    listed = set(re.findall(r'^\s*"(generator[\w.]*)",$', config, re.M))
    found = {
        ".".join(p.parent.relative_to(PACKAGE.parent).parts)
        for p in PACKAGE.rglob("__init__.py")
        if "site_templates" not in p.parts
    }
    assert found - {"generator.site.templates"} <= listed
    assert "generator.site.templates" in listed  # site_templates/, mapped into the package
