"""A person's country from a nationality noun that stands for them: sports and news copy
name someone, then call them "the Dane" ("... for Everton's Lars Holm after the
Dane's agent flew to Spain", "The 31-year-old Kenyan heads the field",
"The Kenyan veteran took"), or by a noun for a person with their country after "from"
("The 27th seed from Israel stuck with X").

A nationality of several words is read whole, as the gazetteer knows it: "The Northern
Ireland runner" and "The Northern Irishman" are the UK's, not Ireland's by their last word;
"The South African" and "The Czech Republic international" are South Africa's and the Czech
Republic's, though no word of them alone is.

The noun is taken for the one person named in its sentence before it or in the sentence
before that (not after "he" or "she" there: the topic is someone named earlier). With two
people there, a bare noun ("The American had ...", not "The American envoy" nor "The
Russian who beat him": someone new) goes to the one left when the other's own origin is
another country: a people's word right at their name, "of Croatia", "from Brazil", or
another such noun; never an office's or a side's country ("Scotland coach X" may be an
Australian). Otherwise it could be either and says nothing.

A group of nationals the headline or the lede counts ("The four Britons freed ...",
"three UK activists", "Greek trio set for hearing") is the people the next paragraph
opens with as its subject when everything there says it is them: exactly that many names, each named
there first and with no country of its own, and no plural pronoun ("called for their
release": someone else) nor a verb of saying ("said the sport must be clean": those who
react). Each is then of the group's country ("Moazzam Begg, Martin Mubanga, Feroz Abbasi
and Richard Belmar were held ..."). A pair is not enough (`settings.NAMED_GROUP_MIN`).
A counted group that lists its names right after it ("an England trio of X, Y and Z",
"two other Russians, X and Y") gives each its country when the list holds exactly that
many names; a plural people's word does with no number ("Americans X, Y and Z"), read
off the words past an aside set off by dashes, which the parse takes for a clause.

A quote's speaker called by a nationality noun ("...," the Dutchman said), which the
quotes' reading takes for a person as it would a "he" there, however many sentences after
the name, gives that person the noun's country when nothing else of theirs gives one.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Collection, Iterable
from typing import TYPE_CHECKING

from generator import lexicon, settings
from generator.article import cached
from generator.article.entities.clusters import PersonCluster
from generator.article.person_words import MAY_BE_PERSON
from generator.article.roles import (
    for_a_person,
    fronted_participles,
    group_country,
    inside_a_longer_name,
    origin,
)
from generator.registry import Gazetteer
from generator.text.marks import DASHES
from generator.text.names import fold

if TYPE_CHECKING:  # the language model is imported only by runs that parse
    from spacy.tokens import Doc, Token

__all__ = ["COMPATRIOTS", "compatriots", "fellows", "nationality_nouns", "speakers_nationality"]

_GENDERED = frozenset(lexicon.table("pronouns", "gendered"))  # "he", "she" as subjects
_OBJECT_FORMS = lexicon.words("pronouns", "objects")  # "him", "her"
_TITLES = lexicon.words("titles", "titles")
_FORMER = lexicon.words("titles", "former")  # a nationality no longer held
_RANKS = lexicon.words("titles", "ranking_nouns")  # "The Croatian eighth seed"
_RANK_WORDS = lexicon.words("titles", "rank_words")  # "top seed", "number two seed"
_NUMBERS = lexicon.table("disagreement", "number_words")  # "four" -> "4"
# "trio" -> 3; a group noun that says no number ("brothers": null) is left out
_GROUP_SIZES = {w: int(n) for w, n in lexicon.table("titles", "group_nouns").items() if n.isdigit()}
_PLURAL = lexicon.words("pronouns", "third_plural")  # "they", "them", "their"
_SAYING = lexicon.words("speech", "verbs")  # "said", "called"
_STAFF = lexicon.words("titles", "side_staff")  # "coach", "manager": any country's
_JOINT = lexicon.words("titles", "joint_groups")  # "combination of X, Y and Z"
_COLLECTIVES = lexicon.words("titles", "collectives")  # "British talent": people
_SUBJECTS = ("nsubj", "nsubjpass")
_TOPICS = (*_SUBJECTS, "poss")  # where a noun is what the sentence is about
_OBJECTS = ("dobj", "pobj")
_OWNING = frozenset({"'s", "'", "’s", "’"})  # a possessor's marks
COMPATRIOTS = lexicon.words("titles", "compatriots")
_FELLOWS = lexicon.words("titles", "fellows")
# how an object hangs on its clause's verb: "over" in "X was a winner over Y", the noun
# "winner" that "was" says X is, "by" of a passive's doer
_TOWARD_THE_VERB = frozenset({"pobj", "prep", "dobj", "attr", "agent", "dative"})
# the words between "compatriot" and the name it describes ("compatriot and seventh seed
# X", "his compatriot and mentor X"): a phrase of its own, no verb nor another name
_MODIFIER_TAGS = frozenset({"NOUN", "ADJ", "NUM", "CCONJ", "DET", "PRON", "PUNCT"})
# a country's name a region of another has too ("Georgia"), and a city standing for one
# ("Washington"): no one's origin alone
_NO_COUNTRY = lexicon.words("names", "region_countries") | lexicon.words("names", "registry_cities")


def _noun_it_describes(token: Token) -> Token:
    """The noun for a person a nationality word describes ("The Ethiopian legend took",
    "the Irish captain leading", "the England striker said"), else the word itself. Not a
    country's name before an office ("the England coach"): a post someone not named may
    hold."""
    head = token.head
    if (
        (token.dep_ in ("amod", "compound") or (token.dep_ == "nmod" and _a_rank(head)))
        and (token.ent_type_ == "NORP" or head.lower_ not in _TITLES)
        and head.i > token.i
        and (for_a_person(head) or _a_rank(head))
    ):
        between = head.doc[token.i + 1 : head.i]
        if all(t.dep_ in ("amod", "compound") and t.pos_ != "PROPN" for t in between):
            return head
    return token


def _from_the_country(word: Token, country: str, gazetteer: Gazetteer) -> Token | None:
    """The noun for a person that a country's name right after "from" says where they
    are from ("The 27th seed from Israel stuck with X", "the striker from Ghana"): the
    noun then stands for someone as a nationality noun does. By the country's name, a
    nation of it or a code, as "X, from Brazil" is read; not a capital nor a name a
    region of another country has too ("the senator from Georgia"), which may be a town's
    or a state's."""
    prep = word.head
    noun = prep.head
    if not (
        word.dep_ == "pobj"
        and prep.lower_ == "from"
        and prep.dep_ == "prep"
        and prep.i == noun.i + 1
        and noun.pos_ == "NOUN"
        and (for_a_person(noun) or _a_rank(noun) or _ranked(noun))
    ):
        return None
    start = word.left_edge.i + (word.left_edge.lower_ == "the")
    words = cached.span_text(word.doc, start, word.i + 1)
    found = gazetteer.countries[country]
    if words in _NO_COUNTRY or words == found.capital:
        return None
    return noun if words in (found.name, *found.parts) or words.isupper() else None


