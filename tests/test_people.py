"""People across sources: who is found in an article, and who is one person across
articles. Each case is a failure seen on real news copy from other outlets (the BBC
corpus), written as a few short articles and run through the real pipeline."""

from __future__ import annotations

import multiprocessing
from pathlib import Path

import pytest
import spacy
import yaml
from seeds import SEED_REGISTRY
from spacy.tokens import Doc

from generator.article.nlp import load as load_model
from generator.article.roles import described
from generator.commands.digest import run_digest
from generator.corpus.resolve.canonical import canonical_name, written_out
from generator.corpus.resolve.merges import merge_ok
from generator.corpus.resolve.nodes import Node, Sentences
from generator.corpus.resolve.similarity import first_names_agree
from generator.registry import load_registry
from generator.registry.gazetteer import build_gazetteer

REGISTRY = SEED_REGISTRY


def _digest(tmp_path: Path, articles: dict[str, str]) -> Path:
    sources = tmp_path / "sources"
    sources.mkdir(parents=True)
    for name, text in articles.items():
        (sources / f"{name}.txt").write_text(text, encoding="utf-8")
    assert run_digest(sources, REGISTRY, tmp_path / "out", root=tmp_path) == 0
    return tmp_path / "out"


def _load(path: Path) -> dict:  # type: ignore[type-arg]
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def _people(out: Path, article: str) -> dict[str, dict]:  # type: ignore[type-arg]
    """The article's people by the way it first writes them."""
    return {p["as_written"][0]: p for p in _load(out / "articles" / f"{article}.yaml")["people"]}


def test_one_surname_does_not_chain_different_people(tmp_path: Path) -> None:
    out = _digest(
        tmp_path,
        {
            "csa": "Ministers may scrap the Child Support Agency\n\n"
            "Work and Pensions Secretary Alec Jackson said on Monday that the Child Support "
            "Agency had let down too many parents.\n"
            "Jackson said Prime Minister Tom Brayford backed a review of the agency.\n",
            "everton": "Everton win at Fulham\n\n"
            "Everton striker Andy Jackson scored twice as his side beat Fulham 2-0 on Saturday.\n"
            "Jackson said he had watched Tom Brayford's speech on the team bus.\n",
            "column": "A week in Westminster\n\n"
            "Jackson told reporters that Tom Brayford would say nothing about the polling day.\n"
            "The prime minister's spokesman declined to comment.\n",
        },
    )
    alec = _people(out, "csa")["Alec Jackson"]["id"]
    andy = _people(out, "everton")["Andy Jackson"]["id"]
    alone = _people(out, "column")["Jackson"]["id"]
    # the same surname and the same company, but Alec and Andy are two people, and a
    # "Jackson" that could be either of them is taken for neither
    assert len({alec, andy, alone}) == 3
    for pid in (alec, andy):
        assert _load(out / "people" / f"{pid}.yaml")["merges"] == []


def test_a_signed_quotation_names_its_writer_and_a_headline_is_no_name(tmp_path: Path) -> None:
    out = _digest(
        tmp_path,
        {
            "vox": "Voters in Ohio on the race\n\n"
            "“He does not answer to anyone and respects no one.” ― Beck Pimentel\n\n"
            "“What angers me most is how much attention he draws away from the hard "
            "questions.” ― Oriel Vantongeren\n",
            "poll": "12 Teachers Tell Us Their Most Honest Thoughts On Donald Trump\n\n"
            '"We need rain," Mr. Trump said at the fair. Trump and Clinton spoke for an hour.\n',
        },
    )
    # the model leaves the first signature untagged: the dash after the quote names him
    vox = _people(out, "vox")
    assert set(vox) == {"Beck Pimentel", "Oriel Vantongeren"}
    quotes = _load(out / "articles" / "vox.yaml")["quotes"]
    assert [q["speaker"] for q in quotes] == [
        vox["Beck Pimentel"]["id"],
        vox["Oriel Vantongeren"]["id"],
    ]
    # the headline, tagged a work's title, ends in his name but is none
    forms = {f for p in _people(out, "poll").values() for f in p["as_written"]}
    assert forms == {"Trump"}


def test_the_best_attested_spelling_names_the_person(tmp_path: Path) -> None:
    out = _digest(
        tmp_path,
        {
            "err": "Estonian army chief expects a long war\n\n"
            "Estonian Defence Forces commander Martin Herem said the war in Ukraine could last "
            "for years.\n"
            "Herem said French President Emmanuel Macron was right to keep all options open.\n"
            "Herem added that Estonia would buy more artillery shells.\n",
            "rus": "General says Estonia must be ready\n\n"
            "Estonian Defence Forces commander Martin Hellem said the army had to be ready.\n"
            "Hellem said he agreed with Emmanuel Macron.\n",
        },
    )
    herem = _people(out, "err")["Herem"]["id"]
    assert herem == _people(out, "rus")["Hellem"]["id"]
    person = _load(out / "people" / f"{herem}.yaml")
    # one article each, one surname mention each: the tie goes to the spelling written
    # in more sentences, not to the alphabet ("Hellem" < "Herem")
    assert person["name"] == "Martin Herem" and herem == "martin-herem"
    merge = next(m for m in person["merges"] if m["spelling"] == "Martin Hellem")
    assert merge["into"] == "Martin Herem"
    assert "same country (estonia)" in merge["evidence"]


def test_a_real_name_after_a_comma_is_the_person_named_before_it(tmp_path: Path) -> None:
    out = _digest(
        tmp_path,
        {
            "rap": "Rapper charged\n\n"
            "The rapper Tiny Rey, real name Antonio Castellanos, was charged on Monday.\n"
            '"I am innocent," Castellanos told reporters.\n'
        },
    )
    article = _load(out / "articles" / "rap.yaml")
    # one person under both names, and the quote written with the real name is theirs
    [person] = article["people"]
    assert sorted(person["as_written"]) == ["Antonio Castellanos", "Castellanos", "Tiny Rey"]
    assert [q["speaker"] for q in article["quotes"]] == [person["id"]]


def test_a_namesake_in_the_same_office_is_not_the_registry_person(tmp_path: Path) -> None:
    out = _digest(
        tmp_path,
        {
            "rome": "Italy backs EU budget deal\n\n"
            "Italian Prime Minister Paolo Ferrante said on Friday that Italy would back "
            "the deal.\n"
            "Ferrante said the agreement was good for Italian farmers.\n",
        },
    )
    person = _people(out, "rome")["Ferrante"]
    assert person["id"] == "paolo-ferrante"  # not Giorgia Meloni, the registry's Italian PM
    assert not _load(out / "people" / "paolo-ferrante.yaml")["registry"]


def test_names_the_model_cuts_or_mislabels_are_found(tmp_path: Path) -> None:
    out = _digest(
        tmp_path,
        {
            "norrtel": "Norrtel profits jump\n\n"
            "Chief executive Carl-Johan Lindvall said sales of its network kit had "
            "doubled in a year.\n",
            "rohr": "Tallinn weighs sending soldiers to Ukraine\n\n"
            "Madis Rohr, national security adviser to the Estonian president, told the newspaper "
            "that Estonia was weighing the idea.\n",
            "yle": "Finland will not send troops, minister says\n\n"
            "Finnish Defence Minister Antti Häkkänen said on Tuesday that Finland had no such "
            "plans.\n",
        },
    )
    assert "Carl-Johan Lindvall" in _people(out, "norrtel")  # a hyphenated first name
    assert "Madis Rohr" in _people(out, "rohr")  # tagged as a place, but has a title
    # a role is read from the name's own paragraph, never across the break before it
    assert _people(out, "yle")["Antti Häkkänen"]["roles"] == ["Minister of Defence of Finland"]


def _node(article: str, name: str, company: set[str]) -> Node:
    return Node(article, name.lower().replace(" ", "-"), [name], [], [0], company=company)


def test_company_counts_only_when_it_is_the_same_people() -> None:
    # two articles that both mention "Brown" and "Smith", but not the same ones
    rugby = _node("rugby", "Andy Robinson", {"wes brown", "tom smith", "jason robinson"})
    football = _node("football", "Andy Johnson", {"gordon brown", "alan smith"})
    assert merge_ok(rugby, football) == (False, [])
    # the same people by full name, or one side by surname alone, are common company
    typo = _node("wire", "Andy Robinsen", {"tom smith", "brown"})
    ok, why = merge_ok(rugby, typo)
    assert ok and "mentioned with brown, smith" in why


def test_a_country_in_both_articles_joins_a_surname_only_where_it_holds_a_role() -> None:
    chancellor = Node(
        "budget", "gordon-brown", ["Gordon Brown"], ["Chancellor"], [0],
        countries={"united-kingdom"}, article_countries={"united-kingdom"},
    )  # fmt: skip
    # a bare surname on a team sheet of an article that names England is anyone's
    sheet = Node("rugby", "brown", ["Brown"], [], [0], article_countries={"united-kingdom"})
    assert merge_ok(sheet, chancellor) == (False, [])
    # "the chancellor, Brown" in an article about the UK is the chancellor
    titled = Node(
        "tax", "brown", ["Brown"], ["Chancellor"], [0], article_countries={"united-kingdom"}
    )
    ok, why = merge_ok(titled, chancellor)
    assert ok and why[0] == "surname Brown"


# (sentence, what the model tags PERSON in it, the people the article should have)
TAGGED = [
    (  # one word before "'s" and someone's full name: a club, not a person
        "Chelsea are watching Paul Robb, Fulham's Tom Hart and Parma's Marco Rossi.",
        "Parma",
        {"Paul Robb", "Tom Hart", "Marco Rossi"},
    ),
    (  # the work an actor has a part in
        "Tom Hale won praise for his part in Lonely Harvey.",
        "Lonely Harvey",
        {"Tom Hale"},
    ),
    (  # a person is the possessor of what a part is in, not its object
        "Jo Marsh was nominated for her role in Tony Blair's biopic.",
        "Tony Blair's",
        {"Jo Marsh", "Tony Blair"},
    ),
    (  # a capitalised first word before "of" is no name that the person's ends
        "Some of Dana Whitfield's earliest recordings are going on sale in Memphis on Sunday.",
        "Dana Whitfield's",
        {"Dana Whitfield"},
    ),
    (
        "Keeper Jiri Hanak was shouting at his defenders when the corner came over.",
        "Keeper Jiri Hanak",
        {"Jiri Hanak"},
    ),
    (
        "Meanwhile, Briton Tim Harker enjoyed his best season on the tour.",
        "Briton Tim Harker",
        {"Tim Harker"},
    ),
    (
        "Wireless access points run by firms like Lintel Air and The Cloud are open to anyone "
        "who pays.",
        "Cloud",
        set(),
    ),
    (
        "Schooled at Eton and at Oriel College, Oxford, he joined the Royal Marines in 1951.",
        "Eton",
        set(),
    ),
    (
        "Lib Dem Treasury chief Colin Marsh also called the Tory plans fantasy economics.",
        "Lib Dem Treasury",
        {"Colin Marsh"},
    ),
    (
        "Leeds-based developer, Rockstar, which makes the racing games, reported higher profits.",
        "Rockstar",
        set(),
    ),
    (
        "Mr Rowley met two boys from St Oswin's Middle School in Frome on a boat trip.",
        "St Oswin's",
        {"Rowley"},
    ),
    ("Pubs in Leeds and Woolwich were bombed in 1976.", "Woolwich", set()),
    (
        "Downing Street has underlined Mr Rowley's backing for the home secretary.",
        "Rowley",  # "Downing Street", untagged, is taken for a speaker: it is the UK
        {"Rowley"},
    ),
    # and what looks alike but is a person
    (
        "Prince Edward is also to join the UK party in Latvia for the memorial service.",
        "Prince Edward",
        {"Edward"},
    ),
    (
        "Mr Kennedy told voters the Liberal Democrats would end the council tax.",
        "Kennedy",
        {"Kennedy"},
    ),
    (
        "Rory Baird, Sam Hollis and Bertolani all made their mark in the second half.",
        "Bertolani",  # listed with people
        {"Rory Baird", "Sam Hollis", "Bertolani"},
    ),
    ("Norwich, Blackburn and West Brom are all away from home on Saturday.", "Norwich", set()),
    (
        "But Ian Petherick, chief US economist at Lowther Analytics, said the report was less "
        "alarming.",
        "Ian Petherick",
        {"Ian Petherick"},
    ),
    (
        "The late Simon Hollis' first 1981 radio plays are now sold as books.",
        "Simon Hollis'",
        {"Simon Hollis"},
    ),
]


