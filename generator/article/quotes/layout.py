"""The article's sentences and paragraphs, indexed once: spaCy's `doc.sents` and
`Token.sent` walk the document on every call, which made attribution cost a tenth of
the parse itself."""

from __future__ import annotations

from bisect import bisect_right
from typing import TYPE_CHECKING

from generator.article import cached
from generator.article.quotes.spans import paragraphs

if TYPE_CHECKING:  # the language model is imported only by runs that parse
    from spacy.tokens import Doc, Span

__all__ = ["Layout"]


class Layout:
    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.text = cached.text(doc)
        self.sentences: list[Span] = list(doc.sents)
        self._sentence_chars = [s.start_char for s in self.sentences]
        self._of_token = [0] * len(doc)
        for n, sent in enumerate(self.sentences):
            for i in range(sent.start, sent.end):
                self._of_token[i] = n
        self.paragraph_starts = [start for start, _ in paragraphs(self.text)]

    def sentence_of(self, token: int) -> int:
        """The index of the sentence holding a token."""
        return self._of_token[token]

    def sentence(self, token: int) -> Span:
        return self.sentences[self._of_token[token]]

    def sentence_at(self, char: int) -> int:
        """The index of the sentence holding a character (or the one before it)."""
        return max(0, bisect_right(self._sentence_chars, char) - 1)

    def paragraph(self, char: int) -> int:
        return bisect_right(self.paragraph_starts, char) - 1
