"""Disagreements in a story: accounts that cannot all be true, each side cited.

Four signals, from the most explicit to the least:

- a rebuttal: one party denies, dismisses or plays down another's statement ("Pevkur
  downplayed Roll's comments"), cited with what the other said;
- different figures for the same thing: two sources count the same noun under the
  same verb and subject with numbers that cannot both hold ("killed 12 people" /
  "killed 15 people"), rounding and hedges ("at least", "about") respected;
- opposite polarity: one entity is the subject of the same predicate, once negated
  ("Kovac will visit the site" / "Kovac will not visit the site"): the predicates end
  in the same verb with a shared object, or, in neighbouring sentences of one source,
  both are about intent ("are willing to consider" / "are not planning to deploy");
- spellings that differ for one person across sources.

Precision comes first: a listed disagreement has to earn a reader's trust, so every
rule asks for the same subject and the same predicate, never for wording alone.

The story stage works from digests, which keep sentences as text; the few sentences
that could carry a contradiction (a rebuttal verb, a negation beside a shared
subject, numbers in aligned sentences) are parsed again with the language model.
Storing a parse for every sentence in the article digests would make each of them
several times longer to review, for the sake of a handful of sentences per story.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from rapidfuzz.distance import Levenshtein

from generator import lexicon
from generator.model import ArticleDigest, Citation, Disagreement, PersonDigest
from generator.registry.gazetteer import fold
from generator.settings import (
    ALIGNED,
    FIGURE_SIMILARITY,
    HEDGE_SLACK,
    MAX_DISAGREEMENTS,
    MIN_DISAGREEMENT_WORDS,
    NEIGHBOURS,
    POLARITY_SIMILARITY,
    SPELLING_SIMILARITY,
)
from generator.text.tfidf import cosine, terms, weigh

if TYPE_CHECKING:  # the language model is imported only by runs that parse
    from spacy.tokens import Doc, Token

__all__ = ["find"]


_NEGATION_CUE = re.compile(
    r"\b(not|no|never|n[’']t|nothing|nobody|none|neither|nor|refus\w*|reject\w*|denie?[sd]?|deny\w*|"
    r"oppos\w*|declin\w*|ruled? out|rules out|ruling out)\b",
    re.I,
)
_REBUTTAL_CUE = re.compile(
    r"\b(den(y|ies|ied|ying)|disput\w+|contradict\w*|refut\w+|rebut\w*|downplay\w*|"
    r"play(s|ed|ing)? down|dismiss\w*|reject\w*|counter(s|ed|ing)?)\b",
    re.I,
)
# a figure and what it counts, as written: "$121.9m", "3.4%", "12 people", "two more
# bodies" (the word after it); a year ("in 2005") is not one
_FIGURE_CUE = re.compile(
    r"([$£€¥])\s?(\d[\d,.]*\s?(?:m|bn|k|million|billion)?)|"
    r"(\d[\d,.]*)\s?(%|per ?cent)|"
    r"\b(?!(?:19|20)\d\d\b)(\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten|eleven|"
    r"twelve|dozen|hundreds?|thousands?)\s+(?:more\s+|other\s+)?([a-z]+)",
    re.I,
)


def _stem(word: str) -> str:
    """A crude stem, enough to match "planning", "plans" and "planned" (the parser used
    here has no lemmatizer)."""
    w = word.casefold().replace("’", "'")
    for suffix in ("ing", "ed", "s"):
        if w.endswith(suffix) and len(w) - len(suffix) >= 3 and not w.endswith(("ss", "us", "is")):
            w = w[: -len(suffix)]
            break
    w = w.removesuffix("e")
    if w.endswith("i"):
        w = w[:-1] + "y"
    if len(w) > 3 and w[-1] == w[-2] and w[-1] not in "aeiouls":
        w = w[:-1]
    return w


def _stems(words: str) -> frozenset[str]:
    return frozenset(_stem(w) for w in words.split())


# verbs that reject what another said, when their object is a statement (_STATEMENTS)
_REBUTS = _stems("deny dispute contradict refute rebut downplay dismiss reject counter") | {
    "play_down"
}
_STATEMENTS = _stems(
    """claim comment remark suggestion report allegation accusation assertion statement
    charge figure rumour rumor speculation story account talk warning criticism survey"""
)
# predicates that negate what follows them ("refused to send" = "did not send")
_NEGATIVE = _stems("refuse reject oppose decline deny abandon scrap stop halt cease quit") | {
    "rule_out",
    "give_up",
}
# predicates of intent: "is willing to send" and "has no plans to send" oppose each other
_INTENT = _stems(
    """plan intend consider want seek aim propose agree support back favour favor commit
    mull explore discuss weigh prepare refuse reject oppose decline"""
) | {"willing", "ready", "prepared", "open", "rule_out"}
# predicates that say nothing by themselves ("said", "is", "has"), as written
_LIGHT = frozenset(
    """be is are was were been being am have has had having do does did get gets got make
    go goes going went say says said tell tells told add adds added note noted state stated
    will would can could may might must shall should 's 're 've 'd ’s ’re ’ve ’d""".split()
)
_SAYING = " ".join(sorted(lexicon.words("speech", "verbs")))
# verbs that report what someone said: as written (light ones) or stemmed
_SAYS = frozenset(_SAYING.split()) | _stems(_SAYING)
# a figure under these moves with time: "rose 16.3%" for a year and "rose 3.4%" for a
# month are both true, so they are never a disagreement
_MOVES = _stems(
    """rise rose risen fall fell fallen climb drop jump slip surge soar plunge slump gain
    lose lost close trade stand stood hit reach increase decrease grow grew edge ease"""
) | {"higher", "lower", "up", "down", "more", "less"}
# words of time share no topic: "decided in April" and "decided last April"
_TIME = _stems(
    " ".join(sorted(lexicon.words("calendar", "months") | lexicon.words("calendar", "weekdays")))
    + " year week month day time today yesterday"
)
# the country acts when these act ("the Estonian government"), not when a firm does
# ("the US-German carmaker")
_STATE = _stems(
    """government authorities officials ministry military army forces troops parliament
    cabinet administration embassy police navy state leaders diplomats"""
)
_CONDITIONAL = frozenset({"if", "unless", "whether"})
_PRONOUNS = frozenset(
    p for p, f in lexicon.table("pronouns", "personal").items() if f["person"] != "second"
)
_HEDGES = {
    "at least": "min",
    "more than": "min",
    "over": "min",
    "upwards of": "min",
    "at most": "max",
    "less than": "max",
    "fewer than": "max",
    "under": "max",
    "up to": "max",
    "about": "about",
    "around": "about",
    "nearly": "about",
    "almost": "about",
    "some": "about",
    "roughly": "about",
    "approximately": "about",
    "an estimated": "about",
}
_WORD_NUMBERS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "dozen": 12,
    "hundred": 100,
    "thousand": 1000,
}
_MULTIPLIERS = {"thousand": 1e3, "million": 1e6, "m": 1e6, "billion": 1e9, "bn": 1e9, "k": 1e3}
_CURRENCIES = {"$", "£", "€", "¥"}


def _verb_key(token: Token) -> str:
    """A verb's stem with its particle ("rule_out", "play_down")."""
    if token.lower_ in _LIGHT:
        return token.lower_
    stem = _stem(token.text) if token.pos_ in ("VERB", "AUX", "NOUN") else token.lower_
    for child in token.children:
        if child.dep_ == "prt" and child.lower_ in ("out", "down", "back", "up"):
            return f"{stem}_{child.lower_}"
    return stem


