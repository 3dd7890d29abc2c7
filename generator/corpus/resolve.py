"""One identity per real person across every source.

Each person as one article knows them (a node) is linked to a registry entry when a
spelling matches, or when a close spelling comes with fitting context (same country,
same kind of role). Nodes from different articles merge on name similarity *and*
context evidence, never on similarity alone; two people in one article are never
merged; a country conflict blocks a merge; every full name in a merged group must be a
plausible spelling of every other (so a surname alone cannot chain Alan, Andy and Boris
Johnson into one person). The reasons are kept for reviewers, and the reviewers'
overrides (merge, split, rename, ignore) win over all of it.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cached_property

import numpy as np
from numpy.typing import NDArray
from rapidfuzz.distance import Jaro, JaroWinkler
from rapidfuzz.process import cdist

from generator import lexicon
from generator.model import ArticleDigest, Merge
from generator.registry import Gazetteer, KnownPerson, Registry
from generator.settings import (
    FIRST_NAME_SIMILARITY,
    FIRST_NAME_SPELLING,
    MERGE_RULES,
    SIMILARITY_ROWS,
    SURNAME_SIMILARITY,
)
from generator.text.names import fold, slug

__all__ = ["Identity", "Node", "resolve_people"]

_SAME_TITLE = lexicon.table("titles", "same_title")
_GENERIC_ROLE_WORDS = lexicon.words("titles", "generic_role_words")
TITLE_WORDS = lexicon.words("titles", "titles")


@dataclass
class Node:
    article: str
    local_id: str
    forms: list[str]
    roles: list[str]
    sentences: list[int]
    countries: set[str] = field(default_factory=set)  # from roles
    role_words: set[str] = field(default_factory=set)
    company: set[str] = field(default_factory=set)  # folded names of the others in the article
    article_countries: set[str] = field(default_factory=set)
    # folded surname or one-word form -> how many of the node's sentences write it
    attested: dict[str, int] = field(default_factory=dict)

    @property
    def key(self) -> tuple[str, str]:
        return (self.article, self.local_id)

    # a node's forms never change once built: its names are worked out once, not per pair
    @cached_property
    def full_forms(self) -> list[str]:
        return [f for f in self.forms if len(f.split()) > 1 and f != f.lower()]

    @cached_property
    def folded_forms(self) -> set[str]:
        return {fold(f) for f in self.forms}

    @cached_property
    def folded_full_forms(self) -> set[str]:
        return {fold(f) for f in self.full_forms}

    @cached_property
    def name(self) -> str:
        forms = self.full_forms or self.forms
        return max(forms, key=lambda f: (len(f.split()), f != f.lower(), len(f), f))

    @cached_property
    def folded_name(self) -> str:
        return fold(self.name)

    @cached_property
    def surname(self) -> str:
        return self.folded_name.split()[-1]

    @cached_property
    def first_name(self) -> str:
        return self.folded_name.split()[0]

    @cached_property
    def company_by_surname(self) -> dict[str, list[str]]:
        """The company grouped by surname: only names sharing one can be one person."""
        grouped: dict[str, list[str]] = {}
        for other in sorted(self.company):
            grouped.setdefault(other.split()[-1], []).append(other)
        return grouped


@dataclass
class Identity:
    id: str
    name: str
    nodes: list[Node]
    known: KnownPerson | None
    country: str | None
    merges: list[Merge]


def _title_word(word: str) -> str | None:
    """The title word a written word is, past a possessive or plural ("minister's",
    "chiefs"), with one spelling per title ("advisor" is "adviser")."""
    word = re.sub(r"['’]s?$", "", word.casefold())
    for candidate in (word, word[:-1] if word.endswith("s") else word):
        if candidate in TITLE_WORDS:
            return str(_SAME_TITLE.get(candidate, candidate))
    return None


def _role_words(roles: list[str]) -> set[str]:
    words = {_title_word(w) for r in roles for w in re.findall(r"[\w’']+", r)}
    return {w for w in words if w and w not in _GENERIC_ROLE_WORDS} | (
        {"president"}
        if any(
            "president" in r.casefold()
            and "adviser" not in r.casefold()
            and "advisor" not in r.casefold()
            for r in roles
        )
        else set()
    )


def name_similarity(a: str, b: str) -> float:
    """Whole name and surname alike, on folded spellings."""
    fa, fb = fold(a), fold(b)
    sa, sb = fa.split()[-1], fb.split()[-1]
    return 0.5 * JaroWinkler.similarity(fa, fb) + 0.5 * JaroWinkler.similarity(sa, sb)


def first_names_agree(a: str, b: str) -> bool:
    """Folded first names that can be one person's: an initial of the other ("J.",
    "John"), the start of the other ("Matt", "Matthew"), or a spelling of it ("Sylvia",
    "Silvia"; Jaro without the bonus for a shared start, which "Martyn" and "Matt",
    two people, would get). "Alan" and "Andy" Johnson are two people."""
    if a.rstrip(".")[:1] == b.rstrip(".")[:1] and min(len(a), len(b)) <= 2:
        return True
    if JaroWinkler.similarity(a, b) < FIRST_NAME_SIMILARITY:
        return False
    short, long = sorted((a, b), key=len)
    return long.startswith(short) or Jaro.similarity(a, b) >= FIRST_NAME_SPELLING


def names_compatible(a: str, b: str) -> bool:
    """Two folded full names that may be spellings of one name, whatever the context."""
    return (
        first_names_agree(a.split()[0], b.split()[0])
        and name_similarity(a, b) >= MERGE_RULES[-1][0]
    )


def _word_in(word: str, text: str) -> bool:
    """`word` in `text` with no word character (`\\w`) on either side: what the regex
    `(?<!\\w)word(?!\\w)` finds, without compiling one for each of thousands of words."""
    start = text.find(word)
    while start != -1:
        end = start + len(word)
        if not (start and _word_char(text[start - 1])) and not (
            end < len(text) and _word_char(text[end])
        ):
            return True
        start = text.find(word, start + 1)
    return False


def _word_char(char: str) -> bool:
    return char.isalnum() or char == "_"


def drop_ignored(articles: list[ArticleDigest], ignore: set[str]) -> None:
    """Take the spellings the overrides ignore out of the article digests: the person
    when nothing else is left of them, and their quotes' speaker. Done here, on every
    run, so an ignore added after an article was analysed still takes effect."""
    if not ignore:
        return
    for article in articles:
        dropped = set()
        for person in article.people:
            person.as_written = [f for f in person.as_written if fold(f) not in ignore]
            if not person.as_written:
                dropped.add(person.id)
        article.people = [p for p in article.people if p.id not in dropped]
        for quote in article.quotes:
            if quote.speaker in dropped:
                quote.speaker = None
                quote.as_written = None


def _nodes(articles: list[ArticleDigest], gazetteer: Gazetteer, registry: Registry) -> list[Node]:
    role_countries: dict[str, set[str]] = {}
    nodes: list[Node] = []
    for article in articles:
        ids = {c.id for c in article.countries}
        local = []
        for person in article.people:
            node = Node(
                article.id,
                person.id,
                person.as_written,
                person.roles,
                person.sentences,
                article_countries=ids,
            )
            texts = [fold(article.sentences[i]) for i in person.sentences]
            for word in {fold(f) for f in node.forms if " " not in f} | {
                fold(f).split()[-1] for f in node.full_forms
            }:
                node.attested[word] = sum(_word_in(word, t) for t in texts)
            for role in person.roles:
                if role not in role_countries:
                    role_countries[role] = gazetteer.countries_in(role)
                node.countries |= role_countries[role]
            node.role_words = _role_words(person.roles)
            local.append(node)
        for node in local:
            node.company = {other.folded_name for other in local if other is not node}
        nodes.extend(local)
    return nodes


@dataclass
class _Known:
    """A registry entry with its spellings folded once per run, not once per node."""

    person: KnownPerson
    spellings: set[str]
    surnames: set[str]
    role_words: set[str]


class _Index:
    """The registry's people by spelling, surname and country: a node is compared only
    with the entries it could link to, not with the whole registry."""

    def __init__(self, registry: Registry) -> None:
        self.entries: list[_Known] = []
        self.by_spelling: dict[str, set[int]] = {}
        self.by_surname: dict[str, set[int]] = {}
        self.by_country: dict[str, set[int]] = {}
        for n, person in enumerate(registry.people):
            spellings = {fold(s) for s in person.spellings()}
            surnames = {s.split()[-1] for s in spellings}
            self.entries.append(_Known(person, spellings, surnames, _role_words(person.roles)))
            for spelling in spellings:
                self.by_spelling.setdefault(spelling, set()).add(n)
            for surname in surnames:
                self.by_surname.setdefault(surname, set()).add(n)
            if person.country:
                self.by_country.setdefault(person.country, set()).add(n)

    def candidates(self, node: Node) -> list[_Known]:
        """In registry order, the entries `_link_registry` could link the node to: one of
        its spellings; for a surname alone, that surname; for a full name, which needs
        the same country and role, that country."""
        found: set[int] = set()
        for form in node.folded_forms:
            found |= self.by_spelling.get(form, set())
        if not node.full_forms:
            found |= self.by_surname.get(node.surname, set())
        else:
            for country in node.countries:
                found |= self.by_country.get(country, set())
        return [self.entries[n] for n in sorted(found)]


def _link_registry(
    node: Node, known: _Index, split: _Split
) -> tuple[KnownPerson, list[str]] | None:
    forms = node.folded_forms
    best: tuple[float, KnownPerson, list[str]] | None = None
    for entry in known.candidates(node):
        person = entry.person
        if split.apart(forms, entry.spellings):
            continue
        if forms & entry.spellings:
            return person, [f"registry spelling of {person.name}"]
        context: list[str] = []
        if person.country and person.country in node.countries:
            context.append(f"same country ({person.country})")
        shared = node.role_words & entry.role_words
        if shared:
            context.append(f"same role ({', '.join(sorted(shared))})")
        if not node.full_forms:
            if node.surname in entry.surnames and (
                context or (person.country and person.country in node.article_countries)
            ):
                reason = context or [f"{person.country} is in the article"]
                candidate = (1.0, person, [f"surname of {person.name}", *reason])
                if best is None or candidate[0] > best[0]:
                    best = candidate
            continue
        if len(context) < 2:
            continue
        # a garbled spelling ("Aral Kalis") is taken for a registry name only as a merge
        # of two sources would be: alike enough for the evidence that role and country give
        score = max(name_similarity(node.folded_name, s) for s in entry.spellings)
        if score >= _threshold(len(context)):
            candidate = (score, person, [f"name similarity {score:.2f} to {person.name}", *context])
            if best is None or candidate[0] > best[0]:
                best = candidate
    return (best[1], best[2]) if best else None


def _threshold(evidence: int) -> float:
    """The name similarity that this many items of context evidence make enough."""
    return min((t for t, needed in MERGE_RULES if evidence >= needed), default=2.0)


class _Split:
    """The overrides' splits: spellings of which no two may be one person."""

    def __init__(self, registry: Registry) -> None:
        self.sets = [{fold(s) for s in group} for group in registry.overrides.split]

    def apart(self, a: set[str], b: set[str]) -> bool:
        """Whether folded spellings `a` and `b` hold two spellings a split keeps apart."""
        return any(bool(s & a) and bool(s & b) and len((s & a) | (s & b)) > 1 for s in self.sets)


