"""Which nodes are one person: the reviewers' merges and splits, then automatic merges on
name similarity with context evidence, in a union-find that refuses impossible unions."""

from __future__ import annotations

from typing import Any

from generator.corpus.resolve.namesakes import join_namesakes
from generator.corpus.resolve.nodes import Node
from generator.corpus.resolve.similarity import (
    candidate_pairs,
    context_needed,
    first_names_agree,
    name_similarity,
    names_compatible,
    names_may_merge,
    threshold,
)
from generator.registry import Registry
from generator.settings import INITIAL_COMPANY_RATIO
from generator.text.names import fold

__all__ = ["Groups", "Links", "Split", "automatic_merges", "merge_ok", "override_merges"]


class Split:
    """The overrides' splits: spellings of which no two may be one person, and one
    spelling that is several people, told apart by the articles that write it."""

    def __init__(self, registry: Registry) -> None:
        self.sets = [{fold(s) for s in group} for group in registry.overrides.split]
        self.by_article = [
            (fold(spelling), [set(group) for group in groups])
            for spelling, groups in registry.overrides.split_by_article
        ]

    def apart(self, a: set[str], b: set[str]) -> bool:
        """Whether folded spellings `a` and `b` hold two spellings a split keeps apart."""
        return any(bool(s & a) and bool(s & b) and len((s & a) | (s & b)) > 1 for s in self.sets)

    def _which(self, spelling: str, groups: list[set[str]], members: list[Node]) -> set[int]:
        return {
            k
            for n in members
            if spelling in n.folded_forms
            for k, group in enumerate(groups)
            if n.article in group
        }

    def apart_people(self, a: list[Node], b: list[Node]) -> bool:
        """Whether the nodes `a` and `b` hold one spelling from articles a split by
        article puts with different people."""
        for spelling, groups in self.by_article:
            which_a, which_b = self._which(spelling, groups, a), self._which(spelling, groups, b)
            if which_a and which_b and which_a != which_b:
                return True
        return False

    def together(self, nodes: list[Node]) -> list[list[Node]]:
        """The nodes each split by article says are one person."""
        found = []
        for spelling, groups in self.by_article:
            for group in groups:
                found.append(
                    [n for n in nodes if spelling in n.folded_forms and n.article in group]
                )
        return [members for members in found if len(members) > 1]


class Groups:
    """Union-find over nodes, refusing unions that put two people of one article together,
    two registry people together, spellings (or one spelling's articles) a reviewer
    split, two countries, or roles in different fields only with no one around both."""

    def __init__(self, nodes: list[Node], split: Split) -> None:
        self.parent = {n.key: n.key for n in nodes}
        self.members = {n.key: [n] for n in nodes}
        self.known: dict[tuple[str, str], str | None] = {n.key: None for n in nodes}
        self.split = split
        self.forms = {n.key: set(n.folded_forms) for n in nodes}
        self.full_names = {n.key: {n.folded_name} if n.full_forms else set() for n in nodes}
        # what `can_join` asks of a group, kept up to date as groups join: gathering it
        # from the members on every call cost minutes once a group held thousands
        self.articles = {n.key: {n.article} for n in nodes}
        # a side's staff's country (`Node.staff_countries`) keeps no one apart: a coach
        # another article calls "the Australian" is still the "Scotland coach"
        self.countries = {n.key: n.countries - n.staff_countries for n in nodes}
        self.fields = {n.key: set(n.fields) for n in nodes}
        # groups holding an initial that may be either of two people the corpus writes
        # out ("M Davies": Mefin or Mark): they join no written-out name
        self.undecided = {n.key: False for n in nodes}
        self.joins = 0  # how many joins so far: what was refused may be allowed after one

    def find(self, key: tuple[str, str]) -> tuple[str, str]:
        while self.parent[key] != key:
            self.parent[key] = self.parent[self.parent[key]]
            key = self.parent[key]
        return key

    def can_join(self, a: tuple[str, str], b: tuple[str, str]) -> bool:
        ra, rb = self.find(a), self.find(b)
        if ra == rb or self.split.apart(self.forms[ra], self.forms[rb]):
            return False
        if not self.articles[ra].isdisjoint(self.articles[rb]):
            return False
        ka, kb = self.known[ra], self.known[rb]
        if ka and kb and ka != kb:
            return False
        if self.split.apart_people(self.members[ra], self.members[rb]):
            return False
        ca, cb = self.countries[ra], self.countries[rb]
        if ca and cb and ca.isdisjoint(cb):
            return False
        # roles in different fields only: a Labour MP and an Everton striker of one name,
        # unless the same people are around them (a journalist who founded a company)
        fa, fb = self.fields[ra], self.fields[rb]
        if fa and fb and fa.isdisjoint(fb):
            return any(_company(x, y) for x in self.members[ra] for y in self.members[rb])
        return True

    def names_fit(self, a: tuple[str, str], b: tuple[str, str]) -> bool:
        """Every full name of one group a plausible spelling of every full name of the
        other, and no undecided initial (`undecided`) joined to a name written out."""
        ra, rb = self.find(a), self.find(b)
        names_a, names_b = self.full_names[ra], self.full_names[rb]
        if (self.undecided[ra] and not all(map(_initialled, names_b))) or (
            self.undecided[rb] and not all(map(_initialled, names_a))
        ):
            return False
        return all(names_compatible(x, y) for x in names_a for y in names_b)

    def has_full_name(self, a: tuple[str, str]) -> bool:
        return bool(self.full_names[self.find(a)])

    def join(self, a: tuple[str, str], b: tuple[str, str]) -> None:
        ra, rb = sorted((self.find(a), self.find(b)))
        self.parent[rb] = ra
        self.joins += 1
        self.members[ra] = _larger_first(self.members[ra], self.members.pop(rb))
        self.known[ra] = self.known[ra] or self.known[rb]
        del self.known[rb]
        self.undecided[ra] = self.undecided[ra] or self.undecided.pop(rb)
        for table in (self.forms, self.full_names, self.articles, self.countries, self.fields):
            table[ra] = _union(table[ra], table.pop(rb))


