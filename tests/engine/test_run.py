"""Engines agree: the same bytes out whichever engine coded the corpus."""

import json
import re

import pytest
from click.testing import CliRunner

from eventwire.cli import main
from eventwire.cli.progress import CLEAR_LINE
from eventwire.engine import worker_count
from eventwire.engine.run import open_engine
from eventwire.errors import EventwireError


def code_corpus(fixtures_dir, tmp_path, *engine_options):
    config = tmp_path / "small-batches.toml"
    config.write_text("[engine]\nbatch_chars = 300\n")  # several batches from a small corpus
    corpus = fixtures_dir / "engine" / "corpus"
    args = ["--config", str(config), "code", str(corpus), "--format", "jsonl", "--progress", *engine_options]
    result = CliRunner().invoke(main, args, catch_exceptions=False)
    assert result.exit_code == 0, result.output
    # What is left on screen: each line after its last redraw; the summary without its timing.
    lines = [line.rpartition(CLEAR_LINE)[2] for line in result.stderr.split("\n") if line.rpartition(CLEAR_LINE)[2]]
    return result.stdout, lines[:-1], re.sub(r" in \d+:\d\d \(.*\)$", "", lines[-1])


@pytest.mark.slow
def test_one_worker_two_workers_and_dask_give_identical_output(fixtures_dir, tmp_path):
    one = code_corpus(fixtures_dir, tmp_path, "--workers", "1")
    two = code_corpus(fixtures_dir, tmp_path, "--workers", "2")
    dask = code_corpus(fixtures_dir, tmp_path, "--engine", "dask", "--workers", "2")
    assert one == two == dask
    stdout, problems, summary = one
    coded_documents = {json.loads(line)["doc_id"] for line in stdout.splitlines()}
    assert len(coded_documents) >= 3  # events from several documents: the comparison has something to compare
    assert [line.split(":")[0] for line in problems] == ["[E101] " + str(fixtures_dir / "engine/corpus/06-empty.txt"), "[E107] " + str(fixtures_dir / "engine/corpus/07-wires.jsonl")]
    assert summary.startswith("coded 8 documents (2 skipped with problems): ")
    assert re.search(r"(\d+) sentences, (\d+) parsed", summary)


def test_workers_zero_means_one_per_core(settings):
    assert worker_count(settings.with_overrides({"engine.workers": 0})) >= 1
    assert worker_count(settings.with_overrides({"engine.workers": 3})) == 3


@pytest.mark.parametrize(("override", "code"), [({"engine.workers": -1}, "E604"), ({"engine.name": "spark"}, "E605")])
def test_bad_engine_settings_fail_with_their_code(settings, override, code):
    with pytest.raises(EventwireError) as caught:
        open_engine(settings.with_overrides(override))
    assert caught.value.code == code


def test_skipped_articles_are_neither_coded_nor_yielded_and_nothing_loads_for_them(settings, fixtures_dir, tmp_path, monkeypatch):
    from eventwire.engine import iter_results

    from .engine_fakes import LOADS_ENV, load_fake

    monkeypatch.setenv(LOADS_ENV, str(tmp_path))
    corpus = [str(fixtures_dir / "engine" / "corpus")]
    everything = list(iter_results(corpus, settings, skip=lambda article: True, factory=load_fake))
    assert [item.code for item in everything] == ["E101", "E107"]  # problems still pass, in order
    assert not list(tmp_path.iterdir())  # no article to code: no pipeline loaded
    some = list(iter_results(corpus, settings, skip=lambda article: "Lima" in article.text, factory=load_fake))
    origins = [getattr(item, "origin", None) or item.document.origin for item in some]
    assert len(some) == len(everything) + 7 and not any("05-protest" in origin for origin in origins)
