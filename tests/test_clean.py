"""Cleaning through its entry point, `generator.clean.clean`, on the case files in
tests/cases/ (clean_lines.yaml: one line of furniture at a time; clean_pages.yaml: whole
pages; page_tags.yaml: a page's tagged authors and site name). Every text there was
written for these tests."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator.clean import clean
from generator.clean.meta import people_in, tagged_outlet
from generator.clean.tags import page_outlet
from generator.read.sources import read_source

CASES = Path(__file__).parent / "cases"
LINES = yaml.safe_load((CASES / "clean_lines.yaml").read_text(encoding="utf-8"))
PAGES = yaml.safe_load((CASES / "clean_pages.yaml").read_text(encoding="utf-8"))


def reasons(lines: list[str]) -> dict[str, str]:
    return {r.text: r.reason for r in clean(lines).removed}


@pytest.mark.parametrize(("junk", "reason"), sorted(LINES["junk"].items()))
def test_one_line_of_furniture_goes_with_its_reason(junk: str, reason: str) -> None:
    body = LINES["body"].rstrip("\n").split("\n")
    assert reasons([*body, "", junk]) == {junk: reason}


@pytest.mark.parametrize("case", PAGES, ids=[case["name"] for case in PAGES])
def test_page(case: dict[str, Any]) -> None:
    lines = case["text"].rstrip("\n").split("\n")
    cleaned = clean(lines)
    kept = [block.text for block in cleaned.blocks]
    removed = {r.text: r.reason for r in cleaned.removed}
    for text in case.get("kept", []):
        assert text in kept, f"{text!r} was removed ({removed.get(text)})"
    expected = case.get("removed")
    if expected == {}:
        assert removed == {}
    for text, reason in (expected or {}).items():
        assert text in removed, f"{text!r} was kept"
        assert reason == "any" or removed[text] == reason, (text, removed[text])
    for key in ("title", "author", "published", "outlet"):
        if key in case:
            found = {"outlet": cleaned.outlet_hint}.get(key, getattr(cleaned, key, None))
            assert found == case[key], key
    # every line is kept or removed, once, with its own line number
    numbers = sorted([b.line for b in cleaned.blocks] + [r.line for r in cleaned.removed])
    assert numbers == [i + 1 for i, text in enumerate(lines) if text.strip()]


def test_a_sign_off_asking_to_follow_the_writer_names_the_author() -> None:
    body = LINES["body"].rstrip("\n").split("\n")
    assert clean([*body, "", "Follow Anna Virtanen on Twitter @avirtanen_news."]).author == (
        "Anna Virtanen"
    )
    # a site's own invitation names no writer, and a sentence of the news is kept
    for line in ("Follow Nordic Wire on Facebook.", "Follow the money, Maris Tamm said on X."):
        cleaned = clean([*body, "", line])
        assert cleaned.author is None and line in [b.text for b in cleaned.blocks]


def test_line_numbers_count_from_first_line() -> None:
    cleaned = clean(["Advertisement", "", PAGES[1]["kept"][0]], first_line=5)
    assert [(r.line, r.reason) for r in cleaned.removed] == [(5, "advertisement")]
    assert [b.line for b in cleaned.blocks] == [7]


def test_a_long_line_starting_with_by_is_read_in_linear_time() -> None:
    # such a line took the former byline pattern 37 s at 108 characters, doubling with
    # each 4 more; a byline's words are now read one by one
    body = LINES["body"].rstrip("\n").split("\n")
    for length in (108, 400, 4000):
        line = ("By " + "Anna Virtanen and " * 300)[:length]
        start = time.perf_counter()
        cleaned = clean([*body, "", line])
        assert time.perf_counter() - start < 2.0
        assert line in {r.text for r in cleaned.removed} | {b.text for b in cleaned.blocks}
    assert reasons([*body, "", "By Anna Virtanen and Bo Ek, Staff Writers"]) == {
        "By Anna Virtanen and Bo Ek, Staff Writers": "byline"
    }
    assert clean(["By Anna Virtanen and Bo Ek, Staff Writers", *body]).author == (
        "Anna Virtanen and Bo Ek"
    )


TAGS = yaml.safe_load((CASES / "page_tags.yaml").read_text(encoding="utf-8"))


@pytest.mark.parametrize("case", TAGS["authors"], ids=[c["tagged"] for c in TAGS["authors"]])
def test_the_people_among_a_pages_tagged_authors(case: dict[str, Any]) -> None:
    assert people_in(case["tagged"]) == case["people"]


@pytest.mark.parametrize(
    "case", TAGS["site_authors"], ids=[c["tagged"] for c in TAGS["site_authors"]]
)
def test_a_tagged_author_that_is_the_site_or_its_owner_is_no_person(case: dict[str, Any]) -> None:
    assert people_in(case["tagged"], tuple(case["sites"])) == case["people"]


@pytest.mark.parametrize(
    "case", TAGS["pages"], ids=[c["tags"].get("page_title", "") for c in TAGS["pages"]]
)
def test_the_site_name_a_pages_tags_agree_on(case: dict[str, Any]) -> None:
    assert page_outlet(case["tags"]) == case["outlet"]


HANDLED = """<!doctype html><html><head><title>Ferry strike ends - Nordic Wire International</title>
<meta name="twitter:site" content="@NordicWireInt"><meta name="copyright" content="Copyright (c) Fjord Holm 2024">
<link rel="canonical" href="https://www.nordicwire.com/ferry-strike-ends"></head><body>
<article><h1>Ferry strike ends</h1>
<p>The ferry crews of the northern islands went back to work on Monday after a strike of nine days.</p>
<p>"We have what we asked for," the crews' union leader Olli Saari told reporters at the harbour.</p>
<p>Services will run to the usual timetable from Tuesday morning, the operator said in a statement.</p>
</article></body></html>"""


def test_a_saved_page_keeps_the_tags_its_site_name_is_checked_against(tmp_path: Path) -> None:
    (tmp_path / "page.html").write_text(HANDLED, encoding="utf-8")
    tags = read_source(tmp_path / "page.html").html_meta
    assert tags["handle"] == "@NordicWireInt" and tags["rights"] == "Copyright (c) Fjord Holm 2024"
    assert tags["page_title"] == "Ferry strike ends - Nordic Wire International"
    assert tags["outlet"] == "NordicWireInt"  # trafilatura's pick: the handle, "@" cut
    assert page_outlet(tags) == "Nordic Wire International"


@pytest.mark.parametrize("case", TAGS["outlets"], ids=[c["tagged"] for c in TAGS["outlets"]])
def test_a_tagged_site_name_without_its_tagline(case: dict[str, Any]) -> None:
    assert tagged_outlet(case["tagged"]) == case["outlet"]


BYLINED = """<!doctype html><html><head><title>Ferry strike ends | Nordic Wire</title>{tags}</head>
<body>{aside}<article><h1>Ferry strike ends</h1>{byline}
<p>The ferry crews of the northern islands went back to work on Monday after a strike of nine days.</p>
<p>"We have what we asked for," the crews' union leader Aino Virta told reporters at the harbour.</p>
<p>Services will run to the usual timetable from Tuesday morning, the operator said in a statement.</p>
</article></body></html>"""
RELATED = """<aside><h3>More stories</h3>
<div class="story"><a href="/a">Harbour dredging begins</a><span class="author">By Maija Lehto</span></div>
<div class="story"><a href="/b">Island school reopens</a><span class="author">By Olli Saari</span></div>
</aside>"""


@pytest.mark.parametrize(
    ("tags", "byline", "author"),
    [
        # no tag names the author: the first byline of several is a related story's
        ("", '<p class="byline">By <span class="author">Eeva Kask</span></p>', None),
        # the page's tags name the author: trafilatura reads them before any element
        ('<meta name="author" content="Eeva Kask">', "", "Eeva Kask"),
    ],
)
def test_an_author_only_the_first_of_several_bylines_gives_is_none(
    tmp_path: Path, tags: str, byline: str, author: str | None
) -> None:
    page = BYLINED.format(tags=tags, aside=RELATED, byline=byline)
    (tmp_path / "page.html").write_text(page, encoding="utf-8")
    assert read_source(tmp_path / "page.html").html_meta.get("author") == author


@pytest.mark.parametrize(
    ("aside", "byline", "comments", "author"),
    [
        # the related stories' writers in elements of another of trafilatura's classes
        (RELATED.replace("author", "writer"), "<p>By Eeva Kask</p>", "", None),
        # two writers of one surname are two people
        ('<aside><span class="author">By Ann Lee</span></aside>', "", "", None),
        # a commenter's name under the article is no rival byline
        (
            "",
            "",
            '<ol class="comment-list"><li><span class="comment-author">Jaan Tamm</span>'
            "<p>Good news for the islands.</p></li></ol>",
            "Eeva Kask",
        ),
    ],
)
def test_which_bylines_make_an_author_unsure(
    tmp_path: Path, aside: str, byline: str, comments: str, author: str | None
) -> None:
    byline = byline or '<p class="byline">By <span class="author">Eeva Kask</span></p>'
    page = BYLINED.format(tags="", aside=aside, byline=byline).replace(
        "</article>", f"</article>{comments}"
    )
    (tmp_path / "page.html").write_text(page, encoding="utf-8")
    assert read_source(tmp_path / "page.html").html_meta.get("author") == author


def test_co_authors_in_one_byline_are_no_several_bylines(tmp_path: Path) -> None:
    byline = (
        '<p class="byline">By <a class="author">Eeva Kask</a> and <a class="author">Jaan'
        " Tamm</a></p>"
    )
    page = BYLINED.format(tags="", aside="", byline=byline)
    (tmp_path / "page.html").write_text(page, encoding="utf-8")
    # trafilatura gives the first co-author only: not dropped, though not whole
    assert read_source(tmp_path / "page.html").html_meta.get("author") == "Eeva Kask"


HEAD = ["Nordic Wire", "Home", "World", "Ferry crews return to work after nine-day strike"]


@pytest.mark.parametrize(
    ("header", "author", "published"),
    [
        # the date line's weekday after the writer's name is no part of it
        (["By Anna Virtanen Tuesday, Aug. 17, 2010"], "Anna Virtanen", "2010-08-17"),
        # a name and the writer's role on one line, a share button over it
        (
            ["Aug 13, 2010 – 4:39 PM", "Email This", "Anna Virtanen Senior Harbour Correspondent"],
            "Anna Virtanen",
            "2010-08-13",
        ),
        # a two-digit year whose day and month could swap, read month first in a US zone
        (["By ANNA VIRTANEN | 10/9/10 7:15 AM EDT"], "ANNA VIRTANEN", "2010-10-09"),
        (["First Posted: 08-13-10 05:18 PM | Updated: 08-14-10 12:41 AM"], None, "2010-08-13"),
        (["Posted 10/9/10 7:15 AM"], None, None),  # guard: no zone, no order
        # the kind of piece before "by"; a picture's credit is no byline
        (["Analysis by Anna Virtanen, NWX Senior Harbour Analyst"], "Anna Virtanen", None),
        (["Photos by Anna Virtanen"], None, None),
        # a day glued to the name or to a section's label by the browser's copy
        (["By Anna Virtanen2014-01-26 21:32:46 UTC"], "Anna Virtanen", "2014-01-26"),
        (["WORLDNOV 7, 2023 2:00 AM"], None, "2023-11-07"),
        # a generation's suffix, the line's full stop, a given name's initials glued to "By"
        (["By Anna Virtanen Jr.", "June 4, 2024"], "Anna Virtanen Jr.", "2024-06-04"),
        (["By Anna Virtanen.", "June 4, 2024"], "Anna Virtanen", "2024-06-04"),
        (["ByJ.R. Virtanen", "June 4, 2024"], "J.R. Virtanen", "2024-06-04"),
        # the desk before the writer's role is no part of the name
        (
            ["Anna Virtanen Education editor", "Mon 3 Jun 2024 06.05 BST"],
            "Anna Virtanen",
            "2024-06-03",
        ),
        # a writer joined with a news agency over the date line; guard: two agencies
        (["Anna Virtanen and AP", "June 4, 2024 - 4.34pm"], "Anna Virtanen", "2024-06-04"),
        (["Reuters and AP", "June 4, 2024 - 4.34pm"], None, "2024-06-04"),
        # an everyday word between the name and the role is the desk's
        (
            ["Anna Virtanen Parliamentary editor", "Mon 3 Jun 2024 06.05 BST"],
            "Anna Virtanen",
            "2024-06-03",
        ),
        # a byline's label alone over the name
        (
            ["Article by", "Anna Virtanen", "Published on", "June 4, 2024"],
            "Anna Virtanen",
            "2024-06-04",
        ),
        # a label a copied page glues to the name: a share button, a desk and its role
        (["By Anna VirtanenTwitter", "June 4, 2024"], "Anna Virtanen", "2024-06-04"),
        (["Anna VirtanenTravel News Reporter", "June 4, 2024"], "Anna Virtanen", "2024-06-04"),
        # the site's address as a part of the date line, in capitals, and the writer before it
        (["Tendai Moyo / NORDICWIRE.COM / Sep 2, 2024, 17:07"], "Tendai Moyo", "2024-09-02"),
        # guard: a section before the address
        (["Harbour News / NORDICWIRE.COM / Sep 2, 2024, 17:07"], None, "2024-09-02"),
        # a numeric day in another continent's zone is read day first
        (["Published on 06/01/2026 - 13:55 GMT+1"], None, "2026-01-06"),
        (["Published on 06/01/2026 - 13:55 EST"], None, "2026-06-01"),
        # "by" in lower case glued to the name; an affiliation's mark glued to a surname
        (["byAnna Virtanen", "June 4, 2024"], "Anna Virtanen", "2024-06-04"),
        (["By Anna Virtanen1 & Bo Ek2", "June 4, 2024"], "Anna Virtanen and Bo Ek", "2024-06-04"),
        # a name set apart from a labelled relative time, whatever its given name
        (["Tendai Moyo | Published 4 hours ago"], "Tendai Moyo", None),
        # a surname of particles in capitals, as Dutch and Afrikaans write it
        (["Tendai Van Der Moyo|Published 4 months ago"], "Tendai Van Der Moyo", None),
        # guard: a headline of four capitalised words is no name
        (["Ferry Fares De Rise | Published 4 hours ago"], None, None),
        # a list of the story's sections opening the date line, the byline its last part
        (
            [
                "Harbour Politics, National, Top Story 1 | Published: 5 hours ago | Written by Tendai Moyo"
            ],
            "Tendai Moyo",
            None,
        ),
        # guard: a sentence's words there
        (
            ["the ferry strike, they said | Published: 5 hours ago | Written by Tendai Moyo"],
            None,
            None,
        ),
        # a reading time glued after the name
        (["June 4, 2024", "Tendai Moyo 2 minutes read"], "Tendai Moyo", "2024-06-04"),
        (["Anna Virtanen 4 min read"], "Anna Virtanen", None),
        # guard: everyday or a section's words beside it
        (["June 4, 2024", "Harbour Fares 2 minutes read"], None, "2024-06-04"),
        (["Top Stories 4 min read"], None, None),
        # a name of two words over a date line labelled as the publication's
        (["Tendai Moyo", "Published June 4, 2024 9:26pm"], "Tendai Moyo", "2024-06-04"),
        # guard: a section's words over it
        (["Top Stories", "Published June 4, 2024 9:26pm"], None, "2024-06-04"),
        # a name of two words in no list of given names and of no everyday word over a
        # date line, labelled or not
        (["Tendai Moyo", "Friday 4 June 2024 08:49 GMT"], "Tendai Moyo", "2024-06-04"),
        # guard: everyday words over it (a section, a picture's credit)
        (["Harbour Politics", "Friday 4 June 2024 08:49 GMT"], None, "2024-06-04"),
        (["Getty Images", "Friday 4 June 2024 08:49 GMT"], None, "2024-06-04"),
        # guard: a teaser's headline in capitals beside its time
        (["Ferry Fares Rise | Updated 3 hours ago"], None, None),
        # guard: a surname's own capital is no label's
        (["By Anna MacKenzie", "June 4, 2024"], "Anna MacKenzie", "2024-06-04"),
        # guard: a body's initials opening a long name credit no person
        (["By U.S. HARBOUR AND COAST PATROL", "June 4, 2024"], None, "2024-06-04"),
    ],
)
def test_the_byline_and_date_line_under_a_headline(
    header: list[str], author: str | None, published: str | None
) -> None:
    body = LINES["body"].rstrip("\n").split("\n")
    cleaned = clean([*HEAD, *header, "", *body])
    assert (cleaned.author, cleaned.published) == (author, published)


def test_a_venue_over_a_match_reports_date_line_is_no_byline() -> None:
    body = LINES["body"].rstrip("\n").split("\n")
    header = ["Ruskea Kallio", "Friday 4 June 2024 08:49 GMT"]
    page = [*HEAD, *header, "", *body]
    assert clean(page).author == "Ruskea Kallio"  # nothing says it is a place
    placed = [*page, "The crews meet again at Ruskea Kallio in July."]
    assert (clean(placed).author, clean(placed).published) == (None, "2024-06-04")


def test_a_byline_the_page_writes_as_a_bodys_name_is_the_outlets() -> None:
    body = LINES["body"].rstrip("\n").split("\n")
    told = "The operator told the Kallio Times that the timetable would not change."
    seen = "A ship the Kallio Times team saw on Monday was still at the quay."
    header = [*HEAD, "by Kallio TimesJune 4, 2024"]
    assert clean([*header, "", *body, told, seen]).author is None
    # guard: a writer named once after "the" ("the Anna Virtanen interview") stays
    once = "Listeners called in after the Anna Virtanen interview on Monday."
    signed = [*HEAD, "by Anna VirtanenJune 4, 2024"]
    assert clean([*signed, "", *body, once]).author == "Anna Virtanen"


def test_a_signed_date_line_far_over_the_body_dates_the_article() -> None:
    body = LINES["body"].rstrip("\n").split("\n")
    buttons = ["Like", "Tweet", "Share", "Email", "Print", "Comments", "React", "Follow"]
    header = [*HEAD, "By ANNA VIRTANEN 10/ 5/11 09:19 PM ET", *buttons, *buttons[::-1]]
    cleaned = clean([*header, "", *body])
    assert (cleaned.author, cleaned.published) == ("ANNA VIRTANEN", "2011-10-05")


def test_the_nearest_byline_far_over_the_body_names_the_author() -> None:
    body = LINES["body"].rstrip("\n").split("\n")
    playlist = [f"Ferry clip {n} shows the crews at the quay" for n in range(14)]
    page = ["NWX", "FOLLOW NWX POLITICS", *HEAD[1:]]
    cleaned = clean([*page, "By Anna Virtanen and Bo Ek, NWX", *playlist, "", *body])
    assert (cleaned.author, cleaned.outlet_hint) == ("Anna Virtanen and Bo Ek", "NWX")
    # guard: a list's bylines, printed for two stories
    listed = [*page, "By Maija Lehto", "Ferry fares rise again", "By Maija Lehto", *playlist]
    assert clean([*listed, "", *body]).author is None


def test_a_labelled_name_over_a_dated_update_far_over_the_body_is_the_byline() -> None:
    body = LINES["body"].rstrip("\n").split("\n")
    playlist = [f"Ferry clip {n} shows the crews at the quay" for n in range(14)]
    dated = "Published Jun 04, 2024  •  Last updated 1 hour ago  •  4 minute read"
    header = [*HEAD, "Author of the article:", "Anna Virtanen", dated, *playlist]
    assert clean([*header, "", *body]).author == "Anna Virtanen"
    # guard: a teaser's byline over its relative time alone
    teaser = [*HEAD, "Author of the article:", "Anna Virtanen", "1 hour ago", *playlist]
    assert clean([*teaser, "", *body]).author is None


def test_a_date_line_beside_a_byline_far_over_the_body_dates_the_article() -> None:
    body = LINES["body"].rstrip("\n").split("\n")
    playlist = [f"Ferry clip {n} shows the crews at the quay" for n in range(14)]
    header = ["Case Study August 12, 2010, 5:00PM EST", "Share", "Print", "By Anna Virtanen"]
    cleaned = clean([*HEAD, *header, *playlist, "", *body])
    assert (cleaned.author, cleaned.published) == ("Anna Virtanen", "2010-08-12")
    # guard: a teaser's day with no byline beside it
    cleaned = clean([*HEAD, "Ferry fares rise", "August 12, 2010", *playlist, "", *body])
    assert cleaned.published is None


def test_a_section_account_named_after_the_site_is_no_author() -> None:
    body = LINES["body"].rstrip("\n").split("\n")
    page = ["NWX", "NWX Video", "NWX Wine", "NWX Radio", "Contact NWX", "nwx.com", *HEAD[1:]]
    # the section's name over its date line, its account followed under the article
    cleaned = clean([*page, "NWX Startup", "Jun 3, 2014", "", *body, "", "Follow @NWXStartup"])
    assert (cleaned.outlet_hint, cleaned.author) == ("NWX", None)


def saved_tags(tmp_path: Path, head: str, header: str) -> dict[str, str]:
    """The tags read from a saved page of the body's paragraphs under `header`."""
    paragraphs = "".join(f"<p>{p}</p>" for p in LINES["body"].split("\n\n"))
    page = f"<!doctype html><html><head>{head}</head><body>{header}{paragraphs}</body></html>"
    (tmp_path / "page.html").write_text(page, encoding="utf-8")
    return read_source(tmp_path / "page.html").html_meta


