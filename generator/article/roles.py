"""Roles and countries from the words around a name: "Estonian Defense Minister Hanno
Pevkur", "Madis Roll, the Estonian President's adviser on national security matters",
"Welshman Jimmy Watkins", "the country's vice president Jose Almeida".

A phrase is a role only when it holds a title word. The country it names (a demonym,
a possessive, "of Lithuania", "the country's" when the article has named one country
so far) is the person's; so is a nationality word before the name ("Irish singer X",
"Briton Tim Henman"). A country inside an organisation's name ("the British Chambers
of Commerce") or after "to" ("ambassador to Estonia") is not.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from itertools import takewhile
from typing import TYPE_CHECKING

from generator import lexicon, settings
from generator.article import cached
from generator.article.person_words import MAY_BE_PERSON, PERSON_NOUNS, a_places_noun
from generator.article.sides import clause_of, national_side
from generator.registry import Country, Gazetteer

if TYPE_CHECKING:  # the language model is imported only by runs that parse
    from spacy.tokens import Doc, Span, Token

__all__ = [
    "CountryBefore",
    "Described",
    "described",
    "for_a_person",
    "fronted_participles",
    "group_country",
    "in_a_listed_place_name",
    "in_capitals",
    "inside_a_longer_name",
    "market_leader",
    "origin",
]

TITLE_WORDS = lexicon.words("titles", "titles")
_HOLDERS = PERSON_NOUNS | TITLE_WORDS  # words that end a role before its holder's name
_HONORIFICS = lexicon.words("titles", "honorifics")
_SURNAME_HONORIFICS = lexicon.words("titles", "surname_honorifics")
_STYLES = lexicon.words("titles", "styles")  # "the Honourable Deputy Premier"
_STYLE_OPENERS = lexicon.words("titles", "style_openers")  # "the Most Honourable"
_RANKS = lexicon.words("titles", "regnal_titles") | lexicon.words("titles", "peerages")
_INDEFINITE = lexicon.words("titles", "indefinite")  # "one fiction judge, X"
_NAME_LINKS = frozenset({"of", "the", "and"})  # lower-case words inside a country's name
_SMALL = lexicon.words("stopwords", "title_small_words")
_REORDER = lexicon.table("titles", "ministry_names")  # "<X> Minister" read as "Minister of <X>"
_STATE_BODIES = lexicon.words("names", "state_bodies")
_ORGANISATION_NOUNS = lexicon.words("names", "organisation_nouns")
_MARKET_WORDS = lexicon.words("names", "market_words")
_MARKET_TITLES = lexicon.words("names", "market_titles")  # "leader": "market leader Orbis"
_LANGUAGE_NOUNS = lexicon.words("titles", "language_nouns")  # "X is a Spanish teacher"
_GROUP_NOUNS = frozenset(lexicon.table("titles", "group_nouns"))  # "Kenyan duo X and Y"
_LIST_WORDS = frozenset({"including", "like"})  # "Japanese directors including X"
# "X is Russia's richest man", "X would be the only Englishman"
_BE = frozenset({"is", "was", "are", "were", "be", "became", "becomes"})
# nouns for what someone is to another person ("rival", "colleague", "aide")
_RELATIONS = lexicon.words("titles", "relational")
_TIES = lexicon.words("titles", "kin_nouns") | lexicon.words("titles", "personal_ties")
_BE_INFINITE = frozenset({"be", "being", "been"})  # "Considered to be Russia's richest man, X"
_OUTDOING = lexicon.words("titles", "outdoing_verbs")  # "beat Y to become France's ..."
_STAFF = lexicon.words("titles", "side_staff")  # "coach", "manager": any country's
_FIELDS = lexicon.table("titles", "role_fields")
_OCCUPATIONS = frozenset(word for words in _FIELDS.values() for word in words)
_POSSESSIVE = ("’s", "'s")
_CLOSING = (",", ";", ":")  # marks written onto the word before them
# how a name in a role hangs on it when the role is of them: "Ann Lee's", "of Ann Lee",
# "Ann Lee Trust", "Hale Group's"
_NAME_OF_THE_ROLE = frozenset({"poss", "pobj", "compound", "nmod", "amod"})
_REGIONS = lexicon.words("names", "regions")  # "South America": no country's
_NAMESAKE_WORDS = lexicon.words("names", "namesake_words")  # "New Mexico": no country's
_AIMED_AT = lexicon.words("titles", "aimed_at")  # "Iraq hostage X": where, not whose
_AIMED_EVENTS = lexicon.words("titles", "aimed_events")  # "Afghan war veteran X"
_EVENT_NAMES = lexicon.words("titles", "event_names")  # "US Open champion X"
_GAMES_WORDS = lexicon.words("titles", "games_words")  # "American Olympic stars X and Y"
_SPORT = frozenset(_FIELDS["sport"])  # a national side's
_FORMER = lexicon.words("titles", "former")  # "a former Canadian": no longer
_BIRTH = lexicon.words("titles", "birth_words")  # "South African-born batsman X"
_NAMING = lexicon.words("titles", "naming_participles")  # "an Austrian called X"
_STATE_OFFICES = lexicon.words("titles", "state_offices")  # "Minister of Finland"
_ADJECTIVE_TITLES = lexicon.words("titles", "adjective_titles")  # "general election"
_REGION_NAMES = lexicon.words("names", "region_countries")  # "Georgia's X": no country
_AREAS = lexicon.words("names", "town_areas")  # "from north London": part of the town
_REGISTRY_CITIES = lexicon.words("names", "registry_cities")  # "Washington's X": no country
_CITY_OFFICES = lexicon.words("titles", "city_offices")  # "Moscow mayor X": Russia's
_CASTING = lexicon.words("titles", "casting_verbs")  # "stars X as the President": a part
_HOMELAND = lexicon.words("titles", "homeland_words")  # "his native Argentina"
_HOMELAND_PREPOSITIONS = lexicon.words("titles", "homeland_prepositions")  # "in", "for"
_GENDERED = frozenset(lexicon.table("pronouns", "gendered"))  # "his", "her"
# what an apposition's role stops before: a clause about the person, not their office
# ("an economist close to Putin specializing in innovation")
_CLAUSE_TAGS = frozenset({"VERB", "AUX", "PRON", "SCONJ"})

# The article's one country mentioned before a token, if it has named just one so far:
# what "the country's president" refers to.
CountryBefore = Callable[[int], str | None]


@dataclass(frozen=True)
class Described:
    """What one phrase around a mention says: a role, the person's country, or both."""

    role: str | None
    country: str | None
    # the country is a side's or body's the person works for as its staff ("Scotland
    # coach X"), which may be another's than theirs: a nationality stated of them wins
    staff: bool = False


def _owning(word: Token) -> bool:
    """A possessive's ending: "'s", or the apostrophe alone after a name ending in "s"
    ("Wales' team physiotherapist X"), which the tagger marks as one (a quote mark it
    does not)."""
    return word.text in _POSSESSIVE or word.text in ("'", "’") and word.tag_ == "POS"


def market_leader(title: Token) -> bool:
    """A title word that describes a firm: "market leader", "industry leader" (not
    "Industry Minister", a person's office), or an adjective of a noun for one: no office."""
    if _adjective_of_organisation(title):
        return True
    return title.lower_ in _MARKET_TITLES and any(
        c.dep_ in ("compound", "amod") and c.lower_ in _MARKET_WORDS for c in title.children
    )


def _adjective_of_organisation(title: Token) -> bool:
    """A title word that qualifies a common noun for organisations ("one of the chief
    retail groups", "a major bank") ranks the body, not a person."""
    head = title.head
    return (
        title.lower_ in TITLE_WORDS
        and title.dep_ in ("amod", "compound")
        and head.pos_ == "NOUN"  # a surname is no noun: "Senator Ruth Banks"
        and _an_organisation_noun(head.lower_)
    )


def _an_organisation_noun(word: str) -> bool:
    """A noun for an organisation, or its plural ("firm", "firms", "companies")."""
    singular = word[:-3] + "y" if word.endswith("ies") else word.removesuffix("s")
    return word in _ORGANISATION_NOUNS or singular in _ORGANISATION_NOUNS


def _has_title(tokens: list[Token]) -> bool:
    """A person's title among the words ("market leader Orbis" is a firm's, no role;
    "the training centre Eastfield Park" a place's name, no player's)."""
    among = {t.i for t in tokens}
    return any(
        t.lower_ in TITLE_WORDS
        and not market_leader(t)
        and not a_places_noun(t)
        and not (t.lower_ in _ADJECTIVE_TITLES and t.tag_ == "JJ")  # "a major shareholder"
        and not _in_a_bodys_name(t, among)
        for t in tokens
    )


def _in_a_bodys_name(title: Token, among: set[int]) -> bool:
    """A title word that starts a body's name among the words ("Premier League planning
    Cole date"): the body's, no office ("President Banks": the name is no role word)."""
    head = title.head
    return (
        title.dep_ == "compound"
        and head.i in among
        and head.pos_ == "PROPN"
        and _an_organisation_noun(head.lower_)
    )


def _title_case(words: list[str]) -> str:
    """An office's words in capitals ("Minister of Foreign Affairs"); not the words
    of a description before a body's name, kept as written ("Analyst at research firm
    Gartner", "Leader of Britain's biggest union Unison"): no part of the office."""
    out = []
    for i, w in enumerate(words):
        if w.lower() in _SMALL and i:
            out.append(w.lower())
        elif i and w[:1].islower() and _describes_a_name(words[i:]):
            out.append(w)
        elif w.lower() == "pm":
            out.append("Prime Minister")
        elif w.isupper() and len(w) > 1:
            out.append(w)
        else:
            out.append(w[:1].upper() + w[1:])
    return " ".join(out)


def _describes_a_name(words: list[str]) -> bool:
    """Words in lower case that run on to a capitalised name with no "of", "at" or the
    like between: "research firm" and "analyst firm" before "Gartner"; not an office's
    own words, whose last word is a title's ("senior vice president Boeing",
    "former-President Kuchma"), nor before an office's word in capitals ("most recent
    female MP")."""
    for k, w in enumerate(words):
        if w.lower() in _SMALL:
            return False
        if w[:1].isupper():
            last = words[k - 1].lower().split("-") if k else []
            return w.lower() not in TITLE_WORDS and not any(p in TITLE_WORDS for p in last)
    return False


def _in_organisation(token: Token, mention: Span, gazetteer: Gazetteer) -> bool:
    """A word inside a longer organisation's or event's name ("the British Chambers of
    Commerce", "Credit Suisse First Boston", "French Open champion"): its country is the
    organisation's. Not so for a state
    institution (`_a_state_institution`), nor for an entity that takes in a title or
    the name itself ("Ukrainian PM Denys Shmyhal", tagged ORG whole), nor for a country's
    own name of several words the model tags as one ("DR Congo's" before a name), nor for
    an entity the model ends at a Games' adjective (`_ends_at_a_games_word`)."""
    if token.ent_type_ not in ("ORG", "WORK_OF_ART", "FAC", "EVENT", "LOC"):
        return False
    doc = token.doc
    start = token.i
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    end = token.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    name = doc[start:end]
    own = name[:-1] if len(name) > 1 and _owning(name[-1]) else name
    return (
        len(name) > 1
        and token.i < end - 1  # "Legendary Dutch" (tagged ORG) coach: the word ends it
        and not _ends_at_a_games_word(name)
        and gazetteer.country_of(own.text) is None
        and not (start < mention.end and mention.start < end)
        and not any(t.lower_ in TITLE_WORDS for t in name)
        and not _a_state_institution(name)
    )


def _a_state_institution(name: Span) -> bool:
    """An organisation's name that is a state institution's: ending in a word for one
    ("Estonian Defence Forces") or with one before "of" and its field ("the US Department
    of Homeland Security", "the UK Ministry of Defence")."""
    return name[-1].lower_ in _STATE_BODIES or any(
        word.lower_ in _STATE_BODIES and word.nbor(1).lower_ == "of" for word in name[:-1]
    )


def _ends_at_a_games_word(name: Span) -> bool:
    """An entity the model ends at one of the Games' adjectives that describes the
    lower-case noun after it ("American Olympic" in "American Olympic stars X and Y",
    tagged ORG): no organisation's name ("the British Olympic Association" goes on past
    it), but words describing that noun."""
    last = name[-1]
    head = last.head
    return (
        last.lower_ in _GAMES_WORDS
        and last.dep_ in ("amod", "compound")
        and head.i >= name.end
        and (head.pos_ == "NOUN" or _a_person_noun(head))  # "stars" may be tagged a verb
        and head.text.islower()
    )


def _in_a_named_object(token: Token, mention: Span, gazetteer: Gazetteer) -> bool:
    """A country's word before a capitalised plural of a name that a preposition takes
    ("founder of Iraq and Afghanistan Veterans of America"): a word of the name of a body
    of people, whose country it is; the model may tag the country's word alone. Not a
    singular's ("chief executive of the British Library", a state's), nor the person's own
    name ("owned by Irishmen Sean Kelly", tagged an organisation whole)."""
    head = token.head
    owner = head
    while owner.dep_ == "conj":
        owner = owner.head
    return (
        token.dep_ == "compound"
        and head.i > token.i
        and not mention.start <= head.i < mention.end
        and head.tag_ == "NNPS"
        and head.ent_type_ != "PERSON"
        and head.lower_ not in TITLE_WORDS
        and head.lower_.removesuffix("s") not in TITLE_WORDS  # "the US Joint Chiefs": a state's
        and gazetteer.country_of(head.text) is None
        and owner.dep_ == "pobj"
    )


def _of_organisation(token: Token) -> bool:
    """A country word said of an organisation named by its kind: "the French company's
    boss" is the company's country, not the boss's."""
    head = token.head
    return head.i != token.i and head.pos_ == "NOUN" and _an_organisation_noun(head.lower_)


def _tagged_with(token: Token, name: Span) -> bool:
    """A word before a name that the model tagged as one entity with it, a word the name
    was cleaned of: "New Zealander" in "New Zealander Tom Reid" (tagged PERSON whole)."""
    doc = token.doc
    return (
        token.i < name.start
        and token.ent_type_ == doc[name.start].ent_type_ != ""
        and all(doc[k].ent_iob_ == "I" for k in range(token.i + 1, name.start + 1))
    )


