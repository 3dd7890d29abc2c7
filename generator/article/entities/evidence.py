"""What the article says a name is, beyond the model's label for one mention.

The small model tags companies, parties, places and titles of works PERSON on news
copy ("Diageo", "Lib Dem", "Manchester", "Being Digital"). The words around every
mention of a name, and the labels the model gives its other mentions (document-level
label consistency), tell many of them apart: an organisation noun beside it
("security firm Mail Shield", "Diageo, the drinks company"), a title it is the
organisation of ("director general of Elspa"), a short form the article defines for an
organisation ("... Publishers Association (Elspa)"), a preposition of place ("in
Manchester"), a name that only ever modifies a common noun ("a Lib Dem vote").
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from generator import lexicon
from generator.article import cached
from generator.article.entities.spans import TITLE_WORDS, name_like, office_letters
from generator.article.person_words import MAY_BE_PERSON, PERSON_NOUNS
from generator.settings import (
    CREDIT_WINDOW,
    DATELINE_TAIL_TOKENS,
    FIRM_LABELS_MIN,
    FIRMS_LISTED_MIN,
    LINK_WORDS_MIN,
    PLACES_LISTED_MIN,
    WORK_TITLE_WINDOW,
)
from generator.text.marks import CLOSING_QUOTES, DASHES, OPENING_QUOTES
from generator.text.names import fold, given_name_word

if TYPE_CHECKING:  # the language model is imported only by runs that parse
    from spacy.tokens import Doc, Span, Token

__all__ = [
    "FIRST_NAMES",
    "NEWS_AGENCIES",
    "CLUB_WORDS",
    "ORGANISATION_NOUNS",
    "STATE_BODIES",
    "STREET_WORDS",
    "Labels",
    "a_peoples_plural",
    "a_place",
    "a_works_maker",
    "owns_a_work",
    "abbreviated",
    "common_nouns",
    "article_led",
    "credited",
    "among_firms",
    "a_groups_plural",
    "a_fixtures_side",
    "definite",
    "determined",
    "in_a_part",
    "in_a_title",
    "in_prose",
    "in_title_case",
    "indefinite",
    "inside_a_name",
    "kind_before",
    "located",
    "made_by_its_makers",
    "holds_a_title_word",
    "modifier_only",
    "ordinal_led",
    "organisation_context",
    "organisation_prefixes",
    "measured",
    "coded",
    "on_sale",
    "performed",
    "placed",
    "represented",
    "plural_subject",
    "possessed",
    "short_forms",
]

ORGANISATION_NOUNS = lexicon.words("names", "organisation_nouns")
STREET_WORDS = lexicon.words("names", "street_words")
CLUB_WORDS = lexicon.words("names", "club_words")
STATE_BODIES = lexicon.words("names", "state_bodies")
_WORK_NOUNS = lexicon.words("names", "work_nouns")
_OWNED_WORK_NOUNS = lexicon.words("names", "owned_work_nouns")
_WORK_MAKERS = lexicon.words("names", "work_makers")
_ORDINALS = lexicon.words("names", "ordinal_words")
_VOLUMES = lexicon.words("names", "volume_words")
_MADE_WORK_MAKERS = lexicon.words("names", "made_work_makers")
_MAKING_PARTICIPLES = lexicon.words("names", "making_participles")
# what may stand between a work's name and what its maker did: "Silver Road, directed by",
# "Silver Road - co-written by"; and the auxiliaries of its passive ("Silver Road was
# written by", "Silver Road has been penned by")
_BEFORE_A_MAKING = frozenset({",", "-", "–", "—"})
_PASSIVE_AUXILIARIES = frozenset({"was", "is", "were", "are", "been", "has", "had"})
_PART_NOUNS = lexicon.words("names", "part_nouns")
_TITLE_ONLY_WORDS = lexicon.words("names", "title_only_words")
# kinds of thing a list may be of, beside works ("titles such as Goal Rush and Pete Marlow")
_THING_NOUNS = lexicon.words("names", "thing_nouns")
_LIST_WORDS = frozenset({"like", "including"})
_SINGING_VERBS = lexicon.words("names", "singing_verbs")  # "sang Hey Jude"
_STARRING_VERBS = lexicon.words("names", "starring_verbs")  # "starred in Hotel Rwanda"
_VERSION_NOUNS = lexicon.words("names", "version_nouns")  # "a version of Hey Jude"
_MEASURE_UNITS = lexicon.words("names", "measure_units")  # "the 16-inch MacBook Pro"
_SALE_WORDS = lexicon.words("names", "sale_words")  # "Save $31", "Now $649.99"
_SALE = re.compile(
    rf"\d\s?%\s?off\b|\b(?:{'|'.join(map(re.escape, sorted(_SALE_WORDS)))})\s?[$£€]\s?\d",
    re.IGNORECASE,
)
_SEAT_HOLDERS = lexicon.words("names", "seat_holders")  # "Senator representing Yobe North"
_REPRESENTING = frozenset({"represent", "represents", "represented", "representing"})
_INCLUDE_VERBS = frozenset({"include", "includes", "included", "including"})
NEWS_AGENCIES = lexicon.words("names", "news_agencies")
_CREDIT_WORDS = lexicon.words("names", "credit_words")
_CREDIT_LABELS = lexicon.words("names", "credit_labels")  # "(Artist: Jane Doe)"
_COMPANY_SUFFIXES = lexicon.words("names", "company_suffixes")
_POSSESSIVES = frozenset({"his", "her", "its", "their", "my", "our", "your"})
_NAMING_VERBS = frozenset({"known", "called", "named", "dubbed"})
_VERSUS = lexicon.words("names", "versus")  # "Newcastle v Tottenham"


# a news agency's or newspaper's credit line: "(Reporting by ...; Editing by ...)",
# "--additional reporting from Jane Doe", "Jane Doe contributed reporting from Kyiv."
_BYLINE = re.compile(
    rf"^\W*(?:{lexicon.alternation(lexicon.words('names', 'byline_openers'))})\s+by\s+(?-i:[A-Z])"
    rf"|^\W*(?:{lexicon.alternation(lexicon.words('names', 'byline_sources'))})\s+from\s+(?-i:[A-Z])"
    rf"|\b(?:{lexicon.alternation(lexicon.words('names', 'byline_contributions'))})\b"
    # a picture credit names handles too ("Photos by jdoe, Ann Lee"), never "the" or "his"
    rf"|^\W*(?:{lexicon.alternation(lexicon.words('names', 'picture_credit_openers'))})\s+by\s+"
    rf"(?!(?:{lexicon.alternation(_POSSESSIVES | {'the', 'a', 'an', 'this', 'that'})})\b)\w",
    re.IGNORECASE,
)
# what follows a photographer's name on a picture's credit line to a paper: "Ann Hale for
# The New York Times", "for the Guardian" (a line of its own, no full stop); "Ann Hale for
# Congress" names no paper
_FOR_A_PAPER = re.compile(
    r"\s*for\s+the\s+(?-i:[A-Z])[\w.&'’-]*(?:\s+(?-i:[A-Z])[\w.&'’-]*)*\s*", re.IGNORECASE
)
# a newspaper's closing credit, read in the article's last sentences only
_CLOSING_CREDIT = re.compile(
    rf"\b(?:{lexicon.alternation(lexicon.words('names', 'byline_closings'))})\b", re.IGNORECASE
)
FIRST_NAMES = lexicon.words("names", "function_word_names")  # function words, and names
# the words a title in title case still capitalises ("The Castle Of Mirrors")
_SMALL_WORDS = lexicon.words("stopwords", "title_small_words")
# the labels of things that are not people: a name the model gives these more often
# than PERSON, in one article, is taken for what the majority says
# Prepositions that put a lone capitalised word in a place: "educated at Eton", "in Kent".
_PLACE_PREPOSITIONS = frozenset({"in", "at", "near", "outside", "across", "throughout"})
_PLACE_NOUNS = lexicon.words("names", "place_nouns")
_PLACE_OPENERS = lexicon.words("names", "place_openers")  # "San Leandro", "São Paulo"
_DASHES = frozenset({*DASHES, "--"})  # a dateline's dash
_TRUST_NOUNS = lexicon.words("names", "trust_nouns")
_BARE_INFINITIVE_VERBS = lexicon.words("names", "bare_infinitive_verbs")
# what makes a "were" after one subject the subjunctive: "if X were", "as though X were"
_SUBJUNCTIVE_MARKS = frozenset({"if", "though"})
_NAME_ARTICLES = lexicon.words("names", "name_articles")
_RENAMING_WORDS = lexicon.words("names", "renaming_words")
_BULLETS = frozenset({"- ", "• ", "* ", "– "})  # a list item's mark, as a page's text gives it
_CLOSING_STOPS = frozenset({".", "!", "?", ":", ";", ",", "”", '"', ")"})
_OTHER_LABELS = frozenset({"ORG", "GPE", "LOC", "FAC", "NORP", "PRODUCT", "WORK_OF_ART", "EVENT"})


def _singular(word: str) -> str:
    """A plural noun's singular, for the nouns in the lists here ("companies", "titles")."""
    if word.endswith("ies"):
        return word[:-3] + "y"
    return word[:-1] if word.endswith("s") else word


