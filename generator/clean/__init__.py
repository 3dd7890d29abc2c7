"""Cleaning: the article's text out of a page's lines, and the metadata they give.

`clean(lines)` keeps the article body, removes what surrounds it (menus, teasers,
prompts, captions, comments), each removed line with its reason, and reads the headline,
byline, date line and outlet from the text.
"""

from generator.clean.lines import PARAGRAPH_BREAK, Block, Cleaned, clean

__all__ = ["PARAGRAPH_BREAK", "Block", "Cleaned", "clean"]