def _country_at(
    tokens: list[Token],
    k: int,
    mention: Span,
    gazetteer: Gazetteer,
    before: CountryBefore,
    placed: bool,
) -> tuple[str, int] | None:
    """The country the words of a role phrase starting at `tokens[k]` name for the person,
    and how many words name it: the longest name first ("South African", "Hong Kong",
    "Northern Irish" before "Irish"). `placed`: the phrase runs right up to the name with no
    verb or preposition between, so a country word in it is the person's however the parse
    attaches it ("England tight-head prop X", parsed as a verb)."""
    first = tokens[k]
    if _after_to(first, gazetteer):
        return None  # "ambassador to the United States X": where, not whose
    if first.i > 0 and first.nbor(-1).lower_ in _HONORIFICS:
        return None  # "Mr Mann's former deputy", "Baroness Scotland": a surname
    if _a_capitals_people(first, gazetteer):
        return None  # "London Irish coach X": a club's, neither Ireland's nor the UK's
    if inside_a_longer_name(first):
        return None  # "West Indian sprinter X", "New South Wales batsman X": not India's, UK's
    # a word right after a preposition is its object: "Bank of England governor"
    placed = placed and not (first.i > 0 and first.nbor(-1).pos_ == "ADP")
    for n in range(settings.COUNTRY_NAME_WORDS + 2, 1, -1):
        words = tokens[k : k + n]
        if (
            len(words) < n
            or not _a_names_run(words)
            # not "Downing Street press adviser"; the model may tag "Northern Irish" a place,
            # or a country's name it owns right before the name an organisation ("DR Congo's")
            or words[-1].ent_type_ not in ("GPE", "NORP", "LOC")
            and not _tagged_with(words[0], mention)
            and not _owned_right_before(words, mention)
            and not (placed and _a_peoples_words(words, gazetteer))
            or words[-1].i - words[0].i != n - 1  # one run of words in the text
        ):
            continue
        cid = gazetteer.country_of(mention.doc[words[0].i : words[-1].i + 1].text)
        if _owner_of_no_country(words, mention, gazetteer):
            return None  # "Kuala Lumpur's X", "Kuala Lumpur mayor X"
        if cid and _country_word(words[-1], mention, gazetteer, before, placed, cid):
            last = words[-1]
            wrong = _aimed_at(words[0], last, gazetteer) or _no_longer(
                words[0], last, mention, gazetteer
            )
            return None if wrong else (cid, n)
    if _a_capital(first, gazetteer) and _ends_a_name(first, gazetteer):
        return None  # "Real Madrid midfielder X": a club named after a capital
    if _owner_of_no_country([first], mention, gazetteer):
        return None  # "Madrid's X", "Madrid president X", "Georgia's X"
    cid = _country_word(first, mention, gazetteer, before, placed)
    wrong = _aimed_at(first, first, gazetteer) or _no_longer(first, first, mention, gazetteer)
    return (cid, 1) if cid and not wrong else None


def _a_peoples_words(words: list[Token], gazetteer: Gazetteer) -> bool:
    """Words that are a country's word of several for its people ("South African", "New
    Zealander"), which name a person's country right before their name however the model
    tags them; a place's name of several words may name where, not whose ("Downing
    Street press adviser")."""
    text = " ".join(w.text for w in words)
    return " " in text and gazetteer.peoples_word(text) is not None


def _a_names_run(words: list[Token]) -> bool:
    """Words a country's name of several words may be: capitalised, or "of", "the" or
    "and" between capitalised ones ("Republic of Ireland", "Bosnia and Herzegovina")."""
    capitalised = [w.text[:1].isupper() for w in words]
    return (
        capitalised[0]
        and capitalised[-1]
        and sum(capitalised) <= settings.COUNTRY_NAME_WORDS
        and all(up or w.lower_ in _NAME_LINKS for w, up in zip(words, capitalised, strict=True))
    )


def inside_a_longer_name(word: Token) -> bool:
    """Whether the model tags a people's word inside one name that starts before it with
    names' words, past a determiner: "Indian" of "West Indian", "Guinean" of "Papua New
    Guinean". A longer name the gazetteer does not know is no country the word alone says
    (wrong is worse than missing); one it knows is read before the word."""
    if word.ent_iob_ != "I" or not _peoples_form(word):
        return False  # a country's name after a club's ("Arsenal France striker X") is one
    doc = word.doc
    start = word.i
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    while start < word.i and doc[start].pos_ == "DET":
        start += 1
    # only a name's own words before it: not "Banned American" nor "- Ireland" the model
    # runs into one entity
    before = doc[start : word.i]
    return len(before) > 0 and all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in before)


def _no_longer(first: Token, last: Token, mention: Span, gazetteer: Gazetteer) -> bool:
    """A nationality "former" or "ex-" says the person no longer has: the people's word
    right after it is the whole description ("X, a former Canadian,", "Ex-Canadian X").
    Not a former role or side ("former Canadian Davis Cup player X", "a former Irish
    international", "the former Wales and Lions centre": the keys give those the
    country), where a noun or another side follows it."""
    doc = first.doc
    k = first.i - 1
    if k > 0 and _glued(doc[k], "-"):
        k -= 1  # "Ex-Canadian"
    if k < 0 or doc[k].lower_ not in _FORMER:
        return False
    nxt = doc[last.i + 1] if last.i + 1 < len(doc) else None
    return _peoples_word(last, gazetteer) and (
        nxt is None
        or nxt.i == mention.start
        or nxt.pos_ not in ("NOUN", "PROPN", "ADJ", "NUM", "CCONJ")
    )


def _a_capital(word: Token, gazetteer: Gazetteer) -> bool:
    """A country's capital by its name ("Madrid"), not a people's word ("Irish")."""
    cid = gazetteer.country_of(word.text)
    return cid is not None and word.text == gazetteer.countries[cid].capital


def _a_capitals_people(word: Token, gazetteer: Gazetteer) -> bool:
    """A capital and a word for a people right after it, either of the two ("London
    Irish", "London Welsh"): a club or a community of that people in the city, no country
    of the person's."""
    doc = word.doc
    return any(
        0 <= k < len(doc) - 1
        and _a_capital(doc[k], gazetteer)
        and gazetteer.peoples_word(doc[k + 1].text) is not None
        for k in (word.i, word.i - 1)
    )


def _ends_a_name(word: Token, gazetteer: Gazetteer) -> bool:
    """A word right after another capitalised word, neither a title, a country's, a date
    nor the sentence's first unless a proper noun ("Former Moscow mayor", "In March
    London mayor"): the last word of a longer name ("Real Madrid", "Dynamo Moscow"),
    which the model may leave untagged."""
    if word.i == 0:
        return False
    before = word.nbor(-1)
    return (
        before.is_alpha
        and before.text[:1].isupper()
        and (before.pos_ == "PROPN" or not before.is_sent_start)
        and before.ent_type_ not in ("DATE", "TIME")  # "On Tuesday Moscow mayor X"
        and before.lower_ not in TITLE_WORDS
        and gazetteer.country_of(before.text) is None
    )


def _after_to(word: Token, gazetteer: Gazetteer) -> bool:
    """A place's name right after "to" or "to the": the place a posting is to; not a
    people's word ("wrote to the French president X") nor a possessive before a name
    ("lost to Russia's Ana Belova": the name is what "to" takes)."""
    doc = word.doc
    k = word.i - 1
    if k >= 0 and doc[k].lower_ == "the":
        k -= 1
    end = word.i
    while end + 1 < len(doc) and doc[end + 1].text[:1].isupper():
        end += 1  # the rest of a name of several words ("South Africa's")
    owned = end + 1 < len(doc) and _owning(doc[end + 1])
    return (
        k >= 0
        and doc[k].lower_ == "to"
        and not owned
        and not _peoples_word(word, gazetteer)
        and not (_to_in_running_text(doc[k]) and _names_an_office(word, gazetteer))
    )


def _names_an_office(word: Token, gazetteer: Gazetteer) -> bool:
    """A country's name (starting at `word`) right before a holder's word ("adviser to US
    President X", "spoke to UK Prime Minister X"): the country is the office's,
    and the name after it the holder's, whom "to" takes; not "ambassador to Estonia X",
    where the name follows the country's right away."""
    doc = word.doc
    for n in range(settings.COUNTRY_NAME_WORDS, 0, -1):
        after = word.i + n
        if (
            after < len(doc)
            and gazetteer.country_of(cached.span_text(doc, word.i, after)) is not None
        ):
            for holder in doc[after : after + 2]:  # "Prime Minister", "Foreign Secretary"
                if holder.ent_type_ == "PERSON" or holder.lower_ in _HONORIFICS:
                    return False
                if holder.lower_ in _HOLDERS:
                    return True
            return False
    return False


def _aimed_at(first: Token, last: Token, gazetteer: Gazetteer) -> bool:
    """A place's word (not a possessive) that a role points at, which may as well not be
    the person's: lower-case words after it up to one of `aimed_at` ("Iraq hostage X",
    "Moscow correspondent X"; a people's word still gives it: "Iraqi hostage X") or of
    `aimed_events`, which a people's word describes too before such a role ("Afghan war
    veteran X"; "British war poet X" is British), with no
    "to" after it that says the posting ("US envoy to Sudan, X"); or a place right after
    an organisation's name, the branch or posting it names ("BBC Russia correspondent X",
    "Amnesty Iraq researcher X") or a club named after a city ("Real Madrid striker X");
    not a country's own name before a player's role ("Arsenal France striker X" plays for
    France)."""
    doc = first.doc
    after = last.i + 1
    if after < len(doc) and _owning(doc[after]):
        if not _a_city(last, gazetteer):
            return False  # "Britain's Iraq envoy X": the country's own
        after += 1  # "the Brussels' correspondent X": a city's, where the posting is
    # "Argentine fan X", "Dane hostage X": a people's word the dataset spells otherwise
    people = _peoples_word(last, gazetteer) or gazetteer.national(last.text) is not None
    # an event's noun may be capitalised as part of its name before a role aimed at it
    # ("Iraq War veteran X"; not "US War Secretary X", an office)
    while (
        after < len(doc)
        and doc[after].is_alpha
        and (doc[after].is_lower or _a_named_event(doc[after]))
    ):
        word = doc[after].lower_
        following = doc[after + 1].lower_ if after + 1 < len(doc) else ""
        # a people's word describes the event only before a role aimed at it ("Afghan war
        # veteran X"); before any other it is the person's ("British war poet X")
        event = word in _AIMED_EVENTS and (not people or following in _AIMED_AT)
        if event or word in _AIMED_AT and not people:
            # "US envoy to Sudan X": the posting is said, the place before is the sender's
            return after + 1 >= len(doc) or doc[after + 1].lower_ != "to"
        if doc[after].pos_ == "CCONJ" or word in TITLE_WORDS or word in _OCCUPATIONS:
            break  # "Wales forward and war veteran X": a role of its own
        after += 1
    prior = doc[first.i - 1] if first.i > 0 else None
    role = doc[last.i + 1] if last.i + 1 < len(doc) else None
    city = _a_city(last, gazetteer)
    return (
        prior is not None
        and prior.ent_type_ == "ORG"
        and prior.text[:1].isupper()
        and gazetteer.country_of(prior.text) is None
        and not people
        and (city or role is not None and role.is_lower and role.lower_ not in _SPORT)
    )


def _a_named_event(word: Token) -> bool:
    """An event's noun capitalised in its name right before a lower-case role aimed at
    it: "War" in "Iraq War veteran"."""
    following = word.nbor(1) if word.i + 1 < len(word.doc) else None
    return (
        word.lower_ in _AIMED_EVENTS
        and following is not None
        and following.is_lower
        and following.lower_ in _AIMED_AT
    )


def _a_city(word: Token, gazetteer: Gazetteer) -> bool:
    """A name that stands for a country without being its name, a nation's or a code: a
    capital ("Moscow", "Brussels")."""
    country = gazetteer.countries.get(gazetteer.country_of(word.text) or "")
    return country is not None and not (
        word.text.isupper() or word.text in country.names | country.parts
    )


def _capital_of(text: str, gazetteer: Gazetteer) -> Country | None:
    """The country whose capital the gazetteer writes as `text`, if any."""
    country = gazetteer.countries.get(gazetteer.country_of(text) or "")
    return country if country is not None and text == country.capital else None


def _a_city_named(text: str, gazetteer: Gazetteer) -> bool:
    """A city the gazetteer maps to a country: its capital ("Madrid", "Kuwait City"), or
    one the registry names it by ("Washington"); not a city-state's own name ("Monaco")."""
    if gazetteer.country_of(text) is None:
        return False
    country = _capital_of(text, gazetteer)
    return country is not None and text != country.name or text in _REGISTRY_CITIES


def _owner_of_no_country(words: list[Token], mention: Span, gazetteer: Gazetteer) -> bool:
    """A place's name before a role or a name that gives the person no country of its own:
    a city's as a possessive ("Madrid's X", "Brussels's X": a club's player or a city's
    official as often as the country's) or bare before any role but the city's own office
    ("Madrid president X", "Madrid striker X": a club's, whose staff and players may be of
    any country; not "Moscow mayor X"), or a country's name that also names another
    country's region as a possessive ("Georgia's X" may be a US state's governor)."""
    doc = words[0].doc
    end = words[-1].i + 1
    text = doc[words[0].i : end].text
    if end < len(doc) and _owning(doc[end]):
        return text in _REGION_NAMES or _a_city_named(text, gazetteer)
    # the role's words up to the name, or a few after the city in an apposition
    role = doc[end : mention.start] if mention.start > end else doc[end : end + 3]
    office = any(w.lower_ in _CITY_OFFICES for w in role)
    return not office and _a_city_named(text, gazetteer)


def city_state_before(name: Span, gazetteer: Gazetteer) -> str | None:
    """The country whose name is also its capital's ("Monaco", "Singapore") when its
    possessive stands right before the name: a club's or a city's as much as the
    country's, which a name no one has tagged a person's should not take from it alone."""
    doc = name.doc
    if name.start < 2 or not _owning(doc[name.start - 1]):
        return None
    owner = doc[name.start - 2].text
    country = _capital_of(owner, gazetteer)
    return country.id if country is not None and owner in country.names else None


def _peoples_word(token: Token, gazetteer: Gazetteer) -> bool:
    """A word for a country's people ("Iraqi", "British", "Briton"), or the first of
    two ("New Zealander"), not its name."""
    cid = gazetteer.country_of(token.text)
    doc = token.doc
    return (
        token.ent_type_ == "NORP"
        or (cid is not None and token.text == gazetteer.countries[cid].demonym)
        or token.i + 1 < len(doc)
        and _a_peoples_words([token, doc[token.i + 1]], gazetteer)
    )


def in_a_listed_place_name(token: Token, *, in_a_role: bool = False) -> bool:
    """A country's word that ends a longer place's name, which names no country: a
    continent's or a region's with the word before it ("South American", "Latin America",
    "West Indian"), or a place named after the country, right after "New" or after "New"
    and one more capitalised word ("New Mexico's governor", "New South Wales coach"). A
    country's name after "New" is refused wherever it stands ("New England manager X"
    may be England's new one: wrong is worse than missing). `in_a_role`: the word is in a
    role phrase before a name, where "New" opening the sentence before a people's word
    says the holder is new ("New Israeli Prime Minister X"); elsewhere it is a place's
    ("New Mexican chillies filled the stalls")."""
    doc = token.doc
    before = [t for t in doc[max(token.i - 2, 0) : token.i] if t.whitespace_ == " "]
    if not before or before[-1].i != token.i - 1:
        return False
    words = f"{before[-1].lower_} {token.lower_}"
    if any(words.startswith(region) for region in _REGIONS):
        return True
    if before[-1].text in _NAMESAKE_WORDS:
        # "New Israeli Prime Minister X" opening a sentence is a new one: a people's word
        # after it names a place only inside a sentence ("the New Mexican painter X")
        return not (in_a_role and before[-1].is_sent_start and _peoples_form(token))
    return len(before) == 2 and before[0].text in _NAMESAKE_WORDS and before[1].text[:1].isupper()


def _peoples_form(token: Token) -> bool:
    """Written as a people's word, not as a country's name: "Israeli", "Mexican"."""
    return token.pos_ == "ADJ" or token.ent_type_ == "NORP"


