"""People one article lists on the model's word alone, which the corpus shows to be an
organisation: the mirror of promoting a candidate (see `candidates`).

The small model tags a band, a club, a show or a firm as a person in one article ("the
top five includes Led Zeppelin") and nothing there says otherwise; other articles of the
corpus tag the same name an organisation. A person the article lists weakly (no role, no
quote, no country, one spelling) is taken out of its people when the articles that have
the full name as an organisation, and neither as a person nor as a name they doubt,
outweigh those that have it as a person (one each, `settings.PERSON_SIGN_WEIGHT` where
the person has a role or a quote there). Never taken out so: a lone word (a surname a
club's name shares, "Barton" or "Ford", names players in other articles; but see
below). A name led by a common given name has a person's shape, and the model tags a
person's name used before a noun an organisation ("the Howard Hughes biopic"), so
counting such articles does not take it out; an article that calls it a kind of
organisation right before the name (its roles: "rock band Franz Ferdinand",
`article.entities.evidence.kind_before`) or whose words make it a group
(`ArticleEntity.group`: "Franz Ferdinand have") does, as does that for any full name,
unless some article has the name as a person with a role or a quote ("fashion designer
Stella Marsh" beside "fashion label Stella Marsh"); such an article outweighs a country
too, which a band or a firm has as a person does ("British stars Joss Stone and Franz
Ferdinand"). A name an article doubts (a candidate) is no evidence either way: the
tennis players the model tags as organisations in a results line are doubted there.

A person the article lists on no sign of one (`ArticleEntity.by_default`: no given name,
title, role, "he", person word ...; speaking or a country is none, a firm has both) is taken out
too, whatever its spellings, quotes or length, where some other article has the name as an
organisation on its own evidence (neither as a person nor as a candidate there) and no
article lists a person of that name on any sign: not under the name, nor a full name
ending in the lone word ("Ford said" beside "Tom Ford" elsewhere). A charity that only
speaks ("Elder Concern said: ...") is a person by default where it speaks, a body where an
article shows one ("Elder Concern, which has 400 shops"); a surname a club shares stays
wherever the corpus knows its bearer. The words it said become the organisation's. So
is a lone word listed by default that no other article lists as a person and several
leave a candidate (`settings.DOUBTED_ELSEWHERE_MIN`): a platform that "asks" in one
article is doubted wherever people "took to" or post "on" it.

A lone word the article lists on the model's label alone (no role, no quote: "...
Alicia Keys and Outkast") is taken out where another article's words make the name a
group's or a body's (`ArticleEntity.group`: "OutKast have been acclaimed", "rap duo
OutKast"; or a kind, its roles), unless some article gives a person of the word a role
or a quote, or has it in a person's full name, or the article writes a form of address
before it ("Lord Liverpool"). A singer other articles' lists label an
organisation ("Dido") has no such sign and stays.

Decided afresh on every run: the people taken out last time (`ArticleDigest.withdrawn`)
are put back first, and the evidence is read before anything is taken out, so the
digests depend neither on an earlier run nor on the order of the files.
"""

from __future__ import annotations

import re
from collections import Counter

from generator import lexicon
from generator.corpus.resolve.candidates import FullNames, writers
from generator.model import ArticleDigest, ArticleEntity
from generator.settings import DOUBTED_ELSEWHERE_MIN, PERSON_SIGN_WEIGHT
from generator.text.names import fold, given_name_word

__all__ = ["restore_withdrawn", "withdraw_nonpeople"]

_HONORIFICS = lexicon.words("titles", "honorifics")


def restore_withdrawn(articles: list[ArticleDigest]) -> set[str]:
    """Put back into each article's people those an earlier run took out, and the quotes
    given to their organisation back to them; the ids of the articles it changed (see
    `resolve_people`)."""
    changed: set[str] = set()
    for article in articles:
        if article.withdrawn:
            ids = {p.id for p in article.withdrawn}
            for quote in article.quotes:
                if quote.speaker is None and quote.organization in ids:
                    quote.speaker, quote.organization = quote.organization, None
            article.people = sorted(article.people + article.withdrawn, key=lambda p: p.id)
            article.withdrawn = []
            changed.add(article.id)
    return changed


