"""People, countries and organisations in one article, from spaCy's NER plus rules.

The rules mend what the small model gets wrong on news copy: a surname tagged ORG or
GPE once the full name is known ("Rohr", "Kallas"), a capital tagged PERSON ("Kyiv"),
a title and name tagged ORG together ("Ukrainian PM Denys Shmyhal"), a garbled
repeat of a surname ("Helem" after "Martin Hellem"). Within the article, surnames
and short forms join the full name they refer to.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from rapidfuzz.distance import JaroWinkler

from generator import lexicon
from generator.article.roles import roles_for
from generator.registry import Gazetteer, Registry
from generator.settings import SURNAME_SIMILARITY
from generator.text.names import fold, slug

if TYPE_CHECKING:  # the language model is imported only by runs that parse
    from spacy.tokens import Doc, Span, Token

__all__ = ["Mention", "PersonCluster", "EntityFinder", "Found"]

_NAME_TOKEN = re.compile(r"^[A-Z][\w'’.-]*$|^[A-Z]\.$")
_BAD_CHARS = re.compile(r"[\d+@#²/\\|=<>{}\[\]]")
# cut from the front of a name of three words or more: "Keeper Petr Cech"
_DESCRIPTORS = lexicon.words("titles", "descriptors")
# Prepositions that put a lone capitalised word in a place: "educated at Eton", "in Kent".
_PLACE_PREPOSITIONS = frozenset({"in", "at", "near", "outside", "across", "throughout"})
_HONORIFICS = lexicon.words("titles", "honorifics")
TITLE_WORDS = lexicon.words("titles", "titles")
# speech verbs whose subject speaks: in "X quoted Y as saying", X is the publication
_SPEAKING = lexicon.words("speech", "verbs") - lexicon.words("speech", "quoting")


@dataclass
class Mention:
    text: str
    start: int  # token index
    end: int
    sentence: int


@dataclass
class PersonCluster:
    key: str
    mentions: list[Mention] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)

    @property
    def full_forms(self) -> list[str]:
        return [m.text for m in self.mentions if len(m.text.split()) > 1]

    @property
    def name(self) -> str:
        forms = self.full_forms or [m.text for m in self.mentions]
        return max(forms, key=lambda f: (forms.count(f), len(f), f))

    def forms(self) -> list[str]:
        return sorted({m.text for m in self.mentions})


@dataclass
class Found:
    people: list[PersonCluster]
    countries: dict[str, list[Mention]]
    organizations: dict[str, tuple[str, list[Mention]]]  # id -> (name, mentions)


def _strip_possessive(text: str) -> str:
    return re.sub(r"\s*['’]s?$", "", text).strip()


def _joins_name(token: Token) -> bool:
    """The hyphen inside "Carl-Henric" or "Juku-Kalle", tokenised on its own."""
    doc = token.doc
    return (
        token.text == "-"
        and 0 < token.i < len(doc) - 1
        and not doc[token.i - 1].whitespace_
        and not token.whitespace_
    )


def _not_a_person(span: Span) -> bool:
    """What the words around a name tagged PERSON show it is not one: a determiner of its
    own right before it ("The Cloud"; "the late Douglas Adams" is a person), a saint's
    name ("St Egwin's school"), "which" after one word ("Rockstar, which ..."), one word
    after a place preposition ("at Eton"), or the words before a title and a name ("Lib
    Dem Treasury spokesman Vince Cable"; "Ian Shepherdson, chief economist" is a person).
    """
    doc = span.doc
    before = doc[span.start - 1] if span.start > 0 else None
    after = doc[span.end : span.end + 2]
    if before is not None and before.dep_ == "det" and span.start <= before.head.i < span.end:
        return True
    if span[0].text in ("St", "St.", "Saint"):
        return True
    if len(span) == 1:  # "a trumpet which belonged to Dizzy Gillespie, which ..." is no case
        following = [t.lower_ for t in doc[span.end : span.end + 2] if t.text != ","]
        if following[:1] == ["which"]:
            return True
        if before is not None and before.lower_ in _PLACE_PREPOSITIONS:
            return not after or after[0].text not in ("’s", "'s")
    return (
        len(after) == 2
        and after[0].lower_ in TITLE_WORDS
        and after[1].pos_ == "PROPN"
        and after[1].text[:1].isupper()
    )


def _without_honorific(span: Span) -> Span:
    """ "Mr Trainor" is "Trainor", so that it joins "Mike Trainor" in the article."""
    start = span.start
    while start < span.end - 1 and span.doc[start].lower_ in _HONORIFICS:
        start += 1
    return span.doc[start : span.end]


def _garbled(word: str, surname: str) -> bool:
    """A folded word that reads as a misspelling of a surname in the article ("Helem" for
    "Hellem"), not another word built on it ("Murrayfield" after "Scott Murray")."""
    return (
        word[:1] == surname[:1]
        and abs(len(word) - len(surname)) <= 2
        and JaroWinkler.similarity(word, surname) >= SURNAME_SIMILARITY
    )


def _speaks(token: Token) -> bool:
    """The subject of a speech verb ("Madis Roll ... said"); in "X quoted Y as saying"
    X is the publication, Y the speaker."""
    return token.dep_ in ("nsubj", "nsubjpass") and token.head.lower_ in _SPEAKING


def _titled(token: Token) -> bool:
    """Followed by a title apposition: "Madis Roll, the president's adviser"."""
    return any(
        c.dep_ == "appos" and any(t.lower_ in TITLE_WORDS for t in c.subtree)
        for c in token.children
    )


class EntityFinder:
    def __init__(self, gazetteer: Gazetteer, registry: Registry) -> None:
        self.gazetteer = gazetteer
        self.registry = registry
        self.org_names: dict[str, str] = {}
        for org in registry.organizations:
            for n in [org.name, *org.aliases]:
                self.org_names[fold(n)] = org.name
        # every start of a gazetteer phrase: a token that is none of them starts no
        # country name, which spares the phrase scan nearly every token
        self._phrase_starts = {p[:k] for p in gazetteer.by_phrase for k in range(1, len(p) + 1)}
        self._longest_phrase = max((len(p.split()) for p in gazetteer.by_phrase), default=1)
        self._demonyms = {c.demonym for c in gazetteer.countries.values() if c.demonym}
        self._registry_surnames = {
            fold(s).split()[-1] for p in registry.people for s in p.spellings()
        }

    # -- people -------------------------------------------------------------------------

    def _ignored(self, text: str) -> bool:
        """A spelling the reviewers' overrides say is no person."""
        return fold(_strip_possessive(text)) in self.registry.overrides.ignore

    def _clean_person(self, span: Span) -> Span | None:
        start, end = span.start, span.end
        doc = span.doc
        while start < end and (
            doc[start].lower_ in TITLE_WORDS
            or doc[start].lower_ in _HONORIFICS
            or doc[start].is_punct
        ):
            start += 1
        while end > start and (
            doc[end - 1].text in ("’s", "'s", "’", "'")
            or doc[end - 1].is_punct
            and doc[end - 1].text != "."
        ):
            end -= 1
        if end - start >= 3 and (
            doc[start].lower_ in _DESCRIPTORS or doc[start].text in self._demonyms
        ):
            start += 1
        if start >= end:
            return None
        cut = doc[start:end]
        text = cut.text
        if _BAD_CHARS.search(text):
            return None
        if self.gazetteer.country_of(text) or fold(text) in self.org_names:
            return None
        if not all(_NAME_TOKEN.match(t.text) or _joins_name(t) for t in cut):
            return None
        if len(cut) == 1 and (cut[0].is_stop or len(text) < 3):
            return None
        return None if _not_a_person(cut) else cut

    def _title_then_name(self, span: Span) -> Span | None:
        """ "Ukrainian PM Denys Shmyhal" tagged as one ORG: the name after the title."""
        doc = span.doc
        last_title = max((t.i for t in span if t.lower_ in TITLE_WORDS), default=None)
        if last_title is None and span.start > 0 and doc[span.start - 1].lower_ in TITLE_WORDS:
            last_title = span.start - 1  # "adviser Kristjan Tamm", the name alone tagged ORG
        if last_title is None or last_title >= span.end - 1:
            return None
        name = doc[last_title + 1 : span.end]
        if all(t.pos_ == "PROPN" and _NAME_TOKEN.match(t.text) for t in name) and len(name) >= 2:
            return name
        return None

    def _untagged_names(self, doc: Doc, taken: set[int]) -> list[Span]:
        """Names the model left untagged, shown to be people by how the sentence uses them:
        the subject of a speech verb ("Madis Roll ... said") or followed by a title
        apposition ("Madis Roll, the president's adviser")."""
        found: list[Span] = []
        for token in doc:
            if (
                token.i in taken
                or token.ent_type_
                or token.pos_ != "PROPN"
                or not _NAME_TOKEN.match(token.text)
            ):
                continue
            start = token.i
            while (
                start > 0
                and doc[start - 1].pos_ == "PROPN"
                and _NAME_TOKEN.match(doc[start - 1].text)
                and not doc[start - 1].ent_type_
                and doc[start - 1].i not in taken
                and token.i - start < 3
            ):
                start -= 1
            span = doc[start : token.i + 1]
            if len(span) < 2 or token.i + 1 < len(doc) and doc[token.i + 1].pos_ == "PROPN":
                continue
            if any(
                t.lower_ in TITLE_WORDS
                or self.gazetteer.country_of(t.text)
                or fold(t.text) in self.org_names
                for t in span
            ):
                continue
            if any(org in fold(span.text) for org in self.org_names if len(org) > 3):
                continue
            if self.gazetteer.country_of(span.text):  # "Downing Street has stressed ..."
                continue
            if _speaks(token) or _titled(token):
                found.append(span)
        return found

    def _titled_name(self, ent: Span) -> Span | None:
        """A full name the model tagged as a place or organisation ("Madis Rohr" as GPE),
        shown to be a person by a title apposition; unknown to the gazetteer and registry."""
        if not 2 <= len(ent) <= 3 or not all(
            t.pos_ == "PROPN" and _NAME_TOKEN.match(t.text) for t in ent
        ):
            return None
        if self.gazetteer.country_of(ent.text) or fold(ent.text) in self.org_names:
            return None
        return ent if _titled(ent[-1]) else None

    def people(self, doc: Doc, sentence_of: list[int]) -> list[PersonCluster]:
        spans: list[Span] = []
        for ent in doc.ents:
            if ent.label_ == "PERSON":
                cut = self._clean_person(ent)
            elif ent.label_ in ("ORG", "GPE", "NORP", "LOC", "FAC"):
                cut = self._title_then_name(ent) or self._titled_name(ent)
            else:
                cut = None
            if cut is not None:
                spans.append(cut)
        taken = {t.i for s in spans for t in s}
        spans += self._untagged_names(doc, taken)
        taken = {t.i for s in spans for t in s}
        spans = [_without_honorific(s) for s in spans if not self._ignored(s.text)]

        full = [s for s in spans if len(s) > 1]
        surnames = {fold(s[-1].text): s[-1].text for s in full}
        known_single = {fold(s.text) for s in spans if len(s) == 1}
        # names the model missed or mislabelled, found again by their known spelling
        for token in doc:
            if (
                token.i in taken
                or not _NAME_TOKEN.match(token.text)
                or token.pos_ not in ("PROPN", "NOUN", "ADJ", "VERB")
            ):
                continue
            if (
                self.gazetteer.country_of(token.text)
                or fold(token.text) in self.org_names
                or self._ignored(token.text)
            ):
                continue
            key = fold(token.text)
            if (
                key in surnames
                or key in known_single
                or (
                    token.pos_ == "PROPN"
                    and len(token.text) > 3
                    and any(_garbled(key, s) for s in surnames)
                )
            ):
                spans.append(doc[token.i : token.i + 1])
        spans.sort(key=lambda s: s.start)
        clusters = self._cluster(spans, sentence_of)
        named = {
            i for c in clusters if c.full_forms for m in c.mentions for i in range(m.start, m.end)
        }
        return [c for c in clusters if c.full_forms or self._lone_word_is_a_person(doc, c, named)]

    def _lone_word_is_a_person(self, doc: Doc, cluster: PersonCluster, named: set[int]) -> bool:
        """A single word tagged PERSON with no full name behind it in the article is, on
        news copy, often a club, firm or place ("Chelsea", "Valve", "Woolwich"); it stays
        only when something marks a person: a title or Mr before it, a role, a speech
        verb it is the subject of, a registry person's surname, or a full name listed
        with it ("Jason White, Ally Hogg and Dallaglio"; tokens `named`)."""
        if cluster.roles or fold(cluster.name) in self._registry_surnames:
            return True
        for mention in cluster.mentions:
            before = doc[mention.start - 1].lower_ if mention.start > 0 else ""
            if before in _HONORIFICS or before in TITLE_WORDS:
                return True
            word = doc[mention.end - 1]
            if _speaks(word) or _titled(word) or any(c.i in named for c in word.conjuncts):
                return True
        return False

    def _cluster(self, spans: list[Span], sentence_of: list[int]) -> list[PersonCluster]:
        clusters: dict[str, PersonCluster] = {}
        order: list[str] = []
        by_surname: dict[str, list[str]] = {}

        def add(key: str, span: Span) -> PersonCluster:
            if key not in clusters:
                clusters[key] = PersonCluster(key=key)
                order.append(key)
            cluster = clusters[key]
            cluster.mentions.append(
                Mention(_strip_possessive(span.text), span.start, span.end, sentence_of[span.start])
            )
            for role in roles_for(span, self.gazetteer):
                if role not in cluster.roles:
                    cluster.roles.append(role)
            return cluster

        for span in (s for s in spans if len(s) > 1):
            key = fold(_strip_possessive(span.text))
            add(key, span)
            by_surname.setdefault(fold(span[-1].text), [])
            if key not in by_surname[fold(span[-1].text)]:
                by_surname[fold(span[-1].text)].append(key)
        for span in (s for s in spans if len(s) == 1):
            word = fold(_strip_possessive(span.text))
            candidates = by_surname.get(word) or [
                k for s, keys in sorted(by_surname.items()) for k in keys if _garbled(word, s)
            ]
            if not candidates:
                first_names = [k for k in order if len(k.split()) > 1 and k.split()[0] == word]
                candidates = first_names if len(first_names) == 1 else []
            if candidates:
                # the most recent full mention before this one, else the first
                before = [k for k in candidates if clusters[k].mentions[0].start < span.start]
                add(before[-1] if before else candidates[0], span)
            else:
                add(word, span)
        return [clusters[k] for k in order]

    # -- countries and organisations --------------------------------------------------------

    def countries(
        self, doc: Doc, sentence_of: list[int], people: list[PersonCluster]
    ) -> dict[str, list[Mention]]:
        person_tokens = {i for c in people for m in c.mentions for i in range(m.start, m.end)}
        found: dict[str, list[Mention]] = {}
        i = 0
        while i < len(doc):
            hit = None
            if doc[i].text not in self._phrase_starts:
                i += 1
                continue
            for n in range(min(self._longest_phrase, len(doc) - i), 0, -1):
                span = doc[i : i + n]
                cid = self.gazetteer.by_phrase.get(span.text)
                if cid and not person_tokens.intersection(range(span.start, span.end)):
                    hit = (cid, span)
                    break
            if hit:
                cid, span = hit
                # "Washington Post", "Paris Saint-Germain": a place inside a longer name
                inside_org = span[0].ent_type_ in ("ORG", "PERSON", "WORK_OF_ART") and any(
                    e.label_ in ("ORG", "WORK_OF_ART")
                    and e.start <= span.start
                    and e.end >= span.end
                    and len(e) > len(span)
                    and not self.gazetteer.country_of(e.text)
                    for e in doc.ents
                    if e.start <= span.start < e.end
                )
                if not inside_org or span.text in self.gazetteer.countries[cid].aliases:
                    found.setdefault(cid, []).append(
                        Mention(span.text, span.start, span.end, sentence_of[span.start])
                    )
                i = span.end
            else:
                i += 1
        return found

    def organizations(
        self,
        doc: Doc,
        sentence_of: list[int],
        people: list[PersonCluster],
        countries: dict[str, list[Mention]],
    ) -> dict[str, tuple[str, list[Mention]]]:
        taken = {i for c in people for m in c.mentions for i in range(m.start, m.end)}
        taken |= {i for ms in countries.values() for m in ms for i in range(m.start, m.end)}
        found: dict[str, tuple[str, list[Mention]]] = {}
        for ent in doc.ents:
            if ent.label_ != "ORG":
                continue
            start, end = ent.start, ent.end
            while start < end and doc[start].dep_ == "det":
                start += 1
            while end > start and doc[end - 1].text in ("’s", "'s"):
                end -= 1
            span = doc[start:end]
            if not span or taken.intersection(range(span.start, span.end)) and len(span) == 1:
                continue
            nxt = doc[span.end] if span.end < len(doc) else None
            if nxt is not None and nxt.lower_ in TITLE_WORDS:  # "Defense Minister"
                continue
            if any(t.lower_ in TITLE_WORDS for t in span) or _BAD_CHARS.search(span.text):
                continue
            if len(span) == 1 and not (span.text.isupper() or span[0].pos_ == "PROPN"):
                continue
            if self.gazetteer.country_of(span.text):
                continue
            name = self.org_names.get(fold(span.text), span.text)
            oid = slug(name)
            entry = found.setdefault(oid, (name, []))
            entry[1].append(Mention(span.text, span.start, span.end, sentence_of[span.start]))
        return found

    def find(self, doc: Doc, sentence_of: list[int]) -> Found:
        people = self.people(doc, sentence_of)
        countries = self.countries(doc, sentence_of, people)
        organizations = self.organizations(doc, sentence_of, people, countries)
        return Found(people, countries, organizations)
