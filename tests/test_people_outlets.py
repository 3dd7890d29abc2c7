"""People on other outlets' pages: US sports, magazine, tech and deal copy writes names
in frames the BBC's copy never does. Each case is a kind of failure seen on such pages,
written as a short article with invented names and run through the real pipeline."""

from __future__ import annotations

from pathlib import Path

import pytest
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


# (article, its people as written): each a kind of failure seen on other outlets' pages
CASES = {
    # a verb of saying before its speaker, capitalised by its place, is no part of the name
    "inverted-saying": (
        "The heir who runs the Harbour Hawks\n\n"
        "Dale Harmon asked his son whether the club should take the quarterback.\n"
        'Replied Colin, with some delicacy, "Well, I don\'t think we would."\n'
        "Colin Harmon has run the club's draft for a decade.\n",
        [["Colin", "Colin Harmon"], ["Dale Harmon"]],
    ),
    # a deal round-up's goods, priced after "list price", are no people
    "deal-goods": (
        "Today's best deals\n\n"
        "Corvia Waiter's Rosewood Handle Wine Opener and Foil Cutter with Carry Pouch for "
        "$16.95 (list price $24.99)\n"
        "Brandel Dual Breakfast Sandwich Maker for $41.99 (list price $59.99)\n"
        "Marla Penn, who writes the column, said the sandwich maker sold out by noon.\n",
        [["Marla Penn"]],
    ),
    # a general manager's and a vice president's letters are cut from the name
    "gm-vp": (
        "Hawks trade their starter\n\n"
        "The Hawks traded Denny Spahn last winter, and GM Rick Lazzaro said the deal was fair.\n"
        "Lazzaro said he liked the return.\n"
        "Telvora VP Marnie Walsh said the sponsor would stay.\n",
        [["Denny Spahn"], ["Marnie Walsh"], ["Lazzaro", "Rick Lazzaro"]],
    ),
    # an office's field between the words of its title is no one
    "office-field": (
        "Who will you trust with your data?\n\n"
        "Ann Mattis, the Chief Medical Information Officer at the hospital, once said the "
        "question would matter. She said doctors would decide.\n",
        [["Ann Mattis"]],
    ),
    # a name led by a noun for a kind of organisation is no one
    "organisation-led": (
        "Baseball money keeps growing\n\n"
        "Major League Baseball reported gross revenues of close to $10 billion in 2016.\n"
        "Commissioner Rob Manfield said the league would grow. Manfield said he was pleased.\n",
        [["Manfield", "Rob Manfield"]],
    ),
    # a picture's credit to a paper names its photographer, no person of the story
    "credit-to-a-paper": (
        "A museum gift for the family's papers\n\n"
        "The papers of the singer Marian Ander went on show at the museum on Tuesday.\n"
        "Jessa Kournik for The New York Times\n"
        'Ginny DePrue, her niece, said the family was proud. "She would have loved it," '
        "DePrue said.\n"
        "Jessa Kournik for The New York Times\n"
        "Marla Penn, the curator, said the letters were fragile.\n",
        [["DePrue", "Ginny DePrue"], ["Marian Ander"], ["Marla Penn"]],
    ),
    # a city's greater area is a region
    "greater-area": (
        "Lockdown advert divides viewers\n\n"
        "As Greater Sydney comes to grips with a second major lockdown, authorities have "
        "warned everyone to stay at home.\n"
        "An ad has been published for Sydney residents. Health minister Brad Hazlett said it "
        "was needed. Hazlett said he hoped people would listen.\n",
        [["Brad Hazlett", "Hazlett"]],
    ),
    # a US paper's name
    "us-paper": (
        "Investor advises on regulator pick\n\n"
        "The billionaire Carl Ikan has been interviewing candidates for the regulator's "
        "chairman, notes Washington Examiner.\n"
        "Ikan said he would pick soon.\n",
        [["Carl Ikan", "Ikan"]],
    ),
    # a job written with a capital before a given name and a surname, as US copy writes
    # one, is no part of the name
    "job-before-a-name": (
        "County weighs a lakeside resort\n\n"
        "The board voted on Tuesday to open talks with a developer.\n"
        '"It is a win for the county," said Supervisor Alfredo Marquez of Lake County.\n'
        '"The car flipped onto its side," said Lake County Police Detective Alvaro Pineda.\n'
        "Pineda said the road would reopen on Friday.\n",
        [["Alfredo Marquez"], ["Alvaro Pineda", "Pineda"]],
    ),
    # after a title, such a word is a given name ("Angel" in Spanish)
    "given-name-after-a-title": (
        "Federation to punish its coach\n\n"
        "The federation declined to act, but its president Angel Maria Vilar changed his "
        "mind on Monday.\n",
        [["Angel Maria Vilar"]],
    ),
    # "the Honourable", the style Caribbean copy writes before a minister's name
    "honourable": (
        "Premier detained in Miami\n\n"
        "The governor said the Honourable Natalio Whitfield would act as premier.\n"
        "Whitfield urged calm on Thursday.\n",
        [["Natalio Whitfield", "Whitfield"]],
    ),
    # a middle name the article calls someone by alone is his, not another person's
    "middle-name-alone": (
        "The heir who runs the Harbour Hawks\n\n"
        "John Stephen Harmon, the owner's son, has run the club's draft for a decade.\n"
        'Asked about the quarterback, Stephen said, "Well, I don\'t think we would."\n'
        "Stephen has the final word on every pick.\n",
        [["John Stephen Harmon", "Stephen"]],
    ),
    # a US street's name ends in "Drive"
    "street-drive": (
        "Village closed due to gas leak\n\n"
        "Dresden Drive is closed between Ellis Drive and Apple Valley Road, police said.\n"
        "Officers saw the car on Miller Drive at 3 a.m.\n",
        [],
    ),
    # a given name before the particles the model left out of the surname it tagged
    "particle-before-surname": (
        "Props ready for Cardiff\n\n"
        "He destroyed Namibia's Tiaan van der Hardt in the scrum at Murrayfield.\n",
        [["Tiaan van der Hardt"]],
    ),
    # a Spanish name's "de los" particles are inside it, not where it ends
    "particles-de-los": (
        "Port talks stall in Valencia\n\n"
        '"Nobody wants to leave empty-handed," said Marta de los Rios, a Spanish official.\n'
        "Rios added that talks would resume on Friday.\n",
        [["Marta de los Rios", "Rios"]],
    ),
}


@pytest.mark.parametrize(("text", "people"), CASES.values(), ids=CASES.keys())
def test_only_people_are_listed_by_their_names(
    tmp_path: Path, text: str, people: list[list[str]]
) -> None:
    assert _people(tmp_path, text) == people
