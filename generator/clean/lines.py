"""Each line judged, with its reason: the article's text kept, the page around it removed.

Signals, none of them a verdict on the lines after it: the line's own shape (`shape`),
the phrase families it belongs to (`phrases`), what its neighbours are and whether it
stands inside the article body (`context`), whether it repeats the headline or another
line, and what metadata it carries (`meta`: bylines, date lines, copyright lines). A hover
card glued into a paragraph is mended first (`cards`).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import NamedTuple

from generator.clean import meta
from generator.clean.cards import unglue
from generator.clean.context import BAD, GOOD, Body, classify, find_body
from generator.clean.phrases import CREDIT, MEDIA_LABEL, Match, family_of, opens_teasers
from generator.clean.rails import rail_lines
from generator.clean.shape import Line, describe, language_of, words_of
from generator.model import Removed
from generator.settings import (
    ARTICLE_LANGUAGE_MIN_WORDS,
    ARTICLE_OTHER_LANGUAGE_AHEAD,
    ARTICLE_OTHER_LANGUAGE_BELOW,
    CLEAN_BRAND_LINES,
    CLEAN_BRAND_MAX_LETTERS,
    CLEAN_BRAND_MAX_WORDS,
    CLEAN_BYLINE_DATE_LINES,
    CLEAN_CAPTION_PROSE_AFTER,
    CLEAN_GOOD_WORDS,
    CLEAN_HEADER_LINES,
    CLEAN_LABEL_MAX_WORDS,
    CLEAN_LISTED_DATES,
    CLEAN_LOGO_LINES,
    CLEAN_PROMPT_MAX_WORDS,
    CLEAN_STANDFIRST_WORDS,
    CLEAN_TEASER_LINES,
    CLEAN_TITLE_MAX_WORDS,
    CLEAN_TITLE_MIN_WORDS,
)

__all__ = ["PARAGRAPH_BREAK", "Block", "Cleaned", "clean"]

# How kept paragraphs are joined in the text the language model reads.
PARAGRAPH_BREAK = "\n\n"
# Hints that name an owner or a section as often as the site: a firm's notice ("© Baltic
# Holdings Ltd."), a link to a home or an app ("Weather Home", "Sports App").
_WEAK_HINTS = frozenset({"firm", "app", "credit"})


@dataclass
class Block:
    """A kept paragraph: one source line."""

    line: int
    text: str


@dataclass
class Cleaned:
    blocks: list[Block]
    removed: list[Removed]
    title: str | None
    author: str | None
    outlet_hint: str | None
    published: str | None  # ISO date read from the text's date line
    language: str  # jusText's name for the language of the kept text ("English", "German")


@dataclass
class _Found:
    """What the lines say about the article, besides its text."""

    author: str | None = None
    published: str | None = None
    outlet: str | None = None


def _families(lines: list[Line]) -> list[Match | None]:
    """Each line's family; bylines and date lines count as furniture too."""
    matches: list[Match | None] = []
    for i, line in enumerate(lines):
        match = family_of(line.text, line.words)
        if match is None and (
            meta.byline(line.text) or _short_signed(line) or _listed_over_date(lines, i)
        ):
            match = Match("byline", True)
        elif match is None and any(d.whole for d in meta.dates_in(line.text)):
            match = Match("date line", True)
        matches.append(match)
    return matches


def _listed_over_date(lines: list[Line], i: int) -> bool:
    """Whether line `i` is several people's names joined (`meta.listed_names`) right over
    a date line ("Ann Lee and Bo Ek" over "Tue 3 May 2024 10.26 BST"): a byline without
    "By", not a headline."""
    if i + 1 >= len(lines) or not meta.listed_names(lines[i].text.strip()):
        return False
    return any(d.iso and d.whole for d in meta.dates_in(lines[i + 1].text))


def _short_signed(line: Line) -> bool:
    """A short line naming a person followed by their own handle ("Ann Lee @annlee, 40
    minutes ago") or asking the reader to follow them ("Follow Ann Lee on Twitter"): a
    byline without "By". Only a given name tells a person from a site or a desk signing
    its own posts ("Harbour Herald @harbourherald" heading an embed)."""
    if line.words > CLEAN_LABEL_MAX_WORDS:
        return False
    signed = meta.signed_with_handle(line.text) or meta.followed(line.text)
    return signed is not None and meta.given_name(signed)


def _headline_shaped(line: Line) -> bool:
    ending = not line.text.endswith((".", ":")) or line.text.endswith("...")
    return 3 <= line.words <= CLEAN_TITLE_MAX_WORDS and ending


def _above(lines: list[Line], matches: list[Match | None], start: int) -> list[int]:
    """Lines above `start` that are not furniture, nearest first, as far as the header
    reaches. A word alone is a button or a menu's item ("React", "Inspiring", "Scary"): a
    row of them takes none of the reach."""
    found: list[int] = []
    reach = 0
    for i in range(start - 1, -1, -1):
        if reach >= CLEAN_HEADER_LINES:
            break
        if matches[i] is None:
            found.append(i)
            reach += lines[i].words > 1
    return found


def _title(lines: list[Line], matches: list[Match | None], body: Body | None) -> int | None:
    """The headline: the nearest headline-shaped line above the byline or date line
    nearest over the body (captions and credits lie between those two; a "Related" box's
    teasers with their dates may too), or above the body when there is none; a line in
    capitals (a section label) only when the next is too; not a post's line giving its
    day ("Ann Lee 23/05/2024 Harbour, Coast") or its update (`_updated`), nor a writer's
    name and role (`meta.role_named`). Else the body's first line, when it is
    headline-shaped."""
    start = body.first if body else 0
    top, dated = start, 0
    for i in range(start - 1, (_above(lines, matches, start) or [start])[-1] - 1, -1):
        match = matches[i]
        if opens_teasers(match) and dated > 1:
            top, dated = start, 0  # the dates under a "Related" heading are its teasers'
        elif match is not None and match.family in ("byline", "date line"):
            top = i if not dated else top
            dated += 1
    candidates = [
        i
        for i in _above(lines, matches, top)
        if _headline_shaped(lines[i])
        and not _post_day(lines[i])
        and not _updated(lines[i])
        and not meta.role_named(lines[i].text)  # "Ann Lee Staff Writer": a byline
    ]
    candidates = [i for i in candidates if lines[i].words >= CLEAN_TITLE_MIN_WORDS] or candidates
    if candidates:
        first = candidates[0]
        if lines[first].text.isupper() and len(candidates) > 1:
            return first if lines[candidates[1]].text.isupper() else candidates[1]
        return first
    if lines and matches[start] is None and _headline_shaped(lines[start]):
        return start
    return None


