"""Frames: trigger words that operate on an embedded event.

"China *joined* the US in *imposing sanctions*", "Iran *threatened to close*
the strait", "the UN *urged* both sides *to resume talks*": the embedded
event gives the act, the frame gives the actor and turns the code into the
right CAMEO family (the ontology knows which code of a family is about
which act). A frame consumes its embedded event: one event comes out.

Frames (the ``frame`` of a pattern):
  event     light verb: the embedded act itself ("held talks", "imposed sanctions")
  join      like event; the object is a co-actor ("joined X in ...")
  intend    cooperative acts become intents (03x), conflictual ones threats (13x),
            announced retreats concessions (080)
  agree     agreeing to an act is AGREE (03x), also to a ceasefire or a swap; agreeing
            to give something up alone is a concession (080)
  threaten  threats (13x)
  appeal    appeals (02x, PLOVER REQUEST)
  demand    demands (10x)
  reject    rejections (12x)
  accuse    accusations (112; aggression 1123)
  deny      the denied act is not an event, and neither is the denial
  end       ending an act: lifting sanctions (085), suspending talks (164)
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from . import repairs, syntax
from .ontology import Ontology
from .predicates import Predicate

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# where a frame looks for its embedded event, in order
EMBEDDING_DEPS = ("dobj", "xcomp", "ccomp", "nsubjpass", "acl", "advcl")
EMBEDDING_DEP_SET = frozenset(EMBEDDING_DEPS)
EMBEDDING_PREPS = ("of", "for", "to", "in", "on", "with", "from", "against", "over", "about")
ASSAULT_ROOTS = ("18", "19", "20")
SPANS = frozenset({"hour", "day", "week", "month", "year", "round"})  # "began *a week of* drills"
AMOUNTS = frozenset({"$", "million", "billion", "trillion", "dollar", "euro", "pound", "yen", "tonne", "ton", "dose"})
# light verbs take acts as nouns or infinitives, never as "that" clauses ("announced he would visit" is speech)
CLAUSELESS_FRAMES = ("event", "join", "end")
INTENT_PLOVER = ("CONSULT", "SUPPORT", "COOPERATE", "AID")
SUMMING_NOUNS = frozenset({"charge", "accusation", "allegation", "claim", "assertion", "report", "account", "version"})
MUTUAL_RETREATS = ("0871", "087", "0841")  # ceasefires, de-escalation and prisoner swaps are agreed between sides


@dataclass(frozen=True)
class Composite:
    """An event candidate: a chain of predicates from the frame down to the act."""

    chain: tuple[Predicate, ...]  # outermost first
    code: str | None  # None: only the reverse act is coded (PETRARCH [:173])
    coagents: tuple[int, ...] = ()  # token heads of further actors ("joined the US in ...")
    # the outermost and the innermost predicate, set once: the roles, targets and modality ask
    # them tens of thousands of times a corpus (a property was a call each time)
    top: Predicate = field(init=False, repr=False, compare=False)
    inner: Predicate = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "top", self.chain[0])
        object.__setattr__(self, "inner", self.chain[-1])

    def frames(self) -> tuple[str, ...]:
        return tuple(p.frame for p in self.chain if p.frame)


def operate(frame: str, code: str, ontology: Ontology) -> str | None:
    """The code of ``frame`` applied to the embedded act ``code``."""
    entry = ontology.lookup(code)
    if frame in ("event", "join"):
        return code
    if frame == "intend":
        return intend_code(code, ontology)
    if frame == "agree":
        return _agree(code, ontology)
    if frame == "threaten":
        return ontology.about("13", code) if entry.quad_class in (3, 4) else "130"
    if frame in ("appeal", "demand", "reject"):
        return ontology.about({"appeal": "02", "demand": "10", "reject": "12"}[frame], code)
    if frame == "accuse":
        return "1123" if entry.root in ASSAULT_ROOTS else "112"
    if frame == "deny":  # a denied act is no event, and a denial only says so
        return None
    if frame == "end":
        return ontology.reverse(code)
    return None


def intend_code(code: str, ontology: Ontology, promised: bool = True) -> str:
    """PLOVER: promised or future cooperation is AGREE (03x) and announced retreats CONCEDE (080);
    force or sanctions *vowed* or *planned* are threats (13x), while announced ones stay what they are."""
    entry = ontology.lookup(code)
    if entry.plover in INTENT_PLOVER:
        return ontology.about("03", code)
    if entry.root == "08":  # CAMEO 035x: a promise to yield (ease, release, de-escalate) is AGREE; an announced retreat a concession
        return ontology.about("03", code) if promised else "080"
    if entry.quad_class == 4 and promised:
        return ontology.about("13", code)
    return code


def _agree(code: str, ontology: Ontology) -> str:
    """Agreeing to a ceasefire, talks or aid is AGREE; agreeing to give something up is a concession."""
    entry = ontology.get(code)
    if entry.root == "08" and code not in MUTUAL_RETREATS:
        return "080"
    return ontology.about("03", code) if entry.cooperative else intend_code(code, ontology)


def _purpose_clause(token: Token) -> bool:
    """An adverbial clause is embedded only as "to ..." ("urged Iran to talks", "called *for Netanyahu to
    resign*"), not "after ..."."""
    marks = [c.lower_ for c in syntax.children(token, ("mark",))]
    return token.dep_ != "advcl" or (any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children) and marks in ([], ["for"]))


