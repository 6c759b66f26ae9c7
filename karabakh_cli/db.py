"""Find and open kcli's database: --db, then KCLI_DB, then the file shipped in the package.

A database given with --db or KCLI_DB may come from a stranger, so every file is opened with limits:
a cap on the size of any string or blob, trusted_schema off, a time limit on opening and checking it,
and its schema compared with the bundled database's before any query reads it."""

from __future__ import annotations

import math
import os
import sqlite3
import stat
import time
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from karabakh_cli.errors import DatabaseError, KcliError, UsageError
from karabakh_cli.guard import SCHEMA_VERSION, limit
from karabakh_cli.text import safe

ENV_VAR = "KCLI_DB"

# What commands other than kcli sql read of any one value: their tables are drawn by Rich, which takes about
# a second for a 1 MB cell and minutes for 20 MB. kcli's own values are a few hundred characters.
FIELD_LIMIT = 1_000_000
# Opening and checking a database never takes longer than this, whatever the file holds.
OPEN_TIMEOUT = 5.0


class QueryInterrupted(Exception):
    """The time limit ran out while SQLite was working."""


def bundled_path() -> Path:
    """Return the path of the database shipped inside the package."""
    # Beside this module, as importlib.resources would find it for an installed package, without
    # importing importlib.resources (3-8 ms at every start).
    return Path(__file__).with_name("data") / "kcli.db"


def resolve_path(option: str | None) -> Path:
    """Return the database path chosen by --db, KCLI_DB or the bundled default, in that order.

    --db "" is a usage error; an empty KCLI_DB counts as unset, as shells treat it."""
    if option == "":
        raise UsageError("--db: the path is empty")
    chosen = option or os.environ.get(ENV_VAR)
    if not chosen:
        return bundled_path()
    try:
        return Path(chosen).expanduser()
    except RuntimeError as error:  # ~nosuchuser, or ~ with neither HOME nor a password entry
        raise DatabaseError(f"cannot find the home directory in {chosen!r}: {error}") from error


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
        stopped = getattr(error, "sqlite_errorcode", None) == sqlite3.SQLITE_INTERRUPT or str(error) == "interrupted"
        if stopped and time.monotonic() > deadline:
            raise QueryInterrupted(f"query stopped after {seconds:g} s (--timeout)") from error
        if interrupted or stopped:
            # Only the handler interrupts; before the deadline that means Ctrl-C, which may have
            # been raised as the handler was entered and swallowed by sqlite3.
            raise KeyboardInterrupt from None
        raise
    finally:
        conn.set_progress_handler(None, 0)


def connect(path: Path, timeout: float = OPEN_TIMEOUT) -> sqlite3.Connection:
    """Open a kcli database read-only, with limits, checking its schema within timeout seconds."""
    timeout = min(timeout, OPEN_TIMEOUT)
    shown = safe(str(path), one_line=True)
    bundled = _is_bundled(path)
    try:
        _check_file(path, shown)
        uri = f"{path.resolve().as_uri()}?mode={'ro&immutable=1' if bundled else _open_mode(path, shown)}"
        conn = sqlite3.connect(uri, uri=True, timeout=timeout)
    except OSError as error:
        raise DatabaseError(f"cannot open database {shown}: {_reason(error)}") from error
    except sqlite3.Error as error:
        raise DatabaseError(f"cannot open database {shown}: {error}") from error
    try:
        limit(conn, FIELD_LIMIT)  # kcli sql raises it to LENGTH_LIMIT in its own process
        conn.row_factory = sqlite3.Row
        with time_limit(conn, timeout):
            if not bundled:
                conn.execute("PRAGMA cell_size_check = ON")
                problem = schema_problem(conn)
                if problem:
                    raise DatabaseError(f"not a kcli database: {shown} ({problem})")
            row = conn.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
    except KcliError:
        conn.close()
        raise
    except QueryInterrupted as error:
        conn.close()
        raise DatabaseError(f"opening {shown} took longer than {timeout:g} s; is it a kcli database?") from error
    except (sqlite3.Error, UnicodeDecodeError) as error:
        conn.close()
        raise DatabaseError(_open_error(error, shown, timeout)) from error
    except BaseException:
        conn.close()
        raise
    found = None if row is None else row[0]
    if found != SCHEMA_VERSION:
        conn.close()
        raise DatabaseError(
            f"{shown} has schema version {safe(str(found or 'none'), one_line=True)};"
            f" this kcli reads version {SCHEMA_VERSION}"
        )
    return conn


def _is_bundled(path: Path) -> bool:
    try:
        return path == bundled_path() or path.resolve() == bundled_path().resolve()
    except (OSError, RuntimeError):
        return False


def _check_file(path: Path, shown: str) -> None:
    """A regular file that can be read; raises DatabaseError naming the problem otherwise."""
    try:
        info = path.stat()
    except FileNotFoundError as error:
        raise DatabaseError(f"database not found: {shown}") from error
    if not stat.S_ISREG(info.st_mode):
        raise DatabaseError(f"database path is not a file: {shown}")
    if not os.access(path, os.R_OK):
        raise DatabaseError(f"cannot read database {shown}: permission denied")


def _reason(error: OSError) -> str:
    return error.strerror or str(error)


