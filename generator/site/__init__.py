"""Digests to the site's pages: pure rendering functions, and the thin MkDocs hook."""

from generator.site.escape import ascii_fold, escape_text
from generator.site.pages import NAV_PAGES, render_folder, render_pages, write_pages

__all__ = ["NAV_PAGES", "ascii_fold", "escape_text", "render_folder", "render_pages", "write_pages"]
