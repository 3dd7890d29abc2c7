"""Story ids that last, since they are the stories' URLs.

A story keeps its id as articles join it. When stories merge, the merged story keeps
the id of the one it shares most articles with and lists the others under `formerly`,
so their old URLs can lead to it; when a story splits, the part keeping most of its
articles keeps the id, and the other parts list it under `formerly`. The last run's
stories are read back from their digests: ids depend on the sources and on the story
digests already published, never on the order files are read in.
"""

from __future__ import annotations

from collections import Counter

from generator.model import StoryDigest
from generator.settings import STORY_ID_WORDS
from generator.text.names import slug

__all__ = ["assign", "new_id"]


def new_id(title: str, taken: set[str]) -> str:
    """A readable id from a headline (a new story's first report's, see
    `stories.build`), never one in use or once used."""
    base = slug(" ".join(title.split()[:STORY_ID_WORDS])) or "story"
    sid, n = base, 1
    while sid in taken:
        n += 1
        sid = f"{base}-{n}"
    return sid


def assign(
    groups: list[list[str]], titles: list[str], previous: list[StoryDigest]
) -> list[tuple[str, list[str]]]:
    """For each group of article ids (with its story title): its id and `formerly`."""
    owner = {aid: s.id for s in previous for aid in s.articles}
    earlier = {s.id: s.formerly for s in previous}
    overlaps = [Counter(owner[a] for a in group if a in owner) for group in groups]
    # each old id to the group sharing most of its articles, each group one old id
    pairs = sorted(
        (-count, sid, n) for n, counts in enumerate(overlaps) for sid, count in counts.items()
    )
    ids: dict[int, str] = {}
    given: set[str] = set()
    for _, sid, n in pairs:
        if n not in ids and sid not in given:
            ids[n] = sid
            given.add(sid)
    taken = set(earlier) | {f for s in previous for f in s.formerly} | given
    found = []
    for n in range(len(groups)):
        if n not in ids:
            ids[n] = new_id(titles[n], taken)
            taken.add(ids[n])
        former = {f for sid in overlaps[n] for f in [sid, *earlier.get(sid, [])]}
        found.append((ids[n], sorted(former - {ids[n]})))
    return found
