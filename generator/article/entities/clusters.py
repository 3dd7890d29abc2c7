"""One article's name mentions grouped into people: a surname, a short form or a garbled
repeat ("Helem" after "Martin Hellem") joins the full name it refers to."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from generator import lexicon
from generator.article import cached
from generator.article.entities.nicknames import Nicknamed
from generator.article.entities.spans import (
    KIN_NOUNS,
    PARTICLES,
    TITLE_WORDS,
    garbled,
    misspelling_site,
    strip_possessive,
)
from generator.article.person_words import PERSON_NOUNS
from generator.article.roles import CountryBefore, described
from generator.registry import Gazetteer
from generator.text.names import addressed_gender, fold, given_name_word, nickname_inside
from generator.text.names import surname as surname_of

if TYPE_CHECKING:  # the language model is imported only by runs that parse
    from spacy.tokens import Doc, Span, Token

__all__ = ["Mention", "PersonCluster", "cluster"]

_GENERATIONS = lexicon.words("names", "generational_suffixes")
_SHORT_FORMS = lexicon.table("names", "short_forms")  # "joe" -> ["joseph"]
_RELATIONAL = lexicon.words("titles", "relational")  # "rival", "colleague", "son"
_REGNAL = lexicon.words("titles", "regnal_titles")  # "King Michael", "Prince Charles"
_SURNAME_HONORIFICS = lexicon.words("titles", "surname_honorifics")  # "Mr", not "Sir"
# the gender a form of address before a surname says ("Mrs": female; "Dr": none)
_FORMS_OF_ADDRESS = {
    word: gender
    for word, gender in lexicon.table("pronouns", "marks").items()
    if word in _SURNAME_HONORIFICS
}


@dataclass
class Mention:
    text: str
    start: int  # token index
    end: int
    sentence: int


@dataclass
class PersonCluster:
    key: str
    mentions: list[Mention] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)
    # the countries the article's words give the person (roles, nationality words)
    countries: list[str] = field(default_factory=list)
    # the countries of the sides or bodies the person is staff of ("Scotland coach X"):
    # theirs only when no word states one of their own ("the Australian")
    staff_countries: list[str] = field(default_factory=list)
    # judged a person on no sign of one (`Verdict.by_default`)
    by_default: bool = False

    @property
    def country(self) -> str | None:
        """The person's country when every phrase that names one names the same; else,
        when no phrase states one of their own, the one country they are staff of."""
        countries = self.countries or self.staff_countries
        return countries[0] if len(set(countries)) == 1 else None

    @property
    def full_forms(self) -> list[str]:
        return [m.text for m in self.mentions if len(m.text.split()) > 1]

    @property
    def name(self) -> str:
        """The most written full spelling, of the longest; one with a nickname in marks
        inside it ("Robert C. "Bobby" Scott") only when the article writes no other."""
        plain = [f for f in self.full_forms if not nickname_inside(f)]
        forms = plain or self.full_forms or [m.text for m in self.mentions]
        return max(forms, key=lambda f: (forms.count(f), len(f), f))

    def forms(self) -> list[str]:
        return sorted({m.text for m in self.mentions})

    def full_keys(self) -> set[str]:
        """The folded full spellings of the person's mentions."""
        return {fold(f) for f in self.full_forms}


def _initial(word: str) -> bool:
    """A first name written as its initials: "G", "J.", "KP"."""
    letters = word.replace(".", "")
    return 0 < len(letters) <= 2 and letters.isalpha() and letters.isupper()


def _core(key: str) -> tuple[str, list[str], str]:
    """A folded full name as its first word and surname, its middle initials and its
    generation's suffix: "patrick w. carlineo" is ("patrick carlineo", ["w"], "")."""
    words = key.split()
    # the suffix's stop may be the sentence's ("... star Hank Williams Jr."): "jr." is "jr"
    suffix = words.pop().rstrip(".") if len(words) > 2 and words[-1] in _GENERATIONS else ""
    middle = words[1:-1]
    if len(words) < 2 or not all(_initial(w.upper()) for w in middle):
        return key, [], suffix
    return f"{words[0]} {words[-1]}", [w.replace(".", "") for w in middle], suffix


def _agree(core: tuple[str, list[str], str], other: tuple[str, list[str], str]) -> bool:
    """Where both names write middle initials or a generation's suffix, the same ones
    ("George W. Bush" and "George H. W. Bush", "Ken Griffey Sr." and "Ken Griffey Jr."
    are two); a name that leaves them out may be either."""
    (_, initials, suffix), (_, initials2, suffix2) = core, other
    return (not initials or not initials2 or initials == initials2) and (
        not suffix or not suffix2 or suffix == suffix2
    )


