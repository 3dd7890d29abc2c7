"""What the tokens around a candidate name say about it: name-like words, possessives,
honorifics, speech verbs and title appositions, and words that are no name at all."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from rapidfuzz.distance import JaroWinkler

from generator import lexicon
from generator.article import cached
from generator.article.person_words import PERSON_NOUNS
from generator.article.roles import market_leader
from generator.settings import ITS_WINDOW, SURNAME_SIMILARITY
from generator.text.marks import OPENING_QUOTES, SIGNING_DASHES
from generator.text.names import given_name_word

if TYPE_CHECKING:  # the language model is imported only by runs that parse
    from spacy.tokens import Doc, Span, Token

__all__ = [
    "before_a_given_name_as_followers",
    "BAD_CHARS",
    "DESCRIPTORS",
    "HONORIFICS",
    "KIN_NOUNS",
    "OCCUPATIONS",
    "PARTICLES",
    "TITLE_WORDS",
    "a_bodys",
    "a_part_played",
    "after_a_person_noun",
    "aged",
    "described_after",
    "described_before",
    "garbled",
    "given_name",
    "honoured",
    "honours",
    "his_own",
    "his_in_clause",
    "he_in_clause",
    "its_in_clause",
    "its_own_in_clause",
    "joins_name",
    "lettered",
    "listed",
    "misspelling_site",
    "name_like",
    "not_a_person",
    "office_letters",
    "played",
    "shown_a_person",
    "signs_a_quote",
    "speaks",
    "speaks_as_one",
    "strip_possessive",
    "styled",
    "titled",
    "which",
    "who",
    "with_other_people",
    "without_honorific",
]

# a word written as a name is: a capital letter (any alphabet), then letters, digits,
# apostrophes, dots or hyphens ("O'Neill", "J.", "Šimonytė", "Kilroy-Silk")
_NAME_SHAPE = re.compile(r"^[^\W\d_][\w'’.-]*$")
KIN_NOUNS = lexicon.words("titles", "kin_nouns")  # "his son X", "X, the widow of Y"
PARTICLES = lexicon.words("names", "particles")
BAD_CHARS = re.compile(r"[\d+@#²/\\|=<>{}\[\]]")
# capitals a product's name ends in ("Nintendo DS", "Sony PSP"), and a king's numeral
_MODEL_LETTERS = re.compile(r"^[A-Z]{2,3}$")
_ROMAN = re.compile(r"^[IVXLC]+$")
_POSSESSIVE = re.compile(r"\s*['’]s?$")
_POSSESSIVE_ENDS = ("'", "’", "'s", "’s")
_AGE = re.compile(r"^[1-9]\d?$")  # a person's age in years: "22", not "2004" nor "07"
# cut from the front of a name of three words or more: "Keeper Petr Cech"
DESCRIPTORS = lexicon.words("titles", "descriptors")
HONORIFICS = lexicon.words("titles", "honorifics")
_REGNAL = lexicon.words("titles", "regnal_titles")
_FOLLOWER_ENDINGS = tuple(lexicon.words("names", "follower_endings"))
_STYLES = lexicon.words("titles", "styles")  # "the Rt Hon Ann Dale"
_POST_NOMINALS = lexicon.words("titles", "post_nominals")
_OFFICE_LETTERS = lexicon.words("titles", "office_letters")
_LETTER_BODIES = lexicon.words("names", "letter_bodies")  # "Matrix Chambers KC"
# words for a trade (roles of their own without a title: "Everton striker")
OCCUPATIONS = frozenset(w for ws in lexicon.table("titles", "role_fields").values() for w in ws)
TITLE_WORDS = lexicon.words("titles", "titles")
# speech verbs whose subject speaks: in "X quoted Y as saying", X is the publication
_SPEAKING = lexicon.words("speech", "verbs") - lexicon.words("speech", "quoting")
# a person's pronouns, and what stands between a subject and one in its own clause
_PERSONAL_PRONOUNS = frozenset({"he", "she", "his", "her"})
_FIRST_SINGULAR = lexicon.words("pronouns", "first_singular")  # "I", "me", "my"
_EXAMPLE_WORDS = lexicon.words("names", "example_words")  # "writers like X"
# what joins a name to the others of its kind: "X among other stars", "X and other ministers"
_WITH_OTHERS = frozenset({"among", "and", "or"})
_FIRMS_TOO = lexicon.words("titles", "firm_roles")  # "producers such as BHP"
_FIRM_TRADES = lexicon.words("titles", "firm_trades")  # "Al Jazeera, the broadcaster"
_MEDIA = lexicon.words("speech", "media")  # "Radio", "BBC": a news outlet's name
# words for a person right before a name that mark it one's: no firm is called them
_DESCRIBING = (
    # and the other nouns only a person is ("Brazilian youngster Marta", "character Dot")
    (DESCRIPTORS | OCCUPATIONS | KIN_NOUNS | lexicon.words("titles", "person_nouns"))
    - lexicon.words("titles", "anyone_nouns")  # "Man Utd", "Girl Guides", "People Power"
    - _FIRMS_TOO
    - _FIRM_TRADES
    - lexicon.words("titles", "unmarking_descriptors")  # "clubs bar Chelsea"
)
_LOOSE_DESCRIPTORS = lexicon.words("titles", "loose_descriptors")  # "the star Sirius"
_CLAUSE_TAGS = frozenset({"AUX", "VERB", "ADV", "PART", "SCONJ"})
_CONTESTS = lexicon.words("names", "contest_verbs")
_CONTEST_PREPOSITIONS = lexicon.words("names", "contest_prepositions")
_ROLE_VERBS = lexicon.words("names", "role_verbs")  # "played Phoebe in the sitcom"
_VOICING_VERBS = lexicon.words("names", "voicing_verbs")  # "will voice Charlotte"
# what a part is played in, or called: "in the sitcom", "another role"
_ROLE_NOUNS = lexicon.words("names", "role_nouns")
_PASSIVE_PERSON_VERBS = lexicon.words("names", "passive_person_verbs")
# days and months: words of a date, never a surname misspelt ("Monday" is no "Mondale")
_CALENDAR = lexicon.words("calendar", "weekdays") | lexicon.words("calendar", "months")


def name_like(text: str) -> bool:
    """Written as a name word: capitalised, no digits or symbols first."""
    return text[:1].isupper() and _NAME_SHAPE.match(text) is not None


def before_a_given_name_as_followers(token: Token) -> bool:
    """A capitalised word of the shape of a word for the people of a place or the
    followers of a leader ("Californian", "New Yorker", "Blairite": `FOLLOWER_ENDINGS`),
    no common given name, right before a common given name: it describes the person
    ("Californian Thomas Slattery" is Thomas Slattery), as a given name never stands
    before another there ("Dylan Thomas Hale" opens with one)."""
    doc = token.doc
    return (
        token.is_title
        and token.lower_.endswith(_FOLLOWER_ENDINGS)
        and not given_name(token)
        and token.i + 1 < len(doc)
        and given_name(doc[token.i + 1])
    )


def given_name(token: Token) -> bool:
    """A common given name written as one ("Hugh", not "HUGH" nor "hugh")."""
    return given_name_word(token.text)


def strip_possessive(text: str) -> str:
    # the pattern is tried at every character: most texts end in no apostrophe nor
    # "'s" (before a last line break, where `$` matches too), and are only stripped
    if not (text[:-1] if text.endswith("\n") else text).endswith(_POSSESSIVE_ENDS):
        return text.strip()
    return _POSSESSIVE.sub("", text).strip()


def joins_name(token: Token) -> bool:
    """The hyphen inside "Carl-Henric" or "Juku-Kalle", tokenised on its own."""
    doc = token.doc
    return (
        token.text == "-"
        and 0 < token.i < len(doc) - 1
        and not doc[token.i - 1].whitespace_
        and not token.whitespace_
    )


def styled(token: Token) -> bool:
    """A word of a style before an honorific, a title or the style's other word ("Rt" and
    "Hon" of "the Rt Hon Ann Dale", "Rt" of "Rt Rev"); "Hon Lik" is a name."""
    doc, i = token.doc, token.i
    if token.lower_ not in _STYLES:
        return False
    after = doc[i + 1].lower_ if i + 1 < len(doc) else ""
    return after in HONORIFICS | TITLE_WORDS | _STYLES or i > 0 and doc[i - 1].lower_ in _STYLES


def honours(token: Token) -> bool:
    """An honour's or a degree's letters after a person's name ("QC", "OBE"): a sign
    that the name before them is a person's."""
    return token.lower_ in _POST_NOMINALS


