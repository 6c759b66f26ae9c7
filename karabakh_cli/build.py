"""Compile db/seed.sql into the SQLite file kcli reads. Used by the wheel's build hook and `kcli db build`."""

import contextlib
import hashlib
import math
import os
import signal
import sqlite3
import stat
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from karabakh_cli.checks import check_database, content_hash, sources_directory
from karabakh_cli.dates import day_number, sort_day, span
from karabakh_cli.errors import BuildError, UsageError
from karabakh_cli.guard import READ_ACTIONS, SCHEMA_VERSION, denied_call, limit
from karabakh_cli.kinds import KINDS, RecordKind, date_columns
from karabakh_cli.text import fold, safe

# Bounds on any build, whatever the seed holds (the project's seed: 1.7 MB, a 2.6 MB database, under a
# second): a seed is a regular file of at most SEED_LIMIT bytes, the database it makes at most
# OUTPUT_LIMIT bytes, and a build stops after BUILD_TIMEOUT seconds (db build --timeout).
SEED_LIMIT = 64 * 2**20
OUTPUT_LIMIT = 512 * 2**20
BUILD_TIMEOUT = 300.0
_too_large = f"it is larger than {SEED_LIMIT // 2**20} MB, the most a seed may be"


def build_database(seed: Path, output: Path, timeout: float = BUILD_TIMEOUT) -> None:
    """Build the database from seed into output; output is replaced only by a complete, checked file.

    output must be a regular file or not exist (never a symbolic link); an existing file keeps its
    permission bits. The build stops with BuildError after timeout seconds or past OUTPUT_LIMIT bytes."""
    if not math.isfinite(timeout) or timeout <= 0:
        raise UsageError(f"--timeout must be a positive number of seconds, not {timeout}")
    text = _read_seed(seed)
    try:
        output, mode = _output(seed, output)
        _remove_abandoned_builds(output)
        temporary = output.with_name(f".{output.name}.{os.getpid()}.building")
        temporary.unlink(missing_ok=True)
        _create_file(temporary)
    except OSError as error:
        raise BuildError(f"cannot write {output}: {error.strerror or error}") from error
    stop = _Stop(timeout)
    try:
        with _interrupted_by_signals(stop):
            conn = _create(temporary)
            conn.set_progress_handler(stop.progress, 1_000)
            try:
                with _watchdog(seed, temporary, timeout):
                    _compile(conn, seed, text)
            except (sqlite3.Error, BuildError) as error:  # "interrupted": the progress handler stopped it
                stop.raise_if_stopped(seed)
                _raise_if_full(error, output)
                raise
            finally:
                conn.close()
            stop.raise_if_stopped(seed)
            try:
                if mode is not None:
                    os.chmod(temporary, mode)
                os.replace(temporary, output)
            except OSError as error:
                raise BuildError(f"cannot write {output}: {error.strerror or error}") from error
    finally:
        for leftover in (temporary, Path(f"{temporary}-journal")):
            with contextlib.suppress(OSError):
                leftover.unlink(missing_ok=True)


# One SQL function call (instr() on two long strings) never reaches the progress handler, so a watchdog
# ends such a build this long after its time limit (sqlite3 lets other threads run while SQLite works).
WATCHDOG_GRACE = 2.0


@contextmanager
def _watchdog(seed: Path, temporary: Path, timeout: float) -> Iterator[None]:
    """End the process with one line and no temporary file left if the block outlives timeout."""

    def abandon() -> None:
        for leftover in (temporary, Path(f"{temporary}-journal")):
            with contextlib.suppress(OSError):
                leftover.unlink(missing_ok=True)
        line = safe(f"kcli: error: {seed}: the build stopped after {timeout:g} s (--timeout)", one_line=True)
        with contextlib.suppress(OSError):
            os.write(2, line.encode("utf-8", "backslashreplace") + b"\n")
        os._exit(1)

    timer = threading.Timer(timeout + WATCHDOG_GRACE, abandon)
    timer.daemon = True
    timer.start()
    try:
        yield
    finally:
        timer.cancel()


def _output(seed: Path, output: Path) -> tuple[Path, int | None]:
    """The output's absolute path and, if it exists, its permission bits; BuildError if it cannot be one.

    Only the directory is resolved: the last component stays as named, and a symbolic link there is
    refused, so the build never replaces a file a link points at (os.replace onto the unresolved name
    replaces a link that appears later, never its target)."""
    # OSError when the working directory is gone: the caller reports it.
    output = Path(os.path.abspath(output))
    output = output.parent.resolve() / output.name
    if output.name in ("", ".", ".."):
        raise BuildError(f"cannot write {output}: it is a directory, not a regular file")
    if not output.parent.is_dir():
        raise BuildError(f"cannot write {output}: directory {output.parent} does not exist")
    try:
        info = output.lstat()
    except FileNotFoundError:
        return output, None
    if stat.S_ISLNK(info.st_mode):
        raise BuildError(
            f"cannot write {output}: it is a symbolic link, which is not a regular file (kcli never writes"
            " through a link; name the file itself)"
        )
    if not stat.S_ISREG(info.st_mode):
        raise BuildError(f"cannot write {output}: it exists and is not a regular file")
    if _same_file(output, seed):
        raise BuildError(f"--output {output} is the seed itself; choose another file")
    return output, stat.S_IMODE(info.st_mode)


