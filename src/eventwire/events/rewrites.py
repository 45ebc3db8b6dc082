"""Code rewrites: an act becomes another code when who did it says what it was.

The rewrites are data (``data/code-rewrites.toml``, docs/events.md), each
row a named rule; ``CodeRewrites.apply`` tries them in order and applies
the first that matches. The loader is strict: an unknown key, a code the
ontology lacks or an undeclared rule name stops with a coded error.
"""

from __future__ import annotations

import functools
import tomllib
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from importlib import resources
from types import MappingProxyType
from typing import Any

from ..errors import EventwireError
from ..types import Actor
from .ontology import Ontology
from .rules import RuleRegistry

REWRITES_FILE = "code-rewrites.toml"
ROW_KEYS = frozenset({"rule", "to", "codes", "roots", "triggers", "sectors", "prefixes", "several_countries", "final", "promised"})
LISTS = ("codes", "roots", "triggers", "sectors", "prefixes")
FLAGS = ("several_countries", "final", "promised")


@dataclass(frozen=True)
class Rewrite:
    """One row: which acts it rewrites, by whom, and to what."""

    rule: str
    to: str
    codes: frozenset[str] = frozenset()
    roots: frozenset[str] = frozenset()
    triggers: frozenset[str] = frozenset()  # lemmas of the trigger word; empty: any
    sectors: frozenset[str] = frozenset()  # every source has one of these sectors ...
    prefixes: frozenset[str] = frozenset()  # ... or a code with one of these prefixes; both empty: any
    several_countries: bool = False  # the sources are of two or more countries or organisations
    final: bool = False  # also rewrites the final codes of PETRARCH dictionary patterns
    promised: bool = False  # a future or intended act takes the intent of the new code

    def matches(self, code: str, trigger: str, sources: Sequence[Actor], literal: bool) -> bool:
        if code not in self.codes and code[:2] not in self.roots:
            return False
        if (literal and not self.final) or (self.triggers and trigger not in self.triggers):
            return False
        if self.several_countries and len({a.country or a.code for a in sources}) < 2:
            return False
        return not (self.sectors or self.prefixes) or all(self._by(a) for a in sources)

    def _by(self, actor: Actor) -> bool:
        return actor.sector in self.sectors or actor.code.startswith(tuple(self.prefixes))


@dataclass(frozen=True)
class CodeRewrites:
    rows: tuple[Rewrite, ...]
    joint_rule: str  # the extra events of a joint use of force: their rule and code
    joint_code: str

    def apply(self, code: str | None, trigger: str, sources: Sequence[Actor], literal: bool,
              disabled: Collection[str] = ()) -> tuple[str | None, Rewrite | None]:
        """The code after the first matching row that is not disabled, and that row (None: unchanged)."""
        if code is None:
            return None, None
        rows = self._by_root.get(code[:2], ())
        row = next((r for r in rows if r.rule not in disabled and r.matches(code, trigger, sources, literal)), None)
        return (row.to if row else code), row

    @functools.cached_property
    def _by_root(self) -> Mapping[str, tuple[Rewrite, ...]]:
        """The rows, in order, by the two-digit root of the codes they rewrite: a code tries only the
        rows that can match it (a row matches its codes and its roots only)."""
        roots = {root for r in self.rows for root in (*r.roots, *(c[:2] for c in r.codes))}
        return MappingProxyType({root: tuple(r for r in self.rows if root in r.roots or any(c[:2] == root for c in r.codes))
                                 for root in roots})

    @classmethod
    def parse(cls, text: str, ontology: Ontology, rules: RuleRegistry, origin: str = REWRITES_FILE) -> CodeRewrites:
        try:
            data = tomllib.loads(text)
        except tomllib.TOMLDecodeError as exc:
            raise EventwireError("E332", origin=origin, reason=f"not TOML ({exc})") from None
        unknown = set(data) - {"rewrite", "joint"}
        if unknown or not isinstance(data.get("rewrite"), list) or not isinstance(data.get("joint"), dict):
            raise EventwireError("E332", origin=origin, reason=f"the file has [[rewrite]] rows and one [joint] table, not {sorted(unknown) or 'this'}")
        rows = tuple(_row(row, f"{origin}: rewrite {n}", ontology, rules) for n, row in enumerate(data["rewrite"], start=1))
        joint = data["joint"]
        if set(joint) != {"rule", "code"}:
            raise EventwireError("E332", origin=f"{origin}: joint", reason="[joint] has exactly 'rule' and 'code'")
        _check_rule(joint["rule"], f"{origin}: joint", rules)
        _check_code(joint["code"], f"{origin}: joint", ontology)
        return cls(rows, joint["rule"], joint["code"])

    @classmethod
    def packaged(cls, ontology: Ontology, rules: RuleRegistry) -> CodeRewrites:
        return cls.parse(resources.files("eventwire.data").joinpath(REWRITES_FILE).read_text("utf-8"), ontology, rules)


def _row(row: Any, where: str, ontology: Ontology, rules: RuleRegistry) -> Rewrite:
    if not isinstance(row, dict):
        raise EventwireError("E332", origin=where, reason="a row is a table")
    unknown = sorted(set(row) - ROW_KEYS)
    if unknown:
        raise EventwireError("E332", origin=where, reason=f"unknown key '{unknown[0]}' (known: {', '.join(sorted(ROW_KEYS))})")
    if "rule" not in row or "to" not in row or not (row.get("codes") or row.get("roots")):
        raise EventwireError("E332", origin=where, reason="a row needs 'rule', 'to' and 'codes' or 'roots'")
    for key in LISTS:
        if not isinstance(row.get(key, []), list) or not all(isinstance(w, str) for w in row.get(key, [])):
            raise EventwireError("E332", origin=where, reason=f"'{key}' must be a list of strings")
    for key in FLAGS:
        if not isinstance(row.get(key, False), bool):
            raise EventwireError("E332", origin=where, reason=f"'{key}' must be true or false")
    _check_rule(row["rule"], where, rules)
    for code in [row["to"], *row.get("codes", [])]:
        _check_code(code, where, ontology)
    return Rewrite(rule=row["rule"], to=row["to"], **{k: frozenset(row.get(k, [])) for k in LISTS},
                   **{k: row.get(k, False) for k in FLAGS})


def _check_rule(name: Any, where: str, rules: RuleRegistry) -> None:
    if not isinstance(name, str) or not name.startswith("code.") or name not in rules:
        raise EventwireError("E332", origin=where, reason=f"'{name}' is not a declared code rule (data/event-rules.tsv)")


def _check_code(code: Any, where: str, ontology: Ontology) -> None:
    if not isinstance(code, str) or code not in ontology:
        raise EventwireError("E303", origin=where, value=code)