def office_letters(token: Token) -> bool:
    """An elected member's office in letters, in capitals ("MP", "MSP", "AM")."""
    return token.text.isupper() and token.lower_ in _OFFICE_LETTERS


def lettered(name: Span) -> bool:
    """The name ends in letters written after a person's name, not part of it: an
    honour's ("Ann Lee QC"), or an office's after a name led by a given name ("Tom
    Garside MP"; "Dunford West MP" is a constituency's member)."""
    last = name[-1]
    return (
        len(name) > 2
        and (name[-2].lower_ not in _LETTER_BODIES or given_name(name[0]))
        and (honours(last) or office_letters(last) and given_name(name[0]))
    )


def a_bodys(text: str) -> bool:
    """A body's name before its members' letters ("Matrix Chambers KC", "Essex Chambers
    QC"): no person's; "Helen Chambers QC", led by a given name, is one."""
    words = text.split()
    return (
        len(words) > 2
        and words[-2].lower() in _LETTER_BODIES
        and words[-1].lower() in _POST_NOMINALS
        and not given_name_word(words[0])
    )


def honoured(name: Span) -> bool:
    """A name of two words or more right before an honour's letters, led by a given name
    ("Philip Sands QC") or speaking as one the article shows a person elsewhere ("Rufus
    Hale QC told the inquiry ... Mr Hale"): a person's; a place's is not ("Pointe-Vermeil
    QC", "Saint Aubert QC": a province's letters), nor a body's ("Essex Chambers QC said")."""
    doc = name.doc
    return (
        name.end < len(doc)
        and honours(doc[name.end])
        and len(name.text.split()) >= 2
        and (name[-1].lower_ not in _LETTER_BODIES or given_name(name[0]))
        and (
            given_name(name[0])
            or (speaks(doc[name.end]) or speaks(name.root))
            and _a_person_elsewhere(name)
        )
    )


