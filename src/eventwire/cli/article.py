"""``eventwire article PATH``: what the reader makes of one article."""

from __future__ import annotations

import json

import click

from ..clean import clean_article, document_json
from ..errors import EventwireError
from ..read import iter_articles
from ..types import Problem
from .common import lang_option, max_bytes_option, report_problem
from .main import main


@main.command()
@click.argument("path")
@lang_option("Also accept text in this language (ISO 639-1 code); repeatable.")
@max_bytes_option("Skip inputs larger than this (setting reader.max_bytes).")
@click.pass_context
def article(ctx: click.Context, path: str, languages: tuple[str, ...], max_bytes: int | None) -> None:
    """Print the reader's result for one article as JSON (metadata, body, removed lines).

    PATH is a file, a folder, a URL or - for standard input. A JSON Lines
    file, a feed or a folder prints one JSON object per article, one per line.
    Bad inputs are reported on stderr, one line each (see docs/reading.md).
    """
    overrides = {"reader.languages": tuple(ctx.obj.reader.languages) + languages, "reader.max_bytes": max_bytes}
    settings = ctx.obj.with_overrides(overrides)
    printed, held = 0, None  # one article prints indented; several print one a line
    for item in iter_articles([path], settings):
        document = item if isinstance(item, Problem) else clean_article(item, settings)
        if isinstance(document, Problem):
            report_problem(document)
            continue
        if held is not None:
            click.echo(json.dumps(held, ensure_ascii=False))
        held = document_json(document)
        printed += 1
    if held is None:
        raise EventwireError("E005", origin=path)
    click.echo(json.dumps(held, ensure_ascii=False, indent=2 if printed == 1 else None))
