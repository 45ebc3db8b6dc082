"""``eventwire code INPUT...``: the whole pipeline, events out."""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator

import click

from ..engine import iter_results
from ..errors import EventwireError
from ..formats import CsvEventWriter, event_json, table_lines
from ..types import DocumentResult, Event
from .common import coding_options, report_dictionary_problems, rule_options, settings_from
from .main import main
from .progress import Progress

FORMATS = ("table", "jsonl", "csv", "parquet")


@contextlib.contextmanager
def event_sink(output_format: str, output: str) -> Iterator[Callable[[Event], None]]:
    """A function that writes one event in ``output_format`` to ``output``; flushed on exit."""
    if output_format == "parquet":
        from ..parquet import ParquetPartWriter

        if output == "-":
            raise click.UsageError("--format parquet writes a folder of parts: give it with -o FOLDER")
        parts = ParquetPartWriter(output)
        yield parts.write
        parts.close()
        return
    with click.open_file(output, "w", encoding="utf-8") as stream:
        if output_format == "jsonl":
            yield lambda event: stream.write(event_json(event) + "\n")
        elif output_format == "csv":
            yield CsvEventWriter(stream).write
        else:
            table: list[Event] = []
            yield table.append
            stream.writelines(line + "\n" for line in table_lines(table))


@main.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option("--format", "output_format", type=click.Choice(FORMATS), default="table", show_default=True, help="Output format; parquet writes a folder of part files (needs -o FOLDER).")
@click.option("-o", "--output", default="-", help="Write events to this file (a new or empty folder with --format parquet) instead of standard output.")
@click.option("--progress/--no-progress", default=None, help="Show progress (rate, ETA) and a summary on stderr; default: only when stderr is a terminal.")
@coding_options
@rule_options
@click.pass_context
def code(ctx: click.Context, inputs: tuple[str, ...], output_format: str, output: str, progress: bool | None, **options) -> None:
    """Read, clean, parse and code INPUT files, folders, URLs or - (stdin); print events.

    Bad inputs are reported on stderr, one line each, and skipped; the exit
    status is non-zero only when nothing could be read.
    """
    settings = settings_from(ctx, options)
    report_dictionary_problems(settings)
    display = Progress(inputs, enabled=progress)
    try:
        with event_sink(output_format, output) as write:
            for item in iter_results(list(inputs), settings):
                display.add(item)
                if isinstance(item, DocumentResult):
                    for event in item.events:
                        write(event)
            if not display.tally.documents:
                raise EventwireError("E005")  # before the sink closes: no empty table or part
    finally:
        display.finish()