def _a_rank(noun: Token) -> bool:
    """A player named by their place in a ranking or a draw (the model parses "The
    Croatian eighth seed" with an `nmod` people's word): "seed" or "number" with its rank
    ("the eighth seed", "the top seed", "the number two seed", "the British number one"),
    not the word alone ("the Canadian seed had failed", "the British number of cases")."""
    return (
        noun.lower_ in _RANKS
        and noun.pos_ == "NOUN"
        and any(
            c.dep_ == "nummod" or c.ent_type_ == "ORDINAL" or c.lower_ in _RANK_WORDS
            for c in noun.children
        )
    )


def _ranked(noun: Token) -> bool:
    """A ranking noun with a rank before it that the model tags no ordinal ("The 27th
    seed", "27th" tagged a date)."""
    return noun.lower_ in _RANKS and any(_ranks(c) for c in noun.children if c.i < noun.i)


def _past_a_rank(doc: Doc, start: int) -> int:
    """Where a player's rank in a draw starts, right before a name that starts at `start`
    ("Thai second seed X", "British number one X"): the people's word before the rank is
    the player's own, as it would be right at the name; `start` without a rank."""
    k = start - 1
    if k >= 2 and doc[k].like_num and doc[k - 1].lower_ in _RANKS:
        return k - 1  # "British number one X"
    if k < 1 or doc[k].lower_ not in _RANKS:
        return start
    while k > 0 and start - k < 4 and _ranks(doc[k - 1]):
        k -= 1
    return k if k < start - 1 else start


def _ranks(word: Token) -> bool:
    """A word of a rank before its noun: "second", "top", "number two"."""
    return word.lower_ in _RANK_WORDS or word.ent_type_ == "ORDINAL" or word.like_num


def _country_ending(word: Token, named: Collection[int], gazetteer: Gazetteer) -> str | None:
    """The country of the longest name of capitalised words the gazetteer knows that
    `word` ends ("The Northern Ireland runner", "The Northern Irishman": not Ireland's; "the
    South African", "The Czech Republic international", "said the New Zealander"), else
    of the word alone; none inside a longer name the gazetteer does not know ("The West
    Indian batsman"), nor for a body or building standing for a country ("The White House
    said")."""
    doc = word.doc
    if word.ent_type_ not in ("ORG", "FAC"):
        words = cached.words(doc)  # a space's first character is no capital either
        for start in range(max(word.i - settings.COUNTRY_NAME_WORDS + 1, 0), word.i):
            if any(k in named or not words[k][:1].isupper() for k in range(start, word.i + 1)):
                continue
            country = gazetteer.country_of(cached.span_text(doc, start, word.i + 1))
            if country is not None:
                return None if inside_a_longer_name(doc[start]) else country
    return None if inside_a_longer_name(word) else gazetteer.country_of(word.text)


def _plural(token: Token) -> bool:
    """A word in the plural ("the Britons", "the Frenchmen", "the American people"): the
    model's tag, but for a people's word with no plural's ending, which it tags a plural
    when a country's name of two words ends in it ("The South African")."""
    return token.tag_ in ("NNS", "NNPS") and (
        token.lower_.endswith(("s", "men")) or token.ent_type_ != "NORP"
    )


def _clause_subject(token: Token) -> Token | None:
    """The subject of the clause an object stands in, through "to" clauses and "and": in
    "Orlov raised his game to beat the Croatian", Orlov."""
    return _subject_of(token.head.head if token.dep_ == "pobj" else token.head)


def _subject_of(verb: Token) -> Token | None:
    """The subject of a verb, or of the verb its "to" clause or "and" hangs on."""
    while True:
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None or verb.dep_ not in ("xcomp", "conj", "advcl"):
            return subject
        verb = verb.head


def _rank_of(noun: Token) -> tuple[str, ...] | None:
    """A ranking noun with its rank ("seed", "eighth"; "seed", "top"), else none."""
    if not _a_rank(noun):
        return None
    rank = (c.lower_ for c in noun.children if c.ent_type_ == "ORDINAL" or c.lower_ in _RANK_WORDS)
    numbers = (c.lower_ for c in noun.children if c.dep_ == "nummod")
    return (noun.lower_, *sorted({*rank, *numbers}))


