"""Dictionary sets: finding files, replace and add modes, malformed lines on the command line, Phoenix."""

from __future__ import annotations

import shutil

import pytest
from click.testing import CliRunner

from eventwire.actors.entries import ActorDictionary, ActorEntry, AgentEntry, DatedCode
from eventwire.cli import main
from eventwire.errors import EventwireError
from eventwire.events.patterns import Pattern, PatternSet
from eventwire.petrarch.dictionaries import combined_actors, combined_patterns, dictionary_files, kind_of_file, load_set

from .conftest import code


def test_kinds_come_from_file_names(tmp_path):
    names = {"CAMEO.2.0.txt": "verbs", "x.verbs.txt": "verbs", "a.actors.txt": "actors", "b.agents.txt": "agents",
             "c.discards.txt": "discards", "Phoenix.IssueCoding.txt": "issues", "notes.txt": None}  # fmt: skip
    assert {name: kind_of_file(tmp_path / name) for name in names} == names


def test_folders_skip_test_sets_and_bad_paths_stop(tmp_path, small_dir):
    for name in ("small.verbs.txt", "small.actors.txt"):
        shutil.copy(small_dir / name, tmp_path / name)
    shutil.copy(small_dir / "small.agents.txt", tmp_path / "Test.Validate.agents.txt")
    (tmp_path / "readme.txt").write_text("not a dictionary")
    assert [kind for kind, _ in dictionary_files([tmp_path])] == ["actors", "verbs"]
    with pytest.raises(EventwireError, match="E705"):
        dictionary_files([tmp_path / "readme.txt"])
    with pytest.raises(EventwireError, match="E702"):
        dictionary_files([tmp_path / "missing.verbs.txt"])
    empty = tmp_path / "empty"
    empty.mkdir()
    with pytest.raises(EventwireError, match="E706"):
        dictionary_files([empty])


def test_replace_and_add_modes_part_by_part(small_dir):
    loaded = load_set([small_dir / "small.actors.txt"])
    builtin = ActorDictionary(
        (ActorEntry("France", "France", "country", ("France",), (DatedCode("FRA", "FRA", None),)),),
        (AgentEntry("general", ("general",), "MIL"),),
        ("built-in",),
    )
    replaced = combined_actors(loaded, builtin, "replace")
    assert "France" not in {a.name for a in replaced.actors} and "Valdoria" in {a.name for a in replaced.actors}
    assert replaced.agents == builtin.agents  # no agent file: the built-in role words stay
    added = combined_actors(loaded, builtin, "add")
    assert {"France", "Valdoria"} <= {a.name for a in added.actors}
    own = PatternSet({("verb", "hail"): (Pattern("hail", "verb", "051"),)})
    assert combined_patterns(loaded, own, "replace").candidates("verb", "hail")  # no verb file: built-in kept
    verbs = load_set([small_dir / "small.verbs.txt"])
    assert not combined_patterns(verbs, own, "replace").candidates("verb", "hail")
    assert combined_patterns(verbs, own, "add").candidates("verb", "hail")


def test_modes_end_to_end(coding_with, small_dir):
    text = "Valdoria pledged two million dollars to NATO."
    assert code(coding_with([small_dir], "replace"), text) == []  # NATO is not in the PETRARCH set
    [(source, target, cameo)] = code(coding_with([small_dir], "add"), text)
    assert (source, cameo) == ("VLD", "071") and target.startswith("IGONAT")  # the built-in NATO


def test_discards(small_pipeline):
    assert code(small_pipeline, "Valdoria pledged two million dollars to Kestor for the chess open.") == []
    story = ("Valdoria pledged two million dollars to Kestor.", "The motor rally ends on Sunday.")
    from datetime import datetime, timezone

    from eventwire.types import Document

    document = Document(doc_id="s", origin="<t>", body=story, published=datetime(2012, 3, 5, tzinfo=timezone.utc))
    assert small_pipeline.code_document(document).events == ()


def test_malformed_lines_are_reported_and_coding_goes_on(tmp_path, small_dir):
    for name in ("small.verbs.txt", "small.agents.txt"):
        shutil.copy(small_dir / name, tmp_path / name)
    actors = (small_dir / "small.actors.txt").read_text() + "BROKEN_ENTRY\n\t[VLDGOV 2004017-20061201]\n"
    (tmp_path / "small.actors.txt").write_text(actors)
    story = tmp_path / "story.txt"
    story.write_text("PORT SERAN, March 5 (Wire) - Valdoria pledged two million dollars to Kestor on Monday.\n")
    result = CliRunner().invoke(main, ["code", str(story), "--dictionaries", str(tmp_path), "--format", "csv", "--workers", "1"])
    assert result.exit_code == 0, result.output
    lines = result.stderr.splitlines()
    assert any(line.startswith("[E701]") and "small.actors.txt:15:" in line and "bad date range" in line for line in lines)
    assert any("small.actors.txt:14:" in line and "BROKEN ENTRY" in line for line in lines)
    assert "VLD" in result.stdout and "KST" in result.stdout and "071" in result.stdout


def test_the_phoenix_set_loads(shared_dir):
    folder = shared_dir / "petrarch2" / "dictionaries"
    loaded = load_set([folder])
    assert len(loaded.actors) > 25_000 and len(loaded.agents) > 3_000 and len(loaded.patterns) > 100_000
    assert loaded.issues is not None and loaded.discards.discards
    assert not any("Validate" in f for f in loaded.files)
    assert all(p.code in ("E701", "E704") and ":" in p.origin for p in loaded.problems)
    russia = next(a for a in loaded.actors if a.name == "Russian Federation")
    assert russia.codes[0].code == "RUS" and "Russia" in russia.phrases
