"""The CAMEO event ontology with Goldstein values, quad classes and PLOVER.

The table is the packaged data file ``data/cameo-ontology.tsv`` (format in
docs/events.md). Besides looking codes up, the ontology knows CAMEO's
parallel families: an appeal (02), intent (03), demand (10), rejection (12)
or threat (13) is *about* another act, and codes about the same thing share
a ``topic``. ``about("13", "163")`` is therefore 1312 (threaten sanctions)
and ``about("03", "073")`` is 0333 (intend humanitarian aid).
"""

from __future__ import annotations

import dataclasses
import tomllib
from dataclasses import dataclass
from importlib import resources
from types import MappingProxyType
from typing import Iterator, Mapping

from ..errors import EventwireError

ONTOLOGY_FILE = "cameo-ontology.tsv"
REVERSALS_FILE = "cameo-reversals.toml"
COLUMNS = ("code", "goldstein", "quad", "plover", "mode", "topic", "name", "note")

# Families of acts about other acts, and the generic code of each.
FAMILY_DEFAULTS: Mapping[str, str] = MappingProxyType(
    {"02": "020", "03": "030", "10": "100", "12": "120", "13": "130"}
)


@dataclass(frozen=True)
class CameoCode:
    """One row of the ontology."""

    code: str
    name: str
    goldstein: float
    quad_class: int
    plover: str | None  # None: PLOVER has no category for it; never emitted
    plover_mode: str | None
    topic: str | None

    @property
    def root(self) -> str:
        return self.code[:2]

    @property
    def cooperative(self) -> bool:
        return self.quad_class in (1, 2)

    @property
    def material_conflict(self) -> bool:
        return self.quad_class == 4


def _parse_row(line: str, line_number: int) -> CameoCode:
    cells = line.rstrip("\n").split("\t")
    if len(cells) < len(COLUMNS) - 1:
        raise EventwireError("E304", origin=f"{ONTOLOGY_FILE}:{line_number}", reason="too few columns")
    row = dict(zip(COLUMNS, cells))
    return CameoCode(
        code=row["code"],
        name=row["name"],
        goldstein=float(row["goldstein"]),
        quad_class=int(row["quad"]),
        plover=row["plover"] or None,
        plover_mode=row["mode"] or None,
        topic=row["topic"] or None,
    )


def parse_ontology(text: str) -> dict[str, CameoCode]:
    codes: dict[str, CameoCode] = {}
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.startswith("#") or line.startswith("code\t"):
            continue
        entry = _parse_row(line, number)
        codes[entry.code] = entry
    return codes


class Ontology:
    """CAMEO codes and how they relate; loaded once per process."""

    def __init__(self, codes: Mapping[str, CameoCode], reversals: Mapping[str, Mapping[str, str]] | None = None) -> None:
        self.codes = MappingProxyType(dict(codes))
        self.reversals = MappingProxyType({k: dict(v) for k, v in (reversals or {}).items()})
        self._by_family_topic = MappingProxyType(
            {(c.root, c.topic): c.code for c in codes.values() if c.topic and len(c.code) > 2}
        )

    @classmethod
    def packaged(cls) -> Ontology:
        data = resources.files("eventwire.data")
        reversals = tomllib.loads(data.joinpath(REVERSALS_FILE).read_text("utf-8"))
        return cls(parse_ontology(data.joinpath(ONTOLOGY_FILE).read_text("utf-8")), reversals)

    def __contains__(self, code: object) -> bool:
        return code in self.codes

    def get(self, code: str | None) -> CameoCode:
        """The entry of ``code``; a code the table lacks (a dictionary's own sub-code, "1717")
        takes the values of its nearest listed parent, else neutral ones with no PLOVER category."""
        if code in self.codes:
            return self.codes[code]
        if code is None:
            code = ""
        parent = next((code[:n] for n in range(len(code) - 1, 1, -1) if code[:n] in self.codes), None)
        if parent is not None:
            return dataclasses.replace(self.codes[parent], code=code, name=f"{self.codes[parent].name} ({code})")
        return CameoCode(code=code, name="not a CAMEO code", goldstein=0.0, quad_class=0, plover=None, plover_mode=None, topic=None)

    lookup = get  # the name that says a code may come from a PETRARCH dictionary

    def about(self, family: str, code: str) -> str:
        """The code of ``family`` (02, 03, 10, 12, 13) about the act ``code``.

        Falls back from the topic to its parent topic ("aid.humanitarian"
        -> "aid") and then to the family's generic code.
        """
        found = (self._by_family_topic.get((family, t)) for t in self._topics(code))
        return next((f for f in found if f), FAMILY_DEFAULTS[family])

    def _topics(self, code: str) -> Iterator[str]:
        topic = self.codes[code].topic if code in self.codes else None
        while topic:
            yield topic
            topic = topic.rpartition(".")[0]

    def reverse(self, code: str) -> str | None:
        """What ending the act ``code`` is: lifting sanctions (085), cutting aid (162)..."""
        entry = self.codes.get(code)
        if entry is None:
            return None
        table = self.reversals.get("halt" if entry.cooperative else "ease", {})
        return next((table[t] for t in self._topics(code) if t in table), None)
