"""`python -m generator render`: the site's pages as Markdown files, for other engines."""

from __future__ import annotations

import sys
from pathlib import Path

from generator.site.pages import render_folder, write_pages

__all__ = ["run_render"]


def run_render(digests: Path, out: Path) -> int:
    """Write the pages rendered from `digests` under `out`; 1 when a digest was skipped."""
    pages, problems = render_folder(digests)
    for problem in problems:
        print(problem, file=sys.stderr)
    changed = write_pages(pages, out)
    print(f"{len(pages)} pages in {out}, {changed} changed")
    return 1 if problems else 0
