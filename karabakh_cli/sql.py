"""Read-only SQL for power users: only reading is authorised, and limits hold whatever the query does.

A query runs in a child process (forked, so it costs about a millisecond) with its own memory and CPU
limits, and is killed when --timeout runs out: SQLite's progress handler alone cannot stop a single long
function call such as instr() on two huge strings. Rows come back through a pipe as they are found,
at most max_rows of them and at most RESULT_LIMIT bytes, so neither process ever holds more."""

from __future__ import annotations

import contextlib
import marshal
import math
import os
import select
import signal
import sqlite3
import struct
import sys
import time
from collections.abc import Callable, Iterable, Iterator

from karabakh_cli.db import QueryInterrupted, time_limit
from karabakh_cli.errors import KcliError, UsageError
from karabakh_cli.guard import LENGTH_LIMIT, READ_ACTIONS, denied_call, limit
from karabakh_cli.models import SqlResult
from karabakh_cli.text import safe

__all__ = ["REFUSED", "QueryInterrupted", "SqlResult", "run_sql", "table_view", "time_limit", "unique_names"]

# What a query may do: read tables, call functions, recurse. Everything else (writes, ATTACH,
# PRAGMA, load_extension via SQL) is denied by SQLite's authorizer before it runs.
REFUSED = "kcli sql only reads: writes, ATTACH, PRAGMA, VACUUM and extensions are refused"

# Memory the query's process may take beyond what kcli had when it started the query.
MEMORY_LIMIT = 256 * 2**20
# The most a result may cost kcli (values as text, BLOBs as hex, each value counted with VALUE_COST); more
# rows are cut with a note. Rows times columns is what costs: 10,000 rows of 1,000 small numbers carry 80 MB
# as text but took the parent 4 GB as Python objects, so every value counts its objects too.
RESULT_LIMIT = 64 * 2**20
# What one value costs the parent beyond its text: its object, its slot in the row's tuple and dict, its JSON.
VALUE_COST = 96
# Rows travel in batches of about this many bytes.
_BATCH_BYTES = 256 * 2**10
# SQLite result codes (the low byte of an extended code) that mean the data or a limit, not the SQL.
_DATA_ERRORS = {
    sqlite3.SQLITE_BUSY,
    sqlite3.SQLITE_LOCKED,
    sqlite3.SQLITE_IOERR,
    sqlite3.SQLITE_CORRUPT,
    sqlite3.SQLITE_CANTOPEN,
    sqlite3.SQLITE_NOTADB,
    sqlite3.SQLITE_READONLY,
    sqlite3.SQLITE_PROTOCOL,
}


def run_sql(conn: sqlite3.Connection, sql: str, timeout: float = 5.0, max_rows: int = 10_000) -> SqlResult:
    """Run one read-only statement in a child process, stopping it after timeout seconds and keeping
    at most max_rows rows (any positive number; the result is cut at RESULT_LIMIT bytes in any case)."""
    if not sql.strip():
        raise UsageError("no SQL given")
    if "\x00" in sql:
        raise UsageError("SQL must not contain a NUL character")
    if not math.isfinite(timeout) or timeout <= 0:
        raise UsageError(f"the time limit must be a positive number of seconds, not {timeout}")
    if max_rows < 1:
        raise UsageError(f"--max-rows must be at least 1, not {max_rows}")
    if not hasattr(os, "fork"):
        return _run_here(conn, sql, timeout, max_rows)
    read_end, write_end = os.pipe()
    # Whatever the caller wrote so far must not be written a second time by the child.
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(OSError, ValueError, AttributeError):
            stream.flush()
    parent = os.getpid()
    pid = os.fork()
    if pid == 0:  # the child: run the query, send what it finds, and end without any cleanup of the parent's
        os.close(read_end)
        code = 0
        try:
            _child(conn, sql, timeout, max_rows, write_end, parent)
        except BaseException:
            code = 70
        os._exit(code)
    os.close(write_end)
    try:
        return _collect(read_end, pid, timeout, max_rows)
    finally:
        os.close(read_end)
        _reap(pid)


# --- the child -------------------------------------------------------------------------------------


