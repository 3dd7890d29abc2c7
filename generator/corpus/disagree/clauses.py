"""Reading a parsed sentence: its clauses, each with its subject entities, polarity,
predicate, tense, figures and, for a rebuttal, whose words it rejects."""

from __future__ import annotations

import itertools
import re

from generator.corpus.disagree.parsed import Doc, Token
from generator.corpus.disagree.story import Clause, Figure, Story, names_of, stemmed
from generator.corpus.disagree.words import (
    CONDITIONAL,
    CURRENCIES,
    HEDGES,
    LIGHT,
    MULTIPLIERS,
    NEGATIVE,
    NUMBER_WORDS,
    PRONOUNS,
    REBUTS,
    STATE,
    STATEMENTS,
    TIME,
)

__all__ = ["clauses"]


def verb_key(token: Token) -> str:
    """A verb's stem with its particle ("rule_out", "play_down")."""
    if token.lower_ in LIGHT:
        return token.lower_
    base = stemmed(token.text) if token.pos_ in ("VERB", "AUX", "NOUN") else token.lower_
    for child in token.children:
        if child.dep_ == "prt" and child.lower_ in ("out", "down", "back", "up"):
            return f"{base}_{child.lower_}"
    return base


def _entity_tokens(doc: Doc, forms: list[tuple[str, str]]) -> dict[int, set[str]]:
    """Token index -> the entities whose written form covers it."""
    at: dict[int, set[str]] = {}
    for form, eid in sorted(set(forms), key=lambda fe: (-len(fe[0]), fe)):
        if form not in doc.text:
            continue  # most of an entity's spellings are not in a given sentence
        for m in re.finditer(rf"(?<!\w){re.escape(form)}(?!\w)", doc.text):
            span = doc.char_span(m.start(), m.end())
            for token in span if span is not None else []:
                at.setdefault(token.i, set()).add(eid)
    return at


def _qualifier(token: Token) -> bool:
    """A name that only qualifies another noun: "NATO countries", "the US-German firm",
    "Estonian Defense Minister Hanno Pevkur" (the minister acts, not Estonia). A country
    does act through its state: "the Estonian government"."""
    head = token
    while head.dep_ in ("compound", "amod") and head.head.i != head.i:
        head = head.head
    return head.i != token.i and stemmed(head.text) not in STATE


def _subject_of(verb: Token) -> Token | None:
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubjpass"):
            return child
    if verb.dep_ in ("conj", "xcomp") and verb.head.i != verb.i:
        return _subject_of(verb.head)  # "downplayed ... and said": one subject for both
    return None


def _chain(verb: Token) -> list[Token]:
    """The verb and what it governs as one predicate: "are willing to consider",
    "are not planning to deploy", "has no plans to deploy"."""
    out = [verb]
    for child in verb.children:
        if child.dep_ in ("xcomp", "acomp"):
            out += _chain(child)
        elif child.dep_ in ("dobj", "attr") and stemmed(verb.text) in LIGHT | {"hav"}:
            out.append(child)
            out += [c for g in child.children if g.dep_ in ("acl", "relcl") for c in _chain(g)]
    return out


def _tense(chain: list[Token]) -> str:
    """When the clause places what it says: "was worth $20m" and "is set to be worth
    $1.8bn" are two times, not two accounts."""
    verb = chain[0]
    aux = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    if aux & {"will", "would", "shall", "'ll", "’ll"} or (
        verb.lower_ == "set" and any(c.dep_ == "xcomp" for c in verb.children)
    ):
        return "future"
    if verb.tag_ == "VBD" or aux & {"was", "were", "had", "did"}:
        return "past"
    return "present"


def _negated(chain: list[Token], keys: list[str]) -> bool:
    """Whether the chain says no; `keys`: the `verb_key` of each of its tokens."""
    flips = 0
    for token, key in zip(chain, keys, strict=True):
        if any(c.dep_ == "neg" for c in token.children):
            flips += 1
        if any(c.dep_ == "det" and c.lower_ == "no" for c in token.children):
            flips += 1  # "has no plans"
        if key in NEGATIVE:
            flips += 1  # "refused to", "ruled out"; "did not rule out" flips twice
    return flips % 2 == 1


def _conditional(verb: Token) -> bool:
    for token in itertools.chain((verb,), verb.ancestors):  # most stop at the verb
        if any(c.dep_ == "mark" and c.lower_ in CONDITIONAL for c in token.children):
            return True
        if token.dep_ not in ("xcomp", "conj", "ccomp", "advcl"):
            break
    return verb.sent.text.rstrip().endswith("?")


