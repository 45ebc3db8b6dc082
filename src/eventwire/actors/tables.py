"""Reading the tab-separated actor files: header, rows, lists and dates.

Every eventwire actor file is a TSV file: ``#`` starts a comment line, the
first other line names the columns, and each later line is one row. Lists
inside a cell are separated by ``;``. Errors name the file and line (E201).
"""

from __future__ import annotations

import calendar
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from ..errors import EventwireError


@dataclass(frozen=True)
class Row:
    origin: str  # "path:line"
    cells: dict[str, str]

    def get(self, column: str) -> str:
        return self.cells.get(column, "").strip()

    def items(self, column: str) -> tuple[str, ...]:
        return tuple(item.strip() for item in self.get(column).split(";") if item.strip())


def read_rows(text: str, origin: str, known: frozenset[str], required: frozenset[str]) -> Iterator[Row]:
    """Rows of a TSV text whose header may name any of ``known`` columns."""
    header: list[str] | None = None
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cells = line.rstrip("\r").split("\t")
        if header is None:
            header = [c.strip().lower() for c in cells]
            _check_header(header, origin, number, known, required)
            continue
        where = f"{origin}:{number}"
        if len(cells) > len(header):
            raise EventwireError("E201", origin=where, reason=f"{len(cells)} columns, the header names {len(header)}")
        yield Row(where, dict(zip(header, cells)))
    if header is None:
        raise EventwireError("E203", origin=origin)


def _check_header(header: list[str], origin: str, number: int, known: frozenset[str], required: frozenset[str]) -> None:
    unknown = [c for c in header if c not in known]
    if unknown:
        raise EventwireError("E204", origin=f"{origin}:{number}", column=unknown[0], known=", ".join(sorted(known)))
    missing = sorted(required - set(header))
    if missing:
        raise EventwireError("E201", origin=f"{origin}:{number}", reason=f"the header has no '{missing[0]}' column")


def read_text(path: str | Path) -> str:
    try:
        return Path(path).read_text(encoding="utf-8")
    except FileNotFoundError:
        raise EventwireError("E202", origin=str(path)) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise EventwireError("E201", origin=str(path), reason=f"cannot read: {exc}") from None


def parse_date(text: str, origin: str, end: bool = False) -> date | None:
    """``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``; a partial date covers its whole period."""
    text = text.strip()
    if not text:
        return None
    parts = text.split("-")
    try:
        numbers = [int(p) for p in parts]
        if len(numbers) == 1 and len(parts[0]) == 4:
            return date(numbers[0], 12, 31) if end else date(numbers[0], 1, 1)
        if len(numbers) == 2:
            year, month = numbers
            last = calendar.monthrange(year, month)[1]
            return date(year, month, last if end else 1)
        if len(numbers) == 3:
            return date(*numbers)
    except ValueError:
        pass
    raise EventwireError("E205", origin=origin, value=text)