def withdraw_nonpeople(articles: list[ArticleDigest]) -> set[str]:
    """Take out of each article's people the weak ones other articles show to be an
    organisation (see the module's docstring), keeping them in `withdrawn`; the ids of
    the articles it changed."""
    names = FullNames()
    weak = {a.id: _weak(a, names) for a in articles}
    wanted = {name for people in weak.values() for _, name in people}
    as_person = writers(articles, wanted, names) if wanted else {}
    as_organisation = _organisations(articles, wanted, names, as_person) if wanted else {}
    kinds = _named_kinds(articles, as_organisation, names)
    bodies = _bodies_by_default(articles) | _doubted_by_default(articles)
    lone = {a.id: _lone(a) for a in articles}
    groups = _groups(articles, lone)
    changed: set[str] = set()
    for article in articles:
        gone = [
            p
            for p, name in weak[article.id]
            if name in as_organisation
            and (
                name in kinds
                and _unsigned(as_person.get(name, {}))
                or p.country is None
                and not given_name_word(p.as_written[0].split()[0])  # "Howard Hughes"
                and _outweighed(as_organisation[name], as_person.get(name, {}), article.id)
            )
        ]
        gone += [p for p in article.people if p.by_default and _keys(p) & bodies]
        gone += [p for p in lone[article.id] if fold(p.as_written[0]) in groups]
        if gone:
            changed.add(article.id)
            taken = {id(p) for p in gone}
            article.people = [p for p in article.people if id(p) not in taken]
            article.withdrawn = sorted({id(p): p for p in gone}.values(), key=lambda p: p.id)
            ids = {p.id for p in gone}
            for quote in article.quotes:
                if quote.speaker in ids and quote.organization is None:
                    quote.speaker, quote.organization = None, quote.speaker
    return changed


def _keys(person: ArticleEntity) -> set[str]:
    """A person's folded full spellings, or its lone words when it has none."""
    folded = {fold(f) for f in person.as_written}
    return {f for f in folded if " " in f} or folded


def _by_default(articles: list[ArticleDigest]) -> set[str]:
    """The folded names (`_keys`) of the people listed by default."""
    return {k for a in articles for p in a.people if p.by_default for k in _keys(p)}


def _signed(articles: list[ArticleDigest], wanted: set[str]) -> set[str]:
    """The names `wanted` that some person listed on a sign bears: the name or, a lone
    word, the last word of a full name."""
    signed: set[str] = set()
    for article in articles:
        for person in article.people:
            if not person.by_default:
                for form in map(fold, person.as_written):
                    signed |= {form, form.split()[-1]} & wanted
    return signed


def _doubted_by_default(articles: list[ArticleDigest]) -> set[str]:
    """The lone words of people listed by default that no other article lists as a
    person, and that `settings.DOUBTED_ELSEWHERE_MIN` other articles or more leave a
    candidate, with no person listed on a sign bearing them (`_signed`)."""
    wanted = {k for k in _by_default(articles) if " " not in k}
    if not wanted:
        return set()
    doubted: Counter[str] = Counter()
    listed: Counter[str] = Counter()
    for article in articles:
        doubted.update({fold(f) for c in article.candidates for f in c.as_written} & wanted)
        listed.update({fold(f) for p in article.people for f in p.as_written} & wanted)
    # the name's own article lists it: no other does where it is listed once
    return {
        k
        for k in wanted - _signed(articles, wanted)
        if listed[k] == 1 and doubted[k] >= DOUBTED_ELSEWHERE_MIN
    }


def _bodies_by_default(articles: list[ArticleDigest]) -> set[str]:
    """The folded names of people listed by default (`ArticleEntity.by_default`) that
    some article has as an organisation on its own evidence, and that no person listed
    on a sign bears (`_signed`)."""
    wanted = _by_default(articles)
    if not wanted:
        return set()
    signed = _signed(articles, wanted)
    found: set[str] = set()
    for article in articles:
        organisations = {fold(f) for e in article.organizations for f in e.as_written}
        if organisations & wanted:
            listed = {fold(f) for e in article.people + article.candidates for f in e.as_written}
            found |= (organisations & wanted) - listed - signed
    return found


def _lone(article: ArticleDigest) -> list[ArticleEntity]:
    """The people listed under one lone word with nothing but the model's label: no
    role, no quote, no other spelling ("... Alicia Keys and Outkast")."""
    speakers = {q.speaker for q in article.quotes}
    return [
        p
        for p in article.people
        if not p.roles
        and len({fold(f) for f in p.as_written}) == 1
        and " " not in p.as_written[0].strip()
        and p.id not in speakers
        and not _addressed(article, p)
    ]


