"""Data checks beyond SQLite's own: citations, locators, calendar dates, aliases, reachability."""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Iterator

from karabakh_cli.dates import first_day, parse_date
from karabakh_cli.kinds import KINDS, date_columns
from karabakh_cli.text import fold

# Tables the build computes from the seed's rows (and their virtual tables' shadow tables).
DERIVED_TABLES = ("actor_names", "event_spans", "search_records")


def check_database(conn: sqlite3.Connection) -> list[str]:
    """Return every problem found in an open kcli database; an empty list when it is clean."""
    return [
        *check_sqlite(conn),
        *check_content(conn),
        *check_record_refs(conn),
        *check_citations(conn),
        *check_locators(conn),
        *check_dates(conn),
        *check_aliases(conn),
        *check_reachable(conn),
    ]


def check_sqlite(conn: sqlite3.Connection) -> Iterator[str]:
    """SQLite's integrity_check and foreign_key_check."""
    for (result,) in conn.execute("PRAGMA integrity_check"):
        if result != "ok":
            yield f"integrity_check: {result}"
    for table, rowid, parent, _ in conn.execute("PRAGMA foreign_key_check"):
        yield f"foreign_key_check: {table} row {rowid} points at a missing {parent} row"


def seed_tables(conn: sqlite3.Connection) -> list[str]:
    """The tables the seed fills, in the order it creates them: every table but meta and the derived ones."""
    names = [row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY rowid")]
    return [
        name
        for name in names
        if name != "meta" and not name.startswith("sqlite_")
        and not any(name == derived or name.startswith(f"{derived}_") for derived in DERIVED_TABLES)
    ]  # fmt: skip


def content_hash(conn: sqlite3.Connection) -> str:
    """A SHA-256 over every row of the seed's tables, in a fixed order."""
    digest = hashlib.sha256()
    for table in seed_tables(conn):
        for row in conn.execute(f"SELECT * FROM {table} ORDER BY rowid"):
            digest.update(repr(tuple(row)).encode("utf-8", "surrogatepass"))
    return digest.hexdigest()


def check_content(conn: sqlite3.Connection) -> Iterator[str]:
    """The rows are still the ones the build wrote (SQLite itself keeps no checksum of values)."""
    recorded = conn.execute("SELECT value FROM meta WHERE key = 'content_sha256'").fetchone()
    if recorded is not None and recorded[0] != content_hash(conn):
        yield "content: the rows differ from those the build recorded (content_sha256); rebuild the database"


def check_record_refs(conn: sqlite3.Connection) -> Iterator[str]:
    """Every citation and erratum row points at an existing record of a declared kind."""
    known = {kind.name: kind.table for kind in KINDS}
    for table in ("citations", "errata_records"):
        for record_type, record_id in conn.execute(f"SELECT DISTINCT record_type, record_id FROM {table}"):
            if record_type not in known:
                yield f"{table}: unknown record type {record_type!r} (declared: {', '.join(known)})"
            elif conn.execute(f"SELECT 1 FROM {known[record_type]} WHERE id = ?", (record_id,)).fetchone() is None:
                yield f"{table}: {record_type} {record_id!r} does not exist"


def check_citations(conn: sqlite3.Connection) -> Iterator[str]:
    """Every record of every kind has at least one citation."""
    for kind in KINDS:
        sql = (
            f"SELECT id FROM {kind.table} WHERE id NOT IN"
            " (SELECT record_id FROM citations WHERE record_type = ?) ORDER BY id"
        )
        for (record_id,) in conn.execute(sql, (kind.name,)):
            yield f"{kind.table} {record_id}: no citation"


def check_locators(conn: sqlite3.Connection) -> Iterator[str]:
    """Paragraph locators stay within their source; a web source is cited by its URL."""
    rows = conn.execute(
        "SELECT c.source_id, c.locator, s.paragraphs, s.url"
        " FROM citations c JOIN sources s ON s.id = c.source_id"
        " UNION ALL SELECT e.source_id, e.locator, s.paragraphs, s.url"
        " FROM errata e JOIN sources s ON s.id = e.source_id"
    )
    for source_id, locator, paragraphs, url in rows:
        if paragraphs:
            number = locator[1:]
            if not (locator.startswith("¶") and number.isdigit() and 1 <= int(number) <= paragraphs):
                yield f"citation of {source_id}: locator {locator!r} is not ¶1 to ¶{paragraphs}"
        elif locator != url:
            yield f"citation of {source_id}: locator {locator!r} is not the source's URL {url!r}"


def check_dates(conn: sqlite3.Connection) -> Iterator[str]:
    """Every date is a real calendar date of its precision, and no end precedes its start."""
    for kind in KINDS:
        if not kind.dated:
            continue
        for record_id, date, end_date in conn.execute(f"SELECT id, {date_columns(kind)} FROM {kind.table}"):
            yield from _check_span(f"{kind.table} {record_id}", date, end_date)
    for source_id, published in conn.execute("SELECT id, published FROM sources WHERE published IS NOT NULL"):
        yield from _check_span(f"sources {source_id}", published, None)


def _check_span(label: str, date: str | None, end_date: str | None) -> Iterator[str]:
    valid = True
    for value in (date, end_date):
        if value is None:
            continue
        try:
            parse_date(value)
        except ValueError as error:
            valid = False
            yield f"{label}: {error}"
    if valid and date and end_date and first_day(end_date) < first_day(date):
        yield f"{label}: end date {end_date} precedes start date {date}"


def check_aliases(conn: sqlite3.Connection) -> Iterator[str]:
    """No name or alias, once folded, points at two actors."""
    owners: dict[str, set[str]] = {}
    rows = conn.execute("SELECT name, id FROM actors UNION ALL SELECT alias, actor_id FROM aliases")
    for label, actor_id in rows:
        owners.setdefault(fold(label), set()).add(actor_id)
    for key, actor_ids in sorted(owners.items()):
        if len(actor_ids) > 1:
            yield f"alias {key!r} is claimed by {', '.join(sorted(actor_ids))}"


def check_reachable(conn: sqlite3.Connection) -> Iterator[str]:
    """Every actor takes part in some event, position, relation or erratum."""
    sql = """
        SELECT id FROM actors WHERE id NOT IN (
          SELECT actor_id FROM event_actors
          UNION SELECT actor_id FROM positions
          UNION SELECT subject_id FROM relations
          UNION SELECT object_id FROM relations
          UNION SELECT record_id FROM errata_records WHERE record_type = 'actor')
        ORDER BY id"""
    for (actor_id,) in conn.execute(sql):
        yield f"actors {actor_id}: not reachable from any event, position, relation or erratum"
