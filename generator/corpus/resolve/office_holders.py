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
than a word too common to be one person's ("the official") or a title every body has
("the spokesman"); a role holds it when the role's head (before a comma, or "of" and a
place or body) is exactly those words, a nation's word before them aside ("British Prime
Minister"). Nobody is given when the article may mean another country's holder: someone
else it names holds the office for a country the speaker's roles never name, or its text
gives the office such a country ("Japan's prime minister"). An article with no full date
gets nothing: the prime minister of another year is another person.

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
# "the spokesman", "the leader": a title every party, firm or body gives someone
_SHARED = lexicon.words("titles", "shared_titles")
_PERSON_NOUNS = _TITLE_WORDS | lexicon.words("titles", "person_nouns")
_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
_WORD = re.compile(r"[\w'’-]+")  # a word of a title or of the text, hyphens kept

Given = dict[str, dict[int, str]]  # article id -> quote index -> speaker given
Office = tuple[str, ...]
# office -> person id -> (day, the countries the role names) of each dated article giving it
Holders = dict[Office, dict[str, list[tuple[int, frozenset[str]]]]]


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
        holders = _holders(articles, days, set(wanted.values()), gazetteer)
        by_id = {a.id: a for a in articles}
        for (aid, k), office in sorted(wanted.items()):
            article = by_id[aid]
            speaker = _dominant(article.people, days[aid], holders.get(office, {}))
            if speaker is None or _foreign(article, days[aid], office, speaker, holders, gazetteer):
                continue
            article.quotes[k].speaker = speaker
            article.quotes[k].given_by = OFFICE
            given.setdefault(aid, {})[k] = speaker
    return {aid for aid in held.keys() | given.keys() if held.get(aid) != given.get(aid)}


def _day(article: ArticleDigest) -> int | None:
    """The article's publication day as a number, or None when it has no full date."""
    if not _DAY.fullmatch(article.published or ""):
        return None
    try:
        return date.fromisoformat(str(article.published)).toordinal()
    except ValueError:
        return None


def _words(text: str) -> Office:
    """A title's words, folded, each written in full and in one spelling ("PM")."""
    found: list[str] = []
    for word in _WORD.findall(text.casefold()):
        found += str(_ABBREVIATIONS.get(word, _SAME_TITLE.get(word, word))).split()
    return tuple(found)


def _not_held(words: Office) -> bool:
    """A lesser or former office: "deputy prime minister", "ex-chancellor"."""
    return any(w in _NOT_HELD or w.startswith("ex-") for w in words)


def _office(quote: Quote) -> Office | None:
    """The office a quote with no speaker is framed by ("the Tory leader": tory,
    leader), or None: not "the" and a title word, a lesser or former office, a word as
    common as "the official" or a title every body has ("the spokesman")."""
    if quote.speaker or quote.organization or not quote.as_written:
        return None
    words = _words(quote.as_written)
    if len(words) < 2 or words[0] != "the" or words[-1] not in _TITLE_WORDS:
        return None
    office = words[1:]
    if _not_held(office) or set(office) <= _GENERIC or (len(office) == 1 and office[0] in _SHARED):
        return None
    return office


def _head(role: str) -> str:
    """The office a role names: before a comma, or before "of" and the place or body
    ("Chancellor of the Exchequer"), but whole when a person's title follows ("spokesman
    of the prime minister") or any other word does ("Prime Minister in waiting")."""
    head = role.split(",", 1)[0]
    parts = re.split(r"\s+of\s+", head, maxsplit=1, flags=re.IGNORECASE)
    if len(parts) == 2 and not set(_words(parts[1])) & _PERSON_NOUNS:
        return parts[0]
    return head


def _holds(role: str, offices: set[Office], gazetteer: Gazetteer) -> set[Office]:
    """The offices a role is: its head's words, or those less a nation's words
    ("British Prime Minister" is the prime minister); never a lesser or former office."""
    head = _head(role)
    words = _words(head)
    if not words or _not_held(words):
        return set()
    national = {w.casefold() for w in head.split() if gazetteer.country_of(w)}
    bare = tuple(w for w in words if w not in national)
    return {words, bare} & offices


def _holders(
    articles: list[ArticleDigest], days: dict[str, int], offices: set[Office], gazetteer: Gazetteer
) -> Holders:
    """office -> person id -> the day of each dated article giving them the office, with
    the countries its role names ("British Prime Minister": the United Kingdom)."""
    found: Holders = defaultdict(lambda: defaultdict(list))
    known: dict[str, set[Office]] = {}
    for article in articles:
        if article.id not in days:
            continue
        for person in article.people:
            held: dict[Office, set[str]] = {}
            for role in person.roles:
                if role not in known:
                    known[role] = _holds(role, offices, gazetteer)
                for office in known[role]:
                    held.setdefault(office, set()).update(gazetteer.countries_in(role))
            for office, countries in held.items():
                found[office][person.id].append((days[article.id], frozenset(countries)))
    return found


def _within(held: list[tuple[int, frozenset[str]]], day: int) -> list[frozenset[str]]:
    return [countries for d, countries in held if abs(d - day) <= OFFICE_WINDOW_DAYS]


def _dominant(
    people: list[ArticleEntity], day: int, holders: dict[str, list[tuple[int, frozenset[str]]]]
) -> str | None:
    """The one of an article's `people` (published on `day`) whom the office's holders
    within the window make dominant."""
    counts = sorted(
        ((len(_within(holders.get(p.id, []), day)), p.id) for p in people), reverse=True
    )
    if not counts or counts[0][0] < OFFICE_MIN_ARTICLES:
        return None
    runner_up = counts[1][0] if len(counts) > 1 else 0
    return counts[0][1] if counts[0][0] >= OFFICE_DOMINANCE * runner_up else None


def _foreign(
    article: ArticleDigest,
    day: int,
    office: Office,
    speaker: str,
    holders: Holders,
    gazetteer: Gazetteer,
) -> bool:
    """Whether the article may mean another country's holder of the office: one it names
    whose roles give a country the speaker's never do (Japan's prime minister beside
    Britain's), or one its text gives the office ("Japan's prime minister", "the prime
    minister of Japan")."""
    of_office = holders.get(office, {})
    own = frozenset().union(*_within(of_office.get(speaker, []), day))
    rivals = (p.id for p in article.people if p.id != speaker)
    if any(frozenset().union(*_within(of_office.get(r, []), day)) - own for r in rivals):
        return True
    return bool(_qualified(article, office, gazetteer) - own)


def _qualified(article: ArticleDigest, office: Office, gazetteer: Gazetteer) -> set[str]:
    """The countries the article's text gives the office: a nation's word right before
    it ("Japan's prime minister", "Japanese PM Junichiro Koizumi") or after "of" right
    after it ("the prime minister of Japan")."""
    found: set[str] = set()
    for sentence in article.sentences:
        tokens = _WORD.findall(sentence)
        # each word of the text in full ("PM": prime, minister), with its token's place
        flat = [(w, k) for k, token in enumerate(tokens) for w in _words(token)]
        for i in range(len(flat) - len(office) + 1):
            if tuple(w for w, _ in flat[i : i + len(office)]) != office:
                continue
            first, last = flat[i][1], flat[i + len(office) - 1][1]
            if first and (country := gazetteer.country_of(tokens[first - 1])):
                found.add(country)
            if last + 1 < len(tokens) and tokens[last + 1].casefold() == "of":
                found |= gazetteer.countries_in(" ".join(tokens[last + 2 : last + 6]))
    return found
