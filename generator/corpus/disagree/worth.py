"""Which sentences of an article the disagreement rules may ever read parsed: asked of
the article alone, so its analysis can keep their parses from the article's own parse
(see `parsed`), and the story stage parses nothing.

The story stage parses a sentence only when another sentence of its story makes it a
candidate (see `rules.candidates`), which is not known while the article is analysed;
what is known is that each candidate has a subject entity, a figure, or a rebuttal
naming someone, and is long enough to compare. About two sentences in three pass.
"""

from __future__ import annotations

from generator.corpus.disagree.words import FIGURE_CUE, REBUTTAL_CUE, stem
from generator.model import ArticleDigest
from generator.settings import MIN_DISAGREEMENT_WORDS

__all__ = ["figure_marks", "worth_parsing"]


def figure_marks(text: str) -> dict[str, set[str]]:
    """What each figure of a sentence counts, with the figures as written: two
    sentences are worth parsing for a clash only when they give one thing two values."""
    marks: dict[str, set[str]] = {}
    for m in FIGURE_CUE.finditer(text):
        if m.group(1):
            unit, value = m.group(1), m.group(2)
        elif m.group(3):
            unit, value = "%", m.group(3)
        else:
            unit, value = stem(m.group(6)), m.group(5)
        marks.setdefault(unit, set()).add(value.casefold().replace(" ", ""))
    return marks


def worth_parsing(article: ArticleDigest) -> list[int]:
    """The sentences `rules.candidates` or a rebuttal may ask to parse, in any story the
    article joins: long enough, and with a subject entity, a figure, or a rebuttal
    cue beside a mention."""
    entities = article.people + article.countries + article.organizations
    subjects = {i for e in entities for i in e.subject}
    mentioned = {i for e in entities for i in e.sentences}
    return [
        i
        for i, text in enumerate(article.sentences)
        if len(text.split()) >= MIN_DISAGREEMENT_WORDS
        and (
            i in subjects
            or bool(figure_marks(text))
            or (i in mentioned and REBUTTAL_CUE.search(text) is not None)
        )
    ]
