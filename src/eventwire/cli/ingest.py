"""``eventwire ingest INPUT... --db PATH``: read, code and store articles and events."""

from __future__ import annotations

import sys

import click

from ..errors import EventwireError
from ..store import IngestCounts
from ..types import Problem
from .common import coding_options, min_confidence_option, report_dictionary_problems, report_problem, report_withheld, settings_from
from .main import main
from .progress import IngestProgress, estimate_articles
from .store_options import db_option, open_store


def summary_line(counts: IngestCounts, events_in_store: int) -> str:
    rate = counts.articles / counts.seconds if counts.seconds else 0.0
    return (
        f"ingested {counts.stored} articles ({counts.skipped} already stored, {counts.conflicts} id conflicts, "
        f"{counts.problems} problems), "
        f"{counts.mentions} event mentions; store holds {events_in_store} events; "
        f"{counts.seconds:.1f} s ({rate:.1f} articles/s)"
    )


@main.command()
@click.argument("inputs", nargs=-1, required=True)
@db_option
@click.option("--batch", type=click.IntRange(min=1), default=None, help="Articles committed per transaction (setting store.batch_articles).")
@click.option("--dedupe-window", type=click.IntRange(min=0), default=None, help="Days within which reports of one event merge (setting dedupe.window_days).")
@min_confidence_option
@coding_options
@click.pass_context
def ingest(ctx: click.Context, inputs: tuple[str, ...], db_path: str | None, batch: int | None, dedupe_window: int | None,
           min_confidence: float | None, **options) -> None:
    """Read, code and store INPUT files, folders, URLs or - (stdin) in an event store.

    Articles already stored (same id, or same text when they have no id) are
    skipped before coding, so running the same ingest twice adds nothing; a
    run that was killed picks up where its last committed batch ended.
    """
    settings = settings_from(ctx, options).with_overrides(
        {"store.batch_articles": batch, "dedupe.window_days": dedupe_window, "events.min_confidence": min_confidence})
    report_dictionary_problems(settings)
    progress = IngestProgress(sys.stderr, estimate_articles(inputs)) if sys.stderr.isatty() else None

    def on_problem(item: Problem) -> None:
        if progress:
            progress.close()  # the message gets a line of its own, not the end of the status line
        report_problem(item)

    with open_store(ctx, db_path, read_only=False) as store:
        try:
            counts = store.ingest(inputs, settings, on_progress=progress, on_problem=on_problem)
        finally:
            if progress:
                progress.close()
        events = store.stats(top=0)["events"]
    click.echo(summary_line(counts, events))
    report_withheld(counts.withheld, settings.events.min_confidence)
    if counts.articles == 0 and counts.problems:
        raise EventwireError("E005")