def _hyphened(token: Token) -> str:
    """The word a noun ends, with the word a hyphen joins to it ("start-up", tokenised as
    "start", "-", "up")."""
    doc, i = token.doc, token.i
    if i >= 2 and doc[i - 1].text == "-" and not doc[i - 2].whitespace_:
        return f"{doc[i - 2].lower_}-{token.lower_}"
    return token.lower_


def _organisation_noun(token: Token, opening: bool = False) -> bool:
    """An organisation noun, singular or plural (the pipeline runs no lemmatizer); with
    `opening`, also one that opens its sentence with a capital, which the parse takes for
    a proper noun of the name after it ("Bookmaker William Hill has ...")."""
    word = _hyphened(token)
    return (
        token.pos_ == "NOUN"
        or opening
        and token.pos_ == "PROPN"
        and bool(token.is_sent_start)
        and token.text.istitle()
    ) and (word in ORGANISATION_NOUNS or _singular(word) in ORGANISATION_NOUNS)


def _a_kind(noun: Token) -> bool:
    """A noun for a kind of organisation, work or thing ("companies", "films", "games")."""
    return _organisation_noun(noun) or _singular(noun.lower_) in _WORK_NOUNS | _THING_NOUNS


def _listed_as(span: Span) -> bool:
    """One of a list of firms, works or products the sentence names by their kind: after
    the noun for the kind ("state construction companies Bumi Jaya and Karta Beton",
    "soap operas Cedar Lane and Harbour Crest"),
    after the kind and "such as", "like" or "including" ("brands such as Choco Moon,
    Dr Fizz and Zesto", "titles such as Goal Rush and Pete Marlow"), or what the kind
    includes ("whose films include Harbour Lights, Tom Keller and Night Train")."""
    doc = span.doc
    first = span.root
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head
    word = first.head
    if first.dep_ == "pobj" and (
        word.lower_ in _LIST_WORDS
        or word.lower_ == "as"  # "such as", not "their title as Brian Colley ..."
        and any(c.lower_ == "such" for c in word.children)
    ):
        kind = word.head
        return kind.pos_ == "NOUN" and _a_kind(kind)
    if first.dep_ == "dobj" and word.lower_ in _INCLUDE_VERBS:
        return any(
            c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "NOUN" and _a_kind(c)
            for c in word.children
        )  # "whose films include Harbour Lights, Tom Keller and ..."
    start = first.left_edge.i
    if first.i == span.root.i or start == 0:
        return False
    before = doc[start - 1]
    return _organisation_noun(before) or (
        before.tag_ == "NNS"  # "soap operas Cedar Lane, Harbour Crest and ..."
        and _singular(before.lower_) in _WORK_NOUNS | _THING_NOUNS
    )


def _be_a_firm(span: Span) -> bool:
    """The subject of "is" with an organisation or a thing for complement: "Vantrex was the
    first web firm to ...", "Star Raider is a bold, noisy game"."""
    root = span.root
    return (
        root.dep_ == "nsubj"
        and any(
            c.dep_ == "attr" and (_organisation_noun(c) or _singular(c.lower_) in _THING_NOUNS)
            for c in root.head.children
        )
        and root.head.lemma_ == "be"
    )


def _named_as_a_kind(span: Span) -> bool:
    """What a group, a firm or a thing is known as: "rebel forces known as Harbour Guard",
    "a hacking group called Grey Heron"; a single name for a plural noun or a kind that is
    no person ("a man known as Rocky" is someone)."""
    root = span.root
    if root.dep_ != "pobj" or root.conjuncts or root.head.lower_ != "as":
        return False
    verb = root.head.head
    noun = verb.head
    return (
        verb.lower_ in _NAMING_VERBS
        and noun.pos_ == "NOUN"
        and noun.i < verb.i
        and (noun.tag_ == "NNS" and noun.lower_ not in PERSON_NOUNS or _a_kind(noun))
    )


def _credited_work(span: Span) -> bool:
    """A work credited to its maker: "Cloud Garden by Ana Reis", a name with "by" and a
    name of its own (a person is not "by" anyone: "beaten by Reis" is the verb's)."""
    return any(
        c.dep_ == "prep"
        and c.lower_ == "by"
        and c.i >= span.end
        and any(o.dep_ == "pobj" and o.pos_ == "PROPN" for o in c.children)
        for c in span.root.children
    )


def _work_noun(token: Token, plural: bool = False) -> bool:
    """A noun for a work (with `plural`, also works: "two singles, Bird Foot and ..."),
    not the verb spelt alike, with a subject or an auxiliary of its own or a name or
    pronoun for subject ("Dorsey will play Pierre Vasseur"; the parse may take the noun
    in "the debut of television hit Wicked Housewives" for a verb)."""
    word = token.lower_
    singular = {_singular(word), word[:-1]}  # "comedies", "movies"
    works = (
        word in _WORK_NOUNS
        or (plural and token.tag_ == "NNS" and bool(singular & _WORK_NOUNS))
        or (word in _OWNED_WORK_NOUNS and _owned_noun(token))
    )
    return works and not any(
        c.dep_ == "aux" or c.dep_ == "nsubj" and c.pos_ in ("PROPN", "PRON") for c in token.children
    )


def _owned_noun(token: Token) -> bool:
    """A noun with a possessive of its own: "his track", "her new track", "Kane's track"
    (not "Police track Ann Lee", a verb, "off the track", nor "the new track Ann Lee
    designed", a running track and the person who built it)."""
    i = token.i - 1
    while i >= 0 and token.doc[i].pos_ == "ADJ":
        i -= 1
    before = token.doc[i] if i >= 0 else None
    return (
        token.pos_ == "NOUN"
        and before is not None
        and (before.dep_ == "poss" or before.tag_ in ("POS", "PRP$"))
    )


def _of_a_person_noun(noun: Token) -> bool:
    """The noun is what a word for a person is of, so a name in apposition after it may
    be that person's: the parse hangs "Mart Oja" on "show" in "the host of the morning
    show, Mart Oja", "John Smith" on "firm" in "the head of the firm, John Smith"."""
    owner = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else None
    return owner is not None and owner.lower_ in PERSON_NOUNS


def _a_persons(noun: Token) -> bool:
    """An organisation noun someone's ("her former record label"): not what a name in
    apposition is, but the next item of a list the parser hung there ("Taylor Swift, her
    former record label and ..."); a firm's own would be "its"."""
    return any(c.dep_ == "poss" and c.lower_ in ("his", "her") for c in noun.children)


def _a_body(noun: Token) -> bool:
    """A noun for a kind of organisation or thing a name in apposition may be, not one
    someone has ("her record label")."""
    return (_organisation_noun(noun) or _singular(noun.lower_) in _THING_NOUNS) and not _a_persons(
        noun
    )


