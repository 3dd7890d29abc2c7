"""The site from hostile names: emoji in a title or a renamed name keep the page's front
matter readable by MkDocs, and an article called `index` or `README` does not replace a
section's list page."""

from __future__ import annotations

from pathlib import Path

import pytest
from hostile import HARBOUR, LIBRARY, corpus, digest
from mkdocs.utils.meta import get_data

from generator.site import render_folder


def _meta(markdown: str) -> dict[str, object]:
    _, meta = get_data(markdown)
    return meta


@pytest.fixture(scope="module")
def emoji_site(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, str]]:
    root = tmp_path_factory.mktemp("emoji")
    body = HARBOUR.split("\n", 1)[1]
    corpus(root, {"emoji.md": "---\ntitle: Harbour strike ends 🚢\n---\n" + body})
    (root / "registry").mkdir()
    (root / "registry/overrides.yaml").write_text(
        "rename:\n  mara-quill: Mara Quill 🎉\n", encoding="utf-8"
    )
    assert digest(root).code == 0
    pages, problems = render_folder(root / "out")
    assert problems == []
    return root, pages


def test_emoji_in_a_title_keep_the_front_matter(emoji_site: tuple[Path, dict[str, str]]) -> None:
    _, pages = emoji_site
    assert _meta(pages["sources/emoji.md"])["title"] == "Harbour strike ends 🚢"


def test_emoji_in_a_renamed_name_keep_title_and_search_tags(
    emoji_site: tuple[Path, dict[str, str]],
) -> None:
    _, pages = emoji_site
    meta = _meta(pages["people/mara-quill.md"])
    assert meta["title"] == "Mara Quill 🎉"
    assert "Mara Quill 🎉" in meta["tags"]  # type: ignore[operator]


def test_digests_hold_emoji_as_utf8(emoji_site: tuple[Path, dict[str, str]]) -> None:
    root, _ = emoji_site
    texts = [p.read_text(encoding="utf-8") for p in (root / "out").rglob("*.yaml")]
    assert any("🚢" in t for t in texts) and any("🎉" in t for t in texts)
    assert not any("\\U0001F" in t for t in texts)


@pytest.mark.parametrize("name", ["index", "README", "Index"])
def test_an_article_named_like_a_list_page_keeps_the_list_page(tmp_path: Path, name: str) -> None:
    corpus(tmp_path, {f"{name}.txt": HARBOUR, "library.txt": LIBRARY})
    assert digest(tmp_path).code == 0
    pages, _ = render_folder(tmp_path / "out")
    listing = pages["sources/index.md"]
    assert listing.split("---", 2)[2].lstrip().startswith("# Sources")
    article = [path for path, text in pages.items() if "Port Alden dock workers" in text]
    own = [path for path in article if path.startswith("sources/") and path != "sources/index.md"]
    assert len(own) == 1 and own[0].lower() not in ("sources/index.md", "sources/readme.md")
    assert f"](../{own[0]})" in listing  # the list links to the article's own page
