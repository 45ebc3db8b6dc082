"""Throughput and memory: eventwire with 1 and 2 workers against spaCy's full model, on two corpora.

    python benchmarks/throughput.py                     # both corpora, 2 interleaved runs each, best counts
    python benchmarks/throughput.py --repeat 3 --corpus dense --workers 1 2

Corpora, written as JSON Lines to a temporary folder:

- ``news``: a news-like corpus generated from templates (``news_corpus.py``,
  fixed seed): about half the sentences hold an event, the rest is the
  filler wire stories carry;
- ``dense``: our own dev gold sentences, every one an event, in stories of
  about 350 tokens (``dense_corpus.py``): the hardest case for the
  pre-pass, and the corpus the targets of issue 13 are set on.

Each measurement runs in a fresh process, so that models, caches and peak
memory do not leak from one to the next:

- spaCy: ``spacy.load`` of the installed English model with all its
  components (NER included), then ``nlp.pipe`` over the article texts, in
  one process: the baseline;
- eventwire: ``engine.iter_results`` over the file, as ``eventwire code
  FILE --format jsonl`` runs it (reading, cleaning, sentence splitting, the
  pre-pass, parsing, actor and event coding, results back in order, each
  event written as a JSON line) with N workers.

Figures for each run: the wall time of the whole process, start-up
included, as a user sees it; start-up (for eventwire: from the start of
the engine to every worker's pipeline loaded: loaded once and the workers
forked from it, or, where they are spawned, all workers loading at once;
for spaCy: ``spacy.load``); the rates without start-up (tokens by spaCy's
tokenizer, spaces excluded, and sentences as eventwire splits them, for
every run alike); CPU seconds of each process; and each pipeline-holding
process's peak resident memory (VmHWM), so that the per-worker memory is
measured. Where workers are forked from a main process that loaded the
pipeline (Linux), the main process is a pipeline process too and is listed
first; each forked worker's figure counts the pages it shares with it. The ratios to spaCy are of runs measured in the same call.

Start-up reads the tables eventwire keeps between runs (``startup.py``)
from a cache folder of the benchmark's own (unless ``$EVENTWIRE_CACHE``
names one), filled by one load before the first measurement: every run
starts as a user's second run does, whatever other checkouts sharing the
user's cache folder did meanwhile.

The machine decides how much of this it can show: the script measures how
many cores are free before and after (2 processes against 1 on pure-CPU
work: 2.0 on an idle 2-core machine). Run it when the machine is quiet
(``uptime``); the CPU-time projection shows what the engine does on two
free cores when they were not.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import dense_corpus  # noqa: E402
import news_corpus  # noqa: E402

from eventwire.startup import CACHE_ENV  # noqa: E402

MB = 1024 * 1024
TARGETS = {"two_vs_spacy": 2.0, "two_vs_one": 1.8, "memory_mb": 700}
CORPORA = {
    "news": ("news-like (generated; about half the sentences events)", lambda size: news_corpus.articles(size)),
    "dense": ("event-dense (our dev gold sentences, every one an event)", lambda size: dense_corpus.articles(size)),
}
DEFAULT_SIZES = {"news": 4000, "dense": 4}  # sentences; passes over the dev sentences


def peak_rss_mb(pid: int | None = None) -> float:
    """High-water resident memory of a process (this one by default), in MB."""
    status = Path(f"/proc/{pid or os.getpid()}/status")
    if status.exists():
        for line in status.read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) * 1024 / MB
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024 / MB  # pragma: no cover - not Linux


def cpu_seconds(pid: int) -> float:
    """CPU time (user + system) a process has used so far."""
    fields = Path(f"/proc/{pid}/stat").read_text().rpartition(")")[2].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def burn(loops: int) -> float:
    """Pure-Python work; how long it takes."""
    started = time.perf_counter()
    total = 0
    for number in range(loops):
        total += number
    return time.perf_counter() - started


def free_cores(loops: int = 20_000_000) -> float:
    """How many cores this machine gives us now: the speed-up of 2 processes over 1 on the same pure-CPU work."""
    import multiprocessing

    one = burn(loops)
    with multiprocessing.get_context("spawn").Pool(2) as pool:
        started = time.perf_counter()
        pool.map(burn, [loops, loops])
        two = time.perf_counter() - started
    return 2 * one / two


def corpus_figures(path: Path) -> dict:
    """Articles, sentences (eventwire's splitter) and tokens (spaCy's tokenizer, no spaces)."""
    from eventwire.config import load_settings
    from eventwire.parse import make_sentence_splitter
    from eventwire.read import iter_articles

    splitter = make_sentence_splitter()
    counts = {"articles": 0, "sentences": 0, "tokens": 0}
    for article in iter_articles([str(path)], load_settings()):
        counts["articles"] += 1
        for paragraph in article.text.split("\n\n"):
            doc = splitter(paragraph)
            counts["sentences"] += sum(1 for s in doc.sents if s.text.strip())
            counts["tokens"] += sum(1 for t in doc if not t.is_space)
    return counts


# --- measurements, each in a process of its own ----------------------------------------------


def measure_spacy(path: Path) -> dict:
    import spacy

    from eventwire.config import load_settings
    from eventwire.parse import installed_model

    texts = [json.loads(line)["text"] for line in path.read_text().splitlines()]
    started = time.perf_counter()
    nlp = spacy.load(installed_model(load_settings().model.names))
    loaded, cpu = time.perf_counter(), cpu_seconds(os.getpid())
    for _ in nlp.pipe(texts):
        pass
    done = time.perf_counter()
    return {"startup": loaded - started, "seconds": done - loaded, "cpu": [cpu_seconds(os.getpid()) - cpu],
            "memory_mb": [peak_rss_mb()], "components": nlp.pipe_names}  # fmt: skip


def measure_eventwire(path: Path, workers: int) -> dict:
    from eventwire.config import load_settings
    from eventwire.engine.batches import iter_batches
    from eventwire.engine.run import open_engine
    from eventwire.formats import event_json
    from eventwire.read import iter_articles
    from eventwire.types import Problem

    settings = load_settings().with_overrides({"engine.workers": workers, "engine.name": "local"})
    started = time.perf_counter()
    with open_engine(settings) as engine, open(os.devnull, "w", encoding="utf-8") as sink:
        if hasattr(engine, "load"):  # the in-process engine loads on first need: load it before the clock starts
            engine.load()
        pids = engine.pids() if hasattr(engine, "pids") else []
        processes = [os.getpid(), *pids]  # this one reads (and codes, with one worker)
        loaded, cpu = time.perf_counter(), [cpu_seconds(pid) for pid in processes]
        sentences = parsed = events = 0
        for result in engine.results(iter_batches(iter_articles([str(path)], settings), settings.engine.batch_chars)):
            if not isinstance(result, Problem):
                sentences, parsed, events = sentences + result.sentences, parsed + result.sentences_parsed, events + len(result.events)
                sink.writelines(event_json(event) + "\n" for event in result.events)
        done = time.perf_counter()
        used = [cpu_seconds(pid) - before for pid, before in zip(processes, cpu)]
        forked = getattr(engine, "forks", False)  # this process loaded the pipeline and forked the workers
        memory = [peak_rss_mb(pid) for pid in (processes if forked else pids or processes)]
        start = engine.context.get_start_method() if hasattr(engine, "context") else "in process"
    return {"startup": loaded - started, "seconds": done - loaded, "cpu": used, "memory_mb": memory,
            "parsed": parsed, "sentences": sentences, "events": events, "start": start}  # fmt: skip


def warm_cache() -> dict:
    """Fill the start-up cache (``startup.py``) so that no measured run builds its tables."""
    from eventwire.config import load_settings
    from eventwire.engine.work import load_pipeline

    load_pipeline(load_settings())
    return {}


def run_phase(path: Path, phase: str, workers: int = 0) -> dict:
    """One measurement in a fresh interpreter; ``wall`` is that process's whole life, start-up included."""
    command = [sys.executable, __file__, "--phase", phase, "--corpus-file", str(path), "--workers", str(workers)]
    started = time.perf_counter()
    output = subprocess.run(command, check=True, capture_output=True, text=True).stdout
    wall = time.perf_counter() - started
    return json.loads(output.strip().splitlines()[-1]) | {"wall": wall}


