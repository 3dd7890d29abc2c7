"""A word capitalised by its place, glued by the model to a name after it.

The first word of a sentence or of a quotation is capitalised whatever it is, and the
small model then takes a verb or an adjective there into the name that follows ("Beat
Portugal and the group is won", "“Trust Castell at your peril”"). Two words are cut when
the article shows the first is no name: it is no common given name (nor a function word
that is one, "Will Young"), the article also writes it in lower case, as a word of the
language, and what follows it is a country (the pair is no one) or the surname of the one
other person the article names in full, in a pair the model tagged as something other
than a person (the pair is that surname's mention). A first name never written small
("Sierra Hale" opening a headline beside "Dean Hale") keeps its surname, and so does a
first name that is a word the model tags as a person's or leaves untagged ("Hope Marsh
said" beside "Colin Marsh").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from generator import lexicon
from generator.article import cached
from generator.registry import Gazetteer
from generator.text.names import given_name_word

if TYPE_CHECKING:  # the language model is imported only by runs that parse
    from spacy.tokens import Doc, Span, Token

__all__ = ["without_openers"]

_FUNCTION_WORDS = lexicon.words("names", "function_word_names")  # "Will Young": not "will"
# marks that open a quotation when glued to the word after them
_OPENING_MARKS = frozenset({"“", "‘", '"', "'", "``"})


def without_openers(doc: Doc, spans: list[Span], gazetteer: Gazetteer) -> list[Span]:
    """The spans, each pair led by a word capitalised by its place cut as the module's
    docstring says: dropped before a country, shortened to a namesake's surname."""
    out: list[Span] = []
    for span in spans:
        if len(span) != 2 or not _by_its_place(span[0]) or not span[1].is_alpha:
            out.append(span)
            continue
        rest = span[1]
        if not _written_lower(doc, span[0]):
            out.append(span)  # "Sierra Hale" in a headline: a name, whatever its tag
            continue
        if gazetteer.country_of(rest.text) is not None:
            continue  # "Beat Portugal": the country alone, found as one
        others = [s for s in spans if len(s) > 1 and s[-1].text == rest.text and s != span]
        firsts = {s[0].text for s in others} - {span[0].text}
        if (
            len(firsts) == 1
            and all(s[-2].text != span[0].text for s in others)  # "Le Garrec" of "Ivo Le Garrec"
            and span[0].ent_type_ not in ("", "PERSON")
        ):
            out.append(span[1:])  # "Trust Castell" beside "Mira Castell": her surname
        else:
            out.append(span)
    return out


def _by_its_place(token: Token) -> bool:
    """A word that opens its sentence or a quotation, capitalised, and is no given name."""
    doc, i = token.doc, token.i
    opens = (
        i == 0
        or token.is_sent_start
        or doc[i - 1].text in _OPENING_MARKS
        and not doc[i - 1].whitespace_
    )
    return (
        opens
        and token.text.istitle()
        and token.is_alpha
        and not given_name_word(token.text)
        and token.lower_ not in _FUNCTION_WORDS
    )


def _written_lower(doc: Doc, token: Token) -> bool:
    """The article also writes the word in lower case: a word of the language."""
    return token.lower_ in cached.words(doc)
