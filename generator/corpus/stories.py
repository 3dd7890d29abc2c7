"""Stories: articles about the same event, told once with every sentence cited.

Articles join a story when their words are close (TF-IDF cosine over whole texts, their
figures and the people and countries they mention counted as words, average link).
Within a story, near-duplicate sentences from different outlets are one claim;
disagreements (see `disagree`) are rebuttals, conflicting figures, and one subject said
to do and not to do one thing. Every article is in a story, if only its own; a story
keeps its articles and its id as others join (see `story_ids`; a run that analyses every
article again groups afresh, as a cold run does, and keeps only the ids), and two
stories of a last run made by this very analysis join only through an article new to
this run: adding an article scores the pairs of that article and of the stories it
joins, not every pair of the corpus."""

from __future__ import annotations

import json
from collections import Counter
from typing import Any

import numpy as np

from generator import settings
from generator.corpus import disagree, story_ids
from generator.corpus.story_groups import Scored, average_link
from generator.corpus.story_terms import TermCounts
from generator.forked import in_workers
from generator.model import (
    ArticleDigest,
    Citation,
    Claim,
    CountryDigest,
    Disagreement,
    PersonDigest,
    PublishedStory,
    StoryDigest,
    TimelineEntry,
    from_exact,
    to_plain,
)
from generator.settings import (
    BACKGROUND_ARTICLES,
    CANDIDATE_SHARE,
    CLAIM_SIMILARITY,
    KEY_WORDS,
    MAX_CLAIMS,
    MIN_SENTENCE_WORDS,
    RARE_MAX,
    RARE_MIN,
    RARE_SHARE,
    REACHING_MARGIN,
    SAME_STORY,
    STORY_SUMMARY_SENTENCES,
)
from generator.store.cache import ResultCache
from generator.store.fingerprint import checksum
from generator.text.summary import pick
from generator.text.tfidf import cosine, counted, shared_words, weigh
from generator.text.tfidf_rows import KeyWords, Rows

__all__ = ["build", "grouped"]


def _article_rows(articles: list[ArticleDigest], counts_of: TermCounts) -> Rows:
    docs = []
    for article in articles:
        counts = counts_of.of(article)
        for entity in article.people + article.countries:
            counts["@" + entity.id] += len(entity.sentences)
        docs.append(counts)
    return Rows.weighed(docs, BACKGROUND_ARTICLES)


def _groups(
    articles: list[ArticleDigest], previous: list[PublishedStory], settled: bool, counts: TermCounts
) -> list[list[ArticleDigest]]:
    """Every article in one group: the last run's stories stay together (a story does
    not lose an article because others joined), and articles join a group, or two
    groups join, when their words are close on average over both. Pairs within one of
    the last run's stories are never scored, as such a story never splits; when those
    stories are `settled`, only the pairs of new articles and of the stories they join
    are (see `average_link`)."""
    position = {a.id: i for i, a in enumerate(articles)}
    kept: list[list[int]] = []
    claimed: set[int] = set()  # an article listed by two old stories stays in the first
    for story in sorted(previous, key=lambda s: s.id):
        members = sorted(position[a] for a in story.articles if a in position)
        members = [i for i in members if i not in claimed]
        claimed.update(members)
        if members:
            kept.append(members)
    rows = _article_rows(articles, counts)
    common = max(RARE_MIN, min(RARE_MAX, int(RARE_SHARE * len(articles))))
    keys = KeyWords(rows, KEY_WORDS, common)
    label = list(range(len(articles)))
    for group in kept:
        for i in group:
            label[i] = group[0]

    def pairs_of(members: list[int]) -> Scored:
        floor = CANDIDATE_SHARE * SAME_STORY
        everyone = len(members) == len(articles)  # a first run: every pair, in one pass
        near = keys.pairs(floor, label) if everyone else keys.pairs_of(members, floor, label)
        scores = rows.cosines(near)
        reached = scores >= SAME_STORY
        return near[reached], scores[reached]

    found = average_link(len(articles), kept, pairs_of, settled)
    return [[articles[i] for i in group] for group in found]


