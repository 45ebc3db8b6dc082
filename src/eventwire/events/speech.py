"""Speech and reporting: who said it, and who relayed it.

Statements are coded by their content with the speaker as the source: in
"China said it would send aid", *it* is China. The relaying outlet or
spokesman ("KCNA quoted Xi as saying", "state media reported", "a
spokesman said") is never the source; it goes into ``reported_by``.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..types import ActorMention
from . import syntax
from .lexicon import Lexicon
from .roles import ActorLookup, Filler

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

CONTENT_DEPS = frozenset({"ccomp", "xcomp", "parataxis", "advcl", "pcomp", "conj", "prep", "pobj", "dobj", "acl", "relcl"})
MEDIA_SECTOR = "MED"


@dataclass(frozen=True)
class Speech:
    """A speech verb and its speaker."""

    verb: int
    speaker: Filler | None
    relays: bool  # the speaker is an outlet or spokesman, not an actor in the story
    speaker_head: int | None = None  # head word of the speaker phrase, actor or not


class SpeechFinder:
    """The speech verbs of one sentence, found in one scan, and their speakers."""

    def __init__(self, lexicon: Lexicon, lookup: ActorLookup, doc: Doc, words: syntax.Words) -> None:
        """``words``: the lemmas of ``doc``."""
        self.lexicon = lexicon
        self.lookup = lookup
        self.doc = doc
        speech_verbs = lexicon.speech_verbs
        self.verbs = tuple(t for t, lemma in zip(doc, words.lemmas)
                           if lemma in speech_verbs and syntax.kind_of(t) == "verb")  # in sentence order
        self._verb_indices = frozenset(t.i for t in self.verbs)
        self._said: dict[int, Speech] = {}  # asked by the relays, the obligations and every event below the verb

    def is_speech(self, token: Token) -> bool:
        """Is ``token`` (a word of this sentence) a speech verb?"""
        return token.i in self._verb_indices

    def _quote_verb(self, token: Token) -> Token | None:
        """For "saying" in "KCNA quoted Xi as saying", the verb "quoted"."""
        for head in (token.head, token.head.head):
            if syntax.lemma(head) in self.lexicon.quote_verbs:
                return head
        return None

    def _speaker_head(self, token: Token) -> Token | None:
        quote = token if syntax.lemma(token) in self.lexicon.quote_verbs else self._quote_verb(token)
        if quote is not None:  # "KCNA quoted Xi as saying": Xi speaks
            return next(iter(syntax.children(quote, ("dobj",))), None)
        if token.dep_ in ("acl", "relcl") and not syntax.children(token, syntax.SUBJECT_DEPS):
            return token.head
        subjects = syntax.children(token, syntax.SUBJECT_DEPS)
        return subjects[0] if subjects else None

    def _relays(self, head: Token, filler: Filler | None) -> bool:
        if syntax.lemma(head) in self.lexicon.reporter_nouns:
            return True
        return filler is not None and filler.mention is not None and filler.mention.actor.sector == MEDIA_SECTOR

    def speech(self, token: Token) -> Speech:
        if token.i not in self._said:
            self._said[token.i] = self._speech(token)
        return self._said[token.i]

    def _speech(self, token: Token) -> Speech:
        head = self._speaker_head(token)
        if head is None:
            return Speech(token.i, None, False)
        filler = next(iter(self.lookup.fill(head)), None)
        return Speech(token.i, filler, self._relays(head, filler), head.i)

    def governing(self, token: Token) -> Speech | None:
        """The speech verb whose content holds ``token``, if any."""
        current = token
        while current.head.i != current.i and current.dep_ in CONTENT_DEPS:
            current = current.head
            if self.is_speech(current):
                return self.speech(current)
        for child in current.children:  # "X attacked Y, the army said" parsed with the event as root
            if child.dep_ in ("parataxis", "ccomp", "advcl") and self.is_speech(child) and child.i > token.i:
                return self.speech(child)
        return None

    def relays_in(self) -> Iterator[ActorMention]:
        """Outlets relaying the sentence: subjects of reporting verbs coded as media, "according to X"."""
        verbs = self._verb_indices  # asked of every word: a set test, no method call
        for token in self.doc:
            if token.i in verbs:
                speaker = self.speech(token)
                if speaker.relays and speaker.speaker is not None and speaker.speaker.mention is not None:
                    yield speaker.speaker.mention
                quoting = syntax.lemma(token) in self.lexicon.quote_verbs
                subject = next(iter(syntax.children(token, syntax.SUBJECT_DEPS)), None)
                if quoting and subject is not None and subject.i in self.lookup.index:
                    yield self.lookup.index[subject.i]
            elif token.lower_ == "according":
                for _, obj in syntax.prep_objects(token, "to"):
                    for filler in self.lookup.fill(obj):
                        if filler.mention is not None:
                            yield filler.mention
