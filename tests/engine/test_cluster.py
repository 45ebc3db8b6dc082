"""The Dask engine on a real LocalCluster (processes), with a light coder."""

import dask
import pytest
from distributed import LocalCluster
from .engine_fakes import LOADS_ENV, articles, load_fake

from eventwire.engine import cluster
from eventwire.engine.batches import iter_batches
from eventwire.engine.cluster import DaskEngine
from eventwire.errors import EventwireError, problem
from eventwire.types import Problem


@pytest.fixture(scope="module")
def scheduler_address(tmp_path_factory):
    loads = tmp_path_factory.mktemp("loads")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv(LOADS_ENV, str(loads))  # inherited by the worker processes
        # A document that kills a worker is given up on at once, not retried three times.
        with dask.config.set({"distributed.scheduler.allowed-failures": 0}):
            with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0") as local:
                yield local.scheduler_address, loads


def run(settings, address, items):
    settings = settings.with_overrides({"engine.name": "dask", "engine.scheduler": address})
    with DaskEngine(settings, 2, load_fake) as engine:
        return list(engine.results(iter_batches(items, max_chars=1)))


@pytest.mark.slow
def test_a_scheduler_address_codes_in_order_and_loads_once_per_worker(settings, scheduler_address):
    address, loads = scheduler_address
    items = articles([f"Story {n}. SLEEP-{(5 - n) * 30}" for n in range(6)])
    items.insert(2, problem("E101", "empty.txt"))
    results = run(settings, address, items)
    assert [r.origin if isinstance(r, Problem) else r.document.doc_id for r in results] == [i.origin for i in items]
    assert len(list(loads.iterdir())) == 2  # one pipeline per Dask worker, not per task


@pytest.mark.slow
def test_a_document_that_kills_a_dask_worker_becomes_e602(settings, scheduler_address):
    address, _ = scheduler_address
    items = articles(["One.", "CRASH-WORKER now.", "Three."])
    settings = settings.with_overrides({"engine.name": "dask", "engine.scheduler": address})
    with DaskEngine(settings, 2, load_fake) as engine:
        results = list(engine.results(iter_batches(items, max_chars=10**6)))
    assert [getattr(r, "code", None) for r in results] == [None, "E602", None]
    assert results[1].origin == "doc-1"


def test_an_unreachable_scheduler_is_e601(settings, monkeypatch):
    monkeypatch.setattr(cluster, "CONNECT_TIMEOUT", "1s")
    settings = settings.with_overrides({"engine.name": "dask", "engine.scheduler": "tcp://127.0.0.1:9"})
    with pytest.raises(EventwireError) as caught:
        DaskEngine(settings, 1, load_fake).__enter__()
    assert caught.value.code == "E601" and "tcp://127.0.0.1:9" in caught.value.line()


@pytest.mark.slow
def test_a_pipeline_that_cannot_load_on_the_workers_raises_its_error_in_the_client(settings, scheduler_address):
    from .engine_fakes import load_failing

    address, _ = scheduler_address
    settings = settings.with_overrides({"engine.name": "dask", "engine.scheduler": address})
    with pytest.raises(EventwireError) as caught:
        DaskEngine(settings, 2, load_failing).__enter__()
    assert caught.value.code == "E004" and "a-model-nobody-installed" in caught.value.line()