@dataclass(frozen=True)
class _Figure:
    value: float
    hedge: str | None  # "min", "max", "about" or None for an exact figure
    unit: str  # stem of the counted noun, or the currency sign, or "%"
    role: str  # how the counted noun hangs on the predicate (its dependency)
    text: str  # as written, for the reader


@dataclass
class _Clause:
    article: str
    sentence: int
    subjects: frozenset[str]
    negated: bool
    predicate: frozenset[str]  # stems of the verb and what it governs ("plan", "deploy")
    final: str  # the last of them: what is done ("deploy" in "not planning to deploy")
    head: str  # stem of the subject's head word ("people" in "12 people were killed")
    topic: frozenset[str]  # stems of the content words after the subject
    reported: bool  # the predicate governs a clause ("said that ...", "believes ...")
    tense: str  # "past", "present" or "future": a figure or a deed at two times is no clash
    phrase: str  # the predicate as written
    verb: str  # stem of the clause's verb
    figures: list[_Figure] = field(default_factory=list)
    rebuts: str | None = None  # the rebuttal verb as written ("downplayed")
    rebutted: frozenset[str] = frozenset()  # whose words are rebutted
    rebutter: str = ""  # who rebuts: their name, or the subject as written


@dataclass(frozen=True)
class _Where:
    article: ArticleDigest
    index: int

    @property
    def text(self) -> str:
        return self.article.sentences[self.index]

    def cite(self) -> Citation:
        return Citation(self.article.id, self.index, self.text)


