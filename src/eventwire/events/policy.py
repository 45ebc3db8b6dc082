"""The role policy: which extractors look for an act's source and target, in which order.

The policy is data (``data/role-policy.toml``, docs/role-policy.md): per
frame and per CAMEO family, the order of named extractors (small functions
in ``extractors``). This module loads it strictly (an unknown key or
extractor name stops with E333 naming the file and key) and answers one
question per act: the order to try.
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
from .frames import Composite
from .patterns import FRAMES

POLICY_FILE = "role-policy.toml"
PLACE_QUALIFIER = "place"  # "participants@place": only when the act's pattern lists that target place
FAMILY_PARTS = ("first", "middle", "last")
WHEN_KEYS = frozenset({"joint", "placed", "families", "quads"})


@dataclass(frozen=True)
class Step:
    """An entry of an order: an extractor, run only when the act's pattern lists it as a place if ``placed``."""

    name: str
    placed: bool = False

    def applies(self, composite: Composite) -> bool:
        return not self.placed or self.name in composite.inner.pattern.targets


@dataclass(frozen=True)
class TargetPlan:
    """An act's target extractors in order, and how many of them run before the first group is given:
    up to the last ``alone`` one, whose heads, when found, are the only group."""

    steps: tuple[Step, ...]
    eager: int


@dataclass(frozen=True)
class SourcePolicy:
    order: tuple[str, ...]
    recovered: frozenset[str]
    also: tuple[str, ...]
    also_with_own: tuple[str, ...]


@dataclass(frozen=True)
class FallbackRow:
    joint: bool | None
    placed: bool | None
    families: tuple[str, ...]
    quads: tuple[int, ...]
    steps: tuple[tuple[str, ...], ...]  # each step: alternatives, the first that finds something

    def holds(self, joint: bool, placed: bool, code: str, quad: int) -> bool:
        return ((self.joint is None or self.joint == joint) and (self.placed is None or self.placed == placed)
                and (not self.families or code.startswith(self.families)) and (not self.quads or quad in self.quads))


@dataclass(frozen=True)
class RolePolicy:
    sources: SourcePolicy
    alone: frozenset[str]
    start: tuple[Step, ...]
    before_frame: tuple[Step, ...]
    after_middle: tuple[Step, ...]
    frames: Mapping[str, tuple[Step, ...]]
    families: Mapping[str, Mapping[str, tuple[Step, ...]]]
    fallback_rows: tuple[FallbackRow, ...]
    filtered: frozenset[str]
    countries_only: tuple[str, ...]
    abroad_only_quads: tuple[int, ...]
    abroad_only_families: tuple[str, ...]

    def target_order(self, composite: Composite) -> tuple[Step, ...]:
        """The extractors to try for this act's targets, in order."""
        return self.target_plan(composite).steps

    def target_plan(self, composite: Composite) -> TargetPlan:
        return self._plans[self._family_prefix(composite.code or ""), self._frame_key(composite)]

    @functools.cached_property
    def _plans(self) -> Mapping[tuple[str | None, str], TargetPlan]:
        """Every plan, by family prefix (None: no family) and frame key, made once (asked of every act)."""
        return MappingProxyType({(prefix, key): self._plan(prefix, key) for prefix in (None, *self.families) for key in self.frames})

    def _plan(self, prefix: str | None, frame_key: str) -> TargetPlan:
        family = self.families[prefix] if prefix is not None else {}
        steps = (*self.start, *family.get("first", ()), *self.before_frame, *self.frames[frame_key],
                 *family.get("middle", ()), *self.after_middle, *family.get("last", ()))
        return TargetPlan(steps, max((k + 1 for k, step in enumerate(steps) if step.name in self.alone), default=0))

    def fallback_steps(self, joint: bool, placed: bool, code: str, quad: int) -> tuple[tuple[str, ...], ...]:
        return next((r.steps for r in self.fallback_rows if r.holds(joint, placed, code, quad)), ())

    def _family_prefix(self, code: str) -> str | None:
        """The longest family prefix of ``code``, None when no family's (the code cut at each length a
        prefix has, longest first)."""
        families = self.families
        for length in self._prefix_lengths:
            if code[:length] in families:
                return code[:length]
        return None

    @functools.cached_property
    def _prefix_lengths(self) -> tuple[int, ...]:
        return tuple(sorted({len(p) for p in self.families}, reverse=True))

    def _frame_key(self, composite: Composite) -> str:
        top = composite.top
        if len(composite.chain) > 1:
            return top.frame or "none"
        if not top.frame:
            return "none"
        return f"alone.{top.frame}" if f"alone.{top.frame}" in self.frames else "alone"

    @classmethod
    def parse(cls, text: str, extractors: Mapping[str, Collection[str]], origin: str = POLICY_FILE) -> RolePolicy:
        """``extractors``: the known names per kind ("source", "target", "fallback")."""
        try:
            data = tomllib.loads(text)
        except tomllib.TOMLDecodeError as exc:
            raise EventwireError("E333", origin=origin, key="(file)", reason=f"not TOML ({exc})") from None
        return _Reader(origin, extractors).policy(data)

    @classmethod
    def packaged(cls) -> RolePolicy:
        return cls.parse(resources.files("eventwire.data").joinpath(POLICY_FILE).read_text("utf-8"), extractor_names())


