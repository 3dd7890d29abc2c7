"""Person and country digests, gathered from the article digests.

Statements are the sentences saying what a person or country did, wants or thinks: the
entity as grammatical subject first (see `ArticleEntity.subject`). They are chosen per
article (its best few about the entity), then the best of all are kept, listed by
article, so a new article adds its own lines and outranks at most a few others.
"""

from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from typing import Any

from generator import lexicon
from generator.corpus.offices import offices
from generator.corpus.resolve import Identity
from generator.model import (
    Alias,
    ArticleDigest,
    ArticleEntity,
    Citation,
    CountryDigest,
    Disagreement,
    PersonDigest,
    Related,
    StoryDigest,
    from_exact,
    to_plain,
)
from generator.registry import Gazetteer
from generator.settings import MIN_SENTENCE_WORDS, STATEMENTS_MAX, STATEMENTS_PER_ARTICLE
from generator.store.cache import ResultCache
from generator.store.fingerprint import checksum
from generator.text import tfidf
from generator.text.names import fold

__all__ = ["as_plain", "centralities", "countries", "involved", "people", "person_key"]

# verbs of saying, wanting, deciding and acting: the sentence reports a position or a deed
_SAYING = lexicon.words("speech", "verbs") - lexicon.words("speech", "also_nouns")
_STANCE_ALL = _SAYING | lexicon.words("stance", "acting")
_STANCE_WORDS = frozenset(w for w in _STANCE_ALL if re.fullmatch(r"\w+", w))
_STANCE_WORD = re.compile("|".join(map(re.escape, sorted(_STANCE_WORDS))), re.I)
_STANCE_PHRASES = re.compile(
    r"\b(" + "|".join(map(re.escape, sorted(_STANCE_ALL - _STANCE_WORDS))) + r")\b", re.I
)
_WORD = re.compile(r"\w+")


def _has_stance(sentence: str) -> bool:
    """Whether the sentence holds a stance word or phrase as whole words, in any case. A
    lookup per word: one search with the alternation of all the words cost more than
    the rest of choosing statements. A word that is not ASCII is matched by the regex's
    own case-insensitive rules ("ſaid"), so the answer is the search's."""
    return (
        any(
            w.lower() in _STANCE_WORDS if w.isascii() else _STANCE_WORD.fullmatch(w) is not None
            for w in _WORD.findall(sentence)
        )
        or _STANCE_PHRASES.search(sentence) is not None
    )


Weights = tuple[list[float], list[bool]]  # an article's centrality and stance, by sentence


def centralities(articles: list[ArticleDigest], known: ResultCache) -> dict[str, Weights]:
    """Each article's `tfidf.centrality` and whether each sentence holds a stance word,
    taken from `known` when its sentences are there: adding an article then weighs one,
    not thousands (looking for stance words was a quarter of aggregating 10,000)."""
    found = {}
    for article in articles:
        key = checksum(json.dumps(article.sentences, ensure_ascii=False).encode("utf-8"))
        kept = known.get(key)
        if not _fits(kept, len(article.sentences)):
            kept = [
                tfidf.centrality(article.sentences),
                [_has_stance(s) for s in article.sentences],
            ]
        known.put(key, kept)  # the very entry when reused: see `ResultCache.changes`
        found[article.id] = (kept[0], kept[1])
    return found


def _fits(kept: Any, sentences: int) -> bool:
    """Whether a kept entry is two lists of one item per sentence, as this code keeps it:
    anything else (a cache of an older layout) is computed again."""
    return (
        isinstance(kept, list)
        and len(kept) == 2
        and all(isinstance(x, list) and len(x) == sentences for x in kept)
    )


def _score(article: ArticleDigest, i: int, subject: set[int], weights: Weights) -> float:
    """A statement says what the entity did, wants or thinks: it is the grammatical subject
    (weighs most), a verb of saying or acting is there, and the sentence is central to the
    article (in its summary, close to its gist)."""
    score = 2.0 if i in subject else 0.0
    score += 1.0 if weights[1][i] else 0.0
    score += 0.5 if i in article.summary else 0.0
    return score + weights[0][i]


def _statements(
    article: ArticleDigest,
    sentences: list[int],
    subject: set[int],
    weights: Weights,
    eligible: set[int],
) -> list[tuple[float, Citation]]:
    """The article's best few sentences where the entity acts; where it never does (it
    is only where troops go, or who is visited), the one best sentence naming it.
    `weights`: the article's (see `centralities`); `eligible`: its sentences that can be
    a statement (see `_Article`)."""
    scored = sorted(
        ((_score(article, i, subject, weights), i) for i in sentences if i in eligible),
        key=lambda si: (-si[0], si[1]),
    )
    acting = [si for si in scored if si[1] in subject]
    scored = acting[:STATEMENTS_PER_ARTICLE] if acting else scored[:1]
    return [(score, Citation(article.id, i, article.sentences[i])) for score, i in scored]


