"""The command group and the error boundary of the CLI."""

from __future__ import annotations

import sys

import click

from ..config import default_user_file, load_settings
from ..errors import EventwireError


def summary(command: click.Command) -> str:
    """A command's summary for the list of commands: its whole first help paragraph."""
    if command.short_help:
        return command.short_help
    return " ".join((command.help or "").split("\n\n")[0].split())


class EventwireGroup(click.Group):
    """Turns known errors into one line on stderr instead of a traceback, and lists each
    command with its whole summary (click would cut it to the terminal's width, mid-phrase)."""

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
