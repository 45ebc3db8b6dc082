"""Running PETRARCH unit-test records through eventwire and scoring them.

Each record's text is coded by eventwire's own pipeline — its spaCy parse,
actor coder and event coder — with the dictionaries the records file names,
on the record's date. The coded events, written as PETRARCH writes them
(source, target, event code; ``---`` for a missing actor, ``---GOV`` for a
role with no country), must equal the record's expected set; a record that
expects no event passes when nothing is coded. PETRARCH's ``require_dyad``
option, set by ``<Config>`` elements in the file, is honoured: when true
(its default) an event needs a target.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

from ..config import Settings
from ..errors import EventwireError
from ..types import ActorRef, Document, Event, Problem
from .records import RecordFile, Triple, ValidationRecord, read_records

NULL_ACTOR = "---"
TRUE_VALUES = ("true", "1", "yes")


def petrarch_code(actor: ActorRef | None) -> str:
    """An actor as PETRARCH writes it: "---" for none, "---GOV" for a role with no country."""
    if actor is None:
        return NULL_ACTOR
    if actor.country is None and actor.sector and actor.code == actor.sector:
        return NULL_ACTOR + actor.code
    return actor.code


def require_dyad(record: ValidationRecord) -> bool:
    return record.options.get("require_dyad", "true").lower() in TRUE_VALUES


def coded_triples(events: Iterable[Event], record: ValidationRecord) -> frozenset[Triple]:
    dyad = require_dyad(record)
    return frozenset(
        (petrarch_code(e.source), petrarch_code(e.target), e.cameo) for e in events if not (dyad and e.target is None)
    )


@dataclass(frozen=True)
class Outcome:
    record: ValidationRecord
    coded: frozenset[Triple]

    @property
    def passed(self) -> bool:
        return self.coded == self.record.expected


@dataclass(frozen=True)
class Summary:
    outcomes: tuple[Outcome, ...]
    problems: tuple[Problem, ...] = field(default=())

    @property
    def passed(self) -> int:
        return sum(o.passed for o in self.outcomes)

    def by_category(self) -> dict[str, dict[str, int]]:
        table: dict[str, dict[str, int]] = {}
        for outcome in self.outcomes:
            row = table.setdefault(outcome.record.category, {"records": 0, "passed": 0})
            row["records"] += 1
            row["passed"] += outcome.passed
        return dict(sorted(table.items()))

    def as_json(self) -> dict:
        return {"records": len(self.outcomes), "passed": self.passed, "by_category": self.by_category()}


def dictionary_paths(names: Sequence[str], given: Sequence[str | Path]) -> tuple[str, ...]:
    """The files the records name, found among the given folders and files (E709 if one is missing)."""
    folders = [Path(p) for p in given if Path(p).is_dir()]
    files = {Path(p).name: Path(p) for p in given if Path(p).is_file()}
    found = []
    for name in names:
        path = files.get(name) or next((f / name for f in folders if (f / name).is_file()), None)
        if path is None:
            raise EventwireError("E709", name=name)
        found.append(str(path))
    return tuple(found)


def validation_settings(settings: Settings, paths: Sequence[str]) -> Settings:
    """The user's settings, coding with exactly the named dictionaries, every sentence parsed."""
    overrides = {"dictionaries.paths": tuple(paths), "dictionaries.mode": "replace", "dictionaries.require_dyad": False,
                 "parse.skip_unlikely": False}  # require_dyad is applied per record, as <Config> sets it
    return settings.with_overrides(overrides)


def record_document(record: ValidationRecord, origin: str) -> Document:
    published = datetime(record.date.year, record.date.month, record.date.day, 12, tzinfo=timezone.utc)
    return Document(doc_id=record.id, origin=f"{origin}:{record.id}", body=(record.text,), published=published,
                    published_precision="day")  # fmt: skip


def run_records(records: RecordFile, pipeline, origin: str) -> Summary:
    """Code every record with ``pipeline`` (a ``Pipeline`` that keeps unmapped codes) and compare."""
    outcomes = []
    for record in records.records:
        result = pipeline.code_document(record_document(record, origin))
        outcomes.append(Outcome(record, coded_triples(result.events, record)))
    return Summary(tuple(outcomes), records.problems)


def validate(records_path: str | Path, dictionaries: Sequence[str | Path], settings: Settings, parser=None) -> Summary:
    """Read the records, load the dictionaries they name, code and score every record
    (``parser``: an already loaded parse stage to share)."""
    from ..pipeline import Pipeline

    records = read_records(records_path)
    paths = dictionary_paths(records.dictionaries, dictionaries)
    pipeline = Pipeline(validation_settings(settings, paths), keep_unmapped=True, parser=parser)
    summary = run_records(records, pipeline, str(records_path))
    return Summary(summary.outcomes, tuple(pipeline.dictionary_problems) + summary.problems)
