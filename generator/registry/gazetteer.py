"""Country gazetteer: names, alternative spellings, demonyms and capitals.

Built from the countryinfo dataset, plus the registry's `countries.yaml` for what no
dataset holds (metonyms such as "the Kremlin", short forms such as "Britain").
Two-letter codes are left out unless the registry lists them: "IN", "IT" and "ME"
are words far more often than countries.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from typing import Any

from generator import lexicon
from generator.registry.load import Registry
from generator.text.names import fold, given_name_word, slug

__all__ = ["Country", "Gazetteer", "build_gazetteer"]

_THE = re.compile(r"^the\s+", re.I)
_POSSESSIVE = re.compile(r"['’]s$")
_BRACKETED = re.compile(r"\s*\(.*?\)")
_COMPASS = lexicon.words("names", "compass_points")  # "S Africa": an initial stands for one


@dataclass
class Country:
    id: str
    name: str
    iso2: str
    demonym: str | None
    capital: str | None
    population: int
    aliases: set[str] = field(default_factory=set)  # name forms that stand for the country
    # its name and the registry's names for it: the country even inside an organisation's
    # name ("the UK Independence Party"), unlike a dataset spelling ("Credit Suisse")
    names: set[str] = field(default_factory=set)
    parts: set[str] = field(default_factory=set)  # its nations' names ("Scotland", "Welsh")
    # its name with a first word of the compass cut to the initial, as team sheets and
    # headlines write it ("S Africa", "N Korea")
    initialled: set[str] = field(default_factory=set)


@dataclass
class Gazetteer:
    countries: dict[str, Country]
    by_phrase: dict[str, str]  # exact surface phrase -> country id
    # places' names too ambiguous to read as a country ("Jordan", "Victoria"): not sure
    # as a person's name either
    not_countries: frozenset[str] = frozenset()
    # the dataset's regions of two words or more, folded ("west virginia", "north east",
    # "milton keynes"): no person's name, as a country's is none
    regions: frozenset[str] = frozenset()
    # what `country_of` found for each phrase asked: the analysis asks of most words, and
    # of the same few thousand words in every article
    _found: dict[str, str | None] = field(
        default_factory=dict, init=False, repr=False, compare=False
    )

    def country_of(self, phrase: str) -> str | None:
        if phrase in self._found:
            return self._found[phrase]
        found = None
        stripped = phrase.strip()
        for candidate in (stripped, _THE.sub("", stripped), _POSSESSIVE.sub("", stripped)):
            if candidate in self.by_phrase:
                found = self.by_phrase[candidate]
                break
        self._found[phrase] = found
        return found

    def ambiguous_country(self, phrase: str) -> str | None:
        """The country whose own name `phrase` is though it is too ambiguous to read as one
        anywhere ("Jordan", "Chad": also people's names), for words that rule the other
        readings out ("King Abdullah of Jordan")."""
        if phrase not in self.not_countries:
            return None
        return next((c.id for c in self.countries.values() if c.name == phrase), None)

    def peoples_word(self, phrase: str) -> str | None:
        """The country whose word for its people the phrase is, as the dataset spells it
        or a noun made from it ("Kenyan", "Kenyans", "Frenchman", "New Zealanders"); not
        the country's name nor another word the registry gives for it ("Briton")."""
        cid = self.country_of(phrase)
        demonym = self.countries[cid].demonym if cid else None
        if demonym and phrase in (demonym, *_plural(demonym), *_nationals(demonym)):
            return cid
        return None

    def national(self, word: str) -> str | None:
        """The country one of whose people a singular noun names ("Dane", "Kenyan",
        "Frenchman", "Czech"): a people's word, or a word whose plural names the same
        country ("Danes", "Britons", "Scotsmen"); not the country's name, nor a place's or
        a body's that stands for it ("Britain", "Kremlin", "Washington": no plural)."""
        cid = self.country_of(word)
        if cid is None or word == self.countries[cid].name:
            return None  # "Gibraltar", its own people's word in the dataset
        if self.peoples_word(word) == cid:
            return cid
        plural = word[:-3] + "men" if word.endswith("man") else word + "s"
        return cid if self.by_phrase.get(plural) == cid else None

    @cached_property
    def _phrase_pattern(self) -> re.Pattern[str]:
        # one alternation, longest first, tried at every position (lookahead) so that
        # overlapping names are all found, as a search per phrase would find them
        phrases = sorted((p for p in self.by_phrase if len(p) > 3), key=lambda p: (-len(p), p))
        return re.compile(r"(?=\b(" + "|".join(map(re.escape, phrases)) + r")\b)")

    def countries_in(self, text: str) -> set[str]:
        """Countries named anywhere in a short text, such as a role."""
        return {self.by_phrase[m.group(1)] for m in self._phrase_pattern.finditer(text)}


def _plural(demonym: str) -> list[str]:
    """The plural noun for a country's people the demonym makes ("Kenyans", "Iraqis",
    "Thais"); none for one that is its own plural ("Japanese", "Swiss", "French")."""
    if demonym.endswith(("ese", "ss", "sh", "ch")):
        return []
    return [demonym + "s"]


def _nationals(demonym: str) -> list[str]:
    """The nouns for its people that a demonym in -sh or -ch makes: "Frenchman",
    "Welshwomen"."""
    if not demonym.endswith(("sh", "ch")):
        return []
    return [demonym + ending for ending in ("man", "woman", "men", "women")]


def _first(value: Any) -> str | None:
    """The dataset gives some fields as a list, some as a string."""
    if isinstance(value, list):
        value = value[0] if value else None
    return str(value) if value else None


@lru_cache(maxsize=4)
def _dataset() -> dict[str, Any]:
    from countryinfo import CountryInfo

    return dict(CountryInfo.all())


def _fold_second_entries(
    countries: dict[str, Country], official: set[str], registry: Registry
) -> None:
    """One country the dataset lists twice under one ISO code, the second time without a
    numeric code ("Burma" beside "Myanmar"): the official entry takes the other's names,
    so that "Burma", "Burmese" and "Myanmar" name one country, never two that disagree.
    Not a nation the registry lists as part of a country (Wales: kept apart as a part)."""
    parts = {part for names in registry.country_parts.values() for part in names}
    by_code: dict[str, list[Country]] = {}
    for country in sorted(countries.values(), key=lambda c: c.id):
        by_code.setdefault(country.iso2, []).append(country)
    for same in by_code.values():
        kept = [c for c in same if c.id in official]
        if len(kept) != 1:
            continue
        for other in same:
            if other is not kept[0] and other.name not in parts:
                kept[0].aliases.update(other.aliases)
                del countries[other.id]


def build_gazetteer(registry: Registry) -> Gazetteer:
    """The dataset's countries with the registry's extra names for them."""
    countries: dict[str, Country] = {}
    by_phrase: dict[str, str] = {}
    official: set[str] = set()  # the ids of entries with a numeric ISO code
    for info in _dataset().values():
        iso = (info.get("ISO") or {}).get("alpha2")
        name = info.get("name")
        if not iso or not name:
            continue
        country = Country(
            id=slug(name),
            name=name,
            iso2=iso,
            demonym=_first(info.get("demonym")),
            capital=_first(info.get("capital")),
            population=int(info.get("population") or 0),
        )
        country.aliases.add(name)
        for alt in info.get("altSpellings") or []:
            # the dataset's alternative spellings include native-language names and codes
            if alt.isascii() and len(alt) >= 4 and not alt.isupper() and "," not in alt:
                country.aliases.add(alt)
        countries[country.id] = country
        if (info.get("ISO") or {}).get("numeric"):
            official.add(country.id)
    _fold_second_entries(countries, official, registry)

    # a dataset country the registry names as part of another is that one (the dataset
    # lists Wales apart; the registry has it among the United Kingdom's parts)
    part_of = {
        c.id: cid
        for cid, parts in registry.country_parts.items()
        for c in countries.values()
        if c.name in parts and c.id != cid and cid in countries
    }
    for cid, extra in registry.countries.items():
        if cid in countries:
            countries[cid].aliases.update(extra)
            countries[cid].names.update(extra)
            countries[cid].parts.update(registry.country_parts.get(cid, []))
    for country in countries.values():
        country.names.add(country.name)
    ambiguous = registry.not_countries

    # capitals and demonyms first, so that a country's own name wins any clash; a demonym
    # shared with territories ("American", "French") goes to the most populous country
    for country in sorted(countries.values(), key=lambda c: (-c.population, c.id)):
        forms: list[str] = []
        if country.capital:
            forms.append(country.capital)
        if country.demonym:
            forms += [country.demonym, *_plural(country.demonym), *_nationals(country.demonym)]
        for form in forms:
            if form not in ambiguous:
                by_phrase.setdefault(form, part_of.get(country.id, country.id))
    for country in sorted(countries.values(), key=lambda c: c.id):
        for alias in country.aliases:
            if alias not in ambiguous:
                by_phrase[alias] = part_of.get(country.id, country.id)
    for cid, extra in sorted(registry.countries.items()):  # the registry has the last word
        for alias in extra:
            if cid in countries and alias not in ambiguous:
                by_phrase[alias] = cid
    for part in part_of:
        del countries[part]
    _initialled(countries, by_phrase)
    return Gazetteer(
        countries=countries,
        by_phrase=by_phrase,
        not_countries=frozenset(ambiguous),
        regions=_regions(),
    )


def _regions() -> frozenset[str]:
    """The dataset's provinces and states of two words or more, folded, without the other
    name some give in brackets ("Tropoje (Bajram Curri)"), and not those led by a common
    given name ("Juana Diaz", "Francisco Morazan": named for people, whose names they
    are too)."""
    names = {
        fold(_BRACKETED.sub("", province).strip())
        for info in _dataset().values()
        for province in info.get("provinces") or []
    }
    return frozenset(n for n in names if " " in n and not given_name_word(n.split()[0]))


def _initialled(countries: dict[str, Country], by_phrase: dict[str, str]) -> None:
    """Each country's name that starts with a point of the compass, with that word cut to
    its initial ("S Africa" for South Africa, "N Korea"), as team sheets and headlines
    write it; a form two countries' names make, or one that already names something, is
    left out."""
    forms: dict[str, set[str]] = {}
    for country in countries.values():
        first, _, rest = country.name.partition(" ")
        if rest and first in _COMPASS:
            forms.setdefault(f"{first[0]} {rest}", set()).add(country.id)
    for form, ids in sorted(forms.items()):
        if len(ids) == 1 and form not in by_phrase:
            (cid,) = ids
            countries[cid].initialled.add(form)
            by_phrase[form] = cid
