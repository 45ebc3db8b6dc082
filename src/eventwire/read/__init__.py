"""Read stage: turn inputs (files, folders, stdin, URLs) into Articles.

    iter_articles(inputs, settings) -> Iterator[Article | Problem]

A Problem is yielded (never raised) for an input that cannot be read, so the
other inputs go on.
"""

from .readers import iter_articles

__all__ = ["iter_articles"]
