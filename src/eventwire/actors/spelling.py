"""Spelling variants and bounded fuzzy matching of country and organisation names.

Two mechanisms, both applied to token keys before the phrase trie is walked:

- ``spelling_table``: word spellings that are one word (``organisation`` /
  ``organization``, ``defence`` / ``defense``), from ``spelling_variants`` in
  ``rules.toml``; every phrase and every text word is keyed by the group's
  first spelling.
- ``NearNames``: a capitalised word of at least ``MIN_LENGTH`` letters that no
  phrase uses and that is not an English word is read as the one country or
  organisation name word it is a single edit away from (a letter missing,
  added, changed, or two neighbours swapped): "Afganistan", "Ethopia".
  English words come from the lemma index of the installed spaCy model and
  spaCy's stop words; without that index no word is matched this way, so an
  ordinary word can never become a country.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path

MIN_LENGTH = 6


def spelling_table(groups: Iterable[Iterable[str]]) -> dict[str, str]:
    """Each spelling -> the first spelling of its group."""
    table: dict[str, str] = {}
    for group in groups:
        words = [w.lower() for w in group]
        for word in words[1:]:
            table[word] = words[0]
    return table


def english_words(model_names: Sequence[str]) -> frozenset[str]:
    """Lemmas of the first installed spaCy model's lemmatizer index, and spaCy's stop words;
    empty when no installed model has such an index."""
    from spacy.lang.en.stop_words import STOP_WORDS
    from spacy.lookups import Lookups

    for path in english_word_sources(model_names):
        lookups = Lookups().from_disk(path)
        if lookups.has_table("lemma_index"):
            index = lookups.get_table("lemma_index")
            return frozenset(w.lower() for words in index.values() for w in words) | frozenset(STOP_WORDS)
    return frozenset()


def english_word_sources(model_names: Sequence[str]) -> list[Path]:
    """The lemmatizer look-up folders of the installed models named, in the order they are tried."""
    folders = (_package_folder(name) for name in model_names)
    return [path for folder in folders if folder for path in sorted(folder.glob("**/lemmatizer/lookups"))]


def _package_folder(name: str) -> Path | None:
    import importlib.util

    spec = importlib.util.find_spec(name.replace("-", "_"))
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations)))


def _deletions(word: str) -> set[str]:
    return {word[:i] + word[i + 1 :] for i in range(len(word))}


def one_edit_apart(a: str, b: str) -> bool:
    """One letter deleted, inserted or changed, or two neighbours swapped."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) != len(b):
        short, long = sorted((a, b), key=len)
        return short in _deletions(long)
    diffs = [i for i in range(len(a)) if a[i] != b[i]]
    if len(diffs) == 1:
        return True
    return len(diffs) == 2 and diffs[1] == diffs[0] + 1 and a[diffs[0]] == b[diffs[1]] and a[diffs[1]] == b[diffs[0]]


class NearNames:
    """The name word a misspelled word stands for, found through single deletions."""

    def __init__(self, names: Iterable[str], english: frozenset[str]) -> None:
        self.english = english
        self.index: dict[str, set[str]] = {}
        self.names = frozenset(names)
        for name in self.names:
            if len(name) >= MIN_LENGTH - 1 and name.isalpha():
                for variant in _deletions(name) | {name}:
                    self.index.setdefault(variant, set()).add(name)

    def nearest(self, key: str) -> str | None:
        """The single name word one edit from ``key``, or None (also for English words)."""
        if len(key) < MIN_LENGTH or not key.isalpha() or not self.english or key in self.names or self._is_english(key):
            return None
        found = {n for variant in _deletions(key) | {key} for n in self.index.get(variant, ()) if one_edit_apart(key, n)}
        return found.pop() if len(found) == 1 else None

    def _is_english(self, key: str) -> bool:
        return is_english(key, self.english)


INFLECTIONS = (("ies", "y"), ("ied", "y"), ("ing", ""), ("ing", "e"), ("ed", ""), ("ed", "e"), ("es", ""), ("s", ""),
               ("ers", ""), ("er", ""), ("er", "e"), ("ly", ""), ("ness", ""), ("ment", ""))


def is_english(word: str, english: frozenset[str]) -> bool:
    """The word, or its stem with a common ending taken off ("traded", "planning"), is English."""
    if word in english:
        return True
    for ending, replacement in INFLECTIONS:
        if word.endswith(ending) and len(word) > len(ending) + 2:
            stem = word[: -len(ending)] + replacement
            if stem in english or (len(stem) > 3 and stem[-1] == stem[-2] and stem[:-1] in english):  # "planned"
                return True
    return False
