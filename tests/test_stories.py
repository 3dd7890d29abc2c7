"""Stories on realistic multi-outlet text: which articles are one story, and the
disagreements in it, each of which a reader must be able to trust.

The corpus is the five seeds plus three reports of one bridge collapse (written for
these tests, with the contradictions and the near-misses real coverage has) and an
unrelated match report.
"""

from __future__ import annotations

import pickle
import random
from itertools import combinations
from pathlib import Path
from typing import Any

import pytest
from casefile import cases
from digest_samples import bare_report
from seeds import SEED_FILES, SEED_IDS, content_copy, load, where

from generator.article import nlp
from generator.commands.digest import run_digest
from generator.corpus import disagree, stories
from generator.corpus.disagree import rules
from generator.corpus.disagree.parsed import sentences_of
from generator.corpus.disagree.story import Clause, Figure, Story
from generator.corpus.disagree.words import MOVES
from generator.corpus.disagree.worth import worth_parsing
from generator.model import ArticleDigest, ArticleEntity, StoryDigest
from generator.settings import (
    CLAIM_SIMILARITY,
    MAX_CLAIMS,
    MIN_SENTENCE_WORDS,
    RARE_MAX,
    RARE_SHARE,
    STORY_SUMMARY_SENTENCES,
)
from generator.store.fingerprint import checksum
from generator.text.tfidf import cosine, vectorize
from generator.text.tfidf_rows import Rows

FIXTURES = Path(__file__).parent / "fixtures" / "stories"
BRIDGE = ["101_bridge_wire", "102_bridge_daily", "103_bridge_radio"]
# sentences the assertions are about, by their words
WIRE_TOLL = "bridge killed 12 people on Sunday"
DAILY_TOLL = "bridge killed 15 people"
RADIO_TOLL = "At least 12 people were killed"
REBUTTAL = "Edin Kovac dismissed Hadzic's claims"
GOVERNOR_IN_DAILY = "repeating her call for an independent investigation"
PLAN = "dismissed the opposition's plan"
VISIT = "Edin Kovac will visit the site"
NO_VISIT = "Kovac will not visit the site"
TEAMS = "are ready to send rescue teams"
NO_TEAMS = "are not planning to send rescue teams"
ROAD = "Hadzic did not say when the road would reopen"
PEVKUR = "Hanno Pevkur downplayed Roll"
CANADA_WILLING = "are willing to consider this option"
CANADA_NOT = "have already stated that they are not planning to deploy"
UNSPECIFIED = "Rohr did not specify what non-combat missions"
NO_FEAR = "NATO allies should not fear"


