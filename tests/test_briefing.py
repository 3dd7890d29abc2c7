"""The briefing a reader wants (issue 17), through the digest command and the page
renderer: every article in a story, story ids that last, citations named by outlet and
date, a timeline at each date's precision, disagreements on the pages they involve."""

from __future__ import annotations

import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
import yaml
from briefing_corpus import SOURCES, STRIKE, config, digest, project, stories

from generator.corpus import aggregate
from generator.corpus import stories as corpus_stories
from generator.model import Citation, Disagreement, PublishedStory, StoryDigest, from_plain
from generator.site import render_folder, render_pages
from generator.site.data import load_digests

LINK = re.compile(r"\[([^\]]*)\]\(([^)]*)\)")


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("briefing")
    project(root)
    return digest(root)


@pytest.fixture(scope="module")
def pages(corpus: Path) -> dict[str, str]:
    found, problems = render_folder(corpus)
    assert problems == []
    return found


def test_every_article_is_in_exactly_one_story(corpus: Path) -> None:
    told = [a for articles in stories(corpus).values() for a in articles]
    assert sorted(told) == sorted(p.stem for p in SOURCES.glob("*.txt"))
    assert [a for a in told if told.count(a) > 1] == []
    # one-article stories and the three reports of one strike, together
    assert sorted(STRIKE) in [sorted(a) for a in stories(corpus).values()]


def test_a_story_keeps_its_id_and_articles_as_articles_join(tmp_path: Path) -> None:
    project(tmp_path, STRIKE[:2] + ["221_finland_election_public"])
    before = stories(digest(tmp_path))
    (sid,) = [s for s, articles in before.items() if articles == STRIKE[:2]]
    project(tmp_path)  # every other article arrives
    after = stories(digest(tmp_path))
    assert after[sid] == STRIKE
    for old, articles in before.items():  # no story lost an article
        assert old in after and set(articles) <= set(after[old])


def test_merged_stories_keep_one_id_and_the_other_url_leads_to_it(
    corpus: Path, tmp_path: Path
) -> None:
    shutil.copytree(corpus, tmp_path / "digests")
    digests, _ = load_digests(tmp_path / "digests")
    # the last run told the strike as two stories; this one finds them one
    previous = [
        PublishedStory("strike-walkout", [], [STRIKE[0]]),
        PublishedStory("strike-halts-port", ["older-id"], STRIKE[1:]),
    ]
    built = corpus_stories.build(
        list(digests.articles.values()),
        list(digests.people.values()),
        list(digests.countries.values()),
        previous=previous,
    )
    (strike,) = [s for s in built if STRIKE[0] in s.articles]
    assert strike.articles == STRIKE
    assert strike.id == "strike-halts-port"  # shares most articles with the new story
    assert strike.formerly == ["older-id", "strike-walkout"]
    digests.stories = {s.id: s for s in built}
    site = render_pages(digests)
    for old in strike.formerly:
        moved = site[f"stories/{old}.md"]
        assert 'http-equiv="refresh"' in moved and "strike-halts-port.html" in moved
        assert "(../stories/strike-halts-port.md)" in moved


def test_no_link_is_labelled_with_a_file_id(pages: dict[str, str]) -> None:
    ids = [p.stem for p in SOURCES.glob("*.txt")]
    for path, text in pages.items():
        for label, _ in LINK.findall(text):
            plain = label.replace("\\", "")
            assert not any(i in plain for i in ids), (path, label)


def test_every_citation_names_outlet_and_date_or_says_undated(pages: dict[str, str]) -> None:
    cited = [
        (path, label.replace("\\", ""))
        for path, text in pages.items()
        for label, url in LINK.findall(text)
        if "#s-" in url and not label.startswith("sentence ")
    ]
    assert cited
    date = re.compile(r", (undated|\d{4}|[A-Z][a-z]+ \d{4}|\d{1,2} [A-Z][a-z]+ \d{4})$")
    for path, label in cited:
        assert date.search(label), (path, label)


def test_a_source_page_shows_outlet_date_and_author(pages: dict[str, str]) -> None:
    page = pages["sources/212_port_strike_daily.md"]
    assert "**Published:** 15 March 2023" in page
    assert "**Author:** Pieter Janssen" in page
    assert "**Outlet:**" in page and "**Story:**" in page
    undated = pages["sources/251_data_centre_2017.md"]
    assert "**Published:** undated" in undated


