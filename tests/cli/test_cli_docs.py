"""Every command and option is documented in docs/cli.md (a datasette habit)."""

from pathlib import Path

import click

from eventwire.cli import main

DOC = (Path(__file__).resolve().parents[2] / "docs" / "cli.md").read_text("utf-8")


def _commands():
    ctx = click.Context(main, info_name="eventwire")
    return [(name, main.get_command(ctx, name)) for name in main.list_commands(ctx)]


def _section(name: str) -> str:
    start = DOC.index(f"## `eventwire {name}`")
    end = DOC.find("\n## ", start + 1)
    return DOC[start : end if end > 0 else None]


def test_every_command_has_a_section():
    missing = [name for name, _ in _commands() if f"## `eventwire {name}`" not in DOC]
    assert not missing, f"commands missing from docs/cli.md: {missing}"


def test_every_option_is_documented_in_its_command_section():
    missing = []
    for name, command in _commands():
        section = _section(name)
        for param in command.params:
            if isinstance(param, click.Option) and param.opts[0] not in ("--help", "-h"):
                if not any(f"`{opt}`" in section for opt in param.opts):
                    missing.append(f"{name} {param.opts[0]}")
    assert not missing, f"options missing from docs/cli.md: {missing}"


def test_global_options_are_documented():
    assert "`--config`" in DOC.split("## `eventwire", 1)[0]
