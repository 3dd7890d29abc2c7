"""Which of an article's name clusters are people, weighing every mention of each.

A name marked as a person (a title or honorific right before a mention, a role, a
registry surname) is one. An unmarked name is none when some mention shows an
organisation, a place or a picture credit, or when it only ever modifies a common noun. A full name is
then a person; a lone word needs a sign of one, and the model's labels for its other
mentions must not say otherwise: on news copy a lone word tagged PERSON is often a
club, firm or place ("Chelsea", "Valve", "Woolwich").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from generator.article.entities.clusters import PersonCluster
from generator.article.entities.evidence import (
    Labels,
    abbreviated,
    credited,
    indefinite,
    inside_a_name,
    modifier_only,
    organisation_context,
    placed,
    short_forms,
)
from generator.article.entities.spans import HONORIFICS, TITLE_WORDS, speaks, titled
from generator.text.names import fold

if TYPE_CHECKING:  # the language model is imported only by runs that parse
    from spacy.tokens import Doc

__all__ = ["Verdict"]


class Verdict:
    """The article's evidence, gathered once, and the decision for each cluster."""

    def __init__(
        self, doc: Doc, clusters: list[PersonCluster], registry_surnames: set[str]
    ) -> None:
        self.doc = doc
        self.registry_surnames = registry_surnames
        self.labels = Labels.of(doc)
        self.short_forms = short_forms(doc)
        # tokens of full names: a lone word listed with one is a person too
        self.named = {
            i for c in clusters if c.full_forms for m in c.mentions for i in range(m.start, m.end)
        }

    def _marked(self, cluster: PersonCluster) -> bool:
        """A title or an honorific right before a mention, a role, a registry surname."""
        if cluster.roles:
            return True
        if not cluster.full_forms and fold(cluster.name) in self.registry_surnames:
            return True
        for mention in cluster.mentions:
            before = self.doc[mention.start - 1] if mention.start > 0 else None
            if (
                before is not None
                and (before.lower_ in HONORIFICS or before.lower_ in TITLE_WORDS)
                and mention.start
                <= before.head.i
                < mention.end  # not "the major Manchester hotels"
            ):
                return True
        return False

    def _not_a_name_of_a_person(self, cluster: PersonCluster) -> bool:
        spans = [self.doc[m.start : m.end] for m in cluster.mentions]
        return (
            any(
                organisation_context(s)
                or inside_a_name(s)
                or abbreviated(s)
                or indefinite(s)
                or credited(s)
                for s in spans
            )
            or any(fold(m.text) in self.short_forms for m in cluster.mentions)
            or all(modifier_only(s) for s in spans)
            or not cluster.full_forms
            and (any(placed(s) for s in spans) or self.labels.outvoted(cluster.name))
        )

    def _signed(self, cluster: PersonCluster) -> bool:
        """A lone word's sign of a person: the subject of a speech verb, a title
        apposition, or listed with a full name ("Jason White, Ally Hogg and Dallaglio")."""
        for mention in cluster.mentions:
            word = self.doc[mention.end - 1]
            if speaks(word) or titled(word) or any(c.i in self.named for c in word.conjuncts):
                return True
        return False

    def is_person(self, cluster: PersonCluster) -> bool:
        if self._marked(cluster):
            return True
        if self._not_a_name_of_a_person(cluster):
            return False
        return bool(cluster.full_forms) or self._signed(cluster)
