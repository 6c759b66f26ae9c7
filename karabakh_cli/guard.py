"""What every connection kcli opens may do, declared once: the schema version this kcli builds and reads,
the limits on a connection, and what SQL run for someone else (a seed, kcli sql, a query in the web view)
may do. The database's opener (db.py), the build and kcli sql all take them from here."""

import sqlite3

# The version of the schema this kcli builds and reads, declared here alone: the build writes it into meta.
SCHEMA_VERSION = "3"

# The largest string or blob any connection kcli opens will hold (SQLite's default is 1,000,000,000):
# zeroblob(999999999) or a 2 GB printf fails at once with "string or blob too big".
LENGTH_LIMIT = 10_000_000

# What reading SQL does, in the actions SQLite's authorizer names, and the functions no SQL kcli runs for
# someone else (a seed, kcli sql, a query in the web view) may call: extensions and files.
READ_ACTIONS = frozenset(
    {sqlite3.SQLITE_SELECT, sqlite3.SQLITE_READ, sqlite3.SQLITE_FUNCTION, sqlite3.SQLITE_RECURSIVE}
)
DENIED_FUNCTIONS = frozenset({"load_extension", "readfile", "writefile", "edit", "fts3_tokenizer"})


def denied_call(action: int, function: str | None, denied: frozenset[str] = DENIED_FUNCTIONS) -> bool:
    """Whether an authorizer request is a call of one of the denied functions (names ignore case)."""
    return action == sqlite3.SQLITE_FUNCTION and (function or "").lower() in denied


# The most memory SQLite may take in a kcli process (a process-wide cap: every connection shares it).
HEAP_LIMIT = 512 * 2**20


def limit(conn: sqlite3.Connection, length: int = LENGTH_LIMIT) -> sqlite3.Connection:
    """Apply the limits every kcli connection has (kcli sql, browse, the build, every command): the length
    cap, no side effects from the schema, and sorts and temporary tables kept in memory under HEAP_LIMIT, so
    no query writes temporary files (a sort wrote 270 MB/s to disk) or meets a full disk."""
    conn.setlimit(sqlite3.SQLITE_LIMIT_LENGTH, length)
    conn.execute("PRAGMA trusted_schema = OFF")
    conn.execute("PRAGMA temp_store = MEMORY")
    conn.execute(f"PRAGMA hard_heap_limit = {HEAP_LIMIT}")  # lowers the cap only: kcli sql's child sets less
    return conn
