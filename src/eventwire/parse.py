"""Parse stage: split documents into sentences and run spaCy on them.

Sentences are split with a rule-based sentencizer first; each becomes its
own spaCy ``Doc``. Sentences that a cheap pre-pass rules out get only the
tokenizer; the others go through the model, all sentences of a batch of
documents in one ``nlp.pipe`` stream, so the network sees full batches
however short the documents are. spaCy's results do not depend on how
sentences are batched, and engines form batches the same way anyway.
"""

from __future__ import annotations

import importlib.util
from collections.abc import Callable, Sequence
from itertools import compress, count
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .errors import EventwireError
from .types import Document, ParsedSentence

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokenizer import Tokenizer
    from spacy.tokens import Doc

# spaCy components eventwire does not use; not loading them saves time and memory.
# ner has its own tok2vec and costs as much as the rest of the pipeline together;
# no stage reads entities (doc.ents, ent_type_). senter is disabled in the
# packaged models: we split sentences ourselves. Kept: tok2vec, tagger and
# parser (tags and the dependency tree), attribute_ruler (coarse POS from the
# tags, which the lemmatizer needs) and lemmatizer (lemmas for verb patterns).
UNUSED_COMPONENTS: tuple[str, ...] = ("ner", "senter")

# Hyphenated words the tokenizer would split at the hyphen; split, the parser misreads them
# ("North Korea test-fired two missiles" loses its verb).
WHOLE_WORDS: tuple[str, ...] = tuple(
    f"{stem}{ending}" for stem, endings in (("test-fire", ("", "s", "d")), ("test-firing", ("",)),
                                            ("test-launch", ("", "es", "ed")), ("test-launching", ("",)))
    for ending in endings)

WorthParsing = Callable[[str], bool]

# A paragraph is split into sentences this many characters at a time: spaCy refuses
# longer texts (its max_length), and a scraped page can hold one huge "paragraph".
SPLIT_CHUNK_CHARS = 100_000
# Longer "sentences" are tables, lists or run-on junk, not news prose: tokenized, never parsed
# (the parser's memory grows with the length of a text).
PARSE_MAX_CHARS = 5_000


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


# spacy.load builds the language's tokenizer (its regular expressions and some 1,350 special cases),
# then replaces all of it with the tokenizer saved in the model. Registered under this name, an empty
# one is built instead: the saved one is the same, and loading takes a tenth of a second less.
BARE_TOKENIZER = "eventwire.bare_tokenizer.v1"


def bare_tokenizer() -> Callable[[Language], Tokenizer]:
    from spacy.tokenizer import Tokenizer

    return lambda nlp: Tokenizer(nlp.vocab)


def load_model(names: Sequence[str]) -> Language:
    from .startup import import_spacy

    spacy = import_spacy()
    from spacy.symbols import ORTH

    from .spacy_rules import compile_rule_components

    name = installed_model(names)
    spacy.registry.tokenizers.register(BARE_TOKENIZER, func=bare_tokenizer)
    nlp = spacy.load(name, exclude=list(UNUSED_COMPONENTS), config={"nlp": {"tokenizer": {"@tokenizers": BARE_TOKENIZER}}})
    if not nlp.tokenizer.rules and nlp.tokenizer.prefix_search is None:  # a model that saved no tokenizer
        nlp = spacy.load(name, exclude=list(UNUSED_COMPONENTS))
    for word in WHOLE_WORDS:
        for form in (word, word.capitalize()):
            nlp.tokenizer.add_special_case(form, [{ORTH: form}])
    compile_rule_components(nlp)  # same annotations, a fraction of the time
    return nlp


class SentenceSplitter:
    """A tokenizer and spaCy's rule sentencizer: ``splitter(text).sents``, or their texts by ``sentence_texts``."""

    def __init__(self, tokenizer: Tokenizer) -> None:
        from spacy.pipeline import Sentencizer
        from spacy.strings import get_string_id

        self.tokenizer = tokenizer
        self.sentencizer = Sentencizer()
        self.sentence_ends = frozenset(get_string_id(mark) for mark in self.sentencizer.punct_chars)  # as ORTH ids

    def __call__(self, text: str) -> Doc:
        return self.sentencizer(self.tokenizer(text))

    def sentence_texts(self, text: str) -> list[str]:
        """``[span.text for span in self(text).sents]``, read from the token array: the sentencizer and
        ``Span.text`` make a ``Token`` object per token, which cost more than the tokenizer itself."""
        from spacy.attrs import IDX, IS_PUNCT, ORTH, SPACY

        doc = self.tokenizer(text)
        if not len(doc):
            return []
        orths, puncts, starts_at, spaces = doc.to_array([ORTH, IS_PUNCT, IDX, SPACY]).T.tolist()
        starts = sentence_starts(orths, puncts, self.sentence_ends)
        # A sentence ends where the next begins, less the one space its last token carries (as Span.text).
        ends = [starts_at[start] - spaces[start - 1] for start in starts[1:]] + [len(text) - spaces[-1]]
        return [text[starts_at[start] : end] for start, end in zip(starts, ends)]