def _same_core(key: str, other: str) -> bool:
    """Two folded full names of one person written with and without a middle initial or
    a generation's suffix ("Nathan W. Orme", "Nathan Orme Jr."): the same first
    name and surname, and initials and suffix that agree."""
    core, core2 = _core(key), _core(other)
    return key != other and core[0] == core2[0] and " " in core[0] and _agree(core, core2)


def _short_form(key: str, other: str) -> bool:
    """Two folded full names of one person, one with the short form of the other's first
    name that starts it ("Rob Ellery", "Robert Ellery"; "Matt", "Matthew") or a known
    one that does not ("Joe", "Joseph"): the same surname, initials and suffix that agree
    ("Nat Orme", "Nathan Orme Jr."), a short form of three letters or more. A
    longer name ending in "a" or "e" may be a woman's beside a man's ("Paul", "Paula";
    "Louis", "Louise"): a couple or siblings are two."""
    core, core2 = _core(key), _core(other)
    first, _, rest = core[0].partition(" ")
    first2, _, rest2 = core2[0].partition(" ")
    short, long = sorted((first, first2), key=len)
    return (
        rest == rest2 != ""
        and _agree(core, core2)
        and long != short
        and (
            len(short) >= 3
            and long.startswith(short)
            and not long.endswith(("a", "e"))
            or first2 in _SHORT_FORMS.get(first, ())  # "Jimmy" and "James": the same length
            or first in _SHORT_FORMS.get(first2, ())
        )
    )


def _middle_names(key: str, other: str) -> bool:
    """Two folded full names of one person written with and without middle names in full
    ("Ruth Anne Okafor" first, "Ruth Okafor" after): the same first name and surname,
    the shorter of those two words alone, no generation's suffix in either."""
    short, long = sorted((key.split(), other.split()), key=len)
    return (
        len(short) == 2
        and len(long) > 2
        and short[0] == long[0]
        and short[-1] == long[-1]
        and not _initial(short[0].upper())
        and long[-1] not in _GENERATIONS
    )


def _described_anew(span: Span) -> bool:
    """A common noun or a word for a person right before the name introduces someone
    ("her rival Park Seo", "striker Lucas Moreno"): a name written without another's
    middle names is not that person's second mention when it comes with a description
    of its own."""
    if span.start == 0:
        return False
    before = span.doc[span.start - 1]
    return before.text.islower() and (
        before.pos_ == "NOUN" or before.lower_ in PERSON_NOUNS | _RELATIONAL
    )


def _one_name(key: str, other: str) -> bool:
    """Two folded full names one person may be written with: the same, one with or
    without initials, middle names or a suffix, or with a short form of the first name."""
    return (
        key == other
        or _same_core(key, other)
        or _middle_names(key, other)
        or _short_form(key, other)
    )


def _rivalled(key: str, forms: set[str], full: set[str]) -> bool:
    """Another full name of the article fits the person's spellings as well as `key` does
    but is not `key`'s: "Matt Quarrie" beside "Matthew T. Quarrie" and "Matthew W.
    Quarrie" may be either, so neither joins him."""
    return any(
        g != key
        and g not in forms
        and all(_one_name(g, f) for f in forms)
        and not _one_name(g, key)
        for g in full
    )


def _kin_before(span: Span) -> Token | None:
    """The noun for a relative that introduces the name: "his son Edward Rayner", "His
    grandson, Bill Tolley,", "Edward Rayner, his son,"."""
    doc = span.doc
    before = [t for t in doc[max(span.start - 2, 0) : span.start] if t.text != ","][-1:]
    root = span.root
    kin = [t for t in before if t.lower_ in KIN_NOUNS]
    if root.dep_ == "appos" and root.head.lower_ in KIN_NOUNS:
        kin.append(root.head)
    kin += [c for c in root.children if c.dep_ == "appos" and c.lower_ in KIN_NOUNS]
    return kin[0] if kin else None