def _ranked_apart(noun: Token, person: PersonCluster) -> bool:
    """A ranking noun ("The Croatian eighth seed") and a person a name of whose is led by
    the same noun with another rank ("Third seed Tim Henman"): a draw gives each seed to
    one player, so the noun is someone else."""
    rank = _rank_of(noun)
    if rank is None:
        return False
    doc = noun.doc
    for mention in person.mentions:
        before = doc[mention.start - 1] if mention.start > 0 else None
        theirs = _rank_of(before) if before is not None else None
        if theirs is not None and theirs[0] == rank[0] and theirs != rank:
            return True
    return False


def _no_longer_held(token: Token, gazetteer: Gazetteer) -> bool:
    """A nationality noun "former" describes: "The former Canadian served" (a nationality
    no longer held); not a noun for a person it describes ("The former Irish captain": a
    former role keeps its country, as the keys give it)."""
    return gazetteer.country_of(token.text) is not None and any(
        c.lower_ in _FORMER for c in token.children
    )


def _standing_for_someone(
    token: Token, gazetteer: Gazetteer, country: str, deps: tuple[str, ...] = _TOPICS
) -> bool:
    """A nationality noun in the singular with "the" of its own, heading its phrase, a
    subject or a possessor as a topic is ("the Dane's agent", "The 32-year-old Ethiopian
    is"; an object may be anyone: "Ferguson ... selling the Dutchman"): not an adjective of
    another noun ("the Danish club"), nor a people or a team ("the French", "the Welsh",
    "the Chinese"), nor the country or a place in it ("the Netherlands", "the Congo"), nor
    a nationality no longer held, nor a quoted one."""
    return (
        # the model may tag a subject's nationality noun an adjective ("The Russian hit")
        (token.pos_ in ("NOUN", "PROPN") or (token.pos_ == "ADJ" and token.dep_ in _SUBJECTS))
        and token.dep_ in deps
        and not token.lower_.endswith(("sh", "ch", "ss", "ese"))
        and not _plural(token)
        and token.dep_ not in ("amod", "compound")
        and token.ent_type_ not in ("GPE", "LOC", "FAC")
        and token.text
        not in (gazetteer.countries[country].name, gazetteer.countries[country].capital)
        and any(c.dep_ == "det" and c.lower_ == "the" for c in token.children)
        and not _no_longer_held(token, gazetteer)
        and not _quoted(token)
    )


def _across_a_pronoun(noun: Token) -> bool:
    """A subject noun whose own verb takes "him" or "her" ("The Irish president met him",
    "The Spaniard beat her") when no pronoun before it in its sentence could be what that
    one takes up: the pronoun stands for the person named before, and a clause's subject
    is never its own object's "him", so the noun is someone else. After "he" ("he had
    words with X when the Australian brushed him") "him" may be that "he"."""
    verb = noun.head
    arguments = [c for c in verb.children if c.dep_ in ("dobj", "dative")]
    arguments += [g for c in verb.children if c.dep_ == "prep" for g in c.children]
    start = cached.sentence(noun.doc, noun.i).start
    return (
        noun.dep_ in _SUBJECTS
        and any(a.dep_ in _TOWARD_THE_VERB and a.lower_ in _OBJECT_FORMS for a in arguments)
        and not any(t.lower_ in _GENDERED for t in noun.doc[start : noun.i])
    )


def _quoted(token: Token) -> bool:
    """A noun in an opening quote's marks with its words ("the 'scruffy little Austrian'"):
    someone's words cited, whose referent the words around it do not give."""
    return any(t.tag_ == "``" for t in token.doc[token.left_edge.i : token.i])