class _Story:
    """The sentences of one story, with who is mentioned and who is subject where."""

    def __init__(self, group: list[ArticleDigest], names: dict[str, str]) -> None:
        self.group = group
        self.names = names
        self.clauses: dict[tuple[str, int], list[_Clause]] = {}
        self.where = [
            _Where(a, i)
            for a in group
            for i, s in enumerate(a.sentences)
            if len(s.split()) >= MIN_DISAGREEMENT_WORDS
        ]
        # stems, so that "troops" meets "troop" and "talks" meets "talk"
        self.vectors = weigh([Counter(_stem(t) for t in terms(w.text)) for w in self.where])
        self.position = {(w.article.id, w.index): n for n, w in enumerate(self.where)}
        self.mentioned: dict[tuple[str, int], set[str]] = {}
        self.subjects: dict[tuple[str, int], set[str]] = {}
        self.forms: dict[tuple[str, int], list[tuple[str, str]]] = {}
        self.speakers: dict[tuple[str, int], set[str]] = {}
        for a in group:
            for entity in a.people + a.countries + a.organizations:
                for i in entity.sentences:
                    self.mentioned.setdefault((a.id, i), set()).add(entity.id)
                    self.forms.setdefault((a.id, i), []).extend(
                        (form, entity.id) for form in entity.as_written
                    )
                for i in entity.subject:
                    self.subjects.setdefault((a.id, i), set()).add(entity.id)
                self.names.setdefault(entity.id, max(entity.as_written, key=len))
            for quote in a.quotes:
                if quote.speaker:
                    self.speakers.setdefault((a.id, quote.sentence), set()).add(quote.speaker)

    def similarity(self, x: _Where, y: _Where) -> float:
        return cosine(
            self.vectors[self.position[(x.article.id, x.index)]],
            self.vectors[self.position[(y.article.id, y.index)]],
        )

    def carried(self, w: _Where) -> bool:
        """Whether another source words this sentence alike."""
        return any(
            v.article.id != w.article.id and self.similarity(v, w) >= ALIGNED for v in self.where
        )

    def rebutted_statements(self) -> list[tuple[str, int]]:
        """Sentences not parsed yet whose subject is someone a rebuttal names."""
        rebutted = {e for cs in self.clauses.values() for c in cs if c.rebuts for e in c.rebutted}
        return sorted(
            k
            for k, who in self.subjects.items()
            if who & rebutted and k not in self.clauses and k in self.position
        )

    def at(self, article: str, index: int) -> _Where:
        return self.where[self.position[(article, index)]]


def _kind(citations: list[Citation]) -> str:
    return "within-source" if len({c.article for c in citations}) == 1 else "sources"


# --- reading a parsed sentence -------------------------------------------------------


def _entity_tokens(doc: Doc, forms: list[tuple[str, str]]) -> dict[int, set[str]]:
    """Token index -> the entities whose written form covers it."""
    at: dict[int, set[str]] = {}
    for form, eid in sorted(set(forms), key=lambda fe: (-len(fe[0]), fe)):
        for m in re.finditer(rf"(?<!\w){re.escape(form)}(?!\w)", doc.text):
            span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
            for token in span if span is not None else []:
                at.setdefault(token.i, set()).add(eid)
    return at


def _qualifier(token: Token) -> bool:
    """A name that only qualifies another noun: "NATO countries", "the US-German firm",
    "Estonian Defense Minister Hanno Pevkur" (the minister acts, not Estonia). A country
    does act through its state: "the Estonian government"."""
    head = token
    while head.dep_ in ("compound", "amod") and head.head.i != head.i:
        head = head.head
    return head.i != token.i and _stem(head.text) not in _STATE


def _subject_of(verb: Token) -> Token | None:
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubjpass"):
            return child
    if verb.dep_ in ("conj", "xcomp") and verb.head.i != verb.i:
        return _subject_of(verb.head)  # "downplayed ... and said": one subject for both
    return None