def _larger_first(a: list[Node], b: list[Node]) -> list[Node]:
    """Both lists as one, the shorter added to the longer (members' order is not used)."""
    if len(a) < len(b):
        a, b = b, a
    a += b
    return a


def _union(a: set[Any], b: set[Any]) -> set[Any]:
    """Both sets as one, the smaller added to the larger: joining a group of one to a
    group of thousands costs one, not thousands."""
    if len(a) < len(b):
        a, b = b, a
    a |= b
    return a


def _firsts_agree(ours: frozenset[str], theirs: frozenset[str]) -> bool:
    """Two names of one surname in the company of a person that may be one other
    person: a surname alone (no first names), or first names that agree, so that Wes
    Brown in one article and Gordon Brown in another are no common company. Alike
    surnames are not enough: Matt Damon and Matt Dawson would make Andy Garcia a rugby
    player."""
    return not ours or not theirs or any(first_names_agree(x, y) for x in ours for y in theirs)


def _company(a: Node, b: Node) -> list[str]:
    """The surnames of the people around both that may be the same people."""
    theirs = b.company_firsts
    return sorted(
        surname
        for surname, firsts in a.company_firsts.items()
        if surname in theirs and _firsts_agree(firsts, theirs[surname])
    )


def _shared(a: Node, b: Node) -> list[str]:
    """The items of `_evidence` but the company's."""
    items: list[str] = []
    # a country both hold an office of: a nationality word alone ("Lithuanian footballer")
    # is shared by too many people to say two spellings are one
    shared_countries = a.countries & b.countries if a.roles and b.roles else set()
    if shared_countries:
        items.append(f"same country ({', '.join(sorted(shared_countries))})")
    shared_roles = a.role_words & b.role_words
    if shared_roles:
        items.append(f"same role ({', '.join(sorted(shared_roles))})")
    return items


def _evidence(a: Node, b: Node) -> list[str]:
    return _shared(a, b) + _in_company(a, b)


def _in_company(a: Node, b: Node) -> list[str]:
    """The items of `_evidence` the company gives: two at most."""
    items: list[str] = []
    company = _company(a, b)
    if company:
        items.append(f"mentioned with {', '.join(company[:3])}")
    if len(company) >= 2:
        items.append("mentioned with several of the same people")
    return items


