"""Which of an article's name clusters are people, weighing every mention of each.

A name marked as a person (a title or honorific right before a mention, a role) is one.
An unmarked name is none when some mention shows an organisation, a place or a picture
credit, or the article writes the name with "the" ("the Lib Dems"). A full name is
then a person; a lone word needs a sign of one, and the model's
labels for its other mentions must not say otherwise: on news copy a lone word tagged
PERSON is often a club, firm or place ("Chelsea", "Valve", "Woolwich"). What the article
alone cannot settle is a candidate, for the corpus stage: the registry's people are not
read here, since an article's digest must not depend on `people.yaml`.
"""

from __future__ import annotations

import re
from functools import cached_property
from typing import TYPE_CHECKING, Literal

from generator import lexicon
from generator.article import cached
from generator.article.entities.clusters import Mention, PersonCluster
from generator.article.entities.evidence import (
    ORGANISATION_NOUNS,
    Labels,
    a_fixtures_side,
    a_groups_plural,
    a_peoples_plural,
    a_place,
    a_works_maker,
    abbreviated,
    among_firms,
    article_led,
    coded,
    common_nouns,
    credited,
    definite,
    determined,
    holds_a_title_word,
    in_a_part,
    in_a_title,
    in_title_case,
    indefinite,
    inside_a_name,
    kind_before,
    linked,
    made_by_its_makers,
    measured,
    modifier_only,
    numbered,
    on_sale,
    ordinal_led,
    organisation_context,
    organisation_prefixes,
    owns_a_work,
    performed,
    placed,
    plural_subject,
    possessed,
    quoted,
    renamed,
    represented,
    short_forms,
)
from generator.article.entities.firms import (
    after_a_firms_capitals,
    firm_sign,
    firms_name,
    holding_modifier,
    led_by_a_firms_word,
)
from generator.article.entities.listed import listed_with_people
from generator.article.entities.spans import (
    HONORIFICS,
    PARTICLES,
    TITLE_WORDS,
    a_part_played,
    after_a_person_noun,
    after_a_plural_title,
    aged,
    described_before,
    given_name,
    he_in_clause,
    honoured,
    its_in_clause,
    its_own_in_clause,
    signs_a_quote,
    speaks,
    speaks_as_one,
    titled,
    undergoes_as_a_person,
    which,
    who,
    with_other_people,
)
from generator.article.entities.writers import a_writers
from generator.article.person_words import PERSON_NOUNS
from generator.article.roles import market_leader
from generator.settings import (
    EVERYDAY_NAME_WORD_MIN,
    FIRMS_LISTED_MIN,
    PEOPLE_LISTED_MIN,
    VERB_LED_LETTERS_MIN,
)
from generator.text.names import (
    addressed_gender,
    counted_name_gender,
    everyday_word,
    fold,
)

if TYPE_CHECKING:  # the language model is imported only by runs that parse
    from spacy.tokens import Doc, Token

__all__ = ["Judgement", "Verdict"]

TRADE_NOUNS = lexicon.words("titles", "trade_nouns")
MAKER_NOUNS = lexicon.words("names", "maker_nouns")
KIND_ENDINGS = lexicon.words("names", "kind_endings")
_JUDGING = lexicon.words("speech", "characterising")  # "accuse", "praise", "slam"
_RELATIONAL = lexicon.words("titles", "relational")  # "spokesman", "lawyer", "son"
# a numeral after a thing's name: "World War II", "Final Fantasy XV", "Galaxy 7"
_NUMERAL = re.compile(r"[IVXLC]+|\d+")
# the model's labels for what a person's name is never listed among
_THING_LABELS = frozenset({"ORG", "PRODUCT", "WORK_OF_ART", "EVENT", "FAC"})

# the labels of a place or a people: "Ann Lee (Spain)", "Tom Hale (Welsh)"
_PLACE_LABELS = frozenset({"GPE", "LOC", "NORP"})
# what may end a bracket's name before its ")": "Eva Marr (Fond Kiss... )"
_BRACKET_STOPS = frozenset({".", "...", "…"})

Judgement = Literal["person", "candidate", "none"]


def _a_type(honorific: Token) -> bool:
    """An honorific after "the", as a nickname for a type of person is written ("the Mr
    Grumpy of cookery"): a named person is "Mr Hale", "the Rev. Hale" a title."""
    return honorific.i > 0 and honorific.doc[honorific.i - 1].lower_ == "the"


def _speaks_or_judges(token: Token) -> bool:
    """The subject of a verb of saying or of judging ("the Lib Dems accuse X of ...")."""
    return speaks(token) or token.dep_ == "nsubj" and token.head.lower_ in _JUDGING


def _of_everyday_words(form: str) -> bool:
    """A name of two words or more whose every word but a numeral is an everyday word
    (`everyday_word`): "Car Wash", "Road Residence", "Final Fantasy XV". Of the people
    listed from the 2,127 BBC articles, those so named are 33, all things but Tiger Woods
    and names with an initial ("G Poll", "L Deacon"), which a letter of one keeps out
    (a numeral only follows the first word)."""
    first, *rest = form.replace("-", " ").split()
    return (
        bool(rest)
        and everyday_word(first)
        and all(everyday_word(w) for w in rest if not _NUMERAL.fullmatch(w))
    )


def _everyday_after_first(form: str) -> bool:
    """A word of the name after its first is an everyday word (`everyday_word`) of
    `EVERYDAY_NAME_WORD_MIN` letters or more, not a particle nor the word after one
    ("Qaboos bin Said"): a given name missing from the lists may be one ("Piers", "Law"),
    a surname seldom is, as `common_words` leaves out the words WordNet also writes as a
    person's name ("baker", "brown"), and a syllable of an East Asian name is short.
    Not after a first word some list gives a gender (`_a_given_name`): a given name the
    common lists lack before an everyday surname ("Charlotte Church", "Lewis Marrow")."""
    words = form.replace("-", " ").split()
    return not _a_given_name(words[0]) and any(
        len(word) >= EVERYDAY_NAME_WORD_MIN and everyday_word(word)
        for before, word in zip(words, words[1:], strict=False)
        if before.lower() not in PARTICLES and word.lower() not in PARTICLES
    )


def _a_given_name(word: str) -> bool:
    """A word some list of given names gives a gender: the hand lists' (with their short
    forms, `addressed_gender`) or the US births' counts."""
    return bool(addressed_gender(word) or counted_name_gender(word))