def _country_word(
    t: Token,
    mention: Span,
    gazetteer: Gazetteer,
    before: CountryBefore,
    placed: bool = False,
    named: str | None = None,
) -> str | None:
    """The country a word of a role phrase names for the person, if any (`named`: the
    country of the longer name it ends)."""
    nxt = t.nbor(1) if t.i + 1 < len(t.doc) else None
    possessive = nxt is not None and _owning(nxt)
    if t.lower_ == "country" and possessive and t.i > 0 and t.nbor(-1).lower_ == "the":
        return before(t.i)  # "the country's vice president"
    if (
        not t.text[:1].isupper()
        or _in_organisation(t, mention, gazetteer)
        or _of_organisation(t)
        or _in_a_named_object(t, mention, gazetteer)
    ):
        return None
    if possessive and gazetteer.national(t.text):
        return None  # "the Dane's coach X": the Dane is another person, X is their coach
    if t.dep_ not in ("amod", "compound", "poss", "nmod") and not possessive and not placed:
        return None  # "ambassador to Estonia": Estonia is where, not whose
    if (
        t.i > 0
        and t.nbor(-1).lower_ == "to"
        and not possessive
        and not (
            _to_in_running_text(t.nbor(-1))
            and (_peoples_word(t, gazetteer) or _names_an_office(t, gazetteer))
        )
    ):
        return None  # the same without a comma, parsed as part of the name after it
    if named is None and in_a_listed_place_name(t, in_a_role=True):
        return None  # "the top South American players, X", "New Mexico's governor X"
    if nxt is not None and nxt.text[:1].isupper() and nxt.lower_ in _EVENT_NAMES:
        return None  # "US Open champion X": a tournament's name
    if _birthplace(t):
        return None  # "X, the South African-born batsman": where he was born
    if nxt is not None and nxt.lower_ in _HONORIFICS and not _peoples_word(t, gazetteer):
        return None  # "the deal with Tanzania Mr Brown said" ("Kenyan Dr X" is his)
    return named or gazetteer.country_of(t.text)


def _to_in_running_text(to: Token) -> bool:
    """ "to" after a lower-case word ("spoke to French President X", "lost to Spanish
    teenager X": the people's word after it describes the name "to" takes), not inside a
    capitalised title ("Essential Guide to British Quangos author X": the quangos')."""
    return to.i > 0 and to.nbor(-1).text[:1].islower()


def _birthplace(word: Token) -> bool:
    """A country's word joined by a hyphen to a word for birth or upbringing after it
    ("South African-born", "Jamaican-bred"), or to another past participle ("UK-signed
    artists", "US-based designers", "US-educated"): where the person comes from, was
    signed or works, which the keys do not take for a nationality (wrong is worse than
    missing)."""
    doc = word.doc
    return (
        word.i + 2 < len(doc)
        and _glued(doc[word.i + 1], "-")
        and (doc[word.i + 2].lower_ in _BIRTH or doc[word.i + 2].tag_ == "VBN")
    )


def _without_address(tokens: list[Token]) -> list[Token]:
    """The role's words without the form of address or the rank right before the name
    ("singer Sir Elton John", "Foreign Minister Prince Saud"): the name's, not the role's.
    A rank with no other title is the role ("Prince Saud", "Crown Prince Abdullah")."""
    kept = [t for k, t in enumerate(tokens) if not _address_at(tokens, k)]
    while (
        len(kept) > 1 and kept[-1].lower_ in _RANKS and any(t.lower_ in _HOLDERS for t in kept[:-1])
    ):
        kept.pop()
    return kept


def _clean(tokens: list[Token]) -> list[Token]:
    """Without what a role never holds: honorifics ("Commissioner Sir"), parenthesised
    asides ("Defense Forces (EDF)") and an unclosed bracket's rest."""
    kept: list[Token] = []
    depth = 0
    for k, t in enumerate(tokens):
        if t.text == "(":
            depth += 1
        elif t.text == ")":
            depth = max(depth - 1, 0)
        elif depth == 0 and not _address_at(tokens, k):
            kept.append(t)
    return kept


def _address_at(tokens: list[Token], k: int) -> bool:
    """An honorific here addresses a person; one before a title word is the office's own
    ("Lord Chancellor", "Lord Chief Justice"), another office than the chancellor's, but
    for a style ("the Honourable Deputy Premier": the deputy premier's office) and the
    word that opens one ("the Most Honourable Professor")."""
    word = tokens[k].lower_
    if word in _STYLE_OPENERS:
        return k + 1 < len(tokens) and tokens[k + 1].lower_ in _STYLES | _HONORIFICS
    return word in _HONORIFICS and (
        word in _STYLES
        or not (
            word not in _SURNAME_HONORIFICS  # "Mr Justice Collins": his address
            and k + 1 < len(tokens)
            and tokens[k + 1].lower_ in TITLE_WORDS
        )
    )


def _normalise(
    tokens: list[Token],
    mention: Span,
    gazetteer: Gazetteer,
    before: CountryBefore,
    placed: bool = False,
) -> tuple[str, str | None]:
    """A readable role and the person's country it names, if any."""
    country: str | None = None
    part = False
    words: list[str] = []
    glued = False  # the last word ends in a hyphen that joins it to the next
    kept = _without_address(_clean(tokens))  # "Foreign Minister Prince Saud"
    k = 0
    while k < len(kept):
        t = kept[k]
        k += 1
        if (t.dep_ == "det" or _one_of_many(t)) and not words:
            continue  # "the", "one fiction judge, X": which holder, not the office
        if _owning(t):
            if words and words[-1]:
                words[-1] += t.text
            continue
        at = (
            _country_at(kept, k - 1, mention, gazetteer, before, placed)
            if country is None
            else None
        )
        cid, length = at if at else (None, 1)
        phrase = " ".join(w.text for w in kept[k - 1 : k - 1 + length])
        if cid and (phrase in gazetteer.countries[cid].parts or _owners_words(words)):
            # "Scottish Finance Minister": the nation stays in the role; so does a country
            # word inside the body the role is of ("chief executive of the British
            # Library"): taken out and said after, it would name another body. One
            # inside the body a role is at is where it works, not whose the person is
            # ("a professor at Britain's University of Leeds"), unless the body is the
            # state's ("an adviser at the Estonian foreign ministry")
            at_work = _workplace_words(words) and not _a_state_body(kept[k - 1 + length :])
            country = None if at_work else cid
            part = True
        elif cid:
            country = cid
            glued = False
            k += length - 1  # the rest of a name of several words ("South African")
            if t.lower_ == "country" and words and words[-1].lower() == "the":
                words.pop()
            words.append("")  # placeholder: dropped below, with its possessive
            continue
        if t.text == "-" and words and not t.whitespace_ and not t.nbor(-1).whitespace_:
            words[-1] += "-"  # "Vice-President", "fly-half": one word
            glued = True
            continue
        if glued:
            words[-1] += t.text
            glued = False
            continue
        if t.text in _CLOSING and words and words[-1] and not t.nbor(-1).whitespace_:
            words[-1] += t.text  # "SpeechWorks, a division of ScanSoft": as written
            continue
        words.append(t.text)
    words = [w for w in words if w and w not in _POSSESSIVE]
    if words and words[-1][-1] in _CLOSING and words[-1][:-1]:
        words[-1] = words[-1][:-1]
    # a hyphen whose next word was a country's: "African-[American] Women"
    words = [w[:-1] if w.endswith("-") and w[-2:-1].isalpha() else w for w in words]
    while words and words[-1] in (",", "-", "—"):
        words.pop()
    simple = all(w.lower() not in _SMALL for w in words) and len(words) <= 4
    if (
        simple
        and len(words) == 2
        and words[1].lower() == "minister"
        and words[0].lower() in _REORDER
    ):
        words = ["Minister", "of", *_REORDER[words[0].lower()].split()]
        simple = False
    text = _title_case(words) if simple or len(words) <= 6 else " ".join(words)
    text = text[:1].upper() + text[1:]
    text = re.sub(r"^Then[- ]", "Former ", text)  # "then-US secretary of state X": held no more
    offices = [part for w in words for part in w.lower().split("-")]  # "Vice-president"
    # a country's leader with no other word ("French leader X"); a party's has its name
    # ("Independence Party leader X")
    state = any(o in _STATE_OFFICES for o in offices) or offices == ["leader"]
    if country and not part and state:
        # an office a country gives is named with it ("Minister of Defence of Finland");
        # an occupation is not ("British director X" is no "Director of United Kingdom",
        # "chief UK economist at Capital Economics" none of "Capital Economics of United
        # Kingdom"): the country is the person's, said apart from the role
        name = gazetteer.countries[country].name
        # after a body's noun, "of <country>" would make a name the text does not give:
        # "the Irish president of the bank" is no president of the Bank of Ireland
        joined = (
            " to " not in text
            and " on " not in text
            and not text.endswith(" of " + name)
            and not _an_organisation_noun(words[-1].lower())
        )
        text = f"{text} of {name}" if joined else f"{text} ({name})"
    elif not country and (m := re.search(r"\bof (the )?([A-Z]\w*(?: [A-Z]\w*)*)$", text)):
        # a holder's word or a state body's before "of" ("King of Belgium", "Commander of
        # the Defence Forces (EDF) of Estonia"); after another noun "of" is inside a
        # body's name, whose country it is ("the United Mine Workers of America", "the
        # University of Washington", "the Commonwealth Bank of Australia")
        words = [w for w in text[: m.start()].split() if not w.startswith("(")]
        owners = words[-1:]
        # or the office's word before its field in capitals with no "the" ("Minister of
        # Foreign Affairs of Lithuania"), not before a body's name ("Bank of America")
        field = len(words)
        while field > 2 and words[field - 1][:1].isupper():
            field -= 1
        if (
            field < len(words)
            and words[field - 1] == "of"
            and not _an_organisation_noun(words[-1].lower())
        ):
            owners = [*owners, *words[field - 2 : field - 1]]
        if any(owner.lower() in _HOLDERS | _STATE_BODIES for owner in owners):
            country = gazetteer.country_of(m.group(2))
    return text, country


def _owners_words(words: list[str]) -> bool:
    """Whether a role's words so far have reached what it is of ("chief executive of")
    or where it is held ("professor at")."""
    return any(w.lower() in ("of", "at") for w in words)


def _a_state_body(after: list[Token]) -> bool:
    """Whether the body named by the words after a country's word is a state institution
    ("foreign ministry", "embassy"): its officer acts for the country."""
    for word in after:
        if word.is_punct:
            return False
        if word.lower_ in _STATE_BODIES:
            return True
    return False


def _workplace_words(words: list[str]) -> bool:
    """Whether a role's words so far have reached where it is held ("professor at"), not
    only in a role before the one they are in ("a fellow at the Hoover Institution and a
    former United States ambassador": his country)."""
    for word in reversed(words):
        if word.lower() == "at":
            return True
        if word.lower() in ("and", ","):
            return False
    return False


def _left_modifiers(span: Span, gazetteer: Gazetteer) -> list[Token]:
    """The words right before the name that describe it ("Estonian Defense Minister",
    "Irish singer", "Welshman"): they attach to the name, not to a noun it modifies
    ("the major Manchester hotels")."""
    doc = span.doc
    i = span.start - 1
    tokens: list[Token] = []
    while i >= 0:
        t = doc[i]
        joining = t.text == "-" and not t.whitespace_ and not doc[i - 1].whitespace_
        if (
            t.is_punct
            and not _owning(t)
            and not joining  # "England tight-head prop Phil Garside"
            and not _joins_title_words(t, span.start)  # "Culture, Media and Sport Secretary"
            or t.pos_ in ("VERB", "AUX", "ADP", "SCONJ", "CCONJ", "PRON")
            and t.ent_type_ not in ("GPE", "NORP")  # "England" read as a verb
            and not _joins_modifiers(t, span.start)
            and not _joins_title_words(t, span.start)
            and not _country_and_side(t, span.start, gazetteer)
            and not _to_a_posting(t, tokens)
            and not _role_word_read_as_a_verb(t, span.start, gazetteer)
            and not _of_an_office(t, tokens, gazetteer)
            and not _of_a_field(t, tokens, span)
            and not _of_a_body(t, tokens)
            and not _prefix_of_a_title(t)
        ):
            break
        if (
            (t.dep_ == "det" and not _to_a_posting(t, tokens) and not _of_a_body(t, tokens))
            or t.is_space  # a role never runs across a paragraph break
            or _a_sentences_end(t)  # "a fine of $16m. Gen Pinochet": the sentence before
            or _a_possessive_pronoun(t)  # "the body, whose new chief executive X"
        ):
            break
        if _governed_apart(t, span) or _when(t) or _takes_the_name(t, span) or _focusing(t, span):
            break
        if (
            t.ent_type_ == "PERSON"
            and t.i < span.start - 1
            and not _tagged_with(t, span)
            and not _country_tagged_a_name(t, gazetteer)
        ):
            break
        tokens.insert(0, t)
        i -= 1
    if tokens and tokens[0].text == "-":
        # "Under-pressure coach X": the hyphen's first half is no modifier, so the
        # compound it makes is none either
        tokens = tokens[2:]
    if tokens and _after_a_subject_pronoun(tokens[0]):
        tokens.pop(0)  # "as they eye captain X": the verb the parse took for a noun
    if tokens and _said_of_the_subject(tokens[0], span):
        tokens.pop(0)
    related = [
        k + 1 for k in range(len(tokens) - 1) if _a_relation_before(tokens[k], tokens[k + 1 :])
    ]
    tokens = tokens[related[-1] :] if related else tokens
    if not tokens:
        return []
    last = tokens[-2] if _owning(tokens[-1]) and len(tokens) > 1 else tokens[-1]
    posted = next(
        (
            k
            for k, t in enumerate(tokens)
            if k
            and (
                t.lower_ == "to"
                or _of_an_office(t, tokens[k + 1 :], gazetteer)
                or _of_a_field(t, tokens[k + 1 :], span)
            )
        ),
        None,
    )  # not the "of" of a country's name: "Republic of Ireland manager X" keeps its title
    if posted is not None:
        last = tokens[posted - 1]  # the title: "Peru's ambassador to Japan Rosa Quispe"
    if not (
        span.start <= last.head.i < span.end
        or _joined_to_the_first(last, tokens, span)  # "trade and industry secretary X"
        or span.root.head == last
        or posted is not None
        and span.root.head in tokens[posted:]  # parsed as the object: "to Japan Rosa Quispe"
        or _a_title_up_to(tokens, last, posted, span)
        or _from_a_country_word(tokens, gazetteer)
        or last.i == span.start - 1
        and _nationals(last, gazetteer)  # "Britons Ann Bell and"
        or _owned_by_a_country(tokens, span, gazetteer)
        or any(_country_and_side(t, span.start, gazetteer) for t in tokens)
    ):
        return []  # neither modifies the other: "the major Manchester hotels"
    return tokens


_ARGUMENTS = frozenset({"nsubj", "nsubjpass", "dobj", "iobj", "pobj", "attr", "dative"})


def _joined_to_the_first(last: Token, tokens: list[Token], span: Span) -> bool:
    """The title right before the name that the parse joins by "and" to the role's first
    word: one role of two modifiers, as `_joins_modifiers` let it run (the parse may hang
    the first word anywhere)."""
    first = last.head
    return (
        last.dep_ == "conj"
        and last.i == span.start - 1
        and any(t.i == first.i for t in tokens)
        and first.dep_ not in _ARGUMENTS  # "injuries have taken their toll and coach X"
    )