def _relative_of(span: Span, person: PersonCluster) -> bool:
    """The name is introduced as a relative of this person: the one "his" or "her" before
    the noun stands for, the nearest word for a person before it ("William Tolley, 80,
    founded the shop. His grandson, Bill Tolley"; not "His mother said her son Rob
    Pell"), or the one the noun is "of" ("the son of Ted Rayner"). A priest's "Father"
    is no one's relative."""
    kin = _kin_before(span)
    if kin is None:
        return False
    doc = span.doc
    mine = {i for m in person.mentions for i in range(m.start, m.end)}
    owners = [c for c in kin.children if c.dep_ == "poss" and c.lower_ in ("his", "her")]
    if not owners:
        return any(
            o.i in mine
            for p in kin.children
            if p.dep_ == "prep" and p.lower_ == "of"
            for o in p.subtree
        )
    for t in reversed(doc[: min(owners[0].i, span.start)]):
        if t.ent_type_ == "PERSON" or t.lower_ in PERSON_NOUNS | KIN_NOUNS:
            return t.i in mine
    return False


def _other_generation(key: str, forms: set[str], doc: Doc) -> bool:
    """A name without a generation's suffix beside a person written with one, when the
    article writes the surname with another suffix too ("Ron Vasko" beside "Ronald Vasko
    Jr." and a "Vasko Sr."): father or son, unsaid."""
    suffixes = {_core(f)[2] for f in forms} - {""}
    if _core(key)[2] or not suffixes:
        return False
    surname = key.split()[-1]
    return any(
        t.lower_ == surname
        and doc[t.i + 1].lower_.rstrip(".") in _GENERATIONS
        and doc[t.i + 1].lower_.rstrip(".") not in suffixes
        for t in doc[:-1]
    )


def _unhyphened(surname: str) -> str:
    """A folded surname without the particle hyphened onto it: "bashir" of "al-bashir",
    as outlets write "Omar al-Bashir" first and "Mr. Bashir" after."""
    particle, hyphen, rest = surname.partition("-")
    return rest if hyphen and rest and particle in PARTICLES else surname


def _plain(key: str) -> str:
    """A folded full name as the article's other spellings of it are matched: its hyphens
    read as spaces ("Robert Kilroy Silk" after "Robert Kilroy-Silk") and "Jr." or "Sr."
    without its stop, which may be the sentence's ("country star Hank Walters Jr. He ..."
    and "Hank Walters Jr,")."""
    words = key.replace("-", " ").split()
    if len(words) > 2 and words[-1] in _GENERATIONS:
        words[-1] = words[-1].rstrip(".")
    return " ".join(words)


def _expanded(key: str, full: set[str]) -> list[str]:
    """The full names with the surname of a folded name written with an initial ("g
    henson") whose first name starts with that letter ("gavin henson"); a name written
    with initials alone before its surname ("b. u. nzeribe") also stands for the full name
    of a first name and that surname ("benjamin nzeribe"), as outlets write a person's
    initials in one sentence and the name in full in another."""
    words = key.split()
    initials = next((i for i, w in enumerate(words) if not _initial(w.upper())), len(words))
    surname = " ".join(words[initials:])
    first, _, rest = key.partition(" ")
    return [
        k
        for k in full
        if (
            (k.endswith(" " + rest) and k.count(" ") == key.count(" "))
            or (
                bool(surname)
                and k.endswith(" " + surname)
                and k.count(" ") == surname.count(" ") + 1
            )
        )
        and k[:1] == first[:1]
        and not _initial(k.split()[0].upper())
    ]


