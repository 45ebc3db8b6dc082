"""The PETRARCH unit-test runner: records, scoring, the command, and the pinned floor on the shared suite."""

from __future__ import annotations

import json

from click.testing import CliRunner

from eventwire.cli import main
from eventwire.config import load_settings
from eventwire.petrarch.records import read_records
from eventwire.petrarch.validate import petrarch_code, validate
from eventwire.types import ActorRef

# eventwire passes 215 of the 284 shared records (issue 12 asks for at least 215); raise this floor as coding improves.
SHARED_FLOOR = 215


def ref(code, country, sector):
    return ActorRef(text="x", name=None, code=code, country=country, sector=sector, start=0, end=1)


def test_records_carry_their_expectations_and_options(small_dir):
    records = read_records(small_dir / "small.records.xml")
    assert records.dictionaries == ("small.verbs.txt", "small.actors.txt", "small.agents.txt", "small.discards.txt")
    by_id = {r.id: r for r in records.records}
    assert by_id["T-02"].expected == {("VLDGOV", "KST", "042"), ("KST", "VLDGOV", "043")}
    assert by_id["T-04"].expected == frozenset() and by_id["T-07"].expected == frozenset()
    assert by_id["T-05"].options["require_dyad"] == "false" and by_id["T-06"].options["require_dyad"] == "true"
    assert "require_dyad" not in by_id["T-01"].options
    assert [p.origin.rsplit(":", 1)[1] for p in records.problems] == ["T-08"] and records.problems[0].code == "E708"


def test_actors_are_written_as_petrarch_writes_them():
    assert petrarch_code(None) == "---"
    assert petrarch_code(ref("GOV", None, "GOV")) == "---GOV"
    assert petrarch_code(ref("IGOUNO", None, None)) == "IGOUNO" and petrarch_code(ref("VLDGOV", "VLD", "GOV")) == "VLDGOV"


def test_the_command_prints_figures_and_problems(small_dir):
    args = ["petrarch-validate", str(small_dir / "small.records.xml"), "--dictionaries", str(small_dir)]
    result = CliRunner().invoke(main, [*args, "--json"])
    assert result.exit_code == 0, result.output
    figures = json.loads(result.stdout)
    assert figures["records"] == 7 and figures["passed"] == 7
    assert figures["by_category"]["DYAD"] == {"records": 2, "passed": 2}
    assert "[E708]" in result.stderr and "T-08" in result.stderr
    missing = CliRunner().invoke(main, ["petrarch-validate", str(small_dir / "small.records.xml"), "--dictionaries", str(small_dir.parent)])
    assert missing.exit_code == 1 and "[E709]" in missing.stderr and "small.verbs.txt" in missing.stderr


def test_the_shared_unit_test_suite(shared_dir, pipeline):
    folder = shared_dir / "petrarch2"
    summary = validate(folder / "validation" / "PETR.UnitTest.records.xml", [folder / "dictionaries"], load_settings(), pipeline.parser)
    assert len(summary.outcomes) == 284
    assert summary.passed >= SHARED_FLOOR, summary.as_json()
    categories = summary.by_category()
    assert categories["SYNSET"]["passed"] >= 48 and categories["DATE"]["passed"] >= 18