def nationality_nouns(
    doc: Doc,
    clusters: list[PersonCluster],
    people: list[PersonCluster],
    sentence_of: list[int],
    gazetteer: Gazetteer,
    organisations: Collection[str],
) -> None:
    """Add to each of the `people` the country of a nationality noun that refers to them:
    the one name among `clusters` (people and candidates) in the sentences read; not a
    known organisation's name ("the Pentagon": folded names in `organisations`)."""
    mentions = [(m.start, m.sentence, c) for c in clusters for m in c.mentions]
    if not mentions:
        return
    named = {i for c in clusters for m in c.mentions for i in range(m.start, m.end)}
    nouns: dict[int, tuple[str, Token]] = {}  # a nationality word's country and noun
    for i, word in enumerate(cached.words(doc)):
        if not word[:1].isupper() or i in named or fold(word) in organisations:
            continue
        country = _country_ending(doc[i], named, gazetteer)
        if country is not None:
            noun = _from_the_country(doc[i], country, gazetteer) or _noun_it_describes(doc[i])
            nouns[i] = (country, noun)
    # a name only in the sentence before is not what the noun takes up when a pronoun or
    # another such noun before it is a subject there: in "... as he battled past Marko
    # Pavic. The Russian turned ..." the Russian is "he", someone named earlier; in "The
    # American doubted Cole's claims. And the American said ..." the first American
    subjects = {
        noun.i
        for country, noun in nouns.values()
        if _standing_for_someone(noun, gazetteer, country)
    }
    lowers, deps = cached.lowers(doc), cached.deps(doc)  # read off the columns, no Tokens
    after_subject = {
        m.start
        for c in clusters
        for m in c.mentions
        if any(
            (lowers[k] in _GENDERED or k in subjects) and deps[k] in ("nsubj", "nsubjpass")
            for k in range(cached.sentence(doc, m.start).start, m.start)
        )
    }
    # the countries each name's own words give as its origin, and those the first reading
    # of the nouns adds: what the second reading eliminates by ("... a win over Argentine
    # X. The Briton ...": the other name; "The American top seed beat X. ... The
    # Frenchman ...": X, read first)
    origins = {
        id(c): {
            o
            for m in c.mentions
            if (o := origin(doc[_past_a_rank(doc, m.start) : m.end], gazetteer))
        }
        for c in clusters
    }
    for eliminating in (False, True):
        for i, (country, noun) in nouns.items():
            if not _standing_for_someone(noun, gazetteer, country):
                if not eliminating and _standing_for_someone(noun, gazetteer, country, _OBJECTS):
                    near = _named_before(doc[i], noun, mentions, sentence_of)
                    _the_other(noun, list(near.values()), people, country)
                continue
            if _across_a_pronoun(noun):
                continue
            near = _named_before(doc[i], noun, mentions, sentence_of)
            if eliminating:
                if len(near) < 2 or not _bare(noun):
                    continue
                near = {
                    k: c
                    for k, c in near.items()
                    if (not origins[k] or country in origins[k]) and not _ranked_apart(noun, c)
                }
            # named in the sentences read, not only after someone else as their subject
            sentence = sentence_of[i]
            topic = {
                id(c)
                for start, s, c in mentions
                if start < i
                and (s == sentence or (s == sentence - 1 and start not in after_subject))
            }
            if len(near) == 1:
                (person,) = near.values()
                again = eliminating and country in person.countries
                if id(person) in topic and any(person is p for p in people) and not again:
                    person.countries.append(country)
                    origins[id(person)].add(country)
    _named_groups(doc, clusters, people, sentence_of, gazetteer)
    _listed_groups(doc, clusters, people, gazetteer)
    _listed_nationals(doc, clusters, people, gazetteer)
    _among_nationals(doc, clusters, people, gazetteer)


def _group_size(noun: Token) -> int | None:
    """How many people a subject says it is: a number before it ("The four Britons",
    "two UK activists") or a group noun's size ("Greek pair"); two or more."""
    sizes = {_GROUP_SIZES[noun.lower_]} if noun.lower_ in _GROUP_SIZES else set()
    for child in noun.children:
        if child.dep_ == "nummod" and child.i < noun.i:
            number = str(_NUMBERS.get(child.lower_, child.text))
            sizes.add(int(number) if number.isdigit() else 0)
    size = sizes.pop() if len(sizes) == 1 else 0
    return size if size > 1 else None


def _names_opening(
    doc: Doc, sentence_of: list[int], sentence: int, at: dict[int, PersonCluster]
) -> list[PersonCluster]:
    """The people a paragraph's first sentence opens with as its subject, listed with "and" or commas
    ("A, B, C and D were held", "A and B, from north London, were found"), when that is
    all it says of them as a group: none when the list holds anything but names ("A and
    the club's lawyers") or one name twice, when they are said to speak ("A and B said
    the sport must be clean") or the sentence has a plural pronoun, which may be the group
    as someone else ("A and B called for their release", "beat them")."""
    start = bisect_left(sentence_of, sentence)
    end = bisect_left(sentence_of, sentence + 1)
    words = [t for t in doc[start:end] if not t.is_space]
    if not words or words[0].i not in at or any(t.lower_ in _PLURAL for t in words):
        return []
    if words[0].i == 0 or "\n" not in doc[words[0].i - 1].text_with_ws:
        return []  # not the start of a paragraph
    mention = next(m for m in at[words[0].i].mentions if m.start <= words[0].i < m.end)
    head = doc[mention.start : mention.end].root
    if head.dep_ not in _SUBJECTS or head.head.lower_ in _SAYING:
        return []
    named: list[PersonCluster] = []
    listed = [head]
    while listed:
        word = listed.pop()
        if word.i not in at:
            return []
        named.append(at[word.i])
        listed += [c for c in word.children if c.dep_ in ("conj", "appos")]
    distinct = {id(c): c for c in named}
    return list(distinct.values()) if len(distinct) == len(named) else []


def _named_groups(
    doc: Doc,
    clusters: list[PersonCluster],
    people: list[PersonCluster],
    sentence_of: list[int],
    gazetteer: Gazetteer,
) -> None:
    """Give the people a counted group of nationals is their country: a subject of the
    headline or the lede (or a headline's noun) "The four Britons", "three UK
    activists", "Greek trio", alone (not "Two Germans and a Briton": either name may be
    the Briton), when the next sentence opens a paragraph with exactly as many names, all
    named there first, all of the people and none with another country of its own (one
    who is not of the group makes the list no proof; one the text already gives the
    group's country, "X, Y and Z, from London", is of it)."""
    at = {i: c for c in clusters for m in c.mentions for i in range(m.start, m.end)}
    for noun in doc[: bisect_left(sentence_of, settings.NAMED_GROUP_LAST_SENTENCE + 1)]:
        if noun.pos_ not in ("NOUN", "PROPN") or noun.i in at:
            continue
        if noun.dep_ not in _SUBJECTS and not (noun.dep_ == "ROOT" and noun.pos_ == "NOUN"):
            continue
        if any(c.dep_ == "conj" for c in noun.children):
            continue
        size = _group_size(noun)
        if size is None or size < settings.NAMED_GROUP_MIN or not _of_people(noun, gazetteer):
            continue
        country = group_country(noun, gazetteer)
        if country is None:
            continue
        sentence = sentence_of[noun.i] + 1
        named = _names_opening(doc, sentence_of, sentence, at)
        if (
            len(named) == size
            and all(any(person is p for p in people) for person in named)
            and all(c == country for person in named for c in person.countries)
            and all(min(m.sentence for m in person.mentions) == sentence for person in named)
        ):
            for person in named:
                if country not in person.countries:
                    person.countries.append(country)


