import gc
import subprocess
import sys

import pytest

from eventwire.startup import CACHE_ENV, cache_folder, cached, collection_paused, fingerprint


@pytest.fixture
def folder(tmp_path, monkeypatch):
    where = tmp_path / "cache"
    monkeypatch.setenv(CACHE_ENV, str(where))
    return where


class Builds:
    """A table builder that counts its calls."""

    def __init__(self, value):
        self.value, self.calls = value, 0

    def __call__(self):
        self.calls += 1
        return self.value


def test_a_table_is_built_once_and_read_back(folder, tmp_path):
    source = tmp_path / "words.tsv"
    source.write_text("alpha\tbeta\n")
    build = Builds({"alpha": ("beta", 1)})
    assert cached("words", [source, "v1"], build) == {"alpha": ("beta", 1)}
    assert cached("words", [source, "v1"], build) == {"alpha": ("beta", 1)}
    assert build.calls == 1
    assert len(list(folder.glob("words-*.pickle"))) == 1


def test_changed_contents_build_the_table_again(folder, tmp_path):
    source = tmp_path / "words.tsv"
    source.write_text("alpha\n")
    first, second = Builds("first"), Builds("second")
    assert cached("words", [source], first) == "first"
    source.write_text("alpha\ngamma\n")
    assert cached("words", [source], second) == "second"
    assert cached("words", [source, "another value"], Builds("third")) == "third"
    assert first.calls == second.calls == 1


def test_a_folder_counts_by_every_file_in_it(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.txt").write_text("one")
    before = fingerprint([tmp_path])
    (tmp_path / "sub" / "a.txt").write_text("two")
    assert fingerprint([tmp_path]) != before


def test_a_damaged_table_is_built_again_and_replaced(folder, tmp_path):
    cached("words", ["v1"], Builds("good"))
    (kept,) = folder.glob("words-*.pickle")
    kept.write_bytes(b"not a pickle")
    build = Builds("good")
    assert cached("words", ["v1"], build) == "good"
    assert build.calls == 1
    assert cached("words", ["v1"], Builds("unused")) == "good"


def test_the_cache_can_be_turned_off(monkeypatch, tmp_path):
    monkeypatch.setenv(CACHE_ENV, "off")
    assert cache_folder() is None
    build = Builds("fresh")
    cached("words", ["v1"], build)
    cached("words", ["v1"], build)
    assert build.calls == 2


def test_a_folder_that_cannot_be_written_only_costs_the_build(monkeypatch, tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("")
    monkeypatch.setenv(CACHE_ENV, str(blocker / "cache"))  # under a file: no folder can be made
    assert cached("words", ["v1"], Builds("built")) == "built"
    assert not (blocker / "cache").exists()


def test_only_the_newest_tables_of_a_kind_are_kept(folder):
    for version in range(7):
        cached("words", [f"v{version}"], Builds(version))
    cached("other", ["v0"], Builds("other"))
    assert len(list(folder.glob("words-*.pickle"))) == 4
    assert len(list(folder.glob("other-*.pickle"))) == 1


def test_collection_is_paused_in_the_block_and_resumes_after():
    before = gc.get_threshold()
    with collection_paused():
        assert gc.get_threshold()[0] == 0
    assert gc.get_threshold() == before


SPACY_IMPORT_CHECK = """
import sys
from eventwire.startup import import_spacy

spacy = import_spacy()
assert spacy.Language and spacy.load, "spaCy's own names are there"
cli = [name for name in sys.modules if name.startswith(("spacy.cli", "typer", "weasel"))]
assert not cli, cli
assert not hasattr(spacy, "cli")
assert spacy.info()["spacy_version"] == spacy.__version__, "spacy.info answers, by the real command"
import spacy.cli
assert spacy.cli.__file__.endswith("__init__.py") and hasattr(spacy.cli, "setup_cli"), "the real package after"
assert import_spacy() is spacy
print("ok")
"""


def test_spacy_is_imported_without_its_command_line_which_stays_importable():
    """In a fresh interpreter: this test process may have imported spaCy (and its command line) already."""
    done = subprocess.run([sys.executable, "-c", SPACY_IMPORT_CHECK], capture_output=True, text=True, timeout=120)
    assert done.stdout.strip() == "ok", done.stderr[-2000:]


def test_spacy_imported_before_is_returned_as_it_is():
    """Imported here, or by an earlier test through ``import_spacy``: either way no second import."""
    import spacy
    import spacy.cli

    from eventwire.startup import import_spacy

    assert import_spacy() is spacy
    assert hasattr(spacy.cli, "setup_cli"), "the real command line"
