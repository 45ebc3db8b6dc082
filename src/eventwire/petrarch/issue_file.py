"""Parsing and matching a PETRARCH issues list (``Phoenix.IssueCoding.txt``).

    <ISSUE CATEGORY="EDUCATION">      groups (only for people reading the file)
    n:school reform [EDUCATION_REFORM]  n: noun singular and plural, v: verb forms,
    post+secondary education [...]      +: written with a blank or a hyphen
    ~a head start                       an ignore phrase: the sentence gets no issues

``IssueList.codes_in(text)`` returns each issue code with the number of its
phrases found, as PETRARCH writes them ("LITERACY 1").
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from dataclasses import dataclass

from .codes import bracket_groups
from .lines import Report, content_lines

_EXPANSIONS = ("n:", "v:")


@dataclass(frozen=True)
class IssueRecord:
    variants: tuple[str, ...]  # lower-case phrases, expansions applied
    code: str | None  # None for an ignore phrase (~)
    line: int


def _noun(word: str) -> tuple[str, ...]:
    if word.endswith("y") and word[-2:-1] not in tuple("aeiou"):
        return word, word[:-1] + "ies"
    return word, word + ("es" if word.endswith(("s", "x", "ch", "sh")) else "s")


def _verb(word: str) -> tuple[str, ...]:
    stem = word[:-1] if word.endswith("e") else word
    return word, word + "s", stem + "ed", stem + "ing"


def _word_variants(word: str) -> tuple[str, ...]:
    if word.startswith("n:"):
        forms = _noun(word[2:])
    elif word.startswith("v:"):
        forms = _verb(word[2:])
    else:
        forms = (word,)
    return tuple(v for form in forms for v in ({form.replace("+", " "), form.replace("+", "-")} if "+" in form else {form}))


def expand_phrase(phrase: str) -> tuple[str, ...]:
    """``"n:school reform"`` -> ("school reform", "schools reform")."""
    options = [_word_variants(w) for w in phrase.lower().split()]
    return tuple(sorted({" ".join(combo) for combo in itertools.product(*options)}))


def parse_issues(text: str, report: Report) -> tuple[IssueRecord, ...]:
    records = []
    for line in content_lines(text):
        body = line.text
        if body.startswith("<"):
            continue  # <ISSUE ...> and </ISSUE> group headers
        if body.startswith("~"):
            records.append(IssueRecord(expand_phrase(body.lstrip("~")), None, line.number))
            continue
        groups = bracket_groups(body)
        phrase = body.split("[", 1)[0].strip()
        if len(groups) != 1 or not groups[0].strip() or not phrase:
            report.malformed(line, "issue line needs a phrase and one [CODE]")
            continue
        records.append(IssueRecord(expand_phrase(phrase), groups[0].strip().upper(), line.number))
    return tuple(records)


@dataclass(frozen=True)
class IssueList:
    records: tuple[IssueRecord, ...]

    def _pattern(self, codes: bool) -> re.Pattern[str] | None:
        variants = sorted({v for r in self.records if (r.code is not None) == codes for v in r.variants}, key=len, reverse=True)
        if not variants:
            return None
        return re.compile(r"(?<![\w-])(" + "|".join(re.escape(v) for v in variants) + r")(?![\w-])")

    def codes_in(self, text: str) -> tuple[tuple[str, int], ...]:
        """(issue code, phrases found) for a sentence; none when an ignore phrase occurs."""
        lowered = " ".join(text.lower().split())
        ignore = self._pattern(codes=False)
        if ignore is not None and ignore.search(lowered):
            return ()
        found = self._pattern(codes=True)
        if found is None:
            return ()
        by_variant = {v: r.code for r in self.records if r.code for v in r.variants}
        counts = Counter(by_variant[m.group(1)] for m in found.finditer(lowered))
        return tuple(sorted(counts.items()))
