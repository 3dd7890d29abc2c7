"""What several stages read off one parsed Doc, built once per Doc.

spaCy builds `doc.text` (from every token) and `doc.ents` (a Span per entity) anew on
each access: the stages of one article's analysis asked for them 16 times (0.6 of its
8 ms), and several listed every token's text. The analysis never changes a Doc, so
what is built once stays true; it is kept in the Doc's own `user_data`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

if TYPE_CHECKING:  # the language model is imported only by runs that parse
    from spacy.tokens import Doc, Span

__all__ = ["ents", "release", "text", "words"]

_TEXT = "briefing.text"
_ENTS = "briefing.ents"
_WORDS = "briefing.words"


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


def release(doc: Doc) -> None:
    """Drop what is kept in the Doc once its analysis is done: its entity Spans point back
    at the Doc, a reference cycle, and a digest run pauses the cycle collector (see
    `run_digest`), so every Doc analysed stayed in memory until its worker ended (on 320
    BBC articles in one process: 177 -> 538 MB)."""
    for key in (_TEXT, _ENTS, _WORDS):
        doc.user_data.pop(key, None)