def test_a_saved_pages_byline_no_tag_gives_is_read_from_its_text(tmp_path: Path) -> None:
    header = (
        "<h1>Ferry crews return</h1><div>Anna Virtanen Senior Harbour Correspondent</div>"
        "<div>June 4, 2024</div><script>var by = 'By Bo Ek';</script>"
    )
    tags = saved_tags(tmp_path, "<title>Ferry crews return | Nordic Wire</title>", header)
    assert tags.get("author") == "Anna Virtanen"


def test_a_tagged_author_the_page_never_writes_is_set_aside(tmp_path: Path) -> None:
    header = "<h1>Ferry crews return</h1><p>By Anna Virtanen and Bo Ek, Nordic Wire</p>"
    for tagged, author in (
        ("Eva Ots; Anna Virtanen; Bo Ek", "Anna Virtanen; Bo Ek"),  # an editor's name added
        ("Eva Ots; Mari Kask", "Eva Ots; Mari Kask"),  # guard: the text writes none of them
        ("Mari Kask; Nordic Wire", "Mari Kask; Nordic Wire"),  # guard: only the site written
    ):
        head = f'<title>Ferry crews return</title><meta name="author" content="{tagged}">'
        assert saved_tags(tmp_path, head, header).get("author") == author


def test_a_sites_address_is_read_as_the_name_its_page_spells_out() -> None:
    body = LINES["body"].rstrip("\n").split("\n")
    footer = ["Copyright © 2024 HarbourHerald.com, Inc."]
    trademark = '"The Harbour Herald" is a registered trademark of HarbourHerald.com, Inc.'
    assert clean([*HEAD, "", *body, "", *footer, trademark]).outlet_hint == "The Harbour Herald"
    # guard: no line spells the address's words apart
    assert clean([*HEAD, "", *body, "", *footer]).outlet_hint == "HarbourHerald.com"


