"""Rule names: the stable identifiers of the decisions behind an event.

Every name an event's ``rules`` may carry is declared, with a one-line
description, in ``data/event-rules.tsv``; this module loads that table
strictly and checks names users give (``--disable``) against it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from importlib import resources
from types import MappingProxyType

from ..errors import EventwireError

RULES_FILE = "event-rules.tsv"
FAMILIES = ("code", "source", "target", "modality")
NAME = re.compile(r"^(code|source|target|modality)(\.[a-z][a-z0-9_]*)+$")


@dataclass(frozen=True)
class RuleRegistry:
    """Rule name -> one-line description, in the order of the table."""

    descriptions: Mapping[str, str]

    def __contains__(self, name: object) -> bool:
        return name in self.descriptions

    def __len__(self) -> int:
        return len(self.descriptions)

    def family(self, family: str) -> tuple[str, ...]:
        return tuple(n for n in self.descriptions if n.split(".", 1)[0] == family)

    def checked(self, names: Iterable[str], origin: str) -> frozenset[str]:
        """``names`` as a set, each declared; an unknown one stops with E320 naming it."""
        found = frozenset(names)
        for name in sorted(found):
            if name not in self.descriptions:
                raise EventwireError("E320", origin=origin, name=name, file=RULES_FILE)
        return found

    @classmethod
    def parse(cls, text: str, origin: str = RULES_FILE) -> RuleRegistry:
        descriptions: dict[str, str] = {}
        for number, line in enumerate(text.splitlines(), start=1):
            if not line.strip() or line.startswith("#"):
                continue
            name, tab, description = line.partition("\t")
            where = f"{origin}:{number}"
            if not tab or not description.strip() or "\t" in description:
                raise EventwireError("E321", origin=where, reason="a line is a name, a tab and a description")
            if not NAME.match(name):
                raise EventwireError("E321", origin=where, reason=f"'{name}' is not a dotted name of {', '.join(FAMILIES)}")
            if name in descriptions:
                raise EventwireError("E321", origin=where, reason=f"'{name}' is declared twice")
            descriptions[name] = description.strip()
        return cls(MappingProxyType(descriptions))

    @classmethod
    def packaged(cls) -> RuleRegistry:
        return cls.parse(resources.files("eventwire.data").joinpath(RULES_FILE).read_text("utf-8"))