def _focusing(word: Token, span: Span) -> bool:
    """ "not", "just", "only" on the name or its title ("not just President Bush"): which
    holder, no word of the office ("newly appointed chairman": on the participle; "Wales
    forward X", the position the parse took for an adverb of "Wales")."""
    head = word.head
    return word.dep_ == "neg" or (
        word.pos_ == "ADV"
        and word.dep_ == "advmod"
        and word.lower_ != "then"  # "the then Home Secretary X": held no more (`_normalise`)
        and (span.start <= head.i < span.end or head.lower_ in _HOLDERS)
    )


def _after_a_subject_pronoun(word: Token) -> bool:
    """A word right after "they", "we", "he": a verb, as no noun phrase starts there."""
    if word.i == 0:
        return False
    before = word.doc[word.i - 1]
    return before.tag_ == "PRP" and before.morph.get("Case", []) == ["Nom"]


def _a_sentences_end(word: Token) -> bool:
    """A word in lower case with the full stop that ends its sentence, which the tokenizer
    keeps whole after a number ("a fine of $16m. Gen Pinochet"): no word of a title, which
    is capitalised when abbreviated ("Gen.", "Lt.")."""
    return len(word.text) > 1 and word.text.endswith(".") and word.text[0].islower()


def _a_title_up_to(tokens: list[Token], title: Token, posted: int | None, span: Span) -> bool:
    """A capitalised title right before the name, or before the posting that runs up to it,
    is the name's however the model parses a long subject ("U.S. Ambassador to the
    European Union X and Energy Secretary Y formed ...": each name hung on the other).
    Not the end of a longer title ("Economy and Labour Minister X"; not "X and Energy
    Secretary Y", "committee member and Tory MP Y"), nor words before a name that modifies
    a noun after it ("a new Captain Pugwash cartoon": "new" is the cartoon's)."""
    doc = span.doc
    start = tokens[0].i
    root = span.root
    return (
        title.lower_ in TITLE_WORDS
        and title.text[:1].isupper()
        and (title.i == span.start - 1 or posted is not None)
        and not (
            start > 1
            and doc[start - 1].lower_ in ("and", "&")
            and doc[start - 2].is_title
            and not _a_persons_name(doc, start - 2)
        )
        and not (root.dep_ == "compound" and root.head.pos_ == "NOUN" and root.head.i >= span.end)
    )


def _when(word: Token) -> bool:
    """A word saying when, which opens a clause rather than a title: a day after "on" or
    "last" ("On Tuesday Foreign Secretary X said"; not the Sunday Telegraph's, nor
    Sheffield Wednesday's), a month after "in", "since" or "last" ("In October Tory
    leader X said"), a period after "last", "next" or "this" ("And last week US Treasury
    Secretary X told"), or an adverb of time ("Now Home Secretary X"; not "then", which
    says the office is held no more, nor "England forward X", read as an adverb)."""
    doc = word.doc
    before = doc[word.i - 1].lower_ if word.i > 0 else ""
    if word.lower_ in _WEEKDAYS:
        return before in _BEFORE_A_DAY
    if word.lower_ in _MONTHS:
        return before in _BEFORE_A_MONTH
    if word.lower_ in _PERIODS:  # not "last year's champion X": whose title that was
        return before in _BEFORE_A_PERIOD and not _owning(doc[word.i + 1])
    return word.lower_ in _TIME_ADVERBS


_WEEKDAYS = lexicon.words("calendar", "weekdays")
_MONTHS = lexicon.words("calendar", "months")
_TIME_ADVERBS = lexicon.words("calendar", "time_adverbs")
_PERIODS = lexicon.words("calendar", "periods")
_BEFORE_A_PERIOD = frozenset({"last", "next", "this"})
_BEFORE_A_DAY = frozenset({"on", "last", "next", "this", "until", "since"})
_BEFORE_A_MONTH = frozenset({"in", "last", "next", "this", "until", "since", "during"})


def _one_of_many(word: Token) -> bool:
    """ "one" or "another" picking a holder out of several ("one fiction judge, X"), not
    the "one" of "one of the chief critics", which is the role's own first word."""
    following = word.doc[word.i + 1] if word.i + 1 < len(word.doc) else None
    return word.lower_ in _INDEFINITE and not (following is not None and following.lower_ == "of")


def _a_possessive_pronoun(word: Token) -> bool:
    """ "its", "their", "whose": whose office it is, said of someone the pronoun stands for,
    never a word of the office itself."""
    return word.tag_ in ("PRP$", "WP$")


def _said_of_the_subject(word: Token, span: Span) -> bool:
    """An adjective right after "is" or "was" whose clause goes on with the name as the
    subject of a verb after it: "he was confident shadow home secretary X would ...", how
    the clause's subject is, not who the name is. Not "is British director X's film" nor
    "are Scottish actor X and ...", where the name is the copula's."""
    doc, root = word.doc, span.root
    return (
        word.pos_ == "ADJ"
        and word.i > 0
        and doc[word.i - 1].lower_ in _BE
        and root.dep_ in ("nsubj", "nsubjpass")
        and root.head.i >= span.end
    )


def _a_relation_before(word: Token, title: list[Token]) -> bool:
    """A noun in lower case saying what the person is to someone else, right before a
    title in capitals: "political rival Chancellor X", "their cabinet colleagues Foreign
    Secretary X". The title is the role; the relation is to whoever the text said before."""
    return (
        word.pos_ == "NOUN"
        and word.text.islower()
        and word.lower_.removesuffix("s") in _RELATIONS
        and all(t.text[:1].isupper() for t in title)
        and _has_title(title)
    )


def _takes_the_name(word: Token, span: Span) -> bool:
    """A word before the name that the name hangs on as its object, which the parse may
    tag a noun or an adjective: "attack Tory leader X", "critics claim posters depict Tory
    leader X". It governs the name and the role after it; it is no part of that role.
    A title or a word for a person stays ("met Irish singer Bono", parsed either way)."""
    return (
        span.root.head == word
        and span.root.dep_ == "dobj"
        and word.pos_ in ("NOUN", "ADJ")
        and not for_a_person(word)
    )


def _governed_apart(word: Token, span: Span) -> bool:
    """A thing's noun with its own determiner that a verb or a preposition outside the
    name takes as its object, and the name does not hang on: in "Leaving a Brussels summit
    Mr Blair said" the summit is what he left, and Brussels no country of his ("by the
    Danish paper Aarhus Avis" names the paper). A title or a word for a person stays (a
    parse may make "met Irish singer Bono" a singer met), and so does a bare noun the
    parse makes an object ("Italy scrum-half X": a "half" scrummed). The name may hang
    on the noun through a relative clause the noun takes, its "that" left out: in "the
    way former Ajax coach X has turned the side round" the way is what X turned, whether
    it is the sentence's subject or an object. A noun phrase used as an adverb is apart
    too: "inspire young people the way Sen. X had"."""
    return (
        word.pos_ == "NOUN"
        and any(child.dep_ == "det" for child in word.children)
        and not span.start <= word.head.i < span.end
        and (
            word.dep_ in ("dobj", "pobj", "npadvmod")
            and not word.is_ancestor(span.root)
            or _in_a_clause_of(word, span.root)
        )
        and not for_a_person(word)  # titles among them
    )


def _in_a_clause_of(noun: Token, word: Token) -> bool:
    """`word` sits in a relative clause of `noun`: climbing from it to the noun passes a
    clause that modifies the noun."""
    while word.i != noun.i and word.head.i != word.i:
        if word.dep_ == "relcl" and word.head.i == noun.i:
            return True
        word = word.head
    return False


def _owned_right_before(words: list[Token], mention: Span) -> bool:
    """Words whose possessive stands right before the name: "DR Congo's X", a country's
    name the model may tag as an organisation's."""
    end = words[-1].i + 1
    return end + 1 == mention.start and _owning(mention.doc[end])


def _owned_by_a_country(tokens: list[Token], span: Span, gazetteer: Gazetteer) -> bool:
    """The words before a name are a country's name and its possessive, right before it
    ("Germany's Rainer Vogt"): the name's country, however the parse hangs the country
    (it may join it to a name before, "play France's X or Germany's Y")."""
    if len(tokens) < 2 or not _owning(tokens[-1]) or tokens[-1].i != span.start - 1:
        return False
    country = span.doc[tokens[0].i : tokens[-1].i]
    return (
        all(t.text[:1].isupper() for t in country)
        and gazetteer.country_of(country.text) is not None
    )


def _role_word_read_as_a_verb(word: Token, name: int, gazetteer: Gazetteer) -> bool:
    """A word of a role before the name at `name` that the model tags as a verb: the
    words before it still describe the name. Only right after a country's word or its
    possessive ("the French films star X", "Ireland sink defending champion X": verbs
    after all) and not after an auxiliary ("Britain's defending the title"): a noun for
    a person right before the name ("France defender William Gallas", "defender" parsed
    as the verb of "France"), the first part of one glued by a hyphen ("Wales scrum-half
    Dwayne Peel"), or a participle describing a later word of the role ("Britain's
    defending champion Denise Lewis")."""
    doc = word.doc
    if (
        word.pos_ != "VERB"
        or not word.is_lower
        or (word.i > 0 and doc[word.i - 1].pos_ == "AUX")
        or not _right_after_a_country(word, gazetteer)
    ):
        return False
    glued = (
        word.i + 2 == name - 1
        and _glued(doc[word.i + 1], "-")
        and f"{word.lower_}-{doc[word.i + 2].lower_}" in PERSON_NOUNS
    )
    # not one before a country's word of its own ("Russia's jailed US reporter X": the
    # later word says whose)
    foreign = any(t.ent_type_ in ("GPE", "NORP") for t in doc[word.i + 1 : name])
    describing = word.dep_ == "amod" and word.i < word.head.i < name and not foreign
    # nouns of a role the model reads as a verb after a people's adjective, which no verb
    # has for its subject ("Swedish trades union official X"; not "Swedes hire coach X")
    compound = (
        _peoples_form(doc[word.i - 1])
        and doc[word.i - 1].tag_ not in ("NNS", "NNPS")
        and word.is_lower
        and all(t.pos_ == "NOUN" and t.is_lower for t in doc[word.i + 1 : name])
        and doc[name - 1].lower_ in _HOLDERS
    )
    return glued or describing or compound or (word.i == name - 1 and _a_person_noun(word))


def _a_person_noun(word: Token) -> bool:
    """A noun for a person or for several ("stars" in "American Olympic stars X and Y")."""
    return word.lower_ in PERSON_NOUNS or (
        word.lower_.endswith("s") and word.lower_[:-1] in PERSON_NOUNS
    )


def _prefix_of_a_title(word: Token) -> bool:
    """A preposition glued by a hyphen to a title word, the first part of one title: "US
    Treasury Under-Secretary X" (the model tags "Under" a preposition)."""
    doc = word.doc
    return (
        word.i + 2 < len(doc)
        and _glued(doc[word.i + 1], "-")
        and doc[word.i + 2].lower_ in TITLE_WORDS
    )


def _right_after_a_country(word: Token, gazetteer: Gazetteer) -> bool:
    """A country's word or its possessive right before `word` ("France defender",
    "Britain's defending champion", "Wales scrum-half", whatever the model tags "Wales"
    at a sentence's start); not a place glued by a hyphen ("Moscow-based US lawyer X":
    where, not whose)."""
    k = word.i - 1
    if k >= 0 and _owning(word.doc[k]):
        k -= 1
    while k > 0 and _describes_next(word.doc[k]):
        k -= 1  # adjectives between: "American Olympic stars", "Kenyan distance runner"
    if k < 0:
        return False
    country = word.doc[k]
    if _ends_a_longer_name(country, gazetteer):
        return False  # "Little Britain stars X and Y": a show's
    return country.ent_type_ in ("GPE", "NORP") or gazetteer.country_of(country.text) is not None


def _ends_a_longer_name(word: Token, gazetteer: Gazetteer) -> bool:
    """A country's word after a capitalised word of the same name that is no part of the
    country's ("Little Britain"; not "New Zealand")."""
    if word.i == 0:
        return False
    prior = word.doc[word.i - 1]
    return (
        prior.dep_ == "compound"
        and prior.head.i == word.i
        and prior.text[:1].isupper()
        and gazetteer.country_of(prior.text) is None
        and gazetteer.country_of(cached.span_text(word.doc, prior.i, word.i + 1)) is None
    )


def _describes_next(word: Token) -> bool:
    """An adjective on the word after it, not a country's own ("Olympic", "veteran")."""
    return word.dep_ == "amod" and word.head.i == word.i + 1 and word.tag_ == "JJ"


def _country_tagged_a_name(word: Token, gazetteer: Gazetteer) -> bool:
    """A country's word the model tagged as a person's name on its own: "Welsh" in
    "Welsh legend X". Not a capital, nor a word that may be a surname, written after a
    first name or with a possessive ("Michael Douglas's co-star X", "Holland's guitarist
    X")."""
    cid = gazetteer.country_of(word.text)
    doc = word.doc
    return (
        cid is not None
        and word.text != gazetteer.countries[cid].capital
        and not (word.i > 0 and doc[word.i - 1].pos_ == "PROPN")
        and not (word.i + 1 < len(doc) and _owning(doc[word.i + 1]))
    )


def _of_an_office(word: Token, office: list[Token], gazetteer: Gazetteer) -> bool:
    """ "of" inside an office's capitalised name right before a person's name: "US
    Secretary of State X", "Estonian Minister of Defence X" (the words after it, `office`,
    capitalised but for "the"). Not a title in lower case ("the president of the club
    X"), nor a city's office ("Mayor of London X": a city's, not a country's)."""
    doc = word.doc
    named = [w for w in office if w.lower_ != "the"]
    return (
        word.lower_ == "of"
        and word.i > 0
        and doc[word.i - 1].lower_ in TITLE_WORDS
        and doc[word.i - 1].text[:1].isupper()
        and len(named) > 0
        and all(w.text[:1].isupper() and w.is_alpha for w in named)
        and not any(w.ent_type_ == "PERSON" or _a_city(w, gazetteer) for w in named)
    )


def _of_a_field(word: Token, field: list[Token], name: Span) -> bool:
    """ "of" between a title and the field it heads, written in lower case right before a
    person's full name: "Spain's minister of sport X Y", "director of rugby X Y", "chief
    of staff X Y", "US secretary of state X Y". The field is one or two bare words in
    lower case, none a title, a person's or an organisation's noun: not "the head of
    chairman X Y", "the president of the club X Y", "the leader of rebels X Y". A lone
    word after it may be a thing the noun names ("editor of fansite Halo")."""
    doc = word.doc
    return (
        len(name) > 1
        and word.lower_ == "of"
        and word.i > 0
        and doc[word.i - 1].lower_ in TITLE_WORDS
        and 0 < len(field) <= 2
        and all(
            w.is_alpha
            and w.is_lower
            and w.lower_ not in TITLE_WORDS | _ORGANISATION_NOUNS
            and not for_a_person(w)
            for w in field
        )
    )