def _chain(verb: Token) -> list[Token]:
    """The verb and what it governs as one predicate: "are willing to consider",
    "are not planning to deploy", "has no plans to deploy"."""
    out = [verb]
    for child in verb.children:
        if child.dep_ in ("xcomp", "acomp"):
            out += _chain(child)
        elif child.dep_ in ("dobj", "attr") and _stem(verb.text) in _LIGHT | {"hav"}:
            out.append(child)
            out += [c for g in child.children if g.dep_ in ("acl", "relcl") for c in _chain(g)]
    return out


def _tense(chain: list[Token]) -> str:
    """When the clause places what it says: "was worth $20m" and "is set to be worth
    $1.8bn" are two times, not two accounts."""
    verb = chain[0]
    aux = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    if aux & {"will", "would", "shall", "'ll", "’ll"} or (
        verb.lower_ == "set" and any(c.dep_ == "xcomp" for c in verb.children)
    ):
        return "future"
    if verb.tag_ == "VBD" or aux & {"was", "were", "had", "did"}:
        return "past"
    return "present"


def _negated(chain: list[Token]) -> bool:
    flips = 0
    for token in chain:
        if any(c.dep_ == "neg" for c in token.children):
            flips += 1
        if any(c.dep_ == "det" and c.lower_ == "no" for c in token.children):
            flips += 1  # "has no plans"
        if _verb_key(token) in _NEGATIVE:
            flips += 1  # "refused to", "ruled out"; "did not rule out" flips twice
    return flips % 2 == 1


def _conditional(verb: Token) -> bool:
    for token in [verb, *verb.ancestors]:
        if any(c.dep_ == "mark" and c.lower_ in _CONDITIONAL for c in token.children):
            return True
        if token.dep_ not in ("xcomp", "conj", "ccomp", "advcl"):
            break
    return verb.sent.text.rstrip().endswith("?")


_NESTED = frozenset({"ccomp", "advcl", "relcl", "parataxis", "acl"})


def _own(token: Token, verb: Token, subject: Token | None) -> bool:
    """Whether a token belongs to the verb's clause proper: not its subject, not a
    clause nested in it (those are clauses of their own)."""
    if subject is not None and subject.left_edge.i <= token.i <= subject.right_edge.i:
        return False
    while token.i != verb.i:
        if (
            token.dep_ in _NESTED
            or token.dep_ == "conj"
            and token.pos_ in ("VERB", "AUX")  # "..., while tax was ...": a clause of its own
            or token.head.i == token.i
        ):
            return False
        token = token.head
    return True


def _number(token: Token) -> float | None:
    text = token.lower_.replace(",", "")
    if text in _WORD_NUMBERS:
        value = float(_WORD_NUMBERS[text])
    else:
        match = re.fullmatch(r"(\d+(?:\.\d+)?)(m|bn|k)?", text)
        if not match:
            return None
        value = float(match.group(1)) * _MULTIPLIERS.get(match.group(2) or "", 1.0)
    nxt = token.nbor(1) if token.i + 1 < len(token.doc) else None
    if nxt is not None and nxt.lower_ in _MULTIPLIERS:
        value *= _MULTIPLIERS[nxt.lower_]  # "12 million", "£80m" split as "80" "m"
    return value


def _unit(token: Token) -> tuple[str, Token] | None:
    """What a number counts (a noun's stem, a currency sign, "%") and the token that
    hangs it on the clause."""
    doc = token.doc
    after = doc[token.i + 1 : token.i + 3].text.casefold()
    if token.i > 0 and doc[token.i - 1].text in _CURRENCIES:
        return doc[token.i - 1].text, token.head if token.dep_ != "ROOT" else token
    if after.startswith(("%", "percent", "per cent")):
        percent = token.head if token.dep_ != "ROOT" else token
        of = [g for c in percent.children if c.lower_ == "of" for g in c.children]
        # a share of what: "69% of over-55s" and "14% of people" count different things
        return "%" + "".join(f" of {_stem(g.text)}" for g in of[:1]), percent
    if token.dep_ == "nummod" and token.head.pos_ in ("NOUN", "PROPN"):
        return _stem(token.head.text), token.head
    return None


