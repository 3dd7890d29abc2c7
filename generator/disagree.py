"""Disagreements in a story: accounts that cannot all be true, each side cited.

Four signals, from the most explicit to the least:

- a rebuttal: one party denies, disputes or plays down another's words ("Pevkur
  downplayed Roll's comments"), cited with what the other said;
- different figures for the same thing: two aligned sentences count the same noun
  under the same verb with numbers that cannot both hold ("killed 12 people" /
  "killed 15 people"), hedges such as "at least" or "about" respected;
- opposite polarity: one entity is the subject of the same predicate, once negated
  ("Canada is willing to consider" / "Canada is not planning to deploy"); the
  predicates must match, or both be about intent (plan, want, willing, rule out);
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

from spacy.tokens import Doc, Token

from generator.countries import fold
from generator.model import ArticleDigest, Citation, Disagreement, PersonDigest
from generator.summarize import cosine, terms, weigh

__all__ = ["find"]

# sentences must be this close in wording to be compared for figures: the same report
ALIGNED = 0.35
# across sources, an entity's two clauses must also share this much wording; within one
# source the article already keeps to one topic, and a shared subject is enough
POLARITY_SIMILARITY = {"sources": 0.20, "within-source": 0.15}
# the closest statement of the rebutted must share this much wording with the rebuttal
# (in-story weights: the story's own words count little, "talks" or "troop" count)
REBUTTED_SIMILARITY = 0.08
MAX_DISAGREEMENTS = 6  # beyond spellings; strongest first
# how far "about" and "nearly" stretch a figure
_HEDGE_SLACK = 0.1
_MIN_WORDS = 6

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
_NUMBER_CUE = re.compile(
    r"\d|\b(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen|hundred|thousand)\b",
    re.I,
)

# Stems (see _stem) of verbs that reject what another said; the second set needs a
# statement as object ("dismissed the claims"), not a plan ("dismissed the plan").
_REBUTS = frozenset({"deny", "disput", "contradict", "refut", "rebut", "downplay", "play_down"})
_REBUTS_STATEMENT = frozenset({"dismiss", "reject", "counter"})
_STATEMENTS = frozenset(
    """claim comment remark suggestion report allegation accusation assertion statement
    charge figure rumour rumor speculation story account talk warning criticism""".split()
)
# predicates that negate what follows them ("refused to send" = "did not send")
_NEGATIVE = frozenset(
    {"refus", "reject", "oppos", "declin", "rule_out", "deny", "abandon", "scrap"}
)
# predicates of intent: "is willing to send" and "has no plans to send" oppose each other
_INTENT = frozenset(
    """plan intend consider willing ready prepar want seek aim propos agre support back
    favour favor open commit mull explor discuss weigh refus reject oppos declin rule_out""".split()
)
# predicates that say nothing by themselves ("said", "is", "has")
_LIGHT = frozenset(
    """be is are was were been being am have has had having do does did get gets got make
    go goes going went say says said tell tells told add adds added note noted state stated
    will would can could may might must shall should 's 're 've 'd ’s ’re ’ve ’d""".split()
)
# verbs that report what someone said (irregular forms as written)
_SAYS = frozenset(
    """say said tell told add not stat claim warn insist argu affirm clarify suggest announc
    confirm explain stress reveal disclos underlin emphasis emphasiz reiterat""".split()
)
_CONDITIONAL = frozenset({"if", "unless", "whether"})
_PRONOUNS = frozenset({"he", "she", "they", "it", "we", "i"})
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
# words that move a figure over time: "prices rose to $53" and "$50" differ by date, not
# in fact, so figures under these predicates are never a disagreement
_MOVES = frozenset(
    """rise rose risen fall fell fallen climb drop jump slip surge soar plunge slump gain
    lose lost close trade stand stood hit reach increas decreas grow grew edg ease""".split()
)


def _stem(word: str) -> str:
    """A crude stem, enough to match "planning", "plans" and "planned" (the parser used
    here has no lemmatizer)."""
    w = word.casefold().replace("’", "'")
    for suffix in ("ing", "ed", "s"):
        if w.endswith(suffix) and len(w) - len(suffix) >= 3:
            w = w[: -len(suffix)]
            break
    w = w.removesuffix("e")
    if w.endswith("i"):
        w = w[:-1] + "y"
    if len(w) > 3 and w[-1] == w[-2] and w[-1] not in "aeiouls":
        w = w[:-1]
    return w


def _verb_key(token: Token) -> str:
    """A verb's stem with its particle ("rule_out", "play_down")."""
    if token.lower_ in _LIGHT:
        return token.lower_
    stem = _stem(token.text) if token.pos_ in ("VERB", "AUX", "NOUN") else token.lower_
    for child in token.children:
        if child.dep_ == "prt" and child.lower_ in ("out", "down", "back"):
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
    topic: frozenset[str]  # stems of the content words after the subject
    phrase: str  # the predicate as written
    verb: str  # stem of the clause's verb
    figures: list[_Figure] = field(default_factory=list)
    rebuts: str | None = None  # the rebuttal verb as written ("downplayed")
    rebutted: frozenset[str] = frozenset()  # whose words are rebutted
    rebutter: str = ""  # the subject as written


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
        self.names = names
        self.where = [
            _Where(a, i)
            for a in group
            for i, s in enumerate(a.sentences)
            if len(s.split()) >= _MIN_WORDS
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


def _group(token: Token) -> bool:
    """A name that only qualifies a group ("NATO countries", "Labour MPs"): the group's
    members act there, not the name's owner."""
    head = token
    while head.dep_ == "compound" or head.dep_ == "amod":
        head = head.head
    return head.i != token.i and head.tag_ == "NNS"


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
        if token.dep_ in _NESTED or token.head.i == token.i:
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
        return "%", token.head if token.dep_ != "ROOT" else token
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
        left = doc[max(0, token.i - 2) : token.i].text.casefold()
        hedge = next((h for w, h in _HEDGES.items() if left.endswith(w)), None)
        anchor = unit[1]
        role = (
            anchor.dep_ if anchor.head.i == verb.i else f"{anchor.dep_}<{_stem(anchor.head.text)}"
        )
        start = token.i - 1 if unit[0] in _CURRENCIES else token.i
        end = anchor.i + 1 if 0 < anchor.i - token.i <= 3 else token.i + 1
        if end < len(doc) and doc[end - 1].i == token.i and doc[end].lower_ in _MULTIPLIERS:
            end += 1
        found.append(_Figure(value, hedge, unit[0], role, doc[start:end].text))
    return found


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
        ents = frozenset(e for t in subject.subtree if not _group(t) for e in at.get(t.i, ()))
        if not ents and subject.lower_ in _PRONOUNS:
            outer = next((a for a in verb.ancestors if a.i in subjects_of), None)
            if outer is not None and verb.dep_ in ("ccomp", "conj", "advcl"):
                ents = subjects_of[outer.i]  # "countries ... stated that they are not ..."
            elif subject.lower_ in ("i", "we") and len(speakers) == 1:
                ents = frozenset(speakers)  # a first person inside a quote is its speaker
        subjects_of[verb.i] = ents
        chain = _chain(verb)
        keys = {_verb_key(t) for t in chain} - _LIGHT
        own = [t for t in verb.subtree if _own(t, verb, subject)]
        topic = {
            _stem(t.text)
            for t in own
            if t.pos_ in ("NOUN", "PROPN", "VERB", "ADJ") and not t.is_stop
        } - _LIGHT
        span = [t for t in own if not t.is_punct and (subject is None or t.i > subject.i)]
        phrase = " ".join(t.text for t in span[:14]) + (" …" if len(span) > 14 else "")
        clause = _Clause(
            article=article,
            sentence=sentence,
            subjects=ents,
            negated=_negated(chain),
            predicate=frozenset(keys),
            topic=frozenset(topic),
            phrase=phrase,
            verb=_verb_key(verb),
            figures=_figures(verb),
        )
        key_verb = _verb_key(verb)
        if key_verb in _REBUTS | _REBUTS_STATEMENT:
            objects = [c for c in verb.children if c.dep_ in ("dobj", "ccomp", "prep")]
            statement = any(_stem(t.text) in _STATEMENTS for o in objects for t in o.subtree)
            if key_verb in _REBUTS or statement:
                clause.rebuts = verb.text + (" down" if key_verb == "play_down" else "")
                clause.rebutted = (
                    frozenset(e for o in objects for t in o.subtree for e in at.get(t.i, ())) - ents
                )
                head = at.get(subject.i)  # "Defense Minister Hanno Pevkur": the person
                clause.rebutter = (
                    _name(story, head)
                    if head
                    else " ".join(t.text for t in subject.subtree if not t.is_punct)
                )
        if not _conditional(verb):
            clauses.append(clause)
    return clauses


# --- the rules -----------------------------------------------------------------------


def _figure_conflict(a: _Figure, b: _Figure) -> bool:
    """Whether two figures for the same thing cannot both be right."""
    if a.unit != b.unit or a.role != b.role or a.value == b.value:
        return False
    low, high = (a, b) if a.value < b.value else (b, a)
    if low.hedge == "min" or high.hedge == "max":
        return False  # "at least 12" and "15"; "up to 15" and "12"
    if "about" in (low.hedge, high.hedge):
        return (high.value - low.value) > _HEDGE_SLACK * high.value
    return True


def _opposed(x: _Clause, y: _Clause) -> bool:
    if x.negated == y.negated or not (x.subjects & y.subjects):
        return False
    shared = x.predicate & y.predicate
    if shared:
        return bool((x.topic & y.topic) - shared) or not (
            x.topic - x.predicate or y.topic - y.predicate
        )
    return bool(x.predicate & _INTENT and y.predicate & _INTENT)


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


def _says(
    story: _Story, clauses: dict[tuple[str, int], list[_Clause]], w: _Where, who: frozenset[str]
) -> bool:
    """Whether the sentence reports what one of `who` said or wants: a quote of theirs,
    or them as subject of a verb of saying or of intent."""
    key = (w.article.id, w.index)
    if who & story.speakers.get(key, set()):
        return True
    return any(
        c.subjects & who and (c.verb in _SAYS or c.predicate & _INTENT)
        for c in clauses.get(key, [])
    )


def _rebuttals(story: _Story, clauses: dict[tuple[str, int], list[_Clause]]) -> list[_Found]:
    """A rebuttal cited with what the rebutted said: in the same source the closest
    statement, in the others the first report of their words (what the rebuttal answers)."""
    found = []
    for (aid, index), cs in sorted(clauses.items()):
        for c in cs:
            if not c.rebuts or not c.rebutted:
                continue
            here = story.at(aid, index)
            said = [
                w
                for w in story.where
                if (w.article.id, w.index) != (aid, index)
                and not _REBUTTAL_CUE.search(w.text)
                and _says(story, clauses, w, c.rebutted)
            ]
            same = [w for w in said if w.article.id == aid]
            first: dict[str, _Where] = {}
            for w in said:
                if w.article.id != aid:
                    first.setdefault(w.article.id, w)
            picks = [
                max(options, key=lambda w: (story.similarity(here, w), -w.index))
                for options in (same, list(first.values()))
                if options
            ]
            if not picks or max(story.similarity(here, w) for w in picks) < REBUTTED_SIMILARITY:
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
        and sim >= ALIGNED
        and x.predicate & y.predicate
        and not (x.predicate | y.predicate) & _MOVES
    ):
        for fx in x.figures:
            for fy in y.figures:
                if _figure_conflict(fx, fy):
                    return 1, f"different figures: “{fx.text}” or “{fy.text}”"
    if sim >= POLARITY_SIMILARITY[kind] and _opposed(x, y):
        return 2, f"{_name(story, x.subjects & y.subjects)}: “{x.phrase}” or “{y.phrase}”"
    return None


