"""Roles and countries from the words around a name: "Estonian Defense Minister Hanno
Pevkur", "Madis Roll, the Estonian President's adviser on national security matters",
"Welshman Jimmy Watkins", "the country's vice president Jose Alencar".

A phrase is a role only when it holds a title word. The country it names (a demonym,
a possessive, "of Lithuania", "the country's" when the article has named one country
so far) is the person's; so is a nationality word before the name ("Irish singer X",
"Briton Tim Henman"). A country inside an organisation's name ("the British Chambers
of Commerce") or after "to" ("ambassador to Estonia") is not.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from generator import lexicon
from generator.registry import Gazetteer

if TYPE_CHECKING:  # the language model is imported only by runs that parse
    from spacy.tokens import Span, Token

__all__ = ["CountryBefore", "Described", "described"]

TITLE_WORDS = lexicon.words("titles", "titles")
_HONORIFICS = lexicon.words("titles", "honorifics")
_SMALL = lexicon.words("stopwords", "title_small_words")
_REORDER = lexicon.table("titles", "ministry_names")  # "<X> Minister" read as "Minister of <X>"
_STATE_BODIES = lexicon.words("names", "state_bodies")
_FIELDS = lexicon.table("titles", "role_fields")
_OCCUPATIONS = frozenset(word for words in _FIELDS.values() for word in words)
_POSSESSIVE = ("’s", "'s")
# what an apposition's role stops before: a clause about the person, not their office
# ("an economist close to Putin specializing in innovation")
_CLAUSE_TAGS = frozenset({"VERB", "AUX", "PRON", "SCONJ"})

# The article's one country mentioned before a token, if it has named just one so far:
# what "the country's president" refers to.
CountryBefore = Callable[[int], str | None]


@dataclass(frozen=True)
class Described:
    """What one phrase around a mention says: a role, the person's country, or both."""

    role: str | None
    country: str | None


def _has_title(tokens: list[Token]) -> bool:
    return any(t.lower_ in TITLE_WORDS for t in tokens)


def _title_case(words: list[str]) -> str:
    out = []
    for i, w in enumerate(words):
        if w.lower() in _SMALL and i:
            out.append(w.lower())
        elif w.lower() == "pm":
            out.append("Prime Minister")
        elif w.isupper() and len(w) > 1:
            out.append(w)
        else:
            out.append(w[:1].upper() + w[1:])
    return " ".join(out)


def _in_organisation(token: Token, mention: Span) -> bool:
    """A word inside a longer organisation's name ("the British Chambers of Commerce",
    "Credit Suisse First Boston"): its country is the organisation's. Not so for a state
    institution ("Estonian Defence Forces"), nor for an entity that takes in a title or
    the name itself ("Ukrainian PM Denys Shmyhal", tagged ORG whole)."""
    if token.ent_type_ not in ("ORG", "WORK_OF_ART", "FAC"):
        return False
    doc = token.doc
    start = token.i
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    end = token.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    name = doc[start:end]
    return (
        len(name) > 1
        and token.i < end - 1  # "Legendary Dutch" (tagged ORG) coach: the word ends it
        and not (start < mention.end and mention.start < end)
        and not any(t.lower_ in TITLE_WORDS for t in name)
        and name[-1].lower_ not in _STATE_BODIES
    )


def _country_word(
    t: Token, mention: Span, gazetteer: Gazetteer, before: CountryBefore
) -> str | None:
    """The country a word of a role phrase names for the person, if any."""
    nxt = t.nbor(1) if t.i + 1 < len(t.doc) else None
    possessive = nxt is not None and nxt.text in _POSSESSIVE
    if t.lower_ == "country" and possessive and t.i > 0 and t.nbor(-1).lower_ == "the":
        return before(t.i)  # "the country's vice president"
    if not t.text[:1].isupper() or _in_organisation(t, mention):
        return None
    if t.dep_ not in ("amod", "compound", "poss", "nmod") and not possessive:
        return None  # "ambassador to Estonia": Estonia is where, not whose
    return gazetteer.country_of(t.text)


