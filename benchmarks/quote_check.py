"""Direct quotes and their speakers against the held-out BBC key in benchmarks/quotes-check/.

    python benchmarks/quote_check.py [--annotations DIR] [--corpus ../shared/corpus]
                                     [--digests DIR] [--show] [--json FILE]

The figures are those of PolNeAR's scorer (`../shared/eval/quotes/score.py`), its logic
re-implemented here so that the quality gate needs nothing of `../shared` but the corpus
text. Without --digests the annotated BBC articles (research use only: read in place,
never copied into the project) are linked into a temporary folder, digested with the
current generator and scored; with --digests, digests already written for sources named
`<category>-<nnn>.txt` are scored. A key may also name saved web pages of the shared
folder (benchmarks/quotes-outlets/: `eval/extraction/dev/<hash>.html`): the page is
digested, its quotes placed in its rendered text beside it. The key, its guidelines and
the figures' meaning are in benchmarks/quotes-check/README.md. When the corpus is absent the check says so and stops.
"""

from __future__ import annotations

import re
import sys
import tempfile
import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from pathlib import Path
from typing import Any

import yaml
from bbc_keys import arguments, digest, link_articles, read_yaml, report, source_path

from generator import lexicon
from generator.article.person_words import PERSON_NOUNS

REPO = Path(__file__).resolve().parent.parent
ANNOTATIONS = REPO / "benchmarks" / "quotes-check"
ORGANISATION, UNNAMED = "organisation: ", "unnamed: "

WORD = re.compile(r"\w+")
SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})
# Words before a surname that are no given name ("Mr", "Lord", "Chancellor", "former"),
# surname particles ("Le" of "Marine Le Pen") and a given name's short forms ("Bill" is
# "William"): the generator's lexicon, so the scorer reads names as the product does.
TITLES = (
    PERSON_NOUNS
    | lexicon.words("titles", "honorifics")
    | lexicon.words("titles", "styles")
    | lexicon.words("titles", "former")
)
PARTICLES = lexicon.words("names", "particles")
SHORT_FORMS = lexicon.table("names", "short_forms")  # "bill" -> ["william"]

Figures = dict[str, float | int | None]


# --- words and names, as PolNeAR's scorer compares them --------------------------------


def fold(text: str) -> str:
    """Without accents or case: 'José' and 'jose' are one token."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def tokens(text: str) -> list[tuple[str, int, int]]:
    return [(fold(m.group()), m.start(), m.end()) for m in WORD.finditer(text)]


def words(text: str) -> list[str]:
    return [fold(m.group()) for m in WORD.finditer(text)]


def _name_words(name: str) -> list[str]:
    """A name's words as written, without a possessive, dots, quotes or a suffix (Jr)."""
    parts = []
    for word in re.findall(r"[^\s,()]+", name):
        word = re.sub(r"['\u2019]s$", "", word).strip(".'\u2019\"“”")
        if word:
            parts.append(word)
    while parts and fold(parts[-1]).rstrip(".") in SUFFIXES:
        parts.pop()
    return parts


def surname(name: str) -> str | None:
    """The last word of a name, without a possessive, dots or a suffix such as Jr."""
    parts = _name_words(name)
    return fold(parts[-1]) if parts else None


def _initial(word: str) -> bool:
    """One letter, or two written as initials ("J.R", "JK"); "Al" or "Ed" is a name."""
    letters = word.replace(".", "")
    return len(letters) < 2 or (len(letters) == 2 and (letters.isupper() or "." in word))


def given_names(name: str) -> frozenset[str]:
    """The words before the surname that are neither initials, titles ("Lord", "Mr") nor
    particles after a given name ("Le" of "Marine Le Pen"; a name's first word is one
    only in lower case: "Al Hendrix"), each with its full forms ("bill" -> also
    "william"): {"janie"} of "Janie Hendrix", {"martin", "luther"} of "Martin Luther
    King", none of "Ms Hendrix", "J. Hendrix" or "Lord Goldsmith".

    PolNeAR's scorer takes only the word next to the surname and every word of two
    letters for an initial, so that there "Al Hendrix" disagrees with no Hendrix and
    "Martin King" disagrees with "Martin Luther King"; here a short word is an initial
    only when written as one, and any given name in common is agreement."""
    found: set[str] = set()
    for i, word in enumerate(_name_words(name)[:-1]):
        folded = fold(word).rstrip(".")
        if _initial(word) or folded in TITLES or f"{folded}." in TITLES:
            continue
        if folded in PARTICLES and (i or word.islower()):  # "Le" of "Marine Le Pen", not "Al"
            continue
        found.add(folded)
        found.update(SHORT_FORMS.get(folded, ()))
    return frozenset(found)


