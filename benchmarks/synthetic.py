"""Generated news articles for benchmarks at scale: a year of coverage of one country.

Real corpora repeat the same few hundred people across thousands of articles, and
name-based work (resolution, stories) is quadratic exactly where names repeat. The
articles written here have that shape: a few hundred people, drawn with a heavy head
(the head of government is in most articles) from a small pool of first names and
surnames, so that many share a first name or a surname; a few hundred running topics,
each with its own words; quotes, roles, countries and dates. Deterministic: the same
seed and count give the same bytes. Nothing generated is committed; nothing is real.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

__all__ = ["write_articles"]

_FIRST = """Anna Maria Peter Juri Kaja Mart Liis Tiit Kristjan Andres Siim Kadri Toomas
Marko Priit Urmas Helen Jaan Karin Margus Raul Kersti Rein Lauri Marina Olga Igor Ivan
Sergei Elena Jonas Ruta Ieva Agnes Martin Hanno Madis Alar Tarmo Aivar""".split()
_SURNAMES = """Tamm Saar Sepp Mägi Kask Kukk Rebane Ilves Pärn Koppel Lepp Kallas Kuusk
Raudsepp Vaher Kivi Lill Mets Karu Jõgi Ots Roos Laur Luik Teder Kõiv Hein Põld Toom
Oja Aavik Kuusik Tomson Paju Kruus Laas Vares Org Kallaste Nurk Allik Mänd Nõmm Sild
Uibo Vill Järv Lõhmus Parts Kivisild Rand""".split()
_ROLES = """Prime Minister|Minister of Defence|Minister of Foreign Affairs|Minister of
Finance|Mayor of Tartu|Commander of the Defence Forces|President|Speaker of Parliament|
chief economist at the central bank|head of the border guard|opposition leader|
spokesperson for the ministry|chairman of the energy board|police chief|
director of the port authority""".replace("\n", " ").split("|")
_ROLES = [" ".join(role.split()) for role in _ROLES]
_COUNTRIES = """Latvia Lithuania Finland Sweden Germany France Poland Ukraine Russia
Norway Denmark Canada Britain""".split()
_OUTLETS = "Northern Herald|Baltic Wire|Evening Courier|Tallinn Daily|Coastal Post".split("|")
_TOPIC_WORDS = """grid tariff harbour ferry rail bridge budget deficit border drone
pension school hospital forest wind turbine shale pipeline election coalition reform
tax customs fishing quota vaccine strike teachers farmers dairy grain frigate radar
airbase cyber attack bank merger startup subsidy housing rent mortgage inflation wage
port cable satellite census language museum festival flood storm fire drought""".split()
_VERBS = "said|told reporters|added|warned|insisted|stressed|noted".split("|")


@dataclass(frozen=True)
class _Person:
    first: str
    surname: str
    role: str
    country: str | None

    @property
    def name(self) -> str:
        return f"{self.first} {self.surname}"


def _people(rng: random.Random, count: int) -> list[_Person]:
    people: dict[str, _Person] = {}
    while len(people) < count:
        first, surname = rng.choice(_FIRST), rng.choice(_SURNAMES)
        country = rng.choice(_COUNTRIES) if rng.random() < 0.2 else None
        person = _Person(first, surname, rng.choice(_ROLES), country)
        people.setdefault(person.name, person)
    return list(people.values())


def _topics(rng: random.Random, count: int) -> list[list[str]]:
    return [rng.sample(_TOPIC_WORDS, 4) for _ in range(count)]


def _sentence(rng: random.Random, words: list[str], *names: str) -> str:
    a, b, c, d = (rng.choice(words) for _ in range(4))
    n = rng.randint(2, 900)
    shapes = [
        f"The {a} plan would cost {n} million euros over the next {rng.randint(2, 9)} years.",
        f"Officials said the {a} and the {b} were discussed at length on {names[0]}'s request.",
        f"Critics argue that the {c} rules leave the {d} sector exposed.",
        f"At least {n} people attended a meeting about the {a} in the capital.",
        f"{names[-1]} has long argued for a new approach to the {b}.",
        f"The {b} question has divided the coalition since the spring.",
    ]
    return rng.choice(shapes)


def _article(
    rng: random.Random,
    number: int,
    people: list[_Person],
    weights: list[float],
    topics: list[list[str]],
    start: date,
) -> str:
    topic = topics[min(int(rng.paretovariate(1.2)) - 1, len(topics) - 1)]
    cast: list[_Person] = []
    while len(cast) < rng.randint(3, 7):
        person = rng.choices(people, weights)[0]
        if person not in cast:
            cast.append(person)
    day = start + timedelta(days=rng.randrange(365))
    outlet = rng.choice(_OUTLETS)
    lines = [
        f"{cast[0].surname} defends {topic[0]} {topic[1]} plan as {topic[2]} row grows",
        "",
        f"{outlet}, {day.strftime('%d %B %Y')}",
        "",
    ]
    for i, person in enumerate(cast):
        where = f" of {person.country}" if person.country else ""
        titled = f"{person.role}{where} {person.name}"
        first = titled[0].upper() + titled[1:] if i % 2 else f"{person.name}, {person.role}{where},"
        quote = " ".join(
            rng.choice(topic) if k % 3 == 0 else rng.choice(_TOPIC_WORDS) for k in range(9)
        )
        verb = rng.choice(_VERBS)
        lines += [
            f"{first} {verb} on {day.strftime('%A')} that the {topic[i % 4]} would need "
            f"{rng.randint(2, 40)} more weeks of talks.",
            "",
            f"\u201cWe cannot accept a {quote},\u201d {person.surname} {verb}.",
            "",
            _sentence(rng, topic, person.surname, cast[0].surname),
            "",
        ]
    lines.append(f"Talks with {rng.choice(_COUNTRIES)} on the {topic[3]} resume next month.")
    return "\n".join(lines) + "\n"


def write_articles(folder: Path, count: int, seed: int = 19) -> list[Path]:
    """`count` generated articles in `folder` (created), named synthetic-00001.txt ..."""
    rng = random.Random(seed)
    people = _people(rng, 400)
    # a heavy head: the n-th most covered person appears about 1/n as often as the first
    weights = [1.0 / (rank + 1) for rank in range(len(people))]
    topics = _topics(rng, 300)
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for number in range(1, count + 1):
        path = folder / f"synthetic-{number:05d}.txt"
        path.write_text(
            _article(rng, number, people, weights, topics, date(2025, 1, 1)), encoding="utf-8"
        )
        paths.append(path)
    return paths
