"""Whether a saved page's author, as trafilatura gives it, is sure.

trafilatura takes the author from the page's tags (`<meta name="author">`,
`article:author`, JSON-LD) and, when none names one, from the first element its author
XPaths find (a class, id or `rel` saying "author", "byline", "writer" ...), tier by tier.
On a page that lists other stories with their writers, the first such element is one of
many: the writer of a related story as readily as the article's own. An author found that
way is kept only when the elements of the tier it came from name one person, or one
byline names them all (co-authors); a commenter's name under the article (an element
inside a comments block) is no rival byline. A page whose tags name an author keeps it.
"""

from __future__ import annotations

import re
from contextlib import suppress
from copy import deepcopy

from lxml.html import HtmlElement

from generator.clean.meta import names_of, people_in

__all__ = ["shown_lines", "text_byline", "unsure_author", "written_authors"]

# trafilatura's own bounds on an author element's text (`metadata.extract_author`)
_SHORTEST, _LONGEST = 3, 120
_COMMENTS = re.compile(r"comment", re.I)


def unsure_author(tree: HtmlElement | None) -> bool:
    """Whether the page names no author in its tags and the author elements trafilatura
    picks the first of name more than one person, no one byline (the elements under one
    parent) naming them all, or the first is a commenter's."""
    if tree is None or _tagged_author(tree):
        return False
    elements = _candidates(tree)
    if elements and _in_comments(elements[0][0]):
        return True
    # one byline: the elements under one parent ("By <a>Ann Lee</a> and <a>Bo Ek</a>")
    bylines: dict[HtmlElement | None, set[tuple[str, str]]] = {}
    for element, text in elements:
        if not _in_comments(element) and (people := people_in(text)):
            named = bylines.setdefault(element.getparent(), set())
            named.update(_person_key(name) for name in names_of(people))
    everyone = set().union(*bylines.values())
    return len(everyone) > 1 and everyone not in bylines.values()


def _person_key(name: str) -> tuple[str, str]:
    """A person as two bylines may write them: "Troy Smith" and "Troy L. Smith" are one,
    "Ann Lee" and "Bo Lee" two."""
    words = name.casefold().split()
    return words[0][:1], words[-1]


def _candidates(tree: HtmlElement) -> list[tuple[HtmlElement, str]]:
    """The elements, with their text, of the first of trafilatura's author XPaths that
    finds one it would take (after its own pruning): trafilatura's pick is the first.
    Read from trafilatura 2.3's `metadata.extract_author`, the search this checks;
    imported here, as every use of trafilatura is, since only a saved page needs it."""
    from trafilatura.htmlprocessing import prune_unwanted_nodes
    from trafilatura.xpaths import AUTHOR_DISCARD_XPATHS, AUTHOR_XPATHS

    pruned = prune_unwanted_nodes(deepcopy(tree), AUTHOR_DISCARD_XPATHS)
    for expression in AUTHOR_XPATHS:
        found = [(e, " ".join(" ".join(e.itertext()).split())) for e in expression(pruned)]
        taken = [(e, text) for e, text in found if _SHORTEST <= len(text) < _LONGEST]
        if taken:
            return taken
    return []


def _in_comments(element: HtmlElement) -> bool:
    """Whether an element stands in a comments block (its class or id, or an ancestor's)."""
    return any(
        _COMMENTS.search(f"{node.get('class', '')} {node.get('id', '')}")
        for node in (element, *element.iterancestors())
    )


def _tagged_author(tree: HtmlElement) -> str | None:
    """The author the page's tags give, read as trafilatura 2.3's `extract_metadata`
    reads them before it searches the page's elements: its meta tags (a one-word value
    set aside, its own rule), then its JSON-LD, whose errors it ignores as here."""
    from trafilatura.metadata import examine_meta, extract_meta_json  # a saved page's only

    found = examine_meta(tree)
    if found.author and " " not in found.author:
        found.author = None
    with suppress(Exception):
        found = extract_meta_json(tree, found)
    return found.author


def text_byline(tree: HtmlElement | None) -> str | None:
    """The author the page's text names around its headline, read as a browser's copy of
    the page is read (`clean`): for a page whose tags and author elements name no one,
    the byline as its reader sees it ("By Ann Lee", "Ann Lee Staff Writer")."""
    from generator.clean import clean  # the cleaner reads the saved page's text only here

    if tree is None:
        return None
    return clean(shown_lines(tree)).author


def written_authors(authors: str, tree: HtmlElement | None) -> str:
    """The page's tagged authors ("Ann Lee; Bo Ek") without the people its text never
    writes, when it writes one of them: a tag may add an editor's or a producer's name to
    the byline's ("Eva Ots; Ann Lee; Bo Ek" under "By Ann Lee and Bo Ek"). All of them
    when the text writes none of the people (a byline a script writes: the site's name
    may be written all the same) or one only is tagged."""
    parts = [part.strip() for part in authors.split(";") if part.strip()]
    if len(parts) < 2 or tree is None:
        return authors
    shown = " ".join(shown_lines(tree))
    unwritten = [part for part in parts if people_in(part) and not _written(part, shown)]
    if not any(people_in(part) and part not in unwritten for part in parts):
        return authors
    return "; ".join(part for part in parts if part not in unwritten)


def _written(name: str, text: str) -> bool:
    """Whether a text writes a name, its first and last words with at most two between
    ("Ann Lee" in "By Ann B. Lee", "Ann B Lee" in "Ann B. Lee")."""
    words = name.split()
    if not words:
        return False
    first, last = re.escape(words[0]), re.escape(words[-1])
    between = rf"(?:\W+\w+){{0,2}}\W+{last}" if len(words) > 1 else ""
    return re.search(rf"\b{first}{between}\b", text) is not None


def shown_lines(tree: HtmlElement) -> list[str]:
    """The page's text as its reader sees it, a line per element's text: no script, style
    or template."""
    copy = deepcopy(tree)
    for element in copy.xpath("//script|//style|//noscript|//template"):
        element.drop_tree()
    lines = (line.strip() for line in "\n".join(copy.itertext()).splitlines())
    return [line for line in lines if line]
