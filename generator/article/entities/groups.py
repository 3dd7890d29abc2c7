"""Signs in the article's own words that an organisation's name stands for a group of
people (a band, a duo, a team, a firm), not for one person.

The model gives a singer's name the organisation label in one article's list ("Dido")
and a band's the person label in another's ("... Alicia Keys and Outkast"); the label
tells them apart nowhere. What does is how the text uses the name: as the subject of a
verb in the plural ("OutKast have been acclaimed"; British copy does so of firms and
teams too, which are no people either), after or in apposition to a noun for a group
("rap duo OutKast", "Keane, the trio"), after a plural naming a group's people ("rock
veterans New Order"), as the possessor of its members ("Radiohead's frontman"). The
corpus stage weighs the sign (`ArticleEntity.group`) against a person listed weakly
under the same name elsewhere (`corpus.resolve.nonpeople`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from generator import lexicon
from generator.article.entities.evidence import a_groups_plural, plural_subject
from generator.text.names import given_name_word

if TYPE_CHECKING:  # the language model is imported only by runs that parse
    from spacy.tokens import Span, Token

__all__ = ["group_sign"]

GROUP_KINDS = lexicon.words("names", "group_kinds")
GROUP_MEMBERS = lexicon.words("names", "group_members")


def group_sign(span: Span) -> bool:
    """The article's words make this one name a group's (see the module's docstring)."""
    root = span.root
    if root.conjuncts or any(given_name_word(t.text) for t in span[:-1] or span):
        return False  # "duo Ann Lee and Kay Hale", "group EADS Philippe Camus": people
    return (
        plural_subject(span)
        or a_groups_plural(span)
        or _a_kind(span.doc[span.start - 1] if span.start > 0 else None)
        or any(c.dep_ == "appos" and c.i >= span.end and _a_kind(c) for c in root.children)
        or root.dep_ == "appos"
        and root.head.i < span.start
        and _a_kind(root.head)
        or _members_of(span)
    )


def _a_kind(token: Token | None) -> bool:
    """A singular noun for a group of people ("duo", "band", "trio")."""
    return token is not None and token.pos_ in ("NOUN", "PROPN") and token.lower_ in GROUP_KINDS


def _members_of(span: Span) -> bool:
    """The possessor of a group's people: "Radiohead's frontman", "Blur's members", "the
    band's lead singer"; not "Dido's guitarist", whom a singer has as well."""
    root = span.root
    owned = root.head
    return (
        root.dep_ == "poss"
        and owned.i >= span.end
        and owned.lower_ in GROUP_MEMBERS
        and not any(c.dep_ == "compound" for c in owned.children)
    )
