"""Events written as a folder of Parquet parts: ``part-00000.parquet``, ...

The folder is one dataset with the flat columns of ``formats.ROW_COLUMNS``
(``pandas.read_parquet(folder)``, ``dask.dataframe.read_parquet(folder)``,
DuckDB ``read_parquet('folder/*.parquet')``). Events are written as they
come, ``rows_per_part`` to a file, so a long run never holds them all.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from .errors import EventwireError
from .formats import ROW_COLUMNS, event_row
from .types import Event

ROWS_PER_PART = 100_000
INT_COLUMNS = {"sentence_index", "quad_class", "trigger_start", "trigger_end"}
FLOAT_COLUMNS = {"goldstein", "location_lat", "location_lon", "confidence"}
BOOL_COLUMNS = {"past"}


def event_schema() -> Any:
    import pyarrow as pa

    def column_type(name: str) -> Any:
        if name in INT_COLUMNS:
            return pa.int64()
        if name in FLOAT_COLUMNS:
            return pa.float64()
        return pa.bool_() if name in BOOL_COLUMNS else pa.string()

    return pa.schema([(name, column_type(name)) for name in ROW_COLUMNS])


class ParquetPartWriter:
    """Writes events to ``folder/part-NNNNN.parquet``; the folder must be new or empty."""

    def __init__(self, folder: str | Path, rows_per_part: int = ROWS_PER_PART) -> None:
        self.folder = Path(folder)
        if self.folder.exists() and (not self.folder.is_dir() or any(self.folder.iterdir())):
            raise EventwireError("E606", origin=str(self.folder))
        self.folder.mkdir(parents=True, exist_ok=True)
        self.rows_per_part = rows_per_part
        self.rows: list[dict[str, Any]] = []
        self.parts = 0
        self.schema = event_schema()

    def write(self, event: Event) -> None:
        self.rows.append(event_row(event))
        if len(self.rows) >= self.rows_per_part:
            self._flush()

    def close(self) -> None:
        """Write the last rows; a run without events still leaves one empty part with the columns."""
        if self.rows or not self.parts:
            self._flush()

    def _flush(self) -> None:
        import pyarrow as pa
        import pyarrow.parquet as pq

        table = pa.Table.from_pylist(self.rows, schema=self.schema)
        pq.write_table(table, self.folder / f"part-{self.parts:05d}.parquet")
        self.parts += 1
        self.rows = []
