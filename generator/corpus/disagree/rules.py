"""The rules that make two clauses, or a rebuttal and what it answers, a disagreement;
and which sentences are worth reading with their parse to apply them."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache, partial

from generator.corpus.disagree.story import Clause, Figure, Story, Where, kind_of, names_of
from generator.corpus.disagree.words import (
    INTENT,
    MOVES,
    SAYS,
)
from generator.model import Disagreement
from generator.settings import (
    FIGURE_SIMILARITY,
    HEDGE_SLACK,
    MAX_DISAGREEMENTS,
    NEIGHBOURS,
    POLARITY_SIMILARITY,
)

__all__ = ["candidates", "listed"]


def _precision(figure: Figure) -> float:
    """Half a unit of the figure's last significant digit: "29%" may be 28.9%, "7,000"
    may be 6,800 (reporters round)."""
    return _rounding(figure.text, figure.value)


@cache
def _rounding(text: str, value: float) -> float:
    """`_precision` of a figure written `text` of this value, worked out once per
    process: in a story of a hundred reports the same figures are weighed against each
    other hundreds of thousands of times."""
    digits = re.sub(r"[^\d.]", "", text.split()[0]) or "0"
    if "." in digits:
        return 0.5 / 10.0 ** len(digits.split(".")[1])
    scale = value / float(digits) if float(digits) else 1.0
    zeros = len(digits) - len(digits.rstrip("0"))
    return 0.5 * 10.0**zeros * scale


def _figure_conflict(a: Figure, b: Figure) -> bool:
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


def _opposed(x: Clause, y: Clause) -> bool:
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
        and bool(x.predicate & INTENT and y.predicate & INTENT)
    )


@dataclass(frozen=True)
class Found:
    """A disagreement found, made only if it is listed: the clauses of a story of a
    hundred reports clash in tens of thousands of pairs (66,000 in the ten largest
    stories at 10,000 articles), of which a few are listed."""

    strength: int  # 0 rebuttal, 1 figures, 2 polarity
    similarity: float
    cited: tuple[tuple[str, int], ...]  # its first two citations: article, sentence
    make: Callable[[], Disagreement]

    def key(self) -> tuple[int, float, str, int]:
        first = self.cited[0]
        return (self.strength, -self.similarity, first[0], first[1])


def _says(story: Story, w: Where, who: frozenset[str]) -> bool:
    """Whether the sentence reports what one of `who` said or wants: a quote of theirs,
    or them as subject of a verb of saying or of intent."""
    key = (w.article.id, w.index)
    if who & story.speakers.get(key, set()):
        return True
    return any(
        c.subjects & who and (c.verb in SAYS or c.predicate & INTENT)
        for c in story.clauses.get(key, [])
    )


def _rebuttals(story: Story) -> list[Found]:
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
                and _says(story, w, c.rebutted)
                and not story.cues.rebuttal(w.text)
            ]
            same = [w for w in said if w.article.id == aid]
            first: dict[str, Where] = {}
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
            made = Disagreement(
                kind=kind_of(citations),
                about=f"{c.rebutter} {c.rebuts} what {names_of(story, c.rebutted)} said",
                involves=sorted(c.subjects | c.rebutted),
                citations=citations,
            )
            found.append(
                Found(
                    0,
                    max(story.similarity(here, w) for w in picks),
                    tuple((c.article, c.sentence) for c in citations[:2]),
                    partial(_as_made, made),
                )
            )
    return found


def _may_clash(x: Clause, y: Clause) -> bool:
    """False only when `_clash` finds no rule in the two clauses whatever their wording:
    one polarity (no opposite), and not one deed (no figures for the same thing). Asked
    first, as a call of `_clash` costs more: 2 of its 3 million pairs at 10,000 articles.
    A rule added to `_clash` must keep this true for every pair it can return, and
    `_may_pair` must still pair their sentences."""
    return x.negated != y.negated or bool(x.final) and x.final == y.final


def _clash(story: Story, x: Clause, y: Clause, sim: float, kind: str) -> tuple[int, str] | None:
    """How strong a disagreement two clauses make, and what it is about; None if none
    (always None when `_may_clash` is False, or when `_may_pair` leaves their sentences
    apart: a rule added here, or a condition relaxed, must be added to both)."""
    if (
        kind == "sources"
        and sim >= FIGURE_SIMILARITY
        and x.final
        and x.final == y.final
        and x.tense == y.tense
        and (x.subjects & y.subjects or x.head == y.head)
        and not (x.predicate | y.predicate) & MOVES
    ):
        for fx in x.figures:
            same = [fy for fy in y.figures if (fy.unit, fy.role) == (fx.unit, fx.role)]
            mine = [f for f in x.figures if (f.unit, f.role) == (fx.unit, fx.role)]
            # one figure a side for the thing counted, or which matches which is unknown
            if len(same) == 1 == len(mine) and _figure_conflict(fx, same[0]):
                return 1, f"different figures: “{fx.text}” or “{same[0].text}”"
    if sim >= POLARITY_SIMILARITY[kind] and _opposed(x, y):
        return 2, f"{names_of(story, x.subjects & y.subjects)}: “{x.phrase}” or “{y.phrase}”"
    return None


def _may_pair(story: Story, keys: list[tuple[str, int]]) -> list[tuple[int, int]]:
    """The pairs (n < m) of these sentences with two clauses in which `_clash` may find a
    rule, in order: one subject said to do a thing and not to do it at one time (opposite
    polarity), or two sources' figures for one thing under one deed, subject or head
    noun, and time; both rules ask that much before they read the wording. Scoring every
    pair of alike sentences first took half the time of the rules' pairs at 10,000
    articles, for three pairs in ten that may hold a clash."""
    polar: dict[tuple[str, str, bool], list[int]] = {}  # subject, tense, negated
    counted: dict[tuple[str, ...], list[int]] = {}  # deed, tense, unit, role, who
    for n, key in enumerate(keys):
        signs: set[tuple[str, str, bool]] = set()
        figures: set[tuple[str, ...]] = set()
        for c in story.clauses[key]:
            if not c.reported:
                signs |= {(e, c.tense, c.negated) for e in c.subjects}
            if c.final:
                who = [("head", c.head)] + [("entity", e) for e in c.subjects]
                figures |= {(c.final, c.tense, f.unit, f.role, *w) for f in c.figures for w in who}
        for sign in signs:
            polar.setdefault(sign, []).append(n)
        for figure in figures:
            counted.setdefault(figure, []).append(n)
    pairs: set[tuple[int, int]] = set()
    for (entity, tense, negated), ns in polar.items():
        if negated:
            for m in polar.get((entity, tense, False), []):
                pairs.update((min(n, m), max(n, m)) for n in ns if n != m)
    for ns in counted.values():
        for i, n in enumerate(ns):
            pairs.update((n, m) for m in ns[i + 1 :] if keys[n][0] != keys[m][0])
    return sorted(pairs)


def _pairs(story: Story) -> list[Found]:
    found = []
    clauses = story.clauses
    keys = sorted(k for k, cs in clauses.items() if cs)  # a sentence without one: no clash
    pairs = _may_pair(story, keys)
    # no clash below the least similarity a rule asks for
    least = min(FIGURE_SIMILARITY, *POLARITY_SIMILARITY.values())
    for (n, m), sim in zip(pairs, story.similarities(keys, pairs), strict=True):
        if sim < least:
            continue
        kx, ky = keys[n], keys[m]
        x, y = story.at(*kx), story.at(*ky)
        kind = "within-source" if kx[0] == ky[0] else "sources"
        for cx in clauses[kx]:
            for cy in clauses[ky]:
                if not _may_clash(cx, cy):
                    continue
                hit = _clash(story, cx, cy, sim, kind)
                if hit is not None:
                    made = partial(_clashing, kind, hit[1], cx, cy, x, y)
                    found.append(Found(hit[0], sim, (kx, ky), made))
    return found


def _as_made(disagreement: Disagreement) -> Disagreement:
    """A rebuttal's disagreement, made as it is found (a story has few)."""
    return disagreement