def _tied_to(token: Token) -> bool:
    """The one a word for someone tied to a person is of or for ("a spokesman for Ray
    Lane", "the son of Ray Lane"): a person's sign a thing's name seldom has."""
    prep = token.head
    return (
        token.dep_ == "pobj"
        and prep.lower_ in ("for", "of")
        and prep.head.lower_ in _RELATIONAL
        and prep.head.is_lower
    )


def _titled_in_words(token: Token) -> bool:
    """A title apposition (`titled`) whose title word is written in lower case ("X, the
    club's manager"): a list of titles is parsed as one apposition, its capitalised
    words read as a title ("Final Fantasy XV, Football Manager 2020")."""
    return titled(token) and not any(
        t.is_title
        for c in token.children
        if c.dep_ == "appos"
        for t in c.subtree
        if t.lower_ in TITLE_WORDS
    )


def _verb_led(name: str) -> bool:
    """A name of more than one word led by a word in -ing, as the titles of works and
    the names of bodies and acts are ("Chasing Liberty", "Hunting Act"), never a first
    name of this length ("Ming", "Jing": see `settings.VERB_LED_LETTERS_MIN`)."""
    first, *rest = name.split()
    return bool(rest) and first.endswith("ing") and len(first) >= VERB_LED_LETTERS_MIN