def cluster(
    spans: list[Span],
    sentence_of: list[int],
    gazetteer: Gazetteer,
    country_before: CountryBefore,
    listed: set[int],
    frames: Sequence[Nicknamed],
) -> list[PersonCluster]:
    """People in order of first mention: full names first (a surname of two words
    joins the one full name it ends: "Van Der Beek", "Lloyd Webber"; an initial, the one
    full name it can stand for: "G Henson"), then each one-word mention
    joined to the full name it is the surname (or a garbled surname, or the only first
    name) of, the most recent one before it; a first name two full names share is left
    out, since the article does not say whose it is and it is no one else's. A name on
    a team sheet (`listed`: where those start) is spelled with care: "Browne" there is
    not a garbled "Kelly Brown". A name written with a nickname inside it (`frames`:
    "Ahmed 'Mido' Hossam") is joined by that nickname alone ("Mido said") and by the
    nickname or the given name before the surname ("Mido Hossam", "Ahmed Hossam"); a
    nickname two such names share, or another person's name ("Juan Chino"), is left
    out, as a shared first name is."""
    clusters: dict[str, PersonCluster] = {}
    order: list[str] = []
    by_surname: dict[str, list[str]] = {}

    def add(key: str, span: Span) -> PersonCluster:
        if key not in clusters:
            clusters[key] = PersonCluster(key=key)
            order.append(key)
        cluster = clusters[key]
        cluster.mentions.append(
            Mention(strip_possessive(span.text), span.start, span.end, sentence_of[span.start])
        )
        for found in described(span, gazetteer, country_before):
            if found.role and found.role not in cluster.roles:
                cluster.roles.append(found.role)
            if found.country:
                (cluster.staff_countries if found.staff else cluster.countries).append(
                    found.country
                )
        return cluster

    full = {fold(strip_possessive(s.text)) for s in spans if len(s.text.split()) > 1}
    nicknames, aliases = _nicknamed(spans, frames)
    spaced: dict[str, str] = {}  # a full name as `_plain` writes it -> its key
    for span in (s for s in spans if len(s.text.split()) > 1):
        key = fold(strip_possessive(span.text))
        longer = [k for k in full if k.endswith(" " + key)]
        if len(longer) == 1:  # the one full name this one ends: its surname of two words
            key = longer[0]  # "Van Der Beek" or "Duncan Smith" beside "Iain Duncan Smith"
        elif _initial(span[0].text) and len(expanded := _expanded(key, full)) == 1:
            key = expanded[0]  # "G Henson" on a team sheet after "Gavin Henson"
        key = aliases.get(key, key)  # "Mido Hossam" after "Ahmed 'Mido' Hossam"
        key = spaced.setdefault(_plain(key), key)
        # "Nathan W. Orme" after "Nathan Orme Jr.", "Nathan Ellery" after "Nat Ellery": the
        # one earlier person every full spelling of whom it fits; a form that fits two
        # ("Ron Vasko" after "Ronald Vasko Jr." and "Ronald Vasko Sr.") joins neither, nor
        # does a relative's ("his son Edward Rayner" after "Ted Rayner")
        if key not in clusters:
            fits = [k for k in order if all(_one_name(key, f) for f in clusters[k].full_keys())]
            person = clusters[fits[0]] if len(fits) == 1 else None
            if not (
                person is None
                or _rivalled(key, person.full_keys(), full)
                or _other_generation(key, person.full_keys(), span.doc)
                or _relative_of(span, person)
                or _described_anew(span)
                and any(_middle_names(key, f) for f in person.full_keys())
                # "Father Ted Rayner led the service, and Edward Rayner read": two
                or any(m.sentence == sentence_of[span.start] for m in person.mentions)
            ):
                key = fits[0]
        add(key, span)
        for surname in {surname_of(key), _unhyphened(surname_of(key))}:
            by_surname.setdefault(surname, [])
            if key not in by_surname[surname]:
                by_surname[surname].append(key)
    for span in (s for s in spans if len(s.text.split()) == 1):
        word = fold(strip_possessive(span.text))
        if word in nicknames:
            nicknamed_key = nicknames[word]
            other = [k for k in order if k != nicknamed_key and word in k.split()]
            if nicknamed_key is not None and not other:
                add(nicknamed_key, span)  # "Mido said": Ahmed 'Mido' Hossam
            continue  # a nickname two people are written with, or another's name: unsaid
        if _regnal(span.doc, span.start):  # "ex-King Michael" is not Michael Ancram
            # but "Prince Saud" is the "Prince Saud Al-Faisal" the article wrote before
            titled = [k for k in order if word in k.split() and _titled(clusters[k], span.doc)]
            add(titled[-1] if titled else word, span)
            continue
        named = by_surname.get(word) or [
            k
            for s, keys in sorted(by_surname.items())
            for k in keys
            if span.start not in listed
            and garbled(word, s, addressed=(addressed := _after_honorific(span.doc, span.start)))
            and (addressed or misspelling_site(span.doc, span.start, span.end))
        ]
        candidates = [k for k in named if _addressed_as(span, k) and not _mostly_other(span, k)]
        titled = [k for k in candidates if _titled_as(span, clusters[k])]
        if len(candidates) > 1 and len(titled) == 1:
            candidates = titled  # "Senator Cruz" after "Heidi Cruz": Sen. Ted Cruz's
        if named and not candidates:
            continue  # "Mrs Howard" beside "Michael Howard" alone: his wife, unnamed here
        if not candidates and word in clusters:
            # someone the article names by this word alone ("Prince Charles" ... "Charles
            # becomes king"): theirs, not the given name of a full name ("Charles Kennedy")
            add(word, span)
            continue
        if not candidates:
            first_names = [
                k
                for k in order
                if len(k.split()) > 1
                and k.split()[0] == word
                and not _addressed_by_surname(span, k)
            ]
            if len(first_names) > 1:
                continue  # "Ken" beside "Ken Varley" and "Ken Osgood": one of them, unsaid
            candidates = first_names or _middle_of(span, word, order)
        if (whole := _given_before(span, word, candidates)) is not None:
            add(whole, span)  # "Otis Ferry" with "Otis" left out of the span: not Bryan
        elif candidates:
            # the one the article has already called by this word alone when the most
            # recent full name is a relative's ("Cruz" stays the senator's after "his
            # wife, Heidi Cruz": a relative named later is written by her given name),
            # else the most recent full mention before this one ("coach Andy Robinson" and
            # then "full-back Jason Robinson": the next "Robinson" is Jason), else the first
            before = [k for k in candidates if clusters[k].mentions[0].start < span.start]
            kin = bool(before) and _introduced_as_kin(clusters[before[-1]], span.doc)
            called = [k for k in before if kin and _called_by(clusters[k], word)]
            add(called[0] if len(called) == 1 else before[-1] if before else candidates[0], span)
        else:
            add(word, span)
    return [clusters[k] for k in order]