def test_what_the_model_tags_as_a_person_is_checked_against_the_words_around_it(
    tmp_path: Path,
) -> None:
    nlp = load_model()
    for sentence, tagged, _ in TAGGED:  # the model's mistakes the rules are there for
        assert tagged in {e.text for e in nlp(sentence).ents if e.label_ == "PERSON"}
    # one line each, so that the model reads each sentence exactly as above
    out = _digest(tmp_path, {f"a{i}": f"{sentence}\n" for i, (sentence, _, _) in enumerate(TAGGED)})
    for i, (sentence, _, people) in enumerate(TAGGED):
        found = {f for p in _people(out, f"a{i}").values() for f in p["as_written"]}
        assert found == people, sentence


def test_mr_and_a_surname_join_the_full_name(tmp_path: Path) -> None:
    out = _digest(
        tmp_path,
        {
            "club": "Middlesbrough chairman happy with deal\n\n"
            "Mike Trainor, the club's chairman, said the deal was done.\n"
            "Mr Trainor added that the fans would be pleased.\n"
        },
    )
    assert _people(out, "club")["Mike Trainor"]["as_written"] == ["Mike Trainor", "Trainor"]


def test_a_title_before_a_shared_surname_picks_the_one_who_holds_it(tmp_path: Path) -> None:
    """Of several people of one surname, "Senator X" is the one the article gave that
    office, whole or cut short, not the one named last; with no office to tell them apart
    it is the one the article has already written by the surname alone."""
    out = _digest(
        tmp_path,
        {
            "vote": "Vote\n\nSen. Ned Marr is endorsing the campaign. Critics once mocked "
            'his wife, Lena Marr, in an advert. The campaign said: "We are honoured by the '
            'endorsement of Senator Marr."\n',
            "race": "Race\n\nTom Reyes won the race on Sunday. Reyes said it was his best "
            "day. His wife, Ada Reyes, watched from the stands. Reyes thanked the crowd.\n",
        },
    )
    race = {p["id"]: p for p in _load(out / "articles" / "race.yaml")["people"]}
    # the surname the article already wrote alone for one of them stays theirs
    assert race["tom-reyes"]["as_written"] == ["Reyes", "Tom Reyes"]
    assert race["ada-reyes"]["as_written"] == ["Ada Reyes"]
    vote = {p["id"]: p for p in _load(out / "articles" / "vote.yaml")["people"]}
    assert vote["ned-marr"]["as_written"] == ["Marr", "Ned Marr"]
    assert vote["lena-marr"]["as_written"] == ["Lena Marr"]
    assert vote["lena-marr"]["roles"] == []


def test_first_names_that_can_be_one_persons() -> None:
    for a, b in [("matt", "matthew"), ("sylvia", "silvia"), ("j.", "john"), ("s", "shane")]:
        assert first_names_agree(a, b), (a, b)
    # alike at the start, but other names: Martyn and Matt Williams, Alan and Andy Johnson
    for a, b in [("martyn", "matt"), ("alan", "andy"), ("john", "jim")]:
        assert not first_names_agree(a, b), (a, b)


def test_company_alone_takes_a_spelling_not_another_surname() -> None:
    lineup = {"gordon bulloch", "jason white", "chris paterson"}
    # a team sheet's initial and the full name, with the same team-mates around them
    ok, _ = merge_ok(_node("a", "S Horgan", lineup), _node("b", "Shane Horgan", lineup))
    assert ok
    # two MPs of one debate share their company, not their name
    debate = {"tony blair", "gordon brown", "michael howard"}
    reid, redwood = _node("c", "John Reid", debate), _node("d", "John Redwood", debate)
    assert merge_ok(reid, redwood) == (False, [])


def test_a_first_name_names_the_person_before_an_initial() -> None:
    nodes = [
        _node("lineup-1", "S Williams", set()),
        _node("lineup-2", "S Williams", set()),
        _node("report", "Shane Williams", set()),
    ]
    assert canonical_name(nodes) == "Shane Williams"
    # the line-ups outnumber the report, but their initial is the report's first name
    sheets = [_node(f"lineup-{i}", "B Hinshelwood", set()) for i in range(4)]
    assert canonical_name([*sheets, _node("report", "Ben Hinshelwood", set())]) == "Ben Hinshelwood"
    # ... not where the corpus writes the initial out two ways: "S Jones" may be either
    sheets = [_node(f"lineup-{i}", "S Jones", set()) for i in range(4)]
    corpus = written_out(["Stephen Jones", "Steve Jones", "S Jones"])
    assert canonical_name([*sheets, _node("report", "Steve Jones", set())], corpus) == "S Jones"


def test_a_name_is_written_as_most_articles_write_it_and_with_its_accents() -> None:
    # one article's slip of the shift key names no one: the capitals most write win
    nodes = [_node(f"report-{i}", "Hillary Clinton", set()) for i in range(3)]
    assert canonical_name([*nodes, _node("poll", "HIllary Clinton", set())]) == "Hillary Clinton"
    # copy that drops a name's accents does not outvote the accented spelling at a tie
    pair = [_node("wire", "Ingrida Simonyte", set()), _node("desk", "Ingrida Šimonytė", set())]
    assert canonical_name(pair) == "Ingrida Šimonytė"
    assert canonical_name(pair[::-1]) == "Ingrida Šimonytė"


def test_a_surname_alone_backs_the_spelling_its_article_writes_out() -> None:
    report = Node(
        "report",
        "nicolas-massu",
        ["Nicolas Massu", "Massu"],
        [],
        [0, 1],
        text=Sentences(["Agassi beat Nicolas Massu.", "Massu served well."]),
    )
    wrap = Node(
        "wrap", "nicoals-massu", ["Nicoals Massu"], [], [0], text=Sentences(["Nicoals Massu won."])
    )
    # "Massu" in the report is its Nicolas Massu, no backing for the wrap's misspelling
    assert canonical_name([report, wrap]) == "Nicolas Massu"


def test_a_word_built_on_a_surname_is_not_that_person(tmp_path: Path) -> None:
    out = _digest(
        tmp_path,
        {
            "rugby": "Murray out of Italy match\n\n"
            "Scotland lock Scott Murray will miss the match at Murrayfield on Saturday.\n"
            "Murray said he was disappointed.\n",
            # the whole surname and more is another word, however close ("Leeds", "Lee")
            "town": "Ann Lee speaks\n\nAnn Lee spoke first. Bob Dean, who lives in Leeds, "
            "said no.\n",
            # ... unless a form of address makes it a surname
            "games": "Games boss buys back firm\n\nJez San, the man behind the games "
            "group, has bought back most of the company. The group's subsidiaries were "
            "placed in administration, with Mr Sans resigning as its chief executive.\n",
            # ... and a last letter doubled is a misspelling
            "mp": "Shortlists\n\nDiane Abbot spoke first. Ms Abbott said the shortlist "
            "strategy works.\n",
        },
    )
    assert _people(out, "rugby")["Murray"]["as_written"] == ["Murray", "Scott Murray"]
    assert _people(out, "town")["Ann Lee"]["as_written"] == ["Ann Lee"]
    assert _people(out, "games")["Jez San"]["as_written"] == ["Jez San", "Sans"]
    assert _people(out, "mp")["Abbott"]["as_written"] == ["Abbott", "Diane Abbot"]


def test_a_word_beside_another_name_is_no_misspelling_of_a_surname(tmp_path: Path) -> None:
    """ "First" reads as "Frost" misspelled, but beside "Minister" it is a title's word; a
    form of address before a misspelling leaves it the person's ("Mr Gate's")."""
    out = _digest(
        tmp_path,
        {
            "wales": "Devolution\n\nDavid Frost asked the questions. Welsh First Minister "
            "Rhodri Morgan said yes.\n",
            "show": "Show opens\n\nBill Gates spoke first. During Mr Gate's speech, the "
            "screen went blank.\n",
        },
    )
    assert _people(out, "wales")["David Frost"]["as_written"] == ["David Frost"]
    assert _people(out, "show")["Bill Gates"]["as_written"] == ["Bill Gates", "Gate"]


def test_a_word_a_surname_never_stands_as_is_no_misspelling_of_one(tmp_path: Path) -> None:
    """A name after a royal's title, a word after "the", a word describing a lower-case
    noun: none is a surname misspelled, however close ("Shadow" and "Shaw"); a sentence's
    first word still can be ("Hassall made it clear" after "Brian Hassell"), and so can a
    word that is a given name too ("Anderson's hometown" after "Hans Christian Andersen")
    or one after a title ("President Zelenskyy")."""
    out = _digest(
        tmp_path,
        {
            "crime": "Crime figures\n\nDanny Shaw reported on the study. Shadow home "
            "secretary David Davis said the research was flawed.\n",
            "awards": "DVD awards\n\nGrant Dean hosted the night. The Chaplin Collection beat"
            " Oasis, Shaun of the Dead and The Day Today in the DVD category.\n",
            "poll": "Royal poll\n\nPrinces William and Harry said they were very happy, "
            "Rowan Williams said.\n",
            "move": "Transfer talk\n\nBrian Hassell is set to leave. Hassall made it clear"
            " that a move was possible.\n",
            "call": "Talks\n\nUkraine's president, Volodymyr Zelensky, met envoys on Monday."
            ' "I was not on the call between President Trump and President Zelenskyy," the'
            " envoy said.\n",
            "prize": "Book prize\n\nThe Hans Christian Andersen Award went to Ann Lee. Hans"
            " Christian Andersen wrote fairy tales. She gets it in Anderson's hometown.\n",
        },
    )
    assert _people(out, "crime")["Danny Shaw"]["as_written"] == ["Danny Shaw"]
    assert _people(out, "awards")["Grant Dean"]["as_written"] == ["Grant Dean"]
    assert _people(out, "poll")["Rowan Williams"]["as_written"] == ["Rowan Williams"]
    assert _people(out, "move")["Brian Hassell"]["as_written"] == ["Brian Hassell", "Hassall"]
    zelensky = _people(out, "call")["Volodymyr Zelensky"]["as_written"]
    assert zelensky == ["Volodymyr Zelensky", "Zelenskyy"]  # a title before it addresses him
    assert ["Anderson", "Hans Christian Andersen"] in [
        p["as_written"] for p in _people(out, "prize").values()
    ]


def test_a_lone_word_listed_with_a_name_of_no_sign_is_undecided(tmp_path: Path) -> None:
    # a full name the article shows nothing of lends a lone word listed with it no sign:
    # clubs and bands are listed together as often as people ("at home to either
    # Tottenham or Nottingham Forest"); one listed with a person on a sign stays his fellow
    draw = "Leyton will be at home to either Rothley or Harbour Vale in the fifth round.\n"
    goals = "Striker Tom Reid and Penn both scored as the visitors won.\n"
    out = _digest(tmp_path, {"draw": draw, "goals": goals})
    assert "Rothley" not in _people(out, "draw")
    candidates = _load(out / "articles" / "draw.yaml")["candidates"]
    assert ["Rothley"] in [c["as_written"] for c in candidates]
    assert set(_people(out, "goals")) == {"Tom Reid", "Penn"}


