"""The pipeline: read -> clean -> parse -> actors -> events.

A ``Pipeline`` holds the loaded stages (the spaCy model, dictionaries,
patterns) for one process. Engines (``eventwire.engine``) decide how many
pipelines run and where; this module only codes documents.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence

from .actors import ActorCoder
from .clean import clean_article
from .clean.cues import hard_cue
from .clean.text import quotation_only
from .config import Settings
from .events import EventCoder
from .parse import Parser
from .startup import collection_paused
from .types import Article, Document, DocumentResult, ParsedSentence, Problem


class Pipeline:
    """The coding stages, loaded once per process."""

    def __init__(self, settings: Settings, keep_unmapped: bool = False, parser: Parser | None = None) -> None:
        """``keep_unmapped``: also emit events whose code has no PLOVER category (raw dictionary codes);
        ``parser``: an already loaded parse stage to share (the spaCy model loads once)."""
        self.settings = settings
        with collection_paused():
            self.parser = parser or Parser(settings.model.names, batch_size=settings.parse.batch_size)
            dictionaries = _petrarch_data(settings)
            self.actors = ActorCoder(settings, dictionary=dictionaries.actors if dictionaries else None, tokenizer=self.parser.splitter.tokenizer)
            self.events = EventCoder(settings, patterns=dictionaries.patterns if dictionaries else None, keep_unmapped=keep_unmapped)
        self.dictionary_problems = dictionaries.loaded.problems if dictionaries else ()

    def worth_parsing(self, sentence: str) -> bool:
        """Cheap pre-pass: could this sentence yield an event at all? It needs a word that looks like
        a trigger and one that may name an actor (a sentence with one actor still can: "Iran
        test-fired a missile"). Quotations standing alone and site furniture (the clean stage's
        hard cues) are not parsed."""
        if not (self.events.may_have_event(sentence) and self.actors.may_mention_actor(sentence)):
            return False
        return not quotation_only(sentence) and hard_cue(sentence) is None

    def code_document(self, document: Document) -> DocumentResult:
        return self.code_documents([document])[0]

    def code_documents(self, documents: Sequence[Document]) -> list[DocumentResult]:
        """Code several documents; their sentences are parsed in one batch."""
        check = self.worth_parsing if self.settings.parse.skip_unlikely else None
        parsed = self.parser.parse_many(documents, worth_parsing=check)
        return [self._code_parsed(document, sentences) for document, sentences in zip(documents, parsed)]

    def _code_parsed(self, document: Document, sentences: tuple[ParsedSentence, ...]) -> DocumentResult:
        mentions = self.actors.code_document(document, sentences)
        events = self.events.code_document(document, sentences, mentions)
        if self.settings.events.asserted_only:
            events = tuple(e for e in events if e.modality == "asserted")
        confident = tuple(e for e in events if e.confidence >= self.settings.events.min_confidence)
        return DocumentResult(
            document=document,
            events=confident,
            sentences=len(sentences),
            sentences_parsed=sum(s.parsed for s in sentences),
            withheld=len(events) - len(confident),
        )

    def code_article(self, article: Article) -> DocumentResult | Problem:
        return self.code_batch([article])[0]

    def code_batch(self, items: Sequence[Article | Problem]) -> list[DocumentResult | Problem]:
        """Clean and code a batch of articles in order; problems pass through untouched."""
        cleaned = [item if isinstance(item, Problem) else clean_article(item, self.settings) for item in items]
        coded = iter(self.code_documents([c for c in cleaned if isinstance(c, Document)]))
        return [c if isinstance(c, Problem) else next(coded) for c in cleaned]

    def code_articles(self, articles: Iterable[Article | Problem]) -> Iterator[DocumentResult | Problem]:
        """Code each article in order; problems pass through untouched."""
        for item in articles:
            yield item if isinstance(item, Problem) else self.code_article(item)


def _petrarch_data(settings: Settings):
    """PETRARCH dictionaries named in the settings, as the coders' structures (imported only when named)."""
    if not settings.dictionaries.paths:
        return None
    from .petrarch.dictionaries import coder_data

    return coder_data(settings)


def code_inputs(inputs: Sequence[str], settings: Settings, pipeline: Pipeline | None = None) -> Iterator[DocumentResult | Problem]:
    """Read and code ``inputs`` in this process, in input order."""
    from .read import iter_articles  # here, not above: worker processes code and never read

    pipeline = pipeline or Pipeline(settings)
    yield from pipeline.code_articles(iter_articles(inputs, settings))