def _updated(line: Line) -> bool:
    """A line giving the day the page was updated, whatever stands before it ("New Delhi,
    Harbour Desk | Updated : 19 May 2024"): a headline tells news, never its own update."""
    return any(d.updated for d in meta.dates_in(line.text))


def _shape_reason(line: Line) -> str:
    if line.words == 0:
        return "numbers or symbols"
    if line.words <= 3 and not line.sentence:
        return "menu or label"
    if not line.sentence:
        return "headline or link"
    return "text outside the article"


def _heads_teasers(lines: list[Line], matches: list[Match | None], i: int) -> bool:
    """An unpunctuated headline next to a "Related" heading: the heading of a box of
    other articles, when the page repeats it (a list item that repeats is not enough)."""
    if not _headline_shaped(lines[i]) or lines[i].sentence:
        return False
    return any(0 <= j < len(lines) and opens_teasers(matches[j]) for j in (i - 1, i + 1))


def _caption_label(line: Line, following: Line | None) -> bool:
    """A short name label whose words all reappear in the next line: an image label."""
    words = words_of(line.text)
    if following is None or not 1 <= len(words) <= 4 or line.stop > 0:
        return False
    if " ".join(words) != line.text:
        return False  # a label is words alone: no list mark, brackets or full stop
    # a name written as a file name or a tag: "kaja kallas", "Kaja kallas"
    looks_like_name = line.text == line.text.lower() or any(w[:1].islower() for w in words[1:])
    following_words = {w.casefold() for w in words_of(following.text)}
    return looks_like_name and all(w.casefold() in following_words for w in words)


def _run_together(
    lines: list[Line], matches: list[Match | None], j: int, i: int, family: str
) -> bool:
    """Whether line `j` is of `family`, run together with line `i` (no blank between)."""
    match = matches[j] if 0 <= j < len(lines) else None
    return (
        match is not None and match.family == family and abs(lines[j].index - lines[i].index) == 1
    )


def _credited(
    lines: list[Line], matches: list[Match | None], own: list[str], body: Body | None, i: int
) -> bool:
    """A caption: a short line run together with the photo credit under it, or over it
    when no other line is run together over that credit ("Image copyright Getty Images" /
    "Image caption ...") or when it is no sentence ("Credit..." / "Ann Lee/Reuters"): a
    credit labels one picture, and a paragraph run on under it is the article's. The
    article's prose goes on under a caption (a picture sits above or inside an article):
    a line with no more than a closing note under it and its credit (a correction, the
    author's bio) is the article's last paragraph. A caption says what a picture shows: a
    line quoting someone is a paragraph."""
    line = lines[i]
    if line.words > CLEAN_PROMPT_MAX_WORDS or line.quotes:
        return False
    credits = [i + 1] if _run_together(lines, matches, i + 1, i, CREDIT) else []
    over = i - 1
    if _run_together(lines, matches, over, i, CREDIT):
        captioned = over > 0 and matches[over - 1] is None  # a line run together over it
        captioned = captioned and lines[over].index - lines[over - 1].index == 1
        credits += [over] if not captioned or not line.sentence else []
    if not credits:
        return False
    end = body.last if body is not None else len(lines) - 1
    after = sum(kind == GOOD for kind in own[max(i, *credits) + 1 : end + 1])
    return after >= CLEAN_CAPTION_PROSE_AFTER


def _media_title(lines: list[Line], matches: list[Match | None], i: int) -> bool:
    """A video's or a gallery's title beside its label ("Video" / "Harbour towns brace for
    the tide"): a headline-shaped line that is no sentence, run together under the label,
    or over it when the line under the label is no such title. The label credits nobody:
    a paragraph beside it is the article's."""

    def titled(k: int) -> bool:
        return matches[k] is None and _headline_shaped(lines[k]) and not lines[k].sentence

    if not titled(i):
        return False
    if _run_together(lines, matches, i - 1, i, MEDIA_LABEL):
        return True
    label, under = i + 1, i + 2
    beside = under < len(lines) and lines[under].index - lines[label].index == 1
    return _run_together(lines, matches, label, i, MEDIA_LABEL) and not (beside and titled(under))


def _verdicts(
    lines: list[Line],
    matches: list[Match | None],
    own: list[str],
    classes: list[str],
    body: Body | None,
    title: int | None,
    author: str | None,
) -> dict[int, str]:
    """Why each removed line (by position) was removed."""
    verdict: dict[int, str] = {}
    repeats = Counter(line.text.casefold() for line in lines)
    title_key = lines[title].text.casefold() if title is not None else None
    teasers = 0  # lines left that may be teasers under a "Related" heading
    rail = rail_lines(lines)
    for i, line in enumerate(lines):
        match = matches[i]
        inside = body is None or body.first <= i <= body.last
        prose = own[i] == GOOD
        if i == title:
            continue
        if meta.author_blurb(line.text, author):
            verdict[i] = "about the author"
            continue
        if match is not None:
            verdict[i] = match.family
            teasers = CLEAN_TEASER_LINES if opens_teasers(match) else teasers
            continue
        teasers = 0 if prose else max(0, teasers - 1)
        if title_key is not None and line.text.casefold() == title_key:
            verdict[i] = "repeats the headline"
        elif title is not None and i == title + 1 and _post_day(line) is not None:
            verdict[i] = "date line"  # a post's day, its author and categories
        elif not inside:
            verdict[i] = _shape_reason(line)
        elif teasers or i in rail:
            verdict[i] = "related-article teaser"
        elif repeats[line.text.casefold()] > 1 and _heads_teasers(lines, matches, i):
            verdict[i] = "repeated headline"
        elif _caption_label(line, lines[i + 1] if i + 1 < len(lines) else None):
            verdict[i] = "caption label"
        elif _credited(lines, matches, own, body, i):
            verdict[i] = CREDIT
        elif _media_title(lines, matches, i):
            verdict[i] = MEDIA_LABEL
        elif body is not None and classes[i] == BAD:
            verdict[i] = "caption or label" if line.words else "numbers or symbols"
    return verdict


