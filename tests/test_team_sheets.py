"""A bare surname known only from a team sheet stays the article's own person: it is
never joined by the surname alone to a registry person or another article's person of
that surname, while the same surname written in prose still is."""

from __future__ import annotations

from generator.corpus.resolve import resolve_people
from generator.model import ArticleDigest, ArticleEntity
from generator.registry import KnownPerson, Registry, build_gazetteer
from generator.text.lists import list_line

_UK = ArticleEntity("united-kingdom", ["England"], [0])


def _article(aid: str, sentences: list[str], people: list[ArticleEntity]) -> ArticleDigest:
    return ArticleDigest(
        aid, f"{aid}.txt", "sha256:0", None, None, None, None, None, sentences, [0], [],
        [], people, [_UK], [], [], [],
    )  # fmt: skip


def _identity_of(articles: list[ArticleDigest], registry: Registry, aid: str) -> str:
    identities = resolve_people(articles, build_gazetteer(registry), registry)
    return next(i.name for i in identities for n in i.nodes if n.article == aid)


_REGISTRY = Registry(
    people=[KnownPerson("Harold Pemberton", [], ["Chancellor of the Exchequer"], "united-kingdom")]
)


def test_a_team_sheet_surname_is_not_a_registry_namesake() -> None:
    sheet = _article(
        "match",
        [
            "England beat Wales by two tries at Twickenham on Saturday.",
            "Replacements: Corrigan, Pemberton, Lyle, Vane.",
        ],
        [ArticleEntity("pemberton", ["Pemberton"], [1])],
    )
    assert _identity_of([sheet], _REGISTRY, "match") == "Pemberton"


def test_a_surname_in_prose_is_still_linked_to_the_registry() -> None:
    prose = _article(
        "budget",
        ["England's schools will get more money, the budget says.", "Pemberton said so."],
        [ArticleEntity("pemberton", ["Pemberton"], [1])],
    )
    assert _identity_of([prose], _REGISTRY, "budget") == "Harold Pemberton"


def test_a_team_sheet_surname_is_not_merged_with_another_articles_person() -> None:
    sheet = _article(
        "match",
        ["Holt; Corrigan, Pemberton, Lyle; Vane, Ashdown."],
        [
            ArticleEntity("pemberton", ["Pemberton"], [0]),
            ArticleEntity("vane", ["Vane"], [0]),
        ],
    )
    # another article names two people of the sheet's surnames: company enough to merge
    show = _article(
        "show",
        ["Presenters Tom Pemberton and Ruth Vane opened the show."],
        [
            ArticleEntity("tom-pemberton", ["Tom Pemberton"], [0]),
            ArticleEntity("ruth-vane", ["Ruth Vane"], [0]),
        ],
    )
    names = {
        i.name
        for i in resolve_people([sheet, show], build_gazetteer(Registry()), Registry())
        for n in i.nodes
        if n.article == "match"
    }
    assert names == {"Pemberton", "Vane"}


def test_list_lines_are_told_from_prose_and_headlines() -> None:
    assert list_line("Replacements: Corrigan, Pemberton, Lyle, Vane.")
    assert list_line("Holt; Corrigan (Lyle 60), Pemberton; Vane.")
    assert not list_line("Pemberton said the side would improve.")
    assert not list_line("Pemberton Wins")  # a headline of one name