# --- the report -----------------------------------------------------------------------------


def rates(figures: dict, seconds: float) -> str:
    return f"{figures['tokens'] / seconds:>8,.0f} tokens/s {figures['sentences'] / seconds:>6,.0f} sentences/s"


def projected_seconds(run: dict, cores: int = 2) -> float:
    """Wall time of the coding had the run had ``cores`` free cores: its CPU time, spread as its processes allow."""
    return max(max(run["cpu"]), sum(run["cpu"]) / min(cores, len(run["cpu"])))


def best(runs: list[dict], key: str = "wall") -> dict:
    return min(runs, key=lambda run: run[key])


def label_of(name: str) -> str:
    return "spaCy, all components, 1 process" if name == "spacy" else f"eventwire, {name.split('-')[1]} worker(s)"


def report_corpus(title: str, figures: dict, results: dict[str, list[dict]]) -> list[str]:
    lines = [f"\n== {title}: {figures['articles']:,} articles, {figures['sentences']:,} sentences, {figures['tokens']:,} tokens"]
    for name, runs in results.items():
        run = best(runs)
        walls = ", ".join(f"{r['wall']:.2f}" for r in runs)
        memory = ", ".join(f"{m:,.0f}" for m in run["memory_mb"])
        lines.append(f"{label_of(name):<34} wall {run['wall']:6.2f} s with start-up (runs: {walls}); start-up {run['startup']:4.1f} s")
        lines.append(f"{'':<34} without start-up: {run['seconds']:6.2f} s = {rates(figures, run['seconds'])}")
        cpu = " + ".join(f"{c:.1f}" for c in run["cpu"])
        lines.append(f"{'':<34} CPU s (main process first): {cpu}; on 2 free cores: {rates(figures, projected_seconds(run))}")
        lines.append(f"{'':<34} peak resident MB per pipeline process (main first if it loaded): {memory}")
        if "start" in run:
            lines.append(f"{'':<34} workers: {run['start']} (fork: loaded once in the main process, pages shared)")
        if "parsed" in run:
            lines.append(f"{'':<34} sentences parsed {run['parsed']:,} of {run['sentences']:,} ({run['parsed'] / max(run['sentences'], 1):.0%}); events {run['events']:,}")
    return lines + target_lines(results)


