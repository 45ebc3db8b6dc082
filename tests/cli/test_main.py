"""Commands are imported when they run: the command group names each command's module, and
importing the CLI (as every worker process of ``eventwire code`` does) loads no command's libraries."""

import importlib
import subprocess
import sys

import click

from eventwire.cli import main
from eventwire.cli.main import COMMAND_MODULES

HEAVY = ("duckdb", "pyarrow", "trafilatura", "spacy", "distributed", "uvicorn", "eventwire.store", "eventwire.read")


def test_each_module_registers_the_command_named_for_it():
    for name, module in COMMAND_MODULES.items():
        importlib.import_module(f"eventwire.cli.{module}")
        command = main.commands.get(name)
        assert command is not None and command.callback.__module__ == f"eventwire.cli.{module}", name


def test_every_registered_command_is_listed():
    ctx = click.Context(main, info_name="eventwire")
    for module in set(COMMAND_MODULES.values()):
        importlib.import_module(f"eventwire.cli.{module}")
    assert set(main.commands) <= set(COMMAND_MODULES)
    assert main.list_commands(ctx) == sorted(COMMAND_MODULES)


def test_importing_the_cli_imports_no_command_library():
    probe = f"import sys, eventwire.cli; print(' '.join(m for m in {HEAVY!r} if m in sys.modules))"
    loaded = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True).stdout.split()
    assert loaded == []
