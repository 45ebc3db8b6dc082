"""CI gate: the coder on the dev gold sets must not fall below pinned floors.

Two development sets by different annotators, both studied and tuned on:
events-dev.json (the issue's dev set) and events-dev2.json (a second one).
Floors sit just under the figures of the day: they guard against
regressions, they are not targets (real-news figures: the PLOVER team's
records, test_gate_gsr.py and benchmarks/accuracy.py). The gold files'
hashes are pinned too, so a silent edit fails here.
"""

from __future__ import annotations

import hashlib

import pytest

from eventwire.evaluate import evaluate_records, load_gold

GOLD_SETS = {
    "events-dev.json": ("424c3177bbd0696a96bbb54fd6315c4b560e883fe2a2fe28fef7c55b5d86338b",
                        {"event_type_recall": 0.87, "precision": 0.85, "f1": 0.81}),
    "events-dev2.json": ("c7fd0706d992f0ca0c59cbb70597dd62df6ff5eceab6e9d27d5b774b3fbd5a44",
                         {"event_type_recall": 0.81, "precision": 0.82, "f1": 0.78}),
}  # fmt: skip


@pytest.mark.parametrize("name", GOLD_SETS)
def test_gold_file_is_the_pinned_one(fixtures_dir, name):
    digest = hashlib.sha256((fixtures_dir / "gold" / name).read_bytes()).hexdigest()
    assert digest == GOLD_SETS[name][0], f"{name} changed: re-run `eventwire evaluate`, then update its hash and floors together"


@pytest.mark.slow
@pytest.mark.parametrize("name", GOLD_SETS)
def test_dev_gold_floors(fixtures_dir, pipeline, name):
    floors = GOLD_SETS[name][1]
    figures = evaluate_records(load_gold(fixtures_dir / "gold" / name), pipeline).overall.as_dict()
    below = {metric: figures[metric] for metric, floor in floors.items() if figures[metric] < floor}
    assert not below, f"{name} below the pinned floors {floors}: {below}"
