"""The model's attribute rules matched by lookup: the same matches as spaCy's Matcher.

The model's `attribute_ruler` sets each token's part of speech from its tag, with a few
exceptions by word and dependency: 179 rules of one or two tokens, each an equality, a
set or a pattern test of the tag, the lower case, the dependency or "is space". spaCy
runs them through its general Matcher: 6-7 ms of an article's 62 ms parse on 300 BBC
articles, most of what the digest's analysis costs beyond bare spaCy. Here the rules a
token can start are looked up by its values (once per distinct tag, word, dependency
and space, then remembered), and the matches, sorted as the ruler sorts them, go to the
ruler's own `set_annotations`: every token ends as spaCy's ruler leaves it. A ruler
with a rule of any other shape is left to spaCy.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, cast

if TYPE_CHECKING:  # the language model is imported only by runs that parse
    from spacy.pipeline import AttributeRuler
    from spacy.tokens import Doc

__all__ = ["IndexedRuler", "indexed"]

# what a token is tested on: the columns `IndexedRuler.match` reads, in this order
_FIELDS = ("TAG", "LOWER", "DEP", "IS_SPACE")
# a test of one column: the column and whether its value (a string id, or 0/1) passes
_Test = tuple[int, Callable[[int], bool]]
# a rule: its number (its precedence), its Matcher key, and the tests of each token
_Rule = tuple[int, int, list[list[_Test]]]


class _Unsupported(Exception):
    """A rule this lookup does not read as the Matcher would."""


def _ids(value: Any, strings: Any) -> frozenset[int] | None:
    """The values a test accepts, when it names them (an equality, "IN"); else None."""
    if isinstance(value, bool):
        return frozenset({int(value)})
    if isinstance(value, str):
        return frozenset({strings[value]})
    if isinstance(value, dict) and list(value) == ["IN"] and isinstance(value["IN"], list):
        return frozenset(strings[v] if isinstance(v, str) else v for v in value["IN"])
    return None


def _test(field: str, value: Any, strings: Any) -> _Test:
    column = _FIELDS.index(field)
    if (field == "IS_SPACE") != isinstance(value, bool):
        raise _Unsupported(value)
    accepted = _ids(value, strings)
    if accepted is not None:
        return column, accepted.__contains__
    if isinstance(value, dict) and len(value) == 1:
        predicate, argument = next(iter(value.items()))
        if predicate == "NOT_IN" and isinstance(argument, list):
            refused = frozenset(strings[a] if isinstance(a, str) else a for a in argument)
            return column, lambda v: v not in refused
        if predicate == "REGEX" and isinstance(argument, str):
            search = re.compile(argument).search
            return column, lambda v: search(strings[v]) is not None
    raise _Unsupported(value)


class IndexedRuler:
    """Called as the ruler is: finds its matches by lookup, then sets them its way."""

    def __init__(self, ruler: AttributeRuler) -> None:
        self.ruler = ruler
        strings = ruler.vocab.strings
        # rules by a value their first token must have: (column, value) -> rules
        self.by_first: dict[tuple[int, int], list[_Rule]] = {}
        self.anywhere: list[_Rule] = []  # rules whose first token names no value
        # the rules whose first token each distinct row of values passes
        self.starting: dict[tuple[int, ...], list[_Rule]] = {}
        for number, rule in enumerate(ruler.patterns):  # the ruler's keys: "0", "1", ...
            key = strings[str(number)]
            for spec in cast("list[list[dict[str, Any]]]", rule["patterns"]):
                if not spec or any(set(token) - set(_FIELDS) for token in spec):
                    raise _Unsupported(spec)
                tokens = [[_test(f, v, strings) for f, v in token.items()] for token in spec]
                named = [(f, _ids(v, strings)) for f, v in spec[0].items()]
                field, values = next(((f, ids) for f, ids in named if ids is not None), ("", None))
                if values is None:
                    self.anywhere.append((number, key, tokens))
                for value in values or ():
                    where = (_FIELDS.index(field), value)
                    self.by_first.setdefault(where, []).append((number, key, tokens))

    def _starting(self, row: tuple[int, ...]) -> list[_Rule]:
        found = self.starting.get(row)
        if found is None:
            candidates = [r for c, v in enumerate(row) for r in self.by_first.get((c, v), ())]
            found = [
                rule
                for rule in candidates + self.anywhere
                if all(test(row[column]) for column, test in rule[2][0])
            ]
            self.starting[row] = found
        return found

    def match(self, doc: Doc) -> list[tuple[int, int, int, int]]:
        """`ruler.match(doc)`: (rule number, rule key, start, end), sorted."""
        from spacy.attrs import DEP, IS_SPACE, LOWER, TAG

        rows = [tuple(r) for r in doc.to_array([TAG, LOWER, DEP, IS_SPACE]).tolist()]
        found: set[tuple[int, int, int, int]] = set()  # the Matcher gives each match once
        for i, row in enumerate(rows):
            for number, key, tokens in self._starting(row):
                end = i + len(tokens)
                if end <= len(rows) and all(
                    test(rows[i + k][column])
                    for k in range(1, len(tokens))
                    for column, test in tokens[k]
                ):
                    found.add((number, key, i, end))
        return sorted(found)

    def __call__(self, doc: Doc) -> Doc:
        self.ruler.set_annotations(doc, self.match(doc))  # type: ignore[no-untyped-call]
        return doc


def indexed(ruler: AttributeRuler) -> IndexedRuler | None:
    """The ruler's rules by lookup, or None when one is of a shape not read here."""
    try:
        return IndexedRuler(ruler)
    except _Unsupported:
        return None
