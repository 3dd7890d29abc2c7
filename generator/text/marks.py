"""Quotation marks that open what someone says, and the dashes that set words apart, in
one place for every reader of text."""

from __future__ import annotations

__all__ = ["CLOSING_QUOTES", "DASHES", "OPENING", "OPENING_QUOTES", "SIGNING_DASHES"]

# what may stand between a quote's opening and the text before it: spaces and opening
# marks, a typewriter pair's apostrophes and backticks included
OPENING = " “\"«'`"

# the marks around a quotation that the parse splits off as tokens of their own
OPENING_QUOTES = frozenset({"“", '"', "‘", "«", "„"})
CLOSING_QUOTES = frozenset({"”", '"', "’", "»"})

# a hyphen-minus, an en dash and an em dash: what sets off an aside ("Ivo Lind - \"...\""),
# a list ("MPs - Keith Vaz, ...") or a date line's parts, as a token or a line's end
DASHES = ("-", "–", "—")
# and the horizontal bar, the quotation dash: what signs a letter or a vox pop after its
# words (""...." ― Ana Ruiz")
SIGNING_DASHES = frozenset({*DASHES, "―"})
