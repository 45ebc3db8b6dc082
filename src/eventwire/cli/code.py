"""``eventwire code INPUT...``: the whole pipeline, events out."""

from __future__ import annotations

import click

from ..engine import iter_results
from ..errors import EventwireError
from ..formats import CsvEventWriter, event_json, table_lines
from ..types import Problem
from .common import coding_options, report_problem, settings_from
from .main import main


@main.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option("--format", "output_format", type=click.Choice(["table", "jsonl", "csv"]), default="table", show_default=True, help="Output format.")
@click.option("-o", "--output", type=click.File("w", encoding="utf-8"), default="-", help="Write events to this file instead of standard output.")
@coding_options
@click.pass_context
def code(ctx: click.Context, inputs: tuple[str, ...], output_format: str, output, **options) -> None:
    """Read, clean, parse and code INPUT files, folders, URLs or - (stdin); print events.

    Bad inputs are reported on stderr, one line each, and skipped; the exit
    status is non-zero only when nothing could be read.
    """
    settings = settings_from(ctx, options)
    documents = 0
    table_events = []
    csv_writer = CsvEventWriter(output) if output_format == "csv" else None
    for item in iter_results(list(inputs), settings):
        if isinstance(item, Problem):
            report_problem(item)
            continue
        documents += 1
        for event in item.events:
            if output_format == "jsonl":
                output.write(event_json(event) + "\n")
            elif csv_writer:
                csv_writer.write(event)
            else:
                table_events.append(event)
    if output_format == "table" and documents:
        for line in table_lines(table_events):
            output.write(line + "\n")
    if not documents:
        raise EventwireError("E005")
