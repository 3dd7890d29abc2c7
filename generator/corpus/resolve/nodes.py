"""People as one article knows them (nodes): spellings, roles, the country the article
gives them, the other people around them, and how often each short form is written."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache, cached_property

from generator import lexicon
from generator.model import ArticleDigest
from generator.registry import Gazetteer
from generator.text.lists import list_line
from generator.text.names import fold

__all__ = [
    "Node",
    "Sentences",
    "build_nodes",
    "drop_ignored",
    "role_fields",
    "role_words",
    "word_in",
]

_SAME_TITLE = lexicon.table("titles", "same_title")
_STAFF = lexicon.words("titles", "side_staff")  # "coach", "manager": any country's
_GENERIC_ROLE_WORDS = lexicon.words("titles", "generic_role_words")


def _fields_of_words() -> dict[str, frozenset[str]]:
    found: dict[str, set[str]] = {}
    for name, words in lexicon.table("titles", "role_fields").items():
        for word in words:
            found.setdefault(word, set()).add(name)
    return {word: frozenset(names) for word, names in found.items()}


_FIELDS_OF = _fields_of_words()
_FIELD_BY_MODIFIER = {
    word: name
    for name, words in lexicon.table("titles", "field_modifiers").items()
    for word in words
}
TITLE_WORDS = lexicon.words("titles", "titles")


class Sentences:
    """An article's sentences, each folded when first read (see `Node.attested`)."""

    def __init__(self, raw: list[str]) -> None:
        self.raw = raw
        self._folded: dict[int, str] = {}

    def folded(self, i: int) -> str:
        """Sentence `i` folded, once: most sentences are never weighed."""
        found = self._folded.get(i)
        if found is None:
            found = self._folded[i] = fold(self.raw[i])
        return found


@dataclass
class Node:
    article: str
    local_id: str
    forms: list[str]
    roles: list[str]
    sentences: list[int]
    countries: set[str] = field(default_factory=set)  # the article's country for them
    # that country when a side's staff role names it ("Scotland Coach"): the side's, which
    # another article's stated nationality ("the Australian") outweighs and may differ from
    staff_countries: set[str] = field(default_factory=set)
    role_words: set[str] = field(default_factory=set)
    fields: set[str] = field(default_factory=set)  # the fields of its roles (politics, sport)
    company: set[str] = field(default_factory=set)  # folded names of the others in the article
    article_countries: set[str] = field(default_factory=set)
    # a bare surname known only from list lines (a team sheet): the article's own person,
    # never joined to another article's or the registry's by the surname alone
    listed: bool = False
    # the article's sentences, which `attested` reads (none: nothing is attested)
    text: Sentences | None = field(default=None, repr=False, compare=False)

    @cached_property
    def key(self) -> tuple[str, str]:
        return (self.article, self.local_id)

    # a node's forms never change once built: its names are worked out once, not per pair
    @cached_property
    def full_forms(self) -> list[str]:
        return [f for f in self.forms if len(f.split()) > 1 and f != f.lower()]

    @cached_property
    def folded_forms(self) -> set[str]:
        return {fold(f) for f in self.forms}

    @cached_property
    def folded_full_forms(self) -> set[str]:
        return {fold(f) for f in self.full_forms}

    @cached_property
    def name(self) -> str:
        forms = self.full_forms or self.forms
        return max(forms, key=lambda f: (len(f.split()), f != f.lower(), len(f), f))

    @cached_property
    def folded_name(self) -> str:
        return fold(self.name)

    @cached_property
    def surname(self) -> str:
        return self.folded_name.split()[-1]

    @cached_property
    def attested(self) -> dict[str, int]:
        """Folded surname or one-word form -> how many of the node's sentences write it.
        Worked out when first asked for: a component resolved again weighs the spellings
        of few of its people, and folding every sentence of thousands of articles was a
        quarter of building their nodes."""
        if self.text is None:
            return {}
        texts = [self.text.folded(i) for i in self.sentences]
        words = {fold(f) for f in self.forms if " " not in f}
        words |= {fold(f).split()[-1] for f in self.full_forms}
        return {word: sum(word_in(word, t) for t in texts) for word in words}

    @cached_property
    def company_firsts(self) -> dict[str, frozenset[str]]:
        """The company by surname (only names sharing one can be one person), each with
        the first names written with it, none when the surname is also written alone
        (which may be any of them): worked out once, not split again for each pair."""
        grouped: dict[str, set[str]] = {}
        alone: set[str] = set()
        for other in self.company:
            *first, surname = other.split()
            grouped.setdefault(surname, set())
            if first:
                grouped[surname].add(first[0])
            else:
                alone.add(surname)
        return {
            surname: frozenset() if surname in alone else frozenset(firsts)
            for surname, firsts in grouped.items()
        }


def _title_word(word: str) -> str | None:
    """The title word a written word is, past a possessive or plural ("minister's",
    "chiefs"), with one spelling per title ("advisor" is "adviser")."""
    word = re.sub(r"['’]s?$", "", word.casefold())
    for candidate in (word, word[:-1] if word.endswith("s") else word):
        if candidate in TITLE_WORDS:
            return str(_SAME_TITLE.get(candidate, candidate))
    return None