def test_a_saved_pages_address_as_outlet_is_read_as_its_text_spells_it(tmp_path: Path) -> None:
    head = (
        "<title>Ferry crews return</title>"
        '<link rel="canonical" href="https://www.lostinharbours.com/ferry-crews-return">'
    )
    for logo, outlet in (("Lost in Harbours", "Lost in Harbours"), ("Home", "lostinharbours.com")):
        header = f"<header>{logo}</header><h1>Ferry crews return</h1>"
        assert saved_tags(tmp_path, head, header).get("outlet") == outlet


@pytest.mark.parametrize(
    ("notice", "outlet"),
    [
        # the notice opens a footer of links
        (
            "Copyright © 2024, Harbour Herald | Terms of Service | Privacy Policy | Notice of"
            " Collection | Do Not Sell My Info | Cookie Settings",
            "Harbour Herald",
        ),
        # the year between the name and the mark
        ("Harbour Herald, 2024 © All Rights Reserved", "Harbour Herald"),
        # the site's builder credited after the mark
        ("Harbour Herald Copyright © 2024 Developed by Fjord Labs", "Harbour Herald"),
        # the reserved rights after a slash
        ("Copyright 2024 Harbour Herald / All rights reserved", "Harbour Herald"),
        # an abbreviation's full stop inside the name
        (
            "© Copyright 2024 - St. Anne Harbour Herald. A Fjord Design Production.",
            "St. Anne Harbour Herald",
        ),
        # no mark, a year opening the line that reserves the rights
        ("2024 Harbour Herald. All Rights Reserved.", "Harbour Herald"),
        # no year, the rights reserved in another language
        ("© Harbour Herald. Todos os direitos reservados.", "Harbour Herald"),
        # no year: the name before the mark reserving the rights
        ("Harbour Herald © All rights reserved", "Harbour Herald"),
        # the notice says its holder is a firm's part, before the legal text
        (
            "© 2024 Harbour Herald, a division of Baltic Network Inc. All rights reserved."
            " Unauthorized distribution, transmission or republication strictly prohibited.",
            "Harbour Herald",
        ),
        # guard: a firm's notice before a footer of links names no outlet by itself
        (
            "© 2024 Baltic Inc. All rights Reserved. Privacy Policy | Terms of Use | Baltic"
            " A-Z | Advertise With Us",
            None,
        ),
    ],
)
def test_the_outlet_a_footers_notice_names(notice: str, outlet: str | None) -> None:
    head = ["Home", "World", "Ferry crews return to work after nine-day strike"]
    body = LINES["body"].rstrip("\n").split("\n")
    told = "The union told the Harbour Herald and the St. Anne Harbour Herald it would meet."
    assert clean([*head, "", *body, told, "", "Baltic", notice]).outlet_hint == outlet


