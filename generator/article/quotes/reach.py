"""How quoted words hang on a verb in the parse: the chain of heads from a word of the
quote up to the verb, and whether the verb reports what hangs on it.

A verb of saying reports its object and its complement clause, not the words that only
modify it ("the advertisement "unmistakably and wrongfully" suggests") nor an adverbial
clause telling when or while it was said ("Melanie said yes as Trump went on about "how
the system is rigged""). An adverbial clause with no such opening word, or on "that", is a
complement the parser misread ("tweeted that Machado was "a con"", "tells his supporters
to "go to your place and vote"").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from generator import lexicon
from generator.article import cached
from generator.article.person_words import MAY_BE_PERSON, PERSON_NOUNS

if TYPE_CHECKING:  # the language model is imported only by runs that parse
    from spacy.tokens import Span, Token

__all__ = [
    "SUBJECT_DEPS",
    "chain",
    "commands",
    "is_subject",
    "name_root",
    "is_relational_noun",
    "office_held",
    "office_named",
    "reports",
    "subject_of",
    "tied_apposition",
    "tied_subject",
    "utterance",
]

_MODIFYING = frozenset({"advmod", "npadvmod", "mark", "neg", "prt"})
_ENDINGS = frozenset(",.;:?!…—–-")
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
_FINITE = frozenset({"VBD", "VBZ", "VBP"})
_AUXILIARY = frozenset({"aux", "auxpass"})
_LETTERS = lexicon.words("titles", "post_nominals")  # "QC", "MBE": any case
_OFFICE_LETTERS = lexicon.words("titles", "office_letters")  # "MP": in capitals only
_SAYING = lexicon.words("speech", "verbs")  # the one list (lexicon.words is cached)
_MARKS = " \"“‘'«`"  # opening quotation marks and the space before them
_FRONTED = frozenset({"advcl", "prep", "pcomp"})  # "When Hale arrived", "After Hale's arrival"
_OFFICE_TIES = frozenset({"for", "of"})  # "minister for women", "director of rugby"
_FIELD = frozenset({"NOUN", "ADJ"})  # "women", "civil aviation", "telecoms research"
_PLURAL = frozenset({"NNS", "NNPS"})
# who is named by a tie to someone ("a spokesman for", "the father of"), holding no office
_RELATIONAL = lexicon.words("titles", "relational")
_INDEFINITE = lexicon.words("titles", "indefinite")  # "a director of": one of several


def utterance(text: str) -> bool:
    """Whether quoted words end with their own punctuation (see `reports`)."""
    return text.rstrip()[-1:] in _ENDINGS


def chain(token: Token, verb: Token) -> list[Token] | None:
    """The tokens from `token` up to the child of `verb` it hangs from, or None when the
    verb is not above it."""
    out = [token]
    while out[-1].head.i != out[-1].i:
        if out[-1].head.i == verb.i:
            return out
        out.append(out[-1].head)
    return None


def reports(child: Token, standalone: bool) -> bool:
    """Whether what hangs from a verb by `child` is what the verb says: not a modifier of
    the verb, nor an adverbial clause ("as ...", "when ...", "while ..."). `standalone`:
    `child` is a word of a quote ending with its own punctuation, as words said on their
    own do, however the parser hangs them on the verb ("Probably not," Moore said; "If
    you look back," Scott said)."""
    if standalone:
        return True
    if child.dep_ in _MODIFYING:
        return False
    if child.dep_ == "advcl":  # opened by "as", "while", "when": a circumstance
        return not any(
            c.dep_ == "mark" and c.lower_ != "that" or c.dep_ == "advmod" and c.tag_ == "WRB"
            for c in child.children
        )
    return True


def name_root(name: Span) -> Token:
    """The word that carries a person's name in the parse: the name's own root, or the
    letters written right after it that the parser made the phrase's head, the name only
    their compound ("Ann Lee QC, who chairs the panel, said": "QC" is the subject)."""
    root = name.root
    if name.end >= len(name.doc) or root.dep_ != "compound" or root.head.i != name.end:
        return root
    letters = root.head
    if letters.lower_ in _LETTERS or letters.is_upper and letters.lower_ in _OFFICE_LETTERS:
        return letters
    return root


def is_subject(root: Token) -> bool:
    """Whether the phrase headed by `root` is its clause's subject, or in apposition to
    it; or a name the parser made the sentence's root, with the sentence's finite verb
    hanging on it as a clause ("Oliver Grant, chairman of the council, called on ..."
    read as a noun and its clause), a misreading of long appositions; or the holder of
    the office that is the subject (`office_held`); or a name the tagger read as an adverb
    (`_adverb_subject`); or a name set off by commas after the subject's tie to a thing,
    which the parser hangs on that thing (`tied_apposition`)."""
    if root.dep_ in SUBJECT_DEPS or root.dep_ == "appos" and root.head.dep_ in SUBJECT_DEPS:
        return True
    if tied_subject(root) is not None:
        return True
    if office_held(root) is not None or _adverb_subject(root):
        return True
    return root.dep_ == "ROOT" and any(
        c.dep_ == "acl" and c.tag_ in _FINITE and c.i > root.i for c in root.children
    )


def _adverb_subject(root: Token) -> bool:
    """Whether a person's name (the caller knows it is one) is a subject the parser read
    as an adverb, as it reads surnames ending in "-ly" ("Connolly says the plan failed":
    "Connolly" an adverb of "says"): set before a verb that has no subject of its own,
    or right after the subject noun it names ("Former captain Connolly, who ..., says"),
    as an apposition is."""
    if root.dep_ != "advmod" or root.head.i == root.i:
        return False
    head = root.head
    if head.dep_ in SUBJECT_DEPS:
        return head.i == root.i - 1 and head.lower_ in PERSON_NOUNS
    return (
        head.pos_ in ("VERB", "AUX")
        and root.i < head.i
        and not any(c.dep_ in SUBJECT_DEPS or c.dep_ == "expl" for c in head.children)
    )


def office_held(root: Token) -> Token | None:
    """The subject whose holder a name written right after its office's field is, which
    the parser hangs on the office's "for" or "of" ("Labour's minister for women Jacqui
    Smith accused ...", "director of rugby Nigel Melville said"): the name is the subject.
    Not a name the office serves, with nothing, a determiner, a name or a word for a
    person between ("the head of Tony Blair's office", "for the minister Ann Lee", "the
    director of party leader Tony Blair's campaign"): only a field of common words, people
    named only in the plural ("minister for women"), ending the subject's phrase; nor a
    name after a tie to someone ("a spokesman for club owner Ray Lane", "the father of
    toddler Jamie Hale": a field word that may be a person) or after an office one of
    several hold ("a director of ...")."""
    prep = root.head
    office = prep.head
    if root.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in _OFFICE_TIES:
        return None
    if office.dep_ not in SUBJECT_DEPS or office.lower_ not in PERSON_NOUNS:
        return None
    if office.right_edge.i != root.i:
        return None
    doc = root.doc
    start = root.i
    while start - 1 > prep.i and doc[start - 1].pos_ == "PROPN" and doc[start - 1].text.istitle():
        start -= 1  # the name's own words, not a field the parser tags so ("of rugby")
    field = doc[prep.i + 1 : start]
    # a field's words in lower case, however tagged ("rugby" as a proper noun)
    if not len(field) or any(
        t.pos_ not in _FIELD and t.pos_ != "PROPN" or not t.text.islower() for t in field
    ):
        return None
    if any(t.lower_ in PERSON_NOUNS and t.tag_ not in _PLURAL for t in field):
        return None  # "for party leader Tony Blair"; not "minister for children Ann Hale"
    if any(c.dep_ == "det" and c.lower_ in _INDEFINITE for c in office.children):
        return None  # "a director of rugby ...": one of several
    if is_relational_noun(office) and any(
        t.lower_ in MAY_BE_PERSON or _singular(t.lower_) in MAY_BE_PERSON for t in field
    ):
        # "the father of toddler Jamie Hale", "the lawyer for suspect Ian Dore": someone
        # tied to the one named; "spokesman for sport Hugh Robertson" names no one else
        return None
    return office


def office_named(root: Token) -> Token | None:
    """The subject whose holder a name is, said as the complement of "be" ("The
    musical's British director is Matthew Warchus"): the sentence is about that holder,
    named, as if the name were the subject. Only an office with "the" or a possessive,
    one person's, in the singular and tied to no one ("His father is Tom Hale", "her
    coach is Ian Dore" name someone's father or coach), in a clause that does not deny
    it; the caller sets aside an office a person's name owns ("Hale's coach is Dore")."""
    verb = root.head
    if root.dep_ != "attr" or verb.lemma_ != "be" or any(c.dep_ == "neg" for c in verb.children):
        return None
    office = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if office is None or office.lower_ not in PERSON_NOUNS or office.tag_ != "NN":
        return None
    if is_relational_noun(office) or any(c.dep_ == "relcl" for c in root.children):
        return None
    definite = any(
        c.dep_ == "det" and c.lower_ == "the" or c.dep_ == "poss" and c.pos_ != "PRON"
        for c in office.children
    )
    return office if definite else None


def tied_subject(root: Token) -> Token | None:
    """The subject noun whose name the phrase headed by `root` is, set off after the
    noun's tie to a thing (`tied_apposition`), or None."""
    if root.dep_ != "appos":
        return None
    noun = root.head.head.head
    return noun if tied_apposition(noun) == root else None


def tied_apposition(noun: Token) -> Token | None:
    """The phrase set off by commas right after a subject noun for a person and its tie
    to a thing ("The controller of entertainment, Ann Dore, said", "the director of the
    film, Tom Hale, says"), which the parser hangs on the thing: it names the person the
    subject is, as a thing has no name of a person. None when the tie's words may stand
    for a person or a name ("the lawyer for the victims, ...", "the coach of Hale, ..."):
    then the name may be either (speakers._after_another)."""
    if noun.dep_ not in SUBJECT_DEPS or noun.lower_ not in MAY_BE_PERSON:
        return None
    prep = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ in _OFFICE_TIES), None)
    thing = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep else None
    if prep is None or thing is None or thing.pos_ != "NOUN":
        return None
    name = next((c for c in thing.children if c.dep_ == "appos"), None)
    doc = noun.doc
    if name is None or name.pos_ != "PROPN" or name.left_edge.i < 1:
        return None
    tie = doc[prep.i + 1 : name.left_edge.i - 1]
    if doc[name.left_edge.i - 1].text != "," or any(
        t.pos_ == "PROPN" or {t.lower_, _singular(t.lower_)} & MAY_BE_PERSON for t in tie
    ):
        return None
    after = name.right_edge.i + 1
    return name if after < len(doc) and doc[after].text == "," else None


