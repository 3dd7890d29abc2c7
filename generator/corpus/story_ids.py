"""Story ids that last, since they are the stories' URLs.

A story keeps its id as articles join it. When stories merge, the merged story keeps
the id its first report gave one of them (what a cold run would call it), else the id of
the one it shares most articles with, and lists the others under `formerly`,
so their old URLs can lead to it; when a story splits, the part keeping most of its
articles keeps the id, and the other parts list it under `formerly` (a part that was a
story of its own before a merge takes its old id back). The last run's
stories are read back from their digests: ids depend on the sources and on the story
digests already published, never on the order files are read in.
"""

from __future__ import annotations

from collections import Counter

from generator.model import PublishedStory
from generator.settings import STORY_ID_WORDS
from generator.text.names import slug

__all__ = ["assign", "new_id"]


def _base(title: str) -> str:
    return slug(" ".join(title.split()[:STORY_ID_WORDS])) or "story"


def new_id(title: str, taken: set[str]) -> str:
    """A readable id from a headline (a new story's first report's, see
    `stories.build`), never one in use or once used."""
    base = _base(title)
    sid, n = base, 1
    while sid in taken:
        n += 1
        sid = f"{base}-{n}"
    return sid


def assign(
    groups: list[list[str]], titles: list[str], previous: list[PublishedStory]
) -> list[tuple[str, list[str]]]:
    """For each group of article ids (with its story title): its id and `formerly`."""
    owner = {aid: s.id for s in previous for aid in s.articles}
    earlier = {s.id: s.formerly for s in previous}
    overlaps = [Counter(owner[a] for a in group if a in owner) for group in groups]
    bases = [_base(title) for title in titles]
    # each old id to a group that shares articles with it, each group one old id: first
    # to the group whose first report gives it that very id (what a cold run calls it),
    # then to the group sharing most of its articles
    pairs = sorted(
        (sid != bases[n], -count, sid, n)
        for n, counts in enumerate(overlaps)
        for sid, count in counts.items()
    )
    ids: dict[int, str] = {}
    given: set[str] = set()
    for _, _, sid, n in pairs:
        if n not in ids and sid not in given:
            ids[n] = sid
            given.add(sid)
    taken = set(earlier) | {f for s in previous for f in s.formerly} | given
    formers = [{f for sid in counts for f in [sid, *earlier.get(sid, [])]} for counts in overlaps]
    for n in range(len(groups)):
        if n not in ids:
            # a part that splits off again takes back the id it once had, if its first
            # report would give it that id: what a cold run calls it
            back = bases[n] in formers[n] and bases[n] not in given
            ids[n] = bases[n] if back else new_id(titles[n], taken)
            taken.add(ids[n])
            given.add(ids[n])
    live = set(ids.values())
    return [(ids[n], sorted(formers[n] - live)) for n in range(len(groups))]
