"""What several stages read off one parsed Doc, built once per Doc.

spaCy builds `doc.text` (from every token) and `doc.ents` (a Span per entity) anew on
each access: the stages of one article's analysis asked for them 16 times (0.6 of its
8 ms), and several listed every token's text. The analysis never changes a Doc, so
what is built once stays true; it is kept in the Doc's own `user_data`.

Each Token is a new Python object each time it is read (`doc[i]`, `for t in doc`): the
stages that scan every token for a few candidates read the words, their lower case, part
of speech and entity label from one array here, and make Token objects only for the few.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

if TYPE_CHECKING:  # the language model is imported only by runs that parse
    from spacy.tokens import Doc, Span

__all__ = ["ent_types", "ents", "lowers", "release", "tags", "text", "words"]

_TEXT = "briefing.text"
_ENTS = "briefing.ents"
_WORDS = "briefing.words"
_COLUMNS = "briefing.columns"


def text(doc: Doc) -> str:
    """`doc.text`."""
    if _TEXT not in doc.user_data:
        doc.user_data[_TEXT] = doc.text
    return cast(str, doc.user_data[_TEXT])


def ents(doc: Doc) -> tuple[Span, ...]:
    """`doc.ents`."""
    if _ENTS not in doc.user_data:
        doc.user_data[_ENTS] = doc.ents
    return cast("tuple[Span, ...]", doc.user_data[_ENTS])


def words(doc: Doc) -> tuple[str, ...]:
    """The text of each token."""
    if _WORDS not in doc.user_data:
        doc.user_data[_WORDS] = tuple(t.text for t in doc)
    return cast("tuple[str, ...]", doc.user_data[_WORDS])


def _columns(doc: Doc) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    """Each token's `lower_`, `pos_` and `ent_type_`, read at once."""
    if _COLUMNS not in doc.user_data:
        from spacy.attrs import ENT_TYPE, LOWER, POS

        strings = doc.vocab.strings
        rows = doc.to_array([LOWER, POS, ENT_TYPE]).tolist()
        columns = tuple(tuple(strings[row[k]] for row in rows) for k in range(3))
        doc.user_data[_COLUMNS] = columns
    return cast("tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]", doc.user_data[_COLUMNS])


def lowers(doc: Doc) -> tuple[str, ...]:
    """Each token's `lower_`."""
    return _columns(doc)[0]


def tags(doc: Doc) -> tuple[str, ...]:
    """Each token's part of speech, `pos_`."""
    return _columns(doc)[1]


def ent_types(doc: Doc) -> tuple[str, ...]:
    """Each token's entity label, `ent_type_` ("" outside an entity)."""
    return _columns(doc)[2]


def release(doc: Doc) -> None:
    """Drop what is kept in the Doc once its analysis is done: its entity Spans point back
    at the Doc, a reference cycle, and a digest run pauses the cycle collector (see
    `run_digest`), so every Doc analysed stayed in memory until its worker ended (on 320
    BBC articles in one process: 177 -> 538 MB)."""
    for key in (_TEXT, _ENTS, _WORDS, _COLUMNS):
        doc.user_data.pop(key, None)
