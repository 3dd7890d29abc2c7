"""The real `mkdocs build --strict`: one page per digest, quotes shown, nothing unsafe.

Each digests folder is built once per module (about a second for the fixtures).
"""

from __future__ import annotations

import json
import os
import re
import subprocess
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
import yaml
from casefile import cases
from sitebuild import FIXTURE_DIGESTS, MKDOCS, REPO, build_site, site_config

from generator.store.yamlio import load

CONTENT_DIGESTS = REPO / "content" / "digests"
# Fixtures: 19 pages, about 23 KB. Material estimates ~3 KB per page; a budget well
# above today's size that still catches a page dumping whole digests into the index.
INDEX_BUDGET_PER_PAGE = 3_000


@pytest.fixture(scope="module")
def fixture_site(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    return build_site(FIXTURE_DIGESTS, tmp_path_factory.mktemp("fixtures"))


def _ids(folder: Path, kind: str) -> list[str]:
    return sorted(p.stem for p in (folder / kind).glob("*.yaml"))


def _html(site: Path, page: str) -> str:
    return (site / f"{page}.html").read_text(encoding="utf-8")


def test_strict_build_has_no_warnings(fixture_site: tuple[Path, str]) -> None:
    _, log = fixture_site
    assert "WARNING" not in log and "ERROR" not in log, log


@pytest.mark.parametrize("kind", ["people", "countries", "sources", "stories"])
def test_a_page_per_digest(fixture_site: tuple[Path, str], kind: str) -> None:
    site, _ = fixture_site
    folder = "articles" if kind == "sources" else kind
    for ident in _ids(FIXTURE_DIGESTS, folder):
        assert (site / kind / f"{ident}.html").is_file(), f"{kind}/{ident}"


def test_person_page_shows_their_quotes(fixture_site: tuple[Path, str]) -> None:
    site, _ = fixture_site
    page = _html(site, "people/madis-roll")
    person = yaml.safe_load((FIXTURE_DIGESTS / "people" / "madis-roll.yaml").read_text())
    for quote in person["quotes"]:
        assert quote["text"] in page
        assert f'href="../sources/{quote["article"]}.html#s-{quote["sentence"]}"' in page


def test_entity_pages_stay_out_of_the_navigation(fixture_site: tuple[Path, str]) -> None:
    site, _ = fixture_site
    page = _html(site, "people/madis-roll")
    nav = page[page.index('<nav class="md-nav md-nav--primary"') :]
    nav = nav[: nav.index("</nav>")]
    assert "martin-herem" not in nav and "Timeline" in nav


def test_removed_boilerplate_is_collapsed(fixture_site: tuple[Path, str]) -> None:
    site, _ = fixture_site
    page = _html(site, "sources/001_err")
    assert re.search(r'<details class="note">\s*<summary>Removed boilerplate', page)


class _Elements(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.found: list[tuple[str, dict[str, str | None]]] = []
        self.scripts: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.found.append((tag, dict(attrs)))
        self._in_script = tag == "script"

    def handle_data(self, data: str) -> None:
        if self._in_script:
            self.scripts.append(data)

    def handle_endtag(self, tag: str) -> None:
        self._in_script = False


def test_untrusted_text_stays_text(fixture_site: tuple[Path, str]) -> None:
    site, _ = fixture_site
    pages = sorted(site.rglob("*.html"))
    assert len(pages) > 10
    for path in pages:
        parsed = _Elements()
        parsed.feed(path.read_text(encoding="utf-8"))
        for tag, attrs in parsed.found:
            assert tag not in {"img", "iframe"}, path
            for name, value in attrs.items():
                assert not name.startswith("on"), (path, tag, name)
                assert not (value or "").strip().lower().startswith("javascript:"), (path, tag)
        assert not any("alert(" in script for script in parsed.scripts), path


def test_payload_is_shown_as_written(fixture_site: tuple[Path, str]) -> None:
    site, _ = fixture_site
    page = _html(site, "sources/004_payload")
    assert "Click [here](javascript:alert(1)) or &lt;javascript:alert(6)&gt; now." in page
    assert "&lt;img src=x onerror=alert(2)&gt;" in page
    assert "Stars *a* and _b_ and `code`" in page


def test_search_index_is_lean_and_safe(fixture_site: tuple[Path, str]) -> None:
    site, _ = fixture_site
    index_path = site / "search" / "search_index.json"
    index = json.loads(index_path.read_text(encoding="utf-8"))
    pages = {doc["location"].split("#")[0] for doc in index["docs"]}
    assert index_path.stat().st_size < INDEX_BUDGET_PER_PAGE * len(pages)
    tags = {tag for doc in index["docs"] for tag in doc.get("tags", [])}
    assert {"Madis Rohr", "Simonyte"} <= tags
    assert not any("<" in tag for tag in tags)
    # entity lists and full texts are on the pages, not in the index the browser rebuilds
    sections = {doc["location"] for doc in index["docs"]}
    assert "people/madis-roll.html#quotes" in sections
    assert not {"people/madis-roll.html#sources", "sources/002_kyiv.html#text"} & sections
    assert not pages & {
        "people/index.html",
        "countries/index.html",
        "sources/index.html",
        "timeline.html",
    }
    kyiv = load(FIXTURE_DIGESTS / "articles" / "002_kyiv.yaml")
    summary = {kyiv["sentences"][n] for n in kyiv["summary"]}
    rest = [s for s in kyiv["sentences"] if s not in summary and len(s) > 40]
    text = " ".join(d["text"] for d in index["docs"] if d["location"].startswith("sources/002"))
    assert rest and not any(s[:40] in text for s in rest)


def test_nothing_is_fetched_from_other_hosts(fixture_site: tuple[Path, str]) -> None:
    site, _ = fixture_site
    for path in site.rglob("*.html"):
        text = path.read_text(encoding="utf-8")
        assert not re.search(r'<(script|link|img)[^>]+(src|href)="(https?:)?//', text), path


def test_empty_digests_folder_builds(tmp_path: Path) -> None:
    (tmp_path / "digests").mkdir()
    site, log = build_site(tmp_path / "digests", tmp_path / "work")
    assert "WARNING" not in log
    assert "Nothing here yet" in (site / "index.html").read_text(encoding="utf-8")
    assert (site / "people" / "index.html").is_file()


def _builds_a_page_per_entity(digests: Path, work: Path) -> None:
    site, log = build_site(digests, work)
    assert "WARNING" not in log, log
    for kind in ("people", "countries"):
        for ident in _ids(digests, kind):
            assert (site / kind / f"{ident}.html").is_file(), f"{kind}/{ident}"


@pytest.mark.slow
def test_seed_digests_build(tmp_path: Path, seed_digests: Path) -> None:
    _builds_a_page_per_entity(seed_digests, tmp_path)


@pytest.mark.slow
@pytest.mark.live_content
def test_content_digests_build(tmp_path: Path) -> None:
    """What `make site` publishes still builds with this code (a digest format change
    without digesting content/ again would not). The one test that reads the live
    content/ folder, on purpose: it asks only that whatever digests are there build, with
    a page per person and country, so it holds after a user adds and digests articles."""
    if not any(CONTENT_DIGESTS.glob("*/*.yaml")):
        pytest.skip("content/digests is empty: run `python -m generator digest` first")
    _builds_a_page_per_entity(CONTENT_DIGESTS, tmp_path)


@pytest.mark.parametrize("case", cases("site_build", "bad_settings"))
def test_a_bad_site_setting_fails_the_build_saying_why(
    tmp_path: Path, case: dict[str, Any]
) -> None:
    config = site_config(FIXTURE_DIGESTS, tmp_path)
    data = yaml.safe_load(config.read_text(encoding="utf-8"))
    data["extra"]["briefing"] = case["briefing"]
    config.write_text(yaml.safe_dump(data), encoding="utf-8")
    result = subprocess.run(
        [str(MKDOCS), "build", "-f", str(config)],
        capture_output=True,
        text=True,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
        check=False,
    )
    assert result.returncode != 0
    assert case["message"] in result.stderr + result.stdout
    assert not (tmp_path / "site" / "index.html").exists()
