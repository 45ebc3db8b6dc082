import io

from click.testing import CliRunner

from eventwire.cli import main
from eventwire.cli.progress import CLEAR_LINE, Progress
from eventwire.errors import problem


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_a_terminal_gets_a_status_line_problems_above_it_and_a_summary():
    screen = Terminal()
    progress = Progress(["-"], stream=screen)
    progress.add(problem("E101", "empty.txt"))
    progress.finish()
    out = screen.getvalue()
    assert CLEAR_LINE + "1 documents" in out  # the status line, drawn in place
    assert "[E101] empty.txt: empty file\n" in out
    assert out.rpartition(CLEAR_LINE)[2].startswith("coded 0 documents (1 skipped with problems)")


def test_piped_runs_show_problems_but_no_progress_or_summary(tmp_path):
    (tmp_path / "story.txt").write_text("Chile thanked Peru for its help on Monday.\n")
    (tmp_path / "empty.txt").write_text("")
    result = CliRunner().invoke(main, ["code", str(tmp_path), "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    assert result.stderr == f"[E101] {tmp_path / 'empty.txt'}: empty file\n"


def test_progress_can_be_asked_for(tmp_path):
    (tmp_path / "story.txt").write_text("Chile thanked Peru for its help on Monday.\n")
    result = CliRunner().invoke(main, ["code", str(tmp_path / "story.txt"), "--format", "jsonl", "--progress"])
    assert result.exit_code == 0, result.output
    assert result.stderr.rpartition(CLEAR_LINE)[2].startswith("coded 1 documents: 1 sentences, ")
