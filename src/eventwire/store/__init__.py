"""Event store: DuckDB."""