def _listed_groups(
    doc: Doc, clusters: list[PersonCluster], people: list[PersonCluster], gazetteer: Gazetteer
) -> None:
    """Give the people a counted group of nationals lists right after it the group's
    country: "an England loose-forward trio of X, Y and Z", "two other Russians, X and
    Y", when the list holds exactly as many names as the group says, all of the people
    (a list one name short or long, or with anything but names, says nothing); a joint
    group that says no number lists every member after "of" ("France's back-row
    combination of X, Y and Z"). A list
    after a comma is the group only when it closes the sentence: names anything but
    punctuation follows may be a subject after a fronted phrase ("Like the two Russians,
    X and Y lost early", "Unlike the two Russians, X and Y, both from Leeds, won")."""
    starts = {m.start: (m.end, c) for c in clusters for m in c.mentions}
    inside = {i for c in clusters for m in c.mentions for i in range(m.start, m.end)}
    tags, lowers = cached.tags(doc), cached.lowers(doc)
    for i in range(len(doc) - 1):
        if tags[i] not in ("NOUN", "PROPN") or i in inside or lowers[i + 1] not in (",", "of"):
            continue
        noun, joint = doc[i], doc[i + 1]
        size = _group_size(noun)
        if size is None and joint.lower_ == "of" and noun.lower_ in _JOINT:
            size = 0  # every name listed is of it, however many
        elif size is None or not _of_people(noun, gazetteer):
            continue
        country = group_country(noun, gazetteer)
        if country is None:
            continue
        listed, end = _names_listed(doc, noun.i + 2, starts)
        if joint.text == "," and not _closes_sentence(doc, end, noun.sent.end):
            continue
        distinct = {id(c): c for c in listed}
        if (
            len(listed) == (size or len(listed))
            and len(distinct) == len(listed)
            and all(any(person is p for p in people) for person in listed)
        ):
            for person in listed:
                person.countries.append(country)


def _listed_nationals(
    doc: Doc, clusters: list[PersonCluster], people: list[PersonCluster], gazetteer: Gazetteer
) -> None:
    """Give the names a plural people's word lists right after it ("Americans X, Y and
    Z") its country, read off the words where the parse breaks the list: an aside set
    off by dashes after a name ("Americans X - known by his nickname Hellfire - Y, Z and
    W") is parsed as a clause of its own and cuts the names after it from the word. Only
    a list closed by "and" of names of the people alone, not a possessor's ("Britons X
    and Y's coach": the coach may be anyone's), nor people of another country of their
    own."""
    starts = {m.start: (m.end, c) for c in clusters for m in c.mentions}
    inside = {i for c in clusters for m in c.mentions for i in range(m.start, m.end)}
    tags = cached.tags(doc)
    for i in range(len(doc) - 1):
        if tags[i] not in ("NOUN", "PROPN") or i in inside or i + 1 not in starts:
            continue
        noun = doc[i]  # made only for a noun right before a name
        if noun.tag_ not in ("NNS", "NNPS") or gazetteer.country_of(noun.text) is None:
            continue
        country = group_country(noun, gazetteer)
        if country is None:
            continue
        listed, end = _names_listed(doc, i + 1, starts)
        if len(listed) < 2 or (end < len(doc) and doc[end].text in _OWNING):
            continue
        if all(any(person is p for p in people) for person in listed):
            for person in listed:
                if not person.countries:
                    person.countries.append(country)


def _among_nationals(
    doc: Doc, clusters: list[PersonCluster], people: list[PersonCluster], gazetteer: Gazetteer
) -> None:
    """Give the names a sentence opening with "Among" and a group of one country's people
    makes its subjects the group's country: "Among other British talent nominated, X and Y
    were nominated", "Among a total of 24 British nominees, X and Y are up for", "Among
    the Britons, only X reached": what they are among, they are of. Only when every
    subject is a name of the people with no country yet nor a country's word before it
    ("Among the French players, X and Spanish coach Y": Y is no Frenchman), and the group
    is no side's staff ("Among the England coaching staff": a coach may be of any
    country); an object of the clause is someone else ("Among the British nominees, X
    faces Y"), a group said of another noun ("Among the British nominees' rivals") is no
    one's, and a country's possessive says whom a group is tied to, not who is in it
    ("Among England's opponents", "Among Britain's critics"): only a people's word does."""
    at = {i: c for c in clusters for m in c.mentions for i in range(m.start, m.end)}
    ends = {m.start: m.end for c in clusters for m in c.mentions}
    for sentence in doc.sents:
        among, verb = sentence[0], sentence[0].head
        if among.lower_ != "among" or among.dep_ != "prep" or verb.pos_ not in ("VERB", "AUX"):
            continue
        group = _among_group(among, gazetteer)
        if group is None or any(t.lower_ in _STAFF for t in group.subtree):
            continue
        if any(c.dep_ == "poss" for c in group.children):
            continue  # "England's opponents", "Britain's critics": a tie, not who they are
        country = group_country(group, gazetteer)
        if country is None:
            continue
        subjects = [c for c in verb.children if c.dep_ in _SUBJECTS and c.i > among.i]
        named = [_named_subject(s, ends) for s in subjects]
        names = [n for s in named for n in (s, *s.conjuncts) if n.i > among.i]
        listed = [at.get(n.i) for n in names]
        if (
            names
            and all(n.pos_ == "PROPN" for n in names)
            and all(any(person is p for p in people) for person in listed)
            and not any(_own_country_word(n, gazetteer) for n in names)
        ):
            for person in listed:
                if person is not None and not person.countries:
                    person.countries.append(country)