def _same_file(output: Path, seed: Path) -> bool:
    try:
        return os.path.samefile(output, seed)
    except OSError:
        return False


def _create_file(path: Path) -> None:
    """Create the empty temporary file kcli builds in, never through a link planted under its name."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0)
    os.close(os.open(path, flags, 0o644))


def _create(path: Path) -> sqlite3.Connection:
    try:
        conn = sqlite3.connect(path, isolation_level=None)
        # The journal stays in memory (the temporary file is thrown away on any failure, so it needs no
        # rollback), and the file may not grow past OUTPUT_LIMIT: a seed cannot fill the disk.
        conn.execute("PRAGMA journal_mode = MEMORY")
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
        conn.execute(f"PRAGMA max_page_count = {OUTPUT_LIMIT // page_size}")
    except sqlite3.Error as error:
        raise BuildError(f"cannot write {path.parent}: {error}") from error
    return limit(conn)


def _raise_if_full(error: Exception, output: Path) -> None:
    """Name a full database for what it is: the size limit reached, or the disk full. (SQLite rolls the
    statement back, so the page count no longer shows how far it got; the room left on the disk does.)"""
    cause = error.__cause__ if isinstance(error, BuildError) else error
    if getattr(cause, "sqlite_errorcode", None) != sqlite3.SQLITE_FULL:
        return
    try:
        disk = os.statvfs(output.parent)
        room = disk.f_bavail * disk.f_frsize
    except (OSError, AttributeError):
        room = 0
    if room > OUTPUT_LIMIT:
        raise BuildError(
            f"cannot write {output}: the database would pass {OUTPUT_LIMIT // 2**20} MB, the most a build may write"
        ) from error
    raise BuildError(f"cannot write {output}: the disk is full") from error


class _Stop:
    """Which signal asked the build to stop. SQLite calls progress() every 1,000 steps, so a long statement
    ends promptly: a Python signal handler alone would wait until the statement finished."""

    def __init__(self, timeout: float = BUILD_TIMEOUT) -> None:
        self.signum: int | None = None
        self.timeout = timeout
        self.deadline = time.monotonic() + timeout
        self.late = False

    def progress(self) -> int:
        try:
            self.late = self.late or time.monotonic() > self.deadline
            return int(self.signum is not None or self.late)
        except KeyboardInterrupt:  # Ctrl-C lands here while SQLite works; sqlite3 would swallow it
            self.signum = signal.SIGINT
            return 1

    def raise_if_stopped(self, seed: Path) -> None:
        if self.signum == signal.SIGINT:
            raise KeyboardInterrupt
        if self.signum is not None:
            raise SystemExit(128 + self.signum)
        if self.late or time.monotonic() > self.deadline:
            raise BuildError(f"{seed}: the build stopped after {self.timeout:g} s (--timeout)")


@contextmanager
def _interrupted_by_signals(stop: _Stop) -> Iterator[None]:
    """Let SIGTERM unwind like Ctrl-C, so a stopped build removes its temporary file; both also set
    stop.signum, which the progress handler reads while SQLite is at work (sqlite3 swallows an exception
    raised inside the handler, so the flag, not the exception, is what stops a long statement)."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def on_signal(signum: int, _frame: object) -> None:
        stop.signum = signum
        if signum == signal.SIGINT:
            raise KeyboardInterrupt
        raise SystemExit(128 + signum)

    previous = {signum: signal.signal(signum, on_signal) for signum in (signal.SIGTERM, signal.SIGINT)}
    try:
        yield
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)


def _remove_abandoned_builds(output: Path) -> None:
    """Delete temporary files left beside output by builds that were killed before they finished."""
    for leftover in output.parent.glob(f".{output.name}.*.building*"):
        pid = leftover.name[len(output.name) + 2 :].split(".building", 1)[0]
        if pid.isdigit() and not _process_alive(int(pid)):
            leftover.unlink(missing_ok=True)


def _process_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # alive, but someone else's
        return True
    return True


