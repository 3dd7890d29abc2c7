"""The model's attribute rules matched by lookup (`article.attributes`) leave every token
as spaCy's own attribute ruler does, and the columns read off a Doc at once
(`article.cached`) are what spaCy gives token by token. Texts written for these tests."""

from __future__ import annotations

from typing import Any, cast

import pytest
import spacy
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc

from generator.article import cached
from generator.article.attributes import indexed
from generator.article.nlp import MODEL, load

# contractions and slang the rules single out, spaces, a line break, a dependency
# exception ("that" as a marker), a quote and figures
TEXTS = [
    "The ferry operator ain't gonna cut fares, its chief said on Tuesday.\n\n"
    "\"We don't know,\" said Marta Vidal, who runs the port's  union.",
    "Officials said that 1,200 workers - about 14% of staff - would lose their jobs; "
    "y'all know it, she added.   Gotta go.",
    "",
    "  \n ",
    "Rain.",
]


def _stock() -> spacy.language.Language:
    nlp = spacy.load(MODEL, exclude=["lemmatizer"])
    nlp.add_pipe("briefing_boundaries", before="parser")
    return nlp


def _tokens(doc: Any) -> list[tuple[Any, ...]]:
    return [
        (t.text, t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_, t.head.i, t.ent_type_) for t in doc
    ]


def test_rules_by_lookup_leave_each_token_as_spacy_does() -> None:
    ours, stock = load(), _stock()
    assert "briefing_attributes" in ours.pipe_names
    assert "attribute_ruler" not in ours.pipe_names
    for text in TEXTS:
        assert _tokens(ours(text)) == _tokens(stock(text))


def test_the_same_matches_as_the_matcher() -> None:
    stock = _stock()
    ruler = cast(AttributeRuler, stock.get_pipe("attribute_ruler"))
    lookup = indexed(ruler)
    assert lookup is not None
    before = stock.pipe_names[: stock.pipe_names.index("attribute_ruler")]
    for text in TEXTS:
        with stock.select_pipes(enable=before):
            doc = stock(text)
        assert lookup.match(doc) == ruler.match(doc)


@pytest.mark.parametrize(
    "pattern",
    [
        [{"ORTH": "gonna"}],  # an attribute not read here
        [{"LOWER": "fares", "OP": "?"}],  # an operator
        [{"LOWER": {"FUZZY": "fares"}}],  # a test not read here
    ],
)
def test_a_rule_of_another_shape_is_left_to_spacy(pattern: list[dict[str, Any]]) -> None:
    ruler = AttributeRuler(spacy.blank("en").vocab)
    ruler.add([[{"TAG": "NN"}]], {"POS": "NOUN"})
    assert indexed(ruler) is not None
    ruler.add([pattern], {"POS": "VERB"})
    assert indexed(ruler) is None


def test_a_rule_setting_more_than_the_token_is_left_to_spacy() -> None:
    # the norm is set on the word's lexeme too, for every later text
    ruler = AttributeRuler(spacy.blank("en").vocab)
    ruler.add([[{"TAG": "NN"}]], {"POS": "NOUN", "NORM": "thing"})
    assert indexed(ruler) is None


def test_rules_reaching_one_token_are_applied_in_the_rulers_order() -> None:
    # a later rule overrides what an earlier one set on the same token, whichever of
    # its tokens the later rule starts at
    vocab = spacy.blank("en").vocab
    ruler = AttributeRuler(vocab)
    ruler.add([[{"LOWER": "rain"}]], {"POS": "NOUN", "LEMMA": "rain"})
    ruler.add([[{"LOWER": "the"}, {"LOWER": "rain"}]], {"POS": "PROPN"}, index=1)
    ruler.add([[{"IS_SPACE": False}]], {"MORPH": "Number=Sing"})
    lookup = indexed(ruler)
    assert lookup is not None
    for words in (["the", "rain"], ["rain", "the"], ["rain"], []):
        mine, spacys = Doc(vocab, words=words), Doc(vocab, words=words)
        lookup(mine)
        ruler.set_annotations(spacys, ruler.match(spacys))  # type: ignore[no-untyped-call]
        assert lookup.match(mine) == ruler.match(spacys)
        assert _tokens(mine) == _tokens(spacys)


def test_columns_read_at_once_are_spacys() -> None:
    for doc in load().pipe(TEXTS):
        assert cached.text(doc) == doc.text
        assert cached.words(doc) == tuple(t.text for t in doc)
        assert cached.lowers(doc) == tuple(t.lower_ for t in doc)
        assert cached.tags(doc) == tuple(t.pos_ for t in doc)
        assert cached.ent_types(doc) == tuple(t.ent_type_ for t in doc)
        assert cached.deps(doc) == tuple(t.dep_ for t in doc)
        assert cached.chars(doc) == [t.idx for t in doc]
        assert cached.sentences(doc) == tuple(
            (s.start, s.end, s.start_char, s.text) for s in doc.sents
        )
        cached.release(doc)