def shown_a_person(name: Span) -> bool:
    """A name before letters ("Tom Hale QC", "Bolton West MP") led by a given name or
    shown a person's elsewhere in the article: the letters' holder, not a body's or a
    constituency's."""
    return given_name(name[0]) or _a_person_elsewhere(name)


def _a_person_elsewhere(name: Span) -> bool:
    """A title or a word for a person right before the name ("Lord Pannick QC",
    "campaigner Ann Lee OBE") or ending with its phrase at the comma before it ("The chair
    of the society, Ann Lee QC"), the name going on to "he" or "she" past its letters, or
    its last word standing elsewhere after an honorific ("Mr Hale") or in a name the model
    tags a person's."""
    doc = name.doc
    before = doc[name.start - 1].lower_ if name.start > 0 else ""
    if before in HONORIFICS or before in PERSON_NOUNS:
        return True
    if before == "," and any(
        t.lower_ in PERSON_NOUNS
        and t.right_edge.i in (name.start - 2, name.start - 1)
        and _opens_its_sentence(t)
        for t in doc[name.start - 1].sent
        if t.i < name.start - 1
    ):
        return True
    if his_own(doc[name.start : name.end + 1]):
        return True
    last = name[-1].text
    return any(
        t.text == last
        and not name.start <= t.i <= name.end
        and (t.ent_type_ == "PERSON" or t.i > 0 and doc[t.i - 1].lower_ in HONORIFICS)
        for t in doc
    )


def _opens_its_sentence(noun: Token) -> bool:
    """The noun's phrase opens its sentence with no verb in it: "The chair of the society,
    Ann Lee QC, said" names her; "After meeting the minister, Hull North MP said" does not
    (the phrase is a clause's object)."""
    phrase = noun.doc[noun.left_edge.i : noun.right_edge.i + 1]
    return noun.left_edge.i == noun.sent.start and not any(
        t.pos_ in ("VERB", "AUX") for t in phrase
    )


def not_a_person(span: Span) -> bool:
    """What the words around a name tagged PERSON show it is not one: a determiner of its
    own right before it, or before a year ("The Cloud", "the 1996 Justice Bill"; "the late
    Simon Hollis" is a person), a saint's name ("St Oswin's school"), a product's
    letters at its end ("Mario Kart DS"), "which" after one word ("Rockstar, which ..."), or the
    words before a title and a name ("Lib Dem Treasury chief Colin Marsh"; "Ian
    Petherick, chief economist" is a person).
    """
    doc = span.doc
    i = span.start - 1
    while i > 0 and doc[i].like_num:  # "the 1996 Justice Bill"
        i -= 1
    before = doc[i] if i >= 0 else None
    after = doc[span.end : span.end + 2]
    if before is not None and before.dep_ == "det" and span.start <= before.head.i < span.end:
        return True
    if span[0].text in ("St", "St.", "Saint"):
        return True
    last = span[-1].text
    if (
        len(span) > 1
        and _MODEL_LETTERS.match(last)
        and not _ROMAN.match(last)  # "Henry VIII"
        and not honours(span[-1])  # "Mansfield QC"
        and not lettered(span)  # "Tom Garside MP"
    ):
        return True  # "Mario Kart DS", "Windows XP": a product's letters
    # one word only: "a guitar which belonged to Danny Rourke, which ..." is no case
    following = [t.lower_ for t in doc[span.end : span.end + 2] if t.text != ","]
    if len(span.text.split()) == 1 and following[:1] == ["which"]:
        return True
    return (
        len(after) == 2
        and after[0].lower_ in TITLE_WORDS
        and after[1].pos_ == "PROPN"
        and after[1].text[:1].isupper()
    )


def without_honorific(span: Span) -> Span:
    """ "Mr Trainor" is "Trainor", so that it joins "Mike Trainor" in the article; "Rt Rev
    Hale" (a style and an honorific) is "Hale"."""
    start = span.start
    while start < span.end - 1 and (
        span.doc[start].lower_ in HONORIFICS or styled(span.doc[start])
    ):
        start += 1
    return span.doc[start : span.end]


def garbled(word: str, surname: str, addressed: bool = False) -> bool:
    """A folded word that reads as a misspelling of a surname in the article ("Helem" for
    "Hellem", "Abbott" for "Abbot": a last letter doubled), not another word built on it
    ("Murrayfield" after "Scott Murray", "Leeds" after "Ann Lee", "the Beckhams": the
    whole surname and more) unless a form of address makes it a surname (`addressed`:
    "Mr Sans" after "Jez San"), nor a day or month ("Monday" after "Walter Mondale")."""
    return (
        word[:1] == surname[:1]
        and (addressed or not word.startswith(surname) or word == surname + surname[-1:])
        and word not in _CALENDAR
        and abs(len(word) - len(surname)) <= 2
        and JaroWinkler.similarity(word, surname) >= SURNAME_SIMILARITY
    )


