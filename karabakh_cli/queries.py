"""Read records from an open kcli database. Pure functions with parameterised SQL only."""

import difflib
import re
import sqlite3
from collections.abc import Iterable, Sequence

from karabakh_cli.dates import first_day, last_day, precision
from karabakh_cli.errors import NotFoundError, UsageError
from karabakh_cli.models import (
    Actor,
    ActorProfile,
    Alias,
    Citation,
    Erratum,
    Event,
    Match,
    Participant,
    Position,
    Relation,
)
from karabakh_cli.text import fold

# SQLite allows at most 32766 bound parameters; stay well below.
_CHUNK = 500


def vocabulary(conn: sqlite3.Connection, table: str, column: str) -> tuple[str, ...]:
    """Return the closed list of values a column accepts, read from the schema's CHECK constraint."""
    (sql,) = conn.execute("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?", (table,)).fetchone()
    found = re.search(rf"CHECK \({column} IN \((.*?)\)\)", sql, re.DOTALL)
    if not found:
        raise ValueError(f"{table}.{column} has no closed vocabulary")
    return tuple(re.findall(r"'([^']*)'", found.group(1)))


def check_choices(conn: sqlite3.Connection, table: str, column: str, values: Iterable[str], label: str) -> None:
    """Raise UsageError naming the accepted values when one of values is not among them."""
    accepted = vocabulary(conn, table, column)
    for value in values:
        if value not in accepted:
            raise UsageError(f"unknown {label} {value!r}; accepted: {', '.join(accepted)}")


# --- actors -----------------------------------------------------------------------------------


def find_actor(conn: sqlite3.Connection, name: str) -> Match:
    """Resolve a typed name to one actor by id, name or alias, ignoring case and accents."""
    key = fold(name)
    if not key:
        raise UsageError("an actor name needs at least one letter or digit")
    rows = conn.execute(
        "SELECT actor_id, label, field FROM actor_names WHERE key = ?"
        " ORDER BY CASE field WHEN 'id' THEN 0 WHEN 'name' THEN 1 ELSE 2 END",
        (key,),
    ).fetchall()
    if not rows:
        rows = conn.execute(
            "SELECT actor_id, label, field FROM actor_names WHERE ' ' || key || ' ' LIKE ?"
            " ORDER BY actor_id, CASE field WHEN 'name' THEN 0 WHEN 'alias' THEN 1 ELSE 2 END",
            (f"% {key}%",),
        ).fetchall()
    actor_ids = list(dict.fromkeys(row["actor_id"] for row in rows))
    if len(actor_ids) == 1:
        row = rows[0]
        return Match(query=name, actor_id=row["actor_id"], label=row["label"], field=row["field"])
    if actor_ids:
        raise NotFoundError(f"{name!r} matches several actors: {_describe(conn, actor_ids)}; be more specific")
    raise NotFoundError(f"no actor matches {name!r}{_suggest(conn, key)}")


def _describe(conn: sqlite3.Connection, actor_ids: Sequence[str]) -> str:
    names = dict(_in(conn, "SELECT id, name FROM actors WHERE id IN ({})", actor_ids))
    return ", ".join(f"{names[actor_id]} ({actor_id})" for actor_id in actor_ids)


def _suggest(conn: sqlite3.Connection, key: str) -> str:
    owners = dict(conn.execute("SELECT key, actor_id FROM actor_names ORDER BY field, key").fetchall())
    close = difflib.get_close_matches(key, owners, n=5, cutoff=0.6)
    actor_ids = list(dict.fromkeys(owners[match] for match in close))[:3]
    return f"; did you mean: {_describe(conn, actor_ids)}?" if actor_ids else ""


def get_actor(conn: sqlite3.Connection, actor_id: str) -> Actor:
    """Return one actor by its exact id."""
    actors = _actors(conn, "SELECT * FROM actors WHERE id = ?", (actor_id,))
    if not actors:
        raise NotFoundError(f"no actor with id {actor_id!r}")
    return actors[0]


def list_actors(conn: sqlite3.Connection, kinds: Sequence[str] = ()) -> list[Actor]:
    """Return actors ordered by id, optionally only those of the given kinds."""
    check_choices(conn, "actors", "kind", kinds, "actor kind")
    if not kinds:
        return _actors(conn, "SELECT * FROM actors ORDER BY id", ())
    marks = ", ".join("?" * len(kinds))
    return _actors(conn, f"SELECT * FROM actors WHERE kind IN ({marks}) ORDER BY id", tuple(kinds))


