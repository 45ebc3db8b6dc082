"""Actors stage: find actor mentions in sentences and code them.

Interface used by the pipeline (kept stable for the other stages):

    coder = ActorCoder(settings)                  # loads the actor data once
    coder.may_mention_actor(text) -> bool        # cheap pre-pass, no parse
    coder.code_document(document, sentences) -> tuple[SentenceActors, ...]

Modules: ``entries`` (the dictionary structures every source loads into),
``load``/``tables`` (the data files), ``matcher`` (token trie), ``phrases``
(chunks), ``combine`` (role/sector combination), ``people`` (titles and
names), ``disambiguate``, ``refine`` (coordination, locations, links),
``coref`` (document memory, pronouns), ``coder``, ``scoring`` (gold),
``report`` (the ``eventwire actors`` command). Data formats: docs/actors.md.
"""

from .coder import ActorCoder

__all__ = ["ActorCoder"]