class Verdict:
    """The article's evidence, gathered once, and the decision for each cluster."""

    def __init__(self, doc: Doc, clusters: list[PersonCluster], listed: set[int]) -> None:
        self.doc = doc
        self.listed = listed  # where names of a roster start: people by the list they are in
        self.labels = Labels.of(doc)
        self.short_forms = short_forms(doc)
        self.determined = determined(doc)
        self.prefixes = organisation_prefixes(doc)
        # tokens of full names: a lone word listed with one is a person too
        self.named = {
            i for c in clusters if c.full_forms for m in c.mentions for i in range(m.start, m.end)
        }
        self.clusters = clusters

    def _marked(self, cluster: PersonCluster) -> bool:
        """A title or an honorific right before a mention, an honour's letters or an age
        after it, a part a person plays (`a_part_played`), a role, a place on a roster,
        or a word for a person the name is in apposition to, an example of, or right
        after ("R&B star Nelly", "his wife Ffion", unless a mention is a firm's). A
        mention alone in quotation marks gives none of these: a nickname or a title is
        written so ("called the winner “Miss Piggy”"), unless a common given name leads
        it and the model tags it a person's ("a letter signed “Dr Ann Keller”")."""
        if cluster.roles or any(m.start in self.listed for m in cluster.mentions):
            return True
        # nor does a credit's label ("(Artist: Elearia)": whoever drew the picture)
        mentions = [
            m
            for m in cluster.mentions
            if not self._a_nickname(m) and not credited(self.doc[m.start : m.end])
        ]
        if any(after_a_person_noun(self.doc[m.end - 1], titles=False) for m in mentions):
            return True  # "her son Tom", "writers like Ovid"
        if any(self._described(m) for m in mentions) and not self._used_as_a_firms(cluster):
            return True  # "R&B star Nelly", "his wife Ffion"
        if any(honoured(self.doc[m.start : m.end]) for m in mentions):
            return True  # "Ann Lee QC", "Tom Hale OBE": an honour's letters
        if any(aged(self.doc[m.end - 1]) for m in mentions):
            return True  # "Scott, 22, smashed his best": an age
        if any(a_part_played(self.doc[m.end - 1]) for m in mentions):
            return True  # "Kay Orr, who played Phoebe in the sitcom": a character
        if any(after_a_plural_title(self.doc[m.end - 1]) for m in mentions):
            return True  # "Lord Justices Hale and Penn": a title's plural
        for mention in mentions:
            before = self.doc[mention.start - 1] if mention.start > 0 else None
            if (
                before is not None
                and (
                    before.lower_ in HONORIFICS
                    and not _a_type(before)  # "the Mr Grumpy of cookery": no one
                    or before.lower_ in TITLE_WORDS
                    and not market_leader(before)  # "market leader Orbis": a firm
                )
                and mention.start
                <= before.head.i
                < mention.end  # not "the major Manchester hotels"
            ):
                return True
        return False

    def _everyday_only(self, cluster: PersonCluster) -> bool:
        """A full name of everyday words (`_of_everyday_words`: "Road Residence", "Final
        Fantasy XV") with no sign of a person of its own: no honorific before it, no word
        for a person describing it ("rapper Ice Spice"), no "he" or "she" after it, no
        age, honour, "who" or title apposition in words (`_titled_in_words`), no one
        acting for it or of its family (`_tied_to`: "a spokesman for Ray Lane"), no
        plural for people after it (`with_other_people`: "Ray Lane among other stars"). A
        role or a list is no such sign here: a title word beside a thing's name is read
        as its role ("King Road Residence", "Football Manager 2020, Final Fantasy XV"),
        and games, dishes and places are listed as people are."""
        if not cluster.full_forms or not all(map(_of_everyday_words, cluster.full_forms)):
            return False
        return not self._own_sign(cluster)

    def _own_sign(self, cluster: PersonCluster) -> bool:
        """A sign of a person a thing's name never has: an honorific before a mention, a
        word for a person describing it, "he" or "she" after it, an age, an honour, "who"
        or a title apposition in words, someone acting for it or of its family, a plural
        for people after it, a quote it signs, a work it makes (see `_everyday_only`)."""
        doc = self.doc
        for mention in cluster.mentions:
            span, last = doc[mention.start : mention.end], doc[mention.end - 1]
            before = doc[mention.start - 1].lower_ if mention.start > 0 else ""
            if (
                before in HONORIFICS
                or self._described(mention)
                or after_a_person_noun(last, titles=False)
                or honoured(span)
                or aged(last)
                or _titled_in_words(last)
                or _tied_to(last)
                or who(last)
                or with_other_people(last)
                or undergoes_as_a_person(last)
                or signs_a_quote(span)
                or a_works_maker(span)
            ):
                return True
        return self._as_one(cluster)

    def _an_offices_field(self, mention: Mention) -> bool:
        """Between two capitalised words of a title, as an office's field is written
        ("the Chief Medical Information Officer at Kaiser", "Deputy Health Secretary"):
        the office's words, no one's name; a person's name is followed by no title."""
        doc = self.doc
        if mention.start == 0 or mention.end >= len(doc):
            return False
        return all(
            t.text.istitle() and t.lower_ in TITLE_WORDS
            for t in (doc[mention.start - 1], doc[mention.end])
        )

    def _led_by_a_kind(self, cluster: PersonCluster) -> bool:
        """Some mention in full opens with a noun for a kind of organisation, capitalised
        into the name ("League Baseball" of "Major League Baseball", whose "Major" the
        finder read as a title; "Bookmaker Ladbrokes"): no person's name opens so. None
        of the people listed from the 2,127 BBC articles, PolNeAR or the extraction
        pages does."""
        return any(
            " " in m.text
            and self.doc[m.start].text.istitle()
            and self.doc[m.start].lower_ in ORGANISATION_NOUNS
            for m in cluster.mentions
        )

    def _described(self, mention: Mention) -> bool:
        """Right after a word for a person that describes it (`described_before`), not
        a plural naming a group ("rock veterans New Order": a band, `a_groups_plural`)."""
        span = self.doc[mention.start : mention.end]
        return described_before(self.doc, mention.start, mention.end) and not a_groups_plural(span)

    def _used_as_a_firms(self, cluster: PersonCluster) -> bool:
        """Some mention is used as a firm's ("shares in Orbis", "Orbis said its sales
        rose"): "the dotcom star Orbis" is no one, whatever word describes it."""
        return any(
            firm_sign(self.doc[m.start : m.end]) or its_in_clause(self.doc[m.end - 1])
            for m in cluster.mentions
        )

    def _a_nickname(self, mention: Mention) -> bool:
        """Alone in quotation marks, with no common given name tagged a person's first."""
        span = self.doc[mention.start : mention.end]
        return quoted(span) and not (given_name(span[0]) and span[-1].ent_type_ == "PERSON")

    def _shown_otherwise(self, cluster: PersonCluster) -> bool:
        """Some mention shows an organisation, a place or a picture credit; of a full
        name, a mention in full ("an O'Sullivan" may be another of the family)."""
        mentions = [m for m in cluster.mentions if not cluster.full_forms or " " in m.text]
        spans = [self.doc[m.start : m.end] for m in mentions]
        return (
            any(
                organisation_context(s)
                or inside_a_name(s)
                or abbreviated(s)
                or indefinite(s)
                or definite(s)
                or possessed(s)
                or in_a_part(s)
                or credited(s)
                or a_place(s)
                or plural_subject(s)
                or among_firms(s)
                or a_groups_plural(s)
                or a_fixtures_side(s)
                or numbered(s)
                or ordinal_led(s)
                or firms_name(s)
                or led_by_a_firms_word(s)
                or holds_a_title_word(s)
                or renamed(s)
                or performed(s)
                or measured(s)
                or coded(s)
                or represented(s)
                for s in spans
            )
            or any(fold(m.text) in self.short_forms for m in mentions)
            or any(self._a_things_short_form(m, cluster) for m in cluster.mentions)
            or any(self._owner_before_a_name(m, bool(cluster.full_forms)) for m in mentions)
            and not self._a_persons_full_name(cluster)
            or any(fold(m.text).removesuffix("s") in self.determined for m in mentions)
            or all(in_a_title(s) for s in spans)  # a headline in title case may name someone
            or all(quoted(s) for s in spans)  # "“Peter Pan” and “Cinderella”": titles
            or all(linked(s) for s in spans)  # another story's headline under the article
            or all(article_led(s) for s in spans)
            or all(a_peoples_plural(s) for s in spans)  # "Hispanics are": a people
            or bool(cluster.full_forms)
            and (self._a_sides_plural(cluster) or self._short_form_plural(cluster))
            or not cluster.full_forms
            and (
                any(placed(s) for s in spans)
                or self.labels.outvoted(cluster.name)
                and not self._gendered(cluster)
            )
        )

    def _a_things_short_form(self, mention: Mention, cluster: PersonCluster) -> bool:
        """The last word of a full name alone, right after "the" governing it, nothing
        between ("Sonos Move ... through the Move"): a thing's or a side's short name. A
        person's surname takes "the" only as a likeness ("the Pele of rugby", its "of"
        after it), as a side of them ("be the Clinton who shines") or in the plural for
        a family ("the Beckhams"); a name before a noun ("the Bond films") is the noun's."""
        span = self.doc[mention.start : mention.end]
        after = self.doc[mention.end] if mention.end < len(self.doc) else None
        return (
            len(span) == 1
            and any(full.split()[-1] == span.text for full in cluster.full_forms)
            and span[0].tag_ not in ("NNS", "NNPS")
            and span[0].dep_ not in ("compound", "poss", "amod", "nmod")
            and definite(span)
            and (after is None or after.lower_ != "of")
            and not who(span[0])
        )

    def _gendered(self, cluster: PersonCluster) -> bool:
        """Some lone mention is the subject of a clause that goes on to "he" or "she", or
        speaks quoted words saying "I" (""I had no idea," said Okafor"): a person's sign
        that outweighs the model's other labels for the word."""
        return not cluster.full_forms and self._as_one(cluster)

    def _he_follows(self, cluster: PersonCluster) -> bool:
        """Some mention is the subject of a clause that goes on to "he" or "she"."""
        return any(he_in_clause(self.doc[m.end - 1]) for m in cluster.mentions)

    def _as_one(self, cluster: PersonCluster) -> bool:
        """Some mention goes on to "he" or "she", or speaks quoted words saying "I"."""
        return self._he_follows(cluster) or any(
            speaks_as_one(self.doc[m.end - 1]) for m in cluster.mentions
        )

    def _given_led(self, cluster: PersonCluster) -> bool:
        """A common given name leads some mention ("Ann Lee")."""
        return any(given_name(self.doc[m.start]) for m in cluster.mentions)

    def _a_things_clause(self, cluster: PersonCluster) -> bool:
        """A mention in the cluster's fullest form is the subject of a clause on "which"
        ("Kestrel Mobile, which lost 3,000 customers"), and nothing in the article is a
        person's: no common given name leading it unless some mention is the subject of a
        clause that goes on to "its" (a firm named after its founder: "Ann Lee, which
        floated in 1995 ... Ann Lee is parting company with its chief executive"), no "he"
        or "she" bound to it, no sign of `_signed` but speech ("who", an apposition with a
        title): a firm speaks as often as a person ("Kestrel, which runs three
        exchanges, ... Kestrel said any offer would be in cash"). A surname alone says
        nothing of the full name: "Kenzo Arata founded it ... Arata, which makes cars"
        is a firm named after its founder, who stays."""
        longest = max(len(m.text.split()) for m in cluster.mentions)
        return (
            any(
                len(m.text.split()) == longest and which(self.doc[m.end - 1])
                for m in cluster.mentions
            )
            and (
                not self._given_led(cluster)
                or any(its_own_in_clause(self.doc[m.end - 1]) for m in cluster.mentions)
            )
            and not self._he_follows(cluster)
            and not self._signed(cluster, speech=False)
        )

    def _owner_before_a_name(self, mention: Mention, full: bool) -> bool:
        """A possessive before someone's full name: "Parma's Marco Rossi", "Fulham's
        Ruud van der Berg" name a club, a firm or a place, never a person, by the one
        word before "'s"; a full name does so before a name the model tags as a person's
        ("Topeka West's Sam Ruiz"), not before a work's ("Gioachino Rossini's La
        Cenerentola"). A full name led by a common given name is a maker before a name
        that only says what a work of the owner's is about ("Ann Hale's Oscar Wilde
        biopic": her film); a club's or a school's fans make films and songs about its
        players too ("Leigh Park's Ed Moss song"), so no other owner is."""
        doc = self.doc
        end = mention.end
        if not (
            end + 2 < len(doc)
            and doc[end].text in ("’s", "'s")
            and end + 1 in self.named
            and end + 2 in self.named
            and (not full or doc[end + 1].ent_type_ == "PERSON" == doc[end + 2].ent_type_)
        ):
            return False
        if mention.end - mention.start < 2 or not given_name(doc[mention.start]):
            return True
        last = end + 2
        while last + 1 < len(doc) and last + 1 in self.named:
            last += 1
        return not a_works_maker(doc[end + 1 : last + 1])

    def _a_persons_full_name(self, cluster: PersonCluster) -> bool:
        """A full name some clause of which goes on to "he" or "she", as a club's, a
        firm's or a place's never does ("Hayao Kita's Silver Road ... Kita said he was
        proud": the maker of a work the model tags a person's, not a club before its
        player). Not "who": a club or a band takes it too ("Harbour Vale, who won")."""
        return bool(cluster.full_forms) and self._he_follows(cluster)

    @cached_property
    def _person_owners(self) -> set[int]:
        """The tokens of the full names the article shows to be people's by a mark or a
        sign of their own (`_marked`, `_a_persons_full_name`) and makers of works
        (`_a_maker`), gathered on first need."""
        return {
            i
            for c in self.clusters
            if c.full_forms
            and (self._marked(c) or self._a_persons_full_name(c))
            and self._a_maker(c)
            for m in c.mentions
            for i in range(m.start, m.end)
        }

    def _a_maker(self, cluster: PersonCluster) -> bool:
        """The article shows the person makes works: a role or a word right before a
        mention says so ("director Hayao Kita", "novelist Ann Hale"), or a mention owns
        or modifies a noun for a work ("Kita's latest film", "the Kita film"). A manager,
        a coach or a party leader owns players and candidates, not works."""
        doc = self.doc
        words = {w for role in cluster.roles for w in re.split(r"[\s-]+", role.lower())}
        words |= {doc[m.start - 1].lower_ for m in cluster.mentions if m.start > 0}
        return bool(words & MAKER_NOUNS) or any(
            owns_a_work(doc[m.start : m.end]) or a_works_maker(doc[m.start : m.end])
            for m in cluster.mentions
        )

    def _owned_by_a_person(self, cluster: PersonCluster) -> bool:
        """Every mention in full stands right after the possessive of the name of a person
        who makes works: what a maker owns and the article names is their work
        ("director Kita's Silver Road", "novelist Ann Hale's Painted Meadow"); a club's
        player ("Fulham's Ruud Gullit") has a club before the "'s", a manager's player a
        manager, who makes no works. Not a name a common given name leads, a person's
        shape: "Tony Blair's Gordon Brown"."""
        doc = self.doc
        mentions = [m for m in cluster.mentions if " " in m.text]
        return bool(mentions) and all(
            not given_name(doc[m.start])
            and m.start >= 2
            and doc[m.start - 1].text in ("’s", "'s", "’", "'")
            and doc[m.start - 1].tag_ == "POS"
            and m.start - 2 in self._person_owners
            for m in mentions
        )

    def _a_firms(self, cluster: PersonCluster) -> bool:
        """The name is a firm's or a thing it makes: the beginning of a longer name the
        article gives an organisation ("Forrester" of "Forrester Research"), or led by a
        word the model calls, standing alone, an organisation or product ("Nintendo DS"
        beside "Nintendo", "IBM Blue Gene" beside "IBM")."""
        name = cluster.name
        return fold(name) in self.prefixes or (
            len(name.split()) > 1 and self.labels.a_firm(name.split()[0])
        )

    def _signed(self, cluster: PersonCluster, speech: bool = True, listed: bool = True) -> bool:
        """A lone word's sign of a person: the subject of a speech verb or the passive
        subject of a verb only a person undergoes ("Quell was jailed"), a title
        apposition, a clause on "who", listed with people (`_listed_with_people`), or a
        word for what a person does right before it ("Brazil star Rivaldo", "striker
        Rooney"). Without `speech`, the signs a firm never has ("Orbis said" is common);
        without `listed`, the list is none."""
        for mention in cluster.mentions:
            word = self.doc[mention.end - 1]
            if (
                speech
                and (speaks(word) or undergoes_as_a_person(word))
                or titled(word)
                or who(word)
                or (listed and self._listed_with_people(mention))
                or (self._described(mention) and not self._used_as_a_firms(cluster))
            ):
                return True
        return False

    def _listed_with_people(self, mention: Mention) -> bool:
        """The mention is listed with a full name ("Jason White, Ally Hogg and Dallaglio")
        that is a person's on a sign of its own, or in a list of `PEOPLE_LISTED_MIN` names
        or more: a pair of a full name the article shows nothing of and a lone word may be
        two sides, two bands or two stations, which would vouch for each other ("at home
        to either Tottenham or Harbour Vale", "Radio Classic and Radio Groove"), where a
        longer list is one of people ("LL Cool J, DMX, Ludacris, Ja Rule and Ashanti"). A
        name of the list that is used as a firm's is none: a lone word listed with "Alfa
        Romeo" that "Fiat owns" is a maker too. A common given name listed so is a
        person's ("impresarios David and Ed Mirvish")."""
        if self._in_a_list_of_people(mention):
            return True
        word = self.doc[mention.end - 1]
        # not the name's own word the parse lists with it ("Lorra", "Vista")
        fellows = [c for c in word.conjuncts if not mention.start <= c.i < mention.end]
        names = [o for c in fellows if (o := self._full_names.get(c.i)) is not None]
        # the list's names, whatever the model takes them for ("LL Cool J, DMX" tagged
        # ORG, "Batman, Superman and Wonder Woman" with Batman a place)
        capitalised = [c for c in fellows if c.text[:1].isupper()]
        return bool(names) and (
            len(capitalised) + 1 >= PEOPLE_LISTED_MIN
            or given_name(self.doc[mention.start])  # "David and Ed Mirvish": brothers
            or any(self._shortened(c) for c in fellows)
            or any(self._on_a_sign(o, listed=False) for o in names)
        )

    def _in_a_list_of_people(self, mention: Mention) -> bool:
        """A lone word in a list in running text of people's full names the model tags
        so (`listed_with_people`), read off the words where the parse may hang the word
        anywhere ("Dido, Robbie Williams and Chris Martin")."""
        return mention.end - mention.start == 1 and listed_with_people(
            self.doc, mention.start, self._tagged_full_names
        )

    @cached_property
    def _tagged_full_names(self) -> set[int]:
        """The tokens of full names the model tags people's, gathered on first need."""
        return {i for i in self.named if self.doc[i].ent_type_ == "PERSON"}

    def _shortened(self, token: Token) -> bool:
        """The token is a one-word mention of a name the article also writes in full, as
        it goes on naming a person it has introduced ("Arturo Lupoli, Quincy Owusu-Abeyie
        ... Quincy or Lupoli"): a pair of sides or places is written in full."""
        cluster = self._full_names.get(token.i)
        return cluster is not None and any(
            m.start == token.i and m.end == token.i + 1 for m in cluster.mentions
        )

    @cached_property
    def _full_names(self) -> dict[int, PersonCluster]:
        """The full-name cluster of each token of its mentions, of the full names no
        mention of which is used as a firm's. Gathered on first need."""
        return {
            i: c
            for c in self.clusters
            if c.full_forms and not self._used_as_a_firms(c)
            for m in c.mentions
            for i in range(m.start, m.end)
        }

    def _listed_with_a_title(self, cluster: PersonCluster) -> bool:
        """Some mention is listed with a name that "The" leads, capitalised inside the
        sentence, as the titles of works and the names of bands and firms are ("shows
        such as Golden Kitchen and The Pattersons"), or only with names the model tags
        as no person's, one of them a firm's, a work's, a product's or an event's, when
        no common given name leads it ("Harbour Vale, Orbitex and Kestrel"); people are
        listed with people."""
        for mention in cluster.mentions:
            fellows = [
                f
                for f in self.doc[mention.start : mention.end].root.conjuncts
                if not mention.start <= f.i < mention.end and self._in_one_list(mention, f)
            ]
            if any(
                c.dep_ == "det" and c.text == "The" and not c.is_sent_start
                for fellow in fellows
                for c in fellow.children
            ):
                return True
            if (
                not given_name(self.doc[mention.start])
                and any(f.ent_type_ in _THING_LABELS for f in fellows)
                and not any(
                    f.ent_type_ == "PERSON" or f.i in self.named or not f.text[:1].isupper()
                    for f in fellows
                )
            ):
                return True
        return False

    def _bracketed_after_a_name(self, cluster: PersonCluster) -> bool:
        """Every mention stands alone in brackets right after another's full name, in a
        sentence whose brackets after names hold what people are known by: the work an
        actor is up for ("Ian Hale (Blind Harbour), Ann Lee (The Lodger)"), a side or a
        country. The sentence must show it (`_things_in_brackets`): brackets of names
        alone may hold people ("Colin Hale (Erin Boag)", a dancer's partner), and so may
        one led by a common given name."""
        doc = self.doc
        for mention in cluster.mentions:
            start, end = mention.start, mention.end
            close = end + (end < len(doc) and doc[end].text in _BRACKET_STOPS)
            if not (
                start >= 2
                and doc[start - 1].text == "("
                and close < len(doc)
                and doc[close].text == ")"
                and start - 2 in self.named
                and not given_name(doc[start])
                and self._things_in_brackets(cached.sentence(doc, start).start)
            ):
                return False
        return bool(cluster.mentions)

    def _things_in_brackets(self, sentence: int) -> bool:
        """Some bracket right after a full name in the sentence starting at `sentence`
        holds a thing's words: "The" first, a word in -ing first ("Enduring Love"), a word
        in lower case that is no particle ("My Summer of Love"), a number, or a name the
        model tags as a place, a people or a thing."""
        doc = self.doc
        sent = cached.sentence(doc, sentence)
        for opening in (t for t in sent if t.text == "(" and t.i - 1 in self.named):
            inside = []
            for token in doc[opening.i + 1 : sent.end]:
                if token.text == ")":
                    break
                inside.append(token)
            if inside and (
                inside[0].text == "The"
                or _verb_led(" ".join(t.text for t in inside))
                or any(
                    t.is_lower
                    and t.is_alpha
                    and t.text not in PARTICLES
                    or t.like_num
                    or t.ent_type_ in _THING_LABELS | _PLACE_LABELS
                    for t in inside
                )
            ):
                return True
        return False

    def _a_first_words_capital(self, cluster: PersonCluster) -> bool:
        """A lone word that opens its sentence at every mention, which the model tags no
        person's and the article also writes in lower case: a word of the language
        capitalised by its place ("Use of games has been patchy, she found" beside "for
        use in schools"), not a name. A surname that is a word is known by the model's
        label, a title, a full name elsewhere or a person's sign of its own ("Young said
        he was fit" beside "the young squad"): a word does not speak."""
        return (
            not cluster.full_forms
            and not self._signed(cluster)
            and all(self.doc[m.start].is_sent_start for m in cluster.mentions)
            and not any(self.doc[m.start].ent_type_ == "PERSON" for m in cluster.mentions)
            and fold(cluster.name) in self._lower_words
        )

    @cached_property
    def _lower_words(self) -> set[str]:
        """The words the article writes in lower case, folded, gathered on first need."""
        return {fold(w) for w in cached.words(self.doc) if w.islower() and w.isalpha()}

    def _in_one_list(self, mention: Mention, fellow: Token) -> bool:
        """Only capitalised words, commas and "and" or "or" stand between the two: a list,
        not the cells of a table's row the parse joins ("| CB | Tom Reid |")."""
        if fellow.i < mention.start:
            between = self.doc[fellow.i + 1 : mention.start]
        else:
            between = self.doc[mention.end : fellow.i]
        return all(t.text in (",", "and", "or", "&") or t.text[:1].isupper() for t in between)

    @cached_property
    def _owners(self) -> dict[int, PersonCluster]:
        """The cluster each token of a mention belongs to, gathered on first need."""
        return {i: c for c in self.clusters for m in c.mentions for i in range(m.start, m.end)}

    def _listed_with_firms(self, cluster: PersonCluster) -> bool:
        """Some mention is listed with organisations or products (`FIRMS_LISTED_MIN`),
        more of them than names tagged a person's, the name itself counted ("nominees
        include Brightwater, Kellan Voss, Rue Marlo and Hollowtide" is a list of acts),
        and with names tagged a person's that are no person's on their own evidence either:
        firms' names like no word are often tagged people's, and listed together they
        would vouch for each other ("Brandt Amro, BNP Paribas, Calyon and Dresdel Kleinwort
        Wasserstein"; `among_firms` takes the lists with no name tagged a person's). Full
        names only, none led by a common given name or with a mark of a person (`_marked`):
        a roster's surnames are often tagged firms' ("Forwards: Vickers, Shore, Carr")."""

        def unmarked(c: PersonCluster | None) -> bool:
            return (
                c is not None
                and bool(c.full_forms)
                and not self._given_led(c)
                and not self._marked(c)
            )

        if not unmarked(cluster):
            return False
        for mention in cluster.mentions:
            listed = [
                c
                for c in self.doc[mention.start : mention.end].root.conjuncts
                if c.pos_ == "PROPN" and not mention.start <= c.i < mention.end
            ]
            firms = [c for c in listed if c.ent_type_ in ("ORG", "PRODUCT")]
            people = [self._owners.get(c.i) for c in listed if c.ent_type_ == "PERSON"]
            if (
                len(firms) >= FIRMS_LISTED_MIN
                and 0 < len(people) < len(firms) - 1  # more firms than names tagged people's
                and all(map(unmarked, people))
            ):
                return True
        return False

    def _sold(self, cluster: PersonCluster) -> bool:
        """Some mention is in a shop's offer (`on_sale`: "Save $31 if you get Pokemon
        Sword", "35% Off Dell Alienware") and the article shows no sign of a person
        (`_on_a_sign`: a common given name first, a title, "he" or "she" after): a deal
        page's names are its goods; a writer or a singer whose work is sold there keeps
        their signs ("Ann Hale's memoir, now $9.99"). Being listed with a name is none:
        goods are listed together ("Pokemon Sword or Shield")."""
        return any(
            on_sale(self.doc[m.start : m.end]) for m in cluster.mentions
        ) and not self._on_a_sign(cluster, listed=False)

    def _a_firm_by_use(self, cluster: PersonCluster) -> bool:
        """Some mention is used as a firm's ("Orbis's shareholders", "shares in Orbis",
        "Orbis said its profits rose") and none as a person's beyond speaking. Right
        before what a firm has ("Orbis shares fell") only a lone word that no "he" or
        "she" follows: "Peter Harland" and "Harland said he" stay people beside "Harland
        shareholders"; or a full name's first word (`_first_word_held`)."""
        spans = [self.doc[m.start : m.end] for m in cluster.mentions]
        return (
            any(firm_sign(s) for s in spans)
            or not cluster.full_forms
            and any(holding_modifier(s) for s in spans)
            and not self._gendered(cluster)
            or self._first_word_held(cluster)
        ) and not self._signed(cluster, speech=False)

    def _first_word_held(self, cluster: PersonCluster) -> bool:
        """The first word of a full name, alone, right before what a firm has ("Pernod
        Ricard ... Pernod shares slipped"), where the model tags that word no person's, in
        a name no common given name leads and no "he" or "she" follows: a firm is
        shortened to its first word, a person to the surname ("Harland shareholders"
        beside "Peter Harland"), or to the first word when the family name comes first
        ("Wang shares in the group" after "Wang Jianlin", which the model tags a person's).
        Not the name in full before the noun: "Rupert Murdoch shares in the company" are
        his."""
        firsts = {form.split()[0] for form in cluster.full_forms}
        return (
            bool(firsts)
            and not self._given_led(cluster)
            and not self._he_follows(cluster)
            and any(
                m.text in firsts
                and self.doc[m.start].ent_type_ != "PERSON"
                and holding_modifier(self.doc[m.start : m.end])
                for m in cluster.mentions
            )
        )

    @cached_property
    def _others_roles(self) -> list[tuple[PersonCluster, str]]:
        """Every cluster's roles, folded, gathered on first need."""
        return [(c, fold(role)) for c in self.clusters for role in c.roles]

    def _a_works_title(self, cluster: PersonCluster) -> bool:
        """A full name some mention of which is what a work's makers made
        (`made_by_its_makers`: "the producers of Wife Swap"), with no common given name
        first ("the creator of James Bond" made a character) and no sign of a person."""
        return (
            bool(cluster.full_forms)
            and not self._given_led(cluster)
            and any(made_by_its_makers(self.doc[m.start : m.end]) for m in cluster.mentions)
            and not self._signed(cluster)
        )

    def _a_body_in_a_role(self, cluster: PersonCluster) -> bool:
        """A full name is the body another person's role names, after "of", "at" or
        "for" with no article before ("Ian Hale, executive partner of Tods Murray", "an
        analyst at Dresdner Kleinwort Wasserstein"; not "captain in the absence of"), or
        before "'s" at the role's start when no common given name leads it ("Swiss Re's
        spokesman"; "Ann Vale's coach" is hers), the article never writes its last word
        alone, as it shortens a person's name ("the former manager of Ann Vale ... Vale
        was taken to hospital"), and shows no sign of
        a person a firm never has (`_signed` without speech: a firm speaks as often as a
        person; a "he" after it is often the role holder's, the parse making the firm the
        subject of his "said"). A body of the article, which keeps the words it says ("Age
        Concern said ... was "cowardly""), unless a common given name leads it: then a
        candidate, as a person's name may be in a role with no other mention ("the manager
        of Johnny Cash"), which the registry or another article settles."""
        forms = [fold(form) for form in cluster.full_forms]
        # only a role that writes the name can hold it: the pattern is made for those alone
        # (made for every full name, it was about a fifth of the verdicts' time)
        roles = [
            role
            for other, role in self._others_roles
            if other is not cluster and any(form in role for form in forms)
        ]
        if not roles:
            return False
        # the title's words right before: no article ("in the absence of Ann Vale")
        names = "|".join(map(re.escape, forms))
        held = re.compile(rf"^(?:(?!\b(?:the|a|an)\b).)*?\b(?:of|at|for) (?:the )?(?:{names})\b")
        owner = re.compile(rf"^(?:{names})'s ")
        owned = not self._given_led(cluster)  # "Ann Vale's coach": hers as often as a firm's
        surnames = {fold(form.split()[-1]) for form in cluster.full_forms}
        return (
            any(held.search(role) or owned and owner.match(role) for role in roles)
            and not any(fold(m.text) in surnames for m in cluster.mentions)
            and not self._signed(cluster, speech=False)
        )

    def judge(self, cluster: PersonCluster) -> Judgement:
        """A person; none; or a candidate, which the article alone cannot settle and a
        later stage takes for a person when the registry or another article does: a
        lone word with no sign of a person, or a name that only modifies common nouns
        ("the Biden administration", "a David Ellery show"). A person by any other
        evidence whose name is of everyday words with no sign of its own
        (`_everyday_only`: "Road Residence", "Final Fantasy XV") is a candidate."""
        judgement = self._judged(cluster)
        if judgement == "person" and (
            self._everyday_only(cluster) or self._unsigned_things_shape(cluster)
        ):
            return "candidate"
        return judgement

    def _unsigned_things_shape(self, cluster: PersonCluster) -> bool:
        """A full name with no sign of a person at all (`_on_a_sign`, `_own_sign`, nor
        speech: only the words of the name and the model's labels made it one), shaped as
        a thing's: a word of it after the first is an everyday word
        (`_everyday_after_first`: "Nintendo Switch", "Kahiltna Glacier", "Plymouth
        Live"). A person named so with nothing said of them is left to the corpus stage,
        as a candidate the registry or another article settles. Neither a plural proper
        noun last (a Baltic surname is tagged so: "Ivars Ozols") nor the model's tag of
        every mention as an organisation's is such a shape: people tagged ORG with nothing
        said of them are as common ("Freddie Spencer", "Mason Rudolph")."""
        return (
            bool(cluster.full_forms)
            and any(map(_everyday_after_first, cluster.full_forms))
            and not (self._on_a_sign(cluster) or self._signed(cluster) or self._own_sign(cluster))
        )

    def _judged(self, cluster: PersonCluster) -> Judgement:
        """The judgement on every evidence but the words of the name (`judge`)."""
        if a_writers(self.doc, cluster, self.clusters):
            return "none"  # "Follow Ann Lee on Twitter." under the story: its writer
        if cluster.mentions and all(self._an_offices_field(m) for m in cluster.mentions):
            return "none"  # "the Chief Medical Information Officer": the title's words
        if self._led_by_a_kind(cluster):
            return "none"  # "Major League Baseball": "League" leads no one's name
        if self._marked(cluster):
            return "person"
        if (
            self._shown_otherwise(cluster)
            or self._a_things_clause(cluster)
            or self._listed_with_firms(cluster)
            or self._sold(cluster)
        ):
            return "none"
        if self._a_firm_by_use(cluster):  # a full name may be a firm's founder's
            return "candidate" if cluster.full_forms else "none"
        if self._a_body_in_a_role(cluster):  # a person's name may be a firm's: "John Lewis"
            return "candidate" if given_name(self.doc[cluster.mentions[0].start]) else "none"
        if self._a_works_title(cluster):
            return "candidate"  # "the creator of Family Guy": what its makers made
        if cluster.full_forms and any(
            a_works_maker(self.doc[m.start : m.end]) for m in cluster.mentions
        ):
            return "person"  # "the Dan Pryor film"
        if all(modifier_only(self.doc[m.start : m.end]) for m in cluster.mentions):
            return "candidate"  # "the Biden administration", "a Lib Dem vote"
        if self._a_firms(cluster):
            return "candidate"  # a person's name may start a firm's: "Walt Disney"
        if any(
            after_a_firms_capitals(self.doc[m.start : m.end]) for m in cluster.mentions
        ) and not self._signed(cluster):
            return "candidate"  # "told BBC Radio Harwick": the broadcaster's station
        if _verb_led(cluster.name):
            return "candidate"  # "Finding Nemo", "Saving Private Ryan": a title's verb
        if self._listed_with_a_title(cluster) and not self._signed(cluster):
            return "candidate"  # "hits such as Golden Kitchen and The Pattersons"
        if self._bracketed_after_a_name(cluster) and not self._signed(cluster):
            return "candidate"  # "Ian Hale (Blind Harbour)": his film, side or country
        if self._a_first_words_capital(cluster):
            return "candidate"  # "Use of games has been patchy, she found": a word
        if self._gendered(cluster):
            return "person"  # "X admitted he was tired", never said of a firm
        if self._owned_by_a_person(cluster) and not self._signed(cluster):
            return "candidate"  # "director Hayao Kita's Silver Road": his film
        if cluster.full_forms and self._in_common_words(cluster):
            return "candidate"  # "the Crimson Kettle ... the kettle": a title, not a surname
        titled_only = self._headline_words(cluster) or self._kind_ending(cluster)
        if titled_only and not self._on_a_sign(cluster):
            # "Jupiter's Moon Europa" over "the icy moon Europa"; "Best Breakthrough Artist"
            return "candidate"
        if cluster.full_forms and all(
            placed(self.doc[m.start : m.end], full=True) for m in cluster.mentions
        ):
            return "candidate"  # "they met in Port Ellery": a place, unless known
        return "person" if cluster.full_forms or self._signed(cluster) else "candidate"

    def by_default(self, cluster: PersonCluster) -> bool:
        """Of a cluster judged a person: on no sign of one, the model's label alone. A
        full name reaches `judge`'s last line by default; a lone word there needs a sign
        (`_signed`), and speech is none: a firm speaks as often as a person ("Kestrel
        Holdings said: ..."). A person's signs: a mark (`_marked`), a work they make, a
        common given name first, "he" or "she" after, quoted words saying "I", a verb only
        a person undergoes, and the signs a firm never has (`_signed` without speech). The
        corpus stage weighs such a person against the articles that show the name a
        body's (`corpus.resolve.nonpeople`)."""
        return not self._on_a_sign(cluster)

    def _on_a_sign(self, cluster: PersonCluster, listed: bool = True) -> bool:
        """Some sign of a person but speech (see `by_default`); without `listed`, being
        listed with a full name is none."""
        doc = self.doc
        return (
            self._marked(cluster)
            or self._given_led(cluster)
            or any(a_works_maker(doc[m.start : m.end]) for m in cluster.mentions)
            or self._as_one(cluster)
            or any(undergoes_as_a_person(doc[m.end - 1]) for m in cluster.mentions)
            or any(signs_a_quote(doc[m.start : m.end]) for m in cluster.mentions)
            or self._signed(cluster, speech=False, listed=listed)
        )

    def a_body(self, cluster: PersonCluster) -> bool:
        """Of a name judged none: a sign of a firm at some mention that does not qualify a
        noun (`firm_sign`, a company's suffix, an organisation noun right before it: "rock
        band Franz Moller"; "the Glasgow club" is the club's place), or
        a clause on "which" that goes on as a thing's (`_a_things_clause`). Such a name is
        an organisation of the article, which may say things ("Euronext said it could not
        ..."), and so is one that speaks or judges after "the" ("the Lib Dems accuse
        ...": a party's, a side's; a thing says nothing); a place's, a work's or a credit's
        name stays nothing, and so does one listed with firms, products and works alike
        ("Finding Nemo, The Incredibles", a footballer among clubs). The beginning of a
        longer organisation's name is no sign: it is as often a place or an award's
        ("Powys" of "Powys County Council", "Grammy")."""
        spans = [self.doc[m.start : m.end] for m in cluster.mentions]
        return (
            any(
                (
                    firm_sign(s)
                    or firms_name(s)
                    or led_by_a_firms_word(s)
                    or kind_before(s) is not None
                )
                and s.root.dep_ != "compound"
                for s in spans
            )
            or any(definite(s) and _speaks_or_judges(s.root) for s in spans)
            or self._a_things_clause(cluster)
            or self._a_body_in_a_role(cluster)
        )

    @cached_property
    def plurals_after_the(self) -> set[str]:
        """Capitalised plurals the article writes after "the" and before no noun or
        name: "the Otters", "the Kestrels" (not "the Williams sisters"), gathered on need."""
        words, lowers, tags = cached.words(self.doc), cached.lowers(self.doc), cached.tags(self.doc)
        last = len(words) - 1
        return {
            words[i]
            for i in range(1, len(words))
            if lowers[i - 1] == "the"
            and words[i][:1].isupper()
            and words[i].endswith("s")
            and not (i < last and tags[i + 1] in ("NOUN", "PROPN"))
        }

    def _a_sides_plural(self, cluster: PersonCluster) -> bool:
        """The full name ends in a plural the article also writes as "the <plural>": "the
        Otters" of "Harbour Otters", a side's, a band's or a party's name. A family is "the
        Hales", the surname's own plural, never the surname: "the Hale" is no one."""
        lasts = {m.text.split()[-1] for m in cluster.mentions if " " in m.text}
        return any(w.endswith("s") and w in self.plurals_after_the for w in lasts)

    def _short_form_plural(self, cluster: PersonCluster) -> bool:
        """The last word of a full name, alone, is the subject of a verb in the plural
        (`plural_subject`: "Real Sociedad ... Sociedad have been given permission"), as a
        side's or a band's short name is in British copy; a person's surname is so only
        in a list, which `plural_subject` leaves out. Not a name a common given name
        leads, nor one a "he" or "she" goes on from."""
        lasts = {m.text.split()[-1] for m in cluster.mentions if " " in m.text}
        return (
            not self._given_led(cluster)
            and not self._he_follows(cluster)
            and any(
                " " not in m.text and m.text in lasts and plural_subject(self.doc[m.start : m.end])
                for m in cluster.mentions
            )
        )

    @cached_property
    def common(self) -> set[str]:
        """The article's lower-case nouns, gathered on first need."""
        return common_nouns(self.doc)

    def _in_common_words(self, cluster: PersonCluster) -> bool:
        """The full name ends in a noun the article also writes in lower case, as a word
        of the language ("Copper Robot ... the robot", "Crimson Kettle ... the kettle"): the
        name of a thing or the title of a work. A person's surname is seldom the
        article's own common noun; when it is ("Mr Short", "Will Young said"), a title or
        a sign of a person has settled the name before this is asked, and a noun for a
        person ("Jenny Baker ... the baker") is a surname's."""
        lasts = {fold(m.text).split()[-1] for m in cluster.mentions if " " in m.text}
        return any(w in self.common and w not in PERSON_NOUNS | TRADE_NOUNS for w in lasts)

    def _headline_words(self, cluster: PersonCluster) -> bool:
        """Every mention in full is in a sentence written in title case (a headline, a
        label), where every word is capitalised, and some word of the name is a noun the
        article writes in lower case elsewhere ("Jupiter's Moon Europa" over "the icy moon
        Europa", "Nollywood Actress, Ada Obi Is Back" over "the Nollywood actress"): the
        capital is the headline's, and so is the name the model read in it. A noun for a
        person counts here, as a headline capitalises it too. A person named in a headline
        ("Tom Baker Wins Award" over "a former baker") keeps a sign of one (`_on_a_sign`:
        a common given name first, a title), which `judge` asks for with this."""
        full = [self.doc[m.start : m.end] for m in cluster.mentions if " " in m.text]
        return (
            bool(full)
            and all(in_title_case(s) for s in full)
            and any(t.lower_ in self.common for s in full for t in s)
        )

    def _kind_ending(self, cluster: PersonCluster) -> bool:
        """The full name ends in a noun for a kind of person or thing that is no surname
        (`KIND_ENDINGS`: "Best Breakthrough Artist", "Wonder Woman", "Dumb Show"): a
        category's, a character's or a feature's name, capitalised as a title is."""
        return any(
            fold(m.text).split()[-1] in KIND_ENDINGS for m in cluster.mentions if " " in m.text
        )
