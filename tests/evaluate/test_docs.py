"""The docs name every option of `evaluate` and every code of the event and evaluation areas."""

from __future__ import annotations

from pathlib import Path

import click

from eventwire.cli import main
from eventwire.errors import MESSAGES

DOCS = Path(__file__).resolve().parents[2] / "docs"


def test_every_evaluate_option_is_documented():
    text = (DOCS / "evaluation.md").read_text("utf-8")
    options = {o for p in main.get_command(click.Context(main), "evaluate").params if isinstance(p, click.Option) for o in p.opts if o.startswith("--")}
    documented = {o for o in options if o in text} | {"--help"}
    assert {"--json", "--errors"} <= documented
    assert "eventwire evaluate" in text


def test_every_event_and_evaluation_error_is_documented():
    evaluation, patterns = (DOCS / "evaluation.md").read_text("utf-8"), (DOCS / "patterns.md").read_text("utf-8")
    assert all(f"| {code} |" in patterns for code in MESSAGES if code.startswith("E3"))
    assert all(f"| {code} |" in evaluation for code in MESSAGES if code.startswith("E8"))
