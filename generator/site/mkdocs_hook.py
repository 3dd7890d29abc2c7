"""MkDocs hook: add the pages rendered from the digests. Only wiring; see generator.site.

Configured in mkdocs.yml as `hooks: [generator/site/mkdocs_hook.py]`; its settings are
`extra.briefing` (see generator.site.config), checked when the configuration is read.
"""

from __future__ import annotations

import logging
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File, Files, InclusionLevel

from generator.site.config import digests_folder
from generator.site.pages import NAV_PAGES, render_folder

log = logging.getLogger("mkdocs.plugins.briefing")


def _here(config: MkDocsConfig) -> Path:
    """The folder of mkdocs.yml: settings are relative to it, and `make site` runs the
    digest step there (its cache lets the build skip parsing YAML)."""
    return Path(config.config_file_path or "mkdocs.yml").parent


def _folder(config: MkDocsConfig) -> Path:
    try:
        return digests_folder(config.extra.get("briefing"), _here(config))
    except ValueError as error:
        raise PluginError(str(error)) from None


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    _folder(config)  # fail before building anything
    return config


def on_files(files: Files, /, *, config: MkDocsConfig) -> Files:
    folder = _folder(config)
    pages, problems = render_folder(folder, root=_here(config))
    for problem in problems:
        log.warning(problem)
    for path, markdown in pages.items():
        inclusion = InclusionLevel.UNDEFINED if path in NAV_PAGES else InclusionLevel.NOT_IN_NAV
        files.append(File.generated(config, path, content=markdown, inclusion=inclusion))
    return files
