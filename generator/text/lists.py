"""Lines that are nothing but a list of names, told by their text alone: a team sheet
("Walder; May, Tait (Long 60), Stephenson", "Replacements: Peel, Wilson, Shaw").

The article stage reads them with the parse to take every listed name for a person; the
corpus stage reads the same shape in a digest's sentences, so that a bare surname known
only from such a list is never joined to another article's person by the surname alone.
"""

from __future__ import annotations

import re

from generator import lexicon
from generator.settings import ROSTER_ITEMS_MIN

__all__ = ["SEPARATORS", "list_line", "list_part"]

# what stands between two names of a list: "Lowe (Tiago 56), Pryor", "Hodgson for
# Edwards (77)", "Shaw, Purdy; Hart"
SEPARATORS = frozenset({",", ";", ".", "and", "for", "&"})
# the lower-case words a list of names may hold: separators and name particles
_SMALL = SEPARATORS | lexicon.words("names", "particles")
_ASIDES = re.compile(r"\([^)]*\)")  # "(Tiago 56)", "(Stade Toulousain, capt)"
# where a list may start after prose in the same paragraph: a sentence's end, then a
# label of up to four capitalised words and a colon ("... inspection. Leeds: Balshaw; ...")
_LABEL_AFTER_PROSE = re.compile(r"(?<=[.!?] )(?=(?:[A-Z][\w'’.-]* ?){1,4}:)")
_ITEM_BREAK = re.compile(r"[,;.&]|\b(?:and|for)\b")


def _unlabelled(line: str) -> str:
    """The line without its labels, the words between a separator and a colon ("Subs
    Not Used:", ". Not used:")."""
    *labelled, last = line.split(":")
    kept = [part[: max(part.rfind(c) for c in ",;.") + 1] for part in labelled]
    return " ".join([*kept, last])


def _plain(part: str) -> str:
    return _ASIDES.sub(" ", _unlabelled(part)) if "(" in part else _unlabelled(part)


def list_part(line: str) -> tuple[int, str] | None:
    """Where in a paragraph a list of names starts, and the list with its labels: the
    whole paragraph, or what follows its prose ("... inspection. Leeds: Balshaw; ...");
    None when it holds a lower-case word but separators and particles outside brackets
    and labels (most paragraphs are prose, told by their text alone)."""
    for start in (0, *(m.start() for m in _LABEL_AFTER_PROSE.finditer(line))):
        part = line[start:]
        plain = _plain(part)
        if plain.strip() and not any(w[:1].islower() and w not in _SMALL for w in plain.split()):
            return start, part
    return None


def list_line(line: str) -> bool:
    """A sentence that is a list of at least `ROSTER_ITEMS_MIN` names and nothing else
    (labels and bracketed asides aside): "Peel, Wilson, Thompson, Shaw." is one, a
    headline of one name ("Henman Wins") is not."""
    found = list_part(line)
    if found is None or found[0] > 0:
        return False
    items = [i for i in _ITEM_BREAK.split(_plain(found[1])) if i.strip()]
    return len(items) >= ROSTER_ITEMS_MIN
