"""Cutting the stream of read articles into numbered batches.

Every engine codes the same batches, cut here from the input order alone,
so results cannot depend on which engine or worker coded them. A batch is
the unit a worker receives and codes with one ``nlp.pipe`` stream.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from ..types import Article, DocumentResult, Problem

Item = Article | Problem
Result = DocumentResult | Problem

MAX_BATCH_ITEMS = 256  # bounds a batch of many tiny articles (or problems)


@dataclass(frozen=True)
class Batch:
    """Consecutive inputs, in order; ``number`` counts batches from 0."""

    number: int
    items: tuple[Item, ...]

    def split(self) -> list[Batch]:
        """One batch per item, all numbered like this one (to find a crashing item)."""
        return [Batch(self.number, (item,)) for item in self.items]


def item_size(item: Item) -> int:
    return len(item.text) if isinstance(item, Article) else 0


def iter_batches(items: Iterable[Item], max_chars: int) -> Iterator[Batch]:
    """Batches of consecutive items holding about ``max_chars`` of text each.

    A batch closes once it reaches ``max_chars`` (so one long article makes
    a batch of its own) or ``MAX_BATCH_ITEMS`` items. Lazy: reads only as
    far as the batch being built.
    """
    pending: list[Item] = []
    size = 0
    number = 0
    for item in items:
        pending.append(item)
        size += item_size(item)
        if size >= max_chars or len(pending) >= MAX_BATCH_ITEMS:
            yield Batch(number, tuple(pending))
            number += 1
            pending, size = [], 0
    if pending:
        yield Batch(number, tuple(pending))