def _pairs(story: _Story, clauses: dict[tuple[str, int], list[_Clause]]) -> list[_Found]:
    found = []
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
    """The sentences worth parsing again: rebuttals naming someone, sentences with a
    negation whose subject is the subject of another sentence, and figures in
    sentences that another source words alike."""
    picked: set[tuple[str, int]] = set()
    where = story.where
    for x, wx in enumerate(where):
        kx = (wx.article.id, wx.index)
        if _REBUTTAL_CUE.search(wx.text) and story.mentioned.get(kx):
            picked.add(kx)
        for wy in where[x + 1 :]:
            ky = (wy.article.id, wy.index)
            kind = "within-source" if kx[0] == ky[0] else "sources"
            if (
                story.subjects.get(kx, set()) & story.subjects.get(ky, set())
                and bool(_NEGATION_CUE.search(wx.text)) != bool(_NEGATION_CUE.search(wy.text))
                and story.similarity(wx, wy) >= POLARITY_SIMILARITY[kind]
            ) or (
                kind == "sources"
                and _NUMBER_CUE.search(wx.text)
                and _NUMBER_CUE.search(wy.text)
                and story.similarity(wx, wy) >= ALIGNED
            ):
                picked |= {kx, ky}
    return picked


def _spellings(group: list[ArticleDigest], persons: list[PersonDigest]) -> list[Disagreement]:
    found = []
    by_id = {a.id: a for a in group}
    for person in persons:
        spellings: dict[str, tuple[str, int]] = {}
        for alias in person.aliases:
            if (
                len(alias.name.split()) < 2
                or alias.name != alias.name.strip()
                or alias.name.islower()
            ):
                continue
            for article_id in alias.articles:
                if article_id not in by_id:
                    continue
                article = by_id[article_id]
                sentence = next(
                    (i for i, s in enumerate(article.sentences) if alias.name in s), None
                )
                if sentence is not None and fold(alias.name) not in {fold(k) for k in spellings}:
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


