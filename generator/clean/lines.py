"""Boilerplate removal: web leftovers out, every real sentence kept.

Each source line is judged on signals that hold across outlets: families of known
prompts (advertising, paywall, corrections, sharing, teasers), the line's shape (a lone
lower-case token, a pipe-separated menu, a name label repeating the caption under it),
its position (after a paywall, a dangling label at the end) and repetition. A removed
line keeps its line number and the reason, for the digest's `removed` list.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from generator.model import Removed

__all__ = ["Block", "Cleaned", "PARAGRAPH_BREAK", "clean_lines"]

# How kept paragraphs are joined in the text the language model reads.
PARAGRAPH_BREAK = "\n\n"


@dataclass
class Block:
    """A kept paragraph: one source line (or several joined, for wrapped Markdown)."""

    line: int
    text: str


@dataclass
class Cleaned:
    blocks: list[Block]
    removed: list[Removed]
    title: str | None
    author: str | None
    outlet_hint: str | None
    timestamp: str | None


def _rx(*patterns: str) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE)


# Whole-line prompts. Each family is written from how outlets phrase these generally,
# not from one article: checked against the seeds and a sample of BBC and wire copy.
_LINE_RULES: list[tuple[str, re.Pattern[str]]] = [
    (
        "advertisement marker",
        _rx(
            r"^(advertisement|advertising|sponsored( content)?|ad|promoted( content)?|paid (post|content)|story continues below( advertisement)?)\W*$"
        ),
    ),
    (
        "paywall prompt",
        _rx(
            r"\b\d{1,3}\s?% of (this|the) article (is )?left",
            r"\bsubscribe (now |today )?to (access|read|continue|unlock)",
            r"\b(subscribers?[- ]only|for subscribers|already a subscriber|to continue reading|sign in to (read|continue)|unlock (this|the full) (article|story)|become a (member|subscriber))\b",
            r"^(subscribe|subscribe now|log ?in|sign ?in|register)\W*$",
        ),
    ),
    (
        "correction prompt",
        _rx(
            r"\bspelling (error|mistake)",
            r"\bctrl\s*\+\s*enter\b",
            r"\b(suggest|submit|send|report) (a |an )?(correction|error|typo|mistake)",
            r"\bwill be sent to (our|the) editors\b",
            r"\b(found|spotted|notice) (a|an) (mistake|error|typo)\b",
        ),
    ),
    (
        "share prompt",
        _rx(
            r"^(share( this( article| story)?)?|share on \w+|tweet|e-?mail|print|copy link|comments?|save|bookmark)\W*$",
            r"^((facebook|twitter|x|whatsapp|linkedin|telegram|reddit|email|e-mail|print|copy link)\s*[|,·/•]?\s*){2,}$",
            r"\bfollow (him|her|them|us|me) on (twitter|x|facebook|instagram|telegram|linkedin|bluesky)\b",
        ),
    ),
    (
        "newsletter or app prompt",
        _rx(
            r"\bsign up (for|to) (our|the) [\w ]*newsletter",
            r"\b(download|get) (our|the) (free )?app\b",
            r"^(newsletter|newsletters)\W*$",
        ),
    ),
    (
        "cookie banner",
        _rx(
            r"\b(we use cookies|accept (all )?cookies|cookie (policy|settings|preferences)|manage (your )?consent)\b"
        ),
    ),
    (
        "navigation",
        _rx(
            r"^(skip to (main )?content|jump to|back to top|menu|home|main menu|search)\W*$",
            r"^[^.!?]{0,200}(\s[|›»]\s[^.!?|›»]{1,60}){2,}$",
        ),
    ),
    ("site logo", _rx(r"\blogo\b(\s+\d+x\d+)?")),
    (
        "photo caption or credit",
        _rx(
            r"\b(photo|image|picture|illustration|video|graphic|footage)( credit)?\s*:\s*\S",
            r"\b(photo|image|picture)s? (by|courtesy of|credit)\b",
            r"^\s*\(?(getty images|afp|reuters|ap photo|shutterstock|epa|pa media)\b[^.]{0,60}\)?$",
            r"[/|]\s*(getty images|afp|reuters|ap|shutterstock|epa)\s*\)?\s*$",
        ),
    ),
    (
        "byline",
        _rx(
            r"^(by|author|authors|written by|words by|reporting by|reported by|text by)\s*:?\s+[A-Z\w.'’-]+(\s+[A-Z\w.'’-]+){0,3}(\s*(,|and|&)\s*[A-Z\w.'’-]+(\s+[A-Z\w.'’-]+){0,3})*\s*$",
            # "By Maris Tamm | May 20, 2024": a byline with its dateline
            r"^by\s+[A-Z][\w.'’-]+(\s+[A-Z][\w.'’-]+){0,3}\s*[|·•–—]",
        ),
    ),
]

# Headings that open a list of other articles; what follows them, while short, is teasers.
_TEASER_HEAD = _rx(
    r"^(also read|read also|read more|more:|more on|related|related (articles?|stories|news|content|coverage)|"
    r"latest( news| articles| on\b)?|last articles|see also|recommended|you (may|might) also like|most (read|popular)|"
    r"trending|other topics( of interest)?|further reading|for further|top stories|more (stories|from)|editor'?s picks)\b"
)
_TIMESTAMP = _rx(
    r"^((published|updated|posted|last updated|modified|date)\s*:?\s*)?"
    r"[\d:.,/\- ]*(\d{1,2}[:.]\d{2}\s*(am|pm|gmt|utc|cet|cest|bst|edt|est|et)?)?[\s,|-]*"
    r"((mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\s*)?"
    r"(\d{1,2}(st|nd|rd|th)?\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?\s+\d{4}"
    r"|(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(st|nd|rd|th)?,?\s+\d{4}"
    r"|\d{4}-\d{2}-\d{2}|\d{1,2}[./]\d{1,2}[./]\d{2,4})"
    r"([\s,|-]*(at\s*)?\d{1,2}[:.]\d{2}\s*(am|pm|gmt|utc|cet|cest|bst|edt|est|et)?)?\s*$"
)
_BYLINE_NAME = re.compile(
    r"^(?:by|authors?|written by|words by|reporting by|reported by|text by)\s*:?\s+(.+?)\s*$", re.I
)
_AUTHOR_BLURB = re.compile(
    r"\bis (a|an|the)\b[^.]{0,80}\b(editor|reporter|correspondent|writer|journalist|columnist|contributor|author)\b",
    re.I,
)
_LOGO_NAME = re.compile(r"^\s*([A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,3})\s+(?i:logo)\b")
_END_PUNCT = tuple(".!?\"”’')…:;")
_WORD = re.compile(r"[^\W\d_][\w'’.-]*")


def _words(text: str) -> list[str]:
    return _WORD.findall(text)


def _is_sentence_like(text: str) -> bool:
    return text.rstrip().endswith(_END_PUNCT) and len(_words(text)) >= 4


def _caption_label(text: str, following: str | None) -> bool:
    """A short name label whose words all reappear in the next line: an image label."""
    words = _words(text)
    if not following or not 1 <= len(words) <= 4 or text.rstrip().endswith(_END_PUNCT):
        return False
    looks_like_name = text == text.lower() or any(w[:1].islower() for w in words[1:])
    following_words = {w.casefold() for w in _words(following)}
    return looks_like_name and all(w.casefold() in following_words for w in words)


def _match_rules(text: str) -> str | None:
    for reason, rule in _LINE_RULES:
        if rule.search(text):
            return reason
    return None


def clean_lines(lines: list[str], first_line: int = 1) -> Cleaned:
    stripped = [line.strip() for line in lines]
    nonblank = [i for i, s in enumerate(stripped) if s]
    verdict: dict[int, str] = {}
    author: str | None = None
    outlet_hint: str | None = None
    timestamp: str | None = None

    following = dict(zip(nonblank, nonblank[1:], strict=False))

    def next_text(i: int) -> str | None:
        return stripped[following[i]] if i in following else None

    seen: set[str] = set()
    in_teasers = False
    after_paywall = False
    for i in nonblank:
        text = stripped[i]
        if outlet_hint is None and (m := _LOGO_NAME.match(text)):
            outlet_hint = m.group(1)
        if after_paywall:
            verdict[i] = "after paywall"
            continue
        reason = None
        if author and author.casefold() in text.casefold() and _AUTHOR_BLURB.search(text):
            reason = "author blurb"
        reason = reason or _match_rules(text)
        if reason == "paywall prompt":
            after_paywall = True
        if reason == "byline" and author is None and (m := _BYLINE_NAME.match(text)):
            author = re.split(r"\s*[|·•–—]\s*", m.group(1))[0].strip()
        if reason is None and _TIMESTAMP.match(text) and _words(text):
            reason = "timestamp"
            timestamp = timestamp or text
        if reason is None and _TEASER_HEAD.match(text) and not _is_sentence_like(text):
            reason, in_teasers = "related-article teaser", True
        elif (
            reason is None
            and in_teasers
            and len(text) < 140
            and len(re.findall(r"[.!?](\s|$)", text)) <= 1
        ):
            reason = "related-article teaser"
        elif reason is None:
            in_teasers = False
        if reason is None and re.fullmatch(r"[a-z0-9_]{2,15}", text):
            reason = "stray token"
        if reason is None and _caption_label(text, next_text(i)):
            reason = "caption label"
        key = text.casefold()
        if reason is None and key in seen and len(text) > 20:
            reason = "repeated line"
        seen.add(key)
        if reason:
            verdict[i] = reason

    # what dangles at the very end: a label with nothing after it, a fragment cut mid-sentence
    for i in reversed(nonblank):
        if i in verdict:
            continue
        text = stripped[i]
        if text.endswith(":") and len(_words(text)) <= 8:
            verdict[i] = "dangling label"
            continue
        if not text.endswith(_END_PUNCT) and len(_words(text)) >= 6 and i != nonblank[0]:
            verdict[i] = "truncated fragment"
        break

    kept = [i for i in nonblank if i not in verdict]
    title = _title(stripped, kept)
    blocks = [Block(line=first_line + i, text=stripped[i]) for i in kept]
    removed = [
        Removed(line=first_line + i, text=stripped[i], reason=verdict[i]) for i in sorted(verdict)
    ]
    return Cleaned(blocks, removed, title, author, outlet_hint, timestamp)


def _title(stripped: list[str], kept: list[int]) -> str | None:
    """The first kept line, when it is shaped like a headline rather than a paragraph."""
    if not kept:
        return None
    text = stripped[kept[0]]
    if len(text) > 200 or len(_words(text)) < 3:
        return None
    if text.endswith(".") and not text.endswith("..."):
        return None
    later = kept[1] if len(kept) > 1 else None
    # a headline stands alone: a blank line or the end follows it
    if later is not None and later == kept[0] + 1 and stripped[kept[0] + 1 : later] == []:
        blank_after = kept[0] + 1 < len(stripped) and not stripped[kept[0] + 1]
        if not blank_after:
            return None
    return text
