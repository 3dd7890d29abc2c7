"""Digests to Markdown pages: pure functions, so any engine can publish them.

The MkDocs hook and the `render` command both call `render_folder`. Page markup lives
only in the templates (`site_templates/`); the modules beside this one prepare what the
templates show, every printed value escaped (`escape.escape_text`).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from generator.site.data import Digests, load_digests
from generator.site.home import home
from generator.site.jinja import environment
from generator.site.links import Links, Site
from generator.site.lists import by_name, latest, search_tags
from generator.site.paths import page_name
from generator.site.sourcetext import paragraphs
from generator.site.storylist import facts, moved, ordered
from generator.site.timeline import timeline, timeline_picture
from generator.store.yamlio import atomic_write

__all__ = ["NAV_PAGES", "render_folder", "render_pages", "write_pages"]

# The section pages: the only pages in the navigation (an entry per entity page would be
# copied into every page, making the build quadratic in the number of pages).
NAV_PAGES = (
    "index.md",
    "stories/index.md",
    "people/index.md",
    "countries/index.md",
    "sources/index.md",
    "timeline.md",
)


def render_folder(folder: Path, root: Path | None = None) -> tuple[dict[str, str], list[str]]:
    """Pages for the digests in `folder`, and a message per digest file that was skipped.

    `root` is where the digest run that wrote them keeps its cache (see plaincache).
    """
    digests, problems = load_digests(folder, root)
    return render_pages(digests), problems


def render_pages(digests: Digests) -> dict[str, str]:
    """Every page of the site: {path relative to the docs folder: Markdown}."""
    env = environment()
    site = Site(digests)
    pages: dict[str, str] = {}

    def page(path: str, template: str, **context: Any) -> None:
        view = site.at(path)
        pages[path] = env.get_template(template).render(site=view, m=Links(view), **context)

    page("index.md", "home.md.j2", **home(site))
    page("people/index.md", "people_index.md.j2", people=by_name(digests.people.values()))
    page(
        "countries/index.md", "countries_index.md.j2", countries=by_name(digests.countries.values())
    )
    page("sources/index.md", "sources_index.md.j2", articles=latest(digests.articles.values()))
    stories = [(s, facts(digests, s)) for s in ordered(digests)]
    page("stories/index.md", "stories_index.md.j2", stories=stories)
    years, undated = timeline(digests)
    page(
        "timeline.md",
        "timeline.md.j2",
        years=years,
        undated=undated,
        picture=timeline_picture(years),
    )
    for person in digests.people.values():
        page(
            f"people/{page_name(person.id)}.md",
            "person.md.j2",
            person=person,
            tags=search_tags([person.name, *(a.name for a in person.aliases)]),
            spellings=[a for a in person.aliases if a.name != person.name],
        )
    for country in digests.countries.values():
        page(
            f"countries/{page_name(country.id)}.md",
            "country.md.j2",
            country=country,
            tags=search_tags([country.name, *(a.name for a in country.aliases)]),
        )
    for article in digests.articles.values():
        path = f"sources/{page_name(article.id)}.md"  # names in the text link relative to it
        page(path, "source.md.j2", article=article, paragraphs=paragraphs(site.at(path), article))
    for story, known in stories:
        page(f"stories/{page_name(story.id)}.md", "story.md.j2", story=story, facts=known)
    for old, now in moved(digests).items():  # a merged story's old URL leads on
        page(f"stories/{page_name(old)}.md", "moved.md.j2", old=old, now=now)
    return pages


def write_pages(pages: dict[str, str], out: Path) -> int:
    """Write the pages under `out`; return how many files changed."""
    return sum(atomic_write(out / path, text) for path, text in sorted(pages.items()))
