"""Outlet, publication day and authors of news pages against benchmarks/meta-outlets/.

    python benchmarks/meta_check.py [--form txt|html] [--annotations DIR] [--corpus DIR]
                                    [--digests DIR] [--show] [--json FILE]

Each annotated page of the shared extraction set (`eval/extraction/dev/<hash>`, read in
place, never copied) is read in one form, `.txt` (a browser's copied text, what users
paste) or `.html` (the saved page), after its checksum is checked, and its metadata is
taken as the digest takes it: the same reader and `prepare` (no language model: the
metadata is settled before parsing, so this takes seconds). With --digests, the digests
written for pages named `<hash>.<form>` are scored instead. Figures, for the dev pages
(hash 0-3) and the held-out ones (4-7) apart: per field, the share of pages the key
gives a value for that got it right or got none (missing), and the share of all pages
that got a wrong one (a wrong outlet or date is worse than none). --show lists the dev
pages' errors only; the held-out ones are aggregates. See benchmarks/meta-outlets/README.md.
"""

from __future__ import annotations

import hashlib
import re
import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from bbc_keys import arguments, read_yaml, report, source_path
from quote_check import fold, surname

REPO = Path(__file__).resolve().parent.parent
ANNOTATIONS = REPO / "benchmarks" / "meta-outlets"
FIELDS = ("outlet", "published", "author")
SPLITS = ("dev", "held-out")
_NAMES = re.compile(r"\s*[,;]\s*|\s+and\s+|\s*&\s*")
_SPELLING = re.compile(r"\W+")

Figures = dict[str, float | int | None]


@dataclass(frozen=True)
class Page:
    id: str  # the hash's first 8 characters, the key file's name
    page: str  # path inside the shared folder, without the form's suffix
    checksums: dict[str, str]
    split: str
    outlet: tuple[str, ...]  # spellings a reader accepts; () when the page names none
    published: tuple[str, ...]  # ISO days accepted (time zones, a shown update)
    authors: tuple[str, ...]  # people named as authors; () when none