class _Groups:
    """Union-find over nodes, refusing unions that put two people of one article together,
    two registry people together, or spellings a reviewer split."""

    def __init__(self, nodes: list[Node], split: _Split) -> None:
        self.parent = {n.key: n.key for n in nodes}
        self.members = {n.key: [n] for n in nodes}
        self.known: dict[tuple[str, str], str | None] = {n.key: None for n in nodes}
        self.split = split
        self.forms = {n.key: set(n.folded_forms) for n in nodes}
        self.full_names = {n.key: {n.folded_name} if n.full_forms else set() for n in nodes}

    def find(self, key: tuple[str, str]) -> tuple[str, str]:
        while self.parent[key] != key:
            self.parent[key] = self.parent[self.parent[key]]
            key = self.parent[key]
        return key

    def can_join(self, a: tuple[str, str], b: tuple[str, str]) -> bool:
        ra, rb = self.find(a), self.find(b)
        if ra == rb or self.split.apart(self.forms[ra], self.forms[rb]):
            return False
        if {n.article for n in self.members[ra]} & {n.article for n in self.members[rb]}:
            return False
        ka, kb = self.known[ra], self.known[rb]
        if ka and kb and ka != kb:
            return False
        ca = set().union(*(n.countries for n in self.members[ra]))
        cb = set().union(*(n.countries for n in self.members[rb]))
        return not (ca and cb and not ca & cb)

    def names_fit(self, a: tuple[str, str], b: tuple[str, str]) -> bool:
        """Every full name of one group a plausible spelling of every full name of the other."""
        names_a, names_b = self.full_names[self.find(a)], self.full_names[self.find(b)]
        return all(names_compatible(x, y) for x in names_a for y in names_b)

    def has_full_name(self, a: tuple[str, str]) -> bool:
        return bool(self.full_names[self.find(a)])

    def join(self, a: tuple[str, str], b: tuple[str, str]) -> None:
        ra, rb = sorted((self.find(a), self.find(b)))
        self.parent[rb] = ra
        self.members[ra] += self.members.pop(rb)
        self.known[ra] = self.known[ra] or self.known[rb]
        del self.known[rb]
        self.forms[ra] |= self.forms.pop(rb)
        self.full_names[ra] |= self.full_names.pop(rb)


