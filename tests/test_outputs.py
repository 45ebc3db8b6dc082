"""Output files are written whole or not at all."""

import os

import pytest

from eventwire.errors import EventwireError
from eventwire.outputs import check_output_file, check_output_folder, replaced_when_done


def test_the_file_appears_only_when_complete(tmp_path):
    target = tmp_path / "out.txt"
    with replaced_when_done(target) as partial:
        partial.write_text("done")
        assert not target.exists() and partial.parent == tmp_path
    assert target.read_text() == "done" and os.listdir(tmp_path) == ["out.txt"]
    mask = os.umask(0)
    os.umask(mask)
    assert target.stat().st_mode & 0o777 == 0o666 & ~mask  # as a plain open() would make it


def test_a_failure_leaves_the_old_file_and_no_partial(tmp_path):
    target = tmp_path / "out.txt"
    target.write_text("old")
    with pytest.raises(KeyError), replaced_when_done(target) as partial:
        partial.write_text("half")
        raise KeyError("stop")
    assert target.read_text() == "old" and os.listdir(tmp_path) == ["out.txt"]


def test_a_folder_is_renamed_into_place(tmp_path):
    target = tmp_path / "parts"
    target.mkdir()  # an empty folder may be the target
    with replaced_when_done(target, folder=True) as partial:
        (partial / "part-0").write_text("rows")
    assert [p.name for p in target.iterdir()] == ["part-0"] and os.listdir(tmp_path) == ["parts"]


def test_checks_name_the_path_and_the_reason(tmp_path):
    (tmp_path / "full").mkdir()
    (tmp_path / "full" / "x").write_text("x")
    for check, path, words in [
        (check_output_file, tmp_path / "none" / "a.csv", "does not exist"),
        (check_output_file, tmp_path, "it is a folder"),
        (check_output_folder, tmp_path / "full" / "x", "it is a file"),
    ]:
        with pytest.raises(EventwireError) as caught:
            check(path, "-o")
        assert caught.value.code == "E007" and caught.value.exit_status == 2
        assert caught.value.line().startswith(f"[E007] {path}: cannot write (-o): ") and words in caught.value.line()
    with pytest.raises(EventwireError) as caught:
        check_output_folder(tmp_path / "full", "-o")
    assert caught.value.code == "E606"
    assert check_output_file(tmp_path / "new.csv", "-o") == tmp_path / "new.csv" and os.listdir(tmp_path) == ["full"]
