"""A page's file name from its id: one function, so that a page and every link to it agree.

`index` is a section's list page (and MkDocs takes `README` for it too, case aside on
some file systems): an article, person or story with that id gets `_index`, a name no
id can have (ids start with a letter or digit).
"""

from __future__ import annotations

__all__ = ["page_name"]

_LIST_PAGES = frozenset({"index", "readme"})


def page_name(ident: str) -> str:
    return f"_{ident}" if ident.lower() in _LIST_PAGES else ident
