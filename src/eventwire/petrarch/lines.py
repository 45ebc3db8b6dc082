"""Reading PETRARCH/TABARI dictionary text: lines without their comments.

Every dictionary format shares the same surface rules: ``#`` starts a
comment that runs to the end of the line, blank lines are skipped, and the
files carry XML-style header comments (``<!-- ... -->``, sometimes spread
over several lines, sometimes written ``<! -- ... -->``). ``content_lines``
yields what is left, with its line number, so every parser can report a
malformed line as ``file:line``.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import EventwireError, problem
from ..types import Problem

XML_COMMENT_START = "<!"
XML_COMMENT_END = "-->"


@dataclass(frozen=True)
class Line:
    """One line of dictionary content."""

    number: int
    text: str  # without comment and surrounding blanks
    indented: bool  # began with a blank or a tab (date restrictions do)
    comment: str = ""  # what followed '#', stripped


def split_comment(raw: str) -> tuple[str, str]:
    """``"ARNOR_ [ARN] # note"`` -> ``("ARNOR_ [ARN]", "note")``; a '#' inside ``[...]`` is a code."""
    hash_at = raw.find("#")
    if hash_at < 0:
        return raw.strip(), ""
    if "[" not in raw[:hash_at]:
        return raw[:hash_at].strip(), raw[hash_at + 1 :].strip()
    depth = 0
    for i, ch in enumerate(raw):
        if ch == "[":
            depth += 1
        elif ch == "]":
            depth = max(depth - 1, 0)
        elif ch == "#" and depth == 0:
            return raw[:i].strip(), raw[i + 1 :].strip()
    return raw.strip(), ""


def content_lines(text: str) -> Iterator[Line]:
    """Lines that carry content, comments and XML comment blocks removed."""
    in_xml_comment = False
    for number, raw in enumerate(text.splitlines(), start=1):
        stripped = raw.strip()
        if in_xml_comment:
            in_xml_comment = XML_COMMENT_END not in stripped
            continue
        if stripped.startswith(XML_COMMENT_START):
            in_xml_comment = XML_COMMENT_END not in stripped
            continue
        body, comment = split_comment(raw)
        if body:
            yield Line(number, body, raw[:1] in (" ", "\t"), comment)


@dataclass
class Report:
    """Malformed lines found while reading one file; reading goes on past them."""

    origin: str
    problems: list[Problem] = field(default_factory=list)

    def malformed(self, line: Line | int, reason: str) -> None:
        number = line.number if isinstance(line, Line) else line
        self.problems.append(problem("E701", f"{self.origin}:{number}", reason=reason))

    def add(self, code: str, line: Line | int, **fields: object) -> None:
        number = line.number if isinstance(line, Line) else line
        self.problems.append(problem(code, f"{self.origin}:{number}", **fields))


def read_dictionary_text(path: str | Path) -> str:
    """The text of a dictionary file; TABARI files are often Latin-1, so that is the fallback."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise EventwireError("E702", origin=str(path)) from None
    except OSError as exc:
        raise EventwireError("E703", origin=str(path), reason=str(exc)) from None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("latin-1")


def words_of(phrase: str) -> tuple[str, ...]:
    """PETRARCH phrase words: ``_`` and blanks both separate words; upper case becomes lower."""
    return tuple(w for w in phrase.replace("_", " ").lower().split() if w)
