"""Read-only SQL for power users: only reading is authorised, with a time and a row limit."""

import sqlite3
import time
from dataclasses import dataclass

from karabakh_cli.errors import KcliError, UsageError

# What a query may do: read tables, call functions, recurse. Everything else (writes, ATTACH,
# PRAGMA, load_extension via SQL) is denied by SQLite's authorizer before it runs.
_ALLOWED = {
    sqlite3.SQLITE_SELECT,
    sqlite3.SQLITE_READ,
    sqlite3.SQLITE_FUNCTION,
    sqlite3.SQLITE_RECURSIVE,
}
_DENIED_FUNCTIONS = {"load_extension", "readfile", "writefile", "edit", "fts3_tokenizer"}


@dataclass(frozen=True)
class SqlResult:
    """Columns and rows of a query, and whether rows were cut at the limit."""

    columns: list[str]
    rows: list[tuple]
    truncated: bool


def _authorize(action: int, arg1: str | None, arg2: str | None, _db: str | None, _trigger: str | None) -> int:
    if action not in _ALLOWED:
        return sqlite3.SQLITE_DENY
    if action == sqlite3.SQLITE_FUNCTION and (arg2 or "").lower() in _DENIED_FUNCTIONS:
        return sqlite3.SQLITE_DENY
    return sqlite3.SQLITE_OK


def run_sql(conn: sqlite3.Connection, sql: str, timeout: float = 5.0, max_rows: int = 10_000) -> SqlResult:
    """Run one read-only statement, stopping it after timeout seconds and keeping max_rows rows."""
    if not sql.strip():
        raise UsageError("no SQL given")
    if "\x00" in sql:
        raise UsageError("SQL must not contain a NUL character")
    deadline = time.monotonic() + timeout
    conn.set_authorizer(_authorize)
    # Called every N virtual-machine steps; a non-zero return interrupts the query.
    conn.set_progress_handler(lambda: int(time.monotonic() > deadline), 10_000)
    try:
        cursor = conn.execute(sql)
        rows = cursor.fetchmany(max_rows + 1)
    except sqlite3.Warning as error:  # more than one statement
        raise UsageError(f"SQL: {error}") from error
    except sqlite3.DatabaseError as error:
        if time.monotonic() > deadline:
            raise KcliError(f"query stopped after {timeout:g} s (--timeout)") from error
        if "not authorized" in str(error):
            raise UsageError("kcli sql only reads: writes, ATTACH, PRAGMA and extensions are refused") from error
        raise UsageError(f"SQL: {error}") from error
    finally:
        conn.set_progress_handler(None, 0)
        conn.set_authorizer(None)
    columns = [column[0] for column in cursor.description or []]
    return SqlResult(columns=columns, rows=[tuple(row) for row in rows[:max_rows]], truncated=len(rows) > max_rows)
