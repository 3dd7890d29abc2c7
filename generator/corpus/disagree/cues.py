"""What the disagreement rules ask of a sentence's text alone: its figures, whether it
has a negation, whether it has a rebuttal cue. They are kept by text for one run, so a
large first run (`settings.CUES_BESIDE_RESOLVING`) can work them out on a core that
would otherwise idle (the child that weighs the sentences while the run resolves
people: at 9,902 articles it weighs for about 3.5 CPU s beside 7 to 10 of resolving),
and the story workers it forks then find them: about a tenth of those workers' CPU (3
of 27 s there). The child sends the answers alone, in the order it worked them out (1.6
MB pickled, 0.05 s to read back), not keyed by the sentences' texts (about 30 MB).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from generator.corpus.disagree.words import NEGATION_CUE, REBUTTAL_CUE
from generator.corpus.disagree.worth import figure_marks
from generator.model import ArticleDigest
from generator.settings import MIN_DISAGREEMENT_WORDS

__all__ = ["Answers", "Cues"]

# each text's figures, negation and rebuttal cue, in the order `Cues.work_out` met them
Answers = tuple[list[dict[str, set[str]]], bytes, bytes]


class Cues:
    """Each answer by the sentence's text, worked out once."""

    def __init__(self) -> None:
        self._marks: dict[str, dict[str, set[str]]] = {}
        self._negated: dict[str, bool] = {}
        self._rebuttal: dict[str, bool] = {}

    def marks(self, text: str) -> dict[str, set[str]]:
        """`figure_marks(text)`, the very dict each time: not to be changed."""
        found = self._marks.get(text)
        if found is None:
            found = self._marks[text] = figure_marks(text)
        return found

    def negated(self, text: str) -> bool:
        found = self._negated.get(text)
        if found is None:
            found = self._negated[text] = NEGATION_CUE.search(text) is not None
        return found

    def rebuttal(self, text: str) -> bool:
        found = self._rebuttal.get(text)
        if found is None:
            found = self._rebuttal[text] = REBUTTAL_CUE.search(text) is not None
        return found

    def work_out(self, articles: Iterable[ArticleDigest]) -> None:
        """Every answer of the sentences the rules may read (see `Story.where`)."""
        for text in _texts(articles):
            self.marks(text)
            self.negated(text)
            self.rebuttal(text)

    def answers(self) -> Answers:
        """What `work_out` found, without the texts: `take` gives it back to them."""
        return (
            list(self._marks.values()),
            bytes(self._negated.values()),
            bytes(self._rebuttal.values()),
        )

    def take(self, articles: Iterable[ArticleDigest], answers: Answers) -> None:
        """The `answers` of another `Cues` that worked out these very articles from
        nothing, each given back to its text."""
        for text, marks, negated, rebuttal in zip(_texts(articles), *answers, strict=True):
            self._marks[text] = marks
            self._negated[text] = bool(negated)
            self._rebuttal[text] = bool(rebuttal)


def _texts(articles: Iterable[ArticleDigest]) -> Iterator[str]:
    """The texts `work_out` answers for, each once, in the order it meets them."""
    seen: set[str] = set()
    for article in articles:
        for text in article.sentences:
            if text not in seen and len(text.split()) >= MIN_DISAGREEMENT_WORDS:
                seen.add(text)
                yield text
