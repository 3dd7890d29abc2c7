"""One article, alone: cleaned text, metadata, sentences, entities, quotes, dates, summary.

Person ids here are local to the article; `resolve` gives them their corpus-wide ids.
Everything this stage needs from the language model ends up in the article digest, so
a later run can reuse the digest of an unchanged source instead of parsing it again.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from typing import TYPE_CHECKING

from generator.article import cached
from generator.article.dates import find_dates, parse_published
from generator.article.entities import EntityFinder, Mention
from generator.article.entities.evidence import kind_before
from generator.article.entities.groups import group_sign
from generator.article.entities.nationals import speakers_nationality
from generator.article.quotes import find_quotes
from generator.clean import PARAGRAPH_BREAK, Cleaned, clean
from generator.clean.meta import host_named
from generator.clean.tags import page_authors, page_outlet
from generator.model import ArticleDigest, ArticleEntity, DateMention, Quote
from generator.read.sources import Source
from generator.registry import Registry
from generator.settings import MIN_SENTENCE_WORDS, SUMMARY_SENTENCES
from generator.text.names import fold, slug
from generator.text.summary import pick

if TYPE_CHECKING:  # the language model is imported only by runs that parse
    from spacy.tokens import Doc

__all__ = ["Prepared", "analyze", "prepare"]


@dataclass
class Prepared:
    source: Source
    relpath: str
    cleaned: Cleaned
    text: str  # what the language model reads: kept paragraphs joined by blank lines
    title: str | None
    outlet: str | None
    author: str | None
    published: str | None
    url: str | None


def prepare(source: Source, relpath: str, registry: Registry) -> Prepared:
    """The cleaned text and the metadata: what the editor gave (sidecar, front matter)
    first, then the page's tags (`clean.tags`: their authors when they are people's names,
    not an agency, a desk, a role or the site; the site's name as the page writes it,
    checked against its other tags), then what the text itself says."""
    cleaned = clean(source.lines, first_line=source.line_offset + 1)
    meta, html = source.meta, source.html_meta
    outlet = meta.get("outlet") or page_outlet(html) or cleaned.outlet_hint
    if outlet and outlet == html.get("outlet") == html.get("host") and "outlet" not in meta:
        # no tag names the site, trafilatura fell back on the host: the name the page
        # writes for it ("CNN" for "cnn.com"). A site tag or a handle ("cleveland",
        # "@clevelanddotcom" over "... - cleveland.com") says how the site names itself
        texts = [html.get("page_title", ""), *source.lines]
        outlet = host_named(texts, outlet) or outlet
    # the article's own date: a relative or year-less date the editor gave is read from it
    own = parse_published(html.get("published")) or cleaned.published
    published = parse_published(meta["published"], own) if "published" in meta else own
    return Prepared(
        source=source,
        relpath=relpath,
        cleaned=cleaned,
        text=PARAGRAPH_BREAK.join(b.text for b in cleaned.blocks),
        title=meta.get("title") or html.get("title") or cleaned.title,
        outlet=(registry.outlet_named(outlet) or outlet) if outlet else None,
        author=meta.get("author") or page_authors(html, outlet) or cleaned.author,
        published=published,
        url=meta.get("url") or html.get("url"),
    )


# How a mention reaches the subject it belongs to: a title's nationality, a possessor,
# one name of a list ("countries, including Canada, ...", even when the parser takes the
# first name for a determiner), an apposition.
_INSIDE_SUBJECT = frozenset({"compound", "amod", "poss", "conj", "preconj", "det", "appos", "nmod"})
_LIST_PREPOSITIONS = frozenset({"including", "like", "as"})


def _is_subject(doc: Doc, mention: Mention) -> bool:
    """Whether the mention is, or sits inside, the grammatical subject of its clause:
    the entity acts, speaks or is described there, rather than being talked about."""
    token = doc[mention.start : mention.end].root
    while True:
        if token.dep_ in ("nsubj", "nsubjpass", "csubj"):
            return True
        if token.dep_ == "pobj" and token.head.dep_ == "agent":
            return True  # "was criticised by Germany"
        if token.dep_ == "pobj" and token.head.lower_ in _LIST_PREPOSITIONS:
            token = token.head.head
        elif token.dep_ in _INSIDE_SUBJECT and token.head.i != token.i:
            token = token.head
        else:
            return False


def _entity(
    eid: str,
    mentions: list[Mention],
    doc: Doc,
    extra: list[str] | None = None,
    roles: list[str] | None = None,
    country: str | None = None,
) -> ArticleEntity:
    return ArticleEntity(
        id=eid,
        as_written=sorted({m.text for m in mentions} | set(extra or [])),
        sentences=sorted({m.sentence for m in mentions}),
        subject=sorted({m.sentence for m in mentions if _is_subject(doc, m)}),
        roles=roles or [],
        country=country,
    )


def _organisation(oid: str, mentions: list[Mention], doc: Doc) -> ArticleEntity:
    """An organisation with its kinds and whether the article's words make it a group."""
    entity = _entity(oid, mentions, doc, roles=_kinds(mentions, doc))
    entity.group = any(group_sign(doc[m.start : m.end]) for m in mentions)
    return entity