def _addresses(word: Token) -> bool:
    """A form of address or a title before a name ("Mr Gate's", "President Zelenskyy"),
    not a royal's, whose one name is no surname ("Prince William")."""
    return word.lower_ in HONORIFICS or word.lower_ in TITLE_WORDS and word.lower_ not in _REGNAL


def misspelling_site(doc: Doc, start: int, end: int) -> bool:
    """Whether the word at `start`..`end` stands where a surname misspelled could: alone,
    with no other name's word beside it but a form of address or a title ("Mr Gate's",
    "President Zelenskyy" after "Volodymyr Zelensky"; beside one it is part of that name
    or title: "First Minister", "a Franck Muller watch"), not after "the" ("Shaun of the
    Dead" beside "Grant Dean"), nor describing a lower-case noun after it ("Shadow home
    secretary" beside "Danny Shaw"), however close to a surname in the article."""
    word = doc[start]
    before = doc[start - 1] if start else None
    head = word.head
    return not (
        end < len(doc)
        and name_like(doc[end].text)
        or before is not None
        and (before.pos_ == "PROPN" and not _addresses(before) or before.lower_ == "the")
        or word.dep_ in ("compound", "amod")
        and head.i >= end
        and head.pos_ == "NOUN"
        and head.is_lower
    )


def signs_a_quote(span: Span) -> bool:
    """A name of two words or more after a quotation's closing mark and a dash, ending its
    paragraph or set off by a comma (""...." ― Ana Ruiz"): a letter or a vox pop signed,
    its words the name's."""
    doc = span.doc
    if len(span) < 2 or span.start < 2:
        return False
    dash, mark = doc[span.start - 1], doc[span.start - 2]
    if dash.text not in SIGNING_DASHES or not mark.is_quote:
        return False
    after = doc[span.end] if span.end < len(doc) else None
    return after is None or after.is_space or after.text in (".", ",")


def speaks(token: Token) -> bool:
    """The subject of a speech verb ("Madis Roll ... said"); in "X quoted Y as saying"
    X is the publication, Y the speaker."""
    return token.dep_ in ("nsubj", "nsubjpass") and token.head.lower_ in _SPEAKING


def speaks_as_one(token: Token) -> bool:
    """The subject of a speech verb whose reported words, in quotation marks right next
    to the subject and the verb, say "I", "me" or "my" (""I had no idea," said Okafor"):
    one person speaking; a firm, a team or a place speaks as "we". Not words the parse
    hangs on the verb from further on ("X said he was hurt - later he exclaimed: "I
    ...""), which another frame holds. Nor a word alone the model tags a firm's or a
    product's, with no "who" after it: chatbots, voice assistants and bands speak as "I"
    too ("Trevalent, who has led the club" is a person's)."""
    if not speaks(token) or _a_things_word(token) and not who(token):
        return False
    doc = token.doc
    verb = token.head
    lo, hi = min(token.i, verb.i), max(token.i, verb.i)
    for clause in verb.children:
        if clause.dep_ != "ccomp":
            continue
        first, last = clause.left_edge.i, clause.right_edge.i
        between = doc[last + 1 : lo] if last < lo else doc[hi + 1 : first]
        if doc[first].text in OPENING_QUOTES:
            first += 1
        elif first == 0 or doc[first - 1].text not in OPENING_QUOTES:
            continue
        if all(t.is_punct for t in between) and _says_i(doc[first : last + 1]):
            return True
    return False


def _capitalised_noun(token: Token) -> bool:
    return token.text[:1].isupper() and token.pos_ in ("PROPN", "NOUN")


def _a_things_word(token: Token) -> bool:
    """A word the model tags alone as a firm or a product ("Alexa", "Cortana")."""
    doc = token.doc
    return (
        token.ent_type_ in ("ORG", "PRODUCT")
        and token.ent_iob_ == "B"
        and (token.i + 1 == len(doc) or doc[token.i + 1].ent_iob_ != "I")
    )


def _says_i(words: Span) -> bool:
    """Quoted words holding the pronoun "I", "me" or "my" as the tagger reads it, not a
    numeral after a noun ("Phase I", "Charles I"; "But I" is the pronoun) nor a name ("the
    Me Too movement") nor "Oh my", and
    not inside a quotation within them, which is someone else's ("a patient wrote 'I am
    well'"): the marks after the opening one take turns opening and closing one."""
    nested = False
    for word in words:
        if word.tag_ in ("``", "''"):
            nested = not nested
        elif (
            not nested
            and word.tag_ in ("PRP", "PRP$")
            and word.lower_ in _FIRST_SINGULAR
            and not (word.lower_ == "i" and word.i > 0 and _capitalised_noun(word.nbor(-1)))
        ):
            return True
    return False


