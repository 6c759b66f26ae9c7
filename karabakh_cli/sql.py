"""Read-only SQL for power users: only reading is authorised, with a time and a row limit."""

from __future__ import annotations

import math
import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import NamedTuple

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
REFUSED = "kcli sql only reads: writes, ATTACH, PRAGMA, VACUUM and extensions are refused"


class SqlResult(NamedTuple):
    """Columns and rows of a query, and whether rows were cut at the limit."""

    columns: list[str]
    rows: list[tuple]
    truncated: bool


class QueryInterrupted(Exception):
    """The time limit ran out while SQLite was working."""


@contextmanager
def time_limit(conn: sqlite3.Connection, seconds: float) -> Iterator[None]:
    """Stop any statement on conn that runs past seconds (raising QueryInterrupted); let Ctrl-C through."""
    if not math.isfinite(seconds) or seconds <= 0:
        raise UsageError(f"the time limit must be a positive number of seconds, not {seconds}")
    deadline = time.monotonic() + seconds
    interrupted: list[BaseException] = []

    def check() -> int:
        # SQLite calls this every N steps; a non-zero answer stops the statement.
        try:
            return int(time.monotonic() > deadline)
        except KeyboardInterrupt as interrupt:  # Ctrl-C lands here while SQLite works
            interrupted.append(interrupt)
            return 1

    conn.set_progress_handler(check, 10_000)
    try:
        yield
    except sqlite3.OperationalError as error:
        if time.monotonic() > deadline:
            raise QueryInterrupted(f"query stopped after {seconds:g} s (--timeout)") from error
        if interrupted or str(error) == "interrupted":
            # Only the handler interrupts; before the deadline that means Ctrl-C, which may have
            # been raised as the handler was entered and swallowed by sqlite3.
            raise KeyboardInterrupt from None
        raise
    finally:
        conn.set_progress_handler(None, 0)


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
    conn.set_authorizer(_authorize)
    try:
        with time_limit(conn, timeout):
            cursor = conn.execute(sql)
            rows = cursor.fetchmany(max_rows + 1)
    except QueryInterrupted as error:
        raise KcliError(str(error)) from error
    except sqlite3.Warning as error:  # more than one statement
        raise UsageError(f"SQL: {error}") from error
    except sqlite3.DatabaseError as error:
        if "not authorized" in str(error) or "authorization denied" in str(error):
            raise UsageError(REFUSED) from error
        raise UsageError(f"SQL: {error}") from error
    finally:
        conn.set_authorizer(None)
    columns = _unique([column[0] for column in cursor.description or []])
    kept = [tuple(_plain(value) for value in row) for row in rows[:max_rows]]
    return SqlResult(columns=columns, rows=kept, truncated=len(rows) > max_rows)


def _unique(names: list[str]) -> list[str]:
    """Column names as keys: a repeated name gets _2, _3... so no column is lost."""
    seen: dict[str, int] = {}
    unique = []
    for name in names:
        seen[name] = seen.get(name, 0) + 1
        unique.append(name if seen[name] == 1 else f"{name}_{seen[name]}")
    return unique


def _plain(value: object) -> object:
    """A value every output format can carry: BLOBs as hex text, infinities and NaN as text."""
    if isinstance(value, bytes):
        return value.hex()
    if isinstance(value, float) and not math.isfinite(value):
        return str(value)
    return value