def test_a_nationality_before_a_surname_tagged_as_a_firm_is_cut(tmp_path: Path) -> None:
    final = (
        "Top seed Karl Weiss won his third title with a 6-4 7-5 win over Mark Vance at the "
        "indoor championships in Perth{brother}. The Austrian had to fight, American Vance "
        "surviving two break points in the fourth game of the match. "
        '"I could not find my first serve today," {said}.\n'
    )
    one = final.format(brother="", said="said Vance")
    two = final.format(
        brother=", where Paul Vance reached the doubles final",
        said="he said. Vance will play in Sydney next week",
    )
    assert ("American Vance", "ORG") in {(e.text, e.label_) for e in load_model()(one).ents}
    out = _digest(tmp_path, {"one": one, "two": two})
    # the surname joins the one person named in full with it, who is quoted
    assert _people(out, "one")["Mark Vance"]["as_written"] == ["Mark Vance", "Vance"]
    assert "American Vance" not in _people(out, "one")
    quotes = _load(out / "articles" / "one.yaml")["quotes"]
    assert [q["speaker"] for q in quotes] == ["mark-vance"]
    # two namesakes: the surname alone cannot say which, so it is no one, nor quoted
    assert set(_people(out, "two")) == {"Karl Weiss", "Mark Vance", "Paul Vance"}
    quotes = _load(out / "articles" / "two.yaml")["quotes"]
    assert [q["speaker"] for q in quotes] == [None]


CASES = yaml.safe_load(
    (Path(__file__).resolve().parent / "cases" / "people.yaml").read_text(encoding="utf-8")
)


def test_people_and_their_countries_are_as_the_cases_say(tmp_path: Path) -> None:
    nlp = load_model()
    for case in CASES:  # the model's mistakes the rules are there for
        ents = {(e.text, e.label_) for e in nlp(case["text"]).ents}
        assert set((case.get("tagged") or {}).items()) <= ents, case["text"]
    # one line each, so that the model reads each text exactly as above
    out = _digest(tmp_path, {f"c{i}": f"{c['text']}\n" for i, c in enumerate(CASES)})
    for i, case in enumerate(CASES):
        article = _load(out / "articles" / f"c{i}.yaml")
        found = {tuple(p["as_written"]): p["country"] for p in article["people"]}
        wanted = {tuple(sorted(spellings)) for spellings in case["people"]}
        assert set(found) == wanted, case["text"]
        countries = case.get("countries") or {}
        for spellings, country in found.items():
            assert country == countries.get(sorted(spellings)[0]), (case["text"], spellings)
        if "article_countries" in case:
            ids = [c["id"] for c in article["countries"]]
            assert ids == case["article_countries"], case["text"]


def test_a_name_tagged_as_an_organisation_is_a_person_another_article_knows(
    tmp_path: Path,
) -> None:
    spoke = "Tallinn talks\n\nMarko Tamm spoke in Tallinn on Monday about the border.\n"
    minister = (
        "Estonia tightens border\n\n"
        "Estonian Foreign Minister Marko Tamm said on Tuesday that the border would stay "
        "shut.\nTamm added that talks would continue.\n"
    )
    assert ("Marko Tamm", "ORG") in {(e.text, e.label_) for e in load_model()(spoke).ents}
    alone = _digest(tmp_path / "alone", {"spoke": spoke})
    article = _load(alone / "articles" / "spoke.yaml")
    assert article["people"] == []  # the article alone cannot tell: a candidate
    assert [c["as_written"] for c in article["candidates"]] == [["Marko Tamm"]]

    both = _digest(tmp_path / "both", {"spoke": spoke, "minister": minister})
    tamm = _people(both, "spoke")["Marko Tamm"]["id"]
    assert tamm == _people(both, "minister")["Marko Tamm"]["id"]
    person = _load(both / "people" / f"{tamm}.yaml")
    assert person["articles"] == ["minister", "spoke"] and person["country"] == "estonia"


def test_a_name_tagged_with_a_nationality_of_two_words_is_the_name_after_it(
    tmp_path: Path,
) -> None:
    lost = (
        "Squad news\n\nHe lost his starting place to New Zealander Jason Spice and has "
        "fallen further behind.\n"
    )
    kicked = (
        "Cup final\n\nJason Spice kicked three penalties, and he said the team had earned it.\n"
    )
    tagged = {(e.text, e.label_) for e in load_model()(lost).ents}
    assert ("New Zealander Jason Spice", "ORG") in tagged
    out = _digest(tmp_path, {"lost": lost, "kicked": kicked})
    spice = _people(out, "lost")["Jason Spice"]
    assert spice["id"] == _people(out, "kicked")["Jason Spice"]["id"]
    assert spice["as_written"] == ["Jason Spice"] and spice["country"] == "new-zealand"


def test_a_candidate_takes_the_country_the_words_before_it_give(tmp_path: Path) -> None:
    draw = "Open draw\n\nThe winner meets Argentina's Luis Pena or Croatia's Ivo Katic - both unseeded - on Sunday.\n"
    talk = (
        "Katic rested\n\nTennis player Ivo Katic told reporters on Friday that he was ready. "
        "Katic added that the heat did not bother him.\n"
    )
    assert not any(e.text.startswith("Ivo Katic") for e in load_model()(draw).ents)
    alone = _digest(tmp_path / "alone", {"draw": draw})
    candidates = _load(alone / "articles" / "draw.yaml")["candidates"]
    assert [(c["as_written"], c["country"]) for c in candidates] == [(["Ivo Katic"], "croatia")]

    both = _digest(tmp_path / "both", {"draw": draw, "talk": talk})
    katic = _people(both, "talk")["Ivo Katic"]
    assert katic["country"] is None  # the interview alone says no country
    assert _people(both, "draw")["Ivo Katic"]["id"] == katic["id"]
    assert _load(both / "people" / f"{katic['id']}.yaml")["country"] == "croatia"


def test_a_city_states_possessive_alone_gives_a_candidate_no_country(tmp_path: Path) -> None:
    tie = (
        "Cup tie\n\nThe cup tie sets Monaco's Ivo Marek against Spain's Raul Ortega - both "
        "goalkeepers - next week.\n"
    )
    talk = (
        "Marek fit\n\nGoalkeeper Ivo Marek told reporters on Friday that he was fit. "
        "Marek added that the knee had healed.\n"
    )
    assert ("Ivo Marek", "ORG") in {(e.text, e.label_) for e in load_model()(tie).ents}
    alone = _digest(tmp_path / "alone", {"tie": tie})
    article = _load(alone / "articles" / "tie.yaml")
    assert [(c["as_written"], c["country"]) for c in article["candidates"]] == [
        (["Ivo Marek"], None)  # Monaco's club as much as the country
    ]
    assert _people(alone, "tie")["Raul Ortega"]["country"] == "spain"

    both = _digest(tmp_path / "both", {"tie": tie, "talk": talk})
    marek = _people(both, "talk")["Ivo Marek"]
    assert _people(both, "tie")["Ivo Marek"]["id"] == marek["id"]
    assert _load(both / "people" / f"{marek['id']}.yaml")["country"] is None


def test_a_towns_possessive_before_its_players_song_is_no_candidate(tmp_path: Path) -> None:
    song = "Bolton's Colin Reyes song was sung by the away end all afternoon.\n"
    assert ("Bolton", "PERSON") in {(e.text, e.label_) for e in load_model()(song).ents}
    out = _digest(tmp_path, {"song": f"Away day\n\n{song}"})
    article = _load(out / "articles" / "song.yaml")
    assert [p["as_written"] for p in article["people"]] == [["Colin Reyes"]]
    assert article["candidates"] == []  # the club's fans' song: the club is no one


def test_a_name_the_model_runs_into_a_list_or_leaves_untagged_is_a_candidate(
    tmp_path: Path,
) -> None:
    opera = "Her debut came in 2000 with Carmen, Turandot and Fromental Halvey's La Juive.\n"
    memoir = "Copies of Ewan Brockett's memoir sold well.\n"
    ents = {(e.text, e.label_) for e in load_model()(opera).ents}
    assert ("Carmen, Turandot and Fromental Halvey's", "ORG") in ents
    assert not load_model()(memoir).ents
    sources = {"opera": f"Met season\n\n{opera}", "memoir": f"Book sales\n\n{memoir}"}
    alone = _digest(tmp_path / "alone", sources)
    for name, written in (("opera", "Fromental Halvey"), ("memoir", "Ewan Brockett")):
        article = _load(alone / "articles" / f"{name}.yaml")
        assert article["people"] == []  # the article alone cannot tell
        assert [written] in [c["as_written"] for c in article["candidates"]]
    known = {
        "composer": "Paris revival\n\nComposer Fromental Halvey said he was delighted.\n",
        "author": "Book prize\n\nThe author Ewan Brockett said he would give the money away.\n",
    }
    both = _digest(tmp_path / "both", {**sources, **known})
    assert "Fromental Halvey" in _people(both, "opera")
    assert "Ewan Brockett" in _people(both, "memoir")


def test_one_spelling_in_two_fields_is_two_people(tmp_path: Path) -> None:
    out = _digest(
        tmp_path,
        {
            "vote": "Labour MP John Smith said the vote was close.\n",
            "match": "Everton striker John Smith scored twice on Saturday.\n",
            "budget": "Budget row\n\nJohn Smith, the Labour MP, said the budget was fair.\n",
            # "manager" is a word of sport and of business: "fund" says which
            "shares": "Shares fall\n\nJohn Smith, a fund manager at Orbis Capital, said"
            " shares fell.\n",
        },
    )
    mp = _people(out, "vote")["John Smith"]["id"]
    assert _people(out, "budget")["John Smith"]["id"] == mp  # an MP in both
    assert _people(out, "match")["John Smith"]["id"] != mp
    assert _people(out, "shares")["John Smith"]["id"] not in (
        mp,
        _people(out, "match")["John Smith"]["id"],
    )


def test_a_person_has_one_role_per_office(tmp_path: Path) -> None:
    out = _digest(
        tmp_path,
        {
            "plan": "Defence plan\n\nDefence Minister Jaak Aab said the plan was sound.\n"
            "Estonian Defense Minister Jaak Aab said again on Friday that it was.\n",
            "vote": "Vote on Friday\n\nJaak Aab, Estonia's minister of defence, voted yes.\n",
        },
    )
    person = _load(out / "people" / f"{_people(out, 'plan')['Jaak Aab']['id']}.yaml")
    assert person["roles"] == [
        {"role": "Minister of Defence of Estonia", "articles": ["plan", "vote"]}
    ]


def test_an_ex_office_and_a_former_one_are_one_office(tmp_path: Path) -> None:
    out = _digest(
        tmp_path,
        {
            "inquiry": "Inquiry call\n\nEx-Home Secretary Colin Varney said the inquiry "
            "must be public.\n",
            "schools": "Schools plan\n\nFormer Home Secretary Colin Varney backed the plan.\n",
            "police": "Police pay\n\nHome Secretary Colin Varney agreed the police pay deal.\n",
        },
    )
    varney = _people(out, "inquiry")["Colin Varney"]["id"]
    roles = _load(out / "people" / f"{varney}.yaml")["roles"]
    assert [(r["role"], r["articles"]) for r in roles] == [
        ("Former Home Secretary", ["inquiry", "schools"]),
        ("Home Secretary", ["police"]),
    ]


def test_a_bare_title_joins_the_former_office_it_names(tmp_path: Path) -> None:
    """One word is too little to tell the times apart: "President" beside "Former
    President" is the same office."""
    out = _digest(
        tmp_path,
        {
            "library": "Library opens\n\nFormer President Ada Quell opened the library.\n",
            "speech": "A speech\n\nPresident Ada Quell spoke at the library's opening.\n",
        },
    )
    quell = _people(out, "library")["Ada Quell"]["id"]
    roles = _load(out / "people" / f"{quell}.yaml")["roles"]
    assert [(r["role"], r["articles"]) for r in roles] == [
        ("Former President", ["library", "speech"])
    ]


