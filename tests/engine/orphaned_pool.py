"""A pool of fake workers whose parent SIGKILLs itself in the middle of a run.

    python orphaned_pool.py

Prints the worker pids, then dies as soon as the first result is back, while
both workers are coding batches whose results nobody will read.
"""

from __future__ import annotations

import os
import signal
import sys
from pathlib import Path


def main() -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from engine.engine_fakes import articles, load_fake
    from eventwire.config import Settings
    from eventwire.engine.batches import iter_batches
    from eventwire.engine.processes import ProcessPoolEngine

    texts = [f"Story {n}. SLEEP-200" for n in range(40)]
    with ProcessPoolEngine(Settings(), 2, load_fake) as engine:
        print(" ".join(map(str, engine.pids())), flush=True)
        for _ in engine.results(iter_batches(articles(texts), max_chars=1)):
            os.kill(os.getpid(), signal.SIGKILL)


if __name__ == "__main__":
    main()
