"""``eventwire stats --db PATH [--json]``: what the store holds."""

from __future__ import annotations

import json

import click

from ..formats import MISSING
from .main import main
from .store_options import db_option, open_store


def stats_lines(stats: dict) -> list[str]:
    quads = stats["by_quad_class"]
    lines = [
        f"articles  {stats['articles']}  (from {stats['sources']} sources)",
        f"mentions  {stats['mentions']}  (coded events, one per report)",
        f"events    {stats['events']}  (deduplicated, window {stats['dedupe_window_days']} days)",
        f"dates     {stats['first_date'] or MISSING} .. {stats['last_date'] or MISSING}",
        f"by quad   verbal coop {quads['1']}, material coop {quads['2']}, verbal conflict {quads['3']}, material conflict {quads['4']}",
    ]
    if stats["top_dyads"]:
        lines.append("top dyads (source -> target: events, mentions)")
        lines += [f"  {d['source']} -> {d['target']}: {d['events']}, {d['mentions']}" for d in stats["top_dyads"]]
    return lines


@main.command()
@db_option
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object (keys: articles, events, mentions, sources, first_date, last_date, by_quad_class, top_dyads, dedupe_window_days).")
@click.option("--top", type=click.IntRange(min=0), default=10, show_default=True, help="How many top dyads to list.")
@click.pass_context
def stats(ctx: click.Context, db_path: str | None, as_json: bool, top: int) -> None:
    """Counts of articles, mentions and events, the date range and the top dyads."""
    with open_store(ctx, db_path) as store:
        result = store.stats(top=top)
    click.echo(json.dumps(result, indent=2) if as_json else "\n".join(stats_lines(result)))