def _body_head(lines: list[Line], matches: list[Match | None], body: Body | None) -> list[int]:
    """The furniture at the top of the body (bylines, date lines, a reading time), under
    its headline and standfirst: no more prose above it than a standfirst holds. Only
    sentences are a standfirst's prose: a menu's items or a headline, short lines a body
    found from the page's top may take in, are no words of it."""
    found: list[int] = []
    prose = 0
    for i in range(body.first, body.last + 1) if body else range(0):
        if matches[i] is not None:
            found.append(i)
            continue
        prose += lines[i].words if lines[i].sentence else 0
        if prose > CLEAN_STANDFIRST_WORDS:
            break
    return found


def _site_name(lines: list[Line], body: Body | None, author: str | None) -> str | None:
    """The site's name when two different lines around the article give it and no other
    name is given as often (a menu printed twice repeats its lines, a section's too): the
    site's own links ("Contact Nordic Wire", "Nordic Wire homepage"), its address (alone
    on a line or in a link: "NordicWire.com"), its e-mail's ("tips@nordicwire.com": the
    site's own desk, another kind of hint than the page's address), a byline
    crediting its staff ("Nordic Wire Staff"), a firm's notice ("© Nordic Wire Ltd."), a
    link to its home or app ("Nordic Wire App"), a picture's credit to one of its
    photographers (once a site: "Photo: Ann Lee/Nordic Wire"; a syndicated picture
    credits another outlet as often); the name alone on one of the page's
    first lines (its logo's link) confirms one of them, or an address written in a line
    of prose around the article (`_prose_addresses`). Two hints of one kind name the
    site only when both are its own links: a section has its home and app links and its
    staff as the site does ("Weather Home", "Weather App"). Between two names given as
    often, the one more kinds of hint give besides a firm's notice, a home or app link
    and a credit wins (those name an owner, a section or another outlet as often as the
    site), unless the logo's line
    stands behind the other: then none (`_tied`). The initials the site's own sections
    open with ("WSJ Video", "WSJ Wine") weigh once for the name they spell (`_brands`),
    as against an owner's logo and notice over the page. One of its links other than
    "About X" (a topic's page as often) is confirmed by the menus' items named after it
    (`_menus`). A person's name is not the site's: "Follow Ann Lee" and "More from Ann
    Lee" name the page's author."""
    spellings: dict[str, Counter[str]] = {}
    kinds: dict[str, set[str]] = {}
    texts = {line.text.casefold(): line.text for line in lines}
    inside = {lines[i].text.casefold() for i in range(body.first, body.last + 1)} if body else set()
    signed = [author, *(meta.byline(line.text) for line in lines)]
    people = {name.casefold() for names in signed if names for name in meta.names_of(names)}
    hinting = set()
    asked: set[str] = set()
    # one address and one e-mail per name: "Blogsite.com", "Blogsite.org" are one hint
    addressed: set[tuple[str, str]] = set()
    brands = {meta.site_key(b) for b in _brands([t for k, t in texts.items() if k not in inside])}
    for key, text in texts.items():
        for name, kind in _site_hints(text, key in inside):
            site = meta.site_key(name)
            if name.casefold() in people or (site, kind) in addressed:
                continue
            if site in brands and meta.site_key(meta.brand_of(text) or "") == site:
                continue  # "SN Apps" among "SN Shop", "SN World": the initials' own line
            if kind in ("address", "mail", "credit"):
                addressed.add((site, kind))
            spellings.setdefault(site, Counter())[name] += 1
            kinds.setdefault(site, set()).add(kind)
            hinting.add(key)
            if kind == "link" and not key.startswith("about "):
                asked.add(site)  # "About Harbour City" is a topic's page as often
    around = [t for k, t in texts.items() if k not in inside and k not in hinting]
    menus = _menus(around, [found.most_common(1)[0][0] for found in spellings.values()])
    for site, found in spellings.items():
        named = found.most_common(1)[0][0]
        if site in asked and kinds[site] == {"link"} and menus[named] >= CLEAN_BRAND_LINES:
            # "Follow Nordic Wire" over "Nordic Wire Radio", "Nordic Wire Events", ...
            found[named] += 1
            kinds[site].add("menu")
    prose = _prose_addresses([t for k, t in texts.items() if k not in inside])
    for text in dict.fromkeys(meta.logo_link(line.text) for line in lines[:CLEAN_LOGO_LINES]):
        site = meta.site_key(text)
        if site not in spellings and site in prose:
            # "MoreBikes" over the footer's "morebikes.co.uk features the latest ..."
            spellings[site] = Counter({prose[site]: 1})
            kinds[site] = {"address"}
        if site in spellings and text.casefold() not in hinting:
            # the logo's link: "Nordic Wire" over "More from Nordic Wire"
            spellings[site][text] += 1
            kinds[site].add("logo")
    ranked = sorted(
        (
            _Rank(
                sum(found.values()) + (key in brands),
                len(kinds[key] - _WEAK_HINTS),
                "logo" in kinds[key],
                key,
            )
            for key, found in spellings.items()
            # given twice by the hints themselves: the initials only weigh between names
            if sum(found.values()) >= 2 and (len(kinds[key]) >= 2 or kinds[key] == {"link"})
        ),
        reverse=True,
    )[:2]
    if not ranked or (len(ranked) > 1 and _tied(*ranked)):
        return None
    found = spellings[ranked[0].key]
    written = [name for name, _ in found.most_common() if not meta.domain_name(name)]
    return (written or [found.most_common(1)[0][0]])[0]


def _prose_addresses(texts: list[str]) -> dict[str, str]:
    """The addresses the page's lines of prose around the article write, by site: a
    sentence cites other sites as often as the page's own ("morebikes.co.uk features
    the latest reviews", "photos from harbourimages.com"), so such an address only
    confirms the name alone on one of the page's first lines (its logo's link) that
    spells it."""
    long = (text for text in texts if len(text.split()) > CLEAN_LABEL_MAX_WORDS)
    return {meta.site_key(a): a for text in long for a in meta.addresses_in(text)}


