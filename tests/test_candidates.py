"""A candidate the corpus settles is added to its article's people under an id of its own,
on a later run too, when the article's people carry the ids resolution gave them."""

from __future__ import annotations

import copy
from pathlib import Path

import pytest

import generator.corpus.resolve.reuse as reuse
from generator.corpus.resolve import Node, resolve_people
from generator.corpus.resolve.candidates import promote_candidates, withdraw_candidates
from generator.corpus.resolve.partition import Partition, partition
from generator.model import ArticleDigest, ArticleEntity, Quote
from generator.registry import Registry, build_gazetteer
from generator.store.cache import ResultCache
from generator.text.names import fold, slug


def _article(
    aid: str, people: list[ArticleEntity], candidates: list[ArticleEntity]
) -> ArticleDigest:
    sentences = [
        "A drop goal from Luciano Orquera went wide before the break.",
        "The replacements were L Orquera, M Bortolami and S Parisse.",
    ]
    return ArticleDigest(
        aid, f"{aid}.txt", "sha256:0", None, None, None, None, None, sentences, [0], [],
        [], people, [], [], [], [], candidates,
    )  # fmt: skip


def _fly_half() -> ArticleEntity:
    """The person another article has, with a role: a sign of a person there."""
    return ArticleEntity("luciano-orquera", ["Luciano Orquera"], [0], roles=["fly-half"])


def test_a_candidate_keeps_apart_from_a_person_given_its_id_by_an_earlier_run() -> None:
    # as a second run reads them: "L Orquera" carries the id the first run resolved
    written = ArticleEntity("luciano-orquera", ["L Orquera"], [1])
    candidate = ArticleEntity("luciano-orquera", ["Luciano Orquera"], [0])
    match = _article("match", [written], [candidate])
    other = _article("preview", [_fly_half()], [])
    articles = [match, other]
    withdraw_candidates(articles)
    promote_candidates(articles, Registry())
    ids = [p.id for p in match.people]
    assert sorted(ids) == ["luciano-orquera", "luciano-orquera-x"]
    # one node per person of the article: resolution gives each an identity
    identities = resolve_people(articles, build_gazetteer(Registry()), Registry())
    keys = [(n.article, n.local_id) for i in identities for n in i.nodes]
    assert len(keys) == len(set(keys)) == 3


def test_a_later_run_resolves_again_no_article_with_a_promoted_candidate(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # a cold run: the candidate "Italy's Luciano Orquera" is promoted (another article
    # has him as a person) and resolution names everyone, which reorders the article
    match = _article(
        "match",
        [ArticleEntity("j-bortolami", ["J Bortolami"], [1])],
        [ArticleEntity("italys-luciano-orquera", ["Luciano Orquera"], [0])],
    )
    other = _article("preview", [_fly_half()], [])
    registry = Registry()
    gazetteer = build_gazetteer(registry)
    path = tmp_path / "people.marshal"
    memory = ResultCache(path, "salt")
    first = resolve_people([match, other], gazetteer, registry, memory)
    memory.save()
    assert [p.id for p in match.people] == ["j-bortolami", "luciano-orquera"]

    resolved: list[int] = []

    def counted(nodes: list[Node], registry: Registry) -> Partition:
        resolved.append(len(nodes))
        return partition(nodes, registry)

    monkeypatch.setattr(reuse, "partition", counted)
    again = copy.deepcopy([match, other])  # as the run wrote them
    second = resolve_people(again, gazetteer, registry, ResultCache(path, "salt"))
    assert sum(resolved) == 0
    assert [(i.id, i.name, sorted(n.article for n in i.nodes)) for i in second] == [
        (i.id, i.name, sorted(n.article for n in i.nodes)) for i in first
    ]
    assert again == [match, other]


def _lone(aid: str, word: str, people: list[ArticleEntity]) -> ArticleDigest:
    return ArticleDigest(
        aid, f"{aid}.txt", "sha256:0", None, None, None, None, None,
        [f"{word} was not in the squad for the final."], [0], [],
        [], people, [], [], [], [], [ArticleEntity(fold(word), [word], [0])],
    )  # fmt: skip


def _named(aid: str, name: str) -> ArticleDigest:
    return ArticleDigest(
        aid, f"{aid}.txt", "sha256:0", None, None, None, None, None,
        [f"The coach {name} said the squad was ready."], [0], [],
        [], [ArticleEntity(slug(name), [name], [0], [0], ["coach"])], [], [], [], [], [],
    )  # fmt: skip


@pytest.mark.parametrize(
    ("others", "promoted"),
    [
        # the surname of one person of another article: his
        (["Ruth Kessler"], True),
        # two spellings of one person (an initial and the name written out)
        (["Ruth Kessler", "R Kessler"], True),
        # two people of that surname elsewhere: the word alone names neither
        (["Ruth Kessler", "Tom Kessler"], False),
        # nobody of that surname elsewhere
        (["Ruth Hallam"], False),
    ],
)
def test_a_lone_word_is_the_one_person_of_that_surname_elsewhere(
    others: list[str], promoted: bool
) -> None:
    lone = _lone("match", "Kessler", [])
    articles = [lone, *(_named(f"preview-{i}", name) for i, name in enumerate(others))]
    promote_candidates(articles, Registry())
    assert [p.as_written for p in lone.people] == ([["Kessler"]] if promoted else [])


def test_a_lone_word_is_not_promoted_by_a_person_of_its_own_article() -> None:
    # the article's own "Ruth Kessler" would have taken the word as hers: nobody else has it
    lone = _lone("match", "Kessler", [ArticleEntity("ruth-kessler", ["Ruth Kessler"], [0])])
    promote_candidates([lone, _named("preview", "Ruth Hallam")], Registry())
    assert [p.as_written for p in lone.people] == [["Ruth Kessler"]]


def test_a_full_name_needs_a_sign_of_a_person_in_the_other_article() -> None:
    # "Silver Harbour" taken for a person by another article, with no role and no quote
    other = _article("preview", [ArticleEntity("silver-harbour", ["Silver Harbour"], [0])], [])
    match = _article("match", [], [ArticleEntity("silver-harbour", ["Silver Harbour"], [1])])
    promote_candidates([match, other], Registry())
    assert match.people == []


def test_a_lone_word_needs_a_sign_of_a_person_where_the_full_name_is() -> None:
    # "Kessler Park" taken for a person by another article, with no role and no quote
    lone = _lone("match", "Park", [])
    named = _named("preview", "Kessler Park")
    named.people[0].roles = []
    promote_candidates([lone, named], Registry())
    assert lone.people == []


def test_a_person_quoted_in_the_other_article_has_a_sign_of_a_person() -> None:
    # no role, but the other article quotes her: her surname alone is hers
    lone = _lone("match", "Kessler", [])
    named = _named("preview", "Ruth Kessler")
    named.people[0].roles = []
    named.quotes = [Quote("ruth-kessler", "We are ready.", 0)]
    promote_candidates([lone, named], Registry())
    assert [p.as_written for p in lone.people] == [["Kessler"]]


def test_a_lone_word_of_the_headline_alone_is_not_promoted() -> None:
    # the headline's "Kessler cup" over a body that writes the cup's name in full
    lone = _lone("match", "Kessler", [])
    lone.sentences = ["Kessler cup goes to Norway", "The Anna Kessler-Lund Cup went north."]
    lone.title = "Kessler cup goes to Norway"
    promote_candidates([lone, _named("preview", "Ruth Kessler")], Registry())
    assert lone.people == []
