"""The model's attribute rules matched by lookup: the same matches as spaCy's Matcher.

The model's `attribute_ruler` sets each token's part of speech from its tag, with a few
exceptions by word and dependency: 179 rules of one or two tokens, each an equality, a
set or a pattern test of the tag, the lower case, the dependency or "is space". spaCy
runs them through its general Matcher and sets each match's attributes through a Span:
13 ms per article on 300 articles (BBC and generated), a sixth of the parse. Here each
value of each column (a tag, a word, a dependency, a space or not) is tested once for
the whole run, as the set of rules whose first token it passes (bits of an int); a
token's rules are the intersection of its four values' sets. The attributes a rule sets
are the token's own (part of speech, tag, morphology, lemma, dependency, which spaCy's
`set_token_attrs` sets on the token alone): what the rules reaching a token set, merged
in the ruler's order (the last to set one wins, as when the ruler sets them match by
match), is set on it once, with the same function. Every token ends as spaCy's ruler
leaves it; on those 300 articles 1.0 ms per article (3.0 when the matches found by
lookup went to the ruler's own `set_annotations`). A ruler with a rule of any other
shape, or setting anything else, is left to spaCy.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, cast

if TYPE_CHECKING:  # the language model is imported only by runs that parse
    from spacy.pipeline import AttributeRuler
    from spacy.tokens import Doc

__all__ = ["IndexedRuler", "indexed"]

# what a token is tested on: the columns `IndexedRuler.match` reads, in this order
_FIELDS = ("TAG", "LOWER", "DEP", "IS_SPACE")
# a test of one column: the column and whether its value (a string id, or 0/1) passes
_Test = tuple[int, Callable[[int], bool]]
# a rule: its number (its precedence), its Matcher key, the tests of each token, and
# which of its tokens it sets (`ruler.indices`, counted from its first)
_Rule = tuple[int, int, list[list[_Test]], int]
# what a rule may set: the token's own attributes, set on nothing else
_OWN = ("LEMMA", "POS", "TAG", "DEP", "MORPH")


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


class _Passing(dict[int, int]):
    """The rules whose first token a value of one column passes, as bits, by value:
    found once per value, when first seen."""

    def __init__(self) -> None:
        super().__init__()
        self.always = 0  # the rules that do not test this column
        self.named: dict[int, int] = {}  # the rules that name the value (equal, "IN")
        self.tested: list[tuple[int, Callable[[int], bool]]] = []  # the others: bit, test

    def __missing__(self, value: int) -> int:
        bits = self.always | self.named.get(value, 0)
        for bit, test in self.tested:
            if test(value):
                bits |= bit
        self[value] = bits
        return bits


@dataclass(frozen=True)
class _Plan:
    """What a token starting a given set of rules gets: the rules of one token (their
    numbers and keys, and the attributes they set, merged), and the longer rules, whose
    next tokens are still to test."""

    single: tuple[tuple[int, int], ...]
    attributes: dict[int, int]
    longer: tuple[_Rule, ...]


class IndexedRuler:
    """Called as the ruler is: finds its matches by lookup and sets what they set."""

    def __init__(self, ruler: AttributeRuler) -> None:
        from spacy.attrs import IDS

        self.ruler = ruler
        strings = ruler.vocab.strings
        if any(set(attrs) - {IDS[name] for name in _OWN} for attrs in ruler.attrs):
            raise _Unsupported(ruler.attrs)
        self.rules: list[_Rule] = []
        self.passing = [_Passing() for _ in _FIELDS]
        for number, rule in enumerate(ruler.patterns):  # the ruler's keys: "0", "1", ...
            key = strings[str(number)]
            for spec in cast("list[list[dict[str, Any]]]", rule["patterns"]):
                if not spec or any(set(token) - set(_FIELDS) for token in spec):
                    raise _Unsupported(spec)
                index = ruler.indices[number]
                target = index if index >= 0 else len(spec) + index
                if not 0 <= target < len(spec):  # spaCy's ruler fails on such a match
                    raise _Unsupported(index)
                tokens = [[_test(f, v, strings) for f, v in token.items()] for token in spec]
                self._index(len(self.rules), spec[0], tokens[0], strings)
                self.rules.append((number, key, tokens, target))
        self.plans: dict[int, _Plan] = {}
        # the attributes of each set of rules reaching one token, merged in their order
        self.merged: dict[tuple[int, ...], dict[int, int]] = {}

    def _index(self, j: int, first: dict[str, Any], tests: list[_Test], strings: Any) -> None:
        """Rule `j` in each column's `_Passing`, by what its first token asks of it."""
        asked = {column: test for column, test in tests}
        for column, passing in enumerate(self.passing):
            ids = _ids(first[_FIELDS[column]], strings) if column in asked else None
            if column not in asked:
                passing.always |= 1 << j
            elif ids is not None:
                for value in ids:
                    passing.named[value] = passing.named.get(value, 0) | 1 << j
            else:
                passing.tested.append((1 << j, asked[column]))

    def _plan(self, bits: int) -> _Plan:
        plan = self.plans.get(bits)
        if plan is None:
            rules = [rule for j, rule in enumerate(self.rules) if bits >> j & 1]
            single = sorted({(number, key) for number, key, tokens, _ in rules if len(tokens) == 1})
            plan = _Plan(
                single=tuple(single),
                attributes=self._merge(tuple(number for number, _ in single)),
                longer=tuple(rule for rule in rules if len(rule[2]) > 1),
            )
            self.plans[bits] = plan
        return plan

    def _merge(self, numbers: tuple[int, ...]) -> dict[int, int]:
        merged = self.merged.get(numbers)
        if merged is None:
            merged = {}
            for number in numbers:
                merged.update(self.ruler.attrs[number])
            self.merged[numbers] = merged
        return merged

    def _matches(self, doc: Doc) -> tuple[list[_Plan], set[tuple[int, int, int, int, int]]]:
        """Each token's plan, and the matches of the longer rules, each once as the
        Matcher gives it: (rule number, rule key, start, end, the token it sets)."""
        from spacy.attrs import DEP, IS_SPACE, LOWER, TAG

        columns = doc.to_array([TAG, LOWER, DEP, IS_SPACE]).T.tolist() if len(doc) else []
        if not columns:
            return [], set()
        tags, lowers, deps, spaces = self.passing
        plans = [
            self._plan(tags[t] & lowers[w] & deps[d] & spaces[s])
            for t, w, d, s in zip(*columns, strict=True)
        ]
        longer: set[tuple[int, int, int, int, int]] = set()
        for i, plan in enumerate(plans):
            for number, key, tokens, target in plan.longer:
                end = i + len(tokens)
                if end <= len(plans) and all(
                    test(columns[column][i + k])
                    for k in range(1, len(tokens))
                    for column, test in tokens[k]
                ):
                    longer.add((number, key, i, end, i + target))
        return plans, longer

    def match(self, doc: Doc) -> list[tuple[int, int, int, int]]:
        """`ruler.match(doc)`: (rule number, rule key, start, end), sorted."""
        plans, longer = self._matches(doc)
        found = {(n, key, i, i + 1) for i, plan in enumerate(plans) for n, key in plan.single}
        return sorted(found | {match[:4] for match in longer})

    def __call__(self, doc: Doc) -> Doc:
        """What `ruler.set_annotations(doc, ruler.match(doc))` leaves: each token set
        once, with what the rules reaching it set, merged in their order."""
        from spacy.tokens._retokenize import set_token_attrs

        plans, longer = self._matches(doc)
        reaching: dict[int, set[int]] = {}
        for number, _, _, _, target in longer:
            reaching.setdefault(target, set()).add(number)
        for i, (token, plan) in enumerate(zip(doc, plans, strict=True)):
            attributes = plan.attributes
            if i in reaching:
                numbers = reaching[i].union(number for number, _ in plan.single)
                attributes = self._merge(tuple(sorted(numbers)))
            if attributes:
                set_token_attrs(token, attributes)
        return doc


def indexed(ruler: AttributeRuler) -> IndexedRuler | None:
    """The ruler's rules by lookup, or None when one is of a shape not read here."""
    try:
        return IndexedRuler(ruler)
    except _Unsupported:
        return None