def test_a_web_address_in_a_saved_pages_author_tag_names_no_one(tmp_path: Path) -> None:
    from generator.article.analyze import prepare
    from generator.registry import Registry

    site = '<meta name="author" content="Nordic Wire https://www.nordicwire.com">'
    person = '<meta name="author" content="Maija Lehto (https://maijalehto.fi/about/)">'
    for tags, author in (
        (person, "Maija Lehto"),  # not "Maijalehto Fi" nor "About"
        (f'{site}<meta name="author" content="Maija Lehto">', "Maija Lehto"),
        (site, None),  # guard: the site's name, its address cut, is no person
    ):
        head = f"<title>Ferry crews return</title>{tags}"
        saved_tags(tmp_path, head, "<h1>Ferry crews return</h1>")
        source = read_source(tmp_path / "page.html")
        assert prepare(source, "page.html", Registry()).author == author


def test_a_saved_page_tagged_with_its_host_alone_is_named_as_it_writes_it(tmp_path: Path) -> None:
    from generator.article.analyze import prepare
    from generator.registry import Registry

    link = '<link rel="canonical" href="https://www.harbourwire.com/ferry-crews-return">'
    for dateline, outlet in (
        ("OSLO (HarbourWire) - Crews went back.", "HarbourWire"),
        ("Crews went back.", "harbourwire.com"),  # guard: no name written, the address
    ):
        header = f"<h1>Ferry crews return</h1><p>{dateline}</p>"
        saved_tags(tmp_path, f"<title>Ferry crews return</title>{link}", header)
        source = read_source(tmp_path / "page.html")
        assert prepare(source, "page.html", Registry()).outlet == outlet


