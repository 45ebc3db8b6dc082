"""Run an ingest that SIGKILLs itself in the middle of batch N's transaction.

    python killable_ingest.py N cli ARGS...        # the real `eventwire` command line
    python killable_ingest.py N synthetic DB       # builders.random_corpus through EventStore

N = 0 never kills. The kill comes after the batch's rows are inserted and its
events recomputed, before COMMIT: the worst moment for a half-stored batch.
"""

from __future__ import annotations

import os
import signal
import sys
from pathlib import Path


def arm(kill_at_batch: int) -> None:
    import eventwire.store.ingest as ingest

    real = ingest.update_events
    calls = {"n": 0}

    def update_then_die(connection, window_days):
        result = real(connection, window_days)
        calls["n"] += 1
        if calls["n"] == kill_at_batch:
            os.kill(os.getpid(), signal.SIGKILL)
        return result

    ingest.update_events = update_then_die


def main(argv: list[str]) -> None:
    arm(int(argv[0]))
    if argv[1] == "cli":
        from eventwire.cli import main as cli

        cli(argv[2:], prog_name="eventwire")
    else:
        sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
        from eventwire.config import Settings
        from eventwire.store import EventStore
        from store.builders import random_corpus

        settings = Settings().with_overrides({"store.batch_articles": 3})
        with EventStore.open(argv[2]) as store:
            store.ingest_results(random_corpus(seed=5, articles=30), settings)


if __name__ == "__main__":
    main(sys.argv[1:])