def _one_name(x: str, y: str) -> bool:
    """Two folded names in the company of a person that may be one other person: the
    same surname and, when both are written, first names that agree, so that Wes Brown
    in one article and Gordon Brown in another are no common company. Alike surnames
    are not enough: Matt Damon and Matt Dawson would make Andy Garcia a rugby player."""
    if x.split()[-1] != y.split()[-1]:
        return False
    return " " not in x or " " not in y or first_names_agree(x.split()[0], y.split()[0])


def _evidence(a: Node, b: Node) -> list[str]:
    items = []
    shared_countries = a.countries & b.countries
    if shared_countries:
        items.append(f"same country ({', '.join(sorted(shared_countries))})")
    shared_roles = a.role_words & b.role_words
    if shared_roles:
        items.append(f"same role ({', '.join(sorted(shared_roles))})")
    theirs = b.company_by_surname
    company = sorted(
        surname
        for surname in a.company_by_surname.keys() & theirs.keys()
        if any(_one_name(x, y) for x in a.company_by_surname[surname] for y in theirs[surname])
    )
    if company:
        items.append(f"mentioned with {', '.join(company[:3])}")
    if len(company) >= 2:
        items.append("mentioned with several of the same people")
    return items


def _merge_ok(a: Node, b: Node) -> tuple[bool, list[str]]:
    fa, fb = a.full_forms, b.full_forms
    if fa and fb:
        if a.folded_full_forms & b.folded_full_forms:
            return True, ["same spelling"]
        if not first_names_agree(a.first_name, b.first_name):
            return False, []
        sim = name_similarity(a.folded_name, b.folded_name)
        if sim < MERGE_RULES[-1][0]:
            return False, []
        evidence = _evidence(a, b)
        if a.role_words and b.role_words and not a.role_words & b.role_words:
            evidence = evidence[:-1]  # a president and a minister: context argues against
        if sim < MERGE_RULES[-2][0] and a.surname[:1] != b.surname[:1]:
            return False, []  # so unlike a garbling keeps the first letter (Roll, Rohr)
        if (
            sim < MERGE_RULES[0][0]
            and not (a.countries & b.countries or a.role_words & b.role_words)
            and JaroWinkler.similarity(a.surname, b.surname) < SURNAME_SIMILARITY
        ):
            return False, []  # company alone takes a spelling, not John Redwood for John Reid
        if sim >= _threshold(len(evidence)):
            return True, [f"name similarity {sim:.2f}", *evidence]
        return False, []
    # a surname alone: it must be that person's exact surname, with some context
    single, other = (a, b) if not fa else (b, a)
    if single.surname == other.surname:
        evidence = _evidence(a, b) or (
            [f"{', '.join(sorted(single.article_countries & other.countries))} in both articles"]
            if single.article_countries & other.countries
            else []
        )
        if evidence:
            return True, [f"surname {single.name}", *evidence]
    return False, []


