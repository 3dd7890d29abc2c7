"""Stories: articles about the same event, told once with every sentence cited.

Articles join a story when their words and their people/countries overlap enough
(TF-IDF cosine plus entity Jaccard, single-link). Within a story, near-duplicate
sentences from different outlets are one claim; opposite polarity on a shared topic
is a possible disagreement; spellings that differ for one person are listed too.
"""

from __future__ import annotations

import re
from collections import Counter

from generator.countries import fold, slug
from generator.model import (
    ArticleDigest,
    Citation,
    Claim,
    CountryDigest,
    Disagreement,
    PersonDigest,
    StoryDigest,
    TimelineEntry,
)
from generator.summarize import cosine, pick, vectorize

__all__ = ["build"]

# Two articles are one story above this combined similarity; calibrated so the five
# seeds group while BBC articles of one category and week mostly stay apart.
SAME_STORY = 0.30
CLAIM_SIMILARITY = 0.45
DISAGREEMENT_SIMILARITY = 0.25
SUMMARY_SENTENCES = 5
MAX_CLAIMS = 12
MAX_DISAGREEMENTS = 6
_NEGATION = re.compile(r"\b(not|no|never|n[’']t|nothing|nowhere|neither|nor|without|ruled? out|refused|denied|rejected)\b", re.I)
_MIN_WORDS = 8


def _entities(article: ArticleDigest) -> set[str]:
    return {p.id for p in article.people} | {c.id for c in article.countries}


def _groups(articles: list[ArticleDigest]) -> list[list[ArticleDigest]]:
    vectors = vectorize([" ".join(a.sentences) for a in articles])
    ents = [_entities(a) for a in articles]
    parent = list(range(len(articles)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i in range(len(articles)):
        for j in range(i + 1, len(articles)):
            union = ents[i] | ents[j]
            jaccard = len(ents[i] & ents[j]) / len(union) if union else 0.0
            if 0.5 * cosine(vectors[i], vectors[j]) + 0.5 * jaccard >= SAME_STORY:
                parent[max(find(i), find(j))] = min(find(i), find(j))
    groups: dict[int, list[ArticleDigest]] = {}
    for i, article in enumerate(articles):
        groups.setdefault(find(i), []).append(article)
    return [g for g in groups.values() if len(g) > 1]


def _story_id(group: list[ArticleDigest], names: dict[str, str]) -> str:
    counts: Counter[str] = Counter()
    for article in group:
        counts.update(_entities(article))
    top = sorted(counts, key=lambda e: (-counts[e], e))[:3]
    return slug(" ".join(names.get(e, e) for e in top)) or slug(group[0].id)


def _polar(text: str) -> bool:
    return bool(_NEGATION.search(text))


def _disagreements(group: list[ArticleDigest], persons: list[PersonDigest]) -> list[Disagreement]:
    found: list[Disagreement] = []
    ids = {a.id for a in group}
    by_id = {a.id: a for a in group}
    for person in persons:
        spellings: dict[str, tuple[str, int]] = {}
        for alias in person.aliases:
            if len(alias.name.split()) < 2 or alias.name != alias.name.strip() or alias.name.islower():
                continue
            for article_id in alias.articles:
                if article_id in ids:
                    article = by_id[article_id]
                    sentence = next((i for i, s in enumerate(article.sentences) if alias.name in s), None)
                    if sentence is not None and fold(alias.name) not in {fold(k) for k in spellings}:
                        spellings[alias.name] = (article_id, sentence)
        if len(spellings) > 1:
            found.append(
                Disagreement(
                    kind="spelling",
                    about=f"{person.name} is spelled {', '.join(sorted(spellings))}",
                    citations=[Citation(a, s, by_id[a].sentences[s]) for _, (a, s) in sorted(spellings.items())],
                )
            )
    sentences = [
        (a, i, s) for a in group for i, s in enumerate(a.sentences) if len(s.split()) >= _MIN_WORDS
    ]
    vectors = vectorize([s for _, _, s in sentences])
    entity_at = {
        (a.id, i): {e.id for e in a.countries + a.people if i in e.sentences} for a in group for i in range(len(a.sentences))
    }
    pairs = []
    for x in range(len(sentences)):
        ax, ix, sx = sentences[x]
        for y in range(x + 1, len(sentences)):
            ay, iy, sy = sentences[y]
            if _polar(sx) == _polar(sy):
                continue
            shared = entity_at[(ax.id, ix)] & entity_at[(ay.id, iy)]
            sim = cosine(vectors[x], vectors[y])
            if shared and sim >= DISAGREEMENT_SIMILARITY:
                pairs.append((-sim, ax.id, ix, ay.id, iy))
    for _, a1, i1, a2, i2 in sorted(pairs)[:MAX_DISAGREEMENTS]:
        kind = "within-source" if a1 == a2 else "sources"
        found.append(
            Disagreement(
                kind=kind,
                about="one says what the other denies" if kind == "sources" else "the source says both",
                citations=[Citation(a1, i1, by_id[a1].sentences[i1]), Citation(a2, i2, by_id[a2].sentences[i2])],
            )
        )
    return found


def _claims(group: list[ArticleDigest]) -> list[Claim]:
    sentences = [(a.id, i, s) for a in group for i, s in enumerate(a.sentences) if len(s.split()) >= _MIN_WORDS]
    vectors = vectorize([s for _, _, s in sentences])
    used: set[int] = set()
    claims: list[Claim] = []
    for x, (ax, ix, sx) in enumerate(sentences):
        if x in used:
            continue
        carriers = [Citation(ax, ix, sx)]
        for y in range(x + 1, len(sentences)):
            ay, iy, sy = sentences[y]
            if y in used or ay in {c.article for c in carriers}:
                continue
            if cosine(vectors[x], vectors[y]) >= CLAIM_SIMILARITY:
                carriers.append(Citation(ay, iy, sy))
                used.add(y)
        if len(carriers) > 1:
            claims.append(Claim(sx, ax, ix, carriers))
    claims.sort(key=lambda c: (-len(c.sources), c.article, c.sentence))
    return claims[:MAX_CLAIMS]


def build(articles: list[ArticleDigest], persons: list[PersonDigest], countries: list[CountryDigest]) -> list[StoryDigest]:
    names = {p.id: p.name for p in persons} | {c.id: c.name for c in countries}
    stories = []
    used: set[str] = set()
    for group in _groups(articles):
        group.sort(key=lambda a: a.id)
        sid = _story_id(group, names)
        while sid in used:
            sid += "-2"
        used.add(sid)
        flat = [(a, i, s) for a in group for i, s in enumerate(a.sentences)]
        picks = pick([s for _, _, s in flat], SUMMARY_SENTENCES, [len(s.split()) >= _MIN_WORDS for _, _, s in flat])
        titled = [a for a in group if a.title]
        timeline = sorted(
            (TimelineEntry(d.date, a.sentences[d.sentence], a.id, d.sentence) for a in group for d in a.dates if d.date),
            key=lambda t: (t.date, t.article, t.sentence),
        )
        stories.append(
            StoryDigest(
                id=sid,
                title=titled[0].title if titled and titled[0].title else group[0].sentences[0],
                articles=[a.id for a in group],
                people=sorted({p.id for a in group for p in a.people}),
                countries=sorted({c.id for a in group for c in a.countries}),
                summary=[Citation(flat[i][0].id, flat[i][1], flat[i][2]) for i in picks],
                claims=_claims(group),
                disagreements=_disagreements(group, persons),
                timeline=timeline,
            )
        )
    return sorted(stories, key=lambda s: s.id)