def _child(conn: sqlite3.Connection, sql: str, timeout: float, max_rows: int, out: int, parent: int) -> None:
    # Ctrl-C reaches the whole process group: the parent handles it and kills the child.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    _die_with_parent()
    if os.getppid() != parent:  # kcli ended before the request above took effect
        return
    _limit_resources(timeout)
    _query(conn, sql, timeout, max_rows, lambda message: _send(out, message))


def _query(conn: sqlite3.Connection, sql: str, timeout: float, max_rows: int, send: Callable[[tuple], None]) -> None:
    """Run the query and send its messages: columns, rows in batches, then end (or one error)."""
    try:
        limit(conn)
        conn.execute(f"PRAGMA hard_heap_limit = {MEMORY_LIMIT}")
        conn.execute(f"PRAGMA busy_timeout = {int(min(timeout, 3600) * 1000)}")
        conn.row_factory = None
        _connect_virtual_tables(conn)
        conn.set_authorizer(_authorize)
        cursor = conn.execute(sql)
        names = unique_names([column[0] for column in cursor.description or []])
        send(("columns", names))
        _stream(cursor, max_rows, send)
    except MemoryError:
        send(("error", 1, f"the query needs more than {_mb(MEMORY_LIMIT)} of memory"))
    except sqlite3.Warning as error:  # more than one statement
        send(("error", 2, f"SQL: {error}"))
    except sqlite3.Error as error:
        if (getattr(error, "sqlite_errorcode", None) or 0) & 0xFF == sqlite3.SQLITE_INTERRUPT:
            raise  # only _run_here's progress handler interrupts: time_limit reports it
        send(_sqlite_error(error))
    except Exception as error:  # the parent reports it; the child never prints
        send(("error", 1, f"query failed: {type(error).__name__}: {error}"))


def _stream(cursor: sqlite3.Cursor, max_rows: int, send: Callable[[tuple], None]) -> None:
    batch: list[tuple] = []
    batch_bytes = total = 0
    for sent, row in enumerate(cursor):
        if sent == max_rows:
            send(("rows", batch))
            send(("end", f"only the first {max_rows} rows are shown (--max-rows)"))
            return
        values = tuple(_plain(value) for value in row)
        size = sum(VALUE_COST + len(value) if isinstance(value, str) else VALUE_COST for value in values)
        if total + size > RESULT_LIMIT:
            send(("rows", batch))
            send(("end", f"only the first {sent} rows are shown (the result passed {_mb(RESULT_LIMIT)})"))
            return
        batch.append(values)
        batch_bytes += size
        total += size
        if batch_bytes >= _BATCH_BYTES:
            send(("rows", batch))
            batch, batch_bytes = [], 0
    send(("rows", batch))
    send(("end", ""))


def _sqlite_error(error: sqlite3.Error) -> tuple[str, int, str]:
    message = str(error)
    code = (getattr(error, "sqlite_errorcode", None) or 0) & 0xFF
    if "not authorized" in message or "authorization denied" in message or code == sqlite3.SQLITE_AUTH:
        return ("error", 2, REFUSED)
    if code == sqlite3.SQLITE_TOOBIG:
        return ("error", 1, f"a value would be larger than the {_mb(LENGTH_LIMIT)} limit ({message})")
    if code == sqlite3.SQLITE_NOMEM:
        return ("error", 1, f"the query needs more than {_mb(MEMORY_LIMIT)} of memory ({message})")
    if code == sqlite3.SQLITE_FULL:  # a resource ran out, not the user's SQL
        return ("error", 1, f"the query ran out of room for its temporary data ({message})")
    if code in _DATA_ERRORS:
        return ("error", 1, f"database error: {message}")
    if message.startswith("Could not decode to UTF-8"):
        return ("error", 1, "database error: text that is not UTF-8; is the file damaged?")
    return ("error", 2, f"SQL: {message}")


def _die_with_parent() -> None:
    """Ask Linux to kill this process when kcli ends, however it ends (PR_SET_PDEATHSIG)."""
    if not sys.platform.startswith("linux"):
        return
    try:
        import ctypes

        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)
    except (OSError, AttributeError):
        pass


