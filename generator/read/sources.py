"""Finding and reading source articles: bytes to text lines plus editor-given metadata.

Everything that can be wrong with an input file is raised as `SourceError` with a
message naming the problem, so the caller can report it and go on with the others.
The folder, ids and safe reading are in `folder`, encodings in `decode`, front matter
and sidecars in `meta`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from generator.read.decode import decode, mostly_printable, strip_controls, visible
from generator.read.folder import (
    ARTICLE_SUFFIXES,
    SourceError,
    article_id,
    discover,
    read_bytes,
)
from generator.read.meta import front_matter, sidecar
from generator.settings import MAX_SOURCE_BYTES, MIN_HTML_WORDS
from generator.store import fingerprint

__all__ = [
    "ARTICLE_SUFFIXES",
    "MAX_SOURCE_BYTES",
    "Source",
    "SourceError",
    "discover",
    "parse_source",
    "read_source",
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


def _from_html(text: str) -> tuple[list[str], dict[str, str]]:
    import trafilatura

    body = trafilatura.extract(
        text, include_comments=False, include_tables=False, favor_precision=True, deduplicate=True
    )
    # a menu word or two is what trafilatura finds on a page with no article
    if not body or len(body.split()) < MIN_HTML_WORDS:
        raise SourceError("HTML page with no article text in it")
    found = trafilatura.extract_metadata(text)
    meta: dict[str, str] = {}
    if found is not None:
        for key, value in (
            ("title", found.title),
            ("author", found.author),
            ("outlet", found.sitename),
            ("published", found.date),
            ("url", found.url),
        ):
            if value:
                meta[key] = str(value)
    # trafilatura gives one paragraph per line; a blank line between keeps paragraphs apart
    lines: list[str] = []
    for paragraph in body.split("\n"):
        lines.extend([paragraph, ""])
    if meta.get("title") and (not lines or lines[0].strip() != meta["title"]):
        lines = [meta["title"], ""] + lines
    return lines, meta


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
    text = strip_controls(text, notices)
    if not visible(text):
        raise SourceError("no visible text (only invisible characters such as zero-width spaces)")
    meta: dict[str, str] = {}
    html_meta: dict[str, str] = {}
    offset = 0
    suffix = path.suffix.lower()
    if suffix in (".html", ".htm"):
        lines, html_meta = _from_html(text)
    else:
        if suffix in (".md", ".markdown"):
            meta, text, offset = front_matter(text)
            if not visible(text):
                raise SourceError("front matter but no article text after it")
        lines = text.split("\n")
    meta.update(sidecar(path))
    return Source(
        id=source_id,
        path=path,
        checksum=checksum,
        lines=lines,
        line_offset=offset,
        meta=meta,
        html_meta=html_meta,
        notices=notices,
    )