@pytest.fixture(scope="module")
def digests(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("stories")
    content_copy(root, sources=[*SEED_FILES, *sorted(FIXTURES.glob("*.txt"))])
    sources, out = root / "content" / "sources", root / "content" / "digests"
    assert run_digest(sources, root / "content" / "registry", out, root=root) == 0
    return out


def _story(digests: Path, words: str) -> dict[str, Any]:
    """The one story holding the article with the sentence that contains `words`."""
    article, _ = where(digests, words)
    found = [
        s for p in (digests / "stories").glob("*.yaml") if article in (s := load(p))["articles"]
    ]
    assert len(found) == 1
    return found[0]


def _cited(disagreement: dict[str, Any]) -> set[tuple[str, int]]:
    return {(c["article"], c["sentence"]) for c in disagreement["citations"]}


def test_each_event_is_one_story_and_the_match_report_its_own(digests: Path) -> None:
    groups = sorted(load(p)["articles"] for p in (digests / "stories").glob("*.yaml"))
    assert [g for g in groups if len(g) > 1] == sorted([SEED_IDS, BRIDGE])
    assert sorted(a for g in groups for a in g) == sorted(
        p.stem for p in (digests / "articles").glob("*.yaml")
    )


def test_every_disagreement_cites_the_sentences_it_sets_against_each_other(
    digests: Path,
) -> None:
    for words in (PEVKUR, WIRE_TOLL):
        for d in _story(digests, words)["disagreements"]:
            assert len(d["citations"]) >= 2 and d["about"]
            one_source = len({c["article"] for c in d["citations"]}) == 1
            assert d["kind"] == ("within-source" if one_source else "sources")
            for c in d["citations"]:
                article = load(digests / "articles" / f"{c['article']}.yaml")
                assert article["sentences"][c["sentence"]] == c["text"]


def test_two_death_tolls_disagree_but_a_hedged_one_agrees_with_both(digests: Path) -> None:
    story = _story(digests, WIRE_TOLL)
    figures = [d for d in story["disagreements"] if d["about"].startswith("different figures")]
    assert [(_cited(d), d["kind"]) for d in figures] == [
        ({where(digests, WIRE_TOLL), where(digests, DAILY_TOLL)}, "sources")
    ]
    assert "12 people" in figures[0]["about"] and "15 people" in figures[0]["about"]
    # "At least 12 people were killed" contradicts neither 12 nor 15
    assert all(where(digests, RADIO_TOLL) not in _cited(d) for d in story["disagreements"])


def test_a_rebuttal_is_cited_with_the_words_it_rejects(digests: Path) -> None:
    bridge = _story(digests, WIRE_TOLL)
    (rebuttal,) = [d for d in bridge["disagreements"] if " dismissed what " in d["about"]]
    assert (
        rebuttal["about"].startswith("Edin Kovac dismissed what") and "Hadzic" in rebuttal["about"]
    )
    first, *answered = rebuttal["citations"]
    assert (first["article"], first["sentence"]) == where(digests, REBUTTAL)
    # the governor's words in the same report, and as another outlet carries them
    assert where(digests, GOVERNOR_IN_DAILY) in _cited(rebuttal)
    assert any(c["article"] != first["article"] and "Hadzic" in c["text"] for c in answered)
    assert rebuttal["kind"] == "sources"
    # "dismissed the opposition's plan" is criticism of a plan, not a contradiction
    assert all(where(digests, PLAN) not in _cited(d) for d in bridge["disagreements"])

    seeds = _story(digests, PEVKUR)
    (pevkur,) = [d for d in seeds["disagreements"] if "Pevkur" in d["about"]]
    assert pevkur["about"] == "Hanno Pevkur downplayed what Madis Roll said"
    rebutter = where(digests, PEVKUR)
    assert (pevkur["citations"][0]["article"], pevkur["citations"][0]["sentence"]) == rebutter
    # the minister against the adviser as another outlet reports him: across sources
    assert pevkur["kind"] == "sources"
    assert any(c["article"] != rebutter[0] and "Roll" in c["text"] for c in pevkur["citations"])


def test_one_subject_said_to_do_and_not_to_do_the_same_thing(digests: Path) -> None:
    bridge = {frozenset(_cited(d)): d for d in _story(digests, WIRE_TOLL)["disagreements"]}
    visit = bridge[frozenset({where(digests, VISIT), where(digests, NO_VISIT)})]
    assert visit["kind"] == "sources" and visit["about"].startswith("Edin Kovac: ")
    teams = bridge[frozenset({where(digests, TEAMS), where(digests, NO_TEAMS)})]
    assert teams["about"].startswith("Croatia: ")
    seeds = {frozenset(_cited(d)): d for d in _story(digests, PEVKUR)["disagreements"]}
    canada = seeds[frozenset({where(digests, CANADA_WILLING), where(digests, CANADA_NOT)})]
    assert canada["kind"] == "within-source" and canada["about"].startswith("Canada: ")


def test_negations_that_contradict_nothing_are_not_listed(digests: Path) -> None:
    cited = {c for words in (PEVKUR, WIRE_TOLL)
             for d in _story(digests, words)["disagreements"] for c in _cited(d)}  # fmt: skip
    assert where(digests, ROAD) not in cited
    assert where(digests, UNSPECIFIED) not in cited
    assert where(digests, NO_FEAR) not in cited  # "allies should not fear" is against nothing


def _alike_pair_by_pair(texts: dict[str, list[str]]) -> list[list[tuple[str, int]]]:
    """The claims rule read literally: each sentence not yet in a claim, in story order,
    is carried by every later sentence of a source not carrying it yet whose words reach
    CLAIM_SIMILARITY, every pair of sentences compared; those carried twice or more."""
    sentences = [
        (a, i, s)
        for a, ss in texts.items()
        for i, s in enumerate(ss)
        if len(s.split()) >= MIN_SENTENCE_WORDS
    ]
    vectors = vectorize([s for _, _, s in sentences])
    used: set[int] = set()
    found = []
    for x, (ax, ix, _) in enumerate(sentences):
        if x in used:
            continue
        carriers = [(ax, ix)]
        for y in range(x + 1, len(sentences)):
            ay, iy, _ = sentences[y]
            if y in used or ay in {a for a, _ in carriers}:
                continue
            if cosine(vectors[x], vectors[y]) >= CLAIM_SIMILARITY:
                carriers.append((ay, iy))
                used.add(y)
        if len(carriers) > 1:
            found.append(carriers)
    found.sort(key=lambda c: (-len(c), c[0]))
    return found[:MAX_CLAIMS]


def _claims_read_pair_by_pair(digests: Path, story: dict[str, Any]) -> None:
    texts = {a: load(digests / "articles" / f"{a}.yaml")["sentences"] for a in story["articles"]}
    claims = [[(c["article"], c["sentence"]) for c in k["sources"]] for k in story["claims"]]
    assert claims and claims == _alike_pair_by_pair(texts)
    for claim in story["claims"]:
        assert len({c["article"] for c in claim["sources"]}) == len(claim["sources"])
        assert [texts[c["article"]][c["sentence"]] for c in claim["sources"]] == [
            c["text"] for c in claim["sources"]
        ]


def test_a_claim_is_each_later_sentence_of_another_source_worded_alike(digests: Path) -> None:
    # the claims are found through an index of the sentences' words, not by comparing
    # every pair: they are those of the rule read pair by pair
    for words in (PEVKUR, WIRE_TOLL):
        _claims_read_pair_by_pair(digests, _story(digests, words))


@pytest.fixture(scope="module")
def flood(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Four reports of one flood, written for these tests: one sentence in all four
    outlets, sentences repeated inside one source, near-duplicates, a one-sentence report."""
    root = tmp_path_factory.mktemp("flood")
    content_copy(root, sources=sorted((FIXTURES / "flood").glob("*.txt")))
    out = root / "content" / "digests"
    assert (
        run_digest(root / "content" / "sources", root / "content" / "registry", out, root=root) == 0
    )
    return out


def test_claims_of_sentences_repeated_within_and_across_sources(flood: Path) -> None:
    # the index must still give what the pair-by-pair rule gives (one source carries a
    # claim once; a sentence taken by one claim is in no other)
    _claims_read_pair_by_pair(flood, _story(flood, "never seen the Sava this high"))


def test_a_story_summary_says_each_sentence_once(flood: Path) -> None:
    # the sentence all four outlets carry is the most central, and so were its copies
    summary = [s["text"] for s in _story(flood, "never seen the Sava this high")["summary"]]
    assert "Floodwater from the Sava river forced 3,000 people" in " ".join(summary)
    assert len(summary) == STORY_SUMMARY_SENTENCES
    assert len(set(summary)) == len(summary), summary


@pytest.mark.parametrize("case", cases("stories", "figures"))
def test_figures_disagree_only_beyond_hedges_and_rounding(case: dict[str, Any]) -> None:
    reports = [bare_report(1, [case["a"]]), bare_report(2, [case["b"]])]
    (found,) = disagree.find([reports], {}, _kept_parses(reports))
    assert any(d.about.startswith("different figures") for d in found) is case["clash"], found


# two outlets on one collapse, written for this test: two tolls, two counts of firefighters
# sent, a visit said to happen and not to happen, and sentences alike that clash in nothing
WIRE = [
    "At least 40 people were injured when the old Riverton bridge collapsed on Sunday.",
    "The collapse killed 12 people on Sunday, the regional police chief told reporters.",
    "Mayor Vesna Horvat will visit the injured in hospital on Monday morning.",
    "Croatia sent 40 firefighters and two helicopters to the river on Sunday night.",
    "Engineers had warned the town council about deep cracks in the bridge last spring.",
]
DAILY = [
    "The collapse killed 15 people on Sunday, the regional police chief told reporters.",
    "Vesna Horvat will not visit the injured in hospital on Monday morning, her office said.",
    "Croatia sent 60 firefighters and two helicopters to the river on Sunday night.",
    "Rescue teams searched the river through the night while families waited on the bank.",
    "The town council said engineers had not warned it about cracks in the bridge.",
]


def test_only_sentences_whose_clauses_may_clash_are_compared(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # two sentences are compared only when a clause of each could meet a rule (one
    # subject at one time, once negated; or one deed and time, one subject or counted
    # noun, one thing counted, from two sources): they find what comparing every pair finds
    wire, daily = bare_report(1, WIRE), bare_report(2, DAILY)
    for report, (mayor, country) in ((wire, (2, 3)), (daily, (1, 2))):
        report.people = [ArticleEntity("vesna-horvat", ["Vesna Horvat"], [mayor], [mayor])]
        report.countries = [ArticleEntity("croatia", ["Croatia"], [country], [country])]
    parses = _kept_parses([wire, daily])
    compared: list[int] = []
    similarities = Story.similarities

    def counted(
        story: Story, keys: list[tuple[str, int]], pairs: list[tuple[int, int]]
    ) -> list[float]:
        compared.append(len(pairs))
        return similarities(story, keys, pairs)

    monkeypatch.setattr(Story, "similarities", counted)
    (found,) = disagree.find([[wire, daily]], {}, parses)
    assert {d.about.split(":")[0] for d in found} == {"different figures", "Vesna Horvat"}
    assert len([d for d in found if d.about.startswith("different figures")]) == 2
    fewer = compared.pop()

    monkeypatch.setattr(
        rules, "_may_pair", lambda story, keys: list(combinations(range(len(keys)), 2))
    )
    assert disagree.find([[wire, daily]], {}, parses) == [found]
    assert fewer < compared.pop()


def test_the_pairs_compared_lose_no_clash_of_any_clauses(monkeypatch: pytest.MonkeyPatch) -> None:
    # random clauses over sentences alike, few subjects, deeds, times, figures and hedges,
    # so that most pairs nearly clash: comparing only `_may_pair`'s pairs finds every clash
    # that comparing every pair finds, in the same order (all of them, before any is cut)
    words = "bridge river toll police mayor rescue divers town council engineers".split()
    move = sorted(MOVES)[0]  # a deed whose figures are no clash ("moved 12 people")
    some = rules._may_pair
    every: list[int] = []  # the strength of each clash found
    for seed in range(200):
        rnd = random.Random(seed)
        reports = [
            bare_report(i, [" ".join(rnd.choices(words, k=8)) for _ in range(6)]) for i in range(3)
        ]
        story = Story(reports, {})
        for w in story.where:
            story.clauses[(w.article.id, w.index)] = [
                Clause(
                    article=w.article.id,
                    sentence=w.index,
                    subjects=frozenset(rnd.sample(["a", "b", "c"], rnd.randint(0, 2))),
                    negated=rnd.random() < 0.4,
                    predicate=frozenset(rnd.sample(["kill", "send", "plan", "want", move], 2)),
                    final=rnd.choice(["", "kill", "send"]),
                    head=rnd.choice(["people", "police"]),
                    topic=frozenset(rnd.sample(["bridge", "troop", "kill", "send"], 2)),
                    reported=rnd.random() < 0.2,
                    tense=rnd.choice(["past", "present", "future"]),
                    phrase="as written",
                    verb=rnd.choice(["say", "kill"]),
                    figures=[
                        Figure(
                            rnd.choice([12.0, 13.0, 15.0]),
                            rnd.choice([None, "min", "max", "about"]),
                            unit,
                            rnd.choice(["dobj", "nsubj"]),
                            "12",
                        )
                        for unit in rnd.sample(["people", "$"], rnd.randint(0, 2))
                    ],
                )
                for _ in range(rnd.randint(0, 2))
            ]
        monkeypatch.setattr(rules, "_may_pair", some)
        found = [(f.strength, f.similarity, f.cited, f.make()) for f in rules._pairs(story)]
        monkeypatch.setattr(
            rules, "_may_pair", lambda story, keys: list(combinations(range(len(keys)), 2))
        )
        assert [(f.strength, f.similarity, f.cited, f.make()) for f in rules._pairs(story)] == found
        every += [strength for strength, *_ in found]
    assert every.count(1) > 10 and every.count(2) > 50  # figures and polarity, to lose


def test_what_a_clause_nested_in_another_names_is_not_the_outer_clause_object() -> None:
    # "the road that runs to the river bridge": the bridge is the relative clause's, so
    # not closing the road is no answer to closing the bridge; not closing the bridge is
    def found(said: str, unsaid: str) -> list[str]:
        reports = [bare_report(1, [said]), bare_report(2, [unsaid])]
        for report in reports:
            report.people = [ArticleEntity("vesna-horvat", ["Vesna Horvat"], [0], [0])]
        (listed,) = disagree.find([reports], {}, _kept_parses(reports))
        return [d.about for d in listed]

    closed = "Vesna Horvat will close the river bridge."
    assert (
        found("Vesna Horvat will not close the road that runs to the river bridge.", closed) == []
    )
    assert found("Vesna Horvat will not close the river bridge.", closed) == [
        "Vesna Horvat: “will not close the river bridge” or “will close the river bridge”"
    ]


def _kept_parses(reports: list[ArticleDigest]) -> dict[str, dict[str, str]]:
    """What the analysis of each report would keep: its own parse of its sentences."""
    kept = {}
    for report in reports:
        text = " ".join(report.sentences)
        report.checksum = checksum(text.encode("utf-8"))
        doc = nlp.load()(text)
        kept[report.checksum] = sentences_of(doc, report.sentences, worth_parsing(report))
    return kept


def _article(i: int, words: str, people: list[str]) -> ArticleDigest:
    """A one-sentence article naming the given people, and the UK."""
    return ArticleDigest(
        id=f"{i:04d}", source=f"s/{i:04d}.txt", checksum="sha256:" + "0" * 64, title=None,
        outlet=None, author=None, published=None, url=None, sentences=[words], paragraphs=[0],
        removed=[], summary=[0],
        people=[ArticleEntity(e, [e], [0], [0]) for e in people],
        countries=[ArticleEntity("united-kingdom", ["UK"], [0], [0])],
        organizations=[], quotes=[], dates=[],
    )  # fmt: skip


def test_a_name_in_every_article_does_not_make_them_one_story() -> None:
    # forty reports on forty subjects, all naming the prime minister and the UK (the
    # entity-overlap rule fused such articles into one blob), and three on one event
    topics = [f"alpha{i} bravo{i} charlie{i} delta{i} echo{i} foxtrot{i}" for i in range(40)]
    articles = [_article(i, t, ["tony-blair"]) for i, t in enumerate(topics)]
    event = "flood levee breach river town evacuated thousands homes rescue boats"
    articles += [_article(100 + i, f"{event} report{i}", ["tony-blair"]) for i in range(3)]
    found = stories.build(articles, [], [])
    assert [s.articles for s in found if len(s.articles) > 1] == [["0100", "0101", "0102"]]


def _unrelated(count: int) -> list[ArticleDigest]:
    """Reports on other subjects, so that the words of two reports weigh as in a corpus."""
    return [_article(i, f"alpha{i} bravo{i} charlie{i} delta{i} echo{i}", []) for i in range(count)]


def test_two_reports_sharing_an_event_figures_are_one_story() -> None:
    # two wordings of one day's share move: the rise and the price are what they share
    first = _article(
        200, "Parmalat shares rose 12.5% to 2,340 lire after creditors approved the plan", []
    )
    second = _article(201, "Investors cheered as Parmalat stock gained 12.5% to close at 2,340", [])
    assert ["0200", "0201"] in stories.grouped([*_unrelated(20), first, second])


def test_stories_grouped_apart_are_those_built_from_the_articles_alone() -> None:
    # a digest run groups the articles in a child beside the aggregation (`grouped`) and
    # hands the groups to `build`: the stories are those `build` groups itself, whatever
    # order the articles come in
    event = "flood levee breach river town evacuated thousands homes rescue boats"
    other = "budget vote parliament tax rise minister treasury spending plan"
    articles = [_article(i, f"{event} report{i}", ["tony-blair"]) for i in range(3)]
    articles += [_article(10 + i, f"{other} note{i}", []) for i in range(2)]
    articles.append(_article(20, "alpha bravo charlie delta echo foxtrot", []))
    grouping = stories.grouped(articles[::-1])
    assert grouping == [["0000", "0001", "0002"], ["0010", "0011"], ["0020"]]
    apart = stories.build(articles[::-1], [], [], grouping=grouping)
    assert apart == stories.build(articles, [], [])


def test_a_word_stemmed_again_is_taken_from_this_process_memory() -> None:
    # the stories read the same words over and over: each is stemmed once per process
    from generator.corpus.disagree.story import stemmed
    from generator.corpus.disagree.words import stem

    words = "Planning plans planned troops talks downplayed".split()
    assert [stemmed(w) for w in words] == [stem(w) for w in words]
    before = stemmed.cache_info()
    assert [stemmed(w) for w in words] == ["plan", "plan", "plan", "troop", "talk", "downplay"]
    assert stemmed.cache_info().hits - before.hits == len(words)


def test_a_story_is_computed_again_when_one_of_its_digest_files_changed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # a story is known by its articles' digest files as written: one rewritten (its
    # person's id changed through another article, say) has its story computed again,
    # the others are taken from the cache; no checksums, no cache
    from generator.store.cache import ResultCache

    event = "flood levee breach river town evacuated thousands homes rescue boats"
    other = "budget vote parliament tax rise minister treasury spending plan"
    articles = [_article(i, f"{event} report{i}", []) for i in range(2)]
    articles += [_article(10 + i, f"{other} note{i}", []) for i in range(2)]
    written = {a.id: f"sha256:{a.id}" for a in articles}
    computed: list[list[str]] = []
    real = stories._compute

    def counted(groups: list[list[ArticleDigest]], *rest: Any) -> Any:
        computed.extend([a.id for a in g] for g in groups)
        return real(groups, *rest)

    def built(checksums: dict[str, str] | None) -> list[StoryDigest]:
        known = ResultCache(tmp_path / "stories.marshal", "salt")  # the last run's
        found = stories.build(articles, [], [], known, written=checksums)
        known.save()
        return found

    monkeypatch.setattr(stories, "_compute", counted)
    first = built(written)
    assert len(computed) == 2
    computed.clear()
    assert built(written) == first
    assert computed == []
    assert built(written | {"0010": "sha256:rewritten"}) == first
    assert computed == [["0010", "0011"]]
    computed.clear()
    built(None)
    assert len(computed) == 2


def test_what_a_run_worked_out_of_sentences_beside_resolving_is_what_the_rules_read(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # a first run works out each sentence's figures, negation and rebuttal cue in the
    # child that weighs the sentences (`Cues.work_out`), which sends the answers without
    # the texts (`Cues.answers`, pickled); the run gives them back to the texts
    # (`Cues.take`, a text two articles share answered once) and the stories read them
    # from there, not from the text again, and are the very same stories
    from generator.corpus.disagree import cues as module

    event = "flood levee breach river town evacuated thousands homes rescue boats"
    texts = [
        f"{event}: Edin Kovac said 12 people were killed near the bridge on Sunday",
        f"{event}: Edin Kovac will not visit the site where 15 people were killed",
        f"{event}: Edin Kovac dismissed the claims of the opposition about the bridge",
        f"{event}: Edin Kovac said 12 people were killed near the bridge on Sunday",
    ]
    articles = [_article(i, t, ["edin-kovac"]) for i, t in enumerate(texts)]
    plain = stories.build(articles, [], [])
    asked: list[str] = []
    real_marks = module.figure_marks
    monkeypatch.setattr(module, "figure_marks", lambda t: asked.append(t) or real_marks(t))
    in_child = disagree.Cues()
    in_child.work_out(articles)
    assert asked == texts[:3]
    worked_out = disagree.Cues()
    worked_out.take(articles, pickle.loads(pickle.dumps(in_child.answers())))

    def read_again(text: str) -> None:
        raise AssertionError(f"read again: {text}")

    monkeypatch.setattr(module, "figure_marks", read_again)
    monkeypatch.setattr(module, "NEGATION_CUE", None)  # any use raises
    monkeypatch.setattr(module, "REBUTTAL_CUE", None)
    assert stories.build(articles, [], [], cues=worked_out) == plain
    assert plain and all(s.articles for s in plain)


def test_a_word_of_more_than_rare_max_articles_proposes_no_pair_in_any_corpus(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # a corpus where RARE_SHARE of the articles is more than RARE_MAX: a word of
    # RARE_MAX articles still proposes every pair of them, one of a few more none, so an
    # article proposes at most KEY_WORDS x RARE_MAX partners however large the corpus
    many, most = RARE_MAX + 10, RARE_MAX
    count = int(many / RARE_SHARE) + 1
    words = [f"alpha{i} bravo{i}" for i in range(count)]
    for i in range(many):
        words[i] += " zeppelin"
    for i in range(many, many + most):
        words[i] += " gondola"
    articles = [_article(i, w, []) for i, w in enumerate(words)]
    scored: list[tuple[int, int]] = []
    cosines = Rows.cosines

    def counted(rows: Rows, pairs: Any) -> Any:
        scored.extend(map(tuple, pairs.tolist()))
        return cosines(rows, pairs)

    monkeypatch.setattr(Rows, "cosines", counted)
    stories.grouped(articles)
    assert sorted(scored) == list(combinations(range(many, many + most), 2))


def test_a_story_weighs_the_terms_its_summary_counted_as_it_would_count_them() -> None:
    # the disagreements weigh each sentence's stems: summed from the terms the story's
    # summary and claims counted, they are the same vectors, word order and all, as
    # counted from the text (a stem's first word may come after another word's)
    reports = [
        bare_report(
            0, ["Planned troops: the planning of troop plans was planned again.", "Short."]
        ),
        bare_report(1, ["Talks on the talk were talked about, the talks said, in talks."]),
    ]
    counts = stories._counted(reports)
    alone, given = Story(reports, {}), Story(reports, {}, None, counts)
    assert [w.text for w in given.where] == [w.text for w in alone.where]
    assert [list(v.items()) for v in given.vectors] == [list(v.items()) for v in alone.vectors]
    assert len(alone.where) == 2