def _similarities(rows: list[str], columns: list[str]) -> NDArray[np.float32]:
    return cdist(rows, columns, scorer=JaroWinkler.similarity, dtype=np.float32)


def _candidate_pairs(nodes: list[Node]) -> list[tuple[int, int]]:
    """Pairs of nodes from different articles that `_merge_ok` could accept.

    A necessary condition, checked in rapidfuzz's C code: the same surname or full
    spelling, or a name similarity over the lowest merge rule with first names that
    agree. Comparing every pair in Python took minutes at a few thousand people.
    """
    pairs: set[tuple[int, int]] = set()
    by_key: dict[str, list[int]] = {}
    for i, node in enumerate(nodes):
        for key in {node.surname} | node.folded_full_forms:
            by_key.setdefault(key, []).append(i)
    for members in by_key.values():
        pairs.update((i, j) for x, i in enumerate(members) for j in members[x + 1 :])

    # names compared once each, however many articles spell them the same way
    holders: dict[str, list[int]] = {}
    for i, node in enumerate(nodes):
        if node.full_forms:
            holders.setdefault(node.folded_name, []).append(i)
    names = sorted(holders)
    for x, y in _similar_names(names):
        for i in holders[names[x]]:
            pairs.update((min(i, j), max(i, j)) for j in holders[names[y]])
    return sorted((i, j) for i, j in pairs if nodes[i].article != nodes[j].article)


