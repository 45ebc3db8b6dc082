"""Surface forms of trigger lemmas, for the cheap pre-pass that has no parse.

Regular forms are generated generously (a form that never occurs costs
nothing); irregular verbs come from ``data/irregular-verbs.tsv``.
"""

from __future__ import annotations

from importlib import resources
from types import MappingProxyType

VOWELS = set("aeiou")
IRREGULAR_FILE = "irregular-verbs.tsv"


def _plural(word: str) -> set[str]:
    forms = {word + "s"}
    if word.endswith(("s", "x", "z", "ch", "sh")):
        forms.add(word + "es")
    if word.endswith("y") and len(word) > 1 and word[-2] not in VOWELS:
        forms.add(word[:-1] + "ies")
    return forms


def _verb_forms(word: str) -> set[str]:
    forms = _plural(word)
    stem = word[:-1] if word.endswith("e") and not word.endswith("ee") else word
    forms |= {stem + "ed", stem + "ing", word + "ed", word + "ing"}
    if word.endswith("ee"):  # "freed", "agreed", "decreed"
        forms.add(word + "d")
    if word.endswith("y") and len(word) > 1 and word[-2] not in VOWELS:
        forms.add(word[:-1] + "ied")
    if len(word) > 2 and word[-1] not in VOWELS | {"w", "x", "y"} and word[-2] in VOWELS and word[-3] not in VOWELS:
        forms |= {word + word[-1] + "ed", word + word[-1] + "ing"}
    if word.endswith("c"):
        forms |= {word + "ked", word + "king"}
    return forms


def read_irregular(text: str) -> dict[str, tuple[str, ...]]:
    table: dict[str, tuple[str, ...]] = {}
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            lemma, *forms = line.split()
            table[lemma] = tuple(forms)
    return table


class Inflector:
    """English inflections of verbs and nouns."""

    def __init__(self, irregular: dict[str, tuple[str, ...]]) -> None:
        self.irregular = MappingProxyType(irregular)

    @classmethod
    def packaged(cls) -> Inflector:
        text = resources.files("eventwire.data").joinpath(IRREGULAR_FILE).read_text("utf-8")
        return cls(read_irregular(text))

    def forms(self, lemma: str, kind: str) -> set[str]:
        """The lemma and its inflected forms (lower case)."""
        if kind == "noun":
            return {lemma} | _plural(lemma)
        return {lemma} | _verb_forms(lemma) | set(self.irregular.get(lemma, ()))
