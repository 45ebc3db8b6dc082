"""Find event predicates: trigger words whose pattern matches the parse.

Patterns are indexed by lemma, so each token costs one dictionary lookup;
only the few patterns of a matching lemma are tried, most specific first.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from . import repairs, syntax
from .patterns import Constraint, Pattern, PatternSet
from .sequence import Cursor, match_sequence

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


# "blocked *hundreds of* highways": the quantity lets the object through
QUANTITIES = frozenset({"hundred", "thousand", "dozen", "million", "score", "ten", "number", "series", "string", "wave", "round",
                        "week", "month", "day", "year", "tonne", "ton", "barrel", "batch", "shipment", "consignment", "first", "rest",
                        "kg", "kilogram", "kilo", "pound", "litre", "liter", "gallon", "worth", "lot", "amount", "quantity", "load",
                        "truckload", "planeload", "crate", "box", "package", "parcel"})  # "700 kg *of* medicine", "$5,000 worth *of* goods"
# "delivered *food* parcels", "intercepted *arms* shipments": the matter carried names the object
CONTAINERS = frozenset({"parcel", "package", "shipment", "consignment", "delivery", "convoy", "load", "truckload", "planeload",
                        "shipload", "batch", "kit", "box", "crate", "cargo", "supply", "stock", "stockpile"})
TIME_WORDS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "weekend", "day",
                        "night", "morning", "evening", "afternoon", "january", "february", "march", "april", "may", "june",
                        "july", "august", "september", "october", "november", "december", "time", "occasion", "eve"})
# auxiliaries, and words modifying a noun ("*armed* men", "*peace* talks"), trigger nothing
NOT_TRIGGER_DEPS = frozenset({"aux", "auxpass", "amod", "compound"})
OBJECT_LIKE_DEPS = syntax.OBJECT_DEPS | syntax.PASSIVE_SUBJECT_DEPS  # "imposed *sanctions*", "*sanctions* were imposed"
SUBJECT_OR_OWNER_DEPS = syntax.SUBJECT_DEPS | {"poss"}  # "*Iran* imposed", "*Iran's* imposition"


@dataclass(frozen=True)
class Predicate:
    """A trigger word with the pattern it matched."""

    head: int  # token index of the trigger word
    start: int  # token span of the trigger, prefix words and particle
    end: int
    pattern: Pattern
    slots: tuple[tuple[str, int], ...] = ()  # (role, token index) fixed by the pattern

    @property
    def code(self) -> str | None:
        return self.pattern.code

    @property
    def frame(self) -> str | None:
        return self.pattern.frame


def _particle_token(token: Token, particle: str) -> Token | None:
    words = particle.split()
    for child in token.children:
        if child.dep_ in ("prt", "advmod", "dative") and child.lower_ == words[0]:
            return child
        if child.dep_ == "prep" and child.lower_ == words[0] and child.i == token.i + 1 and not _dates(child):
            return child  # "rounded on" the government, not "rounded up activists on Sunday", "called on Wednesday for"
        if child.dep_ == "prep" and child.lower_ == words[0] == "out" and syntax.prep_objects(child, "of"):
            return child  # "pulled its soldiers *out of* Gaza"
    following = token.nbor(1) if token.i + 1 < len(token.doc) else None
    if following is not None and following.lower_ == words[0]:
        return following
    return None


def _dates(prep: Token) -> bool:
    """Does the prepositional phrase name a time ("on Wednesday", "on Tuesday night")?"""
    return any(o.dep_ == "pobj" and o.lower_ in TIME_WORDS for o in prep.children)


def _prefix_ok(token: Token, prefix: tuple[str, ...]) -> bool:
    return not prefix or (token.i >= len(prefix) and syntax.phrase_matches(token, (*prefix, syntax.lemma(token))))


def _objects(token: Token) -> list[Token]:
    found = syntax.children(token, OBJECT_LIKE_DEPS)
    found += [o for c in syntax.children(token, ("prt",)) for o in syntax.children(c, ("pobj",))]  # "sealed off *the town*"
    if token.dep_ == "acl" and token.tag_ == "VBN":  # "sanctions imposed on ..."
        found.append(token.head)
    if token.dep_ == "relcl":  # "sanctions that the US imposed"
        found.extend(token.head for c in token.children if c.dep_ == "dobj" and c.tag_ in ("WDT", "WP"))
    if syntax.kind_of(token) == "noun":  # "imposition of sanctions"
        found.extend(obj for _, obj in syntax.prep_objects(token, "of"))
    found.extend(o for obj in found if syntax.lemma(obj) in QUANTITIES for _, o in syntax.prep_objects(obj, "of"))
    found.extend(c for obj in found if syntax.lemma(obj) in CONTAINERS for c in syntax.children(obj, ("compound",)))
    found.extend(c for obj in found if obj.tag_ == "NNP" for c in syntax.children(obj, ("compound",)) if c.i < obj.i)  # "freed *journalist* Ana Ruiz"
    return [t for obj in found for t in syntax.with_conjuncts(obj)]


def _candidates(token: Token, constraint: Constraint) -> list[Token]:
    relation = constraint.relation
    if relation == "object":
        return _objects(token)
    if relation == "subject":
        if syntax.is_passive(token):  # "was greeted by Kim"
            return [obj for _, obj in syntax.prep_objects(token, "by")]
        found = syntax.children(token, SUBJECT_OR_OWNER_DEPS)
        if not found and token.dep_ == "xcomp":  # "offered *to host* talks": the subject of "offered"
            found = syntax.children(token.head, syntax.SUBJECT_DEPS)
        if not found and token.dep_ == "acl" and token.tag_ == "VBG":  # "students *protesting* fees": the noun acts
            found = [token.head]
        return found
    if relation == "modifier":
        return syntax.children(token, syntax.MODIFIER_DEPS)
    if relation == "prep":  # "pulled out *of* talks": the phrase may hang on the particle
        particles = [c for c in token.children if c.dep_ == "prt" or (c.dep_ == "prep" and (c.i == token.i + 1 or _compound_preposition(c)))]
        holders = [token, *_objects(token), *particles]
        found = [obj for holder in holders for _, obj in syntax.prep_objects(holder, constraint.prep)]
        return found + [o for obj in found if syntax.lemma(obj) in QUANTITIES for _, o in syntax.prep_objects(obj, "of")]
    if relation == "complement":  # "have sworn *to fight*": an infinitive the parser read as a purpose counts
        return repairs.purpose_complements(token) + [
            obj for _, obj in syntax.prep_objects(token) if obj.dep_ == "pcomp"
        ]
    return [t for t in token.subtree if t.i != token.i]


def _compound_preposition(prep: Token) -> bool:
    """ "forced them *out of* the country": the first word of a two-word preposition has no object of its own."""
    return not any(c.dep_ == "pobj" for c in prep.children) and any(c.dep_ == "prep" for c in prep.children)


def _on_side(candidate: Token, token: Token, side: str) -> bool:
    return side == "any" or (side == "before") == (candidate.i < token.i)


Candidates = dict[tuple[int, str, str | None], list["Token"]]


def match_constraint(token: Token, constraint: Constraint, seen: Candidates | None = None) -> Token | None:
    """The head of the phrase satisfying ``constraint``, or None. ``seen``: one sentence's candidate
    phrases by (token, relation, preposition), which depend on nothing else: a trigger's patterns
    ask the same ones (most have an object) one after another."""
    key = (token.i, constraint.relation, constraint.prep)
    candidates = seen.get(key) if seen is not None else None
    if candidates is None:
        candidates = _candidates(token, constraint)
        if seen is not None:
            seen[key] = candidates
    side = constraint.side
    for candidate in candidates:
        if side != "any" and not _on_side(candidate, token, side):
            continue
        if not constraint.phrases or _heads_phrase(candidate, constraint):
            return candidate
    return None


def _heads_phrase(candidate: Token, constraint: Constraint) -> bool:
    """Is ``candidate`` the last word of one of the constraint's phrases? Only phrases ending in its
    lemma or form can be."""
    by_head = constraint.phrases_by_head
    ending = by_head.get(syntax.lemma(candidate), ()) + by_head.get(candidate.lower_, ())
    return any(syntax.phrase_matches(candidate, p) for p in ending)


def match_pattern(token: Token, pattern: Pattern, seen: Candidates | None = None) -> Predicate | None:
    """The predicate ``pattern`` makes of ``token``, or None (``seen``: as for ``match_constraint``)."""
    if pattern.forms and token.lower_ not in pattern.forms:
        return None
    start, end = token.i - len(pattern.prefix), token.i + 1
    if "-" in pattern.lemma and "-" not in token.text:  # "test-launched" split by the tokenizer
        start -= 2
    if pattern.particle:
        particle = _particle_token(token, pattern.particle)
        if particle is None:
            return None
        end = max(end, particle.i + 1) if particle.i - token.i <= 3 else end
    if not _prefix_ok(token, pattern.prefix):
        return None
    slots = []
    cursor = None  # built for the first word-order constraint: most patterns have none
    for constraint in pattern.constraints:
        if constraint.relation == "sequence":
            cursor = cursor or Cursor.around(token, start, end)
            matched = match_sequence(token.doc, constraint, cursor)
            found, cursor = matched if matched is not None else (None, cursor)
        else:
            found = match_constraint(token, constraint, seen)
        if found is None:
            return None
        if constraint.role:
            slots.append((constraint.role, found.i))
    return Predicate(token.i, start, end, pattern, tuple(slots))


def is_date_name(token: Token) -> bool:
    """A month or weekday written as a name ("in *March*", "on *Sunday*"): a date, never a trigger or a place."""
    return token.tag_ in syntax.PROPER_TAGS and token.lower_ in TIME_WORDS


Triggers = dict[tuple[str, str, str, str | None], tuple[Pattern, ...]]


def find_predicates(doc: Doc, patterns: PatternSet, triggers: Triggers | None = None,
                    vocabulary: frozenset[str] | None = None) -> list[Predicate]:
    """Every token whose most specific matching pattern gives an event or a frame. ``triggers``: the
    patterns of each word read so far, by (tag, lemma, form, hyphenated whole), kept by the caller
    across sentences (they depend on the word alone; most words have none). ``vocabulary``: the
    sentence's lemmas and forms (``syntax.Words``); a pattern needing a phrase headed by none of them
    is passed over untried."""
    found = []
    seen: Candidates = {}
    triggers = {} if triggers is None else triggers
    tokens = list(doc)
    known = triggers.get
    for token in tokens:
        tag = token.tag_  # a trigger is a noun or a verb (``syntax.kind_of``): most words are passed over here
        if token.dep_ in NOT_TRIGGER_DEPS or (tag not in syntax.NOUN_TAGS and not tag.startswith("VB")):
            continue
        i = token.i
        joined = _hyphenated(token) if i >= 2 and tokens[i - 1].text == "-" else None
        key = (tag, token.lemma_, token.lower_, joined)
        candidates = known(key)
        if candidates is None:
            candidates = triggers[key] = _word_patterns(patterns, token, joined)
        for pattern in candidates:
            needed = pattern.needed_heads
            if needed and vocabulary is not None and any(heads.isdisjoint(vocabulary) for heads in needed):
                continue
            predicate = match_pattern(token, pattern, seen)
            if predicate is not None:
                found.append(predicate)
                break
    return found


def _word_patterns(patterns: PatternSet, token: Token, joined: str | None) -> tuple[Pattern, ...]:
    """The patterns a word may trigger: none for words of no kind and for dates named ("in *March*")."""
    kind = syntax.kind_of(token)
    if kind is None or (kind == "noun" and is_date_name(token)):
        return ()
    return trigger_patterns(patterns, kind, token, joined)


def trigger_patterns(patterns: PatternSet, kind: str, token: Token, joined: str | None = None) -> tuple[Pattern, ...]:
    """Patterns indexed by the token's lemma and, for dictionaries that list surface forms, by its form;
    a hyphenated word split by the tokenizer ("test-launched", "sit-in") is looked up whole first
    (``joined``: as ``_hyphenated`` reads it, when the caller has)."""
    joined = joined or _hyphenated(token)
    lemma = syntax.lemma(token)
    by_lemma = (patterns.candidates(kind, joined) if joined else ()) or patterns.candidates(kind, lemma)
    if not by_lemma and kind == "verb":
        readings = [patterns.irregular.get(token.lower_, lemma), *_stems(token.lower_, lemma)]
        by_lemma = next(filter(None, (patterns.candidates(kind, c) for c in readings)), ())
    by_form = patterns.candidates(kind, token.lower_) if token.lower_ != lemma else ()
    if not by_form:
        return by_lemma
    unique = {id(p): p for p in by_lemma + by_form}  # by identity: hashing patterns is costly
    return tuple(sorted(unique.values(), key=lambda p: -p.specificity))


def _hyphenated(token: Token) -> str | None:
    """ "test-launched" -> "test-launch": the word before a hyphen joined to the lemma."""
    doc, i = token.doc, token.i
    if i < 2 or doc[i - 1].text != "-" or doc[i - 1].whitespace_ or doc[i - 2].whitespace_:
        return None
    return f"{doc[token.i - 2].lower_}-{syntax.lemma(token)}"


def _stems(form: str, lemma: str) -> list[str]:
    """Other readings of a verb form the lemmatizer got wrong ("staged" -> "stag", "cordoned" -> "cordone")."""
    found = []
    for suffix, ending in (("ed", "e"), ("ed", ""), ("ing", "e"), ("ing", ""), ("es", ""), ("s", "")):
        if form.endswith(suffix) and len(form) > len(suffix) + 2:
            found.append(form[: -len(suffix)] + ending)
    return [f for f in found if f != lemma]
