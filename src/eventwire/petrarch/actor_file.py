"""Parsing a PETRARCH/TABARI actor dictionary (``*.actors.txt``) into plain records.

A record is a primary phrase, optional ``+`` synonyms and code blocks:

    GOLLUM                         primary phrase ('_' or blanks between words)
    +SMEAGOL                       synonyms
        [HOB < 950601]             codes, each with an optional date restriction:
        [HOBGOV 19950601-19990815]   <date (until), >date (from), date-date;
        [HOBREB > 990816]            the bounds are inclusive
    GONDOR [GON]                   a code without dates is the default
    LORIEN [ELR/GAL]               '/' names several actors at once
    BOROMIR [---]                  the null code: a phrase that is no actor

Dates are ``YYYYMMDD`` or ``YYMMDD``; two-digit years up to 30 are read as
20YY, later ones as 19YY. ``;`` and ``#`` start comments.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from .codes import NULL_CODE, bracket_groups, before_brackets
from .lines import Line, Report, content_lines

CENTURY_CUTOFF = 30  # two-digit years 00..30 are 2000..2030
_RESTRICTION = re.compile(r"^\s*(?P<code>[^\s<>]*)\s*(?:(?P<op>[<>])\s*(?P<date>\d+)|(?P<start>\d+)\s*-\s*(?P<end>\d+))?\s*$")
_CODE = re.compile(r"^[A-Za-z0-9/+#\-]+$")


@dataclass(frozen=True)
class CodeBlock:
    """One ``[CODE restriction]``: the codes and the dates they hold between (inclusive)."""

    codes: tuple[str, ...]  # upper case; ("---",) is the null code
    start: date | None
    end: date | None
    line: int

    @property
    def null(self) -> bool:
        return self.codes == (NULL_CODE,)


@dataclass(frozen=True)
class ActorRecord:
    phrases: tuple[tuple[str, ...], ...]  # the primary phrase first; words as written
    blocks: tuple[CodeBlock, ...]
    line: int


def parse_date(text: str) -> date | None:
    """``"950601"`` -> 1995-06-01, ``"20121109"`` -> 2012-11-09; None if not a date."""
    try:
        if len(text) == 8:
            return date(int(text[:4]), int(text[4:6]), int(text[6:]))
        if len(text) == 6:
            year = int(text[:2])
            century = 2000 if year <= CENTURY_CUTOFF else 1900
            return date(century + year, int(text[2:4]), int(text[4:]))
    except ValueError:
        return None
    return None


def parse_code_block(text: str, line: int) -> CodeBlock | str:
    """A CodeBlock, or the reason why ``text`` is not one."""
    match = _RESTRICTION.match(text)
    if match is None:
        return f"unreadable code block [{text}]"
    code = match.group("code").upper()
    if not code or not _CODE.match(code):
        return f"code block [{text}] has no code"
    codes = tuple(c for c in code.split("/") if c)
    op, when = match.group("op"), match.group("date")
    if op:
        day = parse_date(when)
        if day is None:
            return f"bad date '{when}' in [{text}]"
        return CodeBlock(codes, None, day, line) if op == "<" else CodeBlock(codes, day, None, line)
    if match.group("start"):
        start, end = parse_date(match.group("start")), parse_date(match.group("end"))
        if start is None or end is None:
            return f"bad date range in [{text}]"
        if end < start:
            return f"date range in [{text}] ends before it starts"
        return CodeBlock(codes, start, end, line)
    return CodeBlock(codes, None, None, line)


def phrase_words(text: str) -> tuple[str, ...]:
    """``"MINAS_TIRITH_"`` -> ("MINAS", "TIRITH"): words as written, the TABARI end mark dropped."""
    return tuple(w for w in text.replace("_", " ").split() if w)


def _phrases(text: str) -> list[tuple[str, ...]]:
    """A phrase, or several glued with '+' (``A_B+_C_D``)."""
    return [words for part in text.split("+") if (words := phrase_words(part))]


@dataclass
class _OpenRecord:
    phrases: list[tuple[str, ...]]
    blocks: list[CodeBlock]
    line: int


class _ActorReader:
    def __init__(self, report: Report) -> None:
        self.report = report
        self.records: list[ActorRecord] = []
        self.open: _OpenRecord | None = None

    def close(self) -> None:
        record = self.open
        self.open = None
        if record is None:
            return
        if not record.blocks:
            self.report.malformed(record.line, f"actor '{' '.join(record.phrases[0])}' has no code")
            return
        self.records.append(ActorRecord(tuple(record.phrases), tuple(record.blocks), record.line))

    def read(self, line: Line) -> None:
        text = line.text.split(";", 1)[0].strip()  # TABARI's ';' comments
        if not text:
            return
        if text.startswith("["):
            self._blocks(line, text, self.open)
        elif text.startswith("+"):
            if self.open is None:
                self.report.malformed(line, "synonym '+' line before any actor")
                return
            self.open.phrases.extend(_phrases(before_brackets(text)[1:]))
            self._blocks(line, text, self.open)
        else:
            self.close()
            phrases = _phrases(before_brackets(text))
            if not phrases:
                self.report.malformed(line, "actor line has no phrase")
                return
            self.open = _OpenRecord(phrases, [], line.number)
            self._blocks(line, text, self.open)

    def _blocks(self, line: Line, text: str, record: _OpenRecord | None) -> None:
        groups = bracket_groups(text)
        if groups and record is None:
            self.report.malformed(line, "code block before any actor")
            return
        if text.count("[") != text.count("]") or (text.startswith("[") and not groups):
            self.report.malformed(line, "unbalanced [ ] in code block")
        for group in groups:
            block = parse_code_block(group, line.number)
            if isinstance(block, str):
                self.report.malformed(line, block)
            elif record is not None:
                record.blocks.append(block)


def parse_actors(text: str, report: Report) -> tuple[ActorRecord, ...]:
    reader = _ActorReader(report)
    for line in content_lines(text):
        reader.read(line)
    reader.close()
    return tuple(reader.records)
