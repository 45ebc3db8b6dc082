"""Inputs for reader tests: good fixtures and bad files made on the fly.

Binary, NUL-laden, mis-encoded and oversized files are generated here rather
than committed.
"""

from __future__ import annotations

import random
import shutil
from pathlib import Path

import pytest

LATIN1_STORY = (
    "QUITO, May 9 (Andes Wire) - Ecuador's government said on Tuesday it would raise the minimum wage "
    "by 5 percent from June, after talks with unions and employers in the capital ended without a deal.\n"
    "Labour Minister Andrés Peña said the café and hotel sectors would get a six-month grace period.\n"
)
OVERSIZE_BYTES = 60_000
MAX_BYTES = 50_000


def make_bad_inputs(folder: Path, fixtures: Path) -> dict[str, str]:
    """Write one file per kind of bad input; returns file name -> expected error code."""
    folder.mkdir(parents=True, exist_ok=True)
    shutil.copy(fixtures / "articles" / "bad" / "empty.txt", folder / "empty.txt")
    shutil.copy(fixtures / "articles" / "bad" / "blank-lines.txt", folder / "blank-lines.txt")
    shutil.copy(fixtures / "articles" / "bad" / "no-article.html", folder / "no-article.html")
    shutil.copy(fixtures / "articles" / "bad" / "french-report.txt", folder / "french-report.txt")
    shutil.copy(fixtures / "articles" / "bad" / "empty-feed.rss", folder / "empty-feed.rss")
    rng = random.Random(7)
    (folder / "photo.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(rng.randrange(256) for _ in range(3000)))
    (folder / "nul.txt").write_bytes(b"LIMA - Officials said on Monday\x00 that the port had reopened.\n" * 4)
    (folder / "undecodable.txt").write_bytes(bytes(rng.randrange(128, 256) for _ in range(3000)))
    (folder / "huge.txt").write_text("The council met on Monday. " * (OVERSIZE_BYTES // 27 + 1), "utf-8")
    return {
        "empty.txt": "E101", "blank-lines.txt": "E101", "no-article.html": "E106", "french-report.txt": "E109", "empty-feed.rss": "E110",
        "photo.png": "E102", "nul.txt": "E104", "undecodable.txt": "E105", "huge.txt": "E103",
    }  # fmt: skip


@pytest.fixture
def size_limit() -> int:
    """The reader.max_bytes under which the mixed folder's oversized file is refused."""
    return MAX_BYTES


@pytest.fixture
def mixed_dir(tmp_path: Path, fixtures_dir: Path) -> tuple[Path, dict[str, str]]:
    """A folder of good articles (text, HTML, feed, JSON Lines, Latin-1) and every kind of bad input."""
    folder = tmp_path / "mixed"
    good = folder / "good"
    good.mkdir(parents=True)
    shutil.copy(fixtures_dir / "articles" / "text" / "ap-flood-relief.txt", good)
    shutil.copy(fixtures_dir / "articles" / "html" / "harbour-strike.html", good)
    shutil.copy(fixtures_dir / "articles" / "feeds" / "world.rss", good)
    shutil.copy(fixtures_dir / "articles" / "corpus.jsonl", good)
    (good / "latin1-wage.txt").write_bytes(LATIN1_STORY.encode("latin-1"))
    expected = make_bad_inputs(folder / "bad", fixtures_dir)
    return folder, expected