def _named_subject(subject: Token, ends: dict[int, int]) -> Token:
    """The name a subject stands for: itself, or the name right after a noun for a person
    the parse takes for the subject ("actress X and director Y are up": "actress")."""
    if subject.pos_ == "NOUN" and for_a_person(subject) and subject.i + 1 in ends:
        return subject.doc[ends[subject.i + 1] - 1]
    return subject


def _own_country_word(name: Token, gazetteer: Gazetteer) -> bool:
    """A country's word among those before a name that describe it ("Spanish coach X",
    "Spain's X"): the name says its own country, or a side's, not the group's."""
    return any(
        t.text[:1].isupper() and gazetteer.country_of(t.text) is not None
        for left in name.lefts
        for t in left.subtree
    )


def _among_group(among: Token, gazetteer: Gazetteer) -> Token | None:
    """The noun for people an "among" takes, through an amount of them ("a total of 24
    British nominees", "a group of French tourists"), if it is one."""
    noun = next((c for c in among.children if c.dep_ == "pobj"), None)
    if noun is not None and not _people_or_body(noun, gazetteer):
        amount = any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children)
        of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        noun = next((c for c in of.children if c.dep_ == "pobj"), None) if amount and of else None
    return noun if noun is not None and _people_or_body(noun, gazetteer) else None


def _people_or_body(noun: Token, gazetteer: Gazetteer) -> bool:
    """A noun for people ("Britons", "players", "trio"), one whose first sense is a
    person's ("nominees": whoever is among them is one) or a body of them ("talent")."""
    word = noun.lower_
    return _of_people(noun, gazetteer) or (
        noun.pos_ == "NOUN"
        and (
            word in _COLLECTIVES
            or word in MAY_BE_PERSON
            or word.endswith("s")
            and word[:-1] in MAY_BE_PERSON
        )
    )


def _closes_sentence(doc: Doc, start: int, end: int) -> bool:
    """Nothing but punctuation from `start` to the sentence's `end`."""
    return all(t.is_punct or t.is_space for t in doc[start:end])


def _names_listed(
    doc: Doc, start: int, starts: dict[int, tuple[int, PersonCluster]]
) -> tuple[list[PersonCluster], int]:
    """The names listed from `start` with commas and a closing "and" ("X, Y and Z"), each
    after at most a few lower-case words of its own ("seventh seed Y", "flanker Z"), and
    where the list ends; none when anything but a name stands in the list or it does not
    close with "and"."""
    listed: list[PersonCluster] = []
    k = start
    closed = False
    while True:
        k = _past_descriptions(doc, k)
        if k not in starts:
            return [], k
        end, person = starts[k]
        listed.append(person)
        if closed:
            return listed, end
        k = _past_an_aside(doc, end)
        parted = k > end or k < len(doc) and doc[k].text == ","  # by an aside or a comma
        k += k < len(doc) and doc[k].text == ","
        if k < len(doc) and doc[k].lower_ == "and":
            k += 1
            closed = True
        elif not parted:
            return [], k


def _past_an_aside(doc: Doc, k: int) -> int:
    """The index past an aside set off by dashes that starts at `k` ("X - known by his
    nickname Y - Z and W"), up to the sentence's next dash with a space before it (not a
    hyphen, "6-4"); `k` itself when there is none."""
    if k >= len(doc) or not _a_spaced_dash(doc[k]):
        return k
    end = doc[k].sent.end
    close = next((j for j in range(k + 1, end) if _a_spaced_dash(doc[j])), None)
    return k if close is None else close + 1


def _a_spaced_dash(word: Token) -> bool:
    """A dash with a space before it, as an aside's opens and closes ("X - known as Y -")."""
    return word.text in DASHES and word.i > 0 and bool(word.doc[word.i - 1].whitespace_)


def _past_descriptions(doc: Doc, k: int) -> int:
    """The index past the few lower-case words that may describe a listed name; none
    past a side's staff ("The England trio of coach X, ...": a coach may be of any
    country), which ends the list."""
    end = min(k + settings.LISTED_NAME_WORDS, len(doc))
    while k < end and doc[k].is_lower and doc[k].pos_ not in ("VERB", "AUX", "CCONJ"):
        if doc[k].lower_ in _STAFF:
            return len(doc)
        k += 1
    return k


def _of_people(noun: Token, gazetteer: Gazetteer) -> bool:
    """A noun for a group of people: a people's word in the plural ("Britons"), a plural
    for people ("activists") or a group noun ("trio")."""
    nationals = noun.tag_ in ("NNS", "NNPS") and gazetteer.country_of(noun.text) is not None
    return nationals or for_a_person(noun) or noun.lower_ in _GROUP_SIZES


def _bare(noun: Token) -> bool:
    """A nationality noun that brings no one new with it: no clause of its own ("The
    Russian who beat him") and no office ("The American envoy")."""
    return noun.lower_ not in _TITLES and not any(c.dep_ in ("relcl", "acl") for c in noun.children)


