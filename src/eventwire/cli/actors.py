"""``eventwire actors PATH|-``: every actor mention, with the rule that coded it."""

from __future__ import annotations

import json

import click

from ..actors.report import iter_coded, mention_line, mention_record
from ..errors import EventwireError
from ..types import Problem
from .common import lang_option, report_problem
from .main import main


@main.command()
@click.argument("path")
@click.option("--json", "as_json", is_flag=True, help="Print a JSON list of mentions instead of lines.")
@click.option("--actors", "actor_files", multiple=True, type=click.Path(exists=True, dir_okay=False), help="Extra actor file, added to the built-in ones; repeatable.")
@click.option("--places", is_flag=True, help="Also print countries named only as a place or on a thing (kind place or modifier).")
@click.option("--date", "when", type=click.DateTime(formats=["%Y-%m-%d"]), default=None, help="Date to code undated text at (YYYY-MM-DD); dated codes depend on it.")
@click.option("--model", default=None, help="spaCy pipeline to use instead of the installed English model.")
@lang_option("Also accept text in this language (ISO 639-1 code).")
@click.pass_context
def actors(ctx: click.Context, path: str, as_json: bool, actor_files, places: bool, when, model, languages) -> None:
    """Print every actor mention in PATH (a file, a URL or - for stdin).

    One line per mention: sentence:start-end (character offsets within the
    sentence), text, code, country, sector, name and the entries or rules
    that coded it. With --json, a list of objects with the keys sentence,
    text, start, end, code, country, sector, name, rule and kind (actor,
    or with --places also place and modifier).
    """
    settings = ctx.obj.with_overrides({
        "actors.files": tuple(ctx.obj.actors.files) + tuple(actor_files),
        "model.names": (model,) if model else None,
        "reader.languages": tuple(ctx.obj.reader.languages) + tuple(languages),
    })
    records, documents = [], 0
    for item in iter_coded([path], settings, when):
        if isinstance(item, Problem):
            report_problem(item)
            continue
        documents += 1
        for sentence in item.actors:
            found = sentence.mentions + sentence.places if places else sentence.mentions
            records += [mention_record(m, sentence.sentence_index) for m in sorted(found, key=lambda m: m.start)]
    if not documents:
        raise EventwireError("E005", origin=path)
    if as_json:
        click.echo(json.dumps(records, ensure_ascii=False, indent=2))
    else:
        for record in records:
            click.echo(mention_line(record))