def his_own(span: Span) -> bool:
    """The subject whose clause goes on to "he", "she", "his" or "her": "Adrian Vlad
    said he would appeal", "Tara Quinn has lost her title" (a firm's would be "its").
    Not a news outlet's name told what the pronoun's clause reports: "the coach told
    Radio Harwick he was pleased" is the coach's (`_reported_to_the_media`)."""
    for token in span.doc[span.end : span.end + ITS_WINDOW]:
        if token.lower_ in _PERSONAL_PRONOUNS:
            return not _reported_to_the_media(span, token)
        if token.pos_ not in _CLAUSE_TAGS:
            return False
    return False


def _reported_to_the_media(span: Span, pronoun: Token) -> bool:
    """The span names a news outlet (a word of `speech.media` before its last: "Radio
    Harwick", "BBC Cymru"; a last "Press" is a surname as often), the object of a verb
    whose reported clause the pronoun opens: "told Radio Harwick he was pleased". A
    person told so is as often the one the pronoun stands for ("the panel told Ilse Varga
    she had won"), whom the model may tag a firm."""
    verb = span.root.head
    return (
        span.root.dep_ in ("dobj", "dative")
        and any(t.lower_ in _MEDIA for t in span[:-1])
        and pronoun.dep_ in ("nsubj", "nsubjpass")
        and pronoun.head.dep_ == "ccomp"
        and pronoun.head.head == verb
    )


def his_in_clause(token: Token) -> bool:
    """The subject of a clause that goes on to "his" or "her" as a possessive, or "he"
    or "she", with no other name, pronoun or word for a person before it: "Moody had
    to be put on a drip ... through his infected finger" (a firm's would be "its"; in
    "Orbis sacked its boss after his remarks" the boss is the one)."""
    return _first_pronoun_in_clause(token) in ("his", "he", "she", "her")


def he_in_clause(token: Token) -> bool:
    """The subject of a clause whose first pronoun is "he" or "she" as a subject, with no
    other name, pronoun or word for a person before it: "Lorimer admitted he was tired"
    (a firm's clause says "it"; a "his" may be someone else's: "Thrift got a mention
    near the end of his speech")."""
    return _first_pronoun_in_clause(token) in ("he", "she")


def its_in_clause(token: Token) -> bool:
    """The subject of a clause that goes on to "its" or "it" before any other name,
    pronoun or word for a person: "Orbis said its profits rose" (a firm's, a place's)."""
    return _first_pronoun_in_clause(token) in ("its", "it")


def its_own_in_clause(token: Token) -> bool:
    """The subject of a clause whose first pronoun is the possessive "its": "Orbis is
    parting company with its chief executive". Not "it", which a person's clause has as
    often ("Hale said it was hard")."""
    return _first_pronoun_in_clause(token) == "its"


def _first_pronoun_in_clause(token: Token) -> str | None:
    """The first pronoun of the clause a subject heads, when no name or word for a
    person stands before it ("her" only as a possessive), but the one the subject is
    said to be; None otherwise."""
    if token.dep_ != "nsubj":
        return None
    doc = token.doc
    for word in doc[token.i + 1 : token.head.right_edge.i + 1]:
        if (
            word.lower_ in ("his", "he", "she", "its", "it")
            or word.lower_ == "her"
            and word.dep_ == "poss"
        ):
            return word.lower_
        if (
            word.pos_ in ("PROPN", "PRON")
            or word.pos_ == "NOUN"
            and word.lower_ in PERSON_NOUNS  # "his" after one may be that person's
            and not _what_the_subject_is(word, token)
        ):
            return None
    return None


def _what_the_subject_is(noun: Token, subject: Token) -> bool:
    """The noun says what the subject is or became, so a pronoun after it is still the
    subject's: "Marsh became the youngest woman to win the title when she beat ..."."""
    return noun.dep_ == "attr" and noun.head == subject.head


def undergoes_as_a_person(token: Token) -> bool:
    """The passive subject of a verb only a person undergoes
    (`names.passive_person_verbs`): "Ivo Brandt was jailed"; the active subject of the
    same verbs is often a court, a police force or a school."""
    return token.dep_ == "nsubjpass" and token.head.lower_ in _PASSIVE_PERSON_VERBS


def who(token: Token) -> bool:
    """Followed by a relative clause on "who": "Enrico Vitale, who has filed lawsuits"
    (companies and places take "which")."""
    return any(
        c.dep_ == "relcl" and any(w.lower_ in ("who", "whom", "whose") for w in c.children)
        for c in token.children
    )


def which(token: Token) -> bool:
    """The subject of its clause, followed right after it, or after its comma, by a
    relative clause on "which" that hangs on it: "Kestrel Mobile, which lost 3,000
    customers, is to cut jobs" (a person takes "who"). Only a subject: nothing has come before
    it that "which" may stand for. After an object, or a name ending a phrase, it may stand
    for the clause or the noun before ("the title went to Ann Hale, which surprised nobody",
    "a spin-off from Ann Hale, which has been rumoured")."""
    doc, after = token.doc, token.i + 1
    if after < len(doc) and doc[after].text == ",":
        after += 1
    return (
        token.dep_ in ("nsubj", "nsubjpass")
        and after < len(doc)
        and doc[after].lower_ == "which"
        and any(c.dep_ == "relcl" and any(w.i == after for w in c.children) for c in token.children)
    )


