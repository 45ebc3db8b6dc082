"""Actor coding speed and memory: figures, not a pass/fail test.

Parses a generated news corpus once (spaCy, excluded from the timings),
then times the actor stage alone: loading the actor data, the cheap
pre-pass (``may_mention_actor``) and ``code_document`` on parsed and on
tokenizer-only sentences. Prints sentences per second and the memory the
loaded actor data takes.

    python benchmarks/actors.py --sentences 3000
"""

from __future__ import annotations

import argparse
import sys
import time
from datetime import datetime, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from news_corpus import articles  # noqa: E402


def documents(count: int):
    from eventwire.types import Document

    for record in articles(count):
        published = datetime.fromisoformat(record["published"]).replace(tzinfo=timezone.utc) if record.get("published") else None
        paragraphs = tuple(p for p in record["text"].split("\n\n") if p.strip())
        yield Document(doc_id=record["id"], origin=record["id"], body=paragraphs, published=published)


def resident_mb() -> float:
    """Resident memory of this process in MB (Linux /proc; 0 elsewhere)."""
    try:
        pages = int(Path("/proc/self/statm").read_text().split()[1])
    except (OSError, IndexError, ValueError):
        return 0.0
    return pages * 4096 / 1e6


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sentences", type=int, default=3000, help="size of the generated corpus")
    args = parser.parse_args(argv)

    from eventwire.actors import ActorCoder
    from eventwire.config import load_settings
    from eventwire.parse import Parser

    settings = load_settings()
    parse = Parser(settings.model.names)  # spaCy first, so the figures below are the actor data's own
    before = resident_mb()
    started = time.perf_counter()
    coder = ActorCoder(settings)
    load_seconds = time.perf_counter() - started
    data_mb = resident_mb() - before

    docs = list(documents(args.sentences))
    parsed = [parse.parse(d) for d in docs]
    tokenized = [parse.parse(d, lambda text: False) for d in docs]
    count = sum(len(s) for s in parsed)

    started = time.perf_counter()
    wanted = sum(coder.may_mention_actor(s.text) for sentences in parsed for s in sentences)
    prepass = time.perf_counter() - started

    figures = {}
    for label, batches in (("parsed", parsed), ("tokenizer only", tokenized)):
        started = time.perf_counter()
        mentions = sum(len(a.mentions) for d, s in zip(docs, batches) for a in coder.code_document(d, s))
        figures[label] = (time.perf_counter() - started, mentions)

    print(f"actor data: loaded in {load_seconds:.2f} s, {data_mb:.1f} MB more resident memory "
          f"({len(coder.dictionary.actors)} actor entries, {len(coder.dictionary.agents)} role words)")
    print(f"pre-pass: {count / prepass:,.0f} sentences/s ({wanted} of {count} may mention an actor)")
    for label, (seconds, mentions) in figures.items():
        print(f"code_document ({label}): {count / seconds:,.0f} sentences/s, {mentions} mentions")


if __name__ == "__main__":
    main()
