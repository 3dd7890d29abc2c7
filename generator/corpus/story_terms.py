"""The words of each article's text, counted for grouping stories, kept between runs.

Grouping weighs every article's words against the whole corpus, so adding one article
counted the words of all 10,000 again: 1.6 s of CPU, in the child whose groups the run
then waits for. The counts of an article's text depend on its sentences alone, so they
are kept by the checksum of its sentences (`SentenceSums`, which resolution has already
taken for every article), under the caller's salt (the code that counts them).
"""

from __future__ import annotations

import re
from collections import Counter

from generator.corpus.resolve import SentenceSums
from generator.model import ArticleDigest
from generator.store.cache import ResultCache
from generator.text.tfidf import terms

__all__ = ["TermCounts"]


class TermCounts:
    """`known`: the last run's counts, or None to count every text; `sums`: the checksum
    of each article's sentences."""

    def __init__(self, known: ResultCache | None = None, sums: SentenceSums | None = None):
        self.known = known
        self.sums = sums or SentenceSums()

    def of(self, article: ArticleDigest) -> Counter[str]:
        """The words of the article's text, counted in the order they first come (the
        order grouping meets them in): a fresh Counter the caller may add to."""
        if self.known is None:
            return _counted(article)
        key = self.sums.of(article)
        kept = self.known.get(key)
        if not isinstance(kept, dict):
            kept = dict(_counted(article))
        self.known.put(key, kept)  # the very entry when reused: see `ResultCache.changes`
        return Counter(kept)


# a figure of two digits or more, with its inner separators ("1,500", "1.5"; a score
# of single digits, "2-1", is none: it says little of which match)
_NUMBER = re.compile(r"\d[\d.,]*\d")


def _counted(article: ArticleDigest) -> Counter[str]:
    """The text's words and its figures ("#674", "#1.5"): one event's reports share its
    figures (a score, a sum, a count), where one series' reports of different weeks
    (box office, jobs figures) share the words and differ in the figures."""
    text = " ".join(article.sentences)
    return Counter(terms(text) + ["#" + n for n in _NUMBER.findall(text)])
