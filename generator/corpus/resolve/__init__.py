"""One identity per real person across every source.

Each person as one article knows them (a node) is linked to a registry entry when a
spelling matches, or when a close spelling comes with fitting context (same country,
same kind of role). Nodes from different articles merge on name similarity *and*
context evidence, never on similarity alone; two people in one article are never
merged; a country conflict blocks a merge, and so do roles in different fields only
(one spelling, two people: an MP and a striker); every full name in a merged group must
be a plausible spelling of every other (so a surname alone cannot chain Alan, Andy and
Boris Johnson into one person). Names an article could not settle (candidates) become
people when the registry or another article knows them. The reasons are kept for
reviewers, and the reviewers' overrides (merge, split, rename, ignore) win over all of it.
A person one article lists on the model's word alone is taken out when other articles
have the name as an organisation (see `nonpeople`). A quote framed by an office the
article ties to no one is given the one person it names whom the corpus gives that
office (see `office_holders`).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from generator.corpus.resolve.candidates import promote_candidates, withdraw_candidates
from generator.corpus.resolve.nodes import Node, drop_ignored
from generator.corpus.resolve.nonpeople import restore_withdrawn, withdraw_nonpeople
from generator.corpus.resolve.office_holders import (
    give_office_holders,
    take_back_office_speakers,
)
from generator.corpus.resolve.reuse import remember, resolve_articles
from generator.corpus.resolve.sentence_sums import SentenceSums
from generator.model import ArticleDigest, Merge
from generator.registry import Gazetteer, KnownPerson, Registry
from generator.store.cache import ResultCache
from generator.text.names import fold, slug

__all__ = ["Identity", "Node", "SentenceSums", "resolve_people"]


@dataclass
class Identity:
    id: str
    name: str
    nodes: list[Node]
    known: KnownPerson | None
    country: str | None
    merges: list[Merge]


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
    articles: list[ArticleDigest],
    gazetteer: Gazetteer,
    registry: Registry,
    memory: ResultCache | None = None,
    sums: SentenceSums | None = None,
    changed: set[str] | None = None,
) -> list[Identity]:
    """One identity per person across the articles (whose ignored spellings are dropped,
    and whose candidates the registry or another article knows are added to people),
    its id written into the articles' people and quotes (their people in id order).
    `memory`: the last run's people, for what the changed articles do not reach; `sums`:
    the checksums of the articles' sentences the last run kept. `changed` is given the
    ids of the articles whose people, candidates or quotes this changed in any way: the
    others are as they came, so the caller need not compare them with what it read
    (turning 10,000 articles back to plain data to compare took a second of an add)."""
    sums = sums or SentenceSums()
    # the speakers an office gave last run, read by nothing before they are given again
    offices_given = take_back_office_speakers(articles)
    touched = withdraw_candidates(articles)
    touched |= restore_withdrawn(articles)
    touched |= drop_ignored(articles, registry.overrides.ignore)
    touched |= withdraw_nonpeople(articles)
    touched |= promote_candidates(articles, registry)
    resolved = resolve_articles(articles, gazetteer, registry, memory, sums, touched)

    known_by_name = {p.name: p for p in registry.people}
    identities: list[Identity] = []
    used: Counter[str] = Counter()
    for person in sorted(resolved.found.people, key=lambda p: [n.key for n in p.members]):
        pid = slug(person.name)
        used[pid] += 1
        if used[pid] > 1:  # two people of one name the sources give no reason to merge
            pid = f"{pid}-{used[pid]}"
        shown = registry.overrides.rename.get(pid, person.name)
        known = known_by_name.get(person.known) if person.known else None
        merges = _merges(person.members, shown, person.name, known, person.reasons)
        identities.append(Identity(pid, shown, person.members, known, person.country, merges))
    ids = {n.key: identity.id for identity in identities for n in identity.nodes}
    for article in articles:
        if _remap(article, ids):
            touched.add(article.id)
    touched |= give_office_holders(articles, gazetteer, offices_given)
    if changed is not None:
        changed |= touched
    if memory is not None:
        remember(memory, articles, resolved, ids, gazetteer, sums)
    return sorted(identities, key=lambda i: i.id)


def _remap(article: ArticleDigest, ids: dict[tuple[str, str], str]) -> bool:
    """Give the article's people and speakers their identities' ids, its people in id
    order; whether that changed anything. Each person's id is compared with its own old
    one: two namesakes of one article can exchange ids (`x` and `x-2` are numbered by
    their identities' first nodes), which leaves the list of ids as it was."""
    changed = False
    for person in article.people:
        new = ids.get((article.id, person.id), person.id)
        changed = changed or new != person.id
        person.id = new
    for quote in article.quotes:
        if quote.speaker:
            speaker = ids.get((article.id, quote.speaker))
            changed = changed or speaker != quote.speaker
            quote.speaker = speaker
    before = list(article.people)
    article.people.sort(key=lambda p: p.id)
    return changed or any(a is not b for a, b in zip(article.people, before, strict=True))
