"""Digests to Markdown pages: pure functions, so any engine can publish them.

The MkDocs hook and the `render --out` command both call `render_folder`. Page markup
lives only in `site_templates/`; this module prepares what the templates show and makes
every value printed by a template pass through `escape_text`, because article text is
untrusted: a source may contain `<script>` or `[x](javascript:...)`.
"""

from __future__ import annotations

import html
import json
import re
import sys
import unicodedata
import urllib.parse
from importlib import resources
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from jinja2 import Environment, FunctionLoader, StrictUndefined
from markupsafe import Markup

from generator.site import svg
from generator.model import ArticleDigest, ArticleEntity, PersonDigest
from generator.site.data import Digests, load_digests
from generator.store.yamlio import atomic_write
from generator.settings import GRAPH_PAIRS, GRAPH_PEOPLE, LATEST_SOURCES, TOP_ENTITIES

__all__ = [
    "NAV_PAGES",
    "escape_text",
    "fold",
    "render_folder",
    "render_pages",
    "run_render",
    "write_pages",
]


# The section pages: the only pages in the navigation (an entry per entity page would be
# copied into every page, making the build quadratic in the number of pages).
NAV_PAGES = (
    "index.md",
    "stories/index.md",
    "people/index.md",
    "countries/index.md",
    "sources/index.md",
    "timeline.md",
)


# Python-Markdown's escapable characters with the `tables` extension (`|`), minus the
# HTML ones (`<`, `>`), which are HTML-escaped instead. A test keeps this in step.
_MARKDOWN_SPECIALS = re.compile(r"([\\`*_{}\[\]()#+\-.!|])")
_SPACE = re.compile(r"\s+")
_QUESTIONS = re.compile(r"\?(?=\?)")
# Letters NFKD does not split into base letter + accent.
_UNFOLDABLE = str.maketrans(
    {"ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ß": "ss", "æ": "ae",
     "Æ": "AE", "œ": "oe", "Œ": "OE", "ı": "i", "þ": "th", "Þ": "Th", "ð": "d", "Ð": "D"}
)


def escape_text(value: Any) -> Markup:
    """Make untrusted text print as itself in Markdown: the one filter for article text.

    Whitespace is collapsed (a newline could start a heading or a list), Markdown
    specials are backslash-escaped, then `& < > " '` (and `?` before `?`) become HTML
    entities. Values already
    marked safe (URLs and markup built by the templates) pass through.
    """
    if isinstance(value, Markup):
        return value
    return _escape(str(value))


@lru_cache(maxsize=1 << 16)  # names, labels and ids recur on thousands of pages
def _escape(value: str) -> Markup:
    text = _MARKDOWN_SPECIALS.sub(r"\\\1", _SPACE.sub(" ", value))
    # `?` has no backslash escape, and `???` opens a collapsible block (pymdownx.details).
    return Markup(_QUESTIONS.sub("&#63;", html.escape(text, quote=True)))


def fold(text: str) -> str:
    """ASCII-fold a spelling ("Šimonytė" -> "Simonyte"): the site search does not."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_UNFOLDABLE))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _join(items: Iterable[Any], separator: str = ", ") -> Markup:
    """Jinja's own `join` would HTML-escape only, skipping the Markdown escaping."""
    return escape_text(separator).join(escape_text(item) for item in items)


def _front_title(value: str) -> Markup:
    """A page title for the front matter, where themes print it as raw HTML.

    Without it, the theme takes the title from the heading and Material's `striptags`
    turns its entities back into tags inside `<title>`: `</title><script>` would run.
    """
    return Markup(json.dumps(html.escape(_SPACE.sub(" ", value).strip())))


def _template_source(name: str) -> str:
    """A page template, read from the package (`site_templates/` in the repo, shipped as
    `generator.site.templates`), so that any install renders, not only an editable one."""
    return (resources.files("generator.site.templates") / name).read_text("utf-8")


