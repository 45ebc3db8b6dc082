"""Does a line share the story's actors and topic? Names and content words in common.

Words are compared by crude stems; a word of five letters or more also
matches a compound that ends with it ("virus" / "coronavirus") and its
demonym ("Japan" / "Japanese").
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from .tables import story_cues
from .text import stem, words

MIN_CONTAINED = 5  # shortest word matched inside a longer one
DEMONYM_ENDINGS = ("ese", "ian", "an", "i", "ish")
LINKED_SHARE = 0.25  # share of a line's content words found in the story
SENTENCE_BREAK = re.compile(r"(?<=[.!?;:])\s+")


@dataclass(frozen=True)
class Terms:
    """The content words of a text, and which of them are written as names."""

    content: frozenset[str]
    names: frozenset[str]


def terms_of(text: str) -> Terms:
    stopwords = story_cues()["stopwords"]
    content, names = set(), set()
    for sentence in SENTENCE_BREAK.split(text):
        for position, word in enumerate(words(sentence)):
            if not word[0].isalpha() or len(word) < 3 or word.lower() in stopwords:
                continue
            stemmed = stem(word)
            content.add(stemmed)
            if word[0].isupper() and position > 0:  # a capital that opens a sentence proves nothing
                names.add(stemmed)
    return Terms(frozenset(content), frozenset(names))


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
        self._parts: Counter[str] = Counter()  # inner parts of the words counted
        for terms in texts:
            self.add(terms)

    def add(self, terms: Terms) -> None:
        self._counts.update(terms.content)
        self._parts.update(part for word in terms.content for part in _inner_parts(word))

    def remove(self, terms: Terms) -> None:
        self._counts.subtract(terms.content)
        self._parts.subtract(part for word in terms.content for part in _inner_parts(word))

    def _has(self, word: str) -> bool:
        if self._counts[word] > 0:
            return True
        if len(word) < MIN_CONTAINED:
            return False
        return self._parts[word] > 0 or any(self._counts[part] > 0 for part in _inner_parts(word))

    def link(self, terms: Terms) -> Link:
        shared = {word for word in terms.content if self._has(word)}
        share = len(shared) / len(terms.content) if terms.content else 0.0
        return Link(shared_names=len(shared & terms.names), shared_words=len(shared), share=share)
