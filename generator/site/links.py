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

from generator.site.data import Digests
from generator.site.escape import escape_text
from generator.site.paths import page_name

__all__ = ["Links", "Segment", "Sentence", "Site", "quote_path"]


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
def quote_path(ident: str) -> str:
    """Ids are slugs; anything else is percent-encoded rather than trusted in a URL."""
    return re.sub(r"[^A-Za-z0-9_.~-]", lambda m: "".join(f"%{b:02X}" for b in m[0].encode()), ident)
