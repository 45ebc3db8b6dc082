"""Offline, deterministic language identification from function-word profiles.

Profiles and script names are data (``data/reader/languages.toml``). A text
too short or too unusual to tell gives None, and is treated as acceptable.
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from collections.abc import Mapping, Sequence
from itertools import chain, compress
from operator import itemgetter

from .tables import language_profiles
from .text import words

SAMPLE_CHARS = 3000  # enough to tell; long articles need not be read whole
MIN_WORDS = 8  # fewer words cannot be told apart reliably
MIN_LETTERS = 20
MIN_SHARE = 0.08  # share of a text's words that must be function words of the winner
MIN_HITS = 3  # one or two function words ("under", "on") cannot tell a language; names carry no weight
DEFAULT_LANGUAGE = "en"  # wins a tie: the coder's language, and news names are mostly neutral
JAPANESE_KANA_SHARE = 0.1  # kana among non-Latin letters marks Japanese, not Chinese
ASCII_LETTERS_DELETED = str.maketrans("", "", "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")


def _script_counts(text: str) -> tuple[int, Counter[str]]:
    """Number of letters, and counts of non-Latin letters by language of their script."""
    scripts = language_profiles().scripts
    letters, counts = 0, Counter()
    if text.isascii():  # most news: count the letters in C, no script to look up
        return len(text) - len(text.translate(ASCII_LETTERS_DELETED)), counts
    for char in text:
        if not char.isalpha():
            continue
        letters += 1
        if char.isascii():
            continue
        name = unicodedata.name(char, "")
        if name.startswith("LATIN"):
            continue
        prefix = next((p for p in scripts if name.startswith(p)), None)
        counts[scripts[prefix] if prefix else "und"] += 1
    return letters, counts


def _by_script(letters: int, counts: Counter[str]) -> str | None:
    foreign = sum(counts.values())
    if letters < MIN_LETTERS or foreign * 2 < letters:
        return None  # mostly Latin script: decide by words
    if counts["ja"] >= JAPANESE_KANA_SHARE * foreign:
        return "ja"
    return counts.most_common(1)[0][0]


def _word_counts(found: list[str]) -> Counter[str]:
    """How often each word occurs, lower-cased; numbers left out. Counted first, so that only distinct
    words are tested (lower-casing turns no other character into a digit)."""
    counts = Counter(map(str.lower, found))
    for number in list(compress(counts, map(str.isdigit, map(itemgetter(0), counts)))):  # word[0].isdigit(), in C
        del counts[number]
    return counts


def _by_words(found: list[str]) -> str | None:
    counts = _word_counts(found)
    total = sum(counts.values())
    if total < MIN_WORDS:
        return None
    profiles = language_profiles()
    hits = dict.fromkeys(profiles.function_words, 0)
    for token in counts.keys() & profiles.languages_of.keys():  # each function word looked up once
        for lang in profiles.languages_of[token]:
            hits[lang] += counts[token]
    best = max(sorted(hits, key=lambda lang: (lang != DEFAULT_LANGUAGE, lang)), key=lambda lang: hits[lang])
    return best if hits[best] >= MIN_HITS and hits[best] / total >= MIN_SHARE else None


def detect_language(text: str, sample: list[str] | None = None) -> str | None:
    """ISO 639-1 code of the text's language, or None when it cannot be told. ``sample``: the words of the
    text's first ``SAMPLE_CHARS`` characters, when already read (``sample_words``)."""
    text = text[:SAMPLE_CHARS]
    script = _by_script(*_script_counts(text))
    if script in (None, "ru"):  # Cyrillic: tell Russian from Ukrainian by words
        return _by_words(words(text) if sample is None else sample) or script
    return script


def sample_words(lines: Sequence[str], read: Mapping[str, list[list[str]]]) -> list[str]:
    """The words of ``" ".join(lines)[:SAMPLE_CHARS]`` from each line's ``sentence_words`` in ``read``: the
    lines wholly inside, then the part of the line cut there, read again (a word holds no space)."""
    found: list[str] = []
    start = 0  # of the line in the joined text
    for line in lines:
        if start + len(line) > SAMPLE_CHARS:
            return found + words(line[: max(0, SAMPLE_CHARS - start)])
        found.extend(chain.from_iterable(read[line]))
        start += len(line) + 1
    return found
