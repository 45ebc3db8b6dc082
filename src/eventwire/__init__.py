"""eventwire: political event data from news text.

The notebook API::

    import eventwire
    events = eventwire.code("Chinese President Xi Jinping met ...", date="2020-10-10")
    frame = eventwire.to_dataframe(events)

    coder = eventwire.Coder()            # load once, code many
    for event in coder.code_many(texts):
        ...
"""

from __future__ import annotations

from .api import Coder, code, code_many, to_dataframe
from .config import Settings, load_settings
from .types import Event

__all__ = ["Coder", "Event", "Settings", "code", "code_many", "load_settings", "to_dataframe"]
__version__ = "0.1.0"
