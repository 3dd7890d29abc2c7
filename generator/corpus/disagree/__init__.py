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

The story stage works from digests, which keep sentences as text; the few sentences
that could carry a contradiction (a rebuttal verb, a negation beside a shared
subject, numbers in aligned sentences) are parsed again with the language model.
Storing a parse for every sentence in the article digests would make each of them
several times longer to review, for the sake of a handful of sentences per story.
"""

from __future__ import annotations

from generator.corpus.disagree.clauses import clauses
from generator.corpus.disagree.rules import candidates, listed
from generator.corpus.disagree.story import Story
from generator.model import ArticleDigest, Disagreement

__all__ = ["find"]


def _parse(stories: list[Story], keys: list[list[tuple[str, int]]]) -> None:
    """Parse the given sentences of every story in one batch (the model loads only
    when some story has a candidate)."""
    todo = [(story, k) for story, ks in zip(stories, keys, strict=True) for k in ks]
    if not todo:
        return
    from generator.article.nlp import load

    docs = load().pipe((story.at(*k).text for story, k in todo), disable=["ner"])
    for (story, key), doc in zip(todo, docs, strict=True):
        story.clauses[key] = clauses(doc, key[0], key[1], story)


def find(groups: list[list[ArticleDigest]], names: dict[str, str]) -> list[list[Disagreement]]:
    """For each story, where its sources, or one source, contradict each other."""
    stories = [Story(group, dict(names)) for group in groups]
    _parse(stories, [sorted(candidates(story)) for story in stories])
    _parse(stories, [story.rebutted_statements() for story in stories])
    return [listed(story) for story in stories]
