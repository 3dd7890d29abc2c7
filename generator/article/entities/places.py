"""Countries and organisations in one article: gazetteer phrases (names, short forms,
demonyms, capitals, metonyms) and the model's ORG entities, outside people's names."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from generator.article import cached
from generator.article.entities.clusters import Mention, PersonCluster
from generator.article.entities.spans import BAD_CHARS, HONORIFICS, PARTICLES, TITLE_WORDS
from generator.article.roles import in_a_listed_place_name
from generator.registry import Country, Gazetteer
from generator.text.names import fold, slug

if TYPE_CHECKING:  # the language model is imported only by runs that parse
    from spacy.tokens import Doc, Span, Token

__all__ = ["PlaceFinder"]

# letters glued to a symbol that no word has: "America&#191;s" (a broken apostrophe)
_GLUED = re.compile(r"^([^\W\d_]+)[&¿#]")


class PlaceFinder:
    def __init__(self, gazetteer: Gazetteer, org_names: dict[str, str]) -> None:
        self.gazetteer = gazetteer
        self.org_names = org_names  # folded name or alias -> organisation name
        # every start of a gazetteer phrase: a token that is none of them starts no
        # country name, which spares the phrase scan nearly every token
        self._phrase_starts = {p[:k] for p in gazetteer.by_phrase for k in range(1, len(p) + 1)}
        self._longest_phrase = max((len(p.split()) for p in gazetteer.by_phrase), default=1)

    def countries(
        self, doc: Doc, sentence_of: list[int], people: list[PersonCluster]
    ) -> dict[str, list[Mention]]:
        person_tokens = {i for c in people for m in c.mentions for i in range(m.start, m.end)}
        name_words = {w for c in people for m in c.mentions for w in m.text.split()}
        found: dict[str, list[Mention]] = {}
        i = 0
        texts = cached.words(doc)
        while i < len(texts):
            text = texts[i]
            # most tokens start no country name and hold no broken character reference
            if text not in self._phrase_starts and "&" not in text and "¿" not in text:
                i += 1
                continue
            hit = self._phrase_at(doc, i, person_tokens)
            if hit is None:
                i += 1
                continue
            cid, span, text = hit
            if in_a_listed_place_name(span[0]):
                # "New Jersey", "New South Wales": a place named after one; "South
                # America": a continent
                i = span.end
                continue
            # "Washington Post", "Paris Saint-Germain": a place inside a longer name
            inside_org = span[0].ent_type_ in ("ORG", "PERSON", "WORK_OF_ART") and any(
                e.label_ in ("ORG", "WORK_OF_ART")
                and e.start <= span.start
                and e.end >= span.end
                and len(e) > len(span)
                and not self.gazetteer.country_of(e.text)
                for e in cached.ents(doc)
                if e.start <= span.start < e.end
            )
            if self._borrowed(doc, span, self.gazetteer.countries[cid], text, name_words):
                i = span.end
                continue
            if not inside_org or text in self.gazetteer.countries[cid].names:
                found.setdefault(cid, []).append(
                    Mention(text, span.start, span.end, sentence_of[span.start])
                )
            i = span.end
        return found

    @staticmethod
    def _borrowed(doc: Doc, span: Span, country: Country, text: str, name_words: set[str]) -> bool:
        """A one-word capital's name or another language's spelling that is a word of a
        person's name in the article, or that sits inside a longer name: "Douglas added"
        (the actor Peter Douglas, not the Isle of Man's capital), "Rhode Island",
        "Stanley Park". The model's tag alone does not tell: it tags a capital that
        stands for its government a person as often ("Kyiv needs troops"). A country's
        own name, its registry names, its people's words and a spelling of several words
        are not weighed so: "the French Open" still names France, "DR Congo's X" the
        Congo; nor is a longer name made of the country's own name words ("the Republic
        of Congo")."""
        if len(span) > 1 or text in country.names:
            return False
        if text != country.capital and text not in country.aliases:
            return False
        if span[0].ent_type_ == "PERSON" and text in name_words:
            return True
        own = {w.lower() for name in country.aliases | country.names for w in name.split()}
        return any(
            e.start <= span.start
            and e.end >= span.end
            and len(e) > len(span)
            and any(t.lower_ not in own and not t.is_stop for t in e if t.i != span.start)
            for e in cached.ents(doc)
            if e.start <= span.start < e.end
        )

    def _phrase_at(self, doc: Doc, i: int, person_tokens: set[int]) -> tuple[str, Span, str] | None:
        """The longest country phrase starting at token i, outside people's names, as
        (country id, tokens, text); a name glued to a broken character reference counts
        by its letters ("America&#191;s" is "America")."""
        if doc[i].text not in self._phrase_starts:
            glued = _GLUED.match(doc[i].text)
            cid = self.gazetteer.by_phrase.get(glued.group(1)) if glued else None
            if glued and cid and i not in person_tokens:
                return cid, doc[i : i + 1], glued.group(1)
            return None
        # the phrase grown a token at a time while it starts some country's name
        hits: list[tuple[int, str]] = []
        phrase = ""
        words, spaces = cached.words(doc), cached.spaces(doc)
        for end in range(i, min(i + self._longest_phrase, len(doc))):
            text = phrase + words[end]
            if text not in self._phrase_starts:
                break
            if text in self.gazetteer.by_phrase:
                hits.append((end + 1, text))
            phrase = text + " " if spaces[end] else text
        for end, text in reversed(hits):  # the longest outside people's names
            if not person_tokens.intersection(range(i, end)):
                return self.gazetteer.by_phrase[text], doc[i:end], text
        return None

    def organizations(
        self,
        doc: Doc,
        sentence_of: list[int],
        people: list[PersonCluster],
        countries: dict[str, list[Mention]],
        bodies: list[PersonCluster],
    ) -> dict[str, tuple[str, list[Mention]]]:
        """The model's ORG entities outside people's names and countries, and the names
        judged a firm's or a body's rather than a person's (`Verdict.a_body`), each under
        the id of its fullest spelling: one the model tags a person at one mention and an
        organisation at another ("Sky said" beside "Sky's") is one organisation."""
        named = {i for c in people for m in c.mentions for i in range(m.start, m.end)}
        taken = named | {i for ms in countries.values() for m in ms for i in range(m.start, m.end)}
        found: dict[str, tuple[str, list[Mention]]] = {}
        for ent in cached.ents(doc):
            if ent.label_ != "ORG":
                continue
            span: Span | None = _named_part(ent)
            if span and span.start not in named and span.end - 1 in named:
                span = _before_a_person(span, named)  # None: no body's name left
            if not span or taken.intersection(range(span.start, span.end)) and len(span) == 1:
                continue
            if span[0].lower_ in HONORIFICS:  # '" Mr Hale' tagged an organisation: a person
                continue
            nxt = doc[span.end] if span.end < len(doc) else None
            if nxt is not None and nxt.lower_ in TITLE_WORDS:  # "Defense Minister"
                continue
            if any(t.lower_ in TITLE_WORDS for t in span) or BAD_CHARS.search(span.text):
                continue
            if len(span) == 1 and not (span.text.isupper() or span[0].pos_ == "PROPN"):
                continue
            if self.gazetteer.country_of(span.text):
                continue
            name = self.org_names.get(fold(span.text), span.text)
            oid = slug(name)
            entry = found.setdefault(oid, (name, []))
            entry[1].append(Mention(span.text, span.start, span.end, sentence_of[span.start]))
        for body in bodies:
            mentions = [m for m in body.mentions if not taken.intersection(range(m.start, m.end))]
            if not mentions or self.gazetteer.country_of(body.name):
                continue
            name = self.org_names.get(fold(body.name), body.name)
            entry = found.setdefault(slug(name), (name, []))
            entry[1].extend(m for m in mentions if m not in entry[1])
            entry[1].sort(key=lambda m: m.start)
        return found


def _before_a_person(span: Span, named: set[int]) -> Span | None:
    """A body's name the model tagged with a person's after it ("the Harbour Board Ann
    Lee", "Munster's Shaun Payne"): the words before the person's, without an honorific,
    a conjunction or a word in lower case left at their end ("Barcelona star", "GDC
    Mr"); None when no body's name is left: no proper noun, or one word that is neither
    an acronym nor a name the article tags alone elsewhere ("Prop Jones", "Rt Rev
    Scott-Joynt")."""
    doc = span.doc
    end = span.end
    while end > span.start and (end - 1 in named or _no_name_end(doc[end - 1])):
        end -= 1
    rest = _named_part(doc[span.start : end])
    if not rest or not any(t.pos_ == "PROPN" for t in rest):
        return None
    if len(rest) > 1 or rest.text.isupper():
        return rest
    alone = any(
        last - first == 1 and text == rest.text and first != rest.start
        for first, last, _, text in cached.ent_rows(doc)
    )
    return rest if alone else None


def _no_name_end(token: Token) -> bool:
    """A word that ends no body's name: an honorific, a conjunction, a preposition, a
    mark or a word in lower case."""
    return (
        token.lower_ in HONORIFICS
        or token.pos_ in ("CCONJ", "ADP", "DET", "PART", "PUNCT")
        or token.is_lower
        or not any(c.isalnum() for c in token.text)
    )


def _named_part(ent: Span) -> Span:
    """An organisation's name without the words the model tagged before or after it: a
    determiner, a possessive's ending, a common noun or a prefix in lower case and the
    marks between ("the bank UFJ Holdings", "ex-Columbia", "arm - Diageo Wines"), and
    from a quotation mark or a bracket on ('the federation of a "cynical'); empty when
    no capitalised word is left ("working party", "supreme court": a noun phrase, not a
    name). A name written with a capital inside its first word stays whole ("eBay")."""
    doc = ent.doc
    start, end = ent.start, ent.end
    for i in range(start + 1, end):
        opening = doc[i].is_quote and doc[i - 1].whitespace_  # not "Bankers' Association"
        if opening or doc[i].text == "(":
            end = i
            break
    while start < end and (
        doc[start].dep_ == "det"
        or doc[start].is_punct
        or doc[start].text.islower()
        and not (doc[start].lower_ in PARTICLES and not doc[start].whitespace_)  # "al-Qaeda"
    ):
        start += 1
    while end > start and (doc[end - 1].text in ("’s", "'s") or _not_its_mark(doc[end - 1])):
        end -= 1
    return doc[start:end]


def _not_its_mark(token: Token) -> bool:
    """A mark after a name that is not part of it: a comma, a dash, a bracket, a stop
    after a word; "Kerrang!" and the stop of an abbreviation ("Lowe's Companies Inc.")
    belong to the name."""
    if not token.is_punct or token.text == "!":
        return False
    if token.text != "." or token.i == 0:
        return True
    before = token.doc[token.i - 1]
    return bool(before.whitespace_) or len(before.text) > 4 or not before.text.isalpha()
