"""Where the quotations are: character spans from the quotation marks alone.

Double marks only, curly, straight or guillemets: single marks are apostrophes too
often to open a quote, and inside a quote they mark a quote within it. A quote inside a
quote keeps the outer one whole, whatever the styles ("..."...“...”...", “..."..."...”),
except a straight mark opening a sentence inside a straight quote: that reopens the
marks for the next sentence (`... weeks. "We are ...`) and ends the quote before; so
does one after a frame's colon sentences into a straight quote never closed (`"... it
happens. Ann Dore is fit. The coach said: "We ...`), ending it at the sentence before;
a reopened quote ends too before a sentence of the writer's in it (`... this happens.
Meanwhile, FA spokesman Tom Hale welcomed it and said ... "Mido's ...`).
A closing mark with no opening one starts the quote after the colon that introduced it,
or at its sentence's start, with the sentences before it that say "I", "we" or "you"
(none when a quote closed earlier in that sentence); a straight mark typed with a space
after it where a sentence ends or after a word (`... she wrote to Ruiz. " Our crews
..."`, `said it was " a threat"`), or glued to the word before it (`budget"a`), opens
a quote when the next mark closes one rather than opens one. A quote left open at a
paragraph's end goes on when the next paragraph opens with a mark, as multi-paragraph
quotes are written, or with a word in lower case (the page's layout broke its sentence);
else its closing mark was lost, and
it ends with the paragraph (a later sentence reporting speech may be the speaker's own:
`The doctor said ...`). A straight quote left open, at a reopened mark or at its
paragraph's end, ends before a sentence of the writer's: one introducing someone in full
(above), one where "he", "she" or a name reports speech in the past (`... fit enough. Mr
Vale said that ...`), saying no "I", "we" or "you"; and at a frame closing one of its
sentences (`..., the organisation said in its report.`), where its mark was lost. After
a mark with no opening one, the next such mark starts its quote where that one ended. In
a quoted transcript, a speaker's label ("PENCE: ...") starts a new turn with its speaker.
Two apostrophes (or backticks) side by side are one double mark, as typewriter and LaTeX
texts write them (''...'', ``...''); the marks around a quote are read so by the sieves too.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from itertools import pairwise

from generator import lexicon
from generator.clean.lines import PARAGRAPH_BREAK
from generator.settings import FRAME_TAIL_WORDS

__all__ = ["QuoteSpan", "paragraphs", "quote_spans"]

_OPENERS = {"“": "”", "«": "»", "„": "“”", '"': '"”'}  # opening mark -> its closing marks
_CLOSERS = frozenset('”»"')
# any of those marks: a paragraph's other characters are passed over at once, not one by one
_MARKS = re.compile("[" + re.escape("".join(sorted({*_OPENERS, *_CLOSERS}))) + "]")
_OPEN_BEFORE = "([{—–-:/"
# two apostrophes or two backticks standing for one double mark, not three in a row
_TYPEWRITER = re.compile(r"(?<![`'])(?:''|``)(?![`'])")
# a sentence's end inside a quote: its stop, then a space and a capital (`... learn. It`)
_SENTENCE_END = re.compile(r"([.?!…])\s+(?=[A-Z])")
# a stop that ends an abbreviation, not a sentence ("U.S. Army", "Dr. Ann Dore")
_ABBREVIATION = re.compile(
    r"(?:\b[A-Z]|\b(?:"
    + "|".join(sorted(lexicon.words("abbreviations", "before_names")))
    + r"))\.$"
)
_WORDS = re.compile(r"[\w'’-]+")
# the speaker's own words, not the writer's: a frame holding one is inside the quote
_FIRST_PERSON = lexicon.words("pronouns", "first_person")
# words a speaker says of themselves or to those listening: "I", "we", "you"
_SPOKEN = _FIRST_PERSON | lexicon.words("pronouns", "second_person")
# a transcript label at a turn's start: one to three capitalised words, then a colon
_LABEL = re.compile(r"([A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,2}):\s+")
# a person introduced in full: a title or a description in lower case, then two or more
# capitalised words ("Egypt FA spokesman Methat Shalaby", "coach Tom Hale")
_INTRODUCED = re.compile(r"\b([a-z][a-z.-]+) (?:[A-Z][\w'’-]+ ){1,3}[A-Z][\w'’-]+")
_ROLES = lexicon.words("titles", "titles") | lexicon.words("titles", "descriptors")
# a verb of saying as the writer reports it, in the past: "said", "told", "added"
# "he" and "she": a frame of nothing else but a verb names the speaker the writer goes on about
_HE_SHE = frozenset(
    word
    for word, form in lexicon.table("pronouns", "personal").items()
    if form["person"] == "third" and form["number"] == "singular" and form["gender"] != "neuter"
)
_REPORTED = frozenset(
    v for v in lexicon.words("speech", "verbs") if v.endswith("ed")
) | lexicon.words("speech", "reported_irregular")
# words between a named subject and its verb of saying ("Robinson also revealed ...")
_ADVERBS_OK = lexicon.words("speech", "report_adverbs")
# a sentence opening with "he"/"she" or a name (one to three capitalised words), maybe an
# adverb, then its verb: "Mr Hale said that ...", "Robinson also revealed ..."
_NAMED_SUBJECT = re.compile(r"((?:[A-Z][\w'’.-]+ ){0,2}[A-Z][\w'’-]+) ([a-z]+)\b(?: ([a-z]+)\b)?")
# a sentence's last clause, after its last comma
_LAST_CLAUSE = re.compile(r",\s+([^,]+?)[.?!…]?\s*$")
# the words of a frame's speaker before its verb: "he", "it", "the committee", "Mr Hale"
_FRAME_SPEAKER = re.compile(r"(?:he|she|it|they|the(?: [a-z]+){1,2}|(?:[A-Z][\w'’.-]+ ?){1,3})")


@dataclass(frozen=True)
class QuoteSpan:
    start: int  # first character of the quoted words
    end: int  # just past the last quoted word (the closing mark, or the paragraph's end)
    label: str | None = None  # the transcript label that opened this turn, as written


def paragraphs(text: str) -> list[tuple[int, int]]:
    """Character spans of the paragraphs."""
    out = []
    pos = 0
    for chunk in text.split(PARAGRAPH_BREAK):
        out.append((pos, pos + len(chunk)))
        pos += len(chunk) + len(PARAGRAPH_BREAK)
    return out


def _straight_opens(text: str, i: int) -> bool:
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return (before.isspace() or before in _OPEN_BEFORE) and not after.isspace()


def _opens(text: str, i: int) -> bool:
    return text[i] in "“«„" or (text[i] == '"' and _straight_opens(text, i))


def _spaced_open(text: str, i: int, end: int) -> bool:
    """A straight mark typed with a space after it where a sentence or a frame's colon
    ends (`... he told Cook. " You guys ..."`), or after a word of the writer's sentence
    (`told him the plan was " a threat to jobs".`): it opens the quote that the next mark
    of the paragraph closes, not closes one that never opened (read as closing, the
    writer's words before it were a quote and hid its frame). When that next mark opens a
    quote itself (`... a great year. " Hayes added: "Knowing ...`), the spaced one is a
    closing mark typed with a space before it, as the BBC's texts often type them."""
    before = text[:i].rstrip(" ")
    if text[i] != '"' or text[i + 1 : i + 2] != " " or len(before) == i:
        return False
    following = text.find('"', i + 1, end)
    after_word = before[-1:].isalnum() or before[-1:] in ".?!…:"
    return after_word and following >= 0 and not _opens(text, following)


def _glued_open(text: str, i: int, end: int) -> bool:
    """A straight mark typed with no space between it and the word before, a letter after
    it (`called the budget"a house built on sand".`): it opens the quote that the next
    mark of the paragraph closes, when that one closes rather than opens."""
    if text[i] != '"' or not text[i - 1 : i].isalpha() or not text[i + 1 : i + 2].isalpha():
        return False
    following = text.find('"', i + 1, end)
    return following >= 0 and not _opens(text, following)


def _reopens(text: str, i: int) -> bool:
    """A straight mark opening a new sentence while a straight quote is open: the BBC
    style of reopening the marks at each sentence of one speaker's words (`... weeks.
    "We are ...`), where the quote before ends; a quote within a quote sits inside a
    sentence instead. A sentence may end inside a single-quoted quote within the quote
    (`... say 'no way.' "We ...`): its closing mark after the stop ends it too."""
    before = text[:i].rstrip(" ")
    ended = before[:-1] if before[-1:] in "'’" else before
    return text[i] == '"' and _straight_opens(text, i) and len(before) < i and ended[-1:] in ".?!…"


def _sentence_ends(text: str, start: int, i: int) -> list[re.Match[str]]:
    """The sentence ends between two characters, not an abbreviation's stop."""
    return [
        m
        for m in _SENTENCE_END.finditer(text, start, i)
        if not _ABBREVIATION.search(text, start, m.end(1))
    ]


def _framed_anew(text: str, start: int, i: int, end: int) -> int | None:
    """Where a straight quote left open (from `start`) ends when a straight mark opens at
    `i` after a colon that frames a new quote, sentences after it (`... "I'll learn. It
    happens. Ann Dore is fit. Coach Tom Hale said: "We need her.`): the quote's marks
    were closed by a paragraph's end the text lost, so it ends at the last sentence's end
    before the frame's sentence, not a quote within it. Only when the paragraph's marks
    left after it cannot close both a quote within and the outer quote, and the frame
    is in the writer's words, naming its speaker (a capital after its first word) and
    no "I" or "we", or all of it "he" or "she" and a verb of saying in the past (`... not
    promoted. He added: "The album`); a quote within a quote (`"It hurt. My boss told
    me: "Go." I left," she said`) stays one."""
    if text[i] != '"' or not _straight_opens(text, i) or not text[:i].rstrip(" ").endswith(":"):
        return None
    opening = sum(1 for j in range(i + 1, end) if _opens(text, j))
    if _closers(text, i, end, "".join(_CLOSERS)) - opening >= 2:
        return None  # marks left to close the quote within and the one around it
    ends = [found.end(1) for found in _sentence_ends(text, start, i)]
    if not ends:
        return None
    frame = _WORDS.findall(text[ends[-1] : i])
    named = any(w[0].isupper() for w in frame[1:])
    if named and not _FIRST_PERSON & {w.lower() for w in frame}:
        return ends[-1]
    said = len(frame) == 2 and frame[0].lower() in _HE_SHE and frame[1] in _REPORTED
    return ends[-1] if said else None


def _writers(text: str, start: int, i: int) -> int | None:
    """Where a straight quote left open (from `start`) ends before `i` (a straight mark
    reopening the marks, or its paragraph's end), if one of its sentences after the first
    is evidently the writer's: it introduces
    a person in full with a title or a description (`Meanwhile, Egypt FA spokesman Methat
    Shalaby welcomed the apology and said ...`), reports speech in the past and says no
    "I", "we" or "you". The quote's closing mark was lost before it; the speaker's own
    words rarely name someone so. The quote ends at the sentence before that one."""
    ends = [found.end(1) for found in _sentence_ends(text, start, i)]
    for k, cut in enumerate(ends):
        stop = ends[k + 1] if k + 1 < len(ends) else i
        words = _words_of(text, cut, stop)
        if _SPOKEN & words or not _REPORTED & words:
            continue
        if any(m.group(1) in _ROLES for m in _INTRODUCED.finditer(text, cut, stop)):
            return cut
    return None


def _lost_close(text: str, start: int, stop: int) -> int | None:
    """Where a straight quote left open (from `start`) ends before `stop` (a mark that
    reopens the marks, or the paragraph's end) when its closing mark was evidently lost:
    the earliest of a writer's sentence introducing someone (`_writers`), one reporting in
    the past what a named person said (`_named_report`), or a frame after the quote's own
    words (`_frame_inside`). None when no sentence shows it."""
    cuts = [
        cut
        for cut in (
            _writers(text, start, stop),
            _named_report(text, start, stop),
            _frame_inside(text, start, stop),
        )
        if cut is not None
    ]
    return min(cuts) if cuts else None


def _sentences(text: str, start: int, stop: int) -> list[tuple[int, int]]:
    """The sentences between two characters, as spans."""
    ends = [found.end() for found in _sentence_ends(text, start, stop)]
    bounds = [start, *ends, stop]
    return list(pairwise(bounds))


def _named_report(text: str, start: int, stop: int) -> int | None:
    """Where a quote left open ends before a sentence after its first that the writer
    opens with "he", "she" or a name the text also writes inside a sentence, then a verb
    of saying in the past (`... fit enough. Mr Hale said that the squad ...`, `Robinson
    also revealed that ...`), with no "I", "we" or "you" in it: the writer reporting the
    speaker's words, not the speaker's own (who say "he told me ..."). A sentence of
    another subject (`Another added that ...`, `The doctor said ...`) may be the
    speaker's report of others' words, and stays."""
    for begin, end in _sentences(text, start, stop)[1:]:
        opening = _NAMED_SUBJECT.match(text, begin, end)
        if opening is None or _SPOKEN & _words_of(text, begin, end):
            continue
        subject, first, second = opening.groups()
        if first not in _REPORTED and (first not in _ADVERBS_OK or second not in _REPORTED):
            continue
        if subject.lower() in _HE_SHE or _named_inside(text, subject):
            return begin
    return None


def _named_inside(text: str, name: str) -> bool:
    """Whether the text writes the last word of `name` after a word (a name, not a word
    capitalised for opening its sentence: "Mr Hale" after "coach Tom Hale")."""
    last = name.split()[-1]
    return re.search(r"[\w,] " + re.escape(last) + r"\b", text) is not None


def _frame_inside(text: str, start: int, stop: int) -> int | None:
    """Where a quote left open ends when one of its sentences closes with the writer's
    frame (`"In view of ... to 'wait and see', the organisation said in its report.`):
    its closing mark was lost before that comma when the sentence is the quote's first,
    or says "I", "we" or "you"; in a later sentence of none of them (`... sciences. This
    mirrored the concerns the committee had voiced, it said.`) the writer may be
    reporting, and the quote ends before that sentence."""
    for k, (begin, end) in enumerate(_sentences(text, start, stop)):
        frame = _LAST_CLAUSE.search(text, begin, end)
        if frame is None or not _frames(frame.group(1)):
            continue
        if _SPOKEN & _words_of(text, frame.start(), end):
            continue
        own = k == 0 or bool(_SPOKEN & _words_of(text, begin, frame.start()))
        return frame.start() if own else begin
    return None


def _frames(clause: str) -> bool:
    """Whether a clause is a frame of the words before it: a speaker ("he", "the
    committee", "Mr Hale"), a verb of saying in the past, and a few words at most."""
    words = clause.split()
    return any(
        words[j] in _REPORTED
        and len(words) - j - 1 <= FRAME_TAIL_WORDS
        and _FRAME_SPEAKER.fullmatch(" ".join(words[:j])) is not None
        for j in range(1, min(len(words), 4))
    )


def _words_of(text: str, start: int, end: int) -> set[str]:
    """The words between two characters, in lower case, each cut at an apostrophe ("I'm"
    is "i"); a word in capitals as written ("US" is not "us")."""
    cut = (re.split("['’]", w)[0] for w in _WORDS.findall(text, start, end))
    return {w if len(w) > 1 and w.isupper() else w.lower() for w in cut}


def _voiced_start(text: str, start: int, last_end: int, i: int) -> int | None:
    """Where a quote closed at `i` with no opening mark began, in a paragraph from
    `start` (`last_end`: past the quote closed before it): its opening mark was lost,
    often at its sentence's start (`... had left her lost for words. Half the fleet sailed
    past," she said`). The sentence holding the closing mark is the speaker's, as is each one
    before it that says "I", "we" or "you"; the first that says none of them is as
    often the writer's. None when a quote closed earlier in that sentence (`Skippers
    were "choking" on forms," she said`): where the lost mark stood is unsure."""
    starts = [found.end() for found in _sentence_ends(text, start, i)]
    begin = starts[-1] if starts else start
    if begin < last_end:
        return None
    for before in reversed([start, *starts[:-1]]):
        if before < last_end or not _SPOKEN & _words_of(text, before, begin):
            break
        begin = before
    return begin


def _closers(text: str, i: int, end: int, closing: str) -> int:
    """Marks after `i` in the paragraph that could close a quote opened with `closing`."""
    return sum(1 for j in range(i + 1, end) if text[j] in closing and not _opens(text, j))


def _in_paragraph(
    text: str, start: int, end: int, carried: str | None
) -> tuple[list[tuple[int, int]], tuple[int, str] | None]:
    """Top-level quotes closed inside the paragraph, and where a quote left open at its end
    began with its closing marks (None when none is). `carried`: the closing marks of a
    quote from the paragraph before that goes on in this one, after its opening mark or
    from its first word."""
    found: list[tuple[int, int]] = []
    stack: list[tuple[int, str]] = []  # (start of the quoted words, its closing marks)
    if carried is not None:
        if _opens(text, start):
            stack.append((start + 1, _OPENERS[text[start]]))
            start += 1
        else:
            stack.append((start, carried))
    last_end = start
    paired = False  # whether the quote that ended at last_end had its opening mark
    for mark in _MARKS.finditer(text, start, end):
        i, ch = mark.start(), mark.group()
        if not stack:
            if _opens(text, i):
                stack.append((i + 1, _OPENERS[ch]))
            elif ch == "”" and _straight_opens(text, i) and "”" in text[i + 1 : end]:
                stack.append((i + 1, "”"))  # a closing mark typed for an opening one
            elif _spaced_open(text, i, end) or _glued_open(text, i, end):
                stack.append((i + 1, _OPENERS[ch]))
            elif ch == '"' and i > start and text[i - 1].isdigit():
                continue  # an inch mark: 6'3"
            else:
                # a closing mark with no opening one: the quote began after the colon
                # that introduced it, or where its sentences begin (`_voiced_start`)
                colon = text.rfind(":", last_end, i)
                if colon >= 0:
                    begin: int | None = colon + 1
                elif paired or last_end == start:
                    begin = _voiced_start(text, start, last_end, i)
                else:  # after another mark with no opening one, where the last quote ended
                    begin = last_end
                if begin is not None:
                    found.append((begin, i))
                last_end, paired = i + 1, False
            continue
        closing = stack[-1][1]
        if len(stack) == 1 and '"' in closing and _reopens(text, i):
            found.append((stack[0][0], _lost_close(text, stack[0][0], i) or i))
            stack = [(i + 1, _OPENERS[ch])]
            continue
        if len(stack) == 1 and '"' in closing and (cut := _framed_anew(text, stack[0][0], i, end)):
            found.append((stack[0][0], cut))
            stack = [(i + 1, _OPENERS[ch])]
            continue
        if _opens(text, i) and (ch not in closing or ch == '"'):
            # a quote within the quote, when marks are left to close it (and, in the
            # same style, the outer one too); else a new quote after an unclosed one
            own = _OPENERS[ch]
            same_style = ch in closing or own == closing
            needed = len(stack) + 1 if same_style else 1
            if _closers(text, i, end, own) >= needed:
                stack.append((i + 1, own))
                continue
            if ch not in closing:
                found.append((stack[0][0], i))
                stack = [(i + 1, own)]
                continue
        opened = stack.pop()[0]
        if not stack:
            found.append((opened, i))
            last_end, paired = i + 1, True
    if len(stack) == 1 and '"' in stack[0][1]:
        cut = _lost_close(text, stack[0][0], end)
        if cut is not None:  # the quote's closing mark was lost before the paragraph's end
            found.append((stack[0][0], cut))
            return found, None
    return found, (stack[0] if stack else None)


def _turns(text: str, start: int, end: int) -> list[QuoteSpan]:
    """A quote cut at the transcript labels that open its paragraphs."""
    cuts: list[tuple[int, int, str]] = []  # (label start, words start, label)
    for m in _LABEL.finditer(text, start, end):
        at_paragraph = m.start() == start or text[start : m.start()].rstrip(' “"').endswith("\n")
        if at_paragraph and len(m.group(1).replace(".", "")) >= 2:
            cuts.append((m.start(), m.end(), m.group(1)))
    if not cuts:
        return [QuoteSpan(start, end)]
    spans = [QuoteSpan(start, cuts[0][0])] if text[start : cuts[0][0]].strip(' “"\n') else []
    for k, (_, words, label) in enumerate(cuts):
        stop = cuts[k + 1][0] if k + 1 < len(cuts) else end
        spans.append(QuoteSpan(words, stop, label))
    return spans


def quote_spans(text: str) -> list[QuoteSpan]:
    """Every top-level quotation, in text order, two apostrophes read as one double mark
    (the spans point into `text` as written)."""
    plain = _TYPEWRITER.sub('"', text)
    if len(plain) == len(text):
        return _spans(text)
    # a pair at `p` in the text, the m-th, is one mark at p - m in the plain text
    marks = [m.start() - n for n, m in enumerate(_TYPEWRITER.finditer(text))]

    def back(k: int) -> int:
        return k + bisect_left(marks, k)

    return [QuoteSpan(back(s.start), back(s.end), s.label) for s in _spans(plain)]


def _goes_on(text: str, start: int) -> bool:
    """Whether a paragraph carries on a quote left open at the end of the one before: it
    opens with a quotation mark, as multi-paragraph quotes are written, or with a word in
    lower case, its sentence broken by the page's layout (a link's words set apart: `...
    like an` / `agent provocateur` / `and perhaps ... responsible."`)."""
    return start < len(text) and (_opens(text, start) or text[start].islower())


def _spans(text: str) -> list[QuoteSpan]:
    joined: list[tuple[int, int]] = []
    carried: str | None = None  # the closing marks of a quote the paragraph carries on
    paras = paragraphs(text)
    for index, (start, end) in enumerate(paras):
        found, open_quote = _in_paragraph(text, start, end, carried)
        words = start + 1 if carried is not None and _opens(text, start) else start
        if carried is not None and found and found[0][0] == words:
            joined[-1] = (joined[-1][0], found.pop(0)[1])
        joined.extend(found)
        if open_quote is not None:
            if carried is not None and open_quote[0] == words and not found:
                joined[-1] = (joined[-1][0], end)
            else:
                joined.append((open_quote[0], end))
        # a quote open at the paragraph's end goes on only if the next paragraph shows it
        nxt = paras[index + 1][0] if index + 1 < len(paras) else len(text)
        carried = open_quote[1] if open_quote is not None and _goes_on(text, nxt) else None
    spans = []
    for start, end in joined:
        spans.extend(_turns(text, start, end))
    return spans