def _middle_of(span: Span, word: str, keys: list[str]) -> list[str]:
    """The one full name whose middle name a lone given name is ("Stephen" of "John
    Stephen Jones", "follow David" of "R. David Edelman": the name he is called by); none
    when two full names hold it, or when the word is no common given name ("Kimmel" is
    not of the show "Jimmy Kimmel Live")."""
    if not given_name_word(strip_possessive(span.text)):
        return []
    holders = [k for k in keys if word in k.split()[1:-1]]
    return holders if len(holders) == 1 else []


def _given_before(span: Span, word: str, candidates: list[str]) -> str | None:
    """The one full name among `candidates` that a surname span and the word right
    before it spell, that word a common given name the entity finder left out of the
    span ("Otis Ferry, a former Eton pupil, said", only "Ferry" found): that person, not
    the most recent other one of the surname ("Bryan Ferry"), whose given name is not the
    one written. Not a title the article also wrote as if a given name ("Baron Kinnock"
    beside "Neil Kinnock"): only a given name."""
    if span.start == 0:
        return None
    before = span.doc[span.start - 1]
    if before.pos_ != "PROPN" or not given_name_word(before.text):
        return None
    whole = fold(before.text) + " " + word
    return whole if whole in candidates else None


def _addressed_as(span: Span, key: str) -> bool:
    """Whether the form of address before a surname may be that of the full name `key`:
    "Mr Jackson" is not the "Katherine Jackson" named last but the "Michael Jackson"
    before her, and "Mrs Howard" not "Michael Howard" (a given name one gender's
    everywhere); a form or a given name that says no gender ("Dr", "Jean") rules out
    nobody. A surname no full name of the article may be is left out: the person is one
    the article names by it alone, whom the corpus may take for the full name's."""
    doc = span.doc
    if not _after_honorific(doc, span.start):
        return True
    addressed = _FORMS_OF_ADDRESS.get(doc[span.start - 1].lower_)
    words = key.split()
    given = addressed_gender(words[0]) if len(words) > 1 else None
    return addressed is None or given is None or addressed == given


def _mostly_other(span: Span, key: str) -> bool:
    """A surname with no form of address of its own, which the article addresses more
    often as the other gender than as the full name `key`'s ("President Obama" and "Mr.
    Obama" beside "the first lady, Michelle Obama" alone): the article's man of that
    surname, whom it never names in full, not her."""
    doc = span.doc
    words = key.split()
    given = addressed_gender(words[0]) if len(words) > 1 else None
    if given is None or _after_honorific(doc, span.start):
        return False
    said = _addressed_forms(doc, fold(strip_possessive(span.text)))
    return sum(n for g, n in said.items() if g is not None and g != given) > said[given]


def _introduced_as_kin(person: PersonCluster, doc: Doc) -> bool:
    """A word for a relative introduces one of the person's mentions ("his wife, Heidi")."""
    return any(_kin_before(doc[m.start : m.end]) is not None for m in person.mentions)


