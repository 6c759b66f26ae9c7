"""Full-text search over actors, events, positions, relations and errata (SQLite FTS5)."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager

from karabakh_cli.db import QueryInterrupted, time_limit
from karabakh_cli.errors import KcliError, UsageError
from karabakh_cli.kinds import KINDS
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


# Where a hit matched, best first: all its words in the title (an actor's name, an event's title, a
# relation's sentence), in the title and other names (aliases, the words of the id), or only in the text.
FIELDS = ("title", "name", "text")
# bm25 weights of the indexed columns (title, names, body), to order hits alike otherwise.
_WEIGHTS = "10.0, 5.0, 1.0"
# Kinds whose title is the record's own name. The others' titles are made of other records' names (a
# position's "Iraq: Ceasefire", a relation's "Pakistan member of United Nations") or quote a source (an
# erratum), so among title matches they come after these.
OWN_TITLES = tuple(kind.name for kind in KINDS if kind.own_title)
# The order of hits: a title that begins with the first word (the record is named by it: "Pakistan",
# "Washington summit..."), then a title with the words in it, own titles first and the shortest first
# (the words make more of it); then the names, then the text. bm25 alone would not do: it scores a row
# by all its columns, so a long summary buries a short title.
_MATCHES = "search_records_fts.rowid IN (SELECT rowid FROM search_records_fts WHERE search_records_fts MATCH :{})"
_RANKED = f"""
SELECT search_records_fts.rowid AS rowid, r.type, r.record_id, r.title,
  CASE
    WHEN {_MATCHES.format("starts")} THEN 0
    WHEN {_MATCHES.format("title")} THEN 1
    WHEN {_MATCHES.format("names")} THEN 2
    ELSE 3
  END AS place,
  bm25(search_records_fts, {_WEIGHTS}) AS rank
FROM search_records_fts JOIN search_records r ON r.rowid = search_records_fts.rowid
WHERE search_records_fts MATCH :query
ORDER BY place, r.type NOT IN ({", ".join(f"'{kind}'" for kind in OWN_TITLES)}),
  CASE WHEN place < 2 THEN length(r.title) END, rank, r.type, r.record_id
LIMIT :limit"""
_FIELD_OF_PLACE = ("title", "title", "name", "text")


def search(conn: sqlite3.Connection, text: str, limit: int = 20) -> list[SearchHit]:
    """Return the best matches for text (at most limit, 0 for all): matches in a title first, then in a
    name, then in the text; by bm25 rank within each."""
    if limit < 0:
        raise UsageError("--limit must be 0 (all) or more")
    query = fts_query(text)
    terms = {
        "query": query,
        "starts": f"title : (^{query})",
        "title": f"title : ({query})",
        "names": f"{{title names}} : ({query})",
    }
    with _bounded(conn):
        ranked = conn.execute(_RANKED, {**terms, "limit": limit or -1}).fetchall()
        snippets = _snippets(conn, query, [row["rowid"] for row in ranked])
    return [
        SearchHit(
            type=row["type"],
            id=row["record_id"],
            title=row["title"],
            snippet=snippets.get(row["rowid"], ""),
            rank=round(row["rank"], 4),
            field=_FIELD_OF_PLACE[row["place"]],
        )
        for row in ranked
    ]


def count_matches(conn: sqlite3.Connection, text: str) -> int:
    """How many records match text, for a list's "N more" line."""
    with _bounded(conn):
        (count,) = conn.execute(
            "SELECT count(*) FROM search_records_fts WHERE search_records_fts MATCH ?", (fts_query(text),)
        ).fetchone()
    return count


def _snippets(conn: sqlite3.Connection, query: str, rowids: list[int]) -> dict[int, str]:
    """The snippet of each hit shown, with its matched words inside HIGHLIGHT (only for those: a snippet
    costs more than the match)."""
    if not rowids:
        return {}
    marks = ", ".join("?" * len(rowids))
    sql = (
        "SELECT rowid, snippet(search_records_fts, -1, ?, ?, '…', 16) FROM search_records_fts"
        f" WHERE search_records_fts MATCH ? AND rowid IN ({marks})"
    )
    return dict(conn.execute(sql, (*HIGHLIGHT, query, *rowids)).fetchall())


@contextmanager
def _bounded(conn: sqlite3.Connection) -> Iterator[None]:
    try:
        with time_limit(conn, TIME_LIMIT):
            yield
    except QueryInterrupted as error:
        raise KcliError(f"search stopped after {TIME_LIMIT:g} s; try fewer or longer words") from error
