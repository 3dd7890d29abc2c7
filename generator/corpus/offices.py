"""One role per office on a person's page: the ways sources write one office merged.

"Minister of Defence of Estonia" and "Minister of Defense of Estonia" are one office, as
are "Ex-Home Secretary" and "Former Home Secretary"; so are "National Security Adviser
of Estonia" and "President's Adviser on National Security Matters (Estonia)": the words
of one (spellings and small words aside) are all in the other. A role joins the most
specific office it is part of, only when it is part of one office alone ("Minister"
beside two ministries stays apart), and an office of two words or more never joins its
former one ("Home Secretary" stays apart from "Former Home Secretary": the articles of
each tell a different time). The office is shown as the registry writes it, else
as most articles do, else in its fullest form of readable length.
"""

from __future__ import annotations

import re

from generator import lexicon
from generator.model import Role
from generator.settings import ROLE_WORDS_READABLE

__all__ = ["offices"]

_SMALL = lexicon.words("stopwords", "title_small_words")
_SAME_TITLE = lexicon.table("titles", "same_title")
_SPELLINGS = lexicon.table("titles", "role_spellings")
_FORMER = frozenset(str(_SPELLINGS.get(w, w)) for w in lexicon.words("titles", "former"))


def _words(role: str) -> frozenset[str]:
    """The role's words: folded, possessives and small words out, one spelling each."""
    words = set()
    for word in re.findall(r"[\w’']+", role.casefold()):
        word = re.sub(r"['’]s?$", "", word)
        if word and word not in _SMALL:
            word = str(_SAME_TITLE.get(word, word))
            words.add(str(_SPELLINGS.get(word, word)))
    return frozenset(words)


def _now_and_then(held: frozenset[str], office: frozenset[str]) -> bool:
    """Whether an office of two words or more and its former holder's are both meant:
    "Home Secretary" and "Former Home Secretary" tell two times; a bare "President" or
    "Leader" beside "Former President" is too little to tell, and joins it."""
    return len(held) > 1 and bool((office - held) & _FORMER)


def _shape(role: str) -> tuple[bool, int, str]:
    """Fuller first, up to a readable length: "Minister of Defence of Estonia" before
    "Minister of Defence", both before a clause-long apposition."""
    words = len(role.split())
    return words > ROLE_WORDS_READABLE, -words, role


def offices(roles: dict[str, set[str]], curated: list[str]) -> list[Role]:
    """The roles (role -> articles giving it; `curated`: the registry's), one per office,
    with the articles of all its spellings; most articles first."""
    words = {role: _words(role) for role in roles}
    # most specific first: a role joins an office at least as specific as itself
    ordered = sorted(roles, key=lambda r: (-len(words[r]), r not in curated, -len(roles[r]), r))
    members: dict[str, list[str]] = {}  # the office's first role -> its roles
    for role in ordered:
        holders = [
            o
            for o in members
            if words[role] <= words[o] and words[role] and not _now_and_then(words[role], words[o])
        ]
        if len(holders) == 1:
            members[holders[0]].append(role)
        else:
            members[role] = [role]
    found = []
    for group in members.values():
        shown = min(group, key=lambda r: (r not in curated, -len(roles[r]), *_shape(r)))
        articles = set().union(*(roles[r] for r in group))
        found.append(Role(shown, sorted(articles)))
    return sorted(found, key=lambda r: (-len(r.articles), r.role))
