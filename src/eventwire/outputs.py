"""Output paths: checked before any work starts, and written whole or not at all.

A command that writes a file checks its path first (``check_output_file``),
so a missing folder or a folder given as a file is one coded line before a
long run, not a traceback after it. The file is then written under a
temporary name beside the target and renamed into place when complete
(``replaced_when_done``): an interrupted or failed run leaves no
half-written file.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

from .errors import EventwireError


def _output_error(path: Path, option: str, reason: str) -> EventwireError:
    return EventwireError("E007", origin=str(path), option=option, reason=reason)


def _check_folder_writable(folder: Path, path: Path, option: str) -> None:
    if not folder.exists():
        raise _output_error(path, option, f"the folder {folder} does not exist")
    if not folder.is_dir():
        raise _output_error(path, option, f"{folder} is not a folder")
    try:  # a real probe: permissions, read-only file systems, /proc ... (os.access lies to root)
        handle, probe = tempfile.mkstemp(dir=folder, prefix=".eventwire-probe-")
    except OSError as exc:
        raise _output_error(path, option, f"cannot create files in {folder}: {exc.strerror or exc}") from None
    os.close(handle)
    os.unlink(probe)


def check_output_file(path: str | Path, option: str) -> Path:
    """``path`` as a file this process can create or replace; raises E007 otherwise."""
    path = Path(path)
    if path.is_dir():
        raise _output_error(path, option, "it is a folder; give a file name")
    _check_folder_writable(path.parent, path, option)
    return path


def check_output_folder(path: str | Path, option: str) -> Path:
    """``path`` as a folder to create, or an empty one to fill; raises E007 (E606 if not empty)."""
    path = Path(path)
    if path.exists() and not path.is_dir():
        raise _output_error(path, option, "it is a file; give a new or empty folder")
    if path.is_dir():
        if any(path.iterdir()):
            raise EventwireError("E606", origin=str(path))
        _check_folder_writable(path, path, option)
    else:
        _check_folder_writable(path.parent, path, option)
    return path


def _partial_beside(target: Path, folder: bool) -> Path:
    """A new, empty file (or folder) beside ``target``, with the permissions the umask gives."""
    for _ in range(100):
        partial = target.with_name(f".{target.name}.{secrets.token_hex(4)}.partial")
        try:
            if folder:
                partial.mkdir()
            else:
                os.close(os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666))
            return partial
        except FileExistsError:
            continue
    raise FileExistsError(f"no free temporary name beside {target}")


@contextlib.contextmanager
def replaced_when_done(path: str | Path, folder: bool = False) -> Iterator[Path]:
    """A temporary file (or ``folder``) beside ``path``, renamed to ``path`` when the block
    ends without an error and removed when it fails; an OSError becomes E410."""
    target = Path(path)
    partial: Path | None = None
    try:
        partial = _partial_beside(target, folder)
        yield partial
        os.replace(partial, target)
    except OSError as exc:
        raise EventwireError("E410", path=str(target), reason=exc.strerror or str(exc)) from None
    finally:
        if partial is not None and folder:
            shutil.rmtree(partial, ignore_errors=True)
        elif partial is not None:
            partial.unlink(missing_ok=True)
