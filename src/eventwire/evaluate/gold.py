"""Gold-standard records in the PLOVER gold-record format.

A file is a JSON list of records, or JSON Lines of the same records::

    {"id": "dev-0001", "text": "...", "date": "2019-05-14", "event": "CONSULT",
     "source": [{"actorText": "...", "code": "JPN", "sector": "GOV"}],
     "target": [{"actorText": "...", "code": "IND", "sector": ""}]}

Records sharing a text are one sentence's gold set; ``"event": null`` means
a careful coder records nothing. Actor codes are compared by country, or
for international, non-governmental and transnational armed groups by the
organisation code: "USA", "USAGOV" and {"code": "USA", "sector": "GOV"}
are the same country. A role left out, null or "" is ``None`` here (not
coded); ``[]`` is an empty tuple (two or more sources with no target are a
mutual act). The scorer treats both as open. A record that cannot be read
is skipped with a ``Problem`` and the others are kept.
"""

from __future__ import annotations

import json
import re
from importlib import resources
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import EventwireError
from ..types import PLOVER_CATEGORIES, Problem

OLDER_LABELS = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE", "FIGHT": "ASSAULT"}
NON_STATE_PREFIXES = ("IGO", "NGO", "IMG")
# CAMEO's own country codes that differ from ISO 3166-1 alpha-3
CAMEO_COUNTRY_ALIASES = {"PAL": "PSE", "KSV": "XKX", "KOS": "XKX", "ROM": "ROU", "ZAR": "COD", "TMP": "TLS", "BUR": "MMR",
                         "JAP": "JPN", "ITL": "ITA", "VTN": "VNM"}
ORGANISATION_CODES_FILE = "organisation-codes.tsv"
NO_EVENT_LABELS = ("", "NONE", "NULL", "NO EVENT", "NOEVENT")


def _iso3_codes() -> frozenset[str]:
    import pycountry

    return frozenset(c.alpha_3 for c in pycountry.countries) | {"XKX"}


@dataclass(frozen=True)
class GoldActor:
    text: str
    key: str | None  # country (ISO alpha-3) or organisation code; None: neither named


@dataclass(frozen=True)
class GoldRecord:
    id: str
    text: str
    date: str | None
    event: str | None  # current PLOVER category, or None: no event
    sources: tuple[GoldActor, ...] | None  # None: the role was not coded, any actor matches
    targets: tuple[GoldActor, ...] | None
    trap: str | None = None


@dataclass(frozen=True)
class GoldFile:
    """The readable records of a gold file, and the records skipped (one ``Problem`` each)."""

    records: tuple[GoldRecord, ...]
    skipped: tuple[Problem, ...]


def read_organisation_codes(text: str) -> dict[str, str]:
    """Each spelling of an organisation code -> the code compared."""
    table: dict[str, str] = {}
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            canonical, *others = line.split()
            for code in (canonical, *others):
                table[code.upper()] = canonical.upper()
    return table


class ActorKeys:
    """Reduces actor codes of any common style to a country or organisation key."""

    def __init__(self) -> None:
        self.countries = _iso3_codes()
        text = resources.files("eventwire.data").joinpath(ORGANISATION_CODES_FILE).read_text("utf-8")
        self.organisations = read_organisation_codes(text)

    def organisation(self, letters: str) -> str:
        """ "IGOAU", "IGOAFRAU" -> "IGOAFU"; unknown codes compare by their first six letters."""
        for candidate in (letters, letters[:9], letters[:6]):
            if candidate in self.organisations:
                return self.organisations[candidate]
        return letters[:6]

    def key(self, code: str | None, country: str | None = None) -> str | None:
        if country:
            found = self._country(re.sub(r"[^A-Z]", "", country.upper()))
            if found:
                return found
        letters = re.sub(r"[^A-Z]", "", (code or "").upper())
        if letters.startswith(NON_STATE_PREFIXES):
            return self.organisation(letters)
        return self._country(letters[:3]) if len(letters) >= 3 else None

    def _country(self, letters: str) -> str | None:
        letters = CAMEO_COUNTRY_ALIASES.get(letters[:3], letters[:3])
        return letters if letters in self.countries else None


def normalize_label(label: Any, record_id: str, origin: str) -> str | None:
    if label is None or (isinstance(label, str) and label.strip().upper() in NO_EVENT_LABELS):
        return None
    if not isinstance(label, str):
        raise EventwireError("E803", origin=origin, label=label, record=record_id)
    upper = label.strip().upper()
    upper = OLDER_LABELS.get(upper, upper)
    if upper not in PLOVER_CATEGORIES:
        raise EventwireError("E803", origin=origin, label=label, record=record_id)
    return upper


