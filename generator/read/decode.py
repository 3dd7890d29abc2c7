"""Bytes to text: the encoding found, damage repaired where it is clear, and said.

UTF-8 (with or without BOM), UTF-16 (with a BOM, or English without one), else cp1252,
else latin-1. A UTF-8 file with a stray invalid byte stays UTF-8 (the byte shown as
U+FFFD) rather than turning every accented letter into mojibake. Control characters
(ESC, BEL, a late NUL) are removed: they are no part of an article and would reach the
digests and the site.
"""

from __future__ import annotations

import codecs
import html
import re
import unicodedata

from generator.read.folder import SourceError
from generator.settings import TEXT_SAMPLE_BYTES, UTF8_MAX_INVALID_SHARE, UTF16_NUL_SHARE

__all__ = ["character_references", "decode", "mostly_printable", "strip_controls", "visible"]

# Every control character but tab and newline (carriage returns are gone by then).
_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_REPLACEMENT = "\ufffd"
# a character reference written out whole, with its semicolon: "&#233;", "&#xE9;", "&eacute;"
# ("AT&T", "R&D" and "&c" are text)
_REFERENCE = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
# a reference to an inverted question mark between two letters stands for a lost
# apostrophe ("the club&#191;s"), as text passed through a character set without ’ writes
# it; Spanish opens a question with it after a space, never inside a word
_INVERTED_QUESTION = "\u00bf"


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def _utf16(data: bytes) -> str | None:
    """The text, when the bytes are UTF-16; None when they are not."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise SourceError("starts as UTF-16 (byte-order mark) but is not UTF-16") from None
    sample = data[:TEXT_SAMPLE_BYTES]
    pairs = len(sample) // 2
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    if pairs == 0 or len(data) % 2:
        return None
    if odd >= UTF16_NUL_SHARE * pairs and even == 0:
        encoding = "utf-16-le"
    elif even >= UTF16_NUL_SHARE * pairs and odd == 0:
        encoding = "utf-16-be"
    else:
        return None
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        return None


def _eight_bit(data: bytes, notices: list[str]) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        first = error.start
    text = data.decode("utf-8-sig", errors="replace")
    invalid = text.count(_REPLACEMENT) - data.count(_REPLACEMENT.encode())
    valid = sum(1 for ch in text if ord(ch) > 127 and ch != _REPLACEMENT)
    if valid and invalid <= UTF8_MAX_INVALID_SHARE * (valid + invalid):
        line = data[:first].count(b"\n") + 1
        where = f"line {line}" if invalid == 1 else f"first on line {line}"
        notices.append(
            f"{_plural(invalid, 'byte')} not valid UTF-8 ({where}); read as UTF-8 with "
            f"{_REPLACEMENT} in {'its' if invalid == 1 else 'their'} place"
        )
        return text
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        return data.decode("latin-1")


def decode(data: bytes) -> tuple[str, list[str]]:
    """The text (NFC, newlines as `\\n`) and what was repaired on the way, to be said."""
    notices: list[str] = []
    text = _utf16(data)
    if text is None:
        if b"\x00" in data[:TEXT_SAMPLE_BYTES]:
            raise SourceError("binary file (NUL bytes), not text")
        text = _eight_bit(data, notices)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\u00a0", " ").replace("\u202f", " ")  # no-break spaces: layout, not text
    return unicodedata.normalize("NFC", text), notices


def character_references(text: str) -> str:
    """Plain text that carries markup's escapes (a page's text saved as it was stored:
    "Pel&#233;") with the characters they stand for, so a name is read as it is written."""
    if "&" not in text:
        return text

    def character(match: re.Match[str]) -> str:
        char = html.unescape(match.group())
        start, end = match.span()
        between_letters = text[start - 1 : start].isalpha() and text[end : end + 1].isalpha()
        return "\u2019" if char == _INVERTED_QUESTION and between_letters else char

    return _REFERENCE.sub(character, text)


def strip_controls(text: str, notices: list[str] | None = None) -> str:
    """The text without control characters; how many went, and which, in `notices`."""
    found = _CONTROLS.findall(text)
    if not found:
        return text
    if notices is not None:
        kinds = ", ".join(f"U+{ord(c):04X}" for c in dict.fromkeys(found))
        notices.append(f"{_plural(len(found), 'control character')} removed ({kinds})")
    return _CONTROLS.sub("", text)


def mostly_printable(text: str) -> bool:
    """At least 90% printable: binary data read as text is not. Format characters
    (zero-width spaces, direction marks) count as text. Counted character by character
    only when the whole text is not printable, which articles nearly all are."""
    if text.replace("\n", "").replace("\t", "").isprintable():
        return True
    printable = sum(
        ch.isprintable() or ch in "\n\t" or unicodedata.category(ch) == "Cf" for ch in text
    )
    return printable >= 0.9 * len(text)


def visible(text: str) -> bool:
    """Whether any character shows: not only spaces and zero-width characters."""
    return any(not ch.isspace() and unicodedata.category(ch) != "Cf" for ch in text)
