"""Evaluation against gold-standard records (PLOVER gold-record format).

    gold = read_gold("plover-gsr-dev.json")       # malformed records skipped, listed in gold.skipped
    scores = evaluate_records(gold.records, Pipeline(settings), skipped=len(gold.skipped))
    print("\n".join(text_lines(scores)))
"""

from .gold import ActorKeys, GoldFile, GoldRecord, load_gold, read_gold
from .report import as_json, error_record, text_lines
from .run import evaluate_records
from .score import Scores

__all__ = ["ActorKeys", "GoldFile", "GoldRecord", "Scores", "as_json", "error_record", "evaluate_records", "load_gold",
           "read_gold", "text_lines"]
