"""``eventwire dyad SOURCE TARGET``: how two countries treat each other over time."""

from __future__ import annotations

import json

import click

from ..formats import MISSING
from ..store.dyad import INTERVALS, DyadSeries
from ..store.countries import unknown_country
from ..store.plot import plot_dyad, plot_title
from ..types import MODALITIES
from .common import OutputFile, report_problem
from .main import main
from .store_options import db_option, open_store

HEADER = ("period", "verb.coop", "mat.coop", "verb.confl", "mat.confl", "total", "goldstein")


def series_lines(series: DyadSeries) -> list[str]:
    lines = [plot_title(series), "  ".join(h.rjust(10) for h in HEADER)]
    for period in series.periods:
        goldstein = MISSING if period.mean_goldstein is None else f"{period.mean_goldstein:+.2f}"
        cells = (period.label, *map(str, period.counts), str(period.total), goldstein)
        lines.append("  ".join(c.rjust(10) for c in cells))
    if not series.periods:
        lines.append("no events")
    return lines


@main.command()
@click.argument("source")
@click.argument("target")
@db_option
@click.option("--both-directions", is_flag=True, help="Also count events from TARGET to SOURCE.")
@click.option("--interval", type=click.Choice(INTERVALS), default="month", show_default=True, help="Length of a period.")
@click.option("--plot", "plot_path", type=OutputFile(plot=True), default=None, help="Also draw the series to FILE.png or FILE.svg.")
@click.option("--all-modalities", is_flag=True, help="Count negated, hypothetical, future and intended events too (default: asserted only).")
@click.option("--json", "as_json", is_flag=True, help="Print the series as JSON instead of a table.")
@click.pass_context
def dyad(ctx: click.Context, source: str, target: str, db_path: str | None, both_directions: bool, interval: str,
         plot_path: str | None, all_modalities: bool, as_json: bool) -> None:  # fmt: skip
    """Events between two countries (ISO codes, e.g. CHN PRK) per period: counts by quad class and mean Goldstein score.

    A SOURCE or TARGET that is no ISO alpha-3 country code gets a warning
    (E414), with the code meant when it is a country's name ("china": CHN).
    """
    for code in (source, target):
        if warning := unknown_country(code):
            report_problem(warning)
    modalities = MODALITIES if all_modalities else ("asserted",)
    with open_store(ctx, db_path) as store:
        series = store.dyad_series(source, target, interval, both_directions, modalities)
    click.echo(json.dumps(series.to_dict(), indent=2) if as_json else "\n".join(series_lines(series)))
    if plot_path:
        plot_dyad(series, plot_path)
        click.echo(f"plot written to {plot_path}", err=as_json)
