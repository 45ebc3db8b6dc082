"""``eventwire query --db PATH "SQL"``: ad-hoc SQL over the views events, mentions, articles."""

from __future__ import annotations

import csv
import itertools
import json
import sys
from datetime import date, datetime

import click

from ..formats import table_cell
from .main import main
from ..store import EventStore
from .store_options import db_option


def _text(value) -> str:
    if value is None:
        return ""
    return value.isoformat() if isinstance(value, (date, datetime)) else str(value)


def table_lines(columns: list[str], rows: list[tuple], width: int = 40) -> list[str]:
    cells = [[table_cell(None if v is None else _text(v), width) for v in row] for row in rows]
    widths = [max([len(c)] + [len(r[i]) for r in cells]) for i, c in enumerate(columns)]
    lines = ["  ".join(c.ljust(w) for c, w in zip(columns, widths)).rstrip()]
    lines += ["  ".join(v.ljust(w) for v, w in zip(row, widths)).rstrip() for row in cells]
    return lines


@main.command()
@click.argument("sql")
@db_option
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "jsonl"]), default="table", show_default=True, help="Output format; csv and jsonl print every row.")
@click.option("--limit", type=click.IntRange(min=1), default=50, show_default=True, help="Rows shown by the table format.")
@click.pass_context
def query(ctx: click.Context, sql: str, db_path: str | None, fmt: str, limit: int) -> None:
    """Run read-only SQL over the documented views events, mentions and articles (docs/store.md).

    The store is opened sealed: read-only, with DuckDB's access to files,
    URLs and extensions off and its settings locked, so a write, a COPY TO,
    a file reader such as read_csv, or a SET fails with E412.
    """
    with EventStore.open_sealed(db_path or ctx.obj.store.path) as store:
        columns, rows = store.query(sql)
        if fmt == "csv":
            writer = csv.writer(sys.stdout, lineterminator="\n")
            writer.writerow(columns)
            writer.writerows([_text(v) for v in row] for row in rows)
        elif fmt == "jsonl":
            for row in rows:
                click.echo(json.dumps(dict(zip(columns, row)), ensure_ascii=False, default=_text))
        else:
            shown = list(itertools.islice(rows, limit + 1))
            click.echo("\n".join(table_lines(columns, shown[:limit])))
            if len(shown) > limit:
                click.echo("(more rows; raise --limit or use --format csv)", err=True)
