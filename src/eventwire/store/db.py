"""Opening a DuckDB store file and bringing its schema up to date."""

from __future__ import annotations

from pathlib import Path

import duckdb

from ..errors import EventwireError
from .schema import MIGRATIONS, SCHEMA_VERSION


# A sealed connection reads the store and nothing else: no file or URL readers,
# no COPY TO, no ATTACH or extensions; and the lock keeps a query from undoing it.
SEALED_CONFIG = {"enable_external_access": False, "lock_configuration": True}


def connect(path: str | Path, read_only: bool = False, sealed: bool = False) -> duckdb.DuckDBPyConnection:
    """A connection to the store at ``path``, migrated to this version's schema.

    A writable open creates the file if needed and applies missing
    migrations; a read-only open never changes the file and refuses a
    missing store or an outdated schema with a one-line error. A ``sealed``
    open is read-only and can reach nothing but the store (``SEALED_CONFIG``).
    """
    path = Path(path)
    origin = str(path)
    read_only = read_only or sealed
    if read_only and not path.is_file():
        raise EventwireError("E407", origin=origin)
    try:
        connection = duckdb.connect(str(path), read_only=read_only, config=dict(SEALED_CONFIG) if sealed else {})
    except duckdb.IOException as exc:
        code = "E404" if "lock" in str(exc).lower() else "E401"
        raise EventwireError(code, origin=origin, reason=first_line(exc)) from None
    except duckdb.Error as exc:
        raise EventwireError("E401", origin=origin, reason=first_line(exc)) from None
    try:
        _check_or_migrate(connection, origin, read_only)
    except BaseException:
        connection.close()
        raise
    return connection


def store_files(path: str | Path) -> frozenset[Path]:
    """The files DuckDB keeps for the store at ``path``: the database, its WAL, its spill folder."""
    path = Path(path).resolve()
    return frozenset({path, path.with_name(path.name + ".wal"), path.with_name(path.name + ".tmp")})


def first_line(exc: BaseException) -> str:
    return str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__


def schema_version(connection: duckdb.DuckDBPyConnection) -> int:
    """The last migration applied (0 for an empty database)."""
    tables = {row[0] for row in connection.execute("SELECT table_name FROM information_schema.tables").fetchall()}
    if "store_meta" not in tables:
        if tables:
            return -1  # a DuckDB file, but not an eventwire store
        return 0
    row = first_row(connection.execute("SELECT value FROM store_meta WHERE key = 'schema_version'"))
    return int(row[0]) if row else 0


def _check_or_migrate(connection: duckdb.DuckDBPyConnection, origin: str, read_only: bool) -> None:
    found = schema_version(connection)
    if found < 0:
        raise EventwireError("E401", origin=origin, reason="the file is a DuckDB database but not an eventwire store")
    if found > SCHEMA_VERSION:
        raise EventwireError("E405", origin=origin, found=found, known=SCHEMA_VERSION)
    if found == SCHEMA_VERSION:
        return
    if read_only:
        raise EventwireError("E407" if found == 0 else "E406", origin=origin, found=found)
    connection.execute("BEGIN TRANSACTION")
    try:
        for statements in MIGRATIONS[found:]:
            for statement in statements:
                connection.execute(statement)
        set_meta(connection, "schema_version", str(SCHEMA_VERSION))
        connection.execute("COMMIT")
    except BaseException:
        connection.execute("ROLLBACK")
        raise


def set_meta(connection: duckdb.DuckDBPyConnection, key: str, value: str) -> None:
    connection.execute("INSERT OR REPLACE INTO store_meta VALUES (?, ?)", [key, value])


def get_meta(connection: duckdb.DuckDBPyConnection, key: str) -> str | None:
    row = first_row(connection.execute("SELECT value FROM store_meta WHERE key = ?", [key]))
    return row[0] if row else None


def first_row(cursor: duckdb.DuckDBPyConnection) -> tuple | None:
    """The first row of an executed query, consuming the result (DuckDB wants results finished)."""
    rows = cursor.fetchall()
    return rows[0] if rows else None