def _of_a_body(word: Token, after: list[Token]) -> bool:
    """ "of" (or its "the") inside the capitalised name of a body or a work before a title
    in lower case: "Bank of England deputy governor X", "Bureau of Statistics chief X",
    "Lord of the Rings director X". Cut at its "of", the role would read "England Deputy
    Governor". `after` are the words read so far, from `word` to the name."""
    doc = word.doc
    k = word.i - 1 if word.lower_ == "of" else word.i - 2
    if k < 0 or word.lower_ not in ("of", "the") or doc[k + 1].lower_ != "of":
        return False
    words = after[1:] if after and after[0].lower_ == "the" and word.lower_ == "of" else after
    named = list(takewhile(lambda w: w.is_alpha and w.text[:1].isupper(), words))
    title = words[len(named) :]
    before = doc[k]
    return (
        before.is_alpha
        and before.text[:1].isupper()
        and before.lower_ not in TITLE_WORDS | _HONORIFICS  # "Lord of the Rings director"
        and len(named) > 0
        and not any(w.lower_ in TITLE_WORDS or w.ent_type_ == "PERSON" for w in (before, *named))
        and len(title) > 0
        and all(w.text[:1].islower() for w in title)
        and any(w.lower_ in TITLE_WORDS for w in title)
    )


def _to_a_posting(word: Token, posting: list[Token]) -> bool:
    """ "to" (or its "the") between a title and the place's or body's name it is posted to,
    right before the person's name: "Peru's ambassador to Japan Rosa Quispe", "US
    Ambassador to the European Union Ann Dale"; not a phrase with words of its own
    ("introduced the president to Russian leader X") nor an addressee's title ("envoy to
    President X": X is whom the envoy is sent to)."""
    doc = word.doc
    k = word.i - 1 if word.lower_ == "to" else word.i - 2
    named = posting[1:] if posting and posting[0].lower_ == "the" else posting
    return (
        k >= 0
        and doc[k + 1].lower_ == "to"
        and word.lower_ in ("to", "the")
        and doc[k].lower_ in TITLE_WORDS
        and _a_posting(named)
    )


def _a_posting(words: list[Token] | Span) -> bool:
    """Words that name a place or a body, as a posting is written: capitalised names the
    model tags as such, or a body's initials it may leave untagged ("to the UN"), and
    "of"; no title and no person's name ("to UN Secretary General X", "to the UN chief,
    X")."""
    return len(words) > 0 and all(
        w.lower_ == "of"
        or w.text[:1].isupper()
        and (w.ent_type_ in ("GPE", "ORG", "LOC", "NORP", "FAC") or in_capitals(w))
        and w.lower_ not in TITLE_WORDS
        for w in words
    )


def in_capitals(word: Token) -> bool:
    """A word of two capitals or more and nothing else, as a body's initials ("UN",
    "NATO") and a transcript's labels ("WALLACE:") are written."""
    return word.is_alpha and word.is_upper and len(word) >= 2


def _from_a_country_word(tokens: list[Token], gazetteer: Gazetteer) -> bool:
    """Words before a name that run from a country's word to the name in lower case or
    an office's words only ("Wales forward X", "Swiss third seed X", "French singer X",
    "British Prime Minister X"): they describe the name however the model parses them (it
    reads "forward" as an adverb, hangs "seed" or "singer" on the verb or the next name).
    Not when an organisation's noun is among them ("US firm boss X": the firm's country),
    nor a country that is a verb's or a preposition's object with a time after it ("After
    leaving Spain yesterday X said"). A country's word of several words is read whole
    ("South African President X", "New Zealand wing X"), as its last word alone may be
    no country's."""
    starts = [(k, n) for k in range(len(tokens) - 1) for n in _name_lengths(tokens, k)]
    for k, n in starts:
        words, rest = tokens[k : k + n], tokens[k + n :]
        if (
            gazetteer.country_of(" ".join(w.text for w in words)) is not None
            and all(w.dep_ not in ("dobj", "pobj") for w in words)
            and not any(w.ent_type_ in ("DATE", "TIME") for w in rest)
            and all(not w.text[:1].isupper() or not w.ent_type_ for w in rest)
            and (all(not w.text[:1].isupper() for w in rest) or _has_title(rest))
            and any(w.is_alpha for w in rest)
            and not any(w.lower_ in _ORGANISATION_NOUNS for w in rest)
        ):
            return True
    return False


def _name_lengths(tokens: list[Token], k: int) -> list[int]:
    """How many words from `tokens[k]` may be one country's name before more words: one,
    or a run of capitalised words next to each other in the text (at most
    `settings.COUNTRY_NAME_WORDS`)."""
    lengths = [1]
    for n in range(2, settings.COUNTRY_NAME_WORDS + 1):
        words = tokens[k : k + n]
        if (
            k + n >= len(tokens)
            or words[-1].i - words[0].i != n - 1
            or not all(w.text[:1].isupper() for w in words)
        ):
            break
        lengths.append(n)
    return lengths


def _joins_modifiers(token: Token, name: int) -> bool:
    """ "and" between two words of one role before the name at `name`: "Kenya's Olympic
    and world champion X" (both describe "champion"), also where the parse breaks the
    role ("Britain's 800m and 1500m champion X"): lower-case words and numbers from the
    one before "and" to the noun for a person right before the name, no other such noun
    among them; not "X and Y" joining names, nor two people's nouns ("the Irish
    president and singer X" may be two people)."""
    first = token.head
    if (
        token.dep_ == "cc"
        and first.i < token.i
        and first.dep_ in ("amod", "compound", "nummod")
        and token.i < first.head.i < name
    ):
        return True
    doc = token.doc
    words = [doc[token.i - 1], *doc[token.i + 1 : name]] if token.i > 0 else []
    return (
        token.lower_ == "and"
        and len(words) > 1
        and words[0].tag_ not in ("NNS", "NNPS")  # "US forces and police chief X": two
        and words[0].pos_ not in ("VERB", "AUX")  # not "two wins and captain X"
        and all(w.is_lower or w.like_num or _capital_for_the_sentence(w) for w in words)
        and for_a_person(words[-1])
        and (not any(for_a_person(w) for w in words[:-1]) or _two_bare_roles(token, name))
    )


def _capital_for_the_sentence(word: Token) -> bool:
    """A lower-case word written with a capital only because it opens the sentence
    ("Work and pensions minister X")."""
    return bool(word.is_sent_start) and word.text[1:].islower() and word.pos_ != "PROPN"


def _two_bare_roles(token: Token, name: int) -> bool:
    """ "and" between two nouns for a person with no article before the first: both are
    roles of the one name after them ("co-stars including Japanese pop star and actor
    X"), since a singular noun with no article stands only as a title; with one ("the
    Irish president and singer X"), or opening a sentence as a headline's words do, the
    first may be someone else."""
    doc = token.doc
    start = token.i - 1
    while start > token.i - 3 and doc[start].is_lower:
        start -= 1
    return (
        for_a_person(doc[token.i - 1])
        and doc[token.i - 1].tag_ == "NN"
        and name - token.i <= 3
        and doc[start].ent_type_ == "NORP"
        and not doc[start].is_sent_start  # a headline's "Irish president and singer meet"
        and doc[start - 1].dep_ not in ("det", "poss")  # a sentence's start has a word before
        and not doc[start - 1].is_punct
    )


def _joins_title_words(token: Token, name: int) -> bool:
    """ "and" (or a comma before one) between capitalised words of one title right before
    the name at `name`: "Work and Pensions Secretary X", "Culture, Media and Sport
    Secretary X"; not names, places, peoples or dates joined to a title ("Mr Hoon and Prime
    Minister X", "Cardiff and Northern Ireland Minister X", "Schroeder and Italian Prime
    Minister X", "In September, Trade and Industry Secretary X" stops at the date)."""
    doc = token.doc
    if token.i == 0 or token.lower_ not in _TITLE_JOINS:
        return False
    if _a_persons_name(doc, token.i - 1):
        return False
    words = [doc[token.i - 1], *doc[token.i + 1 : name]]
    named = [w for w in words if w.lower_ not in _TITLE_JOINS]
    return (
        len(named) > 1
        and (token.text != "," or any(w.lower_ in ("and", "&") for w in words))
        and all(w.is_title and w.is_alpha and w.ent_type_ not in _NOT_IN_A_TITLE for w in named)
        and named[-1].lower_ in TITLE_WORDS
    )


def _a_persons_name(doc: Doc, i: int) -> bool:
    """The word at `i` is a person's name: tagged so, or after a form of address or a title
    ("Mr Pryce", "Justice May", which the model may leave untagged or tag a date)."""
    return (
        doc[i].ent_type_ == "PERSON"
        or i > 0
        and doc[i - 1].lower_ in _HONORIFICS | TITLE_WORDS
        and doc[i - 1].is_title
    )


_TITLE_JOINS = frozenset({"and", "&", ","})
_NOT_IN_A_TITLE = frozenset({"PERSON", "GPE", "NORP", "LOC", "FAC", "DATE", "TIME"})


def _country_and_side(token: Token, name: int, gazetteer: Gazetteer) -> bool:
    """ "and" between a country's name and a club's or a body's name in capitals before
    one noun for a person right before the name at `name` ("England and Real Madrid
    striker X"): both describe the one role, so the country is the person's, as in
    "Real Madrid and England striker X". Not two countries ("France and Italy coach":
    which is whose the words do not say), nor two people's nouns."""
    doc = token.doc
    if token.lower_ != "and" or token.i == 0:
        return False
    words = list(doc[token.i + 1 : name])
    if len(words) < 2:
        return False
    *side, noun = words
    if noun.tag_ in ("NNS", "NNPS") or not for_a_person(noun):
        return False
    if not all(w.text[:1].isupper() and not for_a_person(w) for w in side):
        return False
    if gazetteer.country_of(" ".join(w.text for w in side)) is not None:
        return False
    start = token.i
    while start > 0 and token.i - start < settings.COUNTRY_NAME_WORDS:
        if not doc[start - 1].text[:1].isupper():
            break
        start -= 1
    return any(
        gazetteer.country_of(cached.span_text(doc, k, token.i)) is not None
        for k in range(start, token.i)
    )


def _apposition(span: Span) -> list[Token]:
    """ "Madis Roll, the Estonian President's adviser on national security matters": the
    apposition's noun phrase, up to a clause about the person."""
    # the name's head, and its last word: a parse may root the name at its first word
    heads = [span.root] if span.root.i == span.end - 1 else [span.root, span[-1]]
    for child in (c for head in heads for c in head.children):
        if child.dep_ == "appos" and child.i > span.end - 1 and not _another_item(child, span):
            # not a second apposition of its own, set off by a comma ("X, the foreign
            # minister of France, a permanent member of the Council")
            nested = {
                t.i
                for c in child.children
                if c.dep_ == "appos"
                and c.i > child.i
                and c.left_edge.i > 0
                and c.doc[c.left_edge.i - 1].text == ","
                for t in (c.doc[c.left_edge.i - 1], *c.subtree)
            }
            subtree = [*child.subtree, *_hyphen_glued(child)]
            cut = _others_joined(child)
            tokens = [t for t in subtree if span.end <= t.i < cut and t.i not in nested]
            breaks = [k for k, t in enumerate(tokens) if t.is_space]
            tokens = tokens[: breaks[0]] if breaks else tokens
            clause = [
                k
                for k, t in enumerate(tokens)
                if k
                and t.i > child.i
                and (t.pos_ in _CLAUSE_TAGS or t.tag_ == "WP$")  # "whose" opens one
                and not _hyphened(t)
                and t.dep_ != "amod"  # "head of X's fixed line division": a noun's word
            ]
            tokens = tokens[: clause[0]] if clause else tokens
            while tokens and (
                tokens[0].lower_ in _TIME_ADVERBS or _a_possessive_pronoun(tokens[0])
            ):
                tokens.pop(0)  # "X, now foreign secretary": when, not the office; "X, its boss"
            while tokens and (
                tokens[-1].is_punct or tokens[-1].pos_ in _DANGLING or tokens[-1].tag_ == "TO"
            ):
                tokens.pop()  # "... Operations at" before a name the parse leaves out; "MP to"
            if _has_title(_clean(tokens)) and not _opens_with_a_name(tokens):
                return tokens  # not only in brackets: "(Ireland, capt), D Traille"
    return []


def _others_joined(title: Token) -> int:
    """Where others the parse joins to an apposition's title after a comma begin: one
    person's role is never plural, so "X, head of the centre, and other scientists" ends
    before ", and"; "X, news and features editor of PC Pro" is one title."""
    doc = title.doc
    plural = next((c for c in title.children if c.dep_ == "conj" and c.tag_ == "NNS"), None)
    if plural is None:
        return len(doc)
    joins = [
        c.i
        for c in title.children
        if c.dep_ == "cc" and c.i < plural.i and doc[c.i - 1].text == ","
    ]
    return joins[-1] if joins else len(doc)


def _opens_with_a_name(tokens: list[Token]) -> bool:
    """A phrase that opens with another person's full name, not as a possessive: the
    parse hung the next person on the name ("reggae star Bob Marley, Rob Partridge -
    Marley's former head of press -": Partridge's role, not Marley's); "Tony Blair's
    adviser" is a role."""
    k = 0
    while k < len(tokens) and tokens[k].ent_type_ == "PERSON" and tokens[k].pos_ == "PROPN":
        k += 1
    return k >= 2 and not (k < len(tokens) and _owning(tokens[k]))


def _another_item(appos: Token, span: Span) -> bool:
    """A phrase the parse hangs on a listed name as its apposition that is the list's next
    item: the name follows "including" or "like", and the phrase goes on with "and" or "as
    well as" to another with a determiner of its own ("dignitaries including X, the King
    of Belgium as well as the French foreign ministry": X is none of them; "stars
    including X, the French actor and director," is one)."""
    listing = span.root.head
    return (
        span.root.dep_ == "pobj"
        and listing.lower_ in _LIST_WORDS
        and any(
            c.dep_ == "conj" and any(d.dep_ == "det" for d in c.children) for c in appos.children
        )
    )


def _hyphen_glued(first: Token) -> list[Token]:
    """The words the parse made appositions of their own after `first` that a hyphen glues
    to it: "vice-chairman" parsed as "vice", "-" and "chairman" is one title, not "Vice"."""
    doc, end, found = first.doc, first.right_edge.i, []
    for sibling in (c for c in first.head.children if c.dep_ == "appos" and c.i > first.i):
        glued = sibling.text == "-" and not sibling.whitespace_ and not doc[end].whitespace_
        if sibling.left_edge.i != end + 1 or not (glued or _hyphened(sibling)):
            break
        found += list(sibling.subtree)
        end = sibling.right_edge.i
    return found


def _hyphened(word: Token) -> bool:
    """A word glued by a hyphen to the one before: the end of a compound adjective
    ("the Delhi-based council", "the US-led coalition"), no clause of its own."""
    doc = word.doc
    return (
        word.i > 1
        and doc[word.i - 1].text == "-"
        and not doc[word.i - 1].whitespace_
        and not doc[word.i - 2].whitespace_
    )


_DANGLING = frozenset({"ADP", "DET", "CCONJ"})  # words a role never ends with


