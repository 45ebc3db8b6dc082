"""Does a line share the story's actors and topic? Names and content words in common.

Words are compared by crude stems; a word of five letters or more also
matches a compound that ends with it ("virus" / "coronavirus") and its
demonym ("Japan" / "Japanese").
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from itertools import compress

from .tables import story_cues
from .text import sentence_words, stem

MIN_CONTAINED = 5  # shortest word matched inside a longer one
DEMONYM_ENDINGS = ("ese", "ian", "an", "i", "ish")
LINKED_SHARE = 0.25  # share of a line's content words found in the story


@dataclass(frozen=True)
class Terms:
    """The content words of a text, and which of them are written as names."""

    content: frozenset[str]
    names: frozenset[str]


def terms_of(text: str, sentences: list[list[str]] | None = None) -> Terms:
    """``sentences``: the text's ``sentence_words``, when already read."""
    content, names = set(), set()
    for found in sentence_words(text) if sentences is None else sentences:
        content.update(map(_content_stem, found))
        names.update(map(_name_stem, found[1:]))  # a capital that opens a sentence proves nothing
    content.discard(None)
    names.discard(None)
    return Terms(frozenset(content), frozenset(names))


@lru_cache(maxsize=65536)  # a memo of a pure function: words repeat across a corpus
def _content_stem(word: str) -> str | None:
    """The stem of a content word (a word of three letters or more, not a stopword), else None."""
    if not word[0].isalpha() or len(word) < 3 or word.lower() in story_cues()["stopwords"]:
        return None
    return stem(word)


@lru_cache(maxsize=65536)
def _name_stem(word: str) -> str | None:
    """The stem of a content word written with a capital, else None."""
    return _content_stem(word) if word[0].isupper() else None


@dataclass(frozen=True)
class Link:
    shared_names: int
    shared_words: int
    share: float  # shared_words / content words of the line

    @property
    def linked(self) -> bool:
        return self.shared_names > 0 or self.share >= LINKED_SHARE

    @property
    def unrelated(self) -> bool:
        """No name and at most one ordinary word in common: clearly about something else."""
        return self.shared_names == 0 and self.shared_words <= 1 and self.share < LINKED_SHARE


@lru_cache(maxsize=65536)  # a memo of a pure function
def _inner_parts(word: str) -> tuple[str, ...]:
    """What a word may be matched through: its proper suffixes of five letters or
    more ("coronavirus" -> "virus"), and its stem without a demonym ending
    ("japanese" -> "japan")."""
    parts = [word[i:] for i in range(1, len(word) - MIN_CONTAINED + 1)]
    parts += [word[: -len(e)] for e in DEMONYM_ENDINGS if word.endswith(e) and len(word) - len(e) >= MIN_CONTAINED]
    return tuple(parts)


class StoryVocabulary:
    """Counts of the story's content words; lines can be added and taken away."""

    def __init__(self, texts: Iterable[Terms] = ()) -> None:
        self._counts: Counter[str] = Counter()
        for terms in texts:
            self.add(terms)

    def add(self, terms: Terms) -> None:
        self._counts.update(terms.content)

    def remove(self, terms: Terms) -> None:
        self._counts.subtract(terms.content)

    def link(self, terms: Terms) -> Link:
        present = set(compress(self._counts, map((0).__lt__, self._counts.values())))  # counted more than 0 times
        shared = terms.content & present
        contained = [word for word in terms.content - present if len(word) >= MIN_CONTAINED]
        if contained:
            story = "\n" + "\n".join(present) + "\n"
            shared |= {word for word in contained if _has_inner(word, present, story)}
        share = len(shared) / len(terms.content) if terms.content else 0.0
        return Link(shared_names=len(shared & terms.names), shared_words=len(shared), share=share)


def _has_inner(word: str, present: set[str], story: str) -> bool:
    """Whether a story word (of ``present``) is this one inside a longer one, or a part of it
    (``_inner_parts``), either way; ``story``: the same words, each between line breaks. A suffix part is
    found by one search of ``story``, not by listing every suffix of every story word."""
    return (
        _ends_longer_word(word, story)
        or not present.isdisjoint(map(word.__add__, DEMONYM_ENDINGS))
        or not present.isdisjoint(_inner_parts(word))
    )


def _ends_longer_word(word: str, story: str) -> bool:
    """Whether a word of ``story`` (words between line breaks) is longer than ``word`` and ends with it."""
    target = word + "\n"
    found = story.find(target)
    while found != -1:
        if story[found - 1] != "\n":
            return True
        found = story.find(target, found + 1)
    return False
