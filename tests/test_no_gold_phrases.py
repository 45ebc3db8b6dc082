"""No phrase of the real-news gold in the code: rules are written for classes of sentences, not for known ones.

Any run of five words from a sentence of ../shared/gold found in a Python file
under src/ fails (comments and docstrings included). Data tables are left out:
names of people, countries and organisations legitimately recur there. Tests,
docs and fixtures may share short common phrases with news, never a run of
eight words: test sentences are written fresh, not adapted from the gold.
"""

import json
import re
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SRC = REPO / "src"
RUN = 5
LONG_RUN = 8
WRITTEN = ("tests", "docs", "benchmarks", "scripts", "examples")


def word_runs(text: str, run: int = RUN) -> set[str]:
    words = re.findall(r"[a-z0-9']+", text.lower())
    return {" ".join(words[i : i + run]) for i in range(len(words) - run + 1)}


def gold_sentences(shared_dir: Path) -> list[str]:
    return [str(r.get("text") or "") for path in sorted((shared_dir / "gold").glob("*.json")) for r in json.loads(path.read_text(encoding="utf-8"))]


def test_word_runs_are_lowercase_and_span_punctuation():
    assert word_runs("The Army, said: a b") == {"the army said a b"}


def test_no_python_file_quotes_the_gold(shared_dir):
    gold_runs = {run for text in gold_sentences(shared_dir) for run in word_runs(text)}
    quoted = {f"{path.relative_to(SRC)}: {run}" for path in SRC.rglob("*.py") for run in word_runs(path.read_text(encoding="utf-8")) & gold_runs}
    assert not quoted, sorted(quoted)


def test_no_test_doc_or_fixture_adapts_a_gold_sentence(shared_dir):
    gold_runs = {run for text in gold_sentences(shared_dir) for run in word_runs(text, LONG_RUN)}
    files = [p for folder in WRITTEN for p in (REPO / folder).rglob("*") if p.is_file() and p.suffix in (".py", ".json", ".jsonl", ".md", ".txt", ".toml")]
    files += [REPO / "README.md", REPO / "DEVELOPERS.md"]
    adapted = {f"{p.relative_to(REPO)}: {run}" for p in files if p.exists() for run in word_runs(p.read_text(encoding="utf-8", errors="replace"), LONG_RUN) & gold_runs}
    assert not adapted, sorted(adapted)
