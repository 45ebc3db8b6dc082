"""PETRARCH unit-test records (``PETR.UnitTest.records.xml``) as plain records.

The file names its dictionaries in ``<Environment>`` and holds, inside
``<Sentences>``, ``<Sentence date=... id=... category=...>`` records: the
``<Text>``, the expected ``<EventCoding sourcecode= targetcode= eventcode=>``
set (or ``noevents``/``error``: no event expected) and a stored ``<Parse>``
that eventwire ignores (it parses the text itself). ``<Config option=...
value=...>`` elements between records change PETRARCH options from there on;
each record carries the options in force where it stands.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from types import MappingProxyType
from xml.etree import ElementTree

from ..errors import EventwireError, problem
from ..types import Problem

ENVIRONMENT_FILES = ("Verbfile", "Actorfile", "Agentfile", "Discardfile")
Triple = tuple[str, str, str]  # (source code, target code, event code)


@dataclass(frozen=True)
class ValidationRecord:
    id: str
    category: str
    date: date
    text: str
    expected: frozenset[Triple]  # empty when no event is expected
    options: Mapping[str, str]  # PETRARCH <Config> options in force, lower-case names


@dataclass(frozen=True)
class RecordFile:
    dictionaries: tuple[str, ...]  # file names from <Environment>
    records: tuple[ValidationRecord, ...]
    problems: tuple[Problem, ...]


def _read_date(text: str | None) -> date | None:
    text = (text or "").strip()
    if len(text) != 8 or not text.isdigit():
        return None
    try:
        return date(int(text[:4]), int(text[4:6]), int(text[6:]))
    except ValueError:
        return None


def _expected(element: ElementTree.Element) -> frozenset[Triple] | str:
    """The expected event set, or the reason the codings cannot be read."""
    found = set()
    for coding in element.findall("EventCoding"):
        attrs = coding.attrib
        if "noevents" in attrs or "error" in attrs:
            continue
        if not all(k in attrs for k in ("sourcecode", "targetcode", "eventcode")):
            return f"EventCoding needs sourcecode, targetcode and eventcode, got {sorted(attrs)}"
        found.add((attrs["sourcecode"].strip(), attrs["targetcode"].strip(), attrs["eventcode"].strip()))
    return frozenset(found)


def _record(element: ElementTree.Element, options: dict[str, str], origin: str) -> ValidationRecord | Problem:
    ident = element.get("id", "").strip() or "?"
    where = f"{origin}:{ident}"
    when = _read_date(element.get("date"))
    text = " ".join((element.findtext("Text") or "").split())
    if when is None:
        return problem("E708", where, reason=f"date {element.get('date')!r} is not YYYYMMDD")
    if not text:
        return problem("E708", where, reason="no <Text>")
    expected = _expected(element)
    if isinstance(expected, str):
        return problem("E708", where, reason=expected)
    return ValidationRecord(ident, element.get("category", "").strip() or "?", when, text, expected, MappingProxyType(dict(options)))


def read_records(path: str | Path) -> RecordFile:
    """Every record of a unit-test file; a malformed record is a Problem, the others go on."""
    origin = str(path)
    try:
        root = ElementTree.parse(path).getroot()
    except FileNotFoundError:
        raise EventwireError("E707", origin=origin, reason="file not found") from None
    except (OSError, ElementTree.ParseError) as exc:
        raise EventwireError("E707", origin=origin, reason=str(exc)) from None
    environment = root.find("Environment")
    names = tuple(
        (environment.findtext(tag) or "").strip() for tag in ENVIRONMENT_FILES if environment is not None and environment.find(tag) is not None
    )
    sentences = root.find("Sentences")
    if sentences is None:
        raise EventwireError("E707", origin=origin, reason="no <Sentences> element")
    options: dict[str, str] = {}
    records: list[ValidationRecord] = []
    problems: list[Problem] = []
    for element in sentences:
        if element.tag == "Config" and element.get("option"):
            options[element.get("option", "").lower()] = element.get("value", "").strip()
        elif element.tag == "Sentence":
            read = _record(element, options, origin)
            (problems if isinstance(read, Problem) else records).append(read)
    return RecordFile(tuple(n for n in names if n), tuple(records), tuple(problems))
