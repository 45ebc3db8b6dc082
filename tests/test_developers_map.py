"""DEVELOPERS.md's module map is in step with src/: every module is named, and every name is a module."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "src" / "eventwire"
TEXT = (ROOT / "DEVELOPERS.md").read_text("utf-8")
SPLIT = "The event coder, `src/eventwire/events/`"
TOP, EVENTS = TEXT.split(SPLIT, 1)
ENTRY = re.compile(r"^  ([a-z_]+(?:\.py|/))\s", re.M)  # "  types.py   ...", "  read/   ..."


def modules(folder: Path) -> set[str]:
    """The modules and packages of a folder, as the map writes them."""
    found = {p.name for p in folder.glob("*.py") if not p.name.startswith("__")}
    return found | {f"{p.name}/" for p in folder.iterdir() if p.is_dir() and (p / "__init__.py").exists()}


def listed(block: str) -> set[str]:
    return set(ENTRY.findall(block.split("```")[1]))


def in_step(present: set[str], named: set[str]) -> dict[str, list[str]]:
    return {"missing from DEVELOPERS.md": sorted(present - named), "named but gone": sorted(named - present)}


def test_the_map_names_every_module_of_the_package():
    assert in_step(modules(PACKAGE), listed(TOP[TOP.index("```\nsrc/eventwire/") :])) == in_step(set(), set())


def test_the_map_names_every_module_of_the_event_coder():
    assert in_step(modules(PACKAGE / "events"), listed(EVENTS)) == in_step(set(), set())