def test_the_timeline_spans_every_year_at_each_dates_precision(
    corpus: Path, pages: dict[str, str]
) -> None:
    timeline = pages["timeline.md"]
    years = set()
    for path in (corpus / "articles").glob("*.yaml"):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        years |= {d["date"][:4] for d in data["dates"] if d["date"]}
        years |= {data["published"][:4]} if data["published"] else set()
    assert {"2017", "2019", "2023", "2024"} <= years
    assert set(re.findall(r"^## (\d{4})$", timeline, re.M)) == years
    assert "- **2017**:" in timeline  # a year is shown as a year
    assert "2017-01-01" not in timeline and "**2024-" not in timeline
    assert re.search(r"- \*\*\d{1,2} [A-Z][a-z]+ 20\d\d\*\*:", timeline)
    assert "**Story:**" in timeline


def test_home_is_a_briefing(pages: dict[str, str]) -> None:
    home = pages["index.md"]
    assert "**As of 11 July 2024**" in home  # the newest dated source
    new = home.split("## What is new", 1)[1].split("\n## ", 1)[0]
    first = re.search(r"^### \[([^\]]+)\]", new, re.M)
    assert first and "Baltic allies split" in first[1]  # the latest story first
    assert re.search(r"\d+ sources?, (\d+ named outlets?: |no outlet named)", new)
    assert "“" in new  # a quote, with its speaker linked
    assert "## Earlier stories" in home


def test_stories_are_ordered_by_their_latest_article(pages: dict[str, str]) -> None:
    listed = re.findall(r"latest (\d{1,2} [A-Z][a-z]+ (\d{4}))", pages["stories/index.md"])
    years = [int(y) for _, y in listed]
    assert years == sorted(years, reverse=True) and len(years) >= 3


def test_spellings_are_no_disagreement(corpus: Path) -> None:
    for path in (corpus / "stories").glob("*.yaml"):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        assert {d["kind"] for d in data["disagreements"]} <= {"sources", "within-source"}


def test_a_disagreement_is_on_the_pages_of_who_it_involves(corpus: Path) -> None:
    digests, _ = load_digests(corpus)
    (sid,) = [s.id for s in digests.stories.values() if STRIKE[0] in s.articles]
    person = next(p for p in digests.people.values() if "Verbeek" in p.name)
    country = digests.countries["netherlands"]
    first = Citation(STRIKE[0], 1, digests.articles[STRIKE[0]].sentences[1])
    second = Citation(STRIKE[1], 1, digests.articles[STRIKE[1]].sentences[1])
    contested = Disagreement(
        "sources", "what was said", [person.id, "netherlands"], [first, second]
    )
    digests.stories[sid].disagreements = [contested]
    aggregate.involved(
        list(digests.people.values()),
        list(digests.countries.values()),
        list(digests.stories.values()),
    )
    assert person.disagreements == [contested] and country.disagreements == [contested]
    assert from_plain(StoryDigest, {"id": "x"}).formerly == []
    site = render_pages(digests)
    for page in (f"people/{person.id}.md", "countries/netherlands.md"):
        section = site[page].split("## Disagreements", 1)[1].split("\n## ", 1)[0]
        assert "what was said" in section and f"(../stories/{sid}.md)" in section


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _wait(predicate: object, seconds: float) -> bool:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        if predicate():  # type: ignore[operator]
            return True
        time.sleep(0.5)
    return False


@pytest.mark.slow
def test_serve_digests_new_sources_and_serves_their_pages(tmp_path: Path) -> None:
    project(tmp_path, STRIKE[:1])
    port = _free_port()
    mkdocs = Path(sys.executable).parent / "mkdocs"
    command = [str(mkdocs), "serve", "-f", str(config(tmp_path, tmp_path / "unused")),
               "-a", f"127.0.0.1:{port}"]  # fmt: skip
    server = subprocess.Popen(
        command, cwd=tmp_path, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    digests = tmp_path / "content" / "digests" / "articles"

    def page(name: str) -> bool:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/sources/{name}.html") as r:
                return bool(r.status == 200)
        except OSError:
            return False

    try:
        assert _wait(lambda: page(STRIKE[0]), 90), "serve never digested the first source"
        shutil.copy(SOURCES / f"{STRIKE[1]}.txt", tmp_path / "content" / "sources")
        assert _wait(lambda: (digests / f"{STRIKE[1]}.yaml").is_file(), 90)
        assert _wait(lambda: page(STRIKE[1]), 60), "the new source's page was not served"
    finally:
        server.terminate()
        server.wait(timeout=30)
