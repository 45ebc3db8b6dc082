"""Option values are checked when the command line is read, before any work, and the
command list shows whole summaries."""

import re

import click
import pytest
from click.testing import CliRunner

from eventwire.cli import main

MISSING_INPUT = "/no/such/input.txt"  # never read: the option is refused first


def run(*args: str):
    result = CliRunner().invoke(main, list(args))
    assert "Traceback" not in result.output
    return result


@pytest.mark.parametrize("args, line", [
    (["code", MISSING_INPUT, "--max-bytes", "-5"], "[E008] --max-bytes: invalid value -5: must be 1 or more"),
    (["article", MISSING_INPUT, "--max-bytes", "0"], "[E008] --max-bytes: invalid value 0: must be 1 or more"),
    (["code", MISSING_INPUT, "--lang", "zz"], "[E008] --lang: invalid value 'zz': not an ISO 639-1 language code (en, fr, es, ...)"),
    (["ingest", MISSING_INPUT, "--lang", "fr", "--lang", "french"], "[E008] --lang: invalid value 'french': not an ISO 639-1 language code (en, fr, es, ...)"),
    (["actors", MISSING_INPUT, "--lang", "xx"], "[E008] --lang: invalid value 'xx': not an ISO 639-1 language code (en, fr, es, ...)"),
    (["code", MISSING_INPUT, "--workers", "-2"], "[E008] --workers: invalid value -2: must be 0 or more"),
])  # fmt: skip
def test_bad_option_values_are_one_coded_line_and_exit_2(args, line):
    result = run(*args)
    assert result.exit_code == 2 and result.stderr.splitlines() == [line]


def test_good_values_pass_and_the_run_goes_on_to_the_inputs():
    result = run("code", MISSING_INPUT, "--lang", "FR", "--max-bytes", "1", "--workers", "1")
    assert result.exit_code == 1 and result.stderr.startswith(f"[E006] {MISSING_INPUT}: input not found")


def test_the_command_list_shows_every_summary_whole():
    listing = " ".join(run("--help").stdout.split())
    ctx = click.Context(main, info_name="eventwire")
    for name in main.list_commands(ctx):
        first_paragraph = " ".join(main.get_command(ctx, name).help.split("\n\n")[0].split())
        assert f"{name} {first_paragraph}" in listing, name
    assert not re.search(r"\w\.\.\.(\s|$)", listing)  # nothing cut with "..."
