"""The digest model: typed records shared by every pipeline stage and the site.

Field order here is the key order in the YAML files, so it is chosen to read top-down
in a pull request. Sentence numbers are 0-based positions in `ArticleDigest.sentences`.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields, is_dataclass
from typing import Any

__all__ = [
    "Alias",
    "article_from_plain",
    "ArticleDigest",
    "ArticleEntity",
    "Citation",
    "Claim",
    "CountryDigest",
    "DateMention",
    "Disagreement",
    "Merge",
    "PersonDigest",
    "Quote",
    "Related",
    "Removed",
    "Role",
    "StoryDigest",
    "TimelineEntry",
    "to_plain",
]


@dataclass
class Removed:
    """A source line dropped as boilerplate; kept so a reviewer can check the cut."""

    line: int  # 1-based line number in the source file
    text: str
    reason: str


@dataclass
class ArticleEntity:
    """A person, country or organisation as one article mentions it."""

    id: str
    as_written: list[str]
    sentences: list[int]
    # the sentences where it is the grammatical subject: it acts, speaks or is described
    subject: list[int] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)


@dataclass
class Quote:
    speaker: str | None  # person id, or None when the source does not name one
    text: str
    sentence: int
    as_written: str | None = None  # how the speaker was referred to ("she", "Rohr")


@dataclass
class DateMention:
    text: str
    date: str | None  # ISO date, or ISO year-month / year when that is all the text says
    sentence: int


@dataclass
class ArticleDigest:
    id: str
    source: str
    checksum: str
    title: str | None
    outlet: str | None
    author: str | None
    published: str | None
    url: str | None
    sentences: list[str]
    paragraphs: list[int]  # index of the first sentence of each paragraph
    removed: list[Removed]
    summary: list[int]
    people: list[ArticleEntity]
    countries: list[ArticleEntity]
    organizations: list[ArticleEntity]
    quotes: list[Quote]
    dates: list[DateMention]


@dataclass
class Citation:
    """A sentence taken from a source, with where it came from."""

    article: str
    sentence: int
    text: str


@dataclass
class Alias:
    name: str
    articles: list[str]


@dataclass
class Role:
    role: str
    articles: list[str]


@dataclass
class Merge:
    """Why two spellings were taken for one person: shown to reviewers."""

    spelling: str
    into: str
    evidence: list[str]


@dataclass
class Related:
    id: str
    count: int  # number of sentences mentioning both


@dataclass
class PersonDigest:
    id: str
    name: str
    aliases: list[Alias]
    roles: list[Role]
    country: str | None
    registry: bool  # linked to a curated registry entry
    articles: list[str]
    quotes: list[Citation]
    statements: list[Citation]
    related_people: list[Related]
    related_countries: list[Related]
    merges: list[Merge]


@dataclass
class CountryDigest:
    id: str
    name: str
    aliases: list[Alias]
    people: list[str]
    articles: list[str]
    quotes: list[Citation]  # quotes by its people
    statements: list[Citation]
    related_countries: list[Related]


@dataclass
class Claim:
    text: str
    article: str
    sentence: int
    sources: list[Citation]  # every source sentence carrying this claim, the first included


@dataclass
class Disagreement:
    kind: str  # "sources", "within-source" or "spelling"
    about: str
    citations: list[Citation]


@dataclass
class TimelineEntry:
    date: str
    text: str
    article: str
    sentence: int


@dataclass
class StoryDigest:
    id: str
    title: str
    articles: list[str]
    people: list[str]
    countries: list[str]
    summary: list[Citation]
    claims: list[Claim]
    disagreements: list[Disagreement]
    timeline: list[TimelineEntry]


def to_plain(value: Any) -> Any:
    """Dataclasses to dicts in field order, for the YAML writer and the schemas."""
    if is_dataclass(value) and not isinstance(value, type):
        return {f.name: to_plain(getattr(value, f.name)) for f in fields(value)}
    if isinstance(value, list):
        return [to_plain(v) for v in value]
    return value


def article_from_plain(data: dict[str, Any]) -> ArticleDigest:
    """An article digest read back from YAML, so unchanged sources skip the model."""

    def entities(key: str) -> list[ArticleEntity]:
        return [ArticleEntity(**e) for e in data.get(key) or []]

    return ArticleDigest(
        id=data["id"],
        source=data["source"],
        checksum=data["checksum"],
        title=data.get("title"),
        outlet=data.get("outlet"),
        author=data.get("author"),
        published=data.get("published"),
        url=data.get("url"),
        sentences=list(data.get("sentences") or []),
        paragraphs=list(data.get("paragraphs") or []),
        removed=[Removed(**r) for r in data.get("removed") or []],
        summary=list(data.get("summary") or []),
        people=entities("people"),
        countries=entities("countries"),
        organizations=entities("organizations"),
        quotes=[Quote(**q) for q in data.get("quotes") or []],
        dates=[DateMention(**d) for d in data.get("dates") or []],
    )