def _similar_names(names: list[str]) -> Iterator[tuple[int, int]]:
    """Positions x < y of folded full names that first names allow to be one person and
    that are alike enough for the lowest merge rule. Names are compared only with those
    whose first names agree (about a tenth of all pairs), one first name at a time."""
    slack = 1e-4  # float32 here, float64 in `_merge_ok`: keep every borderline pair
    surnames = [n.split()[-1] for n in names]
    by_first: dict[str, list[int]] = {}
    for x, name in enumerate(names):
        by_first.setdefault(name.split()[0], []).append(x)
    firsts = sorted(by_first)
    initial = np.array([ord(f[0]) for f in firsts])
    short = np.array([len(f) <= 2 for f in firsts])
    for start in range(0, len(firsts), SIMILARITY_ROWS):
        chunk = slice(start, start + SIMILARITY_ROWS)
        agree = _similarities(firsts[chunk], firsts) >= FIRST_NAME_SIMILARITY - slack
        agree |= (initial[chunk, None] == initial[None, :]) & (short[chunk, None] | short[None, :])
        for a, first in enumerate(firsts[chunk]):
            rows = by_first[first]
            columns = [y for b in np.flatnonzero(agree[a]) for y in by_first[firsts[b]]]
            sim = 0.5 * _similarities([names[x] for x in rows], [names[y] for y in columns])
            sim += 0.5 * _similarities([surnames[x] for x in rows], [surnames[y] for y in columns])
            for r, c in zip(*np.nonzero(sim >= MERGE_RULES[-1][0] - slack), strict=True):
                if rows[r] < columns[c]:
                    yield rows[r], columns[c]


def _well_formed(form: str) -> bool:
    """Capitalised as a name is ("Kaja Kallas", "Ursula von der Leyen", not "Kaja kallas")."""
    return form[:1].isupper() and all(
        w[:1].isupper() or w[:1] in "(.'’" or w in ("von", "der", "de", "van", "bin", "al")
        for w in form.split()
    )