def same_person(gold_name: str, system_names: Iterable[str]) -> bool:
    """A system speaker is right when one of its names shares the gold name's surname."""
    wanted = surname(gold_name)
    return wanted is not None and any(surname(n) == wanted for n in system_names)


def same_person_strict(gold_name: str, system_names: Iterable[str]) -> bool:
    """As `same_person`, and the given names of those sharing the surname do not disagree
    ("Al Hendrix" is not "Janie Hendrix"; "Ms Hendrix" or "J. Hendrix" is no disagreement),
    so a namesake given the quote is not counted right: PolNeAR's `strict` match, read as
    `given_names` says where it differs."""
    wanted = surname(gold_name)
    sharing = [n for n in system_names if surname(n) == wanted]
    if wanted is None or not sharing:
        return False
    gold_given = given_names(gold_name)
    system_given = frozenset().union(*map(given_names, sharing))
    return not gold_given or not system_given or bool(gold_given & system_given)


# --- the key -----------------------------------------------------------------------------


@dataclass(frozen=True)
class GoldQuote:
    text: str
    speaker: str | None  # a person's name, "organisation: ...", "unnamed: ..." or None
    occurrence: int  # the n-th time the text occurs in the article (1 = first)

    @property
    def named(self) -> bool:
        """Said by a person the article names (organisations and unnamed ones are not)."""
        return bool(self.speaker) and not str(self.speaker).startswith((ORGANISATION, UNNAMED))


@dataclass(frozen=True)
class Annotation:
    id: str
    article: str
    checksum: str
    quotes: tuple[GoldQuote, ...]


