"""The actors PLOVER coders marked in gold records: does the actor stage find them, with the right country?

Reads a PLOVER gold-record file (default: ``gold/plover-gsr-dev.json`` in the
shared reference folder, ``$EVENTWIRE_SHARED`` or ``../shared`` beside the
checkout; never copied into the project), codes each record's sentence
alone and undated, and prints the share of marked actors that a mention
overlaps (found) and the share whose mention has the right country (country
accuracy, over all marked actors; IGO and NGO codes are one class). The
logic is ``eventwire.evaluate.marked_actors``; any file of the same format
is scored the same way.

    python benchmarks/gsr_actors.py [--gold FILE] [--errors] [--json]
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def default_gold() -> Path:
    shared = Path(os.environ.get("EVENTWIRE_SHARED", REPO.parent / "shared"))
    return shared / "gold" / "plover-gsr-dev.json"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, default=None, help="PLOVER gold-record file (default: the GSR dev half)")
    parser.add_argument("--errors", action="store_true", help="list every marked actor not found or with the wrong country")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args(argv)
    gold = args.gold or default_gold()
    if not gold.exists():
        print(f"no gold file at {gold} (set EVENTWIRE_SHARED or pass --gold)", file=sys.stderr)
        return 2

    from eventwire.config import load_settings
    from eventwire.evaluate.marked_actors import miss_line, read_marked, score_marked
    from eventwire.pipeline import Pipeline

    sentences, skipped = read_marked(gold)
    pipeline = Pipeline(load_settings())
    score = score_marked(sentences, pipeline.parser, pipeline.actors)
    score.skipped[:0] = skipped
    if args.json:
        figures = {"gold": str(gold), "marked": score.marked, "found": round(score.rate(score.found), 4),
                   "country": round(score.rate(score.country), 4), "skipped": len(score.skipped), "unlocated": len(score.unlocated)}
        print(json.dumps(figures, indent=2))
    else:
        print(f"{gold.name}: {score.summary()}")
    if args.errors:
        for line in score.skipped + score.unlocated:
            print(f"  skipped: {line}")
        for result in score.misses():
            print("  " + miss_line(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