def _canonical(nodes: list[Node]) -> str:
    """The best-attested full spelling (a first name before an initial): written (in
    full, or its surname alone) by the most articles, then in the most sentences, then
    in full by the most articles; ties go alphabetically, so the result never depends
    on the order of the sources."""
    spelled: dict[str, str] = {}
    articles: Counter[str] = Counter()  # full spelling -> articles writing it in full
    for n in nodes:
        for form in n.full_forms:
            key = fold(form)
            spelled.setdefault(key, form)
            if _well_formed(form):
                spelled[key] = min(spelled[key], form) if _well_formed(spelled[key]) else form
        for key in n.folded_full_forms:
            articles[key] += 1
    singles = Counter(fold(f) for n in nodes for f in n.forms if " " not in f)
    if not articles:
        return max(
            (f for n in nodes for f in n.forms),
            key=lambda f: (singles[fold(f)], f[:1].isupper(), f),
        )

    def attestation(key: str) -> tuple[bool, int, int, int, str]:
        surname = key.split()[-1]
        writers = [n for n in nodes if key in n.folded_full_forms or surname in n.folded_forms]
        sentences = sum(n.attested.get(surname, 0) for n in writers)
        initial = len(key.split()[0].rstrip(".")) <= 1  # "S Williams" only if nothing else
        return (initial, -len(writers), -sentences, -articles[key], key)

    return spelled[min(articles, key=attestation)]


def _override_merges(
    nodes: list[Node],
    groups: _Groups,
    registry: Registry,
    reasons: dict[tuple[str, str], list[str]],
) -> dict[tuple[str, str], str]:
    """Join the spellings a reviewer merged (a split still wins). Returns the node that
    carries each merge's first spelling -> that spelling, which names the person unless
    the registry knows them."""
    named: dict[tuple[str, str], str] = {}
    for group in registry.overrides.merge:
        wanted = {fold(s) for s in group}
        members = [n for n in nodes if wanted & n.folded_forms]
        for other in members[1:]:
            ra, rb = groups.find(members[0].key), groups.find(other.key)
            if ra != rb and not groups.split.apart(groups.forms[ra], groups.forms[rb]):
                groups.join(ra, rb)
        for n in members:
            reasons[n.key] = ["merged by registry override"]
        first = next((n for n in members if fold(group[0]) in n.folded_forms), None)
        if first is not None:
            named[first.key] = group[0]
    return named


Links = dict[tuple[str, str], list[tuple[tuple[str, str], list[str]]]]


def _automatic_merges(nodes: list[Node], groups: _Groups, links: Links) -> None:
    """Merge on name similarity plus context, strongest evidence first. A surname alone
    joins a full name only when one person with that surname fits best; two surnames
    alone join each other only while neither has found a full name."""
    full: list[tuple[int, float, tuple[str, str], tuple[str, str], list[str]]] = []
    single: dict[tuple[str, str], list[tuple[Node, list[str]]]] = {}
    loose: list[tuple[tuple[str, str], tuple[str, str], list[str]]] = []
    for i, j in _candidate_pairs(nodes):
        a, b = nodes[i], nodes[j]
        ok, why = _merge_ok(a, b)
        if not ok:
            continue
        if a.full_forms and b.full_forms:
            sim = name_similarity(a.folded_name, b.folded_name)
            full.append((-len(why), -sim, a.key, b.key, why))
        elif a.full_forms or b.full_forms:
            one, other = (b, a) if a.full_forms else (a, b)
            single.setdefault(one.key, []).append((other, why))
        else:
            loose.append((a.key, b.key, why))

    def join(ka: tuple[str, str], kb: tuple[str, str], why: list[str]) -> None:
        groups.join(ka, kb)
        links.setdefault(ka, []).append((kb, why))
        links.setdefault(kb, []).append((ka, why))

    for _, _, ka, kb, why in sorted(full):
        if groups.can_join(ka, kb) and groups.names_fit(ka, kb):
            join(ka, kb, why)
    for key in sorted(single):
        if groups.has_full_name(key):  # already placed by the registry or an override
            continue
        best: dict[tuple[str, str], tuple[int, tuple[str, str], list[str]]] = {}
        for other, why in single[key]:
            root = groups.find(other.key)
            if groups.can_join(key, other.key) and (root not in best or len(why) > best[root][0]):
                best[root] = (len(why), other.key, why)
        ranked = sorted(best.values(), key=lambda b: (-b[0], b[1]))
        if ranked and (len(ranked) == 1 or ranked[0][0] > ranked[1][0]):
            join(key, ranked[0][1], ranked[0][2])
    for ka, kb, why in sorted(loose, key=lambda p: (p[0], p[1])):
        if not (groups.has_full_name(ka) or groups.has_full_name(kb)) and groups.can_join(ka, kb):
            join(ka, kb, why)


