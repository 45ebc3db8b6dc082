"""Bytes to text: refuse empty, binary and NUL-laden input; find the encoding.

UTF-8 is tried first; anything else is detected with charset-normalizer and
reported only when no encoding fits.
"""

from __future__ import annotations

import codecs

from charset_normalizer import CharsetMatch, from_bytes

from ..errors import problem
from ..types import Problem

SAMPLE_BYTES = 8192
CONTROL_SHARE = 0.05  # more control bytes (other than NUL) than this: binary, not text
# Leading bytes of common binary formats (PDF, PNG, JPEG, GIF, ZIP/Office,
# gzip, ELF, bzip2, xz, RAR, 7-Zip, Ogg, MP3, RIFF, WebAssembly, SQLite).
BINARY_SIGNATURES = (
    b"%PDF", b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"PK\x03\x04", b"\x1f\x8b", b"\x7fELF",
    b"BZh", b"\xfd7zXZ", b"Rar!", b"7z\xbc\xaf", b"OggS", b"ID3", b"RIFF", b"\x00asm",
    b"SQLite format 3",
)  # fmt: skip
UNICODE_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"),
)  # fmt: skip
TEXT_CONTROLS = {9, 10, 12, 13, 27}
PREFERRED_ON_TIE = ("cp1252", "latin_1", "iso8859_15")  # tab, newline, form feed, carriage return, escape


def _control_share(sample: bytes) -> float:
    """Share of control bytes other than NUL: text with a stray NUL has almost none."""
    controls = sum(1 for byte in sample if (0 < byte < 32 and byte not in TEXT_CONTROLS) or byte == 127)
    return controls / len(sample)


def _utf16_without_bom(sample: bytes) -> str | None:
    """UTF-16 text has a NUL in every other byte; say which order."""
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    half = len(sample) // 2
    if odd >= 0.4 * half and even == 0:
        return "utf-16-le"
    if even >= 0.4 * half and odd == 0:
        return "utf-16-be"
    return None


def _check_bytes(data: bytes, origin: str) -> str | Problem | None:
    """An encoding forced by a BOM or byte pattern, a Problem, or None to detect."""
    for bom, encoding in UNICODE_BOMS:
        if data.startswith(bom):
            return encoding
    if data.startswith(BINARY_SIGNATURES):
        return problem("E102", origin)
    sample = data[:SAMPLE_BYTES]
    if 0 in sample or 0 in data:
        wide = _utf16_without_bom(sample)
        if wide:
            return wide
        return problem("E102" if _control_share(sample) > CONTROL_SHARE else "E104", origin)
    if _control_share(sample) > CONTROL_SHARE:
        return problem("E102", origin)
    return None


def _mostly_utf8(data: bytes) -> str | None:
    """UTF-8 with a few stray bytes: keep it UTF-8 (stray bytes become U+FFFD), not mojibake."""
    text = data.decode("utf-8", errors="replace")
    invalid = text.count("\ufffd")
    valid_multibyte = sum(1 for char in text if ord(char) > 127 and char != "\ufffd")
    return text if valid_multibyte > invalid else None


def _best_encoding(data: bytes) -> CharsetMatch | None:
    """charset-normalizer's best guess; on a tie, the Western code page English news uses."""
    matches = from_bytes(data)
    best = matches.best()
    if best is None:
        return None
    tied = [m for m in matches if (m.chaos, m.coherence) == (best.chaos, best.coherence)]
    return next((m for m in tied if m.encoding in PREFERRED_ON_TIE), best)


def decode_bytes(data: bytes, origin: str) -> str | Problem:
    """The text of ``data``, or the Problem that stops it being read."""
    if not data.strip():
        return problem("E101", origin)
    checked = _check_bytes(data, origin)
    if isinstance(checked, Problem):
        return checked
    try:
        return data.decode(checked or "utf-8")
    except UnicodeDecodeError as exc:
        if checked:
            return problem("E105", origin, reason=f"invalid {checked} at byte {exc.start}")
        first_error = f"not UTF-8 at byte {exc.start}"
    mostly_utf8 = _mostly_utf8(data)
    if mostly_utf8 is not None:
        return mostly_utf8
    best = _best_encoding(data)
    if best is None:
        return problem("E105", origin, reason=f"{first_error}, and no other encoding fits")
    return str(best)
