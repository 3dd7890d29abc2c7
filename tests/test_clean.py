"""Boilerplate removal on realistic lines written for these tests (no seed sentences)."""

from __future__ import annotations

import pytest

from generator.clean.lines import clean_lines

BODY = [
    "Finland's defence minister said on Friday that the country would double its ammunition output by 2026.",
    "",
    "The plan, which parliament must still approve, would cost about 200 million euros.",
]


def removed_reasons(lines: list[str]) -> dict[str, str]:
    return {r.text: r.reason for r in clean_lines(lines).removed}


@pytest.mark.parametrize(
    ("junk", "reason"),
    [
        ("ADVERTISEMENT", "advertisement marker"),
        ("Story continues below advertisement", "advertisement marker"),
        (
            "Only 40% of this article is left to read. Subscribe now to continue reading.",
            "paywall prompt",
        ),
        ("This article is for subscribers only.", "paywall prompt"),
        (
            "Soldiers unload shells at a depot. Photo: Reuters/Ints Kalnins",
            "photo caption or credit",
        ),
        ("Image credit: Getty Images", "photo caption or credit"),
        (
            "Spotted a mistake? Report an error by highlighting it and pressing Ctrl + Enter.",
            "correction prompt",
        ),
        ("Share on Facebook", "share prompt"),
        ("Facebook | Twitter | WhatsApp | Email", "share prompt"),
        ("Sign up for our daily newsletter to get the news first.", "newsletter or app prompt"),
        ("We use cookies to improve your experience. Accept all cookies", "cookie banner"),
        ("Skip to main content", "navigation"),
        ("Home | World | Europe | Defence", "navigation"),
        ("By Anna Virtanen", "byline"),
        ("By Maris Tamm | May 20, 2024", "byline"),
        ("Published: 12 March 2024, 14:05", "timestamp"),
        ("March 12, 2024 at 2:05 pm", "timestamp"),
        ("utm_source", "stray token"),
    ],
)
def test_each_kind_of_junk_is_removed_with_its_reason(junk: str, reason: str) -> None:
    # at the end, so that the paywall rule (drop all that follows) leaves the body alone
    lines = [*BODY, "", junk]
    assert removed_reasons(lines) == {junk: reason}


def test_related_teasers_are_removed_until_the_article_resumes() -> None:
    lines = [
        BODY[0],
        "",
        "Read also:",
        "Sweden opens its first new garrison in decades",
        "",
        BODY[2]
        + " Officials said the first lines would open in the spring, once contracts were signed and "
        "the workers had been hired from across the region.",
    ]
    assert removed_reasons(lines) == {
        "Read also:": "related-article teaser",
        "Sweden opens its first new garrison in decades": "related-article teaser",
    }


def test_everything_after_a_paywall_is_dropped() -> None:
    lines = [
        BODY[0],
        "Subscribe to read the full story",
        "The rest of the text here is a teaser.",
        "From 4.99 a month.",
    ]
    reasons = removed_reasons(lines)
    assert reasons["The rest of the text here is a teaser."] == "after paywall"
    assert reasons["From 4.99 a month."] == "after paywall"


def test_caption_label_repeating_the_next_line_is_removed() -> None:
    lines = [
        BODY[0],
        "",
        "antti hakkanen",
        "Defence Minister Antti Hakkanen visits the factory in Nammo.",
        "",
    ]
    assert removed_reasons(lines) == {"antti hakkanen": "caption label"}


def test_author_blurb_and_dangling_label_at_the_end() -> None:
    lines = [
        BODY[0],
        "Author: Anna Virtanen",
        "Anna Virtanen is a senior correspondent covering the Nordic countries.",
        "Also read:",
    ]
    reasons = removed_reasons(lines)
    assert (
        reasons["Anna Virtanen is a senior correspondent covering the Nordic countries."]
        == "author blurb"
    )
    assert reasons["Also read:"] in ("dangling label", "related-article teaser")
    assert clean_lines(lines).author == "Anna Virtanen"


def test_content_that_looks_like_junk_is_kept() -> None:
    content = [
        "Ammunition output to double",  # a sub-heading
        "",
        "• artillery shells,",  # a bullet list
        "• anti-tank rockets,",
        "",
        "It was not enough.",  # a short real sentence
        "",
        "The minister shared a photo of the new line on social media.",
        "",
        "Related talks with Sweden are planned for May, the ministry said.",
        "",
        "For reference:",
        "",
        BODY[0],
    ]
    cleaned = clean_lines(content)
    assert cleaned.removed == []
    assert [b.text for b in cleaned.blocks] == [c for c in content if c]


def test_title_line_numbers_and_timestamp_metadata() -> None:
    lines = ["fbq", "14:20 3 June 2024", "", "Finland to double ammunition output", "", *BODY]
    cleaned = clean_lines(lines)
    assert cleaned.title == "Finland to double ammunition output"
    assert cleaned.timestamp == "14:20 3 June 2024"
    assert [(r.line, r.reason) for r in cleaned.removed] == [(1, "stray token"), (2, "timestamp")]
    assert cleaned.blocks[1].line == 6


def test_a_first_line_that_is_a_sentence_is_no_title() -> None:
    assert clean_lines(BODY).title is None


def test_trailing_fragment_cut_mid_sentence() -> None:
    lines = [*BODY, "", "The ministry added that the second phase of the programme would depend on"]
    assert removed_reasons(lines) == {lines[-1]: "truncated fragment"}
