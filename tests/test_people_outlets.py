"""People on other outlets' pages: US sports, magazine, tech and deal copy writes names
in frames the BBC's copy never does. Each case is a kind of failure seen on such pages,
written as a short article with invented names and run through the real pipeline."""

from __future__ import annotations

from pathlib import Path

import yaml
from seeds import SEED_REGISTRY

from generator.commands.digest import run_digest


def _people(tmp_path: Path, text: str) -> list[list[str]]:
    """The article's people, each as the forms it writes them in."""
    sources = tmp_path / "sources"
    sources.mkdir()
    (sources / "story.txt").write_text(text, encoding="utf-8")
    assert run_digest(sources, SEED_REGISTRY, tmp_path / "out", root=tmp_path) == 0
    digest = yaml.safe_load((tmp_path / "out/articles/story.yaml").read_text(encoding="utf-8"))
    return [p["as_written"] for p in digest["people"]]


def test_a_verb_of_saying_before_its_speaker_is_no_part_of_the_name(tmp_path: Path) -> None:
    people = _people(
        tmp_path,
        "The heir who runs the Harbour Hawks\n\n"
        "Dale Harmon asked his son whether the club should take the quarterback.\n"
        'Replied Colin, with some delicacy, "Well, I don\'t think we would."\n'
        "Colin Harmon has run the club's draft for a decade.\n",
    )
    assert ["Colin", "Colin Harmon"] in people
    assert not any("Replied Colin" in forms for forms in people)


def test_a_deal_roundups_goods_are_no_people(tmp_path: Path) -> None:
    people = _people(
        tmp_path,
        "Today's best deals\n\n"
        "Corvia Waiter's Rosewood Handle Wine Opener and Foil Cutter with Carry Pouch for "
        "$16.95 (list price $24.99)\n"
        "Brandel Dual Breakfast Sandwich Maker for $41.99 (list price $59.99)\n"
        "Marla Penn, who writes the column, said the sandwich maker sold out by noon.\n",
    )
    assert people == [["Marla Penn"]]


def test_a_general_managers_and_a_vice_presidents_letters_are_cut(tmp_path: Path) -> None:
    people = _people(
        tmp_path,
        "Hawks trade their starter\n\n"
        "The Hawks traded Denny Spahn last winter, and GM Rick Lazzaro said the deal was fair.\n"
        "Lazzaro said he liked the return.\n"
        "Telvora VP Marnie Walsh said the sponsor would stay.\n",
    )
    assert ["Lazzaro", "Rick Lazzaro"] in people
    assert ["Marnie Walsh"] in people


def test_an_offices_field_between_its_titles_words_is_no_one(tmp_path: Path) -> None:
    people = _people(
        tmp_path,
        "Who will you trust with your data?\n\n"
        "Ann Mattis, the Chief Medical Information Officer at the hospital, once said the "
        "question would matter. She said doctors would decide.\n",
    )
    assert people == [["Ann Mattis"]]


def test_a_name_led_by_a_kind_of_organisation_is_no_one(tmp_path: Path) -> None:
    people = _people(
        tmp_path,
        "Baseball money keeps growing\n\n"
        "Major League Baseball reported gross revenues of close to $10 billion in 2016.\n"
        "Commissioner Rob Manfield said the league would grow. Manfield said he was pleased.\n",
    )
    assert people == [["Manfield", "Rob Manfield"]]


def test_a_pictures_credit_to_a_paper_is_no_roster(tmp_path: Path) -> None:
    people = _people(
        tmp_path,
        "A museum gift for the family's papers\n\n"
        "The papers of the singer Marian Ander went on show at the museum on Tuesday.\n"
        "Jessa Kournik for The New York Times\n"
        'Ginny DePrue, her niece, said the family was proud. "She would have loved it," '
        "DePrue said.\n"
        "Jessa Kournik for The New York Times\n"
        "Marla Penn, the curator, said the letters were fragile.\n",
    )
    assert not any("The New York Times" in forms for forms in people)


def test_a_citys_greater_area_is_no_one(tmp_path: Path) -> None:
    people = _people(
        tmp_path,
        "Lockdown advert divides viewers\n\n"
        "As Greater Sydney comes to grips with a second major lockdown, authorities have "
        "warned everyone to stay at home.\n"
        "An ad has been published for Sydney residents. Health minister Brad Hazlett said it "
        "was needed. Hazlett said he hoped people would listen.\n",
    )
    assert people == [["Brad Hazlett", "Hazlett"]]


def test_a_us_papers_name_is_no_one(tmp_path: Path) -> None:
    people = _people(
        tmp_path,
        "Investor advises on regulator pick\n\n"
        "The billionaire Carl Ikan has been interviewing candidates for the regulator's "
        "chairman, notes Washington Examiner.\n"
        "Ikan said he would pick soon.\n",
    )
    assert people == [["Carl Ikan", "Ikan"]]