def _and_other_kinds(span: Span) -> bool:
    """Listed with "other" things of a kind: "Silver Road and other songs", "Lane and
    other bands" are one of those ("Tom Hale and other ministers" is someone)."""
    return any(
        c.tag_ == "NNS" and _a_kind(c) and any(a.lower_ == "other" for a in c.children)
        for c in span.root.conjuncts
    )


def _beside_a_body(span: Span) -> bool:
    """A noun for an organisation or a thing in apposition by its place, wherever the
    parse hangs it: right after the name and its comma ("a spokesman for Steady Shield,
    the navy's operation in the gulf, said", parsed as the speaker's), or before it, the
    fronted subject the name restates ("An Irish start-up based in Cork, Clear Breath was
    launched")."""
    doc = span.doc
    if span.end + 1 < len(doc) and doc[span.end].text == ",":
        after = doc[span.end + 1 : cached.sentence(doc, span.start).end]
        if any(t.dep_ == "appos" and t.left_edge.i == span.end + 1 and _a_body(t) for t in after):
            return True
    root = span.root
    return (
        root.dep_ in ("nsubj", "nsubjpass")
        and span.start >= 2
        and doc[span.start - 1].text == ","
        and any(
            c.dep_ == root.dep_ and c.right_edge.i == span.start - 2 and _a_body(c)
            for c in root.head.children
        )
    )


def _after_a_named_body(root: Token, appos: Token) -> bool:
    """A named body comes between the name and the apposition ("Ann Lee of the Tern
    Trust, a charity, said"): the parse may hang the apposition on the name, but it
    says what the nearer body is."""
    return any(
        p.dep_ == "prep"
        and root.i < p.i < appos.left_edge.i
        and any(o.dep_ == "pobj" and o.pos_ == "PROPN" for o in p.children)
        for p in root.children
    )


def _a_works_title(noun: Token, name: Token) -> bool:
    """A noun for a work set off after a name by a comma or a dash: the name is its title
    ("X, the school drama serial"); in brackets it is the person's work ("Ann Lee (Dumb
    Show)": the play she is up for), and after a passive's "by" the parse may hang on its
    doer what describes the work ("The Trap was voiced by Ann Lee, a superb series")."""
    doc = noun.doc
    start = noun.left_edge.i
    return (
        noun.is_lower  # "Ann Lee, Total Film": a magazine's name, no noun for a work
        and _singular(noun.lower_) in _WORK_NOUNS
        and start > 0
        and doc[start - 1].text in (",", "-", "–", "—")
        and not (name.dep_ == "pobj" and name.head.lower_ == "by")
    )


def kind_before(span: Span) -> str | None:
    """The organisation noun right before the name that says what it is, singular ("rock
    band Franz Moller": band; "technology firms Earthlink and ...": firm), or None. Not the
    noun a clause on the name describes ("the band Ann Lee formed": hers), nor one before
    a lone given name ("economist team Jim and Ann Hale": people), nor one before a run
    with a given name inside ("the union Unison Dave Prentis": a body and its leader run
    together)."""
    doc = span.doc
    before = doc[span.start - 1] if span.start > 0 else None
    root = span.root
    if (
        before is None
        or not _organisation_noun(before, opening=True)
        or root.dep_ in ("nsubj", "nsubjpass")
        and root.head.head == before
        or len(span) == 1
        and given_name_word(span.text)
        or any(given_name_word(t.text) for t in span[1:-1])
    ):
        return None
    word = _hyphened(before)
    return word if word in ORGANISATION_NOUNS else _singular(word)


def _first_listed(span: Span) -> Token | None:
    """The name itself, or the first of proper nouns it is joined to by "and" or "or"
    ("Hotel Rwanda and Vera Drake"), which the parse hangs on a verb or a preposition;
    None when the name is not where that first one opens, right after it: a parse may
    hang a name set off after another on the verb ("representing Kano Central, Musa
    Bello, moved": he is the senator)."""
    first = span.root
    while first.dep_ == "conj" and first.head.i < first.i and first.head.pos_ == "PROPN":
        first = first.head
    if first.i == span.root.i and first.left_edge.i != span.start:
        return None
    return first if first.left_edge.i == first.head.i + 1 else None


def performed(span: Span) -> bool:
    """What someone sings ("sang Hey Jude and other Beatles songs"), stars in ("starred
    in Hotel Rwanda and Vera Drake") or makes a version of ("a rousing version of Hey
    Jude", `names.version_nouns`, not "of" one a common given name leads): a work's
    title, whatever its words, a given name's too. Not a possessive's owner ("starred in
    Ann Hale's film": its maker)."""
    doc = span.doc
    if span.end < len(doc) and doc[span.end].text in ("’s", "'s"):
        return False
    first = _first_listed(span)
    if first is None:
        return False
    head = first.head
    if first.dep_ == "dobj":
        return head.lower_ in _SINGING_VERBS  # the parse may take "sang" for a noun
    if first.dep_ != "pobj":
        return False
    if head.lower_ in ("of", "to"):
        return _a_version(head.head) and not given_name_word(span[0].text)
    return head.lower_ == "in" and head.head.lower_ in _STARRING_VERBS and head.head.pos_ == "VERB"


def _a_version(noun: Token) -> bool:
    """A noun for a version of a work (`names.version_nouns`), not one comparing
    someone with another ("a younger version of Tom Reid"). `performed` leaves out a
    name a common given name leads: a likeness is said so too ("a version of Tom Reid")."""
    return (
        noun.pos_ == "NOUN"
        and noun.lower_ in _VERSION_NOUNS
        and not any(c.dep_ == "amod" and c.tag_ in ("JJR", "JJS") for c in noun.children)
    )


def measured(span: Span) -> bool:
    """Right after a unit joined to its number ("the 16-inch MacBook Pro", "a 1.6-litre
    Corsa"): a product by its size; a person's height or weight is no such unit."""
    doc, i = span.doc, span.start
    return (
        i >= 3
        and doc[i - 1].lower_ in _MEASURE_UNITS
        and doc[i - 2].text == "-"
        and doc[i - 3].like_num
    )


def coded(span: Span) -> bool:
    """Beside a model's code (`_a_code`) inside the name or right after it ("Dell
    Alienware AW3418DW", "the Netgear Nighthawk R6700"), or cut from one, its first
    letter glued to the number before it ("70-inch 4K UHD Smart HDTV" read "K UHD
    Smart"): a product's name. A person's name is followed by no such code."""
    doc = span.doc
    before = doc[span.start - 1] if span.start > 0 else None
    return (
        any(_a_code(t) for t in span)
        or span.end < len(doc)
        and _a_code(doc[span.end])
        or before is not None
        and before.is_digit
        and not before.whitespace_
    )


def on_sale(span: Span) -> bool:
    """In a shop's offer: a sentence that cuts a price in per cent ("35% Off Dell
    Alienware ...") or gives one after a sale's word (`names.sale_words`: "Save $21 if you
    want the Zamazenta Edition", "Now $243.97"): what it names is sold. `Verdict` asks it
    only of a name no common given name leads and with no sign of a person: a deal may
    sell a person's book or record ("Ann Hale's memoir, now $9.99")."""
    doc = span.doc
    sentence = cached.sentence(doc, span.start)
    return bool(_SALE.search(cached.span_text(doc, sentence.start, sentence.end)))


def _a_code(token: Token) -> bool:
    """A word of capitals and digits, both, three or more, as a model's code is
    ("AW3418DW", "PS4", "R1T"): a time or an ordinal is in lower case ("2h", "3rd"), a
    year all digits, and a series or a grid's place after a driver's name is two ("Tom
    Hale F1 bid fails", "P1")."""
    text = token.text
    return (
        len(text) >= 3
        and text.isalnum()
        and not any(c.islower() for c in text)
        and any(c.isdigit() for c in text)
        and any(c.isupper() for c in text)
    )