def _environment() -> Environment:
    env = Environment(
        loader=FunctionLoader(_template_source),
        autoescape=True,  # so blocks and helpers return safe markup, not text to escape again
        finalize=escape_text,  # runs before autoescape on every {{ value }}
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["join"] = _join
    env.filters["front_title"] = _front_title
    return env


@dataclass(frozen=True)
class Segment:
    """A piece of a sentence, linked when it names a person or country with a page."""

    text: str
    url: Markup | None


@dataclass(frozen=True)
class Sentence:
    number: int
    parts: list[Segment]


@dataclass(frozen=True)
class Event:
    date: str
    article: str
    sentence: int
    text: str


class Links:
    """The templates' `m.…` helpers: a link, a person, a citation, each one line of Markdown.

    Python rather than Jinja macros: a macro call costs as much as a small page, and a
    corpus site makes millions of them. Every value goes through `escape_text`.
    """

    def __init__(self, site: Site) -> None:
        self.site = site

    @staticmethod
    def link(text: Any, url: Markup | None) -> Markup:
        return Markup(f"[{escape_text(text)}]({escape_text(url)})") if url else escape_text(text)

    def person(self, pid: str | None) -> Markup:
        return self.link(self.site.person_name(pid), self.site.person_url(pid))

    def country(self, cid: str | None) -> Markup:
        return self.link(self.site.country_name(cid), self.site.country_url(cid)) if cid else Markup()

    def source(self, aid: str) -> Markup:
        return self.link(self.site.source_title(aid), self.site.source_url(aid))

    def story(self, sid: str) -> Markup:
        return self.link(self.site.story_title(sid), self.site.story_url(sid))

    @staticmethod
    def count(n: int, word: str) -> Markup:
        return Markup(f"{escape_text(n)} {escape_text(word)}{'' if n == 1 else 's'}")

    def where(self, aid: str, n: int) -> Markup:
        """Where a sentence came from: "Outlet, date", linked to the sentence itself."""
        return self.link(self.site.source_label(aid), self.site.source_url(aid, n))

    def cite(self, c: Any) -> Markup:
        return Markup(f"{escape_text(c.text)} — {self.where(c.article, c.sentence)}")

    def quote(self, c: Any) -> Markup:
        speaker = self.site.speaker(c.article, c.sentence)
        said = Markup(f"{self.person(speaker)}, ") if speaker else Markup()
        return Markup(f"“{escape_text(c.text)}” — {said}{self.where(c.article, c.sentence)}")

    def source_item(self, aid: str) -> Markup:
        meta = self.site.source_meta(aid)
        return self.source(aid) + (Markup(f" — {escape_text(meta)}") if meta else Markup())


class Site:
    """Lookups the templates need: names, counts and links between pages."""

    def __init__(self, digests: Digests) -> None:
        self.d = digests
        self.root = ""
        self.person_mentions: Counter[str] = Counter()
        self.country_mentions: Counter[str] = Counter()
        self.person_sources: Counter[str] = Counter()
        self.country_sources: Counter[str] = Counter()
        for article in digests.articles.values():
            for entity in article.people:
                self.person_mentions[entity.id] += len(entity.sentences)
                self.person_sources[entity.id] += 1
            for entity in article.countries:
                self.country_mentions[entity.id] += len(entity.sentences)
                self.country_sources[entity.id] += 1

    def at(self, path: str) -> Site:
        """Set the page being rendered: links are relative to it."""
        self.root = "../" * path.count("/")
        return self

    # Links: None when the target page does not exist, so the build never breaks on them.
    def section(self, path: str) -> Markup:
        return Markup(self.root + path)

    def person_url(self, pid: str | None) -> Markup | None:
        return self._url("people", pid) if pid in self.d.people else None

    def country_url(self, cid: str | None) -> Markup | None:
        return self._url("countries", cid) if cid in self.d.countries else None

    def story_url(self, sid: str) -> Markup | None:
        return self._url("stories", sid) if sid in self.d.stories else None

    def source_url(self, aid: str, sentence: int | None = None) -> Markup | None:
        article = self.d.articles.get(aid)
        if article is None:
            return None
        url = self._url("sources", aid)
        if sentence is not None and 0 <= sentence < len(article.sentences):
            url += Markup(f"#s-{sentence}")
        return url

    def _url(self, section: str, ident: str | None) -> Markup:
        return Markup(f"{self.root}{section}/{_quote_path(ident or '')}.md")

    # Names and labels.
    def person_name(self, pid: str | None) -> str:
        person = self.d.people.get(pid or "")
        return person.name if person else (pid or "unnamed")

    def country_name(self, cid: str | None) -> str:
        country = self.d.countries.get(cid or "")
        return country.name if country else (cid or "")

    def story_title(self, sid: str) -> str:
        story = self.d.stories.get(sid)
        return story.title if story and story.title else sid

    def source_title(self, aid: str) -> str:
        article = self.d.articles.get(aid)
        return (article.title if article else None) or aid

    def source_label(self, aid: str) -> str:
        """How a citation names its source: outlet and date, else the title."""
        article = self.d.articles.get(aid)
        if article is None:
            return aid
        parts = [article.outlet or article.title or aid]
        if article.published:
            parts.append(article.published)
        return ", ".join(parts)

    def source_meta(self, aid: str) -> str:
        """Outlet and date, for lists that already show the title."""
        article = self.d.articles.get(aid)
        return ", ".join(filter(None, [article.outlet, article.published])) if article else ""

    def sentence(self, aid: str, number: int) -> str | None:
        article = self.d.articles.get(aid)
        if article and 0 <= number < len(article.sentences):
            return article.sentences[number]
        return None

    def speaker(self, aid: str, number: int) -> str | None:
        """Who said the quote in that sentence, when the source names them."""
        article = self.d.articles.get(aid)
        for quote in article.quotes if article else []:
            if quote.sentence == number and quote.speaker:
                return quote.speaker
        return None

    @staticmethod
    def external(url: str | None) -> Markup | None:
        """A source's own address, linked only when it is plain http(s)."""
        if not url or not re.match(r"https?://", url, re.IGNORECASE):
            return None
        return Markup(urllib.parse.quote(url, safe=":/?#@!$&=+,;%~"))

    def roles(self, pid: str) -> list[str]:
        person = self.d.people.get(pid)
        roles = (r.role.strip() for r in person.roles) if person else iter(())
        return list(dict.fromkeys(r for r in roles if r))  # the same role from two sources


@lru_cache(maxsize=1 << 16)
def _quote_path(ident: str) -> str:
    """Ids are slugs; anything else is percent-encoded rather than trusted in a URL."""
    return re.sub(r"[^A-Za-z0-9_.~-]", lambda m: "".join(f"%{b:02X}" for b in m[0].encode()), ident)


def render_folder(folder: Path, root: Path | None = None) -> tuple[dict[str, str], list[str]]:
    """Pages for the digests in `folder`, and a message per digest file that was skipped.

    `root` is where the digest run that wrote them keeps its cache (see plaincache).
    """
    digests, problems = load_digests(folder, root)
    return render_pages(digests), problems


def render_pages(digests: Digests) -> dict[str, str]:
    """Every page of the site: {path relative to the docs folder: Markdown}."""
    env = _environment()
    site = Site(digests)
    env.globals["m"] = Links(site)
    pages: dict[str, str] = {}

    def page(path: str, template: str, **context: Any) -> None:
        pages[path] = env.get_template(template).render(site=site.at(path), **context)

    page("index.md", "home.md.j2", **_home(site))
    page("people/index.md", "people_index.md.j2", people=_by_name(digests.people.values()))
    page("countries/index.md", "countries_index.md.j2",
         countries=_by_name(digests.countries.values()))
    page("sources/index.md", "sources_index.md.j2", articles=_latest(digests.articles.values()))
    page("stories/index.md", "stories_index.md.j2", stories=list(digests.stories.values()))
    events = _events(digests.articles.values())
    page("timeline.md", "timeline.md.j2", events=events, picture=_timeline_svg(events))
    for person in digests.people.values():
        page(f"people/{person.id}.md", "person.md.j2", person=person,
             tags=_search_tags([person.name, *(a.name for a in person.aliases)]),
             spellings=[a for a in person.aliases if a.name != person.name])
    for country in digests.countries.values():
        page(f"countries/{country.id}.md", "country.md.j2", country=country,
             tags=_search_tags([country.name, *(a.name for a in country.aliases)]))
    for article in digests.articles.values():
        page(f"sources/{article.id}.md", "source.md.j2", article=article,
             paragraphs=_paragraphs(site, article))
    for story in digests.stories.values():
        page(f"stories/{story.id}.md", "story.md.j2", story=story)
    return pages


def write_pages(pages: dict[str, str], out: Path) -> int:
    """Write the pages under `out`; return how many files changed."""
    return sum(atomic_write(out / path, text) for path, text in sorted(pages.items()))


def _by_name(records: Iterable[Any]) -> list[Any]:
    return sorted(records, key=lambda r: (fold(r.name).casefold(), r.id))


def _latest(articles: Iterable[ArticleDigest]) -> list[ArticleDigest]:
    """Newest first; undated sources last, in id order."""
    ordered = sorted(articles, key=lambda a: a.id)
    return sorted(ordered, key=lambda a: a.published or "", reverse=True)


def _search_tags(names: Iterable[str]) -> list[str]:
    """Every spelling and its ASCII fold, for the search index's heavily boosted `tags`.

    HTML-escaped because Material's search results insert tags as HTML.
    """
    tags: dict[str, None] = {}
    for name in names:
        for form in (name, fold(name)):
            tags[html.escape(_SPACE.sub(" ", form).strip(), quote=False)] = None
    return [t for t in tags if t]


def _home(site: Site) -> dict[str, Any]:
    d = site.d
    people = sorted(d.people, key=lambda p: (-site.person_mentions[p], p))[:TOP_ENTITIES]
    countries = sorted(d.countries, key=lambda c: (-site.country_mentions[c], c))[:TOP_ENTITIES]
    pairs = _pairs(d.people.values())
    return {
        "empty": not (d.articles or d.people or d.countries or d.stories),
        "stories": list(d.stories.values()),
        "people": people,
        "countries": countries,
        "latest": _latest(d.articles.values())[:LATEST_SOURCES],
        "pairs": pairs[:GRAPH_PAIRS],
        "picture": _comention_svg(site, pairs),
    }


def _pairs(people: Iterable[PersonDigest]) -> list[tuple[str, str, int]]:
    """People mentioned in the same sentences, most often first; both must have pages."""
    people = list(people)
    known = {p.id for p in people}
    counts: dict[tuple[str, str], int] = {}
    for person in people:
        for other in person.related_people:
            if other.id in known and other.id != person.id and other.count > 0:
                a, b = sorted((person.id, other.id))
                counts[a, b] = max(counts.get((a, b), 0), other.count)
    return sorted(((a, b, n) for (a, b), n in counts.items()), key=lambda t: (-t[2], t[0], t[1]))


def _comention_svg(site: Site, pairs: list[tuple[str, str, int]]) -> Markup | None:
    linked = {pid for a, b, _ in pairs for pid in (a, b)}
    chosen = sorted(linked, key=lambda p: (-site.person_mentions[p], p))[:GRAPH_PEOPLE]
    if len(chosen) < 2:
        return None
    index = {pid: i for i, pid in enumerate(chosen)}
    nodes = [(site.person_name(p), site.person_mentions[p]) for p in chosen]
    edges = [(index[a], index[b], n) for a, b, n in pairs if a in index and b in index]
    return Markup(svg.comention(nodes, edges))


def _events(articles: Iterable[ArticleDigest]) -> list[Event]:
    """Every dated mention in the sources, in date order, once per sentence and date."""
    events: dict[tuple[str, str, int], Event] = {}
    for article in articles:
        for mention in article.dates:
            if not mention.date:
                continue
            text = mention.text
            if 0 <= mention.sentence < len(article.sentences):
                text = article.sentences[mention.sentence]
            key = (mention.date, article.id, mention.sentence)
            events.setdefault(key, Event(mention.date, article.id, mention.sentence, text))
    return [events[k] for k in sorted(events)]


def _timeline_svg(events: list[Event]) -> Markup | None:
    picture = svg.timeline([e.date for e in events])
    return Markup(picture) if picture else None


def _paragraphs(site: Site, article: ArticleDigest) -> list[list[Sentence]]:
    """The clean text by paragraph, names linked to their pages."""
    count = len(article.sentences)
    starts = sorted({0, *(p for p in article.paragraphs if 0 < p < count)}) if count else []
    bounds = [*starts, count]
    paragraphs = []
    for begin, end in zip(bounds, bounds[1:], strict=False):
        linked: set[str] = set()  # each page linked once per paragraph: less noise
        paragraph = []
        for n in range(begin, end):
            names = {k: u for k, u in _names_in(site, article, n).items() if u not in linked}
            parts = _segments(article.sentences[n], names)
            linked.update(part.url for part in parts if part.url)
            paragraph.append(Sentence(n, parts))
        paragraphs.append(paragraph)
    return paragraphs


def _names_in(site: Site, article: ArticleDigest, number: int) -> dict[str, Markup]:
    """Spellings to link in one sentence. Lower-case forms ("she") are not names."""
    found: dict[str, Markup] = {}
    groups: list[tuple[list[ArticleEntity], Any]] = [
        (article.people, site.person_url),
        (article.countries, site.country_url),
    ]
    for entities, url_of in groups:
        for entity in entities:
            url = url_of(entity.id)
            if url is None or number not in entity.sentences:
                continue
            for form in entity.as_written:
                if form[:1].isupper():
                    found.setdefault(form, url)
    return found


def _segments(text: str, names: dict[str, Markup]) -> list[Segment]:
    if not names:
        return [Segment(text, None)]
    alternatives = "|".join(re.escape(n) for n in sorted(names, key=lambda n: (-len(n), n)))
    parts: list[Segment] = []
    last = 0
    done: set[str] = set()
    for match in re.finditer(rf"(?<!\w)(?:{alternatives})(?!\w)", text):
        url = names[match[0]]
        if url in done:
            continue
        done.add(url)
        parts.append(Segment(text[last : match.start()], None))
        parts.append(Segment(match[0], url))
        last = match.end()
    parts.append(Segment(text[last:], None))
    return [part for part in parts if part.text]


def run_render(digests: Path, out: Path) -> int:
    """`render` command: the pages as Markdown files, for engines other than MkDocs."""
    pages, problems = render_folder(digests)
    for problem in problems:
        print(problem, file=sys.stderr)
    changed = write_pages(pages, out)
    print(f"{len(pages)} pages in {out}, {changed} changed")
    return 1 if problems else 0