def listed(token: Token, named: set[int]) -> bool:
    """One of a list whose names are mostly people's full names (`named`: the tokens of
    those): "Richard Harte and Dominic Lowe", "Ingrid Holm and Anni-Lise
    Norrby"; not "Harry Tanner and the Castle of Mirrors, Finding Rex and The King
    of the Hills" (one title the model took for a person)."""
    names = [c.i in named for c in _fellows(token) if c.pos_ == "PROPN"]
    return sum(names) > len(names) - sum(names)


def played(token: Token, named: set[int]) -> bool:
    """One side of a match report's verb whose other side is a person's full name
    (`named`: the tokens of those) or tagged a person's: "X edged Reilly Opal 7-6", "X
    cruised past Tarrant", "Ben Tarrant defeated X" (a firm beats a rival, no person)."""
    verb = token.head
    if token.dep_ == "nsubj":
        others = [c for c in verb.children if c.dep_ == "dobj"] if verb.lower_ in _CONTESTS else []
        others += [
            g
            for c in verb.children
            if c.dep_ == "prep" and c.lower_ in _CONTEST_PREPOSITIONS
            for g in c.children
            if g.dep_ == "pobj"
        ]
    elif token.dep_ == "dobj" and verb.lower_ in _CONTESTS:
        others = [c for c in verb.children if c.dep_ == "nsubj"]
    else:
        return False
    return any(o.i in named or o.ent_type_ == "PERSON" for o in others)


def a_part_played(token: Token) -> bool:
    """The character a person plays, portrays or voices: the direct object of such a
    verb whose player is a person, as the key counts characters ("Kudrow, who played
    Phoebe in the sitcom", "She will voice Charlotte"). The player is the verb's subject
    (or the name a "who" clause hangs on, or the one persuaded "to play" it) tagged a
    person's or led by a common given name, "he" or "she", or a word for a person. One
    played or portrayed needs a work it is played in ("in the sitcom", "in Hamlet") or
    a role in apposition ("Ruth Kane, the lead role"); a side, a rival or a venue is
    played in a match or a tour ("they play Chelsea in London", "the singer played
    Glastonbury in Somerset"), where no part is named."""
    verb = token.head
    if token.dep_ != "dobj" or verb.lower_ not in _ROLE_VERBS | _VOICING_VERBS:
        return False
    return _a_player(verb) and (
        verb.lower_ in _VOICING_VERBS
        or any(c.dep_ == "appos" and c.lower_ in _ROLE_NOUNS for c in token.children)
        or _in_a_work(verb, token)
    )


def _a_player(verb: Token) -> bool:
    """Someone plays: the verb's subject, the name its "who" clause describes, or the
    one persuaded or signed up "to play", is a person's name, "he" or "she", or a word
    for a person."""
    players = [c for c in verb.children if c.dep_ == "nsubj"]
    if verb.dep_ == "relcl":
        players.append(verb.head)
    elif verb.dep_ == "xcomp":
        players += [c for c in verb.head.children if c.dep_ in ("nsubj", "dobj")]
    return any(
        p.ent_type_ == "PERSON"
        or p.lower_ in ("he", "she")
        or p.lower_ in PERSON_NOUNS
        or any(c.dep_ == "compound" and given_name(c) for c in p.children)  # "Matthew Perrin"
        for p in players
    )


def _in_a_work(verb: Token, token: Token) -> bool:
    """The part is played "in" a work: a noun for one (`names.role_nouns`: "played
    Chandler in the sitcom") or a title the model tags a work's ("played Hamlet in
    Macbeth Reborn"). Any other name after "in" is far more often a city or a
    competition ("played Chelsea in London", "play Celtic in Group C"), and the model
    tags a show's title a place's as often as a city's ("Phoebe in Friends": GPE), so
    that title is no sign."""
    return any(
        c.dep_ == "prep"
        and c.lower_ == "in"
        and c.i > token.i
        and any(
            o.dep_ == "pobj"
            and (o.pos_ == "NOUN" and o.lower_ in _ROLE_NOUNS or o.ent_type_ == "WORK_OF_ART")
            for o in c.children
        )
        for c in (*verb.children, *token.children)
    )


def _fellows(token: Token) -> set[Token]:
    """The other names of the list a name is in: its conjuncts, and the names the parse
    hangs on the list's first as appositions ("features Lena Marsh, Coldplay, Tom Reid,
    Ann Lee and Jo Park", where "Coldplay" and "Ann Lee" are appositions of "Marsh")."""
    first = token.head if _named_apposition(token) else token
    heads = [first, *(c for c in first.children if _named_apposition(c))]
    fellows = {t for head in heads for t in (head, *head.conjuncts)}
    fellows.discard(token)
    return fellows if any(t.dep_ == "conj" for t in fellows | {token}) else set(token.conjuncts)