def represented(span: Span) -> bool:
    """What a holder of a seat is representing ("Senator representing Yobe North", "the
    MP, who represents Bethnal Green"): the seat's place, not a client."""
    first = _first_listed(span)
    if first is None:
        return False
    verb = first.head
    if first.dep_ != "dobj" or verb.lower_ not in _REPRESENTING:
        return False
    holders = [c for c in verb.children if c.dep_ == "nsubj" and c.pos_ != "PRON"]
    if verb.dep_ in ("acl", "relcl"):
        holders.append(verb.head)  # "Senator representing", "the MP, who represents"
    return any(h.lower_ in _SEAT_HOLDERS for h in holders)


def organisation_context(span: Span) -> bool:
    """The words around this mention make it an organisation or a work: an organisation
    noun right before it or in apposition to it, a noun for a work right before it, or
    (one word) a title it is the organisation of."""
    doc = span.doc
    before = doc[span.start - 1] if span.start > 0 else None
    if before is not None and (_organisation_noun(before, opening=True) or _work_noun(before)):
        return True  # "security firm Network Box", "comedy drama Desperate Housewives"
    if before is not None and _named_thing(before, span):
        return True  # "Sega's launch title Project Rub", "the console Xbox Live"
    root = span.root
    first = root  # the first of names joined by "and": "two singles, Bird Foot and X"
    while first.dep_ == "conj" and first.head.i < first.i and first.head.pos_ == "PROPN":
        first = first.head
    # in apposition, or parsed as the noun's conjunct after its comma
    after_comma = first.dep_ == "conj" and doc[first.left_edge.i - 1].text == ","
    if (
        (first.dep_ == "appos" or after_comma)
        and (_organisation_noun(first.head) or _work_noun(first.head, plural=True))
        and not _of_a_person_noun(first.head)
    ):
        return True  # "an electronics firm, Hartwell Axon", "her book, Living Memory"
    if any(
        c.dep_ == "appos"
        and c.i >= span.end
        and (
            _organisation_noun(c) or _singular(c.lower_) in _THING_NOUNS or _a_works_title(c, root)
        )
        and not _a_persons(c)
        and not _after_a_named_body(root, c)
        for c in root.children
    ):
        return True  # "Orbis, the world's biggest drinks firm", "X, the school drama serial"
    if _listed_as(span) or _be_a_firm(span) or _named_as_a_kind(span) or _credited_work(span):
        return True
    if _beside_a_body(span) or _and_other_kinds(span):
        return True
    return (  # one word: "director general of Elspa" (a parse may hang a full name there)
        root.dep_ == "pobj"
        and root.head.lower_ in ("of", "at")
        and (len(span.text.split()) == 1 or root.head.lower_ == "at")  # "analyst at Dell Vance"
        and root.head.head.lower_ in TITLE_WORDS
    )


def _named_thing(noun: Token, span: Span) -> bool:
    """A noun for a kind of thing (`names.thing_nouns`) right before the name and bound to
    it, the name its apposition or the noun its modifier ("the launch title Project Rub",
    "the game Pokemon Sword"): a thing's name. Not a name that is the subject of a clause
    on the noun ("the game Tom Hale won"), nor one a common given name leads: the parse
    may take such a subject for the noun's apposition ("the service Ann Lee set up")."""
    root = span.root
    return (
        not given_name_word(span[0].text)
        and noun.pos_ == "NOUN"
        and noun.lower_ in _THING_NOUNS
        and (
            root.head.i == noun.i
            and root.dep_ in ("appos", "compound")
            or span.start <= noun.head.i < span.end
        )
    )


def inside_a_name(span: Span) -> bool:
    """The end of a longer name joined by "of": "the Association of Chief Police
    Officers", "Bank of Scotland" (titles may stand between "of" and the name); not a
    word capitalised only as a sentence's first ("Some of Dana Whitfield's recordings",
    "Copies of Ewan Brockett's memoir")."""
    doc = span.doc
    i = span.start - 1
    while i >= 0 and doc[i].lower_ in TITLE_WORDS:
        i -= 1
    return (
        i >= 1
        and doc[i].lower_ == "of"
        and name_like(doc[i - 1].text)
        and (
            doc[i - 1].pos_ == "PROPN" or doc[i - 1].pos_ == "NOUN" and not doc[i - 1].is_sent_start
        )
        and doc[i - 1].lower_ not in TITLE_WORDS
    )


def abbreviated(span: Span) -> bool:
    """Beside a short form of its own initials, as organisations and technical terms are:
    "Banco Do Sul Paulista (BSP)", "ADSL (Asymmetric Digital Subscriber Line)"."""
    doc = span.doc
    if span.start >= 2 and span.end < len(doc) and doc[span.end].text == ")":
        short = doc[span.start - 2].text if doc[span.start - 1].text == "(" else ""
    elif span.end + 2 < len(doc) and doc[span.end].text == "(" and doc[span.end + 2].text == ")":
        short = doc[span.end + 1].text
    else:
        return False
    if len(short) < 3 or not short.isupper() or not short.isalpha():
        return False
    letters = iter(short)
    return all(word[0] in letters for word in span.text.split())


def renamed(span: Span) -> bool:
    """Alone in brackets right after the name of something no person's, as its other
    name: after a word that says so ("Hogan & Hartson (now Hogan Lovells)", "the Alerting
    Service for the Netherlands (aka De Waarschuwingsdienst)", `names.renaming_words`),
    where the model tags the name before no person's ("Prince (aka The Artist)" is one
    man's two names); or, led by no common given name, a translation of a name in
    quotation marks before it ("the "Caja Magica" (Magic Box) centre court"), as a
    person's name is never written."""
    doc = span.doc
    if span.end >= len(doc) or doc[span.end].text != ")":
        return False
    opening = span.start - 1
    renaming = opening >= 0 and doc[opening].lower_ in _RENAMING_WORDS
    opening -= renaming
    if opening < 1 or doc[opening].text != "(":
        return False
    before = doc[opening - 1]
    if renaming:
        return before.ent_type_ in _OTHER_LABELS
    return (
        before.text in CLOSING_QUOTES
        and opening >= 2
        and doc[opening - 2].text.istitle()
        and not given_name_word(span[0].text)
    )


def a_groups_plural(span: Span) -> bool:
    """Right after a plural noun for people that it names alone: "auditors Grant Hale",
    "hosted by auctioneers Cooper Owen", "rock veterans New Order". The plural names
    the firm's or the band's people as one: a person is "auditor Ann Hale", and people
    after a plural are listed ("actors Ann Lee and Tom Hale", "winners Ann Lee, Will
    Hale and ..."). Only a noun the parse reads as a plural noun modifying the name
    ("the film stars Tom Hale" is a verb), and not the object of a person's preposition:
    "minister for women Ann Hale" is the minister."""
    doc = span.doc
    before = doc[span.start - 1] if span.start > 0 else None
    after = doc[span.end] if span.end < len(doc) else None
    root = span.root
    if before is None or not (
        before.tag_ == "NNS"
        and before.is_lower
        and _singular(before.lower_) in MAY_BE_PERSON
        and (span.start <= before.head.i < span.end or root.dep_ == "appos" and root.head == before)
    ):
        return False
    opening = before.left_edge.i
    if (
        opening > 0
        and doc[opening - 1].pos_ == "ADP"
        and doc[opening - 1].head.lower_ in MAY_BE_PERSON
    ):
        return False  # "minister for women Ann Hale"
    return (
        root.dep_ != "conj"
        and not any(c.dep_ == "conj" for c in root.children)
        and not (after is not None and after.lower_ in ("and", "&", "or"))
        and not (
            after is not None
            and after.text == ","
            and span.end + 1 < len(doc)
            and doc[span.end + 1].text[:1].isupper()
        )
    )