def test_a_teasers_byline_crediting_the_sites_staff_names_the_site() -> None:
    head = ["Home", "World", "Ferry crews return to work after nine-day strike"]
    body = LINES["body"].rstrip("\n").split("\n")
    footer = [
        "More stories",
        "Harbour fees rise again",
        "By Harbour Herald staff",
        "Contact Harbour Herald",
    ]
    assert clean([*head, "", *body, "", *footer]).outlet_hint == "Harbour Herald"


@pytest.mark.parametrize(
    ("header", "footer", "outlet"),
    [
        # a logo's link labelled as the way home, under a header's other links
        (
            [
                "Skip to content",
                "Sign in",
                "Search jobs",
                "Europe edition",
                "Harbour Herald - Back to home",
            ],
            [],
            "Harbour Herald",
        ),
        # guard: a tab's "Home" is a section's as often
        (
            [
                "Skip to content",
                "Sign in",
                "Search jobs",
                "Europe edition",
                "Harbour Herald - Home",
            ],
            [],
            None,
        ),
        # the site's own links: a search engine's preferred source, its jobs, its socials
        (
            [],
            [
                "Choose Harbour Herald as a 'Preferred Source' on Google News",
                "Work at Harbour Herald",
            ],
            "Harbour Herald",
        ),
        ([], ["Follow Harbour Herald:", "Follow Harbour Herald on socials:"], "Harbour Herald"),
        ([], ["Send Tips to Harbour Herald", "Advertise On Harbour Herald"], "Harbour Herald"),
        # a name written with a lower-case letter before its capital
        ([], ["About eHarbour", "Write For eHarbour"], "eHarbour"),
        # a sentence asking to visit another site's address confirms no menu item as a logo
        (
            ["Skip to content", "Menu", "Fjord Watch"],
            [
                "Contact Harbour Herald",
                "Advertise On Harbour Herald",
                "Visit FjordWatch.org to learn how to help the crews' families this winter.",
                "© 2024 Harbour Herald",
            ],
            "Harbour Herald",
        ),
        # guard: one link alone names no site
        ([], ["Work at Harbour Herald"], None),
    ],
)
def test_the_outlet_a_copied_pages_own_links_name(
    header: list[str], footer: list[str], outlet: str | None
) -> None:
    head = ["Home", "World", "Ferry crews return to work after nine-day strike"]
    body = LINES["body"].rstrip("\n").split("\n")
    assert clean([*header, *head, "", *body, "", *footer]).outlet_hint == outlet


