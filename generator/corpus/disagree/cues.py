"""What the disagreement rules ask of a sentence's text alone: its figures, whether it
has a negation, whether it has a rebuttal cue. They are kept by text for one run, so a
first run can work them out while it waits for the story groups, on a core that would
otherwise idle (at 9,902 articles the grouping child takes about 15 CPU s, the writing
and gathering beside it about 6), and the story workers it forks then find them: about
a tenth of those workers' CPU (3 of 30 s there), worked out in the wait in about 3.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from generator.corpus.disagree.words import NEGATION_CUE, REBUTTAL_CUE
from generator.corpus.disagree.worth import figure_marks
from generator.model import ArticleDigest
from generator.settings import MIN_DISAGREEMENT_WORDS

__all__ = ["Cues"]


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

    def work_out(self, articles: Iterable[ArticleDigest], enough: Callable[[], bool]) -> None:
        """Every answer of the sentences the rules may read (see `Story.where`), article
        by article, until `enough()` says the time for it is over."""
        for article in articles:
            if enough():
                return
            for text in article.sentences:
                if len(text.split()) >= MIN_DISAGREEMENT_WORDS:
                    self.marks(text)
                    self.negated(text)
                    self.rebuttal(text)
