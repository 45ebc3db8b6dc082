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

ANY, CAPITAL, UPPER, DOTTED = "a", "c", "u", "d"
TRANSPARENT_CHARS = frozenset("-'.\u2019\u2010\u2011")


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
    letters = [ch for ch in text if ch.isalpha()]
    if not letters:
        return False
    if demanded == CAPITAL:
        return letters[0].isupper()
    return all(ch.isupper() for ch in letters)


def is_capitalised(text: str) -> bool:
    return bool(text) and text[0].isupper()