def spelling_verdict(a: Node, b: Node) -> bool | None:
    """What `merge_ok(a, b)` answers from the two nodes' spellings alone, or None when
    it needs their context (roles, countries, company): a run that keeps an article's
    people then compares its nodes without building them whole (`resolve.reuse`)."""
    if a.full_forms and b.full_forms:
        if a.folded_full_forms & b.folded_full_forms:
            return True
        return None if names_may_merge(a.folded_name, b.folded_name) else False
    return None if a.surname == b.surname else False


def merge_ok(a: Node, b: Node) -> tuple[bool, list[str]]:
    fa, fb = a.full_forms, b.full_forms
    if fa and fb:
        if a.folded_full_forms & b.folded_full_forms:
            return True, ["same spelling"]
        if not names_may_merge(a.folded_name, b.folded_name):  # asked once per two names
            return False, []
        if context_needed(a.folded_name, b.folded_name) and not (
            a.countries & b.countries or a.role_words & b.role_words
        ):
            return False, []  # company alone takes a spelling, not John Redwood for John Reid
        sim = name_similarity(a.folded_name, b.folded_name)
        # a president and a minister: context argues against, taking one item back
        against = bool(a.role_words and b.role_words and not a.role_words & b.role_words)
        # the company gives two items at most: most pairs fall short without weighing it
        evidence = _shared(a, b)
        if sim < threshold(len(evidence) + 2 - against):
            return False, []
        evidence += _in_company(a, b)
        if against:
            evidence = evidence[:-1]
        if sim >= threshold(len(evidence)):
            return True, [f"name similarity {sim:.2f}", *evidence]
        return False, []
    # a surname alone: it must be that person's exact surname, with some context; a
    # country both articles name says so only of a surname holding a role there ("the
    # chancellor, Brown"), not of a bare surname on a team sheet beside "England"
    single, other = (a, b) if not fa else (b, a)
    if single.listed or other.listed:
        return False, []  # a team sheet's bare surname: a namesake as often as the same
    if single.surname == other.surname:
        countries = single.article_countries & other.countries if single.roles else set()
        evidence = _evidence(a, b) or (
            [f"{', '.join(sorted(countries))} in both articles"] if countries else []
        )
        if evidence:
            return True, [f"surname {single.name}", *evidence]
    return False, []