_NESTED = frozenset({"ccomp", "advcl", "relcl", "parataxis", "acl"})


def _nested(token: Token) -> bool:
    """Whether a token below a verb starts a clause of its own."""
    return (
        token.dep_ in _NESTED
        or token.dep_ == "conj"
        and token.pos_ in ("VERB", "AUX")  # "..., while tax was ...": a clause of its own
    )


def _own(verb: Token) -> list[Token]:
    """The tokens of the verb's clause proper, in subtree order: its subtree but the
    clauses nested in it (those are clauses of their own). One walk that stops at each
    nested clause: asking each token of the subtree for the path up to the verb went
    over the same heads again and again."""
    out: list[Token] = []
    _own_walk(verb, out)
    return out


def _own_walk(token: Token, out: list[Token]) -> None:
    """`_own`'s tokens from `token` down, appended in subtree order."""
    for child in token.lefts:
        if not _nested(child):
            _own_walk(child, out)
    out.append(token)
    for child in token.rights:
        if not _nested(child):
            _own_walk(child, out)


def _number(token: Token) -> float | None:
    text = token.lower_.replace(",", "")
    if text in NUMBER_WORDS:
        value = float(NUMBER_WORDS[text])
    else:
        match = re.fullmatch(r"(\d+(?:\.\d+)?)(m|bn|k)?", text)
        if not match:
            return None
        value = float(match.group(1)) * MULTIPLIERS.get(match.group(2) or "", 1.0)
    nxt = token.nbor(1) if token.i + 1 < len(token.doc) else None
    if nxt is not None and nxt.lower_ in MULTIPLIERS:
        value *= MULTIPLIERS[nxt.lower_]  # "12 million", "£80m" split as "80" "m"
    return value


def _unit(token: Token) -> tuple[str, Token] | None:
    """What a number counts (a noun's stem, a currency sign, "%") and the token that
    hangs it on the clause."""
    doc = token.doc
    after = doc.span(token.i + 1, token.i + 3).text.casefold()
    if token.i > 0 and doc[token.i - 1].text in CURRENCIES:
        return doc[token.i - 1].text, token.head if token.dep_ != "ROOT" else token
    if after.startswith(("%", "percent", "per cent")):
        percent = token.head if token.dep_ != "ROOT" else token
        of = [g for c in percent.children if c.lower_ == "of" for g in c.children]
        # a share of what: "69% of over-55s" and "14% of people" count different things
        return "%" + "".join(f" of {stemmed(g.text)}" for g in of[:1]), percent
    if token.dep_ == "nummod" and token.head.pos_ in ("NOUN", "PROPN"):
        return stemmed(token.head.text), token.head
    return None


def _figures(verb: Token, own: list[Token]) -> list[Figure]:
    """The figures of a clause (`own`, the verb's `_own` tokens), its subject's included
    ("12 people were killed")."""
    found = []
    for token in own:
        if not token.like_num:
            continue
        value = _number(token)
        unit = _unit(token)
        if value is None or unit is None:
            continue
        if unit[0] not in CURRENCIES and 1900 <= value <= 2100 and token.text.isdigit():
            continue  # a year
        doc = token.doc
        first = token.i - 1 if unit[0] in CURRENCIES else token.i  # "an estimated $121.9m"
        left = doc.span(max(0, first - 2), first).text.casefold()
        hedge = next((h for w, h in HEDGES.items() if left.endswith(w)), None)
        anchor = unit[1]
        dep = "dobj" if anchor.dep_ == "nsubjpass" else anchor.dep_  # "12 were killed"
        role = dep if anchor.head.i == verb.i else f"{dep}<{stemmed(anchor.head.text)}"
        start = token.i - 1 if unit[0] in CURRENCIES else token.i
        end = anchor.i + 1 if 0 < anchor.i - token.i <= 3 else token.i + 1
        if end < len(doc) and doc[end - 1].i == token.i and doc[end].lower_ in MULTIPLIERS:
            end += 1
        found.append(Figure(value, hedge, unit[0], role, doc.span(start, end).text))
    return found


