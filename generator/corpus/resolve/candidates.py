"""Candidates the corpus settles: names one article could not tell a person from
something else, taken for a person when the registry or another article knows them.

"Estonia's Kaja Kallas", tagged as an organisation, is a person when another article
has Kaja Kallas as one, unless more articles leave the name in doubt than have it as a
person (a person with a role or a quote there weighs more): one article's slip on a
film's title does not spread to the many that doubt it. "the Biden administration"
names a person when the registry knows a Biden; "Clinton" alone, when other articles
that list someone this one lists have a Clinton in full. Decided afresh on every run: the people
added last time (an article's person entry that repeats one of its candidates) are
taken out first, so the digests never depend on what an earlier run saw. The quotes the
article wrote with a promoted candidate's name, and gave nobody then ("...," Tomas Lind
told the radio), become the person's; taken out again with the candidate, they are
nobody's once more.
"""

from __future__ import annotations

import copy
import re
from collections import Counter
from collections.abc import Collection

from generator.model import ArticleDigest, ArticleEntity, Quote
from generator.registry import Registry
from generator.settings import PERSON_SIGN_WEIGHT
from generator.text.names import common_given_name, fold

__all__ = ["FullNames", "found_again", "promote_candidates", "withdraw_candidates", "writers"]


def _key(entity: ArticleEntity) -> tuple[tuple[str, ...], tuple[int, ...]]:
    return tuple(entity.as_written), tuple(entity.sentences)


def withdraw_candidates(articles: list[ArticleDigest]) -> set[str]:
    """Take out of each article's people the candidates an earlier run added; the ids of
    the articles it changed (see `resolve_people`)."""
    changed: set[str] = set()
    for article in articles:
        if not article.candidates:  # most articles: nothing to take out
            continue
        earlier = {_key(c) for c in article.candidates}
        gone = {p.id for p in article.people if _key(p) in earlier}
        people = [p for p in article.people if _key(p) not in earlier]
        if len(people) == len(article.people):
            continue
        changed.add(article.id)
        article.people = people
        gone -= {p.id for p in article.people}  # one id of a person kept: their quotes too
        for quote in article.quotes:
            if quote.speaker in gone:
                quote.speaker = None
    return changed


def promote_candidates(articles: list[ArticleDigest], registry: Registry) -> set[str]:
    """Add to each article's people the candidates the registry or other articles know:
    a full spelling of a registry person, or of other articles' person where they
    outweigh the articles doubting it (`_outweighed`), or (a lone word) a registry
    person's spelling, or surname when the article names their country (so that the
    registry person can be linked: "the Biden administration" beside the United States),
    or the surname of people other articles list in full (`_a_namesakes`). The ids of
    the articles it changed (see `resolve_people`)."""
    changed: set[str] = set()
    spellings = {fold(s) for p in registry.people for s in p.spellings()}
    surnames: dict[str, set[str | None]] = {}  # surname -> the countries of its people
    for entry in registry.people:
        for spelling in entry.spellings():
            surnames.setdefault(fold(spelling).split()[-1], set()).add(entry.country)
    doubted = _doubted(articles)
    names = FullNames()
    held = writers(articles, doubted.keys(), names)
    kin = _surnames_held(articles, names)
    for article in articles:
        added: list[ArticleEntity] = []
        countries: set[str | None] = {c.id for c in article.countries} | {None}
        for candidate in article.candidates:
            forms = {fold(f) for f in candidate.as_written}
            full = {f for f in forms if " " in f}
            known = (
                forms & spellings
                or any(_outweighed(held.get(f, {}), doubted[f], article.id) for f in full)
                or not full
                and any(surnames.get(f, set()) & countries for f in forms)
                or not full
                and any(
                    _a_namesakes(kin.get(f), doubted[f], candidate, article, names) for f in forms
                )
            )
            if known:
                added.append(_apart(copy.deepcopy(candidate), article.people + added))
        if added:
            changed.add(article.id)
            article.people = sorted(article.people + added, key=lambda p: p.id)
            _link(article.quotes, added)
    return changed


