"""Sentence parses kept for the disagreement rules: read back exactly as the language
model gave them, kept by each article's analysis for every sentence the rules may
read, and made again with the article when it changes or when they are lost."""

from __future__ import annotations

import itertools
import shutil
from pathlib import Path
from typing import Any

import pytest
from seeds import content_copy, load

from generator.article import nlp
from generator.commands.digest import run_digest
from generator.corpus import disagree
from generator.corpus.disagree.parsed import Doc, parser_key, plain
from generator.corpus.disagree.worth import worth_parsing
from generator.model import ArticleDigest, from_plain
from generator.store.cache import SUFFIX, save_sealed
from generator.store.fingerprint import cache_file, checksum, file_stat
from generator.store.shards import ShardedCache

# written for these tests: negation, a conditional question, figures with currency and
# multipliers, a possessor, a quote, a particle verb, a sentence the parser may split
SENTENCES = [
    "The harbour authority said on Monday that 40 ferries were cancelled, not 25 as first"
    " reported.",
    "Mayor Lena Tomic did not rule out a second vote, though she has no plans to call one.",
    "If the talks fail, would the dockers' union strike again before 2026?",
    "Officials dismissed claims by the opposition that the £80m repair budget was spent.",
    "Ms Tomic's deputy, Ivo Maric, told reporters: “We will rebuild the bridge.” He left.",
    "About 1,200 residents – roughly 14% of the town – played down the risk.",
]


def _facts(doc: Any) -> list[Any]:
    """Every token attribute the rules read, as indexes and strings."""
    return [
        (
            t.i, t.idx, len(t), t.text, t.lower_, t.pos_, t.tag_, t.dep_, t.head.i,
            t.left_edge.i, t.right_edge.i, [c.i for c in t.children], [c.i for c in t.subtree],
            [a.i for a in t.ancestors], t.sent.text, t.like_num, t.is_stop, t.is_punct,
        )
        for t in doc
    ]  # fmt: skip


def test_a_kept_parse_reads_as_the_model_gave_it() -> None:
    for doc in nlp.load().pipe(SENTENCES, disable=["ner"]):
        kept = Doc(plain(doc))
        assert kept.text == doc.text
        assert _facts(kept) == _facts(doc)
        assert _facts(kept) == _facts(doc)  # read again: children and subtrees kept
        n = len(doc.text)
        for start, end in itertools.combinations(range(n + 1), 2):
            theirs = doc.char_span(start, end, alignment_mode="expand")
            ours = kept.char_span(start, end)
            assert (theirs is None) == (ours is None)
            if theirs is not None and ours is not None:
                assert [t.i for t in ours] == [t.i for t in theirs]
        for start, end in itertools.product(range(len(doc) + 1), repeat=2):
            assert kept.span(start, end).text == doc[start:end].text


BRIDGE = """Riverton bridge collapse

The old river bridge in Riverton gave way on Sunday morning. {toll} people were killed \
when the river bridge collapsed on Sunday, police said.

Rescue teams searched the river through the night while families waited on the bank.

Engineers had warned the town council about cracks in the old bridge last spring.
"""


_TOLL = "{toll} people were killed when the river bridge collapsed on Sunday, police said."


def _corpus(root: Path, tolls: list[int]) -> Path:
    """Two reports of one collapse, each with its own toll."""
    texts = root / "texts"
    texts.mkdir(parents=True, exist_ok=True)
    paths = []
    for n, toll in enumerate(tolls):
        path = texts / f"{n:03d}_bridge.txt"
        path.write_text(BRIDGE.format(toll=toll), encoding="utf-8")
        paths.append(path)
    return content_copy(root / "repo", sources=paths)


def _digest(root: Path) -> tuple[list[Any], list[Any]]:
    code = run_digest(
        root / "content/sources", root / "content/registry", root / "content/digests", root
    )
    assert code == 0
    stories = [load(p) for p in sorted((root / "content/digests/stories").glob("*.yaml"))]
    return stories[0]["disagreements"], stories


def _kept(root: Path) -> dict[str, Any]:
    path = cache_file(root, root / "content/digests", "parses").with_suffix(SUFFIX)
    kept = ShardedCache(path, parser_key())
    for key in list(kept.where):
        kept.keep(key)
    return dict(kept)


