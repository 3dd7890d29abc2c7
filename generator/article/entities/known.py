"""Names found again by a spelling the article already gives a person.

The model labels one name differently from mention to mention ("Olaf Scholz" ORG,
"Scholz" GPE, "Kallas" PERSON): once a mention is taken for a person, its other
mentions are found by their spelling (document-level label consistency). A full name
the model tagged as something else is taken whole when its surname is a person's in
the article; a word inside a longer name the model gave another label ("the Blair
government", "the Lib Dems") is not taken out of it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from generator import lexicon
from generator.article import cached
from generator.article.entities.repair import name_words, repaired
from generator.article.entities.spans import (
    garbled,
    joins_name,
    misspelling_site,
    name_like,
)
from generator.settings import NAME_TOKENS_MAX
from generator.text.names import fold

if TYPE_CHECKING:  # the language model is imported only by runs that parse
    from spacy.tokens import Doc, Span, Token

__all__ = ["found_again"]

_WORD_TAGS = ("PROPN", "NOUN", "ADJ", "VERB")
_FUNCTION_WORDS = lexicon.words("names", "function_word_names")  # "Will Young": not "will"


def found_again(
    doc: Doc,
    spans: list[Span],
    taken: set[int],
    refused: Callable[[str], bool],
    stop: Callable[[Token], bool],
) -> list[Span]:
    """Mentions of the article's people the model missed or labelled otherwise: other
    entities that are a person's full name (or end in a person's surname), and words
    that are a surname, a one-word name or (written as a proper noun) a garbled
    surname, with a first name the model left untagged before it ("coach Rinus
    Michels"). `refused`: spellings that are never a person (countries, organisations);
    `stop`: words a name never grows over."""
    full = {fold(s.text) for s in spans if len(s.text.split()) > 1}
    surnames = {name.split()[-1] for name in full}
    surnames_after: dict[str, set[str]] = {}  # a full name's first word: its surnames
    for name in full:
        surnames_after.setdefault(name.split()[0], set()).add(name.split()[-1])
    single = {fold(s.text) for s in spans if len(s.text.split()) == 1}
    firsts = [name.split()[0] for name in full if len(name.split()[0]) > 2]
    # a first name only one of the article's people has ("Zoe" after "Zoe Ball")
    first_names = {f for f in firsts if firsts.count(f) == 1} - surnames - _FUNCTION_WORDS
    found: list[Span] = []
    taken = set(taken)
    inside: set[int] = set()  # tokens of longer entities no person's name
    texts = cached.words(doc)
    for start, end, label, _ in cached.ent_rows(doc):
        end = end - 1 if texts[end - 1] in ("’s", "'s") else end  # "Madis Roll's" tagged ORG
        if end - start < 2 or taken.intersection(range(start, end)):
            continue
        ent, text = doc[start:end], cached.span_text(doc, start, end)
        key = fold(text)
        if (
            label != "PERSON"  # a PERSON entity not taken was judged no person's name
            and cached.deps(doc)[start] != "det"  # "The New Jim Crow" (a book) ends in a name
            and name_words(ent)
            and _name_long(ent)
            and (key in full or key.split()[-1] in surnames | single)
            and not refused(text)  # "South Korea" ends in a word taken for a name
        ):
            found.append(ent)  # "Olaf Scholz" tagged ORG, "Scholz" a person
            taken |= set(range(ent.start, ent.end))
        else:
            inside |= set(range(ent.start, ent.end))
    tags = cached.tags(doc)
    blocked = taken | inside
    known = surnames | single
    i = 0
    while i < len(texts):
        if tags[i] not in _WORD_TAGS:  # most words: no name, whatever follows them
            i += 1
            continue
        # a hyphenated word is three tokens ("Kilroy-Silk"); most words are no name
        hyphen = i + 2 < len(texts) and texts[i + 1] == "-" and joins_name(doc[i + 1])
        end = i + 3 if hyphen else i + 1
        text = texts[i] if end == i + 1 else cached.span_text(doc, i, end)
        if not name_like(text) or blocked.intersection(range(i, end)):
            i += 1
            continue
        key = fold(text)
        if not (
            key in known
            or tags[i] == "PROPN"
            and (
                len(text) > 3
                and (
                    any(garbled(key, s) for s in surnames)
                    and misspelling_site(doc, i, end)
                    or _full_name_again(key, texts[i - 1] if i else "", surnames_after)
                )
                or key in first_names
                and not doc[i].is_sent_start
                and not (end < len(doc) and name_like(texts[end]))  # "Rio" of "Rio Tinto"
            )
        ) or refused(text):
            i += 1
            continue
        word = doc[i:end]
        grown = repaired(word, stop)
        if not blocked.intersection(range(grown.start, grown.end)):
            word = grown
        found.append(word)
        i = word.end
    return found


def _name_long(ent: Span) -> bool:
    """No longer than a name is (`NAME_TOKENS_MAX`), with no function word after its first
    ("Will Young"): a headline the model tags a work's title ("31 Latinos Share Their Most
    Honest Thoughts On Donald Trump") ends in a surname too."""
    return len(ent) <= NAME_TOKENS_MAX and not any(t.is_stop for t in ent[1:])


def _full_name_again(key: str, before: str, surnames_after: dict[str, set[str]]) -> bool:
    """A word close to a full name's surname right after that name's first word: the full
    name written again, misspelled or in the plural ("Lib Dems" after "Lib Dem", "Jez
    Sans" after "Jez San"), whatever letters the surname gains."""
    surnames = surnames_after.get(fold(before), ()) if before else ()
    return any(garbled(key, surname, addressed=True) for surname in surnames)