def _embedded_candidates(token: Token) -> list[Token]:
    embedding = [c for c in token.children if c.dep_ in EMBEDDING_DEP_SET]  # the children read once, in EMBEDDING_DEPS order below
    found = [c for dep in EMBEDDING_DEPS for c in embedding if c.dep_ == dep and _purpose_clause(c)]
    phrases = syntax.prep_objects(token)
    found += [obj for prep in EMBEDDING_PREPS for word, obj in phrases if word == prep]
    spans = [c for c in syntax.children(token, ("npadvmod",)) if syntax.lemma(c) in SPANS]  # parsed as an adverb
    for obj in [*syntax.children(token, ("dobj", "nsubjpass")), *spans]:  # "made a call for talks", "held hours of talks"
        found += [o for prep, o in syntax.prep_objects(obj) if prep in ("for", "of")]
        if syntax.lemma(obj) in AMOUNTS:  # "withheld $85 million *in* military aid"
            found += [o for _, o in syntax.prep_objects(obj, "in")]
    found += repairs.detached_noun_clauses(token)
    return [t for candidate in found for t in syntax.with_conjuncts(candidate)]  # "to defend and develop ties"


def _summing_up(token: Token) -> bool:
    """Is the verb's subject a word that sums up what came before ("a charge", "an accusation")?"""
    return any(syntax.lemma(s) in SUMMING_NOUNS for s in syntax.children(token, ("nsubj", "nsubjpass")))


class Composer:
    """Composes frames with the events they embed."""

    def __init__(self, ontology: Ontology, disabled: frozenset[str] = frozenset()) -> None:
        """``disabled``: rule names switched off; a disabled ``code.frame.<frame>`` embeds nothing."""
        self.ontology = ontology
        self.disabled = disabled

    def compose(self, doc: Doc, predicates: Sequence[Predicate]) -> list[Composite]:
        built: dict[int, Composite] = {p.head: Composite((p,), p.code) for p in predicates if _acts(p) and not p.frame}
        consumed: set[int] = set()
        frames = sorted((p for p in predicates if p.frame), key=lambda p: (-syntax.depth(doc[p.head]), -p.head))  # inner first; at one depth, what follows is embedded
        for frame in frames:
            composite = self._apply(doc, frame, built, consumed)
            if composite is not None:
                built[frame.head] = composite
        return [c for head, c in sorted(built.items()) if head not in consumed and self._stands(c)]

    @staticmethod
    def _stands(composite: Composite) -> bool:
        """Nouns such as "relations" are events only under a frame or a verb pattern."""
        return len(composite.chain) > 1 or composite.top.pattern.standalone

    def _apply(self, doc: Doc, frame: Predicate, built: dict[int, Composite], consumed: set[int]) -> Composite | None:
        token = doc[frame.head]
        if f"code.frame.{frame.frame}" in self.disabled:
            return Composite((frame,), frame.code) if frame.code else None
        for candidate in _embedded_candidates(token):
            if candidate.dep_ == "ccomp" and frame.frame in CLAUSELESS_FRAMES:
                continue
            if candidate.dep_ == "ccomp" and candidate.i < token.i and frame.frame in ("deny", "reject") and _summing_up(token):
                continue  # "Rwanda was accused of ..., *a charge Kigali has denied*": the accusation stands
            inner = built.get(candidate.i)
            if inner is None or inner.code is None or candidate.i in consumed:
                continue
            code = operate(frame.frame or "event", inner.code, self.ontology)
            consumed.add(candidate.i)
            if code is None:
                return None
            coagents = inner.coagents + (self._coagents(token) if frame.frame == "join" else ())
            return Composite((frame, *inner.chain), code, coagents)
        return Composite((frame,), frame.code) if frame.code else None

    @staticmethod
    def _coagents(token: Token) -> tuple[int, ...]:
        return tuple(t.i for o in syntax.children(token, ("dobj",)) for t in syntax.with_conjuncts(o))


def _acts(predicate: Predicate) -> bool:
    """A predicate codes an act, or at least the reverse act (PETRARCH ``[:173]``)."""
    return bool(predicate.code or predicate.pattern.reverse_code)