def among_firms(span: Span) -> bool:
    """Listed with two organisations or products and no person: "Orvanta Studios, Kestrell
    and Lumen Films", "Halcyon, Northgate and Vesper Pictures". When every word the model
    tags a firm's there ends a full name it tags a person's elsewhere in the article, they
    are those people's surnames and the list one of people ("Lena Vos and Rita Ortiz ...
    the early records of Vos, Ortiz and Ana Keel"); one alone proves nothing of the rest
    ("Lord Ed Tamblin ... grocers Tamblin, Kwikmart and Ann Reeve")."""
    listed = [c for c in span.root.conjuncts if c.pos_ == "PROPN"]
    firms = [c.text for c in listed if c.ent_type_ in ("ORG", "PRODUCT")]
    if "PERSON" in {c.ent_type_ for c in listed} or len(firms) < FIRMS_LISTED_MIN:
        return False
    words = cached.words(span.doc)
    surnames = {
        words[end - 1]
        for start, end, label, _ in cached.ent_rows(span.doc)
        if label == "PERSON" and end - start > 1
    }
    return not all(firm in surnames for firm in firms)


def _before_preposition(span: Span, preposition: str) -> Token | None:
    """The word before `preposition` that the name, or the list it is in, is the object
    of: "role" in "roles in Driftwood and Night Train", "MP" in "the MP for Sleaford and
    North Hykeham"."""
    first = span.root
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head
    prep = first.head
    if first.dep_ != "pobj" or prep.lower_ != preposition or prep.head.i >= prep.i:
        return None
    return prep.head


def in_a_part(span: Span) -> bool:
    """The work an actor has a part in: "her role in Silent Harbour", "roles in Driftwood
    and Night Train" (the list's later titles too); a person is in a role's
    possessor ("a role in Tony Blair's cabinet"), never its object."""
    head = _before_preposition(span, "in")
    return head is not None and head.lower_ in _PART_NOUNS


def indefinite(span: Span) -> bool:
    """Right after "a" or "an" governing it: "a Vauxhall Corsa" is a thing, not someone
    ("a tearful Claxton" is someone)."""
    before = span.doc[span.start - 1] if span.start > 0 else None
    return (
        before is not None
        and before.lower_ in ("a", "an")
        and span.start <= before.head.i < span.end
    )


def definite(span: Span) -> bool:
    """Right after "the" governing it, nothing between: "the Mavic Mini", "The Mach E
    was unveiled" are things, sides or bands; a person takes "the" only with a word of
    their own between ("the late Ann Lee", "the Chelsea striker Ann Lee"), and "the Ray
    Dennis biopic" has its "the" on the noun after the name."""
    before = span.doc[span.start - 1] if span.start > 0 else None
    return before is not None and before.lower_ == "the" and span.start <= before.head.i < span.end


def possessed(span: Span) -> bool:
    """Owned, a possessive right before it: "his Dream XI", "their Vespa", "my Ferrari"
    are a side, a thing, a club; a person is "his wife Jo", a noun for one between."""
    before = span.doc[span.start - 1] if span.start > 0 else None
    return (
        before is not None
        and before.lower_ in _POSSESSIVES
        and before.dep_ == "poss"
        and span.start <= before.head.i < span.end
    )


def credited(span: Span) -> bool:
    """A picture credit or byline, not someone the story is about: "Photo: Jane Doe",
    "(Photo by Jane Doe/Agency)", "(Artist: Jane Doe)", "Tested by: Jane Doe", "Jane Doe/Reuters", a sentence
    that is an agency's credit line ("Reporting by Jane Doe; Editing by John Roe"), a
    newspaper's closing one ("Jane Doe reported from Kyiv, and John Roe from Moscow."), a
    line crediting a picture to a paper ("Jane Doe for The New York Times")."""
    doc = span.doc
    sentence = cached.sentence(doc, span.start)
    said = cached.span_text(doc, sentence.start, sentence.end)
    if _BYLINE.search(said):
        return True  # "Reporting by Jane Doe and John Roe; Editing by Ann Lee"
    if _CLOSING_CREDIT.search(said) and _closes(sentence):
        return True  # "Jane Doe reported from Kyiv, and John Roe from Moscow." at the end
    if span.start == sentence.start and _FOR_A_PAPER.fullmatch(
        cached.span_text(doc, span.end, sentence.end)
    ):
        return True  # "Jane Doe for The New York Times" under a picture
    before = list(cached.lowers(doc)[max(span.start - CREDIT_WINDOW, 0) : span.start])
    after = doc[span.end : span.end + 2]
    return (
        _in_credits_brackets(span)
        or any(w in _CREDIT_WORDS for w in before)
        and bool(before)
        and before[-1] in (":", "by")
        or before[-2:] == ["by", ":"]  # "Reviewed by: Jane Doe", a label, no one's act
        # "(Artist: Jane Doe)" under a picture; "Best new artist: Jane Doe" is an award's
        or len(before) >= 3
        and before[-3] == "("
        and before[-2] in _CREDIT_LABELS
        and before[-1] == ":"
        or len(after) == 2
        and after[0].text == "/"
        and after[1].lower_ in NEWS_AGENCIES  # not "the Blair/Brown feud"
    )


def _in_credits_brackets(span: Span) -> bool:
    """Right after a label's colon inside brackets that credit pictures ("[Top Image: Ann
    Lee, Maps: Bo Ek]"): a credit word and its colon in the brackets before the name, the
    brackets opened in the name's paragraph (a long credit runs over lines). Each
    picture's label may be its subject ("Maps: Bo Ek"), so the first credit word is what
    shows the brackets' kind."""
    doc = span.doc
    if span.start == 0 or doc[span.start - 1].text != ":":
        return False
    lowers = cached.lowers(doc)
    for i in range(span.start - 2, -1, -1):
        if lowers[i] in ("]", ")") or "\n\n" in lowers[i]:
            return False
        if lowers[i] in ("[", "("):
            inside = lowers[i + 1 : span.start - 1]
            return any(
                w in _CREDIT_WORDS and nxt == ":"
                for w, nxt in zip(inside, inside[1:], strict=False)
            )
    return False


def hashtagged(span: Span) -> bool:
    """Opened by a hashtag, the "#" glued to its first word ("the #Hamilton Chicago
    show"): that word is a topic a post is filed under, not a person's name."""
    before = span.doc[span.start - 1] if span.start > 0 else None
    return before is not None and before.text == "#" and not before.whitespace_


def _closes(sentence: Span) -> bool:
    """The sentence ends the article, or only other credit lines follow it ("Jane Doe
    reported from Kyiv. John Roe contributed reporting."): where a newspaper credits its
    own journalists, not in the story."""
    doc = sentence.doc
    return all(
        _BYLINE.search(text) or not any(c.isalpha() for c in text)
        for start, _, _, text in cached.sentences(doc)
        if start >= sentence.end
    )


def _possessive(span: Span) -> bool:
    """The name is in the possessive, its "'s" inside the span or right after it."""
    after = span.doc[span.end] if span.end < len(span.doc) else None
    return span[-1].text in ("’s", "'s") or after is not None and after.text in ("’s", "'s")


def _title_cased(token: Token) -> bool:
    """A word a title in title case is made of: capitalised, a small word, a number, a
    possessive or a hyphen ("Captain Corelli's Mandolin", "The X-Factor")."""
    return (
        token.text.istitle()
        or token.lower_ in _SMALL_WORDS
        or token.like_num
        or token.text in ("’s", "'s", "-", "&")
    )


def quoted(span: Span) -> bool:
    """Inside quotation marks that hold it alone or a title in title case around it, as
    a work's title is written ("classics such as “Peter Pan” and “Cinderella.”", "the
    “Marlow and Dan Ferris” star"); a person's name stands outside them, and a quote
    of speech goes on in lower case ("“Dan Ferris is a fine actor,” he said")."""
    doc = span.doc
    left, right = WORK_TITLE_WINDOW
    start = span.start
    while start > 0 and span.start - start < left and _title_cased(doc[start - 1]):
        start -= 1
    if start == 0 or doc[start - 1].text not in OPENING_QUOTES:
        return False
    end = span.end
    while end < len(doc) and end - span.end < right and _title_cased(doc[end]):
        end += 1
    end += end < len(doc) and doc[end].text in (",", ".")
    return end < len(doc) and doc[end].text in CLOSING_QUOTES