def _brands(texts: list[str]) -> list[str]:
    """The initials that open CLEAN_BRAND_LINES different menu lines or more around the
    article ("WSJ Video", "WSJ Pro", "WSJ Wine"): the site's own sections, which weigh
    once for a name the site's other hints give with those letters ("WSJ.com", "Jobs at
    WSJ"), however many lines give them. They never name the site alone, nor with a
    hint their own lines give ("SN Apps"): a site that brands its sections with its
    initials may spell its name out ("SN" on Sportsnet's menus)."""
    opened = Counter(brand for text in texts if (brand := meta.brand_of(text)))
    return sorted(brand for brand, lines in opened.items() if lines >= CLEAN_BRAND_LINES)


def _menus(texts: list[str], names: list[str]) -> Counter[str]:
    """How many different short lines of furniture each name the site's hints give opens,
    each a section or product named after it ("Nordic Wire Radio", "Nordic Wire Events",
    "Nordic Wire Store"): the site's menus, a kind of hint of their own. A line counts
    for the longest name it opens with ("Nordic Wire Radio" for "Nordic Wire", not
    "Nordic"), and none for a name another one opens with: "More From Nordic" over
    "Follow Nordic Wire" names the owner's family of sites ("Nordic Radio", "Nordic
    Learn"). Initials are left to `_brands`: a site that brands its sections with them
    may spell its name out. A sentence or a headline is no menu's item."""
    stems = sorted(
        (
            (len(n.removeprefix("The ").split()), meta.site_key(n.removeprefix("The ")), n)
            for n in names
        ),
        reverse=True,
    )
    opened: Counter[str] = Counter()
    for text in texts:
        parts = text.removeprefix("The ").split()
        if text.rstrip()[-1:] in (".", "?", "!"):
            continue
        for words, stem, name in stems:
            if (
                words < len(parts) <= words + CLEAN_BRAND_MAX_WORDS
                and meta.site_key(" ".join(parts[:words])) == stem
            ):
                opened[name] += 1
                break
    for _, stem, name in stems:
        initials = name.isupper() and name.isalpha() and len(name) <= CLEAN_BRAND_MAX_LETTERS
        if initials or any(o != stem and o.startswith(stem) for _, o, _ in stems):
            del opened[name]
    return opened


class _Rank(NamedTuple):
    """How a name fares among the site's hints: how often it is given (and once more for
    the initials of the site's sections, `_brands`), then by how many kinds that are not
    the weak ones; whether the logo's line is one of them."""

    given: int
    strong: int
    logo: bool
    key: str


def _tied(first: _Rank, second: _Rank) -> bool:
    """Whether two names given as often leave the site open: as many strong kinds, or
    the logo's line behind the weaker one (an owner's bar over the page, "DOW JONES",
    or the site's own logo against a partner's links)."""
    if first.given != second.given:
        return False
    return first.strong == second.strong or (second.logo and not first.logo)


def _site_hints(text: str, inside: bool) -> list[tuple[str, str]]:
    """The names one line gives the site, each with its kind of hint, which another line
    must confirm: around the article, the addresses a line of furniture writes (a link's,
    an e-mail's, "NordicWire.com" alone; a label's length at most, as a byline crediting
    the site's staff: a sentence cites other sites); inside it only a byline's credit to
    its staff, a line that is wholly one of the site's links ("Originally published on
    Nordic Wire" closing the story) and a picture's credit closing a line (`meta.
    credited_site`). One hint a line for one site: a notice that names a
    firm and gives its address ("© Baltic Ltd. Visit baltic.com") is one line's word."""
    staff = meta.staff_of(text) if len(words_of(text)) <= CLEAN_LABEL_MAX_WORDS else None
    hints = [(staff, "staff"), (meta.site_name(text), "link"), (meta.credited_site(text), "credit")]
    if not inside:
        hints += [(meta.site_app(text), "app"), (meta.copyright_firm(text), "firm")]
        if len(text.split()) <= CLEAN_LABEL_MAX_WORDS:  # a link's words are one token
            mailed = set(meta.mail_hosts(text))
            hints += [(a, "mail" if a in mailed else "address") for a in meta.addresses_in(text)]
    named: dict[str, tuple[str, str]] = {}
    for name, kind in hints:
        if name:
            named.setdefault(meta.site_key(name), (name, kind))  # once a site, first kind
    return list(named.values())


def _named(lines: list[Line], around: list[int]) -> str | None:
    """The author named by a line around the headline that is a person's name alone ("Ann
    Lee", a byline without "By"), when the name's link is printed twice, one line over the
    other, and starts with a common given name (a hover card's link and its copy), or
    when the page writes the person's own handle ("Ann Lee" over the headline, "Ann Lee
    (@annlee) is a contributor" in the bio: only the writer is given both). A name alone
    is a caption's, a place's or a list's as often; a bio's sentence alone confirms
    nothing, since a story about a writer closes with the same sentence."""
    handles = meta.page_handles([line.text for line in lines])
    for i in around:
        text = lines[i].text.strip()
        name = meta.bare_name(text)
        if name is None:
            continue
        doubled = any(lines[j].text.strip() == text for j in (i - 1, i + 1) if 0 <= j < len(lines))
        if doubled and meta.given_name(name):
            return name
        if any(meta.handle_of(name, handle) for handle in handles):
            return name
    return None


def _beside_date(lines: list[Line], i: int, title: int | None) -> str | None:
    """The author named by a line right over or under the date line `i` under the
    headline that is a person's name alone, a common given name first ("Ann Lee" over
    "May 3, 2024", or over "9 Hrs Ago" where the page gives no day), or several such
    names joined right over it (`_listed_over_date`), or one joined with a news agency's
    ("Ann Lee and AP") or with the outlet the person writes for ("Ann Lee, Nordic
    Wire", `meta.credited_name`): a byline without "By". Over a date
    line labelled as the publication's ("Published May 3, 2024"), a name of two words
    whatever its given name: the label says the two lines are the article's own. Over
    any date line, a name of two words with no everyday word (`meta.uncommon_two_words`:
    a given name no list holds, "Angus Reid") that the page never writes as a place's
    ("at Ewood Park", a venue over a match report's date). The headline's line is none
    ("Ann Lee Harbour" over the date line, a caption the headline's search took)."""
    labelled = meta.headed_day(lines[i].text) is not None
    texts = [line.text for line in lines]
    for j in (i - 1, i + 1):
        text = lines[j].text.strip() if 0 <= j < len(lines) and j != title else ""
        name = meta.bare_name(text)
        if name and meta.given_name(name):
            return name
        if name and j == i - 1 and labelled and meta.two_words_unlabelled(name):
            return name  # "Tendai Moyo" over "Published November 18, 2024 9:26pm"
        if name and j == i - 1 and meta.uncommon_two_words(name, texts):
            return name  # "Angus Reid" over "Friday 22 November 2024 08:49 GMT"
        if j == i - 1 and (names := meta.listed_names(text)):
            return names  # "Ann Lee and Bo Ek" over the date line
        if j == i - 1 and (writer := meta.agency_joined(text)):
            return writer  # "Ann Lee and AP" over the date line
        if j == i - 1 and (writer := meta.credited_name(text)):
            return writer  # "ANN LEE, NORDIC WIRE" over "3 MAY 2024"
    return None


def _handled(lines: list[Line], i: int) -> str | None:
    """The author named by line `i` when it ends with their own handle ("Ann Lee
    @annlee, 40 minutes ago") or asks the reader to follow them ("Follow Ann Lee on X"),
    or one of the next two lines is that handle (a date line may stand between), or
    when it is the name and the writer's role after it (`meta.role_named`), a byline's
    label alone over the name (`meta.labelled_name`) or the name alone over a writer's
    role (`meta.role_signed`)."""
    if found := meta.signed_with_handle(lines[i].text) or meta.followed(lines[i].text):
        return found
    if found := meta.role_named(lines[i].text) or meta.relative_signed(lines[i].text):
        return found  # "Ann Lee Senior Washington Correspondent", "Ann Lee | Posted 2h ago"
    if found := meta.read_signed(lines[i].text):
        return found  # "Ann Lee 2 minutes read"
    if i + 1 < len(lines) and (found := meta.labelled_name(lines[i].text, lines[i + 1].text)):
        return found  # "Author" over "Ann Lee"
    if i + 1 < len(lines) and (found := meta.role_signed(lines[i].text, lines[i + 1].text)):
        return found  # "Ann Lee" over "Staff Writer"
    following = (meta.handle_of(lines[i].text, line.text) for line in lines[i + 1 : i + 3])
    return next((found for found in following if found), None)


def _listed_dates(matches: list[Match | None]) -> set[int]:
    """Date lines that are items of a list (other articles, comments): a run of them, each
    as far from the next, a headline or a name between ("Label / Headline / May 3, 2024"
    repeated). The article's own date line stands apart from such a run; one at the
    list's pace right under it is the list's last item as much as the article's date,
    so the page gives none."""
    dated = [i for i, m in enumerate(matches) if m is not None and m.family == "date line"]
    listed: set[int] = set()
    if not dated:
        return listed
    run = dated[:1]
    for i in [*dated[1:], -1]:  # -1 closes the last run
        gap = i - run[-1]
        same = len(run) < 2 or gap == run[-1] - run[-2]
        between = any(matches[j] is None for j in range(run[-1] + 1, i))
        if i >= 0 and same and gap <= CLEAN_TEASER_LINES and between:
            run.append(i)
            continue
        listed.update(run if len(run) >= CLEAN_LISTED_DATES else [])
        run = [i]
    return listed


def _post_day(line: Line) -> tuple[meta.Dated, str | None] | None:
    """The day a blog post's line under its headline gives, and the author it names before
    it, among categories and comments ("Ann Lee 23/05/2024 2 comments News, Harbour"), when
    no date line does (`meta.post_dated`). A line of a date line's length at most (a label's
    words, CLEAN_LABEL_MAX_WORDS) that is no sentence: a standfirst is longer or ends as a
    sentence."""
    if line.words > CLEAN_LABEL_MAX_WORDS or line.sentence:
        return None
    return meta.post_dated(line.text)


def _metadata(
    lines: list[Line], matches: list[Match | None], body: Body | None, title: int | None
) -> _Found:
    """Author and date from the bylines and date lines under the headline (the body's
    head too), else just around the body; an agency's credit closing the story; else a
    blog post's line under the headline (`_post_day`) or a reprint's source line
    (`meta.source_line`). The outlet from a logo's text,
    the site's own hints (two kinds agreeing), a copyright notice (one line, and whoever
    holds the rights: an owner mentioned across the page as often as the site), whom a
    byline writes for or credits its staff to, an agency credited under the headline
    ("Reuters, Washington"), the source a date line credits after its time, an agency
    dateline, or the firm a notice names (`_firm_outlet`)."""
    found = _Found()
    start = body.first if body else min(len(lines), CLEAN_HEADER_LINES)  # no body: the top
    top = max(0, min(title if title is not None else start, start - CLEAN_HEADER_LINES) - 2)
    above = range(start - 1, top - 1, -1)
    under = range(body.last + 1, min(len(lines), body.last + 4)) if body else range(0)
    # under the headline first (the body's own head too): a date above the headline may
    # be the masthead's today
    near = [*_body_head(lines, matches, body), *(i for i in above if title is None or i > title)]
    far = [i for i in above if title is not None and i < title]
    unread = _listed_dates(matches)
    # under the body last, and only on a page with no date line around its headline: a
    # comment's date there cannot stand in for the article's own, listed or not
    if any((m := matches[i]) is not None and m.family == "date line" for i in near + far):
        unread.update(under)
    yearless: list[meta.Dated] = []  # "Posted Nov 18, 8:19 PM" under the headline
    yearless_lines: list[int] = []
    dated_lines: list[int] = []
    # under the body, a byline beside a relative time is a rail's teaser's ("1 day ago"
    # over "By Ann Lee" under each of "More Trending"'s stories), not the story's credit
    teasers = {i for i in under if _timed(lines, i - 1) or _timed(lines, i + 1)}
    signing = {*near, *far, *under} - teasers
    for group in (near, far, list(under)):
        dates: list[meta.Dated] = []
        for i in group:
            if i in signing:
                found.author = found.author or meta.byline(lines[i].text) or _handled(lines, i)
            if matches[i] is None or i in unread:
                continue
            for dated in meta.dates_in(lines[i].text):
                if dated.iso and dated.whole:
                    found.author = found.author or dated.author
                    dates.append(dated)
                    dated_lines.append(i)
                elif dated.whole and group is near:
                    # "By Ann Lee March 18 at 3:57 PM": the byline stands without the year
                    found.author = found.author or dated.author
                    yearless.append(dated)
                    yearless_lines.append(i)
        published = next((d.iso for d in dates if not d.updated), None)
        found.published = found.published or published or next((d.iso for d in dates), None)
    if found.author is None and body is not None:  # an agency's credit closing the story
        credits = (meta.byline(lines[i].text) for i in range(body.last, body.first, -1)[:2])
        found.author = next((name for name in credits if name), None)
    found.author = found.author or _named(lines, [*near, *far])
    # each date line under the headline, in the page's order: the first one read may be
    # the update's under the publication's ("Ann Lee" / "Published ..." / "|Updated ...")
    beside = sorted(i for i in dated_lines if i in near) or yearless_lines[:1]
    if found.author is None and beside:
        found.author = next(filter(None, (_beside_date(lines, i, title) for i in beside)), None)
    post = title + 1 if title is not None else len(lines)
    # the line under the headline, unless a date line read or set aside above
    posted = _post_day(lines[post]) if post < len(lines) and matches[post] is None else None
    if found.published is None and posted is not None:
        found.published = posted[0].iso
        found.author = found.author or posted[1]
    # "Nordic Wire 9/21/2016 Ann Lee" under a portal's reprint of another outlet's story
    sourced = meta.source_line(lines[post].text) if post < len(lines) else None
    if found.published is None and sourced is not None:
        found.published = sourced[1].iso or _in_page_order(lines, [sourced[1]])
        found.author = found.author or sourced[2]
    if found.published is None and yearless:
        found.published = _this_year(lines, yearless) or _in_page_order(lines, yearless)
    if found.published is None and body is not None:
        headed = _headed_day(lines, body)
        found.published = headed.iso if headed else None
        found.author = found.author or (headed.author if headed else None)
    if found.published is None and body is not None:
        furnished = (meta.furnished_day(lines[i].text) for i in near if i not in unread)
        found.published = next((d.iso for d in furnished if d), None)
    signed = _signed_over(lines, body) if found.author is None and body is not None else None
    if signed is not None:
        found.author = _signed(lines, signed)
        near.append(signed)  # its credit names the outlet as a near byline's does
    logos = (meta.logo_name(line.text) or meta.labelled_logo(line.text) for line in lines)
    found.outlet = next((n for n in logos if n), None) or _own_name(
        lines,
        _site_name(lines, body, found.author),
        _notice_outlet(lines, body) or _owned_outlet(lines, body),
    )
    credits = (
        meta.byline_outlet(lines[i].text)
        or meta.agency_credit(lines[i].text)
        or (_dated_credit(lines, i) if i not in unread else None)
        or _byline_credit(lines, i)
        for i in near
    )
    found.outlet = found.outlet or next(filter(None, credits), None)
    if found.outlet is None and sourced is not None:  # "More from Nordic Wire" too
        found.outlet = _named_around(lines, post, sourced[0])
    if found.outlet is None and body is not None:
        found.outlet = _dateline_agency(lines, body) or _firm_outlet(lines, matches, body)
    found.outlet = found.outlet or _logo_holder(lines, body)
    if found.outlet and meta.domain_name(found.outlet):
        found.outlet = meta.spelled_out([line.text for line in lines], found.outlet)
    if found.author is None and found.outlet:
        found.author = _over_outlet(lines, near, found.outlet)
    return found


def _over_outlet(lines: list[Line], near: list[int], outlet: str) -> str | None:
    """The author named by a name of two words with no label's word right over the
    outlet's name alone under the headline ("Ann Lee" over "Nordic Wire", under a share
    panel): the writer and whom they write for, a byline without "By"."""
    key = meta.site_key(outlet)
    for i in near:
        if i > 0 and meta.site_key(lines[i].text) == key:
            name = meta.bare_name(lines[i - 1].text.strip())
            if name and meta.two_words_unlabelled(name):
                return name
    return None


def _headed_day(lines: list[Line], body: Body) -> meta.Dated | None:
    """The day of the nearest date line over the body that says it is the article's,
    signed or labelled (`meta.headed_day`), however far above: a page's header may hold
    more lines than the headline's search reaches (share buttons, a standfirst, a
    picture's credits)."""
    for i in range(body.first - 1, -1, -1):
        if dated := meta.headed_day(lines[i].text) or _by_byline(lines, i):
            return dated
    return None


def _by_byline(lines: list[Line], i: int) -> meta.Dated | None:
    """The day of date line `i` when a byline stands within CLEAN_BYLINE_DATE_LINES lines
    of it ("By Ann Lee, Nordic Wire" over "Updated 4:48 PM EST, Mon November 6, 2023"):
    the article's, its update's when that is all it gives; a teaser's day stands apart
    from bylines (its own is on its line)."""
    dates = [d for d in meta.dates_in(lines[i].text) if d.iso and d.whole]
    if not dates:
        return None
    span = range(
        max(0, i - CLEAN_BYLINE_DATE_LINES), min(len(lines), i + CLEAN_BYLINE_DATE_LINES + 1)
    )
    if not any(j != i and _signed(lines, j) for j in span):
        return None
    return next((d for d in dates if not d.updated), dates[0])


def _signed(lines: list[Line], i: int) -> str | None:
    """The author a byline on line `i` names, or its label alone there over the name
    ("By" over "Ann Lee", `meta.labelled_name`)."""
    if found := meta.byline(lines[i].text):
        return found
    return meta.labelled_name(lines[i].text, lines[i + 1].text) if i + 1 < len(lines) else None


def _signed_over(lines: list[Line], body: Body) -> int | None:
    """The nearest byline over the body ("By Ann Lee and Bo Ek, Nordic Wire", or "By" over
    "Ann Lee"), however far above, when the headline's search finds none: a page's
    header may hold more lines than that search reaches (a video's playlist, share
    buttons)."""
    texts = Counter(line.text.strip() for line in lines)
    for i in range(body.first - 1, -1, -1):
        if _signed(lines, i):
            # a teaser's byline: one of a list's, printed again for another story, or
            # with a relative time under it ("By Ann Lee," / "2h ago")
            last = i if meta.byline(lines[i].text) else i + 1
            listed = texts[lines[last].text.strip()] > 1 or _timed(lines, last + 1)
            return None if listed else i
    return None


def _timed(lines: list[Line], i: int) -> bool:
    """Whether line `i` is a relative time alone ("2h ago", "5 minutes ago"): not a date
    line giving the day before its update's time ("Published Aug 28, 2024 • Last updated
    1 hour ago")."""
    dates = meta.dates_in(lines[i].text) if i < len(lines) else []
    return any(d.iso is None and d.whole for d in dates) and not any(d.iso for d in dates)


def _another_site(texts: list[str], name: str) -> bool:
    """Whether two different lines hint at a site other than `name` (a partner's link and
    address; a menu printed twice repeats its lines): a notice's firm or holder then
    leaves the site open."""
    hinted = Counter(
        meta.site_key(site) for text in set(texts) for site, _ in _site_hints(text, False)
    )
    return any(given >= 2 for site, given in hinted.items() if site != meta.site_key(name))


def _logo_holder(lines: list[Line], body: Body | None) -> str | None:
    """The name the page's last copyright notice gives its holder, with or without a
    firm's words ("© 2024 Nordic Wire Media Group Ltd." -> "Nordic Wire", "© 2024 Nordic
    Media" -> "Nordic Media"), when a line of its own elsewhere on the page is that name
    (the logo's or the home link's): an owner of several outlets is rarely printed
    alone, but for its own site's address beside its notice ("demandmedia.com" over "©
    Demand Media, Inc."): an address counts when it spells the name less the firm's
    words. Two lines hinting at another site leave it open, as for `_firm_outlet`. The
    name with its firm's words ("Nordic Media") is the logo's over the article only: under
    it, the owner's link among its titles' ("Nordic Mediengruppe" in a group's footer)."""
    notices = [line.text for line in reversed(lines) if meta.notice(line.text)]
    notice = next((text for text in notices if meta.notice_holder(text)), None)
    if notice is None:
        return None
    stem = meta.site_key(meta.notice_holder(notice) or "")
    first = body.first if body else len(lines)
    alone = [
        line.text.strip()
        for i, line in enumerate(lines)
        if not meta.notice(line.text)
        and meta.site_key(line.text).startswith(stem)
        and (i < first or meta.site_key(line.text) == stem)
        and (not meta.domain_name(line.text) or meta.site_key(line.text) == stem)
        and meta.name_chars(line.text.strip())  # "Nordic+", a paid tier's link, is no logo
    ]
    # the holder's own name before a longer line (the firm's, "Nordic Wire Partners")
    alone.sort(key=lambda text: meta.site_key(text) != stem)
    # the notice may leave out the name's "The" ("© Nordic Wire Newspapers Ltd 2024")
    spelled = (meta.mentions(notice, t.removeprefix("The ")) for t in alone)
    name = next((t for t, found in zip(alone, spelled, strict=True) if found), None)
    if name is None or _another_site([line.text for line in lines], name):
        return None
    return name


def _dated_credit(lines: list[Line], i: int) -> str | None:
    """The source the date line `i` credits after its date (`meta.dated_credit`), when a
    line of the page's furniture (no sentence) names it among other words too ("Nordic
    Wire App", "View Nordic Wire In"): a place in that spot is named in the article's
    prose, or alone as a menu's item ("New York"). Not a listed date line's: a teaser's
    part after its day is its own headline as often."""
    name = meta.dated_credit(lines[i].text)
    return _named_around(lines, i, name) if name else None


def _byline_credit(lines: list[Line], i: int) -> str | None:
    """The publication the byline `i` names after its author (`meta.byline_credit`), on a
    date line too (`meta.dated_byline_credit`): an agency's name as it stands, another
    when a line of the page's furniture names it among other words too (`_named_around`),
    as a place in that spot is not."""
    name = meta.byline_credit(lines[i].text) or meta.dated_byline_credit(lines[i].text)
    if name is None or meta.known_agency(name):
        return name
    return _named_around(lines, i, name)


def _named_around(lines: list[Line], i: int, name: str) -> str | None:
    """`name` when a line of the page's furniture other than `i` (no sentence) names it
    among other words."""
    key = meta.site_key(name)
    others = (
        line.text
        for j, line in enumerate(lines)
        if j != i and not line.sentence and meta.site_key(line.text) != key
    )
    return name if any(meta.mentions(text, name) for text in others) else None


def _this_year(lines: list[Line], yearless: list[meta.Dated]) -> str | None:
    """The day of a date line under the headline that writes no year ("Updated Nov 19,
    9:41 AM; Posted Nov 18, 8:19 PM"), the publication's before an update's: a site
    leaves out the year of a day in the year it serves the page in, which its copyright
    notices write (`meta.notice_year`); none when they do not."""
    year = meta.notice_year([line.text for line in lines])
    first = next((d for d in yearless if not d.updated), yearless[0])
    return meta.in_year(first, year) if year is not None else None


def _in_page_order(lines: list[Line], undecided: list[meta.Dated]) -> str | None:
    """The day of a numeric date line under the headline whose day and month could swap
    ("03/04/2024 02:05 PM"), the publication's before an update's, read in the order the
    page's other numeric dates write them (`meta.page_order`); none when they do not tell."""
    order = meta.page_order([line.text for line in lines])
    first = next((d for d in undecided if not d.updated), undecided[0])
    return meta.in_order(first, order) if order is not None else None


def _dateline_agency(lines: list[Line], body: Body) -> str | None:
    """The agency of the dateline opening the article ("PARIS (AFP) - ..."): on the
    body's first paragraph of prose (CLEAN_GOOD_WORDS words or more), a caption or a
    credit over it read past ("Above: The harbour at dawn.")."""
    for line in lines[body.first : body.last + 1]:
        if agency := meta.agency_in(line.text):
            return agency
        if line.words >= CLEAN_GOOD_WORDS:
            return None
    return None


def _own_name(lines: list[Line], site: str | None, notice: str | None) -> str | None:
    """The site's name from its hints or its notice: when they differ, the one the logo's
    line among the first names (its own, where a sister title's or an owner's links and
    address may name another); the hints when it names neither (the notice's holder is
    the owner as often: "© Condé Nast" under WIRED's links); none when it names both."""
    if site is None or notice is None or meta.site_key(site) == meta.site_key(notice):
        return site or notice
    top = [line.text for line in lines[:CLEAN_LOGO_LINES]]
    by_logo = [any(meta.mentions(text, name) for text in top) for name in (site, notice)]
    if all(by_logo):
        return None
    return notice if by_logo[1] else site


