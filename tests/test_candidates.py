"""A candidate the corpus settles is added to its article's people under an id of its own,
on a later run too, when the article's people carry the ids resolution gave them."""

from __future__ import annotations

import copy
from collections.abc import Callable
from pathlib import Path

import pytest
import yaml
from seeds import SEED_REGISTRY

import generator.corpus.resolve.reuse as reuse
from generator.commands.digest import run_digest
from generator.corpus.resolve import Node, SentenceSums, resolve_people
from generator.corpus.resolve.candidates import promote_candidates, withdraw_candidates
from generator.corpus.resolve.partition import Partition, partition
from generator.model import ArticleDigest, ArticleEntity, Quote
from generator.registry import Registry, build_gazetteer
from generator.store.cache import ResultCache


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


def test_a_candidate_keeps_apart_from_a_person_given_its_id_by_an_earlier_run() -> None:
    # as a second run reads them: "L Orquera" carries the id the first run resolved
    written = ArticleEntity("luciano-orquera", ["L Orquera"], [1])
    candidate = ArticleEntity("luciano-orquera", ["Luciano Orquera"], [0])
    match = _article("match", [written], [candidate])
    other = _article("preview", [ArticleEntity("luciano-orquera", ["Luciano Orquera"], [0])], [])
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
    other = _article("preview", [ArticleEntity("luciano-orquera", ["Luciano Orquera"], [0])], [])
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


def test_a_promoted_candidate_speaks_the_quotes_written_with_its_name_and_not_after_withdrawal() -> (
    None
):
    # "...," Marta Vok told the radio: analysis found no person in "Marta Vok" and left
    # the quote to nobody; another article has her as a person, so the corpus promotes her
    said = Quote(None, "We will not sell", 0, as_written="Marta Vok")
    other_name = Quote(None, "Nobody asked us", 1, as_written="the mayor")
    match = _article("match", [], [ArticleEntity("marta-vok", ["Marta Vok"], [0])])
    match.quotes = [said, other_name]
    other = _article("preview", [ArticleEntity("marta-vok", ["Marta Vok"], [0])], [])
    withdraw_candidates([match, other])
    promote_candidates([match, other], Registry())
    assert [q.speaker for q in match.quotes] == ["marta-vok", None]
    # a later run takes the candidate out first: the quote is nobody's until promoted again
    match.people[0].id = "marta-vok-2"  # as resolution may have renamed her
    match.quotes[0].speaker = "marta-vok-2"
    withdraw_candidates([match, other])
    assert match.people == [] and [q.speaker for q in match.quotes] == [None, None]


def _promoted(people: dict[str, list[ArticleEntity]], doubting: list[str]) -> list[str]:
    """The articles in `doubting` (each with the candidate "Ash Harbour") that promote it,
    beside articles that have it among their people as given."""
    name = "Ash Harbour"
    articles = [_article(a, found, []) for a, found in people.items()]
    articles += [_article(a, [], [ArticleEntity("ash-harbour", [name], [0])]) for a in doubting]
    promote_candidates(articles, Registry())
    return [a.id for a in articles if a.id in doubting and a.people]


def test_one_articles_slip_does_not_promote_a_name_the_others_leave_in_doubt() -> None:
    # a film's title taken for a person's name in one article, with no role nor quote,
    # while three articles leave it a candidate: promoted nowhere
    slip = {"review": [ArticleEntity("ash-harbour", ["Ash Harbour"], [0])]}
    assert _promoted(slip, ["box-office", "awards", "premiere"]) == []
    # one article that doubts it is outweighed by one that has the person, as before
    assert _promoted(slip, ["box-office"]) == ["box-office"]
    # a role weighs more: two doubting articles take the person someone with a role
    signed = {"profile": [ArticleEntity("ash-harbour", ["Ash Harbour"], [0], roles=["mayor"])]}
    assert _promoted(signed, ["box-office", "awards"]) == ["box-office", "awards"]
    assert _promoted(signed, ["box-office", "awards", "premiere"]) == []


