"""An event-dense corpus for throughput benchmarks: our own dev gold sentences, every one an event.

The sentences of ``tests/fixtures/gold/events-dev.json`` and ``events-dev2.json``
(written for this project) whose gold records name an event are shuffled
(fixed seed) and grouped into stories of about ``TOKENS_PER_ARTICLE`` tokens,
in paragraphs of two sentences, dated by their first sentence. It is the
hardest case for the pre-pass, which can skip almost nothing. ``passes``
runs through the sentences that many times, each time in a new order (4
passes: about 310 stories of about 350 spaCy tokens, the size of the corpus
issue 13 was measured on).

    python benchmarks/dense_corpus.py --passes 4 > dense.jsonl
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections.abc import Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from news_corpus import write_jsonl  # noqa: E402

GOLD = Path(__file__).resolve().parents[1] / "tests" / "fixtures" / "gold"
DEV_SETS = ("events-dev.json", "events-dev2.json")
TOKENS_PER_ARTICLE = 330
SENTENCES_PER_PARAGRAPH = 2


def event_sentences() -> list[tuple[str, str]]:
    """(text, date) of every dev gold sentence whose records name an event, once each."""
    found: dict[str, str] = {}
    for name in DEV_SETS:
        for record in json.loads((GOLD / name).read_text(encoding="utf-8")):
            if record.get("event") and record.get("text") and record.get("event") != "DOCUMENT":
                found.setdefault(record["text"], record.get("date") or "")
    return list(found.items())


def rough_tokens(text: str) -> int:
    return len(text.split()) + sum(text.count(mark) for mark in ",.;:'\"")


def articles(passes: int = 4, seed: int = 7) -> Iterator[dict]:
    rng = random.Random(seed)
    sentences = event_sentences()
    number = 0
    for _ in range(passes):
        order = sentences[:]
        rng.shuffle(order)
        while order:
            story: list[tuple[str, str]] = []
            while order and sum(rough_tokens(text) for text, _ in story) < TOKENS_PER_ARTICLE:
                story.append(order.pop())
            paragraphs = [" ".join(text for text, _ in story[k : k + SENTENCES_PER_PARAGRAPH]) for k in range(0, len(story), SENTENCES_PER_PARAGRAPH)]
            record = {"id": f"dense-{number:05d}", "text": "\n\n".join(paragraphs)}
            if story[0][1]:
                record["published"] = story[0][1]
            yield record
            number += 1


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--passes", type=int, default=4)
    write_jsonl(articles(parser.parse_args(argv).passes))


if __name__ == "__main__":
    main()
