"""Lines judged with their neighbours, and the article body found among them.

First each line gets a class from its own shape, as jusText does for paragraphs: `good`
(prose), `near` (maybe prose), `short` (too short to tell) or `bad` (furniture). Then its
neighbours decide what it could not: a short line between two paragraphs of prose is a
sub-heading or a list item, one between two menus is a menu item. Lines of furniture
that sit inside articles (an advertisement, a caption) are seen through, so they do not
cut an article in two.

The body is the run of prose with the most words: paragraphs held together by at most
CLEAN_BODY_GAP lines of anything else. Reader comments and other articles' teasers are
prose too, but each comes between its own furniture (a name, a time, "Reply"), so they
make many small runs rather than one long one.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from generator.clean.phrases import CREDIT, Match, interrupts
from generator.clean.shape import Line
from generator.settings import (
    CLEAN_BLANK_STRUCTURED,
    CLEAN_BODY_GAP,
    CLEAN_FIRST_RUN_SHARE,
    CLEAN_GOOD_STOPWORDS,
    CLEAN_GOOD_WORDS,
    CLEAN_HEADER_LINES,
    CLEAN_JOIN_GAP,
    CLEAN_JOIN_LONG_GAP,
    CLEAN_JOIN_LONG_SHARE,
    CLEAN_JOIN_LONG_WORDS,
    CLEAN_JOIN_WORDS,
    CLEAN_LISTED_PROSE_SHARE,
    CLEAN_NEAR_LONG_WORDS,
    CLEAN_NEAR_WORDS,
    CLEAN_PAGE_FURNITURE,
    CLEAN_STANDFIRST_WORDS,
)

__all__ = ["Body", "classify", "find_body"]

GOOD, NEAR, SHORT, BAD = "good", "near", "short", "bad"
# furniture that ends one item and starts another: a comment's time, a teaser's byline
_SEPARATORS = frozenset({"date line", "byline", "comments", "copyright or legal notice"})
# of those, what only ends an article: an embedded card or a gallery has a date, a byline
_ENDS = frozenset({"comments", "copyright or legal notice"})
_LIST_MARKS = ("•", "·", "-", "–", "—", "*", "▪", "◦", "‣", "✓")


def _own_class(line: Line, match: Match | None, repeated: bool) -> str:
    if match is not None:
        return BAD
    if line.cells > 2:  # a table row: as much the article as the paragraphs around it
        return SHORT
    if repeated:  # the same paragraph twice on a page: a box or a dialog repeats it
        return SHORT
    prose = line.stop >= CLEAN_GOOD_STOPWORDS
    if line.sentence and line.words >= CLEAN_GOOD_WORDS and prose:
        return GOOD
    if line.sentences >= 2 and line.words >= CLEAN_GOOD_WORDS and prose:
        return GOOD
    if line.sentence and line.words >= CLEAN_NEAR_WORDS:
        return NEAR
    if line.words >= CLEAN_NEAR_LONG_WORDS and prose:
        return NEAR
    return SHORT


def _neighbour(classes: list[str], seen: list[bool], i: int, step: int, near: bool) -> str | None:
    """The class of the first decided line from i in direction step; None at the edge."""
    j = i + step
    while 0 <= j < len(classes):
        if seen[j]:
            c = classes[j]
            if c in (GOOD, BAD) or (c == NEAR and near):
                return c
        j += step
    return None


def _set_apart(lines: list[Line], own: list[str], matches: list[Match | None]) -> list[bool]:
    """Whether each line stands as a paragraph of its own. On a web page (furniture on
    several lines) whose prose is set apart by blank lines, as a browser copies <p>
    elements, a line run together with others is a label, a name or a time (a comment's
    "Rating: 5", "Ann", "2 days ago"), unless it is an item of a list; in an article's
    text alone every line counts. A run of lines under a paragraph of prose with a date
    inside it is a card (a video's title, its time and length, its description): none
    of its lines stands apart, though blank lines set off its first and last; a header
    run together with the first paragraph (a menu, the headline, the date) is under
    none."""
    prose = [line for line, c in zip(lines, own, strict=True) if c == GOOD]
    page = sum(m is not None for m in matches) >= CLEAN_PAGE_FURNITURE
    if (
        not page
        or not prose
        or sum(p.paragraph for p in prose) < CLEAN_BLANK_STRUCTURED * len(prose)
    ):
        return [True] * len(lines)
    card = {
        i
        for block in _blocks(lines)
        if block.start > 0
        and own[block.start - 1] in (GOOD, NEAR)
        and any(_family(matches[i]) == "date line" for i in block[1:-1])
        for i in block
    }
    return [
        (line.paragraph and i not in card) or line.text.startswith(_LIST_MARKS) or line.cells > 1
        for i, line in enumerate(lines)
    ]


def _blocks(lines: list[Line]) -> list[range]:
    """The runs of lines written one under the other, no blank line between (as a browser
    copies the items of one list or the lines of one box)."""
    blocks: list[range] = []
    start = 0
    for i in range(1, len(lines) + 1):
        if i == len(lines) or lines[i].index - lines[i - 1].index > 1:
            blocks.append(range(start, i))
            start = i
    return blocks


def _family(match: Match | None) -> str | None:
    return match.family if match is not None else None


def _captioned(matches: list[Match | None], block: range, i: int) -> bool:
    """A caption over its credit: `lines` judges it with the article around it."""
    credit = matches[i + 1] if i + 1 in block else None
    return credit is not None and credit.family == CREDIT


def _listed_prose(
    lines: list[Line], own: list[str], apart: list[bool], matches: list[Match | None]
) -> set[int]:
    """Lines that may be prose but are items of a box of links, on a page set out in
    paragraphs: under a line of furniture ("Most popular", "Home") run together with
    them, in a run where sentences of prose are the minority (six headlines, one with
    its standfirst: "Taxes are rising. These maps show where."). An article's own list
    has no furniture over it (a rule and the author's bio may follow it), and a
    sub-heading over two paragraphs run together is mostly prose."""
    found: set[int] = set()
    for block in _blocks(lines):
        good = sum(own[i] == GOOD for i in block)
        if good >= CLEAN_LISTED_PROSE_SHARE * len(block):
            continue
        heads = [i for i in block if matches[i] is not None]
        found.update(
            i
            for i in block
            if own[i] in (GOOD, NEAR)
            and not apart[i]
            and heads
            and heads[0] < i
            and not _captioned(matches, block, i)
        )
    return found


def classify(lines: list[Line], matches: list[Match | None]) -> tuple[list[str], list[str]]:
    """Each line's class on its own, and as decided with its neighbours (jusText's
    context revision; a box's items, `_listed_prose`, are furniture)."""
    times = Counter(line.text for line in lines)
    own = [
        _own_class(line, m, times[line.text] > 1 and line.words >= CLEAN_GOOD_WORDS)
        for line, m in zip(lines, matches, strict=True)
    ]
    # furniture that sits inside articles is transparent to its neighbours
    seen = [not interrupts(m) for m in matches]
    apart = _set_apart(lines, own, matches)
    # a box's items are furniture; to their neighbours, what their own shape says (the
    # box's last line set apart stays as it was: 0.0055 of recall on 88 pages otherwise)
    classes = list(own)
    revised: dict[int, str] = dict.fromkeys(_listed_prose(lines, own, apart, matches), BAD)
    for i, c in enumerate(own):
        if c != SHORT:
            continue
        if not apart[i]:
            revised[i] = BAD
            continue
        before = _neighbour(own, seen, i, -1, near=False)
        after = _neighbour(own, seen, i, 1, near=False)
        sides = {s for s in (before, after) if s is not None}
        if sides == {GOOD}:
            revised[i] = GOOD
        elif sides == {BAD} or not sides:
            revised[i] = BAD
        else:  # prose on one side, furniture on the other: maybe prose next to it decides
            near_before = _neighbour(own, seen, i, -1, near=True)
            near_after = _neighbour(own, seen, i, 1, near=True)
            revised[i] = GOOD if NEAR in (near_before, near_after) else BAD
    classes = [revised.get(i, c) for i, c in enumerate(own)]
    for i, c in enumerate(classes):
        if c == NEAR:
            before = _neighbour(classes, seen, i, -1, near=False)
            after = _neighbour(classes, seen, i, 1, near=False)
            sides = {s for s in (before, after) if s is not None}
            classes[i] = BAD if sides <= {BAD} else GOOD
    return own, classes


@dataclass(frozen=True)
class Body:
    first: int  # position in the described lines of the body's first line
    last: int  # and of its last
    words: int  # words of prose in it


def _runs(lines: list[Line], classes: list[str], matches: list[Match | None]) -> list[Body]:
    """Runs of prose, each with its words of prose."""
    runs: list[Body] = []
    start = end = -1
    words = gap = 0
    for i, (line, c) in enumerate(zip(lines, classes, strict=True)):
        if c == GOOD:
            start = i if start < 0 else start
            end, gap = i, 0
            words += line.words
        elif start >= 0 and not interrupts(matches[i]):
            gap += 1
            if gap > CLEAN_BODY_GAP:
                runs.append(Body(start, end, words))
                start, words, gap = -1, 0, 0
    if start >= 0:
        runs.append(Body(start, end, words))
    return runs


def _joinable(a: Body, b: Body, matches: list[Match | None], core: int) -> bool:
    """Whether run b continues run a's article across a box of other lines (a "Trending"
    list): the box is short, holds no date, byline or comment, and b is prose enough.
    A run as long as an article's part (`core`: the words of the run chosen as the body) goes
    on across a longer box with dates in it (a chart, a gallery, a video's card):
    comments and teasers are short; only comments or a copyright notice end the article."""
    first, last = (a.last + 1, b.first) if a.last < b.first else (b.last + 1, a.first)
    families = {m.family for m in matches[first:last] if m is not None}
    if (
        b.words >= max(CLEAN_JOIN_LONG_WORDS, CLEAN_JOIN_LONG_SHARE * core)
        and last - first <= CLEAN_JOIN_LONG_GAP
    ):
        return not families & _ENDS
    return (
        last - first <= CLEAN_JOIN_GAP
        and b.words >= CLEAN_JOIN_WORDS
        and not families & _SEPARATORS
    )


def find_body(
    lines: list[Line], own: list[str], classes: list[str], matches: list[Match | None]
) -> Body | None:
    """The article's run of prose, with the runs that continue it; None without prose.

    Of runs nearly as long as the longest, the first: an article comes before its
    comments and the teasers under it."""
    runs = _runs(lines, classes, matches)
    if not runs:
        return None
    most = max(r.words for r in runs)
    k = next(k for k, r in enumerate(runs) if r.words >= min(most, CLEAN_FIRST_RUN_SHARE * most))
    body, before, after = runs[k], k - 1, k + 1
    core = body.words
    while before >= 0 and _joinable(body, runs[before], matches, core):
        body = Body(runs[before].first, body.last, body.words + runs[before].words)
        before -= 1
    while after < len(runs) and _joinable(body, runs[after], matches, core):
        body = Body(body.first, runs[after].last, body.words + runs[after].words)
        after += 1
    return _without_header(body, lines, own, matches)


def _without_header(
    body: Body, lines: list[Line], own: list[str], matches: list[Match | None]
) -> Body:
    """The body after its byline or date line, when the run starts with the headline and
    standfirst above one: the article's text starts under them."""
    words = 0
    for i in range(body.first, min(body.last, body.first + CLEAN_HEADER_LINES)):
        match = matches[i]
        if match is not None and match.family in ("byline", "date line"):
            return Body(i + 1, body.last, body.words - words)
        words += lines[i].words if own[i] == GOOD else 0
        if words > CLEAN_STANDFIRST_WORDS:
            break
    return body