def _called_by(person: PersonCluster, surname: str) -> bool:
    """The article has written the person by the surname alone, and their full name
    opens with a given name: a name the model cut from a headline ("Up Against Trump")
    is none to keep the surname for."""
    full = person.full_forms
    return (
        bool(full)
        and given_name_word(full[0].split()[0])
        and any(fold(m.text) == surname for m in person.mentions)
    )


def _titled_as(span: Span, person: PersonCluster) -> bool:
    """The title right before a surname is one the person's roles hold, written out or
    cut short ("Senator Cruz" for "Sen. Ted Cruz", "Gov. Hale" for "Governor Ann Hale"):
    of several people of one surname, the one the article gave that office."""
    title = span.doc[span.start - 1].lower_ if span.start else ""
    if title.rstrip(".") not in TITLE_WORDS and title not in TITLE_WORDS:
        return False
    held = {w for role in person.roles for w in role.lower().split()}
    return any(_same_title(title, w) for w in held)


def _same_title(one: str, other: str) -> bool:
    """One title word, whole or cut short with a full stop ("sen." and "senator")."""
    if one == other:
        return True
    short, whole = sorted((one, other), key=lambda w: not w.endswith("."))
    return (
        short.endswith(".")
        and len(short) > 2
        and whole in TITLE_WORDS  # not "rep." and "republican"
        and whole.startswith(short[:-1])
    )


def _addressed_by_surname(span: Span, key: str) -> bool:
    """A word after "Mr" (not "Sir": "Sir Elton") is not the given name of a person the
    article addresses by surname: "Mr Gale" beside "Gale Penrose", whom it calls "Mr
    Penrose", is someone else, where "Mr Park" is the "Park Jae-won" it never calls "Mr
    Jae-won"."""
    doc = span.doc
    return _after_honorific(doc, span.start) and bool(_addressed_forms(doc, surname_of(key)))


def _after_honorific(doc: Doc, i: int) -> bool:
    return i > 0 and doc[i - 1].lower_ in _SURNAME_HONORIFICS


def _addressed_forms(doc: Doc, word: str) -> Counter[str | None]:
    """The gender of each form of address the article writes before the folded `word`
    (None for one of no gender, "Dr"), read off the Doc's cached columns: a scan of
    every token made no Token but for the few words after a form of address."""
    lowers, words = cached.lowers(doc), cached.words(doc)
    return Counter(
        _FORMS_OF_ADDRESS.get(lowers[i - 1])
        for i in range(1, len(words))
        if lowers[i - 1] in _SURNAME_HONORIFICS and fold(words[i]) == word
    )


def _regnal(doc: Doc, start: int) -> bool:
    """A name right after a monarch's, a royal's or a pope's title ("ex-King Michael",
    "Princess Marguerite", "Princes William and Harry"): one name there is the one such a
    person is named by, neither the first name nor the surname of a person the article
    names without that title ("Rowan Williams")."""
    before = doc[start - 1] if start > 0 else None
    # capitalised: "comeback king Fowler" is a striker praised, Fowler's own name; in
    # marks, a nickname of the person of that name ("nicknamed 'King James'")
    return (
        before is not None
        and before.is_title
        and (
            before.lower_ in _REGNAL
            or before.lower_.removesuffix("s") in _REGNAL
            or before.lower_.removesuffix("es") in _REGNAL
        )
        and not (start > 1 and doc[start - 2].is_quote)
    )


def _titled(person: PersonCluster, doc: Doc) -> bool:
    """The article writes the person with such a title: "Prince Saud Al-Faisal", or
    "Prince Frederik" kept whole."""
    return any(
        _regnal(doc, m.start) or _REGNAL & set(fold(m.text).split()) for m in person.mentions
    )


def _nicknamed(
    spans: list[Span], frames: Sequence[Nicknamed]
) -> tuple[dict[str, str | None], dict[str, str]]:
    """The keys of the names written with a nickname inside them, by their folded
    nickname (None for one two such names share), and by the other full names the person
    may be written with: the nickname or the given name before the surname."""
    by_start = {s.start: fold(strip_possessive(s.text)) for s in spans}
    nicknames: dict[str, str | None] = {}
    aliases: dict[str, str] = {}
    for frame in frames:
        key = by_start.get(frame.start)
        if key is None:
            continue
        if nicknames.setdefault(frame.nickname, key) != key:
            nicknames[frame.nickname] = None
        for alias in (f"{frame.nickname} {frame.surname}", f"{frame.given} {frame.surname}"):
            aliases.setdefault(alias, key)
    return nicknames, aliases