def subject_of(clause: Token) -> Token | None:
    """A clause's active subject ("nsubj"), when the parse gives it one."""
    return next((c for c in clause.children if c.dep_ == "nsubj"), None)


def _singular(word: str) -> str:
    """A noun's singular, as far as its ending tells ("victims", "chairmen")."""
    return word[:-3] + "man" if word.endswith("men") else word.removesuffix("s")


def is_relational_noun(noun: Token) -> bool:
    """Whether a noun for a person names someone by their tie to another ("a spokesman
    for", "lawyers for", "aides to", "the father of") or one of several holding it ("a
    director of"): a relational noun, in the singular or the plural, or one after "a"."""
    word = noun.lower_
    singular = _singular(word)
    return (
        word in _RELATIONAL
        or singular in _RELATIONAL
        or any(c.dep_ == "det" and c.lower_ in _INDEFINITE for c in noun.children)
    )


def commands(subject: Token, root: Token, quoted: list[bool]) -> bool:
    """Whether `subject` is the subject of a verb standing above the clause of the phrase
    headed by `root` ("He believes Yahoo failed", "It is a battle Yahoo is winning, he
    believes"): then they are two, as a pronoun never stands for a name in what its own
    verb says or thinks (binding's Principle C); not a clause joined to that verb by "and"
    or "but", which its subject does not reach, nor one that introduces a quote standing
    between them, a double frame the parser hangs on the verb after it ("Ann Dore scolded
    him: "...," she said": one speaker; `_introduces_quote`). `quoted`: per token, whether
    it lies inside a quote."""
    verb = subject.head
    if verb.dep_ in _AUXILIARY:  # "He is convinced" read with "He" on "is"
        verb = verb.head
    if subject.dep_ not in SUBJECT_DEPS or root.head == verb:
        return False
    path = chain(root, verb)
    if path is None or path[-1].dep_ == "conj":  # not "he had ... but Moen rejected"
        return False
    if _introduces_quote(subject, root, path, quoted):
        return False
    # a clause set before the pronoun to tell when or why is not in its reach ("When Hale
    # arrived, he said": Hale), unlike what it says or thinks ("Hale is winning, he believes")
    return not (path[-1].dep_ in _FRONTED and path[-1].i < subject.i)


def _introduces_quote(subject: Token, root: Token, path: list[Token], quoted: list[bool]) -> bool:
    """Whether a quote stands between a person's phrase and the pronoun after it, and the
    person's clause introduces it as an utterance of its own: by a verb of saying, by a
    colon or a dash before its marks ("Ann Dore scolded him: "...," she said"), or by a
    comma or semicolon before words opening with a capital, a new sentence ("Dore was
    full of praise, "They were brilliant," she said"): one speaker, the double frame the
    parser hangs on the verb after it. Words set inside the clause ("Mr Vale has "the same
    passion" as ever, he said", "Vale is confident, and "we are ready," he said") leave
    the clause the pronoun's statement about someone else."""
    low, high = sorted((subject.i, root.i))
    first = next((i for i in range(low, high) if quoted[i]), None)
    if first is None:
        return False
    doc = subject.doc
    before = cached.span_text(doc, low, first).rstrip(_MARKS)
    opening = next((t for t in doc[first:high] if not t.is_punct), None)
    sentence = before.endswith((",", ";")) and opening is not None and opening.text[0].isupper()
    return (
        before.endswith((":", "-", "–", "—"))
        or sentence
        or any(t.pos_ == "VERB" and t.lower_ in _SAYING for t in path)
    )
