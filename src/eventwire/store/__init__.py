"""Event store: DuckDB. Ingest, deduplication, export and analyses (docs/store.md).

The public API is ``EventStore`` (open, ingest, events, article, stats,
dyad_series, query) and the records it returns.
"""

from .dyad import DyadPeriod, DyadSeries
from .eventstore import EventStore
from .filters import EventFilter
from .ingest import IngestCounts

__all__ = ["DyadPeriod", "DyadSeries", "EventFilter", "EventStore", "IngestCounts"]
