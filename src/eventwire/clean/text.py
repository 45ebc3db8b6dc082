"""Small text helpers shared by the cleaning steps: paragraphs, words, stems."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

WORD = re.compile(r"[^\W\d_](?:[\w'’\-]*\w)?|\d+(?:[.,:]\d+)*")
# A line "ends like a sentence": . ! ? or … possibly followed by closing quotes/brackets.
SENTENCE_END = re.compile(r"[.!?…][\"”’'»)\]]*$")
QUOTED = re.compile(r"[\"“”«»]([^\"“”«»]*)[\"“”«»]")
WHITESPACE = re.compile(r"[ \t\u00a0\u2000-\u200b\u202f\u205f\u3000]+")
SENTENCE_BREAK = re.compile(r"(?<=[.!?;:])\s+")
POSSESSIVE = re.compile(r"'s?$")
CONTROL = re.compile(r"[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufeff]")


def normalise(text: str) -> str:
    """NFC, one kind of space, no control characters, Unix line ends."""
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    return CONTROL.sub("", WHITESPACE.sub(" ", text))


def _looks_hard_wrapped(lines: list[str]) -> bool:
    """A block of lines broken at a fixed width rather than at paragraph ends."""
    inner = lines[:-1]
    if len(lines) < 2:
        return False
    unfinished = sum(1 for line in inner if not SENTENCE_END.search(line) and len(line) >= 30)
    return unfinished / len(inner) >= 0.6


def paragraphs(text: str) -> list[str]:
    """Paragraphs of scraped text: one per line, or per block when lines are hard-wrapped."""
    result: list[str] = []
    for block in re.split(r"\n\s*\n", normalise(text)):
        lines = [line.strip() for line in block.split("\n") if line.strip()]
        if _looks_hard_wrapped(lines):
            result.append(" ".join(lines))
        else:
            result.extend(lines)
    return result


def words(text: str) -> list[str]:
    return WORD.findall(text)


def sentence_words(text: str) -> list[list[str]]:
    """The words of each sentence of the text (cut after a stop, colon or semicolon); together, ``words(text)``:
    a word holds no space."""
    return [words(sentence) for sentence in SENTENCE_BREAK.split(text)]


def unquoted(text: str) -> str:
    """The text with quoted passages blanked out."""
    return QUOTED.sub(" ", text)


OPENING_QUOTES = "“«"
CLOSING_QUOTES = "”»"
QUOTE_MARK = re.compile("[" + re.escape('"' + OPENING_QUOTES + CLOSING_QUOTES) + "]")
LETTER = re.compile(r"[^\W\d_]")


def quotation_only(text: str) -> bool:
    """Whether every word of the text is inside quotation marks: a quoted line, or the first or
    last sentence of a quotation that runs over several ('"We are ready.', 'We will stay."').
    A straight quote after a space opens a quotation, one after a word or a stop closes it."""
    rest = unquoted(text).strip()
    marks = [found.start() for found in QUOTE_MARK.finditer(rest)]  # most sentences have none: no loop over characters
    opens = [i for i in marks if rest[i] in OPENING_QUOTES or (rest[i] == '"' and (i == 0 or rest[i - 1].isspace()))]
    closes = [i for i in marks if rest[i] in CLOSING_QUOTES or (rest[i] == '"' and i > 0 and not rest[i - 1].isspace())]
    start = closes[-1] + 1 if closes else 0  # before a closing mark the text did not open: quoted
    end = opens[0] if opens else len(rest)  # after an opening mark the text does not close: quoted
    return bool(LETTER.search(text)) and start <= end and not LETTER.search(rest[start:end])


def has_quotation(text: str, min_words: int = 3) -> bool:
    """Whether the line quotes someone (a quoted passage of several words, not a scare quote)."""
    return any(len(words(inner)) >= min_words for inner in QUOTED.findall(text))


def ends_like_sentence(text: str) -> bool:
    return bool(SENTENCE_END.search(text.strip()))


@lru_cache(maxsize=65536)  # a memo of a pure function: words repeat across a corpus
def stem(word: str) -> str:
    """A crude English stem: enough to match 'sanctions' with 'sanctioned'."""
    word = word.lower().replace("’", "'")
    word = POSSESSIVE.sub("", word)
    if word.endswith(("ss", "us", "is", "ies")) and not word.endswith("ties"):
        return word  # "press", "virus", "crisis", "series"
    for suffix, replacement in (("ing", ""), ("ed", ""), ("es", ""), ("s", "")):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)] + replacement
    return word