def _figures(verb: Token) -> list[_Figure]:
    """The figures of a clause, its subject's included ("12 people were killed")."""
    found = []
    for token in verb.subtree:
        if not token.like_num or not _own(token, verb, None):
            continue
        value = _number(token)
        unit = _unit(token)
        if value is None or unit is None:
            continue
        if unit[0] not in _CURRENCIES and 1900 <= value <= 2100 and token.text.isdigit():
            continue  # a year
        doc = token.doc
        first = token.i - 1 if unit[0] in _CURRENCIES else token.i  # "an estimated $121.9m"
        left = doc[max(0, first - 2) : first].text.casefold()
        hedge = next((h for w, h in _HEDGES.items() if left.endswith(w)), None)
        anchor = unit[1]
        dep = "dobj" if anchor.dep_ == "nsubjpass" else anchor.dep_  # "12 were killed"
        role = dep if anchor.head.i == verb.i else f"{dep}<{_stem(anchor.head.text)}"
        start = token.i - 1 if unit[0] in _CURRENCIES else token.i
        end = anchor.i + 1 if 0 < anchor.i - token.i <= 3 else token.i + 1
        if end < len(doc) and doc[end - 1].i == token.i and doc[end].lower_ in _MULTIPLIERS:
            end += 1
        found.append(_Figure(value, hedge, unit[0], role, doc[start:end].text))
    return found


def _statement_owners(verb: Token, at: dict[int, set[str]]) -> frozenset[str]:
    """Whose words a rebuttal verb rejects: the owner of the statement it names ("Mr
    Howard's comment", "claims by Labour", "remarks from Roll"), never a name inside
    what was said ("reports that he told Gordon Brown"). A verb that names no statement
    rejects a plan or a person ("dismissed the plan"): criticism, not contradiction."""
    owners: set[str] = set()
    for obj in verb.children:
        if obj.dep_ != "dobj" or _stem(obj.text) not in _STATEMENTS:
            continue  # "denied Mr Yeo said ...": a person as object is a misreading
        for child in obj.children:
            if child.dep_ in ("poss", "compound", "nmod"):
                owners |= {e for t in child.subtree for e in at.get(t.i, ())}
            elif child.dep_ == "prep" and child.lower_ in ("by", "from", "of"):
                owners |= {e for g in child.children for t in g.subtree for e in at.get(t.i, ())}
    return frozenset(owners)


def _rebuttal(
    verb: Token, subject: Token, at: dict[int, set[str]]
) -> tuple[str, frozenset[str]] | None:
    """The rebuttal verb as written and whose words it rejects, if the clause is one."""
    key = _verb_key(verb)
    if key not in _REBUTS or subject.lower_ in _PRONOUNS:
        return None
    owners = _statement_owners(verb, at) - at.get(subject.i, set())
    written = verb.text + (" down" if key == "play_down" else "")
    return (written, owners) if owners else None


def _subject_entities(subject: Token, at: dict[int, set[str]]) -> frozenset[str]:
    """The entities that act as the subject: not a possessor ("Mr Thorpe's colleagues")
    nor a name that qualifies another noun."""
    return frozenset(
        e
        for t in subject.subtree
        if not _qualifier(t) and not _possessor(t, subject)
        for e in at.get(t.i, ())
    )


def _possessor(token: Token, subject: Token) -> bool:
    while token.i != subject.i:
        if token.dep_ == "poss":
            return True
        token = token.head
    return False


def _clauses(doc: Doc, article: str, sentence: int, story: _Story) -> list[_Clause]:
    key = (article, sentence)
    at = _entity_tokens(doc, story.forms.get(key, []))
    speakers = story.speakers.get(key, set())
    clauses: list[_Clause] = []
    subjects_of: dict[int, frozenset[str]] = {}
    for verb in doc:
        if verb.pos_ not in ("VERB", "AUX") or verb.dep_ in ("xcomp", "aux", "auxpass"):
            continue
        subject = _subject_of(verb)
        if subject is None:
            continue
        ents = _subject_entities(subject, at)
        if not ents and subject.lower_ in _PRONOUNS:
            outer = next((a for a in verb.ancestors if a.i in subjects_of), None)
            if outer is not None and verb.dep_ in ("ccomp", "conj", "advcl"):
                ents = subjects_of[outer.i]  # "countries ... stated that they are not ..."
            elif subject.lower_ in ("i", "we") and len(speakers) == 1:
                ents = frozenset(speakers)  # a first person inside a quote is its speaker
        subjects_of[verb.i] = ents
        if _conditional(verb):
            continue
        chain = _chain(verb)
        own = [t for t in verb.subtree if _own(t, verb, subject)]
        after = [t for t in verb.subtree if t.i > subject.right_edge.i and not t.is_punct]
        clause = _Clause(
            article=article,
            sentence=sentence,
            subjects=ents,
            negated=_negated(chain),
            predicate=frozenset(_verb_key(t) for t in chain) - _LIGHT,
            final=next((_verb_key(t) for t in reversed(chain) if _verb_key(t) not in _LIGHT), ""),
            head=_stem(subject.text),
            topic=frozenset(
                _stem(t.text)
                for t in own
                if t.pos_ in ("NOUN", "PROPN", "VERB", "ADJ") and not t.is_stop
            )
            - _LIGHT
            - _TIME,
            reported=any(c.dep_ == "ccomp" for t in chain for c in t.children),
            tense=_tense(chain),
            phrase=" ".join(t.text for t in after[:14]) + (" …" if len(after) > 14 else ""),
            verb=_verb_key(verb),
            figures=_figures(verb),
        )
        rebuttal = _rebuttal(verb, subject, at)
        if rebuttal is not None:
            head = at.get(subject.i)  # "Defense Minister Hanno Pevkur": the person
            clause.rebuts, clause.rebutted = rebuttal
            clause.rebutter = (
                _name(story, head)
                if head
                else " ".join(t.text for t in subject.subtree if not t.is_punct)
            )
        clauses.append(clause)
    return clauses