def _actors(conn: sqlite3.Connection, sql: str, params: tuple) -> list[Actor]:
    rows = conn.execute(sql, params).fetchall()
    ids = [row["id"] for row in rows]
    aliases: dict[str, list[Alias]] = {}
    for row in _in(conn, "SELECT actor_id, alias, kind FROM aliases WHERE actor_id IN ({}) ORDER BY alias", ids):
        aliases.setdefault(row["actor_id"], []).append(Alias(alias=row["alias"], kind=row["kind"]))
    citations = citations_for(conn, "actor_id", ids)
    errata = errata_for(conn, "actor_id", ids)
    return [
        Actor(
            id=row["id"],
            name=row["name"],
            kind=row["kind"],
            summary=row["summary"],
            iso3=row["iso3"],
            wikidata=row["wikidata"],
            aliases=aliases.get(row["id"], []),
            citations=citations.get(row["id"], []),
            errata=errata.get(row["id"], []),
        )
        for row in rows
    ]


def actor_profile(conn: sqlite3.Connection, name: str) -> ActorProfile:
    """Return an actor with its relations, positions and events, resolved from a typed name."""
    match = find_actor(conn, name)
    actor_id = match.actor_id
    return ActorProfile(
        actor=get_actor(conn, actor_id),
        matched=match,
        relations=list_relations(conn, actor_id),
        positions=list_positions(conn, actor_id),
        events=list_events(conn, actor_id=actor_id),
    )


# --- citations and errata --------------------------------------------------------------------


def citations_for(conn: sqlite3.Connection, column: str, ids: Sequence[str]) -> dict[str, list[Citation]]:
    """Return the citations of many records of one kind, keyed by record id, in seed order."""
    sql = (
        f"SELECT c.{column} AS record_id, c.source_id, s.title, c.locator, s.url, c.note"
        f" FROM citations c JOIN sources s ON s.id = c.source_id WHERE c.{column} IN ({{}}) ORDER BY c.rowid"
    )
    found: dict[str, list[Citation]] = {}
    for row in _in(conn, sql, ids):
        citation = Citation(
            source_id=row["source_id"],
            source_title=row["title"],
            locator=row["locator"],
            url=row["url"],
            note=row["note"],
        )
        found.setdefault(row["record_id"], []).append(citation)
    return found


def errata_for(conn: sqlite3.Connection, column: str, ids: Sequence[str]) -> dict[str, list[Erratum]]:
    """Return the errata that concern many records of one kind, keyed by record id."""
    sql = (
        f"SELECT r.{column} AS record_id, e.* FROM errata_records r JOIN errata e ON e.id = r.erratum_id"
        f" WHERE r.{column} IN ({{}}) ORDER BY e.id"
    )
    rows = list(_in(conn, sql, ids))
    citations = citations_for(conn, "erratum_id", list({row["id"] for row in rows}))
    found: dict[str, list[Erratum]] = {}
    for row in rows:
        erratum = Erratum(
            id=row["id"],
            kind=row["kind"],
            source_id=row["source_id"],
            locator=row["locator"],
            says=row["says"],
            correction=row["correction"],
            citations=citations.get(row["id"], []),
        )
        found.setdefault(row["record_id"], []).append(erratum)
    return found


def _in(conn: sqlite3.Connection, sql: str, ids: Sequence[str]) -> Iterable[sqlite3.Row]:
    """Run sql, whose '{}' stands for a list of bound ids, in chunks that SQLite accepts."""
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start : start + _CHUNK]
        yield from conn.execute(sql.format(", ".join("?" * len(chunk))), chunk)


# --- events ------------------------------------------------------------------------------------


