"""Untrusted text made to print as itself in Markdown and HTML: the one place it is done.

Article text may contain `<script>` or `[x](javascript:...)`; every value a template
prints passes through `escape_text`.
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache
from typing import Any

from markupsafe import Markup

__all__ = ["SPACE", "ascii_fold", "escape_text", "front_list", "front_title", "join_escaped"]

# Python-Markdown's escapable characters with the `tables` extension (`|`), minus the
# HTML ones (`<`, `>`), which are HTML-escaped instead. A test keeps this in step.
_MARKDOWN_SPECIALS = re.compile(r"([\\`*_{}\[\]()#+\-.!|])")
SPACE = re.compile(r"\s+")
_QUESTIONS = re.compile(r"\?(?=\?)")
# Letters NFKD does not split into base letter + accent.
_UNFOLDABLE = str.maketrans(
    {
        "ø": "o",
        "Ø": "O",
        "ł": "l",
        "Ł": "L",
        "đ": "d",
        "Đ": "D",
        "ß": "ss",
        "æ": "ae",
        "Æ": "AE",
        "œ": "oe",
        "Œ": "OE",
        "ı": "i",
        "þ": "th",
        "Þ": "Th",
        "ð": "d",
        "Ð": "D",
    }
)


def escape_text(value: Any) -> Markup:
    """Make untrusted text print as itself in Markdown: the one filter for article text.

    Whitespace is collapsed (a newline could start a heading or a list), Markdown
    specials are backslash-escaped, then `& < > " '` (and `?` before `?`) become HTML
    entities. Values already
    marked safe (URLs and markup built by the templates) pass through.
    """
    if isinstance(value, Markup):
        return value
    return _escape(str(value))


@lru_cache(maxsize=1 << 16)  # names, labels and ids recur on thousands of pages
def _escape(value: str) -> Markup:
    text = _MARKDOWN_SPECIALS.sub(r"\\\1", SPACE.sub(" ", value))
    # `?` has no backslash escape, and `???` opens a collapsible block (pymdownx.details).
    return Markup(_QUESTIONS.sub("&#63;", html.escape(text, quote=True)))


def ascii_fold(text: str) -> str:
    """ASCII-fold a spelling ("Šimonytė" -> "Simonyte"): the site search does not."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_UNFOLDABLE))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def join_escaped(items: Iterable[Any], separator: str = ", ") -> Markup:
    """Jinja's own `join` would HTML-escape only, skipping the Markdown escaping."""
    return escape_text(separator).join(escape_text(item) for item in items)


def front_title(value: str) -> Markup:
    """A page title for the front matter, where themes print it as raw HTML.

    Without it, the theme takes the title from the heading and Material's `striptags`
    turns its entities back into tags inside `<title>`: `</title><script>` would run.
    """
    return Markup(_front_string(html.escape(SPACE.sub(" ", value).strip())))


def front_list(values: list[str]) -> Markup:
    """A list of texts for the front matter (search tags), as Jinja's `tojson` wrote it
    but readable by YAML whatever the characters (see `_front_string`)."""
    return Markup("[" + ", ".join(_front_string(v, _HTML_SAFE) for v in values) + "]")


# What `tojson` also escapes, so that the front matter is safe inside HTML too.
_HTML_SAFE = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "'": "\\u0027"}
_JSON_ESCAPES = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\r": "\\r", "\t": "\\t"}
_JSON_ESCAPES |= {"\b": "\\b", "\f": "\\f"}


def _front_string(value: str, extra: dict[str, str] | None = None) -> str:
    """A double-quoted string that JSON and YAML read alike: what `json.dumps` writes,
    except that a character beyond U+FFFF (an emoji) is one `\\U` escape, since YAML
    rejects the surrogate pairs JSON writes, and that DEL is escaped too."""
    escapes = _JSON_ESCAPES | (extra or {})
    parts = []
    for ch in value:
        code = ord(ch)
        if ch in escapes:
            parts.append(escapes[ch])
        elif 0x20 <= code < 0x7F:
            parts.append(ch)
        elif code > 0xFFFF:
            parts.append(f"\\U{code:08x}")
        elif 0xD800 <= code < 0xE000:  # a lone surrogate: no character at all
            parts.append("\\ufffd")
        else:
            parts.append(f"\\u{code:04x}")
    return '"' + "".join(parts) + '"'
