"""Sentence parses kept for the disagreement rules: read back exactly as the language
model gave them, each text parsed once, and a run that has every parse kept never
loads the model."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from typing import Any

import pytest
from digest_samples import bare_report

from generator.article import nlp
from generator.corpus import disagree
from generator.corpus.disagree.parsed import Doc, plain

# written for these tests: negation, a conditional question, figures with currency and
# multipliers, a possessor, a quote, a particle verb, a sentence the parser may split
SENTENCES = [
    "The harbour authority said on Monday that 40 ferries were cancelled, not 25 as first"
    " reported.",
    "Mayor Lena Tomic did not rule out a second vote, though she has no plans to call one.",
    "If the talks fail, would the dockers' union strike again before 2026?",
    "Officials dismissed claims by the opposition that the £80m repair budget was spent.",
    "Ms Tomic's deputy, Ivo Maric, told reporters: “We will rebuild the bridge.” He left.",
    "About 1,200 residents – roughly 14% of the town – played down the risk.",
]


def _facts(doc: Any) -> list[Any]:
    """Every token attribute the rules read, as indexes and strings."""
    return [
        (
            t.i, t.idx, len(t), t.text, t.lower_, t.pos_, t.tag_, t.dep_, t.head.i,
            t.left_edge.i, t.right_edge.i, [c.i for c in t.children], [c.i for c in t.subtree],
            [a.i for a in t.ancestors], t.sent.text, t.like_num, t.is_stop, t.is_punct,
        )
        for t in doc
    ]  # fmt: skip


def test_a_kept_parse_reads_as_the_model_gave_it() -> None:
    for doc in nlp.load().pipe(SENTENCES, disable=["ner"]):
        kept = Doc(plain(doc))
        assert kept.text == doc.text
        assert _facts(kept) == _facts(doc)
        n = len(doc.text)
        for start, end in itertools.combinations(range(n + 1), 2):
            theirs = doc.char_span(start, end, alignment_mode="expand")
            ours = kept.char_span(start, end)
            assert (theirs is None) == (ours is None)
            if theirs is not None and ours is not None:
                assert [t.i for t in ours] == [t.i for t in theirs]
        for start, end in itertools.product(range(len(doc) + 1), repeat=2):
            assert kept.span(start, end).text == doc[start:end].text


TOLL = "12 people were killed when the river bridge collapsed on Sunday, police said."
OTHER_TOLL = "15 people were killed when the river bridge collapsed on Sunday, police said."


def test_each_text_is_parsed_once_and_kept_parses_need_no_model(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # two stories that carry the same sentence word for word
    groups = [
        [bare_report(1, [TOLL]), bare_report(2, [OTHER_TOLL])],
        [bare_report(3, [TOLL]), bare_report(4, [OTHER_TOLL])],
    ]
    parsed: list[str] = []
    model = nlp.load()

    class Counting:
        def pipe(self, texts: Any, **options: Any) -> Iterator[Any]:
            texts = list(texts)
            parsed.extend(texts)
            return iter(model.pipe(texts, **options))

    monkeypatch.setattr(nlp, "load", Counting)
    parses = disagree.Parses()
    first = disagree.find(groups, {}, parses)
    assert sorted(parsed) == sorted([TOLL, OTHER_TOLL])
    assert all(d.about.startswith("different figures") for found in first for d in found)
    assert [len(found) for found in first] == [1, 1]

    def no_model() -> None:
        raise AssertionError("the model was loaded")

    monkeypatch.setattr(nlp, "load", no_model)
    again = disagree.Parses(parses.used)
    assert disagree.find(groups, {}, again) == first
    assert again.used == parses.used