class _Article:
    """What gathering people reads from one article, indexed once: each person's node
    looked through the article's quotes, people and countries, and split its sentences
    into words, again for every person (half of aggregating people at 10,000 articles)."""

    def __init__(self, article: ArticleDigest) -> None:
        # quotes are listed on their own
        quoted = {q.sentence for q in article.cited_quotes}
        self.eligible = {
            i
            for i, sentence in enumerate(article.sentences)
            if i not in quoted
            and len(sentence.split()) >= MIN_SENTENCE_WORDS
            and sentence != article.title  # a headline, not a report
        }
        self.quotes: dict[str | None, list[Citation]] = defaultdict(list)
        for q in article.cited_quotes:
            self.quotes[q.speaker].append(Citation(article.id, q.sentence, q.text))
        self.subject: dict[str | None, set[int]] = defaultdict(set)
        for p in article.people:
            self.subject[p.id].update(p.subject)
        self.countries = [(c.id, set(c.sentences)) for c in article.countries]

    @staticmethod
    def of(article: ArticleDigest, indexed: dict[str, _Article]) -> _Article:
        """The article's index from `indexed`, made there the first time."""
        index = indexed.get(article.id)
        if index is None:
            index = indexed[article.id] = _Article(article)
        return index


def _best(scored: list[tuple[float, Citation]]) -> list[Citation]:
    """The STATEMENTS_MAX best, listed by article and sentence so that a new article
    changes only the lines it adds or outranks."""
    top = sorted(scored, key=lambda sc: (-sc[0], sc[1].article, sc[1].sentence))[:STATEMENTS_MAX]
    return sorted((c for _, c in top), key=lambda c: (c.article, c.sentence))


def _related(counter: Counter[str]) -> list[Related]:
    return [Related(k, v) for k, v in sorted(counter.items(), key=lambda kv: (-kv[1], kv[0]))]


def _key(*parts: Any) -> str:
    return checksum(json.dumps(parts, ensure_ascii=False).encode("utf-8"))


def person_key(identity: Identity, written: dict[str, str]) -> str:
    """What a person's digest is made of: the identity, and the article digests of its
    nodes as written (`written`: article id -> file checksum), which hold everything
    read of them: sentences, quotes and their speakers, the people of each sentence,
    countries, and the nodes themselves (each the article's person written with the
    identity's id, as resolving wrote them in: their spellings, roles and sentences
    turned into JSON again were a second of a profiled add at 10,000 articles)."""
    return _key(
        identity.id,
        identity.name,
        identity.country,
        identity.known.roles if identity.known else None,
        [[m.spelling, m.into, m.evidence] for m in identity.merges],
        sorted({(n.article, written[n.article]) for n in identity.nodes}),
    )


def people(
    articles: dict[str, ArticleDigest],
    identities: list[Identity],
    centrality: dict[str, Weights],
    known: ResultCache,
    written: dict[str, str],
) -> tuple[list[PersonDigest], dict[str, str], dict[str, Any]]:
    """Each identity's digest (without its disagreements: `involved`), its key
    (`person_key`) and its plain data (see `as_plain`): from `known` when its key is
    there, so adding an article gathers again only the people whose articles or nodes
    changed."""
    digests = []
    keys = {identity.id: person_key(identity, written) for identity in identities}
    plains: dict[str, Any] = {}
    indexed: dict[str, _Article] = {}
    # the people of each sentence, only in the articles of the people gathered again
    gathered = {n.article for i in identities if known.get(keys[i.id]) is None for n in i.nodes}
    sentence_people = _sentence_people(identities, gathered) if gathered else {}
    for identity in identities:
        key = keys[identity.id]
        kept = known.get(key)
        if kept is None:
            kept = to_plain(_person(identity, articles, centrality, indexed, sentence_people))
        known.put(key, kept)
        plains[identity.id] = kept
        digests.append(from_exact(PersonDigest, kept))
    return digests, keys, plains


def as_plain(plains: dict[str, Any], digest: PersonDigest | CountryDigest) -> Any:
    """`to_plain(digest)` from the plain data it was gathered as (`people`, `countries`):
    only its disagreements, set since (`involved`), are converted again."""
    fresh = dict(plains[digest.id])
    fresh["disagreements"] = to_plain(digest.disagreements)
    return fresh


def _sentence_people(
    identities: list[Identity], within: set[str]
) -> dict[tuple[str, int], set[str]]:
    """The people of each (article, sentence) of the articles `within`: a person's
    related people are read from its own articles alone."""
    found: dict[tuple[str, int], set[str]] = defaultdict(set)
    for identity in identities:
        for node in identity.nodes:
            if node.article in within:
                for s in node.sentences:
                    found[(node.article, s)].add(identity.id)
    return found


