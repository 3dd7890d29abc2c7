"""Quotation marks that open what someone says, in one place for every reader of text."""

from __future__ import annotations

__all__ = ["CLOSING_QUOTES", "OPENING", "OPENING_QUOTES"]

# what may stand between a quote's opening and the text before it: spaces and opening
# marks, a typewriter pair's apostrophes and backticks included
OPENING = " “\"«'`"

# the marks around a quotation that the parse splits off as tokens of their own
OPENING_QUOTES = frozenset({"“", '"', "‘", "«", "„"})
CLOSING_QUOTES = frozenset({"”", '"', "’", "»"})
