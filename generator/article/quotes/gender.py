"""Each person's gender, from what the article itself shows, so that "she said" is never
given to a man: a form of address or a gendered noun next to the name ("Mrs. Clinton",
"spokeswoman AshLee Strong", "Anne Holton, his wife"), and the gendered pronouns of the
sentences that name that person alone ("Clinton said her plan ..."; "Pence spoke. He
said ..."). Words inside quotes are left out: they speak of others. A person with no
evidence, or evidence both ways without a clear majority, has no gender here.
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from generator import lexicon
from generator.article.entities import PersonCluster
from generator.article.quotes.layout import Layout
from generator.settings import GENDER_MAJORITY, GENDER_MARK_WEIGHT

if TYPE_CHECKING:  # the language model is imported only by runs that parse
    from spacy.tokens import Doc, Token

__all__ = ["genders"]

_PRONOUN_GENDER = lexicon.table("pronouns", "gendered")
_MARKS = lexicon.table("pronouns", "marks")


def _marks(doc: Doc, start: int, end: int, roles: list[str]) -> list[str]:
    """Gendered words around one mention: just before it, in apposition, in its roles."""
    words = [doc[start - 1].lower_] if start > 0 else []
    root = doc[start:end].root
    words += [c.lower_ for c in root.children if c.dep_ == "appos"]
    if root.dep_ == "appos":
        words.append(root.head.lower_)
    words += [w.casefold() for role in roles for w in role.split()]
    return [_MARKS[w] for w in words if w in _MARKS]


def _pronoun(token: Token, quoted: list[bool]) -> str | None:
    return None if quoted[token.i] else _PRONOUN_GENDER.get(token.lower_)


def genders(layout: Layout, people: list[PersonCluster], quoted: list[bool]) -> dict[str, str]:
    """Person key -> "male" or "female", for the people the article shows the gender of.
    `quoted`: per token, whether it lies inside a quotation."""
    doc = layout.doc
    votes: dict[str, Counter[str]] = {c.key: Counter() for c in people}
    first_in: dict[int, dict[str, int]] = {}  # sentence -> person -> first token
    for cluster in people:
        for m in cluster.mentions:
            if quoted[m.start]:
                continue
            for g in _marks(doc, m.start, m.end, cluster.roles):
                votes[cluster.key][g] += GENDER_MARK_WEIGHT
            seen = first_in.setdefault(layout.sentence_of(m.start), {})
            seen[cluster.key] = min(seen.get(cluster.key, m.start), m.start)
    sole: str | None = None  # the one person named by the sentence before
    for index, sent in enumerate(layout.sentences):
        named = first_in.get(index, {})
        if len(named) == 1:
            ((key, first),) = named.items()
            for t in doc[first : sent.end]:
                if shown := _pronoun(t, quoted):
                    votes[key][shown] += 1
        elif not named and sole is not None:
            # "Pence spoke in Iowa. He said ...": the subject pronoun opening the next
            # sentence, with nobody named in between
            for t in sent:
                if (shown := _pronoun(t, quoted)) and t.dep_ in ("nsubj", "nsubjpass"):
                    votes[sole][shown] += 1
                    break
        sole = next(iter(named)) if len(named) == 1 else None
    found = {}
    for key, count in votes.items():
        (top, n), *rest = count.most_common() or [("", 0)]
        other = rest[0][1] if rest else 0
        if n and n > GENDER_MAJORITY * other:
            found[key] = top
    return found
