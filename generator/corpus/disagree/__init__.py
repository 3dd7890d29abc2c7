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
subject, numbers in aligned sentences) are parsed again with the language model,
each alone, once: the parse of a sentence is kept by its text's checksum (`parsed`),
so a story that grows or a sentence that several outlets carry is not parsed again.
Storing a parse for every sentence in the article digests would make each of them
several times longer to review, for the sake of a handful of sentences per story;
and the article stage's parse, in context, is not the parse the rules were made on.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from generator.corpus.disagree.clauses import clauses
from generator.corpus.disagree.parsed import Doc, plain
from generator.corpus.disagree.rules import candidates, listed
from generator.corpus.disagree.story import Story
from generator.model import ArticleDigest, Disagreement
from generator.store.fingerprint import checksum

__all__ = ["Parses", "find"]


class Parses:
    """Sentence parses by their text's checksum: `kept` from the last run, `used` the
    ones this run read (kept or made), for the next."""

    def __init__(self, kept: Mapping[str, Any] | None = None) -> None:
        self.kept = kept or {}
        self.used: dict[str, str] = {}

    def of(self, texts: list[str]) -> list[Doc]:
        """The parses of these sentences; the model loads only when one is not kept, and
        parses each text once."""
        keys = [checksum(text.encode("utf-8")) for text in texts]
        for key in keys:
            if key not in self.used and isinstance(self.kept.get(key), str):
                self.used[key] = self.kept[key]
        todo = {key: text for key, text in zip(keys, texts, strict=True) if key not in self.used}
        if todo:
            from generator.article.nlp import load

            docs = load().pipe(todo.values(), disable=["ner"])
            for key, doc in zip(todo, docs, strict=True):
                self.used[key] = plain(doc)
        return [Doc(self.used[key]) for key in keys]


def _parse(stories: list[Story], keys: list[list[tuple[str, int]]], parses: Parses) -> None:
    """Parse the given sentences of every story in one batch."""
    todo = [(story, k) for story, ks in zip(stories, keys, strict=True) for k in ks]
    docs = parses.of([story.at(*k).text for story, k in todo])
    for (story, key), doc in zip(todo, docs, strict=True):
        story.clauses[key] = clauses(doc, key[0], key[1], story)


def find(
    groups: list[list[ArticleDigest]], names: dict[str, str], parses: Parses | None = None
) -> list[list[Disagreement]]:
    """For each story, where its sources, or one source, contradict each other."""
    parses = parses if parses is not None else Parses()
    stories = [Story(group, names) for group in groups]
    _parse(stories, [sorted(candidates(story)) for story in stories], parses)
    _parse(stories, [story.rebutted_statements() for story in stories], parses)
    return [listed(story) for story in stories]
