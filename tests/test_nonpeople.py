"""A person one article lists on the model's word alone is taken out of its people when
other articles of the corpus have the name as an organisation, and put back on the next
run when they no longer outweigh those that have it as a person."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml
from seeds import SEED_REGISTRY

from generator.commands.digest import run_digest
from generator.corpus.resolve import resolve_people
from generator.corpus.resolve.nonpeople import restore_withdrawn, withdraw_nonpeople
from generator.model import ArticleDigest, ArticleEntity, Quote
from generator.registry import Registry, build_gazetteer
from generator.text.names import fold

_SENTENCES = {
    "gig": [
        "The bill features Harbour Lights, Tom Reed and The Pines.",
        "Tickets sold out in an hour, promoter Ann Bell said.",
    ],
    "charts": ["Harbour Lights topped the album chart for a third week."],
    "awards": ["Harbour Lights won best group at the awards on Friday."],
    "tour": ["The singer Harbour Lights began a tour of Wales on Monday."],
}


def _entity(
    eid: str, name: str, sentence: int = 0, roles: list[str] | None = None
) -> ArticleEntity:
    return ArticleEntity(eid, [name], [sentence], roles=roles or [])


def _article(
    aid: str,
    people: list[ArticleEntity],
    organizations: list[ArticleEntity] | None = None,
    candidates: list[ArticleEntity] | None = None,
    quotes: list[Quote] | None = None,
) -> ArticleDigest:
    return ArticleDigest(
        aid, f"{aid}.txt", "sha256:0", None, None, None, None, None, _SENTENCES[aid], [0],
        [], [], people, [], organizations or [], quotes or [], [], candidates or [],
    )  # fmt: skip


def _gig() -> ArticleDigest:
    """The model's word alone: the band is listed as a person among people."""
    return _article(
        "gig",
        [
            _entity("ann-bell", "Ann Bell", 1, ["promoter"]),
            _entity("harbour-lights", "Harbour Lights"),
            _entity("tom-reed", "Tom Reed"),
        ],
    )


def _as_organisation(aid: str) -> ArticleDigest:
    return _article(aid, [], [_entity("harbour-lights", "Harbour Lights")])


def _listed(article: ArticleDigest) -> list[str]:
    return [p.as_written[0] for p in article.people]


def test_a_weak_person_other_articles_have_as_an_organisation_is_withdrawn() -> None:
    gig = _gig()
    articles = [gig, _as_organisation("charts"), _as_organisation("awards")]
    assert withdraw_nonpeople(articles) == {"gig"}
    assert _listed(gig) == ["Ann Bell", "Tom Reed"]
    assert [p.id for p in gig.withdrawn] == ["harbour-lights"]
    # the next run puts it back first, then decides again from the same evidence
    assert restore_withdrawn(articles) == {"gig"}
    assert _listed(gig) == ["Ann Bell", "Harbour Lights", "Tom Reed"] and not gig.withdrawn
    assert withdraw_nonpeople(articles) == {"gig"}
    assert _listed(gig) == ["Ann Bell", "Tom Reed"]


def test_articles_that_have_the_name_as_a_person_outweigh_as_in_promotion() -> None:
    # one article against one: the person stays
    gig = _gig()
    tour = _article("tour", [_entity("harbour-lights", "Harbour Lights")])
    assert withdraw_nonpeople([gig, _as_organisation("charts"), tour]) == set()
    # a person with a role there weighs two: two articles do not outweigh it
    gig = _gig()
    tour = _article("tour", [_entity("harbour-lights", "Harbour Lights", roles=["singer"])])
    articles = [gig, _as_organisation("charts"), _as_organisation("awards"), tour]
    assert withdraw_nonpeople(articles) == set()
    assert "Harbour Lights" in _listed(gig)


def test_a_person_with_any_sign_or_a_lone_word_stays() -> None:
    others = [_as_organisation("charts"), _as_organisation("awards")]
    quoted = _gig()
    quoted.quotes = [Quote("harbour-lights", "We loved it.", 0)]
    with_role = _gig()
    with_role.people[1].roles = ["singer"]
    two_spellings = _gig()
    two_spellings.people[1].as_written = ["Harbour Lights", "Lights"]
    with_country = _gig()
    with_country.people[1].country = "united-kingdom"  # "Britain's Harbour Lights"
    for gig in (quoted, with_role, two_spellings, with_country):
        assert withdraw_nonpeople([gig, *others]) == set()
    # "Barton" is a club's name in other articles and a player's here: never taken out
    lone = _article("gig", [_entity("barton", "Barton")])
    clubs = [_article(a, [], [_entity("barton", "Barton")]) for a in ("charts", "awards")]
    assert withdraw_nonpeople([lone, *clubs]) == set()


