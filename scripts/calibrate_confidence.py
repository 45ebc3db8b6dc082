"""Regenerate src/eventwire/data/confidence.tsv: the calibrated confidence of coded events.

Codes the development gold (tests/fixtures/gold/events-dev.json,
events-dev2.json and the GSR dev half from ../shared/gold, or
$EVENTWIRE_SHARED/gold), notes for every event whether it was right, fits
the smoothed precision of each rule signature (src/eventwire/evaluate/calibration.py,
which documents the estimator), chooses the prior strength by 5-fold
cross-validation over texts, prints a reliability check (per confidence bin:
mean confidence against measured precision, in-sample and held out) and
writes the table. Run it after any change to the coder:

    python scripts/calibrate_confidence.py            # writes the table
    python scripts/calibrate_confidence.py --dry-run  # prints only

The GSR dev half is required: without it the table would describe our own
tuned sets only, and the script stops with a message.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
TABLE = REPO / "src" / "eventwire" / "data" / "confidence.tsv"
OUR_SETS = [REPO / "tests" / "fixtures" / "gold" / name for name in ("events-dev.json", "events-dev2.json")]
PRIOR_STRENGTHS = (1, 2, 5, 10, 20, 50, 100)
MIN_EVENTS = 5


def gsr_dev() -> Path:
    return Path(os.environ.get("EVENTWIRE_SHARED") or REPO.parent / "shared") / "gold" / "plover-gsr-dev.json"


def commit() -> str:
    done = subprocess.run(["git", "-C", str(REPO), "rev-parse", "--short", "HEAD"], capture_output=True, text=True)
    dirty = subprocess.run(["git", "-C", str(REPO), "status", "--porcelain", "src"], capture_output=True, text=True).stdout.strip()
    return (done.stdout.strip() or "unknown") + (" with uncommitted changes to src" if dirty else "")


def observe(paths: list[Path]) -> dict[str, list]:
    """Per gold set, the observations of the coder's events on it."""
    from eventwire.config import load_settings
    from eventwire.evaluate import ActorKeys, evaluate_records, read_gold
    from eventwire.evaluate.calibration import observations
    from eventwire.pipeline import Pipeline

    pipeline, keys = Pipeline(load_settings().with_overrides({"events.min_confidence": 0.0})), ActorKeys()
    found = {}
    for path in paths:
        gold = read_gold(path, keys)
        found[path.name] = observations(evaluate_records(gold.records, pipeline, keys).results)
        print(f"{path.name}: {len(gold.records)} records, {len(found[path.name])} events, "
              f"{sum(o.right for o in found[path.name])} right", flush=True)  # fmt: skip
    return found


def bin_lines(title: str, pairs) -> list[str]:
    from eventwire.evaluate.calibration import calibration_error, reliability

    bins = reliability(pairs)
    lines = [title, f"  {'confidence':<11} {'events':>6} {'mean conf':>9} {'precision':>9}"]
    lines += [f"  {b.low:.1f}-{b.high:.1f}     {b.events:>6} {b.mean_confidence:>9.3f} {b.precision:>9.3f}" for b in bins]
    return lines + [f"  expected calibration error {calibration_error(bins):.3f}"]


def header(counts: dict[str, list], strength: float) -> list[str]:
    from eventwire import __version__

    sets = ", ".join(f"{name} ({len(items)} events)" for name, items in counts.items())
    return [
        "Calibrated confidence of coded events (docs/event-record.md, 'confidence').",
        "Per level and signature of rule names (src/eventwire/events/confidence.py): the smoothed share",
        "of events shaped that way that were right on development gold. Do not edit by hand; after any",
        "change to the coder, regenerate with:  python scripts/calibrate_confidence.py",
        f"Made from {sets}, by eventwire {__version__} at {commit()}.",
        f"Estimator (src/eventwire/evaluate/calibration.py): prior strength m = {strength:g} (held-out log loss),",
        f"groups of fewer than {MIN_EVENTS} events left out (their events take the next coarser level).",
    ]


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dry-run", action="store_true", help="print the figures, do not write the table")
    parser.add_argument("--output", type=Path, default=TABLE, help="where to write the table")
    args = parser.parse_args(argv)
    if not gsr_dev().is_file():
        sys.exit(f"the GSR dev half is needed and was not found at {gsr_dev()} (set EVENTWIRE_SHARED); table not written")

    from eventwire.evaluate.calibration import choose_prior, fit, held_out, table_of, table_text

    counts = observe([*OUR_SETS, gsr_dev()])
    data = [o for items in counts.values() for o in items]
    losses = choose_prior(data, PRIOR_STRENGTHS, MIN_EVENTS)
    strength = min(losses, key=losses.get)
    print("held-out log loss by prior strength m: " + ", ".join(f"{m:g}: {loss:.4f}" for m, loss in losses.items()))
    entries = fit(data, strength, MIN_EVENTS)
    table = table_of(entries)
    print(f"m = {strength:g}; {len(entries)} table rows")
    print("\n".join(bin_lines("reliability, held out (5 folds by text):", held_out(data, strength, MIN_EVENTS))))
    print("\n".join(bin_lines("reliability, in sample (the table as written):", [(table.confidence(o.rules), o.right) for o in data])))
    for name, items in counts.items():
        print("\n".join(bin_lines(f"reliability on {name}, in sample:", [(table.confidence(o.rules), o.right) for o in items])))
    if not args.dry_run:
        args.output.write_text(table_text(entries, header(counts, strength)), encoding="utf-8")
        print(f"wrote {args.output}")


if __name__ == "__main__":
    main()