def test_a_role_is_the_persons_own_words_as_written(tmp_path: Path) -> None:
    """A role reads as the text writes it, and never runs on into a list: the next name
    of a list or the next person the parse hangs on an apposition, or the rest of a line
    a semicolon goes on with, is no part of anyone's role."""
    out = _digest(
        tmp_path,
        {
            "gala": "Gala night\n\nThe guests were Ann Reyes, the festival's director, and "
            "Tom Hale. Pia Ortiz, vice president of Tessla, a division of Orbis, said it "
            "went well. The playlist had songs by Leo Dunn, Queen, Kate Marr and the "
            "Harbour Boys.\n\n"
            "- Mara Vell, Harbour Weekly: Film - The Lanterns; director - Ivo Sand; "
            "actor - Ben Loft.\n"
            "Tom Kelly, Ann Reyes's official spokesman, said she was tired.\n"
            "Ms Dale, a Cabinet Office minister and Bolton West MP, arrived late.\n",
            "legend": "Legend\n\nTo mark the 60th anniversary of the birth of soul star "
            "Otis Redding, Rob Partle - Redding's former head of press at Harbour Records - "
            "remembers the man. Ben Wood, principal analyst at research firm Gartnex, said "
            'so. The BBC should steer away from "demonising" ex-Downing Street media '
            "chief Tom Harlan, Dan Orme has said. The former manager of Otis Redding, Saul "
            "Holm, has died. Jim Ray, senior vice president Boeing, spoke.\n",
        },
    )
    legend = _people(out, "legend")
    # the next person the parse hangs on a name is no role of it, nor is another person
    # named with their title before the comma
    assert legend["Otis Redding"]["roles"] == []
    assert legend["Dan Orme"]["roles"] == []
    assert legend["Tom Harlan"]["roles"] == ["Ex-Downing Street Media Chief"]
    assert legend["Saul Holm"]["roles"] == ["Former Manager of Otis Redding"]
    assert legend["Jim Ray"]["roles"] == ["Senior Vice President Boeing"]
    # an office's words in capitals, a description before a body's name as written
    assert legend["Ben Wood"]["roles"] == ["Principal Analyst at research firm Gartnex"]
    people = _people(out, "gala")
    assert people["Ann Reyes"]["roles"] == ["Festival's Director"]
    assert people["Pia Ortiz"]["roles"] == ["Vice president of Tessla, a division of Orbis"]
    assert people["Leo Dunn"]["roles"] == []
    assert people["Mara Vell"]["roles"] == []
    assert people["Tom Kelly"]["roles"] == ["Ann Reyes's Official Spokesman"]
    # an office the model tags as a person's name is still the role's own
    assert people["Dale"]["roles"] == ["Cabinet Office minister and Bolton West MP"]


def test_a_role_holds_only_the_words_that_describe_the_name(tmp_path: Path) -> None:
    """Words before a title that are not the name's own stay out of its role: a verb the
    name is the object of (which the parse may tag a noun), a month after "in", an
    adjective saying how the clause's subject is, a noun for what the person is to
    someone else before a title in capitals, a noun whose relative clause the name is
    the subject of, the half of a hyphened word whose first half is not the name's, and
    "now" before an apposition's title."""
    out = _digest(
        tmp_path,
        {
            "pledge": 'Pledge\n\nThe minister has pledged to "never, ever" attack Tory '
            "leader Ann Hale over her faith. Labour was accused of using posters which "
            "critics claim depict Tory leader Tom Orme as a miser. In October Green leader "
            "Lena Moss said she would stand. Among the favourites are Scottish actor Tom "
            "Dore and Oscar nominee Kate Marr. He praised the way former Ajax coach Ned "
            "Price has turned the side round. Under-pressure coach Leo Dunn made changes.\n",
            "snub": "Snub\n\nHe said he was confident shadow home secretary Mr Pryce would "
            "set out the plan. It was a snub to political rival Chancellor Dan Orme. They "
            "met their cabinet colleagues Foreign Secretary Ruth Kell and Ben Loft. She took "
            "over at the ministry from Ivo Sand, now foreign secretary. He was former Tory leader Mara "
            "Vell's closest aide.\n",
        },
    )
    pledge, snub = _people(out, "pledge"), _people(out, "snub")
    assert pledge["Ann Hale"]["roles"] == ["Tory Leader"]
    assert pledge["Tom Orme"]["roles"] == ["Tory Leader"]
    assert pledge["Lena Moss"]["roles"] == ["Green Leader"]
    assert snub["Pryce"]["roles"] == ["Shadow Home Secretary"]
    assert snub["Dan Orme"]["roles"] == ["Chancellor"]
    assert snub["Ruth Kell"]["roles"] == ["Foreign Secretary"]
    assert snub["Ivo Sand"]["roles"] == ["Foreign Secretary"]
    assert pledge["Ned Price"]["roles"] == ["Former Ajax Coach"]  # the way he turned it
    assert pledge["Leo Dunn"]["roles"] == ["Coach"]
    # after a copula whose subject the name is, the adjective is the name's own
    assert pledge["Tom Dore"]["country"] == "united-kingdom"
    assert snub["Mara Vell"]["roles"] == ["Former Tory Leader"]


def test_a_role_ends_where_the_persons_own_phrase_ends(tmp_path: Path) -> None:
    """A role holds the whole of a hyphened word before the comma ("vice-president", not
    "President"), and nothing of a phrase that is not the name's: a noun used as an adverb
    ("the way Sen. X had"), a fronted phrase a preposition takes ("in a head-to-head
    contest, X leads"), a relative clause that opens with "whose", or others the parse
    joins to the apposition ("and other scientists")."""
    out = _digest(
        tmp_path,
        {
            "poll": "Poll\n\nThe vice-president of the club, Mark Dunn, said the deal was done. "
            "The co-founder, Ada Rowe, agreed. Someone asked how Lena Moss could inspire "
            "young people the way Sen. Ben Loft (Vt.) had. A poll released on Friday shows "
            "that in a head-to-head contest, Kim Orr leads Tom Hale. The move enraged "
            "critics, including Senator Ned Marr of Kentucky, the majority leader, whose "
            "state relies on coal. It works, according to Kai Lund, head of the Center for "
            "Veterans Studies at the University of Utah, and other scientists. Tim Bell, news "
            "and features editor of PC Pro, said so. The group which represents university "
            "vice-chancellors, Universities UK, said the new system would encourage more of "
            "them to go into higher education. The director of public prosecutions, Ned Hale, "
            "says few have been prosecuted.\n",
        },
    )
    poll = _people(out, "poll")
    assert poll["Mark Dunn"]["roles"] == ["Vice-president of the Club"]
    assert poll["Ada Rowe"]["roles"] == ["Co-founder"]
    assert poll["Ben Loft"]["roles"] == ["Sen."]
    assert poll["Kim Orr"]["roles"] == []
    assert poll["Ned Marr"]["roles"] == ["Senator", "Majority Leader"]
    assert poll["Tim Bell"]["roles"] == ["News and features editor of PC Pro"]
    # a plural before the comma names many, not the name's office
    assert poll["Universities UK"]["roles"] == []
    assert poll["Ned Hale"]["roles"] == ["Director of Public Prosecutions"]
    assert poll["Kai Lund"]["roles"] == [
        "Head of the Center for Veterans Studies at the University of Utah"
    ]


def test_a_role_leaves_out_whose_office_and_which_holder(tmp_path: Path) -> None:
    """A role is the office alone: not the possessive pronoun saying whose office it is,
    nor "one" picking a holder out of several, nor the "to" a cut clause leaves; a
    possessive ending the role and the "one" of "one of" stay."""
    out = _digest(
        tmp_path,
        {
            "board": "Board\n\nThe row will pass, says the governing body, whose new chief "
            "executive Ned Marr was in the stands. Orbis will be run by Kai Lund, its finance "
            "director, from May. One fiction judge, Ada Rowe, carried a note. Lena Moss, the "
            "most recent female MP to be elected, told researchers it was hard. Kim Orr, "
            "chief market analyst at Standard & Poor's, said prices would rise. Ivo Hale, "
            "one of the chief critics of the plans, condemned the debate.\n",
        },
    )
    board = _people(out, "board")
    assert board["Ned Marr"]["roles"] == ["New Chief Executive"]
    assert board["Kai Lund"]["roles"] == ["Finance Director"]
    assert board["Ada Rowe"]["roles"] == ["Fiction Judge"]
    assert board["Lena Moss"]["roles"] == ["Most Recent Female MP"]
    assert board["Kim Orr"]["roles"] == ["Chief market analyst at Standard & Poor's"]
    assert board["Ivo Hale"]["roles"] == ["One of the chief critics of the plans"]


def _roles_of_a_verbless_parse(found: multiprocessing.Queue[list[tuple[str | None, ...]]]) -> None:
    nlp = spacy.blank("en")
    words = ["Ana", "Ruiz", "success", "in", "her", "native", "Spain"]
    heads = [1, 2, 2, 2, 6, 6, 3]
    deps = ["compound", "nsubj", "ROOT", "prep", "poss", "amod", "pobj"]
    pos = ["PROPN", "PROPN", "NOUN", "ADP", "PRON", "ADJ", "PROPN"]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos)
    gazetteer = build_gazetteer(load_registry(Path(__file__).parent / "fixtures" / "registry"))
    found.put([(d.role, d.country) for d in described(doc[0:2], gazetteer, lambda _: None)])


def test_roles_of_a_clause_with_no_verb_are_read_to_the_end() -> None:
    """A headline's parse may make a name the subject of a noun, with no verb up to the
    root ("Ana Ruiz success in her native Spain"): reading the clause the country is in
    climbs to the root and stops there. A spaCy token is a new object at each access, so
    the climb compares positions; compared as objects, it never reached the root and the
    digest hung. Run apart, so that a hang fails the test rather than the run."""
    context = multiprocessing.get_context("fork")
    found: multiprocessing.Queue[list[tuple[str | None, ...]]] = context.Queue()
    reader = context.Process(target=_roles_of_a_verbless_parse, args=(found,))
    reader.start()
    reader.join(60)
    hung = reader.is_alive()
    if hung:
        reader.kill()
    assert not hung
    assert found.get(timeout=5) == [(None, "spain")]  # "her native Spain"


def test_a_title_in_lower_case_with_its_field_is_the_role(tmp_path: Path) -> None:
    """ "minister of sport", "director of rugby", "secretary of state": a title written in
    lower case with the field it heads is the role of the name right after it, with the
    country before it; a person's or an organisation's noun after "of" is no field."""
    out = _digest(
        tmp_path,
        {
            "cup": "Cup bid\n\nChile's minister of sport Rosa Vidal backed the bid. "
            "Harlow director of rugby Ned Price said the club would appeal. "
            "The crowd chanted for the head of chairman Bill Lowry. In 1983 she advised "
            "then-US secretary of state Mark Dale.\n",
        },
    )
    people = _people(out, "cup")
    # "then-" says the office is held no more
    assert people["Mark Dale"]["roles"] == ["Former Secretary of State of United States"]
    assert people["Mark Dale"]["country"] == "united-states"
    assert people["Rosa Vidal"]["roles"] == ["Minister of Sport of Chile"]
    assert people["Rosa Vidal"]["country"] == "chile"
    assert people["Ned Price"]["roles"] == ["Harlow Director of Rugby"]
    assert people["Ned Price"]["country"] is None
    assert people["Bill Lowry"]["roles"] == ["Chairman"]


def test_a_title_of_several_joined_words_is_the_role_whole(tmp_path: Path) -> None:
    """ "Work and Pensions Secretary", "Culture, Media and Sport Secretary": the words a
    title joins with "and" and commas are all the role's; a name or a date before them is
    no part of it."""
    out = _digest(
        tmp_path,
        {
            "cabinet": "Cabinet talks\n\nWork and Pensions Secretary Dan Orme has warned the "
            "agency. Culture, Media and Sport Secretary Ruth Kell backed the bid. "
            "He met Mr Pryce and Energy Secretary Lena Moss on Monday. The appeal was heard "
            "by Lord Justice May and Justice Tom Harlan in London.\n",
        },
    )
    people = _people(out, "cabinet")
    assert people["Tom Harlan"]["roles"] == ["Justice"]  # "May" is a judge's name
    assert people["Dan Orme"]["roles"] == ["Work and Pensions Secretary"]
    assert people["Ruth Kell"]["roles"] == ["Culture, Media and Sport Secretary"]
    assert people["Lena Moss"]["roles"] == ["Energy Secretary"]
    assert people["Pryce"]["roles"] == []


