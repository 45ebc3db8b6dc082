from .engine_fakes import FakeCoder, articles

from eventwire.engine.work import code_batch, failure_reason
from eventwire.errors import problem
from eventwire.types import DocumentResult, Problem


def test_a_document_that_raises_becomes_an_e602_problem_and_the_batch_goes_on(settings):
    items = [*articles(["First story.", "RAISE-ERROR here.", "Third story."]), problem("E101", "empty.txt")]
    results = code_batch(FakeCoder(settings), items)
    assert [type(r) for r in results] == [DocumentResult, Problem, DocumentResult, Problem]
    failed = results[1]
    assert failed.code == "E602" and failed.origin == "doc-1"
    assert "ValueError: cannot code this one" in failed.line()
    assert results[3] is items[3]


def test_failure_reason_is_one_line():
    assert failure_reason(RuntimeError("first line\nsecond line")) == "RuntimeError: first line"
    assert failure_reason(KeyError()) == "KeyError"
