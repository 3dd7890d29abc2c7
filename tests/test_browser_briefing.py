"""The briefing in real headless Chromium (issue 17): opened from disk, on a phone, in
both palettes, with labels a reader can use and story URLs that survive new articles.

Needs Debian's chromium at /usr/bin/chromium; skipped without it, except under CI=true.
"""

from __future__ import annotations

import hashlib
import re
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml
from briefing_corpus import SOURCES, STRIKE, build, digest, project, stories
from chromium import launched, require_chromium

PAGES = ["index.html", "stories/index.html", "timeline.html", "sources/index.html",
         "people/index.html", "countries/index.html"]  # fmt: skip

pytestmark = pytest.mark.browser

require_chromium()

from playwright.sync_api import Browser, Page, expect  # noqa: E402


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("briefing-site")
    project(root)
    digest(root)
    return build(root)


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    with launched() as browser:
        yield browser


def _page(browser: Browser, width: int = 1366, scheme: str = "light") -> Page:
    context = browser.new_context(
        viewport={"width": width, "height": 900},
        color_scheme=scheme,  # type: ignore[arg-type]
    )
    return context.new_page()


def test_links_and_search_work_from_disk(site: Path, browser: Browser) -> None:
    page = _page(browser)
    requests: list[str] = []
    page.on("request", lambda r: requests.append(r.url))
    page.goto((site / "index.html").as_uri())
    page.locator("article a[href^='stories/']").first.click()
    page.wait_for_url(re.compile(r"/stories/[a-z0-9-]+\.html$"))
    page.locator("article a[href*='#s-']").first.click()
    page.wait_for_url(re.compile(r"/sources/\w+\.html#s-\d+$"))
    page.wait_for_load_state()  # the sentence the citation names, highlighted once loaded
    expect(page.locator(":target")).to_be_visible()
    page.goto((site / "index.html").as_uri())
    page.locator("label.md-search__icon, .md-search__input").first.click()
    page.locator(".md-search__input").press_sequentially("Verbeek", delay=30)
    result = page.locator(".md-search-result__item a").first
    result.wait_for(timeout=15_000)
    result.click()
    assert page.url.startswith("file://") and "/people/" in page.url and page.url.endswith(".html")
    assert not [u for u in requests if not u.startswith(("file:", "data:", "blob:", "about:"))]
    page.context.close()


def test_no_link_is_labelled_with_a_file_id(site: Path, browser: Browser) -> None:
    ids = [p.stem for p in SOURCES.glob("*.txt")]
    page = _page(browser)
    for name in [*PAGES, *(f"stories/{p.name}" for p in (site / "stories").glob("*.html"))]:
        page.goto((site / name).as_uri())
        labels = page.locator("article a").all_inner_texts()
        assert labels and not [x for x in labels if any(i in x for i in ids)], name
        cited = page.locator("article a[href*='#s-']").all_inner_texts()
        dated = re.compile(r", (undated|\d{4}|[A-Z][a-z]+ \d{4}|\d{1,2} [A-Z][a-z]+ \d{4})$")
        assert all(dated.search(x.strip()) for x in cited if not x.startswith("sentence")), name
    page.context.close()


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_a_phone_never_scrolls_sideways(site: Path, browser: Browser, scheme: str) -> None:
    page = _page(browser, 390, scheme)
    sources = sorted((site / "sources").glob("*.html"))[:3]
    people = sorted((site / "people").glob("*.html"))[:3]
    for path in [*(site / p for p in PAGES), *sources, *people]:
        page.goto(path.as_uri())
        wide = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
        assert wide <= 0, (path.name, wide)
    page.context.close()


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_picture_labels_are_readable_in_both_palettes(
    site: Path, browser: Browser, scheme: str
) -> None:
    page = _page(browser, 390, scheme)
    for name in ("index.html", "timeline.html"):
        page.goto((site / name).as_uri())
        svg = page.locator(".bf-figure svg").first
        box = svg.bounding_box()
        assert box and box["width"] <= 390
        label = svg.locator("text:not(.bf-axis-label)").first
        size = float(label.evaluate("t => t.getBoundingClientRect().height"))
        assert size >= 11, (name, size)  # drawn at reading size, not shrunk
        colour = label.evaluate("t => getComputedStyle(t).fill")
        text = page.evaluate("getComputedStyle(document.querySelector('article')).color")
        assert colour == text, (name, colour, text)  # the page's text colour, either palette
        assert label.evaluate("t => t.getAttribute('transform')") is None  # never rotated
    page.context.close()


def test_story_urls_survive_new_articles(tmp_path: Path, browser: Browser) -> None:
    project(tmp_path, STRIKE[:2])
    (sid,) = stories(digest(tmp_path))
    first = build(tmp_path)
    kept = tmp_path / "first-site"
    shutil.copytree(first, kept)
    project(tmp_path)  # the other ten articles arrive
    assert stories(digest(tmp_path))[sid] == STRIKE
    site = build(tmp_path)
    page = _page(browser)
    page.goto((site / "stories" / f"{sid}.html").as_uri())
    assert page.locator("h1").is_visible()
    assert page.locator("article").get_by_text("3 sources").first.is_visible()
    # every link the first site had to a story still leads to a story page
    for old in (kept / "stories").glob("*.html"):
        page.goto((site / "stories" / old.name).as_uri())
        assert page.locator("h1").count() == 1, old.name
    page.context.close()


def _as_the_last_run_wrote(digests: Path, keys: list[str]) -> None:
    """Files made here listed in the manifest with their bytes: a run reuses, and deletes,
    only what the last run wrote (issue 18)."""
    manifest = yaml.safe_load((digests / "manifest.yaml").read_text(encoding="utf-8"))
    for key in keys:
        manifest["files"][key] = (
            "sha256:" + hashlib.sha256((digests / key).read_bytes()).hexdigest()
        )
    manifest["files"] = dict(sorted(manifest["files"].items()))
    (digests / "manifest.yaml").write_text(yaml.safe_dump(manifest, sort_keys=False), "utf-8")


def test_a_merged_storys_old_url_leads_to_the_story(tmp_path: Path, browser: Browser) -> None:
    project(tmp_path, STRIKE[:2])
    digests = digest(tmp_path)
    (sid,) = stories(digests)
    # as if the last run had told the strike's first report as a story of its own: two
    # stories of this very analysis join through the report new to this run
    old = f"{sid}-first-report"  # after `sid`: of two ids sharing as many articles, the first stays
    moved = digests / "stories" / f"{sid}.yaml"
    text = moved.read_text(encoding="utf-8")
    (digests / "stories" / f"{old}.yaml").write_text(
        text.replace(f"- {STRIKE[1]}\n", "").replace(f"id: {sid}", f"id: {old}"), "utf-8"
    )
    moved.write_text(text.replace(f"- {STRIKE[0]}\n", ""), encoding="utf-8")
    _as_the_last_run_wrote(digests, [f"stories/{old}.yaml", f"stories/{sid}.yaml"])
    project(tmp_path, STRIKE)
    digest_again = digest(tmp_path)
    assert stories(digest_again) == {sid: STRIKE}
    site = build(tmp_path)
    page = _page(browser)
    page.goto((site / "stories" / f"{old}.html").as_uri())
    page.wait_for_url(f"**/stories/{sid}.html", timeout=10_000)
    assert "3 sources" in page.locator("article").inner_text()
    page.context.close()