def test_disagreements_read_the_parse_the_articles_kept(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    root = _corpus(tmp_path, [12, 15])
    found, stories = _digest(root)
    assert len(stories) == 1
    assert [d["about"] for d in found] == ["different figures: “12 people” or “15 people”"]
    kept = _kept(root)
    toll = {entry["2"] for entry in kept.values()}  # the toll sentence, as each article parsed it
    assert {Doc(parse).text for parse in toll} == {_TOLL.format(toll=t) for t in (12, 15)}

    # a changed article: its sentences are parsed again with it, the other's are kept
    source = root / "content/sources/001_bridge.txt"
    source.write_text(BRIDGE.format(toll=12) + "\nDivers resumed the search on Monday.\n", "utf-8")
    capsys.readouterr()
    assert _digest(root)[0] == []  # the same toll twice
    assert "(1 analysed, 1 unchanged)" in capsys.readouterr().err
    now = _kept(root)
    assert len(now) == 2 and kept.keys() & now.keys() == {checksum(BRIDGE.format(toll=12).encode())}

    # without the kept parses an article is analysed again: its digest does not hold them
    source.write_text(BRIDGE.format(toll=15), encoding="utf-8")
    _digest(root)
    before = _files(root / "content/digests")
    shutil.rmtree(root / ".cache")
    capsys.readouterr()
    assert _digest(root)[0] == found
    assert "(2 analysed, 0 unchanged)" in capsys.readouterr().err
    assert _files(root / "content/digests") == before


def test_every_sentence_the_rules_read_was_kept(seed_root: Path) -> None:
    """On the seeds' story, each sentence a rule asks for has a parse from its article."""
    asked: list[tuple[str, str]] = []

    class Entry(dict[str, str]):
        def __init__(self, article: str, parses: dict[str, str]) -> None:
            super().__init__(parses)
            self.article = article

        def get(self, key: str, default: Any = None) -> Any:
            asked.append((self.article, key))
            return super().get(key, default)

    kept = {key: Entry(key, parses) for key, parses in _kept(seed_root).items()}
    digests = seed_root / "content/digests"
    articles = [
        from_plain(ArticleDigest, load(p)) for p in sorted((digests / "articles").glob("*.yaml"))
    ]
    found = disagree.find([articles], {}, kept)
    assert found[0] and asked
    worth = {(a.checksum, str(i)) for a in articles for i in worth_parsing(a)}
    assert set(asked) <= worth
    assert all(key in kept[article] for article, key in asked)


def _files(folder: Path) -> dict[str, bytes]:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*.yaml"))
    }


def _parses(root: Path) -> ShardedCache:
    return ShardedCache(
        cache_file(root, root / "content/digests", "parses").with_suffix(SUFFIX), parser_key()
    )


def _cold(root: Path, tmp_path: Path) -> dict[str, bytes]:
    """The digests a run with no cache at all gives over the same sources and digests."""
    cold = tmp_path / "cold"
    shutil.copytree(root, cold)
    shutil.rmtree(cold / ".cache")
    _digest(cold)
    return _files(cold / "content/digests")


def test_an_added_article_writes_one_shard_of_the_kept_parses(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = _corpus(tmp_path, [12, 15, 18])
    _digest(root)
    folder = root / ".cache/briefing"
    before = {p.name: file_stat(p) for p in folder.glob("parses-*.*.marshal")}
    assert len(before) >= 2
    text = BRIDGE.format(toll=21)
    (root / "content/sources/003_bridge.txt").write_text(text, encoding="utf-8")
    capsys.readouterr()
    _digest(root)
    assert "(1 analysed, 3 unchanged)" in capsys.readouterr().err
    after = {p.name: file_stat(p) for p in folder.glob("parses-*.*.marshal")}
    assert {name for name in after if after[name] != before.get(name)} == {
        _parses(root).file_of(checksum(text.encode())).name
    }
    assert _files(root / "content/digests") == _cold(root, tmp_path)


def test_a_damaged_or_foreign_parse_shard_costs_only_time(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = _corpus(tmp_path, [12, 15, 18])
    _digest(root)
    kept = _parses(root)
    files = [kept.file_of(checksum(BRIDGE.format(toll=t).encode())) for t in (12, 15, 18)]
    assert len(set(files)) == 3
    damaged = bytearray(files[0].read_bytes())
    damaged[-3] ^= 1
    files[0].write_bytes(damaged)
    shutil.copy(files[2], files[1])  # another shard's file, sealed as that one
    (root / "content/sources/002_bridge.txt").write_text(BRIDGE.format(toll=21), "utf-8")
    capsys.readouterr()
    _digest(root)
    assert "(3 analysed, 0 unchanged)" in capsys.readouterr().err
    assert _files(root / "content/digests") == _cold(root, tmp_path)


def test_parses_kept_whole_by_an_older_run_are_read_and_kept_in_shards(tmp_path: Path) -> None:
    path = tmp_path / f"parses{SUFFIX}"
    values = {"sha256:a": {"1": "x"}, "sha256:b": {"2": "y"}}
    save_sealed(path, {"salt": "s", "results": values})
    for _ in range(2):  # the older layout, then shards
        kept = ShardedCache(path, "s")
        assert all(kept.known(key) for key in values)
        for key in values:
            kept.keep(key)
        assert dict(kept) == values
        kept.save()
    assert not ShardedCache(path, "another salt").known("sha256:a")
