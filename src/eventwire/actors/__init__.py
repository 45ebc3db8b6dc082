"""Actors stage: find actor mentions in sentences and code them.

Interface used by the pipeline (kept stable for the other stages):

    coder = ActorCoder(settings)
    coder.may_mention_actor(text) -> bool        # cheap pre-pass, no parse
    coder.code_document(document, sentences) -> tuple[SentenceActors, ...]
"""

from .coder import ActorCoder

__all__ = ["ActorCoder"]