def test_a_role_before_a_comma_starts_after_a_things_noun(tmp_path: Path) -> None:
    """ "the deaths of former House Speaker, X": the title is the role, not the noun naming
    no person that "of" hangs it on; a person's noun before "of" is the role's own."""
    out = _digest(
        tmp_path,
        {
            "senate": "Senate adjourns\n\nThe Senate adjourned over the death of former House "
            "Speaker, Benjamin Okafor, on Tuesday. It praised the widow of the governor, Ada Eze.\n",
        },
    )
    people = _people(out, "senate")
    assert people["Benjamin Okafor"]["roles"] == ["Former House Speaker"]
    assert people["Ada Eze"]["roles"] == ["Widow of the Governor"]


def test_an_apposition_role_runs_past_a_hyphened_participle(tmp_path: Path) -> None:
    """ "the Delhi-based council" is a compound adjective, no clause ending the role; and a
    role never ends on a preposition the parse leaves hanging."""
    out = _digest(
        tmp_path,
        {
            "air": "Air improves\n\nThe air improved, said Kurinji Selvaraj, a research "
            "analyst at the Delhi-based Council on Energy and Water. Its allies include "
            "Professor Tom Hale, former head of research at the University of Leeds and Dan "
            "Brill, a well-known Leeds journalist.\n",
        },
    )
    people = _people(out, "air")
    # a name joined to a body's by "and" is the list's next, not a name the role is of
    assert not any("Brill" in role for role in people["Tom Hale"]["roles"])
    assert people["Kurinji Selvaraj"]["roles"] == [
        "Research analyst at the Delhi-based Council on Energy and Water"
    ]


def test_an_apposition_role_runs_past_a_participle_describing_a_noun(tmp_path: Path) -> None:
    """ "fixed" in "fixed line division" describes the noun, no clause about the person:
    cut there, the role would end on its body's possessive."""
    out = _digest(
        tmp_path,
        {
            "tv": 'Village TV\n\n"It is growing fast," said Rudolf Fischer, head of '
            "Telekom Austria's fixed line division.\n",
        },
    )
    assert _people(out, "tv")["Rudolf Fischer"]["roles"] == [
        "Head of Telekom Austria's fixed line division"
    ]


def test_an_everyday_adjective_that_is_also_a_title_makes_no_role(tmp_path: Path) -> None:
    """ "general" and "major" before a noun are adjectives, not the ranks; a title noun
    after them still makes the role."""
    out = _digest(
        tmp_path,
        {
            "vote": "Turnout\n\nVoters could confound predictions of a low turnout in the "
            "coming general election, Charles Kennedy has said. A major shareholder, Tom "
            "Hale, agreed. The general manager, Ann Lee, did not.\n",
        },
    )
    people = _people(out, "vote")
    assert people["Charles Kennedy"]["roles"] == []
    assert people["Tom Hale"]["roles"] == []
    assert people["Ann Lee"]["roles"] == ["General Manager"]


def test_a_given_name_alone_is_whoever_the_article_names_by_it_alone(tmp_path: Path) -> None:
    """ "Prince Charles" ... "Charles becomes king": the prince, whom the article names by
    that word alone, not the "Charles Kennedy" it also names."""
    out = _digest(
        tmp_path,
        {
            "royal": "Royal wedding\n\nPrince Charles will marry Camilla Parker Bowles. Tony "
            "Blair offered his congratulations, as did Liberal Democrat leader Charles "
            "Kennedy. If he became king, Charles would be the supreme governor of the Church "
            "of England.\n",
        },
    )
    people = _people(out, "royal")
    assert people["Charles Kennedy"]["as_written"] == ["Charles Kennedy"]
    assert people["Charles"]["sentences"] == [1, 3]  # the title is sentence 0


def test_a_word_saying_when_is_no_part_of_a_role(tmp_path: Path) -> None:
    """ "On Tuesday Foreign Secretary X", "Now Home Secretary Y", "last week Treasury
    Secretary Z", "Yesterday Chile's economy minister, W": the day, the adverb and the
    period open the clause; a day in a paper's or a club's name stays, "then" says
    "former", and a period's possessive is whose title it was ("last season's captain")."""
    out = _digest(
        tmp_path,
        {
            "week": "Week in politics\n\nOn Tuesday Foreign Secretary Jack Holm said the talks "
            "would go on. Now Home Secretary Ann Vale backs the plan. The book, by Sunday "
            "Telegraph journalist Rob Pryce, was serialised. The then Home Secretary Dan "
            "Orme agreed. And last week Treasury Secretary Tom Vell told an audience the "
            "policy stood. Yesterday Chile's economy minister, Ruth Dane, said the results "
            "were ready. Last season's captain Ian Tarr won again.\n",
        },
    )
    people = _people(out, "week")
    assert people["Jack Holm"]["roles"] == ["Foreign Secretary"]
    assert people["Ann Vale"]["roles"] == ["Home Secretary"]
    assert people["Rob Pryce"]["roles"] == ["Sunday Telegraph Journalist"]
    assert people["Dan Orme"]["roles"] == ["Former Home Secretary"]
    assert people["Tom Vell"]["roles"] == ["Treasury Secretary"]
    assert people["Ruth Dane"]["roles"] == ["Minister of the Economy of Chile"]
    assert people["Ian Tarr"]["roles"] == ["Last Season's Captain"]


def test_the_of_in_a_countrys_name_before_a_title_keeps_the_title(tmp_path: Path) -> None:
    friendly = (
        "Friendly set\n\nRepublic of Ireland manager Sean Doyle named his squad on Friday.\n"
        "Democratic Republic of Congo striker Joel Mbala is fit to face them.\n"
    )
    people = _people(_digest(tmp_path, {"friendly": friendly}), "friendly")
    # only an office's own "of" ("Minister of Finance X") makes the word before it the title;
    # a country's name with a lower-case word in it is the person's country, as "Wales" is
    assert people["Sean Doyle"]["roles"] == ["Manager of Ireland"]
    assert people["Sean Doyle"]["country"] == "ireland"
    assert people["Joel Mbala"]["roles"] == ["Striker"]


def test_a_rugby_centre_before_a_name_is_a_players_role(tmp_path: Path) -> None:
    signing = "Bath sign a centre\n\nBath centre Tom Marsh has signed a new two-year deal.\n"
    people = _people(_digest(tmp_path, {"signing": signing}), "signing")
    assert people["Tom Marsh"]["roles"] == ["Centre"]


def test_the_of_inside_a_bodys_name_before_a_title_stays_in_the_role(tmp_path: Path) -> None:
    """A body's or a work's name with an "of" before a title in lower case is the role's
    whole: cut at its "of", the role read "Harbour Deputy Governor"."""
    bank = (
        "Rates held\n\nBank of Harbour deputy governor Ann Marr said growth was slow.\n"
        "Bureau of Statistics chief Tom Fenn said prices rose in March.\n"
        "Critics of the plan say Governor Ivo Sand moved too late.\n"
    )
    people = _people(_digest(tmp_path, {"bank": bank}), "bank")
    assert people["Ann Marr"]["roles"] == ["Bank of Harbour Deputy Governor"]
    assert people["Tom Fenn"]["roles"] == ["Bureau of Statistics Chief"]
    assert people["Ivo Sand"]["roles"] == ["Governor"]  # the plan's critics are no body


# Each article: a headline, a lede counting a group of nationals, then a paragraph that
# opens with names; and the countries those people are given (the rest have none).
_GROUPS: list[tuple[str, dict[str, str]]] = [
    # the lede counts them, the next paragraph names as many: each has the group's country
    (
        "Detainees home\n\nThe four Britons freed from custody are expected home on Friday."
        "\n\nOmar Patel, Lee Dunn, Sam Okoro and Ray Hale were held for two years.\n",
        {n: "united-kingdom" for n in ("Omar Patel", "Lee Dunn", "Sam Okoro", "Ray Hale")},
    ),
    (
        "Greek trio set for doping hearing\n\nKostas Lambrou, Nikos Vlahos and Yannis Dimou"
        " will fight their bans at a tribunal this weekend.\n",
        {},  # "their": the group may be anyone's
    ),
    (
        "Greek trio set for doping hearing\n\nKostas Lambrou, Nikos Vlahos and Yannis Dimou"
        " will face a tribunal this weekend.\n",
        {n: "greece" for n in ("Kostas Lambrou", "Nikos Vlahos", "Yannis Dimou")},
    ),
    # a group noun that says no number takes the number before it
    (
        "Appeal\n\nThree Kenyan sisters were banned on Monday.\n\n"
        "Mary Keitany, Edna Kiplagat and Joyce Chepkirui will appeal.\n",
        {n: "kenya" for n in ("Mary Keitany", "Edna Kiplagat", "Joyce Chepkirui")},
    ),
    # a pair named next is as often someone else as the pair
    (
        "Ban\n\nTwo Spanish players were sent off on Sunday.\n\n"
        "Thierry Vallet and Patrick Moine scored for Arsenal.\n",
        {},
    ),
    # those who speak of the group, those who act on it, a list one of whom has another
    # country: not the group
    (
        "Kidnap\n\nThree American journalists were kidnapped in Baghdad on Monday.\n\n"
        "Kofi Amani, Jacques Charlot and Tony Blane called for their release.\n",
        {},
    ),
    (
        "Doping\n\nThree Kenyan runners have failed drug tests.\n\n"
        "Haile Gebre, Kenenisa Bekel and Derartu Tulo said the sport must be clean.\n",
        {},
    ),
    (
        "Bans\n\nThree Kenyan runners were banned on Monday.\n\n"
        "Peter Langat, from Ethiopia, Amos Chebet and Sam Wanjiku lost their appeals.\n",
        {"Peter Langat": "ethiopia"},
    ),
    # a listed person the text already gives the group's country is of the group
    (
        "Freed\n\nAll four Britons held abroad will be freed within weeks.\n\n"
        "Omar Kessel, from Leeds, and Lee Marr, Ray Odell and Sam Hurst, from London,"
        " have been held for three years. The UK asked for their return.\n",
        {n: "united-kingdom" for n in ("Omar Kessel", "Lee Marr", "Ray Odell", "Sam Hurst")},
    ),
    # a group joined to another ("Two Germans and a Briton"), where a role's place is not
    # its people's, a city's people, a nationality no longer held, a tournament's name
    (
        "Freed\n\nTwo Germans and a Briton were kidnapped in Yemen.\n\n"
        "Hans Weber, Jane Hollis and Rolf Kranz were freed on Sunday.\n",
        {},
    ),
    (
        "Honoured\n\nThree Vietnam veterans were honoured on Friday.\n\n"
        "John Kerrigan, Bill Moffat and Ed Lyle received medals.\n",
        {},
    ),
    (
        "March\n\nThree Paris activists were arrested at the march.\n\n"
        "Remy Castaing, Odile Vernet and Luc Pradel were freed later.\n",
        {},
    ),
    (
        "Passports\n\nThree former Britons have been given new passports.\n\n"
        "Ann Oduya, Ben Kessel and Carl Munro left in 1990.\n",
        {},
    ),
    (
        "Finalists\n\nThree US Open finalists will play in Dubai.\n\n"
        "Ivo Mlinar, Tomas Berdak and Rafa Nieto arrived on Monday.\n",
        {},
    ),
    # counted later in the story, or named in the same paragraph: not the lede's form
    (
        "Team\n\nThe squad met on Monday. The coach spoke. Three Irish players were dropped."
        "\n\nSean Doyle, Liam Burke and Eoin Walsh missed training.\n",
        {},
    ),
    (
        "Team\n\nThree Irish players were dropped. "
        "Conor Dunne, Ciaran Foley and Niall Quigley missed training.\n",
        {},
    ),
]


def test_a_group_the_lede_counts_is_the_people_the_next_paragraph_names(
    tmp_path: Path,
) -> None:
    out = _digest(tmp_path, {f"g{i}": text for i, (text, _) in enumerate(_GROUPS)})
    for i, (text, countries) in enumerate(_GROUPS):
        found = {name: p["country"] for name, p in _people(out, f"g{i}").items()}
        assert {n: c for n, c in found.items() if c} == countries, text