def test_a_name_led_by_a_given_name_stays_though_others_use_it_before_a_noun() -> None:
    # "the Howard Keller biopic", tagged an organisation in two reviews, does not take
    # the person out of the article that lists him among the cast
    cast = _article("gig", [_entity("howard-keller", "Howard Keller")])
    reviews = [
        _article(a, [], [_entity("howard-keller", "Howard Keller")]) for a in ("charts", "awards")
    ]
    assert withdraw_nonpeople([cast, *reviews]) == set()
    assert _listed(cast) == ["Howard Keller"]
    # written in capitals it is no given name's shape: taken out like the band
    shouted = _article("gig", [_entity("howard-keller", "HOWARD KELLER")])
    reviews = [
        _article(a, [], [_entity("howard-keller", "HOWARD KELLER")]) for a in ("charts", "awards")
    ]
    assert withdraw_nonpeople([shouted, *reviews]) == {"gig"}


def test_one_article_naming_the_kind_outweighs_the_model_label_elsewhere() -> None:
    # "rock band Howard Keller" in one article: the kind is the article's own word, so the
    # listings on the model's label alone go, a given name leading the name or not
    band = _entity("howard-keller", "Howard Keller", roles=["Band"])
    weak = [_article(a, [_entity("howard-keller", "Howard Keller")]) for a in ("gig", "charts")]
    assert withdraw_nonpeople([*weak, _article("awards", [], [band])]) == {"gig", "charts"}
    # a country is no sign against the kind: a band has one ("British stars Jo Lane and
    # Howard Keller"), though against articles merely counted it keeps the person
    weak = [_article(a, [_entity("howard-keller", "Howard Keller")]) for a in ("gig", "charts")]
    weak[0].people[0].country = "united-kingdom"
    assert withdraw_nonpeople([*weak, _article("awards", [], [band])]) == {"gig", "charts"}
    # unless some article gives the name a person's role: a firm named after its founder
    weak = [_article(a, [_entity("howard-keller", "Howard Keller")]) for a in ("gig", "charts")]
    founder = _article("tour", [_entity("howard-keller", "Howard Keller", roles=["Designer"])])
    assert withdraw_nonpeople([*weak, founder, _article("awards", [], [band])]) == set()
    assert _listed(weak[0]) == ["Howard Keller"]


def test_an_article_that_doubts_the_name_is_no_evidence() -> None:
    # a results line the model tags as an organisation, which the article doubts
    doubting = [
        _article(
            a, [], [_entity("harbour-lights", "Harbour Lights")], [_entity("c", "Harbour Lights")]
        )
        for a in ("charts", "awards")
    ]
    assert withdraw_nonpeople([_gig(), *doubting]) == set()


def _speaking(
    name: str = "Harbour Lights", words: str = "We will fight the cuts."
) -> ArticleDigest:
    """Quoted, and on no sign of a person: listed by default, whatever it says."""
    eid = name.lower().replace(" ", "-")
    person = ArticleEntity(eid, [name], [0], by_default=True)
    return _article("gig", [person], quotes=[Quote(eid, words, 0)])


def test_a_person_by_default_an_organisation_elsewhere_is_withdrawn_with_its_words() -> None:
    gig = _speaking()
    articles = [gig, _as_organisation("charts")]
    assert withdraw_nonpeople(articles) == {"gig"}
    assert not gig.people and [p.id for p in gig.withdrawn] == ["harbour-lights"]
    assert [(q.speaker, q.organization) for q in gig.quotes] == [(None, "harbour-lights")]
    # put back with its words on the next run, then decided again
    assert restore_withdrawn(articles) == {"gig"}
    assert [(q.speaker, q.organization) for q in gig.quotes] == [("harbour-lights", None)]
    assert withdraw_nonpeople(articles) == {"gig"}