def test_a_rails_byline_beside_a_relative_time_under_the_story_is_no_author() -> None:
    body = LINES["body"].rstrip("\n").split("\n")
    teaser = ["World", "1 day ago", "By Maija Lehto"]
    rail = [
        "Storm cuts power to the islands as the ferries stay in port for a third day",
        *teaser,
        "Ferry fares rise again across the islands as the fuel bill grows this winter",
        *teaser,
    ]
    assert clean([*HEAD, "", *body, *rail]).author is None
    # guard: a closing credit printed once names the writer
    assert clean([*HEAD, "", *body, "By Maija Lehto"]).author == "Maija Lehto"


@pytest.mark.parametrize(
    ("name", "author"), [("Tendai Moyo", "Tendai Moyo"), ("Top Stories", None)]
)
def test_a_name_over_the_outlets_name_under_a_share_panel_is_the_author(
    name: str, author: str | None
) -> None:
    body = LINES["body"].rstrip("\n").split("\n")
    header = ["1 day ago", "Share", "Save", name, "Nordic Wire"]
    footer = ["Contact Nordic Wire", "Follow Nordic Wire on Facebook"]
    cleaned = clean([*HEAD, *header, "", *body, "", *footer])
    assert (cleaned.author, cleaned.outlet_hint) == (author, "Nordic Wire")