class _Reader:
    """Reads the policy tables, naming the file and key of anything it does not know."""

    def __init__(self, origin: str, extractors: Mapping[str, Collection[str]]) -> None:
        self.origin = origin
        self.extractors = extractors

    def fail(self, key: str, reason: str) -> EventwireError:
        return EventwireError("E333", origin=self.origin, key=key, reason=reason)

    def table(self, data: Any, key: str, known: Collection[str], required: Collection[str] = ()) -> dict[str, Any]:
        if not isinstance(data, dict):
            raise self.fail(key, "must be a table")
        unknown = sorted(set(data) - set(known))
        if unknown:
            raise self.fail(f"{key}.{unknown[0]}" if key else unknown[0], f"unknown key (known: {', '.join(sorted(known))})")
        missing = sorted(set(required) - set(data))
        if missing:
            raise self.fail(f"{key}.{missing[0]}" if key else missing[0], "is missing")
        return data

    def names(self, data: Any, key: str, kind: str) -> tuple[str, ...]:
        if not isinstance(data, list) or not all(isinstance(n, str) for n in data):
            raise self.fail(key, "must be a list of extractor names")
        for name in data if kind != "any" else ():
            for part in name.split("|"):
                if part not in self.extractors[kind]:
                    raise self.fail(key, f"unknown {kind} extractor '{part}'")
        return tuple(data)

    def steps(self, data: Any, key: str) -> tuple[Step, ...]:
        """Target extractor names, each maybe qualified ``name@place``."""
        found = []
        for entry in self.names(data, key, "any"):
            name, at, qualifier = entry.partition("@")
            if at and qualifier != PLACE_QUALIFIER:
                raise self.fail(key, f"unknown qualifier '@{qualifier}' (known: @{PLACE_QUALIFIER})")
            self.names([name], key, "target")
            found.append(Step(name, bool(at)))
        return tuple(found)

    def policy(self, data: dict[str, Any]) -> RolePolicy:
        data = self.table(data, "", ("sources", "targets"), ("sources", "targets"))
        sources = self.table(data["sources"], "sources", ("order", "recovered", "also", "also_with_own"), ("order",))
        targets = self.table(data["targets"], "targets", ("alone", "start", "before_frame", "after_middle", "frames",
                                                          "families", "fallback", "places"), ("frames", "fallback", "places"))
        fallback = self.table(targets["fallback"], "targets.fallback", ("filtered", "rows"), ("rows",))
        places = self.table(targets["places"], "targets.places", ("countries_only", "abroad_only_quads", "abroad_only_families"))
        return RolePolicy(
            sources=SourcePolicy(
                order=self.names(sources["order"], "sources.order", "source"),
                recovered=frozenset(self.names(sources.get("recovered", []), "sources.recovered", "source")),
                also=self.names(sources.get("also", []), "sources.also", "source"),
                also_with_own=self.names(sources.get("also_with_own", []), "sources.also_with_own", "source"),
            ),
            alone=frozenset(self.names(targets.get("alone", []), "targets.alone", "target")),
            start=self.steps(targets.get("start", []), "targets.start"),
            before_frame=self.steps(targets.get("before_frame", []), "targets.before_frame"),
            after_middle=self.steps(targets.get("after_middle", []), "targets.after_middle"),
            frames=self.frames(targets["frames"]),
            families=self.families(targets.get("families", {})),
            fallback_rows=tuple(self.row(row, f"targets.fallback.rows[{n}]") for n, row in enumerate(self.list(fallback["rows"], "targets.fallback.rows"))),
            filtered=frozenset(self.names(fallback.get("filtered", []), "targets.fallback.filtered", "fallback")),
            countries_only=self.strings(places.get("countries_only", []), "targets.places.countries_only"),
            abroad_only_quads=self.quads(places.get("abroad_only_quads", []), "targets.places.abroad_only_quads"),
            abroad_only_families=self.strings(places.get("abroad_only_families", []), "targets.places.abroad_only_families"),
        )

    def frames(self, data: Any) -> Mapping[str, tuple[Step, ...]]:
        known = ("none", "alone", *FRAMES, *(f"alone.{f}" for f in FRAMES))
        table = self.table(data, "targets.frames", known, ("none", "alone"))
        orders = {key: self.steps(value, f"targets.frames.{key}") for key, value in table.items()}
        return MappingProxyType({key: orders.get(key, orders["none"]) for key in ("none", "alone", *FRAMES)}
                                | {key: value for key, value in orders.items() if key.startswith("alone.")})

    def families(self, data: Any) -> Mapping[str, Mapping[str, tuple[Step, ...]]]:
        """Sections keyed by a CAMEO code prefix ("13", "055")."""
        table = self.table(data, "targets.families", [k for k in data if k.isdigit()] if isinstance(data, dict) else ())
        found = {}
        for prefix, parts in table.items():
            key = f'targets.families."{prefix}"'
            parts = self.table(parts, key, FAMILY_PARTS)
            found[prefix] = MappingProxyType({part: self.steps(names, f"{key}.{part}") for part, names in parts.items()})
        return MappingProxyType(found)

    def row(self, data: Any, key: str) -> FallbackRow:
        row = self.table(data, key, ("when", "steps"), ("when", "steps"))
        when = self.table(row["when"], f"{key}.when", WHEN_KEYS)
        for flag in ("joint", "placed"):
            if not isinstance(when.get(flag, False), bool):
                raise self.fail(f"{key}.when.{flag}", "must be true or false")
        steps = self.names(row["steps"], f"{key}.steps", "fallback")
        return FallbackRow(when.get("joint"), when.get("placed"), self.strings(when.get("families", []), f"{key}.when.families"),
                           self.quads(when.get("quads", []), f"{key}.when.quads"), tuple(tuple(s.split("|")) for s in steps))

    def list(self, data: Any, key: str) -> list[Any]:
        if not isinstance(data, list):
            raise self.fail(key, "must be a list")
        return data

    def strings(self, data: Any, key: str) -> tuple[str, ...]:
        if not isinstance(data, list) or not all(isinstance(v, str) and v.isdigit() for v in data):
            raise self.fail(key, "must be a list of CAMEO code prefixes")
        return tuple(data)

    def quads(self, data: Any, key: str) -> tuple[int, ...]:
        if not isinstance(data, list) or not all(isinstance(v, int) and 1 <= v <= 4 for v in data):
            raise self.fail(key, "must be a list of quad classes (1 to 4)")
        return tuple(data)


def extractor_names() -> Mapping[str, frozenset[str]]:
    """The names of the extractors the policy may use, per kind (the registries import the role finder)."""
    from .extractors import SOURCE_EXTRACTORS, TARGET_EXTRACTORS
    from .targets import FALLBACK_EXTRACTORS

    return MappingProxyType({"source": frozenset(SOURCE_EXTRACTORS), "target": frozenset(TARGET_EXTRACTORS),
                             "fallback": frozenset(FALLBACK_EXTRACTORS)})
