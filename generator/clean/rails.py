"""A rail of other stories: excerpts cut off mid-sentence, each under its headline.

A "You may also like" or "Recommended for you" box shows each story as a headline over
its first words, cut with an ellipsis ("...a close eye on the …", "...being left... Read…").
A page's copy keeps the box as lines that read as prose, and the people they name are not
the article's. A writer may trail off one paragraph with an ellipsis; a box cuts several.
"""

from __future__ import annotations

import re

from generator.clean.shape import Line
from generator.settings import (
    CLEAN_RAIL_MIN_EXCERPTS,
    CLEAN_TITLE_MAX_WORDS,
    CLEAN_TITLE_MIN_WORDS,
)

__all__ = ["rail_lines"]

# a word cut by an ellipsis at the line's end, perhaps followed by a link's one word
# with its own ellipsis ("the screens… Read…")
_CUT = re.compile(r"[^\W_][,;]?\s?(?:\.\.\.|…)(?:\s[^\W\d_]+(?:\.\.\.|…))?$")


def _cut(line: Line) -> bool:
    """A line of one sentence cut off: a story's first words, at least a headline's
    length (a reader's comment trailing off ends its last sentence, not its first; a
    section's lead-in, "The bottom line ...", is a few words)."""
    return (
        line.sentences <= 1 and line.words >= CLEAN_TITLE_MIN_WORDS and bool(_CUT.search(line.text))
    )


def rail_lines(lines: list[Line]) -> set[int]:
    """Positions of the excerpts of a rail and of the headline over each: none unless the
    page cuts at least CLEAN_RAIL_MIN_EXCERPTS lines."""
    excerpts = [i for i, line in enumerate(lines) if _cut(line)]
    if len(excerpts) < CLEAN_RAIL_MIN_EXCERPTS:
        return set()
    found = set(excerpts)
    for i in excerpts:
        above = lines[i - 1] if i > 0 else None
        if above is not None and not above.sentence and above.words <= CLEAN_TITLE_MAX_WORDS:
            found.add(i - 1)
    return found
