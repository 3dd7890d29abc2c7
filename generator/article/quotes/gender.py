"""Each person's gender, from what the article itself shows, so that "she said" is never
given to a man: a form of address or a gendered noun next to the name ("Mrs. Clinton",
"spokeswoman AshLee Strong", "Anne Holton, his wife") or heading a role the article
gives them ("chairwoman of the board", not "father of the bride"), or what the name is said
to be ("Omar is one of the first Muslim women in Congress", "she became a mother"), and
the gendered pronouns of the sentences that name that person alone, as their subject
("Clinton said her plan ..."), but not in a clause about another noun ("Melanie said to
the nominee, who began his speech") nor as the subject of a verb above the name's clause
("Yahoo is winning, he believes": someone else), nor in what the person says, thinks or
hopes when someone named before may be meant ("Tom Hale has died. Ann Reyes said he was
lovely"); and, for a person shown no other way, the subject pronoun of the sentence after
the one they are the subject of ("Pence spoke. He said ..."). Words
inside quotes are left out: they speak of others. A person with no evidence, or evidence
both ways without a clear majority, has no gender here; their given name, when it is one
gender's in every language that uses it ("Greta Vinsmo"), is a guess kept apart
(`given_genders`), and one nearly always given to one sex in US births ("Dwight") a weaker
guess still (`counted_genders`). So is the first pronoun of a relative clause on the name
(`bound_genders`: "the return of Ann Lee, who thanked her staff"): it tells who
a "he" or "she" cannot stand for, not whom it does.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING

from generator import lexicon
from generator.article import cached
from generator.article.entities import PersonCluster
from generator.article.person_words import PERSON_NOUNS
from generator.article.quotes.layout import Layout
from generator.article.quotes.reach import commands, is_subject, name_root
from generator.settings import GENDER_MAJORITY, GENDER_MARK_WEIGHT
from generator.text.names import counted_name_gender, fold, given_name_gender

if TYPE_CHECKING:  # the language model is imported only by runs that parse
    from spacy.tokens import Doc, Token

__all__ = ["bound_genders", "counted_genders", "genders", "given_genders", "in_title"]

_PRONOUN_GENDER = lexicon.table("pronouns", "gendered")
_MARKS = lexicon.table("pronouns", "marks")
_REFLEXIVE = lexicon.words("pronouns", "reflexive")
_SUBJECT = frozenset({"nsubj", "nsubjpass"})
_REPORTING = (
    lexicon.words("speech", "verbs")
    | lexicon.words("speech", "believing")
    | lexicon.words("speech", "hoping")
)
_CLAUSES = frozenset({"relcl", "acl"})  # a clause that describes a noun
_COPULAS = frozenset({"is", "was", "are", "were", "be", "been", "become", "becomes", "became"})
_PLURALS = {"women": "woman", "men": "man", "wives": "wife"}  # and the regular "-s"
# a role's title ends at "of", a comma or a dash: what follows may name others ("mother
# of the actress", a list line read as a role: "Film - ...; actress - Hilary Swank")
_TITLE_PART = re.compile(r"\s(?:of|-|–|—)\s|[,;:(]", re.IGNORECASE)


def _marks(doc: Doc, start: int, end: int, roles: list[str]) -> list[str]:
    """Gendered words around one mention: just before it, in apposition, in its roles."""
    words = [doc[start - 1].lower_] if start > 0 else []
    root = doc[start:end].root
    words += [c.lower_ for c in root.children if c.dep_ == "appos"]
    if root.dep_ == "appos":
        words.append(root.head.lower_)
    words += [w.casefold() for role in roles for w in _TITLE_PART.split(role)[0].split()]
    return [_MARKS[w] for w in words if w in _MARKS]


def _predicate(doc: Doc, start: int, end: int) -> list[str]:
    """A gendered noun the mention is said to be, as the subject of "be" or "become": "X
    is a mother of two", "X was one of the first women to ..."."""
    root = doc[start:end].root
    verb = root.head
    if root.dep_ != "nsubj" or verb.lower_ not in _COPULAS:
        return []
    nouns = [c for c in verb.children if c.dep_ == "attr"]
    for noun in list(nouns):
        if noun.lower_ == "one":  # "one of the women"
            of = (c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of")
            nouns += [g for c in of for g in c.children if g.dep_ == "pobj"]
    words = {n.lower_ for n in nouns}
    words |= {_PLURALS.get(w, w.removesuffix("s")) for w in words}
    return sorted({_MARKS[w] for w in words if w in _MARKS})


def in_title(token: Token) -> bool:
    """Whether a pronoun is written with a capital inside its sentence, as a word of a
    title ("The She Said Yes director urged ..."), not one standing for a person."""
    if token.i == 0 or token.is_sent_start or not token.text[:1].isupper():
        return False
    before = token.doc[token.i - 1]
    return not (before.is_punct or before.is_space)


def _pronoun(token: Token, quoted: list[bool]) -> str | None:
    if quoted[token.i] or in_title(token):
        return None
    return _PRONOUN_GENDER.get(token.lower_)


def _pronouns(doc: Doc, start: int, end: int) -> Iterator[Token]:
    """The tokens from `start` to `end` written as a gendered pronoun, read off the
    cached words: a Token is made only for those."""
    lowers = cached.lowers(doc)
    return (doc[i] for i in range(start, end) if lowers[i] in _PRONOUN_GENDER)


def _mention_is_subject(doc: Doc, start: int, end: int) -> bool:
    """Whether a mention is its clause's subject, or in apposition to it."""
    return is_subject(name_root(doc[start:end]))


def _of_another(token: Token, start: int, end: int) -> bool:
    """Whether a pronoun sits in a clause about another noun than the mention at [start,
    end) ("Melanie said to the nominee, who began his speech")."""
    return any(a.dep_ in _CLAUSES and not start <= a.head.i < end for a in token.ancestors)


def _reported(token: Token) -> bool:
    """Whether a pronoun lies in a clause that a verb of saying, thinking or feeling
    reports ("Reyes said he was lovely", "Tamm said he respected her decision"): such a
    pronoun is as often someone else as the one who speaks."""
    return any(a.dep_ == "ccomp" and a.head.lower_ in _REPORTING for a in token.ancestors)


def _shared_surnames(people: list[PersonCluster]) -> set[str]:
    """Surnames written alone that end the full names of two people or more in the
    article: which of them a lone "Hendrix" means is the story's, not the name's, so
    what is said beside it is no evidence of anyone's gender."""
    owners: Counter[str] = Counter()
    for cluster in people:
        words = cluster.name.split()
        if len(words) > 1:
            owners[words[-1]] += 1
    return {word for word, n in owners.items() if n > 1}


def genders(layout: Layout, people: list[PersonCluster], quoted: list[bool]) -> dict[str, str]:
    """Person key -> "male" or "female", for the people the article shows the gender of.
    `quoted`: per token, whether it lies inside a quotation."""
    doc = layout.doc
    votes: dict[str, Counter[str]] = {c.key: Counter() for c in people}
    after: dict[str, Counter[str]] = {c.key: Counter() for c in people}  # the sentence after
    # sentence -> person -> (start, end) of the person's first mention as a subject
    subject_in: dict[int, dict[str, tuple[int, int]]] = {}
    named_in: dict[int, set[str]] = {}
    shared = _shared_surnames(people)
    for cluster in people:
        for m in cluster.mentions:
            if quoted[m.start]:
                continue
            if m.text in shared:  # "Hendrix", with Al, Jimi and Janie Hendrix named
                named_in.setdefault(layout.sentence_of(m.start), set()).add(cluster.key)
                continue
            for g in _marks(doc, m.start, m.end, cluster.roles) + _predicate(doc, m.start, m.end):
                votes[cluster.key][g] += GENDER_MARK_WEIGHT
            n = layout.sentence_of(m.start)
            named_in.setdefault(n, set()).add(cluster.key)
            seen = subject_in.setdefault(n, {})
            if _mention_is_subject(doc, m.start, m.end) and cluster.key not in seen:
                seen[cluster.key] = (m.start, m.end)
    named_at = {c.key: min(m.start for m in c.mentions) for c in people if c.mentions}
    # what the name itself or the words beside it say: a given name, "Mrs", "spokeswoman"
    told = {key: set(count) for key, count in votes.items()}
    for key, gender in given_genders(people).items():
        told[key].add(gender)

    def elsewhere(token: Token, key: str, shown: str) -> bool:
        """Whether a reported pronoun may stand for another than the one who reports it:
        someone named before it whose name does not say otherwise, or the reporter's own
        name says otherwise; not when they are the only person named so far ("Reyes said
        she was tired")."""
        if not _reported(token):
            return False
        others = any(
            k != key and start < token.i and told[k] <= {shown} for k, start in named_at.items()
        )
        return others or bool(told[key] - {shown})

    sole: str | None = None  # the one person named by the sentence before, its subject
    for index, sent in enumerate(layout.sentences):
        named = named_in.get(index, set())
        subject = subject_in.get(index, {})
        if len(named) == 1 and subject:
            # "Clinton said her plan ...": not "Melanie said to the nominee, who began
            # his speech", nor "The woman's enthusiasm for Trump"
            ((key, (first, last)),) = subject.items()
            root = doc[first:last].root
            for t in _pronouns(doc, first, sent.end):
                if (
                    (shown := _pronoun(t, quoted))
                    and not _of_another(t, first, last)
                    and not commands(t, root, quoted)  # "Yahoo is winning, he believes"
                    and not elsewhere(t, key, shown)  # "Ann Reyes said he was lovely"
                ):
                    votes[key][shown] += 1
        elif not named and sole is not None:
            # "Pence spoke in Iowa. He said ...": the subject pronoun opening the next
            # sentence, with nobody named in between; weighed only for a person the
            # article shows no other way, as it is the guess pronouns are resolved by;
            # not a "he said" after a quote, the very pronoun this gender is to resolve
            unquoted = next((i for i in range(sent.start, sent.end) if quoted[i]), sent.end)
            for t in _pronouns(doc, sent.start, unquoted):
                if (shown := _pronoun(t, quoted)) and t.dep_ in _SUBJECT:
                    after[sole][shown] += 1
                    break
        sole = None
        if len(named) == 1 and subject:
            ((key, (first, last)),) = subject.items()
            if doc[first:last].root.head.i == sent.root.i:  # the main clause's subject
                sole = key
    found = {}
    for key, count in votes.items():
        (top, n), *rest = (count or after[key]).most_common() or [("", 0)]
        other = rest[0][1] if rest else 0
        if n and n > GENDER_MAJORITY * other:
            found[key] = top
    return found


def given_genders(people: list[PersonCluster]) -> dict[str, str]:
    """Person key -> the gender of the given name their full name starts with, when it is
    one gender's in every language that uses it ("Greta Vinsmo"). A guess, not what the
    article shows, and wrong at times (a Romanian "Carol"): it tells who a "she" cannot
    stand for, and a "she" goes to someone else by elimination only when their own name
    or the article says she is a woman (speakers.py `_without_guess`)."""
    return _by_given_name(people, given_name_gender)


def counted_genders(people: list[PersonCluster]) -> dict[str, str]:
    """Person key -> the gender of the given name their full name starts with, when 99 in
    100 US births of that name are of one sex ("Dwight Vinsmo", text/names.py
    `counted_name_gender`). Weaker than `given_genders`: a name of one sex in the US may be
    the other's elsewhere, so it only tells who a "he" or "she" cannot stand for."""
    return _by_given_name(people, counted_name_gender)


def _by_given_name(
    people: list[PersonCluster], gender_of: Callable[[str], str | None]
) -> dict[str, str]:
    """Person key -> the gender `gender_of` gives the first word of a full name."""
    found = {}
    for cluster in people:
        words = fold(cluster.name).split()
        if len(words) > 1 and (gender := gender_of(words[0])):
            found[cluster.key] = gender
    return found


def bound_genders(
    doc: Doc, people: list[PersonCluster], quoted: list[bool], owner: dict[int, str]
) -> dict[str, str]:
    """Person key -> the gender of the first pronoun of the relative clauses on their
    name ("the return of Ann Lee, who thanked her staff"), when every such
    clause of theirs agrees: who a pronoun cannot stand for, as a given name tells
    (`given_genders`), but from the article's own words, so it outweighs that guess.
    `owner`: token -> the key of the person whose mention holds it."""
    seen: dict[str, set[str]] = {}
    for cluster in people:
        for m in cluster.mentions:
            if quoted[m.start]:
                continue
            if (pronoun := _bound(doc, m.start, m.end, quoted, owner)) is not None:
                seen.setdefault(cluster.key, set()).add(_PRONOUN_GENDER[pronoun.lower_])
    return {key: next(iter(gs)) for key, gs in seen.items() if len(gs) == 1}


def _bound(
    doc: Doc, start: int, end: int, quoted: list[bool], owner: dict[int, str]
) -> Token | None:
    """The first gendered pronoun of a relative clause on the mention at [start, end), when
    it can stand for no one else: a possessive or reflexive of the clause's own subject
    ("Ann Lee, who runs her own firm", "who wrote the score himself"), not of a clause
    with a subject of its own ("who said he had lied", "who was 12 when he left") nor an
    object ("who beat him in the final": someone else), in a clause naming no other
    person, noun for one or gendered noun ("who met Tom Hale and his wife"), and none
    of it quoted."""
    root = doc[start:end].root
    key = owner.get(root.i)
    for clause in (c for c in root.children if c.dep_ == "relcl"):
        words = list(clause.subtree)
        if any(
            quoted[t.i]
            or owner.get(t.i, key) != key
            or t.lower_ in _MARKS
            or t.lower_ in PERSON_NOUNS
            for t in words
        ):
            return None  # someone else may be meant ("who took his role after Tom Hale left")
        t = next((t for t in words if _pronoun(t, quoted)), None)
        if t is None:
            continue
        own = t.dep_ == "poss" or t.lower_ in _REFLEXIVE
        return t if own and _same_subject(t, clause) else None
    return None


def _same_subject(token: Token, clause: Token) -> bool:
    """Whether no verb between a word and its relative clause's verb has a subject of its
    own: the word is within the reach of the relative pronoun's subject."""
    for a in token.ancestors:
        if a.i == clause.i:
            return True
        if any(c.dep_ in _SUBJECT for c in a.children):
            return False
    return False