def _limit_resources(timeout: float) -> None:
    """Memory: what the process has now plus MEMORY_LIMIT. CPU: the time limit and a second (the
    parent kills the child at the deadline anyway; this holds even if the parent cannot)."""
    import resource

    try:
        with open("/proc/self/statm", "rb") as statm:
            in_use = int(statm.read().split()[0]) * resource.getpagesize()
        resource.setrlimit(resource.RLIMIT_AS, (in_use + MEMORY_LIMIT, in_use + MEMORY_LIMIT))
    except (OSError, ValueError):
        pass
    seconds = math.ceil(timeout) + 1
    if seconds < 2**31:
        with contextlib.suppress(OSError, ValueError):
            resource.setrlimit(resource.RLIMIT_CPU, (seconds, seconds + 1))


def _send(out: int, message: tuple) -> None:
    payload = marshal.dumps(message)
    data = struct.pack("<Q", len(payload)) + payload
    view = memoryview(data)
    while view:
        view = view[os.write(out, view) :]


# --- the parent ------------------------------------------------------------------------------------


def _collect(source: int, pid: int, timeout: float, max_rows: int) -> SqlResult:
    """The child's answer, or KcliError when the deadline passes or the child dies without one."""
    return _result(_messages(source, pid, timeout), max_rows)


def _messages(source: int, pid: int, timeout: float) -> Iterator[tuple]:
    deadline = time.monotonic() + timeout
    pending = bytearray()
    while True:
        message, pending = _next_message(pending)
        if message is not None:
            yield message
            continue
        remaining = deadline - time.monotonic()
        if remaining <= 0 or not select.select([source], [], [], min(remaining, 60.0))[0]:
            if time.monotonic() >= deadline:
                raise KcliError(f"query stopped after {timeout:g} s (--timeout)")
            continue
        chunk = os.read(source, 1 << 20)
        if not chunk:
            raise KcliError(_why_the_child_ended(pid, timeout))
        pending += chunk


def _run_here(conn: sqlite3.Connection, sql: str, timeout: float, max_rows: int) -> SqlResult:
    """Where there is no fork (Windows): the query in this process, stopped by the progress handler
    only, so one long function call can outlast the time limit there."""
    messages: list[tuple] = []
    try:
        with time_limit(conn, timeout):
            _query(conn, sql, timeout, max_rows, messages.append)
    except QueryInterrupted as error:
        raise KcliError(str(error)) from error
    finally:
        conn.set_authorizer(None)
    return _result(messages, max_rows)


def _result(messages: Iterable[tuple], max_rows: int) -> SqlResult:
    """Put the messages of a query together: columns, rows, and how it ended."""
    columns: list[str] = []
    rows: list[tuple] = []
    for message in messages:
        kind = message[0]
        if kind == "columns":
            columns = list(message[1])
        elif kind == "rows":
            rows.extend(message[1])
            if len(rows) > max_rows:  # never more than asked for, whatever the child sends
                del rows[max_rows:]
        elif kind == "end":
            return SqlResult(columns=columns, rows=rows, truncated=bool(message[1]), note=message[1])
        elif kind == "error":
            error_type = UsageError if message[1] == 2 else KcliError
            raise error_type(message[2])
    raise KcliError("query failed: it ended without an answer")


def _next_message(pending: bytearray) -> tuple[tuple | None, bytearray]:
    if len(pending) < 8:
        return None, pending
    (size,) = struct.unpack_from("<Q", pending)
    if len(pending) < 8 + size:
        return None, pending
    return marshal.loads(bytes(pending[8 : 8 + size])), pending[8 + size :]


def _why_the_child_ended(pid: int, timeout: float) -> str:
    try:
        _, status = os.waitpid(pid, 0)
    except ChildProcessError:
        return "query failed: its process ended without an answer"
    if os.WIFSIGNALED(status) and os.WTERMSIG(status) in (signal.SIGXCPU, signal.SIGKILL):
        return f"query stopped after {timeout:g} s (--timeout)"
    return f"query failed: the query needed more than {_mb(MEMORY_LIMIT)} of memory or ended unexpectedly"