# --- the rules -----------------------------------------------------------------------


def _precision(figure: _Figure) -> float:
    """Half a unit of the figure's last significant digit: "29%" may be 28.9%, "7,000"
    may be 6,800 (reporters round)."""
    digits = re.sub(r"[^\d.]", "", figure.text.split()[0]) or "0"
    if "." in digits:
        return 0.5 / 10.0 ** len(digits.split(".")[1])
    scale = figure.value / float(digits) if float(digits) else 1.0
    zeros = len(digits) - len(digits.rstrip("0"))
    return 0.5 * 10.0**zeros * scale


def _figure_conflict(a: _Figure, b: _Figure) -> bool:
    """Whether two figures for the same thing cannot both be right."""
    if a.unit != b.unit or a.role != b.role:
        return False
    low, high = (a, b) if a.value < b.value else (b, a)
    if high.value - low.value <= max(_precision(a), _precision(b)):
        return False  # the same figure, rounded
    if low.hedge == "min" or high.hedge == "max":
        return False  # "at least 12" and "15"; "up to 15" and "12"
    if "about" in (low.hedge, high.hedge):
        return (high.value - low.value) > HEDGE_SLACK * high.value
    return True


def _opposed(x: _Clause, y: _Clause) -> bool:
    """One subject, one predicate, opposite polarity. The predicate ends in the same verb
    with a shared object ("send troops" / "not send troops"; "wanted to keep control" and
    "did not want to give up control" end apart and agree), or, in neighbouring
    sentences of one source, two verbs of intent ("willing to consider this option" /
    "not planning to deploy"). What a verb of saying or believing governs is compared
    as a clause of its own, not through the verb."""
    if (
        x.negated == y.negated
        or not (x.subjects & y.subjects)
        or x.reported
        or y.reported
        or x.tense != y.tense
    ):
        return False
    shared = x.predicate & y.predicate
    if x.final and x.final == y.final:
        return bool((x.topic & y.topic) - shared) or not (
            x.topic - x.predicate or y.topic - y.predicate
        )
    return (
        x.article == y.article
        and abs(x.sentence - y.sentence) <= NEIGHBOURS
        and bool(x.predicate & _INTENT and y.predicate & _INTENT)
    )


@dataclass(frozen=True)
class _Found:
    strength: int  # 0 rebuttal, 1 figures, 2 polarity
    similarity: float
    disagreement: Disagreement

    def key(self) -> tuple[int, float, str, int]:
        first = self.disagreement.citations[0]
        return (self.strength, -self.similarity, first.article, first.sentence)


def _name(story: _Story, ids: Iterable[str]) -> str:
    return " and ".join(sorted(story.names.get(i, i) for i in ids))


def _says(story: _Story, w: _Where, who: frozenset[str]) -> bool:
    """Whether the sentence reports what one of `who` said or wants: a quote of theirs,
    or them as subject of a verb of saying or of intent."""
    key = (w.article.id, w.index)
    if who & story.speakers.get(key, set()):
        return True
    return any(
        c.subjects & who and (c.verb in _SAYS or c.predicate & _INTENT)
        for c in story.clauses.get(key, [])
    )


