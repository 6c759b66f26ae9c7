"""Find and open kcli's database: --db, then KCLI_DB, then the file shipped in the package."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from karabakh_cli.errors import DatabaseError

SCHEMA_VERSION = "2"
ENV_VAR = "KCLI_DB"


def bundled_path() -> Path:
    """Return the path of the database shipped inside the package."""
    # Beside this module, as importlib.resources would find it for an installed package, without
    # importing importlib.resources (3-8 ms at every start).
    return Path(__file__).with_name("data") / "kcli.db"


def resolve_path(option: str | None) -> Path:
    """Return the database path chosen by --db, KCLI_DB or the bundled default, in that order."""
    chosen = option or os.environ.get(ENV_VAR)
    return Path(chosen).expanduser() if chosen else bundled_path()


def connect(path: Path) -> sqlite3.Connection:
    """Open a kcli database read-only, checking that it is one of this schema version."""
    if not path.exists():
        raise DatabaseError(f"database not found: {path}")
    if not path.is_file():
        raise DatabaseError(f"database path is not a file: {path}")
    if not os.access(path, os.R_OK):
        raise DatabaseError(f"cannot read database {path}: permission denied")
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode={_open_mode(path)}", uri=True)
    conn.row_factory = sqlite3.Row
    try:
        row = conn.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
    except (sqlite3.DatabaseError, UnicodeDecodeError) as error:
        conn.close()
        raise DatabaseError(f"not a kcli database: {path} ({error})") from error
    if row is None or row[0] != SCHEMA_VERSION:
        conn.close()
        found = "none" if row is None else row[0]
        raise DatabaseError(f"{path} has schema version {found}; this kcli reads version {SCHEMA_VERSION}")
    return conn


def _open_mode(path: Path) -> str:
    """How to open a file so that reading it never writes beside it.

    immutable=1 spares SQLite all locking and journal files; it is safe for the shipped file, which
    never changes, and for a WAL-mode file with no -wal file beside it (no writer is at work). A
    rollback-journal file of the user's is opened plain read-only, which creates nothing."""
    if path == bundled_path():
        return "ro&immutable=1"
    with path.open("rb") as file:
        header = file.read(20)
    in_wal_mode = header.startswith(b"SQLite format 3\x00") and header[18:20] == b"\x02\x02"
    if not in_wal_mode:
        return "ro"
    if Path(f"{path}-wal").exists():
        raise DatabaseError(
            f"{path} is in WAL mode with a -wal file beside it, which a reader would have to change;"
            " checkpoint it first: sqlite3 FILE 'PRAGMA wal_checkpoint(TRUNCATE)'"
        )
    return "ro&immutable=1"


def meta(conn: sqlite3.Connection) -> dict[str, str]:
    """Return the meta table: schema and data version, seed hash."""
    return dict(conn.execute("SELECT key, value FROM meta").fetchall())
