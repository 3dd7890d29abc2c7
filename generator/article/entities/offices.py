"""A person's country from their office written elsewhere in the article with no name:
news copy often gives the country to the office alone and the name with a bare title
("Austria's interior minister said on Tuesday ... Interior Minister Wolfgang Harlan said
in the statement"), or names the person first and the country's office later ("Economics
Minister Arif Sutanto said ... The Indonesian Economics Minister explained").

Only an office of a portfolio, of two words or more ("interior minister", "agriculture
minister"): a head of state or government alone ("the French president", "Japan's prime
minister") is as often another country's holder met or named beside the person. Only
when the article gives that office one person (among its people and candidates) and its
unnamed mentions one country, and the person no country of their own. A lesser or former
office ("deputy", "former") is no holder's of the office itself.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from generator import lexicon, settings
from generator.article import cached
from generator.article.entities.clusters import PersonCluster
from generator.article.roles import CountryBefore
from generator.registry import Gazetteer

if TYPE_CHECKING:  # the language model is imported only by runs that parse
    from spacy.tokens import Doc, Span

__all__ = ["office_countries"]

_TITLES = lexicon.words("titles", "titles")
_ABBREVIATIONS = lexicon.table("titles", "abbreviations")  # "pm": "prime minister"
_SAME_TITLE = lexicon.table("titles", "same_title")  # "advisor": "adviser"
_REORDER = lexicon.table("titles", "ministry_names")  # "foreign": "Foreign Affairs"
_NOT_HELD = lexicon.words("titles", "lesser") | lexicon.words("titles", "former")
_LINKS = frozenset({"the", "of", "for", "and", "&"})  # "Minister of the Interior"
_WORD = re.compile(r"[\w'’-]+")
_OWNING = frozenset({"'s", "’s", "'", "’"})
# a name that is a country's and a US state's or city's too: "Georgia's", "Washington's"
_NO_COUNTRY = lexicon.words("names", "region_countries") | lexicon.words("names", "registry_cities")

Office = frozenset[str]
# "prime minister": a head's office, which any country's holder may be
_HEADS = frozenset(frozenset(o.split()) - _LINKS for o in lexicon.words("titles", "head_offices"))


def _office(words: list[str]) -> Office | None:
    """An office's words as a set, folded, each in full and one spelling, with "<X>
    minister" read as "minister of <X>" ("interior minister" is "Minister of the
    Interior"); none for a lesser or former office, a head's, or one of a single word."""
    folded: list[str] = []
    for word in words:
        folded += str(_ABBREVIATIONS.get(word.casefold(), word.casefold())).split()
    folded = [str(_SAME_TITLE.get(w, w)) for w in folded]
    if len(folded) == 2 and folded[1] == "minister" and folded[0] in _REORDER:
        folded = ["minister", *str(_REORDER[folded[0]]).casefold().split()]
    office = frozenset(w for w in folded if w not in _LINKS)
    if len(office) < 2 or office in _HEADS or office & _NOT_HELD or not office & _TITLES:
        return None
    return None if any(w.startswith("ex-") for w in office) else office


def _role_office(role: str, gazetteer: Gazetteer) -> Office | None:
    """The office a person's role names, less the country's words it may hold ("Minister
    of the Interior of Austria" is the Minister of the Interior)."""
    named = {
        w.casefold() for c in gazetteer.countries_in(role) for w in _country_words(c, gazetteer)
    }
    words = [w for w in _WORD.findall(role) if w.casefold() not in named]
    return _office(words)


def _country_words(country: str, gazetteer: Gazetteer) -> list[str]:
    """The words of a country's name and of its people's word."""
    found = gazetteer.countries[country]
    return [w for name in (found.name, found.demonym or "") for w in name.split()]


