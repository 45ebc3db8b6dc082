"""Options and helpers shared by commands."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any

import click

from ..config import Settings
from ..errors import EventwireError
from ..outputs import check_output_file
from ..types import Problem


def option_name(param: click.Parameter | None) -> str:
    return param.opts[0] if param is not None and param.opts else "output"


class OutputFile(click.ParamType):
    """A file to write, checked when the command line is read, before any work: its folder
    exists and is writable, it is no folder, and (``plot``) it ends in .png or .svg."""

    name = "file"

    def __init__(self, plot: bool = False) -> None:
        self.plot = plot

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> str:
        if self.plot:
            from ..store.plot import check_plot_path

            check_plot_path(value)
        return str(check_output_file(value, option_name(param)))


def _language_codes(ctx: click.Context, param: click.Parameter, values: tuple[str, ...]) -> tuple[str, ...]:
    import pycountry

    for value in values:
        if len(value) != 2 or pycountry.languages.get(alpha_2=value.lower()) is None:
            raise EventwireError("E008", origin=option_name(param), value=value, reason="not an ISO 639-1 language code (en, fr, es, ...)")
    return tuple(value.lower() for value in values)


def _at_least(least: int) -> Callable[[click.Context, click.Parameter, int | None], int | None]:
    def check(ctx: click.Context, param: click.Parameter, value: int | None) -> int | None:
        if value is not None and value < least:
            raise EventwireError("E008", origin=option_name(param), value=value, reason=f"must be {least} or more")
        return value

    return check


def lang_option(help_text: str) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    return click.option("--lang", "languages", multiple=True, callback=_language_codes, help=help_text)


def max_bytes_option(help_text: str) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    return click.option("--max-bytes", type=int, default=None, callback=_at_least(1), help=help_text)


def coding_options(command: Callable[..., Any]) -> Callable[..., Any]:
    """Options of every command that codes text; they become setting overrides."""
    options = [
        click.option("--model", default=None, help="spaCy pipeline to use instead of the installed English model."),
        lang_option("Also code text in this language (ISO 639-1 code); repeatable."),
        max_bytes_option("Skip input files larger than this (setting reader.max_bytes)."),
        click.option("--actors", "actor_files", multiple=True, type=click.Path(exists=True, dir_okay=False), help="Extra actor file, added to the built-in ones; repeatable."),
        click.option("--patterns", "pattern_files", multiple=True, type=click.Path(exists=True, dir_okay=False), help="Extra event pattern file, added to the built-in ones; repeatable."),
        click.option("--lexicon", "lexicon_files", multiple=True, type=click.Path(exists=True, dir_okay=False), help="Extra event word-list file (TOML, as data/event-lexicon.toml), added to the built-in lists; repeatable."),
        click.option("--dictionaries", "dictionary_paths", multiple=True, type=click.Path(exists=True), help="PETRARCH/TABARI dictionary folder or file; repeatable."),
        click.option("--dictionaries-mode", type=click.Choice(["replace", "add"]), default=None, help="Use the PETRARCH dictionaries instead of the built-in ones, or add them."),
        click.option("--asserted-only", is_flag=True, default=None, help="Keep only asserted events (drop negated, hypothetical, future, intended)."),
        click.option("--workers", type=int, default=None, callback=_at_least(0), help="Worker processes (default: one per core)."),
        click.option("--engine", type=click.Choice(["local", "dask"]), default=None, help="Where to code: local processes or a Dask cluster."),
        click.option("--scheduler", default=None, help="Dask scheduler address (with --engine dask); default: start a LocalCluster."),
    ]
    return functools.reduce(lambda cmd, option: option(cmd), reversed(options), command)


def rule_options(command: Callable[..., Any]) -> Callable[..., Any]:
    """``--disable RULE``: commands that code for inspection or evaluation can switch rules off (ablation)."""
    return click.option("--disable", "disabled_rules", multiple=True, metavar="RULE",
                        help="Switch off a coding rule by name (docs/event-record.md, rules); repeatable. "
                             "Adds to setting events.disabled_rules.")(command)


def settings_from(ctx: click.Context, options: dict[str, Any]) -> Settings:
    """The settings of the group, overridden by this command's options."""
    settings: Settings = ctx.obj
    model = options.pop("model", None)
    overrides = {
        "model.names": (model,) if model else None,
        "reader.languages": tuple(settings.reader.languages) + tuple(options.pop("languages", ()) or ()) or None,
        "reader.max_bytes": options.pop("max_bytes", None),
        "actors.files": tuple(settings.actors.files) + tuple(options.pop("actor_files", ()) or ()),
        "events.patterns": tuple(settings.events.patterns) + tuple(options.pop("pattern_files", ()) or ()),
        "events.lexicon": tuple(settings.events.lexicon) + tuple(options.pop("lexicon_files", ()) or ()),
        "dictionaries.paths": tuple(options.pop("dictionary_paths", ()) or ()) or None,
        "dictionaries.mode": options.pop("dictionaries_mode", None),
        "events.asserted_only": options.pop("asserted_only", None),
        "events.disabled_rules": tuple(settings.events.disabled_rules) + tuple(options.pop("disabled_rules", ()) or ()),
        "engine.workers": options.pop("workers", None),
        "engine.name": options.pop("engine", None),
        "engine.scheduler": options.pop("scheduler", None),
    }
    settings = settings.with_overrides(overrides)
    if settings.events.disabled_rules:  # an unknown name stops here, before any input is read
        from ..events.rules import RuleRegistry

        RuleRegistry.packaged().checked(settings.events.disabled_rules, "--disable / events.disabled_rules")
    return settings


def min_confidence_option(command: Callable[..., Any]) -> Callable[..., Any]:
    return click.option(
        "--min-confidence", type=click.FloatRange(0.0, 1.0), default=None,
        help="Keep only events whose confidence is at least this (0 to 1; setting events.min_confidence).",
    )(command)  # fmt: skip


def report_withheld(count: int, threshold: float) -> None:
    """Events left out by the confidence threshold are counted on stderr, never dropped silently."""
    if count:
        click.echo(f"withheld {count} events with confidence below {threshold:g} (setting events.min_confidence)", err=True)


def report_problem(item: Problem) -> None:
    click.echo(item.line(), err=True)


def report_dictionary_problems(settings: Settings) -> None:
    """Malformed lines of the PETRARCH dictionaries the settings name, one line each on stderr,
    before coding starts; a missing or unrecognised dictionary file stops with E702/E705/E706."""
    if not settings.dictionaries.paths:
        return
    from ..petrarch.dictionaries import check_dictionaries

    for item in check_dictionaries(settings):
        report_problem(item)