def _surname_promoted(
    sentence: str,
    word: str = "Vantor",
    namesake: str = "Ola Vantor",
    roles: tuple[str, ...] = ("senator",),
    by_default: bool = False,
    shared: str = "Ruth Kell",
    other_candidates: tuple[str, ...] = (),
    doubting: int = 0,
) -> bool:
    """Whether the lone candidate `word` of an article of `sentence` (which lists Ruth
    Kell) is promoted, beside an article that lists `namesake` (with `roles`) and
    `shared`, and `doubting` more articles that leave `word` a candidate."""
    aid = "poll"
    kell = ArticleEntity("ruth-kell", ["Ruth Kell"], [0])
    lone = [ArticleEntity(word.lower(), [word], [0])]
    lone += [ArticleEntity(o.lower(), [o], [0]) for o in other_candidates]
    poll = _article(aid, [kell], lone)
    poll.sentences = [sentence]
    namesakes = [ArticleEntity("ola-vantor", [namesake], [0], roles=list(roles))]
    namesakes[0].by_default = by_default
    namesakes.append(ArticleEntity(shared.lower().replace(" ", "-"), [shared], [0]))
    rally = _article("rally", namesakes, [])
    others = [
        _article(f"doubt-{n}", [], [ArticleEntity(word.lower(), [word], [0])])
        for n in range(doubting)
    ]
    promote_candidates([poll, rally, *others], Registry())
    return any(p.id == word.lower() for p in poll.people)


@pytest.mark.parametrize(
    ("case", "promoted"),
    [
        # the surname of someone another article lists with a role, beside a person both
        # articles list: a person's
        ({"sentence": "The paper gave Vantor a glowing endorsement."}, True),
        # that article lists nobody this one does: a club or a town of the name
        ({"sentence": "The paper gave Vantor a glowing endorsement.", "shared": "Ivo Lint"}, False),
        # the namesake was listed on the model's label alone, no sign of a person's
        ({"sentence": "The paper gave Vantor a glowing endorsement.", "by_default": True}, False),
        # two articles leave the word a candidate, as many as the namesake's role weighs:
        # in doubt ("Breakfast with Frost" in as many articles as David Frost has weight)
        ({"sentence": "They watched Breakfast with Vantor.", "doubting": 1}, False),
        # a word the article also writes in lower case ("Law lords ... the law")
        ({"sentence": "Vantor lords said the vantor was clear."}, False),
        # written only after "the": a thing's name ("the Vantor report")
        ({"sentence": "The Vantor report was published."}, False),
        # joined by "and" to another lone candidate: a firm's name
        (
            {"sentence": "Firms sued include Vantor and Keel.", "other_candidates": ("Keel",)},
            False,
        ),
        # a common given name alone ("Sam" beside "Fireman Sam")
        ({"sentence": "Sam waved.", "word": "Sam", "namesake": "Anna Sam"}, False),
    ],
)
def test_a_lone_candidate_is_the_surname_of_namesakes_other_articles_list(
    case: dict[str, object], promoted: bool
) -> None:
    assert _surname_promoted(**case) is promoted  # type: ignore[arg-type]


# invented: a title one article takes for a person's name, the others list beside titles
_SLIP = "Ash Harbour won the audience vote on Friday, the festival said.\n"
_DOUBTING = {
    "cinemas": "Cinemas showed Ash Harbour and The Quiet Pier all week.\n",
    "critics": "Critics ranked Ash Harbour and The Long Field among the year's best.\n",
    "viewers": "Viewers chose Ash Harbour and The Salt Road in the poll.\n",
}


def _digested(root: Path, articles: dict[str, str]) -> dict[str, bytes]:
    """Digest the articles (added to those of earlier runs in `root`); every digest's bytes."""
    sources = root / "sources"
    sources.mkdir(parents=True, exist_ok=True)
    for name, text in articles.items():
        (sources / f"{name}.txt").write_text(f"Festival notes\n\n{text}", encoding="utf-8")
    out = root / "out"
    assert run_digest(sources, SEED_REGISTRY, out, root=root) == 0
    return {p.relative_to(out).as_posix(): p.read_bytes() for p in out.rglob("*") if p.is_file()}


def _has_ash_harbour(digests: dict[str, bytes], article: str) -> bool:
    data = yaml.safe_load(digests[f"articles/{article}.yaml"])
    return any("Ash Harbour" in p["as_written"] for p in data["people"])


def test_articles_added_that_doubt_a_name_take_it_back_as_a_cold_run_would(tmp_path: Path) -> None:
    warm = tmp_path / "warm"
    first = _digested(warm, {"review": _SLIP, "cinemas": _DOUBTING["cinemas"]})
    assert _has_ash_harbour(first, "cinemas")  # one article against one: promoted
    rest = {k: v for k, v in _DOUBTING.items() if k != "cinemas"}
    after = _digested(warm, rest)
    assert not any(_has_ash_harbour(after, a) for a in _DOUBTING)  # one against three
    assert after == _digested(tmp_path / "cold", {"review": _SLIP, **_DOUBTING})


