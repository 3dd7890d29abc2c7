"""Disagreements in a story: accounts that cannot all be true, each side cited.

Three signals, from the most explicit to the least:

- a rebuttal: one party denies, dismisses or plays down another's statement ("Pevkur
  downplayed Roll's comments"), cited with what the other said;
- different figures for the same thing: two sources count the same noun under the
  same verb and subject with numbers that cannot both hold ("killed 12 people" /
  "killed 15 people"), rounding and hedges ("at least", "about") respected;
- opposite polarity: one entity is the subject of the same predicate, once negated
  ("Kovac will visit the site" / "Kovac will not visit the site"): the predicates end
  in the same verb with a shared object, or, in neighbouring sentences of one source,
  both are about intent ("are willing to consider" / "are not planning to deploy").

A name spelled two ways is no disagreement: the spellings are listed on the person's
page, with the reasons they were taken for one person.

Precision comes first: a listed disagreement has to earn a reader's trust, so every
rule asks for the same subject and the same predicate, never for wording alone.

The story stage works from digests, which keep sentences as text; the rules read the
few sentences that could carry a contradiction (a rebuttal verb, a negation beside a
shared subject, numbers in aligned sentences) as the article's analysis parsed them:
it keeps those parses beside the digests, not in them, for each sentence that could
ever be one (`worth`, `parsed`). A sentence without a kept parse yields no clause.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from typing import Any

from generator.corpus.disagree.clauses import clauses
from generator.corpus.disagree.cues import Cues
from generator.corpus.disagree.parsed import Doc
from generator.corpus.disagree.rules import candidates, listed
from generator.corpus.disagree.story import Story
from generator.model import ArticleDigest, Disagreement

__all__ = ["Cues", "Parses", "find"]

# by article checksum, the parses its analysis kept, by sentence number (see `parsed`)
Parses = Mapping[str, Any]


def _read(stories: list[Story], keys: list[list[tuple[str, int]]], parses: Parses) -> None:
    """Read the kept parses of the given sentences of every story."""
    for story, ks in zip(stories, keys, strict=True):
        for k in ks:
            where = story.at(*k)
            kept = parses.get(where.article.checksum)
            parse = kept.get(str(where.index)) if isinstance(kept, dict) else None
            doc = Doc(parse) if isinstance(parse, str) else None
            story.clauses[k] = clauses(doc, k[0], k[1], story) if doc is not None else []


def find(
    groups: list[list[ArticleDigest]],
    names: dict[str, str],
    parses: Parses,
    cues: Cues | None = None,
    counts: list[list[Counter[str]]] | None = None,
) -> list[list[Disagreement]]:
    """For each story, where its sources, or one source, contradict each other.
    `parses`: by article checksum, the article's sentence parses by number; `cues`:
    what the run already worked out of sentences' texts (see `cues`); `counts`: each
    story's sentences' terms, counted (see `Story`)."""
    stories = [
        Story(group, names, cues, counts[n] if counts else None) for n, group in enumerate(groups)
    ]
    _read(stories, [sorted(candidates(story)) for story in stories], parses)
    _read(stories, [story.rebutted_statements() for story in stories], parses)
    return [listed(story) for story in stories]
