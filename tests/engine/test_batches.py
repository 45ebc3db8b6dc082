import itertools

from eventwire.engine.batches import MAX_BATCH_ITEMS, Batch, iter_batches
from eventwire.errors import problem
from eventwire.types import Article


def article(n: int, size: int) -> Article:
    return Article(origin=f"a{n}", text="x" * size)


def test_batches_close_at_the_size_limit_and_keep_order():
    items = [article(0, 40), article(1, 40), problem("E101", "empty.txt"), article(2, 40), article(3, 10)]
    batches = list(iter_batches(items, max_chars=80))
    assert [b.number for b in batches] == [0, 1]
    assert [len(b.items) for b in batches] == [2, 3]
    assert [item for b in batches for item in b.items] == items


def test_a_long_article_makes_a_batch_of_its_own():
    batches = list(iter_batches([article(0, 500), article(1, 5)], max_chars=100))
    assert [[i.origin for i in b.items] for b in batches] == [["a0"], ["a1"]]


def test_many_tiny_items_are_bounded_per_batch():
    items = [problem("E101", f"f{n}") for n in range(MAX_BATCH_ITEMS + 3)]
    assert [len(b.items) for b in iter_batches(items, max_chars=10**9)] == [MAX_BATCH_ITEMS, 3]


def test_batching_is_lazy_on_an_endless_stream():
    endless = (article(n, 30) for n in itertools.count())
    first = list(itertools.islice(iter_batches(endless, max_chars=60), 3))
    assert [len(b.items) for b in first] == [2, 2, 2]
    assert next(endless).origin == "a6"  # nothing read beyond the third batch


def test_split_keeps_the_batch_number():
    batch = Batch(4, (article(0, 1), article(1, 1)))
    assert [(b.number, b.items) for b in batch.split()] == [(4, (batch.items[0],)), (4, (batch.items[1],))]
