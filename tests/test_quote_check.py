"""The held-out quote scorer counts PolNeAR's figures, on a key and digests made up here."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
import quote_check as scorer  # benchmarks/ is on pytest's path (pyproject)
import yaml

TEXT = (
    "Port talks 'stalled'\n\n"
    'Harbour chief Mara Lindqvist said: "We will not sign this week." She added: "The offer'
    ' is too low. "We want a fair deal." A spokesman said the plan was "dead". Union leader'
    ' Tom Okafor called it "a scandal". Later Ms Lindqvist said it was "dead" too.\n'
)


def _write(path: Path, data: object) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")


def _corpus(tmp_path: Path) -> Path:
    corpus = tmp_path / "corpus"
    (corpus / "bbc" / "news").mkdir(parents=True)
    (corpus / "bbc" / "news" / "001.txt").write_text(TEXT, encoding="utf-8")
    return corpus


def _key(tmp_path: Path, checksum: str = "", last: str = "dead") -> Path:
    folder = tmp_path / "key"
    quotes = [
        {"text": "stalled", "speaker": None},
        {"text": "We will not sign this week.", "speaker": "Mara Lindqvist"},
        {"text": "The offer is too low.", "speaker": "Mara Lindqvist"},
        {"text": "We want a fair deal.", "speaker": "Mara Lindqvist"},
        {"text": "dead", "speaker": "unnamed: a spokesman"},
        {"text": "a scandal", "speaker": "Tom Okafor"},
        {"text": last, "speaker": "Mara Lindqvist", "occurrence": 2},
    ]
    _write(
        folder / "news-001.yaml",
        {
            "article": "bbc/news/001.txt",
            "checksum": checksum or "sha256:" + hashlib.sha256(TEXT.encode()).hexdigest(),
            "quotes": quotes,
        },
    )
    return folder


def _digests(tmp_path: Path) -> Path:
    out = tmp_path / "digests"
    sentences = [
        "Port talks 'stalled'",
        'Harbour chief Mara Lindqvist said: "We will not sign this week."',
        'She added: "The offer is too low. "We want a fair deal."',
        'A spokesman said the plan was "dead".',
        'Union leader Tom Okafor called it "a scandal".',
        'Later Ms Lindqvist said it was "dead" too.',
    ]
    quotes = [
        {"text": "We will not sign this week.", "sentence": 1, "speaker": "mara-lindqvist"},
        # one quote over two gold ones, with no speaker: both found, neither attributed
        {"text": "The offer is too low. We want a fair deal.", "sentence": 2, "speaker": None},
        {"text": "a scandal", "sentence": 4, "speaker": "mara-lindqvist"},  # wrong speaker
        # the second "dead", placed by its sentence; right through a spelling in the article
        {"text": "dead", "sentence": 5, "speaker": "m-lindqvist"},
        {"text": "Harbour chief", "sentence": 1, "speaker": None},  # not a quote
    ]
    _write(
        out / "articles" / "news-001.yaml",
        {
            "id": "news-001",
            "sentences": sentences,
            "people": [
                {"id": "mara-lindqvist", "as_written": ["Mara Lindqvist"]},
                {"id": "m-lindqvist", "as_written": ["Ms Lindqvist"]},
                {"id": "tom-okafor", "as_written": ["Tom Okafor"]},
            ],
            "quotes": quotes,
        },
    )
    _write(out / "people" / "mara-lindqvist.yaml", {"id": "mara-lindqvist", "name": "Mara"})
    _write(out / "people" / "tom-okafor.yaml", {"id": "tom-okafor", "name": "Tom Okafor"})
    return out


def test_each_figure_counts_as_polnear_does(tmp_path: Path) -> None:
    figures = scorer.score(_key(tmp_path), _corpus(tmp_path), _digests(tmp_path))
    assert figures["gold_quotes"] == 7
    assert figures["recall"] == round(5 / 7, 4)  # the headline's and the spokesman's missed
    assert figures["recall_3w"] == 1.0  # the three quotes of 3+ words all found
    assert figures["named_gold"] == 5 and figures["named_found"] == 5
    assert figures["speaker_acc"] == 0.4  # 2 of 5: no speaker twice, one wrong
    assert figures["speaker_given"] == 3
    assert figures["speaker_given_acc"] == 0.6667
    assert figures["attributed"] == 0.4
    assert figures["speaker_acc_strict"] == 0.4  # no namesake here: as by surname
    assert figures["precision"] == 0.8  # "Harbour chief" lies outside every gold quote
    assert figures["missing"] == 0


def test_a_namesake_sharing_the_surname_is_right_by_surname_and_wrong_strictly(
    tmp_path: Path,
) -> None:
    """A quote of Mara Lindqvist given to her brother Erik: the surname figures count it
    right, the strict ones (given names must not disagree) wrong; "Ms Lindqvist", with no
    given name, disagrees with nobody."""
    out = _digests(tmp_path)
    article = yaml.safe_load((out / "articles" / "news-001.yaml").read_text(encoding="utf-8"))
    article["people"].append({"id": "erik-lindqvist", "as_written": ["Erik Lindqvist"]})
    article["quotes"][0]["speaker"] = "erik-lindqvist"
    _write(out / "articles" / "news-001.yaml", article)
    _write(out / "people" / "erik-lindqvist.yaml", {"name": "Erik Lindqvist"})
    key, corpus = _key(tmp_path), _corpus(tmp_path)
    figures = scorer.score(key, corpus, out)
    assert figures["speaker_acc"] == 0.4  # as before: surnames agree
    assert figures["speaker_acc_strict"] == 0.2  # only "Ms Lindqvist"'s "dead" is right
    assert figures["speaker_given_acc_strict"] == round(1 / 3, 4)
    assert figures["attributed_strict"] == 0.2
    problems = scorer.details(key, corpus, out)["news-001"]
    assert "wrong given name: quote 2 (6 words, speaker Mara Lindqvist) given erik-lindqvist" in (
        problems
    )


@pytest.mark.parametrize(
    ("gold", "system", "strict"),
    [
        ("Janie Hendrix", ["Al Hendrix", "Hendrix"], False),  # another Hendrix
        ("Janie Hendrix", ["Ms Hendrix"], True),  # a title is no given name
        ("Janie Hendrix", ["J. Hendrix"], True),  # nor an initial
        ("Janie Hendrix", ["Al Hendrix", "Janie Hendrix"], True),  # one spelling agrees
        ("Al Hendrix", ["JK Hendrix"], True),  # two capitals are initials, "Al" a name
        ("Martin Luther King Jr.", ["Martin King"], True),  # a given name in common
        ("Martin Luther King Jr.", ["Coretta King"], False),
        ("Janie Hendrix", ["Janie Jones"], False),  # another surname
        ("Lord Goldsmith", ["Peter Goldsmith", "Goldsmith"], True),  # a peer's title
        ("Baroness Scotland", ["Patricia Scotland"], True),
        ("Marine Le Pen", ["Jean-Marie Le Pen"], False),  # a particle is no given name
        ("Robin van Persie", ["Shaqueel van Persie"], False),
        ("Bill Clinton", ["William Clinton"], True),  # a short form
        ("Hillary Clinton", ["Bill Clinton", "William Clinton"], False),
        ("Chancellor Gordon Brown", ["Gordon Brown"], True),
    ],
)
def test_the_strict_match_fails_only_given_names_that_disagree(
    gold: str, system: list[str], strict: bool
) -> None:
    assert scorer.same_person_strict(gold, system) is strict


def test_details_name_each_problem_without_text(tmp_path: Path) -> None:
    problems = scorer.details(_key(tmp_path), _corpus(tmp_path), _digests(tmp_path))
    assert problems["news-001"] == [
        "extra: 2 words, sentence 1",
        "miss: quote 1 (1 words, speaker None)",
        "no speaker: quote 3 (5 words, speaker Mara Lindqvist)",
        "no speaker: quote 4 (5 words, speaker Mara Lindqvist)",
        "miss: quote 5 (1 words, speaker unnamed: a spokesman)",
        "wrong speaker: quote 6 (2 words, speaker Tom Okafor) given mara-lindqvist",
    ]


def test_an_article_without_a_digest_counts_every_quote_missed(tmp_path: Path) -> None:
    figures = scorer.score(_key(tmp_path), _corpus(tmp_path), tmp_path / "none")
    assert figures["missing"] == 1 and figures["recall"] == 0.0
    assert figures["precision"] is None  # no system quote at all


def test_a_quote_not_in_the_text_is_refused(tmp_path: Path) -> None:
    key = _key(tmp_path, last="alive")
    with pytest.raises(ValueError, match="news-001"):
        scorer.score(key, _corpus(tmp_path), _digests(tmp_path))


def test_sources_are_linked_after_their_checksum(tmp_path: Path) -> None:
    corpus, into = _corpus(tmp_path), tmp_path / "src"
    assert scorer.link_sources(_key(tmp_path), corpus, into) == ["news-001"]
    assert (into / "news-001.txt").read_text(encoding="utf-8") == TEXT
    stale = _key(tmp_path / "stale", checksum="sha256:" + "0" * 64)
    with pytest.raises(ValueError, match="news-001"):
        scorer.link_sources(stale, corpus, tmp_path / "src2")


def test_a_saved_page_is_linked_as_html_and_scored_on_its_rendered_text(tmp_path: Path) -> None:
    """A key may name a page of the shared folder: the .html is what is digested, its
    rendered text beside it (.txt) is where the quotes are placed."""
    shared = tmp_path / "shared"
    pages = shared / "eval" / "pages"
    pages.mkdir(parents=True)
    html = f"<html><body><p>{TEXT}</p></body></html>".encode()
    (pages / "p1.html").write_bytes(html)
    (pages / "p1.txt").write_text(TEXT, encoding="utf-8")
    key = tmp_path / "key"
    _write(
        key / "page-p1.yaml",
        {
            "article": "eval/pages/p1.html",
            "checksum": "sha256:" + hashlib.sha256(html).hexdigest(),
            "quotes": [{"text": "a scandal", "speaker": "Tom Okafor"}],
        },
    )
    into = tmp_path / "src"
    assert scorer.link_sources(key, shared / "corpus", into) == ["page-p1"]
    assert (into / "page-p1.html").read_bytes() == html
    figures = scorer.score(key, shared / "corpus", tmp_path / "none")
    assert figures["gold_quotes"] == 1 and figures["missing"] == 1
