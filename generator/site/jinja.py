"""The Jinja environment for the page templates: every printed value escaped."""

from __future__ import annotations

from importlib import resources

from jinja2 import Environment, FunctionLoader, StrictUndefined

from generator.site.escape import escape_text, front_list, front_title, join_escaped

__all__ = ["environment"]


def _template_source(name: str) -> str:
    """A page template, read from the package (`site_templates/` in the repo, shipped as
    `generator.site.templates`), so that any install renders, not only an editable one."""
    return (resources.files("generator.site.templates") / name).read_text("utf-8")


def environment() -> Environment:
    env = Environment(
        loader=FunctionLoader(_template_source),
        autoescape=True,  # so blocks and helpers return safe markup, not text to escape again
        finalize=escape_text,  # runs before autoescape on every {{ value }}
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["join"] = join_escaped
    env.filters["front_title"] = front_title
    env.filters["front_list"] = front_list
    return env