def _saying_what_it_is(root: Token) -> list[Token]:
    """The forms of "be" that say what the name is: the name's own verb ("X is ..."), or
    a clause's with the relative pronoun its subject ("X, who is French"), not one with a
    noun "whose" owns ("X, whose wife is a Thai chef"); none denied ("is not")."""
    verbs = [
        c
        for c in root.children
        if c.dep_ == "relcl"
        and c.lower_ in _BE
        and any(s.dep_ == "nsubj" and s.tag_ in ("WP", "WDT") for s in c.children)
    ]
    if root.dep_ == "nsubj" and root.head.lower_ in _BE:
        verbs.append(root.head)
    return [v for v in verbs if not any(c.dep_ == "neg" for c in v.children)]


def _stated_office(span: Span, gazetteer: Gazetteer) -> str | None:
    """The country of an office a sentence says the person holds with "be", written
    after the title: "X is the president of France", "X, who is president of France,"
    (as the apposition "X, the president of France," gives it); by the country's name
    right after "of", not a body's named after it ("chairman of the Bank of England"),
    nor a name a region of another country shares."""
    root = span.root
    for verb in _saying_what_it_is(root):
        for noun in (c for c in verb.children if c.dep_ == "attr" and c.i > root.i):
            if noun.lower_ not in TITLE_WORDS:
                continue
            for of in (c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"):
                place = next((c for c in of.children if c.dep_ == "pobj"), None)
                cid = _whole_name(place, gazetteer) if place is not None else None
                if cid is not None and place is not None and place.text not in _REGION_NAMES:
                    return cid  # not "governor of Georgia": a US state's as often
    return None


def _preceding_phrase(span: Span) -> list[Token]:
    """The noun phrase before a comma right before the name: "the Minister of Foreign
    Affairs of Lithuania, Gabrielus Landsbergis", "Nigerian actress, Ada Obi"."""
    doc = span.doc
    i = span.start - 1
    while i >= 0 and doc[i].text.lower() in TITLE_WORDS:
        i -= 1
    if i < 1 or doc[i].text != ",":
        return []
    j = i - 1
    tokens: list[Token] = []
    while j >= 0:
        t = doc[j]
        if t.text == ")":  # an aside: "the Commander of the Defence Forces (EDF) of Estonia"
            start = cached.sentence(doc, j).start
            opening = next((k for k in range(j - 1, start - 1, -1) if doc[k].text == "("), None)
            if opening is not None:
                j = opening - 1
                continue
        if _glued(t, "-"):  # one word with the one before: "vice-chairman", "head-to-head"
            tokens[:0] = [doc[j - 1], t]
            j -= 2
            continue
        # "the French and German leaders, X and Y", "the minister and his deputy, X and Y"
        joined = t if t.pos_ == "CCONJ" else doc[j - 1] if j > 0 and t.dep_ == "poss" else None
        if tokens and joined is not None and _paired_with_names(joined, span):
            return []  # whose is whose the text does not say of one name
        if t.pos_ in ("VERB", "AUX") and _the_verbs_object(t, tokens, span):
            return []  # "Among those who met the French president, X smiled": X met him
        if t.pos_ in ("VERB", "AUX", "SCONJ", "CCONJ", "PRON") or _when(t):
            break  # "Yesterday Argentina's economy minister, X": when, not the office
        if tokens and _of_a_things_noun(t):
            break  # "the deaths of former House Speaker, X": the role is after "of"
        if t.pos_ == "ADP" and t.lower_ != "of" and not _posted_to(t, span):
            # a preposition's object before the comma of a clause the name is the subject
            # of: "After talks with the French president, X said" (X is not the president)
            return [] if span.root.dep_ in ("nsubj", "nsubjpass") else _nouns(tokens)
        if (t.is_punct and t.text not in _POSSESSIVE and not _glued(t, "/")) or t.is_space:
            break
        tokens.insert(0, t)
        j -= 1
    if _ends_in_anothers_name(tokens):
        return []  # "media chief Alastair Campbell, Peter Mandelson said": two people
    return _nouns(tokens)


def _the_verbs_object(verb: Token, tokens: list[Token], span: Span) -> bool:
    """The words before the comma are the object of the verb before them, and the name
    after the comma is its own clause's subject, not in apposition to them: the one the
    verb's doer met, not the name's office ("insulting the founder of Iran's Islamic
    Republic, Ayatollah Khomeini," keeps his office)."""
    inside = {t.i for t in tokens}
    return (
        span.root.dep_ in ("nsubj", "nsubjpass")
        and span.root.head.i not in inside
        and any(t.head.i == verb.i and t.dep_ in ("dobj", "dative") for t in tokens)
    )


def _ends_in_anothers_name(tokens: list[Token]) -> bool:
    """Words that end in a person's name right after their title ("media chief Alastair
    Campbell"): that person, not a role; a name after "of" or "to" is the role's own
    ("The former manager of Johnny Cash, X")."""
    k = len(tokens)
    while k and tokens[k - 1].pos_ == "PROPN" and tokens[k - 1].lower_ not in TITLE_WORDS:
        if not _a_persons_name(tokens[k - 1].doc, tokens[k - 1].i):
            return False
        k -= 1
    return 0 < k < len(tokens) and tokens[k - 1].pos_ != "ADP"


def _of_a_things_noun(word: Token) -> bool:
    """ "of" after a common noun that names no person ("the deaths of", "the prospects of"):
    what comes before it is not the title of the name after the comma."""
    if word.lower_ != "of" or word.i == 0:
        return False
    noun = word.doc[word.i - 1]
    return noun.pos_ == "NOUN" and noun.is_lower and noun.lower_ not in MAY_BE_PERSON


def _own_words(tokens: list[Token], span: Span) -> list[Token]:
    """An apposition's words up to someone else's name that the parse hangs on it:
    after a comma or "and" one more of a list ("X, the film's director, and Tom Hale";
    "songs by X, Queen, Kate Bush and ..."), the words before it kept unless they are
    capitals alone (one more name of the list, "Queen"); right after words of their own,
    that name's title ("X, who joined coach Ann Lee ..."): no role at all. A name the role
    is of stays ("Ann Lee's spokesman", "adviser to Ann Lee", "Ann Lee Trust chairman",
    "analyst with Lee and Hale"), and so does a firm's that the model takes for a
    person's ("the firm Tessla", "the country's biggest bank, Tessla Central"), or an
    office the model takes into one ("minister and Bolton West MP")."""
    kept: set[int] = set()  # the heads of names the role is of
    for k, t in enumerate(tokens):
        if t.ent_type_ != "PERSON" or span.start <= t.i < span.end:
            continue
        name = next((e for e in cached.ents(span.doc) if e.start <= t.i < e.end), None)
        root = name.root if name is not None else t
        before = tokens[k - 1] if k else None
        if (
            root.dep_ in _NAME_OF_THE_ROLE
            or (name is not None and any(w.lower_ in TITLE_WORDS for w in name))
            or (root.dep_ == "conj" and root.head.i in kept)
            or _an_organisation_noun(root.head.lower_)
            and root.dep_ != "conj"  # "at the University of X and Dan Lee": a list's next
            or (before is not None and _an_organisation_noun(before.lower_))
        ):
            kept.add(root.i)
            continue
        if before is None or not (before.text == "," or before.pos_ == "CCONJ"):
            return []
        words = _trimmed(tokens[:k])
        return words if any(w.is_lower for w in words) else []
    return tokens


def _before_a_list(tokens: list[Token]) -> list[Token]:
    """A role's words before a semicolon: past one a list goes on ("Film - The Aviator;
    director - Ann Lee; actor - ..."), nobody's role."""
    cut = next((k for k, t in enumerate(tokens) if t.text == ";"), None)
    return tokens if cut is None else _trimmed(tokens[:cut])


def _trimmed(tokens: list[Token]) -> list[Token]:
    """Without the punctuation, conjunctions and small words a cut leaves at the end."""
    while tokens and (tokens[-1].is_punct or tokens[-1].pos_ in ("CCONJ", "DET", "ADP")):
        tokens = tokens[:-1]
    return tokens


def _paired_with_names(conjunction: Token, name: Span) -> bool:
    """Two descriptions joined by "and" (or "and his/its") before a list of names: "the
    French and German leaders, X and Y", "the US's and Japan's envoys, X and Y", "the
    Polish minister and the Czech envoy, X and Y", "the minister and his deputy, X and Y".
    Which is whose the text does not say of one name. Not words that describe both alike
    ("the former and current French presidents, X and Y": a word before "and" that is no
    country's, no possessive and no noun), nor one name ("the minister and the French
    envoy, X": the envoy is X)."""
    if conjunction.pos_ != "CCONJ" or conjunction.i == 0 or not name.root.conjuncts:
        return False
    last = conjunction.nbor(-1)
    return (
        last.text in _POSSESSIVE
        or last.pos_ in ("NOUN", "PROPN")
        or last.ent_type_ in ("NORP", "GPE")
    )


def _nouns(tokens: list[Token]) -> list[Token]:
    """A noun phrase's words without its determiner, if it ends in a noun."""
    while tokens and tokens[0].dep_ == "det":
        tokens.pop(0)
    return tokens if tokens and tokens[-1].pos_ in ("PROPN", "NOUN") else []


def _glued(word: Token, mark: str) -> bool:
    """`mark` with no space either side between two words: one role's two words
    ("singer/actor"), two words of a name ("Pierre-Hugues")."""
    doc = word.doc
    return (
        word.text == mark
        and not word.whitespace_
        and 0 < word.i < len(doc) - 1
        and not doc[word.i - 1].whitespace_
        and doc[word.i - 1].is_alpha
        and doc[word.i + 1].is_alpha
    )


def _posted_to(word: Token, name: Span) -> bool:
    """ "to" after a title, before a place's or body's name and a name set off by commas:
    "Iraq's envoy to the UN, Sami Rashid, said"; the place after it is the posting, the
    words before it the office (not "a visit by the president to France, X said": no
    comma closes the name; not "envoy to the UN chief, X": X is whom the envoy is sent to)."""
    doc = word.doc
    start = word.i + 1
    if start < len(doc) and doc[start].lower_ == "the":
        start += 1
    return (
        word.lower_ == "to"
        and word.i > 0
        and doc[word.i - 1].lower_ in TITLE_WORDS
        and name.end < len(doc)
        and doc[name.end].text == ","
        and name.start > 0
        and _a_posting(doc[start : name.start - 1])
    )


def _preceding_role(span: Span) -> list[Token]:
    """ "the Minister of Foreign Affairs of Lithuania, Gabrielus Landsbergis"; not a
    capitalised word the name is listed after ("Queen, Muse, Blur and The Kinks": a
    band's name, not Muse's title)."""
    tokens = _preceding_phrase(span)
    if len(tokens) == 1 and tokens[0].text.istitle() and tokens[0] in span.root.conjuncts:
        return []
    inside = {t.i for t in tokens}
    if any(t.tag_ == "NNS" and t.head.i not in inside for t in tokens):
        # "the group which represents university vice-chancellors, X": many; not "the
        # director of public prosecutions, X", whose head is one director
        return []
    return tokens if _has_title(tokens) else []


def _preceding_description(span: Span, gazetteer: Gazetteer) -> list[Token]:
    """A word for a person with no title before the name's comma: "Nigerian actress,
    Ada Obi" (its nationality is hers); or any noun a country's word describes when the
    name is in apposition to it ("the Russian art collector, Oleg Sirin"), not a
    place before a sentence's subject ("In the French capital, X said")."""
    tokens = _preceding_phrase(span)
    if not tokens or _has_title(tokens):
        return []
    noun = tokens[-1]
    apposed = span.root.dep_ == "appos" and span.root.head == noun
    return (
        tokens if for_a_person(noun) or apposed and _described_by_a_nation(noun, gazetteer) else []
    )


def _nationality(
    tokens: list[Token], mention: Span, gazetteer: Gazetteer, before: CountryBefore
) -> str | None:
    """The country the words before a name give it without a title: "Briton Tim Harker",
    "Irish singer Bono", "the UK's most senior policeman Sir Martin Hale"."""
    found = set()
    k = 0
    while k < len(tokens):
        at = _country_at(tokens, k, mention, gazetteer, before, placed=True)
        if at:
            found.add(at[0])
        k += at[1] if at else 1
    return found.pop() if len(found) == 1 else None


def group_country(noun: Token, gazetteer: Gazetteer) -> str | None:
    """The one country a group of people's own words give each of them, read as a
    person's words before a name are ("two UK activists", "The four Britons", "Greek
    trio"; not "two Vietnam veterans", "two former Britons", "two South American
    runners"), and not a city's people ("two Paris activists": a capital stands for its
    country only as a government)."""
    words = _own_modifiers(noun)
    if any(_a_capital(w, gazetteer) or w.lower_ in _FORMER for w in words):
        return None
    return _nationality(words, noun.doc[noun.i : noun.i + 1], gazetteer, lambda _: None)


def _occupation(tokens: list[Token], gazetteer: Gazetteer) -> str | None:
    """An occupation written before a name with no title ("Everton striker Andy
    Johnson", "Irish singer Bono"): from its word on, countries and possessives aside."""
    for k, t in enumerate(tokens):
        if t.text.islower() and t.lower_ in _OCCUPATIONS and not a_places_noun(t):
            words = [
                w.text
                for w in _without_address(tokens[k:])
                if w.text not in _POSSESSIVE and not gazetteer.country_of(w.text)
            ]
            return _title_case(words) if words else None
    return None


def _nationals(token: Token, gazetteer: Gazetteer) -> bool:
    """A plural noun for a country's people: "Irishmen", "Ethiopians", or the plural of a
    people word the registry gives ("Britons", "Spaniards")."""
    cid = gazetteer.country_of(token.text)
    if cid is None:
        return False
    country = gazetteer.countries[cid]
    demonym = country.demonym
    return (
        bool(demonym)
        and token.text in (f"{demonym}s", f"{demonym}men", f"{demonym}women")
        or (token.text.endswith("s") and token.text[:-1] in country.aliases | country.parts)
    )


def _shared_modifiers(span: Span, gazetteer: Gazetteer) -> tuple[list[Token], Span]:
    """The words before the first of names joined by "and" or listed with commas (the
    parse hangs a listed name on the one before it as an apposition) when they describe
    all of them: a plural noun ("former Scotland midfielders X and Y", "Irish
    billionaires X, Y and Z", "Irishmen X and Y", "Britons X and Y") or a group's
    ("Kenyan duo X and Y"), not one person's role ("German Chancellor X and Y"); and the
    first name, which they stand before."""
    first = span.root
    while (
        first.dep_ == "conj"
        or (
            first.dep_ == "appos"
            and first.left_edge.i > 0
            and first.doc[first.left_edge.i - 1].text == ","
            # a listed name has no words of its own before it: one that has them ("...
            # race, Dutch pair X and Y", parsed as the name before's apposition) is
            # the first name, which they describe
            and _only_a_name(first, gazetteer)
        )
    ) and (first.head.pos_ == "PROPN" and first.head.i < first.i):
        first = first.head
    after = span.doc[span.end] if span.end < len(span.doc) else None
    if after is not None and after.text in (*_POSSESSIVE, "'", "’"):
        return [], span  # "midfielders X and Y and Z's assistant W": Z is no midfielder
    if first.i == span.root.i:
        return _after_nationals(span, gazetteer)
    start = first.i
    doc = span.doc
    while start > 0:
        if (
            doc[start - 1].pos_ == "PROPN"
            and doc[start - 1].dep_ == "compound"
            and doc[start - 1].text[:1].isupper()  # not "duo", which the model may tag so
            and not gazetteer.country_of(doc[start - 1].text)
        ):
            start -= 1  # a name's part
        elif start > 1 and _glued(doc[start - 1], "-") and doc[start - 2].pos_ == "PROPN":
            start -= 2  # a hyphenated part ("Pierre-Hugues", "Lopez-Garcia"), parsed as anything
        else:
            break
    name = doc[start : first.i + 1]
    left = _left_modifiers(name, gazetteer)
    plural = [
        t
        for t in left
        if (t.tag_ in ("NNS", "NNPS") or _persons_plural(t))
        and t.text[:1].islower()
        or _nationals(t, gazetteer)
        or t.lower_ in _GROUP_NOUNS
    ]
    return (left if plural and plural[-1] is left[-1] else []), name


def _persons_plural(word: Token) -> bool:
    """A plural noun for people the model tags otherwise ("stars", read as a verb)."""
    return word.lower_ not in PERSON_NOUNS and _a_person_noun(word)


def _only_a_name(name: Token, gazetteer: Gazetteer) -> bool:
    """The words from the left edge of a name's phrase to its head are the name's own:
    proper nouns and the hyphens that join them, none a country's word ("Czech", which
    the model may tag a proper noun, in "Czech duo X")."""
    doc = name.doc
    return all(
        (t.pos_ == "PROPN" and gazetteer.country_of(t.text) is None) or _glued(t, "-")
        for t in doc[name.left_edge.i : name.i + 1]
    )


def _after_nationals(span: Span, gazetteer: Gazetteer) -> tuple[list[Token], Span]:
    """A plural people's word before two names joined by "and", however the parse hangs
    them ("Britons Ann Bell and Jo Marsh", the first name read as the second's modifier):
    the word and the first name."""
    doc = span.doc
    k = span.start - 1
    start = k
    while (
        start > 0
        and doc[start - 1].pos_ == "PROPN"
        and doc[start - 1].text.istitle()
        and not _nationals(doc[start - 1], gazetteer)  # tagged with the name
    ):
        start -= 1
    if k < 1 or doc[k].lower_ != "and" or start == k or start == 0:
        return [], span
    word = doc[start - 1]
    return ([word], doc[start:k]) if _nationals(word, gazetteer) else ([], span)


def _an_actors_part(office: Token) -> bool:
    """ "as" after a verb of casting ("the film stars X as the President", "portrayed ... as",
    "was cast as"), itself or through the name it hangs on: an actor's part, no office."""
    head = office.head
    if head.pos_ in ("PROPN", "NOUN") and head.head.i != head.i:
        head = head.head
    return head.lower_ in _CASTING


def _as_office(span: Span) -> list[Token]:
    """The office a clause gives the person with "as": "succeed X as Scotland manager",
    "X resigned as Wales coach", "replaced as England captain by X"; the words of the
    office up to its noun, when that is a title or an occupation. Not the subject of a
    verb whose object is someone else ("X replaced Y as captain": Y held it)."""
    root = span.root
    offices = [c for c in root.children if c.lower_ == "as" and c.dep_ == "prep"]
    verb = root.head
    if root.dep_ == "pobj" and verb.lower_ == "by":  # the passive's agent
        holder = verb.head
        if holder.dep_ == "pobj" and holder.head.lower_ == "as":
            offices.append(holder.head)
        verb = holder
    if root.dep_ in ("dobj", "nsubjpass", "pobj") or (
        root.dep_ == "nsubj" and not any(c.dep_ == "dobj" and _someone(c) for c in verb.children)
    ):
        offices += [c for c in verb.children if c.lower_ == "as" and c.dep_ == "prep"]
    # a relative clause on the name: "X, who served as US ambassador to Peru"
    for clause in (c for c in root.children if c.dep_ == "relcl"):
        if any(s.dep_ == "nsubj" and s.tag_ == "WP" for s in clause.children) and not any(
            c.dep_ == "dobj" and _someone(c) for c in clause.children
        ):
            offices += [c for c in clause.children if c.lower_ == "as" and c.dep_ == "prep"]
    for office in offices:
        if _an_actors_part(office):
            continue
        noun = next((c for c in office.children if c.dep_ == "pobj"), None)
        if noun is None or noun.pos_ not in ("NOUN", "PROPN"):
            continue  # a person's noun the model may tag as a name ("as Britain's first MP")
        if for_a_person(noun):
            return _own_modifiers(noun)
    return []


def _someone(word: Token) -> bool:
    """An object the "as" may be said of: anything but a place or a body named ("visited
    the White House as Peru's leader"); a person ("replaced him as captain") or a thing
    ("described the squad as Wales's best players") may be what "as" describes."""
    return not (word.pos_ == "PROPN" and word.ent_type_ in ("GPE", "FAC", "LOC", "ORG"))


def for_a_person(noun: Token) -> bool:
    """A noun for a person, singular or plural ("athletes", "a Briton")."""
    word = noun.lower_
    return noun.pos_ in ("NOUN", "PROPN") and (
        word in PERSON_NOUNS or word.endswith("s") and word[:-1] in PERSON_NOUNS
    )


def _own_modifiers(noun: Token) -> list[Token]:
    """The words before a noun that describe it, not another noun it is said of: in
    "the French company's boss" French is the company's, in "America's most decorated
    athletes" America is theirs; a tie's possessor is the other person ("the Brazilian's
    team-mate")."""
    tokens = [noun]
    for child in noun.children:
        if child.i < noun.i and child.dep_ != "det":
            if (
                child.pos_ == "NOUN"
                and child.dep_ in ("poss", "compound", "nmod")
                and not child.like_num  # "the Croatian 13th seed": an ordinal, no noun
                or child.dep_ == "poss"
                and noun.lower_ in _TIES
            ):
                continue  # "the French company's", "the Irish rock band's", "the Brazilian's"
            tokens += [t for t in child.subtree if t.dep_ != "det"]
    return sorted(tokens, key=lambda t: t.i)


def _demonym(token: Token, gazetteer: Gazetteer) -> bool:
    """A word for a country's people, as a noun or an adjective ("an American", "is
    French", "a Briton", and a people's word beside the dataset's one, which the model
    tags a nationality: "an Argentine" where it has "Argentinean"), not the country or
    a city ("Paris"); also the last of a country's words of two for its people ("a New
    Zealander", "a South African")."""
    if token.i > 0 and _a_peoples_words([token.doc[token.i - 1], token], gazetteer):
        return True
    cid = gazetteer.country_of(token.text)
    return (
        cid is not None
        and not in_a_listed_place_name(token)
        and (
            token.text == gazetteer.countries[cid].demonym
            or token.lower_ in PERSON_NOUNS
            or token.ent_type_ == "NORP"
        )
    )


def _what_they_are(span: Span, gazetteer: Gazetteer) -> list[Token]:
    """What a sentence says the person is: "X is Russia's richest man", "X is one of
    America's most decorated athletes", "X, a former Irish international", "Japanese
    directors including X", "X, the 25-year-old Frenchman", "X, who is French"; the noun
    for a person (or the nationality word) and its own modifiers."""
    root = span.root
    nouns = [c for c in root.children if c.dep_ == "appos" and c.i > root.i]
    verbs = _saying_what_it_is(root)
    nouns += [c for v in verbs for c in v.children if c.dep_ in ("attr", "acomp") and c.i > root.i]
    nouns += _becoming(span)
    # the name as what "be" says a person is: "The only Ireland player in form was X"
    said = root.head
    if (
        root.dep_ in ("attr", "acomp")  # the parse may take the name for an adjective
        and said.lower_ in _BE
        and not any(c.dep_ == "neg" for c in said.children)
    ):
        nouns += [c for c in said.children if c.dep_ == "nsubj" and c.i < root.i]
    # a noun for a person the name is given to: "a scruffy Austrian called X"
    naming = root.head
    if (
        root.dep_ == "oprd"
        and naming.lower_ in _NAMING
        and naming.dep_ == "acl"
        and naming.head.i == naming.i - 1  # not "Wales's coach X named Y", misparsed
    ):
        nouns.append(naming.head)
    # a participle's clause before the name says what it is ("Once considered to be
    # Russia's richest man, X is ...", "Being a Frenchman, X")
    nouns += [
        c
        for clause in fronted_participles(root)
        for v in (clause, *clause.children)
        if v.lower_ in _BE_INFINITE
        for c in v.children
        if c.dep_ in ("attr", "acomp")
    ]
    # the first of names listed ("including X, Y and Z"), through names with no words of
    # their own ("including X and the American Y": Y is described apart)
    listed = root
    while (
        listed.dep_ == "conj"
        and listed.head.pos_ == "PROPN"
        and listed.head.i < listed.i
        and not _described_apart(listed)
    ):
        listed = listed.head
    listing = listed.head if listed.dep_ == "pobj" and not _described_apart(listed) else None
    group = None
    if listing is not None and _lists(listing):
        group = _listed_group(listing)
        if group is not None and listed.i == root.i:
            nouns.append(group)  # "Japanese directors including X"
    appositions = {c.i for c in root.children if c.dep_ == "appos"}
    attributes = {c.i for v in verbs for c in v.children if c.dep_ == "attr" and c.i > root.i}
    for noun in nouns:
        if noun.lower_ == "one":  # "one of America's ..."
            of = [g for c in noun.children if c.lower_ == "of" for g in c.children]
            noun = next((g for g in of if g.dep_ == "pobj"), noun)
        if (
            for_a_person(noun)
            or _demonym(noun, gazetteer)
            or noun.i in appositions
            and _described_by_a_nation(noun, gazetteer)
            or noun.i in attributes
            and _described_by_a_people(noun, gazetteer)
        ):
            return _own_modifiers(noun)
    if group is not None and _a_peoples_plural(group, gazetteer):
        return _own_modifiers(group)
    return []


def _becoming(span: Span) -> list[Token]:
    """What the base form of "become" says the name, a subject, is or will be, when a
    country's possessive or a rank says they already are of it: "X will become Britain's
    youngest-ever Davis Cup player", "X has become ...", "X has beaten Y to become
    France's best-paid actor", "X is bidding to become the first Australian man to win";
    not a bare noun ("X will have to become an Israeli citizen": not one yet). A "to"
    clause is the subject's when its verb has no object, or gets past the object (a
    verb of outdoing); "asked Y to become ..." is said of Y. None denied, and no side's
    staff ("to become Scotland's new coach": a coach may be of any country)."""
    subject = _dashed_apposition(span) or span.root
    if subject.dep_ != "nsubj":
        return []
    verb = subject.head
    verbs = [verb] if verb.lower_ == "become" else []
    if verb.lower_ in _OUTDOING or not any(c.dep_ == "dobj" for c in verb.children):
        verbs += [
            c
            for c in verb.children
            if c.dep_ == "xcomp"
            and c.lower_ == "become"
            and not any(s.dep_ in ("nsubj", "nsubjpass") for s in c.children)
        ]
    return [
        noun
        for v in verbs
        if not any(c.dep_ == "neg" for c in (*v.children, *verb.children))
        for noun in v.children
        if noun.dep_ == "attr" and _owned_or_ranked(noun) and noun.lower_ not in _STAFF
    ]


def _dashed_apposition(span: Span) -> Token | None:
    """The noun set off by a dash right after the name, which the parse may take for the
    head the name describes ("Actor X - star of the film Y - has beaten ...": "star" its
    subject, the name its compound): it stands where the name does."""
    doc = span.doc
    if span.end + 1 >= len(doc) or doc[span.end].text != "-":
        return None
    noun = doc[span.end + 1]
    if (
        noun.pos_ in ("NOUN", "PROPN")
        and all(t.head.i == noun.i for t in span if t.dep_ == "compound")
        and span.root.head.i == noun.i
    ):
        return noun
    return None


def _owned_or_ranked(noun: Token) -> bool:
    """A noun a possessive owns ("Britain's youngest player") or a rank describes ("the
    first Australian", "the youngest Briton")."""
    return any(
        c.dep_ == "poss" or c.ent_type_ == "ORDINAL" or c.tag_ == "JJS"
        for c in noun.children
        if c.i < noun.i
    )


def _listed_group(listing: Token) -> Token | None:
    """The plural noun a word that lists examples stands on ("directors including X"),
    or, after a comma, the plural one a relative clause the parse hangs it inside is on:
    "British stars who appear on the record, such as X and Y" (the parse hangs "such as"
    on "record"), as the comma closes that clause."""
    noun = listing.head
    if noun.tag_ == "NNS":
        return noun
    first = listing.left_edge
    if first.i == 0 or listing.doc[first.i - 1].text != ",":
        return None
    while noun.dep_ in ("pobj", "prep", "dobj") or noun.pos_ in ("VERB", "AUX"):
        if noun.dep_ == "relcl":
            return noun.head if noun.head.tag_ == "NNS" else None
        if noun.head.i == noun.i:
            return None
        noun = noun.head
    return None


def _lists(word: Token) -> bool:
    """A word that lists examples of the noun it hangs on: "including", "like", the "as"
    of "such as" ("Japanese directors such as X and Y")."""
    return word.lower_ in _LIST_WORDS or (
        word.lower_ == "as" and any(c.lower_ == "such" for c in word.children)
    )


def fronted_participles(subject: Token) -> list[Token]:
    """The participles' clauses with no subject of their own before a subject, which
    are said of it: "Reacting to a remark by X, the American said", "Once considered to
    be Russia's richest man, Y is"."""
    if subject.dep_ not in ("nsubj", "nsubjpass"):
        return []
    return [
        clause
        for clause in subject.head.children
        if clause.dep_ == "advcl"
        and clause.i < subject.i
        and clause.tag_ in ("VBG", "VBN")
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children)
    ]