def test_sentence_sums_are_taken_back_only_for_the_digest_file_they_were_kept_with(
    tmp_path: Path,
) -> None:
    # the checksum of an article's sentences is kept by the checksum of the file the
    # article was written to: the same file gives it back, any other is hashed again
    article = _article("harbour", [ArticleEntity("vera-lind", ["Vera Lind"], [0])], [])
    path = tmp_path / "people.marshal"
    memory = ResultCache(path, "salt")
    first = SentenceSums(memory)
    hashed = first.of(article)
    first.remember(memory, {"harbour": "sha256:written"})
    memory.save()

    edited = copy.deepcopy(article)
    edited.sentences = ["Vera Lind opened the new ferry terminal on Monday."]
    same_file = SentenceSums(ResultCache(path, "salt"), {"harbour": "sha256:written"})
    assert same_file.of(edited) == hashed  # trusted: the file is the one hashed
    other_file = SentenceSums(ResultCache(path, "salt"), {"harbour": "sha256:other"})
    assert other_file.of(edited) != hashed
    assert SentenceSums(ResultCache(path, "salt")).of(edited) == other_file.of(edited)


def test_a_fingerprint_is_taken_back_only_for_the_file_it_was_settled_with(tmp_path: Path) -> None:
    # the fingerprint resolution settles for an article as it writes it (`reuse.remember`)
    # is kept by the file it is written to: that file gives it back, without making it
    # again; another file, or a run that settled none (its people changed), makes it anew.
    # The keeping alone: that a settled one is the file's is checked in test_resolve_reuse
    article = _article("harbour", [ArticleEntity("vera-lind", ["Vera Lind"], [0])], [])
    path = tmp_path / "people.marshal"
    calls: list[str] = []

    def made(value: str) -> str:
        calls.append(value)
        return value

    first = SentenceSums(ResultCache(path, "salt"), {"harbour": "sha256:read"})
    assert first.fingerprint(article, lambda: made("one")) == "one"
    first.settle("harbour", "one")
    memory = ResultCache(path, "salt")
    first.remember(memory, {"harbour": "sha256:written"})
    memory.save()

    again = SentenceSums(ResultCache(path, "salt"), {"harbour": "sha256:written"})
    assert again.fingerprint(article, lambda: made("two")) == "one"
    assert calls == ["one"]
    other = SentenceSums(ResultCache(path, "salt"), {"harbour": "sha256:read"})
    assert other.fingerprint(article, lambda: made("three")) == "three"
    analysed = SentenceSums(ResultCache(path, "salt"))  # not read from a file: made
    assert analysed.fingerprint(article, lambda: made("four")) == "four"

    memory = ResultCache(path, "salt")
    again.remember(memory, {"harbour": "sha256:rewritten"})  # none settled this run
    memory.save()
    rewritten = SentenceSums(ResultCache(path, "salt"), {"harbour": "sha256:rewritten"})
    assert rewritten.fingerprint(article, lambda: made("five")) == "five"
    assert rewritten.of(article) == first.of(article)  # its sentences' checksum still kept


def test_an_article_whose_promoted_candidate_is_withdrawn_is_fingerprinted_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # the article that has "Ash Harbour" as a person goes: the candidate the other one
    # had promoted is withdrawn, so that article's people are no longer those its file
    # holds, and a fingerprint kept by that file must not be taken back for it
    taken_back = SentenceSums.fingerprint

    def checked(
        sums: SentenceSums, article: ArticleDigest, make: Callable[[], str | None]
    ) -> str | None:
        found = taken_back(sums, article, make)
        assert found == make(), article.id  # the one made from the article as it is
        return found

    monkeypatch.setattr(SentenceSums, "fingerprint", checked)
    weather = "Rain is expected across the coast on Sunday, the forecasters said today."
    warm = tmp_path / "warm"
    first = _digested(warm, {"review": _SLIP, "cinemas": _DOUBTING["cinemas"]})
    assert _has_ash_harbour(first, "cinemas")  # promoted
    _digested(warm, {"weather": weather})  # "cinemas" written back as it was read
    (warm / "sources/review.txt").unlink()
    after = _digested(warm, {})
    assert not _has_ash_harbour(after, "cinemas")  # withdrawn
    assert after == _digested(
        tmp_path / "cold", {"cinemas": _DOUBTING["cinemas"], "weather": weather}
    )