def role_words(roles: list[str]) -> set[str]:
    words = {_title_word(w) for r in roles for w in re.findall(r"[\w’']+", r)}
    return {w for w in words if w and w not in _GENERIC_ROLE_WORDS} | (
        {"president"}
        if any(
            "president" in r.casefold()
            and "adviser" not in r.casefold()
            and "advisor" not in r.casefold()
            for r in roles
        )
        else set()
    )


def role_fields(roles: list[str]) -> set[str]:
    """The fields (politics, sport, ...) the roles' occupation words belong to; a word of
    several fields in the one its modifier says ("fund manager": business)."""
    found: set[str] = set()
    for role in roles:
        words = re.findall(r"[\w’'-]+", role.casefold())
        for k, word in enumerate(words):
            fields = _FIELDS_OF.get(word, frozenset())
            said = _FIELD_BY_MODIFIER.get(words[k - 1]) if k and len(fields) > 1 else None
            found |= {said} if said in fields else fields
    return found


@cache
def _role_words(roles: tuple[str, ...]) -> frozenset[str]:
    """`role_words`, worked out once per list of roles: a corpus repeats a few thousand."""
    return frozenset(role_words(list(roles)))


@cache
def _role_fields(roles: tuple[str, ...]) -> frozenset[str]:
    return frozenset(role_fields(list(roles)))


def _a_staff_roles(roles: list[str], country: str, gazetteer: Gazetteer) -> bool:
    """Whether a role of a side's or body's staff names `country` ("Scotland Coach",
    "Coach of Italy"): the country may be the side's only."""
    return any(
        _STAFF & set(re.findall(r"\w+", role.casefold()))
        and country in gazetteer.countries_in(role)
        for role in roles
    )


def word_in(word: str, text: str) -> bool:
    """`word` in `text` with no word character (`\\w`) on either side: what the regex
    `(?<!\\w)word(?!\\w)` finds, without compiling one for each of thousands of words."""
    start = text.find(word)
    while start != -1:
        end = start + len(word)
        if not (start and _word_char(text[start - 1])) and not (
            end < len(text) and _word_char(text[end])
        ):
            return True
        start = text.find(word, start + 1)
    return False


def _word_char(char: str) -> bool:
    return char.isalnum() or char == "_"


def drop_ignored(articles: list[ArticleDigest], ignore: set[str]) -> set[str]:
    """Take the spellings the overrides ignore out of the article digests (people and
    candidates): the person when nothing else is left of them, and their quotes' speaker.
    Done here, on every run, so an ignore added after an article was analysed still takes
    effect. The ids of the articles it changed (see `resolve_people`): an ignore changed
    analyses every article again, so an article read from the last run's file has its
    spellings already dropped, unless its analysis failed this time and it was kept."""
    changed: set[str] = set()
    if not ignore:
        return changed
    for article in articles:
        dropped = set()
        forms = 0  # spellings taken out
        for person in article.people:
            kept = [f for f in person.as_written if fold(f) not in ignore]
            forms += len(person.as_written) - len(kept)
            person.as_written = kept
            if not person.as_written:
                dropped.add(person.id)
        people = [p for p in article.people if p.id not in dropped]
        for candidate in article.candidates:
            kept = [f for f in candidate.as_written if fold(f) not in ignore]
            forms += len(candidate.as_written) - len(kept)
            candidate.as_written = kept
        candidates = [c for c in article.candidates if c.as_written]
        if forms or len(people) < len(article.people) or len(candidates) < len(article.candidates):
            changed.add(article.id)
        article.people, article.candidates = people, candidates
        for quote in article.quotes:
            if quote.speaker in dropped:
                quote.speaker = None
                quote.as_written = None
    return changed


def build_nodes(articles: list[ArticleDigest], gazetteer: Gazetteer) -> list[Node]:
    nodes: list[Node] = []
    for article in articles:
        ids = {c.id for c in article.countries}
        text = Sentences(article.sentences)  # folded once, however many people they name
        local = []
        for person in article.people:
            node = Node(
                article.id,
                person.id,
                person.as_written,
                person.roles,
                person.sentences,
                article_countries=ids,
                text=text,
            )
            node.listed = (
                not node.full_forms
                and not person.roles
                and bool(person.sentences)
                and all(list_line(article.sentences[i]) for i in person.sentences)
            )
            if person.country in gazetteer.countries:  # as the article's words give it
                node.countries.add(person.country)
                if _a_staff_roles(person.roles, person.country, gazetteer):
                    node.staff_countries.add(person.country)
            node.role_words = set(_role_words(tuple(person.roles)))
            node.fields = set(_role_fields(tuple(person.roles)))
            local.append(node)
        for node in local:
            node.company = {other.folded_name for other in local if other is not node}
        nodes.extend(local)
    return nodes
