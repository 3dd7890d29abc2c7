"""MkDocs hook: add the pages rendered from the digests. Only wiring; see generator.site.

Configured in mkdocs.yml as `hooks: [generator/site/mkdocs_hook.py]`; its settings are
`extra.briefing` (see generator.site.config), checked when the configuration is read.
Under `mkdocs serve`, each rebuild first runs `python -m generator digest` (which stops
at once when no source changed), so an article dropped into the sources folder shows up.
"""

from __future__ import annotations

import logging
import subprocess
import sys
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File, Files, InclusionLevel

from generator.site.config import digests_folder, inputs_folders
from generator.site.pages import NAV_PAGES, render_folder

log = logging.getLogger("mkdocs.plugins.briefing")
_serving = False


def _here(config: MkDocsConfig) -> Path:
    """The folder of mkdocs.yml: settings are relative to it, and `make site` runs the
    digest step there (its cache lets the build skip parsing YAML)."""
    return Path(config.config_file_path or "mkdocs.yml").parent


def _folder(config: MkDocsConfig) -> Path:
    try:
        return digests_folder(config.extra.get("briefing"), _here(config))
    except ValueError as error:
        raise PluginError(str(error)) from None


def on_startup(*, command: str, dirty: bool) -> None:
    global _serving
    _serving = command == "serve"


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    """Read again on every rebuild while serving: then digest the sources first."""
    if _serving:
        _digest(config)
    _folder(config)  # fail before building anything
    return config


def _digest(config: MkDocsConfig) -> None:
    """`python -m generator digest` in its own process (the generator's code as it is
    now; a failure there is logged and never stops the preview)."""
    here = _here(config)
    settings = config.extra.get("briefing")
    sources, registry = inputs_folders(settings, here)
    out = here / (settings or {}).get("digests", "content/digests")
    command = [sys.executable, "-m", "generator", "digest", "--sources", str(sources),
               "--registry", str(registry), "--out", str(out)]  # fmt: skip
    done = subprocess.run(command, cwd=here, capture_output=True, text=True, check=False)
    for line in (done.stdout + done.stderr).splitlines():
        (log.info if done.returncode == 0 else log.warning)(line)


def on_files(files: Files, /, *, config: MkDocsConfig) -> Files:
    folder = _folder(config)
    pages, problems = render_folder(folder, root=_here(config))
    for problem in problems:
        log.warning(problem)
    for path, markdown in pages.items():
        inclusion = InclusionLevel.UNDEFINED if path in NAV_PAGES else InclusionLevel.NOT_IN_NAV
        files.append(File.generated(config, path, content=markdown, inclusion=inclusion))
    return files