def _rebuttals(story: _Story) -> list[_Found]:
    """A rebuttal cited with what the rebutted said: in the same source the closest
    statement; from the other sources the first report of their words that more than
    one source carries (their widely reported words, which a rebuttal answers)."""
    found = []
    for (aid, index), cs in sorted(story.clauses.items()):
        for c in cs:
            if not c.rebuts or not c.rebutted:
                continue
            here = story.at(aid, index)
            said = [
                w
                for w in story.where
                if (w.article.id, w.index) != (aid, index)
                and not _REBUTTAL_CUE.search(w.text)
                and _says(story, w, c.rebutted)
            ]
            same = [w for w in said if w.article.id == aid]
            first: dict[str, _Where] = {}
            for w in said:
                if w.article.id != aid and story.carried(w):
                    first.setdefault(w.article.id, w)
            picks = [
                max(options, key=lambda w: (story.similarity(here, w), -w.index))
                for options in (same, list(first.values()))
                if options
            ]
            if not picks:
                continue
            citations = [here.cite()] + [w.cite() for w in picks]
            found.append(
                _Found(
                    0,
                    max(story.similarity(here, w) for w in picks),
                    Disagreement(
                        kind=_kind(citations),
                        about=f"{c.rebutter} {c.rebuts} what {_name(story, c.rebutted)} said",
                        citations=citations,
                    ),
                )
            )
    return found


def _clash(story: _Story, x: _Clause, y: _Clause, sim: float, kind: str) -> tuple[int, str] | None:
    """How strong a disagreement two clauses make, and what it is about; None if none."""
    if (
        kind == "sources"
        and sim >= FIGURE_SIMILARITY
        and x.final
        and x.final == y.final
        and x.tense == y.tense
        and (x.subjects & y.subjects or x.head == y.head)
        and not (x.predicate | y.predicate) & _MOVES
    ):
        for fx in x.figures:
            same = [fy for fy in y.figures if (fy.unit, fy.role) == (fx.unit, fx.role)]
            mine = [f for f in x.figures if (f.unit, f.role) == (fx.unit, fx.role)]
            # one figure a side for the thing counted, or which matches which is unknown
            if len(same) == 1 == len(mine) and _figure_conflict(fx, same[0]):
                return 1, f"different figures: “{fx.text}” or “{same[0].text}”"
    if sim >= POLARITY_SIMILARITY[kind] and _opposed(x, y):
        return 2, f"{_name(story, x.subjects & y.subjects)}: “{x.phrase}” or “{y.phrase}”"
    return None


def _pairs(story: _Story) -> list[_Found]:
    found = []
    clauses = story.clauses
    keys = sorted(clauses)
    for n, kx in enumerate(keys):
        for ky in keys[n + 1 :]:
            x, y = story.at(*kx), story.at(*ky)
            sim = story.similarity(x, y)
            kind = "within-source" if kx[0] == ky[0] else "sources"
            for cx in clauses[kx]:
                for cy in clauses[ky]:
                    hit = _clash(story, cx, cy, sim, kind)
                    if hit is not None:
                        citations = [x.cite(), y.cite()]
                        found.append(_Found(hit[0], sim, Disagreement(kind, hit[1], citations)))
    return found


def _candidates(story: _Story) -> set[tuple[str, int]]:
    """The sentences worth parsing again: rebuttals naming someone; a sentence with a
    negation and another without, with one subject and close wording; two sources
    giving one thing two figures in sentences worded alike."""
    picked: set[tuple[str, int]] = set()
    negated: dict[str, list[_Where]] = {}
    plain: dict[str, list[_Where]] = {}
    figures: list[_Where] = []
    for w in story.where:
        key = (w.article.id, w.index)
        if _REBUTTAL_CUE.search(w.text) and story.mentioned.get(key):
            picked.add(key)
        for entity in story.subjects.get(key, ()):
            (negated if _NEGATION_CUE.search(w.text) else plain).setdefault(entity, []).append(w)
        if _figure_marks(w.text):
            figures.append(w)
    for entity in sorted(negated):
        for x in negated[entity]:
            for y in plain.get(entity, []):
                kind = "within-source" if x.article.id == y.article.id else "sources"
                if story.similarity(x, y) >= POLARITY_SIMILARITY[kind]:
                    picked |= {(x.article.id, x.index), (y.article.id, y.index)}
    marks = {(w.article.id, w.index): _figure_marks(w.text) for w in figures}
    for n, x in enumerate(figures):
        mx = marks[(x.article.id, x.index)]
        for y in figures[n + 1 :]:
            my = marks[(y.article.id, y.index)]
            if (
                x.article.id != y.article.id
                and any(mx[u] != my[u] for u in mx.keys() & my.keys())
                and story.similarity(x, y) >= FIGURE_SIMILARITY
            ):
                picked |= {(x.article.id, x.index), (y.article.id, y.index)}
    return picked