def _named_apposition(token: Token) -> bool:
    """A bare name in apposition to another name, as items of a list are parsed; not a
    title with a possessor or an article ("Tom Reid, the venue's Promotions Manager"),
    nor an aside in brackets ("Ana Vidic and Lena Marsh (Serbia)")."""
    return (
        token.dep_ == "appos"
        and not (token.i > 0 and token.doc[token.i - 1].text == "(")
        and token.pos_ == "PROPN"
        and token.head.pos_ == "PROPN"
        and not any(c.dep_ in ("det", "poss") for c in token.children)
    )


def _a_relative_noun(token: Token) -> bool:
    """A word for a relative or its plural ("her son", "the Barclay twins", "his
    daughters"): the names in apposition to it are people's, as a firm has none."""
    word = token.lower_
    return word in KIN_NOUNS or word.endswith("s") and word[:-1] in KIN_NOUNS


def _first_listed(token: Token) -> Token:
    """The first of a list the token ends ("Lena" in "Nora, Lena and Guy": "Nora")."""
    while token.dep_ == "conj" and token.head.i < token.i:
        token = token.head
    return token


def _person_noun(token: Token, titles: bool) -> bool:
    """A noun only a person is, or the plural of one ("authors"); not one a firm is too
    ("producers such as BHP", "players like Intel"); without `titles`, not an office's
    ("vice president, Technology" names the office's field)."""
    word = token.lower_
    nouns = (PERSON_NOUNS if titles else PERSON_NOUNS - TITLE_WORDS) - _FIRMS_TOO
    return token.pos_ == "NOUN" and (word in nouns or word.endswith("s") and word[:-1] in nouns)


def after_a_person_noun(token: Token, titles: bool = True) -> bool:
    """In apposition to a word for a person before it: "an event by media mogul, Ada
    Lagos", "her lawyer, Tom Reid", "her son Tom", "his children Ann, Bea and Cy" (a
    place is in apposition to "the capital"); or one of the examples of a plural word for
    people: "writers like Ovid and Dante", "people such as Monet" (not "firms like
    Orbis", nor an example after an article: "models like the Altima", "acts such as
    the Stones" are things or bands, as a person named takes none). Only punctuation
    stands between the noun and the name ("the composer Bizet's Carmen" is a work).
    Without `titles`, the noun is no office's. A relative before the name says so too
    ("his girlfriend, Ann"): a firm has none."""
    named = token
    token = _first_listed(token)
    head = token.head
    if token.dep_ == "appos":
        between = token.doc[head.i + 1 : token.i]
        return (
            head.i < token.i
            # words describing the name between ("his wife, ex-model Sandra")
            and all(
                t.is_punct or t.dep_ in ("compound", "amod") and t.head == token for t in between
            )
            and (_person_noun(head, titles) or head.pos_ == "NOUN" and _a_relative_noun(head))
        )
    if token.dep_ != "pobj" or head.lower_ not in _EXAMPLE_WORDS:
        return False
    if any(c.dep_ == "det" for c in named.children):
        return False  # "models like the Altima": a person named takes no article
    noun = head.head.head if head.head.lower_ == "such" else head.head
    return noun.i < head.i and noun.tag_ == "NNS" and _person_noun(noun, titles)


def with_other_people(token: Token) -> bool:
    """The name the token ends is one of a plural word for people named after it with
    "other": "endorsed by Tiger Woods among other sports stars", "Ann Lee and other
    ministers" (a firm is listed "and other firms", `_and_other_kinds` of evidence)."""
    doc = token.doc
    if token.i + 3 >= len(doc):
        return False
    link, other = doc[token.i + 1], doc[token.i + 2]
    noun = other.head
    return (
        link.lower_ in _WITH_OTHERS
        and other.lower_ == "other"
        and noun.i > other.i
        and noun.tag_ == "NNS"
        and _person_noun(noun, titles=True)
    )


def plural_title(token: Token) -> bool:
    """A word of the titles list with an "s" added, written with a capital ("Justices",
    "Senators"; also "Officials" at a sentence's start, which the guards below keep from
    marking anyone)."""
    word = token.lower_
    return token.text.istitle() and word.endswith("s") and word[:-1] in TITLE_WORDS


def after_a_plural_title(token: Token) -> bool:
    """The name the token ends is in the one list of two names or more that a title's
    plural heads: "Lord Justices Hale and Penn", "Presidents Reid and Cole" name people
    by their office. The model must tag the name and the list's first a person's, or an
    honorific lead the title; no determiner comes before the title ("the Directors
    Guild" is a body), the name modifies no noun ("Directors Guild nominees"), and the
    list ends at its "and" ("Presidents Reid and Cole, Orbex and Valtra": Orbex is none)."""
    doc = token.doc
    if token.dep_ == "compound":
        return False
    i, closed = token.i, False  # closed: a comma or "and" passed, so no "and" further left
    while i > 0 and not plural_title(doc[i - 1]):
        word = doc[i - 1]
        if word.lower_ in ("and", "or"):
            if closed:
                return False
            closed = True
        elif word.text == ",":
            closed = True
        elif word.pos_ != "PROPN":
            return False
        i -= 1
    if i == 0 or i > 1 and doc[i - 2].pos_ == "DET":
        return False
    honorific = i > 1 and doc[i - 2].lower_ in HONORIFICS
    first = i
    while first + 1 <= token.i and doc[first + 1].pos_ == "PROPN":
        first += 1  # the last word of the list's first name
    following = doc[token.i + 1 : token.i + 3]
    more = closed or (
        len(following) == 2
        and following[0].lower_ in (",", "and", "or")
        and following[1].pos_ == "PROPN"
    )
    persons = token.ent_type_ == "PERSON" and doc[first].ent_type_ == "PERSON"
    return more and (persons or honorific)


