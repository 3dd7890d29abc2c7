"""A small, hand-made, consistent digest folder: for testing check, diff and the schemas
without loading the language model."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from generator.model import (
    Alias,
    ArticleDigest,
    ArticleEntity,
    Citation,
    Claim,
    CountryDigest,
    DateMention,
    Disagreement,
    Merge,
    PersonDigest,
    Quote,
    Related,
    Removed,
    Role,
    StoryDigest,
    TimelineEntry,
    to_plain,
)
from generator.store.fingerprint import checksum
from generator.store.yamlio import dump

SOURCE_TEXT = (
    "Estonia is weighing sending troops to western Ukraine, Madis Roll said.\n"
    "\n"
    "\u201cWe need to consider all possibilities,\u201d Roll told Breaking Defense.\n"
    "Advertisement\n"
)
SENTENCES = [
    "Estonia is weighing sending troops to western Ukraine, Madis Roll said.",
    "\u201cWe need to consider all possibilities,\u201d Roll told Breaking Defense.",
]
QUOTE = "We need to consider all possibilities,"


def article(article_id: str = "000_roll", text: str = SOURCE_TEXT) -> ArticleDigest:
    return ArticleDigest(
        id=article_id,
        source=f"content/sources/{article_id}.txt",
        checksum=checksum(text.encode()),
        title="Estonia weighs troops for Ukraine",
        outlet="ERR News",
        author=None,
        published="2024-05-14",
        url=None,
        sentences=list(SENTENCES),
        paragraphs=[0, 1],
        removed=[Removed(line=4, text="Advertisement", reason="advertisement")],
        summary=[0],
        people=[
            ArticleEntity(
                id="madis-roll",
                as_written=["Madis Roll", "Roll"],
                sentences=[0, 1],
                roles=["national security adviser"],
            )
        ],
        countries=[ArticleEntity(id="estonia", as_written=["Estonia"], sentences=[0])],
        organizations=[],
        quotes=[Quote(speaker="madis-roll", text=QUOTE, sentence=1, as_written="Roll")],
        dates=[DateMention(text="May 14", date="2024-05-14", sentence=0)],
    )


def person(article_id: str = "000_roll") -> PersonDigest:
    return PersonDigest(
        id="madis-roll",
        name="Madis Roll",
        aliases=[Alias(name="Madis Roll", articles=[article_id])],
        roles=[Role(role="national security adviser", articles=[article_id])],
        country="estonia",
        registry=True,
        articles=[article_id],
        quotes=[Citation(article=article_id, sentence=1, text=QUOTE)],
        statements=[Citation(article=article_id, sentence=0, text=SENTENCES[0])],
        related_people=[],
        related_countries=[Related(id="estonia", count=1)],
        merges=[Merge(spelling="Roll", into="Madis Roll", evidence=[f"surname, {article_id}"])],
    )


def country(article_id: str = "000_roll") -> CountryDigest:
    return CountryDigest(
        id="estonia",
        name="Estonia",
        aliases=[Alias(name="Estonia", articles=[article_id])],
        people=["madis-roll"],
        articles=[article_id],
        quotes=[Citation(article=article_id, sentence=1, text=QUOTE)],
        statements=[Citation(article=article_id, sentence=0, text=SENTENCES[0])],
        related_countries=[],
    )


def story(article_id: str = "000_roll") -> StoryDigest:
    first = Citation(article=article_id, sentence=0, text=SENTENCES[0])
    return StoryDigest(
        id="estonia-troops-ukraine",
        title="Estonia weighs troops for western Ukraine",
        formerly=[],
        articles=[article_id],
        people=["madis-roll"],
        countries=["estonia"],
        summary=[first],
        claims=[Claim(text=SENTENCES[0], article=article_id, sentence=0, sources=[first])],
        disagreements=[
            Disagreement(
                kind="within-source", about="Madis Roll", involves=["madis-roll"], citations=[first]
            ),
        ],
        timeline=[
            TimelineEntry(date="2024-05-14", text=SENTENCES[0], article=article_id, sentence=0)
        ],
    )


def sample_digests() -> dict[str, Any]:
    """Manifest key -> plain digest, as `generator digest` would write for one source."""
    return {
        "articles/000_roll.yaml": to_plain(article()),
        "people/madis-roll.yaml": to_plain(person()),
        "countries/estonia.yaml": to_plain(country()),
        "stories/estonia-troops-ukraine.yaml": to_plain(story()),
    }


def write_digests(out: Path, digests: dict[str, Any]) -> None:
    """Write digest files and their manifest, the way the generator does."""
    files = {}
    for key, data in sorted(digests.items()):
        path = out / key
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(dump(data), encoding="utf-8")
        files[key] = checksum(path.read_bytes())
    manifest = {"format": 1, "analysis": 1, "registry": checksum(b""), "files": files}
    (out / "manifest.yaml").write_text(dump(manifest), encoding="utf-8")


def sample_corpus(root: Path) -> tuple[Path, Path]:
    """A sources folder with one article and its digests folder; returns both."""
    sources, out = root / "sources", root / "digests"
    sources.mkdir(parents=True)
    (sources / "000_roll.txt").write_text(SOURCE_TEXT, encoding="utf-8")
    write_digests(out, sample_digests())
    return sources, out


def bare_report(i: int, sentences: list[str]) -> ArticleDigest:
    """An article digest of the given sentences, naming no one: for story tests."""
    return ArticleDigest(
        id=f"{i:04d}", source=f"s/{i:04d}.txt", checksum="sha256:" + "0" * 64, title=None,
        outlet=None, author=None, published=None, url=None, sentences=sentences,
        paragraphs=[0], removed=[], summary=[0], people=[], countries=[], organizations=[],
        quotes=[], dates=[],
    )  # fmt: skip
