"""Parse stage: split a document into sentences and run spaCy on them.

Sentences are split with a rule-based sentencizer first and then parsed one
by one with ``nlp.pipe``: results do not depend on batching or on which
worker parses them, and sentences that a cheap pre-pass rules out need only
the tokenizer.
"""

from __future__ import annotations

import importlib.util
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .errors import EventwireError
from .types import Document, ParsedSentence

if TYPE_CHECKING:
    from spacy.language import Language

# spaCy components eventwire does not use; not loading them saves time and memory.
UNUSED_COMPONENTS: tuple[str, ...] = ()


@dataclass(frozen=True)
class SentenceText:
    index: int
    paragraph: int
    text: str


def installed_model(names: Sequence[str]) -> str:
    """The first of ``names`` that is installed as a package or a path."""
    for name in names:
        if importlib.util.find_spec(name) is not None:
            return name
    raise EventwireError("E004", model=" or ".join(names))


def load_model(names: Sequence[str]) -> Language:
    import spacy

    return spacy.load(installed_model(names), exclude=list(UNUSED_COMPONENTS))


def make_sentence_splitter() -> Language:
    import spacy

    splitter = spacy.blank("en")
    splitter.add_pipe("sentencizer")
    return splitter


def split_sentences(document: Document, splitter: Language) -> list[SentenceText]:
    sentences: list[SentenceText] = []
    for paragraph_index, paragraph in enumerate(document.body):
        for span in splitter(paragraph).sents:
            text = span.text.strip()
            if text:
                sentences.append(SentenceText(len(sentences), paragraph_index, text))
    return sentences


class Parser:
    """Holds the loaded spaCy pipeline; one per process."""

    def __init__(self, model_names: Sequence[str], batch_size: int = 64) -> None:
        self.nlp = load_model(model_names)
        self.splitter = make_sentence_splitter()
        self.batch_size = batch_size

    def parse(
        self,
        document: Document,
        worth_parsing: Callable[[str], bool] | None = None,
    ) -> tuple[ParsedSentence, ...]:
        """Sentences of ``document``; those ``worth_parsing`` rejects are only tokenized."""
        sentences = split_sentences(document, self.splitter)
        wanted = [worth_parsing is None or worth_parsing(s.text) for s in sentences]
        full_docs = iter(self.nlp.pipe([s.text for s, w in zip(sentences, wanted) if w], batch_size=self.batch_size))
        return tuple(
            ParsedSentence(
                index=s.index,
                paragraph=s.paragraph,
                text=s.text,
                doc=next(full_docs) if w else self.nlp.make_doc(s.text),
                parsed=w,
            )
            for s, w in zip(sentences, wanted)
        )