def _age_after(token: Token) -> bool:
    """A number of one or two digits set off by commas right after the word ("Scott,
    22,", "Ann Lee, aged 34,"), not after a possessive ("Monty's Pass, 12,": a horse)."""
    doc = token.doc
    i = token.i + 2
    owned = token.i > 0 and doc[token.i - 1].text in ("'s", "’s")
    if i >= len(doc) or doc[token.i + 1].text != "," or owned:
        return False
    if doc[i].lower_ == "aged":
        i += 1
    return i + 1 < len(doc) and _AGE.match(doc[i].text) is not None and doc[i + 1].text == ","


def aged(token: Token) -> bool:
    """Followed by an age set off by commas, as news copy introduces someone, in a clause
    that shows a person: "Scott, 22, smashed his best", "Gray, 26, who won his first
    cap", "Ann Lee, aged 34, said" (in the keys' texts 35 of 37 "Word, NN," were people's).
    A number alone is no age: a side's points ("ahead of Arsenal, 54, and Manchester
    United, 52": two in a sentence are a table's), a firm's ("Apple, 30, is growing") or
    an animal's ("Ming Ming, 19, the zoo's oldest panda")."""
    return (
        _age_after(token)
        and sum(_age_after(t) for t in cached.sentence(token.doc, token.i) if name_like(t.text))
        == 1
        and (his_in_clause(token) or who(token) or speaks(token))
    )


def described_before(doc: Doc, start: int, end: int) -> bool:
    """Right after a word for a person that modifies the name: a descriptor, an
    occupation or a relative ("striker Rooney", "his wife Ffion"), written in lower case
    or opening the sentence with a capital as a headline's does ("Singer Jenifer wins");
    or one hanging on the same word with its own club or country before it ("Brazil star
    Rivaldo was there", parsed as two subjects of "was"; not "a keen player Chelsea
    beat"). Not a word a firm is called too ("crude producer Orbis"), nor an adjective
    ("fellow Londoners West Ham"); a word things are called too only with a word of its
    own before it ("pop star Nelly", not "the star Sirius"); not "clubs bar Chelsea". No
    capitalised word runs on from the name: the tokenizer may leave the surname of
    "singer Nadia Appleby,31" no name word."""
    before = doc[start - 1] if start > 0 else None
    return (
        before is not None
        and (before.text.islower() or bool(before.is_sent_start) and before.text.istitle())
        and before.lower_ in _DESCRIBING
        and before.pos_ != "ADJ"
        and (
            before.lower_ not in _LOOSE_DESCRIPTORS
            or any(
                c.i < before.i and c.dep_ in ("compound", "amod", "nmod") for c in before.children
            )
        )
        and not (end < len(doc) and doc[end].text[:1].isupper())
        and (
            start <= before.head.i < end
            or before.head == doc[end - 1].head
            and any(c.pos_ == "PROPN" and c.i < before.i for c in before.children)
        )
    )


def described_after(token: Token) -> bool:
    """Followed by an apposition headed by one word for a person, less those a firm is
    called too: "Rinat Kovalev, the country's richest man", "Mia Rao, star of Dark
    Harbour"; a firm is "a big producer" (`_person_noun`), "the Arabic broadcaster", "the
    private equity investor" (`firm_trades`), and a place or a firm may be "the mother of
    the river" or "the sister of Tarvo Records" (kin: `_a_relative` weighs those)."""
    return any(
        c.dep_ == "appos"
        and c.tag_ == "NN"
        and _person_noun(c, titles=True)
        and c.lower_ not in KIN_NOUNS | _FIRM_TRADES
        for c in token.children
    )


def titled(token: Token) -> bool:
    """Followed by a title apposition: "Madis Roll, the president's adviser" (a firm is
    "Orbis, the market leader"); or the subject of "is" with a title of something for
    complement: "Owen Barr is the editor of Develop magazine" (a firm "is the market
    leader", of nothing)."""
    if any(
        c.dep_ == "appos"
        and any(t.lower_ in TITLE_WORDS and not market_leader(t) for t in c.subtree)
        for c in token.children
    ):
        return True
    verb = token.head
    return (
        token.dep_ == "nsubj"
        and verb.lemma_ == "be"
        and any(
            c.dep_ == "attr"
            and c.lower_ in TITLE_WORDS
            and any(p.dep_ == "prep" and p.lower_ in ("of", "at") for p in c.children)
            for c in verb.children
        )
    )