def _named_before(
    token: Token,
    noun: Token,
    mentions: list[tuple[int, int, PersonCluster]],
    sentence_of: list[int],
) -> dict[int, PersonCluster]:
    """The people and candidates named before a nationality word in its sentence or the
    one before, but for those its sentence says are someone else; with a name of its own
    in apposition, only that name's person ("The Irish number two in the party, Mary
    Byrne, said": not a man named before). None for a possessor in an apposition ("X, the
    French captain's brother"): X is someone else, and whoever else it is the text says
    nowhere near."""
    if noun.dep_ == "poss" and noun.head.dep_ == "appos":
        return {}
    sentence = sentence_of[token.i]
    elsewhere = _someone_else(noun)
    others = {id(c) for start, _, c in mentions if start in elsewhere}
    apposed = {t.i for c in noun.children if c.dep_ == "appos" for t in c.subtree}
    own = {id(c) for start, _, c in mentions if start in apposed}
    return {
        id(c): c
        for start, s, c in mentions
        if start < token.i
        and s >= sentence - 1
        and id(c) not in others
        and (not own or id(c) in own)
    }


def _someone_else(noun: Token) -> set[int]:
    """Where a name is someone other than a subject nationality noun: in a participle's
    clause with no subject of its own before it, said of the noun ("Reacting to a remark
    by Tim Parks, the American said": not Parks), but for a possessive, and in its verb's
    object or prepositional phrases ("The Russian broke Williams three times": not
    Williams), and the speaker of the clause it is in ("X said the Croatian was ...")."""
    if noun.dep_ not in ("nsubj", "nsubjpass"):
        return set()
    verb = noun.head
    fronted = fronted_participles(noun)
    # its verb and the verbs joined to it that share its subject ("ranked sixth, broke X")
    verbs = [verb] + [
        c
        for c in verb.children
        if c.dep_ == "conj"
        and c.pos_ in ("VERB", "AUX")
        and not any(s.dep_ in ("nsubj", "nsubjpass") for s in c.children)
    ]
    objects = [
        c
        for v in verbs
        for c in v.children
        if c.dep_ in ("dobj", "dative", "prep") and c.i > noun.i
    ]
    # the subject of the verb whose reported clause the noun is in is its speaker, not the
    # noun ("Roger Federer said the Croatian was unlucky": not Federer)
    if verb.dep_ == "ccomp":
        objects += [c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    # a possessive in the participle's clause is most often the noun's own ("Roared on
    # by Mauresmo's home crowd, the Frenchwoman"): it stays a candidate
    owners = {t.i for part in fronted for t in part.subtree if _possessive(t)}
    return {t.i for part in (*fronted, *objects) for t in part.subtree} - owners


def _possessive(token: Token) -> bool:
    """A word of a possessive name: "Mauresmo's", "Amelie" of "Amelie Mauresmo's"."""
    while token.dep_ == "compound" and token.head.i > token.i:
        token = token.head
    return token.dep_ == "poss"


def _the_other(
    noun: Token, near: list[PersonCluster], people: list[PersonCluster], country: str
) -> None:
    """An object nationality noun with two people named just before: it is the one who is
    not the clause's subject ("Ancic ... pushed Safin, but Safin raised his game to sink
    the Croatian": Ancic). Anyone else, or a pronoun as subject, says nothing."""
    subject = _clause_subject(noun)
    sentence = cached.sentence(noun.doc, noun.i)
    if (
        subject is None
        or len(near) != 2
        or not all(any(sentence.start <= m.start < noun.i for m in c.mentions) for c in near)
    ):
        return  # both named in its own sentence, not a third person it brings in
    doing = [c for c in near if any(m.start <= subject.i < m.end for m in c.mentions)]
    if len(doing) == 1:
        (other,) = (c for c in near if c is not doing[0])
        if any(other is p for p in people):
            other.countries.append(country)


def _first_of_list(token: Token) -> Token:
    """The first name of names joined by "and" or commas ("Compatriots X, Y and Z")."""
    while token.dep_ == "conj" and token.head.pos_ == "PROPN" and token.head.i < token.i:
        token = token.head
    return token


def _called_compatriot(doc: Doc, start: int) -> Token | None:
    """The word "compatriot" among the few words right before a name that starts at
    `start` ("beat compatriot X", "Compatriot and seventh seed X"), if there is one."""
    for i in range(start - 1, max(start - 5, -1), -1):
        word = doc[i]
        if word.lower_ in COMPATRIOTS:
            return word
        if word.pos_ not in _MODIFIER_TAGS or word.text in (".", ";", ":"):
            return None
    return None


def _doer(token: Token) -> Token | None:
    """The subject of the clause an object stands in, also through the gerund of a "by"
    phrase ("The Swede reached the semis by beating compatriot X": the Swede)."""
    subject = _clause_subject(token)
    verb = token.head
    if subject is None and verb.dep_ == "pcomp" and verb.head.dep_ == "prep":
        subject = _subject_of(verb.head.head)
    return subject


def _subjects_nationality(
    subject: Token, named: Collection[int], gazetteer: Gazetteer
) -> str | None:
    """The country of a nationality noun that is a clause's subject and stands for someone
    ("The Swede", "The Croatian eighth seed"): whoever it is, their compatriot shares it."""
    for word in (t for t in subject.subtree if t.i <= subject.i and t.text[:1].isupper()):
        country = _country_ending(word, named, gazetteer)
        if (
            country is not None
            and (word is subject or _noun_it_describes(word) is subject)
            and _standing_for_someone(subject, gazetteer, country, _SUBJECTS)
        ):
            return country
    return None


def compatriots(
    doc: Doc, clusters: list[PersonCluster], people: list[PersonCluster], gazetteer: Gazetteer
) -> None:
    """Give a person called a compatriot ("X beat compatriot Y", "X and compatriot Y") the
    country of the person they share it with: the subject of their clause when it is a
    named person, else the one other person their sentence names, else the one the
    sentence before names; only when that person's own phrases give one country. A
    subject that is a nationality noun ("The Swede ... by beating compatriot Y") gives
    its own country, whoever it stands for."""
    at = {i: c for c in clusters for m in c.mentions for i in range(m.start, m.end)}
    for person in (p for p in people if not p.countries):
        for mention in person.mentions:
            first = _first_of_list(doc[mention.end - 1])
            start = first.i
            while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].head == first:
                start -= 1
            word = _called_compatriot(doc, mention.start) or _called_compatriot(doc, start)
            if word is None:
                continue
            subject = _doer(first)
            if subject is not None and subject.i not in at:
                country = _subjects_nationality(subject, at, gazetteer)
                if country is not None:
                    person.countries.append(country)
                    break
            other = at.get(subject.i) if subject is not None else None
            if (
                other is None or other is person
            ):  # the one other person its sentence, else the one before, names
                listed = {
                    id(at[t.i]) for t in (first, *first.conjuncts) if t.i > word.i and t.i in at
                }
                sentence = cached.sentence(doc, word.i)
                for span in (sentence, cached.sentence(doc, max(sentence.start - 1, 0))):
                    named = {
                        id(c): c
                        for i, c in at.items()
                        if span.start <= i < span.end and id(c) not in listed and c is not person
                    }
                    if named:
                        other = next(iter(named.values())) if len(named) == 1 else None
                        break
            if other is not None and other is not person and other.country:
                person.countries.append(other.country)
                break


