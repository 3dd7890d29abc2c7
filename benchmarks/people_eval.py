"""People and countries against the hand-made answer key in benchmarks/people/.

    python benchmarks/people_eval.py [--annotations DIR] [--corpus ../shared/corpus] [--digests DIR]
                                     [--show] [--json FILE]

Without --digests it links the annotated BBC articles (research use only: the text is
read in place, never copied into the project) into a temporary folder, digests them with
the current generator and scores the result; with --digests it scores digests already
written for sources named `<category>-<nnn>.txt`. The key and its guidelines are
described in benchmarks/people/README.md; --annotations scores another key in that format
(benchmarks/people-check, the held-out twenty; benchmarks/people-outlets, news pages of other
outlets, whose paths `eval/...` are read beside the corpus, inside ../shared). When an annotated article
is absent the evaluation says so and stops.
"""

from __future__ import annotations

import re
import sys
import tempfile
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from bbc_keys import arguments, digest, link_articles, read_yaml, report, source_path

REPO = Path(__file__).resolve().parent.parent
ANNOTATIONS = REPO / "benchmarks" / "people"

Figures = dict[str, float | int]


def fold(spelling: str) -> str:
    """One form for spellings that differ only in accents, case, apostrophes or a possessive."""
    decomposed = unicodedata.normalize("NFKD", spelling)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    text = " ".join(plain.casefold().replace("\u2019", "'").split())
    return text[:-2] if text.endswith("'s") else text


def names_person(given: str, gold: str) -> bool:
    """The system's name is the key's, or a fuller spelling of it: the same surname, and
    each other word of the key's name written out, in order, by a word of the system's
    that starts with it ("T Weller" -> "Tomas Weller", "Lind" -> "Anna K. Lind", "Anna K
    Lind" -> "Anna K. Lind"). The key holds the fullest spelling one article uses, while
    a person's canonical name is the fullest well-attested spelling, which other
    articles of a corpus may write; a different spelling ("Ana" for "Anna") or another
    name altogether is not right."""
    mine = [w.rstrip(".") for w in fold(given).split()]
    theirs = [w.rstrip(".") for w in fold(gold).split()]
    if mine == theirs:
        return True
    if not mine or not theirs or mine[-1] != theirs[-1] or len(mine) < len(theirs):
        return False
    words = iter(mine[:-1])
    return all(any(w.startswith(part) for w in words) for part in theirs[:-1])


@dataclass(frozen=True)
class GoldPerson:
    name: str
    spellings: tuple[str, ...]
    country: str | None

    @property
    def keys(self) -> set[str]:
        return {fold(s) for s in (self.name, *self.spellings)}


@dataclass(frozen=True)
class Annotation:
    id: str
    article: str
    checksum: str
    people: tuple[GoldPerson, ...]
    countries: frozenset[str]
    optional_people: frozenset[str]
    optional_countries: frozenset[str]


@dataclass(frozen=True)
class SystemPerson:
    id: str
    name: str | None
    as_written: tuple[str, ...]
    country: str | None

    @property
    def keys(self) -> set[str]:
        names = (*self.as_written, self.name) if self.name else self.as_written
        pieces = (piece for s in names for piece in _around_nickname(s))
        return {fold(s) for s in (*names, *pieces)}

    @property
    def label(self) -> str:
        return f"{self.name or self.id} {list(self.as_written)}"


def _around_nickname(spelling: str) -> list[str]:
    """The name's words on either side of a nickname in quotation marks ('Marcia "Cia"
    Price' -> "Marcia", "Price"): the keys write such a name by its contiguous spellings
    (people-bbc11's Jimmy "the Whirlwind" White, people-polnear2's Del. Marcia "Cia" Price)."""
    found = _NICKNAMED.fullmatch(spelling.strip())
    return [found.group(1), found.group(2)] if found else []


_NICKNAMED = re.compile(r"(.+?)\s+[\"“‘'][^\"”’']+[\"”’']\s+(.+)")


@dataclass
class Tally:
    """Counts summed over articles; the figures are ratios of these."""

    articles: int = 0
    gold_people: int = 0
    system_people: int = 0
    excused_people: int = 0
    matched: int = 0
    canonical: int = 0
    gold_spellings: int = 0
    found_spellings: int = 0
    with_country: int = 0
    country_right: int = 0
    country_wrong: int = 0
    without_country: int = 0  # found people whose article states no country for them
    country_unstated: int = 0  # ... to whom the system gives one all the same
    non_people: int = 0
    gold_countries: int = 0
    system_countries: int = 0
    matched_countries: int = 0
    problems: dict[str, list[str]] = field(default_factory=dict)


