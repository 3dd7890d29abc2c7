"""A saved page's outlet and authors from its tags, each tag checked against another.

trafilatura's site name is taken as the page writes it, but not when it is the page's
social handle with the "@" cut ("NordicWire" from "@NordicWire"): no reader sees that as
the name. The `<title>`'s last or first part ("Shell output doubles | Nordic Wire") names
the site when it agrees with another tag: the `og:site_name`, the handle or the page's
address. It stands in for a handle, for a lower-case tag trafilatura title-cased (a
stem, "harbour" for "harbour.com", as often as the name), and for a JSON-LD publisher
that the `og:site_name` or the handle contradict (a desk, "Nordic Wire News Service", or
the outlet a syndicated story came from: the page's own name is the site's).
Tagged authors that are the site, or the owner its copyright tag names, are no people;
nor are the words of a web address in the author tag ("Ann Lee (http://nordic.org/alee)",
which trafilatura gives as "Ann Lee http; Nordic Org; Alee").
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from generator.clean.meta import (
    domain_name,
    firm_named,
    name_shaped,
    notice_holder,
    people_in,
    site_key,
    tagged_outlet,
)
from generator.settings import CLEAN_SITE_PREFIX_MIN, CLEAN_SITE_PREFIX_SHARE

__all__ = ["page_authors", "page_outlet"]

# what trafilatura leaves of a web address in the authors it reads ("Ann Lee http"), and
# the address in the tag as written, with the brackets around it
_ADDRESS_WORD = re.compile(r"\b(?:https?|www)\b")
_ADDRESS = re.compile(r"[(\[<]?\s*(?:https?://|www\.)[^\s;,)\]>]*\s*[)\]>]?")

# what parts a `<title>`: " | ", " - ", " – ", " — ", " · ", " » ", " :: "; not a colon,
# which a headline holds as often
_TITLE_PARTS = re.compile(r"\s+(?:[|–—·»-]|::)\s+")
_HINTS = ("site_tag", "handle", "host")  # the tags a `<title>`'s part is checked against


def _agree(one: str, other: str, shortened: bool = True) -> bool:
    """Whether two of a page's names for itself are one ("Nordic Wire International",
    "@NordicWireInt", "nordicwire.com"): the same letters, or, when one may be `shortened`,
    one's starting the other's, the shorter not a bare stem and at least half the longer
    ("nordic" does not shorten "Nordic Leaders Meet In Oslo")."""
    a, b = sorted((site_key(one), site_key(other)), key=len)
    if not a or a == b:
        return bool(a)
    return (
        shortened
        and len(a) >= CLEAN_SITE_PREFIX_MIN
        and len(a) >= CLEAN_SITE_PREFIX_SHARE * len(b)
        and b.startswith(a)
    )


def page_outlet(tags: Mapping[str, str]) -> str | None:
    """The site's name the page's tags give (`read.tags`), or None."""
    tagged = tagged_outlet(tags["outlet"]) if tags.get("outlet") else None
    if tagged and (_handle(tagged, tags) or _headline(tagged, tags)):
        tagged = None
    titled = _titled(tags)
    if titled is None:
        return tagged
    if tagged is None or _recased(tagged, tags):
        return titled  # "harbour" tagged, "Ferry strike ends - harbour.com" the title
    if _agree(tagged, titled):
        # the words an address joins, spaced as the title writes them, over the address
        # trafilatura fell back on: "Harbour News" for "harbournews.com"; a name of one
        # word adds nothing to an address the site writes as its name ("Space" for
        # "Space.com"), but is how a reader writes the host's ("Harbour" for "harbour.com")
        fallback = tagged == tags.get("host")
        spaced = len(titled.split()) > 1 or fallback
        if firm_named(tagged) and not firm_named(titled):
            return titled  # "The Nordic Wire Inc." (its publisher's tag), "Nordic Wire"
        return titled if domain_name(tagged) and not domain_name(titled) and spaced else tagged
    written = [tags[key] for key in ("site_tag", "handle") if tags.get(key)]
    if not any(_agree(titled, name) for name in written):
        return tagged  # the address alone does not overrule a tagged name
    return titled


def page_authors(tags: Mapping[str, str], outlet: str | None) -> str | None:
    """The people among the page's tagged authors, not the site or its owner, nor a web
    address's words: when trafilatura's authors hold an address's scheme ("http"), the
    author tag without its addresses, else none."""
    sites = [outlet, tags.get("outlet"), tags.get("site_tag")]
    sites.append(notice_holder(tags["rights"]) if tags.get("rights") else None)
    authors = tags.get("author", "")
    if _ADDRESS_WORD.search(authors):
        authors = _ADDRESS.sub(" ", tags.get("author_tag", ""))
    return people_in(authors, tuple(dict.fromkeys(s for s in sites if s)))


def _handle(tagged: str, tags: Mapping[str, str]) -> bool:
    """Whether trafilatura's site name is the page's social handle with the "@" cut, when
    the handle joins what a name spaces out: words run together ("NordicWireInt") or an
    underscore ("nordic_wire"). A handle of one word ("@Tidewatch", "@tidewatch",
    title-cased, "@HRBR24") is written as the name is."""
    handle = tags.get("handle", "").lstrip("@")
    if tagged not in (handle, handle.title()) or tagged == tags.get("site_tag"):
        return False
    return "_" in handle or (not handle.isupper() and handle[1:] != handle[1:].lower())


def _headline(tagged: str, tags: Mapping[str, str]) -> bool:
    """Whether trafilatura's site name is the page's headline, the `<title>` whole or its
    first part ("Ferry strike ends" of "Ferry strike ends - Nordic Wire"), which no site
    tag writes: its pick when no tag names the site. Not whatever trafilatura takes for
    the headline: on a blog that is the blog's name ("Lost in Harbours" over its post)."""
    if tagged == tags.get("site_tag"):
        return False
    title = tags.get("page_title", "").strip()
    return tagged in (title, _TITLE_PARTS.split(title)[0].strip())


def _recased(tagged: str, tags: Mapping[str, str]) -> bool:
    """Whether trafilatura's site name is a lower-case tag it title-cased ("nordicwire"):
    the site's name or its address's stem, which the `<title>` tells apart."""
    written = tags.get("site_tag")
    return bool(written) and tagged != written and tagged == str(written).title()


def _titled(tags: Mapping[str, str]) -> str | None:
    """The `<title>`'s last (or first) part when another tag agrees it is the site's name;
    an address without its "www."."""
    parts = _TITLE_PARTS.split(tags.get("page_title", ""))
    # the handle and the address are the shortened forms of a name; a site tag is written
    # whole, so it agrees only exactly ("nordic" is not "Sport - Nordic Win")
    hints = [(tags[key], key != "site_tag") for key in _HINTS if tags.get(key)]
    if len(parts) < 2 or not hints:
        return None
    # the last part, or the first written as the site's name exactly: a headline opening
    # with the site's word ("Nordic Leaders Meet") is no name
    for part, last in ((parts[-1].strip(), True), (parts[0].strip(), False)):
        address = domain_name(part)
        agreed = any(_agree(part, hint, last and short) for hint, short in hints)
        if (address or name_shaped(part)) and agreed:
            return address.removeprefix("www.") if address else part
    return None