def _figure_marks(text: str) -> dict[str, set[str]]:
    """What each figure of a sentence counts, with the figures as written: two
    sentences are worth parsing for a clash only when they give one thing two values."""
    marks: dict[str, set[str]] = {}
    for m in _FIGURE_CUE.finditer(text):
        if m.group(1):
            unit, value = m.group(1), m.group(2)
        elif m.group(3):
            unit, value = "%", m.group(3)
        else:
            unit, value = _stem(m.group(6)), m.group(5)
        marks.setdefault(unit, set()).add(value.casefold().replace(" ", ""))
    return marks


def _spelling_key(name: str) -> str:
    """Spellings that differ only by case, accents or a plural "s" are one spelling."""
    return fold(name).removesuffix("'s").removesuffix("s")


def _spellings(group: list[ArticleDigest], persons: list[PersonDigest]) -> list[Disagreement]:
    """Full names one person is written with in the story's sources, when they are one
    name spelled two ways ("Madis Rohr", "Madis Roll"), not two names the resolver
    took for one person ("Ian Blair", "Tony Blair")."""
    found = []
    by_id = {a.id: a for a in group}
    mentioned = {p.id for a in group for p in a.people}
    for person in persons:
        if person.id not in mentioned:
            continue
        spellings: dict[str, tuple[str, int]] = {}
        for alias in person.aliases:
            if (
                len(alias.name.split()) < 2
                or alias.name != alias.name.strip()
                or alias.name.islower()
                or Levenshtein.normalized_similarity(fold(alias.name), fold(person.name))
                < SPELLING_SIMILARITY
            ):
                continue
            for article_id in alias.articles:
                if article_id not in by_id:
                    continue
                article = by_id[article_id]
                sentence = next(
                    (i for i, s in enumerate(article.sentences) if alias.name in s), None
                )
                if sentence is not None and _spelling_key(alias.name) not in {
                    _spelling_key(k) for k in spellings
                }:
                    spellings[alias.name] = (article_id, sentence)
        if len(spellings) > 1:
            found.append(
                Disagreement(
                    kind="spelling",
                    about=f"{person.name} is spelled {', '.join(sorted(spellings))}",
                    citations=[
                        Citation(a, s, by_id[a].sentences[s])
                        for _, (a, s) in sorted(spellings.items())
                    ],
                )
            )
    return found


def _parse(stories: list[_Story], keys: list[list[tuple[str, int]]]) -> None:
    """Parse the given sentences of every story in one batch (the model loads only
    when some story has a candidate)."""
    todo = [(story, k) for story, ks in zip(stories, keys, strict=True) for k in ks]
    if not todo:
        return
    from generator.article.nlp import load

    docs = load().pipe((story.at(*k).text for story, k in todo), disable=["ner"])
    for (story, key), doc in zip(todo, docs, strict=True):
        story.clauses[key] = _clauses(doc, key[0], key[1], story)


def _listed(story: _Story) -> list[Disagreement]:
    """The story's disagreements, strongest first, one per pair of sentences."""
    found = sorted(_rebuttals(story) + _pairs(story), key=_Found.key)
    seen: set[tuple[tuple[str, int], ...]] = set()
    listed = []
    for f in found:
        pair = tuple(sorted((c.article, c.sentence) for c in f.disagreement.citations[:2]))
        if pair not in seen:
            seen.add(pair)
            listed.append(f.disagreement)
    return listed[:MAX_DISAGREEMENTS]


def find(
    groups: list[list[ArticleDigest]], persons: list[PersonDigest], names: dict[str, str]
) -> list[list[Disagreement]]:
    """For each story, where its sources, or one source, contradict each other."""
    stories = [_Story(group, dict(names)) for group in groups]
    _parse(stories, [sorted(_candidates(story)) for story in stories])
    _parse(stories, [story.rebutted_statements() for story in stories])
    return [_spellings(story.group, persons) + _listed(story) for story in stories]
