"""``eventwire evaluate GOLD``: score the coder on a gold-standard file."""

from __future__ import annotations

import json
from pathlib import Path

import click

from ..errors import EventwireError
from ..evaluate import ActorKeys, as_json, error_record, evaluate_records, read_gold, text_lines
from ..evaluate.rules import rule_figures, rule_lines
from ..evaluate.score import curve_thresholds, threshold_figures
from ..outputs import replaced_when_done
from ..pipeline import Pipeline
from .common import (OutputFile, coding_options, min_confidence_option, report_dictionary_problems, report_problem,
                     rule_options, settings_from)
from .main import main


@main.command()
@click.argument("gold", type=click.Path(dir_okay=False))
@click.option("--json", "as_json_output", is_flag=True, help="Print the figures as JSON.")
@click.option("--errors", "errors_file", type=OutputFile(), default=None,
              help="Write the texts coded wrongly (missed and extra triples) to this file, as JSON Lines.")
@click.option("--rules", "per_rule", is_flag=True,
              help="Also print, per rule name, how many events it shaped and how many of those were right (precision).")
@click.option("--plot", "plot_file", type=OutputFile(plot=True), default=None,
              help="Also draw the precision-recall curve over confidence thresholds to FILE.png or FILE.svg.")
@min_confidence_option
@coding_options
@rule_options
@click.pass_context
def evaluate(ctx: click.Context, gold: str, as_json_output: bool, errors_file: str | None, per_rule: bool,
             plot_file: str | None, min_confidence: float | None, **options) -> None:
    """Score the coder on GOLD, a PLOVER gold-record file (JSON list or JSON Lines).

    Reports event-type recall, precision, recall and F1 of (source country,
    event type, target country) triples, and per-type figures. Every event
    counts but a negated one (as the reviewers score); CONSULT and COOPERATE
    match in either direction. A malformed record is reported on one line and skipped.
    The figures keep the events the coder keeps (--min-confidence, default
    the setting events.min_confidence) and are repeated for confidence
    thresholds 0, 0.3, 0.5, 0.7 and 0.9.
    """
    configured = settings_from(ctx, options).with_overrides({"events.min_confidence": min_confidence})
    settings = configured.with_overrides({"events.min_confidence": 0.0})  # coded whole, scored at every threshold
    report_dictionary_problems(settings)
    keys = ActorKeys()
    gold_file = read_gold(gold, keys)
    for item in gold_file.skipped:
        report_problem(item)
    if not gold_file.records:
        raise EventwireError("E805", origin=gold)
    scores = evaluate_records(gold_file.records, Pipeline(settings), keys, skipped=len(gold_file.skipped),
                              min_confidence=configured.events.min_confidence)
    if errors_file is not None:
        with replaced_when_done(errors_file) as partial, partial.open("w", encoding="utf-8") as out:
            out.writelines(json.dumps(error_record(r), ensure_ascii=False) + "\n" for r in scores.results if not r.correct)
    figures = rule_figures(scores.results) if per_rule else None
    if as_json_output:
        report = as_json(scores)
        if figures is not None:
            report["rules"] = {name: f.as_dict() for name, f in figures.items()}
        click.echo(json.dumps(report, indent=2))
    else:
        click.echo("\n".join(text_lines(scores) + (["", *rule_lines(figures)] if figures is not None else [])))
    if plot_file:
        from ..evaluate.plot import plot_precision_recall

        curve = threshold_figures(scores.results, curve_thresholds(scores.results), keys)
        plot_precision_recall(curve, plot_file, f"{Path(gold).name}: precision and recall by minimum confidence")
        click.echo(f"plot written to {plot_file}", err=as_json_output)
