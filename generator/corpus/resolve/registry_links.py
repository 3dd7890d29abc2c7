"""Nodes linked to the registry's known people: by a spelling the registry lists, by a
surname with fitting context, or by a garbled name with the same role and country."""

from __future__ import annotations

from dataclasses import dataclass

from generator.corpus.resolve.merges import Split
from generator.corpus.resolve.nodes import Node, role_words
from generator.corpus.resolve.similarity import name_similarity, threshold, unlike_garbling
from generator.registry import KnownPerson, Registry
from generator.text.names import fold

__all__ = ["RegistryIndex", "link_registry"]


@dataclass
class _Known:
    """A registry entry with its spellings folded once per run, not once per node."""

    person: KnownPerson
    spellings: set[str]
    surnames: set[str]
    role_words: set[str]


class RegistryIndex:
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
            self.entries.append(_Known(person, spellings, surnames, role_words(person.roles)))
            for spelling in spellings:
                self.by_spelling.setdefault(spelling, set()).add(n)
            for surname in surnames:
                self.by_surname.setdefault(surname, set()).add(n)
            if person.country:
                self.by_country.setdefault(person.country, set()).add(n)

    def candidates(self, node: Node) -> list[_Known]:
        """In registry order, the entries `link_registry` could link the node to: one of
        its spellings; for a surname alone, that surname; for a full name, which needs
        the same country and role, that country."""
        found: set[int] = set()
        for form in node.folded_forms:
            found |= self.by_spelling.get(form, set())
        if not node.full_forms and not node.listed:  # a team sheet's surname: spelling only
            found |= self.by_surname.get(node.surname, set())
        else:
            for country in node.countries:
                found |= self.by_country.get(country, set())
        return [self.entries[n] for n in sorted(found)]


def link_registry(
    node: Node, known: RegistryIndex, split: Split
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
            if (
                not node.listed
                and node.surname in entry.surnames
                and (context or (person.country and person.country in node.article_countries))
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
        score, spelling = max((name_similarity(node.folded_name, s), s) for s in entry.spellings)
        if score >= threshold(len(context)) and not unlike_garbling(
            node.folded_name, spelling, score
        ):
            candidate = (score, person, [f"name similarity {score:.2f} to {person.name}", *context])
            if best is None or candidate[0] > best[0]:
                best = candidate
    return (best[1], best[2]) if best else None