def _addressed(article: ArticleDigest, person: ArticleEntity) -> bool:
    """Written after a form of address in one of its sentences ("Lord Liverpool", "Mr
    Keane"): a person's sign the digest keeps only in the text."""
    word = re.escape(person.as_written[0].strip())
    return any(
        m.group(1).lower() in _HONORIFICS
        for s in person.sentences
        for m in re.finditer(rf"(\S+)\s+{word}\b", article.sentences[s])
    )


def _groups(articles: list[ArticleDigest], lone: dict[str, list[ArticleEntity]]) -> set[str]:
    """The folded lone words some article has as an organisation its words make a group
    or a kind of body ("OutKast have", "rap duo OutKast", `ArticleEntity.group`, or its
    roles), and neither as a person nor as a candidate there; not a word any article
    lists a person with a role or a quote under, nor one of a person's full name ("Roy
    Keane" beside "the band Keane"): a singer the model labels an organisation in a
    list ("Dido") has no such sign."""
    wanted = {fold(p.as_written[0]) for people in lone.values() for p in people}
    if not wanted:
        return set()
    found: set[str] = set()
    for article in articles:
        signed = {
            n
            for e in article.organizations
            if e.group or e.roles
            for f in e.as_written
            if (n := fold(f)) in wanted
        }
        if signed:
            listed = {fold(f) for e in article.people + article.candidates for f in e.as_written}
            found |= signed - listed
    if found:
        for article in articles:
            speakers = {q.speaker for q in article.quotes}
            for person in article.people:
                forms = [fold(f) for f in person.as_written]
                if person.roles or person.id in speakers:
                    found -= set(forms)
                found -= {w for f in forms if " " in f for w in f.split()}
    return found


def _weak(article: ArticleDigest, names: FullNames) -> list[tuple[ArticleEntity, str]]:
    """The people listed with nothing but the model's label (no role, no quote, one
    spelling) under a full name, each with that name folded; a country, if any, weighs
    only against counting articles (see the module's docstring)."""
    speakers = {q.speaker for q in article.quotes}
    return [
        (p, names[p.as_written[0]])
        for p in article.people
        if not p.roles
        and len(p.as_written) == 1
        and p.id not in speakers
        and names[p.as_written[0]]
    ]


def _organisations(
    articles: list[ArticleDigest],
    wanted: set[str],
    names: FullNames,
    as_person: dict[str, dict[str, int]],
) -> dict[str, set[str]]:
    """For each folded name `wanted`: the articles that have it as an organisation and
    neither as a person (`as_person`) nor as a candidate."""
    found: dict[str, set[str]] = {}
    for article in articles:
        organisations = {n for e in article.organizations for f in e.as_written if (n := names[f])}
        organisations &= wanted
        if organisations:
            doubted = {names[f] for c in article.candidates for f in c.as_written}
            for name in organisations - doubted:
                if article.id not in as_person.get(name, {}):
                    found.setdefault(name, set()).add(article.id)
    return found


def _named_kinds(
    articles: list[ArticleDigest], as_organisation: dict[str, set[str]], names: FullNames
) -> set[str]:
    """The folded names some article of `as_organisation` calls a kind of organisation
    right before them (its roles: "rock band Franz Moller"): the article's words, not the
    model's label, which a person's name used before a noun also gets ("the Howard Hughes
    biopic")."""
    found: set[str] = set()
    for article in articles:
        for entity in article.organizations:
            if entity.roles or entity.group:
                found |= {
                    n
                    for f in entity.as_written
                    if (n := names[f]) in as_organisation and article.id in as_organisation[n]
                }
    return found


def _unsigned(person: dict[str, int]) -> bool:
    """No article has the name as a person with a role or a quote (weights of `writers`)."""
    return all(weight < PERSON_SIGN_WEIGHT for weight in person.values())


def _outweighed(organisation: set[str], person: dict[str, int], article: str) -> bool:
    """The other articles that have the name as an organisation outweigh those that have
    it as a person."""
    against = len(organisation - {article})
    return against > sum(w for a, w in person.items() if a != article)
