from pathlib import Path

import click
import pytest

from eventwire.cli import main
from eventwire.errors import MESSAGES
from eventwire.store.schema import VIEWS

DOC = (Path(__file__).resolve().parents[2] / "docs" / "store.md").read_text("utf-8")
CODING_OPTIONS = {"--model", "--lang", "--max-bytes", "--actors", "--patterns", "--lexicon", "--dictionaries",
                  "--dictionaries-mode", "--asserted-only", "--workers", "--engine", "--scheduler"}  # fmt: skip


@pytest.mark.parametrize("command", ["ingest", "export", "stats", "dyad", "query"])
def test_every_store_command_option_is_documented(command):
    cmd = main.get_command(click.Context(main), command)
    options = {name for p in cmd.params if isinstance(p, click.Option) for name in p.opts if name.startswith("--")}
    if command == "ingest":
        options -= CODING_OPTIONS  # documented with `code`
    missing = sorted(o for o in options if o not in DOC)
    assert not missing, f"docs/store.md does not mention {missing} of `eventwire {command}`"
    assert f"eventwire {command}" in DOC


def test_every_store_error_code_is_documented():
    codes = [code for code in MESSAGES if code.startswith("E4")]
    assert codes and all(f"| {code} |" in DOC for code in codes)


def test_every_view_column_is_documented(store):
    for view in ("articles", "mentions", "events"):
        columns, _ = store.query(f"SELECT * FROM {view} LIMIT 0")
        for column in columns:
            stem = column.rsplit("_", 1)[0]
            assert f"`{column}`" in DOC or f"`{stem}_" in DOC or f"{stem}_*" in DOC, f"{view}.{column} undocumented"
    assert len(VIEWS) == 3
