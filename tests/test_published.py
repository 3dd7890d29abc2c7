"""The publication date: from the editor (sidecar, front matter), the page's tags or the
text's date line; a date without a year is read against the article's own date, never
against the day of the run, and reported when it cannot be."""

from __future__ import annotations

from pathlib import Path

import pytest
from trafilatura.utils import load_html

from generator.article.dates import parse_published
from generator.commands.digest import run_digest
from generator.read.day import header_day
from generator.read.sources import read_source
from generator.store.yamlio import load

BODY = (
    "The harbour authority said on Tuesday that the new ferry terminal would open in the "
    "spring, two years later than planned.\n\n"
    "Work on the terminal stopped for eight months last year after the builder went "
    "bankrupt, the authority said in a statement.\n"
)


@pytest.mark.parametrize(
    ("given", "anchor", "expected"),
    [
        ("2024-05-14T09:57:00Z", None, "2024-05-14"),
        ("Published: 14 May 2024, 09:57", None, "2024-05-14"),
        ("May 10", "2024-05-14", "2024-05-10"),
        ("Dec 30", "2024-01-05", "2023-12-30"),
        ("yesterday", "2024-05-14", "2024-05-13"),
        ("2 days ago", "2024-05-14", "2024-05-12"),
        ("May 10", None, None),
        ("yesterday", None, None),
        ("May 2024", "2024-05-14", None),
        ("soon", "2024-05-14", None),
        ("2024-02-30", None, None),
    ],
)
def test_a_date_is_read_against_the_article_not_the_day_of_the_run(
    given: str, anchor: str | None, expected: str | None
) -> None:
    assert parse_published(given, anchor) == expected


def digest(tmp_path: Path, files: dict[str, str]) -> dict[str, dict[str, object]]:
    src = tmp_path / "src"
    src.mkdir()
    for name, text in files.items():
        (src / name).write_text(text, encoding="utf-8")
    assert run_digest(src, tmp_path / "reg", tmp_path / "out", root=tmp_path) == 0
    return {p.stem: load(p) for p in (tmp_path / "out" / "articles").glob("*.yaml")}