def test_a_person_by_default_stays_where_the_name_has_a_sign_of_a_person() -> None:
    # another article lists the name on a sign: the person stays
    tour = _article("tour", [_entity("harbour-lights", "Harbour Lights", roles=["singer"])])
    assert withdraw_nonpeople([_speaking(), _as_organisation("charts"), tour]) == set()
    # an article that doubts the name as well is no organisation's evidence
    charts = _as_organisation("charts")
    charts.candidates = [_entity("harbour-lights", "Harbour Lights")]
    assert withdraw_nonpeople([_speaking(), charts]) == set()
    # a lone word: a club's name elsewhere, the surname of a person the corpus knows
    lone = _speaking("Barton", "We will appeal.")
    clubs = _article("charts", [], [_entity("barton", "Barton")])
    known = _article("tour", [_entity("joey-barton", "Joey Barton", roles=["midfielder"])])
    assert withdraw_nonpeople([lone, clubs, known]) == set()
    assert withdraw_nonpeople([lone, clubs]) == {"gig"}  # "Barton said" of the club alone


def test_a_lone_word_by_default_other_articles_only_doubt_is_withdrawn() -> None:
    # "Kestrel asks, Are you OK?": a platform that speaks, doubted wherever people post
    # "on" it; two articles' doubt (`DOUBTED_ELSEWHERE_MIN`), and none lists it
    def doubting(aid: str) -> ArticleDigest:
        return _article(aid, [], candidates=[_entity("kestrel", "Kestrel")])

    gig = _speaking("Kestrel", "Are you OK?")
    assert withdraw_nonpeople([gig, doubting("charts"), doubting("awards")]) == {"gig"}
    assert [p.id for p in gig.withdrawn] == ["kestrel"]
    # one article's doubt is not enough ...
    assert withdraw_nonpeople([_speaking("Kestrel", "Are you OK?"), doubting("charts")]) == set()
    # ... nor is it where another article lists the word as a person ...
    listed = _article("tour", [_entity("kestrel", "Kestrel")])
    lone = _speaking("Kestrel", "Are you OK?")
    assert withdraw_nonpeople([lone, doubting("charts"), doubting("awards"), listed]) == set()
    # ... or where a person on a sign bears it: a surname the corpus knows
    known = _article("tour", [_entity("ann-kestrel", "Ann Kestrel", roles=["singer"])])
    lone = _speaking("Kestrel", "Are you OK?")
    assert withdraw_nonpeople([lone, doubting("charts"), doubting("awards"), known]) == set()


def test_resolution_withdraws_afresh_on_every_run_whatever_the_order() -> None:
    registry = Registry()
    gazetteer = build_gazetteer(registry)
    gig, charts, awards = _gig(), _as_organisation("charts"), _as_organisation("awards")
    resolve_people([awards, gig, charts], gazetteer, registry)
    assert _listed(gig) == ["Ann Bell", "Tom Reed"]
    # the next run reads the digests as written: without the organisations' articles
    # the band is listed again, and no identity is left of it before
    identities = resolve_people([gig], gazetteer, registry)
    assert _listed(gig) == ["Ann Bell", "Harbour Lights", "Tom Reed"]
    assert "harbour-lights" in {i.id for i in identities}


# a club the small model tags as a person in a list of names, and as a club elsewhere
_LISTED = "The winger was watched by Real Madrid, Tom Reed and Ann Bell at the game on Saturday.\n"
_CLUB = {
    "scouts": "Scouts from Real Madrid, Chelsea and Inter Milan watched the game.\n",
    "transfer": "The striker joined Real Madrid from Arsenal in 2003.\n",
}


def _digested(root: Path, articles: dict[str, str], gone: tuple[str, ...] = ()) -> dict[str, bytes]:
    """Digest the articles (added to those of earlier runs in `root`, but for `gone`);
    every digest's bytes."""
    sources = root / "sources"
    sources.mkdir(parents=True, exist_ok=True)
    for name in gone:
        (sources / f"{name}.txt").unlink()
    for name, text in articles.items():
        (sources / f"{name}.txt").write_text(f"Football notes\n\n{text}", encoding="utf-8")
    out = root / "out"
    assert run_digest(sources, SEED_REGISTRY, out, root=root) == 0
    return {p.relative_to(out).as_posix(): p.read_bytes() for p in out.rglob("*") if p.is_file()}


def _people_of(digests: dict[str, bytes], article: str) -> list[str]:
    data = yaml.safe_load(digests[f"articles/{article}.yaml"])
    return sorted(form for p in data["people"] for form in p["as_written"])