def _open_error(error: Exception, shown: str, timeout: float) -> str:
    """One line for an error met while opening: locked and hot-journal files are named as such."""
    name = getattr(error, "sqlite_errorname", "") or ""
    if name.startswith("SQLITE_BUSY") or name.startswith("SQLITE_LOCKED"):
        return f"database {shown} is locked by another program (waited {timeout:g} s); try again when it is done"
    if name == "SQLITE_READONLY_ROLLBACK":
        return (
            f"database {shown} has a hot journal (a writer stopped mid-change); open it once with sqlite3 to"
            " recover it: sqlite3 FILE 'PRAGMA quick_check'"
        )
    if isinstance(error, UnicodeDecodeError):
        return f"not a kcli database: {shown} (text that is not UTF-8: {error.reason})"
    return f"not a kcli database: {shown} ({error})"


def _open_mode(path: Path, shown: str) -> str:
    """How to open a file so that reading it never writes beside it.

    immutable=1 spares SQLite all locking and journal files; it is safe for the shipped file, which
    never changes, and for a WAL-mode file with no -wal file beside it (no writer is at work). A
    rollback-journal file of the user's is opened plain read-only, which creates nothing."""
    with path.open("rb") as file:
        header = file.read(20)
    in_wal_mode = header.startswith(b"SQLite format 3\x00") and header[18:20] == b"\x02\x02"
    if not in_wal_mode:
        return "ro"
    if Path(f"{path}-wal").exists():
        raise DatabaseError(
            f"{shown} is in WAL mode with a -wal file beside it, which a reader would have to change;"
            " checkpoint it first: sqlite3 FILE 'PRAGMA wal_checkpoint(TRUNCATE)'"
        )
    return "ro&immutable=1"


def schema_signature(conn: sqlite3.Connection, names: Iterable[str] | None = None) -> dict[str, tuple]:
    """Each table's kind, strictness and columns (name, declared type, not null, primary key, hidden), for
    the tables and views called names (all of them when None).

    Virtual tables are described by their CREATE statement, since the module and its options matter."""
    parameters = sorted(names or ())
    wanted = "" if names is None else f"AND name IN ({', '.join('?' * len(parameters))})"
    tables = conn.execute(
        "SELECT name, type, coalesce(sql, '') FROM sqlite_schema"
        f" WHERE type IN ('table', 'view') {wanted} ORDER BY name",
        parameters,
    ).fetchall()
    listed = conn.execute(f"SELECT name, strict FROM pragma_table_list WHERE schema = 'main' {wanted}", parameters)
    strict = {row[0]: row[1] for row in listed}
    signature: dict[str, tuple] = {}
    for name, kind, sql in tables:
        if kind == "table" and sql.upper().startswith("CREATE VIRTUAL TABLE"):
            signature[name] = ("virtual", " ".join(sql.split()))
            continue
        columns = tuple(
            tuple(row)
            for row in conn.execute(
                'SELECT name, type, "notnull", pk, hidden FROM pragma_table_xinfo(?) ORDER BY cid', (name,)
            )
        )
        signature[name] = (kind, strict.get(name, 0), columns)
    return signature


_reference: dict[str, tuple] | None = None


def reference_signature() -> dict[str, tuple] | None:
    """The bundled database's schema, which every other database must match; in a checkout without the
    built file, the schema of the checkout's seed built just now; None when there is neither."""
    global _reference
    if _reference is None and bundled_path().is_file():
        conn = sqlite3.connect(f"{bundled_path().resolve().as_uri()}?mode=ro&immutable=1", uri=True)
        try:
            _reference = schema_signature(conn)
        finally:
            conn.close()
    if _reference is None:
        _reference = _seed_signature()
    return _reference


def _seed_signature() -> dict[str, tuple] | None:
    """The schema db/seed.sql builds, for a checkout whose package has no built database (about half a
    second, once per process): without it, a stranger's file would only be checked for a meta table."""
    import tempfile

    seed = Path(__file__).resolve().parent.parent / "db" / "seed.sql"
    if not seed.is_file():
        return None
    from karabakh_cli.build import build_database  # only a checkout without the built file needs it

    with tempfile.TemporaryDirectory(prefix="kcli-reference-") as directory:
        path = Path(directory) / "kcli.db"
        try:
            build_database(seed, path)
        except KcliError:
            return None
        conn = sqlite3.connect(path)
        try:
            return schema_signature(conn)
        finally:
            conn.close()


def schema_problem(conn: sqlite3.Connection) -> str | None:
    """Why conn's schema is not kcli's, or None: every table kcli reads must be a table (never a view),
    as STRICT as kcli builds it, with the same columns and types; other tables and views are ignored."""
    reference = reference_signature()
    if reference is None:  # neither a built file nor a seed to build one from
        return "kcli has no schema to compare it with (no built database and no db/seed.sql)"
    found = schema_signature(conn, reference)  # only kcli's names: a file may hold a million others
    for name, expected in reference.items():
        actual = found.get(name)
        if actual is None:
            return f"no table {name}"
        if actual[0] != expected[0]:
            return f"{name} is a {actual[0]}, not a {expected[0]}"
        if len(expected) > 1 and actual != expected:
            return f"table {name} does not have kcli's columns and types"
    return None


# The most meta rows kcli reads (kcli's own database has five): a stranger's million took 1.2 GB.
META_LIMIT = 100


def meta(conn: sqlite3.Connection, keys: Sequence[str] = ()) -> dict[str, str]:
    """Return the meta table (schema and data version, seed hash): the rows named by keys, or the first
    META_LIMIT rows by key (the primary key's index finds them without reading the rest)."""
    if keys:
        marks = ", ".join("?" * len(keys))
        return dict(conn.execute(f"SELECT key, value FROM meta WHERE key IN ({marks})", list(keys)).fetchall())
    return dict(conn.execute("SELECT key, value FROM meta ORDER BY key LIMIT ?", (META_LIMIT,)).fetchall())