def _a_peoples_plural(noun: Token, gazetteer: Gazetteer) -> bool:
    """A plural, written lower-case, right after a people's word, before names listed
    with "including": each of them is of that country ("Irish nominees, including X, Y and
    Z"), whatever the noun. Not a country's name ("Iraq hostages" were held there), nor a
    people's word that describes another noun first ("Spanish firm bosses": the firm's),
    nor an organisation's plural ("US firms")."""
    word = noun.lower_
    before = noun.doc[noun.i - 1] if noun.i > 0 else None
    return (
        before is not None
        and noun.tag_ == "NNS"
        and noun.text.islower()
        and not (word.endswith("s") and word[:-1] in _ORGANISATION_NOUNS)
        and before.head.i == noun.i
        and before.dep_ in ("amod", "compound")
        and before.ent_type_ == "NORP"
        and gazetteer.country_of(before.text) is not None
    )


def _described_apart(name: Token) -> bool:
    """A listed name with a determiner or an adjective of its own ("the American Y"):
    the words before the list are not what describes it."""
    return any(c.dep_ in ("det", "amod") for c in name.children)


def _described_by_a_nation(noun: Token, gazetteer: Gazetteer) -> bool:
    """A common noun in the singular, written lower-case, that a country's word describes:
    in apposition to a person's name it says what that person is, whatever the noun ("X,
    a South African shipping magnate", "X, the Dutch fifth seed"); a word list of nouns for a
    person would never hold them all. Not an organisation's noun ("X, the German
    company's boss": the company's country)."""
    return (
        noun.tag_ in ("NN", "NNP")
        and noun.text.islower()
        and noun.lower_ not in _ORGANISATION_NOUNS
        and any(
            c.ent_type_ in ("NORP", "GPE")
            and gazetteer.country_of(cached.span_text(noun.doc, c.left_edge.i, c.i + 1)) is not None
            for c in _describing(noun)
        )
    )


