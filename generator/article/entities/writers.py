"""The lines a page gives its writer rather than its story, and the names only they hold.

Under a story many pages sign it off: a byline ("-- By Ann Lee"), a contact line ("Ann Lee
can be reached at ann@example.com", "Follow Ann Lee on Twitter."), a short bio ("Ann Lee is
a reporter for ..."). A name the article first writes in such a
line, with nobody named from there on but in lines of the kind, is the writer's: no person
the story is about. A writer the story itself names ("Lee said" earlier on) stays.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from generator import lexicon
from generator.article import cached

if TYPE_CHECKING:  # the language model is imported only by runs that parse
    from spacy.tokens import Doc

    from generator.article.entities.clusters import Mention, PersonCluster

__all__ = ["a_writers"]


_OPENERS = lexicon.words("boilerplate", "byline_openers")  # "By", "Posted by"
_ROLES = lexicon.words("names", "writer_bio_roles")  # reporter, writer, journalist, ...
# before the name: "-- By", "Posted by", "Follow", "Email"
_BEFORE = re.compile(
    r"^\W*(?:"
    + lexicon.alternation(_OPENERS | lexicon.words("names", "writer_contact_verbs"))
    + r")\W*$",
    re.IGNORECASE,
)
# after the name: "can be reached at", "is a reporter for", "is the author of"
_AFTER = re.compile(
    r"^\W*(?:"
    + lexicon.alternation(lexicon.words("names", "writer_contact_phrases"))
    + r"|(?:is|was) (?:a|an|the)\b[^.]{0,80}\b(?:"
    + lexicon.alternation(_ROLES)
    + r")s?\b)",
    re.IGNORECASE,
)
_NO_LETTERS = re.compile(r"^[\W\d_]*$")


def _a_writers_line(doc: Doc, mention: Mention) -> bool:
    """The mention's sentence is a byline, a contact line or a bio of the name. Not the
    name alone under the story: a letter's writer signs so ("John Hale." under a letter
    to the editor), and the letter is theirs."""
    sentence = cached.sentence(doc, mention.start)
    before = (
        cached.span_text(doc, sentence.start, mention.start)
        if mention.start > sentence.start
        else ""
    )
    after = cached.span_text(doc, mention.end, sentence.end) if mention.end < sentence.end else ""
    if _NO_LETTERS.match(before):
        return bool(_AFTER.match(after))
    return bool(_BEFORE.match(before))


def a_writers(doc: Doc, cluster: PersonCluster, clusters: list[PersonCluster]) -> bool:
    """The cluster's first mention is in a writer's line (`_a_writers_line`) and every
    mention of another person's full name from that sentence on is in such a line too:
    the page's sign-off, the story over. A lone word there says nothing ("follow him on
    Twitter", a book of the writer's)."""
    first = min(cluster.mentions, key=lambda m: m.start)
    if not _a_writers_line(doc, first):
        return False
    start = cached.sentence(doc, first.start).start
    return all(
        _a_writers_line(doc, m)
        for other in clusters
        if other is not cluster and other.full_forms
        for m in other.mentions
        if m.start >= start
    )