def _statement_owners(verb: Token, at: dict[int, set[str]]) -> frozenset[str]:
    """Whose words a rebuttal verb rejects: the owner of the statement it names ("Mr
    Howard's comment", "claims by Labour", "remarks from Roll"), never a name inside
    what was said ("reports that he told Peter Brown"). A verb that names no statement
    rejects a plan or a person ("dismissed the plan"): criticism, not contradiction."""
    owners: set[str] = set()
    for obj in verb.children:
        if obj.dep_ != "dobj" or stemmed(obj.text) not in STATEMENTS:
            continue  # "denied Mr Yeo said ...": a person as object is a misreading
        for child in obj.children:
            if child.dep_ in ("poss", "compound", "nmod"):
                owners |= {e for t in child.subtree for e in at.get(t.i, ())}
            elif child.dep_ == "prep" and child.lower_ in ("by", "from", "of"):
                owners |= {e for g in child.children for t in g.subtree for e in at.get(t.i, ())}
    return frozenset(owners)


def _rebuttal(
    verb: Token, subject: Token, at: dict[int, set[str]]
) -> tuple[str, frozenset[str]] | None:
    """The rebuttal verb as written and whose words it rejects, if the clause is one."""
    key = verb_key(verb)
    if key not in REBUTS or subject.lower_ in PRONOUNS:
        return None
    owners = _statement_owners(verb, at) - at.get(subject.i, set())
    written = verb.text + (" down" if key == "play_down" else "")
    return (written, owners) if owners else None


def _subject_entities(subject: Token, at: dict[int, set[str]]) -> frozenset[str]:
    """The entities that act as the subject: not a possessor ("Mr Thorpe's colleagues")
    nor a name that qualifies another noun."""
    return frozenset(
        e
        for t in subject.subtree
        if not _qualifier(t) and not _possessor(t, subject)
        for e in at.get(t.i, ())
    )


def _possessor(token: Token, subject: Token) -> bool:
    while token.i != subject.i:
        if token.dep_ == "poss":
            return True
        token = token.head
    return False


def clauses(doc: Doc, article: str, sentence: int, story: Story) -> list[Clause]:
    key = (article, sentence)
    at = _entity_tokens(doc, story.forms.get(key, []))
    speakers = story.speakers.get(key, set())
    clauses: list[Clause] = []
    subjects_of: dict[int, frozenset[str]] = {}
    for verb in doc:
        if verb.pos_ not in ("VERB", "AUX") or verb.dep_ in ("xcomp", "aux", "auxpass"):
            continue
        subject = _subject_of(verb)
        if subject is None:
            continue
        ents = _subject_entities(subject, at)
        if not ents and subject.lower_ in PRONOUNS:
            outer = next((a for a in verb.ancestors if a.i in subjects_of), None)
            if outer is not None and verb.dep_ in ("ccomp", "conj", "advcl"):
                ents = subjects_of[outer.i]  # "countries ... stated that they are not ..."
            elif subject.lower_ in ("i", "we") and len(speakers) == 1:
                ents = frozenset(speakers)  # a first person inside a quote is its speaker
        subjects_of[verb.i] = ents
        if _conditional(verb):
            continue
        chain = _chain(verb)
        keys = [verb_key(t) for t in chain]  # once: the predicate, its end, its polarity
        own = _own(verb)
        left, right = subject.left_edge.i, subject.right_edge.i
        after = [t for t in verb.subtree if t.i > right and not t.is_punct]
        clause = Clause(
            article=article,
            sentence=sentence,
            subjects=ents,
            negated=_negated(chain, keys),
            predicate=frozenset(keys) - LIGHT,
            final=next((key for key in reversed(keys) if key not in LIGHT), ""),
            head=stemmed(subject.text),
            topic=frozenset(
                stemmed(t.text)
                for t in own
                if t.pos_ in ("NOUN", "PROPN", "VERB", "ADJ")
                and not t.is_stop
                and not left <= t.i <= right  # not the subject
            )
            - LIGHT
            - TIME,
            reported=any(c.dep_ == "ccomp" for t in chain for c in t.children),
            tense=_tense(chain),
            phrase=" ".join(t.text for t in after[:14]) + (" …" if len(after) > 14 else ""),
            verb=keys[0],
            figures=_figures(verb, own),
        )
        rebuttal = _rebuttal(verb, subject, at)
        if rebuttal is not None:
            head = at.get(subject.i)  # "Defense Minister Hanno Pevkur": the person
            clause.rebuts, clause.rebutted = rebuttal
            clause.rebutter = (
                names_of(story, head)
                if head
                else " ".join(t.text for t in subject.subtree if not t.is_punct)
            )
        clauses.append(clause)
    return clauses
