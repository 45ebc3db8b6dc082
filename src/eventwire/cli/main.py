"""The command group and the error boundary of the CLI."""

from __future__ import annotations

import importlib
import sys

import click

from ..config import default_user_file, load_settings
from ..errors import EventwireError


def summary(command: click.Command) -> str:
    """A command's summary for the list of commands: its whole first help paragraph."""
    if command.short_help:
        return command.short_help
    return " ".join((command.help or "").split("\n\n")[0].split())


# Each command's module, imported when the command is asked for: a command's libraries (DuckDB,
# trafilatura, pyarrow, spaCy...) load only when it runs, and the worker processes ``eventwire code``
# starts, which import the main script again, import none of them.
COMMAND_MODULES = {
    "actors": "actors", "article": "article", "code": "code", "dyad": "dyad", "evaluate": "evaluate",
    "evaluate-actors": "evaluate_actors", "export": "export", "ingest": "ingest",
    "petrarch-validate": "petrarch", "query": "query", "serve": "serve", "stats": "stats",
}  # fmt: skip


class EventwireGroup(click.Group):
    """Turns known errors into one line on stderr instead of a traceback, lists each command
    with its whole summary (click would cut it to the terminal's width, mid-phrase), and imports
    a command's module only when the command is needed (``COMMAND_MODULES``)."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(set(self.commands) | set(COMMAND_MODULES))

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name not in self.commands and cmd_name in COMMAND_MODULES:
            importlib.import_module(f"{__package__}.{COMMAND_MODULES[cmd_name]}")  # registers it on ``main``
        return super().get_command(ctx, cmd_name)

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        commands = [(name, self.get_command(ctx, name)) for name in self.list_commands(ctx)]
        rows = [(name, summary(command)) for name, command in commands if command is not None and not command.hidden]
        if rows:
            with formatter.section("Commands"):
                formatter.write_dl(rows)

    def invoke(self, ctx: click.Context):  # type: ignore[override]
        try:
            return super().invoke(ctx)
        except EventwireError as exc:
            click.echo(exc.line(), err=True)
            sys.exit(exc.exit_status)
        except KeyboardInterrupt:
            click.echo("interrupted", err=True)
            sys.exit(130)


@click.group(cls=EventwireGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--config", "config_file", type=click.Path(dir_okay=False), default=None,
              help="Settings file (TOML) overriding the packaged defaults; default $EVENTWIRE_CONFIG or ~/.config/eventwire/config.toml.")
@click.version_option(package_name="eventwire")
@click.pass_context
def main(ctx: click.Context, config_file: str | None) -> None:
    """eventwire: who did what to whom, when and where, from news text."""
    try:
        ctx.obj = load_settings(config_file or default_user_file())
    except EventwireError as exc:
        click.echo(exc.line(), err=True)
        sys.exit(1)