def load_annotations(folder: Path) -> list[Annotation]:
    """Every `<category>-<nnn>.yaml` in the folder, sorted by id."""
    found = []
    for path in sorted(folder.glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        optional = data.get("optional") or {}
        found.append(
            Annotation(
                id=path.stem,
                article=data["article"],
                checksum=data["checksum"],
                people=tuple(
                    GoldPerson(p["name"], tuple(p["spellings"]), p.get("country"))
                    for p in data.get("people") or []
                ),
                countries=frozenset(data.get("countries") or []),
                optional_people=frozenset(fold(s) for s in optional.get("people") or []),
                optional_countries=frozenset(optional.get("countries") or []),
            )
        )
    return found


def link_sources(annotations: Path, corpus_parent: Path, into: Path) -> list[str]:
    """Link each annotated article into `into` as `<id>.txt` (or `.html`) after checking its
    bytes."""
    notes = load_annotations(annotations)
    return link_articles(((n.id, n.article, n.checksum) for n in notes), corpus_parent, into)


def absent_article(annotations: Path, corpus_parent: Path) -> Path | None:
    """The first annotated article not found (under `corpus_parent`, or beside it for a
    page of the shared evaluation sets), if any."""
    for note in load_annotations(annotations):
        source = source_path(corpus_parent, note.article)
        if not source.is_file():
            return source
    return None


def _system_people(article: dict[str, Any], digests: Path) -> list[SystemPerson]:
    people = []
    for entry in article.get("people") or []:
        person = read_yaml(digests / "people" / f"{entry['id']}.yaml")
        people.append(
            SystemPerson(
                id=entry["id"],
                name=person.get("name"),
                as_written=tuple(entry.get("as_written") or []),
                country=person.get("country"),
            )
        )
    return people


def _match(gold: Iterable[GoldPerson], system: list[SystemPerson]) -> dict[int, int]:
    """Gold index -> system index, one to one, greedy in gold order (most shared spellings)."""
    pairs: dict[int, int] = {}
    for g, person in enumerate(gold):
        best, shared = -1, 0
        for s, candidate in enumerate(system):
            overlap = len(person.keys & candidate.keys)
            if s not in pairs.values() and overlap > shared:
                best, shared = s, overlap
        if best >= 0:
            pairs[g] = best
    return pairs


def _score_article(note: Annotation, digests: Path, tally: Tally) -> None:
    article = read_yaml(digests / "articles" / f"{note.id}.yaml")
    problems = tally.problems.setdefault(note.id, [])
    if not article:
        problems.append("no article digest")
    system = _system_people(article, digests)
    pairs = _match(note.people, system)
    tally.articles += 1
    tally.gold_people += len(note.people)
    gold_keys = set().union(*(p.keys for p in note.people))
    for g, person in enumerate(note.people):
        if g not in pairs:
            problems.append(f"miss: {person.name} {list(person.spellings)}")
            continue
        found = system[pairs[g]]
        tally.matched += 1
        if found.name is not None and names_person(found.name, person.name):
            tally.canonical += 1
        else:
            problems.append(f"canonical: {person.name} given as {found.name}")
        spellings = {fold(s): s for s in person.spellings}
        missing = sorted(written for key, written in spellings.items() if key not in found.keys)
        tally.gold_spellings += len(spellings)
        tally.found_spellings += len(spellings) - len(missing)
        if missing:
            problems.append(f"spellings: {person.name} lacks {missing}")
        if person.country is not None:
            tally.with_country += 1
            if found.country == person.country:
                tally.country_right += 1
            elif found.country is None:
                problems.append(f"country: {person.name} none, gold {person.country}")
            else:
                tally.country_wrong += 1
                problems.append(f"country: {person.name} {found.country}, gold {person.country}")
        else:
            tally.without_country += 1
            if found.country is not None:
                tally.country_unstated += 1
                problems.append(f"country unstated: {person.name} given {found.country}")
    used = set(pairs.values())
    for s, candidate in enumerate(system):
        if s in used:
            continue
        if candidate.keys & note.optional_people:
            tally.excused_people += 1
        elif candidate.keys & gold_keys:
            problems.append(f"extra (duplicate): {candidate.label}")
        else:
            tally.non_people += 1
            problems.append(f"extra: {candidate.label}")
    tally.system_people += len(system)
    found_countries = {c["id"] for c in article.get("countries") or []}
    scored = found_countries - note.optional_countries
    tally.gold_countries += len(note.countries)
    tally.system_countries += len(scored)
    tally.matched_countries += len(scored & note.countries)
    problems.extend(f"country miss: {c}" for c in sorted(note.countries - scored))
    problems.extend(f"country extra: {c}" for c in sorted(scored - note.countries))


def _ratio(part: int, whole: int) -> float:
    return round(part / whole, 3) if whole else 0.0


def _f1(precision: float, recall: float) -> float:
    return round(2 * precision * recall / (precision + recall), 3) if precision + recall else 0.0


def _figures(tally: Tally) -> Figures:
    people_p = _ratio(tally.matched, tally.system_people - tally.excused_people)
    people_r = _ratio(tally.matched, tally.gold_people)
    countries_p = _ratio(tally.matched_countries, tally.system_countries)
    countries_r = _ratio(tally.matched_countries, tally.gold_countries)
    return {
        "articles": tally.articles,
        "gold_people": tally.gold_people,
        "system_people": tally.system_people,
        "matched": tally.matched,
        "people_p": people_p,
        "people_r": people_r,
        "people_f1": _f1(people_p, people_r),
        "canonical": _ratio(tally.canonical, tally.matched),
        "spellings": _ratio(tally.found_spellings, tally.gold_spellings),
        "person_country_n": tally.with_country,
        "person_country": _ratio(tally.country_right, tally.with_country),
        "person_country_wrong": _ratio(tally.country_wrong, tally.with_country),
        # of the people whose article states no country, the share given one anyway (by
        # the registry or a role's words): the key cannot say whether it is right, so
        # this bounds the countries a reader gets that the text does not back
        "person_country_unstated_n": tally.without_country,
        "person_country_unstated": _ratio(tally.country_unstated, tally.without_country),
        "countries_p": countries_p,
        "countries_r": countries_r,
        "countries_f1": _f1(countries_p, countries_r),
        "non_people": _ratio(tally.non_people, tally.system_people),
    }


def _tally(notes: Iterable[Annotation], digests: Path) -> Tally:
    tally = Tally()
    for note in notes:
        _score_article(note, digests, tally)
    return tally


def tally_figures(
    notes: Iterable[Annotation], digests: Path
) -> tuple[Figures, dict[str, list[str]]]:
    """The figures over these annotated articles, and their problems by article id."""
    tally = _tally(notes, digests)
    return _figures(tally), tally.problems


def score(annotations: Path, digests: Path) -> Figures:
    """Figures over every annotated article (see the README for each one's meaning)."""
    return _figures(_tally(load_annotations(annotations), digests))


def details(annotations: Path, digests: Path) -> dict[str, list[str]]:
    """Every miss, extra and wrong field, per article id, to find their causes."""
    return _tally(load_annotations(annotations), digests).problems


def by_category(annotations: Path, digests: Path) -> dict[str, Figures]:
    """The figures for all articles and for each category apart (the id's prefix)."""
    notes = load_annotations(annotations)
    groups = {"all": notes}
    for note in notes:
        groups.setdefault(note.id.rsplit("-", 1)[0], []).append(note)
    return {name: _figures(_tally(group, digests)) for name, group in groups.items()}


def _digest(annotations: Path, corpus_parent: Path, work: Path) -> Path:
    """Digest the annotated articles with the current generator; the digests folder."""
    sources, out = work / "src", work / "out"
    link_sources(annotations, corpus_parent, sources)
    return digest(sources, out)


def main() -> int:
    args = arguments(__doc__, ANNOTATIONS).parse_args()
    with tempfile.TemporaryDirectory(prefix="people-eval-") as work:
        digests = args.digests
        if digests is None:
            absent = absent_article(args.annotations, args.corpus)
            if absent is not None:
                print(
                    f"people eval skipped: no {absent} (evaluation text stays outside the project)"
                )
                return 0
            digests = _digest(args.annotations, args.corpus, Path(work))
        columns = by_category(args.annotations, digests)
        shown = (lambda: details(args.annotations, digests)) if args.show else None
        report(columns, shown, args.json)
    return 0


if __name__ == "__main__":
    sys.exit(main())
