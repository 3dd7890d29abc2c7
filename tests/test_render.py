"""Digests to Markdown, without a site build: golden pages, escaping, lenient reading.

Set UPDATE_GOLDEN=1 to rewrite tests/golden/ after an intended change, then review the
diff like any other change to the site.
"""

from __future__ import annotations

import os
from html.parser import HTMLParser
from pathlib import Path

import markdown
import pytest
import yaml
from casefile import cases
from sitebuild import FIXTURE_DIGESTS, REPO

from generator.commands.cli import main
from generator.site import ascii_fold as fold
from generator.site import escape_text, render_folder, render_pages
from generator.site.data import load_digests

GOLDEN = REPO / "tests" / "golden"
EXTENSIONS = yaml.safe_load((REPO / "mkdocs.yml").read_text())["markdown_extensions"]


def test_pages_match_golden_files() -> None:
    pages, problems = render_folder(FIXTURE_DIGESTS)
    assert problems == []
    if os.environ.get("UPDATE_GOLDEN"):
        for old in GOLDEN.rglob("*.md"):
            old.unlink()
        for path, text in pages.items():
            (GOLDEN / path).parent.mkdir(parents=True, exist_ok=True)
            (GOLDEN / path).write_text(text, encoding="utf-8")
    expected = {
        p.relative_to(GOLDEN).as_posix(): p.read_text(encoding="utf-8")
        for p in GOLDEN.rglob("*.md")
    }
    assert sorted(pages) == sorted(expected)
    for path, text in pages.items():
        assert text == expected[path], f"{path} differs from tests/golden/{path}"


def test_rendering_is_deterministic() -> None:
    digests, _ = load_digests(FIXTURE_DIGESTS)
    assert render_pages(digests) == render_pages(load_digests(FIXTURE_DIGESTS)[0])


class _Visible(HTMLParser):
    """Collect the tags and the text a browser would show."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[str] = []
        self.text = ""

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)

    def handle_data(self, data: str) -> None:
        self.text += data


@pytest.mark.parametrize("case", cases("render", "payloads"))
def test_escaped_text_renders_as_itself(case: dict[str, str]) -> None:
    payload = case["text"]
    html = markdown.markdown(f"- {escape_text(payload)}", extensions=EXTENSIONS)
    seen = _Visible()
    seen.feed(html)
    assert seen.tags == ["ul", "li"], html
    assert seen.text.strip() == " ".join(payload.split()), html


def test_escaping_covers_every_markdown_special_of_the_site() -> None:
    md = markdown.Markdown(extensions=EXTENSIONS)
    html_escaped = {"<", ">"}  # turned into entities instead of backslash-escaped
    for char in set(md.ESCAPED_CHARS) - html_escaped:
        assert escape_text(char) == "\\" + char, char


@pytest.mark.parametrize("case", cases("render", "ascii_fold"))
def test_fold_spells_names_in_ascii(case: dict[str, str]) -> None:
    assert fold(case["name"]) == case["folded"]


def test_person_page_lists_every_spelling_for_search() -> None:
    pages, _ = render_folder(FIXTURE_DIGESTS)
    front = yaml.safe_load(pages["people/ingrida-simonyte.md"].split("---")[1])
    assert {"Ingrida Šimonytė", "Ingrida Simonyte", "Šimonytė", "Simonyte"} <= set(front["tags"])
    front = yaml.safe_load(pages["people/madis-roll.md"].split("---")[1])
    assert "Madis Rohr" in front["tags"]
    assert "Also written as **Madis Rohr** in 1 source" in pages["people/madis-roll.md"]


def test_search_tags_are_html_escaped() -> None:
    """Material's search results insert tags as HTML."""
    pages, _ = render_folder(FIXTURE_DIGESTS)
    front = yaml.safe_load(pages["people/jane-doe.md"].split("---")[1])
    assert all("<" not in tag for tag in front["tags"])


def test_every_citation_points_at_a_sentence() -> None:
    pages, _ = render_folder(FIXTURE_DIGESTS)
    person = pages["people/madis-roll.md"]
    assert "(../sources/001_err.md#s-2)" in person
    assert "(../sources/002_kyiv.md#s-1)" in person
    source = pages["sources/001_err.md"]
    for n in range(7):
        assert f'<span id="s-{n}" class="sentence">' in source


def test_names_in_source_text_link_to_their_pages() -> None:
    pages, _ = render_folder(FIXTURE_DIGESTS)
    assert "[Madis Rohr](../people/madis-roll.md)" in pages["sources/002_kyiv.md"]
    assert "Hanno Pevkur said" in pages["sources/002_kyiv.md"]  # no page: not linked


def test_no_digests_still_gives_every_section(tmp_path: Path) -> None:
    pages, problems = render_folder(tmp_path / "missing")
    assert problems == []
    assert set(pages) == {
        "index.md",
        "people/index.md",
        "countries/index.md",
        "sources/index.md",
        "stories/index.md",
        "timeline.md",
    }
    assert "Nothing here yet" in pages["index.md"]


def test_missing_optional_data_renders(tmp_path: Path) -> None:
    (tmp_path / "articles").mkdir()
    (tmp_path / "people").mkdir()
    (tmp_path / "articles" / "a1.yaml").write_text("sentences: [Only text.]\n")
    (tmp_path / "people" / "p1.yaml").write_text("aliases: null\nquotes: []\n")
    pages, problems = render_folder(tmp_path)
    assert problems == []
    assert pages["people/p1.md"].count("# p1") == 1
    assert '<span id="s-0" class="sentence">Only text\\.</span>' in pages["sources/a1.md"]


def test_a_source_not_in_english_says_why_it_names_no_one(tmp_path: Path) -> None:
    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / "de.yaml").write_text(
        "sentences: [Die Regierung hat am Montag entschieden.]\nlanguage: German\n"
    )
    (tmp_path / "articles" / "en.yaml").write_text("sentences: [The council met.]\n")
    pages, problems = render_folder(tmp_path)
    assert problems == []
    assert "**Language:** German: the text is kept" in pages["sources/de.md"]
    assert "Language:" not in pages["sources/en.md"]


def test_unreadable_digest_is_skipped_and_named(tmp_path: Path) -> None:
    (tmp_path / "people").mkdir()
    (tmp_path / "people" / "good.yaml").write_text("name: Good Person\n")
    (tmp_path / "people" / "bad.yaml").write_text("name: [unclosed\n")
    (tmp_path / "people" / "worse.yaml").write_text("quotes: [{article: a}]\n")
    (tmp_path / "people" / "moved.yaml").write_text("id: ../../outside\n")
    pages, problems = render_folder(tmp_path)
    assert "people/good.md" in pages
    assert len(problems) == 3
    assert "bad.yaml" in problems[0]
    assert "moved.yaml" in problems[1] and "file name" in problems[1]
    assert "worse.yaml" in problems[2] and "quotes[0].sentence" in problems[2]
    assert not any("outside" in path for path in pages)


def test_render_command_writes_the_pages(tmp_path: Path) -> None:
    out = tmp_path / "pages"
    assert main(["render", "--digests", str(FIXTURE_DIGESTS), "--out", str(out)]) == 0
    assert (out / "people" / "madis-roll.md").read_text(encoding="utf-8") == (
        GOLDEN / "people" / "madis-roll.md"
    ).read_text(encoding="utf-8")