def test_a_headline_pair_is_no_roster_and_its_word_for_someone_no_first_name(
    tmp_path: Path,
) -> None:
    """A headline naming two people ("Derelict Varley and Hale;") is no team sheet, and a
    word for someone before a surname the prose writes alone is what the person is."""
    out = _digest(
        tmp_path,
        {
            "pair": "Derelict Varley and Hale;\n\n"
            "Mayor Varley and Ann Hale did not answer the letters of the city's tenants. "
            "Varley and Hale must now reply, the council said on Monday.\n",
            # a given name counted one sex's leads a name, whatever else the word means
            # a sentence of prose opened by it, the surname alone in the headline
            "rapper": "Okafor beats Elvis to number one\n\n"
            "Rapper Okafor has denied Elvis his fourth number one of the year, after his "
            "song stormed to the top of the singles charts on Sunday.\n",
            # a word only WordNet makes a person's opens a given name in prose
            "sonny": "Injury worries\n\n"
            "Sonny Varley is continuing to struggle with a neck injury, the coach said. "
            "Varley missed the game against Leeds on Saturday.\n",
            "given": "Hunter Varley and Hale;\n\n"
            "Hunter Varley and Ann Hale did not answer the letters of the city's tenants. "
            "Varley and Hale must now reply, the council said on Monday.\n",
        },
    )
    pair = _people(out, "pair")
    written = {f for p in pair.values() for f in p["as_written"]}
    assert "Derelict Varley" not in written
    assert "Varley" in written
    rapper = {f for p in _people(out, "rapper").values() for f in p["as_written"]}
    assert "Rapper Okafor" not in rapper
    assert "Okafor" in rapper
    sonny = {f for p in _people(out, "sonny").values() for f in p["as_written"]}
    assert "Sonny Varley" in sonny
    given = {f for p in _people(out, "given").values() for f in p["as_written"]}
    assert "Hunter Varley" in given


_ROCKER = (
    "Rocker Malone cancels tour\n\n"
    "The rock singer Dean Malone has cancelled his spring tour. Malone said he was unwell.\n"
)


def test_a_headline_epithet_before_a_surname_is_no_first_name(tmp_path: Path) -> None:
    out = _digest(
        tmp_path,
        {
            "final": "Brave Dunmore battles into final\n\n"
            "Britain's Tim Dunmore reached the final in Sydney on Friday with a win over Carl "
            "Webb. Dunmore said he was delighted.\n",
            "veteran": "Veteran Orrell signs new deal\n\n"
            "The club's veteran keeper Sam Orrell has signed for two more seasons. Orrell "
            "said he was thrilled.\n",
            "sisters": "Jenny Hale wins in Leeds\n\n"
            "Her brother Wes Hale said Jenny had trained hard all winter.\n",
            # the headline's name tagged as an organisation, found again by its surname
            "rocker": _ROCKER,
            "brother": "Sierra Malone in backstage brawl\n\n"
            "Her brother Dean Malone said Sierra had been hurt.\n",
            # the epithet opens the prose again, before another first name
            "comic": "Comic Platt to host awards\n\n"
            "Comic Sid Platt will host the awards on Sunday. Platt said he was nervous.\n",
            # ... but a common given name there leads a double one
            "double": "Mary Hale wins final\n\n"
            "Mary Jane Hale won on Sunday. Her husband Wes Hale watched from the stand.\n",
            # an epithet the model tags with the surname as a firm is no firm's short form
            "champion": "Champion Okafor retains title\n\n"
            "The champion Ben Okafor kept his belt. Okafor said his cousin had helped.\n",
            # a word of the language opening a quotation, before a surname of the prose
            "tweet": "Debate\n\nDonald Trump debated on Monday. Howard Dean poked at Trump, "
            'tweeting, "Notice Trump sniffing all the time."\n',
        },
    )
    people = _people(out, "final")
    assert "Brave Dunmore" not in people
    assert "Brave Dunmore" not in {f for p in people.values() for f in p["as_written"]}
    assert sorted(people["Dunmore"]["as_written"]) == ["Dunmore", "Tim Dunmore"]
    # the word written again in the prose as a common word, lower-case: still an epithet
    veteran = _people(out, "veteran")
    assert "Veteran Orrell" not in {f for p in veteran.values() for f in p["as_written"]}
    # the word is written again in the prose as a name: a first name
    written = {f for p in _people(out, "sisters").values() for f in p["as_written"]}
    assert {"Jenny Hale", "Wes Hale"} <= written
    nlp = load_model()
    assert ("Rocker Malone", "ORG") in {(e.text, e.label_) for e in nlp(_ROCKER).ents}
    rocker = _people(out, "rocker")
    assert sorted(rocker) == ["Dean Malone"]
    assert sorted(rocker["Dean Malone"]["as_written"]) == ["Dean Malone", "Malone"]
    written = {f for p in _people(out, "brother").values() for f in p["as_written"]}
    assert {"Sierra Malone", "Dean Malone"} <= written
    comic = _people(out, "comic")
    assert sorted(comic) == ["Platt"]
    assert sorted(comic["Platt"]["as_written"]) == ["Platt", "Sid Platt"]
    written = {f for p in _people(out, "double").values() for f in p["as_written"]}
    assert {"Mary Hale", "Wes Hale"} <= written
    champion = _people(out, "champion")
    assert sorted(champion) == ["Ben Okafor"]
    tweet = {p["id"]: p for p in _load(out / "articles" / "tweet.yaml")["people"]}
    assert sorted(tweet) == ["donald-trump", "howard-dean"]


def test_a_name_after_a_broadcasters_capitals_is_a_person_when_shown_one(
    tmp_path: Path,
) -> None:
    # a comma missing after the broadcaster: the parse makes the name a part of its, as
    # it does a station's, but a verb of saying right after it shows a person
    out = _digest(
        tmp_path,
        {
            "chef": "Chef wins\n\nTalking to ITV Piers Hanley said he had never expected to win.\n",
        },
    )
    assert _people(out, "chef")["Piers Hanley"]["as_written"] == ["Piers Hanley"]


def test_a_generations_suffix_is_not_the_surname_the_name_is_attested_by() -> None:
    # "Kettley" alone attests "Dorian Kettley Jr." as much as "Dorian M. Kettley": the
    # two are as full, and the tie goes to the alphabet, not to the spelling whose last
    # word is the surname
    told = ["Dorian Kettley Jr. took the stand.", "Kettley paused.", "Kettley sat down."]
    node = Node(
        "court", "dorian-kettley-jr", ["Dorian Kettley Jr.", "Dorian M. Kettley", "Kettley"],
        [], [0, 1, 2], text=Sentences(told),
    )  # fmt: skip
    assert canonical_name([node]) == "Dorian Kettley Jr."
    assert node.attested == {"kettley": 3, "jr.": 1}


def test_a_name_written_without_its_hyphen_is_no_fuller_than_with_it() -> None:
    # "Mr Kilroy-Silk" alone in four sentences makes the hyphenated spelling the attested one
    told = ["Robert Kilroy-Silk spoke.", *["Mr Kilroy-Silk said more."] * 4]
    node = Node(
        "ukip", "robert-kilroy-silk", ["Robert Kilroy-Silk", "Robert Kilroy Silk", "Kilroy-Silk"],
        [], [0, 1, 2, 3, 4], text=Sentences(told),
    )  # fmt: skip
    assert canonical_name([node]) == "Robert Kilroy-Silk"
    # more name words still win: a middle name is fuller
    longer = Node("bio", "anne-lise-berg", ["Anne-Lise Berg", "Anne Lise Marie Berg"], [], [0])
    assert canonical_name([longer]) == "Anne Lise Marie Berg"


def test_an_acronym_alone_is_no_person_though_tagged_one(tmp_path: Path) -> None:
    deal = (
        "Carmaker deal nears\n\n"
        "The tie-up would cost 2,000 jobs, unions said on Friday. VKTA says none of its cash "
        "will go to the four owners of the firm. VKTA was unavailable for comment on the job "
        "cuts when contacted by reporters.\n"
    )
    assert ("VKTA", "PERSON") in {(e.text, e.label_) for e in load_model()(deal).ents}
    # the same sentences with a name written as one: a person
    owner = deal.replace("VKTA", "Vokta").replace("its cash", "his cash")
    out = _digest(tmp_path, {"deal": deal, "owner": owner})
    assert _people(out, "deal") == {}
    assert "Vokta" in _people(out, "owner")


def test_a_list_with_one_firm_named_as_a_person_is_still_of_firms(tmp_path: Path) -> None:
    shops = (
        "Lord David Sainsbury retired from the board. Grocers Sainsbury, Tesco and John Lewis "
        "all reported weaker sales at Christmas.\n"
    )
    ents = {(e.text, e.label_) for e in load_model()(shops).ents}
    assert {("David Sainsbury", "PERSON"), ("Tesco", "ORG"), ("John Lewis", "PERSON")} <= ents
    out = _digest(tmp_path, {"shops": shops})
    # one listed firm shares a surname with a person named in full; Tesco shares none, so
    # the list stays one of firms and the retailer named like a person is no person
    assert "John Lewis" not in _people(out, "shops")


def test_a_band_named_by_its_kind_is_an_organisation_across_the_corpus(tmp_path: Path) -> None:
    articles = {
        "band": "Moller win two awards\n\nScottish rock band Franz Moller, who shot to fame "
        "last year, won two awards on Tuesday. The four-piece met at art school in Glasgow.\n",
        "gig": "Concert sells out\n\nAll 10,000 tickets for the concert, featuring Franz "
        "Moller and the singer Amy Lorne, sold out in a day. Promoter Ian Cole said demand "
        "was huge.\n",
        # a firm named after its founder, who is a person with a role elsewhere
        "label": "Label grows\n\nFashion label Stella Marsh opened a shop in Leeds. Sales "
        "rose by 20% last year.\n",
        "show": "Designer speaks\n\nFashion designer Stella Marsh said her new collection "
        "was inspired by the sea.\n",
        "party": "Party guests\n\nGuests included Stella Marsh and the singer Amy Lorne, who "
        "arrived late.\n",
        # a lone given name after "team" is one of the people it names, not a body
        "couple": "Figures questioned\n\nThe study was carried out by husband and wife "
        "economist team Jim and Margaret Lorimer, who said the figures were wrong.\n",
    }
    ents = {(e.text, e.label_) for e in load_model()(articles["gig"]).ents}
    assert ("Franz Moller", "PERSON") in ents
    out = _digest(tmp_path, articles)

    def organisations(article: str) -> list[tuple[list[str], list[str]]]:
        found = _load(out / "articles" / f"{article}.yaml")["organizations"]
        return [(o["as_written"], o["roles"]) for o in found]

    # the noun right before the name says what it is: an organisation of that kind
    assert organisations("band") == [(["Franz Moller", "Moller"], ["Band"])]
    assert _people(out, "band") == {}
    # so an article that lists the band on the model's word alone no longer does, though
    # a common given name leads it
    assert set(_people(out, "gig")) == {"Amy Lorne", "Ian Cole"}
    # a name some article gives a person's role stays a person wherever it is listed
    assert organisations("label") == [(["Stella Marsh"], ["Label"])]
    assert "Stella Marsh" in _people(out, "show")
    assert "Stella Marsh" in _people(out, "party")
    assert not any("Jim" in names for names, _ in organisations("couple"))


def test_a_name_ending_in_a_venue_word_is_no_person(tmp_path: Path) -> None:
    talk = (
        "Chemist warns on funding\n\n"
        "Mr Osei told reporters after giving the Royal Society of Chemistry 2005 Marsden "
        "Lecture. The team flew into Cardiff from Robin Hood Airport on Monday.\n"
    )
    ents = {(e.text, e.label_) for e in load_model()(talk).ents}
    assert {("Marsden Lecture", "PERSON"), ("Robin Hood Airport", "PERSON")} <= ents
    # a surname that is also a word for a place, not on the list, stays a name
    hall = "Hall talks\n\nThe broadcaster Stuart Hall said he would retire in June.\n"
    out = _digest(tmp_path, {"talk": talk, "hall": hall})
    assert set(_people(out, "talk")) == {"Osei"}
    assert _people(out, "hall")["Hall"]["id"] == "stuart-hall"