def _person(
    identity: Identity,
    articles: dict[str, ArticleDigest],
    centrality: dict[str, Weights],
    indexed: dict[str, _Article],
    sentence_people: dict[tuple[str, int], set[str]],
) -> PersonDigest:
    aliases: dict[str, set[str]] = defaultdict(set)
    roles: dict[str, set[str]] = defaultdict(set)
    quotes: list[Citation] = []
    statements: list[tuple[float, Citation]] = []
    related_people: Counter[str] = Counter()
    related_countries: Counter[str] = Counter()
    for node in identity.nodes:
        article = articles[node.article]
        index = _Article.of(article, indexed)
        for form in node.forms:
            aliases[form].add(node.article)
        for role in node.roles:
            roles[role].add(node.article)
        quotes += index.quotes.get(identity.id, ())
        subject = index.subject.get(identity.id, set())
        statements += _statements(
            article, node.sentences, subject, centrality[article.id], index.eligible
        )
        mine = set(node.sentences)
        for s in mine:
            related_people.update(sentence_people.get((node.article, s), set()) - {identity.id})
        for country, sentences in index.countries:
            shared = len(mine & sentences)
            if shared:
                related_countries[country] += shared
    curated = identity.known.roles if identity.known else []
    for role in curated:
        roles.setdefault(role, set())
    return PersonDigest(
        id=identity.id,
        name=identity.name,
        aliases=[
            Alias(n, sorted(a))
            for n, a in sorted(aliases.items(), key=lambda kv: (fold(kv[0]), kv[0]))
        ],
        roles=offices(roles, curated),
        country=identity.country,
        registry=identity.known is not None,
        articles=sorted({n.article for n in identity.nodes}),
        quotes=sorted(quotes, key=lambda c: (c.article, c.sentence)),
        statements=_best(statements),
        related_people=_related(related_people),
        related_countries=_related(related_countries),
        merges=identity.merges,
    )


def countries(
    articles: dict[str, ArticleDigest],
    persons: list[PersonDigest],
    gazetteer: Gazetteer,
    centrality: dict[str, Weights],
    known: ResultCache,
    written: dict[str, str],
    person_keys: dict[str, str],
) -> tuple[list[CountryDigest], dict[str, Any]]:
    """Each country's digest (without its disagreements): from `known` when its key is
    there, the checksums of the articles naming it (`written`) and the keys of its
    people (`people`); and the plain data of each (see `as_plain`)."""
    mentions: dict[str, list[tuple[ArticleDigest, ArticleEntity]]] = defaultdict(list)
    for article in articles.values():
        for entity in article.countries:
            mentions[entity.id].append((article, entity))
    for person in persons:
        if person.country and person.country in gazetteer.countries:
            mentions.setdefault(person.country, [])
    by_country: dict[str | None, list[PersonDigest]] = defaultdict(list)
    for person in persons:
        by_country[person.country].append(person)
    digests = []
    plains: dict[str, Any] = {}
    indexed: dict[str, _Article] = {}
    for cid in sorted(mentions):
        its_people = by_country.get(cid, [])
        key = _key(
            cid,
            gazetteer.countries[cid].name,
            sorted((a.id, written[a.id]) for a, _ in mentions[cid]),
            sorted(person_keys[p.id] for p in its_people),
        )
        kept = known.get(key)
        if kept is None:
            kept = to_plain(
                _country(cid, mentions[cid], its_people, gazetteer, centrality, indexed)
            )
        known.put(key, kept)
        plains[cid] = kept
        digests.append(from_exact(CountryDigest, kept))
    return digests, plains


def _country(
    cid: str,
    mentions: list[tuple[ArticleDigest, ArticleEntity]],
    its_people: list[PersonDigest],
    gazetteer: Gazetteer,
    centrality: dict[str, Weights],
    indexed: dict[str, _Article],
) -> CountryDigest:
    aliases: dict[str, set[str]] = defaultdict(set)
    statements: list[tuple[float, Citation]] = []
    related: Counter[str] = Counter()
    for article, entity in sorted(mentions, key=lambda m: m[0].id):
        for form in entity.as_written:
            aliases[form].add(article.id)
        eligible = _Article.of(article, indexed).eligible
        statements += _statements(
            article, entity.sentences, set(entity.subject), centrality[article.id], eligible
        )
        for other in article.countries:
            if other.id != cid:
                shared = len(set(entity.sentences) & set(other.sentences))
                if shared:
                    related[other.id] += shared
    quotes = sorted(
        (q for p in its_people for q in p.quotes), key=lambda c: (c.article, c.sentence)
    )
    return CountryDigest(
        id=cid,
        name=gazetteer.countries[cid].name,
        aliases=[Alias(n, sorted(a)) for n, a in sorted(aliases.items())],
        people=sorted(p.id for p in its_people),
        articles=sorted({a.id for a, _ in mentions} | {x for p in its_people for x in p.articles}),
        quotes=quotes,
        statements=_best(statements),
        related_countries=_related(related),
    )


def involved(
    persons: list[PersonDigest], nations: list[CountryDigest], stories: list[StoryDigest]
) -> None:
    """Each story disagreement also on the pages of the people and countries whose words
    or deeds disagree, so a reader of their page sees what is contested."""
    by_id: dict[str, list[Disagreement]] = {}
    for story in sorted(stories, key=lambda s: s.id):
        for disagreement in story.disagreements:
            for eid in disagreement.involves:
                by_id.setdefault(eid, []).append(disagreement)
    for person in persons:
        person.disagreements = by_id.get(person.id, [])
    for nation in nations:
        nation.disagreements = by_id.get(nation.id, [])
