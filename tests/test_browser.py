"""The built site in real headless Chromium: search, citations, safety, offline.

Needs Debian's chromium at /usr/bin/chromium (`apt-get install chromium`); skipped
without it, except in CI (CI=true), where a missing browser is a failure.
"""

from __future__ import annotations

import functools
import http.server
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from urllib.parse import urlsplit

import pytest
from chromium import launched, require_chromium
from sitebuild import FIXTURE_DIGESTS, REPO, build_site

ARTIFACTS = REPO / "tests" / "artifacts"
SEARCH_TIMEOUT_MS = 10_000  # the index is built in a web worker on first use

pytestmark = pytest.mark.browser

require_chromium()

from playwright.sync_api import Browser, ConsoleMessage, Page, Request  # noqa: E402


@pytest.fixture(scope="module")
def base_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    site, _ = build_site(FIXTURE_DIGESTS, tmp_path_factory.mktemp("browser"))
    handler = functools.partial(_QuietHandler, directory=str(site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()
    thread.join()


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    with launched() as browser:
        yield browser


@dataclass
class Visit:
    """A page, and what it did that a reader should never see."""

    page: Page
    errors: list[str] = field(default_factory=list)
    foreign: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)

    def assert_clean(self) -> None:
        assert self.errors == [], self.errors
        assert self.foreign == [], f"requests left localhost: {self.foreign}"
        assert self.dialogs == [], f"untrusted script ran: {self.dialogs}"


@pytest.fixture
def visit(browser: Browser) -> Iterator[Visit]:
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    seen = Visit(page)

    def on_console(message: ConsoleMessage) -> None:
        if message.type == "error":
            seen.errors.append(message.text)

    def on_request(request: Request) -> None:
        if urlsplit(request.url).hostname not in {"127.0.0.1", None}:
            seen.foreign.append(request.url)

    page.on("console", on_console)
    page.on("pageerror", lambda error: seen.errors.append(str(error)))
    page.on("request", on_request)
    page.on("dialog", lambda dialog: (seen.dialogs.append(dialog.message), dialog.dismiss()))
    yield seen
    context.close()


def _search(page: Page, query: str) -> list[str]:
    """Type like a reader (Material reads the query on key-up); return result links."""
    box = page.locator("input.md-search__input")
    box.click()
    box.press_sequentially(query, delay=40)
    links = page.locator("li.md-search-result__item > a.md-search-result__link")
    links.first.wait_for(timeout=SEARCH_TIMEOUT_MS)
    return [links.nth(i).get_attribute("href") or "" for i in range(links.count())]


def test_search_finds_a_person_by_another_spelling(base_url: str, visit: Visit) -> None:
    visit.page.goto(base_url)
    results = _search(visit.page, "Rohr")
    assert urlsplit(results[0]).path.endswith("/people/madis-roll.html"), results
    visit.assert_clean()


def test_search_without_diacritics_finds_the_person(base_url: str, visit: Visit) -> None:
    visit.page.goto(base_url)
    results = _search(visit.page, "Simonyte")
    assert urlsplit(results[0]).path.endswith("/people/ingrida-simonyte.html"), results
    visit.assert_clean()


def test_citation_lands_on_the_highlighted_sentence(base_url: str, visit: Visit) -> None:
    page = visit.page
    page.goto(base_url + "people/madis-roll.html")
    page.locator('a[href*="#s-"]').first.click()
    page.wait_for_url("**/sources/001_err.html#s-2")
    target = page.locator(":target")
    assert target.get_attribute("id") == "s-2"
    assert "We must consider all possibilities" in target.inner_text()
    background = target.evaluate("el => getComputedStyle(el).backgroundColor")
    assert background not in {"rgba(0, 0, 0, 0)", "transparent"}, background
    assert target.is_visible()
    visit.assert_clean()


def test_untrusted_text_never_runs(base_url: str, visit: Visit) -> None:
    page = visit.page
    for path in ["sources/004_payload.html", "people/jane-doe.html", "sources/index.html", ""]:
        page.goto(base_url + path)
        assert page.locator("article img, article iframe, article script").count() == 0
    _search(page, "Jane")
    assert page.locator(".md-search-result img").count() == 0
    visit.assert_clean()


def test_person_page_screenshot(base_url: str, visit: Visit) -> None:
    page = visit.page
    page.goto(base_url + "people/madis-roll.html")
    assert page.locator("h1").inner_text() == "Madis Roll"
    assert page.get_by_text("Also written as").is_visible()
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=ARTIFACTS / "person-madis-roll.png", full_page=True)
    visit.assert_clean()


def test_pictures_follow_the_dark_palette(base_url: str, visit: Visit) -> None:
    page = visit.page
    page.emulate_media(color_scheme="dark")
    page.goto(base_url)
    label = page.locator("figure.bf-figure svg text").first
    text_colour = label.evaluate("el => getComputedStyle(el).fill")
    page_colour = page.evaluate("getComputedStyle(document.body).backgroundColor")
    assert text_colour != page_colour
    assert _luminance(text_colour) > _luminance(page_colour) + 0.4  # light text on dark
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=ARTIFACTS / "home-dark.png", full_page=True)
    visit.assert_clean()


def _luminance(css_colour: str) -> float:
    """Rough 0..1 brightness of an `rgb(...)`/`rgba(...)` value."""
    numbers = css_colour[css_colour.index("(") + 1 : css_colour.index(")")].split(",")
    red, green, blue = (float(n) / 255 for n in numbers[:3])
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue
