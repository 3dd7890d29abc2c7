"""Metadata written in the text: bylines, date lines, agency and copyright lines.

Each function reads one line and says what it is, or None. None of them uses a pattern
that can backtrack: bylines are read word by word, dates with patterns of plain
alternatives, so a long line costs time in proportion to its length.
"""

from __future__ import annotations

import calendar
import re
from collections import Counter
from dataclasses import dataclass, replace
from datetime import date
from functools import cache

from tld import Result, get_tld

from generator import lexicon
from generator.clean.phrases import family_of
from generator.clean.shape import words_of
from generator.settings import (
    CLEAN_BIO_ROLE_WORDS,
    CLEAN_BODY_THE_MIN,
    CLEAN_BRAND_MAX_LETTERS,
    CLEAN_BRAND_MAX_WORDS,
    CLEAN_BYLINE_MAX_WORDS,
    CLEAN_CENTURY_PIVOT,
    CLEAN_CREDIT_MAX_WORDS,
    CLEAN_DATE_PART_MAX_WORDS,
    CLEAN_FURNISHED_DAY_WORDS,
    CLEAN_INITIALED_MAX_WORDS,
    CLEAN_LABEL_MAX_WORDS,
)
from generator.text.names import common_given_name, everyday_word

__all__ = [
    "Dated",
    "addresses_in",
    "agency_credit",
    "agency_in",
    "agency_joined",
    "author_blurb",
    "bare_name",
    "brand_of",
    "byline",
    "byline_credit",
    "byline_outlet",
    "copyright_firm",
    "copyright_holder",
    "credited_name",
    "credited_site",
    "domain_name",
    "firm_named",
    "furnished_day",
    "dated_byline_credit",
    "dates_in",
    "given_name",
    "handle_of",
    "host_named",
    "in_year",
    "known_agency",
    "labelled_name",
    "listed_names",
    "logo_name",
    "mail_hosts",
    "mentions",
    "name_shaped",
    "names_of",
    "not_named_as_a_body",
    "notice",
    "notice_holder",
    "notice_year",
    "owned_site",
    "people_in",
    "people_only",
    "role_signed",
    "page_handles",
    "post_dated",
    "site_app",
    "site_key",
    "signed_with_handle",
    "site_name",
    "staff_of",
    "tagged_outlet",
]

_KIND = "boilerplate"
# where a byline's names end: "By Ann Lee | May 3", "By Ann Lee - Reuters", "By Ann Lee (AFP)"
# "(Reporting by Ann Lee; Editing by Bo Ek)"
_BYLINE_END = re.compile(r"\s*[|·•–—(\[;]\s*|\s+-\s+|\s{2,}|\t")
# "By" glued to the name's link by innerText: "ByAnn Lee", "ByJ.R. Lee" (not "Byron Lee", "BYU"), or to
# the link's own "by" when a hidden label precedes it ("Byby ANN LEE")
_GLUED_BY = re.compile(r"^[Bb]y(?=[A-Z][a-z]|[A-Z]\.[A-Z])|^Byby\s+(?=[A-Z])")
# the mark of an author's affiliation a copied page glues to the surname: "Ann Lee1"
_AFFILIATION = re.compile(r"(?<=[a-z])\d{1,2}$")
_NAME_SEPARATOR = re.compile(r"\s*,\s*|\s+and\s+|\s*&\s*")
# what joins writers into a list: "Ann Lee, Bo Ek and Eva Ots"; a comma alone may set an
# outlet, a place or a role after the one writer ("Ann Lee, Harbour Herald")
_LISTED = re.compile(r"\s+and\s+|\s*&\s*")
_ROLE_GLUED = re.compile(r"(?<=[a-z])(?=[A-Z][a-z])")
# where a writer's bio follows the byline's name: "By Ann Lee, a deputy editor ..."
_BIO = re.compile(r",\s+an?\s")


@cache
def _words(name: str) -> frozenset[str]:
    return lexicon.words(_KIND, name)


@cache
def _unnamed() -> frozenset[str]:
    """Words of a role, a desk or a label, never of a person's or an outlet's name."""
    return _words("byline_roles") | _words("site_name_not") | _words("section_names")


def _section(name: str) -> bool:
    """A name that is a label's, a role's or one section's ("Weather", "Local News",
    "Metro Staff"), not a site's: two sections' words together make a title ("World
    Science"), as a site's name may be."""
    words = [w.casefold() for w in name.split()]
    sections = sum(w in _words("section_names") for w in words)
    return all(w in _unnamed() for w in words) and sections <= 1


def _name_token(token: str) -> bool:
    """A word of a person's name: "Lee", "O'Neil", "DeCamp", "L.", "J.R.", "ANNA"."""
    if _INITIALS.fullmatch(token):
        return True
    core = token.replace("'", "").replace("’", "").replace("-", "")
    return len(core) >= 2 and core.isalpha() and token[0].isupper()


_OPEN_QUOTES, _CLOSE_QUOTES = '"“', '"”'
# a given name's initials: "L.", "J.R.", "J.O.P."
_INITIALS = re.compile(r"(?:[A-Z]\.){1,3}")


def _nickname_token(token: str, before: str) -> bool:
    """A word of a nickname in quotes after a given name: '"Tania', 'Mae"', '"Faker"'.
    The quote opens on the nickname's first word; its other words follow one that opened
    it and has not closed it."""
    inner = token.lstrip(_OPEN_QUOTES).rstrip(_CLOSE_QUOTES)
    if not inner or not _name_token(inner):
        return False
    if token[0] in _OPEN_QUOTES:
        return True
    return before[0] in _OPEN_QUOTES and before[-1] not in _CLOSE_QUOTES


def _names(part: str) -> str | None:
    """The person's name at the start of a byline part, without a role after it."""
    tokens: list[str] = []
    if part.split() and part.split()[0].casefold() in _words("name_determiners"):
        return None  # "The Harbour Desk": a noun phrase, not a person
    words = part.split()
    for at, raw in enumerate(words):
        if len(tokens) >= 2 and raw.casefold() in _generational():
            tokens.append(raw)  # "Perry Bacon Jr."
            continue
        if at == len(words) - 1 and raw.endswith(".") and _name_token(raw[:-1]):
            raw = raw[:-1]  # the line's full stop after the name: "By Ann Lee."
        if at == len(words) - 1 and tokens:
            raw = _AFFILIATION.sub("", raw)  # "By Ann Lee1, Bo Ek2": their institutes' marks
        pieces = _ROLE_GLUED.split(raw)  # "JamesStaff" -> "James", "Staff"
        if len(pieces) == 2 and _glued_label(pieces[1], bool(tokens)):
            tokens.append(pieces[0])
            break
        if raw.casefold() in _words("byline_roles") and tokens:
            if len(tokens) == 1 or not given_name(" ".join(tokens)):
                # "Tidewatch Staff", "Coastal Times Staff", "Daily Mail Reporter": an
                # outlet's staff or desk; "Ann Lee Staff Writer" keeps its given name
                return None
            while len(tokens) > 2 and tokens[-1].casefold() in _words("section_names"):
                tokens.pop()  # "Ann Lee Education editor": the desk the role is of
            break
        if len(tokens) >= 2 and raw.casefold() in lexicon.words("calendar", "weekdays"):
            break  # "By Ann Lee Tuesday, Aug. 17, 2010": the date line's day follows the name
        if (raw in _words("name_particles") and tokens) or _name_token(raw):
            tokens.append(raw)
        elif tokens and _nickname_token(raw, tokens[-1]):
            tokens.append(raw)  # a nickname in quotes: 'Amanda "Tania Mae" Tan'
        else:
            return None  # "By the end of the year": not a name
    while tokens and tokens[-1] in _words("name_particles"):
        tokens.pop()
    quotes = sum(ch in _OPEN_QUOTES + _CLOSE_QUOTES for t in tokens for ch in t)
    if quotes and (quotes % 2 or tokens[-1][-1] in _CLOSE_QUOTES):
        return None  # a nickname stands inside a name, its quotes closed
    runs = any(len(t) > 2 and _INITIALS.fullmatch(t) for t in tokens)
    if runs and len(tokens) > CLEAN_INITIALED_MAX_WORDS:
        return None  # "U.S. CUSTOMS AND BORDER PROTECTION": a body's initials
    return " ".join(tokens) if 2 <= len(tokens) <= 5 or (tokens and tokens[0].isupper()) else None


def _glued_label(tail: str, named: bool) -> bool:
    """Whether the word a copied page glues to a name's last word is a label's, not part
    of the name: a role ("JamesStaff"), or after a given name a desk's, a section's or a
    button's ("Ann LeeTravel News Reporter", "Ann LeeTwitter"), which no surname ends
    with as a capitalised word of its own ("McDonald", "MacKenzie" end with names)."""
    word = tail.casefold()
    return word in _words("byline_roles") or (named and word in _unnamed() | _button_words())


@cache
def _generational() -> frozenset[str]:
    """What follows a surname to tell a family's generations apart ("Jr.", "III")."""
    return lexicon.words("names", "generational_suffixes")


@cache
def _openers() -> list[tuple[str, tuple[str, ...]]]:
    """What starts a byline, the longest first, with what may follow it: "By" a space or
    a colon; another language's label ("Текст", "Autor") only a colon, since the word
    alone may open a headline in English ("Door Prize Winners")."""
    found: list[tuple[str, tuple[str, ...]]] = [(w, (" ", ":")) for w in _words("byline_openers")]
    found += [(w, (":",)) for w in _words("byline_labels")]
    return sorted(found, key=lambda pair: len(pair[0]), reverse=True)


def names_of(joined: str) -> list[str]:
    """The names a byline's author joins ("Ann Lee, Bo Ek and Eva Ots")."""
    return _NAME_SEPARATOR.split(joined)


def byline(text: str) -> str | None:
    """The author of a byline ("By Ann Lee and Bo Ek, Staff Writers" -> "Ann Lee and Bo Ek")."""
    text = text.lstrip("(")  # an agency's credit in brackets: "(Reporting by Ann Lee)"
    text = _without_bio(text)
    words = text.split()
    if not words or len(words) > CLEAN_BYLINE_MAX_WORDS:
        return None
    lowered = text.casefold()
    rest = _GLUED_BY.sub("", text) if _GLUED_BY.match(text) else None
    for opener, ends in _openers() if rest is None else ():
        if lowered.startswith(opener) and _follows(lowered[len(opener) : len(opener) + 1], ends):
            rest = text[len(opener) :].lstrip(" :")
            break
    if not rest:
        return _signed(text) or _linked_author(text) or _worded(words)
    rest = _BYLINE_END.split(rest, maxsplit=1)[0]
    listed = _LISTED.search(rest) is not None
    names: list[str] = []
    for part in _NAME_SEPARATOR.split(rest):
        if not part:
            continue
        name = _names(part)
        if name is None or (names and " " not in name):
            # a role, an outlet or a place after the names; one word in capitals after a
            # name is an outlet's initials ("By Ann Lee, CNN"), not a second writer
            break
        if names and not listed and not given_name(name):
            break  # "By Ann Lee, Harbour Herald": the outlet after a comma, no second writer
        names.append(name)
    return _joined(names)


def _without_bio(text: str) -> str:
    """A byline without the writer's bio after its name ("By Ann Lee, a deputy editor
    who has covered the courts for a decade."): a writer's role within the bio's first
    words. "By Christmas Eve, a crowd had gathered" goes on with no role."""
    m = _BIO.search(text)
    if m is None:
        return text
    bio = [w.casefold().strip(".,") for w in text[m.end() :].split()[:CLEAN_BIO_ROLE_WORDS]]
    return text[: m.start()] if any(w in _words("author_roles") for w in bio) else text


def _worded(words: list[str]) -> str | None:
    """The writer another language's "by" names without a colon ("Von Ann Lee", "Oleh
    Ann Lee"): the rest of the line a name alone, a common given name first, as no
    headline's words are ("Door Prize Winners")."""
    if len(words) < 3 or words[0].casefold() not in _words("byline_words"):
        return None
    name = bare_name(" ".join(words[1:]))
    return name if name and given_name(name) else None


def _follows(char: str, ends: tuple[str, ...]) -> bool:
    """Whether what follows a byline's opener may: a space of any kind (a web page's
    no-break space, "By\u00a0Ann Lee", as much as a plain one) or a colon."""
    return char in ends or (" " in ends and char.isspace())


def _joined(names: list[str]) -> str | None:
    """Names joined as a byline joins them ("Ann Lee, Bo Ek and Eva Ots"); None for none."""
    if not names:
        return None
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def people_only(authors: str | None, sites: tuple[str, ...] = ()) -> str | None:
    """The people among a byline's names: an agency ("Associated Press", "AFP"), a desk
    or a label ("Staff Reports", "Editorial Board", "Guest Author", "ADMIN", "Metro
    Wire") has a name's shape but is no person. A role's or a section's words opening a
    name are cut ("Chief Ann Lee" -> "Ann Lee"), and a name is none when it is an
    agency's, when a single word is left after such a cut, or when it holds a word no
    person's name holds without starting with a common given name ("Ann Wire" stays).
    `sites` are the names the page gives itself or its owner (its outlet, its notices'
    holders, its addresses): a byline naming one is the site's own ("By Harbour Herald"),
    unless the name starts with a common given name (a blog named after its writer), and
    a byline of the initials of one ("By TPN" on The Portugal News's page)."""
    owned = {site_key(site) for site in sites} | {k for site in sites for k in _initials(site)}
    people = [p for name in names_of(authors or "") if (p := _person(name))]
    return _joined([p for p in people if not _sited(p, owned) or given_name(p)])


def not_named_as_a_body(authors: str | None, texts: list[str]) -> str | None:
    """The names of a byline less those the page writes as a body's, after "the" at least
    `CLEAN_BODY_THE_MIN` times ("by Lesotho Times" over "told the Lesotho Times", "the
    Lesotho Times team"): the outlet signing its own story, never a person's name."""
    if not authors:
        return None
    kept = []
    for name in names_of(authors):
        named = re.compile(rf"\bthe\s+{re.escape(name)}\b")
        if sum(len(named.findall(text)) for text in texts) < CLEAN_BODY_THE_MIN:
            kept.append(name)
    return _joined(kept)


def _initials(site: str) -> set[str]:
    """A site's name written short as its words' first letters, with and without "The"
    ("The Portugal News": "tpn", "pn"): how it signs its own staff's stories. A name of
    one word has none."""
    letters = [w[0].casefold() for w in site.split() if w[0].isalpha()]
    if len(letters) < 2:
        return set()
    return {"".join(letters), "".join(letters[1:]) if site.startswith("The ") else ""} - {""}


def _sited(name: str, owned: set[str]) -> bool:
    """Whether a name is the site's or holds its name as a word: a section's or a desk's
    account ("WSJ Startup", "Nordic Wire Sport"), not a person's."""
    return site_key(name) in owned or any(site_key(word) in owned for word in name.split())


def _person(name: str) -> str | None:
    """A byline's name without the role or section words opening it, if a person's."""
    words = name.split()
    unnamed = _words("byline_roles") | _words("section_names")
    while words and words[0].casefold() in unnamed:
        words = words[1:]
    if not words or known_agency(name) or (len(words) < 2 and len(words) < len(name.split())):
        return None
    person = " ".join(words)
    return None if _not_personal(words) and not given_name(person) else person


def _not_personal(words: list[str]) -> bool:
    """Whether a name holds a word no person's name does ("Board", "Wire", "Newsroom")."""
    return any(w.casefold() in _words("not_people") for w in words)


_WRITES_FOR = re.compile(
    r"\s(?:for|to)\s+(?:the\s+)?([A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,3})\s*$"
)


def byline_outlet(text: str) -> str | None:
    """The publication a byline says its author writes for ("By Ann Lee | Special to
    the Daily Ledger", "By Ann Lee, Staff Writer for Nordic Wire") or is staff of ("By
    Ann Lee, Nordic Wire Staff", "By Ann Lee, NWR Staff"). A staff credit of one word
    that is no set of initials ("Times Staff Writer", "Tribune Staff") names the outlet
    shortened, as its own readers know it: not a name to cite it by."""
    if not byline(text):
        return None
    if m := _WRITES_FOR.search(text):
        return m.group(1).rstrip(".")
    staff = staff_of(text)
    return staff if staff and (len(staff.split()) > 1 or staff.isupper()) else None


# the parts of a byline: "By Ann Lee, Nordic Wire", "By Ann Lee | Nordic Wire"
_BYLINE_PARTS = re.compile(r"\s*[,|·•–—]\s*|\s+-\s+")


def byline_credit(text: str) -> str | None:
    """The publication a byline names after its author ("By Ann Lee, Nordic Wire", "By
    Ann Lee | The Nordic Wire"), or a news agency before the author's role ("By Ann Lee,
    AP Auto Writer" -> "AP"): the site's own name or the source whose story it carries.
    A place the writer files from stands there as well ("By Ann Lee, Helsinki"), so
    another line of the page must name it (clean/lines.py), unless it is an agency's. A
    person's name (a given name first: "By Ann Lee, Bo Ek"), a role or a day is none; a
    date line's parts are read by `dated_credit`."""
    authors = byline(text)
    parts = _BYLINE_PARTS.split(text.strip())
    if not authors or len(parts) < 2 or dates_in(text):
        return None
    return _credited(parts[-1], authors)


def _credited(part: str, authors: str) -> str | None:
    """The publication or agency a byline's part after its author names (`byline_credit`)."""
    words = part.split()
    if words and words[-1].casefold().removesuffix("s") in _words("author_roles"):
        # "AP Marine Writer": the agency, then the writer's beat and role
        agency = next(
            (k for k in range(len(words) - 1, 0, -1) if known_agency(" ".join(words[:k]))), 0
        )
        words = words[:agency] if agency else words
        while words and words[-1].casefold() in _words("byline_roles"):
            words.pop()  # "Nordic Wire Staff Writer": the outlet, then the role
    name = " ".join(words).strip(" .")
    if known_agency(name):
        return _agency_name(name.removeprefix("The ").removeprefix("the "))
    if not words or len(words) > 4 or not name_shaped(name) or given_name(name):
        return None
    if ":" in name:
        return None  # a label's credit of its own ("Bild: Ann Lee/Nordic"), no publication
    if _calendar(name) or name.casefold() in {n.casefold() for n in names_of(authors)}:
        return None
    return name


def dated_byline_credit(text: str) -> str | None:
    """The publication a date line names in the part right after its byline's ("By Ann Lee
    | Nordic Wire | May 3, 2024", "Ann Lee · Nordic Wire · Posted: May 3, 2024"), as a
    byline does after its author (`byline_credit`): a place stands there as well, so
    another line of the page must name it (clean/lines.py)."""
    dates = dates_in(text)
    if not dates or not dates[0].whole or not dates[0].author:
        return None
    parts = _SEGMENTS.split(text.strip())
    for part, after in zip(parts, parts[1:], strict=False):
        if _first_date(part) is None and (byline(part) or _dashed_name(part.split())):
            return _credited(after, dates[0].author) if _first_date(after) is None else None
    return None


def agency_credit(text: str) -> str | None:
    """The news agency a line under the headline credits the story to, as a byline
    would: its name alone, after "By" or before the place it was filed from ("By
    Reuters", "Reuters, Washington", "AFP | Paris"). A sentence naming an agency is
    longer, and a photo's credit has a photographer's name before it. A credit with a
    day is a date line, a teaser's in a list as often ("Reuters, 16 June 2021" over the
    headline): the day's credit is not read."""
    words = text.split()
    if not words or len(words) > CLEAN_CREDIT_MAX_WORDS or dates_in(text):
        return None
    if words[0].casefold() == "by":
        words = words[1:]
    head, *rest = _CREDIT_END.split(" ".join(words), maxsplit=1)
    if rest and "/" in text and bare_name(rest[0]):
        return None  # "REUTERS/Ann Lee": a photo's credit, its photographer after the slash
    return _agency_name(head) if known_agency(head) else None


# where an agency's name ends in a credit: "Reuters, Washington", "AFP | Paris"
_CREDIT_END = re.compile(r"\s*[,|·•–—/]\s*|\s+-\s+")

_TAGLINE = re.compile(r"\s+[|–—-]\s+")


def tagged_outlet(site: str) -> str:
    """A page's tagged site name without the tagline after it ("Nordic Wire | News from
    the North" -> "Nordic Wire") or before it ("News from the North | Nordic Wire"); a
    hyphen inside a name ("Dallas-Fort Worth") stays."""
    parts = _TAGLINE.split(site.strip())
    if len(parts) > 1 and not name_shaped(parts[0]):
        return next((part for part in parts[1:] if name_shaped(part)), parts[0])
    return parts[0]


def two_words_unlabelled(name: str) -> bool:
    """A name of two words none of which is a label's (`no_label_in`): "Ann Lee", the
    byline a page's layout alone sets apart, whatever its given name."""
    return len(name.split()) == 2 and no_label_in(name)


_PLACE_PREPOSITIONS = "|".join(sorted(_words("place_prepositions")))  # "at", "in", ...


def uncommon_two_words(name: str, texts: list[str]) -> bool:
    """A name of two words none of which is a label's or an everyday word of the language
    (`everyday_word`), that no text of the page writes after a preposition of place:
    "Angus Reid", "Thabo Mokone", not "Federal Politics", "Getty Images" nor a venue ("at
    Ewood Park"). A given name in no list ("Angus", "Thabo") leaves such a name right
    over the date line under the headline a byline without "By"."""
    if not two_words_unlabelled(name) or any(map(everyday_word, name.split())):
        return False
    placed = re.compile(rf"\b(?:{_PLACE_PREPOSITIONS})\s+{re.escape(name)}\b", re.I)
    return not any(placed.search(text) for text in texts)


def no_label_in(name: str) -> bool:
    """Whether no word of a name is a label's, a role's or a section's ("Top Stories",
    "Local Desk"): a person's name of two words found by its place alone."""
    return not any(w.casefold() in _unnamed() for w in name.split())


def name_shaped(part: str) -> bool:
    """A part of a tag written as a name: no word starts in lower case, and not every word
    is a label's ("Breaking News", "Home")."""
    words = part.split()
    return bool(words) and not any(w[0].islower() for w in words) and not _section(part)


def people_in(authors: str, sites: tuple[str, ...] = ()) -> str | None:
    """The people among a page's tagged authors ("Ann Lee; Harbour Science Writer", "Reuters",
    "Bo Ek; Nordic Wire Staff", "Ann Lee and Bo Ek", "Ann Lee, Staff Writer"), joined as a
    byline joins them; None when none is a person's name (an agency, a desk, a role, a
    company, a site's name). `sites` are the names the page gives itself and its owner: an
    author tag naming one ("Fjord Holm", "Ann Lee Nordic Wire") names no person, or no more
    than the name before it."""
    agencies = lexicon.table(_KIND, "agencies")
    owned = {site_key(site) for site in sites}
    names = []
    for part in re.split(r"\s*;\s*", authors):
        # each part split as a byline splits its names: "Ann Lee and Bo Ek", "Ann Lee, Bo Ek"
        for piece in names_of(_unlabelled(part.removeprefix("By ").removeprefix("by ").strip())):
            name = _names(_initialled(_without_site(_unstamped(piece), sites)))
            if name is None:
                break  # a role after the names: "Ann Lee, Staff Writer"
            if _calendar(name):
                continue  # "Monday November": a date's element tagged as its author
            words = name.casefold().split()
            roles = any(w in _words("byline_roles") for w in words)  # "Harbour Desk Bureau"
            # "Tidewater Media", "Harbour Group"; a two-letter suffix ("SA", "AS") is a
            # surname as often ("Ana Sa")
            last = words[-1].rstrip(".")
            firm = last in _words("company_words") or (last in _suffixes() and len(last) > 2)
            # a personal site or blog names itself after its writer: "Ann Lee" stays; a
            # board, a wire or a newsroom is no person ("Editorial Board", "Metro Wire")
            unnamed = roles or firm or (site_key(name) in owned and not given_name(name))
            unnamed = unnamed or (_not_personal(words) and not given_name(name))
            if len(words) >= 2 and not unnamed and " ".join(words) not in agencies:
                names.append(name)
    kept: dict[str, str] = {}  # one person tagged twice: "Troy Smith; Troy L Smith"
    for name in names:
        kept.setdefault(_uninitialled(name), name)
    return _joined(list(kept.values()))


def _uninitialled(name: str) -> str:
    """A name without its initials ("Ann B. Lee" -> "Ann Lee"), to tell one person's."""
    return " ".join(w for w in name.split() if not _INITIALS.fullmatch(w))


# a capital alone after a name's word or before another, its full stop cut: "Ann B Lee",
# "A B Lee" (not "I Am Legend", "A Staff Reporter")
_BARE_INITIAL = re.compile(r"(?<=\w\s)[A-Z](?=\s+[A-Z])|^[A-Z](?=\s+[A-Z]\s)")


def _initialled(author: str) -> str:
    """A tagged name with its initials' full stops put back ("Leah C Stokes" -> "Leah C.
    Stokes", "R C Baker" -> "R. C. Baker"): trafilatura's author tag cuts them."""
    return _BARE_INITIAL.sub(r"\g<0>.", author)


@cache
def _stamps() -> frozenset[str]:
    """What a byline element runs into after its name: a date's label or its month."""
    return _publication_labels() | lexicon.words("calendar", "months")


def _unstamped(author: str) -> str:
    """A tagged author without the date's label a byline element runs into ("Ann Lee
    Updated", from "By Ann Lee Updated on May 3, 2024" less its date), or its month ("Ann
    B Lee December", from "... December 28, 2016")."""
    words = author.split()
    while len(words) > 2 and words[-1].casefold() in _stamps():
        words.pop()
    return " ".join(words)


def _unlabelled(author: str) -> str:
    """A tagged author without a byline's label opening it in another language
    ("Текст Венера Ерофеева", "Autor: Ana Sousa"): the label is no word of the name."""
    first, _, rest = author.partition(" ")
    return rest.strip() if first.rstrip(":").casefold() in _words("byline_labels") else author


@cache
def _calendar_words() -> frozenset[str]:
    """Whole names of weekdays and months, in English and the other languages the
    calendar lexicon holds ("Monday", "November", "Montag", "novembre")."""
    english = lexicon.words("calendar", "weekdays") | lexicon.words("calendar", "months")
    return english | lexicon.words("calendar", "weekday_names") | frozenset(_month_names())


def _calendar(name: str) -> bool:
    """Whether a name is only a day's and a month's words ("Monday November"): what a
    page's date element gives when it is tagged as its author; "April Ryan" is a name."""
    return all(w.casefold() in _calendar_words() for w in name.split())


def _without_site(piece: str, sites: tuple[str, ...]) -> str:
    """A tagged author without a site's name of two words or more glued after it ("Ann Lee
    Nordic Wire"), when a name of two words or more is left: a one-word site's name may be
    a surname ("Ann Maria Harlow" on the site "Harlow")."""
    words = piece.split()
    for site in sites:
        size = len(site.split())
        glued = " ".join(words[-size:]).casefold() == site.casefold()
        if size >= 2 and len(words) >= size + 2 and glued:
            return " ".join(words[:-size])
    return piece


# what sets a role after the name of a byline without "By": "Ann Lee, Reporter", "Ann Lee
# | Reporter", "Ann Lee · Staff Writer", "Ann Lee - Staff Writer"
_SIGNED_ROLE = re.compile(r"\s*[,|·•]\s*|\s+[-–—]\s+")


def _signed(text: str) -> str | None:
    """A byline without "By": a name, a comma or another part's mark, and a role ("Ann
    Lee, Senior Science Writer", "Ann Lee | Reporter", "Ann Lee - Staff Writer")."""
    parts = _SIGNED_ROLE.split(text, maxsplit=1)
    name, role = parts if len(parts) == 2 else (text, "")
    roles = [w.casefold() for w in role.split()]
    agencies = lexicon.table(_KIND, "agencies")
    if not roles or roles[-1] not in _words("byline_roles"):
        return None
    if not all(w in _words("byline_roles") or w in agencies for w in roles):
        return None
    return _names(name)


def _linked_author(text: str) -> str | None:
    """The author over a link to their other articles ("Ann Lee View More Articles"),
    the name glued to the link's words as a browser copies them ("Ann LeeView More
    Articles"): two or three words written as a name's, starting with a given name (a
    section's link, "Auto News View More Articles", has none)."""
    lowered = text.casefold()
    link = next((w for w in _author_links() if lowered.endswith(w)), None)
    if link is None:
        return None
    name = text[: len(text) - len(link)]
    glued = name[-1:].islower() and text[len(name)].isupper()
    words = name.split()
    # a word glued inside the name is another link's ("Ann LeeRead More Articles"), or a
    # name written so ("McDonald"): unsure either way
    if not (name.endswith(" ") or glued) or not 2 <= len(words) <= 3 or _ROLE_GLUED.search(name):
        return None
    found = _names(name.strip())
    return found if found == name.strip() and given_name(found) else None


@cache
def _author_links() -> list[str]:
    """The links to an author's articles, the longest first: "view more articles" is
    read before the "more articles" it ends with."""
    return sorted(_words("author_links"), key=len, reverse=True)


def handle_of(name_line: str, handle_line: str) -> str | None:
    """The author, when a line naming a person is followed by that person's own social
    handle ("Ann Lee" over "@AnnLee", "@annlee_" or "@alee", the given name's initial
    and the rest): a byline without "By"."""
    handle = handle_line.strip()
    if not handle.startswith("@") or " " in handle:
        return None
    name = _names(name_line.strip())
    if name is None or len(name.split()) < 2:
        return None
    given, *others = ("".join(c for c in w if c.isalpha()).casefold() for w in name.split())
    handled = "".join(c for c in handle if c.isalpha()).casefold()
    return name if handled in {given + "".join(others), given[:1] + "".join(others)} else None


def role_signed(name_line: str, role_line: str) -> str | None:
    """The author, when a line that is a person's name alone ("Ann Lee") is followed by a
    line that is only a writer's role, the outlet or the beat before it ("Staff Writer",
    "Nordic Wire Reporter", "Harbour Times business reporter"): a byline without "By",
    set on two lines. A caption's or a list's name is followed by other words."""
    if not _role_shaped(role_line) or role_named(role_line):
        return None  # "Ann Lee Staff Writer" under "Email This": the name is the role's line
    if any(word.casefold() in _button_words() for word in name_line.split()):
        return None  # "Email Bio Follow" over "Opinion writer": the byline's buttons
    return bare_name(name_line.strip())


@cache
def _button_words() -> frozenset[str]:
    """The one-word labels of share buttons ("Email", "Follow"), never a name's words."""
    labels = lexicon.table("boilerplate", "families")["share buttons"]["lines"]
    return frozenset(label for label in labels if " " not in label)


def _role_shaped(text: str) -> bool:
    """A short line of words ending with a writer's role ("Staff Writer")."""
    role = text.strip().split()
    if not role or len(role) > CLEAN_DATE_PART_MAX_WORDS or not all(w.isalpha() for w in role):
        return False
    return role[-1].casefold().removesuffix("s") in _words("author_roles")


def role_named(text: str) -> str | None:
    """The author of a line that is a person's name and their role after it, with no
    "By" ("Ann Lee Senior Washington Correspondent"): a common given name first, as a
    place's desk is not ("Harbour City Correspondent"); an everyday word closing the
    name is the desk's ("Parliamentary" of "Ann Lee Parliamentary editor")."""
    if not _role_shaped(text):
        return None
    name = _names(text.strip())
    if not name or name == text.strip():
        return None
    words = name.split()
    while len(words) > 2 and everyday_word(words[-1]):
        words.pop()  # the desk's word before the role: "Ann Lee Parliamentary editor"
    return " ".join(words) if given_name(name) else None


def labelled_name(label_line: str, name_line: str) -> str | None:
    """The author, when a line that is only a byline's opener or label ("By", "Author",
    "Written by:") is followed by a line that is a person's name alone ("Ann Lee"), or
    the name and a byline's tail after a separator ("Ann Lee | alee@nordicwire.com"): the
    label says whose name it is, as "By Ann Lee" on one line would."""
    label = label_line.strip().rstrip(":").strip().casefold()
    if label not in _words("byline_openers") and label not in _words("byline_labels"):
        return None
    name = name_line.strip()
    if (bare := bare_name(name)) or label not in _words("byline_openers"):
        return bare
    found = byline(f"{label} {name}")
    return found if found and _BYLINE_END.search(name) else None


_FOLLOW = re.compile(r"^\W*follow\s+(.+?)\s+on\s+(\w+)\b", re.IGNORECASE)


def followed(text: str) -> str | None:
    """The writer a sign-off asks the reader to follow on a social network ("Follow Ann
    Lee on Twitter @annlee"): a byline at the article's foot, not a person in the news. A
    given name tells a writer from a site ("Follow Nordic Wire on Twitter")."""
    found = _FOLLOW.match(text)
    if found is None or found[2].casefold() not in _words("platform_sites"):
        return None
    name = _names(found[1])
    return name if name and given_name(name) else None


def page_handles(texts: list[str]) -> set[str]:
    """The social handles a page writes on lines without a date, folded: a writer's bio
    gives theirs ("Ann Lee (@annlee) is a contributor"); an embedded post signs with its
    author's handle and its day ("— Bo Ek (@boek) May 3, 2024"), and that person is the
    story's subject, not its writer."""
    found: set[str] = set()
    for text in texts:
        if "@" in text and not dates_in(text):
            found.update(h.casefold() for h in _HANDLE.findall(text))
    return found


_GLUED_HANDLE = re.compile(r"(?<=[a-z])@(?=\w)")


def signed_with_handle(text: str) -> str | None:
    """The author of a line that names them and then gives their own handle ("Ann Lee
    @annlee, 40 minutes ago"), or glued to it as a copied page joins two links ("Ann
    Lee@annlee"; an e-mail's "alee@site.com" names no one before it)."""
    name, at, rest = _GLUED_HANDLE.sub(" @", text, count=1).partition(" @")
    name = name.rstrip(" ,")  # "Ann Lee, @annlee"
    return handle_of(name, "@" + rest.split()[0]) if at and rest.strip() else None


# -- dates ----------------------------------------------------------------------------------


@cache
def _month_names() -> dict[str, int]:
    """Other languages' month names, whole ("outubro", "сентября"), to their numbers."""
    table = lexicon.table("calendar", "month_names")
    return {name: int(number) for number, names in table.items() for name in names}


@cache
def _month_words() -> dict[str, int]:
    """Other languages' month names, whole or short ("dic", "окт"), to their numbers: a
    date line writes either."""
    table = lexicon.table("calendar", "month_short_names")
    short = {name: int(number) for number, names in table.items() for name in names}
    return {**short, **_month_names()}


_ENGLISH_MONTH = (
    "(?:" + "|".join(sorted(lexicon.words("calendar", "month_abbreviations"))) + ")[a-z]*"
)
# an English month by how it starts ("Sept.", "November")
_MONTH = rf"({_ENGLISH_MONTH})\.?"
# or another language's, whole ("outubro"), read only with a day and a year: alone, such a
# word may be a name or a word of the text ("Nisan", "mei"); read before the English
# prefixes, which one may start with ("marraskuuta", November)
_ANY_MONTH = (
    r"((?:"
    + "|".join(sorted(_month_words(), key=len, reverse=True))
    + rf")(?!\w)|{_ENGLISH_MONTH})\.?"
)
_DAY = r"(\d{1,2})(?:st|nd|rd|th)?"
_JOIN = r"(?:(?:" + "|".join(sorted(lexicon.words("calendar", "date_joins"))) + r")\s+)?"
# a relative time: "2 hours ago", "5m ago", "an hour ago"
_AGO = re.compile(
    r"\b(?:\d+|an?|one)\s?(?:"
    + "|".join(sorted(_words("time_units"), key=len, reverse=True))
    + r")\s+ago\b",
    re.I,
)
# An English month and a day ("May 3"): in every "mdy" date ("May 3, 2024") too.
_MONTH_DAY = re.compile(rf"\b{_MONTH}\s+{_DAY}\b", re.I)
# What each date written in figures needs, a far cheaper search (it starts at a digit):
# a separator and a figure after a figure ("2019-11", "19.11", "11/ 9"), "-" after a day
# ("01-Nov", "1st-Nov"), or a year's sign ("2019年"). 71% of the parts of lines searched
# for a date (600 BBC articles) have none, and 7 of the 14 patterns were tried on each.
_FIGURES = re.compile(r"\d(?:(?:st|nd|rd|th)?-|[/.]\s?\d|\s?[年년])", re.I)
# the kind of each date pattern, the pattern, and a cheaper one found wherever it is
# (the pattern is not tried where that one is not), or None
_DATES: list[tuple[str, re.Pattern[str], re.Pattern[str] | None]] = [
    # "3 May 2024", "22 de outubro de 2010"
    ("dmy", re.compile(rf"\b{_DAY}\.?\s+{_JOIN}{_ANY_MONTH},?\s+{_JOIN}(\d{{4}})\b", re.I), None),
    ("mdy", re.compile(rf"\b{_MONTH}\s+{_DAY},?\s+(\d{{4}})\b", re.I), _MONTH_DAY),
    # "2019-11-19", and a timestamp's day: "2020-03-03T07:15:02Z"
    (
        "iso",
        re.compile(r"\b(\d{4})-(\d{2})-(\d{2})(?:T\d\d:\d\d[\d:.]*(?:Z|[+-]\d\d:?\d\d)?)?\b"),
        _FIGURES,
    ),
    # "2023/11/01", year first as in the ISO order; not a part of a link's path
    ("ymd", re.compile(r"(?<![\w/])(\d{4})/(\d{1,2})/(\d{1,2})(?![\w/])"), _FIGURES),
    # "01-Nov-2023"
    ("dmy", re.compile(rf"(?<![\w-]){_DAY}-{_MONTH}-(\d{{4}})(?![\w-])", re.I), _FIGURES),
    # "2019年11月19日", "2019년 11월 19일": the year's, month's and day's signs name each
    ("ymd", re.compile(r"(\d{4})\s?[年년]\s?(\d{1,2})\s?[月월]\s?(\d{1,2})\s?[日일]"), _FIGURES),
    # "19.11.2019", and "19. 11. 2019" as Czech and Slovak space it
    ("dotted", re.compile(r"\b(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})(?!\d)"), _FIGURES),
    # "2019. november 19.": the year first, as Hungarian writes it
    (
        "year first",
        re.compile(rf"\b(\d{{4}})\.?\s+{_ANY_MONTH}\s+{_DAY}\b", re.I),
        re.compile(r"\d{4}\.?\s"),
    ),
    # "11/19/2019", and "11/ 9/2019" as a padded number prints it
    ("slashed", re.compile(r"\b(\d{1,2})/ ?(\d{1,2})/(\d{4})(?!\d)"), _FIGURES),
    # "19-11-2019", "11-19-2019": read as a slashed date, only when day and month cannot swap
    ("dashed", re.compile(r"(?<![\w-])(\d{1,2})-(\d{1,2})-(\d{4})(?![\w-])"), _FIGURES),
    # "03/17/20 08:41 PM", "08-13-10", "10/ 5/11": a two-digit year, read only when day and
    # month cannot swap (or a time zone says the order, `_zone_order`)
    ("short", re.compile(r"(?<![\w/-])(\d{1,2})([/-]) ?(\d{1,2})\2(\d{2})(?![\w/-])"), _FIGURES),
    ("dm", re.compile(rf"\b{_DAY}\.?\s+{_MONTH}(?!\w)", re.I), None),
    ("md", _MONTH_DAY, None),
    ("ago", _AGO, re.compile("ago", re.I)),
]
# what each of `_DATES` needs: a digit, or a relative time's "ago" (56% of the 6,704
# lines of 304 BBC and 300 generated articles have neither: no date searched in them)
_DATE_SIGN = re.compile(r"\d|ago", re.I)
# a numeric date of four-digit year whose day and month may swap: "03/04/2024", "03-04-2024"
_NUMERIC = re.compile(r"(?<![\w/-])(\d{1,2})([/-])(\d{1,2})\2(\d{4})(?![\w/-])")
# another language's weekday, whole: "sexta-feira", "Montag"
_WEEKDAY_NAMES = re.compile(
    r"\b(?:"
    + "|".join(sorted(lexicon.words("calendar", "weekday_names"), key=len, reverse=True))
    + r")\b",
    re.I,
)
_CLOCK = re.compile(r"\b\d{1,2}[:.]\d{2}(?::\d{2})?\b|\b\d{1,2}\s?(?:am|pm|a\.m\.|p\.m\.)")
_BY_TAIL = re.compile(r"\s(?:by|By|BY)\s")
# innerText glues a year to the time after it: "Nov 20 20194:29 AM"
_YEAR_GLUED = re.compile(r"\b((?:19|20)\d\d)(?=\d{1,2}:\d\d)")
# a month's name as a date element writes it, capitalised: "Dec", "October"
_CAPITAL_MONTH = (
    "(?:"
    + "|".join(sorted(m.capitalize() for m in lexicon.words("calendar", "month_abbreviations")))
    + r")[a-z]*\.?"
)
_WRITTEN_DAY = rf"(?:\d{{1,2}}\s+{_CAPITAL_MONTH}|{_CAPITAL_MONTH}\s+\d{{1,2}},?)\s+(?:19|20)\d\d"
# and a date element to the word before it, and a count after it to its year: "By Ann
# Lee22 Dec 2016651" (a byline, the day, the comments), "Nordic WireOctober 13, 2016",
# "By Ann Lee2014-01-26 21:32:46 UTC"
_DAY_GLUED = re.compile(rf"(?<=[a-z])(?={_WRITTEN_DAY}|(?:19|20)\d\d-\d\d-\d\d\b)")
# and a date in capitals, or in figures, to a section's label in capitals: "BUSINESSNOV 7,
# 2023 2:00 AM", "BUSINESS01.11.2023 06:06 PM"
_UPPER_MONTH = (
    "(?:" + "|".join(sorted(lexicon.words("calendar", "month_abbreviations"))).upper() + ")"
)
_CAPITALS_GLUED = re.compile(
    rf"(?<=[A-Z]{{2}})(?={_UPPER_MONTH}[A-Z]*\.?\s+\d{{1,2}},?\s+(?:19|20)\d\d"
    r"|\d{1,2}([./])\d{1,2}\1(?:19|20)\d\d\b)"
)
_COUNT_GLUED = re.compile(rf"({_WRITTEN_DAY})(?=\d)")
# and the next element's text to the year that ends a date element: "21:17 18.11.2019Get
# short URL", "Published 3 May 2024Updated 4 May 2024"
_LABEL_GLUED = re.compile(r"(?<=\b(?:19|20)\d\d)(?=[A-Z][a-z])")
# a year's figures, glued or not ("20194:29 AM"), which each glue above needs
_YEAR_FIGURES = re.compile(r"(?:19|20)\d\d")
# the parts of a line: "By Ann Lee | May 3, 2024 | 4 min read"
_SEGMENTS = re.compile(r"\s*[;|·•]\s*")
# a post's category after its date: "Posted on May 3, 2024 in World News"
_FILED_IN = re.compile(r"\s+in\s+(\S.*)$")
# "4 min read", "3 minute listen": a page's estimate of an article's length
_READING_TIME = re.compile(
    r"\d+\s?(?:" + "|".join(sorted(_words("time_units"), key=len, reverse=True)) + r")\s+\w+",
    re.I,
)
# a social handle innerText glues to the byline's name: "By Ann Lee@annlee Nov 3, 2019"
_HANDLE = re.compile(r"@\w+")


@dataclass(frozen=True, slots=True)
class Dated:
    """A date found in a line."""

    iso: str | None  # None when the line gives no year
    written: str  # the date as written
    updated: bool  # the line says this is when the page was updated, not published
    whole: bool  # the line is a date line (a label, a date, a time), not a sentence
    author: str | None  # "... 7:45 am by Ann Lee": the byline in the date line


# "jan" -> 1 ... "dec" -> 12, from the C locale's English abbreviations
_MONTH_NUMBERS = {calendar.month_abbr[n].casefold(): n for n in range(1, 13)}


def _month(text: str) -> int:
    name = text.casefold().rstrip(".")
    return _month_words().get(name) or _MONTH_NUMBERS[name[:3]]


def _iso(kind: str, m: re.Match[str]) -> str | None:
    g = m.groups()
    try:
        if kind == "dmy":
            day, month, year = int(g[0]), _month(g[1]), int(g[2])
        elif kind == "mdy":
            month, day, year = _month(g[0]), int(g[1]), int(g[2])
        elif kind == "year first":
            year, month, day = int(g[0]), _month(g[1]), int(g[2])
        elif kind in ("iso", "ymd"):
            year, month, day = int(g[0]), int(g[1]), int(g[2])
        elif kind in ("dotted", "slashed", "dashed", "short"):
            a, b, year = (int(g[0]), int(g[2]), int(g[3])) if kind == "short" else map(int, g)
            if kind == "short":
                year += 2000 if year < CLEAN_CENTURY_PIVOT else 1900
            if a > 12 >= b:
                day, month = a, b
            elif b > 12 >= a:
                month, day = a, b  # "11.14.2019", "11/19/2019": US order
            elif kind == "dotted":
                day, month = a, b  # "3.4.2024": dots are day first wherever they are used
            else:
                return None  # 03/04/2024: April or March, the line does not say
        else:
            return None
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def _zone_order(kind: str, m: re.Match[str], tail: str) -> str | None:
    """The ISO day of a numeric date whose day and month could swap ("10/9/10 7:15 AM
    EDT"), read month first when the time after it is in a North American zone, whose
    sites write dates so, and day first in another continent's ("06/01/2026 13:55
    GMT+1"); None otherwise."""
    if kind not in ("slashed", "dashed", "short"):
        return None
    zones = set(words_of(tail.casefold()))
    day_first = bool(zones & lexicon.words("calendar", "day_first_zones"))
    if not day_first and not zones & lexicon.words("calendar", "month_first_zones"):
        return None
    g = m.groups()
    month, day, year = (int(g[0]), int(g[2]), int(g[3])) if kind == "short" else map(int, g)
    if day_first:
        month, day = day, month
    if kind == "short":
        year += 2000 if year < CLEAN_CENTURY_PIVOT else 1900
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def page_order(texts: list[str]) -> str | None:
    """The order a page writes its numeric dates in, "dm" (day first) or "md" (month
    first), when the ones whose day and month cannot swap ("19/11/2019", "11-19-2019")
    all say it: a site writes its dates one way. None when none can tell, or they
    disagree."""
    orders: set[str] = set()
    for text in texts:
        if "/" in text or "-" in text:
            for m in _NUMERIC.finditer(text):
                a, b = int(m[1]), int(m[3])
                orders.update(["dm"] if a > 12 >= b else ["md"] if b > 12 >= a else [])
    return orders.pop() if len(orders) == 1 else None


def in_order(dated: Dated, order: str) -> str | None:
    """The ISO day of a numeric date whose day and month could swap ("03/04/2024"),
    read in the page's order (`page_order`); None for a date of another kind."""
    m = _NUMERIC.fullmatch(dated.written)
    if m is None:
        return None
    a, b, year = int(m[1]), int(m[3]), int(m[4])
    day, month = (a, b) if order == "dm" else (b, a)
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def in_year(dated: Dated, year: int) -> str | None:
    """The ISO day of a date written without its year ("Nov 19", "19 November") in
    `year`; None for a date of another kind (a relative time, "03/04/2024")."""
    for kind, pattern, _ in _DATES:
        m = pattern.fullmatch(dated.written) if kind in ("dm", "md") else None
        if m is not None:
            day, month = (m[1], m[2]) if kind == "dm" else (m[2], m[1])
            try:
                return date(year, _month(month), int(day)).isoformat()
            except ValueError:
                return None
    return None


def _first_date(segment: str) -> tuple[str, re.Match[str]] | None:
    """The kind and match of the first of `_DATES` found in a part of a line."""
    signs: dict[re.Pattern[str], bool] = {}  # each cheaper pattern searched once
    for kind, pattern, sign in _DATES:
        if sign is not None:
            if sign not in signs:
                signs[sign] = sign.search(segment) is not None
            if not signs[sign]:
                continue
        if (m := pattern.search(segment)) is not None:
            return kind, m
    return None


def _dated(segment: str) -> tuple[Dated | None, int, int]:
    """The first date in a part of a line, how many of the part's words are neither the
    date nor a label, a clock word, a weekday or its byline, and how many its byline's
    are ("By Ann Lee and Bo Ek, Staff Writers Published May 3, 2024": 8)."""
    if (first := _first_date(segment)) is not None:
        kind, m = first
        head, tail = segment[: m.start()], segment[m.end() :]
        zoned = _zone_order(kind, m, tail)
        labels = set(words_of(head.casefold()))
        author = _head_byline(head)
        signed = len(words_of(head)) if author else 0
        head = "" if author else head
        if author and _capitalised(_CLOCK.sub(" ", tail)):
            tail = ""  # "By Ann Lee May 3, 2024 3:46 PM Nordic Wire": a credit after the day
        if author is None and (by := _BY_TAIL.search(tail)):
            author = byline(tail[by.start() :].strip())
            signed = len(words_of(tail[by.start() :])) if author else 0
            tail = tail[: by.start()] if author else tail
        filed = _FILED_IN.search(tail)
        if filed and (author or labels & _publication_labels()) and _capitalised(filed[1]):
            tail = tail[: filed.start()]  # "Posted on May 3, 2024 in World News": its category
        updated = bool(labels & _words("update_labels")) and "published" not in labels
        dated = Dated(_iso(kind, m) or zoned, m.group(0), updated, False, author)
        return dated, _unlabelled_words(f"{head} {tail}"), signed
    # a part without a date: its words but a label's and a time's ("Updated 2:05 p.m.")
    return None, _unlabelled_words(segment), 0


def _unlabelled_words(text: str) -> int:
    """How many of a date line's words are neither a label, a clock word nor a weekday."""
    rest = _AGO.sub(" ", _CLOCK.sub(" ", _WEEKDAY_NAMES.sub(" ", text))).casefold()
    return sum(w not in _date_words() and w[:3] not in _weekdays() for w in words_of(rest))


def _head_byline(head: str) -> str | None:
    """The byline a date line starts with ("By Ann Lee, Updated Nov 3, 2019", "By Ann
    Lee@annlee Nov 3, 2019", "By Ann Lee - Staff Writer 2019-11-03T10:00Z", "Ann Lee 2
    hours ago"): the labels, weekday and punctuation between it and the date set aside, a
    glued handle dropped."""
    handles = _HANDLE.findall(head)
    words = _HANDLE.sub(" ", head).split()
    # "By Ann Lee Published in Metro May 3, 2024": the date's label and its section follow
    label = (i for i, w in enumerate(words[2:], 2) if w.casefold() in _publication_labels())
    cut = next(label, None)
    labelled = cut is not None
    words = words[:cut]
    while words and (
        words[-1].strip(",:").casefold() in _date_words()
        or words[-1].strip(",.").casefold()[:3] in _weekdays()
        or not any(c.isalnum() for c in words[-1])
        or _CLOCK.fullmatch(words[-1].strip(","))
    ):
        labelled = labelled or words[-1].strip(",:").casefold() in _words("date_labels")
        words.pop()
    if not words:
        return None
    text = " ".join(words).rstrip(",:")
    # "Posted by Ann Lee in Politics on May 3, 2024": the post's category after its name
    filed = byline(text.split(" in ", 1)[0]) if " in " in text else None
    handled = _handled_name(text, handles) if len(handles) == 1 else None
    credited = credited_name(text) if labelled else None
    return byline(text) or filed or handled or credited or _dashed_name(words)


def _handled_name(text: str, handles: list[str]) -> str | None:
    """A person's name before their own handle and the date ("Ann Lee (@annlee) May 3,
    2024"), starting with a given name. An embedded post signs so after a dash ("— Bo Ek
    (@boek) May 3, 2024"), and that person is the story's subject: the dash is no word
    of a name, so such a line names no author."""
    name = handle_of(text, handles[0])
    return name if name and given_name(name) else None


def credited_name(text: str) -> str | None:
    """A person's name, a comma and the outlet they write for ("Ann Lee, The Nordic
    Wire", "ANN LEE, NORDIC WIRE"): two or three words starting with a given name, then a
    name of up to four words written as a name's (a place in that spot is as well). Only
    where the line is a byline's place: before a date line's label ("Ann Lee, The Nordic
    Wire Published 10:05 a.m. ET May 3, 2024"), or on a line of its own right over the
    date line under the headline; elsewhere it may be a sentence naming someone."""
    name, comma, rest = text.partition(",")
    words = name.split()
    if not comma or not 2 <= len(words) <= 3 or not given_name(name):
        return None
    if not 1 <= len(rest.split()) <= 4 or not name_shaped(rest.strip()):
        return None
    found = _names(name)
    return found if found == name.strip() else None


def _dashed_name(words: list[str]) -> str | None:
    """A person's name before the date, without "By" ("Ann Lee May 3, 2024", "Ann Lee -
    May 3, 2024"), or in a part of the date line of its own ("Ann Lee | May 3, 2024"): two or
    three words written as a name's and starting with a given name, or several such joined
    ("Ann Lee and Bo Ek - May 3, 2024"). A place, a topic or the outlet before a dash
    ("North Bay - May 3", "Tech News - May 3", "Harbour Herald - May 3") is not a name:
    only the given name tells a person."""
    found = []
    for part in names_of(" ".join(words)):  # "Ann Lee and Bo Ek - May 3, 2024": each a name
        if not (name := _dashed_one(part.split())):
            return None  # a line of prose: its first part that is no name ends the reading
        found.append(name)
    return _joined(found)


def listed_names(text: str) -> str | None:
    """A line that is only several people's names joined ("Ann Lee and Bo Ek", "Ann Lee,
    Bo Ek and Eva Ots"), each starting with a common given name: a byline without "By"
    where a date line stands next to it. One name alone is a caption's or a list's as
    often."""
    if len(names_of(text)) < 2:
        return None
    found = _dashed_name(text.split())
    return found if found and len(words_of(found)) == len(words_of(text)) else None


def agency_joined(text: str) -> str | None:
    """The writer of a line that is a person's name joined with a news agency's ("Ann Lee
    and AP", "Ann Lee, Reuters"), a common given name first: a byline without "By" that
    credits the wire beside the writer, where a date line stands next to it."""
    parts = names_of(text.strip())
    if len(parts) != 2 or not known_agency(parts[1]):
        return None
    name = bare_name(parts[0])
    return name if name and given_name(name) else None


def _dashed_one(words: list[str]) -> str | None:
    """One name of `_dashed_name`'s."""
    unnamed = _unnamed() | _date_words()
    if not 2 <= len(words) <= 3 or any(w.isupper() or w.casefold() in unnamed for w in words):
        return None
    return _names(" ".join(words)) if given_name(words[0]) else None


# the parts of a date line, slashes too: "May 3, 2024 / 10:07 AM / Nordic Wire", "/ Ann Lee /
# May 3, 2024", and a slash a page sets between a byline's link and the date with no
# space ("By Ann Lee/May 3, 2024 9:49 am EST/Updated: May 4, 2024"); not a numeric date's
# ("03/05/2024") nor words joined ("and/or")
_DATED_PARTS = re.compile(r"(?:^|\s+)/\s+|(?<=[A-Za-z.])/(?=[A-Z][a-z])|" + _SEGMENTS.pattern)


def dated_credit(text: str) -> str | None:
    """The source a date line credits in a part of its own after the date ("Updated on:
    May 3, 2024 / 10:07 AM / Nordic Wire"): a name of two words or more, not a person's
    (a given name first), a section's or a label's. A place may stand there as well
    ("May 3, 2024 / New York"), so another line of the page must name it too."""
    dates = dates_in(text)
    if not dates or not dates[0].iso or not dates[0].whole:
        return None
    parts = _DATED_PARTS.split(text)
    last = parts[-1].strip(" .")
    if len(parts) < 2 or dates_in(last) or _CLOCK.search(last) or len(last.split()) < 2:
        return None
    named = name_shaped(last) and _NAME_START.fullmatch(last) and not given_name(last)
    return last if named and byline(last) is None else None


def post_dated(text: str) -> tuple[Dated, str | None] | None:
    """The date of a blog post's line ("Ann Lee 23/05/2024 2 comments News, Harbour") and
    the person it names before the date: one full date, not an update, with nothing before
    it but a time, a weekday or a label, or a person's name (two or three words written as
    a name's, a given name first). Other words before the date make a headline or a
    standfirst telling of that day ("Trial set for 12 June 2025"). After the date a name
    runs into the categories ("23/05/2024 Ann Lee Harbour, Coast"), so one is read there
    only when a label's or a section's word ends it (`_categorised`)."""
    dates = [d for d in dates_in(text) if d.iso]
    if len(dates) != 1 or dates[0].updated or dates[0].written not in text:
        return None
    head = _CLOCK.sub(" ", text[: text.find(dates[0].written)]).split()
    words = [
        w
        for w in head
        if any(c.isalnum() for c in w)
        and w.strip(",:").casefold() not in _date_words()
        and w.strip(",.").casefold()[:3] not in _weekdays()
    ]
    name = _dashed_name(words) if words else None
    if not words:
        return dates[0], _categorised(text[text.find(dates[0].written) + len(dates[0].written) :])
    return (dates[0], name) if name else None


def source_line(text: str) -> tuple[str, Dated, str] | None:
    """The source, day and writer a syndicated story's line under its headline gives
    ("Nordic Wire 9/21/2016 Ann Lee", as a portal reprints another outlet's story): a
    name that is no person's before one date, and a person's name alone after it, a
    common given name first. Any other words make it a standfirst or a teaser."""
    dates = dates_in(text)
    if len(dates) != 1 or dates[0].updated or dates[0].written not in text:
        return None
    at = text.find(dates[0].written)
    source, writer = text[:at].strip(), text[at + len(dates[0].written) :].strip()
    name = bare_name(writer)
    if not (name and given_name(name)) or not _NAME_START.fullmatch(source):
        return None  # at most four words written as a name's before the date
    return None if not name_shaped(source) or given_name(source) else (source, dates[0], name)


def _categorised(tail: str) -> str | None:
    """The name after a post's date, before its categories ("Ann Lee All, Books, News"):
    two or three words written as a name's, starting with a given name, that the first
    category's word ends, when that word is a label's or a section's ("All", "News"). A
    category of other words ("Ann Lee Harbour, Coast") runs into the name unseen."""
    words = _CLOCK.sub(" ", tail).replace(",", " , ").split()
    for size in (2, 3):
        after = words[size] if len(words) > size else ""
        if after.casefold() in _unnamed() and not any(w == "," for w in words[:size]):
            name = " ".join(words[:size])
            return name if _names(name) == name and given_name(name) else None
    return None


def bare_name(text: str) -> str | None:
    """A line written as a person's name and nothing else ("Ann Lee", "Ann de Lee"): a
    place's or a topic's has that shape too, so another line must say it is a person."""
    name = _names(text)
    # given name, surname and one between: a longer run of capitals is a title's
    return name if name == text and len(name.split()) <= 3 else None


def given_name(name: str) -> bool:
    """Whether a name starts with a common given name ("Ann Lee"): a sign of a person
    where only the name's shape is seen, which a place, a topic or an outlet also has."""
    return bool(name.split()) and common_given_name(name.split()[0])


def dates_in(text: str) -> list[Dated]:
    """The dates in a line, one per part ("Updated 3 May; Posted 2 May"), each marked
    `whole` when the line is nothing but a date line (labels, dates, times, a byline, as
    a part of its own too: "By Ann Lee | May 3, 2024 | Topic: Health", "Ann Lee | May 3,
    2024", "/ Ann Lee / 10:08 am May 3, 2024")."""
    found: list[Dated] = []
    signed = None
    left = signed_words = 0
    loose = labelled = False  # a part of other words; a publication's label
    if _DATE_SIGN.search(text) is None:  # most lines: none of `_DATES` can match
        return found
    text = _unglued(text)
    segments = _DATED_PARTS.split(text)
    if not any(map(_first_date, segments)):  # the words of a line with no date: not read
        return found
    for segment in segments:
        dated, rest, signing = _dated(segment)
        if dated is None and rest and (name := byline(segment) or _dashed_name(segment.split())):
            signed, signed_words = signed or name, signed_words + rest
            continue
        left, signed_words = left + rest, signed_words + signing
        if dated is not None:
            found.append(dated)
            labelled = labelled or bool(set(words_of(segment.casefold())) & _publication_labels())
        labelled = labelled or _address_part(segment)
        loose = loose or (
            rest > 2 if dated is not None else bool(rest) and not _label_part(segment)
        )
    if signed is None and any(map(_address_part, segments)):
        # "Ann Lee / NORDICWIRE.COM / May 3, 2024": the site's credit marks the line the
        # article's, so a name of two words with no everyday word signs it
        named = [n for n in map(bare_name, segments) if n and uncommon_two_words(n, [])]
        signed = named[0] if len(named) == 1 else None
    whole = left <= 2 and len(words_of(text)) - signed_words <= CLEAN_LABEL_MAX_WORDS
    # parts of a date line's furniture ("Ann Lee · Harbour News · Posted: May 3, 2024 |
    # 4 min read | Category: Politics"), each short, whatever their words add up to: a
    # byline or a publication's label marks them the article's, not a masthead's today
    parted = len(segments) > 1 and not loose and (signed is not None or labelled)
    return [replace(d, whole=whole or parted, author=d.author or signed) for d in found]


def _unglued(text: str) -> str:
    """A line with the date elements innerText glues to their neighbours set apart."""
    if _YEAR_FIGURES.search(text) is None:  # what every glue needs: 34% of the lines searched
        return text
    text = _COUNT_GLUED.sub(r"\1 ", _DAY_GLUED.sub(" ", _CAPITALS_GLUED.sub(" ", text)))
    return _glued_elements(_YEAR_GLUED.sub(r"\1 ", text))


def furnished_day(text: str) -> Dated | None:
    """The day of a short line giving one full date among a few words written as names
    or labels, not a date line by `dates_in`'s measure: a credit, a section or a desk
    beside the day ("The Frontier Post / March 1, 2020", "Yahoo News Australia28 October
    2020", "January 13, 2020 at 08:45 AM | Categories: Python | View Comments"). A
    sentence or a headline telling of a day has words in lower case ("Trial set for 12
    June 2025"). Read only under the headline, over the body, where no date line is."""
    if len(words_of(text)) > CLEAN_LABEL_MAX_WORDS:
        return None
    dates = [d for d in dates_in(text) if d.iso]
    if len(dates) != 1 or dates[0].updated:
        return None
    for part in _DATED_PARTS.split(_unglued(text)):
        dated = dates[0].written in part
        part = part.replace(dates[0].written, " ")
        words = [
            w
            for w in _AGO.sub(" ", _CLOCK.sub(" ", _WEEKDAY_NAMES.sub(" ", part))).split()
            if any(c.isalnum() for c in w)
            and w.strip(",:").casefold() not in _date_words()
            and w.strip(",.").casefold()[:3] not in _weekdays()
        ]
        if dated and len(words) > CLEAN_FURNISHED_DAY_WORDS:
            return None  # "Elections on 3 May 2024: What You Need To Know": a headline
        if words and not _label_part(" ".join(words)):
            return None
    return dates[0]


def _address_part(segment: str) -> bool:
    """A part of a date line that is the site's address, in capitals too ("Ann Lee /
    NORDICWIRE.COM / May 3, 2024"): a credit to the site, as a publication's label marks
    the line the article's, where a teaser's or the masthead's day stands bare."""
    word = segment.strip()
    return " " not in word and _domain(word.casefold() if word.isupper() else word)


def relative_signed(text: str) -> str | None:
    """The author of a line that is a person's name and, set apart, a publication's label
    before a relative time ("Ann Lee | Published 4 hours ago"): the label says the line
    is the article's byline and date line, whatever the given name."""
    parts = _SEGMENTS.split(text.strip())
    if len(parts) != 2 or not _AGO.search(parts[1]):
        return None
    label = set(words_of(_AGO.sub(" ", parts[1]).casefold()))
    if not label or not label <= _publication_labels():
        return None
    name = bare_name(parts[0]) or _particled(parts[0].strip())
    if name is None or not no_label_in(name):
        return None
    # three capitalised words are a teaser's headline as often ("Ferry Fares Rise")
    return name if len(_unparticled(name)) == 2 or given_name(name) else None


# a reading time closing a line, glued after the byline as a copied page joins them:
# "Ann Lee 2 minutes read", "Ann Lee 4 min read"
_READ_TAIL = re.compile(
    r"\s+\d+\s?(?:" + "|".join(sorted(_words("time_units"), key=len, reverse=True)) + r")\s+read$",
    re.I,
)


def read_signed(text: str) -> str | None:
    """The author of a line that is a person's name and a reading time glued after it
    ("Ann Lee 2 minutes read"), as a copied page joins a byline's two elements: a reading
    time is the article's own. A common given name first, or two words none of which is
    an everyday or a label's word. A relative time so glued is no sign: a comment's
    writer stands beside one ("Ann Lee 3 hours ago")."""
    line = text.strip()
    time = _READ_TAIL.search(line)
    name = bare_name(line[: time.start()]) if time else None
    if name is None or not no_label_in(name):
        return None
    return name if given_name(name) or uncommon_two_words(name, []) else None


def _unparticled(name: str) -> list[str]:
    """A name's words but the particles between its first and last, in capitals too as
    Dutch and Afrikaans surnames write them ("Ann Van Der Lee": "Ann", "Lee")."""
    words = name.split()
    inner = [w for w in words[1:-1] if w.casefold() not in _words("name_particles")]
    return words[:1] + inner + words[-1:] if len(words) > 1 else words


def _particled(text: str) -> str | None:
    """A line that is a given name and a surname of particles ("Ann Van Der Lee"), longer
    than `bare_name` takes a name."""
    name = _names(text)
    return name if name == text and len(_unparticled(name)) == 2 else None


def _label_part(segment: str) -> bool:
    """A short part of a date line that is no date nor byline: a label and its value
    ("Category: Politics, World", "Email: ann@nordicwire.com"), a reading time ("4 min
    read"), or a few words written as a name's (an outlet, a place, a role: "Harbour
    News", "NEW DELHI", "Reporter"), or a list of such parts a comma apart (the story's
    sections). A sentence has words in lower case."""
    words = segment.split()
    if words and words[0].endswith(":") and len(words) <= CLEAN_DATE_PART_MAX_WORDS:
        return True
    if _READING_TIME.fullmatch(segment.strip()):
        return True
    # a list of sections, each a few words ("Harbour Politics, National, Top Story 1")
    return all(map(_capitalised, segment.split(",")))


def _capitalised(text: str) -> bool:
    """A few words, each starting in capitals or with a digit ("World News", "NEW DELHI"):
    a name's, a section's or a role's, as a part of a date line writes them."""
    words = text.split()
    return 0 < len(words) <= CLEAN_DATE_PART_MAX_WORDS and all(
        w[0].isupper() or w[0].isdigit() for w in words
    )


def headed_day(text: str) -> Dated | None:
    """The publication day of a date line that says it is one, signed by a byline or
    labelled as a publication ("By Ann Lee | 10/9/10 7:15 AM EDT", "First Posted: 08-13-10
    05:18 PM"): the article's own, where a teaser's or the masthead's day is a bare date."""
    words = set(words_of(text.casefold()))
    labelled = words & (_publication_labels() - _words("update_labels"))
    for dated in dates_in(text):
        if dated.iso and dated.whole and not dated.updated and (dated.author or labelled):
            return dated
    return None


@cache
def _publication_labels() -> frozenset[str]:
    """The words of a date's labels that say the page was published or updated then
    ("Posted", "Updated", "Publié"), not the prepositions a date follows ("on", "at")."""
    labels = {w for label in _words("date_labels") for w in label.split()}
    return frozenset(labels - _words("date_prepositions"))


def _glued_elements(text: str) -> str:
    """A line without the elements innerText glues after a date's year with no break
    between, each as a part of its own ("Published 3 May 2024Updated 4 May 2024" -> "Published
    3 May 2024 | Updated 4 May 2024"); one with no date is a button's label ("18.11.2019Get
    short URL"), no word of the date line."""
    first, *glued = _LABEL_GLUED.split(text)
    return " | ".join([first, *(part for part in glued if _first_date(part) is not None)])


@cache
def _weekdays() -> frozenset[str]:
    """How weekday names start ("Mon", "Tues.", "Wednesday")."""
    return frozenset(d[:3] for d in lexicon.words("calendar", "weekdays"))


@cache
def _date_words() -> frozenset[str]:
    """Words a date line holds besides the date: labels, clock words, agency names."""
    agencies = {w for name in lexicon.table(_KIND, "agencies") for w in name.split()}
    return _words("date_labels") | _words("clock_words") | frozenset(agencies)


# -- outlets ----------------------------------------------------------------------------------

_MARK = r"(?:[©ⓒ]|\((?i:c)\))"  # the copyright mark, or "(c)" typed for it
# the mark, or a year opening a line that reserves the rights without it ("2024 Nordic
# Wire. All Rights Reserved.", the mark an image or a font's icon the copy drops)
_COPYRIGHT = re.compile(
    rf"{_MARK}|\bcopyright\b|^(?=\s*(?:19|20)\d\d\s+[A-Z][^©]*\ball\s+rights?\s+reserved\b)",
    re.I,
)
_SYMBOL = re.compile(_MARK)
# the reserved rights, in English and as other languages' notices write them
# (`rights_reserved`: "direitos reservados", "Tous droits réservés")
_RESERVED = re.compile(
    r"\b(?:"
    + "|".join(r"\s+".join(map(re.escape, p.split())) for p in sorted(_words("rights_reserved")))
    + r")\b",
    re.I,
)
# where a notice's holder ends: a stop, a dash or a slash, the reserved rights, a credit to
# the site's builder ("© 2024 Nordic Wire / All rights reserved", "Nordic Wire © 2024
# Developed by Fjord Labs")
_HOLDER_END = re.compile(r"[|.;:]\s|\s[-–—/]\s|\ball rights? reserved\b|(?:^|\s)\w+\s+by\s", re.I)
_NAME_CHARS = re.compile(r"[\w .&'’-]+")
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_YEARS = re.compile(r"\b(?:19|20)\d\d\b(?:\s*[-–]\s*(?:19|20)\d\d\b|-)?")
# the links a footer's line divides: "Copyright © 2024, Nordic Wire | Terms of Use | Privacy"
_FOOTER_LINKS = re.compile(r"\s*[|·•]\s*")
# the parts of a footer's line: "About | Nordic Wire © 2024", "Home · Nordic Wire © 2024"
_FOOTER_PARTS = re.compile(r"\s*[|·•]\s*|\s+[-–—]\s+")


def notice_year(texts: list[str]) -> int | None:
    """The year a page's copyright notices give, the last of a range ("© 2002-2019" ->
    2019): the year the site served the page in, when every notice gives that one and no
    date the page writes is of a later year (a notice no one updates). None when the
    notices give none or disagree (an old photo's "© 2015 AFP")."""
    years = {max(int(y) for y in _YEAR.findall(text)) for text in texts if _yeared(text)}
    if len(years) != 1:
        return None
    year = years.pop()
    later = (d for text in texts for d in dates_in(text) if d.iso and int(d.iso[:4]) > year)
    return None if any(later) else year


def _yeared(text: str) -> bool:
    """A copyright notice that writes a year."""
    return notice(text) and _YEAR.search(text) is not None


def copyright_holder(text: str) -> str | None:
    """The publication a copyright notice names ("© 2024 Nordic Wire. All rights reserved"
    -> "Nordic Wire"). A notice gives a year, reserves rights or names a firm; a bare
    "© Ann Lee" credits a photo, and so does a person's name with a year and reserved
    rights ("© 2024 Ann Lee. All rights reserved." under a picture or closing a blog): a
    name that starts with a given name is taken for a person's, an outlet named so left
    unsaid. A company ("Hearst Communications, Inc.", "Baltic Media") owns outlets rather
    than being one: only a news agency's company is taken ("Deutsche Presse-Agentur
    GmbH"), or a firm named by the site's own address ("Nordicwire.net Ltd"). A footer's
    notice is read in the part its links divide (`_marked_link`), here only: the holder
    must be confirmed elsewhere on the page, where a firm's or an owner's name read so
    from a footer of links (`notice_holder`) named an owner over its outlet ("© 2011
    Baltic Inc. ... | Baltic A-Z" under a "Baltic" link)."""
    holder = _holder(_marked_link(text))
    if holder is None or _labelled(text):
        return None
    name, owner, firm = holder
    if _domain(name):
        return name
    if given_name(name) and len(name.split()) <= 3:
        return None
    if any(w.casefold() in lexicon.words("names", "credit_words") for w in name.split()):
        return None  # "© 2024 Fjord Images", "(c) Nordic Photo": a picture's credit
    return _agency_name(name) or (None if owner or firm else name)


def _labelled(text: str) -> bool:
    """Whether a credit's label opens the notice ("Photo: © 2024 AFP", "Image © 2024
    Fjordlight"): a picture's credit, not the site's notice."""
    m = _COPYRIGHT.search(text)
    head = text[: m.start()] if m else ""
    credits = lexicon.words("names", "credit_words")
    return any(w in credits for w in words_of(head.casefold()))


def notice_holder(text: str) -> str | None:
    """Whoever a copyright notice names, an outlet, its owner or a firm ("Copyright (c)
    Nordic Media 2024" -> "Nordic Media"): a name that is not the page's author."""
    holder = _holder(text)
    return holder[0] if holder else None


def copyright_firm(text: str) -> str | None:
    """The name a notice gives a firm by its legal suffix alone ("© 2024 Nordic Wire
    Ltd." -> "Nordic Wire"): an outlet's own company as often as an owner of several
    ("Baltic Holdings Inc."), so a hint another part of the page must confirm. Not a
    person's firm ("Ann Lee LLC") or a picture library's ("Fjord Images Ltd.")."""
    holder = _holder(text)
    if holder is None or not holder[2] or holder[1] or _labelled(text):
        return None
    name = holder[0]
    if given_name(name) and len(name.split()) <= 3:
        return None
    credits = lexicon.words("names", "credit_words")
    return None if any(w.casefold() in credits for w in name.split()) else name


def name_chars(text: str) -> bool:
    """Whether a line holds only the characters a name is written with ("Nordic Wire",
    "St. Anne's Herald", "nordicwire.com"; not "Nordic+" or "Nordic Wire »")."""
    return _NAME_CHARS.fullmatch(text) is not None


def paper_named(name: str) -> bool:
    """Whether a name is a newspaper's or a magazine's by its last word ("Harbour
    Tribune", "The Coast Union-Tribune", "Nordic Times"): an owner's company ends in a
    company's word or a legal suffix instead, or bears a family's or a brand's name
    ("Condé Nast", "Lindqvist")."""
    last = re.split(r"[\s-]+", name.strip())[-1].casefold()
    return len(name.split()) > 1 and last in _words("paper_name_ends")


def group_named(text: str) -> bool:
    """Whether a notice names a group of firms ("© 2024 Harbour Monthly Group", "...
    Holdings Ltd."), which owns more titles than the one its name starts with."""
    return bool(set(words_of(text.casefold())) & _words("group_suffixes"))


def _holder(text: str) -> tuple[str, bool, bool] | None:
    """A notice's holder, whether a company word ends it ("Media", "Interactive") and
    whether a legal suffix does ("Inc.", "Ltd"). A notice opening its line that says its
    holder is a part of a firm ("© 2024 Nordic Wire, a division of Baltic Media Inc.
    All rights reserved. Unauthorized distribution ...") holds for that part, the brand
    the page goes by, however long the legal text after it."""
    if owned := _OWNED_NOTICE.match(text):
        return owned.group(1), False, False
    m = _COPYRIGHT.search(text)
    if m is None or len(text.split()) > CLEAN_LABEL_MAX_WORDS + 4:
        return None
    dated = bool(_YEARS.search(text))
    if not dated and not _SYMBOL.search(text):
        return None  # "Copyright Policy": a link, not a notice
    rest = _holder_words(_YEARS.sub(" ", _COPYRIGHT.sub(" ", text[m.start() :])).lstrip(" ,-–—"))
    if not rest.strip(" .,") and (dated or _RESERVED.search(text)):
        rest = _holder_before(text[: m.start()])  # "Nordic Wire © All rights reserved"
    words = rest.replace(",", " ").split()
    owner = firm = False
    while words and (words[-1].casefold().rstrip(".") in _company() or words[-1] in "&"):
        suffix = words.pop().casefold().rstrip(".")
        firm = firm or suffix in _suffixes()
        owner = owner or suffix in _words("company_words")
    if words and words[0].casefold() == "by":
        words = words[1:]
    name = " ".join(words).strip(" ,.")
    if len(words) == 1 and _domain(name):
        return name, owner, firm  # "© Nordicwire.com": a site's address credits no photo
    if not (dated or firm or _RESERVED.search(text)):
        return None  # "© Ann Lee": a photo's credit
    if not name or not name[0].isupper() or len(words) > 4 or not _NAME_CHARS.fullmatch(name):
        return None
    return name, owner, firm


def _marked_link(text: str) -> str:
    """The part of a footer's line its links divide that holds the copyright mark
    ("Copyright © 2024, Nordic Wire | Terms of Use | Privacy Policy | ..." -> "Copyright ©
    2024, Nordic Wire"): the notice, however many links follow it."""
    m = _COPYRIGHT.search(text)
    if m is None:
        return text
    parts = _FOOTER_LINKS.split(text[m.start() :], maxsplit=1)
    return _FOOTER_LINKS.split(text[: m.start()])[-1] + parts[0]


def _holder_words(rest: str) -> str:
    """A notice's words after its mark up to where its holder ends (`_HOLDER_END`), read
    past the full stop of an abbreviation that opens a name ("St. Lucia Times"), not past
    a firm's ("Nordic Wire Inc. All ...")."""
    for m in _HOLDER_END.finditer(rest):
        before = rest[: m.start()].split()
        if m.group().startswith(".") and before and before[-1] in _name_abbreviations():
            continue
        return rest[: m.start()]
    return rest


@cache
def _name_abbreviations() -> frozenset[str]:
    """The abbreviations written with a full stop inside a name ("St.", "Mt."), a firm's
    legal suffix left out ("Inc.", "Co.")."""
    words = lexicon.words("abbreviations", "before_names")
    return frozenset(w for w in words if w.casefold() not in _company())


def firm_named(name: str) -> bool:
    """Whether a name is a firm's, a legal suffix closing it ("The Nordic Wire Inc.")."""
    words = name.split()
    return len(words) > 1 and words[-1].casefold().rstrip(".") in _suffixes()


def _holder_before(head: str) -> str:
    """The name a footer writes before its notice's mark and year, with nothing after
    them ("Nordic Wire © 2024", "Nordic Wire · Copyright 2013-2024"): the part of the
    line right before the mark, past any separator and year ("Nordic Wire, 2024 ©"),
    when written as a name ("All content © 2024" names none)."""
    name = _FOOTER_PARTS.split(_YEARS.sub(" ", head).strip(" |·•–—-"))[-1].strip(" ,")
    return name if name_shaped(name) else ""


def _domain(word: str) -> bool:
    """A site's address written as its name: "Nordicwire.com", "nordic-wire.co.uk"."""
    parts = word.split(".")
    top = parts[-1]
    return (
        len(parts) >= 2
        and all(p.replace("-", "").isalnum() for p in parts)
        and any(c.isalpha() for c in parts[0])
        and top.isalpha()
        and top.islower()
        and 2 <= len(top) <= 6
    )


@cache
def _suffixes() -> frozenset[str]:
    """A company's legal suffixes ("Inc.", "GmbH")."""
    return frozenset(s.rstrip(".") for s in _words("company_suffixes"))


@cache
def _company() -> frozenset[str]:
    """The words that end a company's name: legal suffixes, "Media", "Interactive" ..."""
    return _suffixes() | _words("company_words")


def _agency_name(text: str) -> str | None:
    agencies = lexicon.table(_KIND, "agencies")
    found = agencies.get(text.casefold().strip(" ()"))
    return str(found) if found else None


@cache
def _agency_spellings() -> frozenset[str]:
    """Every agency name the lexicon knows, as it keys them and as it spells them."""
    agencies = lexicon.table(_KIND, "agencies")
    return frozenset(agencies) | frozenset(str(v).casefold() for v in agencies.values())


def known_agency(name: str) -> bool:
    """Whether a name is a news agency's ("Reuters", "AFP", "The Associated Press")."""
    return name.casefold().strip(" ()").removeprefix("the ") in _agency_spellings()


# what parts the words of a line when a name is looked for in it: "Ann Lee/Nordic Wire"
_MENTION_SPLIT = re.compile(r"[\s/|]+")
_MENTION_STRIP = "\"'“”‘’()[],;:!?*"


def mentions(text: str, name: str) -> bool:
    """Whether a line names a site as written in its other places: a run of its words
    spelled as `name` is, in any case, with or without spaces or dots, or as its address
    ("City A.M." for "CityAM", "nordicwire.com" for "Nordic Wire"). A name written with
    "The" is looked for with it: "Times Square" does not name "The Times"."""
    key = site_key(name)
    if not key or key not in _letters(text):
        return False  # the common case, read without splitting the line
    words = [w.strip(_MENTION_STRIP) for w in _MENTION_SPLIT.split(text)]
    size = len(name.split()) + 1  # a word more: "City A.M." spaces what "CityAM" joins
    runs = (
        " ".join(words[i : i + n]) for n in range(1, size + 1) for i in range(len(words) - n + 1)
    )
    return any(_same_name(run, name) for run in runs)


def _same_name(run: str, name: str) -> bool:
    """Whether words of a line spell a site's name (`mentions`)."""
    if _domain(run) or not name.casefold().startswith("the "):
        return site_key(run) == site_key(name)
    return _letters(run) == _letters(name)


def _letters(text: str) -> str:
    return "".join(c for c in text.casefold() if c.isalnum())


def notice(text: str) -> bool:
    """Whether a line is a copyright notice or names one ("© 2024 Nordic Media")."""
    return _COPYRIGHT.search(text) is not None


# the logo's words end the line, or the image's size follows them ("93x93")
_LOGO_NAME = re.compile(
    r"^\s*([A-Z][\w.&-]*(?:\s[A-Z][\w.&-]*){0,3})\s+(?i:logo)(?:\s*$|\s+\d+\s?[x×]\s?\d+\b)"
)


# a picture's credit to its photographer and the site they work for, closing a line:
# "Photo by Ann Lee/Nordic Wire", "Image: Ann Lee / The Nordic Wire", "Photograph: Ann
# Lee for the Nordic Wire"
_CREDITED_SITE = re.compile(
    r"([A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){1,2})(?:\s*/\s*|\s+for\s+)"
    r"((?:[Tt]he\s+)?[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,3})[\s)]*$"
)


def credited_site(text: str) -> str | None:
    """The site a picture's credit says its photographer works for ("Photograph: Ann
    Lee for the Nordic Wire", "Photo by Ann Lee/Nordic Wire"): a staff photographer's
    credit names the site, another's names the outlet the picture came from, so a hint
    another kind must confirm (clean/lines.py). A credit's word opens the credit; an
    agency's or a picture library's name ("AP", "Fjord Images") is none."""
    m = _CREDITED_SITE.search(text)
    if m is None or not set(words_of(text[: m.start()].casefold())) & _credit_words():
        return None
    person, site = m.group(1), m.group(2).removeprefix("the ")
    if _names(person) != person or known_agency(site) or given_name(site.removeprefix("The ")):
        return None
    if any(w.casefold() in _credit_words() for w in site.split()):
        return None
    return site if name_shaped(site) else None


@cache
def _credit_words() -> frozenset[str]:
    return lexicon.words("names", "credit_words")


def logo_name(text: str) -> str | None:
    """The site's name in a logo's text: a line of its own ("Nordic Wire Logo"), or the
    logo image's size after it ("Nordic Wire Logo 93x93"). A caption, a headline or a
    sentence opening with a logo ("The Facebook logo is seen on a screen", "Apple logo,
    Apple TV ... are trademarks") names a company the story is about, and a share
    button's icon ("Twitter Logo") a network: neither is the site."""
    m = _LOGO_NAME.match(text)
    name = m.group(1) if m else None
    return None if name is None or family_of(name, len(name.split())) else name


def logo_link(text: str) -> str:
    """The name a logo's link gives the site, without the label a screen reader hears
    after it ("Nordic Wire - Back to home", "Nordic Wire - Homepage" -> "Nordic Wire"),
    or the line as it stands."""
    m = _LOGO_LINK.match(text)
    return m.group(1) if m else text


def labelled_logo(text: str) -> str | None:
    """The site's name in a logo's link whose label says it leads to the site's own home
    ("Nordic Wire - Back to home", "Nordic Wire | Homepage"): the link names itself as
    the logo's, as "Nordic Wire Logo" does, wherever a header prints it. Not "- Home",
    a section's tab as often ("News - Home")."""
    m = _LOGO_LINK.match(text)
    if m is None or text[m.end(1) :].strip(" -–—|").casefold() == "home":
        return None
    name = m.group(1)
    return name if name_shaped(name) and not family_of(name, len(name.split())) else None


def _phrase(names: frozenset[str]) -> str:
    return "|".join(
        re.escape(n).replace(r"\ ", r"\s+") for n in sorted(names, key=len, reverse=True)
    )


# a logo's link and its label, on the page's first lines: "Nordic Wire - Back to home"
_LOGO_LINK = re.compile(rf"^\s*(\S.*?)\s+[-–—|]\s+(?i:{_phrase(_words('logo_link_labels'))})\s*$")


# a name's first word capitalised, or a lower-case letter before its capital ("eHow")
_SITE_NAME = r"((?:[A-Z]|[a-z][A-Z])[\w.&'’-]*(?:\s+[A-Z0-9][\w.&'’-]*){0,3})"
_SITE_AFTER_WORDS = _phrase(_words("site_name_after"))
_SITE_BEFORE = re.compile(
    rf"^\s*(?i:{_phrase(_words('site_name_before'))})\s+(?:the\s+)?{_SITE_NAME}"
    rf"(?:\s+(?i:{_SITE_AFTER_WORDS}))?\s*[:.]?\s*$"
)
_SITE_AFTER = re.compile(rf"^\s*{_SITE_NAME}\s+(?i:{_SITE_AFTER_WORDS})\s*[:.]?\s*$")
# "Nordic Wire App", "Download the Nordic Wire app"
_SITE_APP = re.compile(
    rf"^\s*(?:(?i:download|get)\s+(?:the\s+)?)?{_SITE_NAME}"
    rf"\s+(?i:{_phrase(_words('site_app_after'))})\s*[:.]?\s*$"
)


# a search engine's setting a site asks readers for: "Add Nordic Wire as a preferred
# source on Google", "Choose Nordic Wire as a 'Preferred Source'"
_PREFERRED = re.compile(
    rf"^\s*(?i:add|choose|make|set)\s+{_SITE_NAME}\s+(?i:as\s+(?:a|your)\s+\W?preferred\s+source)\b"
)


def site_name(text: str) -> str | None:
    """The site's name in one of its own links ("Contact Nordic Wire", "Nordic Wire
    homepage", "Add Nordic Wire as a preferred source") or in its call to follow it on a
    network (`followed_site`), or None; "Contact Us" and "Back to Top" name no site."""
    linked = _SITE_BEFORE.match(text) or _SITE_AFTER.match(text) or _PREFERRED.match(text)
    return _linked(linked) or followed_site(text)


# a notice naming its holder as a firm's part: "© 2024 Nordic Wire, a division of Baltic
# Media Inc.", "Copyright 2024 Nordic Wire, part of Baltic Holdings"
_OWNED_NOTICE = re.compile(
    rf"^\s*(?:(?i:copyright)\s*{_MARK}?|{_MARK}\s*(?i:copyright)?)\s*"
    rf"(?:{_YEARS.pattern}\s*)?{_SITE_NAME}\s*,\s*"
    rf"(?i:{_phrase(_words('site_owned_by'))})\s+(?:the\s+)?[A-Z]"
)


_NAME_START = re.compile(_SITE_NAME)
# a site's line about itself and the firm that owns it: "Nordic Wire is part of Baltic
# Media Group Ltd.", "Nordic Wire is a registered trademark of Baltic Holdings, Inc."
_OWNED = re.compile(
    rf"^\s*{_SITE_NAME}\s+is\s+(?i:{_phrase(_words('site_owned_by'))})\s+"
    r"(?i:the\s+)?([A-Z][\w.&'’ -]*?)\s*(?:[,;.(]|$)"
)


def owned_site(text: str) -> str | None:
    """The site a line says a firm owns ("Nordic Wire is part of Baltic Media Ltd., a
    leading publisher"): the page's own furniture names itself so. Only a firm's owner
    (a legal suffix or a company's word ending it) makes the line the site's: "Ann Lee
    is part of the team" or "Tampere is part of Finland" name no site."""
    m = _OWNED.match(text)
    if m is None:
        return None
    owner = m.group(2).split()
    if not owner or owner[-1].casefold().rstrip(".") not in _company():
        return None
    site = m.group(1).rstrip(".")
    return None if given_name(site) or _section(site) else site


# a site asks to be followed or liked: "Like Nordic Wire on Facebook", "Folge Nordic Wire
# auf LinkedIn", "Siga a Nordic Wire en Twitter"
_FOLLOW_SITE = re.compile(
    rf"^\W*(?:{_phrase(_words('follow_site_verbs'))})\s+(?:a\s+)?(.+?)"
    rf"\s+(?:{_phrase(_words('follow_site_on'))})\s+(\w+)\b",
    re.IGNORECASE,
)


# a site's link to its page on a network, without a verb: "Nordic Wire on Facebook",
# "Nordic Wire op Instagram"
_ON_PLATFORM = re.compile(
    rf"^\s*{_SITE_NAME}\s+(?i:{_phrase(_words('follow_site_on'))})\s+(\w+)\s*$"
)


def _on_platform(text: str) -> str | None:
    """The site a line links to on a network without asking to follow it ("Nordic Wire
    on Facebook"), when no word of the name is a button's or a label's and not all are
    everyday words ("Share this on X", "Find us on Facebook", "Latest Updates on X")."""
    found = _ON_PLATFORM.match(text)
    if found is None or found[2].casefold() not in _words("platform_sites"):
        return None
    name = found[1]
    plain = _unnamed() | _button_words()
    words = name.split()
    if any(w.casefold() in plain for w in words) or all(map(everyday_word, words)):
        return None
    return None if given_name(name) or _section(name) else name


def followed_site(text: str) -> str | None:
    """The site a line asks the reader to follow on a network ("Follow Nordic Wire on
    Twitter", "Like Nordic Wire on Facebook", "Follow The Nordic Wire Opinion section on Facebook, Twitter and
    Instagram"): the name before any section's or lower-case words. A name that starts
    with a common given name is a writer's (`followed`), and "Follow us" names none."""
    found = _FOLLOW_SITE.match(text)
    if found is None or found[2].casefold() not in _words("platform_sites"):
        return _on_platform(text)
    named = found[1].removeprefix("the ")  # "Follow the Nordic Wire on X"
    name = _NAME_START.match(named)
    rest = named[name.end() :].split() if name else []
    if name is None or any(w[0].isupper() and w.casefold() not in _unnamed() for w in rest):
        return None
    words = name[0].rstrip(".").split()
    while len(words) > 1 and words[-1].casefold() in _unnamed():
        words.pop()  # "Nordic Wire Opinion": the section's name after the site's
    site = " ".join(words)
    return None if given_name(site) or _section(site) else site


def site_app(text: str) -> str | None:
    """The name in a link to a home or an app ("Nordic Wire App", "Nordic Wire Home"):
    a section's as often as the site's, so a weaker hint than `site_name`'s."""
    return _linked(_SITE_APP.match(text))


def _linked(m: re.Match[str] | None) -> str | None:
    """The name a link matched, unless it is only a label's, a desk's or a section's;
    without a possessive ("Subscribe to Nordic Wire's newsletter")."""
    name = m.group(1).rstrip(".") if m else None
    if not name:
        return None
    name = name.removesuffix("'s").removesuffix("’s")
    return None if _section(name) else name


_STAFF_NAME = r"([A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,2})"
_STAFF_ROLE = r"\s+(?i:" + _phrase(_words("outlet_staff_roles")) + r")\b"
# "Nordic Wire Staff" alone, or after a byline's name: "By Ann Lee, Nordic Wire Staff",
# "Ann Lee | Nordic Wire Contributors"
_STAFF = re.compile(
    rf"^\s*{_STAFF_NAME}{_STAFF_ROLE}\s*$|(?:,|\s[-–—|])\s*{_STAFF_NAME}{_STAFF_ROLE}"
)


def staff_of(text: str) -> str | None:
    """The outlet whose staff a byline credits ("By Ann Lee, Nordic Wire Staff", "By
    Nordic Wire staff" less its opener), when its words are not a desk's or a role's
    ("Senior Staff", "News Staff")."""
    m = _STAFF.search(text)
    name = m and (m.group(1) or m.group(2))
    if name and name.split()[0].casefold() in _words("byline_openers"):
        name = name.split(maxsplit=1)[1] if " " in name else None  # "By TOI staff"
    if not name:
        return None
    return None if _section(name) else name


def brand_of(text: str) -> str | None:
    """The initials a short menu line opens with, when the rest names a section or a
    product ("WSJ Video", "DH Views", "KWCH Weather" -> "WSJ", "DH", "KWCH"): a site
    names its own sections after itself, and another firm's products in a menu ("Apple
    Music", "Google Play") are named by a word, not by initials. A line of its own: a
    name after the initials ("Formula 1 with DH") is a headline's or a link's."""
    words = text.split()
    if not 2 <= len(words) <= CLEAN_BRAND_MAX_WORDS:
        return None
    first = words[0]
    initials = first.isalpha() and first.isupper() and 2 <= len(first) <= CLEAN_BRAND_MAX_LETTERS
    named = all(w[0].isupper() and w.isalpha() and not w.isupper() for w in words[1:])
    return first if initials and named else None


def site_key(name: str) -> str:
    """A site's name compared across the ways a page writes it: "The Harbour Herald",
    "HarbourHerald.com" and "harbour herald" are one site."""
    if _domain(name):
        parts = name.split(".")
        name = parts[1] if parts[0].casefold() == "www" and len(parts) > 2 else parts[0]
    key = "".join(c for c in name.casefold() if c.isalnum())
    # "The Harbour Herald" and "TheHarbourHerald.com" alike; the same cut on every name
    # keeps others apart
    return key.removeprefix("the") if len(key) > len("the") + 2 else key


# a run of capitalised words, "The" before it or not, a small word between them or not:
# "The Harbour Herald", "Lost in Harbours"
_CAPITAL_RUN = re.compile(
    r"(?:\bThe\s+)?\b[A-Z][\w'’&-]*(?:\s+(?:(?:of|in|on|and|for|the)\s+)?[A-Z][\w'’&-]*)+"
)


def spelled_out(texts: list[str], address: str) -> str:
    """The site's name as a line of its page spaces the words its address joins ("The
    Harbour Herald" in a trademark line for "harbourherald.com"): the name a reader
    reads; the address when no line writes its words apart."""
    key = site_key(address)
    runs = (run for text in texts for run in _CAPITAL_RUN.findall(text))
    return next((run for run in runs if site_key(run) == key), address)


# a word written as a name: capitalised ("Axios'", "NationNews", "KBS"), its possessive
# and the stop after it left out
_NAME_WORD = re.compile(r"\b[A-Z][\w&-]*")


def host_named(texts: list[str], host: str) -> str | None:
    """The name a page writes for the site its address registers, one word or several
    ("CNN" for "money.cnn.com", "Axios" for "axios.com", "The Harbour Herald" for
    "harbourherald.com"): a reader names the site so where its tags give only the host
    (trafilatura's fallback). The spelling written most often; none when no name on the
    page spells the host's letters."""
    key = site_key(_registered(host) or host)
    runs = (run for text in texts for run in _CAPITAL_RUN.findall(text))
    words = (word for text in texts for word in _NAME_WORD.findall(text))
    found = Counter(name for name in (*runs, *words) if site_key(name) == key)
    return found.most_common(1)[0][0] if found else None


def domain_name(text: str) -> str | None:
    """A line that is only the site's address ("HarbourHerald.com"): its logo or home link."""
    word = text.strip()
    return word if " " not in word and _domain(word) else None


# what an e-mail address holds before its host ("tips@"), and a link after it (a path)
_ADDRESS_HEAD = re.compile(r"^(?:[^@/]+@)?")
_ADDRESS_TAIL = re.compile(r"[/?#:].*$")


def addresses_in(text: str) -> list[str]:
    """The sites' addresses a line writes, each as the name a site registers ("https://
    sports.nordicwire.com/news/1" and "tips@nordicwire.com" -> "nordicwire.com",
    "news.harbour.co.uk" -> "harbour.co.uk"), or "NordicWire.com's" as a word. A line that
    cites another site ("Source: ...", "via", "Originally published at", an address in
    brackets) names no address of the page's own; nor does a social network's, a blog
    platform's (but "harbour.wordpress.com" is the blog "harbour"), a shortener's or a
    file's name ("index.html")."""
    if "." not in text or _citing().search(text):
        return []  # the common case, read without splitting the line
    found: list[str] = []
    for token in text.split():
        link = token.split("://", 1)[-1]  # a scheme anywhere: 'href="https://...'
        if link.startswith(("(", "[")):
            continue  # "(harbourherald.com)": a source cited
        word = _ADDRESS_TAIL.sub("", _ADDRESS_HEAD.sub("", link.strip(_MENTION_STRIP + "<>")))
        word = word.removesuffix("'s").removesuffix("’s").rstrip(".,;")
        if not _domain(word) or word.rsplit(".", 1)[-1] in _words("file_extensions"):
            continue  # "Ltd.All" glued to the next sentence, "photo.jpg"
        site = _registered(word)
        if site and site not in found:
            found.append(site)
    return found


def mail_hosts(text: str) -> list[str]:
    """The sites whose e-mail addresses a line writes ("tips@nordicwire.com" ->
    "nordicwire.com"), as `addresses_in` names them."""
    mails = " ".join(token for token in text.split() if "@" in token.strip("@"))
    return addresses_in(mails) if mails else []


@cache
def _citing() -> re.Pattern[str]:
    """What a line citing another site says, as whole words ("via", not "Olivia")."""
    return re.compile(rf"(?<!\w)(?:{_phrase(_words('citation_cues'))})(?!\w)", re.I)


def _registered(host: str) -> str | None:
    """The name a host's owner registered, as the page writes it, by the Public Suffix
    List (`tld`, which trafilatura's URL tools read too): "news.Harbour.co.uk" ->
    "Harbour.co.uk"; on a blog platform, the blog's label before the platform's
    ("harbour.wordpress.com"); None for the platform's own address, a network's, a
    shortener's or a search site's, and for a suffix no registry knows."""
    found = get_tld(f"http://{host}", as_object=True, fail_silently=True)
    if not isinstance(found, Result) or not found.domain or found.domain == found.tld:
        return None
    labels = host.split(".")
    registered = len(found.fld.split("."))
    if found.domain in _words("blog_platforms"):
        blog = labels[-registered - 1] if len(labels) > registered else "www"
        return ".".join(labels[-registered - 1 :]) if blog.casefold() != "www" else None
    return None if found.domain in _words("platform_sites") else ".".join(labels[-registered:])


_DATELINE_AGENCY = re.compile(r"^[^()]{0,60}\(([A-Za-z][\w .-]{1,30})\)\s*[-–—:]")


def agency_in(text: str) -> str | None:
    """The agency of a dateline ("PARIS (AFP) - ...")."""
    m = _DATELINE_AGENCY.match(text)
    return _agency_name(m.group(1)) if m else None


_BLURB_ROLE = re.compile(
    r"\bis (?:a|an|the)\b[^.]{0,80}\b(?:" + "|".join(sorted(_words("author_roles"))) + r")\b",
    re.I,
)


def author_blurb(text: str, author: str | None) -> bool:
    """A sentence about the article's author ("Ann Lee is a reporter for ...")."""
    return (
        author is not None
        and author.casefold() in text.casefold()
        and bool(_BLURB_ROLE.search(text))
    )