def _notice_outlet(lines: list[Line], body: Body | None) -> str | None:
    """The outlet the page's last copyright notice names, when the page names it on a line
    that is no notice (its logo, its links, its staff, its text), or when it is an
    agency's or the site's address ("© 2024 Nordicwire.com"), or a paper's name closing
    the page under the article ("Copyright © 2024, Harbour Tribune", `meta.paper_named`):
    an owner's company is named otherwise. A notice names whoever holds the rights, the
    outlet or a company that owns it under a name of its own ("© 2024 Tidewater"): only
    the outlet's name is printed elsewhere on its page. An earlier notice is a picture's
    credit ("(c) 2024 Reuters" under a photo) as often: when the last one is unconfirmed,
    the page names no outlet by its notices."""
    held = ((i, meta.copyright_holder(lines[i].text)) for i in range(len(lines) - 1, -1, -1))
    i, name = next(((i, name) for i, name in held if name), (-1, None))
    if name is None or meta.known_agency(name) or meta.domain_name(name):
        return name
    others = (line.text for line in lines if not meta.notice(line.text))
    if any(meta.mentions(text, name) for text in others):
        return name
    return name if body is not None and i > body.last and meta.paper_named(name) else None


def _owned_outlet(lines: list[Line], body: Body | None) -> str | None:
    """The site a line of the furniture says a firm owns ("Nordic Wire is part of Baltic
    Media Ltd."), when another line of the page names it too (its byline's staff, its
    links): a sentence of the article saying so of another site is inside the body."""
    around = [
        line.text for i, line in enumerate(lines) if not body or not body.first <= i <= body.last
    ]
    owned = (meta.owned_site(text) for text in reversed(around))
    name = next((name for name in owned if name), None)
    if name is None:
        return None
    others = (line.text for line in lines if meta.owned_site(line.text) is None)
    return name if any(meta.mentions(text, name) for text in others) else None


def _firm_outlet(lines: list[Line], matches: list[Match | None], body: Body) -> str | None:
    """The firm the page's last copyright notice names by its legal suffix alone ("©
    2024 Nordic Wire Ltd.", "© 2024 The Nordic Wire Company"), when a line of furniture
    that is no notice writes that name too (a menu's "Nordic Wire Shop", a photo's credit
    "Jane Roe/Nordic Wire"; never a sentence, which names the firm as a party: "processed
    under the Baltic Ltd. Privacy Policy"): a site's own company carries its name, so
    this names the outlet when nothing else on the page does. An owner of several
    outlets ("Baltic Holdings Inc.") is named in the furniture less often than its
    outlet, which the page's other hints then give first; when two lines hint at another
    site (a partner's link and address, `_tied`), the site is left open. A paper's name
    closing the page under the article ("© 2024 The Harbour Times Company",
    `meta.paper_named`) needs no other line, unless a group holds it ("The Harbour
    Monthly Group" owns more titles than its first)."""
    kept = [
        i
        for i, line in enumerate(lines)
        if matches[i] is not None or not line.sentence or not body.first <= i <= body.last
    ]
    around = [lines[i].text for i in kept]
    firms = ((i, meta.copyright_firm(lines[i].text)) for i in reversed(kept))
    at, name = next(((i, name) for i, name in firms if name), (-1, None))
    if name is None or meta.group_named(lines[at].text):
        return None  # "© 2024 Baltic Holdings": a group's notice names the owner of its titles
    if _another_site(around, name):
        return None
    # a sentence around the article names the firm as a party ("processed in accordance
    # with the Springer Nature Limited Privacy Policy"), not as the page's furniture does
    others = (
        lines[i].text for i in kept if not meta.notice(lines[i].text) and not lines[i].sentence
    )
    if any(meta.mentions(text, name) for text in others):
        return name
    paper = meta.paper_named(name) and not meta.group_named(lines[at].text)
    return name if at > body.last and paper else None


def _own_names(lines: list[Line], body: Body | None, outlet: str | None) -> tuple[str, ...]:
    """The names a page gives itself or its owner around the article: its outlet, the
    holders its copyright notices name, the addresses its furniture writes."""
    around = [
        line.text for i, line in enumerate(lines) if not body or not body.first <= i <= body.last
    ]
    holders = (meta.notice_holder(text) for text in around if meta.notice(text))
    addresses = (address for text in around for address in meta.addresses_in(text))
    return tuple(dict.fromkeys(n for n in (outlet, *holders, *addresses) if n))


def _language(words: list[str]) -> str:
    """The kept text's language; English for a text too short to tell."""
    if len(words) < ARTICLE_LANGUAGE_MIN_WORDS:
        return "English"
    return language_of(words, ARTICLE_OTHER_LANGUAGE_BELOW, ARTICLE_OTHER_LANGUAGE_AHEAD)


def clean(lines: list[str], first_line: int = 1) -> Cleaned:
    """The article's paragraphs, every removed line with its reason, and the metadata the
    text gives. `first_line` is the number of `lines[0]` in the source file."""
    described = describe([unglue(line) for line in lines])  # hover cards' copies mended
    matches = _families(described)
    own, classes = classify(described, matches)
    body = find_body(described, own, classes, matches)
    title = _title(described, matches, body)
    found = _metadata(described, matches, body, title)
    verdict = _verdicts(described, matches, own, classes, body, title, found.author)
    blocks = [
        Block(line=first_line + line.index, text=line.text)
        for i, line in enumerate(described)
        if i not in verdict
    ]
    removed = [
        Removed(line=first_line + described[i].index, text=described[i].text, reason=reason)
        for i, reason in sorted(verdict.items())
    ]
    return Cleaned(
        blocks=blocks,
        removed=removed,
        title=described[title].text if title is not None else None,
        author=meta.not_named_as_a_body(
            meta.people_only(found.author, _own_names(described, body, found.outlet)),
            [line.text for line in described],
        ),
        outlet_hint=found.outlet,
        published=found.published,
        language=_language([w for block in blocks for w in words_of(block.text)]),
    )
