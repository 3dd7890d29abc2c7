"""What several stages read off one parsed Doc, built once per Doc.

spaCy builds `doc.text` (from every token) and `doc.ents` (a Span per entity) anew on
each access: the stages of one article's analysis asked for them 16 times (0.6 of its
8 ms), and several listed every token's text. The analysis never changes a Doc, so
what is built once stays true; it is kept in the Doc's own `user_data`.

Each Token is a new Python object each time it is read (`doc[i]`, `for t in doc`): the
stages that scan every token for a few candidates read the words, their lower case, part
of speech and entity label from one array here, and make Token objects only for the few.
Likewise `Token.sent` and `Span.sent` make two Spans on each call (about 3 µs on a quiet
machine): the sentence that holds a token is made once here and looked up.
"""

from __future__ import annotations

from bisect import bisect_right
from typing import TYPE_CHECKING, cast

if TYPE_CHECKING:  # the language model is imported only by runs that parse
    from spacy.tokens import Doc, Span

__all__ = [
    "chars",
    "deps",
    "ent_rows",
    "ent_types",
    "ents",
    "lowers",
    "release",
    "sentence",
    "sentences",
    "spaces",
    "span_text",
    "tags",
    "text",
    "words",
]

_ARRAY = "briefing.array"
_TEXT = "briefing.text"
_ENTS = "briefing.ents"
_ENT_ROWS = "briefing.ent_rows"
_WORDS = "briefing.words"
_COLUMNS = "briefing.columns"
_SENTENCES = "briefing.sentences"
_SENTENCE_SPANS = "briefing.sentence_spans"


def _array(doc: Doc) -> list[list[int]]:
    """Each token's orth, trailing space, lower case, part of speech, entity label, first
    character, sentence start and dependency, read off the Doc at once, a list per
    attribute."""
    if _ARRAY not in doc.user_data:
        from spacy.attrs import DEP, ENT_TYPE, IDX, LOWER, ORTH, POS, SENT_START, SPACY

        attrs = [ORTH, SPACY, LOWER, POS, ENT_TYPE, IDX, SENT_START, DEP]
        doc.user_data[_ARRAY] = doc.to_array(attrs).T.tolist() if len(doc) else [[]] * 8
    return cast("list[list[int]]", doc.user_data[_ARRAY])


def text(doc: Doc) -> str:
    """`doc.text`: each token's text and trailing space."""
    if _TEXT not in doc.user_data:
        spaces = _array(doc)[1]
        doc.user_data[_TEXT] = "".join(
            word + " " if space else word for word, space in zip(words(doc), spaces, strict=True)
        )
    return cast(str, doc.user_data[_TEXT])


def ents(doc: Doc) -> tuple[Span, ...]:
    """`doc.ents`."""
    if _ENTS not in doc.user_data:
        doc.user_data[_ENTS] = doc.ents
    return cast("tuple[Span, ...]", doc.user_data[_ENTS])


def ent_rows(doc: Doc) -> tuple[tuple[int, int, str, str], ...]:
    """Each of `doc.ents` as its first token, end token, label and text: a Span's label
    and text are looked up and joined again on each read, and the rules scan every
    entity for each name they weigh."""
    if _ENT_ROWS not in doc.user_data:
        doc.user_data[_ENT_ROWS] = tuple(
            (e.start, e.end, e.label_, span_text(doc, e.start, e.end)) for e in ents(doc)
        )
    return cast("tuple[tuple[int, int, str, str], ...]", doc.user_data[_ENT_ROWS])


def words(doc: Doc) -> tuple[str, ...]:
    """The text of each token."""
    if _WORDS not in doc.user_data:
        doc.user_data[_WORDS] = tuple(map(doc.vocab.strings.__getitem__, _array(doc)[0]))
    return cast("tuple[str, ...]", doc.user_data[_WORDS])


def span_text(doc: Doc, start: int, end: int) -> str:
    """`doc[start:end].text`, cut from the Doc's text: no Span made, no word joined
    (indices taken as spaCy takes a slice's: from the end if negative, then within the
    Doc)."""
    chars = _array(doc)[5]
    n = len(chars)
    start = min(n, max(0, start + n if start < 0 else start))
    end = max(start, min(n, max(0, end + n if end < 0 else end)))
    if start == end:
        return ""
    return text(doc)[chars[start] : chars[end - 1] + len(words(doc)[end - 1])]


