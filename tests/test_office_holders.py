"""A quote framed by an office its article ties to no one ("the prime minister said") is
given the one person the article names whom the corpus's articles of the same months
give that office, and only when that person dominates; decided afresh on every run."""

from __future__ import annotations

from pathlib import Path

import yaml
from seeds import SEED_REGISTRY

from generator.commands.digest import run_digest
from generator.corpus.resolve import resolve_people
from generator.model import ArticleDigest, ArticleEntity, Quote
from generator.registry import Registry, build_gazetteer

_TALKS = [
    "Alan Reyes met union leaders in Leeds on Tuesday, along with Mary Stone.",
    "Talks went on late into the night.",
    "We will find a way through this together, the prime minister said.",
]


def _article(
    aid: str,
    published: str | None,
    people: list[ArticleEntity],
    quotes: list[Quote] | None = None,
    sentences: list[str] = _TALKS,
) -> ArticleDigest:
    return ArticleDigest(
        aid, f"{aid}.txt", "sha256:0", None, None, None, published, None, sentences, [0],
        [], [], people, [], [], quotes or [], [], [],
    )  # fmt: skip


def _holder(aid: str, published: str | None, pid: str, name: str, role: str) -> ArticleDigest:
    """An article giving a person an office: "Prime Minister Alan Reyes opened ..."."""
    return _article(aid, published, [ArticleEntity(pid, [name], [0], roles=[role])])


def _talks(
    published: str | None = "2024-03-20",
    framed: str = "the prime minister",
    sentences: list[str] = _TALKS,
) -> ArticleDigest:
    """Names two people, neither given a role, and quotes an office."""
    people = [
        ArticleEntity("alan-reyes", ["Alan Reyes"], [0]),
        ArticleEntity("mary-stone", ["Mary Stone"], [0]),
    ]
    quote = Quote(None, "We will find a way through this together", 2, as_written=framed)
    return _article("talks", published, people, [quote], sentences)


def _speaker(articles: list[ArticleDigest]) -> tuple[str | None, str | None]:
    registry = Registry()
    resolve_people(articles, build_gazetteer(registry), registry)
    quote = next(a for a in articles if a.id == "talks").quotes[0]
    return quote.speaker, quote.given_by


def _reyes_pm(days: list[str], role: str = "Prime Minister") -> list[ArticleDigest]:
    return [_holder(f"pm{k}", day, "alan-reyes", "Alan Reyes", role) for k, day in enumerate(days)]


_SPRING = ["2024-01-10", "2024-02-10", "2024-03-10"]


def test_an_office_goes_to_the_one_person_named_whom_other_articles_give_it() -> None:
    assert _speaker([_talks(), *_reyes_pm(_SPRING)]) == ("alan-reyes", "office")
    # a nation's word before the office is still the office; "PM" is "prime minister"
    british = _reyes_pm(_SPRING, role="British Prime Minister")
    assert _speaker([_talks(framed="the PM"), *british]) == ("alan-reyes", "office")


def test_too_few_articles_a_lesser_office_or_no_date_give_nobody() -> None:
    assert _speaker([_talks(), *_reyes_pm(_SPRING[:2])]) == (None, None)
    deputy = _reyes_pm(_SPRING, role="Deputy Prime Minister")
    assert _speaker([_talks(), *deputy]) == (None, None)
    assert _speaker([_talks(framed="the deputy prime minister"), *deputy]) == (None, None)
    assert _speaker([_talks(framed="the former prime minister"), *_reyes_pm(_SPRING)]) == (
        None,
        None,
    )
    assert _speaker([_talks(published=None), *_reyes_pm(_SPRING)]) == (None, None)
    officials = _reyes_pm(_SPRING, role="official")
    assert _speaker([_talks(framed="the official"), *officials]) == (None, None)
    # the office is the role's head: a foreign minister is not "the minister"
    assert _speaker([_talks(framed="the minister"), *_reyes_pm(_SPRING)]) == (None, None)


def test_the_holder_must_dominate_the_others_the_article_names() -> None:
    stone = [
        _holder(f"ms{k}", "2024-02-01", "mary-stone", "Mary Stone", "Prime Minister")
        for k in range(2)
    ]
    # Reyes's 3 articles are not 5 times Stone's 2: nobody
    assert _speaker([_talks(), *_reyes_pm(_SPRING), *stone]) == (None, None)
    # a holder the article does not name is no rival
    other = [
        _holder(f"jo{k}", "2024-02-01", "jo-park", "Jo Park", "Prime Minister") for k in range(3)
    ]
    assert _speaker([_talks(), *_reyes_pm(_SPRING), *other]) == ("alan-reyes", "office")


def test_a_role_that_is_more_than_the_office_or_a_shared_title_gives_nobody() -> None:
    waiting = _reyes_pm(_SPRING, role="Prime Minister in waiting")
    assert _speaker([_talks(), *waiting]) == (None, None)
    spokesman = _reyes_pm(_SPRING, role="spokesman of the Prime Minister")
    assert _speaker([_talks(framed="the spokesman"), *spokesman]) == (None, None)
    leader = _reyes_pm(_SPRING, role="Leader of the House")
    assert _speaker([_talks(framed="the leader"), *leader]) == (None, None)
    exchequer = _reyes_pm(_SPRING, role="Chancellor of the Exchequer")
    assert _speaker([_talks(framed="the chancellor"), *exchequer]) == ("alan-reyes", "office")
    # a date not written as a day of the calendar is no date
    assert _speaker([_talks(published="20240320"), *_reyes_pm(_SPRING)]) == (None, None)


