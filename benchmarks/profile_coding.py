"""Where one worker's time goes: each stage's share of coding a generated corpus in one process.

    python benchmarks/profile_coding.py                  # 3,000 sentences; stage times, then the top 25 functions
    python benchmarks/profile_coding.py --sort cumulative --top 40
    python benchmarks/profile_coding.py --no-profile     # stage times only
    python benchmarks/profile_coding.py --corpus dense   # our dev gold sentences, every one an event

Codes the corpus the way a worker does (the pipeline from the engines'
factory, batches of ``engine.batch_chars``, ``Pipeline.code_batch``);
model loading is left out. Two passes over the
same corpus:

1. stage times, with plain clocks around each stage (clean, sentence split,
   pre-pass, the spaCy model's ``nlp.pipe``, the token index the rules
   read, actors, events) and no
   profiler. The clocks count this process's CPU time, which other work
   on a shared machine does not inflate as it does wall time. No
   profiler: a profiler's cost per Python call would inflate the rule
   stages (many small calls) far more than ``nlp.pipe`` (a few calls into
   compiled code), so the shares come from this pass. The rule stages
   (clean + split + token index + actors + events) are then set against
   ``nlp.pipe`` (target, issue 13: at most 35 %).
2. under cProfile, the functions that cost most (their share there is
   inflated the same way; read it for *where*, not for *how much*).
"""

from __future__ import annotations

import argparse
import cProfile
import io
import pstats
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import dense_corpus  # noqa: E402
import news_corpus  # noqa: E402

RULE_STAGES = ("clean", "sentence split", "token index", "actors", "events")
RULE_TARGET = 0.35  # rule stages / nlp.pipe, issue 13


def corpus(name: str, sentences: int) -> list:
    """The news-like corpus of about ``sentences`` sentences, or one pass over the event-dense one."""
    from eventwire.types import Article

    records = news_corpus.articles(sentences) if name == "news" else dense_corpus.articles(1)
    return [Article(origin=r["id"], text=r["text"], doc_id=r["id"], published=r.get("published"), source=r.get("source"), kind="jsonl") for r in records]


def code_all(pipeline, items: list, batch_chars: int) -> tuple[int, int, int]:
    """Articles coded, sentences, sentences parsed."""
    from eventwire.engine.batches import iter_batches

    results = [r for batch in iter_batches(items, batch_chars) for r in pipeline.code_batch(batch.items)]
    return len(results), sum(getattr(r, "sentences", 0) for r in results), sum(getattr(r, "sentences_parsed", 0) for r in results)


def clocked(times: Counter, label: str, function: Callable) -> Callable:
    def run(*args, **kwargs):
        started = time.process_time()
        try:
            return function(*args, **kwargs)
        finally:
            times[label] += time.process_time() - started

    return run


def clocked_stream(times: Counter, label: str, function: Callable[..., Iterator]) -> Callable[..., Iterator]:
    """A generator function whose time is counted each time it is asked for the next item."""

    def run(*args, **kwargs):
        stream = function(*args, **kwargs)
        while True:
            started = time.process_time()
            try:
                item = next(stream)
            except StopIteration:
                return
            finally:
                times[label] += time.process_time() - started
            yield item

    return run


def clock_stages(pipeline) -> Counter:
    """Put clocks around the stages of this pipeline (and the module functions it calls)."""
    import eventwire.parse
    import eventwire.pipeline
    import eventwire.tokenindex

    times: Counter = Counter()
    eventwire.pipeline.clean_article = clocked(times, "clean", eventwire.pipeline.clean_article)
    eventwire.parse.split_sentences = clocked(times, "sentence split", eventwire.parse.split_sentences)
    eventwire.tokenindex.indexed = clocked(times, "token index", eventwire.tokenindex.indexed)  # imported where called
    pipeline.worth_parsing = clocked(times, "pre-pass", pipeline.worth_parsing)
    pipeline.parser.nlp.pipe = clocked_stream(times, "spaCy model (nlp.pipe)", pipeline.parser.nlp.pipe)
    pipeline.actors.code_document = clocked(times, "actors", pipeline.actors.code_document)
    pipeline.events.code_document = clocked(times, "events", pipeline.events.code_document)
    return times


def stage_report(times: Counter, total: float) -> list[str]:
    lines = [f"  {label:<24} {seconds:6.2f} s  {seconds / total:5.0%}" for label, seconds in times.most_common()]
    lines.append(f"  {'other (batches, results)':<24} {total - sum(times.values()):6.2f} s  {1 - sum(times.values()) / total:5.0%}")
    rules, model = sum(times[s] for s in RULE_STAGES), times["spaCy model (nlp.pipe)"]
    share = rules / model if model else float("inf")
    lines.append(
        f"rule stages ({' + '.join(RULE_STAGES)}) {rules:.2f} s = {share:.0%} of nlp.pipe's {model:.2f} s "
        f"(target <= {RULE_TARGET:.0%}: {'met' if share <= RULE_TARGET else 'NOT MET'})"
    )
    return lines


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", choices=["news", "dense"], default="news")
    parser.add_argument("--sentences", type=int, default=3000, help="size of the news-like corpus")
    parser.add_argument("--sort", default="tottime", choices=["tottime", "cumulative"])
    parser.add_argument("--top", type=int, default=25)
    parser.add_argument("--profile", action=argparse.BooleanOptionalAction, default=True, help="also list the costliest functions under cProfile")
    args = parser.parse_args(argv)

    from eventwire.config import load_settings
    from eventwire.engine.work import load_pipeline

    settings = load_settings()
    items = corpus(args.corpus, args.sentences)
    pipeline = load_pipeline(settings)  # as a worker loads it
    code_all(pipeline, items[:3], settings.engine.batch_chars)  # warm caches outside the clocks

    times = clock_stages(pipeline)
    started, cpu_started = time.perf_counter(), time.process_time()
    coded, sentences, parsed = code_all(pipeline, items, settings.engine.batch_chars)
    total, cpu = time.perf_counter() - started, time.process_time() - cpu_started
    print(f"coded {coded} articles ({sentences:,} sentences, {parsed:,} parsed = {parsed / max(sentences, 1):.0%}) "
          f"in {total:.2f} s ({cpu:.2f} s CPU); spaCy components: {pipeline.parser.nlp.pipe_names}")
    print("CPU seconds by stage:")
    print("\n".join(stage_report(times, cpu)))
    if not args.profile:
        return
    profile = cProfile.Profile(time.process_time)  # CPU time: other work on the machine does not count
    profile.enable()
    code_all(pipeline, items, settings.engine.batch_chars)
    profile.disable()
    out = io.StringIO()
    pstats.Stats(profile, stream=out).sort_stats(args.sort).print_stats(args.top)
    print(f"\nunder cProfile, top {args.top} by {args.sort} (profiler cost inflates many small Python calls):")
    print(out.getvalue().split("\n", 6)[-1] if "ncalls" in out.getvalue() else out.getvalue())


if __name__ == "__main__":
    main()
