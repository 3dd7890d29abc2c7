"""What the templates call to name and link things: lookups over the digests, and the
`m.…` helpers that print one link, person or citation each, escaped."""

from __future__ import annotations

import copy
import re
import urllib.parse
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from markupsafe import Markup

from generator.settings import LABEL_WORDS
from generator.site.data import Digests
from generator.site.escape import escape_text
from generator.site.paths import page_name
from generator.site.when import shown

__all__ = ["UNTITLED", "Links", "Segment", "Sentence", "Site", "quote_path"]

UNTITLED = "Untitled source"
_KINDS = {"sources": "Between sources", "within-source": "Within one source"}


@dataclass(frozen=True)
class Segment:
    """A piece of a sentence, linked when it names a person or country with a page."""

    text: str
    url: Markup | None


@dataclass(frozen=True)
class Sentence:
    number: int
    parts: list[Segment]


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
        return (
            self.link(self.site.country_name(cid), self.site.country_url(cid)) if cid else Markup()
        )

    def source(self, aid: str) -> Markup:
        return self.link(self.site.source_title(aid), self.site.source_url(aid))

    def story(self, sid: str) -> Markup:
        return self.link(self.site.story_title(sid), self.site.story_url(sid))

    @staticmethod
    def count(n: int, word: str, plural: str | None = None) -> Markup:
        said = word if n == 1 else plural or f"{word}s"
        return Markup(f"{escape_text(n)} {escape_text(said)}")

    def story_meta(self, story: Any, facts: Any, span: bool = False) -> Markup:
        """How many sources and outlets told a story, and when its latest came out (with
        `span`, also its first)."""
        parts = [self.count(len(story.articles), "source")]
        outlets = facts.outlets
        if outlets:
            named = self.count(len(outlets), "named outlet")
            parts.append(Markup(f"{named}: {escape_text(', '.join(outlets))}"))
        else:
            parts.append(Markup("no outlet named"))
        latest = f"latest {shown(facts.latest)}" if facts.latest else "undated"
        if span and facts.first and facts.first != facts.latest:
            latest += f" · first {shown(facts.first)}"
        return Markup(", ").join(parts) + Markup(f" · {escape_text(latest)}")

    def where(self, aid: str, n: int) -> Markup:
        """Where a sentence came from: "Outlet, date", linked to the sentence itself."""
        return self.link(self.site.source_label(aid), self.site.source_url(aid, n))

    def cite(self, c: Any) -> Markup:
        return Markup(f"{escape_text(c.text)} — {self.where(c.article, c.sentence)}")

    def quote(self, c: Any) -> Markup:
        speaker = self.site.speaker(c.article, c.sentence)
        said = Markup(f"{self.person(speaker)}, ") if speaker else Markup()
        return Markup(f"“{escape_text(c.text)}” — {said}{self.where(c.article, c.sentence)}")

    def disagreement(self, d: Any) -> Markup:
        kind = _KINDS.get(d.kind, d.kind)
        return Markup(f"**{escape_text(kind)}:** {escape_text(d.about)}")

    def disagreement_in(self, d: Any) -> Markup:
        """A disagreement as another page lists it: what, and the story it is in."""
        sid = self.site.story_of(d.citations[0].article) if d.citations else None
        where = Markup(f" — in {self.story(sid)}") if sid else Markup()
        return self.disagreement(d) + where

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
        self.stories_by_article: dict[str, str] = {}
        for story in sorted(digests.stories.values(), key=lambda s: s.id):
            for aid in story.articles:
                self.stories_by_article.setdefault(aid, story.id)
        for article in digests.articles.values():
            for entity in article.people:
                self.person_mentions[entity.id] += len(entity.sentences)
                self.person_sources[entity.id] += 1
            for entity in article.countries:
                self.country_mentions[entity.id] += len(entity.sentences)
                self.country_sources[entity.id] += 1

    def at(self, path: str) -> Site:
        """The same lookups for one page: its links are relative to it. A copy, so that
        no page's links depend on which page was rendered before it."""
        view = copy.copy(self)
        view.root = "../" * path.count("/")
        return view

    # Links: None when the target page does not exist, so the build never breaks on them.
    def section(self, path: str) -> Markup:
        return Markup(self.root + path)

    def person_url(self, pid: str | None) -> Markup | None:
        return self._url("people", pid) if pid in self.d.people else None

    def country_url(self, cid: str | None) -> Markup | None:
        return self._url("countries", cid) if cid in self.d.countries else None

    def story_url(self, sid: str) -> Markup | None:
        return self._url("stories", sid) if sid in self.d.stories else None

    def story_html(self, sid: str) -> Markup:
        """A story's built page, for a redirect (which MkDocs does not rewrite)."""
        return Markup(f"{self.root}stories/{quote_path(page_name(sid))}.html")

    def story_of(self, aid: str) -> str | None:
        return self.stories_by_article.get(aid)

    def source_url(self, aid: str, sentence: int | None = None) -> Markup | None:
        article = self.d.articles.get(aid)
        if article is None:
            return None
        url = self._url("sources", aid)
        if sentence is not None and 0 <= sentence < len(article.sentences):
            url += Markup(f"#s-{sentence}")
        return url

    def _url(self, section: str, ident: str | None) -> Markup:
        return Markup(f"{self.root}{section}/{quote_path(page_name(ident or ''))}.md")

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
        """A source's title; for one without, its opening words (never its file name)."""
        article = self.d.articles.get(aid)
        if article is None:
            return UNTITLED
        if article.title and article.title.strip():
            return article.title
        return _opening(article.sentences) or UNTITLED

    def source_label(self, aid: str) -> str:
        """How a citation names its source: outlet and date ("undated" when unknown)."""
        article = self.d.articles.get(aid)
        return f"{self.outlet(aid)}, {shown(article.published if article else None)}"

    def outlet(self, aid: str) -> str:
        """The outlet; else the site the source was published on; else its title, short."""
        article = self.d.articles.get(aid)
        if article is None:
            return UNTITLED
        if article.outlet and article.outlet.strip():
            return article.outlet
        host = urllib.parse.urlsplit(article.url or "").hostname if article.url else None
        if host:
            return host.removeprefix("www.")
        return _short(self.source_title(aid))

    def source_meta(self, aid: str) -> str:
        """Outlet and date, for lists that already show the title."""
        article = self.d.articles.get(aid)
        if article is None:
            return ""
        outlet = article.outlet.strip() if article.outlet else ""
        return ", ".join(filter(None, [outlet, shown(article.published)]))

    def published(self, aid: str) -> str | None:
        article = self.d.articles.get(aid)
        return article.published if article else None

    @staticmethod
    def when(iso: str | None) -> str:
        """A date in words at its precision, or "undated"."""
        return shown(iso)

    def sentence(self, aid: str, number: int) -> str | None:
        article = self.d.articles.get(aid)
        if article and 0 <= number < len(article.sentences):
            return article.sentences[number]
        return None

    def speaker(self, aid: str, number: int) -> str | None:
        """Who said the quote in that sentence, when the source names them."""
        article = self.d.articles.get(aid)
        for quote in article.cited_quotes if article else []:
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
def quote_path(ident: str) -> str:
    """Ids are slugs; anything else is percent-encoded rather than trusted in a URL."""
    return re.sub(r"[^A-Za-z0-9_.~-]", lambda m: "".join(f"%{b:02X}" for b in m[0].encode()), ident)


def _short(text: str) -> str:
    """The first words of a title, for a label that must stay short."""
    words = text.split()
    return " ".join(words[:LABEL_WORDS]) + ("…" if len(words) > LABEL_WORDS else "")


def _opening(sentences: list[str]) -> str:
    """A title for a source without one: its first sentence, cut to a title's length."""
    first = next((s for s in sentences if s.strip()), "")
    words = first.split()
    limit = 2 * LABEL_WORDS
    return " ".join(words[:limit]) + ("…" if len(words) > limit else "")