def _clean(tokens: list[Token]) -> list[Token]:
    """Without what a role never holds: honorifics ("Commissioner Sir"), parenthesised
    asides ("Defense Forces (EDF)") and an unclosed bracket's rest."""
    kept: list[Token] = []
    depth = 0
    for t in tokens:
        if t.text == "(":
            depth += 1
        elif t.text == ")":
            depth = max(depth - 1, 0)
        elif depth == 0 and t.lower_ not in _HONORIFICS:
            kept.append(t)
    return kept


def _normalise(
    tokens: list[Token], mention: Span, gazetteer: Gazetteer, before: CountryBefore
) -> tuple[str, str | None]:
    """A readable role and the person's country it names, if any."""
    country: str | None = None
    part = False
    words: list[str] = []
    glued = False  # the last word ends in a hyphen that joins it to the next
    for t in _clean(tokens):
        if t.dep_ == "det" and not words:
            continue
        if t.text in _POSSESSIVE:
            if words and words[-1]:
                words[-1] += t.text
            continue
        cid = _country_word(t, mention, gazetteer, before) if country is None else None
        if cid and t.text in gazetteer.countries[cid].parts:
            country = cid  # "Scottish Finance Minister": the nation stays in the role
            part = True
        elif cid:
            country = cid
            glued = False
            if t.lower_ == "country" and words and words[-1].lower() == "the":
                words.pop()
            words.append("")  # placeholder: dropped below, with its possessive
            continue
        if t.text == "-" and words and not t.whitespace_ and not t.nbor(-1).whitespace_:
            words[-1] += "-"  # "Vice-President", "fly-half": one word
            glued = True
            continue
        if glued:
            words[-1] += t.text
            glued = False
            continue
        words.append(t.text)
    words = [w for w in words if w and w not in _POSSESSIVE]
    # a hyphen whose next word was a country's: "African-[American] Women"
    words = [w[:-1] if w.endswith("-") and w[-2:-1].isalpha() else w for w in words]
    while words and words[-1] in (",", "-", "—"):
        words.pop()
    simple = all(w.lower() not in _SMALL for w in words) and len(words) <= 4
    if (
        simple
        and len(words) == 2
        and words[1].lower() == "minister"
        and words[0].lower() in _REORDER
    ):
        words = ["Minister", "of", *_REORDER[words[0].lower()].split()]
        simple = False
    text = _title_case(words) if simple or len(words) <= 6 else " ".join(words)
    text = text[:1].upper() + text[1:]
    if country and not part:
        name = gazetteer.countries[country].name
        joined = " to " not in text and " on " not in text and not text.endswith(" of " + name)
        text = f"{text} of {name}" if joined else f"{text} ({name})"
    elif not country and (m := re.search(r"\bof (the )?([A-Z]\w*(?: [A-Z]\w*)*)$", text)):
        country = gazetteer.country_of(m.group(2))
    return text, country


def _left_modifiers(span: Span) -> list[Token]:
    """The words right before the name that describe it ("Estonian Defense Minister",
    "Irish singer", "Welshman"): they attach to the name, not to a noun it modifies
    ("the major Manchester hotels")."""
    doc = span.doc
    i = span.start - 1
    tokens: list[Token] = []
    while i >= 0:
        t = doc[i]
        joining = t.text == "-" and not t.whitespace_ and not doc[i - 1].whitespace_
        if (
            t.is_punct
            and t.text not in _POSSESSIVE
            and not joining  # "England tight-head prop Phil Vickery"
            or t.pos_ in ("VERB", "AUX", "ADP", "SCONJ", "CCONJ", "PRON")
        ):
            break
        if t.dep_ == "det" or t.is_space:  # a role never runs across a paragraph break
            break
        if t.ent_type_ == "PERSON" and t.i < span.start - 1:
            break
        tokens.insert(0, t)
        i -= 1
    while (
        tokens and tokens[0].text == "-"
    ):  # "under-pressure coach": the word before is no modifier
        tokens.pop(0)
    if not tokens:
        return []
    last = tokens[-2] if tokens[-1].text in _POSSESSIVE and len(tokens) > 1 else tokens[-1]
    if not (span.start <= last.head.i < span.end or span.root.head == last):
        return []  # neither modifies the other: "the major Manchester hotels"
    return tokens


