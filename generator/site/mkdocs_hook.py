"""MkDocs hook: add the pages rendered from the digests. Only wiring; see generator.render.

Configured in mkdocs.yml as `hooks: [generator/site/mkdocs_hook.py]`; the digests folder is
`extra.briefing.digests`, relative to mkdocs.yml.
"""

from __future__ import annotations

import logging
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, Files, InclusionLevel

from generator.site.render import NAV_PAGES, render_folder

log = logging.getLogger("mkdocs.plugins.briefing")


def on_files(files: Files, /, *, config: MkDocsConfig) -> Files:
    settings = config.extra.get("briefing") or {}
    here = Path(config.config_file_path or "mkdocs.yml").parent
    folder = here / settings.get("digests", "content/digests")
    pages, problems = render_folder(folder, root=here)
    for problem in problems:
        log.warning(problem)
    for path, markdown in pages.items():
        inclusion = InclusionLevel.UNDEFINED if path in NAV_PAGES else InclusionLevel.NOT_IN_NAV
        files.append(File.generated(config, path, content=markdown, inclusion=inclusion))
    return files
