"""Reviewer overrides in `content/registry/overrides.yaml`, through the real pipeline.

Each test digests a few short articles written the way outlets write (titles, quotes,
garbled names) twice: as the generator sees them, then with the override a reviewer
would add in a pull request. The first run shows the override is needed, the second
that it took effect everywhere: article digests, person digests, quotes, the site.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml
from seeds import SEED_REGISTRY

from generator.commands.check import run_check
from generator.commands.digest import run_digest
from generator.site import render_folder

REGISTRY = SEED_REGISTRY

SYRSKYI = """\
Ukraine's army chief warns of a hard summer

Ukraine's commander-in-chief, General Oleksandr Syrskyi, said on Sunday that Russian forces were preparing a new offensive in the Kharkiv region.
"The situation on the front line remains difficult," Syrskyi wrote on Telegram.
Syrskyi said Ukraine needed more air defence systems from its allies, including Germany and the United States.
"""
SYRSKY = """\
Kyiv expects new Russian push, says top general

Colonel General Alexander Syrsky told reporters in Kyiv that Moscow had gathered about 50,000 troops near the border.
"We are strengthening our defences every day," Syrsky said.
Syrsky added that deliveries of American ammunition had started to arrive.
"""

ROLL = """\
Estonia discusses troops for Ukraine, adviser says

Madis Roll, the Estonian president's national security adviser, said on Tuesday that talks on sending troops to western Ukraine were serious.
Roll said Defence Minister Hanno Pevkur and French President Emmanuel Macron had discussed the idea in Paris.
"Nobody has ruled it out," Roll said.
"""
ROHR = """\
Tallinn weighs sending soldiers to Ukraine

Madis Rohr, national security adviser to the Estonian president, told the newspaper that Estonia was weighing the idea.
Rohr said Hanno Pevkur had spoken to Emmanuel Macron about it.
"The discussion is serious," Rohr said.
"""

KALIS = """\
Estonian president calls for calm on troop debate

Estonian President Aral Kalis said on Wednesday that no decision had been taken on sending soldiers to Ukraine.
"We must not get ahead of ourselves," Kalis told journalists in Tallinn.
"""

HELLEM = """\
Estonian army chief sees no quick end to the war

Chief of Defence Staff Martin Hellem said in Tallinn that the war in Ukraine could last for years.
Hellem said Estonia would keep buying artillery shells for Ukraine.
"We have to be ready," Hellem said.
"""

# a company with no organisation noun beside it, which speaks: taken for a person
ERICSSON = """\
Ericsson profits jump as operators expand networks

