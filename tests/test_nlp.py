"""Entities, identities and dates on short news texts written for these tests (quotes:
test_quotes.py)."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest
from seeds import SEED_REGISTRY

from generator.article.analyze import analyze, prepare
from generator.article.entities import EntityFinder
from generator.article.nlp import load
from generator.article.parse import analyse_all
from generator.corpus.resolve import resolve_people
from generator.model import ArticleDigest
from generator.read.sources import Source
from generator.registry import Registry, build_gazetteer, load_registry

REGISTRY_DIR = SEED_REGISTRY


def digest(text: str, aid: str = "t", registry: Registry | None = None) -> ArticleDigest:
    registry = registry or Registry()
    source = Source(id=aid, path=Path(f"{aid}.txt"), checksum="sha256:0", lines=text.split("\n"))
    prepared = prepare(source, f"{aid}.txt", registry)
    finder = EntityFinder(build_gazetteer(load_registry(REGISTRY_DIR)), registry)
    return analyze(prepared, load()(prepared.text), finder)


def people(article: ArticleDigest) -> dict[str, list[str]]:
    return {p.id: p.as_written for p in article.people}


def test_surnames_join_the_full_name_and_places_are_not_people() -> None:
    article = digest(
        "Polish Foreign Minister Radoslaw Sikorski arrived in Kyiv on Monday.\n\n"
        "Sikorski said Poland would send more air defence systems to Ukraine.\n\n"
        "Kyiv welcomed the offer, and Sikorski met officials from the Kremlin's critics.\n\n"
        "To report a typo, select it and press Ctrl + Enter"
    )
    assert people(article) == {"radoslaw-sikorski": ["Radoslaw Sikorski", "Sikorski"]}
    assert article.people[0].roles == ["Minister of Foreign Affairs of Poland"]
    assert {c.id for c in article.countries} == {"poland", "ukraine", "russia"}
    assert {a for c in article.countries for a in c.as_written} >= {"Polish", "Kyiv", "Kremlin"}


def test_codes_and_short_forms_are_countries() -> None:
    article = digest(
        "Troops from the USA, the UK and Great Britain's allies trained with US and Czech units."
    )
    assert {c.id for c in article.countries} == {
        "united-states",
        "united-kingdom",
        "czech-republic",
    }


A1 = """\
Estonian foreign ministry adviser Kristjan Tamm said on Monday that Estonia would host the summit. "We are ready," Tamm said.

Tamm spoke after meeting Latvian Foreign Minister Baiba Braze and Lithuanian officials.
"""
A2 = """\
Kristjan Tam, an adviser at the Estonian foreign ministry, said the summit would open on June 3.

Tam met Baiba Braze in Riga before the announcement.
"""
A3 = """\
British Chancellor Peter Brown told MPs the budget would balance.

Brown spoke in London.
"""
A4 = """\
US Air Force General Curtis Brown said the drill would go ahead.

