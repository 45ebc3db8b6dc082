"""``eventwire petrarch-validate RECORDS.xml --dictionaries DIR``: the PETRARCH unit-test suite."""

from __future__ import annotations

import json

import click

from ..petrarch.validate import Summary, validate
from .common import report_problem
from .main import main


def summary_lines(summary: Summary, show_failures: bool) -> list[str]:
    total = len(summary.outcomes)
    share = 100 * summary.passed / total if total else 0.0
    lines = [f"passed {summary.passed}/{total} records ({share:.1f}%)", "", f"{'category':<12} {'passed':>7} {'records':>8}"]
    lines += [f"{name:<12} {row['passed']:>7} {row['records']:>8}" for name, row in summary.by_category().items()]
    if show_failures:
        lines.append("")
        for outcome in summary.outcomes:
            if not outcome.passed:
                expected = sorted(outcome.record.expected) or "no event"
                lines.append(f"FAIL {outcome.record.id} [{outcome.record.category}] expected {expected} coded {sorted(outcome.coded) or 'no event'}")
                lines.append(f"     {outcome.record.text}")
    return lines


@main.command("petrarch-validate")
@click.argument("records", type=click.Path(dir_okay=False))
@click.option("--dictionaries", "dictionary_paths", multiple=True, required=True, type=click.Path(exists=True),
              help="Folder (or files) holding the dictionaries the records name in <Environment>; repeatable.")
@click.option("--json", "as_json", is_flag=True, help='Print {"records": N, "passed": K, "by_category": {...}} as JSON.')
@click.option("--failures", "show_failures", is_flag=True, help="List each failed record: expected and coded events.")
@click.pass_context
def petrarch_validate(ctx: click.Context, records: str, dictionary_paths: tuple[str, ...], as_json: bool, show_failures: bool) -> None:
    """Run PETRARCH unit-test RECORDS (e.g. PETR.UnitTest.records.xml) with eventwire's own parse.

    Each record's text is coded with the verb, actor, agent and discard
    dictionaries its <Environment> names, on the record's date, and the
    coded (source, target, event) set is compared with the expected one.
    Malformed dictionary lines and records are reported on stderr.
    """
    summary = validate(records, dictionary_paths, ctx.obj)
    for item in summary.problems:
        report_problem(item)
    if as_json:
        click.echo(json.dumps(summary.as_json()))
    else:
        click.echo("\n".join(summary_lines(summary, show_failures)))
