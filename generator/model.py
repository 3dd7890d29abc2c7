"""The digest model: typed records shared by every pipeline stage and the site.

Field order here is the key order in the YAML files, so it is chosen to read top-down
in a pull request. Sentence numbers are 0-based positions in `ArticleDigest.sentences`.
"""

from __future__ import annotations

import datetime
import types
import typing
from collections.abc import Callable
from dataclasses import dataclass, field, fields, is_dataclass
from functools import cache
from typing import Any, TypeVar

T = TypeVar("T")

# a field `to_plain` leaves out while it holds its default: a flag few records raise
# keeps the others' YAML as it was (see `ArticleEntity.by_default`); a scalar, and after
# every other field of its class, as records are built from their other fields by position
SPARSE = {"sparse": True}

__all__ = [
    "Alias",
    "ArticleDigest",
    "ArticleEntity",
    "Citation",
    "Claim",
    "CountryDigest",
    "DateMention",
    "DigestError",
    "Disagreement",
    "Merge",
    "PersonDigest",
    "PublishedStory",
    "Quote",
    "Related",
    "Removed",
    "Role",
    "StoryDigest",
    "TimelineEntry",
    "from_exact",
    "from_plain",
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
    # a person's country as this article's words give it (a role, a nationality word)
    country: str | None = None
    # a person listed on the model's label alone: nothing in the article is a person's
    # sign (`Verdict.by_default`), so the corpus may show the name a body's; written only
    # when true, like every field marked `SPARSE`
    by_default: bool = field(default=False, metadata=SPARSE)
    # an organisation the article's words make a group of people ("OutKast have", "rap
    # duo OutKast", `article.entities.groups`), which the corpus weighs against a person
    # of the name listed weakly elsewhere; written only when true
    group: bool = field(default=False, metadata=SPARSE)


@dataclass
class Quote:
    """Words someone said, as the article quotes them, and who said them when sure."""

    speaker: str | None  # person id, or None when the source names no person sure to be it
    text: str
    sentence: int  # the sentence the quote starts in
    as_written: str | None = None  # how the speaker was referred to ("she", "a source")
    organization: str | None = None  # organisation id, when an organisation said it
    partial: bool = False  # a few words set in the writer's own sentence
    headline: bool = False  # words of the title, which is not among the sentences
    # how the corpus stage found the speaker the article left open: "office", the one
    # holder the corpus's roles give the office `as_written` names; None: the article's own
    given_by: str | None = None


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
    # names the article alone cannot tell a person from something else; the corpus stage
    # adds one to `people` when the registry or another article knows the person
    candidates: list[ArticleEntity] = field(default_factory=list)
    # people the corpus stage took out of `people`: other articles have the name as an
    # organisation; kept so that the next run decides afresh from what analysis found
    withdrawn: list[ArticleEntity] = field(default_factory=list)
    # jusText's name for the language of the text; of one not in English only the text
    # and metadata are kept: the English model's people, quotes, countries, organisations
    # and dates of it would be made up
    language: str = "English"

    @property
    def cited_quotes(self) -> list[Quote]:
        """The quotes cited by sentence: a headline's is in none of the sentences."""
        return [q for q in self.quotes if not q.headline]


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
    # the story disagreements that involve them (filled in once the stories are built)
    disagreements: list[Disagreement] = field(default_factory=list)


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
    # the story disagreements that involve it (filled in once the stories are built)
    disagreements: list[Disagreement] = field(default_factory=list)


@dataclass
class Claim:
    text: str
    article: str
    sentence: int
    sources: list[Citation]  # every source sentence carrying this claim, the first included


@dataclass
class Disagreement:
    kind: str  # "sources" or "within-source"
    about: str
    involves: list[str]  # the people and countries (ids) whose words or deeds disagree
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
    formerly: list[str]  # ids this story was published under before a merge or split
    articles: list[str]
    people: list[str]
    countries: list[str]
    summary: list[Citation]
    claims: list[Claim]
    disagreements: list[Disagreement]
    timeline: list[TimelineEntry]


@dataclass
class PublishedStory:
    """A story the last run published, as the next run reads it: its id (its file's name,
    its URL), the ids it was published under before, and its articles. Nothing else of
    it is read again: building the last run's 1,787 stories whole (summaries, claims,
    disagreements) took 0.1-0.35 CPU s of adding one article to 10,000."""

    id: str
    formerly: list[str]
    articles: list[str]


def to_plain(value: Any) -> Any:
    """Dataclasses to dicts in field order, for the YAML writer and the schemas."""
    if isinstance(value, list):
        # lists are typed, one kind of item each: most are sentence numbers or texts
        if value and not isinstance(value[0], list) and _field_names(value[0]) is None:
            return list(value)
        return [to_plain(v) for v in value]
    kind: Any = type(value)  # hashable, whatever mypy makes of type[Any]
    record = _record_plain(kind)
    return value if record is None else record(value)


def _field_names(value: Any) -> tuple[str, ...] | None:
    """A record's field names, None for any other value."""
    kind: Any = type(value)  # hashable, whatever mypy makes of type[Any]
    return _names_of(kind)


@cache
def _names_of(kind: Any) -> tuple[str, ...] | None:
    """Asked once per type, since a run converts hundreds of thousands of values."""
    return tuple(f.name for f in fields(kind)) if is_dataclass(kind) else None


@cache
def _record_plain(kind: Any) -> Callable[[Any], dict[str, Any]] | None:
    """`to_plain` of a record of this type, each field converted as its type says,
    worked out once per type: asking each value what it is took twice as long (0.9 s
    for the 18,000 digests of 10,000 articles). None for a value that is not a record."""
    if not is_dataclass(kind):
        return None
    hints = typing.get_type_hints(kind)
    steps = [
        (f.name, _plain_step(hints[f.name])) for f in fields(kind) if not f.metadata.get("sparse")
    ]
    sparse = [(f.name, f.default) for f in fields(kind) if f.metadata.get("sparse")]

    def record(value: Any) -> dict[str, Any]:
        plain = {
            name: getattr(value, name) if step is None else step(getattr(value, name))
            for name, step in steps
        }
        for name, default in sparse:
            if (held := getattr(value, name)) != default:
                plain[name] = held
        return plain

    return record


def _plain_step(hint: Any) -> Callable[[Any], Any] | None:
    """How `to_plain` converts a field of this type; None: the value as it is."""
    if hint in (str, int, float, bool, str | None, int | None):
        return None
    if typing.get_origin(hint) is list:
        (item,) = typing.get_args(hint)
        if item in (str, int):
            return list
        record = _record_plain(item)
        if record is not None:
            return lambda value: [record(v) for v in value]
    return to_plain  # anything else, asked value by value


class DigestError(ValueError):
    """A digest file whose content does not fit the model, with where: `quotes[0].sentence`."""

    def __init__(self, problem: str, where: str = "") -> None:
        super().__init__(f"{where}: {problem}" if where else problem)
        self.problem, self.where = problem, where

    def within(self, where: str) -> DigestError:
        """The same problem, located inside `where` (a field name or `[index]`)."""
        inner = self.where
        return DigestError(
            self.problem, where + (inner if inner.startswith("[") or not inner else "." + inner)
        )


def from_plain(cls: type[T], data: Any) -> T:
    """A digest read back from YAML: for reuse by the next run, and for the site.

    Lenient on purpose: the site must render whatever the digests hold, so missing
    lists become empty and missing optional values None; what cannot fit the model
    raises DigestError naming the field. Converters are built once per type, not per
    value: the site reads thousands of digests.
    """
    hint: Any = cls  # a class is hashable, whatever mypy makes of type[T]
    convert: Callable[[Any], T] = _converter(hint)
    return convert(data)


def from_exact(cls: type[T], data: Any) -> T:
    """Records from data exactly as `to_plain` gave it in a run of this very code (the
    digests cache: see `PlainCache.as_written`): the records `from_plain` would build,
    with fresh lists, without checking each value again. Checking took half of reading
    back 10,000 article digests."""
    hint: Any = cls
    build = _exact(hint)  # a record's builder: never None
    found: T = build(data) if build is not None else data
    return found


@cache
def _exact(hint: Any) -> Callable[[Any], Any] | None:
    """How to build a value of this type from `to_plain` data; None: the value as it is."""
    origin = typing.get_origin(hint)
    if origin is list:
        (item_hint,) = typing.get_args(hint)
        item = _exact(item_hint)
        if item is None:
            return list
        return lambda value: [item(v) for v in value]
    if origin in (typing.Union, types.UnionType):
        (inner_hint,) = (a for a in typing.get_args(hint) if a is not type(None))
        inner = _exact(inner_hint)
        if inner is None:
            return None
        return lambda value: None if value is None else inner(value)
    if not is_dataclass(hint):
        return None
    cls: Any = hint
    hints = typing.get_type_hints(cls)
    # every field, in the order the class takes them: passed by position, not gathered
    # into a dict of keywords first (a quarter of building 10,000 articles)
    steps = tuple(
        (f.name, _exact(hints[f.name])) for f in fields(cls) if not f.metadata.get("sparse")
    )
    sparse = tuple((f.name, f.default) for f in fields(cls) if f.metadata.get("sparse"))

    def build(value: dict[str, Any]) -> Any:
        found = cls(
            *[value[name] if convert is None else convert(value[name]) for name, convert in steps]
        )
        for name, default in sparse:  # scalars only: written when not the default
            setattr(found, name, value.get(name, default))
        return found

    return build


@cache
def _converter(hint: Any) -> Callable[[Any], Any]:
    origin = typing.get_origin(hint)
    if origin is list:
        (item_hint,) = typing.get_args(hint)
        item = _converter(item_hint)

        def to_list(value: Any) -> list[Any]:
            if value is None:
                return []
            if not isinstance(value, list):
                raise DigestError("expected a list")
            converted = []
            for i, v in enumerate(value):
                try:
                    converted.append(item(v))
                except DigestError as error:
                    raise error.within(f"[{i}]") from None
            return converted

        return to_list
    if origin in (typing.Union, types.UnionType):
        (inner_hint,) = (a for a in typing.get_args(hint) if a is not type(None))
        inner = _converter(inner_hint)
        return lambda value: None if value is None else inner(value)
    if is_dataclass(hint):
        return _record(hint)  # type: ignore[arg-type]
    return _scalar(hint)


def _record(cls: type[T]) -> Callable[[Any], T]:
    hints = typing.get_type_hints(cls)
    converters = [(f.name, _converter(hints[f.name])) for f in fields(cls)]  # type: ignore[arg-type]

    def build(value: Any) -> T:
        if not isinstance(value, dict):
            raise DigestError(f"expected a mapping, got {type(value).__name__}")
        values: dict[str, Any] = {}
        for name, convert in converters:
            try:
                values[name] = convert(value.get(name))
            except DigestError as error:
                raise error.within(name) from None
        return cls(**values)

    return build


def _scalar(hint: Any) -> Callable[[Any], Any]:
    if hint is bool:
        return bool
    if hint is int:

        def number(value: Any) -> int:
            if isinstance(value, int) and not isinstance(value, bool):
                return value
            raise DigestError(f"expected a number, got {value!r}")

        return number

    def text(value: Any) -> str:
        if value is None:
            return ""  # text the site can do without (a checksum, a source path)
        if isinstance(value, datetime.date):  # an unquoted date in hand-written YAML
            return value.isoformat()
        if isinstance(value, (str, int, float)):
            return str(value)
        raise DigestError(f"expected text, got {type(value).__name__}")

    return text