def _described_by_a_people(noun: Token, gazetteer: Gazetteer) -> bool:
    """What "be" says a person is, a noun a people's word right before it describes: "X
    is an Indian blogger", "X was a young Polish plumber". Not a country's name, which
    says less of the person ("X is a Brazil fan", "an Iraq veteran"); not a word before
    another, which may describe that one ("X is a Chinese restaurant owner", "a German
    shepherd breeder", whatever the parse says); not a noun a language describes as well
    ("X is a Spanish teacher"). The word right before the noun is one the model tags a
    people's (NORP); the country is what `_described_by_a_nation` reads."""
    return (
        noun.lower_ not in _LANGUAGE_NOUNS
        and _described_by_a_nation(noun, gazetteer)
        and any(c.i == noun.i - 1 and c.ent_type_ == "NORP" for c in _describing(noun))
    )


def _describing(noun: Token) -> list[Token]:
    """The words right before a noun that describe it, and those that describe a number
    or an ordinal before it: "the Croatian 13th seed" (the parse hangs "Croatian" on
    "13th"); not a noun's ("the Chinese internet expert": the internet's, maybe)."""
    words = [c for c in noun.children if c.dep_ in ("amod", "compound") and c.i < noun.i]
    return words + [
        g
        for c in words
        if c.like_num
        for g in c.children
        if g.dep_ in ("amod", "compound") and g.i < c.i
    ]


def _country_after(span: Span, gazetteer: Gazetteer) -> str | None:
    """A country by its name right after the name, as results and lists write it: "Ada
    Moss of Kenya", "Lena Ortiz (Canada)", "Rob Keane (UK)", "Tom Hale (Australia,
    capt)", "Eva Lind of the Netherlands" (a name that takes "the"); not a city or an
    institution standing for a government ("of Washington", "of Downing Street")."""
    doc = span.doc
    if span.end + 2 >= len(doc) or doc[span.end].lower_ not in ("of", "("):
        return None
    first = span.end + 1
    if doc[span.end].lower_ == "of" and doc[first].lower_ == "the":
        first += 1
    end = first
    while end < len(doc) and doc[end].text[:1].isupper() and end - first < 3:
        end += 1
    if doc[span.end].text == "(" and not _closes(doc, end):
        return None
    words = doc[first:end]
    if doc[span.end].text == "of" and (end < len(doc) and doc[end].text in _POSSESSIVE):
        return None  # "of Spain's biggest bank"
    cid = gazetteer.country_of(words.text) if words else None
    if cid is None and doc[span.end].text == "of" and _titled(span):
        cid = gazetteer.ambiguous_country(words.text)  # "King Abdullah of Jordan"
    if cid is None:
        return None
    country = gazetteer.countries[cid]
    code = words.text.isupper() and (
        doc[span.end].text == "("  # "Doris Lessing (UK)"
        or first > span.end + 1
        and _ends_a_phrase(doc, end)  # "Andy Roddick of the USA."
    )
    named = words.text == country.name or words.text in country.parts | country.initialled
    return cid if code or named else None


def _titled(span: Span) -> bool:
    """A title written right before the name ("King Abdullah", "President Idriss Deby"):
    a country after "of" is then whose head or official they are, and not a name (a
    place's name that is also a person's, "of Jordan", is the place). Not a side's
    staff ("Coach X of Jordan" may coach a club of that name)."""
    word = span.doc[span.start - 1] if span.start > 0 else None
    return (
        word is not None
        and word.is_title
        and word.lower_ in TITLE_WORDS
        and word.lower_ not in _STAFF
    )


def _ends_a_phrase(doc: Doc, end: int) -> bool:
    """Nothing the words before `end` describe follows them: not "of the US firm Acme"
    (the firm's country), but "of the USA in the final", "of the UK, 6-4"."""
    return end == len(doc) or doc[end].pos_ in ("PUNCT", "ADP", "CCONJ", "NUM", "VERB", "AUX")


def _closes(doc: Doc, end: int) -> bool:
    """A bracket closes at `end`, or after a lower-case note on the person ("(Australia,
    capt)" on a team sheet); not after more names ("(Leeds, England)")."""
    if end < len(doc) and doc[end].text == ",":
        end += 1
        while end < len(doc) and doc[end].is_lower:
            end += 1
    return end < len(doc) and doc[end].text == ")"


def _country_from(span: Span, gazetteer: Gazetteer) -> str | None:
    """The one country a "from" phrase on the name, or on a noun in apposition to it,
    names: "X, from Brazil", "X, 34, from Germany", "X, a teacher from Ontario in
    Canada", "X, from Toronto, Canada" (the town's country set beside it); so does an
    "of" after the person's age, where news gives the home town ("X, 37, of Auckland,
    New Zealand"). By the country's name, a nation of it or a code; a capital only as
    the last place the phrase names and when the article names its country in other
    words ("X, 29, from north London" in a story that says "British" or "UK"): a capital
    is a town's name elsewhere too ("from Wellington in Somerset", "from London,
    Ontario", "from Plymouth" in a story that never names Montserrat). A "from" after
    names listed with "and" or commas says it of each of them ("X and Y, from Brazil":
    the parse hangs it on X), one said before a name is not that name's ("X, from Peru,
    and Y")."""
    root = span.root
    holders = [root, *(c for c in root.children if c.dep_ == "appos" and c.i > root.i)]
    listed = root
    while listed.dep_ == "conj" and listed.head.pos_ == "PROPN" and listed.head.i < listed.i:
        listed = listed.head
        holders.append(listed)
    found: set[str] = set()
    for holder in holders:
        for prep in (c for c in holder.children if _of_home(c)):
            if prep.i < root.i:
                continue
            for t in prep.subtree:
                if t.pos_ != "PROPN" or not (t.dep_ == "pobj" or _beside_a_town(t)):
                    continue
                start = t.i
                while start > prep.i + 1 and t.doc[start - 1].dep_ == "compound":
                    start -= 1
                while (
                    start < t.i
                    and t.doc[start].lower_ in _AREAS
                    and gazetteer.country_of(cached.span_text(t.doc, start, t.i + 1)) is None
                ):
                    start += 1  # "north London", not "South Korea"
                words = cached.span_text(t.doc, start, t.i + 1)
                cid = gazetteer.country_of(words)
                if cid is None:
                    continue
                country = gazetteer.countries[cid]
                if (
                    # a name a region of another country has too ("a congressman from
                    # Georgia") only when the article names the country in other words
                    words == country.name
                    and (
                        words not in _REGION_NAMES
                        or _named_in_other_words(t.doc, cid, words, gazetteer)
                    )
                    or words in country.parts
                    or words.isupper()
                    or words == country.capital
                    and _the_last_place(t)
                    and _named_in_other_words(t.doc, cid, words, gazetteer)
                ):
                    found.add(cid)
    return found.pop() if len(found) == 1 else None


def _the_last_place(town: Token) -> bool:
    """No other place follows the town's name in its phrase: not "London, Ontario",
    "Wellington in Somerset", "Kingston near Leeds"."""
    doc, after = town.doc, town.i + 1
    if town.right_edge.i > town.i or after < len(doc) and doc[after].lower_ in ("in", "near"):
        return False
    return not (after + 1 < len(doc) and doc[after].text == "," and doc[after + 1].pos_ == "PROPN")


def _named_in_other_words(doc: Doc, cid: str, capital: str, gazetteer: Gazetteer) -> bool:
    """The article names the country by another word than `capital` (its capital's name,
    or a name a region has too): its name, a short form or its people's word ("UK",
    "British", "Georgian")."""
    for i, word in enumerate(doc):
        if not word.text[:1].isupper() or word.text == capital:
            continue
        for end in range(i + 1, min(i + 4, len(doc) + 1)):
            if gazetteer.country_of(cached.span_text(doc, i, end)) == cid:
                return True
    return False


def _of_home(prep: Token) -> bool:
    """A preposition that gives where a person is from: "from", or "of" right after
    their age set off by commas ("X, 37, of Leeds"; "X of Acme" is their employer's)."""
    if prep.dep_ != "prep" or prep.lower_ not in ("from", "of"):
        return False
    if prep.lower_ == "from":
        return True
    doc = prep.doc
    return (
        prep.i >= 3
        and doc[prep.i - 1].text == ","
        and doc[prep.i - 2].like_num
        and doc[prep.i - 3].text == ","
    )


def _beside_a_town(word: Token) -> bool:
    """A proper name set beside a place's, after a comma, that says where the place is:
    "Canada" of "from Toronto, Canada"."""
    town, first = word.head, word.left_edge
    return (
        word.dep_ == "appos"
        and town.dep_ == "pobj"
        and town.pos_ == "PROPN"
        and first.i > town.i
        and word.doc[first.i - 1].text == ","
    )


def _homeland(span: Span, gazetteer: Gazetteer) -> str | None:
    """The one country the person's own clause calls theirs with "his" or "her", a word of
    origin and a preposition of where ("X left Boca Juniors in his native Argentina", "X
    played for his native Brazil"); not when the clause has anyone else the pronoun may
    be: a name, a pronoun, a noun for a person, a subject joined to the person's ("X beat
    Y in his native Chile", "X and his wife moved to her native Sweden"), nor in a clause
    with a subject of its own ("X said he had left his native Peru"), nor a country played
    against ("X scored against his native Brazil": not a preposition of `homeland`)."""
    root = span.root
    if root.dep_ not in ("nsubj", "nsubjpass") or any(c.dep_ == "conj" for c in root.children):
        return None
    verb = root.head
    lowers = cached.lowers(span.doc)  # most clauses have no such word: not read word by word
    if not any(lowers[i] in _HOMELAND for i in range(verb.left_edge.i, verb.right_edge.i + 1)):
        return None
    found: set[str | None] = set()
    for word in verb.subtree:
        if word.i in range(span.start, span.end):
            continue
        if (
            word.ent_type_ == "PERSON"
            or word.pos_ == "PRON"
            and word.dep_ != "poss"
            or word.pos_ == "NOUN"
            and for_a_person(word)
        ):
            return None
        place = word.head
        if (
            word.lower_ in _HOMELAND
            and word.dep_ == "amod"
            and place.dep_ == "pobj"
            and place.head.lower_ in _HOMELAND_PREPOSITIONS
            and clause_of(place).i == verb.i
        ):
            owners = [c for c in place.children if c.dep_ == "poss"]
            if len(owners) == 1 and owners[0].lower_ in _GENDERED and place.pos_ == "PROPN":
                found.add(_whole_name(place, gazetteer))
    found.discard(None)
    return found.pop() if len(found) == 1 else None


def _whole_name(word: Token, gazetteer: Gazetteer) -> str | None:
    """The country a proper name ending at `word` is, by its name or a nation's ("his
    native New Zealand", "her native Scotland"), not another name that stands for it."""
    start = word.i
    while start > 0 and word.doc[start - 1].dep_ == "compound":
        start -= 1
    words = cached.span_text(word.doc, start, word.i + 1)
    cid = gazetteer.country_of(words)
    if cid is None:
        return None
    country = gazetteer.countries[cid]
    return cid if words == country.name or words in country.parts | country.aliases else None


def origin(span: Span, gazetteer: Gazetteer) -> str | None:
    """The country the words right at a name give as the person's own, not an office's or
    a side's: a people's word right before it ("Argentine X"; not "Scotland coach X",
    "South African-born batsman X"), "X of Croatia", "X (Canada)", "X, from Brazil"."""
    word = span.doc[span.start - 1] if span.start > 0 else None
    if (
        word is not None
        and word.text[:1].isupper()
        and _peoples_word(word, gazetteer)
        and not in_a_listed_place_name(word)
        and (cid := gazetteer.country_of(word.text)) is not None
    ):
        return cid
    return _country_after(span, gazetteer) or _country_from(span, gazetteer)


def _own_beside_a_side(tokens: list[Token], gazetteer: Gazetteer) -> str | None:
    """The country of a people's word on a staff word when another country's name owns
    that staff ("Scotland's Australian coach X": Australia, the side Scotland's)."""
    owners = {
        gazetteer.country_of(t.text) for t in tokens if t.dep_ == "poss" and t.head.lower_ in _STAFF
    }
    for word in tokens:
        cid = gazetteer.country_of(word.text)
        if (
            cid is not None
            and word.dep_ == "amod"
            and word.head.lower_ in _STAFF
            and _peoples_word(word, gazetteer)
            and owners - {None, cid}
        ):
            return cid
    return None


def _tied_to_another(tokens: list[Token], gazetteer: Gazetteer) -> bool:
    """A phrase for someone by a tie to another person ("the French captain's brother",
    "the wife of the Spanish ambassador", "the Brazilian's team-mate"), a country's word in
    it not describing the tie itself: the country is the other person's. "the Swedish wife
    of a banker" is hers."""
    inside = {t.i for t in tokens}
    heads = [t for t in tokens if t.head.i not in inside or t.head.i == t.i]
    return (
        len(heads) == 1
        and heads[0].lower_ in _TIES
        and any(
            (t.head.i != heads[0].i or t.dep_ == "poss")
            and gazetteer.country_of(t.text) is not None
            for t in tokens
            if t.text[:1].isupper()
        )
    )


def _of_staff(tokens: list[Token]) -> bool:
    """Words naming a side's or a body's staff ("Scotland coach", "Wales assistant
    coach", "former England manager"): the country they name is what the person works
    for, not always theirs (an Australian may coach Scotland)."""
    return any(t.lower_ in _STAFF for t in tokens)


def described(span: Span, gazetteer: Gazetteer, before: CountryBefore) -> list[Described]:
    """Roles and countries as written around this mention; the country stays in the role."""
    found = []
    left = _left_modifiers(span, gazetteer)
    # `placed`: the words run right up to the name (`_country_at`)
    for placed, words in (
        (True, left),
        (False, _own_words(_apposition(span), span)),
        (False, _preceding_role(span)),
    ):
        tokens = _before_a_list(words)
        if tokens and _has_title(tokens):
            role, country = _normalise(tokens, span, gazetteer, before, placed)
            if _tied_to_another(tokens, gazetteer):
                country = None
            found.append(Described(role, country, _of_staff(tokens)))
            if own := _own_beside_a_side(tokens, gazetteer):
                found.append(Described(None, own))
    office = _stated_office(span, gazetteer)
    if office:
        found.append(Described(None, office))
    occupation = _occupation(left, gazetteer) if not _has_title(left) else None
    if occupation:
        found.append(Described(occupation, None))
    shared, first = ([], span) if left else _shared_modifiers(span, gazetteer)
    for tokens, mention in (
        (left or shared, first),
        (_as_office(span), span),
        (_what_they_are(span, gazetteer), span),
        (_preceding_description(span, gazetteer), span),
    ):
        country = _nationality(tokens, mention, gazetteer, before)
        if country:
            found.append(Described(None, country, _of_staff(tokens)))
    for country in (
        _country_after(span, gazetteer),
        _country_from(span, gazetteer),
        _homeland(span, gazetteer),
        national_side(span, gazetteer),
    ):
        if country:
            found.append(Described(None, country))
    return found