def _clashing(kind: str, about: str, cx: Clause, cy: Clause, x: Where, y: Where) -> Disagreement:
    """The disagreement two clauses of sentences `x` and `y` make (see `_pairs`)."""
    return Disagreement(kind, about, sorted(cx.subjects & cy.subjects), [x.cite(), y.cite()])


def candidates(story: Story) -> set[tuple[str, int]]:
    """The sentences worth reading with their parse: rebuttals naming someone; a sentence with a
    negation and another without, with one subject and close wording; two sources
    giving one thing two figures in sentences worded alike."""
    picked: set[tuple[str, int]] = set()
    negated: dict[str, list[Where]] = {}
    plain: dict[str, list[Where]] = {}
    figures: list[Where] = []
    marks: list[dict[str, set[str]]] = []  # of each figure sentence
    for w in story.where:
        key = (w.article.id, w.index)
        if story.mentioned.get(key) and story.cues.rebuttal(w.text):
            picked.add(key)
        if subjects := story.subjects.get(key):
            sides = negated if story.cues.negated(w.text) else plain
            for entity in subjects:
                sides.setdefault(entity, []).append(w)
        if found := story.cues.marks(w.text):
            figures.append(w)
            marks.append(found)
    for entity in sorted(negated):
        for x in negated[entity]:
            for y in plain.get(entity, []):
                kind = "within-source" if x.article.id == y.article.id else "sources"
                if story.similarity(x, y) >= POLARITY_SIMILARITY[kind]:
                    picked |= {(x.article.id, x.index), (y.article.id, y.index)}
    # pairs worded alike first: a story of a few hundred reports has millions of pairs of
    # figure sentences, and a sixth of them are alike
    keys = [(w.article.id, w.index) for w in figures]
    for n, m in story.reaching(figures, FIGURE_SIMILARITY):
        kx, ky = keys[n], keys[m]
        if (
            kx[0] != ky[0]
            and (kx not in picked or ky not in picked)  # else nothing to add
            and any(marks[n][u] != marks[m][u] for u in marks[n].keys() & marks[m].keys())
        ):
            picked.add(kx)
            picked.add(ky)
    return picked


def listed(story: Story) -> list[Disagreement]:
    """The story's disagreements, strongest first, one per pair of sentences."""
    found = sorted(_rebuttals(story) + _pairs(story), key=Found.key)
    seen: set[tuple[tuple[str, int], ...]] = set()
    listed: list[Disagreement] = []
    for f in found:
        if len(listed) >= MAX_DISAGREEMENTS:
            break
        pair = tuple(sorted(f.cited))
        if pair not in seen:
            seen.add(pair)
            listed.append(f.make())
    return listed
