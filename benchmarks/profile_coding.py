"""Where one worker's time goes: cProfile of coding a generated corpus in one process.

    python benchmarks/profile_coding.py                  # 3,000 sentences, top 25 by own time
    python benchmarks/profile_coding.py --sort cumulative --top 40

Codes the corpus the way a worker does (batches of ``engine.batch_chars``,
``Pipeline.code_batch``) and prints the wall time, the share of it spent
in each stage, and the functions that cost most. Model loading is left out.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import pstats
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from news_corpus import articles  # noqa: E402

# Stage entry points (a fragment of the file path, the function) whose
# cumulative time is reported as a share of the run.
STAGES = {
    "clean": ("eventwire/clean", "clean_article"),
    "sentence split": ("eventwire/parse.py", "split_sentences"),
    "pre-pass": ("eventwire/pipeline.py", "worth_parsing"),
    "spaCy model (nlp.pipe)": ("spacy/language.py", "pipe"),
    "actors": ("eventwire/actors", "code_document"),
    "events": ("eventwire/events", "code_document"),
}


def corpus(sentences: int) -> list:
    from eventwire.types import Article

    return [Article(origin=r["id"], text=r["text"], doc_id=r["id"], published=r["published"], source=r["source"]) for r in articles(sentences)]


def code_all(pipeline, items: list, batch_chars: int) -> int:
    from eventwire.engine.batches import iter_batches

    return sum(len(pipeline.code_batch(batch.items)) for batch in iter_batches(items, batch_chars))


def stage_shares(stats: pstats.Stats, total: float) -> list[str]:
    lines = []
    for label, (fragment, function) in STAGES.items():
        cumulative = max(
            (entry[3] for (path, _, name), entry in stats.stats.items() if fragment in path and name == function),  # type: ignore[attr-defined]
            default=0.0,
        )
        lines.append(f"  {label:<24} {cumulative:6.2f} s  {cumulative / total:5.0%}")
    return lines


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sentences", type=int, default=3000)
    parser.add_argument("--sort", default="tottime", choices=["tottime", "cumulative"])
    parser.add_argument("--top", type=int, default=25)
    args = parser.parse_args(argv)

    from eventwire.config import load_settings
    from eventwire.pipeline import Pipeline

    settings = load_settings()
    items = corpus(args.sentences)
    pipeline = Pipeline(settings)
    code_all(pipeline, items[:3], settings.engine.batch_chars)  # warm caches outside the profile
    profile = cProfile.Profile()
    started, cpu_started = time.perf_counter(), time.process_time()
    profile.enable()
    results = code_all(pipeline, items, settings.engine.batch_chars)
    profile.disable()
    total, cpu = time.perf_counter() - started, time.process_time() - cpu_started
    print(f"coded {results} articles ({args.sentences:,} sentences) in {total:.2f} s ({cpu:.2f} s CPU) under cProfile; spaCy components: {pipeline.parser.nlp.pipe_names}")
    stats = pstats.Stats(profile)
    print("\n".join(stage_shares(stats, total)))
    out = io.StringIO()
    pstats.Stats(profile, stream=out).sort_stats(args.sort).print_stats(args.top)
    print(out.getvalue().split("\n", 6)[-1] if "ncalls" in out.getvalue() else out.getvalue())


if __name__ == "__main__":
    main()
