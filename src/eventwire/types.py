"""The records that flow between pipeline stages.

Every stage takes and returns these frozen dataclasses, so a stage can be
tested, replaced or run in another process on its own. Data flows one way:

    Article -> Document -> ParsedSentence -> ActorMention -> Event

Character offsets (``start``/``end``) of actor mentions and triggers are
relative to the sentence text they come from (``Event.sentence``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import TYPE_CHECKING, Any, Literal

if TYPE_CHECKING:  # spaCy is heavy; only the parse stage imports it for real
    from .tokenindex import IndexedDoc

Modality = Literal["asserted", "negated", "hypothetical", "future", "intended"]
DatePrecision = Literal["day", "month", "year"]
MODALITIES: tuple[str, ...] = ("asserted", "negated", "hypothetical", "future", "intended")
# The current PLOVER categories, cooperative to conflictual (DESIGN.md).
PLOVER_CATEGORIES: tuple[str, ...] = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)  # fmt: skip


@dataclass(frozen=True)
class Problem:
    """One input (file, line, feed entry) that could not be used, and why.

    Problems travel beside results instead of being raised, so one bad
    document never stops the others. ``code`` is a key of ``errors.Errors``.
    """

    code: str
    origin: str  # file path, "path:line", URL or "<stdin>"
    message: str

    def line(self) -> str:
        """The one-line message shown to users: ``[E103] path: message``."""
        return f"[{self.code}] {self.origin}: {self.message}"


@dataclass(frozen=True)
class Article:
    """Raw input as read, before any cleaning."""

    origin: str  # where it came from: path, "path:line", URL, "<stdin>"
    text: str  # raw text (for HTML: the main text trafilatura extracted)
    doc_id: str | None = None  # given id (JSON Lines ``id``), else None
    title: str | None = None
    published: str | None = None  # date/time string as found in metadata
    source: str | None = None  # outlet or agency from metadata
    url: str | None = None
    kind: str = "text"  # text | html | jsonl | rss


@dataclass(frozen=True)
class RemovedLine:
    """A line dropped from the story, with the reason it was dropped."""

    text: str
    reason: str


@dataclass(frozen=True)
class Document:
    """A cleaned article: story paragraphs and trustworthy metadata."""

    doc_id: str  # given id, else a hash of the article text
    origin: str
    body: tuple[str, ...]  # story paragraphs, in order
    source: str | None = None  # agency or outlet, e.g. "Reuters"
    published: datetime | None = None  # timezone-aware when the offset is known
    title: str | None = None
    dateline: str | None = None  # place named in the dateline, e.g. "Seoul"
    url: str | None = None
    language: str = "en"
    text_hash: str = ""  # sha256 of the body text, for idempotent ingest
    removed: tuple[RemovedLine, ...] = ()
    published_precision: DatePrecision | None = None  # "day" also when a time is known

    @property
    def text(self) -> str:
        return "\n\n".join(self.body)

    @property
    def published_date(self) -> date | None:
        """The publication date in the article's own time zone."""
        return self.published.date() if self.published else None


@dataclass(frozen=True)
class ParsedSentence:
    """One sentence of a document, with its tokens (spaCy's Doc, indexed once for the rules).

    ``doc`` always holds the tokens; ``parsed`` says whether the full
    pipeline (tagger, parser) ran, or only the tokenizer because a cheap
    pre-pass found nothing that could yield an event.
    """

    index: int  # position of the sentence in the document, from 0
    paragraph: int  # index of its paragraph in ``Document.body``
    text: str
    doc: IndexedDoc  # given a spaCy Doc, holds it indexed (``tokenindex``); the Doc is ``doc.spacy``
    parsed: bool = True

    def __post_init__(self) -> None:
        from .tokenindex import indexed

        object.__setattr__(self, "doc", indexed(self.doc, self.text))


