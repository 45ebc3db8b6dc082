"""Accuracy on our development sets and on real news, side by side: figures, not a pass/fail test.

Events: triple precision, recall, F1 and event-type recall (the scoring of
``eventwire evaluate``, docs/evaluation.md) on our two event development sets
and on the PLOVER team's records, the GSR dev half, read from
``../shared/gold/plover-gsr-dev.json`` beside the repository (or
``$EVENTWIRE_SHARED/gold/``). For the GSR dev half it also runs the reviews'
own scorer, ``score_gsr.py`` from the same folder, unless ``--no-judge``.

Actors: share of gold mentions found, with the right country, and the
precision of what was found, on our three actor development sets
(``eventwire evaluate-actors``); and the found and right-country rates of
the actors the PLOVER coders marked in the GSR dev half
(``eventwire.evaluate.marked_actors``, when installed; it says so when not).

Our sets were studied and tuned on; the GSR dev half was not written by
us. Their figures are not comparable as accuracy claims: the gap between
them is the point.

    python benchmarks/accuracy.py [--json] [--no-judge]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
EVENT_SETS = [REPO / "tests" / "fixtures" / "gold" / name for name in ("events-dev.json", "events-dev2.json")]
ACTOR_SETS = [
    REPO / "tests" / "fixtures" / "gold" / "actors-dev.jsonl",
    REPO / "tests" / "fixtures" / "actors" / "actors-dev2.jsonl",
    REPO / "tests" / "fixtures" / "actors" / "actors-dev3.jsonl",
]
GSR_NAME = "plover-gsr-dev.json"


def shared_gold() -> Path:
    """Where the GSR dev half should be: $EVENTWIRE_SHARED/gold, else ../shared/gold beside the repository."""
    return Path(os.environ.get("EVENTWIRE_SHARED") or REPO.parent / "shared") / "gold"


def event_row(path: Path, pipeline, keys, whose: str) -> dict:
    from eventwire.evaluate import evaluate_records, read_gold

    gold = read_gold(path, keys)
    figures = evaluate_records(gold.records, pipeline, keys, skipped=len(gold.skipped)).overall
    return {"set": f"{path.name} ({whose})", "records": len(gold.records), "skipped": len(gold.skipped), "precision": figures.precision,
            "recall": figures.recall, "f1": figures.f1, "type_recall": figures.type_recall}  # fmt: skip


def judge_row(folder: Path) -> dict | None:
    """The reviews' scorer on the GSR dev half, with this environment's eventwire."""
    script = folder / "score_gsr.py"
    exe = Path(sys.executable).with_name("eventwire")
    if not script.is_file():
        return None
    env = {**os.environ, "EVENTWIRE_EXE": str(exe) if exe.exists() else (shutil.which("eventwire") or "eventwire")}
    done = subprocess.run([sys.executable, str(script), "--json"], capture_output=True, text=True, env=env)
    if done.returncode != 0:
        return {"set": "  same, by score_gsr.py", "error": " ".join(done.stderr.strip().splitlines()[-1:])}
    figures = json.loads(done.stdout[: done.stdout.rindex("}") + 1])
    return {"set": "  same, by score_gsr.py", "records": figures["records"], "skipped": 0, "precision": figures["precision"],
            "recall": figures["triple_recall"], "f1": figures["triple_f1"], "type_recall": figures["type_recall"]}  # fmt: skip


def actor_row(path: Path, pipeline, whose: str = "ours, dev") -> dict:
    from eventwire.actors.scoring import read_gold, score_records

    score = score_records(read_gold(path), pipeline.parser, pipeline.actors)
    return {"set": f"{path.name} ({whose})", "mentions": score.gold, "found": score.rate(score.found),
            "country": score.rate(score.country), "precision": score.precision}  # fmt: skip


def gsr_actor_row(path: Path, pipeline) -> dict:
    """The actors the PLOVER coders marked (their actorText spans): found and right-country rates by
    ``eventwire.evaluate.marked_actors`` (also ``benchmarks/gsr_actors.py``). The gold marks only the
    actors of its one event, so there is no precision to measure."""
    name = f"{path.name} (GSR, marked)"
    try:
        from eventwire.evaluate.marked_actors import read_marked, score_marked
    except ImportError:
        return {"set": name, "missing": "eventwire.evaluate.marked_actors (the GSR actor scorer) is not installed"}
    sentences, _ = read_marked(path)
    score = score_marked(sentences, pipeline.parser, pipeline.actors)
    return {"set": name, "mentions": score.marked, "found": score.rate(score.found), "country": score.rate(score.country), "precision": None}


def event_lines(rows: list[dict]) -> list[str]:
    lines = [f"{'events':<34} {'records':>7} {'skipped':>7} {'prec':>6} {'rec':>6} {'F1':>6} {'type-rec':>8}"]
    for row in rows:
        if "missing" in row or "error" in row:
            lines.append(f"{row['set']:<34} {row.get('missing') or row.get('error')}")
        else:
            lines.append(f"{row['set']:<34} {row['records']:>7} {row['skipped']:>7} {row['precision']:>6.3f} "
                         f"{row['recall']:>6.3f} {row['f1']:>6.3f} {row['type_recall']:>8.3f}")  # fmt: skip
    return lines


def actor_lines(rows: list[dict]) -> list[str]:
    lines = [f"{'actors':<34} {'mentions':>8} {'found':>6} {'country':>7} {'prec':>6}"]
    for row in rows:
        if "missing" in row:
            lines.append(f"{row['set']:<34} not measured: {row['missing']}")
        else:
            precision = "-" if row["precision"] is None else f"{row['precision']:.3f}"
            lines.append(f"{row['set']:<34} {row['mentions']:>8} {row['found']:>6.3f} {row['country']:>7.3f} {precision:>6}")
    return lines


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--no-judge", action="store_true", help="do not run ../shared/gold/score_gsr.py")
    args = parser.parse_args(argv)

    from eventwire.config import load_settings
    from eventwire.evaluate import ActorKeys
    from eventwire.pipeline import Pipeline

    pipeline, keys = Pipeline(load_settings().with_overrides({"events.min_confidence": 0.0})), ActorKeys()
    folder = shared_gold()
    gsr = folder / GSR_NAME
    events = [event_row(path, pipeline, keys, "ours, dev") for path in EVENT_SETS]
    actors = [actor_row(path, pipeline) for path in ACTOR_SETS]
    if gsr.is_file():
        events.append(event_row(gsr, pipeline, keys, "GSR dev half"))
        judged = None if args.no_judge else judge_row(folder)
        events += [judged] if judged else []
        actors.append(gsr_actor_row(gsr, pipeline))
    else:
        missing = {"set": GSR_NAME, "missing": f"ABSENT: not found at {gsr} (set EVENTWIRE_SHARED); real-news figures not measured"}
        events.append(missing)
        actors.append(missing)
    if args.json:
        print(json.dumps({"events": events, "actors": actors}, indent=2))
        return
    print("\n".join(event_lines(events) + [""] + actor_lines(actors)))


if __name__ == "__main__":
    main()