def _kinds(mentions: list[Mention], doc: Doc) -> list[str]:
    """An organisation's roles: the kinds the article calls it right before its name
    ("rock band Velvet Harrow": Band), the article's own words that it is a body, which
    the corpus weighs above the model's label elsewhere (`nonpeople`)."""
    return sorted(
        {kind.capitalize() for m in mentions if (kind := kind_before(doc[m.start : m.end]))}
    )


def analyze(prepared: Prepared, doc: Doc, finder: EntityFinder) -> ArticleDigest:
    sentences: list[str] = []
    sentence_of = [0] * len(doc)
    starts: list[int] = []
    for start, end, start_char, text in cached.sentences(doc):
        text = text.strip()
        if not text:
            continue
        sentence_of[start:end] = [len(sentences)] * (end - start)
        starts.append(start_char)
        sentences.append(text)
    paragraphs: list[int] = []
    offset = 0
    for block in prepared.cleaned.blocks:
        first = next((i for i, s in enumerate(starts) if s >= offset), None)
        if first is not None and first not in paragraphs:
            paragraphs.append(first)
        offset += len(block.text) + len(PARAGRAPH_BREAK)

    if prepared.cleaned.language != "English":  # the English model's reading: made up
        return _digest(prepared, sentences, paragraphs)
    found = finder.find(doc, sentence_of, prepared.outlet)
    found_quotes = find_quotes(doc, found, finder.gazetteer, prepared.title)
    speakers_nationality(found.people, ((q.speaker, q.speaker_country) for q in found_quotes))
    labels = [r.text for r in prepared.cleaned.removed if r.reason == "caption label"]
    people: list[ArticleEntity] = []
    local_ids: dict[str, str] = {}
    for cluster in found.people:
        pid = slug(cluster.name)
        while pid in local_ids.values():
            pid += "-x"
        local_ids[cluster.key] = pid
        forms = {fold(f) for f in cluster.forms()}
        extra = [label for label in labels if fold(label) in forms]
        person = _entity(pid, cluster.mentions, doc, extra, cluster.roles, cluster.country)
        # a role found after the verdict is a sign of a person too; a country is none, as a
        # firm has one as well ("Russian oil firm Yukos")
        person.by_default = cluster.by_default and not cluster.roles
        people.append(person)
    candidates = []
    used = set(local_ids.values())  # ids apart from the people's: one may join them
    for cluster in found.candidates:
        pid = slug(cluster.name)
        while pid in used:
            pid += "-x"
        used.add(pid)
        candidates.append(_entity(pid, cluster.mentions, doc, None, cluster.roles, cluster.country))
    countries = [_entity(cid, ms, doc) for cid, ms in sorted(found.countries.items())]
    organizations = [
        _organisation(oid, ms, doc) for oid, (_, ms) in sorted(found.organizations.items())
    ]

    quotes = [
        Quote(
            speaker=local_ids.get(q.speaker) if q.speaker else None,
            text=q.text,
            sentence=max(0, bisect_right(starts, q.start) - 1),
            as_written=q.as_written,
            organization=q.organization,
            partial=q.partial,
            headline=q.headline,
        )
        for q in found_quotes
    ]

    return _digest(
        prepared,
        sentences,
        paragraphs,
        people=sorted(people, key=lambda p: p.id),
        countries=countries,
        organizations=organizations,
        quotes=quotes,
        dates=find_dates(doc, sentence_of, prepared.published),
        candidates=sorted(candidates, key=lambda p: p.id),
    )


def _digest(
    prepared: Prepared,
    sentences: list[str],
    paragraphs: list[int],
    people: list[ArticleEntity] | None = None,
    countries: list[ArticleEntity] | None = None,
    organizations: list[ArticleEntity] | None = None,
    quotes: list[Quote] | None = None,
    dates: list[DateMention] | None = None,
    candidates: list[ArticleEntity] | None = None,
) -> ArticleDigest:
    """The article's digest: its text, metadata and summary, and what the model read."""
    eligible = [len(s.split()) >= MIN_SENTENCE_WORDS for s in sentences]
    summary = pick(sentences, SUMMARY_SENTENCES, eligible) if sentences else []
    source = prepared.source
    return ArticleDigest(
        id=source.id,
        source=prepared.relpath,
        checksum=source.checksum,
        title=prepared.title,
        outlet=prepared.outlet,
        author=prepared.author,
        published=prepared.published,
        url=prepared.url,
        sentences=sentences,
        paragraphs=paragraphs,
        removed=prepared.cleaned.removed,
        summary=summary,
        people=people or [],
        countries=countries or [],
        organizations=organizations or [],
        quotes=quotes or [],
        dates=dates or [],
        candidates=candidates or [],
        language=prepared.cleaned.language,
    )