def numbered(span: Span) -> bool:
    """Followed by a sequel's or a version's number and then its verb, as a work or a
    product is ("Iron Beetle 3 is as cheap as chips", "Gold Rush 2 sold a million
    copies"), or by a work's part and its number ("Kill Bill: Volume 2"); a number after
    a person's name is a score or a tally ("Smith 6-4", "Henry 20, Ronaldo 18"), and
    after a name in the possessive, a year of what it owns ("Ana Reis's 1998 album")."""
    doc = span.doc
    end = span.end + (span.end < len(doc) and doc[span.end].text == ":")
    return not _possessive(span) and (
        span.end + 1 < len(doc)
        and doc[span.end].text.isdigit()
        and doc[span.end + 1].pos_ in ("VERB", "AUX")
        or any(_a_volume(t) for t in doc[span.start + 1 : min(end + 1, len(doc))])
    )


def _a_volume(token: Token) -> bool:
    """A work's part capitalised, its number right after: "Volume 2", "Episode III"."""
    doc = token.doc
    return (
        token.lower_.rstrip(".") in _VOLUMES
        and token.text[:1].isupper()
        and token.i + 1 < len(doc)
        and (
            doc[token.i + 1].like_num or re.fullmatch(r"[IVX]+", doc[token.i + 1].text) is not None
        )
    )


def ordinal_led(span: Span) -> bool:
    """A name of more than one word led by an ordinal number and holding no common given
    name ("Twentieth Century Fox"): a firm's, a place's or a work's (`names.ordinal_words`)."""
    return (
        len(span) > 1
        and span[0].lower_ in _ORDINALS
        and not any(given_name_word(t.text) for t in span[1:])
    )


def linked(span: Span) -> bool:
    """In a line that is a link to another story, as a page lists them under the article:
    a list item whose words are a headline's, in title case with no closing stop ("-
    Harbour Observatory: Silver Domes on Castle Kerr"); not an item of a list the story gives
    ("- Jane Doe, chair of the panel")."""
    text = cached.text(span.doc)
    start = text.rfind("\n", 0, span.start_char) + 1
    end = text.find("\n", span.end_char)
    line = text[start : end if end >= 0 else len(text)].strip()
    if line[:2] not in _BULLETS or line[-1:] in _CLOSING_STOPS:
        return False
    words = [w for w in line[2:].split() if w[:1].isalpha()]
    return len(words) >= LINK_WORDS_MIN and all(
        w[0].isupper() or w.lower() in _SMALL_WORDS for w in words
    )


def in_prose(span: Span) -> bool:
    """In a sentence that ends as prose does, not a headline, whose every word may be
    capitalised and whose parse is a guess ("Edgy Dorsey battles past Webb", "Hale
    shares doubts")."""
    sentence, words = cached.sentence(span.doc, span.start), cached.words(span.doc)
    # its last word that is not blank (`is_space` is this test of the word)
    last = next(
        (i for i in range(sentence.end - 1, sentence.start - 1, -1) if not words[i].isspace()),
        None,
    )
    return last is not None and span.doc[last].is_punct


def in_title_case(span: Span) -> bool:
    """In a sentence written in title case, every longer word capitalised (a headline:
    "Senator Lena Marsh Grills Bank Boss"), where a capital says nothing of a name."""
    sentence = cached.sentence(span.doc, span.start)
    words = [  # `is_alpha` is this test of the word
        w
        for w in cached.words(span.doc)[sentence.start : sentence.end]
        if w.isalpha() and len(w) > 3
    ]
    return len(words) >= 4 and all(w[:1].isupper() for w in words)


def in_a_title(span: Span) -> bool:
    """Inside the title of a work: after a function word capitalised mid-sentence ("Only
    Fools and Ponies"), or next to a title in title case, a small word capitalised inside
    it ("Harry Tanner and The Castle Of Mirrors"); a title's own first word is no sign
    ("Edith Moreau in The Lighthouse"), nor is a title the name is the possessor of
    ("Nina Hale's The Road To Lima"), nor a title after a name in the possessive ("Ana
    Reis's 1998 hit Rain On Glass": what follows is hers), nor one that modifies the
    noun for a work the title names, in full ("the Ana Reis thriller Lanterns On The
    Quay": its maker)."""
    doc = span.doc
    if len(span) > 1 and a_works_maker(span):
        return False
    after = doc[span.end : span.end + 2]
    if len(after) == 2 and after[0].text in ("’s", "'s") and after[1].text[:1].isupper():
        return False  # "Nina Hale's The Road To Lima": the title's author
    before = doc[span.start - 1] if span.start > 0 else None
    if (
        before is not None
        and before.is_stop
        and before.text.istitle()
        and not before.is_sent_start
        and not doc[before.i - 1].is_punct  # a quote's first word: 'said: "Did Crooked ...'
        and before.lower_ not in FIRST_NAMES | {"i"}
    ):
        return True
    left, right = WORK_TITLE_WINDOW
    near = [*doc[max(span.start - left, 0) : span.start]]
    if not _possessive(span):
        near += doc[span.end : span.end + right]
    return any(
        t.lower_ in _SMALL_WORDS and t.text.istitle() and t.i > 0 and doc[t.i - 1].text.istitle()
        for t in near
    )


def holds_a_title_word(span: Span) -> bool:
    """A word after the first is a pronoun or a negation, capitalised: a work's title in
    title case ("slipped to four with Lose My Breath", "Grief Never Grows Old"), never a
    name; the first word may be a sentence's ("My Chemical Romance"). So is the word
    right after the name on its line, which the model leaves out of it ("Super Size Me
    director"; the parse may open a sentence there), outside a line in title case, where
    every word after a name is capitalised ("Ann Lee Never Gives Up")."""
    doc = span.doc
    after = doc[span.end] if span.end < len(doc) else None
    return any(_a_title_word(t) for t in span[1:]) or (
        after is not None
        and span[-1].whitespace_ == " "
        and _a_title_word(after)
        and not in_title_case(span)
    )


def _a_title_word(token: Token) -> bool:
    """A pronoun or a negation, capitalised (`names.title_only_words`)."""
    return token.lower_ in _TITLE_ONLY_WORDS and token.text[:1].isupper()


def article_led(span: Span) -> bool:
    """A definite article of a Romance language and one word: the title of a work, a
    house or a paper ("La Traviata", "La Scala", "Le Monde", "El Pais"); a person named so
    is named in full somewhere too ("Graeme Le Saux")."""
    return len(span) == 2 and span[0].text.istitle() and span[0].lower_ in _NAME_ARTICLES


def a_place(span: Span) -> bool:
    """Said to be a place: listed with a noun for a place ("the western Tamra region and
    Sidi Salem") or with more places than people ("Leeds North West, Taunton, Bristol
    West, Orpington ...", constituencies), named as one ("the city of Belo Horizonte",
    "the states of Mato Grosso and Parana"), the seat of a member's office ("the MP for
    Sleaford"), followed by a clause on "where" ("Leicester South, where the party is
    defending a seat"), opened by a word only a place's name opens with ("San
    Leandro"), or a dateline's (`_datelined`)."""
    after = [t.lower_ for t in span.doc[span.end : span.end + 2] if t.text != ","]
    root = span.root
    labels = [c.ent_type_ for c in root.conjuncts if c.pos_ == "PROPN"]
    places = sum(label in ("GPE", "LOC") for label in labels)
    return (
        after[:1] == ["where"]
        or _datelined(span)
        or len(span) > 1
        and span[0].lower_ in _PLACE_OPENERS
        or _a_seat(span)
        or any(c.pos_ == "NOUN" and c.lower_ in _PLACE_NOUNS for c in root.conjuncts)
        or root.dep_ == "pobj"
        and root.head.lower_ == "of"
        and _singular(root.head.head.lower_) in _PLACE_NOUNS  # "the Brazilian city of X"
        or places >= PLACES_LISTED_MIN
        and places > labels.count("PERSON")
    )