Ericsson posted a big jump in profits on Thursday as phone networks in Brazil and Mexico grew.
"Demand from operators will stay strong for years," Ericsson said in a statement.
Chief executive Carl-Johan Lindvall said a third of the world's people now used mobile phones.
"We see growth everywhere we look," he added.
"""


def _load(path: Path) -> dict:  # type: ignore[type-arg]
    return yaml.safe_load(path.read_text(encoding="utf-8"))


class Corpus:
    """A content folder: sources, a copy of the real registry, digests."""

    def __init__(self, root: Path, articles: dict[str, str]) -> None:
        self.root = root
        self.sources = root / "content" / "sources"
        self.registry = root / "content" / "registry"
        self.out = root / "content" / "digests"
        self.sources.mkdir(parents=True)
        for name, text in articles.items():
            (self.sources / f"{name}.txt").write_text(text, encoding="utf-8")
        shutil.copytree(REGISTRY, self.registry)

    def override(self, text: str) -> None:
        (self.registry / "overrides.yaml").write_text(text, encoding="utf-8")

    def digest(self) -> None:
        assert run_digest(self.sources, self.registry, self.out, root=self.root) == 0

    def article(self, name: str) -> dict:  # type: ignore[type-arg]
        return _load(self.out / "articles" / f"{name}.yaml")

    def person(self, pid: str) -> dict:  # type: ignore[type-arg]
        return _load(self.out / "people" / f"{pid}.yaml")

    def person_of(self, article: str, spelling: str) -> str:
        """The person id an article gives the person it writes this way."""
        found = [p["id"] for p in self.article(article)["people"] if spelling in p["as_written"]]
        assert len(found) == 1, (spelling, self.article(article)["people"])
        return str(found[0])

    def people(self) -> set[str]:
        return {p.stem for p in (self.out / "people").glob("*.yaml")}

    def checks(self, capsys: pytest.CaptureFixture[str]) -> bool:
        code = run_check(self.sources, self.out)
        return code == 0 and capsys.readouterr().out.startswith("ok")


def test_merge_joins_two_spellings_the_generator_keeps_apart(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    corpus = Corpus(tmp_path, {"syrskyi": SYRSKYI, "syrsky": SYRSKY})
    corpus.digest()
    # Oleksandr and Alexander: first names too unlike for the generator to merge alone
    assert corpus.person_of("syrskyi", "Oleksandr Syrskyi") != corpus.person_of(
        "syrsky", "Alexander Syrsky"
    )

    corpus.override("merge:\n  - [Oleksandr Syrskyi, Alexander Syrsky]\n")
    corpus.digest()
    pid = corpus.person_of("syrskyi", "Oleksandr Syrskyi")
    assert pid == "oleksandr-syrskyi" == corpus.person_of("syrsky", "Alexander Syrsky")
    person = corpus.person(pid)
    assert person["name"] == "Oleksandr Syrskyi"  # the merge's first spelling
    assert person["articles"] == ["syrsky", "syrskyi"]
    assert {a["name"] for a in person["aliases"]} >= {"Alexander Syrsky", "Syrsky", "Syrskyi"}
    merge = next(m for m in person["merges"] if m["spelling"] == "Alexander Syrsky")
    assert merge["into"] == "Oleksandr Syrskyi"
    assert merge["evidence"] == ["merged by registry override"]
    quoted = {q["text"] for q in person["quotes"]}
    assert "We are strengthening our defences every day" in quoted
    assert "The situation on the front line remains difficult" in quoted
    assert "alexander-syrsky" not in corpus.people()
    assert corpus.checks(capsys)


def test_split_keeps_apart_two_spellings_the_generator_would_merge(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    corpus = Corpus(tmp_path, {"roll": ROLL, "rohr": ROHR})
    corpus.digest()
    # same country, same role, same company: the generator takes Rohr for Roll
    assert corpus.person_of("roll", "Madis Roll") == corpus.person_of("rohr", "Madis Rohr")

    corpus.override("split:\n  - [Madis Roll, Madis Rohr]\n")
    corpus.digest()
    roll, rohr = corpus.person_of("roll", "Madis Roll"), corpus.person_of("rohr", "Madis Rohr")
    assert (roll, rohr) == ("madis-roll", "madis-rohr")
    assert corpus.person(roll)["articles"] == ["roll"] and corpus.person(roll)["merges"] == []
    assert corpus.person(rohr)["articles"] == ["rohr"] and corpus.person(rohr)["merges"] == []
    assert {q["text"] for q in corpus.person(rohr)["quotes"]} == {"The discussion is serious"}
    assert corpus.checks(capsys)


# one spelling, and nothing in the text to tell the people apart: a council leader twice,
# and a farmer in a story of his own
SMITH_COUNCIL = """\
Council tax to rise by 3%

John Smith, the council's leader, said on Monday that the rise could not be avoided.
"We have cut everything we can," Smith told the meeting.
"""
SMITH_BUDGET = """\
Council budget passed after long debate

The budget was passed late on Tuesday after John Smith promised a review of parking fees.
Smith said the review would report in the spring.
"""
SMITH_FARM = """\
Farmers count the cost of the floods

