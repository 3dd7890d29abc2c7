"""Person and country digests, gathered from the article digests.

Statements are chosen per article (its best few sentences about the entity), so a new
article adds its own lines to a person digest and leaves the others' lines alone.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict

from generator.countries import Gazetteer, fold
from generator.model import (
    Alias,
    ArticleDigest,
    Citation,
    CountryDigest,
    PersonDigest,
    Related,
    Role,
)
from generator.resolve import Identity

__all__ = ["countries", "people"]

STATEMENTS_PER_ARTICLE = 3
_STANCE = re.compile(
    r"\b(said|says|told|wants?|plans?|planning|considering|considers|prepared|willing|rule[sd]? out|"
    r"warned|urged|called|agreed|refused|announced|decided|supports?|opposes?|would|will|insists?|believes?|"
    r"stated|noted|added|suggested|confirmed|denied|rejected|downplayed)\b",
    re.I,
)


def _rank(sentence: str, forms: list[str]) -> int:
    head = " ".join(sentence.split()[:8]).casefold()
    score = 2 if any(f.casefold() in head for f in forms) else 0
    score += 1 if _STANCE.search(sentence) else 0
    score += 1 if len(sentence.split()) >= 10 else 0
    return score


def _statements(
    article: ArticleDigest, sentences: list[int], forms: list[str], exclude: set[int]
) -> list[Citation]:
    ranked = sorted(
        (i for i in sentences if i not in exclude),
        key=lambda i: (-_rank(article.sentences[i], forms), i),
    )[:STATEMENTS_PER_ARTICLE]
    return [Citation(article.id, i, article.sentences[i]) for i in sorted(ranked)]


def _quote_sentences(article: ArticleDigest) -> set[int]:
    return {q.sentence for q in article.quotes}


def _related(counter: Counter[str]) -> list[Related]:
    return [Related(k, v) for k, v in sorted(counter.items(), key=lambda kv: (-kv[1], kv[0]))]


def people(articles: dict[str, ArticleDigest], identities: list[Identity]) -> list[PersonDigest]:
    digests = []
    sentence_people: dict[tuple[str, int], set[str]] = defaultdict(set)
    for identity in identities:
        for node in identity.nodes:
            for s in node.sentences:
                sentence_people[(node.article, s)].add(identity.id)
    for identity in identities:
        aliases: dict[str, set[str]] = defaultdict(set)
        roles: dict[str, set[str]] = defaultdict(set)
        quotes: list[Citation] = []
        statements: list[Citation] = []
        related_people: Counter[str] = Counter()
        related_countries: Counter[str] = Counter()
        for node in identity.nodes:
            article = articles[node.article]
            for form in node.forms:
                aliases[form].add(node.article)
            for role in node.roles:
                roles[role].add(node.article)
            quotes += [
                Citation(article.id, q.sentence, q.text)
                for q in article.quotes
                if q.speaker == identity.id
            ]
            statements += _statements(
                article, node.sentences, node.forms, _quote_sentences(article)
            )
            mine = set(node.sentences)
            for s in mine:
                related_people.update(sentence_people[(node.article, s)] - {identity.id})
            for country in article.countries:
                shared = len(mine & set(country.sentences))
                if shared:
                    related_countries[country.id] += shared
        if identity.known:
            for role in identity.known.roles:
                roles.setdefault(role, set())
        digests.append(
            PersonDigest(
                id=identity.id,
                name=identity.name,
                aliases=[
                    Alias(n, sorted(a))
                    for n, a in sorted(aliases.items(), key=lambda kv: (fold(kv[0]), kv[0]))
                ],
                roles=[
                    Role(r, sorted(a))
                    for r, a in sorted(roles.items(), key=lambda kv: (-len(kv[1]), kv[0]))
                ],
                country=identity.country,
                registry=identity.known is not None,
                articles=sorted({n.article for n in identity.nodes}),
                quotes=sorted(quotes, key=lambda c: (c.article, c.sentence)),
                statements=statements,
                related_people=_related(related_people),
                related_countries=_related(related_countries),
                merges=identity.merges,
            )
        )
    return digests


def countries(
    articles: dict[str, ArticleDigest], persons: list[PersonDigest], gazetteer: Gazetteer
) -> list[CountryDigest]:
    mentions: dict[str, list[tuple[ArticleDigest, list[str], list[int]]]] = defaultdict(list)
    for article in articles.values():
        for entity in article.countries:
            mentions[entity.id].append((article, entity.as_written, entity.sentences))
    for person in persons:
        if person.country and person.country in gazetteer.countries:
            mentions.setdefault(person.country, [])
    digests = []
    for cid in sorted(mentions):
        aliases: dict[str, set[str]] = defaultdict(set)
        statements: list[Citation] = []
        related: Counter[str] = Counter()
        for article, forms, sentences in sorted(mentions[cid], key=lambda m: m[0].id):
            for form in forms:
                aliases[form].add(article.id)
            statements += _statements(article, sentences, forms, _quote_sentences(article))
            for other in article.countries:
                if other.id != cid:
                    shared = len(set(sentences) & set(other.sentences))
                    if shared:
                        related[other.id] += shared
        its_people = [p for p in persons if p.country == cid]
        quotes = sorted(
            (q for p in its_people for q in p.quotes), key=lambda c: (c.article, c.sentence)
        )
        digests.append(
            CountryDigest(
                id=cid,
                name=gazetteer.countries[cid].name,
                aliases=[Alias(n, sorted(a)) for n, a in sorted(aliases.items())],
                people=sorted(p.id for p in its_people),
                articles=sorted(
                    {a.id for a, _, _ in mentions[cid]}
                    | {x for p in its_people for x in p.articles}
                ),
                quotes=quotes,
                statements=statements,
                related_countries=_related(related),
            )
        )
    return digests