def test_articles_added_or_gone_withdraw_and_restore_as_a_cold_run_would(tmp_path: Path) -> None:
    warm = tmp_path / "warm"
    alone = _digested(warm, {"scouting": _LISTED})
    assert _people_of(alone, "scouting") == ["Ann Bell", "Real Madrid", "Tom Reed"]
    added = _digested(warm, _CLUB)
    assert _people_of(added, "scouting") == ["Ann Bell", "Tom Reed"]
    assert added == _digested(tmp_path / "cold", {"scouting": _LISTED, **_CLUB})
    again = _digested(warm, {}, gone=tuple(_CLUB))
    assert again == alone


# a charity the small model tags as a person where it speaks, and as a body elsewhere
_SPEAKING = (
    "The state pension will rise by 2% in April, the Treasury said on Monday.\n\n"
    'Alder Concern said: "This is a cowardly decision and pensioners will suffer."\n'
)
_BODY = "Alder Concern, which has 400 shops, said it would close 40 of them.\n"


def _article_of(digests: dict[str, bytes], article: str) -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load(digests[f"articles/{article}.yaml"])
    return data


def test_a_body_that_only_speaks_is_no_person_where_another_article_shows_it(
    tmp_path: Path,
) -> None:
    alone = _digested(tmp_path / "alone", {"pension": _SPEAKING})
    (person,) = _article_of(alone, "pension")["people"]
    assert person["as_written"] == ["Alder Concern"] and person["by_default"] is True
    both = _article_of(
        _digested(tmp_path / "both", {"pension": _SPEAKING, "shops": _BODY}), "pension"
    )
    assert not both["people"] and [p["id"] for p in both["withdrawn"]] == ["alder-concern"]
    assert [(q["speaker"], q["organization"]) for q in both["quotes"]] == [(None, "alder-concern")]


# a band the model tags as a person in a list of singers, and whose own article writes
# it as a group: "rap duo", a verb in the plural
_URBAN = (
    "With artists as successful as Jamelia, Lemar, Kanye West, Dizzee Rascal, Alicia Keys and"
    " Stormcast, we did not see a single black artist on stage.\n"
)
_DUO = (
    "US rap duo Stormcast's trio of trophies crowns a year of huge success for the band."
    " Not only was it a hit, Stormcast have been widely acclaimed as one of the most"
    " exciting acts.\n"
)


def test_a_lone_word_listed_as_a_person_is_withdrawn_where_another_article_shows_a_group(
    tmp_path: Path,
) -> None:
    assert "Stormcast" in _people_of(_digested(tmp_path / "alone", {"urban": _URBAN}), "urban")
    both = _digested(tmp_path / "both", {"urban": _URBAN, "awards": _DUO})
    (band,) = _article_of(both, "awards")["organizations"]
    assert band["as_written"] == ["Stormcast"] and band["group"] is True
    urban = _article_of(both, "urban")
    assert [p["id"] for p in urban["withdrawn"]] == ["stormcast"]
    assert "Stormcast" not in _people_of(both, "urban")


def _group(aid: str, name: str, group: bool = True) -> ArticleDigest:
    return _article(aid, [], [ArticleEntity(fold(name), [name], [0], group=group)])


def test_a_lone_word_stays_unless_a_group_sign_and_no_person_of_the_word() -> None:
    def listed() -> ArticleDigest:
        return _article("gig", [_entity("dido", "Dido"), _entity("tom-reed", "Tom Reed")])

    # the organisation label alone elsewhere is no group: a singer the model labels so
    gig = listed()
    assert withdraw_nonpeople([gig, _group("charts", "Dido", group=False)]) == set()
    # a group's sign is, where no article has the word as a person's on a sign ...
    gig = listed()
    assert withdraw_nonpeople([gig, _group("charts", "Dido")]) == {"gig"}
    assert _listed(gig) == ["Tom Reed"]
    # ... with a role or a quote, or in a person's full name ("Roy Keane", "Keane have")
    singer = _article("tour", [_entity("dido", "Dido", roles=["singer"])])
    full = _article("awards", [_entity("ann-dido", "Ann Dido")])
    for person in (singer, full):
        gig = listed()
        assert withdraw_nonpeople([gig, _group("charts", "Dido"), person]) == set()
        assert _listed(gig) == ["Dido", "Tom Reed"]
    # ... or written after a form of address: a peer of the name ("Lord Liverpool")
    gig = listed()
    gig.sentences = ["The last prime minister that young was Lord Dido, in 1812."]
    assert withdraw_nonpeople([gig, _group("charts", "Dido")]) == set()
