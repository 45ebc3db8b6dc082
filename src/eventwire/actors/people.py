"""Titles and people: personal names that no dictionary lists.

A run of capitalised words (proper nouns when the sentence is parsed) is a
*name run*. After a title ("President", "Gen.", "Foreign Minister") a name
run is a person, coded from the title; later in the document the bare
surname — or, for family-name-first countries, the family name — refers
back to that person (``memory_keys``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from .rules import Rules
from .tokens import KeyedTokens, is_capitalised, token_key

PROPER_TAGS = frozenset({"NNP", "NNPS"})


def is_name_word(tokens: KeyedTokens, i: int, parsed: bool, rules: Rules, inside: bool = False) -> bool:
    """Could token ``i`` be (part of) a personal or organisation name?

    Words like "He" or "May" never start a name, but inside a parsed name
    run a proper noun may be one ("Vice Premier Liu He").
    """
    text = tokens.texts[i]
    if not is_capitalised(text) or not (text.isalpha() or any(ch.isalpha() for ch in text)):  # most words: letters only
        return False
    if parsed:
        return tokens[i].tag_ in PROPER_TAGS and (inside or tokens.keys[i] not in rules.not_names)
    return tokens.keys[i] not in rules.not_names


def name_run_end(tokens: KeyedTokens, start: int, taken: Sequence[bool], parsed: bool, rules: Rules) -> int:
    """End (exclusive) of the name run starting at ``start``; ``start`` if none.

    Inside a run, lower-case particles (al, bin, von) and the second half of a
    hyphenated name ("Jong-un") are allowed when a name word follows or joins them.
    """
    end = start
    i = start
    while i < len(tokens) and not taken[i]:
        token = tokens[i]
        if is_name_word(tokens, i, parsed, rules, inside=end > start):
            end = i = i + 1
        elif end > start and tokens.transparent[i] and token.text in "-\u2010\u2011" and i + 1 < len(tokens) and token.whitespace_ == "" and not taken[i + 1] and tokens[i + 1].is_alpha:
            end = i = i + 2
        elif end > start and token.text.lower() in rules.name_particles and i + 1 < len(tokens) and is_name_word(tokens, i + 1, parsed, rules):
            i += 1
        else:
            break
    return end


def name_words(tokens: KeyedTokens, start: int, end: int) -> list[str]:
    """Keys of the words of a name, hyphenated parts kept apart: Jong-un -> jong, un."""
    keys, transparent = tokens.keys, tokens.transparent
    return [keys[i] for i in range(start, min(end, len(keys))) if not transparent[i] and keys[i]]


def memory_keys(words: Sequence[str], country: str | None, rules: Rules) -> list[tuple[str, ...]]:
    """Ways a later sentence may name this person briefly.

    The full name always; the last word ("Trump"); the last two words of a
    long name ("Suu Kyi"); the first word where the family name comes first
    ("Xi", "Kim").
    """
    words = [w for w in words if w]
    keys = [tuple(words)]
    if len(words) >= 2:
        keys.append((words[-1],))
        if country in rules.family_name_first:
            keys.append((words[0],))
    if len(words) >= 3:
        keys.append(tuple(words[-2:]))
    return list(dict.fromkeys(k for k in keys if not (len(k) == 1 and k[0] in rules.name_particles)))


MAX_SPELLINGS = 12  # per phrase: enough for a name with two varying words


def word_spellings(word: str, rules: Rules) -> list[str]:
    """The word and its other spellings (``name_variants``, ``name_endings``), case kept."""
    key = token_key(word)
    found = [w for group in rules.name_variants if key in group for w in sorted(group)]
    for group in rules.name_endings:
        ending = next((e for e in sorted(group, key=len, reverse=True) if key.endswith(e) and len(key) > len(e) + 2), None)
        if ending is not None:
            found += [key[: -len(ending)] + other for other in group]
    cased = [w.capitalize() if word[:1].isupper() else w for w in found if w != key]
    return [word] + list(dict.fromkeys(cased))


def phrase_spellings(phrase: str, rules: Rules) -> list[str]:
    """Other spellings of a person's name: "Sergey Lavrov" for "Sergei Lavrov"."""
    spellings = [""]
    for word in phrase.split():
        spellings = [f"{s} {w}".strip() for s in spellings for w in _hyphenated_spellings(word, rules)][:MAX_SPELLINGS]
    return spellings


def _hyphenated_spellings(word: str, rules: Rules) -> list[str]:
    """ "al-Gaddafi" -> "el-Gaddafi", "al-Qaddafi", ...: each part spelled on its own."""
    found = [""]
    for part in word.split("-"):
        found = [f"{f}-{p}" if f else p for f in found for p in word_spellings(part, rules)][:MAX_SPELLINGS]
    return found


def with_spellings(entry, rules: Rules):
    """A person entry with its phrases in every listed spelling (others unchanged)."""
    if entry.kind != "person" or not (rules.name_variants or rules.name_endings):
        return entry
    phrases = tuple(dict.fromkeys(s for p in entry.phrases for s in phrase_spellings(p, rules)))
    return entry if len(phrases) == len(entry.phrases) else replace(entry, phrases=phrases)