def _claims(sentences: list[tuple[str, int, str]], counts: list[Counter[str]]) -> list[Claim]:
    """The claims among a story's sentences long enough for one (article id, number,
    text), their terms counted (`tfidf.counted`)."""
    vectors = weigh(counts)
    # each sentence scored against every later one at once, in numpy: rounded otherwise
    # than `cosine` rounds but by far less than REACHING_MARGIN, so a score that far
    # from CLAIM_SIMILARITY is decided by it and one nearer is scored again by `cosine`
    # (see `tfidf.reaching`); scoring pair by pair in Python was most of a large
    # story's claims
    dense = shared_words(vectors)
    used: set[int] = set()
    claims: list[Claim] = []
    for x, (ax, ix, sx) in enumerate(sentences):
        if x in used:
            continue
        carriers = [Citation(ax, ix, sx)]
        sources = {ax}
        dots = dense[x + 1 :] @ dense[x]
        near = np.flatnonzero(dots >= CLAIM_SIMILARITY - REACHING_MARGIN)
        for n, y in zip(near.tolist(), (near + x + 1).tolist(), strict=True):
            ay, iy, sy = sentences[y]
            if y in used or ay in sources:  # `used` grows only by sentences met here
                continue
            if (
                dots[n] >= CLAIM_SIMILARITY + REACHING_MARGIN
                or cosine(vectors[x], vectors[y]) >= CLAIM_SIMILARITY
            ):
                carriers.append(Citation(ay, iy, sy))
                sources.add(ay)
                used.add(y)
        if len(carriers) > 1:
            claims.append(Claim(sx, ax, ix, carriers))
    claims.sort(key=lambda c: (-len(c.sources), c.article, c.sentence))
    return claims[:MAX_CLAIMS]


def _inputs(
    group: list[ArticleDigest],
    names: dict[str, str],
    persons: dict[str, PersonDigest],
    written: dict[str, str],
) -> str:
    """What a story made of this group is computed from: its articles as resolved (the
    checksums of their digest files as written, `written`, which hold all of them: their
    sources' checksums, people and speakers; turning those into JSON again was a
    third of a second of adding one article to 10,000) and the names and spellings of
    who is in them."""
    ids = sorted(
        {p.id for a in group for p in a.people} | {c.id for a in group for c in a.countries}
    )
    parts = [
        [[a.id, written[a.id]] for a in group],
        [[i, names.get(i)] for i in ids],
        [
            [p.id, p.name, sorted(x.name for x in p.aliases)]
            for p in (persons.get(i) for i in ids)
            if p
        ],
    ]
    return checksum(json.dumps(parts, ensure_ascii=False).encode("utf-8"))


def _story(
    group: list[ArticleDigest],
    disagreements: list[Disagreement],
    counts: list[Counter[str]] | None = None,
) -> StoryDigest:
    """The story of a group; `counts`: the terms of each of its sentences (`_counted`)."""
    flat = [(a, i, s) for a in group for i, s in enumerate(a.sentences)]
    texts = [s for _, _, s in flat]
    if counts is None:
        counts = _counted(group)
    long = [n for n, s in enumerate(texts) if len(s.split()) >= MIN_SENTENCE_WORDS]
    eligible = [False] * len(flat)
    for n in long:
        eligible[n] = texts[n] != flat[n][0].title  # a headline is not a report
    picks = pick(texts, STORY_SUMMARY_SENTENCES, eligible, counts)
    claims = []
    if len(group) > 1:  # a claim is carried by two sources: none to seek in one
        sentences = [(flat[n][0].id, flat[n][1], texts[n]) for n in long]
        claims = _claims(sentences, [counts[n] for n in long])
    # the latest report's headline: a briefing tells where the story stands
    titled = sorted((a for a in group if a.title), key=lambda a: a.published or "", reverse=True)
    timeline = sorted(
        (
            TimelineEntry(d.date, a.sentences[d.sentence], a.id, d.sentence)
            for a in group
            for d in a.dates
            if d.date
        ),
        key=lambda t: (t.date, t.article, t.sentence),
    )
    return StoryDigest(
        id="",
        title=titled[0].title if titled and titled[0].title else _first_words(group),
        formerly=[],
        articles=[a.id for a in group],
        people=sorted({p.id for a in group for p in a.people}),
        countries=sorted({c.id for a in group for c in a.countries}),
        summary=[Citation(flat[i][0].id, flat[i][1], flat[i][2]) for i in picks],
        claims=claims,
        disagreements=disagreements,
        timeline=timeline,
    )


def _first_headline(group: list[ArticleDigest]) -> str | None:
    """The headline a new story's id is made from: its first report's (undated reports
    after dated ones). News arrives later than the report that started a story, so a
    report joining it leaves the id a cold run over every report would give; the title
    itself follows the latest report."""
    titled = sorted(
        (a for a in group if a.title), key=lambda a: (a.published is None, a.published or "", a.id)
    )
    return titled[0].title if titled else None


def _first_words(group: list[ArticleDigest]) -> str:
    """A title for a story none of whose articles has one: its first sentence."""
    return next((s for a in group for s in a.sentences if s.strip()), "Untitled story")


def _counted(group: list[ArticleDigest]) -> list[Counter[str]]:
    """The terms of each sentence of a story's articles, counted once for its summary,
    its claims and its disagreements (`tfidf.counted`)."""
    return counted([s for a in group for s in a.sentences])


