"""The name a person is shown by: the best-attested full spelling of their nodes."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping

from generator.corpus.resolve.nodes import Node
from generator.text.names import fold, nickname_inside, surname

__all__ = ["canonical_name"]


def _well_formed(form: str) -> bool:
    """Capitalised as a name is ("Kaja Kallas", "Ursula von der Leyen", not "Kaja kallas")."""
    return form[:1].isupper() and all(
        w[:1].isupper() or w[:1] in "(.'’" or w in ("von", "der", "de", "van", "bin", "al")
        for w in form.split()
    )


def _as_written(written: Counter[str]) -> dict[str, str]:
    """Each folded full spelling -> how to write it: capitalised as a name is, then as
    the most articles write it ("Hillary Clinton" over one article's "HIllary Clinton"),
    then with the most letters outside ASCII ("Šimonytė": a name's accents are lost in
    some copy, never added), then the first in sort order."""
    spelled: dict[str, str] = {}
    best: dict[str, tuple[bool, int, int, str]] = {}
    for form, count in written.items():
        key = fold(form)
        rank = (not _well_formed(form), -count, -sum(not c.isascii() for c in form), form)
        if key not in best or rank < best[key]:
            best[key], spelled[key] = rank, form
    return spelled


def written_out(forms: Iterable[str]) -> dict[str, set[str]]:
    """Each folded spelling with an initial for its first name ("s jones"), and the folded
    spellings of `forms` that write the initial out, every other word the same ("steve
    jones", "stephen jones")."""
    full = {fold(f) for f in forms}
    shapes: dict[tuple[str, ...], set[str]] = {}
    for key in full:
        words = key.split()
        if len(words) > 1 and len(words[0].rstrip(".")) > 1:
            shapes.setdefault((words[0][0], *words[1:]), set()).add(key)
    out: dict[str, set[str]] = {}
    for key in full:
        words = key.split()
        if len(words) > 1 and len(words[0].rstrip(".")) == 1:
            out[key] = shapes.get((words[0][0], *words[1:]), set())
    return out


def _spelled_otherwise(node: Node, key: str, last: str) -> bool:
    """The article writes the surname's first name out another way ("Nicolas Massu ...
    Massu"): its surname alone is that spelling's, no backing for this one ("Nicoals
    Massu", a misspelling elsewhere). An initial ("N Massu") spells no first name."""
    return any(
        other != key and surname(other) == last and len(other.split()[0].rstrip(".")) > 1
        for other in node.folded_full_forms
    )


def canonical_name(nodes: list[Node], corpus: Mapping[str, set[str]] | None = None) -> str:
    """The fullest well-attested spelling: of the full spellings written by at least half
    as many articles as the most written one, a first name before an initial, then the
    most name words, a hyphen's two counted ("Joao Carlos Pereira da Costa" before "Pereira da
    Costa"; "Simon Ashby-Clarke" as full as "Simon Ashby Clarke"), then written (in full,
    or its surname alone) by the most articles, its surname alone by the most ("Mr
    Kilroy-Silk"), in the most sentences, in full by the most articles; ties go
    alphabetically, so the result never depends on the order of the sources."""
    written: Counter[str] = Counter()  # full spelling, as written -> articles writing it
    articles: Counter[str] = Counter()  # full spelling -> articles writing it in full
    for n in nodes:
        written.update(set(n.full_forms))
        for key in n.folded_full_forms:
            articles[key] += 1
    spelled = _as_written(written)
    singles = Counter(fold(f) for n in nodes for f in n.forms if " " not in f)
    if not articles:
        return max(
            (f for n in nodes for f in n.forms),
            key=lambda f: (singles[fold(f)], f[:1].isupper(), f),
        )

    def attestation(key: str) -> tuple[bool, int, int, int, int, int, str]:
        last = surname(key)  # "carlineo" of "patrick carlineo jr.", as written alone
        writers = [
            n
            for n in nodes
            if key in n.folded_full_forms
            or (last in n.folded_forms and not _spelled_otherwise(n, key, last))
        ]
        sentences = sum(n.attested.get(last, 0) for n in writers)
        initial = len(key.split()[0].rstrip(".")) <= 1  # "S Williams" only if nothing else
        # a hyphen joins two name words: "Kilroy-Silk" is as full as "Kilroy Silk"
        words = len(key.replace("-", " ").split())
        alone = singles[last]  # "Mr Kilroy-Silk" tells the spelling
        return (initial, -words, -len(writers), -alone, -sentences, -articles[key], key)

    # well attested: written in full by at least half as many articles as the most; an
    # article writing the first name as an initial attests the spelling that writes it
    # out ("B Hinshelwood" of the line-ups backs "Ben Hinshelwood" of the report), where
    # the corpus writes it out no other way (`corpus`: `written_out` of every person's
    # spellings; without it, the nodes' own): "S Jones" may be Stephen or Steve
    out = written_out(articles) if corpus is None else corpus
    backed = Counter(articles)
    for initialled in list(articles):
        spellings = out.get(initialled, set())
        if len(spellings) == 1 and spellings <= articles.keys():
            backed[next(iter(spellings))] += articles[initialled]
    most = max(backed.values())
    well = [k for k in articles if 2 * backed[k] >= most]
    # a spelling with a nickname in marks inside it names no one when a plain one is written
    well = [k for k in well if not nickname_inside(spelled[k])] or well
    if len(well) == 1:  # nothing to weigh: the sentences need not be read
        return spelled[well[0]]
    return spelled[min(well, key=attestation)]
