"""Quotes and their speakers, through the article digest, on rule cases written for these
tests (tests/cases/quotes.yaml) and on whole articles in the style of European outlets
(tests/fixtures/quotes/, their key in tests/cases/quote_articles.yaml); and the one list
of verbs of saying."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from generator import lexicon
from generator.article.analyze import analyze, prepare
from generator.article.entities import EntityFinder
from generator.article.nlp import load
from generator.model import ArticleDigest, Quote
from generator.read.sources import Source
from generator.registry import Registry, build_gazetteer, load_registry

ROOT = Path(__file__).resolve().parent
CASES = yaml.safe_load((ROOT / "cases" / "quotes.yaml").read_text(encoding="utf-8"))
ARTICLES = yaml.safe_load((ROOT / "cases" / "quote_articles.yaml").read_text(encoding="utf-8"))
REGISTRY_DIR = ROOT / "fixtures" / "registry"


@pytest.fixture(scope="module")
def finder() -> EntityFinder:
    return EntityFinder(build_gazetteer(load_registry(REGISTRY_DIR)), Registry())


def _digest(text: str, finder: EntityFinder, title: str | None = None) -> ArticleDigest:
    """The digest of `text`; `title` as a web page's headline, kept apart from the text."""
    meta = {"title": title} if title else {}
    lines = text.split("\n")
    source = Source(id="t", path=Path("t.txt"), checksum="sha256:0", lines=lines, meta=meta)
    prepared = prepare(source, "t.txt", Registry())
    return analyze(prepared, load()(prepared.text), finder)


def _check(quotes: list[Quote], case: dict[str, Any]) -> None:
    assert [q.text[:40] for q in quotes] == [
        next((q.text[:40] for q in quotes if q.text.startswith(e["starts"])), e["starts"])
        for e in case["quotes"]
    ], "the quotes found, in order"
    for expected, quote in zip(case["quotes"], quotes, strict=True):
        for field in ("speaker", "as_written", "organization", "partial", "headline"):
            if field in expected:
                assert getattr(quote, field) == expected[field], (expected["starts"], field)
        if "ends" in expected:
            assert quote.text.rstrip(" .,").endswith(expected["ends"]), (
                expected["starts"],
                quote.text,
            )
    for words in case.get("absent", []):
        assert not any(q.text.startswith(words) for q in quotes), words


@pytest.mark.slow
@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_quote_case(case: dict[str, Any], finder: EntityFinder) -> None:
    _check(_digest(case["text"], finder, case.get("title")).quotes, case)


@pytest.mark.slow
@pytest.mark.parametrize("case", ARTICLES, ids=[c["article"] for c in ARTICLES])
def test_quote_article(case: dict[str, Any], finder: EntityFinder) -> None:
    text = (ROOT / "fixtures" / "quotes" / f"{case['article']}.txt").read_text(encoding="utf-8")
    _check(_digest(text, finder).quotes, case)


@pytest.mark.slow
def test_a_firm_the_model_tags_a_person_is_an_organisation(finder: EntityFinder) -> None:
    """A name the verdict judges a firm's ("shares in Denholm") is one of the article's
    organisations with every spelling, tagged a person or not, and nobody's."""
    text = "The bid values Denholm at £2bn. Shares in Denholm rose 12%.\n\nDenholm said it was pleased."
    digest = _digest(text, finder)
    assert [(o.id, o.as_written, o.sentences) for o in digest.organizations] == [
        ("denholm", ["Denholm"], [0, 1, 2])
    ]
    assert not digest.people and not digest.candidates


@pytest.mark.slow
def test_an_organisation_is_listed_by_its_name_alone(finder: EntityFinder) -> None:
    """The model's organisation spans carry words around the name: a bracket's opening,
    a possessive's mark, a prefix or a common noun, a quotation mark and the words after
    it. The name is listed without them; a noun phrase with no name in it is no body."""
    text = (
        "The World Food Organisation (WFO) said prices rose, and Harbour Air Lines' shares "
        "fell.\n\nThe rival bank Kestrel Holdings rose 3%, while the al-Nour Front said it "
        'would fight on.\n\nMeanwhile the Kalembo accused the federation of a "cynical '
        'and empty" stunt over ticket prices.'
    )
    names = [o.as_written for o in _digest(text, finder).organizations]
    assert ["World Food Organisation"] in names and ["Harbour Air Lines"] in names
    assert ["Kestrel Holdings"] in names and ["al-Nour Front"] in names
    assert not any('"' in n or n.islower() for spellings in names for n in spellings)


@pytest.mark.slow
def test_a_body_is_listed_without_the_name_of_the_one_holding_an_office_in_it(
    finder: EntityFinder,
) -> None:
    """ "Minister in the Department of Transport Brian Aherne" tagged as one organisation:
    the department is the body, Brian Aherne a person."""
    text = "Minister in the Department of Transport Brian Aherne said the plan was final."
    digest = _digest(text, finder)
    assert [o.as_written for o in digest.organizations] == [["Department of Transport"]]
    assert [p.id for p in digest.people] == ["brian-aherne"]


def test_one_list_of_verbs_of_saying() -> None:
    verbs = lexicon.words("speech", "verbs")
    assert lexicon.words("speech", "quoting") <= verbs
    # every form of a verb a quote is framed with, as the parser has no lemmas
    for forms in ("say says said saying", "respond responds responded responding"):
        assert set(forms.split()) <= verbs