def _reap(pid: int) -> None:
    """Kill the child if it is still at work, and collect it so no zombie is left."""
    with contextlib.suppress(ProcessLookupError):
        os.kill(pid, signal.SIGKILL)
    with contextlib.suppress(ChildProcessError):
        os.waitpid(pid, 0)


# --- shared helpers --------------------------------------------------------------------------------


# Virtual tables a query may read: SQLite's JSON functions and kcli's own (the schema check has compared
# their definitions with kcli's). Connecting one declares its schema and prepares its statements, which the
# authorizer would see as writes ("vtable constructor failed"), so they are connected before it is set.
_VIRTUAL_TABLES = {
    "json_each": "SELECT * FROM json_each('[]')",
    "json_tree": "SELECT * FROM json_tree('[]')",
    "event_spans": "SELECT * FROM event_spans LIMIT 0",
    "search_records_fts": "SELECT * FROM search_records_fts LIMIT 0",
}


def _connect_virtual_tables(conn: sqlite3.Connection) -> None:
    for sql in _VIRTUAL_TABLES.values():
        with contextlib.suppress(sqlite3.Error):  # a table the database lacks: the query will say so
            conn.execute(sql).fetchall()


def _authorize(action: int, arg1: str | None, arg2: str | None, _db: str | None, _trigger: str | None) -> int:
    # FTS5 reads PRAGMA data_version at every MATCH, to see whether its index changed; it only reads.
    if action == sqlite3.SQLITE_PRAGMA and arg1 == "data_version" and arg2 is None:
        return sqlite3.SQLITE_OK
    if action not in READ_ACTIONS or denied_call(action, arg2):
        return sqlite3.SQLITE_DENY
    return sqlite3.SQLITE_OK


def unique_names(names: list[str]) -> list[str]:
    """Column names as keys, none lost: a name keeps its first use, and each later use of it becomes
    name_N with the smallest N >= 2 that no column has (SELECT 1 AS a, 2 AS a, 3 AS a_2 -> a, a_3, a_2)."""
    taken = set(names)
    seen: set[str] = set()
    unique = []
    for name in names:
        if name in seen:
            number = 2
            while f"{name}_{number}" in taken:
                number += 1
            name = f"{name}_{number}"
            taken.add(name)
        seen.add(name)
        unique.append(name)
    return unique


def _plain(value: object) -> object:
    """A value every output format can carry: BLOBs as hex text, infinities and NaN as text."""
    if isinstance(value, bytes):
        return value.hex()
    if isinstance(value, float) and not math.isfinite(value):
        return str(value)
    return value


# Table cells longer than this are cut, with a mark saying how much is left out (JSON and CSV keep all).
CELL_LIMIT = 2_000
# A table shows at most this many cells (rows times columns); Rich takes about 20 s for 100,000.
TABLE_CELL_LIMIT = 20_000


def table_view(result: SqlResult, limit: int = CELL_LIMIT) -> SqlResult:
    """The result as a table on screen shows it: at most TABLE_CELL_LIMIT cells (the rows past them cut,
    with a note), text above limit characters cut and marked (drawing one 10 MB cell takes Rich minutes),
    and column names with control characters shown as escapes."""
    columns = [safe(name, one_line=True) for name in result.columns]
    most = max(1, TABLE_CELL_LIMIT // max(1, len(columns)))
    if len(result.rows) > most:
        note = (
            f"the table shows the first {most:,} of {len(result.rows):,} rows ({TABLE_CELL_LIMIT:,} cells at most);"
            " --format csv or --json prints them all"
        )
        result = result._replace(rows=result.rows[:most], truncated=True, note=note)
    if not any(isinstance(value, str) and len(value) > limit for row in result.rows for value in row):
        return result._replace(columns=columns)
    rows = [
        tuple(
            f"{value[:limit]}… [{len(value) - limit:,} more characters]"
            if isinstance(value, str) and len(value) > limit
            else value
            for value in row
        )
        for row in result.rows
    ]
    return result._replace(columns=columns, rows=rows)


def _mb(size: int) -> str:
    return f"{size / 2**20:g} MB" if size % 2**20 == 0 else f"{size / 1e6:g} MB"
