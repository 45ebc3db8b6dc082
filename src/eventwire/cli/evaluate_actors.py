"""``eventwire evaluate-actors GOLD``: score the actor coder on an actor gold file."""

from __future__ import annotations

import json

import click

from ..actors.scoring import read_gold, score_records
from ..pipeline import Pipeline
from .main import main


@main.command("evaluate-actors")
@click.argument("gold", type=click.Path(dir_okay=False))
@click.option("--json", "as_json", is_flag=True, help="Print the figures as JSON.")
@click.pass_context
def evaluate_actors(ctx: click.Context, gold: str, as_json: bool) -> None:
    """Score the actor coder on GOLD, JSON Lines of sentences with their actor mentions.

    The format is tests/fixtures/gold/actors-dev.jsonl's (docs/actors.md).
    Reports the share of gold mentions found, and those with the right
    country, sector and full code, and the precision of what was found.
    """
    pipeline = Pipeline(ctx.obj)
    score = score_records(read_gold(gold), pipeline.parser, pipeline.actors)
    if not as_json:
        click.echo(score.summary())
        return
    figures = {"mentions": score.gold, "countries": len(score.countries), "sectors": len(score.sectors),
               "found": score.rate(score.found), "country": score.rate(score.country),
               "sector": score.rate(score.sector), "code": score.rate(score.code), "precision": score.precision}
    click.echo(json.dumps({k: round(v, 4) if isinstance(v, float) else v for k, v in figures.items()}, indent=2))