def load_annotations(folder: Path) -> list[Annotation]:
    """Every `<category>-<nnn>.yaml` in the folder, sorted by id."""
    found = []
    for path in sorted(folder.glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        quotes = tuple(
            GoldQuote(str(q["text"]), q.get("speaker"), int(q.get("occurrence", 1)))
            for q in data.get("quotes") or []
        )
        found.append(Annotation(path.stem, data["article"], data["checksum"], quotes))
    return found


def link_sources(annotations: Path, corpus_parent: Path, into: Path) -> list[str]:
    """Link each annotated article into `into` as `<id>.txt` after checking its bytes."""
    notes = load_annotations(annotations)
    return link_articles(((n.id, n.article, n.checksum) for n in notes), corpus_parent, into)


# --- placing quotes in the text ------------------------------------------------------------


class Text:
    """An article's tokens, to place gold and system quotes as sets of token positions."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.toks = tokens(text)
        self.words = [t[0] for t in self.toks]
        self.first: dict[str, list[int]] = defaultdict(list)
        for i, w in enumerate(self.words):
            self.first[w].append(i)

    def gold_tokens(self, quote: GoldQuote, article: str) -> set[int]:
        """The tokens of the quote's n-th occurrence (overlapping occurrences counted)."""
        start = -1
        for _ in range(quote.occurrence):
            start = self.text.find(quote.text, start + 1)
            if start < 0:
                raise ValueError(f"{article}: quote not in the text: {quote.text[:40]!r}")
        end = start + len(quote.text)
        return {i for i, (_, b, f) in enumerate(self.toks) if b < end and f > start}

    def occurrences(self, q: list[str], start: int = 0) -> list[int]:
        n = len(q)
        return [p for p in self.first.get(q[0], []) if p >= start and self.words[p : p + n] == q]

    def sentence_starts(self, sentences: list[str]) -> list[int]:
        """The token where each digest sentence starts (searched forward, as PolNeAR's)."""
        starts, cursor = [], 0
        for sentence in sentences:
            w = words(sentence)
            occ = self.occurrences(w[:6], cursor) if w else []
            if occ and occ[0] - cursor < 3000:
                starts.append(occ[0])
                cursor = occ[0] + len(w)
            else:
                starts.append(cursor)
        return starts

    def headline(self, q: list[str], title: list[str]) -> set[int]:
        """The tokens of a quote of the headline: its occurrence in the page's first
        occurrence of the title (by the title's first words), else its first one."""
        shown = self.occurrences(title[:6]) if title else []
        return self.locate(q, shown[0] if shown else None, shown[0] + len(title) if shown else None)

    def locate(self, q: list[str], hint: int | None, hint_end: int | None) -> set[int]:
        """The tokens a system quote covers: an exact occurrence, preferably inside its
        sentence [hint, hint_end), else the nearest; else a fuzzy alignment around it."""
        if not q:
            return set()
        occ = self.occurrences(q)
        if occ:
            inside = [p for p in occ if hint is not None and hint <= p < (hint_end or hint + 1)]
            if inside:
                p = inside[0]
            else:
                p = min(occ, key=lambda p: abs(p - hint)) if hint is not None else occ[0]
            return set(range(p, p + len(q)))
        lo, hi = 0, len(self.words)
        if hint is not None:
            lo, hi = max(0, hint - 400), min(len(self.words), hint + 400 + len(q))
        matcher = SequenceMatcher(None, self.words[lo:hi], q, autojunk=False)
        blocks = [b for b in matcher.get_matching_blocks() if b.size]
        if not blocks:
            return set()
        anchor = max(blocks, key=lambda b: b.size)
        keep = [
            b for b in blocks if b is anchor or (b.size >= 2 and abs(b.a - anchor.a) <= len(q) + 20)
        ]
        return {lo + b.a + k for b in keep for k in range(b.size)}


# --- scoring -----------------------------------------------------------------------------


def _person_names(digests: Path, pid: str, article: dict[str, Any]) -> list[str]:
    """A speaker's names: the person digest's name and aliases, its spellings here."""
    person = read_yaml(digests / "people" / f"{pid}.yaml")
    names = [str(person.get("name") or "")]
    for alias in person.get("aliases") or []:
        names.append(str(alias.get("name", "")) if isinstance(alias, dict) else str(alias))
    for entry in article.get("people") or []:
        if entry.get("id") == pid:
            names += [str(n) for n in entry.get("as_written") or []]
            names.append(str(entry.get("name") or ""))
    return [n for n in names if n] or [pid.replace("-", " ")]


@dataclass
class Tally:
    """Counts summed over articles; the figures are ratios of these."""

    articles: int = 0
    missing: int = 0
    gold: int = 0
    found: int = 0
    gold3: int = 0
    found3: int = 0
    named_gold: int = 0
    named_found: int = 0
    named_right: int = 0
    named_right_strict: int = 0
    named_given: int = 0
    quotes: int = 0
    inside: int = 0
    unlocated: int = 0
    problems: dict[str, list[str]] = field(default_factory=dict)


def _score_article(note: Annotation, text: str, digests: Path, tally: Tally) -> None:
    article = read_yaml(digests / "articles" / f"{note.id}.yaml")
    problems = tally.problems.setdefault(note.id, [])
    tally.articles += 1
    if not article:
        tally.missing += 1
        problems.append("no article digest")
    place = Text(text)
    starts = place.sentence_starts([str(s) for s in article.get("sentences") or []])
    gold = [(q, place.gold_tokens(q, note.id)) for q in note.quotes]
    content = set().union(*(where for _, where in gold))
    placed = []
    for quote in article.get("quotes") or []:
        q = words(str(quote.get("text") or ""))
        s = quote.get("sentence")
        ok = isinstance(s, int) and 0 <= s < len(starts)
        hint = starts[s] if ok else None
        hint_end = (starts[s + 1] if s + 1 < len(starts) else len(place.words)) if ok else None
        if quote.get("headline"):  # in the page's title, not in a sentence
            where = place.headline(q, words(str(article.get("title") or "")))
        else:
            where = place.locate(q, hint, hint_end)
        placed.append((quote, where))
        tally.quotes += 1
        tally.unlocated += len(where) < 0.5 * max(1, len(q))
        if where and len(where & content) / len(where) >= 0.5:
            tally.inside += 1
        else:
            problems.append(f"extra: {len(q)} words, sentence {s}")
    for number, (gq, span) in enumerate(gold, 1):
        best, best_quote = 0.0, None
        for quote, where in placed:
            overlap = len(span & where) / len(span) if span else 0.0
            if overlap > best + 1e-9:
                best, best_quote = overlap, quote
        found, size = best >= 0.5, len(span)
        tally.gold += 1
        tally.found += found
        if size >= 3:
            tally.gold3 += 1
            tally.found3 += found
        label = f"quote {number} ({size} words, speaker {gq.speaker})"
        if not found:
            problems.append(f"miss: {label}")
        if not gq.named:
            continue
        tally.named_gold += 1
        if not found or best_quote is None:
            continue
        tally.named_found += 1
        pid = best_quote.get("speaker")
        if not pid:
            problems.append(f"no speaker: {label}")
            continue
        tally.named_given += 1
        names = _person_names(digests, str(pid), article)
        if not same_person(str(gq.speaker), names):
            problems.append(f"wrong speaker: {label} given {pid}")
            continue
        tally.named_right += 1
        if same_person_strict(str(gq.speaker), names):
            tally.named_right_strict += 1
        else:
            problems.append(f"wrong given name: {label} given {pid}")


def _ratio(part: int, whole: int) -> float | None:
    return round(part / whole, 4) if whole else None


def _figures(t: Tally) -> Figures:
    return {
        "articles": t.articles,
        "gold_quotes": t.gold,
        "found": t.found,
        "recall": _ratio(t.found, t.gold),
        "recall_3w": _ratio(t.found3, t.gold3),
        "named_gold": t.named_gold,
        "named_found": t.named_found,
        "speaker_acc": _ratio(t.named_right, t.named_found),
        "speaker_acc_strict": _ratio(t.named_right_strict, t.named_found),
        "speaker_given": t.named_given,
        "speaker_given_acc": _ratio(t.named_right, t.named_given),
        "speaker_given_acc_strict": _ratio(t.named_right_strict, t.named_given),
        "attributed": _ratio(t.named_right, t.named_gold),
        "attributed_strict": _ratio(t.named_right_strict, t.named_gold),
        "system_quotes": t.quotes,
        "precision": _ratio(t.inside, t.quotes),
        "unlocated": t.unlocated,
        "missing": t.missing,
    }


def article_text(corpus_parent: Path, article: str) -> str:
    """The text quotes are placed in: the article itself, or for a saved web page its
    rendered text (`<page>.txt` beside it, as the extraction set keeps it), with its
    character references read as the generator reads a text source ("Pel&#233;" is
    "Pelé"), so the digests' sentences are found in it."""
    from generator.read.decode import character_references

    source = source_path(corpus_parent, article)
    if source.suffix == ".html":
        source = source.with_suffix(".txt")
    return character_references(source.read_text(encoding="utf-8"))


def _tally(notes: Iterable[Annotation], corpus_parent: Path, digests: Path) -> Tally:
    tally = Tally()
    for note in notes:
        text = article_text(corpus_parent, note.article)
        _score_article(note, text, digests, tally)
    return tally


def score(annotations: Path, corpus_parent: Path, digests: Path) -> Figures:
    """Figures over every annotated article (see the key's README for their meaning)."""
    return _figures(_tally(load_annotations(annotations), corpus_parent, digests))


def details(annotations: Path, corpus_parent: Path, digests: Path) -> dict[str, list[str]]:
    """Every miss, wrong or absent speaker and extra quote, per article id (no text)."""
    return _tally(load_annotations(annotations), corpus_parent, digests).problems


def by_category(annotations: Path, corpus_parent: Path, digests: Path) -> dict[str, Figures]:
    """The figures for all articles and for each category apart (the id's prefix)."""
    notes = load_annotations(annotations)
    groups = {"all": notes}
    for note in notes:
        groups.setdefault(note.id.rsplit("-", 1)[0], []).append(note)
    return {name: _figures(_tally(group, corpus_parent, digests)) for name, group in groups.items()}


def _digest(annotations: Path, corpus_parent: Path, work: Path) -> Path:
    """Digest the annotated articles with the current generator; the digests folder."""
    sources, out = work / "src", work / "out"
    link_sources(annotations, corpus_parent, sources)
    return digest(sources, out)


def main() -> int:
    args = arguments(__doc__, ANNOTATIONS).parse_args()
    if not (args.corpus / "bbc").is_dir():
        print(f"quote check skipped: no corpus at {args.corpus / 'bbc'} (research-only)")
        return 0
    with tempfile.TemporaryDirectory(prefix="quote-check-") as work:
        digests = args.digests or _digest(args.annotations, args.corpus, Path(work))
        columns = by_category(args.annotations, args.corpus, digests)
        shown = (lambda: details(args.annotations, args.corpus, digests)) if args.show else None
        report(columns, shown, args.json)
    return 0


if __name__ == "__main__":
    sys.exit(main())
