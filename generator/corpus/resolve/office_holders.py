"""A quote framed by an office the article never ties to anyone ("the prime minister
said", "the Arsenal boss added") is given the one person the article names whom the
corpus's other articles give that office.

Analysis gives "the prime minister" a speaker only when the article itself gives
someone the title; a report that names Tony Blair once and then quotes "the prime
minister" leaves the quote empty, though dozens of articles of the same months call him
Prime Minister. Here the roles of every dated article within `settings.OFFICE_WINDOW_DAYS`
of this one are counted, by the people they name: a person named in this article is
given the quote when the office is theirs in at least `settings.OFFICE_MIN_ARTICLES` of
those articles and in `settings.OFFICE_DOMINANCE` times as many as any other person this
article names (the role finder's slips, "Chancellor" for the shadow chancellor in a few
articles, are outweighed). The office is the phrase after "the", ending in a title word,
with no lesser or former word ("the shadow chancellor", "the former leader") and more
than a word too common to be one person's ("the official", "the chief"); a role
holds it when the role's head (before "of", "for", a comma) is those words, a nation's
word before them aside ("British Prime Minister"). An article with no date gets nothing:
the prime minister of another year is another person.

Decided afresh on every run, as `nonpeople` is: the speakers given last time
(`Quote.given_by`) are taken back before people are resolved, so nothing reads them, and
given again from the corpus as it now is; the digests depend neither on an earlier run
nor on the order of the files. Only the articles whose given speakers differ from what
they held are reported changed (and so written again).
"""

from __future__ import annotations

import re
from collections import defaultdict
from datetime import date

from generator import lexicon
from generator.model import ArticleDigest, ArticleEntity, Quote
from generator.registry import Gazetteer
from generator.settings import OFFICE_DOMINANCE, OFFICE_MIN_ARTICLES, OFFICE_WINDOW_DAYS

__all__ = ["OFFICE", "give_office_holders", "take_back_office_speakers"]

OFFICE = "office"  # `Quote.given_by` of a speaker given here

_TITLE_WORDS = lexicon.words("titles", "titles")
_ABBREVIATIONS = lexicon.table("titles", "abbreviations")
_SAME_TITLE = lexicon.table("titles", "same_title")
_NOT_HELD = lexicon.words("titles", "lesser") | lexicon.words("titles", "former")
# "the official", "the chief": too common a word to be one person's office
_GENERIC = lexicon.words("titles", "generic_role_words")
# the role's head: what comes before a preposition or a comma ("Chancellor of the Exchequer")
_HEAD_END = re.compile(r",|\s(?:of|for|to|at|in|on|from|with)\s", re.IGNORECASE)

Given = dict[str, dict[int, str]]  # article id -> quote index -> speaker given


def take_back_office_speakers(articles: list[ArticleDigest]) -> Given:
    """Empty again the speakers an earlier run gave here; what each article held."""
    held: Given = {}
    for article in articles:
        for k, quote in enumerate(article.quotes):
            if quote.given_by == OFFICE:
                held.setdefault(article.id, {})[k] = quote.speaker or ""
                quote.speaker = None
                quote.given_by = None
    return held


def give_office_holders(
    articles: list[ArticleDigest], gazetteer: Gazetteer, held: Given
) -> set[str]:
    """Give each office-framed quote with no speaker the office's one dominant holder
    among the people its article names (see the module's docstring); `held`: what
    `take_back_office_speakers` took back. The ids of the articles whose given speakers
    differ from those."""
    days = {a.id: day for a in articles if (day := _day(a)) is not None}
    wanted = {
        (a.id, k): office
        for a in articles
        if a.id in days
        for k, q in enumerate(a.quotes)
        if (office := _office(q)) is not None
    }
    given: Given = {}
    if wanted:
        holders = _holders(articles, set(wanted.values()), gazetteer)
        by_id = {a.id: a for a in articles}
        for (aid, k), office in sorted(wanted.items()):
            article = by_id[aid]
            speaker = _dominant(article.people, days[aid], holders.get(office, {}))
            if speaker is not None:
                article.quotes[k].speaker = speaker
                article.quotes[k].given_by = OFFICE
                given.setdefault(aid, {})[k] = speaker
    return {aid for aid in held.keys() | given.keys() if held.get(aid) != given.get(aid)}


def _day(article: ArticleDigest) -> int | None:
    """The article's publication day as a number, or None when it has no full date."""
    try:
        return date.fromisoformat((article.published or "")[:10]).toordinal()
    except ValueError:
        return None


def _words(text: str) -> tuple[str, ...]:
    """A title's words, folded, each written in full and in one spelling ("PM")."""
    found: list[str] = []
    for word in re.findall(r"[\w'’-]+", text.casefold()):
        found += str(_ABBREVIATIONS.get(word, _SAME_TITLE.get(word, word))).split()
    return tuple(found)


def _office(quote: Quote) -> tuple[str, ...] | None:
    """The office a quote with no speaker is framed by ("the Tory leader": tory,
    leader), or None: not "the" and a title word, a lesser or former office, a word as
    common as "the official"."""
    if quote.speaker or quote.organization or quote.given_by or not quote.as_written:
        return None
    words = _words(quote.as_written)
    if len(words) < 2 or words[0] != "the" or words[-1] not in _TITLE_WORDS:
        return None
    office = words[1:]
    if any(w in _NOT_HELD or w.startswith("ex-") for w in office) or set(office) <= _GENERIC:
        return None
    return office


def _holds(role: str, offices: set[tuple[str, ...]], gazetteer: Gazetteer) -> set[tuple[str, ...]]:
    """The offices a role is: its head's words, or those less a nation's words
    ("British Prime Minister" is the prime minister); never a lesser or former office."""
    head = _HEAD_END.split(role, maxsplit=1)[0]
    words = _words(head)
    if not words or any(w in _NOT_HELD or w.startswith("ex-") for w in words):
        return set()
    national = {w.casefold() for w in head.split() if gazetteer.country_of(w)}
    bare = tuple(w for w in words if w not in national)
    return {words, bare} & offices


def _holders(
    articles: list[ArticleDigest], offices: set[tuple[str, ...]], gazetteer: Gazetteer
) -> dict[tuple[str, ...], dict[str, list[int]]]:
    """office -> person id -> the days of the dated articles giving them the office."""
    found: dict[tuple[str, ...], dict[str, list[int]]] = defaultdict(lambda: defaultdict(list))
    known: dict[str, set[tuple[str, ...]]] = {}
    for article in articles:
        day = _day(article)
        if day is None:
            continue
        for person in article.people:
            held: set[tuple[str, ...]] = set()
            for role in person.roles:
                if role not in known:
                    known[role] = _holds(role, offices, gazetteer)
                held |= known[role]
            for office in held:
                found[office][person.id].append(day)
    return found


def _dominant(people: list[ArticleEntity], day: int, holders: dict[str, list[int]]) -> str | None:
    """The one of an article's `people` (published on `day`) whom the office's holders
    within the window make dominant."""
    counts = sorted(
        (
            (sum(abs(d - day) <= OFFICE_WINDOW_DAYS for d in holders.get(p.id, ())), p.id)
            for p in people
        ),
        reverse=True,
    )
    if not counts or counts[0][0] < OFFICE_MIN_ARTICLES:
        return None
    runner_up = counts[1][0] if len(counts) > 1 else 0
    return counts[0][1] if counts[0][0] >= OFFICE_DOMINANCE * runner_up else None