def test_a_title_inside_a_venues_name_makes_no_person(tmp_path: Path) -> None:
    airport = (
        "Airport opens\n\n"
        "A consortium was chosen to run the new Imam Reza International Airport in Mashhad.\n"
    )
    assert ("Imam Reza International Airport", "ORG") in {
        (e.text, e.label_) for e in load_model()(airport).ents
    }
    # a title before a name the model tagged as an organisation: still the name
    minister = "Border talks\n\nUkrainian PM Denys Shmyhal arrived in Tallinn on Monday.\n"
    out = _digest(tmp_path, {"airport": airport, "minister": minister})
    assert _people(out, "airport") == {}
    assert "Denys Shmyhal" in _people(out, "minister")


def test_a_military_rank_before_a_name_is_a_title(tmp_path: Path) -> None:
    row = (
        "Regiment row\n\n"
        "Former Welsh Guardsman Peter Kerr will challenge Mr Dunn at the election. Trooper "
        "Alan Bell said he was proud of the campaign.\n"
    )
    assert "Trooper Alan Bell" in {e.text for e in load_model()(row).ents}  # rank and name
    # a surname that is a word of the army too, with no rank before it, stays whole
    gunner = "Club news\n\nStriker Tom Sapper said he would stay at the club.\n"
    out = _digest(tmp_path, {"row": row, "gunner": gunner})
    people = _people(out, "row")
    assert set(people) == {"Alan Bell", "Peter Kerr", "Dunn"}
    assert people["Alan Bell"]["roles"] == ["Trooper"]
    assert "Tom Sapper" in _people(out, "gunner")


def test_a_surname_of_two_words_joins_the_full_name_it_ends(tmp_path: Path) -> None:
    out = _digest(
        tmp_path,
        {
            "bill": "Amendment tabled\n\nFormer leader Iain Dunmore Smith tabled the amendment. "
            "Mr Dunmore Smith said it would protect patients.\n",
            # two full names end alike: the short form could be either, so it joins neither
            "brothers": "Brothers race\n\nBrothers Tom Lee Jones and Sam Lee Jones said they "
            "were ready for the race. Lee Jones finished third.\n",
        },
    )
    assert [p["as_written"] for p in _people(out, "bill").values()] == [
        ["Dunmore Smith", "Iain Dunmore Smith"]
    ]
    brothers = [p["as_written"] for p in _people(out, "brothers").values()]
    assert ["Tom Lee Jones"] in brothers and ["Sam Lee Jones"] in brothers
    assert ["Lee Jones"] in brothers


def test_the_side_a_team_sheet_lists_is_no_person(tmp_path: Path) -> None:
    match = (
        "Leeds v Henley (Fri)\n\n"
        "Tom Reid is named at hooker for Henley in one of four changes. Sam Hale returns at "
        "full-back.\n\n"
        "Henley: Hale; Marsh, Dunn, Hart, Vane; Reid, Lyle; Cole, Reid, Moss; Frost, Kerr "
        "(capt).\n"
    )
    ents = [(e.text, e.label_) for e in load_model()(match).ents]
    assert ents.count(("Henley", "PERSON")) == 2  # in the prose and before the sheet
    # a name before a colon and prose: a speaker's label, the person's own mention
    talk = (
        "Cup reaction\n\nManager Arsene Henley spoke after the match.\n\n"
        "Henley: We will see what happens in the second leg.\n"
    )
    out = _digest(tmp_path, {"match": match, "talk": talk})
    people = _people(out, "match")
    assert "Henley" not in people and {"Kerr", "Vane", "Hale"} <= set(people)
    assert _people(out, "talk")["Arsene Henley"]["sentences"] == [1, 2]


def test_a_partys_members_named_in_the_plural_are_no_person(tmp_path: Path) -> None:
    vote = (
        "Tax vote\n\n"
        "Labour rebels, Tories and Lib Dems will oppose the bill on Monday. Later the Lib "
        "Dems have tabled a motion against the tax, with the Tories.\n"
    )
    assert ("Lib Dems", "PERSON") in {(e.text, e.label_) for e in load_model()(vote).ents}
    # the singular before a name describes the person
    member = "Tax vote\n\nLib Dem Nigel Pike said the tax was unfair.\n"
    out = _digest(tmp_path, {"vote": vote, "member": member})
    assert _people(out, "vote") == {}
    assert "Nigel Pike" in _people(out, "member")


_LINKS = (
    "The probe will study the moon on dozens of flybys, the agency said.\n\n"
    "- Space Agency Plans Mission to Look for Signs of Life\n\n"
    "- Harbour Observatory: Silver Domes on Castle Kerr\n"
)


def test_a_name_only_in_a_link_to_another_story_is_no_one(tmp_path: Path) -> None:
    assert ("Castle Kerr", "PERSON") in {(e.text, e.label_) for e in load_model()(_LINKS).ents}
    out = _digest(
        tmp_path,
        {
            "links": _LINKS,
            # the items of a list the story gives are no headlines: their people stay
            "panel": "The panel met on Monday. Its members are:\n\n"
            "- Jane Doerr, chair of the panel\n\n- Tom Brandt, its treasurer\n",
        },
    )
    assert _people(out, "links") == {}
    assert "Tom Brandt" in _people(out, "panel")


def test_a_name_written_with_a_nickname_inside_is_one_person_named_plainly(
    tmp_path: Path,
) -> None:
    out = _digest(
        tmp_path,
        {
            "virginia": "Virginian could make history\n\n"
            'Rep. Robert C. "Bobby" Scott is in line to chair the education committee.\n'
            "Bobby Scott said he had waited years for the post.\n"
            "Bobby, as his staff call him, spoke for an hour.\n",
        },
    )
    people = _load(out / "articles" / "virginia.yaml")["people"]
    # the nickname inside the name, the name without it and the nickname alone are one
    # person, named by the plain full spelling the article writes, not the one with marks
    assert len(people) == 1
    assert {'Robert C. "Bobby" Scott', "Bobby Scott", "Bobby"} <= set(people[0]["as_written"])
    assert _load(out / "people" / f"{people[0]['id']}.yaml")["name"] == "Bobby Scott"


def test_a_monarchs_one_name_is_not_the_first_name_of_another(tmp_path: Path) -> None:
    out = _digest(
        tmp_path,
        {
            "visit": "Royal visit ends with warm words\n\n"
            "Opposition MP Peter Harcastle met the visitors in Leeds on Tuesday. His guest "
            "was Princess Ingrid of Serbia, the eldest daughter of ex-King Peter of Serbia, "
            'who said the talks had been "warm and open". Harcastle said he was pleased.\n',
            "memoir": "Former model recalls palace years\n\n"
            "The designer Thomas Brackwell, 54, has written a memoir of his years in Athens. "
            "He was a friend of Princess Helena of Greece, a granddaughter of King Thomas of "
            "Greece. Brackwell said the book took four years.\n",
            # a king in lower case is a word of praise: the striker's own surname
            "comeback": "Boss hails comeback king Darrow\n\n"
            "Rovers manager Ian Pellew has praised striker Neil Darrow for his return to "
            "form. Darrow scored twice in Saturday's 3-2 win at Hull.\n",
            # a title in marks is a nickname of the person of that name
            "nickname": "Senator praises basketball star\n\n"
            "Senator Ruth Calloway praised basketball star Marcus Reid on Monday. She said "
            'the Ohio native nicknamed "King Reid" had done much for the city.\n',
        },
    )
    # the king is named by his title and one name, which is no MP's first name: the MP
    # neither is written "Peter" nor takes the king's country
    for article, full, king, country in (
        ("visit", "Peter Harcastle", "Peter", "serbia"),
        ("memoir", "Thomas Brackwell", "Thomas", "greece"),
    ):
        people = _load(out / "articles" / f"{article}.yaml")["people"]
        by_form = {f: p for p in people for f in p["as_written"]}
        assert by_form[full]["as_written"] == [full.split()[-1], full]
        assert by_form[full]["country"] is None
        assert by_form[king]["as_written"] == [king]
        assert by_form[king]["country"] == country
    darrow = _people(out, "comeback")["Darrow"]
    assert sorted(darrow["as_written"]) == ["Darrow", "Neil Darrow"]
    assert 1 in darrow["sentences"]  # the headline's "Darrow"
    people = _load(out / "articles" / "nickname.yaml")["people"]
    assert "Reid" in {
        f for p in people for f in p["as_written"] if "Marcus Reid" in p["as_written"]
    }


def test_an_honorifics_word_is_not_the_first_name_of_one_addressed_by_surname(
    tmp_path: Path,
) -> None:
    out = _digest(
        tmp_path,
        {
            # the councillor is "Mr Orwin" here: "Mr Lyle" is someone else, by surname
            "council": "Council row deepens\n\n"
            "Councillor Lyle Orwin was suspended by his group on Friday. Mr Orwin said he "
            "would appeal. The group's leader, Mr Lyle, said the rules applied to all.\n",
            # a name written family name first: "Mr Cho" is the one it never calls "Mr Min-ho"
            "trade": "Exports climb again\n\n"
            "Trade minister Cho Min-ho said exports rose for a fifth month. Mr Cho said "
            "chip sales led the rise.\n",
            # "Dame" stands before a given name: the same woman as "Ms Vail"
            "opera": "Singer to retire\n\n"
            "Dame Olwen Vail will sing her last season next year. Ms Vail, 71, made her "
            "debut in Cardiff. Dame Olwen said she would teach.\n",
        },
    )
    council = _people(out, "council")
    assert sorted(council["Lyle Orwin"]["as_written"]) == ["Lyle Orwin", "Orwin"]
    assert council["Lyle"]["as_written"] == ["Lyle"]
    assert sorted(_people(out, "trade")["Cho"]["as_written"]) == ["Cho", "Cho Min-ho"]
    opera = _load(out / "articles" / "opera.yaml")["people"]
    assert [sorted(p["as_written"]) for p in opera] == [["Olwen", "Olwen Vail", "Vail"]]


def test_a_second_description_after_and_his_is_not_the_first_names(tmp_path: Path) -> None:
    # "the minister and his deputy, X and Y": which is whose the text does not say of X;
    # with one name after it the description is that name's
    out = _digest(
        tmp_path,
        {
            "pair": "Talks\n\nThe Norwegian foreign minister and his deputy, Espen Barth and "
            "Eivind Vad, met in Oslo.\n",
            "one": "Talks\n\nHe met the Spanish prime minister and his deputy, Yolanda Diaz, on "
            "Monday.\n",
        },
    )
    assert _people(out, "pair")["Espen Barth"]["roles"] == []
    assert _people(out, "one")["Yolanda Diaz"]["roles"] == ["Deputy"]


