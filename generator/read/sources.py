"""Finding and reading source articles: bytes to text lines plus editor-given metadata.

Everything that can be wrong with an input file is raised as `SourceError` with a
message naming the problem, so the caller can report it and go on with the others.
The folder, ids and safe reading are in `folder`, encodings in `decode`, front matter
and sidecars in `meta`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from generator.clean.meta import domain_name, spelled_out
from generator.read.authors import shown_lines, text_byline, unsure_author, written_authors
from generator.read.day import filled_with_firsts, header_day, searched_day, unwritten_first
from generator.read.decode import (
    character_references,
    decode,
    mostly_printable,
    strip_controls,
    visible,
)
from generator.read.folder import (
    ARTICLE_SUFFIXES,
    Found,
    SourceError,
    article_id,
    discover,
    read_bytes,
)
from generator.read.meta import front_matter, sidecar
from generator.read.tags import page_tags
from generator.settings import MAX_SOURCE_BYTES, MIN_HTML_WORDS
from generator.store import fingerprint

if TYPE_CHECKING:
    from lxml.html import HtmlElement

__all__ = [
    "ARTICLE_SUFFIXES",
    "MAX_SOURCE_BYTES",
    "Source",
    "SourceError",
    "discover",
    "parse_source",
    "read_again",
    "read_source",
    "unread_source",
]


@dataclass
class Source:
    id: str
    path: Path
    checksum: str
    lines: list[str]  # the article text, one source line each (1-based line numbers = index + 1)
    line_offset: int = 0  # lines of front matter skipped before `lines`
    meta: dict[str, str] = field(default_factory=dict)  # editor-given: sidecar or front matter
    html_meta: dict[str, str] = field(default_factory=dict)  # read from an HTML page's tags
    notices: list[str] = field(default_factory=list)  # what was repaired on reading, to be said
    front: dict[str, str] = field(default_factory=dict)  # the front matter's part of `meta`
    read: bool = True  # False: `lines` and `html_meta` not read (see `read.known`)


def _article_text(html: str) -> str:
    """The page's article text, one paragraph per line. trafilatura favouring precision
    reads as much of the article as its default call on the 88 extraction pages where it
    reads anything (recall 0.973 against 0.974) with fewer other lines (precision 0.965
    against 0.947); on a page where it reads nothing (2 of 88), its default call, then
    its recall-favouring call, then its baseline."""
    import trafilatura

    for precision, recall in ((True, False), (False, False), (False, True)):
        body = trafilatura.extract(
            html, include_comments=False, favor_precision=precision, favor_recall=recall
        )
        if body and len(body.split()) >= MIN_HTML_WORDS:
            return str(body)
    return str(trafilatura.baseline(html)[1])


def _from_html(text: str) -> tuple[list[str], dict[str, str]]:
    """The article's paragraphs (blank lines between, as the cleaner reads a page) and the
    page's metadata: trafilatura's, and the tags it is checked against (`read.tags`).
    The headline is the `title`, not a line of the text."""
    import trafilatura
    from trafilatura.utils import load_html

    body = _article_text(text)
    # a menu word or two is what is found on a page with no article
    if len(body.split()) < MIN_HTML_WORDS:
        raise SourceError("HTML page with no article text in it")
    tree = load_html(text)  # parsed once for both readings of the page's tags
    meta: dict[str, str] = page_tags(tree)
    # the day a tag, the address or a `<time>` gives; htmldate's search of the text only
    # when none does, its pick checked against the page's date lines (`read.day`)
    with filled_with_firsts():
        found = trafilatura.extract_metadata(tree, extensive=False)
        if found is not None and not found.date:
            found.date = searched_day(_searched(tree, found.url), tree, found.title, body)
        elif found is not None:
            found.date = header_day(found.date, text, tree, found.title, body)
    if found is not None:
        for key, value in (
            ("title", found.title),
            ("author", found.author),
            ("outlet", found.sitename),
            ("published", found.date),
            ("url", found.url),
            ("host", found.hostname),
        ):
            if value:
                meta[key] = str(value)
    if "author" in meta and unsure_author(tree):
        del meta["author"]  # the first of the several people the page's bylines name
    elif "author" not in meta and (byline := text_byline(tree)):
        meta["author"] = byline  # no tag or author element names one: the text's byline
    elif "author" in meta:
        meta["author"] = written_authors(meta["author"], tree)
    if domain_name(meta.get("outlet", "")):
        # the address trafilatura fell back on, as the page spells its words out
        meta["outlet"] = spelled_out(shown_lines(tree) if tree is not None else [], meta["outlet"])
    if unwritten_first(meta.get("published", ""), text, tree):
        del meta["published"]  # a year or a month filled in with its 1st: no day
    paragraphs = body.split("\n")
    title = meta.get("title")
    if title and paragraphs and _same_words(paragraphs[0], title):
        paragraphs = paragraphs[1:]  # the headline is the title, not the article's first line
    lines: list[str] = []
    for paragraph in paragraphs:
        lines.extend([paragraph, ""])
    return lines, meta


def _searched(tree: HtmlElement, url: str | None) -> str | None:
    """The day htmldate's search of the page's text finds, the oldest it reads, as
    trafilatura asks for it by default."""
    from htmldate import find_date  # as trafilatura is: only a saved page needs it

    return find_date(tree, extensive_search=True, original_date=True, url=url)


def _same_words(a: str, b: str) -> bool:
    return a.casefold().split() == b.casefold().split()


def read_source(path: Path) -> Source:
    """The article in one file, read alone (the digest reads a whole folder: `folder`)."""
    return parse_source(path, article_id(path), read_bytes(path))


def parse_source(path: Path, source_id: str, data: bytes) -> Source:
    """The article in a file's bytes, with its sidecar's metadata."""
    checksum = fingerprint.checksum(data)
    text, notices = decode(data)
    if not text.strip():
        raise SourceError("empty file" if not text else "whitespace only, no text")
    if not mostly_printable(text):
        raise SourceError("mostly unprintable characters: binary data, not an article")
    suffix = path.suffix.lower()
    if suffix not in (".html", ".htm"):
        text = character_references(text)  # before the controls, which one may stand for
    text = strip_controls(text, notices)
    if not visible(text):
        raise SourceError("no visible text (only invisible characters such as zero-width spaces)")
    meta: dict[str, str] = {}
    html_meta: dict[str, str] = {}
    offset = 0
    if suffix in (".html", ".htm"):
        lines, html_meta = _from_html(text)
    else:
        if suffix in (".md", ".markdown"):
            meta, text, offset = front_matter(text)
            if not visible(text):
                raise SourceError("front matter but no article text after it")
        lines = text.split("\n")
    return Source(
        id=source_id,
        path=path,
        checksum=checksum,
        lines=lines,
        line_offset=offset,
        meta=meta | sidecar(path),
        html_meta=html_meta,
        notices=notices,
        front=meta,
    )


def unread_source(found: Found, notices: list[str], front: dict[str, str]) -> Source:
    """A source known by its stat (`read.known`): what a run needs of it unless it is
    analysed; the sidecar is read again, being a file of its own."""
    return Source(
        id=found.id,
        path=found.path,
        checksum=found.checksum,
        lines=[],
        meta=front | sidecar(found.path),
        notices=notices,
        front=front,
        read=False,
    )


def read_again(source: Source) -> Source:
    """A source `unread_source` made, read whole to be analysed."""
    return parse_source(source.path, source.id, read_bytes(source.path))
