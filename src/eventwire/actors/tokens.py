"""Token keys and case patterns: how dictionary phrases meet sentence tokens.

Phrases and sentences are tokenized by the same spaCy tokenizer and each
token becomes a *key*: lower case, accents and dots removed, curly quotes
straightened. Tokens whose key is empty (``-``, ``'``, ``.``) are
transparent, so ``Kim Jong-un`` matches ``Kim Jong Un`` and ``Workers'
Party`` matches ``Workers Party``. A phrase also keeps a *case pattern*
per key so that ``US`` never matches the pronoun ``us``.
"""

from __future__ import annotations

import unicodedata
from operator import attrgetter

ANY, CAPITAL, UPPER, DOTTED = "a", "c", "u", "d"
TRANSPARENT_CHARS = frozenset("-'.\u2019\u2010\u2011")
KEYS_REMEMBERED = 200_000  # words whose key a coder keeps (about 30 MB at most)
_TEXT = attrgetter("text")


def strip_accents(text: str) -> str:
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def token_key(text: str) -> str:
    """The matching key of one token: ``"U.S."`` -> ``"us"``, ``"’s"`` -> ``"'s"``."""
    lowered = strip_accents(text).lower().replace("\u2019", "'")
    if lowered == "'s":
        return lowered
    return lowered.replace(".", "").strip("'")


def is_transparent(text: str) -> bool:
    return bool(text) and all(ch in TRANSPARENT_CHARS for ch in text)


def case_of(text: str) -> str:
    """The case a phrase word demands of the text: any, capitalised, upper or dotted.

    An abbreviation written with its dot ("Gen.", "sen.") needs the dot, so
    that "Sen." the title never matches "Sen" in "Hun Sen".
    """
    letters = [ch for ch in text if ch.isalpha()]
    if text.endswith(".") and text.count(".") == 1 and 0 < len(letters) <= 5 and not (len(letters) >= 2 and all(c.isupper() for c in letters)):
        return DOTTED
    if not letters or not letters[0].isupper() and not all(ch.isupper() for ch in letters):
        return ANY  # "d'Orsay", "al-Sham": a lower-case start is not a demand
    if len(letters) >= 2 and all(ch.isupper() for ch in letters):
        return UPPER
    return CAPITAL


def fits_case(text: str, demanded: str) -> bool:
    if demanded == ANY:
        return True
    if demanded == DOTTED:
        return text.endswith(".")
    if demanded == CAPITAL and text[:1].isalpha():
        return text[0].isupper()  # the first letter is the first character: most words
    letters = [ch for ch in text if ch.isalpha()]
    if not letters:
        return False
    if demanded == CAPITAL:
        return letters[0].isupper()
    return all(ch.isupper() for ch in letters)


CASE_BIT = {ANY: 1, CAPITAL: 2, UPPER: 4, DOTTED: 8}


def case_bits(text: str) -> int:
    """The cases ``text`` fits (``fits_case``), one bit each (``CASE_BIT``): asked once per word."""
    return sum(bit for case, bit in CASE_BIT.items() if fits_case(text, case))


def is_capitalised(text: str) -> bool:
    return bool(text) and text[0].isupper()


class TokenKeys:
    """``token_key`` and ``is_transparent`` of words, remembered: news repeats its words, and
    every step of the actor coder asks them again. One per coder."""

    def __init__(self) -> None:
        self.known: dict[str, tuple[str, bool]] = {}

    def of(self, word: str) -> tuple[str, bool]:
        """(key, transparent) of ``word``."""
        found = self.known.get(word)
        if found is None:
            if len(self.known) >= KEYS_REMEMBERED:  # a worker's life of news: names and numbers without end
                self.known.clear()
            found = self.known[word] = (token_key(word), is_transparent(word))
        return found

    def key(self, word: str) -> str:
        return self.of(word)[0]

    def tokens(self, tokens) -> KeyedTokens:
        texts = tuple(map(_TEXT, tokens))
        found = list(map(self.known.get, texts))  # most words are known: looked up without a Python loop
        if not all(found):  # a None among the (key, transparent) pairs, never empty
            found = [pair or self.of(text) for pair, text in zip(found, texts)]
        return KeyedTokens(tokens, texts, found)


class KeyedTokens(tuple):
    """A sentence's tokens, each one's key (``keys``) and transparency (``transparent``) read once.

    A tuple of the tokens themselves, so rules index and slice it as before."""

    keys: tuple[str, ...]
    transparent: tuple[bool, ...]
    texts: tuple[str, ...]

    def __new__(cls, tokens, texts: tuple[str, ...], known: list[tuple[str, bool]]) -> KeyedTokens:
        self = super().__new__(cls, tokens)
        self.texts = texts
        self.keys, self.transparent = tuple(zip(*known)) or ((), ())
        return self

    def key(self, i: int) -> str:
        """The key of token ``i``; ``""`` outside the sentence."""
        return self.keys[i] if 0 <= i < len(self.keys) else ""
