"""A saved page's own tags as the page writes them, beside trafilatura's reading.

trafilatura gives one site name and one author string, but not where they came from: a
site name may be the page's social handle with its "@" cut ("@NordicWire" ->
"NordicWire"), a lower-case tag title-cased ("nordicwire" -> "Nordicwire") or a JSON-LD
publisher that is a desk; an author string may hold the owner's name. The tags kept here
let `clean.tags` check one hint against another: the `<title>`'s last part, the
`og:site_name` as written, the handle, the owner named by the copyright tag, the author
tag whose web address trafilatura reads as names.
"""

from __future__ import annotations

from lxml.html import HtmlElement

__all__ = ["page_tags"]

# the tags read, by the key they are kept under
_NAMED = {"twitter:site": "handle", "copyright": "rights"}
_PROPERTIES = {"og:site_name": "site_tag"}


def page_tags(tree: HtmlElement | None) -> dict[str, str]:
    """The page's `<title>` (`page_title`), `og:site_name` (`site_tag`), `twitter:site`
    (`handle`) and copyright tag (`rights`), each as written, and its author tags joined
    ("Nordic Wire https://nordic.com; Ann Lee", `author_tag`); absent when the page has
    none."""
    found: dict[str, str] = {}
    if tree is None:
        return found
    title = tree.find(".//head/title")
    if title is not None and (text := " ".join(title.text_content().split())):
        found["page_title"] = text
    for tag in tree.iterfind(".//head/meta[@content]"):
        content = " ".join(str(tag.get("content", "")).split())
        name = str(tag.get("name", "")).casefold()
        key = _NAMED.get(name) or _PROPERTIES.get(str(tag.get("property", "")).casefold())
        if key and content:
            found.setdefault(key, content)
        elif name == "author" and content:  # every one: a site's tag may come first
            found["author_tag"] = "; ".join(filter(None, (found.get("author_tag"), content)))
    return found
