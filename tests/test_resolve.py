"""The fast candidate search must never hide a pair that the merge rules would accept."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

from seeds import SEED_REGISTRY

from generator.commands.digest import KINDS
from generator.corpus.resolve.merges import merge_ok, spelling_verdict
from generator.corpus.resolve.nodes import Node, build_nodes, word_in
from generator.corpus.resolve.similarity import candidate_pairs
from generator.model import ArticleDigest, from_plain
from generator.registry import build_gazetteer, load_registry
from generator.store.yamlio import load

# (article, name, countries, role words, company): people as several outlets write them,
# with the kinds of variant the candidate search has to keep: another first letter of
# the surname (Kallas/Callas), initials, transliterations, a surname alone, and
# unrelated names that share only an initial.
PEOPLE = [
    ("a", "Kaja Kallas", {"estonia"}, {"prime"}, {"zelensky", "putin"}),
    ("b", "Kaja Callas", {"estonia"}, {"prime"}, {"zelenskyy", "putin"}),
    ("c", "Kallas", {"estonia"}, set(), {"putin"}),
    ("a", "Volodymyr Zelensky", {"ukraine"}, {"president"}, {"kallas", "putin"}),
    ("b", "Volodymyr Zelenskyy", {"ukraine"}, {"president"}, {"callas", "putin"}),
    ("d", "Wolodymyr Selenskyj", {"ukraine"}, {"president"}, {"putin", "kallas"}),
    ("e", "J. Smith", {"united-kingdom"}, {"minister"}, {"brown"}),
    ("f", "John Smith", {"united-kingdom"}, {"minister"}, {"brown"}),
    ("f", "Gordon Brown", {"united-kingdom"}, {"chancellor"}, {"smith"}),
    ("g", "Charles Brown", set(), set(), set()),
    ("g", "Ingrida Šimonytė", {"lithuania"}, {"prime"}, {"nauseda"}),
    ("h", "Ingrida Simonyte", {"lithuania"}, {"prime"}, {"nauseda"}),
    ("h", "Gitanas Nausėda", {"lithuania"}, {"president"}, {"simonyte"}),
    ("e", "Madis Roll", {"estonia"}, {"adviser"}, {"pevkur", "herem"}),
    ("b", "Madis Rohr", {"estonia"}, {"adviser"}, {"pevkur", "hellem"}),
    ("c", "Ants Hellem", {"estonia"}, {"commander"}, {"pevkur", "rohr"}),
    ("d", "Ants Herem", {"estonia"}, {"commander"}, {"pevkur", "roll"}),
]


def _node(
    number: int, article: str, name: str, countries: set[str], roles: set[str], company: set[str]
) -> Node:
    return Node(
        article,
        f"p{number}",
        [name],
        sorted(roles),
        [0],
        countries=countries,
        role_words=roles,
        company=company,
        article_countries=countries,
    )


def _accepted(nodes: list[Node]) -> set[tuple[int, int]]:
    return {
        (i, j)
        for i, a in enumerate(nodes)
        for j in range(i + 1, len(nodes))
        if a.article != nodes[j].article and merge_ok(a, nodes[j])[0]
    }


def test_candidates_hold_every_pair_the_rules_accept() -> None:
    nodes = [_node(n, *person) for n, person in enumerate(PEOPLE)]
    accepted = _accepted(nodes)
    names = {(nodes[i].name, nodes[j].name) for i, j in accepted}
    # the variants a reader expects joined are accepted (so the check below is not empty)
    assert {
        ("Kaja Kallas", "Kaja Callas"),
        ("Madis Roll", "Madis Rohr"),
        ("Ingrida Šimonytė", "Ingrida Simonyte"),
    } <= names
    assert ("Ants Hellem", "Ants Herem") in names
    candidates = set(candidate_pairs(nodes))
    assert accepted <= candidates
    # and it is a search, not every pair: unrelated people are not compared at all
    assert len(candidates) < len(nodes) * (len(nodes) - 1) // 2 // 2


def test_names_needing_context_pair_only_nodes_that_share_it() -> None:
    """Two names alike only under the surest rule, with unlike surnames, are compared only
    where their nodes share a country or a role word: company alone never joins them."""
    nodes = [
        _node(0, "a", "John Redwood", {"united-kingdom"}, {"minister"}, {"blair"}),
        _node(1, "b", "John Reid", {"united-kingdom"}, {"secretary"}, {"blair"}),
        _node(2, "c", "John Reid", set(), set(), {"blair"}),
        _node(3, "d", "John Reid", set(), {"minister"}, {"blair", "brown"}),
    ]
    candidates = set(candidate_pairs(nodes))
    assert (0, 2) not in candidates  # only the company in common
    assert {(0, 1), (0, 3)} <= candidates
    assert not merge_ok(nodes[0], nodes[2])[0]
    assert _accepted(nodes) <= candidates


def test_a_father_and_a_son_of_one_name_stay_two_people() -> None:
    """Two full names that both write a middle part, and not the same one, are two people
    however alike and however shared their company ("George H.W. Bush", "George W.
    Bush"); the middle written out or as initials is one ("Herbert Walker", "H.W."), and
    a name without one may be either's."""
    company = {"clinton", "reagan"}
    us, role = {"united-states"}, {"president"}
    nodes = [
        _node(0, "a", "George H.W. Bush", us, role, company),
        _node(1, "b", "George W. Bush", us, role, company),
        _node(2, "c", "George Herbert Walker Bush", us, role, company),
        _node(3, "d", "George Bush", us, role, company),
        _node(4, "e", "George W Bush", us, role, company),
    ]
    names = {(nodes[i].name, nodes[j].name) for i, j in _accepted(nodes)}
    assert ("George H.W. Bush", "George W. Bush") not in names
    assert ("George W. Bush", "George Herbert Walker Bush") not in names
    assert {
        ("George H.W. Bush", "George Herbert Walker Bush"),
        ("George W. Bush", "George W Bush"),
    } <= names


def test_candidates_hold_every_accepted_pair_in_the_seeds(seed_digests: Path) -> None:
    articles = [
        from_plain(ArticleDigest, load(p)) for p in sorted((seed_digests / KINDS[0]).glob("*.yaml"))
    ]
    nodes = build_nodes(articles, build_gazetteer(load_registry(SEED_REGISTRY)))
    accepted = _accepted(nodes)
    assert len(accepted) >= 10  # the seeds spell the same people many ways
    assert accepted <= set(candidate_pairs(nodes))


def test_spellings_alone_never_contradict_the_merge_rules(seed_digests: Path) -> None:
    """A run that keeps an article's people compares its nodes by their spellings first
    (`resolve.reuse`): that verdict, when there is one, is `merge_ok`'s, and it reads
    nothing but the spellings (a node without its context gets the same one)."""
    articles = [
        from_plain(ArticleDigest, load(p)) for p in sorted((seed_digests / KINDS[0]).glob("*.yaml"))
    ]
    nodes = [_node(n, *person) for n, person in enumerate(PEOPLE)]
    nodes += build_nodes(articles, build_gazetteer(load_registry(SEED_REGISTRY)))
    verdicts: Counter[bool | None] = Counter()
    for a in nodes:
        for b in nodes:
            verdict = spelling_verdict(a, b)
            bare = Node(b.article, b.local_id, b.forms, b.roles, b.sentences)
            assert spelling_verdict(a, bare) == verdict
            assert verdict in (None, merge_ok(a, b)[0]), (a.name, b.name)
            verdicts[verdict] += 1
    # most pairs are settled by their names; the rest need their context
    assert verdicts[False] > verdicts[None] > 0
    assert verdicts[True] > 0


def test_whole_word_search_agrees_with_the_regex_it_replaces() -> None:
    texts = [
        "mr blair's speech",
        "blairite views",
        "_blair_ and (blair)",
        "the o'neill family, o'neillson",
        "j. smith and j.smith",
        "éblair, blair",
        "",
    ]
    for word in ["blair", "o'neill", "j.", "mr", "smith", "é"]:
        pattern = re.compile(r"(?<!\w)" + re.escape(word) + r"(?!\w)")
        for text in texts:
            assert word_in(word, text) == (pattern.search(text) is not None), (word, text)
