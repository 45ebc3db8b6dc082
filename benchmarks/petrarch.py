"""PETRARCH dictionaries: how long a set takes to load, and how fast PETRARCH-style coding runs.

    python benchmarks/petrarch.py [--dictionaries FOLDER_OR_FILE ...] [--sentences 2000] [--corpus news|dense]
    (default dictionaries: ../shared/petrarch2/dictionaries, the Phoenix set)

1. Load time: reading the files (the check pass ``eventwire code`` makes to
   report malformed lines), turning them into the coders' structures (the
   files read then come from the in-process cache), and building the actor
   and event coders from them (the actor matcher's trie, the event
   patterns), with the sizes. Target (issues 8 and 13): the full Phoenix
   set (CAMEO.2.0.txt, Phoenix.*.actors.txt, agents, discards) loads in
   under 10 s. The spaCy model is not part of it: it loads the same with or
   without dictionaries.
2. Coding speed, one process, model loaded once and shared: sentences per
   second of the whole pipeline (clean, split, pre-pass, parse, actors,
   events) with the default coder and with the dictionaries in place of the
   built-in ones (``--dictionaries DIR``, mode replace), on the same corpus
   (news-like or event-dense, see ``throughput.py``), two interleaved runs
   each, the best counting.

Wall time depends on what else runs; CPU time is shown beside it.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import dense_corpus  # noqa: E402
import news_corpus  # noqa: E402

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "petrarch2" / "dictionaries"
LOAD_TARGET_SECONDS = 10.0


def timed(label: str, work):
    start, cpu = time.perf_counter(), time.process_time()
    result = work()
    print(f"{label:<40} {time.perf_counter() - start:6.2f} s   (cpu {time.process_time() - cpu:5.2f} s)")
    return result


def load_times(paths: list[str]) -> None:
    from eventwire.actors import ActorCoder
    from eventwire.actors.coder import blank_tokenizer
    from eventwire.config import load_settings
    from eventwire.events import EventCoder
    from eventwire.petrarch.dictionaries import coder_data, dictionary_files, parse_files

    settings = load_settings(overrides={"dictionaries.paths": tuple(paths)})
    tokenizer = blank_tokenizer()  # spaCy's import and blank tokenizer: loaded whether or not dictionaries are used
    files = dictionary_files(paths)
    print("files:", ", ".join(path.name for _, path in files))
    start, cpu = time.perf_counter(), time.process_time()
    parsed = timed("read and parse (the check pass)", lambda: parse_files(files))
    data = timed("read, parse and convert", lambda: coder_data(settings))
    timed("actor coder (matcher over all phrases)", lambda: ActorCoder(settings, dictionary=data.actors, tokenizer=tokenizer))
    timed("event coder (patterns)", lambda: EventCoder(settings, patterns=data.patterns))
    total, total_cpu = time.perf_counter() - start, time.process_time() - cpu
    verdict = "met" if total < LOAD_TARGET_SECONDS else "NOT MET"
    print(f"{'total, as eventwire code loads them':<40} {total:6.2f} s   (cpu {total_cpu:5.2f} s)   target < {LOAD_TARGET_SECONDS:.0f} s: {verdict}")
    print(f"actors {len(data.actors.actors)}, agents {len(data.actors.agents)}, "
          f"pattern index entries {len(data.patterns)}, malformed lines {len(parsed.problems)}")


def corpus(name: str, sentences: int) -> list:
    from eventwire.types import Article

    records = news_corpus.articles(sentences) if name == "news" else dense_corpus.articles(1)
    return [Article(origin=r["id"], text=r["text"], doc_id=r["id"], published=r.get("published"), kind="jsonl") for r in records]


def code_all(pipeline, items: list, batch_chars: int) -> tuple[float, float, int, int]:
    """Wall and CPU seconds, sentences and events of coding ``items`` as a worker does."""
    from eventwire.engine.batches import iter_batches
    from eventwire.types import DocumentResult

    start, cpu = time.perf_counter(), time.process_time()
    results = [r for batch in iter_batches(items, batch_chars) for r in pipeline.code_batch(batch.items)]
    done = [r for r in results if isinstance(r, DocumentResult)]
    return time.perf_counter() - start, time.process_time() - cpu, sum(r.sentences for r in done), sum(len(r.events) for r in done)


def coding_rates(paths: list[str], corpus_name: str, sentences: int) -> None:
    from eventwire.config import load_settings
    from eventwire.pipeline import Pipeline

    default = Pipeline(load_settings())
    dictionaries = Pipeline(load_settings(overrides={"dictionaries.paths": tuple(paths), "dictionaries.mode": "replace"}), parser=default.parser)
    items = corpus(corpus_name, sentences)
    batch_chars = default.settings.engine.batch_chars
    code_all(default, items[:3], batch_chars)  # warm caches
    code_all(dictionaries, items[:3], batch_chars)
    runs: dict[str, list] = {"default coder": [], "PETRARCH dictionaries (replace)": []}
    for _ in range(2):
        for label, pipeline in zip(runs, (default, dictionaries)):
            runs[label].append(code_all(pipeline, items, batch_chars))
    print(f"\ncoding {corpus_name} corpus, {len(items)} articles, one process, model shared (best of 2 interleaved runs):")
    for label, results in runs.items():
        wall, cpu, count, events = min(results)
        print(f"{label:<34} {count / wall:7.1f} sentences/s   ({count / cpu:7.1f} per CPU second; {count} sentences, {events} events)")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dictionaries", nargs="+", default=[str(DEFAULT)], help="PETRARCH dictionary folders or files")
    parser.add_argument("--corpus", choices=["news", "dense"], default="news")
    parser.add_argument("--sentences", type=int, default=2000, help="size of the news-like corpus (dense: one pass over the dev sentences)")
    args = parser.parse_args(argv)
    load_times(args.dictionaries)
    coding_rates(args.dictionaries, args.corpus, args.sentences)


if __name__ == "__main__":
    main()