class FullNames(dict[str, str]):
    """Each spelling folded once, a lone word to "": a corpus repeats its names."""

    def __missing__(self, form: str) -> str:
        folded = self[form] = fold(form) if " " in form.strip() else ""
        return folded


def writers(
    articles: list[ArticleDigest], wanted: Collection[str], names: FullNames | None = None
) -> dict[str, dict[str, int]]:
    """Each folded full name `wanted` that an article has as a person's, with the weight of
    each such article: `settings.PERSON_SIGN_WEIGHT` where the person has a role or a
    quote there (a band, a film or a club is given neither), one where the article only
    names them."""
    names = FullNames() if names is None else names
    found: dict[str, dict[str, int]] = {}
    for article in articles:
        speakers = {q.speaker for q in article.quotes}
        for person in article.people:
            weight = PERSON_SIGN_WEIGHT if person.roles or person.id in speakers else 1
            for form in person.as_written:
                key = names[form]
                if key in wanted:
                    held = found.setdefault(key, {})
                    held[article.id] = max(held.get(article.id, 0), weight)
    return found


def _doubted(articles: list[ArticleDigest]) -> Counter[str]:
    """How many articles leave each folded name, full or a lone word, a candidate."""
    return Counter(
        form
        for article in articles
        for form in {fold(f) for c in article.candidates for f in c.as_written}
    )


class _Namesakes:
    """The people of the corpus a surname is written in full for: the articles that list
    one of them on a sign of their own, each with its weight (as `writers` weighs it),
    and the full names of the other people each such article lists."""

    def __init__(self) -> None:
        self.held: dict[str, int] = {}
        self.company: dict[str, set[str]] = {}


def _full_names(people: list[ArticleEntity], names: FullNames) -> set[str]:
    """The folded full spellings of the people."""
    return {names[f] for p in people for f in p.as_written} - {""}


def _surnames_held(articles: list[ArticleDigest], names: FullNames) -> dict[str, _Namesakes]:
    """Each folded last word of a full name some article lists as a person on a sign of
    their own (not `by_default`), with the articles that so list one."""
    found: dict[str, _Namesakes] = {}
    for article in articles:
        speakers = {q.speaker for q in article.quotes}
        listed = _full_names(article.people, names)
        for person in article.people:
            if person.by_default:
                continue
            weight = PERSON_SIGN_WEIGHT if person.roles or person.id in speakers else 1
            own = _full_names([person], names)
            for surname in {form.split()[-1] for form in own}:
                kin = found.setdefault(surname, _Namesakes())
                kin.held[article.id] = max(kin.held.get(article.id, 0), weight)
                kin.company.setdefault(article.id, set()).update(listed - own)
    return found


def _a_namesakes(
    kin: _Namesakes | None,
    doubted: int,
    candidate: ArticleEntity,
    article: ArticleDigest,
    names: FullNames,
) -> bool:
    """A lone word left a candidate is a person's surname ("the Times gave Clinton a
    glowing endorsement") when other articles list people whose full names end in it on
    a sign of their own, one of those articles lists someone this article lists too (a
    club or a town of that name is in other stories: "Bolton" beside John Bolton), and
    they outweigh the articles that leave the word a candidate, strictly ("Frost" of
    "Breakfast with Frost" in as many articles as David Frost has weight). Not a common
    given name ("Sam" beside "Fireman Sam"), nor a word the article also writes in lower
    case ("Law lords"), nor one written only after "the" (a thing's name: "the Paying the
    Price report", "the Bush administration") or joined by "and" to another lone
    candidate (a firm's name: "Brown and Williamson")."""
    if kin is None:
        return False
    others = {a: w for a, w in kin.held.items() if a != article.id}
    listed = _full_names(article.people, names)
    return (
        sum(others.values()) > doubted
        and any(kin.company[a] & listed for a in others)
        and _written_as_a_name(candidate, article)
    )