def test_relative_dates_from_the_editor_resolve_or_are_reported(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    articles = digest(
        tmp_path,
        {
            "dated.txt": "Ferry terminal delayed\n\nPublished 14 May 2024\n\n" + BODY,
            "dated.meta.yaml": "published: May 10\n",
            "front.md": "---\npublished: 2 days ago\n---\nPosted 3 June 2024, 10:05\n\n" + BODY,
            "undated.txt": "Ferry terminal delayed\n\n" + BODY,
            "undated.meta.yaml": "published: yesterday\n",
            "plain.txt": "Ferry terminal opening delayed\n\n" + BODY,
        },
    )
    assert articles["dated"]["published"] == "2024-05-10"
    assert articles["front"]["published"] == "2024-06-01"
    assert articles["undated"]["published"] is None
    assert articles["plain"]["published"] is None
    err = capsys.readouterr().err.splitlines()
    reported = [line for line in err if "published" in line]
    assert len(reported) == 1 and "undated.txt" in reported[0] and "'yesterday'" in reported[0]


SAVED = """<!doctype html><html><head><title>Ferry terminal delayed | Nordic Wire</title></head>
<body><article><h1>Ferry terminal delayed</h1>{body}</article><footer>{footer}</footer></body></html>"""
PARAGRAPHS = "".join(f"<p>{p}</p>" for p in BODY.split("\n\n"))


@pytest.mark.parametrize(
    ("body", "footer", "expected"),
    [
        # htmldate fills a year with 1 January: the notice's, or any year the text names
        ("", "© 2023 Nordic Wire. All rights reserved.", None),
        ("<p>The old terminal was built in 2019 and closed in 2021.</p>", "", None),
        ("", "Archive: 11/2023", None),  # a month filled with its 1st
        # a 1st the page writes is a day like any other
        ("", "Posted 1 November 2023", "2023-11-01"),
        ("<time datetime='2023-11-01T08:00'>Wednesday</time>", "", "2023-11-01"),
        ("", "Posted 3 November 2023", "2023-11-03"),
        # a date in its own block, glued to the next by the element's text, is read apart
        ("<p>Nov. 1, 2023</p>", "", "2023-11-01"),
        ("<div>1st November 2023</div><p>Updated daily</p>", "", "2023-11-01"),
        ("", "Published: 2023/11/01", "2023-11-01"),
        # a day only the text gives is kept when no other date line names another day:
        # htmldate picks the oldest, a related story's as readily as the article's own
        ("<p>Posted 3 November 2023 · Updated 5 November 2023</p>", "", "2023-11-03"),
        (
            "<p>Posted 3 November 2023</p><ul><li>Dredging begins</li><li>2 October 2023</li></ul>",
            "",
            None,
        ),
        # below the article, apart from its header, a day among others says nothing
        (
            "<p>Posted 3 November 2023</p><p>Comments</p><p>Ann Lee</p><p>1 December 2023</p>",
            "",
            None,
        ),
    ],
)
def test_a_saved_pages_day_is_one_it_writes_not_a_year_filled_in(
    tmp_path: Path, body: str, footer: str, expected: str | None
) -> None:
    page = tmp_path / "page.html"
    page.write_text(SAVED.format(body=PARAGRAPHS + body, footer=footer), encoding="utf-8")
    assert read_source(page).html_meta.get("published") == expected


def test_a_month_tagged_without_its_day_is_no_day(tmp_path: Path) -> None:
    # htmldate reads the tag's month as its 1st even without searching the text
    tagged = SAVED.replace(
        "</title>", '</title><meta property="article:published_time" content="2023-11">'
    )
    page = tmp_path / "page.html"
    page.write_text(tagged.format(body=PARAGRAPHS, footer=""), encoding="utf-8")
    assert read_source(page).html_meta.get("published") is None
    page.write_text(
        tagged.format(body=PARAGRAPHS, footer="Posted 1 November 2023"), encoding="utf-8"
    )
    assert read_source(page).html_meta.get("published") == "2023-11-01"


HEADED = """<!doctype html><html><head><title>Ferry terminal delayed | Nordic Wire</title></head>
<body>{aside}<article><h1>Ferry terminal delayed</h1><p>By Ann Lee</p><p>Posted 3 November 2023</p>
{body}</article>{comments}</body></html>"""
COMMENTS = "<section><h3>Comments</h3><p>Bo Ek</p><p>4 November 2023 at 10:02</p></section>"
OLDER = "<aside><p>Dredging begins</p><p>2 October 2023</p></aside>"


@pytest.mark.parametrize(
    ("aside", "comments", "expected"),
    [
        ("", COMMENTS, "2023-11-03"),  # the header's day; a comment's later day passed over
        (OLDER, "", None),  # htmldate's pick, the older day, is a related story's
        (OLDER, COMMENTS, None),
    ],
)
def test_a_day_only_the_text_gives_is_kept_when_the_articles_header_writes_it(
    tmp_path: Path, aside: str, comments: str, expected: str | None
) -> None:
    page = tmp_path / "page.html"
    page.write_text(
        HEADED.format(aside=aside, body=PARAGRAPHS, comments=comments), encoding="utf-8"
    )
    assert read_source(page).html_meta.get("published") == expected


def test_the_headers_day_wins_over_a_masthead_date_box(tmp_path: Path) -> None:
    # htmldate reads an element named for a date, the masthead's today over the headline
    page = tmp_path / "page.html"
    masthead = '<div id="date-box">Mon, 25 Dec 2023</div>'
    page.write_text(HEADED.format(aside=masthead, body=PARAGRAPHS, comments=""), encoding="utf-8")
    assert read_source(page).html_meta.get("published") == "2023-11-03"


def test_a_day_found_day_first_is_read_as_the_pages_date_line_writes_it() -> None:
    # session 64: htmldate read a US page's "10/04/2016 05:07 AM EDT" as 10 April when the
    # header was not found (a logo's text taken for the headline); the page's date lines
    # read it month first, as its time zone writes dates, and never write 10 April
    html = HEADED.format(aside="", body=PARAGRAPHS, comments="").replace(
        "Posted 3 November 2023", "10/04/2016 05:07 AM EDT"
    )
    tree = load_html(html)
    assert header_day("2016-04-10", html, tree, "Nordic Wire Logo", BODY) == "2016-10-04"
    # guard: a day the page writes as found stays
    assert header_day("2016-10-04", html, tree, "Nordic Wire Logo", BODY) == "2016-10-04"