def test_a_logo_line_the_owners_notice_names_without_the() -> None:
    head = ["Home", "World", "Ferry crews return to work after nine-day strike"]
    body = LINES["body"].rstrip("\n").split("\n")
    footer = ["The Harbour Herald", "Contact Us", "© Harbour Herald Newspapers Limited 2024"]
    assert clean([*head, "", *body, "", *footer]).outlet_hint == "The Harbour Herald"


@pytest.mark.parametrize(
    "footer",
    [
        # an owner's notice by a legal suffix or a company's word of another language
        ["Baltica, a.s. | Contact", "Sport", "© 2024 Baltica, a.s."],
        ["Baltica Medien Shop", "Sport", "Copyright © 2024 Baltica Medien"],
        # the owner's own address beside its notice
        ["balticamedia.com", "© 2024 Baltica Media, Inc."],
        # a sentence naming the firm as a party, not the page's furniture naming its site
        [
            "Sign up",
            "Yes! Sign me up to the daily briefing email.",
            "I agree my data will be processed under the Baltica Harbour Limited Privacy Policy.",
            "Contact Us",
            "Sitemap",
            "© 2024 Baltica Harbour Limited",
        ],
    ],
)
def test_an_owners_notice_names_no_outlet(footer: list[str]) -> None:
    head = ["Home", "World", "Ferry crews return to work after nine-day strike"]
    body = LINES["body"].rstrip("\n").split("\n")
    assert clean([*head, "", *body, "", *footer]).outlet_hint is None


def test_a_holding_companys_notice_names_no_outlet() -> None:
    # the firms' rule is kept for a title's own company (clean_pages.yaml)
    head = ["Home", "World", "Ferry crews return to work after nine-day strike"]
    body = LINES["body"].rstrip("\n").split("\n")
    footer = ["Our Network", "Harbour Weekly", "Baltic Events", "2024 © Baltic Holdings"]
    assert clean([*head, "", *body, "", *footer]).outlet_hint is None


@pytest.mark.parametrize(
    ("closing", "outlet"),
    [
        # a newspaper's word of another language closing its name, under the article
        ("© Nordische Allgemeine Zeitung GmbH 2001 - 2024", "Nordische Allgemeine Zeitung"),
        ("Copyright 2024 Die Nordische Presse", "Die Nordische Presse"),
        ("Copyright © The Hokkai Shimbun, All Rights Reserved.", "The Hokkai Shimbun"),
        # guard: an owner's company of that language is no paper
        ("© 2024 Nordische Medien GmbH", None),
    ],
)
def test_a_papers_notice_in_another_language_names_the_outlet(
    closing: str, outlet: str | None
) -> None:
    page = next(p for p in PAGES if p["name"].startswith("a paper's name in the notice"))
    lines = page["text"].rstrip("\n").split("\n")
    assert lines[-1] == "Copyright © 2020, Harbour Tribune"
    assert clean([*lines[:-1], closing]).outlet_hint == outlet


@pytest.mark.parametrize(
    ("footer", "outlet"),
    [
        # the site's own links in other languages name it when two lines give it
        (["Om Nordwire", "Kontakta Nordwire"], "Nordwire"),
        (["À propos de Nordwire", "Travailler chez Nordwire"], "Nordwire"),
        (["Folge Nordic Wire auf Facebook", "Folge Nordic Wire auf LinkedIn"], "Nordic Wire"),
        # guard: "our" of another language is no name ("Nos newsletters", "Über Uns")
        (["Nos newsletters", "Nos liens utiles", "Nos fiches métiers", "Nos applications"], None),
        (["Über Uns", "Kontakt Uns"], None),
    ],
)
def test_the_sites_links_in_another_language_name_it(footer: list[str], outlet: str | None) -> None:
    head = ["Home", "World", "Ferry crews return to work after nine-day strike"]
    body = LINES["body"].rstrip("\n").split("\n")
    assert clean([*head, "", *body, "", *footer]).outlet_hint == outlet


def test_a_pictures_credit_after_a_byline_names_no_outlet() -> None:
    # "Bild: Ann Lee/nordic" (German "Picture:") after the date line's byline, printed
    # again under a picture: a label's credit of its own, not the publication
    head = [
        "Home",
        "Ferry crews return to work after nine-day strike",
        "Audio: Radio Nord | 24.04.2024 | Ann Lee | Bild: Ann Lee/nordic",
    ]
    body = LINES["body"].rstrip("\n").split("\n")
    caption = "Ferry crews at the harbour | Bild: Ann Lee/nordic"
    assert clean([*head, "", *body, "", caption]).outlet_hint is None


