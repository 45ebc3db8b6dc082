"""``eventwire code INPUT...``: the whole pipeline, events out."""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from typing import IO

import click

from ..engine import iter_results
from ..errors import EventwireError
from ..formats import CsvEventWriter, event_json, table_lines
from ..outputs import check_output_file, check_output_folder, replaced_when_done
from ..types import DocumentResult, Event
from .common import coding_options, min_confidence_option, report_dictionary_problems, report_withheld, rule_options, settings_from
from .main import main
from .progress import Progress

FORMATS = ("table", "jsonl", "csv", "parquet")


def check_output(output_format: str, output: str) -> None:
    """The output path, checked before any work (E007, E606)."""
    if output_format == "parquet":
        if output == "-":
            raise click.UsageError("--format parquet writes a folder of parts: give it with -o FOLDER")
        check_output_folder(output, "-o")
    elif output != "-":
        check_output_file(output, "-o")


@contextlib.contextmanager
def event_sink(output_format: str, output: str) -> Iterator[Callable[[Event], None]]:
    """A function that writes one event in ``output_format`` to ``output``, which is complete
    (renamed into place) when the block ends and absent if it fails."""
    if output_format == "parquet":
        from ..parquet import ParquetPartWriter

        with replaced_when_done(output, folder=True) as partial:
            parts = ParquetPartWriter(partial)
            yield parts.write
            parts.close()
        return
    if output == "-":
        with click.open_file("-", "w", encoding="utf-8") as stream:
            yield from _stream_sink(output_format, stream)
        return
    with replaced_when_done(output) as partial, partial.open("w", encoding="utf-8", newline="") as stream:
        yield from _stream_sink(output_format, stream)


def _stream_sink(output_format: str, stream: IO[str]) -> Iterator[Callable[[Event], None]]:
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
@min_confidence_option
@coding_options
@rule_options
@click.pass_context
def code(ctx: click.Context, inputs: tuple[str, ...], output_format: str, output: str, progress: bool | None,
         min_confidence: float | None, **options) -> None:
    """Read, clean, parse and code INPUT files, folders, URLs or - (stdin); print events.

    Bad inputs are reported on stderr, one line each, and skipped; the exit
    status is non-zero only when nothing could be read.
    """
    check_output(output_format, output)
    settings = settings_from(ctx, options).with_overrides({"events.min_confidence": min_confidence})
    report_dictionary_problems(settings)
    display = Progress(inputs, enabled=progress)
    withheld = 0
    try:
        with event_sink(output_format, output) as write:
            for item in iter_results(list(inputs), settings, on_loaded=display.loaded):
                display.add(item)
                if isinstance(item, DocumentResult):
                    withheld += item.withheld
                    for event in item.events:
                        write(event)
            if not display.tally.documents:
                raise EventwireError("E005")  # before the sink closes: no empty table or part
    finally:
        display.finish()
    report_withheld(withheld, settings.events.min_confidence)
