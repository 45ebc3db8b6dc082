"""PETRARCH dictionary benchmark: how long a dictionary set takes to load into the coders.

    python benchmarks/petrarch.py [FOLDER_OR_FILE ...]   (default: ../shared/petrarch2/dictionaries)

Prints the time to read the files (the check pass ``eventwire code`` makes
to report malformed lines), to turn them into the coders' structures (the
files read then come from the in-process cache), and to build the actor and
event coders from them (the actor matcher's trie, the event patterns), with
the sizes. Wall time depends on what else runs; CPU time is shown beside it. The spaCy model is
not part of the figure: it loads the same with or without dictionaries.
Target (issue 8): the full Phoenix set (CAMEO.2.0.txt, Phoenix.*.actors.txt,
agents, discards) loads in under 10 s.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from eventwire.actors import ActorCoder
from eventwire.actors.coder import blank_tokenizer
from eventwire.config import load_settings
from eventwire.events import EventCoder
from eventwire.petrarch.dictionaries import coder_data, dictionary_files, parse_files

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "petrarch2" / "dictionaries"


def timed(label: str, work):
    start, cpu = time.perf_counter(), time.process_time()
    result = work()
    print(f"{label:<38} {time.perf_counter() - start:6.2f} s   (cpu {time.process_time() - cpu:5.2f} s)")
    return result


def main(paths: list[str]) -> None:
    settings = load_settings(overrides={"dictionaries.paths": tuple(paths)})
    blank_tokenizer()  # spaCy's import and blank tokenizer: loaded whether or not dictionaries are used
    files = dictionary_files(paths)
    print("files:", ", ".join(path.name for _, path in files))
    start, cpu = time.perf_counter(), time.process_time()
    parsed = timed("read and parse (the check pass)", lambda: parse_files(files))
    data = timed("read, parse and convert", lambda: coder_data(settings))
    timed("actor coder (matcher over all phrases)", lambda: ActorCoder(settings, dictionary=data.actors))
    timed("event coder (patterns)", lambda: EventCoder(settings, patterns=data.patterns))
    total, total_cpu = time.perf_counter() - start, time.process_time() - cpu
    print(f"{'total, as eventwire code loads them':<38} {total:6.2f} s   (cpu {total_cpu:5.2f} s)")
    print(f"actors {len(data.actors.actors)}, agents {len(data.actors.agents)}, "
          f"pattern index entries {len(data.patterns)}, malformed lines {len(parsed.problems)}")


if __name__ == "__main__":
    main(sys.argv[1:] or [str(DEFAULT)])
