"""A story's sentences as the disagreement rules see them: who is mentioned, who is
the subject, who is quoted, and the clauses of the sentences read with their parse."""

from __future__ import annotations

from collections import ChainMap, Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache

from generator.corpus.disagree.cues import Cues
from generator.corpus.disagree.words import stem
from generator.model import ArticleDigest, Citation
from generator.settings import ALIGNED, MIN_DISAGREEMENT_WORDS
from generator.text.tfidf import cosine, cosines, reaching, terms, weigh

__all__ = ["Clause", "Figure", "Story", "Where", "kind_of", "names_of", "stemmed"]

# `stem` of each word once per process: the stories read the same words over and over
# (2.5 million stems, of about 34,000 distinct words, at 10,000 articles: 6% of the
# stories' CPU time)
stemmed = cache(stem)


@dataclass(frozen=True)
class Figure:
    value: float
    hedge: str | None  # "min", "max", "about" or None for an exact figure
    unit: str  # stem of the counted noun, or the currency sign, or "%"
    role: str  # how the counted noun hangs on the predicate (its dependency)
    text: str  # as written, for the reader


@dataclass
class Clause:
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
    figures: list[Figure] = field(default_factory=list)
    rebuts: str | None = None  # the rebuttal verb as written ("downplayed")
    rebutted: frozenset[str] = frozenset()  # whose words are rebutted
    rebutter: str = ""  # who rebuts: their name, or the subject as written


@dataclass(frozen=True)
class Where:
    article: ArticleDigest
    index: int

    @property
    def text(self) -> str:
        return self.article.sentences[self.index]

    def cite(self) -> Citation:
        return Citation(self.article.id, self.index, self.text)


class Story:
    """The sentences of one story, with who is mentioned and who is subject where."""

    def __init__(
        self,
        group: list[ArticleDigest],
        names: dict[str, str],
        cues: Cues | None = None,
        counts: list[Counter[str]] | None = None,
    ) -> None:
        """`counts`: the terms of each sentence of the group's articles, in order
        (`tfidf.counted`), when the story's summary has counted them already."""
        self.group = group
        self.cues = cues or Cues()  # see `cues`
        # the corpus's names under this story's own spellings of ids they lack: a copy
        # per story (200 KB at 10,000 articles) took 0.6 GB in each worker of a first run
        self.names = ChainMap[str, str]({}, names)
        self.clauses: dict[tuple[str, int], list[Clause]] = {}
        self.where: list[Where] = []
        stems: list[Counter[str]] = []
        n = 0
        for a in group:
            for i, s in enumerate(a.sentences):
                if len(s.split()) >= MIN_DISAGREEMENT_WORDS:
                    self.where.append(Where(a, i))
                    stems.append(_stems(counts[n] if counts else Counter(terms(s))))
                n += 1
        # stems, so that "troops" meets "troop" and "talks" meets "talk"
        self.vectors = weigh(stems)
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
            for quote in a.cited_quotes:
                if quote.speaker:
                    self.speakers.setdefault((a.id, quote.sentence), set()).add(quote.speaker)

    def similarity(self, x: Where, y: Where) -> float:
        return cosine(
            self.vectors[self.position[(x.article.id, x.index)]],
            self.vectors[self.position[(y.article.id, y.index)]],
        )

    def similarities(
        self, keys: list[tuple[str, int]], pairs: list[tuple[int, int]]
    ) -> list[float]:
        """`similarity` of each pair of these sentences (by article id and number), bit
        for bit, in numpy (see `tfidf.cosines`)."""
        if not pairs:
            return []
        return cosines([self.vectors[self.position[k]] for k in keys], pairs)

    def reaching(self, where: list[Where], floor: float) -> list[tuple[int, int]]:
        """The pairs (n < m) of these sentences whose `similarity(where[n], where[m])`
        reaches `floor`, in order (see `tfidf.reaching`)."""
        return reaching(
            [self.vectors[self.position[(w.article.id, w.index)]] for w in where], floor
        )

    def carried(self, w: Where) -> bool:
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

    def at(self, article: str, index: int) -> Where:
        return self.where[self.position[(article, index)]]


def _stems(counts: Counter[str]) -> Counter[str]:
    """The counts of a sentence's terms by stem, in the order their stems first occur:
    `Counter(stemmed(t) for t in terms(text))` from `Counter(terms(text))`, as the
    terms' first uses come in that order."""
    found: Counter[str] = Counter()
    get = found.get
    for term, count in counts.items():
        stem = stemmed(term)
        found[stem] = get(stem, 0) + count
    return found


def kind_of(citations: list[Citation]) -> str:
    return "within-source" if len({c.article for c in citations}) == 1 else "sources"


def names_of(story: Story, ids: Iterable[str]) -> str:
    return " and ".join(sorted(story.names.get(i, i) for i in ids))