def target_lines(results: dict[str, list[dict]]) -> list[str]:
    if not {"workers-1", "workers-2"} <= set(results):
        return []
    spacy, one, two = (best(results[name]) for name in ("spacy", "workers-1", "workers-2"))
    checks = [
        ("2 workers vs spaCy, wall with start-up", spacy["wall"] / two["wall"], TARGETS["two_vs_spacy"], ">="),
        ("2 workers vs 1 worker, wall with start-up", one["wall"] / two["wall"], TARGETS["two_vs_one"], ">="),
        ("peak resident memory per worker (MB)", max(two["memory_mb"]), TARGETS["memory_mb"], "<="),
        ("2 workers vs spaCy, without start-up", spacy["seconds"] / two["seconds"], None, ""),
        ("2 workers vs 1 worker, without start-up", one["seconds"] / two["seconds"], None, ""),
        ("CPU projection on 2 free cores: 2 workers vs spaCy", projected_seconds(spacy) / projected_seconds(two), None, ""),
        ("CPU projection on 2 free cores: 2 workers vs 1", projected_seconds(one) / projected_seconds(two), None, ""),
    ]
    lines = []
    for label, value, target, op in checks:
        if target is None:
            lines.append(f"ratio:  {label:<52} {value:7.2f}")
            continue
        met = value >= target if op == ">=" else value <= target
        lines.append(f"target: {label:<52} {value:7.2f}  {op} {target}  {'met' if met else 'NOT MET'}")
    return lines


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", choices=[*CORPORA, "both"], default="both")
    parser.add_argument("--news-sentences", "--sentences", type=int, default=DEFAULT_SIZES["news"], help="size of the news-like corpus")
    parser.add_argument("--dense-passes", type=int, default=DEFAULT_SIZES["dense"], help="passes over the dev sentences")
    parser.add_argument("--repeat", type=int, default=2, help="runs of each measurement, interleaved; the best counts")
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--corpus-file", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--phase", choices=["spacy", "eventwire", "warm"], help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.phase == "warm":
        print(json.dumps(warm_cache()))
        return
    if args.phase == "spacy":
        print(json.dumps(measure_spacy(args.corpus_file)))
        return
    if args.phase == "eventwire":
        print(json.dumps(measure_eventwire(args.corpus_file, args.workers[0])))
        return
    names = list(CORPORA) if args.corpus == "both" else [args.corpus]
    sizes = {"news": args.news_sentences, "dense": args.dense_passes}
    with tempfile.TemporaryDirectory() as folder:
        os.environ.setdefault(CACHE_ENV, str(Path(folder) / "cache"))  # inherited by every measured process
        paths = {}
        for name in names:
            paths[name] = Path(folder) / f"{name}.jsonl"
            paths[name].write_text("".join(json.dumps(record) + "\n" for record in CORPORA[name][1](sizes[name])))
        figures = {name: corpus_figures(path) for name, path in paths.items()}
        run_phase(paths[names[0]], "warm")
        results = {name: {"spacy": [], **{f"workers-{n}": [] for n in args.workers}} for name in names}
        before = free_cores()
        for _ in range(args.repeat):  # interleaved, so a busy moment does not hit one configuration only
            for name, path in paths.items():
                results[name]["spacy"].append(run_phase(path, "spacy"))
                for n in args.workers:
                    results[name][f"workers-{n}"].append(run_phase(path, "eventwire", n))
        after = free_cores()
    print(f"{os.cpu_count()} cores; free cores (2 processes vs 1 on pure-CPU work) before {before:.2f}, after {after:.2f}; "
          f"best of {args.repeat} run(s) by wall time; spaCy components: {results[names[0]]['spacy'][0]['components']}")  # fmt: skip
    for name in names:
        print("\n".join(report_corpus(CORPORA[name][0], figures[name], results[name])))


if __name__ == "__main__":
    main()