def _written_as_a_name(candidate: ArticleEntity, article: ArticleDigest) -> bool:
    """The lone word is no common given name nor a lower-case word of the article, and
    some mention stands after no "the" and beside no other lone candidate ("X and Y")."""
    words = [w for w in candidate.as_written if not common_given_name(w)]
    if not words:
        return False
    texts = [article.sentences[i] for i in candidate.sentences if i < len(article.sentences)]
    lower = re.compile(rf"\b(?:{'|'.join(re.escape(w.lower()) for w in words)})\b")
    if any(lower.search(s) for s in article.sentences):
        return False
    others = {
        f for c in article.candidates for f in c.as_written if " " not in f and c is not candidate
    }
    pair = "|".join(map(re.escape, others)) if others else None
    for word in map(re.escape, words):
        bare = re.compile(rf"(?<![Tt]he )\b{word}\b")
        paired = pair and re.compile(
            rf"\b(?:{word} (?:and|&) (?:{pair})|(?:{pair}) (?:and|&) {word})\b"
        )
        if any(bare.search(s) and not (paired and paired.search(s)) for s in texts):
            return True
    return False


def _outweighed(held: dict[str, int], doubted: int, article: str) -> bool:
    """The other articles that have the name as a person's outweigh the articles that
    doubt it: one article's slip (a film's title taken for a name) does not make the
    name a person in the many that left it a candidate."""
    weight = sum(w for a, w in held.items() if a != article)
    return weight > 0 and weight >= doubted


def _link(quotes: list[Quote], added: list[ArticleEntity]) -> None:
    """Give the quotes no one was given, written with a promoted candidate's name, to
    them: the name written in full is the speaker's, as the frame read it; a name two
    candidates share names nobody sure."""
    names: dict[str, set[str]] = {}
    for candidate in added:
        for form in candidate.as_written:
            names.setdefault(fold(form), set()).add(candidate.id)
    for quote in quotes:
        if quote.speaker is None and quote.organization is None and quote.as_written:
            ids = names.get(fold(quote.as_written), set())
            if len(ids) == 1:
                quote.speaker = next(iter(ids))


def _apart(candidate: ArticleEntity, people: list[ArticleEntity]) -> ArticleEntity:
    """The candidate with an id no person of its article has, as analysis gives it. On a
    later run the people carry the ids resolution gave them, and one may be the
    candidate's ("L Orquera" became luciano-orquera, beside the candidate "Luciano
    Orquera"): two people of one id in one article made resolution take the slow path
    that lists every pair of names written alike (minutes and gigabytes at 10,000)."""
    taken = {p.id for p in people}
    while candidate.id in taken:
        candidate.id += "-x"
    return candidate


def found_again(article: ArticleDigest) -> list[tuple[str, ArticleEntity]] | None:
    """The article's people as the next run finds them once it has promoted the same
    candidates again, each with the id it then carries, in that order: a candidate
    promoted this run comes back with its candidate's id (see `_apart`), the others keep
    the ids resolution gave them. None when that cannot be told (a candidate repeated)."""
    earlier = [_key(c) for c in article.candidates]
    if len(set(earlier)) < len(earlier):
        return None
    again = {_key(p): p for p in article.people if _key(p) in set(earlier)}
    found = [(p.id, p) for p in article.people if _key(p) not in again]
    if not again:
        return found
    taken = {pid for pid, _ in found}
    for candidate in article.candidates:
        person = again.get(_key(candidate))
        if person is not None:
            pid = candidate.id
            while pid in taken:
                pid += "-x"
            taken.add(pid)
            found.append((pid, person))
    if len(found) != len(article.people):
        return None
    return sorted(found, key=lambda f: f[0])