def override_merges(
    nodes: list[Node],
    groups: Groups,
    registry: Registry,
    reasons: dict[tuple[str, str], list[str]],
) -> dict[tuple[str, str], str]:
    """Join the spellings a reviewer merged (a split still wins), and the mentions of one
    spelling that a split by article puts with one person. Returns the node that
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
    for members in groups.split.together(nodes):
        for other in members[1:]:
            if groups.can_join(members[0].key, other.key):
                groups.join(members[0].key, other.key)
        for n in members:
            reasons[n.key] = ["one person by registry override (split by article)"]
    return named


Links = dict[tuple[str, str], list[tuple[tuple[str, str], list[str]]]]


Pairs = tuple[
    list[tuple[int, float, tuple[str, str], tuple[str, str], list[str]]],
    dict[tuple[str, str], list[tuple[Node, list[str]]]],
    list[tuple[tuple[str, str], tuple[str, str], list[str]]],
]


def _accepted(nodes: list[Node], alike: bool) -> Pairs:
    """The pairs `merge_ok` accepts: of full names, of a surname alone and a full name
    (by the surname alone's node), of two surnames alone. `alike`: with the pairs of one
    full name written alike."""
    full: list[tuple[int, float, tuple[str, str], tuple[str, str], list[str]]] = []
    single: dict[tuple[str, str], list[tuple[Node, list[str]]]] = {}
    loose: list[tuple[tuple[str, str], tuple[str, str], list[str]]] = []
    for i, j in candidate_pairs(nodes, alike):
        a, b = nodes[i], nodes[j]
        ok, why = merge_ok(a, b)
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
    full.sort()
    return full, single, loose


def _initialled(name: str) -> bool:
    """A folded full name whose first name is an initial ("m davies", "j. smith")."""
    return len(name.split()[0].rstrip(".")) <= 1


def _without_shared_initials(
    nodes: list[Node],
    full: list[tuple[int, float, tuple[str, str], tuple[str, str], list[str]]],
    groups: Groups,
) -> list[tuple[int, float, tuple[str, str], tuple[str, str], list[str]]]:
    """The accepted pairs but those joining an initial to a written-out first name when
    the initial's node pairs with two people's ("M Davies" of a Wales line-up with the
    hooker Mefin Davies, the old number 8 Mervyn Davies and the physio Mark Davies): it
    keeps the pairs of the one whose articles share many more of its people
    (`INITIAL_COMPANY_RATIO`), else none, where it took whichever pair came first. The
    pairs weighed are accepted ones, so the decision stays within a component. A node
    left with none is marked in `groups`, so that no namesake takes it to one either."""
    by_key = {n.key: n for n in nodes}
    # initialled node -> written-out name -> the most people one of its pairs shares
    shared: dict[tuple[str, str], dict[str, int]] = {}
    for _, _, ka, kb, _ in full:
        a, b = by_key[ka], by_key[kb]
        if _initialled(a.folded_name) != _initialled(b.folded_name):
            short, long = (a, b) if _initialled(a.folded_name) else (b, a)
            company = shared.setdefault(short.key, {})
            company[long.folded_name] = max(
                company.get(long.folded_name, 0), len(_company(short, long))
            )
    # an initialled spelling -> the written-out names its nodes pair with: namesakes
    # join, so one that pairs with no one is still either (they are one component)
    spelled: dict[str, set[str]] = {}
    for key, company in shared.items():
        spelled.setdefault(by_key[key].folded_name, set()).update(company)
    shared_by = {
        name
        for name, longs in spelled.items()
        if not all(names_compatible(x, y) for x in longs for y in longs)
    }
    kept: dict[tuple[str, str], str | None] = {}  # the written-out name each may join
    for node in nodes:
        if node.full_forms and node.folded_name in shared_by:
            ranked = sorted(shared.get(node.key, {}).items(), key=lambda c: (-c[1], c[0]))
            most = ranked[0][1] if ranked else 0
            next_most = ranked[1][1] if len(ranked) > 1 else 0
            clear = most > 0 and most >= INITIAL_COMPANY_RATIO * max(next_most, 1)
            kept[node.key] = ranked[0][0] if clear else None
            groups.undecided[groups.find(node.key)] |= kept[node.key] is None

    def allowed(ka: tuple[str, str], kb: tuple[str, str]) -> bool:
        for short, long in ((ka, kb), (kb, ka)):
            if short in kept and not _initialled(by_key[long].folded_name):
                return kept[short] == by_key[long].folded_name
        return True

    return [entry for entry in full if allowed(entry[2], entry[3])]


def automatic_merges(
    nodes: list[Node], groups: Groups, links: Links
) -> list[tuple[tuple[str, str], tuple[str, str]]]:
    """Merge on name similarity plus context, strongest evidence first. A surname alone
    joins a full name only when one person with that surname fits best; two surnames
    alone join each other only while neither has found a full name. Returns the pairs
    `merge_ok` accepted (but those of one full name written alike): each decision
    depends on these pairs' nodes alone, which is what lets a run reuse the last one's."""
    # The pairs of one full name written alike ("same spelling", similarity 1.0) are
    # not listed but joined by `namesakes`, in their place: after every pair with more
    # evidence, before the pairs of names that differ but share a spelling. Listed all
    # the same if nodes are not in key order or some other pair has that place.
    in_order = all(nodes[k].key < nodes[k + 1].key for k in range(len(nodes) - 1))
    full, single, loose = _accepted(nodes, alike=not in_order)
    if in_order and any(entry[:2] == (-1, -1.0) for entry in full):
        full, single, loose = _accepted(nodes, alike=True)
        in_order = False

    def join(ka: tuple[str, str], kb: tuple[str, str], why: list[str]) -> None:
        groups.join(ka, kb)
        links.setdefault(ka, []).append((kb, why))
        links.setdefault(kb, []).append((ka, why))

    full = _without_shared_initials(nodes, full, groups)
    after = next((n for n, entry in enumerate(full) if entry[0] == -1), len(full))
    for _, _, ka, kb, why in full[:after]:
        if groups.can_join(ka, kb) and groups.names_fit(ka, kb):
            join(ka, kb, why)
    if in_order:
        join_namesakes(nodes, groups, join)
    for _, _, ka, kb, why in full[after:]:
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
    return [
        *((ka, kb) for _, _, ka, kb, _ in full),
        *((key, other.key) for key, pairs in single.items() for other, _ in pairs),
        *((ka, kb) for ka, kb, _ in loose),
    ]
