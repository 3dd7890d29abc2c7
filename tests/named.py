"""Digest a few invented articles and read the names an article lists in one field: the
tests of which names are people's, candidates' or organisations'."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

import yaml
from seeds import SEED_REGISTRY

from generator.commands.digest import run_digest


def digest_articles(tmp_path: Path, articles: Mapping[str, str | tuple[str, str | None]]) -> Path:
    """Each article's text (with its metadata file's text, if given) as a source, digested."""
    sources = tmp_path / "sources"
    sources.mkdir()
    for name, article in articles.items():
        text, meta = (article, None) if isinstance(article, str) else article
        (sources / f"{name}.txt").write_text(text, encoding="utf-8")
        if meta:
            (sources / f"{name}.meta.yaml").write_text(meta, encoding="utf-8")
    assert run_digest(sources, SEED_REGISTRY, tmp_path / "out", root=tmp_path) == 0
    return tmp_path / "out"


def names(out: Path, article: str, field: str) -> set[str]:
    """Every spelling of the entries an article's digest lists under `field`."""
    digest = yaml.safe_load((out / "articles" / f"{article}.yaml").read_text("utf-8"))
    return {w for entry in digest.get(field) or [] for w in entry["as_written"]}