def sentence_starts(orths: list[int], puncts: list[int], sentence_ends: frozenset[int]) -> list[int]:
    """Where spaCy's ``Sentencizer`` starts sentences, given each token's ORTH id and whether it is
    punctuation: at the first token, and at the first token after a sentence-final mark that is neither
    punctuation nor such a mark (closing quotes and brackets stay with the sentence they close). Only
    the tokens after a mark are read one by one."""
    starts, scanned = [0], 0
    for mark in compress(count(), map(sentence_ends.__contains__, orths)):
        if mark < scanned:  # a mark among those closing the sentence before
            continue
        scanned = mark + 1
        while scanned < len(orths) and (puncts[scanned] or orths[scanned] in sentence_ends):
            scanned += 1
        if scanned < len(orths):
            starts.append(scanned)
    return starts


def make_sentence_splitter(tokenizer: Tokenizer | None = None) -> SentenceSplitter:
    """Sentences cut by the loaded model's tokenizer, when given: spaCy's blank English one with
    ``WHOLE_WORDS``, which end no sentence, so the cuts are the same, and no second tokenizer is built."""
    if tokenizer is None:
        import spacy

        tokenizer = spacy.blank("en").tokenizer
    return SentenceSplitter(tokenizer)


def chunks(paragraph: str, size: int = SPLIT_CHUNK_CHARS) -> list[str]:
    """``paragraph`` in pieces of at most ``size`` characters, cut at a space where there is one."""
    pieces = []
    while len(paragraph) > size:
        cut = paragraph.rfind(" ", size // 2, size)
        cut = size if cut < 0 else cut + 1
        pieces.append(paragraph[:cut])
        paragraph = paragraph[cut:]
    return [*pieces, paragraph]


def split_sentences(document: Document, splitter: SentenceSplitter) -> list[SentenceText]:
    sentences: list[SentenceText] = []
    for paragraph_index, paragraph in enumerate(document.body):
        for found in (found for piece in chunks(paragraph) for found in splitter.sentence_texts(piece)):
            text = found.strip()
            if text:
                sentences.append(SentenceText(len(sentences), paragraph_index, text))
    return sentences


class Parser:
    """Holds the loaded spaCy pipeline; one per process."""

    def __init__(self, model_names: Sequence[str], batch_size: int = 64) -> None:
        self.nlp = load_model(model_names)
        self.splitter = make_sentence_splitter(self.nlp.tokenizer)
        self.batch_size = batch_size

    def parse(self, document: Document, worth_parsing: WorthParsing | None = None) -> tuple[ParsedSentence, ...]:
        """Sentences of ``document``; those ``worth_parsing`` rejects are only tokenized."""
        return self.parse_many([document], worth_parsing)[0]

    def parse_many(
        self,
        documents: Sequence[Document],
        worth_parsing: WorthParsing | None = None,
    ) -> list[tuple[ParsedSentence, ...]]:
        """``parse`` for many documents, their sentences parsed in one stream."""
        split = [split_sentences(document, self.splitter) for document in documents]
        texts = [s.text for sentences in split for s in sentences]
        wanted = [len(text) <= PARSE_MAX_CHARS and (worth_parsing is None or worth_parsing(text)) for text in texts]
        parsed = self.nlp.pipe([text for text, w in zip(texts, wanted) if w], batch_size=self.batch_size)
        make_doc = self.nlp.make_doc
        docs = iter([next(parsed) if w else make_doc(text) for text, w in zip(texts, wanted)])
        flags = iter(wanted)
        return [
            tuple(ParsedSentence(s.index, s.paragraph, s.text, next(docs), next(flags)) for s in sentences)
            for sentences in split
        ]
