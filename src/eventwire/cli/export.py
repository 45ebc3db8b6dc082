"""``eventwire export --db PATH --format F -o FILE``: events as gdelt, csv, jsonl, parquet or plover."""

from __future__ import annotations

import click

from ..config import Settings
from ..store.export import FORMATS
from .common import OutputFile, min_confidence_option
from .main import main
from .store_options import db_option, open_store


@main.command()
@db_option
@click.option("--format", "fmt", type=click.Choice(FORMATS), required=True, help="gdelt: GDELT 2.0 event table (TSV); plover: PLOVER JSON Lines; jsonl: eventwire event records; csv; parquet.")
@click.option("-o", "--output", type=OutputFile(), required=True, help="File to write (replaced when complete).")
@click.option("--mentions", is_flag=True, help="Export raw mentions (one per coded sentence) instead of deduplicated events (csv, jsonl, parquet).")
@click.option("--asserted-only", is_flag=True, help="Only asserted events (gdelt always is).")
@min_confidence_option
@click.pass_context
def export(ctx: click.Context, db_path: str | None, fmt: str, output: str, mentions: bool, asserted_only: bool,
           min_confidence: float | None) -> None:
    """Export the store's events (one row per real-world event, with mention counts) to a file."""
    settings: Settings = ctx.obj
    threshold = 0.0 if min_confidence is None else min_confidence  # the store holds what ingest kept
    with open_store(ctx, db_path) as store:
        count = store.export(fmt, output, mentions=mentions, asserted_only=asserted_only, min_confidence=threshold)
    kept = f" with confidence at least {threshold:g}" if threshold > 0 else ""
    click.echo(f"wrote {count} {'mentions' if mentions else 'events'}{kept} to {output} ({fmt})")
