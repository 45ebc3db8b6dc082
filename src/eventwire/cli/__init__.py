"""The ``eventwire`` command: a thin layer over the library.

Each command lives in its own module, imported when the command runs
(``main.COMMAND_MODULES``).
"""

from __future__ import annotations

from .main import main

__all__ = ["main"]
