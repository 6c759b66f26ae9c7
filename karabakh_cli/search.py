"""Full-text search over actors, events, positions, relations and errata (SQLite FTS5)."""

from __future__ import annotations

import sqlite3

from karabakh_cli.db import QueryInterrupted, time_limit
from karabakh_cli.errors import KcliError, UsageError
from karabakh_cli.models import SearchHit

# Marks around matched terms in snippets; chosen because the data does not use them.
HIGHLIGHT = ("«", "»")


# More words than this make no better search, only a slower one.
MAX_WORDS = 32
# A search is a lookup: it should never take long, whatever was typed.
TIME_LIMIT = 5.0


def fts_query(text: str) -> str:
    """Turn any user text into a safe FTS5 query: each word a quoted string, ANDed; 'word*' is a prefix.

    Repeated words are dropped (they change nothing but cost time), and so are words past MAX_WORDS."""
    terms: list[str] = []
    for word in dict.fromkeys(text.replace("\x00", " ").split()):
        prefix = word.endswith("*") and word.strip("*") != ""
        body = word.rstrip("*") if prefix else word
        # An FTS5 string is taken literally once its double quotes are doubled.
        terms.append('"' + body.replace('"', '""') + '"' + ("*" if prefix else ""))
        if len(terms) == MAX_WORDS:
            break
    if not terms:
        raise UsageError("search needs at least one word")
    return " ".join(terms)


def search(conn: sqlite3.Connection, text: str, limit: int = 20) -> list[SearchHit]:
    """Return the best matches for text, most relevant first."""
    if limit < 1:
        raise UsageError("--limit must be at least 1")
    sql = (
        "SELECT r.type, r.record_id, r.title,"
        " snippet(search_records_fts, -1, ?, ?, '…', 16) AS snippet, search_records_fts.rank AS rank"
        " FROM search_records_fts JOIN search_records r ON r.rowid = search_records_fts.rowid"
        " WHERE search_records_fts MATCH ? ORDER BY search_records_fts.rank, r.type, r.record_id LIMIT ?"
    )
    try:
        with time_limit(conn, TIME_LIMIT):
            rows = conn.execute(sql, (*HIGHLIGHT, fts_query(text), limit)).fetchall()
    except QueryInterrupted as error:
        raise KcliError(f"search stopped after {TIME_LIMIT:g} s; try fewer or longer words") from error
    return [
        SearchHit(type=r["type"], id=r["record_id"], title=r["title"], snippet=r["snippet"], rank=round(r["rank"], 4))
        for r in rows
    ]