def find(
    group: list[ArticleDigest], persons: list[PersonDigest], names: dict[str, str]
) -> list[Disagreement]:
    """Where the story's sources, or one source, contradict each other, strongest first."""
    story = _Story(group, dict(names))
    nlp = None
    clauses: dict[tuple[str, int], list[_Clause]] = {}

    def parse(keys: list[tuple[str, int]]) -> None:
        nonlocal nlp
        if keys and nlp is None:
            from generator.nlp import load  # the model only when a story has candidates

            nlp = load()
        if nlp is not None:
            docs = nlp.pipe([story.at(*k).text for k in keys])
            for key, doc in zip(keys, docs, strict=True):
                clauses[key] = _clauses(doc, key[0], key[1], story)

    parse(sorted(_candidates(story)))
    rebutted = {e for cs in clauses.values() for c in cs if c.rebuts for e in c.rebutted}
    parse(
        sorted(
            k
            for k, who in story.subjects.items()
            if who & rebutted and k not in clauses and k in story.position
        )
    )
    found = sorted(_rebuttals(story, clauses) + _pairs(story, clauses), key=_Found.key)
    seen: set[tuple[tuple[str, int], ...]] = set()
    listed = []
    for f in found:
        pair = tuple(sorted((c.article, c.sentence) for c in f.disagreement.citations[:2]))
        if pair not in seen:
            seen.add(pair)
            listed.append(f.disagreement)
    return _spellings(group, persons) + listed[:MAX_DISAGREEMENTS]
