"""Events stage: find predicates and their roles, code them in CAMEO and PLOVER.

Interface used by the pipeline (kept stable for the other stages):

    coder = EventCoder(settings)
    coder.may_have_event(text) -> bool           # cheap pre-pass, no parse
    coder.code_document(document, sentences, actors) -> tuple[Event, ...]
"""

from .coder import EventCoder

__all__ = ["EventCoder"]
