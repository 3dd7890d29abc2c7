"""Story grouping against the hand-made key in benchmarks/stories-bbc/: are the articles
the digests put in one story about one event?

    python benchmarks/stories_eval.py [--annotations DIR] [--corpus ../shared/corpus]
                                      [--digests DIR] [--show] [--json FILE]

Without --digests it links the key's pool of BBC articles (research use only: the text is
read in place after its checksum is checked, never copied into the project) into a
temporary folder, digests them alone with the current generator and scores the stories it
writes; with --digests it scores stories already written for sources named
`<category>-<nnn>.txt`. Scoring is by pairs of pool articles: a pair in one story is a
join, right when the key puts both in one group. The key's `unsure` pairs count nowhere.
Guidelines and the draw: benchmarks/stories-bbc/README.md.
"""

from __future__ import annotations

import sys
import tempfile
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from itertools import combinations
from pathlib import Path

import yaml
from bbc_keys import arguments, digest, link_articles, read_yaml, report, source_path

REPO = Path(__file__).resolve().parent.parent
ANNOTATIONS = REPO / "benchmarks" / "stories-bbc"
KEY_FILE = "key.yaml"

Figures = dict[str, float | int | None]
Pair = frozenset[str]


def article_id(article: str) -> str:
    """The digest's id of a corpus path: `bbc/sport/024.txt` -> `sport-024` (the source's
    file name as it is linked in)."""
    _, category, name = article.split("/")
    return f"{category}-{Path(name).stem}"


@dataclass(frozen=True)
class Key:
    """The pool (article id -> corpus path and checksum), the event of each grouped article,
    and the pairs recorded apart."""

    articles: dict[str, tuple[str, str]]
    events: dict[str, str]  # article id -> its group's event (grouped articles only)
    hard_negatives: frozenset[Pair]
    unsure: frozenset[Pair]

    def same_event(self, pair: Pair) -> bool:
        first, second = sorted(pair)
        return first in self.events and self.events[first] == self.events.get(second)


def _pairs(entries: Iterable[Mapping[str, list[str]]], pool: Mapping[str, object]) -> set[Pair]:
    pairs = set()
    for entry in entries:
        pair = frozenset(article_id(a) for a in entry["pair"])
        if len(pair) != 2 or not pair <= pool.keys():
            raise ValueError(f"{entry}: not a pair of pool articles")
        pairs.add(pair)
    return pairs


def load_key(annotations: Path) -> Key:
    """Read `key.yaml`, refusing an article outside the pool, one in two groups, or a hard
    negative inside a group (each would score a pair both ways)."""
    data = yaml.safe_load((annotations / KEY_FILE).read_text(encoding="utf-8"))
    articles = {article_id(a): (a, checksum) for a, checksum in data["articles"].items()}
    events: dict[str, str] = {}
    for group in data["groups"]:
        for article in group["articles"]:
            note = article_id(article)
            if note not in articles or note in events:
                raise ValueError(f"{article}: outside the pool or in two groups")
            events[note] = group["event"]
    key = Key(
        articles,
        events,
        frozenset(_pairs(data.get("hard_negatives") or [], articles)),
        frozenset(_pairs(data.get("unsure") or [], articles)),
    )
    for pair in key.hard_negatives | key.unsure:
        if key.same_event(pair) or (pair in key.hard_negatives and pair in key.unsure):
            raise ValueError(f"{sorted(pair)}: recorded as a group's pair and apart")
    return key


def link_sources(annotations: Path, corpus_parent: Path, into: Path) -> list[str]:
    """Link each pool article into `into` as `<id>.txt` after checking its bytes."""
    notes = load_key(annotations).articles.items()
    return link_articles(((i, path, sha) for i, (path, sha) in notes), corpus_parent, into)


def absent_article(annotations: Path, corpus_parent: Path) -> Path | None:
    """The first pool article not found under `corpus_parent`, if any."""
    for path, _ in load_key(annotations).articles.values():
        source = source_path(corpus_parent, path)
        if not source.is_file():
            return source
    return None


def read_stories(digests: Path) -> dict[str, str]:
    """Article id -> the id of the story that lists it (the first, should two)."""
    story_of: dict[str, str] = {}
    for path in sorted((digests / "stories").glob("*.yaml")):
        story = read_yaml(path)
        for article in story.get("articles") or []:
            story_of.setdefault(str(article), str(story.get("id", path.stem)))
    return story_of


def _ratio(part: int, whole: int) -> float | None:
    return round(part / whole, 4) if whole else None


def score(key: Key, story_of: Mapping[str, str]) -> Figures:
    """Pair precision and recall over the pool, the share of hard negatives joined, and
    the pool articles in no story (missing: every pair of theirs counts as not joined)."""
    joined = right = same = 0
    for pair in map(frozenset, combinations(sorted(key.articles), 2)):
        if pair in key.unsure:
            continue
        first, second = sorted(pair)
        together = first in story_of and story_of[first] == story_of.get(second)
        alike = key.same_event(pair)
        joined += together
        same += alike
        right += together and alike
    hard_joined = sum(
        story_of.get(a) is not None and story_of.get(a) == story_of.get(b)
        for a, b in map(sorted, key.hard_negatives)
    )
    return {
        "pair_precision": _ratio(right, joined),
        "pair_recall": _ratio(right, same),
        "hard_negatives_joined": _ratio(hard_joined, len(key.hard_negatives)),
        "missing": sum(note not in story_of for note in key.articles),
    }


def details(key: Key, story_of: Mapping[str, str]) -> dict[str, list[str]]:
    """The problems by story or event: each story joining pool articles of two or more
    events (its articles with their events), and each group split over several stories."""
    problems: dict[str, list[str]] = {}
    members: dict[str, list[str]] = {}
    for note in sorted(key.articles):
        members.setdefault(story_of.get(note, ""), []).append(note)
    for story, notes in members.items():
        if story not in story_of.values():
            continue  # articles in no story are counted as missing, not joined
        events = {key.events.get(note, note) for note in notes}
        if len(notes) > 1 and len(events) > 1:
            for note in notes:
                event = key.events.get(note, "(its own event)")
                problems.setdefault(f"joined in {story}", []).append(f"{note}: {event}")
    by_event: dict[str, list[str]] = {}
    for note, event in key.events.items():
        by_event.setdefault(event, []).append(note)
    for event, notes in by_event.items():
        stories = {story_of.get(note, "(no story)") for note in notes}
        if len(stories) > 1:
            split = [f"{note} in {story_of.get(note, '(no story)')}" for note in sorted(notes)]
            problems[f"split: {event}"] = split
    return problems


def main() -> int:
    args = arguments(__doc__, ANNOTATIONS).parse_args()
    key = load_key(args.annotations)
    with tempfile.TemporaryDirectory(prefix="stories-eval-") as work:
        digests = args.digests
        if digests is None:
            absent = absent_article(args.annotations, args.corpus)
            if absent is not None:
                print(f"stories eval skipped: no {absent} (the text stays outside the project)")
                return 0
            sources = Path(work) / "src"
            link_sources(args.annotations, args.corpus, sources)
            digests = digest(sources, Path(work) / "out")
        story_of = read_stories(digests)
        shown = (lambda: details(key, story_of)) if args.show else None
        report({"all": score(key, story_of)}, shown, args.json)
    return 0


if __name__ == "__main__":
    sys.exit(main())
