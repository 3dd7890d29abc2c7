"""The digest command end to end: the contract on the seeds, determinism, re-runs,
unseen folders and bad input."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
import yaml
from seeds import SEED_SOURCES, content_copy

from generator.commands.cli import main
from generator.commands.digest import run_digest
from generator.read.sources import discover

SLUG = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
ARTICLE_KEYS = [
    "id",
    "source",
    "checksum",
    "title",
    "outlet",
    "author",
    "published",
    "url",
    "sentences",
    "paragraphs",
    "removed",
    "summary",
    "people",
    "countries",
    "organizations",
    "quotes",
    "dates",
    "candidates",
    "withdrawn",
    "language",
]
UNSEEN = """\
Finland to double artillery shell output, minister says

Finnish Defence Minister Antti Hakkanen said on Tuesday that Finland would double its production of artillery shells by 2027.
"We have to be ready for a long war in Europe," Hakkanen told reporters in Helsinki.
Hakkanen said the plan would cost about 200 million euros and create 300 jobs.
Swedish officials welcomed the move, and Germany is expected to buy part of the output.
"""


def load(path: Path) -> dict:  # type: ignore[type-arg]
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def test_article_digests_follow_the_contract(seed_digests: Path) -> None:
    sources = discover(SEED_SOURCES)
    for source in sources:
        digest = load(seed_digests / "articles" / f"{source.stem}.yaml")
        assert list(digest) == ARTICLE_KEYS
        assert digest["id"] == source.stem
        assert digest["source"] == f"content/sources/{source.name}"
        assert re.fullmatch(r"sha256:[0-9a-f]{64}", digest["checksum"])
        n = len(digest["sentences"])
        assert n > 3 and all(isinstance(s, str) and s.strip() for s in digest["sentences"])
        assert all(0 <= i < n for i in digest["summary"]) and digest["summary"] == sorted(
            digest["summary"]
        )
        for kind in ("people", "countries", "organizations"):
            for entity in digest[kind]:
                assert SLUG.match(entity["id"]) and entity["as_written"]
                assert all(0 <= i < n for i in entity["sentences"])
        for quote in digest["quotes"]:
            assert 0 <= quote["sentence"] < n and quote["text"]
            assert (
                quote["speaker"] is None
                or (seed_digests / "people" / f"{quote['speaker']}.yaml").exists()
            )
        for removed in digest["removed"]:
            assert removed["line"] >= 1 and removed["reason"]


def test_people_and_countries_have_their_digests(seed_digests: Path) -> None:
    roll = load(seed_digests / "people" / "madis-roll.yaml")
    assert roll["name"] == "Madis Roll"
    assert {a["name"] for a in roll["aliases"]} >= {"Madis Roll", "Madis Rohr", "Rohr", "Roll"}
    assert roll["country"] == "estonia" and len(roll["articles"]) == 4
    assert roll["quotes"] and all(q["text"] for q in roll["quotes"])
    assert any(m["spelling"] == "Madis Rohr" and m["evidence"] for m in roll["merges"])
    estonia = load(seed_digests / "countries" / "estonia.yaml")
    assert "madis-roll" in estonia["people"] and "kaja-kallas" in estonia["people"]
    assert {"Estonia", "Estonian", "Tallinn"} <= {a["name"] for a in estonia["aliases"]}


def test_the_seeds_form_one_story(seed_digests: Path) -> None:
    stories = list((seed_digests / "stories").glob("*.yaml"))
    assert len(stories) == 1
    story = load(stories[0])
    assert len(story["articles"]) == 5
    for citation in story["summary"]:
        article = load(seed_digests / "articles" / f"{citation['article']}.yaml")
        assert article["sentences"][citation["sentence"]] == citation["text"]
    # a name spelled two ways is among the person's spellings, not a disagreement
    assert all(d["kind"] in ("sources", "within-source") for d in story["disagreements"])
    assert any("Canada" in c["text"] for d in story["disagreements"] for c in d["citations"])


def _digest_copy(root: Path, names: list[str]) -> Path:
    """Copy the seeds in the given order (creation order is what a directory listing shows)."""
    content_copy(root, sources=[SEED_SOURCES / name for name in names])
    assert (
        run_digest(
            root / "content/sources", root / "content/registry", root / "content/digests", root=root
        )
        == 0
    )
    return root / "content" / "digests"


def _files(folder: Path) -> dict[str, bytes]:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*.yaml"))
    }


def test_digests_are_byte_identical_whatever_the_file_order(
    seed_digests: Path, tmp_path: Path
) -> None:
    names = sorted(p.name for p in SEED_SOURCES.iterdir())
    shuffled = _digest_copy(tmp_path / "b", names[::-1][2:] + names[::-1][:2])
    assert _files(shuffled) == _files(seed_digests)


def test_a_rerun_with_unchanged_sources_rewrites_nothing(seed_root: Path) -> None:
    out = seed_root / "content" / "digests"
    stamps = {p: p.stat().st_mtime_ns for p in out.rglob("*.yaml")}
    assert (
        run_digest(
            seed_root / "content/sources", seed_root / "content/registry", out, root=seed_root
        )
        == 0
    )
    assert {p: p.stat().st_mtime_ns for p in out.rglob("*.yaml")} == stamps


def test_digest_any_folder_from_the_command_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "finland shells.txt").write_text(UNSEEN, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert main(["digest", "--sources", "in", "--out", "out"]) == 0  # no content/registry here
    article = load(tmp_path / "out" / "articles" / "finland-shells.yaml")  # an id from the name
    assert article["title"] == "Finland to double artillery shell output, minister says"
    hakkanen = next(p for p in article["people"] if "Hakkanen" in p["as_written"])
    assert "Antti Hakkanen" in hakkanen["as_written"]
    assert any("Minister" in r for r in hakkanen["roles"])
    assert {c["id"] for c in article["countries"]} >= {"finland", "germany", "sweden"}
    quote = next(q for q in article["quotes"] if q["text"].startswith("We have to be ready"))
    assert quote["speaker"] == hakkanen["id"]


def test_bad_inputs_are_reported_and_the_rest_is_digested(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    src = tmp_path / "sources"
    src.mkdir()
    (src / "good.txt").write_text(UNSEEN, encoding="utf-8")
    (src / "empty.txt").write_bytes(b"")
    (src / "blank.txt").write_text("  \n\n \t\n", encoding="utf-8")
    (src / "binary.txt").write_bytes(bytes(range(256)) * 8)
    (src / "huge.txt").write_bytes(b"word " * 4_200_000)
    (src / "front.md").write_text("---\ntitle: [unclosed\n---\nText.\n", encoding="utf-8")
    (src / "nopage.html").write_text("<html><body><nav>Home</nav></body></html>", encoding="utf-8")
    (src / "z copy of good.txt").write_text(UNSEEN, encoding="utf-8")
    (src / "sidecar.txt").write_text(UNSEEN.replace("Finland", "Norway"), encoding="utf-8")
    (src / "sidecar.meta.yaml").write_text("title: [broken\n", encoding="utf-8")
    code = run_digest(src, tmp_path / "registry", tmp_path / "out", root=tmp_path)
    err = capsys.readouterr().err
    assert code == 1
    expected = {
        "empty.txt": "empty file",
        "blank.txt": "whitespace only",
        "binary.txt": "binary",
        "huge.txt": "too large",
        "front.md": "front matter",
        "nopage.html": "no article text",
        "z copy of good.txt": "duplicate",
        "sidecar.txt": "sidecar",
    }
    for name, problem in expected.items():
        line = next((x for x in err.splitlines() if name in x), "")
        assert problem in line, (name, err)
    assert [p.name for p in (tmp_path / "out" / "articles").iterdir()] == ["good.yaml"]
    assert not list((tmp_path / "out").rglob("*.tmp"))


def test_encodings_are_detected_and_kept(tmp_path: Path) -> None:
    src = tmp_path / "sources"
    src.mkdir()
    text = "Ingrida Šimonytė met Kaja Kallas in Tallinn on Monday, officials said.\n"
    (src / "bom.txt").write_bytes("\ufeff".encode() + text.encode("utf-8"))
    (src / "cp1252.txt").write_bytes(
        "“Café talks” resumed in Rīga’s old town, Kallas said.\n".replace("Rīga", "Riga").encode(
            "cp1252"
        )
    )
    (src / "latin1.txt").write_bytes(
        "Søren Møller said the Ærø ferry would run.\n".encode("latin-1")
    )
    (src / "näme with space.txt").write_text(text, encoding="utf-8")
    assert run_digest(src, tmp_path / "registry", tmp_path / "out", root=tmp_path) == 0
    first = lambda name: load(tmp_path / "out" / "articles" / f"{name}.yaml")["sentences"][0]  # noqa: E731
    assert first("bom") == text.strip()
    assert first("cp1252").startswith("“Café talks”")
    assert first("latin1").startswith("Søren Møller")
    assert first("name-with-space") == text.strip()  # the id a file name makes
    assert "name-with-space.yaml" in os.listdir(tmp_path / "out" / "articles")


PAGE = """<!doctype html><html><head><title>Finland to double shell output | Nordic Wire</title>
<meta property="og:site_name" content="Nordic Wire"><meta name="author" content="Anna Virtanen">
<meta property="article:published_time" content="2024-06-03T10:00:00Z"></head><body>
<nav><a href="/">Home</a> | <a href="/world">World</a></nav>
<article><h1>Finland to double shell output</h1>
<p>Finnish Defence Minister Antti Hakkanen said on Monday that Finland would double its production of artillery shells by 2027.</p>
<p>"We have to be ready for a long war in Europe," Hakkanen told reporters in Helsinki on Monday afternoon.</p>
<p>The plan would cost about 200 million euros and create 300 jobs in the region, officials said.</p></article>
<footer>Cookie settings. Copyright Nordic Wire.</footer></body></html>"""


def test_a_saved_html_page_gives_text_and_metadata(tmp_path: Path) -> None:
    (tmp_path / "src").mkdir()
    (tmp_path / "src" / "page.html").write_text(PAGE, encoding="utf-8")
    assert run_digest(tmp_path / "src", tmp_path / "reg", tmp_path / "out", root=tmp_path) == 0
    article = load(tmp_path / "out" / "articles" / "page.yaml")
    assert article["author"] == "Anna Virtanen" and article["published"] == "2024-06-03"
    assert article["outlet"] == "Nordic Wire"
    assert article["title"] == "Finland to double shell output"
    assert article["sentences"][0].startswith("Finnish Defence Minister")  # not the headline
    text = " ".join(article["sentences"])
    assert "double its production of artillery shells" in text and "Home" not in text
    assert any(
        q["text"].startswith("We have to be ready") and q["speaker"] for q in article["quotes"]
    )


def test_a_broken_registry_file_is_named_and_the_rest_still_works(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "src").mkdir()
    (tmp_path / "src" / "a.txt").write_text(UNSEEN, encoding="utf-8")
    (tmp_path / "reg").mkdir()
    (tmp_path / "reg" / "people.yaml").write_text(
        "people:\n  - name: [unclosed\n", encoding="utf-8"
    )
    (tmp_path / "reg" / "organizations.yaml").write_text(
        "organizations:\n  - name: Nordic Wire\n", encoding="utf-8"
    )
    assert run_digest(tmp_path / "src", tmp_path / "reg", tmp_path / "out", root=tmp_path) == 1
    err = capsys.readouterr().err
    assert f"{tmp_path / 'reg' / 'people.yaml'}: not valid YAML" in err
    assert (tmp_path / "out" / "articles" / "a.yaml").exists()


@pytest.mark.parametrize("stage", ["prepare", "analyze"])
def test_an_article_whose_analysis_breaks_is_named_and_keeps_its_digest(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, stage: str
) -> None:
    from generator import settings
    from generator.article import analyze

    src = tmp_path / "sources"
    src.mkdir()
    (src / "finland.txt").write_text(UNSEEN, encoding="utf-8")
    (src / "norway.txt").write_text(UNSEEN.replace("Finland", "Norway"), encoding="utf-8")
    out = tmp_path / "out"
    assert run_digest(src, tmp_path / "registry", out, root=tmp_path) == 0
    before = (out / "articles" / "norway.yaml").read_bytes()

    # the same faults in two worker processes, one article each
    monkeypatch.setattr(settings, "BATCH_SIZE", 1)
    monkeypatch.setattr(settings, "MIN_SOURCES_PER_PROCESS", 1)
    real = getattr(analyze, stage)

    def broken(item: object, *rest: object) -> object:
        if "Norway" in str(getattr(item, "text", "")) + str(getattr(item, "lines", "")):
            raise ValueError("no sentences left")
        return real(item, *rest)

    monkeypatch.setattr(analyze, stage, broken)
    (src / "finland.txt").write_text(UNSEEN + "\nMore text.\n", encoding="utf-8")
    (src / "norway.txt").write_text(UNSEEN.replace("Finland", "Norway") + "\nMore.\n", "utf-8")
    code = run_digest(src, tmp_path / "registry", out, root=tmp_path, jobs=2)
    err = capsys.readouterr().err
    assert code == 1
    assert f"{src / 'norway.txt'}: analysis failed (ValueError: no sentences left)" in err
    assert "finland.txt" not in err
    assert "More text." in (out / "articles" / "finland.yaml").read_text(encoding="utf-8")
    assert (out / "articles" / "norway.yaml").read_bytes() == before


def test_a_byte_identical_copy_is_a_notice_not_a_failure(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    src = tmp_path / "sources"
    src.mkdir()
    (src / "hakkanen.txt").write_text(UNSEEN, encoding="utf-8")
    (src / "hakkanen (1).txt").write_text(UNSEEN, encoding="utf-8")  # saved twice
    code = run_digest(src, tmp_path / "registry", tmp_path / "out", root=tmp_path)
    err = capsys.readouterr().err
    assert code == 0
    # the shorter name is taken for the original, whatever sorts first
    assert "hakkanen (1).txt: same bytes as hakkanen.txt; skipped as a duplicate" in err
    assert [p.name for p in (tmp_path / "out" / "articles").iterdir()] == ["hakkanen.yaml"]
