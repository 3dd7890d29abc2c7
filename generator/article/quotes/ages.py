"""A speaker named by their age alone ("said the 22-year-old"), or by their age and a
nationality ("the 24-year-old Swiss"), is the one person of the article given that age
next to their name ("Tom Reade, 22,", "22-year-old Tom Reade", "Reade, aged 22"). No one
or two of that age, and the phrase names nobody."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from generator.article import cached
from generator.article.entities import PersonCluster

if TYPE_CHECKING:  # the language model is imported only by runs that parse
    from spacy.tokens import Doc, Token

__all__ = ["Ages"]

_AGED = re.compile(r"^the (\d{1,3})[- ]year[- ]old(?: (\w+))?$", re.IGNORECASE)
_BEFORE = re.compile(r"\b(\d{1,3})-year-old\s+$", re.IGNORECASE)
_HYPHEN = re.compile(r"\s*-\s*")
_AFTER = re.compile(r"^,\s+(?:aged\s+)?(\d{1,3})\s*[,.)]")


class Ages:
    def __init__(self, doc: Doc, people: list[PersonCluster]) -> None:
        text = cached.text(doc)
        self.holders: dict[str, set[str]] = {}
        for cluster in people:
            for m in cluster.mentions:
                start, end = doc[m.start].idx, doc[m.end - 1].idx + len(doc[m.end - 1])
                for found in (
                    _BEFORE.search(text[max(0, start - 20) : start]),
                    _AFTER.match(text[end : end + 12]),
                ):
                    if found:
                        self.holders.setdefault(found.group(1), set()).add(cluster.key)

    def stated(self, token: Token) -> bool:
        """Whether the phrase headed by `token` is an age ("the 34-year-old")."""
        return self._age(token) is not None

    def _age(self, token: Token) -> str | None:
        """The age the phrase headed by `token` gives, alone or with a nationality ("the
        24-year-old Swiss"; not "the 60-year-old bridge", nor "the 52-year-old director",
        a description whose words the article may give another)."""
        found = _AGED.match(self._phrase(token))
        if found is None:
            return None
        return found.group(1) if found.group(2) is None or token.ent_type_ == "NORP" else None

    def aged(self, key: str) -> bool:
        """Whether the article gives this person an age next to their name."""
        return any(key in keys for keys in self.holders.values())

    @staticmethod
    def _phrase(token: Token) -> str:
        return _HYPHEN.sub("-", cached.span_text(token.doc, token.left_edge.i, token.i + 1))

    def holder(self, token: Token) -> str | None:
        """The one person of the age that the phrase headed by `token` gives, or None."""
        age = self._age(token)
        keys = self.holders.get(age, set()) if age else set()
        return next(iter(keys)) if len(keys) == 1 else None