@dataclass(frozen=True)
class Actor:
    """A coded actor: CAMEO-style code plus its parts."""

    code: str  # e.g. "CHNGOV", "IGOUNO", "PRKMED"
    country: str | None  # ISO 3166-1 alpha-3; None for IGO/NGO/IMG
    sector: str | None  # GOV, MIL, COP, MED, ... or None
    name: str | None = None  # canonical name, e.g. "Xi Jinping"


ACTOR_KIND = "actor"  # a mention that acts or is acted on
PLACE_KIND = "place"  # a country, capital, city or region named as where: "a visit to Malawi"
MODIFIER_KIND = "modifier"  # a country word on a thing: "a Peruvian request"


@dataclass(frozen=True)
class ActorMention:
    """An actor named in a sentence."""

    text: str  # the words as written
    start: int  # character offsets in the sentence text
    end: int
    actor: Actor
    token_start: int = 0  # token offsets in ``ParsedSentence.doc``
    token_end: int = 0
    rule: str = ""  # the dictionary entry or rule that resolved it
    coreferent: bool = False  # a pronoun or "the president" resolved to an earlier actor
    kind: str = ACTOR_KIND  # ACTOR_KIND, or PLACE_KIND / MODIFIER_KIND for ``SentenceActors.places``

    def ref(self) -> ActorRef:
        return ActorRef(
            text=self.text,
            name=self.actor.name,
            code=self.actor.code,
            country=self.actor.country,
            sector=self.actor.sector,
            start=self.start,
            end=self.end,
        )


@dataclass(frozen=True)
class SentenceActors:
    """The actor mentions found in one sentence.

    ``places`` holds the countries the sentence names only as a place or on a
    thing ("talks in Nairobi", "a Peruvian request"), with ``kind`` saying
    which: not actors, yet the country such a phrase stands for when a
    reader needs one (the place an act is aimed at, a gold coder's span).
    """

    sentence_index: int
    mentions: tuple[ActorMention, ...]
    places: tuple[ActorMention, ...] = ()


@dataclass(frozen=True)
class ActorRef:
    """An actor as it appears in an event record."""

    text: str
    name: str | None
    code: str
    country: str | None
    sector: str | None
    start: int
    end: int


@dataclass(frozen=True)
class Location:
    name: str
    country: str | None
    lat: float | None
    lon: float | None


@dataclass(frozen=True)
class Trigger:
    """The words that express the event, with sentence offsets."""

    text: str
    start: int
    end: int


@dataclass(frozen=True)
class Event:
    """One coded event: the record of DESIGN.md."""

    event_id: str
    doc_id: str
    sentence_index: int
    sentence: str
    date: str | None  # ISO date "YYYY-MM-DD"
    date_precision: DatePrecision | None
    source: ActorRef | None
    target: ActorRef | None
    cameo: str
    cameo_root: str
    goldstein: float
    quad_class: int
    plover: str
    plover_mode: str | None
    modality: Modality
    past: bool
    reported_by: ActorRef | None
    location: Location | None
    trigger: Trigger
    confidence: float
    rules: tuple[str, ...] = ()  # names of the rules behind code, source, target, modality (docs/event-record.md)

    def to_dict(self) -> dict[str, Any]:
        """The JSON record, with exactly the field names of DESIGN.md: what ``asdict`` gives, made without
        its deep copies (they were most of the cost of writing JSON Lines). The records an event holds
        (actors, place, trigger) are flat, so a copy of each one's fields is the whole of it."""
        record = dict(self.__dict__)
        for name, value in record.items():
            if hasattr(value, "__dataclass_fields__"):
                record[name] = dict(value.__dict__)
        return record


@dataclass(frozen=True)
class DocumentResult:
    """What the pipeline made of one document."""

    document: Document
    events: tuple[Event, ...]
    sentences: int = 0  # sentences in the document
    sentences_parsed: int = 0  # of those, fully parsed (the rest skipped)
    notes: tuple[Problem, ...] = field(default_factory=tuple)  # non-fatal
    withheld: int = 0  # events below the confidence threshold (setting events.min_confidence), left out