def _compute(
    groups: list[list[ArticleDigest]],
    names: dict[str, str],
    parses: disagree.Parses,
    cues: disagree.Cues,
) -> list[StoryDigest]:
    """The stories of these groups."""
    counts = [_counted(group) for group in groups]
    found = disagree.find(groups, names, parses, cues, counts)
    return [_story(group, d, c) for group, d, c in zip(groups, found, counts, strict=True)]


def _computed(
    groups: list[list[ArticleDigest]],
    names: dict[str, str],
    parses: disagree.Parses,
    jobs: int,
    cues: disagree.Cues,
) -> list[StoryDigest]:
    """The stories of these groups, in worker processes when there are many."""
    if jobs < 2 or len(groups) < settings.PARALLEL_STORIES:
        return _compute(groups, names, parses, cues)
    # small shares, each big and small stories alike: a worker holds one share's stories
    # at a time, and the shares come back as they are done; as many for each worker, so
    # no share is left to one worker at the end while the others idle (at 9,902 articles,
    # 25 shares of about a second each on 2 workers)
    count = min(len(groups), jobs * -(-len(groups) // (settings.STORY_SHARE * jobs)))
    shares = [list(range(k, len(groups), count)) for k in range(count)]
    parts = in_workers(
        lambda share: _compute([groups[n] for n in share], names, parses, cues),
        shares,
        jobs,
        settings.STORY_WORKER_TASKS,
    )
    computed: dict[int, StoryDigest] = {}
    for share, part in zip(shares, parts, strict=True):
        computed |= dict(zip(share, part, strict=True))
    return [computed[n] for n in range(len(groups))]


def grouped(
    articles: list[ArticleDigest],
    previous: list[PublishedStory] | None = None,
    settled: bool = False,
    counts: TermCounts | None = None,
) -> list[list[str]]:
    """The ids of each story's articles, as `build` groups them (see there): grouping
    reads only the articles as resolved, not their people's and countries' digests, so
    a run can group them beside aggregating those (a first run at 10,000 articles:
    22 of the stories' 43 s, on one core) and give the groups to `build`. `counts`:
    the words of the articles' texts, as the last run counted them."""
    ordered = sorted(articles, key=lambda a: a.id)
    groups = _groups(ordered, previous or [], settled, counts or TermCounts())
    return [[a.id for a in group] for group in groups]


def build(
    articles: list[ArticleDigest],
    persons: list[PersonDigest],
    countries: list[CountryDigest],
    known: ResultCache | None = None,
    jobs: int = 1,
    previous: list[PublishedStory] | None = None,
    parses: disagree.Parses | None = None,
    settled: bool = False,
    grouping: list[list[str]] | None = None,
    written: dict[str, str] | None = None,
    cues: disagree.Cues | None = None,
) -> list[StoryDigest]:
    """Every story; one whose inputs are in `known` is taken from there, not recomputed:
    `known` is used with `written`, the checksum of each article's digest file as this
    run wrote it, alone (see `_inputs`).
    `previous`: the last run's stories, whose groups and ids are kept (see story_ids).
    `settled`: those stories were grouped by this very analysis, so two of them join
    only through an article new to this run (see `story_groups.average_link`).
    `parses`: the sentence parses the articles' analysis kept (see `disagree.parsed`).
    `grouping`: what `grouped` gave for these articles, `previous` and `settled`.
    `cues`: what the run already worked out of the sentences' texts (see `disagree.cues`)."""
    names = {p.id: p.name for p in persons} | {c.id: c.name for c in countries}
    by_id = {p.id: p for p in persons}
    if grouping is None:
        grouping = grouped(articles, previous, settled)
    article_of = {a.id: a for a in articles}
    groups = [[article_of[i] for i in ids] for ids in grouping]
    if written is None:  # no inputs to know a story by
        known = None
    keys = [_inputs(g, names, by_id, written) for g in groups] if written is not None else []
    made: dict[int, StoryDigest] = {}
    plains: dict[int, Any] = {}  # kept as read: turning thousands back to plain took seconds
    for n, key in enumerate(keys):
        plain = known.get(key) if known else None
        if plain is not None:
            # as this very code gave it (the cache's salt names the code): no checks again
            made[n], plains[n] = from_exact(StoryDigest, plain), plain
    todo = [n for n in range(len(groups)) if n not in made]
    computed = _computed(
        [groups[n] for n in todo], names, parses or {}, jobs, cues or disagree.Cues()
    )
    made |= dict(zip(todo, computed, strict=True))
    ids = story_ids.assign(
        grouping,
        [_first_headline(groups[n]) or made[n].title for n in range(len(groups))],
        previous or [],
    )
    for n in range(len(groups)):
        if known:
            known.put(keys[n], plains[n] if n in plains else to_plain(made[n]))
        made[n].id, made[n].formerly = ids[n]
    return sorted(made.values(), key=lambda s: s.id)