def _datelined(span: Span) -> bool:
    """The place of a dateline opening a story: a name in capitals starting the sentence,
    then a dash, perhaps after a region's or an agency's capitalised words ("KHAN YOUNIS,
    Gaza — ...", "DALLAS (AP) — ..."). A person is never written so at a story's start;
    a transcript's speaker is followed by a colon."""
    doc = span.doc
    if not (span[0].is_sent_start and span.text.isupper() and len(span.text) > 2):
        return False
    for token in doc[span.end : span.end + DATELINE_TAIL_TOKENS]:
        if token.text in _DASHES:
            return True
        if not (token.is_punct or token.text[:1].isupper()):
            return False
    return False


def _a_seat(span: Span) -> bool:
    """The seat an elected member's office is for, with the places listed with it by
    "and" or "or": "the Tory MP for Sleaford and North Hykeham" (a person is the one who
    holds the office, never what it is for: "the MP for Tatton, Esther McVey", should the
    parse join her to the seat by the comma)."""
    head = _before_preposition(span, "for")
    return (
        head is not None
        and office_letters(head)
        and (
            span.root.dep_ != "conj"
            or any(t.lower_ in ("and", "or") for t in span.doc[head.i : span.start])
        )
    )


def located(span: Span) -> bool:
    """A place the sentence opens on, with a preposition and a comma: "In Hollins Green,
    the former Labour MP Neil Pattison is standing"."""
    doc = span.doc
    return (
        span.start > 0
        and bool(doc[span.start - 1].is_sent_start)
        and doc[span.start - 1].lower_ in _PLACE_PREPOSITIONS
        and span.end < len(doc)
        and doc[span.end].text == ","
    )


def placed(span: Span, full: bool = False) -> bool:
    """One word after a preposition of place: "educated at Eton", "in Manchester" (not
    "at Blair's"); with `full`, a name of more words after one used as a preposition
    ("joined them in Port Ellery", not "brought in Tom Hale"), or after one of a noun
    when no common given name leads it (`_placed_on_a_noun`) or "in" on a person's name
    (`_placed_on_a_person`)."""
    doc = span.doc
    if span.start == 0 or (len(span.text.split()) > 1) != full:
        return False
    before = doc[span.start - 1]
    after = doc[span.end] if span.end < len(doc) else None
    return (
        before.lower_ in _PLACE_PREPOSITIONS
        and (after is None or after.text not in ("’s", "'s"))
        and (
            not full
            or before.dep_ == "prep"
            and (
                before.head.pos_ in ("VERB", "AUX")
                or _placed_on_a_noun(span, before)
                or _placed_on_a_person(span, before)
            )
        )
    )


def _placed_on_a_person(span: Span, preposition: Token) -> bool:
    """A name governed by "in" on a name the model tags a person's ("videographer Ann
    Hale in Khan Younis"): where that person is, or the work they are in, never another
    person."""
    head = preposition.head
    return (
        preposition.lower_ == "in"
        and head.pos_ == "PROPN"
        and head.ent_type_ == "PERSON"
        and span.root.head.i == preposition.i
    )


def _placed_on_a_noun(span: Span, preposition: Token) -> bool:
    """A name governed by "in" or "near" on a noun ("explosions in Canary Wharf", "a
    house near Port Ellery"), led by no common given name: a person after a noun's "in"
    is one of trust or interest ("confidence in Kofi Annan", `_TRUST_NOUNS`); "at" on a
    noun is as often aimed at one ("a swipe at Ann Hale"). Nor a noun for a person or
    one had or found, whose "in" names who fills it ("two game-breakers in Josh Lewsey",
    "England have a leader in Ann Hale", "found a friend in Tom Hale")."""
    noun = preposition.head
    return (
        preposition.lower_ in ("in", "near")
        and noun.pos_ == "NOUN"
        and noun.lower_ not in _TRUST_NOUNS
        and noun.lemma_ not in MAY_BE_PERSON
        and not (noun.dep_ == "dobj" and noun.head.lemma_ in ("have", "find"))
        and span.root.head.i == preposition.i
        and not given_name_word(span[0].text)
    )


def plural_subject(span: Span) -> bool:
    """The subject of a verb in the plural, as a band, a team or a party is in British
    copy ("Iron Harvest are one of ...", "Velvet Crow were formed"); not one of a list
    ("Holmes and Radcliffe are ...").
    Nor the subject of an infinitive after "see" or "watch" ("the film saw Kay Lund win"),
    nor that of a "were" in the subjunctive ("if Ann Hale were a man", `_subjunctive`)."""
    root, doc = span.root, span.doc
    if _asked_in_the_plural(span):
        return True
    if root.dep_ not in ("nsubj", "nsubjpass") or root.conjuncts or root.tag_ != "NNP":
        return False
    if span.end >= len(doc) or any(
        t.dep_ == "cc" for t in doc[cached.sentence(doc, span.start).start : span.start]
    ):
        return False  # "Reyes and Democratic rival Dan Carver meet"
    verb = doc[span.end]  # right after the name: "are", "have reunited", "were formed"
    if verb.dep_ == "ccomp" and verb.head.lower_ in _BARE_INFINITIVE_VERBS:
        return False  # "the film saw Kay Lund win an award": an infinitive, not a plural
    return (verb.tag_ == "VBP" or verb.lower_ == "were" and not _subjunctive(verb)) and verb in (
        root.head,
        *(c for c in root.head.children if c.dep_ in ("aux", "auxpass")),
    )


def _subjunctive(were: Token) -> bool:
    """A "were" the subjunctive puts after one subject: in a clause on "if" or "as though"
    ("If Ann Hale were a man, would you vote for her?") or after "wish" ("I wish Ann Hale
    were here"), where a plural says nothing of a band or a team."""
    clause = were.head if were.dep_ in ("aux", "auxpass") else were
    return any(
        c.dep_ == "mark" and c.lower_ in _SUBJUNCTIVE_MARKS
        for w in (were, clause)
        for c in w.children
    ) or (clause.dep_ == "ccomp" and clause.head.lemma_ == "wish")


def _asked_in_the_plural(span: Span) -> bool:
    """The subject of a question's plural verb right before it: "where are Hollis
    Wheels?", "why are Port Ellery so poor?" (of a person, "where is ...")."""
    root, doc = span.root, span.doc
    verb = doc[span.start - 1] if span.start > 0 else None
    return (
        verb is not None
        and root.dep_ == "nsubj"
        and not root.conjuncts
        and verb == root.head
        and verb.tag_ == "VBP"
        and any(c.tag_ == "WRB" and c.i < verb.i for c in verb.children)
    )


def a_fixtures_side(span: Span) -> bool:
    """A side of a fixture: right before or after "v" ("Newcastle v Tottenham", "Preston
    v West Brom"), or listed with the name that is ("Newcastle v Tottenham or Nottingham
    Forest"), when the other side is no name the model tags a person's. A tennis or a
    boxing draw sets people against each other ("Henman v Federer"), and so both stay."""
    doc = span.doc
    # the mention's own words, and those of each name the parse lists with it
    extents = [(span.start, span.end)] + [
        (c.left_edge.i, c.i + 1) for c in span.root.conjuncts if not span.start <= c.i < span.end
    ]
    for start, end in extents:
        if end + 1 < len(doc) and doc[end].lower_ in _VERSUS:
            other = doc[end + 1]
        elif start >= 2 and doc[start - 1].lower_ in _VERSUS:
            other = doc[start - 2]
        else:
            continue
        if other.pos_ == "PROPN" and other.ent_type_ != "PERSON":
            return True
    return False


def a_peoples_plural(span: Span) -> bool:
    """A people named in the plural: every word tagged a nationality or group (NORP), the
    last a plural proper noun ("Hispanics", "African-Americans are"). A person's name is
    singular, even when a stray "he" follows it ("African-Americans, he said, can ...")."""
    return all(t.ent_type_ == "NORP" for t in span) and span[-1].tag_ == "NNPS"


