"""The people scorer counts each kind of error once, on a key and digests made up here."""

from __future__ import annotations

import hashlib
import subprocess
import sys
from pathlib import Path

import people_eval as scorer  # benchmarks/ is on pytest's path (pyproject)
import pytest
import yaml

REPO = Path(__file__).resolve().parent.parent
SCRIPT = REPO / "benchmarks" / "people_eval.py"
TEXT = "Anna Kowalski, Poland's trade minister, met Tomas Berg in Warsaw.\n"


def _write(path: Path, data: object) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")


def _key(tmp_path: Path, checksum: str = "") -> Path:
    folder = tmp_path / "key"
    _write(
        folder / "news-001.yaml",
        {
            "article": "bbc/news/001.txt",
            "checksum": checksum or "sha256:" + hashlib.sha256(TEXT.encode()).hexdigest(),
            "people": [
                {
                    "name": "Anna Kowalski",
                    "spellings": ["Anna Kowalski", "Kowalski", "Ania"],
                    "country": "poland",
                },
                {"name": "Tomas Berg", "spellings": ["Tomas Berg"], "country": None},
                {
                    "name": "Lena Fischer",
                    "spellings": ["Lena Fischer", "Fischer"],
                    "country": "germany",
                },
                {"name": "Omar Haddad", "spellings": ["Omar Haddad"], "country": None},
            ],
            "countries": ["poland", "germany"],
            "optional": {"people": ["Rex"], "countries": ["france"]},
            "not_people": ["Baltic Star"],
        },
    )
    return folder


def _digests(tmp_path: Path) -> Path:
    out = tmp_path / "digests"
    people = [
        # found, but under a name the text never uses
        ("anna-kowalska", "Anna Kowalska", ["Anna Kowalski", "Kowalski"], "poland"),
        # found; the accent and the possessive fold away; a country the text never states
        ("tomas-berg", "Tomás Berg", ["Tomás Berg's"], "sweden"),
        # found, with the wrong country
        ("lena-fischer", "Lena Fischer", ["Fischer"], "austria"),
        ("baltic-star", "Baltic Star", ["Baltic Star"], None),  # a ship, not a person
        ("rex", "Rex", ["Rex's"], None),  # optional: excused
    ]
    _write(
        out / "articles" / "news-001.yaml",
        {
            "id": "news-001",
            "people": [{"id": i, "as_written": w} for i, _, w, _ in people],
            "countries": [{"id": c} for c in ("poland", "france", "spain")],
        },
    )
    for ident, name, _, country in people:
        _write(out / "people" / f"{ident}.yaml", {"id": ident, "name": name, "country": country})
    return out


def test_each_kind_of_error_is_counted(tmp_path: Path) -> None:
    figures = scorer.score(_key(tmp_path), _digests(tmp_path))
    assert figures["articles"] == 1
    assert figures["people_p"] == 0.75  # 3 of 4 scored system people (Rex excused)
    assert figures["people_r"] == 0.75  # Omar Haddad missed
    assert figures["canonical"] == 0.667  # Anna Kowalska is not a spelling of the text
    assert figures["spellings"] == 0.833  # "Ania" never found
    assert figures["person_country"] == 0.5
    assert figures["person_country_wrong"] == 0.5  # Fischer given Austria
    assert figures["person_country_unstated"] == 1.0  # Berg given Sweden, the key none
    assert figures["countries_p"] == 0.5  # Spain extra, France excused
    assert figures["countries_r"] == 0.5  # Germany missed
    assert figures["non_people"] == 0.2  # Baltic Star, of five


def test_details_name_each_problem(tmp_path: Path) -> None:
    problems = scorer.details(_key(tmp_path), _digests(tmp_path))["news-001"]
    assert "miss: Omar Haddad ['Omar Haddad']" in problems
    assert "canonical: Anna Kowalski given as Anna Kowalska" in problems
    assert "country: Lena Fischer austria, gold germany" in problems
    assert "country unstated: Tomas Berg given sweden" in problems
    assert "extra: Baltic Star ['Baltic Star']" in problems
    assert "country miss: germany" in problems and "country extra: spain" in problems
    assert not any("Rex" in p for p in problems)


def test_sources_are_linked_after_their_checksum(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    (corpus / "bbc" / "news").mkdir(parents=True)
    (corpus / "bbc" / "news" / "001.txt").write_text(TEXT, encoding="utf-8")
    into = tmp_path / "src"
    assert scorer.link_sources(_key(tmp_path), corpus, into) == ["news-001"]
    assert (into / "news-001.txt").read_text(encoding="utf-8") == TEXT
    stale = _key(tmp_path / "stale", checksum="sha256:" + "0" * 64)
    with pytest.raises(ValueError, match="news-001"):
        scorer.link_sources(stale, corpus, tmp_path / "src2")


def test_a_saved_page_is_linked_as_a_page(tmp_path: Path) -> None:
    """A key on saved pages (paths inside ../shared, not the corpus) links each as .html,
    what a user would feed the generator."""
    page = "<html><body><p>" + TEXT + "</p></body></html>"
    shared = tmp_path / "shared"
    (shared / "eval" / "pages").mkdir(parents=True)
    (shared / "eval" / "pages" / "a1.html").write_text(page, encoding="utf-8")
    key = tmp_path / "key"
    _write(
        key / "outlets-01.yaml",
        {
            "article": "eval/pages/a1.html",
            "checksum": "sha256:" + hashlib.sha256(page.encode()).hexdigest(),
            "people": [],
            "countries": [],
        },
    )
    assert scorer.absent_article(key, shared / "corpus") is None
    assert scorer.absent_article(key, tmp_path / "nowhere" / "corpus") is not None
    into = tmp_path / "src"
    assert scorer.link_sources(key, shared / "corpus", into) == ["outlets-01"]
    assert (into / "outlets-01.html").read_text(encoding="utf-8") == page


def test_without_a_corpus_it_says_so(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, str(SCRIPT), "--corpus", str(tmp_path / "nowhere")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0
    assert done.stdout.startswith("people eval skipped: no ")
    assert "nowhere" in done.stdout


def test_a_fuller_spelling_of_the_key_name_is_the_canonical_name() -> None:
    # the key holds one article's fullest spelling; a corpus may attest a fuller one
    assert scorer.names_person("Tomas Weller", "T Weller")
    assert scorer.names_person("Anna K. Lind", "Lind")
    assert scorer.names_person("Anna K. Lind", "Anna K Lind")
    assert scorer.names_person("Anna K. Lind", "Anna Lind")
    # another spelling or another name is not
    assert not scorer.names_person("Ana Lind", "Anna Lind")
    assert not scorer.names_person("Lind", "Anna Lind")
    assert not scorer.names_person("Tomas Weller", "R Weller")
    assert not scorer.names_person("Red Fox", "Tomas Weller")


def test_a_name_with_a_nickname_inside_is_found_by_its_contiguous_spellings() -> None:
    # the keys write 'Marcia "Cia" Price' by its contiguous spellings ("Price")
    person = scorer.SystemPerson("marcia-price", None, ('Marcia "Cia" Price',), None)
    assert {"marcia", "price"} <= person.keys
    plain = scorer.SystemPerson("tom-o-hare", None, ("Tom O'Hare",), None)
    assert plain.keys == {"tom o'hare"}
