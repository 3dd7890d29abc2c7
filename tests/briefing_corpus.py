"""The briefing test corpus: twelve articles written for these tests (several outlets'
styles, 2017 to 2024, plain .txt without sidecars), digested and built like `make site`.

No registry: the site must read well from what the sources say alone.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import yaml

from generator.commands.digest import run_digest

REPO = Path(__file__).resolve().parent.parent
SOURCES = REPO / "tests" / "fixtures" / "briefing" / "sources"
STRIKE = ["211_port_strike_wire", "212_port_strike_daily", "213_port_strike_followup"]
MKDOCS = Path(sys.executable).parent / "mkdocs"


def project(root: Path, names: list[str] | None = None) -> Path:
    """A project folder with the given fixture sources (all by default) and an empty
    registry; returns its content folder."""
    content = root / "content"
    (content / "sources").mkdir(parents=True, exist_ok=True)
    (content / "registry").mkdir(exist_ok=True)
    for path in sorted(SOURCES.glob("*.txt")):
        if names is None or path.stem in names:
            shutil.copy(path, content / "sources" / path.name)
    return content


def digest(root: Path) -> Path:
    """`python -m generator digest` in `root`; returns the digests folder."""
    content = root / "content"
    out = content / "digests"
    code = run_digest(content / "sources", content / "registry", out, root=root, jobs=1)
    assert code == 0
    return out


def config(root: Path, site: Path) -> Path:
    """The repository's mkdocs.yml, reading `root`'s content and building into `site`."""
    data = yaml.safe_load((REPO / "mkdocs.yml").read_text(encoding="utf-8"))
    data["docs_dir"] = str(REPO / data["docs_dir"])
    data["site_dir"] = str(site)
    data["hooks"] = [str(REPO / hook) for hook in data["hooks"]]
    data["watch"] = [str(root / "content" / "sources"), str(root / "content" / "registry")]
    data["extra"]["briefing"] = {
        "digests": str(root / "content" / "digests"),
        "sources": str(root / "content" / "sources"),
        "registry": str(root / "content" / "registry"),
    }
    path = root / "mkdocs.yml"
    path.write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")
    return path


def build(root: Path) -> Path:
    """`mkdocs build --strict` of `root`'s digests; returns the site folder."""
    site = root / "site"
    result = subprocess.run(
        [str(MKDOCS), "build", "--strict", "-f", str(config(root, site))],
        capture_output=True,
        text=True,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return site


def stories(digests: Path) -> dict[str, list[str]]:
    """Story id -> its articles."""
    found = {}
    for path in sorted((digests / "stories").glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        found[path.stem] = data["articles"]
    return found