def _read_seed(seed: Path) -> str:
    """The seed's text: a regular file of at most SEED_LIMIT bytes. Anything else is refused before a byte
    is read: /dev/zero never ends, and a FIFO no one writes would block (it is opened without waiting)."""
    try:
        descriptor = os.open(seed, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    except OSError as error:
        raise BuildError(f"cannot read seed {seed}: {error.strerror or error}") from error
    try:
        info = os.fstat(descriptor)
        if not stat.S_ISREG(info.st_mode):
            raise BuildError(f"cannot read seed {seed}: not a regular file")
        if info.st_size > SEED_LIMIT:
            raise BuildError(f"cannot read seed {seed}: {_too_large}")
        with os.fdopen(descriptor, "rb", closefd=False) as file:
            data = file.read(SEED_LIMIT + 1)
    except OSError as error:
        raise BuildError(f"cannot read seed {seed}: {error.strerror or error}") from error
    finally:
        os.close(descriptor)
    if len(data) > SEED_LIMIT:
        raise BuildError(f"cannot read seed {seed}: {_too_large}")
    try:
        # Newlines as text mode reads them, so the seed's hash is the same whichever way it is read.
        return data.decode("utf-8").replace("\r\n", "\n").replace("\r", "\n")
    except UnicodeDecodeError as error:
        raise BuildError(f"cannot read seed {seed}: {error}") from error


def _stamp_schema_version(conn: sqlite3.Connection, seed: Path) -> None:
    """The schema version is declared once, guard.SCHEMA_VERSION, and the build writes it; a seed that names
    another version is refused (it was written for another kcli)."""
    row = conn.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
    if row is None:
        conn.execute("INSERT INTO meta VALUES ('schema_version', ?)", (SCHEMA_VERSION,))
    elif row[0] != SCHEMA_VERSION:
        raise BuildError(f"{seed}: the seed is of schema version {row[0]}; this kcli builds version {SCHEMA_VERSION}")


def _compile(conn: sqlite3.Connection, seed: Path, text: str) -> None:
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("BEGIN")
    for line_number, statement in split_statements(text):
        conn.set_authorizer(_authorize_seed)
        try:
            conn.execute(statement)
        except sqlite3.Error as error:
            if "not authorized" in str(error):
                error = sqlite3.DatabaseError(SEED_REFUSED)
            snippet = " ".join(statement.split())[:120]
            raise BuildError(f"{seed}:{line_number}: {error} in: {snippet}") from error
        finally:
            conn.set_authorizer(None)
    _add_derived_tables(conn)
    _stamp_schema_version(conn, seed)
    # How far the sources reach: an answer about a later date may be out of date (options.database says so).
    conn.execute(
        "INSERT OR REPLACE INTO meta SELECT 'newest_source', max(published) FROM sources"
        " HAVING max(published) IS NOT NULL"
    )
    conn.execute("INSERT INTO meta VALUES ('seed_sha256', ?)", (hashlib.sha256(text.encode()).hexdigest(),))
    conn.execute("INSERT INTO meta VALUES ('content_sha256', ?)", (content_hash(conn),))
    _add_search_index(conn)
    conn.execute("COMMIT")
    problems = check_database(conn, sources_directory(seed))
    if problems:
        raise BuildError(f"{seed}: {len(problems)} problem(s) found: {'; '.join(problems)}")
    conn.execute("VACUUM")


# What a seed may do: create tables and indexes in the new database and fill them, reading them as it
# goes. No ATTACH (which VACUUM INTO also needs), no other schema, no views or triggers, no temp objects.
_SEED_ACTIONS = READ_ACTIONS | {
    sqlite3.SQLITE_CREATE_TABLE,
    sqlite3.SQLITE_CREATE_INDEX,
    sqlite3.SQLITE_REINDEX,  # CREATE INDEX asks for it as it fills the new index
    sqlite3.SQLITE_INSERT,
    sqlite3.SQLITE_UPDATE,
    sqlite3.SQLITE_DELETE,
}
SEED_REFUSED = "a seed may only create and fill its own tables (no ATTACH, VACUUM, views, triggers or extensions)"


def _authorize_seed(action: int, arg1: str | None, arg2: str | None, database: str | None, _trigger: object) -> int:
    if action not in _SEED_ACTIONS or database not in (None, "main") or denied_call(action, arg2):
        return sqlite3.SQLITE_DENY
    # Writes to sqlite_schema are CREATE's own: SQLite refuses them from SQL while writable_schema is off,
    # and PRAGMA is refused here.
    return sqlite3.SQLITE_OK


def split_statements(text: str) -> Iterator[tuple[int, str]]:
    """Yield (first line number, statement) for each complete SQL statement in text."""
    buffer: list[str] = []
    start = 1
    for number, line in enumerate(text.splitlines(keepends=True), start=1):
        if not buffer:
            if not line.strip() or line.lstrip().startswith("--"):
                continue
            start = number
        buffer.append(line)
        statement = "".join(buffer)
        if sqlite3.complete_statement(statement):
            buffer = []
            if not statement.lstrip().upper().startswith("PRAGMA"):
                yield start, statement
    if buffer and "".join(buffer).strip():
        raise BuildError(f"line {start}: statement is not terminated with ';'")


def _add_derived_tables(conn: sqlite3.Connection) -> None:
    """Tables and columns computed from the seed's rows: date spans, name lookup keys, the span index."""
    for kind in KINDS:
        if kind.dated:
            _add_spans(conn, kind)
    conn.execute(
        "CREATE TABLE actor_names (key TEXT NOT NULL, actor_id TEXT NOT NULL REFERENCES actors (id),"
        " label TEXT NOT NULL, field TEXT NOT NULL CHECK (field IN ('id', 'name', 'alias'))) STRICT"
    )
    rows = conn.execute(
        "SELECT id, id, 'id' FROM actors UNION ALL SELECT name, id, 'name' FROM actors"
        " UNION ALL SELECT alias, actor_id, 'alias' FROM aliases ORDER BY 2, 3, 1"
    ).fetchall()
    conn.executemany(
        "INSERT INTO actor_names VALUES (?, ?, ?, ?)",
        [(fold(label), actor_id, label, field) for label, actor_id, field in rows],
    )
    conn.execute("CREATE INDEX actor_names_key ON actor_names (key)")
    _add_event_spans(conn)


def _add_spans(conn: sqlite3.Connection, kind: RecordKind) -> None:
    """span_start and span_end: the first and last day a record may cover (dates.span), so window
    queries compare plain strings; sort_day: where it sorts in date order (dates.sort_day)."""
    for column in ("span_start", "span_end", "sort_day"):
        conn.execute(f"ALTER TABLE {kind.table} ADD COLUMN {column} TEXT")
    spans = []
    for rowid, date, end_date in conn.execute(f"SELECT rowid, {date_columns(kind)} FROM {kind.table} ORDER BY rowid"):
        try:
            spans.append((*span(date, end_date, kind.open_ended), sort_day(date), rowid))
        except (TypeError, ValueError):  # an impossible date: the checks that follow name it
            continue
    conn.executemany(f"UPDATE {kind.table} SET span_start = ?, span_end = ?, sort_day = ? WHERE rowid = ?", spans)
    for columns in kind.indexes:
        name = f"{kind.table}_{'_'.join(part.strip() for part in columns.split(','))}"
        conn.execute(f"CREATE INDEX {name} ON {kind.table} ({columns})")


def _add_event_spans(conn: sqlite3.Connection) -> None:
    """An R*Tree of each event's first and last day (as day numbers), so a date window finds its
    events without reading every event before it, however many there are."""
    conn.execute("CREATE VIRTUAL TABLE event_spans USING rtree_i32(id, first_day, last_day)")
    rows = conn.execute("SELECT rowid, span_start, span_end FROM events WHERE span_start IS NOT NULL ORDER BY rowid")
    conn.executemany(
        "INSERT INTO event_spans VALUES (?, ?, ?)",
        [(rowid, day_number(start), day_number(end)) for rowid, start, end in rows],
    )


def _add_search_index(conn: sqlite3.Connection) -> None:
    """One table of every searchable record, with an FTS5 index over it (built by sqlite-utils)."""
    import sqlite_utils  # only the build needs it, and it is slow to import

    conn.execute(
        "CREATE TABLE search_records (type TEXT NOT NULL, record_id TEXT NOT NULL, title TEXT NOT NULL,"
        " names TEXT NOT NULL, body TEXT NOT NULL, PRIMARY KEY (type, record_id)) STRICT"
    )
    for kind in KINDS:
        if kind.search_sql is None:
            continue
        # The id's words count as names: "2023-09-28-nkr-dissolution-decree" is found by "dissolution".
        rows = [
            (kind.name, id_, title, f"{names} {id_}".strip(), body)
            for id_, title, names, body in conn.execute(kind.search_sql)
        ]
        conn.executemany("INSERT INTO search_records VALUES (?, ?, ?, ?, ?)", rows)
    sqlite_utils.Database(conn).table("search_records").enable_fts(
        ["title", "names", "body"], tokenize="unicode61 remove_diacritics 2"
    )


def main(argv: list[str]) -> int:
    """python -m karabakh_cli.build SEED OUTPUT"""
    if len(argv) != 2:
        print("usage: python -m karabakh_cli.build SEED OUTPUT", file=sys.stderr)
        return 2
    try:
        build_database(Path(argv[0]), Path(argv[1]))
    except BuildError as error:
        print(f"Error: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
