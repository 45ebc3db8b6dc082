"""Compare .ci/run's two pytest runs (JUnit XML): the full run under CI and the bare-clone run.

The full run must have no failures, errors or skips. The bare run must have
no failures or errors, the same tests, and skips only for the reasons
tests/conftest.py gives for a missing ../shared or chromium.

    python .ci/check_runs.py FULL.xml BARE.xml
"""

from __future__ import annotations

import importlib.util
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path


def outcomes(report: Path) -> dict[str, tuple[str, str]]:
    """test id -> (outcome, message) for every test case of a JUnit XML report."""
    result = {}
    for case in ET.parse(report).getroot().iter("testcase"):
        test_id = f"{case.get('classname')}::{case.get('name')}"
        outcome, text = "passed", ""
        for kind in ("failure", "error", "skipped"):
            found = case.find(kind)
            if found is not None:
                outcome, text = kind, found.get("message") or ""
                break
        result[test_id] = (outcome, text)
    return result


def allowed_reasons() -> tuple[str, ...]:
    spec = importlib.util.spec_from_file_location("suite_conftest", Path(__file__).parents[1] / "tests" / "conftest.py")
    conftest = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(conftest)
    return (conftest.SHARED_MISSING, conftest.CHROMIUM_MISSING)


def problems(full: dict[str, tuple[str, str]], bare: dict[str, tuple[str, str]], reasons: tuple[str, ...]) -> list[str]:
    found = [f"full run: {test} {outcome}: {text}" for test, (outcome, text) in full.items() if outcome != "passed"]
    found += [f"bare run: {test} {outcome}: {text}" for test, (outcome, text) in bare.items()
              if outcome in ("failure", "error") or (outcome == "skipped" and not text.startswith(reasons))]  # fmt: skip
    if set(full) != set(bare):
        found.append(f"the runs hold different tests: {sorted(set(full) ^ set(bare))[:10]}")
    return found


def main(full_report: str, bare_report: str) -> int:
    full, bare = outcomes(Path(full_report)), outcomes(Path(bare_report))
    reasons = allowed_reasons()
    print(f"full run: {Counter(o for o, _ in full.values())}")
    print(f"bare run: {Counter(o for o, _ in bare.values())}")
    skips = Counter(next(r for r in reasons if text.startswith(r)) for o, text in bare.values() if o == "skipped" and text.startswith(reasons))
    for reason, count in sorted(skips.items()):
        print(f"  skipped (expected) {count}: {reason}")
    found = problems(full, bare, reasons)
    for line in found:
        print(line, file=sys.stderr)
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:3]))