def sentences(doc: Doc) -> tuple[tuple[int, int, int, str], ...]:
    """Each of `doc.sents` as its first token, end token, first character and text: read
    off the arrays, not made a Span each (and its text from its tokens) by each stage."""
    if _SENTENCES not in doc.user_data:
        found: list[tuple[int, int, int, str]] = []
        if len(doc):
            chars, starts = _array(doc)[5:7]  # a start is 1 (-1 inside a sentence)
            cuts = [0, *(i for i in range(1, len(doc)) if starts[i] == 1), len(doc)]
            whole, sizes = text(doc), [len(word) for word in words(doc)]
            for start, end in zip(cuts, cuts[1:], strict=False):
                last = end - 1
                found.append(
                    (start, end, chars[start], whole[chars[start] : chars[last] + sizes[last]])
                )
        doc.user_data[_SENTENCES] = tuple(found)
    return cast("tuple[tuple[int, int, int, str], ...]", doc.user_data[_SENTENCES])


def sentence(doc: Doc, i: int) -> Span:
    """The sentence holding token i: `doc[i].sent`, the same Span for every token of it
    (spaCy's `Span.sent` is the sentence of the span's first token: `span.sent` is
    `sentence(doc, span.start)`). The analysis asks this, never `.sent`."""
    if _SENTENCE_SPANS not in doc.user_data:
        found = sentences(doc)
        doc.user_data[_SENTENCE_SPANS] = ([start for start, *_ in found], [None] * len(found))
    starts, spans = cast("tuple[list[int], list[Span | None]]", doc.user_data[_SENTENCE_SPANS])
    n = bisect_right(starts, i) - 1
    made = spans[n]
    if made is None:
        start, end, _, _ = sentences(doc)[n]
        made = spans[n] = doc[start:end]
    return made


def _columns(doc: Doc) -> tuple[tuple[str, ...], ...]:
    """Each token's `lower_`, `pos_`, `ent_type_` and `dep_`."""
    if _COLUMNS not in doc.user_data:
        array = _array(doc)
        doc.user_data[_COLUMNS] = (
            tuple(map(doc.vocab.strings.__getitem__, array[2])),
            *(_labels(doc, column) for column in (array[3], array[4], array[7])),
        )
    return cast("tuple[tuple[str, ...], ...]", doc.user_data[_COLUMNS])


# a label's string by its hash: parts of speech, entity labels and dependencies are a
# few dozen strings, looked up here rather than in the StringStore (which decodes a new
# string each time: about 3 times as long on 300 BBC articles)
_LABELS: dict[int, str] = {}


def _labels(doc: Doc, column: list[int]) -> tuple[str, ...]:
    """The labels of a column of label hashes."""
    try:
        return tuple(map(_LABELS.__getitem__, column))
    except KeyError:
        for label in set(column).difference(_LABELS):
            _LABELS[label] = doc.vocab.strings[label]
        return tuple(map(_LABELS.__getitem__, column))


def lowers(doc: Doc) -> tuple[str, ...]:
    """Each token's `lower_`."""
    return _columns(doc)[0]


def tags(doc: Doc) -> tuple[str, ...]:
    """Each token's part of speech, `pos_`."""
    return _columns(doc)[1]


def ent_types(doc: Doc) -> tuple[str, ...]:
    """Each token's entity label, `ent_type_` ("" outside an entity)."""
    return _columns(doc)[2]


def deps(doc: Doc) -> tuple[str, ...]:
    """Each token's dependency label, `dep_`."""
    return _columns(doc)[3]


def spaces(doc: Doc) -> list[int]:
    """Whether each token has a space after it (1) or none (0): `whitespace_`."""
    return _array(doc)[1]


def chars(doc: Doc) -> list[int]:
    """Each token's first character, `idx`."""
    return _array(doc)[5]


def release(doc: Doc) -> None:
    """Drop what is kept in the Doc once its analysis is done: its entity Spans point back
    at the Doc, a reference cycle, and a digest run pauses the cycle collector (see
    `run_digest`), so every Doc analysed stayed in memory until its worker ended (on 320
    BBC articles in one process: 177 -> 538 MB)."""
    for key in (_ARRAY, _TEXT, _ENTS, _ENT_ROWS, _WORDS, _COLUMNS, _SENTENCES, _SENTENCE_SPANS):
        doc.user_data.pop(key, None)