def modifier_only(span: Span) -> bool:
    """The mention only modifies a common noun: "a Lib Dem vote", "the Manchester hotels"."""
    root = span.root
    return root.dep_ in ("compound", "amod") and root.head.pos_ == "NOUN"


def made_by_its_makers(span: Span) -> bool:
    """The title of a work named by those who make it: the object of "of" after a noun
    for them, or the first of a list there ("the creator of Family Guy", "the directors
    of Shameless, Hustle and Bodies"), or the name in the compound before a noun for
    those who made it ("Wife Swap makers sue"; `names.work_makers`), or what its maker is
    said to have made (`_said_made`)."""
    if _said_made(span):
        return True
    root = span.root
    while root.dep_ == "conj" and root.head.i < root.i and root.head.pos_ == "PROPN":
        root = root.head
    if root.dep_ == "pobj" and root.head.lower_ == "of":
        noun, makers = root.head.head, _WORK_MAKERS
    elif root.dep_ == "compound" and root.head.i > root.i:
        noun, makers = root.head, _MADE_WORK_MAKERS
    else:
        return False
    return noun.pos_ == "NOUN" and _singular(noun.lower_) in makers


def _said_made(span: Span) -> bool:
    """A participle of making a work follows the name, with its maker's name after "by"
    ("Silver Road, directed by Ann Hale", "Crimson Tide was written by Tom Lane", "Fat
    Albert - co-written by Bill Cosby"; `names.making_participles`): read off the words,
    as the parse hangs a dashed or hyphenated one anywhere; a passive's only where the
    name is its subject ("the letter to Tom Hale was written by" is not his)."""
    doc, i = span.doc, span.end
    if i < len(doc) and doc[i].lower_ in _BEFORE_A_MAKING:
        i += 1
    elif span.root.dep_ == "nsubjpass":
        while i < len(doc) and i - span.end < 2 and doc[i].lower_ in _PASSIVE_AUXILIARIES:
            i += 1
    if i + 1 < len(doc) and doc[i].lower_ == "co" and doc[i + 1].text == "-":
        i += 2  # "co-written", tokenised "co", "-", "written"
    word = doc[i].lower_.removeprefix("co-") if i < len(doc) else ""
    return (
        word in _MAKING_PARTICIPLES
        and i + 2 < len(doc)
        and doc[i + 1].lower_ == "by"
        and doc[i + 2].text[:1].isupper()
    )


def a_works_maker(span: Span) -> bool:
    """The name modifies a noun for a work: "the Dan Pryor film", "two Ann Ray novels",
    "the Ray Dennis biopic" (its maker or its subject: a person either way, where "the
    Biden administration" says nothing), or a run of nouns that modifies one: "the Ann
    Ray tribute album"; not a work's noun that itself modifies another ("a Ryan Air film
    crew", "the Ann Ray film festival": a crew's, a festival's; a title after the noun is
    the work's: "Ben Stiller comedy Meet The Parents")."""
    root = span.root
    if root.dep_ not in ("compound", "amod"):
        return False
    noun = root.head
    while not _work_noun(noun, plural=True) and noun.dep_ == "compound" and noun.head.i > noun.i:
        noun = noun.head
    return _work_noun(noun, plural=True) and not (
        noun.dep_ == "compound" and noun.head.i > noun.i and noun.head.pos_ == "NOUN"
    )


def owns_a_work(span: Span) -> bool:
    """The name is in the possessive before a noun for a work: "Ann Ray's latest film",
    "Ray's previous novel Silver Road" (its maker's, where "Ray's Tomas Ruiz" says
    nothing of what Ray does)."""
    last = span[-1]
    noun = last.head
    return (
        last.dep_ == "poss"
        and noun.i > last.i
        and any(_work_noun(t, plural=True) for t in span.doc[last.i + 1 : noun.i + 1])
    )


def determined(doc: Doc) -> set[str]:
    """Folded names the article writes with an article of their own, singular: "the Lib
    Dems" makes "Lib Dem" a party's name, not a person's ("the late X" has its "the"
    outside the name, and so has "the Ray Dennis biopic": the noun's). Nor a person's
    likeness, tagged a person's before "of" ("Page is the Steve Jobs of Google")."""
    words = cached.words(doc)
    return {
        fold(ent[1:].text).removesuffix("s")
        for ent in cached.ents(doc)
        if len(ent) > 1
        and ent[0].lower_ == "the"
        and name_like(ent[1].text)
        and not (ent[0].head.pos_ == "NOUN" and ent[0].head.i >= ent.end)
        and not (ent.label_ == "PERSON" and ent.end < len(words) and words[ent.end] == "of")
    }


def common_nouns(doc: Doc) -> set[str]:
    """The nouns the article writes in lower case: the words of the language it uses as
    words ("the robot", "the kettle"), against which a name made of them is seen to be
    a thing's ("Copper Robot", "Crimson Kettle")."""
    tags, words = cached.tags(doc), cached.words(doc)
    return {  # `is_lower` and `is_alpha` are these tests of the word, read without a Token
        lower
        for lower, tag, word in zip(cached.lowers(doc), tags, words, strict=True)
        if tag == "NOUN" and word.islower() and word.isalpha()
    }


def short_forms(doc: Doc) -> set[str]:
    """Folded short forms the article defines for organisations: "the Entertainment and
    Leisure Software Publishers Association (Elspa)"."""
    found = set()
    for ent in cached.ents(doc):
        if ent.label_ != "ORG" or ent.end + 2 >= len(doc):
            continue
        opening, short, closing = doc[ent.end], doc[ent.end + 1], doc[ent.end + 2]
        if opening.text == "(" and closing.text == ")" and name_like(short.text):
            found.add(fold(short.text))
    return found


def organisation_prefixes(doc: Doc) -> set[str]:
    """Folded beginnings of longer names the model tags as organisations, where a name
    word follows: a firm's short form ("Forrester" of "Forrester Research", "Krispy
    Kreme" of "Krispy Kreme Doughnuts", "Highfield" of "Highfields Capital Management");
    not a possessor ("Blair's government")."""
    found: set[str] = set()
    for ent in cached.ents(doc):
        if ent.label_ not in ("ORG", "FAC"):
            continue
        start = ent.start + 1 if ent[0].lower_ == "the" else ent.start
        for end in range(start + 1, ent.end):
            if not name_like(doc[end].text):
                break
            prefix = fold(cached.span_text(doc, start, end))
            found |= {prefix, prefix.removesuffix("s")}
    return found


@dataclass
class Labels:
    """How the model labels each folded word and phrase over the whole article."""

    person: Counter[str] = field(default_factory=Counter)
    other: Counter[str] = field(default_factory=Counter)
    firm: Counter[str] = field(default_factory=Counter)  # organisations and products

    @classmethod
    def of(cls, doc: Doc) -> Labels:
        labels = cls()
        words, lowers = cached.words(doc), cached.lowers(doc)
        for start, end, label, text in cached.ent_rows(doc):
            if label == "PERSON":
                labels.person[fold(text)] += 1
            elif label in _OTHER_LABELS:
                labels.other[fold(text)] += 1
                if label in ("ORG", "PRODUCT"):
                    labels.firm[fold(text)] += 1
                if end - start > 1 and lowers[end - 1] in _COMPANY_SUFFIXES:
                    labels.other[fold(words[start])] += 1  # "Baoshan Iron and Steel Co"
        return labels

    def a_firm(self, word: str) -> bool:
        """The model calls this word, standing alone, an organisation or a product more
        than once and more often than a person (once may be a slip: "Haile's" ORG)."""
        key = fold(word)
        return self.firm[key] >= FIRM_LABELS_MIN and self.firm[key] > self.person[key]

    def outvoted(self, form: str) -> bool:
        """The model calls this form something else more often than a person."""
        key = fold(form)
        return self.other[key] > self.person[key]