def list_events(
    conn: sqlite3.Connection,
    start: str | None = None,
    end: str | None = None,
    actor_id: str | None = None,
    kinds: Sequence[str] = (),
) -> list[Event]:
    """Return events whose span overlaps [start, end], in date order, optionally by actor and kind."""
    check_choices(conn, "events", "kind", kinds, "event kind")
    if start and end and first_day(start) > last_day(end):
        raise UsageError(f"--from {start} is after --to {end}")
    clauses, params = ["1"], []
    if start:
        clauses.append("e.span_end >= ?")
        params.append(first_day(start))
    if end:
        clauses.append("e.span_start <= ?")
        params.append(last_day(end))
    if actor_id:
        clauses.append("e.id IN (SELECT event_id FROM event_actors WHERE actor_id = ?)")
        params.append(actor_id)
    if kinds:
        clauses.append(f"e.kind IN ({', '.join('?' * len(kinds))})")
        params.extend(kinds)
    sql = f"SELECT * FROM events e WHERE {' AND '.join(clauses)} ORDER BY e.span_start, e.span_end, e.id"
    return _events(conn, conn.execute(sql, params).fetchall())


def _events(conn: sqlite3.Connection, rows: list[sqlite3.Row]) -> list[Event]:
    ids = [row["id"] for row in rows]
    participants: dict[str, list[Participant]] = {}
    sql = (
        "SELECT ea.event_id, ea.actor_id, a.name, ea.role FROM event_actors ea JOIN actors a ON a.id = ea.actor_id"
        " WHERE ea.event_id IN ({}) ORDER BY ea.rowid"
    )
    for row in _in(conn, sql, ids):
        participant = Participant(actor_id=row["actor_id"], name=row["name"], role=row["role"])
        participants.setdefault(row["event_id"], []).append(participant)
    citations = citations_for(conn, "event_id", ids)
    errata = errata_for(conn, "event_id", ids)
    return [
        Event(
            id=row["id"],
            date=row["date"],
            end_date=row["end_date"],
            precision=precision(row["date"]),
            kind=row["kind"],
            title=row["title"],
            summary=row["summary"],
            status=row["status"],
            participants=participants.get(row["id"], []),
            citations=citations.get(row["id"], []),
            errata=errata.get(row["id"], []),
        )
        for row in rows
    ]


# --- positions and relations -----------------------------------------------------------------


def list_positions(conn: sqlite3.Connection, actor_id: str) -> list[Position]:
    """Return one actor's positions, by topic and date."""
    rows = conn.execute(
        "SELECT p.*, a.name AS actor_name, t.name AS topic_name FROM positions p"
        " JOIN actors a ON a.id = p.actor_id JOIN topics t ON t.id = p.topic_id"
        " WHERE p.actor_id = ? ORDER BY p.topic_id, coalesce(p.date, ''), p.id",
        (actor_id,),
    ).fetchall()
    ids = [row["id"] for row in rows]
    citations = citations_for(conn, "position_id", ids)
    errata = errata_for(conn, "position_id", ids)
    return [
        Position(
            id=row["id"],
            actor_id=row["actor_id"],
            actor_name=row["actor_name"],
            topic_id=row["topic_id"],
            topic_name=row["topic_name"],
            stance=row["stance"],
            date=row["date"],
            end_date=row["end_date"],
            precision=precision(row["date"]) if row["date"] else None,
            summary=row["summary"],
            status=row["status"],
            citations=citations.get(row["id"], []),
            errata=errata.get(row["id"], []),
        )
        for row in rows
    ]


def list_relations(conn: sqlite3.Connection, actor_id: str) -> list[Relation]:
    """Return the relations an actor is either side of, by date."""
    rows = conn.execute(
        "SELECT r.*, s.name AS subject_name, o.name AS object_name FROM relations r"
        " JOIN actors s ON s.id = r.subject_id JOIN actors o ON o.id = r.object_id"
        " WHERE r.subject_id = ?1 OR r.object_id = ?1"
        " ORDER BY coalesce(r.date, ''), r.predicate, r.id",
        (actor_id,),
    ).fetchall()
    ids = [row["id"] for row in rows]
    citations = citations_for(conn, "relation_id", ids)
    errata = errata_for(conn, "relation_id", ids)
    return [
        Relation(
            id=row["id"],
            subject_id=row["subject_id"],
            subject_name=row["subject_name"],
            predicate=row["predicate"],
            object_id=row["object_id"],
            object_name=row["object_name"],
            date=row["date"],
            end_date=row["end_date"],
            precision=precision(row["date"]) if row["date"] else None,
            summary=row["summary"],
            status=row["status"],
            citations=citations.get(row["id"], []),
            errata=errata.get(row["id"], []),
        )
        for row in rows
    ]