def _fellow_country(doc: Doc, start: int, gazetteer: Gazetteer) -> tuple[str, int] | None:
    """The country of a nationality written after "fellow" right before a name that
    starts at `start` ("fellow Swede X", "fellow New Zealander X"), if there is one, and
    where "fellow" stands."""
    first = start - 1
    while first > 0 and start - first < settings.COUNTRY_NAME_WORDS and doc[first - 1].is_title:
        first -= 1
    if first < 1 or doc[first - 1].lower_ not in _FELLOWS or not doc[first].is_title:
        return None
    country = gazetteer.country_of(cached.span_text(doc, first, start))
    return None if country is None else (country, first - 1)


def _country_named_before(doc: Doc, end: int, country: str, gazetteer: Gazetteer) -> bool:
    """Whether a word before `end` already names `country` ("X beat Spain's Y and faces
    fellow Spaniard Z"): "fellow" may then point back to that word's person, not X."""
    return any(
        doc[i].is_title and gazetteer.country_of(cached.span_text(doc, i, i + n)) == country
        for i in range(end)
        for n in range(1, min(settings.COUNTRY_NAME_WORDS, end - i) + 1)
    )


def _owner(fellow: Token, name: Token, at: dict[int, PersonCluster]) -> PersonCluster | None:
    """The person whose "'s" owns "fellow" or the name it describes ("Masai's fellow
    Kenyan Y", "Mr Howard's fellow Welshman Y", parsed either way), if one is named."""
    owners = [c for t in (fellow, name) for c in t.children if c.dep_ == "poss"]
    return at.get(owners[0].i) if len(owners) == 1 else None


def fellows(
    doc: Doc, clusters: list[PersonCluster], people: list[PersonCluster], gazetteer: Gazetteer
) -> None:
    """Give the subject of a clause the nationality its object is called a fellow of
    ("X beat fellow Swede Y", "X was a winner over fellow Russian Y", "X was beaten by
    fellow American Y"), and the owner of "fellow" theirs ("X's fellow Kenyan Y"):
    "fellow" says the two share it. Only a named person whose own phrases give no
    country, and, but for an owner, only where no earlier word names that country (then
    "fellow" may mean that word's person); Y's own words give Y's."""
    at = {i: c for c in clusters for m in c.mentions for i in range(m.start, m.end)}
    for person in people:
        for mention in person.mentions:
            found = _fellow_country(doc, mention.start, gazetteer)
            if found is None:
                continue
            country = found[0]
            other = _owner(doc[found[1]], doc[mention.end - 1], at)
            if other is None and _country_named_before(doc, found[1], country, gazetteer):
                continue
            token = doc[mention.end - 1]
            if token.dep_ == "appos" and token.head.i == mention.start - 1:
                token = token.head  # the parse may hang the name on the nationality
            while token.dep_ in _TOWARD_THE_VERB:
                token = token.head
            subject = _subject_of(token) if token.pos_ in ("VERB", "AUX") else None
            if other is None and subject is not None:
                other = at.get(subject.i)
            if (
                other is not None
                and other is not person
                and not other.countries
                and any(other is p for p in people)
            ):
                other.countries.append(country)


def speakers_nationality(
    people: list[PersonCluster], speakers: Iterable[tuple[str | None, str | None]]
) -> None:
    """Give a person with no country of their own the country of the nationality noun a
    quote's speaker is called by (`speakers`: the speaker's key and that country): in
    "Spurs manager Jan Vos praised his players. "... It was not easy," the Dutchman said."
    the quotes' reading took the noun for Vos, as a pronoun there would be read, and found
    no other country of his against it; nouns of two countries for one person say nothing."""
    said: dict[str, set[str]] = {}
    for key, country in speakers:
        if key is not None and country is not None:
            said.setdefault(key, set()).add(country)
    for person in people:
        countries = said.get(person.key, set())
        if len(countries) == 1 and not person.countries:
            person.countries.extend(countries)