def _unnamed(
    doc: Doc, taken: set[int], gazetteer: Gazetteer, before: CountryBefore
) -> dict[Office, list[tuple[int, str]]]:
    """Office -> where its mentions with no name stand (their head word) and their
    countries: a title word heading its phrase in the singular, no name after it nor in
    apposition to it, led by "the" and a people's word or by a country's possessive
    ("Austria's interior minister", "the Indonesian Economics Minister", "the country's
    interior minister"), or followed by "of" and the country's name."""
    found: dict[Office, list[tuple[int, str]]] = {}
    titled = [i for i, lower in enumerate(cached.lowers(doc)) if lower in _TITLES]
    for head in (doc[i] for i in titled):
        if (
            head.tag_ not in ("NN", "NNP")
            or head.dep_ in ("compound", "amod")
            or head.i in taken
            or any(c.dep_ == "appos" for c in head.children)
            or head.dep_ == "appos"
            or head.i + 1 < len(doc)
            and doc[head.i + 1].pos_ == "PROPN"
        ):
            continue
        phrase = doc[head.left_edge.i : head.i + 1]
        if taken.intersection(range(phrase.start, phrase.end)):
            continue
        read = _country_led(phrase, gazetteer, before) or _country_after(phrase, gazetteer)
        if read is not None:
            country, words = read
            office = _office(words)
            if office is not None:
                found.setdefault(office, []).append((head.i, country))
    return found


def _country_led(
    phrase: Span, gazetteer: Gazetteer, before: CountryBefore
) -> tuple[str, list[str]] | None:
    """The country that opens an office's phrase and the office's words after it: "the"
    and a people's word ("the French agriculture minister"), or a country's name with
    its possessive ("Austria's interior minister", "the country's ..."); none for a
    capital's ("Madrid's") or any other opening."""
    doc = phrase.doc
    k = phrase.start
    definite = doc[k].lower_ == "the"
    k += definite
    for n in range(settings.COUNTRY_NAME_WORDS, 0, -1):
        end = k + n
        if end >= phrase.end:
            continue
        text = cached.span_text(doc, k, end)
        owned = doc[end].text in _OWNING
        if text.casefold() == "country" and owned and definite:
            country = before(k)
        elif owned == definite:
            continue  # "the Austria's", or a bare people's word: no office's own
        else:
            country = gazetteer.country_of(text)
            if country is not None and (
                text == gazetteer.countries[country].capital or text in _NO_COUNTRY
            ):
                return None
        if country is None:
            continue
        rest = doc[end + owned : phrase.end]
        if all(t.is_alpha or t.text == "-" for t in rest):
            return country, [t.text for t in rest]
        return None
    return None


def _country_after(phrase: Span, gazetteer: Gazetteer) -> tuple[str, list[str]] | None:
    """The country "of" names right after an office's phrase led by "the" and the
    office's words ("the interior minister of Austria"); none for a capital's or a body's
    ("the trade minister of the Welsh Assembly")."""
    head = phrase[-1]
    if phrase[0].lower_ != "the" or not all(t.is_alpha for t in phrase[1:]):
        return None
    for of in (c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"):
        place = next((c for c in of.children if c.dep_ == "pobj"), None)
        if place is None or any(c.dep_ in ("prep", "amod") for c in place.children):
            return None
        text = cached.span_text(phrase.doc, place.left_edge.i, place.i + 1)
        country = gazetteer.country_of(text)
        if country is None or text in _NO_COUNTRY or text == gazetteer.countries[country].capital:
            return None
        return country, [t.text for t in phrase[1:]]
    return None


def office_countries(
    doc: Doc,
    clusters: list[PersonCluster],
    people: list[PersonCluster],
    sentence_of: list[int],
    gazetteer: Gazetteer,
    before: CountryBefore,
) -> None:
    """Give each of the `people` with no country the one country the article's unnamed
    mentions give their office, when no one else among `clusters` holds it. A mention
    in a sentence that names the person is someone else ("Interior Minister X met
    France's interior minister")."""
    taken = {i for c in clusters for m in c.mentions for i in range(m.start, m.end)}
    holders: dict[Office, list[PersonCluster]] = {}
    for person in clusters:
        for office in {o for r in person.roles if (o := _role_office(r, gazetteer))}:
            holders.setdefault(office, []).append(person)
    unnamed: dict[Office, list[tuple[int, str]]] | None = None
    for person in people:
        if person.countries or person.staff_countries:
            continue
        offices = {o for o, held in holders.items() if len(held) == 1 and held[0] is person}
        if not offices:
            continue
        if unnamed is None:
            unnamed = _unnamed(doc, taken, gazetteer, before)
        own = {m.sentence for m in person.mentions}
        countries = {
            country
            for office in offices
            for at, country in unnamed.get(office, [])
            if sentence_of[at] not in own
        }
        if len(countries) == 1:
            person.countries.extend(countries)
