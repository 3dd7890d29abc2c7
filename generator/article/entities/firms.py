"""What the words around one mention of a name say of a firm, beyond a noun for one.

Evidence of an organisation that mirrors the evidence of a person (`spans.speaks`,
`spans.titled`): a firm owns what no person does ("Nortel's shareholders", "Aldi's
chief executive"), is what shares and takeovers are of or in ("shares in Vantrex", "a
stake in Orbis"), is "its" own possessor in the clause it is the subject of ("Vantrex
said its profits rose"), leads a market ("market leader Orbis"), ranks first among
things, not people ("Orbis, the world's biggest phone maker"; "the world's richest man"
is a person), names a part of a firm ("the Orbis brand", "its Vantrex division"), or
ends in a company's suffix ("Vantrex plc"). These are weak signs: a sign of a person
outranks them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from generator import lexicon
from generator.article.entities.evidence import ORGANISATION_NOUNS, in_prose
from generator.article.entities.spans import given_name
from generator.article.person_words import PERSON_NOUNS
from generator.article.roles import market_leader
from generator.settings import ITS_WINDOW

if TYPE_CHECKING:  # the language model is imported only by runs that parse
    from spacy.tokens import Span, Token

__all__ = [
    "after_a_firms_capitals",
    "firm_sign",
    "firms_name",
    "holding_modifier",
    "led_by_a_firms_word",
]

_POSSESSIONS = lexicon.words("names", "firm_possessions")
_HOLDINGS = lexicon.words("names", "firm_holdings")
_SUFFIXES = lexicon.words("names", "company_suffixes")
_FIRM_OPENERS = lexicon.words("names", "firm_openers")  # "Air Deccan", "Radio Leicester"
_FIRM_PARTS = ORGANISATION_NOUNS | lexicon.words("names", "firm_parts")
_SAYING = lexicon.words("speech", "verbs")  # the one list (lexicon.words is cached)
# the first of a kind: "the world's biggest", "Europe's largest", "the second-largest"
_SUPERLATIVE_TAGS = frozenset({"JJS", "RBS"})
# between a firm and "its" in its own clause: "Orbis has cut its", "Orbis said its"
_VERB_TAGS = frozenset({"AUX", "VERB", "ADV", "PART"})


def _owned(span: Span) -> bool:
    """The possessor of what a firm has: "Nortel's shareholders", "Aldi's chief
    executive" (two words read as one), or with words between that say which or when
    ("Nortel's fourth quarter profits", "Aldi's annual sales"): the noun the parse hangs
    the possessive on."""
    doc = span.doc
    after = doc[span.end : span.end + 3]
    if len(after) < 2 or after[0].text not in ("’s", "'s", "’"):
        return False
    words = [t.lower_ for t in after[1:]]
    root = span.root
    owned = root.head if root.dep_ == "poss" and root.head.i > span.end else None
    return (
        words[0] in _POSSESSIONS
        or " ".join(words) in _POSSESSIONS
        or owned is not None
        and owned.pos_ == "NOUN"
        and owned.lower_ in _POSSESSIONS
    )


def holding_modifier(span: Span) -> bool:
    """The modifier of what a firm has, right before it: "Ericsson shares dropped",
    "Yukos chief executive Steven Theede" (a person's is "Mr Hale's shares"). A word of
    one must be read as a noun, not a verb ("Hale shares the view"), and not in a
    headline, whose parse takes a verb for a noun ("Hale shares doubts"). Kept apart from
    `firm_sign`: a person's name is written so as well ("Murdoch shareholders"), so only
    a lone word with no "he" or "she" may be judged by it (`Verdict._a_firm_by_use`)."""
    doc = span.doc
    after = doc[span.end : span.end + 2]
    if not after or not in_prose(span):
        return False
    words = [t.lower_ for t in after]
    return " ".join(words) in _POSSESSIONS or (after[0].pos_ == "NOUN" and words[0] in _POSSESSIONS)


def _held(span: Span) -> bool:
    """What shares, a stake or a takeover are in or of: "shares in Vantrex", "the
    takeover of Orbis"."""
    root = span.root
    while root.dep_ == "conj" and root.head.i < root.i:
        root = root.head  # "shares in Vantrex and Orbis"
    preposition = root.head
    return (
        root.dep_ == "pobj"
        and preposition.lower_ in ("in", "of", "for", "with")
        and preposition.head.lower_ in _HOLDINGS
    )


def _its_own(span: Span) -> bool:
    """The subject whose clause goes on to "its": "Vantrex said its profits rose",
    "Orbis has cut its prices" (a person's would be "his" or "her")."""
    doc = span.doc
    for token in doc[span.end : span.end + ITS_WINDOW]:
        if token.lower_ == "its":
            return True
        if token.pos_ not in _VERB_TAGS:
            return False
    return False


def _a_suffix(token: Token) -> bool:
    """A company's suffix as a name writes it: short ("plc", "Inc"), or a word capitalised
    ("Limited", "Holdings"; "Hale limited the damage" is a verb)."""
    return token.lower_ in _SUFFIXES and (len(token.text) <= 3 or not token.is_lower)


def _suffixed(span: Span) -> bool:
    """Followed by a company's suffix: "Vantrex plc", "Orbis Inc"."""
    doc = span.doc
    return span.end < len(doc) and _a_suffix(doc[span.end])


def firms_name(span: Span) -> bool:
    """A name of more than one word that ends in a company's suffix is the company's
    ("Harlow Freight Limited", "Orbis Holdings"): no person's name ends so. Not a suffix of
    two letters, which may be a surname ("Rui Sa", "Li Co")."""
    return len(span) > 1 and _a_suffix(span[-1]) and len(span[-1].text.rstrip(".")) > 2


def led_by_a_firms_word(span: Span) -> bool:
    """A name of more than one word that opens with a word only a body's name opens with
    ("Air Deccan", "Radio Leicester", "Atletico Madrid"): no person's name opens so."""
    return len(span) > 1 and span[0].lower_ in _FIRM_OPENERS


def _ranked(span: Span) -> bool:
    """In apposition to the first of a kind that is no person: "Orbis, the world's
    biggest phone maker" (not "the world's richest man", "the world's best player")."""
    return any(
        c.dep_ == "appos"
        and c.i >= span.end
        and c.pos_ == "NOUN"
        and c.lower_ not in PERSON_NOUNS
        and any(a.tag_ in _SUPERLATIVE_TAGS for a in c.children)
        for c in span.root.children
    )


def _part_of_firm(span: Span) -> bool:
    """Naming a firm, a brand or a part of one: "the Orbis brand", "its Vantrex
    division". The noun must have its determiner or possessor: in a headline such as
    "Hartley brands Rovers favourites" the verb read as a noun names no firm."""
    root = span.root
    part = root.head
    return (
        root.dep_ == "compound"
        and part.pos_ == "NOUN"
        and part.lower_ in _FIRM_PARTS
        and any(c.dep_ in ("det", "poss") for c in part.children)
    )


def after_a_firms_capitals(span: Span) -> bool:
    """A name of two words or more right after an organisation's short form in capitals,
    which the parse makes a part of the name: the firm's channel, programme or product
    ("BBC Radio Harwick", "AOL Instant Courier"). Not a name a common given name leads:
    the parse joins a broadcaster to the subject after it when a comma is missing ("he
    told the BBC Tom Hale had resigned"); nor after a capitalised word not written all in
    capitals, which may be an epithet ("Champion Okafor retains title"), nor after a
    role's letters ("QB", "MP"), nor a name a verb of saying follows ("Talking to ITV
    Piers Hanley said he ...": a person, the comma missing). The verdict keeps a name the
    article signs as a person (a verb of saying, a title, "who": `_signed`); a he/she
    alone does not keep it."""
    doc = span.doc
    before = doc[span.start - 1] if span.start > 0 else None
    return (
        len(span) > 1
        and before is not None
        and before.ent_type_ == "ORG"
        and before.is_upper
        and len(before.text) > 1
        and before.lower_ not in PERSON_NOUNS  # "Eagles QB Jalen Ward": a role's letters
        and before.dep_ == "compound"
        and span.start <= before.head.i < span.end
        and not given_name(span[0])
        and not (span.end < len(doc) and doc[span.end].lower_ in _SAYING)
    )


def firm_sign(span: Span) -> bool:
    """Some sign of a firm at this mention (weak: a sign of a person outranks it)."""
    doc = span.doc
    before = doc[span.start - 1] if span.start > 0 else None
    return (
        _owned(span)
        or _held(span)
        or _its_own(span)
        or _suffixed(span)
        or _ranked(span)
        or _part_of_firm(span)
        or before is not None
        and span.start <= before.head.i < span.end
        and market_leader(before)
    )
