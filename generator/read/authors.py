"""Whether a saved page's author, as trafilatura gives it, is sure.

trafilatura takes the author from the page's tags (`<meta name="author">`,
`article:author`, JSON-LD) and, when none names one, from the first element whose class,
id or `rel` says "author" or "byline". On a page that lists other stories with their
writers, or comments under their posters' names, the first such element is one of many:
the writer of a related story as readily as the article's own. An author found that way
is kept only when the page's author elements name one person, or one byline names them
all; a page whose tags name an author keeps it (trafilatura prefers the tags).
"""

from __future__ import annotations

from contextlib import suppress

from lxml.etree import XPath
from lxml.html import HtmlElement

from generator.clean.meta import names_of, people_in

__all__ = ["unsure_author"]

# the elements a page marks as an author's or a byline ("author-name", "c-byline", rel)
_AUTHOR_ELEMENTS = XPath(
    "//body//*[re:test(@class, 'author|byline', 'i') or re:test(@id, 'author|byline', 'i')"
    " or @rel='author' or contains(@itemprop, 'author')]",
    namespaces={"re": "http://exslt.org/regular-expressions"},
)


def unsure_author(tree: HtmlElement | None) -> bool:
    """Whether the page names no author in its tags and its author elements name more
    than one person, no one of them naming them all: writers of several bylines, where
    trafilatura's pick is the first. Co-authors share one byline ("By Ann Lee and Bo
    Ek", each name in an element of its own inside it): that byline names them all."""
    if tree is None or _tagged_author(tree):
        return False
    bylines: list[frozenset[str]] = []
    for element in _AUTHOR_ELEMENTS(tree):
        people = people_in(" ".join(" ".join(element.itertext()).split()))
        if people:
            bylines.append(frozenset(name.split()[-1].casefold() for name in names_of(people)))
    named = frozenset().union(*bylines)
    return len(named) > 1 and named not in bylines


def _tagged_author(tree: HtmlElement) -> str | None:
    """The author the page's tags give, read as `trafilatura.extract_metadata` reads them
    before it searches the page's elements (its meta tags, then its JSON-LD)."""
    from trafilatura.metadata import examine_meta, extract_meta_json

    found = examine_meta(tree)
    if found.author and " " not in found.author:
        found.author = None  # trafilatura's own rule: one word is a login, not a name
    with suppress(Exception):  # trafilatura guards its JSON-LD reading the same way
        found = extract_meta_json(tree, found)
    return found.author