Brown, the chairman of the Joint Chiefs of Staff, spoke in Washington.
"""


def test_spelling_variants_merge_with_context_and_namesakes_stay_apart() -> None:
    articles = [digest(t, f"a{i}") for i, t in enumerate((A1, A2, A3, A4), start=1)]
    gazetteer = build_gazetteer(load_registry(REGISTRY_DIR))
    identities = {i.name: i for i in resolve_people(articles, gazetteer, Registry())}
    # one article each: either spelling may be canonical, the other is a recorded merge
    tamm = next(i for i in identities.values() if i.name.startswith("Kristjan"))
    assert sorted(n.article for n in tamm.nodes) == ["a1", "a2"]
    assert [m.spelling for m in tamm.merges] == [
        ({"Kristjan Tamm", "Kristjan Tam"} - {tamm.name}).pop()
    ]
    assert any("same country" in e for e in tamm.merges[0].evidence)
    browns = [i for i in identities.values() if "Brown" in i.name]
    assert len(browns) == 2 and {i.country for i in browns} == {"united-kingdom", "united-states"}


def test_registry_links_a_garbled_name_only_when_role_and_country_fit() -> None:
    registry = load_registry(REGISTRY_DIR)
    gazetteer = build_gazetteer(load_registry(REGISTRY_DIR))
    fits = digest(
        "Lithuanian President Gitanas Nauseda said the border would stay shut.", "fit", registry
    )
    misfit = digest(
        "Lithuanian footballer Gitanas Nausedas scored twice on Sunday.", "misfit", registry
    )
    names = {
        n.article: i.name
        for i in resolve_people([fits, misfit], gazetteer, registry)
        for n in i.nodes
    }
    assert names == {"fit": "Gitanas Nausėda", "misfit": "Gitanas Nausedas"}


def test_one_office_and_first_name_do_not_join_surnames_no_garbling_gives() -> None:
    """A successor in the registry person's office with the same first name is another
    person, and so are two holders of one office across articles."""
    registry = load_registry(REGISTRY_DIR)
    gazetteer = build_gazetteer(registry)
    successor = digest(
        "Lithuanian President Gitanas Kausas said the border would stay shut.", "next", registry
    )
    first = digest("Croatian Finance Minister Marta Kovac opened the bond sale.", "kovac")
    second = digest("Croatian Finance Minister Marta Horvat closed the bond sale.", "horvat")
    names = {
        n.article: i.name
        for i in resolve_people([successor, first, second], gazetteer, registry)
        for n in i.nodes
    }
    assert names == {"next": "Gitanas Kausas", "kovac": "Marta Kovac", "horvat": "Marta Horvat"}


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("on Tuesday", "2024-05-14"),
        ("May 10", "2024-05-10"),
        ("last week", "2024-05-09"),
        ("March 2023", "2023-03"),
    ],
)
def test_relative_dates_resolve_against_the_published_date(text: str, date: str) -> None:
    article = digest(
        f"Published: 16 May 2024\n\nThe minister spoke {text} about the plan, officials said."
    )
    assert article.published == "2024-05-16"
    assert [(d.text.removeprefix("on "), d.date) for d in article.dates] == [
        (text.removeprefix("on "), date)
    ]


def test_a_day_without_its_year_is_read_as_the_nearest_to_the_articles_day() -> None:
    article = digest(
        "Published: 16 May 2024\n\nThe bridge stays shut until May 27, and the ferry ran"
        " extra sailings on May 3, the port authority said."
    )
    assert {d.text.split()[-1]: d.date for d in article.dates} == {
        "27": "2024-05-27",  # the coming day, not last year's
        "3": "2024-05-03",
    }


def test_one_mention_in_articles_of_different_days_resolves_against_each_day() -> None:
    # mentions are resolved once per text and day (dateparser is slow): never per text
    found = [
        [
            d.date
            for d in digest(
                (f"Published: {day}\n\n" if day else "")
                + "The council met on Tuesday to approve the budget, officials said."
            ).dates
        ]
        for day in ("16 May 2024", "23 May 2024", "", "16 May 2024")
    ]
    assert found == [["2024-05-14"], ["2024-05-21"], [None], ["2024-05-14"]]


def test_dates_without_a_published_date_stay_unresolved() -> None:
    article = digest(
        "The minister spoke on Tuesday and again on May 10, and in March 2023, officials said."
    )
    assert {d.text: d.date for d in article.dates} == {
        "Tuesday": None,
        "May 10": None,
        "March 2023": "2023-03",
    }


def test_a_date_with_its_year_is_read_within_that_year_never_from_the_run() -> None:
    """ "the last week of 2003" is read from the start of 2003, not the day of the run,
    and a day outside the year it writes is none; a time of day ("0800 GMT") is no year."""
    article = digest(
        "Sales fell in the last week of 2003 and rose on 12 June 2004, officials said. "
        "The polls close at 2200 and results come at 0300."
    )
    assert {d.text: d.date for d in article.dates} == {
        "the last week of 2003": None,
        "12 June 2004": "2004-06-12",
    }


def test_loading_the_model_leaves_the_cycle_collector_paused() -> None:
    # a digest run pauses it; spaCy's msgpack reader (srsly) would turn it back on
    gc.disable()
    try:
        load.__wrapped__()  # a fresh load, not the cached model
        assert not gc.isenabled()
    finally:
        gc.enable()


def _docs() -> int:
    from spacy.tokens import Doc

    return sum(isinstance(o, Doc) for o in gc.get_objects())


def test_an_analysed_article_leaves_no_parse_behind_with_the_collector_paused() -> None:
    # a digest run pauses it: a parse kept alive by a reference cycle was never freed
    text = (
        "Finance Minister Jurgen Ligi said on Tuesday the budget would balance by 2027.\n\n"
        "Ligi told reporters in Tallinn that taxes would not rise."
    )
    source = Source(id="t", path=Path("t.txt"), checksum="sha256:0", lines=text.split("\n"))
    finder = EntityFinder(build_gazetteer(load_registry(REGISTRY_DIR)), Registry())
    load()
    gc.collect()
    gc.disable()
    try:
        before = _docs()
        [(_, result)] = list(analyse_all([(source, "t.txt")], finder, 1))
        assert not isinstance(result, str) and result[0].people
        assert _docs() == before
    finally:
        gc.enable()


def test_the_model_reading_fewer_articles_at_once_gives_the_same_analysis(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # a batch is read a few articles at a time (settings.MODEL_BATCH) to bound a
    # worker's memory: the digests and kept parses are those of one read of the batch
    from generator import settings

    texts = [
        "Finance Minister Jurgen Ligi said on Tuesday the budget would balance by 2027.\n\n"
        "Ligi told reporters in Tallinn that taxes would not rise by 5%.",
        "Floods forced 3,000 people from their homes in Porto on Friday, officials said.\n\n"
        "The mayor, Rui Moreira, said the river had risen faster than in 2001.",
        "Germany and France agreed a new border deal in Brussels.\n\n"
        '"We will not accept delays," said Chancellor Olaf Scholz.',
    ]
    sources = [
        (Source(id=f"t{i}", path=Path(f"t{i}.txt"), checksum=f"sha256:{i}", lines=t.split("\n")),
         f"t{i}.txt")
        for i, t in enumerate(texts)
    ]  # fmt: skip
    finder = EntityFinder(build_gazetteer(load_registry(REGISTRY_DIR)), Registry())
    monkeypatch.setattr(settings, "MODEL_BATCH", 32)
    whole = [result for _, result in analyse_all(sources, finder, 1)]
    monkeypatch.setattr(settings, "MODEL_BATCH", 1)
    assert [result for _, result in analyse_all(sources, finder, 1)] == whole
    assert all(not isinstance(r, str) and r[0].sentences and r[1] for r in whole)


def test_the_columns_read_at_once_are_what_each_token_gives() -> None:
    # the stages scanning every token read lower case, part of speech and entity label
    # from one array (`cached`): they must be what spaCy's Token gives, word for word
    from generator.article import cached

    doc = load()(
        "Ms Kilroy-Silk of the Harbour Party told İlkay Öztürk in São Paulo on Tuesday "
        "that 3,000 ÉLAN members had left.\n\nThe BBC’s Ann Lee said: “No.”"
    )
    assert cached.lowers(doc) == tuple(t.lower_ for t in doc)
    assert cached.tags(doc) == tuple(t.pos_ for t in doc)
    assert cached.ent_types(doc) == tuple(t.ent_type_ for t in doc)
    assert "" in cached.ent_types(doc) and "PROPN" in cached.tags(doc)
    cached.release(doc)
    assert not doc.user_data


def test_the_sentence_kept_for_a_token_is_the_one_spacy_gives() -> None:
    # `cached.sentence` stands for `Token.sent` and `Span.sent` (the sentence of the
    # span's first token), made once per sentence: the same tokens for every token
    from generator.article import cached

    doc = load()(
        "Finance Minister Jurgen Ligi said on Tuesday the budget would balance by 2027. "
        "Taxes would not rise, he said.\n\n"
        "“We will not accept delays,” said Chancellor Olaf Scholz in Berlin.\n\n"
        "Ann Lee, 42, left."
    )
    assert len(list(doc.sents)) >= 4
    for token in doc:
        found = cached.sentence(doc, token.i)
        assert (found.start, found.end) == (token.sent.start, token.sent.end)
        assert found is cached.sentence(doc, found.start)  # made once per sentence
    for ent in doc.ents:
        assert cached.sentence(doc, ent.start) == ent.sent
    cached.release(doc)
    assert not doc.user_data


def test_the_tests_read_off_the_cached_columns_are_the_ones_spacy_tokens_give() -> None:
    # the people's stages test the cached words, tags and lower case before making a
    # Token: the same answers as the Token's own attributes, odd words included
    from generator.article import cached
    from generator.article.entities.evidence import common_nouns
    from generator.article.entities.nicknames import nicknamed

    doc = load()(
        "The naïve café owner's co-op sold 3 kettles, an iPod and x2 e-mail robots.\n\n"
        'Striker Ahmed ‘Mido’ Hossam scored twice, and Jimmy "Whirlwind" White watched. '
        "Mido said the ÉCOLE side's ROBOTS and the 2nd-half fans were loud.\n\n"
        "The b2b firm's 3d printers and 4x4s sold well."
    )
    assert common_nouns(doc) == {
        t.lower_ for t in doc if t.pos_ == "NOUN" and t.is_lower and t.is_alpha
    }
    # nouns in lower case but not letters alone, and in capitals, are left out
    odd = {t.lower_ for t in doc if t.pos_ == "NOUN" and t.is_lower and not t.is_alpha}
    assert {"3d", "4x4s"} <= odd and not odd & common_nouns(doc)
    assert {"kettles", "fans", "printers"} <= common_nouns(doc)
    # a nickname between curly or straight marks, found only where a mark opens it
    frames = {(doc[f.start : f.end].text, f.nickname) for f in nicknamed(doc)}
    assert frames == {("Ahmed ‘Mido’ Hossam", "mido"), ('Jimmy "Whirlwind" White', "whirlwind")}
    cached.release(doc)


def test_the_texts_and_entities_cut_from_the_cached_columns_are_what_spacy_gives() -> None:
    # the rules read a span's text, each token's trailing space and dependency, and each
    # entity's bounds, label and text from what is read once per Doc (`cached`): the same
    # as spaCy's Span and Token give, at every slice (out of range and negative included)
    from generator.article import cached

    doc = load()(
        "The BBC’s Ann Lee said: “No.”  Olaf Scholz's aide  met Kilroy-Silk in São Paulo.\n\n"
        "Price rose 3.5% to $1,200 on Tuesday, ÉLAN said.\n"
    )
    n = len(doc)
    for start in range(-3, n + 2):
        for end in range(-3, n + 2):
            assert cached.span_text(doc, start, end) == doc[start:end].text, (start, end)
    assert cached.spaces(doc) == [1 if t.whitespace_ else 0 for t in doc]
    assert cached.deps(doc) == tuple(t.dep_ for t in doc)
    assert cached.ent_rows(doc) == tuple((e.start, e.end, e.label_, e.text) for e in doc.ents)
    assert {"PERSON", "GPE"} <= {label for _, _, label, _ in cached.ent_rows(doc)}
    cached.release(doc)
    assert not doc.user_data


def test_a_possessive_is_stripped_as_the_pattern_strips_it() -> None:
    # names ending in no apostrophe are only stripped, without trying the pattern: the
    # same as the pattern gives, a last line break (where "$" also matches) included
    import re

    from generator.article.entities.spans import strip_possessive

    for text in ["Bob's", "Bob’s\n", "Bobs", "James'", "Bob 's\n\n", " Ann ", "'", "\n", ""]:
        assert strip_possessive(text) == re.sub(r"\s*['’]s?$", "", text).strip(), text
    assert strip_possessive("Ann Lee’s\n") == "Ann Lee"


def test_a_sum_in_millions_ends_its_sentence_before_a_capital() -> None:
    article = digest(
        "Fraud fell to 812 cases worth £38.5m. Edward Lyle said the ministry must act. "
        "The fund paid 5m. euros, and Anna M. Berg signed it."
    )
    assert article.sentences == [
        "Fraud fell to 812 cases worth £38.5m.",
        "Edward Lyle said the ministry must act.",
        "The fund paid 5m. euros, and Anna M. Berg signed it.",
    ]


def test_a_quote_closed_on_its_full_stop_ends_its_sentence_before_a_capital() -> None:
    # a quote inside the quote: the parser ran the next sentence into this one
    article = digest(
        "\"Many see it as a threat -- 'obey or we will come after you.'\" Senator Ann Dore "
        'did not respond to a request for comment. "We won." Tom Hale said it twice.'
    )
    assert article.sentences == [
        "\"Many see it as a threat -- 'obey or we will come after you.'\"",
        "Senator Ann Dore did not respond to a request for comment.",
        '"We won."',
        "Tom Hale said it twice.",
    ]