def _actors(value: Any, role: str, keys: ActorKeys, where: str) -> tuple[GoldActor, ...] | None:
    if value is None or value == "":
        return None
    if isinstance(value, dict):
        value = [value]
    if not isinstance(value, list):
        raise EventwireError("E801", origin=where, reason=f"'{role}' must be a list of actors, got {value!r}")
    actors = []
    for item in value:
        if isinstance(item, str):
            item = {"code": item}
        if not isinstance(item, dict):
            raise EventwireError("E801", origin=where, reason="an actor must be an object with a 'code'")
        code, country = item.get("code"), item.get("country")
        text = str(item.get("actorText") or item.get("text") or "")
        actors.append(GoldActor(text, keys.key(code if isinstance(code, str) else None, country if isinstance(country, str) else None)))
    return tuple(actors)


def parse_record(data: Any, position: int, origin: str, keys: ActorKeys) -> GoldRecord:
    if not isinstance(data, dict):
        raise EventwireError("E801", origin=f"{origin}:{position}", reason="a record must be a JSON object")
    record_id = str(data.get("id", position))
    where = f"{origin}: record {record_id}"
    text = data.get("text")
    if not isinstance(text, str) or not text.strip():
        raise EventwireError("E801", origin=where, reason="'text' is missing or empty")
    return GoldRecord(
        id=record_id,
        text=text.strip(),
        date=str(data["date"]) if data.get("date") else None,
        event=normalize_label(data.get("event", data.get("plover")), record_id, origin),
        sources=_actors(data.get("source"), "source", keys, where),
        targets=_actors(data.get("target"), "target", keys, where),
        trap=str(data["trap"]) if data.get("trap") else None,
    )


def _json_values(text: str, origin: str) -> tuple[list[Any], list[EventwireError]]:
    """The JSON values of a JSON list (unreadable: fatal) or of JSON Lines (a bad line is skipped)."""
    stripped = text.strip()
    if stripped.startswith("["):
        try:
            return json.loads(stripped), []
        except json.JSONDecodeError as exc:
            raise EventwireError("E801", origin=f"{origin}:{exc.lineno}", reason=f"not valid JSON ({exc.msg})") from None
    values, bad = [], []
    for number, line in enumerate(text.splitlines(), start=1):
        if line.strip():
            try:
                values.append(json.loads(line))
            except json.JSONDecodeError as exc:
                bad.append(EventwireError("E801", origin=f"{origin}:{number}", reason=f"not valid JSON ({exc.msg})"))
    return values, bad


def _parse_file(path: str | Path, keys: ActorKeys | None) -> tuple[list[GoldRecord], list[EventwireError]]:
    origin = str(path)
    try:
        text = Path(path).read_text("utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise EventwireError("E804", origin=origin, reason=exc.strerror if isinstance(exc, OSError) else str(exc)) from None
    values, bad = _json_values(text, origin)
    if not values and not bad:
        raise EventwireError("E802", origin=origin)
    keys = keys or ActorKeys()
    records = []
    for position, value in enumerate(values, start=1):
        try:
            records.append(parse_record(value, position, origin, keys))
        except EventwireError as error:
            bad.append(error)
    return records, bad


def read_gold(path: str | Path, keys: ActorKeys | None = None) -> GoldFile:
    """Every readable record of a gold file (JSON list or JSON Lines); a malformed record is
    skipped with a ``Problem`` naming it. An unreadable or empty file is an error."""
    records, bad = _parse_file(path, keys)
    skipped = (Problem(code=e.code, origin=e.origin or str(path), message=e.text) for e in bad)
    return GoldFile(tuple(records), tuple(skipped))


def load_gold(path: str | Path, keys: ActorKeys | None = None) -> list[GoldRecord]:
    """Records of a gold file that must be whole (the project's own sets): a malformed record is an error."""
    records, bad = _parse_file(path, keys)
    if bad:
        raise bad[0]
    return records


def group_by_text(records: Iterable[GoldRecord]) -> dict[str, list[GoldRecord]]:
    """Records sharing a text are one sentence's gold set (file order kept)."""
    groups: dict[str, list[GoldRecord]] = {}
    for record in records:
        groups.setdefault(record.text, []).append(record)
    return groups