John Smith, whose farm lies below the river, said he had lost half of his sheep.
"It will take years to recover," Smith said.
"""


def test_split_by_article_tells_apart_two_people_of_one_spelling(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    articles = {"council": SMITH_COUNCIL, "budget": SMITH_BUDGET, "farm": SMITH_FARM}
    corpus = Corpus(tmp_path, articles)
    corpus.digest()
    # one spelling, nothing against it: the generator takes them for one person
    assert len({corpus.person_of(name, "John Smith") for name in articles}) == 1

    corpus.override("split:\n  - spelling: John Smith\n    articles: [[council, budget], [farm]]\n")
    corpus.digest()
    leader = corpus.person_of("council", "John Smith")
    assert corpus.person_of("budget", "John Smith") == leader
    farmer = corpus.person_of("farm", "John Smith")
    assert farmer != leader
    assert corpus.person(leader)["articles"] == ["budget", "council"]
    assert corpus.person(farmer)["articles"] == ["farm"]
    assert {q["text"] for q in corpus.person(farmer)["quotes"]} == {"It will take years to recover"}
    assert corpus.checks(capsys)


def test_split_also_keeps_a_spelling_off_a_registry_entry(tmp_path: Path) -> None:
    corpus = Corpus(tmp_path, {"kalis": KALIS})
    corpus.digest()
    # a garbled name with the registry entry's role and country is linked to it
    assert corpus.person_of("kalis", "Aral Kalis") == "alar-karis"

    corpus.override("split:\n  - [Alar Karis, Aral Kalis]\n")
    corpus.digest()
    pid = corpus.person_of("kalis", "Aral Kalis")
    assert pid == "aral-kalis"  # its own id, not a second Alar Karis
    person = corpus.person(pid)
    assert person["name"] == "Aral Kalis" and person["registry"] is False
    assert corpus.people() == {"aral-kalis"}


def test_rename_shows_a_new_name_and_keeps_the_id(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    corpus = Corpus(tmp_path, {"hellem": HELLEM})
    corpus.digest()
    assert corpus.person_of("hellem", "Martin Hellem") == "martin-hellem"

    corpus.override("rename:\n  martin-hellem: Martin Herem\n")
    corpus.digest()
    assert corpus.person_of("hellem", "Martin Hellem") == "martin-hellem"  # links still work
    person = corpus.person("martin-hellem")
    assert person["name"] == "Martin Herem"
    assert {a["name"] for a in person["aliases"]} == {"Martin Hellem", "Hellem"}
    assert person["merges"] == [
        {
            "spelling": "Martin Hellem",
            "into": "Martin Herem",
            "evidence": ["renamed by registry override"],
        }
    ]
    assert corpus.checks(capsys)

    pages, problems = render_folder(corpus.out)
    assert problems == []
    page = pages["people/martin-hellem.md"]
    assert "\n# Martin Herem\n" in page
    assert "Also written as **Martin Hellem**" in page
    assert "renamed by registry override" in page


def test_ignore_removes_a_false_person_everywhere(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    corpus = Corpus(tmp_path, {"ericsson": ERICSSON})
    corpus.digest()
    # the company is tagged as a person, and speaks its own statement
    assert corpus.person_of("ericsson", "Ericsson") == "ericsson"
    assert corpus.article("ericsson")["quotes"][0]["speaker"] == "ericsson"

    # added after the article was digested, as a reviewer would
    corpus.override("ignore:\n  - Ericsson\n")
    corpus.digest()
    article = corpus.article("ericsson")
    assert all("Ericsson" not in p["as_written"] for p in article["people"])
    assert "ericsson" not in corpus.people()
    statement, added = article["quotes"]
    # nobody's quote now; the words that named the speaker stay, as for any unsure speaker
    assert statement["speaker"] is None and statement["as_written"] == "Ericsson"
    assert added["speaker"] == "carl-johan-lindvall"  # the other people stay as they were
    assert "Ericsson" in article["sentences"][2]  # the text itself is kept
    assert corpus.checks(capsys)
    assert "people/ericsson.md" not in render_folder(corpus.out)[0]

    # and a fresh run never takes it for a person in the first place
    fresh = Corpus(tmp_path / "fresh", {"ericsson": ERICSSON})
    fresh.override("ignore:\n  - Ericsson\n")
    fresh.digest()
    assert fresh.article("ericsson") == article


def test_a_broken_override_is_named_and_the_others_still_apply(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    corpus = Corpus(tmp_path, {"hellem": HELLEM})
    corpus.override(
        "merge:\n  - [Martin Hellem]\nrename:\n  martin-hellem: ''\nignore:\n  - Hellem\n"
        "split:\n  - spelling: Martin Hellem\n    articles: [[hellem], [hellem]]\n"
    )
    assert run_digest(corpus.sources, corpus.registry, corpus.out, root=tmp_path) == 1
    err = capsys.readouterr().err
    path = corpus.registry / "overrides.yaml"
    assert f"{path}: entry 1 of 'merge' needs two spellings or more; ignored" in err
    assert f"{path}: 'rename' must map person ids to names; ignored" in err
    assert (
        f"{path}: entry 1 of 'split' needs a spelling and two lists of articles or more,"
        " no article in two; ignored" in err
    )
    person = corpus.person("martin-hellem")
    assert person["name"] == "Martin Hellem"
    assert {a["name"] for a in person["aliases"]} == {"Martin Hellem"}  # "Hellem" ignored