def load_annotations(folder: Path) -> list[Page]:
    pages = []
    for path in sorted(folder.glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        pages.append(
            Page(
                id=path.stem,
                page=data["page"],
                checksums=dict(data["checksums"]),
                split=data["split"],
                outlet=tuple(data["outlet"] or ()),
                published=tuple(str(d) for d in data["published"] or ()),
                authors=tuple(data["authors"] or ()),
            )
        )
    return pages


def _spelling(name: str) -> str:
    """An outlet's name compared without case, accents, punctuation or a leading "The"."""
    folded = _SPELLING.sub(" ", fold(name)).strip()
    return folded.removeprefix("the ").replace(" ", "")


def _accepted(page: Page, name: str) -> tuple[str, ...]:
    return {"outlet": page.outlet, "published": page.published, "author": page.authors}[name]


def verdict(page: Page, name: str, given: str | None) -> str | None:
    """The verdict on one field: right, wrong, missing, or None (none to get, none given)."""
    accepted = _accepted(page, name)
    if not given:
        return "missing" if accepted else None
    if not accepted:
        return "wrong"
    if name == "outlet":
        ok = _spelling(given) in {_spelling(s) for s in accepted}
    elif name == "published":
        ok = given[:10] in accepted
    else:  # every author given is one of the page's (by surname); one of two is right
        surnames = {surname(a) for a in accepted}
        ok = all(surname(n) in surnames for n in _NAMES.split(given) if n)
    return "right" if ok else "wrong"


def _checked(page: Page, form: str, shared: Path) -> Path:
    path = source_path(shared / "corpus", f"{page.page}.{form}")
    if not path.is_file():
        raise ValueError(f"{page.id}: page {path} is missing")
    if "sha256:" + hashlib.sha256(path.read_bytes()).hexdigest() != page.checksums[form]:
        raise ValueError(f"{page.id}: {path} does not match the annotated checksum")
    return path


def read_metadata(pages: Iterable[Page], form: str, shared: Path) -> dict[str, dict[str, Any]]:
    """Each page's outlet, published and author as the digest would have them."""
    from generator.article.analyze import prepare
    from generator.read.sources import read_source
    from generator.registry import load_registry

    registry = load_registry(REPO / "content" / "registry")
    found = {}
    for page in pages:
        path = _checked(page, form, shared)
        prepared = prepare(read_source(path), path.name, registry)
        found[page.id] = {
            "outlet": prepared.outlet,
            "published": prepared.published,
            "author": prepared.author,
        }
    return found


def digest_metadata(pages: Iterable[Page], form: str, digests: Path) -> dict[str, dict[str, Any]]:
    """The same fields from digests written for pages named `<hash>.<form>`."""
    found = {}
    for page in pages:
        stem = page.page.rsplit("/", 1)[-1]
        found[page.id] = read_yaml(digests / "articles" / f"{stem}.yaml")
    return found


@dataclass
class Tally:
    pages: int = 0
    counts: dict[str, int] = field(default_factory=dict)
    keyed: dict[str, int] = field(default_factory=dict)
    problems: dict[str, list[str]] = field(default_factory=dict)

    def add(self, page: Page, given: dict[str, Any]) -> None:
        self.pages += 1
        for name in FIELDS:
            value = given.get(name)
            found = verdict(page, name, str(value) if value else None)
            if found is not None:
                self.counts[f"{name}_{found}"] = self.counts.get(f"{name}_{found}", 0) + 1
            if _accepted(page, name):
                self.keyed[name] = self.keyed.get(name, 0) + 1
            if found in ("wrong", "missing"):
                self.problems.setdefault(page.id, []).append(f"{name} {found}: {value!r}")

    def figures(self) -> Figures:
        out: Figures = {"pages": self.pages}
        for name in FIELDS:
            keyed = self.keyed.get(name, 0)
            out[f"{name}_keyed"] = keyed
            for kind, whole in (("right", keyed), ("missing", keyed), ("wrong", self.pages)):
                part = self.counts.get(f"{name}_{kind}", 0)
                out[f"{name}_{kind}"] = round(part / whole, 4) if whole else None
        return out


def score(pages: list[Page], found: dict[str, dict[str, Any]]) -> dict[str, Figures]:
    """Figures per split ("dev", "held-out") and for all pages."""
    columns: dict[str, Figures] = {}
    for split in ("all", *SPLITS):
        tally = Tally()
        for page in pages:
            if split in ("all", page.split):
                tally.add(page, found[page.id])
        columns[split] = tally.figures()
    return columns


def flat(columns: dict[str, Figures]) -> Figures:
    """The dev and held-out figures under one name each ("dev_outlet_right", ...), as
    `quality.py` gates them: right and wrong (missing is the rest)."""
    return {
        f"{split.replace('-', '_')}_{key}": value
        for split in SPLITS
        for key, value in columns[split].items()
        if key.endswith(("_right", "_wrong"))
    }


def dev_problems(pages: list[Page], found: dict[str, dict[str, Any]]) -> dict[str, list[str]]:
    """Each dev page's errors (the held-out pages' are never listed)."""
    tally = Tally()
    for page in pages:
        if page.split == "dev":
            tally.add(page, found[page.id])
    return tally.problems


def main() -> int:
    parser = arguments(__doc__, ANNOTATIONS)
    parser.add_argument("--form", choices=("txt", "html"), default="txt", help="which form")
    args = parser.parse_args()
    shared = args.corpus.parent  # the shared folder: the pages are in its eval/
    pages = load_annotations(args.annotations)
    if not (shared / "eval" / "extraction" / "dev").is_dir():
        print(f"meta check skipped: no pages at {shared / 'eval' / 'extraction' / 'dev'}")
        return 0
    if args.digests:
        found = digest_metadata(pages, args.form, args.digests)
    else:
        found = read_metadata(pages, args.form, shared)
    shown = (lambda: dev_problems(pages, found)) if args.show else None
    report(score(pages, found), shown, args.json)
    return 0


if __name__ == "__main__":
    sys.exit(main())