@pytest.mark.parametrize(
    ("logo", "footer", "outlet"),
    [
        # the owner's link among its titles' under the article, its notice under them
        ([], ["Our titles", "Nordic Mediengruppe", "© 2024 Nordic Mediengruppe"], None),
        # the same name over the article is the logo's (clean_pages.yaml's Tidewatch Media)
        (["Nordic Mediengruppe"], ["© 2024 Nordic Mediengruppe"], "Nordic Mediengruppe"),
    ],
)
def test_a_groups_name_printed_alone_under_the_article_names_no_outlet(
    logo: list[str], footer: list[str], outlet: str | None
) -> None:
    head = [*logo, "Home", "World", "Ferry crews return to work after nine-day strike"]
    body = LINES["body"].rstrip("\n").split("\n")
    assert clean([*head, "", *body, "", *footer]).outlet_hint == outlet


@pytest.mark.parametrize(
    ("footer", "outlet"),
    [
        # the site's links to its pages on networks, without a verb
        (["Nordwire op facebook", "Nordwire op instagram"], "Nordwire"),
        (["Nordic Wire on Facebook", "Nordic Wire on YouTube"], "Nordic Wire"),
        # guard: a button's or a label's words are no site's name
        (["Share this on WhatsApp", "Share this on Facebook", "Find us on Facebook"], None),
    ],
)
def test_the_sites_pages_on_networks_name_it(footer: list[str], outlet: str | None) -> None:
    head = ["Home", "World", "Ferry crews return to work after nine-day strike"]
    body = LINES["body"].rstrip("\n").split("\n")
    assert clean([*head, "", *body, "", *footer]).outlet_hint == outlet


@pytest.mark.parametrize(
    ("dated", "day"),
    [
        ("The Harbour Herald / March 1, 2020", "2020-03-01"),  # the paper's credit apart
        ("Harbour Herald Online28 October 2020", "2020-10-28"),  # glued to the day
        ("January 13, 2020 at 08:45 AM | Categories: Ferries | View Comments", "2020-01-13"),
    ],
)
def test_a_date_beside_a_credit_or_labels_under_the_headline_dates_the_article(
    dated: str, day: str
) -> None:
    body = LINES["body"].rstrip("\n").split("\n")
    assert clean([*HEAD, dated, "", *body]).published == day
    # guard: a standfirst telling of a day is no date line
    standfirst = "Elections on 3 May 2024: What Ferry Crews Want To Know"
    assert clean([*HEAD, standfirst, "", *body]).published is None


def test_a_name_and_its_outlet_over_the_date_line_is_the_byline() -> None:
    body = LINES["body"].rstrip("\n").split("\n")
    cleaned = clean([*HEAD, "ANNA VIRTANEN, HARBOUR HERALD", "18 NOV 2019", "", *body])
    assert (cleaned.author, cleaned.published) == ("ANNA VIRTANEN", "2019-11-18")
    # guard: a place and its region over the date line names nobody
    cleaned = clean([*HEAD, "Santa Rosa, California", "18 NOV 2019", "", *body])
    assert cleaned.author is None


def test_a_name_over_the_published_line_above_an_update_line_is_the_byline() -> None:
    body = LINES["body"].rstrip("\n").split("\n")
    dated = ["Published Jul 17, 2024, 11:21am", "|Updated Jul 17, 2024, 6:39pm"]
    cleaned = clean([*HEAD, "Jen Mills", *dated, "Share this article", "", *body])
    assert (cleaned.author, cleaned.published) == ("Jen Mills", "2024-07-17")
    # guard: a caption's name and school the headline's search took for the headline
    caption = ["Aidan Gantenbein 100 backstroke", "Miguel Bernal North Diving"]
    page = [*HEAD[:3], *caption, "Ben Patton Trinity", *dated, "", *body]
    assert clean(page).author is None


def test_a_numeric_date_glued_to_a_section_in_capitals_dates_the_article() -> None:
    body = LINES["body"].rstrip("\n").split("\n")
    header = ["Home", "World", "ANNA VIRTANEN", "", "BUSINESS01.11.2023 06:06 PM"]
    headline = "Ferry crews return to work after nine-day strike"
    assert clean([*header, headline, "", *body]).published == "2023-11-01"


def test_a_byline_and_its_date_a_slash_apart_sign_and_date_the_article() -> None:
    body = LINES["body"].rstrip("\n").split("\n")
    dated = "By Anna Virtanen/June 12, 2020 9:49 am EST/Updated: Aug. 18, 2020 4:17 pm EST"
    cleaned = clean([*HEAD, dated, "", *body])
    assert (cleaned.author, cleaned.published) == ("Anna Virtanen", "2020-06-12")


def test_a_byline_of_the_sites_initials_names_no_author() -> None:
    body = LINES["body"].rstrip("\n").split("\n")
    dated = "By THW, in News, Ferries · 31 Jan 2025, 20:02 · 0 Comments"
    page = ["The Harbour Weekly", *HEAD[1:], dated, "", *body, "", "© 2025 The Harbour Weekly"]
    cleaned = clean(page)
    assert (cleaned.author, cleaned.published) == (None, "2025-01-31")
