"""Evaluation against gold-standard records (PLOVER gold-record format).

    records = load_gold("events-dev.json")
    scores = evaluate_records(records, Pipeline(settings))
    print("\n".join(text_lines(scores)))
"""

from .gold import ActorKeys, GoldRecord, load_gold
from .report import as_json, error_record, text_lines
from .run import evaluate_records
from .score import Scores

__all__ = ["ActorKeys", "GoldRecord", "Scores", "as_json", "error_record", "evaluate_records", "load_gold", "text_lines"]
