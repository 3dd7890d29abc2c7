"""Roles from titles and appositions: "Estonian Defense Minister Hanno Pevkur",
"Madis Roll, the Estonian President's adviser on national security matters".

A phrase counts as a role only when it holds a title word; the country it names
(demonym, possessive, "of Lithuania") is returned apart, for the person's country.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from generator import lexicon
from generator.registry import Gazetteer

if TYPE_CHECKING:  # the language model is imported only by runs that parse
    from spacy.tokens import Span, Token

__all__ = ["normalise_role", "roles_for"]

TITLE_WORDS = lexicon.words("titles", "titles")
_SMALL = lexicon.words("stopwords", "role_small_words")
_REORDER = lexicon.table("titles", "ministry_names")  # "<X> Minister" read as "Minister of <X>"


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


def normalise_role(tokens: list[Token], gazetteer: Gazetteer) -> tuple[str, str | None]:
    """A readable role and the country it names, if any."""
    country: str | None = None
    words: list[str] = []
    for t in tokens:
        if t.dep_ == "det" and not words:
            continue
        if t.text in ("’s", "'s"):
            if words and words[-1]:
                words[-1] += t.text
            continue
        cid = gazetteer.country_of(t.text) if t.text[:1].isupper() else None
        nxt = t.nbor(1) if t.i + 1 < len(t.doc) else None
        possessive = nxt is not None and nxt.text in ("’s", "'s")
        if (
            cid
            and country is None
            and (t.dep_ in ("amod", "compound", "poss", "nmod") or possessive)
        ):
            country = cid
            words.append("")  # placeholder: dropped below
            continue
        words.append(t.text)
    words = [w for w in words if w]
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
    if country:
        name = gazetteer.countries[country].name
        joined = " to " not in text and " on " not in text and not text.endswith(" of " + name)
        text = f"{text} of {name}" if joined else f"{text} ({name})"
    elif m := re.search(r"\bof (the )?([A-Z]\w*(?: [A-Z]\w*)*)$", text):
        country = gazetteer.country_of(m.group(2))
    return text, country


def _left_title(span: Span) -> list[Token]:
    """Title words written right before the name, as its compound or adjective modifiers."""
    doc = span.doc
    i = span.start - 1
    tokens: list[Token] = []
    while i >= 0:
        t = doc[i]
        if (
            t.is_punct
            and t.text not in ("’s", "'s")
            or t.pos_ in ("VERB", "AUX", "ADP", "SCONJ", "CCONJ", "PRON")
        ):
            break
        if t.dep_ == "det" or t.is_space:  # a role never runs across a paragraph break
            break
        if t.ent_type_ == "PERSON" and t.i < span.start - 1:
            break
        tokens.insert(0, t)
        i -= 1
    # keep only from the first title-ish or country word on
    return tokens if _has_title(tokens) else []


def _apposition(span: Span) -> list[Token]:
    head = span.root
    for child in head.children:
        if child.dep_ == "appos" and child.i > span.end - 1:
            tokens = [t for t in child.subtree if t.i >= span.end]
            breaks = [k for k, t in enumerate(tokens) if t.is_space]
            tokens = tokens[: breaks[0]] if breaks else tokens
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
        if t.pos_ in ("VERB", "AUX", "SCONJ", "CCONJ", "PRON") or (
            t.pos_ == "ADP" and t.lower_ != "of"
        ):
            break
        if t.is_punct and t.text not in ("’s", "'s") or t.is_space:
            break
        tokens.insert(0, t)
        j -= 1
    while tokens and tokens[0].dep_ == "det":
        tokens.pop(0)
    return tokens if tokens and tokens[-1].pos_ in ("PROPN", "NOUN") and _has_title(tokens) else []


def roles_for(span: Span, gazetteer: Gazetteer) -> list[str]:
    """The person's roles as written around this mention; the country stays in the text."""
    found = []
    for tokens in (_left_title(span), _apposition(span), _preceding_role(span)):
        if tokens:
            found.append(normalise_role(tokens, gazetteer)[0])
    return found
