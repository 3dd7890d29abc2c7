"""Build the real site from any digests folder, for the site and browser tests.

The repository's own mkdocs.yml is used, with its paths made absolute, so the tests
check exactly the configuration `make site` uses.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parent.parent
FIXTURE_DIGESTS = REPO / "tests" / "fixtures" / "digests"
MKDOCS = Path(sys.executable).parent / "mkdocs"


def site_config(digests: Path, work: Path) -> Path:
    """A copy of mkdocs.yml reading `digests` and building into `work/site`."""
    config = yaml.safe_load((REPO / "mkdocs.yml").read_text(encoding="utf-8"))
    config["docs_dir"] = str(REPO / config["docs_dir"])
    config["site_dir"] = str(work / "site")
    config["hooks"] = [str(REPO / hook) for hook in config["hooks"]]
    config["watch"] = [str(REPO / folder) for folder in config["watch"]]
    config["extra"]["briefing"]["digests"] = str(digests)
    path = work / "mkdocs.yml"
    path.write_text(yaml.safe_dump(config, sort_keys=False), encoding="utf-8")
    return path


def build_site(digests: Path, work: Path) -> tuple[Path, str]:
    """`mkdocs build --strict`; returns the site folder and the build log."""
    work.mkdir(parents=True, exist_ok=True)
    config = site_config(digests, work)
    result = subprocess.run(
        [str(MKDOCS), "build", "--strict", "-f", str(config)],
        capture_output=True,
        text=True,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
        check=False,
    )
    log = result.stdout + result.stderr
    assert result.returncode == 0, log
    return work / "site", log