def _apposition(span: Span) -> list[Token]:
    """ "Madis Roll, the Estonian President's adviser on national security matters": the
    apposition's noun phrase, up to a clause about the person."""
    # the name's head, and its last word: a parse may root the name at its first word
    heads = [span.root] if span.root.i == span.end - 1 else [span.root, span[-1]]
    for child in (c for head in heads for c in head.children):
        if child.dep_ == "appos" and child.i > span.end - 1:
            tokens = [t for t in child.subtree if t.i >= span.end]
            breaks = [k for k, t in enumerate(tokens) if t.is_space]
            tokens = tokens[: breaks[0]] if breaks else tokens
            clause = [
                k for k, t in enumerate(tokens) if k and t.i > child.i and t.pos_ in _CLAUSE_TAGS
            ]
            tokens = tokens[: clause[0]] if clause else tokens
            while tokens and tokens[-1].is_punct:
                tokens.pop()
            if _has_title(tokens):
                return tokens
    return []


def _preceding_role(span: Span) -> list[Token]:
    """ "the Minister of Foreign Affairs of Lithuania, Gabrielus Landsbergis"."""
    doc = span.doc
    i = span.start - 1
    while i >= 0 and doc[i].text.lower() in TITLE_WORDS:
        i -= 1
    if i < 1 or doc[i].text != ",":
        return []
    j = i - 1
    tokens: list[Token] = []
    while j >= 0:
        t = doc[j]
        if t.text == ")":  # an aside: "the Commander of the Defence Forces (EDF) of Estonia"
            start = t.sent.start
            opening = next((k for k in range(j - 1, start - 1, -1) if doc[k].text == "("), None)
            if opening is not None:
                j = opening - 1
                continue
        if t.pos_ in ("VERB", "AUX", "SCONJ", "CCONJ", "PRON") or (
            t.pos_ == "ADP" and t.lower_ != "of"
        ):
            break
        if t.is_punct and t.text not in _POSSESSIVE or t.is_space:
            break
        tokens.insert(0, t)
        j -= 1
    while tokens and tokens[0].dep_ == "det":
        tokens.pop(0)
    return tokens if tokens and tokens[-1].pos_ in ("PROPN", "NOUN") and _has_title(tokens) else []


def _nationality(
    tokens: list[Token], mention: Span, gazetteer: Gazetteer, before: CountryBefore
) -> str | None:
    """The country the words before a name give it without a title: "Briton Tim Henman",
    "Irish singer Bono", "the UK's top policeman Sir John Stevens"."""
    found = {c for t in tokens if (c := _country_word(t, mention, gazetteer, before))}
    return found.pop() if len(found) == 1 else None


def _occupation(tokens: list[Token], gazetteer: Gazetteer) -> str | None:
    """An occupation written before a name with no title ("Everton striker Andy
    Johnson", "Irish singer Bono"): from its word on, countries and possessives aside."""
    for k, t in enumerate(tokens):
        if t.text.islower() and t.lower_ in _OCCUPATIONS:
            words = [
                w.text
                for w in tokens[k:]
                if w.text not in _POSSESSIVE and not gazetteer.country_of(w.text)
            ]
            return _title_case(words) if words else None
    return None


def described(span: Span, gazetteer: Gazetteer, before: CountryBefore) -> list[Described]:
    """Roles and countries as written around this mention; the country stays in the role."""
    found = []
    left = _left_modifiers(span)
    for tokens in (left, _apposition(span), _preceding_role(span)):
        if tokens and _has_title(tokens):
            found.append(Described(*_normalise(tokens, span, gazetteer, before)))
    occupation = _occupation(left, gazetteer) if not _has_title(left) else None
    if occupation:
        found.append(Described(occupation, None))
    country = _nationality(left, span, gazetteer, before)
    if country:
        found.append(Described(None, country))
    return found