def test_another_countrys_holder_the_article_may_mean_gives_nobody() -> None:
    """Reyes is prime minister in 15 articles; the article that names Japan's, or whose
    text gives the office to Japan, may quote Japan's."""
    reyes = _reyes_pm(["2024-01-10"] * 15)
    japan = [
        _holder(f"jp{k}", "2024-02-01", "mary-stone", "Mary Stone", "Japanese Prime Minister")
        for k in range(3)
    ]
    assert _speaker([_talks(), *reyes, *japan]) == (None, None)
    met = ["Alan Reyes met Japan's prime minister in Tokyo on Tuesday.", *_TALKS[1:]]
    assert _speaker([_talks(sentences=met), *reyes]) == (None, None)
    of_japan = ["Alan Reyes met the prime minister of Japan in Tokyo.", *_TALKS[1:]]
    assert _speaker([_talks(sentences=of_japan), *reyes]) == (None, None)
    # the speaker's own country written beside the office is no other holder
    british = _reyes_pm(_SPRING, role="British Prime Minister")
    own = ["The British prime minister, Alan Reyes, met union leaders.", *_TALKS[1:]]
    assert _speaker([_talks(sentences=own), *british]) == ("alan-reyes", "office")


def test_roles_count_only_within_the_window_of_the_quote() -> None:
    """One office, two holders years apart: the article of 2024 that names the holder of
    2010 in passing does not give him the words of 2024's prime minister."""
    old = _reyes_pm(["2010-01-10", "2010-02-10", "2010-03-10"])
    assert _speaker([_talks(), *old]) == (None, None)
    assert _speaker([_talks(published="2010-04-01"), *old]) == ("alan-reyes", "office")


def test_a_given_speaker_is_taken_back_when_the_corpus_no_longer_gives_it() -> None:
    talks = _talks()
    registry = Registry()
    gazetteer = build_gazetteer(registry)
    changed: set[str] = set()
    resolve_people([talks, *_reyes_pm(_SPRING)], gazetteer, registry, changed=changed)
    assert talks.quotes[0].speaker == "alan-reyes" and "talks" in changed
    changed.clear()
    resolve_people([talks, *_reyes_pm(_SPRING)], gazetteer, registry, changed=changed)
    assert talks.quotes[0].speaker == "alan-reyes" and "talks" not in changed
    resolve_people([talks], gazetteer, registry, changed=changed)
    assert talks.quotes[0].speaker is None and talks.quotes[0].given_by is None
    assert "talks" in changed and talks.quotes[0].as_written == "the prime minister"
    # a rival the article names, added later, is as good a holder: taken back again
    resolve_people([talks, *_reyes_pm(_SPRING)], gazetteer, registry)
    rival = [
        _holder(f"ms{k}", "2024-02-01", "mary-stone", "Mary Stone", "Prime Minister")
        for k in range(3)
    ]
    changed.clear()
    resolve_people([talks, *_reyes_pm(_SPRING), *rival], gazetteer, registry, changed=changed)
    assert talks.quotes[0].speaker is None and "talks" in changed


_BRIDGE = (
    "Prime Minister Alan Reyes opened the new bridge in Leeds on {}. It cost 40 million pounds.\n"
)
_MEETING = (
    "Alan Reyes met union leaders in Leeds on Tuesday, along with Mary Stone, who runs the"
    ' rail union.\n\nTalks went on late into the night. "We will find a way through this'
    ' together," the prime minister said after the meeting.\n'
)


def _source(day: str, title: str, body: str) -> str:
    return f"---\npublished: {day}\n---\n{title}\n\n{body}"


_SOURCES = {
    "bridge1": _source("2024-01-10", "Bridge opens", _BRIDGE.format("Monday")),
    "bridge2": _source("2024-02-10", "Second bridge opens", _BRIDGE.format("Friday")),
    "bridge3": _source("2024-03-10", "Third bridge opens", _BRIDGE.format("Sunday")),
    "talks": _source("2024-03-20", "Strike talks", _MEETING),
}


def _digested(root: Path, names: list[str], gone: tuple[str, ...] = ()) -> dict[str, bytes]:
    """Digest the named sources (added to those of earlier runs in `root`, but for
    `gone`); every digest's bytes."""
    sources = root / "sources"
    sources.mkdir(parents=True, exist_ok=True)
    for name in gone:
        (sources / f"{name}.txt").unlink()
    for name in names:
        (sources / f"{name}.txt").write_text(_SOURCES[name], encoding="utf-8")
    out = root / "out"
    assert run_digest(sources, SEED_REGISTRY, out, root=root) == 0
    return {p.relative_to(out).as_posix(): p.read_bytes() for p in out.rglob("*") if p.is_file()}


def _quote(digests: dict[str, bytes]) -> tuple[str | None, str, str | None]:
    quote = yaml.safe_load(digests["articles/talks.yaml"])["quotes"][0]
    return quote["speaker"], quote["as_written"], quote["given_by"]


def test_digests_are_the_same_whatever_the_order_the_articles_came_in(tmp_path: Path) -> None:
    cold = _digested(tmp_path / "cold", list(_SOURCES))
    assert _quote(cold) == ("alan-reyes", "the prime minister", "office")
    first = tmp_path / "talks-first"
    assert _quote(_digested(first, ["talks", "bridge1"])) == (None, "the prime minister", None)
    assert _digested(first, ["bridge2", "bridge3"]) == cold
    last = tmp_path / "talks-last"
    _digested(last, ["bridge3", "bridge2", "bridge1"])
    assert _digested(last, ["talks"]) == cold
    # an office's article gone: the speaker is taken back, as a cold run would leave it
    gone = _digested(last, [], gone=("bridge2",))
    assert _quote(gone) == (None, "the prime minister", None)
    assert gone == _digested(tmp_path / "cold2", ["bridge1", "bridge3", "talks"])
