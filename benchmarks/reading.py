"""Reading and cleaning throughput, by input kind (no parsing or coding).

    python benchmarks/reading.py                  # 2,000 copies per kind
    python benchmarks/reading.py --copies 5000

Copies of the project's own fixtures (plain text in several styles, HTML
pages, RSS/Atom feeds) and a generated JSON Lines corpus (``news_corpus.py``)
are written to a temporary folder, then read with ``read.iter_articles`` and
cleaned with ``clean.clean_article`` in this process. Prints articles per
second for each kind and the process's peak resident memory.
"""

from __future__ import annotations

import argparse
import json
import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from news_corpus import articles  # noqa: E402

from eventwire.clean import clean_article  # noqa: E402
from eventwire.config import load_settings  # noqa: E402
from eventwire.read import iter_articles  # noqa: E402
from eventwire.types import Problem  # noqa: E402

FIXTURES = Path(__file__).resolve().parents[1] / "tests" / "fixtures" / "articles"
KINDS = {"text": "text/*.txt", "html": "html/*.html", "feed": "feeds/*"}


def _copy_fixtures(folder: Path, pattern: str, copies: int) -> None:
    sources = sorted(FIXTURES.glob(pattern))
    for number in range(copies):
        source = sources[number % len(sources)]
        shutil.copy(source, folder / f"{number:06d}{source.suffix}")


def _write_corpus(path: Path, copies: int) -> None:
    with path.open("w", encoding="utf-8") as handle:
        for number, record in zip(range(copies), articles(copies * 6)):
            handle.write(json.dumps({"id": f"bench-{number}", **record}) + "\n")


def _run(inputs: list[str]) -> tuple[int, int, float]:
    settings = load_settings()
    documents = problems = 0
    start = time.perf_counter()
    for item in iter_articles(inputs, settings):
        result = item if isinstance(item, Problem) else clean_article(item, settings)
        problems += isinstance(result, Problem)
        documents += not isinstance(result, Problem)
    return documents, problems, time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", type=int, default=2000, help="files (or corpus records) per kind")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        for kind, pattern in KINDS.items():
            (root / kind).mkdir()
            _copy_fixtures(root / kind, pattern, args.copies)
        _write_corpus(root / "corpus.jsonl", args.copies)
        runs = {kind: [str(root / kind)] for kind in KINDS} | {"jsonl": [str(root / "corpus.jsonl")]}
        print(f"{'kind':<6} {'articles':>9} {'problems':>9} {'seconds':>8} {'articles/s':>11}")
        for kind, inputs in runs.items():
            documents, problems, seconds = _run(inputs)
            print(f"{kind:<6} {documents:>9} {problems:>9} {seconds:>8.2f} {documents / seconds:>11.0f}")
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak resident memory: {peak_mb:.0f} MB")


if __name__ == "__main__":
    main()
