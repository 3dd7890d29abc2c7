"""Stories: articles about the same event, told once with every sentence cited.

Articles join a story when their words and their people/countries overlap enough
(TF-IDF cosine plus entity Jaccard, single-link). Within a story, near-duplicate
sentences from different outlets are one claim; opposite polarity on a shared topic
is a possible disagreement; spellings that differ for one person are listed too.
"""

from __future__ import annotations

import math
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

# Articles are one story when their people and countries overlap, each weighted by how
# rare it is in the corpus (IDF-weighted Jaccard), on average over the story's articles
# (average link: no chaining through one shared name). Calibrated so the five seeds
# form one story while 99 BBC politics articles give clusters of at most 5, never
# one blob around "Tony Blair, UK" (single link at any threshold fused 34 of them).
SAME_STORY = 0.12
# or when their words are this close: the same report under two names
SAME_WORDS = 0.50
CLAIM_SIMILARITY = 0.35
# opposite polarity is only a disagreement between sentences this close in wording;
# within one source a shared entity in two lists is enough of a topic (lower bar)
DISAGREEMENT_SIMILARITY = {"sources": 0.35, "within-source": 0.15}
SUMMARY_SENTENCES = 5
MAX_CLAIMS = 12
MAX_DISAGREEMENTS = 3  # polarity is a weak signal: show only the closest pairs
_NEGATION = re.compile(
    r"\b(not|no|never|n[’']t|nothing|nowhere|neither|nor|without|ruled? out|refused|denied|rejected)\b",
    re.I,
)
_MIN_WORDS = 8


def _entities(article: ArticleDigest) -> set[str]:
    return {p.id for p in article.people} | {c.id for c in article.countries}


def _pair_scores(articles: list[ArticleDigest]) -> dict[tuple[int, int], float]:
    ents = [_entities(a) for a in articles]
    df: Counter[str] = Counter(e for es in ents for e in es)
    weight = {e: math.log(1 + len(articles) / n) for e, n in df.items()}
    holders: dict[str, list[int]] = {}
    for i, es in enumerate(ents):
        for e in es:
            holders.setdefault(e, []).append(i)
    vectors = vectorize([" ".join(a.sentences) for a in articles])
    scores: dict[tuple[int, int], float] = {}
    pairs = {(i, j) for hs in holders.values() for x, i in enumerate(hs) for j in hs[x + 1 :]}
    for i, j in sorted(pairs):
        shared = sum(weight[e] for e in ents[i] & ents[j])
        union = sum(weight[e] for e in ents[i] | ents[j])
        score = shared / union if union else 0.0
        if score < SAME_STORY and cosine(vectors[i], vectors[j]) >= SAME_WORDS:
            score = 1.0
        if score >= SAME_STORY:
            scores[(i, j)] = score
    return scores


def _groups(articles: list[ArticleDigest]) -> list[list[ArticleDigest]]:
    scores = _pair_scores(articles)
    members = {i: [i] for i in range(len(articles))}
    where = list(range(len(articles)))
    for (i, j), _ in sorted(scores.items(), key=lambda kv: (-kv[1], kv[0])):
        a, b = where[i], where[j]
        if a == b:
            continue
        total = sum(scores.get((min(x, y), max(x, y)), 0.0) for x in members[a] for y in members[b])
        if total / (len(members[a]) * len(members[b])) >= SAME_STORY:
            keep, gone = min(a, b), max(a, b)
            for x in members[gone]:
                where[x] = keep
            members[keep] += members.pop(gone)
    return [[articles[i] for i in sorted(m)] for _, m in sorted(members.items()) if len(m) > 1]


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
            if (
                len(alias.name.split()) < 2
                or alias.name != alias.name.strip()
                or alias.name.islower()
            ):
                continue
            for article_id in alias.articles:
                if article_id in ids:
                    article = by_id[article_id]
                    sentence = next(
                        (i for i, s in enumerate(article.sentences) if alias.name in s), None
                    )
                    if sentence is not None and fold(alias.name) not in {
                        fold(k) for k in spellings
                    }:
                        spellings[alias.name] = (article_id, sentence)
        if len(spellings) > 1:
            found.append(
                Disagreement(
                    kind="spelling",
                    about=f"{person.name} is spelled {', '.join(sorted(spellings))}",
                    citations=[
                        Citation(a, s, by_id[a].sentences[s])
                        for _, (a, s) in sorted(spellings.items())
                    ],
                )
            )
    sentences = [
        (a, i, s) for a in group for i, s in enumerate(a.sentences) if len(s.split()) >= _MIN_WORDS
    ]
    vectors = vectorize([s for _, _, s in sentences])
    entity_at = {
        (a.id, i): {e.id for e in a.countries + a.people if i in e.sentences}
        for a in group
        for i in range(len(a.sentences))
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
            kind = "within-source" if ax.id == ay.id else "sources"
            if shared and sim >= DISAGREEMENT_SIMILARITY[kind]:
                pairs.append((-sim, ax.id, ix, ay.id, iy))
    for _, a1, i1, a2, i2 in sorted(pairs)[:MAX_DISAGREEMENTS]:
        kind = "within-source" if a1 == a2 else "sources"
        found.append(
            Disagreement(
                kind=kind,
                about="possible contradiction: the sources differ in polarity on a shared subject"
                if kind == "sources"
                else "possible contradiction: the source says both",
                citations=[
                    Citation(a1, i1, by_id[a1].sentences[i1]),
                    Citation(a2, i2, by_id[a2].sentences[i2]),
                ],
            )
        )
    return found


def _claims(group: list[ArticleDigest]) -> list[Claim]:
    sentences = [
        (a.id, i, s)
        for a in group
        for i, s in enumerate(a.sentences)
        if len(s.split()) >= _MIN_WORDS
    ]
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


def build(
    articles: list[ArticleDigest], persons: list[PersonDigest], countries: list[CountryDigest]
) -> list[StoryDigest]:
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
        picks = pick(
            [s for _, _, s in flat],
            SUMMARY_SENTENCES,
            [len(s.split()) >= _MIN_WORDS for _, _, s in flat],
        )
        titled = [a for a in group if a.title]
        timeline = sorted(
            (
                TimelineEntry(d.date, a.sentences[d.sentence], a.id, d.sentence)
                for a in group
                for d in a.dates
                if d.date
            ),
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