def _reasons(
    members: list[Node], canonical: str, direct: dict[tuple[str, str], list[str]], links: Links
) -> dict[tuple[str, str], list[str]]:
    """Why each node is this person: its own link (registry, override), else the merge
    that joins it, on the shortest path, to a node that writes the canonical name, so
    a reviewer reads the evidence between these two spellings and no others."""
    name = fold(canonical)
    by_key = {n.key: n for n in members}
    found = {n.key: direct[n.key] for n in members if n.key in direct}
    queue = [n.key for n in members if name in n.folded_forms or n.key in direct]
    seen = set(queue)
    while queue:
        following = []
        for key in queue:
            via = by_key[key]
            for other, why in links.get(key, []):
                if other not in seen:
                    seen.add(other)
                    following.append(other)
                    far = name not in via.folded_forms and key not in direct
                    found[other] = [*why, f"through {via.name}"] if far else why
        queue = following
    return found


def _merges(
    members: list[Node],
    shown: str,
    canonical: str,
    known: KnownPerson | None,
    reasons: dict[tuple[str, str], list[str]],
) -> list[Merge]:
    """Why each spelling other than the canonical one was taken for this person."""
    registry_spellings = {fold(s) for s in known.spellings()} if known else set()
    merges = []
    if shown != canonical:
        merges.append(Merge(canonical, shown, ["renamed by registry override"]))
    seen: set[str] = {fold(canonical), fold(shown)}
    for n in members:
        for form in n.full_forms:
            if fold(form) not in seen and fold(form) not in registry_spellings:
                seen.add(fold(form))
                merges.append(
                    Merge(form, shown, reasons.get(n.key, ["same article as another spelling"]))
                )
        if known and n.key in reasons and not n.folded_forms & registry_spellings:
            for form in n.forms:
                if fold(form) not in seen:
                    seen.add(fold(form))
                    merges.append(Merge(form, shown, reasons[n.key]))
    return sorted(merges, key=lambda m: m.spelling)


def resolve_people(
    articles: list[ArticleDigest], gazetteer: Gazetteer, registry: Registry
) -> list[Identity]:
    """One identity per person across the articles (whose ignored spellings are dropped)."""
    drop_ignored(articles, registry.overrides.ignore)
    nodes = _nodes(articles, gazetteer, registry)
    groups = _Groups(nodes, _Split(registry))
    reasons: dict[tuple[str, str], list[str]] = {}

    linked: dict[str, list[Node]] = {}
    known_index = _Index(registry)
    for node in nodes:
        link = _link_registry(node, known_index, groups.split)
        if link:
            person, why = link
            groups.known[node.key] = person.name
            groups.full_names[node.key] |= {fold(s) for s in person.spellings() if " " in s}
            reasons[node.key] = why
            linked.setdefault(person.name, []).append(node)
    for name in sorted(linked):
        first, *rest = linked[name]
        for other in rest:
            if groups.can_join(first.key, other.key):
                groups.join(first.key, other.key)
    merged_names = _override_merges(nodes, groups, registry, reasons)
    links: Links = {}
    _automatic_merges(nodes, groups, links)

    known_by_name = {p.name: p for p in registry.people}
    identities: list[Identity] = []
    used: Counter[str] = Counter()
    for root in sorted(groups.members, key=lambda r: sorted(n.key for n in groups.members[r])):
        members = sorted(groups.members[root], key=lambda n: n.key)
        known_name = groups.known.get(root)
        known = known_by_name.get(known_name) if known_name else None
        override = next((merged_names[n.key] for n in members if n.key in merged_names), None)
        name = known.name if known else override or _canonical(members)
        pid = slug(name)
        used[pid] += 1
        if used[pid] > 1:  # two people of one name the sources give no reason to merge
            pid = f"{pid}-{used[pid]}"
        shown = registry.overrides.rename.get(pid, name)
        countries = Counter(c for n in members for c in sorted(n.countries))
        country = (
            known.country if known else (countries.most_common(1)[0][0] if countries else None)
        )
        merges = _merges(members, shown, name, known, _reasons(members, name, reasons, links))
        identities.append(Identity(pid, shown, members, known, country, merges))
    return sorted(identities, key=lambda i: i.id)