def test_an_article_not_in_english_keeps_its_text_but_lists_no_one(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The English model tags German nouns as people ("Der Patient", "Milliarde Euro"):
    a page in another language is digested for its text, and says why nothing is read."""
    out = _digest(
        tmp_path,
        {
            "klinik": "Neue Klinik in Bremen eröffnet\n\n"
            "Der Patient wurde am Montag in die neue Klinik gebracht, sagte Dr. Anna Vogt.\n"
            "„Wir sind sehr froh, dass das Haus endlich offen ist“, sagte die Ärztin.\n"
            "Das Land hat für den Bau eine Milliarde Euro ausgegeben, und die Stadt will "
            "noch mehr Geld für die Pflege geben.\n"
            "Die Regierung in Berlin hatte das Projekt im vergangenen Jahr gebilligt.\n",
            "tokyo": "Japan's new envoy arrives in Paris\n\n"
            "Japan's new ambassador, Haruki Tanaka, arrived in Paris on Monday.\n"
            '"We call it ichigo ichie, one time, one meeting," Mr Tanaka told reporters.\n'
            "He will meet French foreign minister Jean-Luc Moreau on Tuesday, and the "
            "two men will visit the Musée d'Orsay with Señora Lucía Fernández.\n",
        },
    )
    german = _load(out / "articles" / "klinik.yaml")
    assert german["language"] == "German"
    assert german["title"] == "Neue Klinik in Bremen eröffnet"
    text = " ".join(german["sentences"])
    assert "Der Patient wurde am Montag" in text and "eine Milliarde Euro ausgegeben" in text
    assert german["people"] == german["quotes"] == german["countries"] == []
    assert german["organizations"] == german["dates"] == german["candidates"] == []
    said = capsys.readouterr().err
    assert "klinik.txt: written in German, not English" in said
    english = _load(out / "articles" / "tokyo.yaml")
    assert english["language"] == "English"
    assert {"Haruki Tanaka", "Jean-Luc Moreau"} <= set(_people(out, "tokyo"))
    assert [q["text"] for q in english["quotes"]] == [
        "We call it ichigo ichie, one time, one meeting"
    ]
    assert "tokyo.txt" not in said


def test_a_word_capitalised_by_its_place_before_a_country_is_no_one(tmp_path: Path) -> None:
    """The first word of a sentence or a quotation glued to a country's name the model's
    entity tagger reads as a place is no first name, whatever the parse makes of the word
    ("Say" a `dep`, "Poor" a compound); a name the tagger reads as a person's stays."""
    out = _digest(
        tmp_path,
        {
            "say": "Border row grows\n\n"
            "There are other tools in the toolbox, Mr. Castaneda argues. Say Mexico demanded "
            "that the United States prove that a migrant was Mexican before it would accept her "
            "back into the country. Mexico said on Monday it would not pay for the wall.\n",
            "poor": "Border row grows\n\n"
            "Mexico said on Monday it would not pay for the wall. Lamenting their luck, Mexicans "
            'often say, "Poor Mexico, so far from God and so close to the United States." '
            "Mexico told its diplomats to stay calm.\n",
            "jools": "Jools Holland returns\n\n"
            "Jools Holland played to a full hall on Friday. The band toured Holland last year.\n",
        },
    )
    assert set(_people(out, "say")) == {"Castaneda"}
    assert set(_people(out, "poor")) == set()
    assert set(_people(out, "jools")) == {"Jools Holland"}
    countries = _load(out / "articles" / "poor.yaml")["countries"]
    assert [c["id"] for c in countries] == ["mexico", "united-states"]


def test_a_name_written_right_after_the_is_no_one(tmp_path: Path) -> None:
    # a side, a band or a product takes "the" of its own; a person takes it only with a
    # word between ("the late Ann Lee")
    cup = (
        "Cup final\n\nThe Kalembo won the regional cup twice, in 1997 and 1998, and the "
        "Kalembo fans expect a third. The late Ann Lee coached them both times.\n"
    )
    row = (
        "Cup row\n\nThe Kalembo won the regional cup twice, in 1997 and 1998, and the Kalembo "
        "fans expect a third. Coach Ann Lee said the squad was ready. Meanwhile the Kalembo "
        'accused the federation of a "cynical and empty" stunt over ticket prices.\n'
    )
    assert ("Kalembo", "PERSON") in {(e.text, e.label_) for e in load_model()(cup).ents}
    out = _digest(tmp_path, {"cup": cup, "row": row})
    article = _load(out / "articles" / "cup.yaml")
    assert [p["as_written"] for p in article["people"]] == [["Ann Lee"]]
    assert article["candidates"] == []
    # one that speaks or judges after "the" is a body, which the words it judges are of
    article = _load(out / "articles" / "row.yaml")
    assert [p["as_written"] for p in article["people"]] == [["Ann Lee"]]
    assert ["Kalembo"] in [o["as_written"] for o in article["organizations"]]
    assert [(q["speaker"], q["organization"]) for q in article["quotes"]] == [(None, "kalembo")]


def test_a_coachs_stated_nationality_outweighs_the_sides_across_articles(
    tmp_path: Path,
) -> None:
    out = _digest(
        tmp_path,
        {
            "poor": "Scots lose\n\nScotland coach Matt Willis said his side had been poor.\n",
            "again": "Scots lose again\n\nScotland coach Matt Willis said his side had been "
            "poor again. The Australian took over in 2003.\n",
            "good": "Scots win\n\nScotland coach Matt Willis said his side had been good.\n",
        },
    )
    ids = {_people(out, name)["Matt Willis"]["id"] for name in ("poor", "again", "good")}
    # one person: the side's country another article gives him keeps no one apart, and
    # the nationality one article states of him is his
    assert len(ids) == 1
    assert _load(out / "people" / f"{ids.pop()}.yaml")["country"] == "australia"


def test_a_team_sheets_initial_that_two_people_write_out_goes_to_the_one_its_company_names(
    tmp_path: Path,
) -> None:
    report = (
        "Wales hooker Mefin Davies starts at Murrayfield, with Gethin Jenkins, Adam Jones, "
        "Brent Cockbain, Robert Sidoli, Ryan Jones, Martyn Williams and Michael Owen in the "
        "pack. Davies said the pack was ready.\n"
    )
    physio = (
        "Wales team physiotherapist Mark Davies said Martyn Williams was getting there. "
        "Davies said the flanker had made good progress, and Ryan Jones was fit.\n"
    )
    sheet = "G Jenkins, M Davies, A Jones, B Cockbain, R Sidoli, R Jones, M Williams, M Owen.\n"
    out = _digest(
        tmp_path,
        {
            "report": "Davies keeps his place\n\n" + report,
            "physio": "Williams boost for Wales\n\n" + physio,
            "sheet": "Wales team\n\nWales: " + sheet,
            "bare": "Welsh clubs\n\nThe under-21 side: "
            + sheet.replace("Jenkins", "Evans")
            .replace("Cockbain", "Lloyd")
            .replace("Sidoli", "Price")
            .replace("R Jones", "T Rees")
            .replace("M Owen", "D Hill")
            .replace("A Jones", "P Bell")
            .replace("M Williams", "K Lewis"),
        },
    )

    def written(article: str, spelling: str) -> str:
        people = _load(out / "articles" / f"{article}.yaml")["people"]
        return str(next(p["id"] for p in people if spelling in p["as_written"]))

    mefin, mark = written("report", "Mefin Davies"), written("physio", "Mark Davies")
    # the line-up shares seven players with the hooker's report and two with the
    # physio's: its "M Davies" is the hooker
    assert written("sheet", "M Davies") == mefin
    # a line-up that shares no one with either is neither: the initial says "M" of both
    assert written("bare", "M Davies") not in (mefin, mark)


# (article, its text, a person's spelling, the roles the words give them)
_ROLES_AS_WRITTEN = [
    # a country before an occupation is the person's, no office's name
    ("film", "It is British director Mark Dornford-May's film.", "Mark Dornford-May", ["Director"]),
    (
        "bank",
        "The Irish chairman of the bank, Sean Kelly, said profits rose.",
        "Sean Kelly",
        ["Chairman of the Bank"],
    ),
    # ... but an office a country gives, or its national side's, is named with it
    (
        "side",
        "France coach Bernard Laporte named his side.",
        "Bernard Laporte",
        ["Coach of France"],
    ),
    (
        "saudi",
        "Saudi Foreign Minister Prince Saud al-Faisal arrived.",
        "Saud al-Faisal",
        ["Minister of Foreign Affairs of Saudi Arabia"],  # the prince's rank is no role word
    ),
    # a country's leader, with no party's name before the word
    ("leader", "French leader Emmanuel Macron flew in.", "Emmanuel Macron", ["Leader of France"]),
    (
        "party",
        "UK Independence Party leader Roger Knapman spoke.",
        "Roger Knapman",
        ["Independence Party Leader"],
    ),
    # a country word inside the body a role is of stays in it
    (
        "library",
        '"We are pleased," said Lynne Brindley, chief executive of the British Library.',
        "Lynne Brindley",
        ["Chief Executive of the British Library"],
    ),
    # a hyphened title the parse splits into three appositions
    (
        "ipcl",
        "Anil Ambani, vice-chairman of India Petrochemicals Limited, stayed away.",
        "Anil Ambani",
        ["Vice-chairman of India Petrochemicals Limited"],
    ),
    # a form of address before the name is the name's
    ("gig", "The show starred singer Sir Elton John.", "Elton John", ["Singer"]),
    # ... but one before a title word is the office's own, not the chancellor's office
    (
        "lords",
        "The former lord chancellor Lord Irvine of Lairg spoke.",
        "Irvine",
        ["Former Lord Chancellor"],
    ),
    # ... where a style is no word of the office it comes before
    (
        "honourable",
        "The Honourable Deputy Premier Natalio Whitfield will remain acting premier.",
        "Natalio Whitfield",
        ["Deputy Premier"],
    ),
    (
        "most-honourable",
        "Speakers include the former principal The Most Honourable Professor Eudine"
        " Barrow, who will open the day.",
        "Eudine Barrow",
        ["Professor"],
    ),
    (
        "city",
        "The Lord Mayor of London, Ken Livingstone, spoke.",
        "Ken Livingstone",
        ["Lord Mayor of London"],
    ),
    # a title word that starts a body's name is no office ("Premier League")
    (
        "league",
        "Premier League planning Cole date. The league will hear Ashley Cole on Monday.",
        "Ashley Cole",
        [],
    ),
    # a title only in brackets, past which the parse runs over a list of players
    (
        "squad",
        "North: C Paterson (Scotland), B O'Driscoll (Ireland, capt), D Traille (France),"
        " O Smith (England), C Sweeney (Wales).",
        "B O'Driscoll",
        [],
    ),
    # two modifiers of one title joined by "and", the first capitalised only as the
    # sentence's first word, or the title parsed as the second of the two
    (
        "pensions",
        "Work and pensions minister Alan Johnson said it was wrong.",
        "Alan Johnson",
        ["Work and Pensions Minister"],
    ),
    (
        "trade",
        "Later, trade and industry secretary Patricia Hewitt spoke.",
        "Patricia Hewitt",
        ["Trade and Industry Secretary"],
    ),
    # words the parse runs into a title that say nothing of the office: a verb after
    # "they", a verb before "and", an adverb picking the holder out
    (
        "eye",
        "Every top club in Europe is circling as they eye captain Steven Gerrard.",
        "Steven Gerrard",
        ["Captain"],
    ),
    (
        "wins",
        "Sweeney has been used by Ruddock in the opening two Six Nations wins and captain"
        " Jason Forster believes they would benefit.",
        "Jason Forster",
        ["Captain"],
    ),
    (
        "just",
        "All of us, not just President Bush, have a responsibility.",
        "Bush",
        ["President"],
    ),
    # ... but "then" says the office is held no more, and a noun a verb takes is no
    # modifier of the title "and" joins to it
    (
        "then",
        "It was forced by the resignation of the then Home Secretary David Blunkett.",
        "David Blunkett",
        ["Former Home Secretary"],
    ),
    (
        "toll",
        "Injuries have taken their toll and coach Andy Robinson has lost two props.",
        "Andy Robinson",
        [],
    ),
]


def test_roles_say_only_what_the_words_give(tmp_path: Path) -> None:
    out = _digest(tmp_path, {a: f"News\n\n{text}\n" for a, text, _, _ in _ROLES_AS_WRITTEN})
    for article, _, name, roles in _ROLES_AS_WRITTEN:
        people = _load(out / "articles" / f"{article}.yaml")["people"]
        person = next(p for p in people if name in p["as_written"])
        assert person["roles"] == roles, article


def test_a_people_word_before_a_players_seeding_rules_them_out_of_a_nationality_noun(
    tmp_path: Path,
) -> None:
    out = _digest(
        tmp_path,
        {
            "final": "Lindqvist keeps his title\n\n"
            "Tomas Lindqvist defended the Harbour Open title by beating four-times finalist "
            "Kiet Vannak 3-6 6-4 7-6.\n"
            "The Swede then gave his prize money to a flood appeal. The final was close "
            "throughout, with Cambodian second seed Vannak taking the first set.\n"
        },
    )
    people = _people(out, "final")
    assert people["Lindqvist"]["country"] == "sweden"
    assert people["Kiet Vannak"]["country"] == "cambodia"
