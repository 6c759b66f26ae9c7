"""Read records from an open kcli database. Pure functions with parameterised SQL only."""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import TypeVar

from karabakh_cli.dates import BEGINNING, EVER, day_number, first_day, is_date, last_day, precision, window
from karabakh_cli.db import meta
from karabakh_cli.errors import DatabaseError, NotFoundError, UsageError
from karabakh_cli.kinds import KINDS
from karabakh_cli.models import (
    Actor,
    ActorProfile,
    Alias,
    Ballot,
    Citation,
    CitedRecord,
    Erratum,
    Event,
    Listing,
    Match,
    MatrixGroup,
    MatrixRow,
    Participant,
    Position,
    Record,
    RecordRef,
    Relation,
    Source,
    Topic,
)
from karabakh_cli.text import fold, is_record_id

R = TypeVar("R", bound=Record)
# SQLite allows at most 32766 bound parameters; stay well below.
_CHUNK = 500
# Relation predicates that make the subject a member of the object (an observer is not).
MEMBERSHIP_PREDICATES = ("member", "permanent-member", "elected-member", "chair", "co-chair")


# column IN ('a', 'b', ...) in a CHECK constraint: a closed vocabulary. Each part can match in one way only,
# so a search stays linear whatever a stranger's schema holds (no nested quantifiers to backtrack through).
_IN_LIST = re.compile(r"\b(\w+)\s+IN\s*\(\s*('[^']*'(?:\s*,\s*'[^']*')*)\s*\)")


def vocabulary(conn: sqlite3.Connection, table: str, column: str) -> tuple[str, ...]:
    """Return the closed list of values a column accepts, read from the schema's CHECK constraint."""
    (sql,) = conn.execute("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?", (table,)).fetchone()
    found = vocabularies(sql).get(column)
    if found is None:
        raise DatabaseError(f"{table}.{column} has no closed list of values in this database")
    return found


def vocabularies(create_sql: str) -> dict[str, tuple[str, ...]]:
    """The closed vocabularies a CREATE TABLE statement declares: column -> allowed values (CHECK ... IN)."""
    return {column: tuple(re.findall(r"'([^']*)'", values)) for column, values in _IN_LIST.findall(create_sql)}


# What shell completion offers, by the name the options use: SQL giving one word a row. UNION ALL, not
# UNION: its rows stream, so LIMIT stops the read early (UNION sorts a million ids first); the caller
# drops repeats.
_MEMBERSHIPS = ", ".join(f"'{predicate}'" for predicate in MEMBERSHIP_PREDICATES)
# The bodies that have members, by id: what --member and --by name.
_ORGANISATIONS_SQL = f"SELECT DISTINCT object_id FROM relations WHERE predicate IN ({_MEMBERSHIPS})"
_COMPLETION_SQL = {
    # Actor ids, and the aliases a shell can complete as one word (no spaces): Artsakh, NKR, SVG...
    "actor": "SELECT id FROM actors UNION ALL SELECT alias FROM aliases WHERE alias NOT LIKE '% %'",
    "organisation": _ORGANISATIONS_SQL,
    "topic": "SELECT id FROM topics",
    "event": "SELECT id FROM events",
    "vote": "SELECT id FROM votes UNION ALL SELECT symbol FROM votes",
}
_COMPLETION_VOCABULARIES = {
    "event-kind": ("events", "kind"),
    "actor-kind": ("actors", "kind"),
    "stance": ("positions", "stance"),
}
# A Tab press reads at most this many words: a stranger's database may hold millions of ids.
COMPLETION_LIMIT = 10_000


def completion_words(conn: sqlite3.Connection, what: str, prefix: str = "") -> list[str]:
    """The words shell completion offers for one sort of value (actor, organisation, group, topic,
    event, vote, citable: any record a citation backs, event-kind, actor-kind or stance) that start
    with prefix, ignoring case; at most COMPLETION_LIMIT of them, perhaps some twice."""
    if what in _COMPLETION_VOCABULARIES:
        words = vocabulary(conn, *_COMPLETION_VOCABULARIES[what])
        return [word for word in words if word.casefold().startswith(prefix.casefold())][:COMPLETION_LIMIT]
    if what == "citable":
        sql = " UNION ALL ".join(f"SELECT id FROM {kind.table}" for kind in KINDS)
    elif what == "group":  # --by: a column of actors, or an organisation
        sql = " UNION ALL ".join([*(f"SELECT '{column}'" for column in GROUP_COLUMNS), _ORGANISATIONS_SQL])
    else:
        sql = _COMPLETION_SQL[what]
    pattern = prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
    rows = conn.execute(
        f"WITH words(word) AS ({sql}) SELECT word FROM words WHERE word LIKE ? ESCAPE '\\' LIMIT ?",
        (pattern, COMPLETION_LIMIT),
    )
    return [word for (word,) in rows if isinstance(word, str)]


def check_choices(conn: sqlite3.Connection, table: str, column: str, values: Iterable[str], label: str) -> None:
    """Raise UsageError naming the accepted values when one of values is not among them."""
    values = list(values)
    if not values:  # nothing to check: spare the schema read
        return
    accepted = vocabulary(conn, table, column)
    for value in values:
        if value not in accepted:
            raise UsageError(f"unknown {label} {value!r}; accepted: {', '.join(accepted)}")


# --- actors -----------------------------------------------------------------------------------


# A misspelling resolves to its closest actor when it is at least this similar (difflib's ratio) and
# clearly closer than the next actor's closest name.
CLOSEST_CUTOFF = 0.8
CLOSEST_MARGIN = 0.08


def find_actor(conn: sqlite3.Connection, name: str, closest: bool = False) -> Match:
    """Resolve a typed name to one actor by id, name or alias, ignoring case and accents; a word that
    starts a name or alias picks the actor whose name it begins, if only one. With closest, a
    misspelling clearly nearer one actor than any other resolves to it (Match.field 'closest')."""
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
            " ORDER BY key NOT LIKE ?, actor_id, CASE field WHEN 'name' THEN 0 WHEN 'alias' THEN 1 ELSE 2 END",
            (f"% {key}%", f"{key}%"),
        ).fetchall()
        starting = [row for row in rows if fold(row["label"]).startswith(key)]
        if len({row["actor_id"] for row in starting}) == 1:  # a body before its sub-bodies ('non aligned')
            rows = starting
    actor_ids = list(dict.fromkeys(row["actor_id"] for row in rows))
    if len(actor_ids) == 1:
        row = rows[0]
        return Match(query=name, actor_id=row["actor_id"], label=row["label"], field=row["field"])
    if actor_ids:
        raise NotFoundError(f"{name!r} matches several actors: {_describe(conn, actor_ids)}; be more specific")
    scored = _closest(conn, key)
    if closest and scored and (len(scored) == 1 or scored[0][0] - scored[1][0] >= CLOSEST_MARGIN):
        _, actor_id, label = scored[0]
        if scored[0][0] >= CLOSEST_CUTOFF:
            return Match(query=name, actor_id=actor_id, label=label, field="closest")
    hint = f"; did you mean: {_describe(conn, [actor_id for _, actor_id, _ in scored[:3]])}?" if scored else ""
    raise NotFoundError(f"no actor matches {name!r}{hint}; to look for it in the text, try: kcli search {name!r}")


def _describe(conn: sqlite3.Connection, actor_ids: Sequence[str]) -> str:
    names: dict[str, str] = {
        row[0]: row[1] for row in _in(conn, "SELECT id, name FROM actors WHERE id IN ({})", actor_ids)
    }
    return ", ".join(f"{names[actor_id]} ({actor_id})" for actor_id in actor_ids)


# Fuzzy matching (difflib) is bounded whatever the database holds: it compares texts of at most FUZZY_LENGTH
# characters (kcli's names are under 90), with at most FUZZY_CANDIDATES of them, those nearest in sort order
# when there are more (kcli's own data has about 900 names and 200 event ids; 200,000 forged event ids took
# an unknown id 35 s).
FUZZY_LENGTH = 200
FUZZY_CANDIDATES = 5_000
# An event's title is compared word by word (some 40 comparisons a title): at most this many titles.
TITLE_CANDIDATES = 1_000


def _near(
    conn: sqlite3.Connection, table: str, column: str, key: str, more: str = "", most: int = FUZZY_CANDIDATES
) -> list[tuple]:
    """Rows (column, *more) of table: all of them, or the most nearest key in column's order (through its
    index); none for a key too long to compare."""
    if len(key) > FUZZY_LENGTH:
        return []
    columns = f"{column}, {more}" if more else column
    half = most // 2
    rows = conn.execute(f"SELECT {columns} FROM {table} LIMIT ?", (most + 1,)).fetchall()
    if len(rows) <= most:
        return rows
    after = conn.execute(f"SELECT {columns} FROM {table} WHERE {column} >= ? ORDER BY {column} LIMIT ?", (key, half))
    before = conn.execute(
        f"SELECT {columns} FROM {table} WHERE {column} < ? ORDER BY {column} DESC LIMIT ?", (key, half)
    )
    return [*before.fetchall(), *after.fetchall()]


def _closest(conn: sqlite3.Connection, key: str) -> list[tuple[float, str, str]]:
    """The actors with a name near key: (similarity, actor id, label), best first, one per actor."""
    import difflib  # only an unknown name needs it

    best: dict[str, tuple[float, str, str]] = {}
    for label_key, actor_id, label in _near(conn, "actor_names", "key", key, "actor_id, label"):
        if len(label_key) > FUZZY_LENGTH:
            continue
        matcher = difflib.SequenceMatcher(None, key, label_key)
        if matcher.real_quick_ratio() < 0.6 or matcher.quick_ratio() < 0.6:
            continue
        score = matcher.ratio()
        if score >= 0.6 and score > best.get(actor_id, (0.0,))[0]:
            best[actor_id] = (score, actor_id, label)
    return sorted(best.values(), key=lambda found: (-found[0], found[1]))


def actor_id_of(conn: sqlite3.Connection, name: str | None) -> str | None:
    """The id of the actor a typed name resolves to (see find_actor); None when no name is given."""
    return find_actor(conn, name).actor_id if name is not None else None


def actor_ids_of(conn: sqlite3.Connection, names: Sequence[str] | None) -> list[str]:
    """The ids of the actors some typed names resolve to (a repeated --actor: any of them)."""
    return list(dict.fromkeys(find_actor(conn, name).actor_id for name in names or ()))


def get_actor(conn: sqlite3.Connection, actor_id: str) -> Actor:
    """Return one actor by its exact id."""
    actors = _actors(conn, "SELECT * FROM actors WHERE id = ?", (actor_id,))
    if not actors:
        raise NotFoundError(f"no actor with id {actor_id!r}")
    return actors[0]


def cut_rows(
    conn: sqlite3.Connection, sql: str, order: str, params: Sequence, limit: int
) -> tuple[list[sqlite3.Row], int]:
    """The rows of a SELECT in an order (an ORDER BY clause): all of them (limit 0), or the first limit of them
    cut in SQL, so that a stranger's 200,000 rows are never read for one line; and how many rows there are in
    all, counted without reading or sorting them when the cut may have left some out."""
    if not limit:
        rows = conn.execute(f"{sql} {order}", params).fetchall()
        return rows, len(rows)
    rows = conn.execute(f"{sql} {order} LIMIT ?", [*params, limit]).fetchall()
    if len(rows) < limit:
        return rows, len(rows)
    return rows, conn.execute(f"SELECT count(*) FROM ({sql})", params).fetchone()[0]


def list_actors(
    conn: sqlite3.Connection,
    kinds: Sequence[str] = (),
    member_of: str | None = None,
    as_of: str | None = None,
    limit: int = 0,
) -> list[Actor]:
    """Return actors ordered by id: all, or of some kinds, or members of an organisation (on a date); with
    limit (and no organisation), the first limit of them, cut in SQL (a Listing that knows the total)."""
    check_choices(conn, "actors", "kind", kinds, "actor kind")
    if member_of:
        return [actor for actor in list_members(conn, member_of, as_of) if not kinds or actor.kind in kinds]
    where = f"WHERE kind IN ({', '.join('?' * len(kinds))})" if kinds else ""
    rows, total = cut_rows(conn, f"SELECT * FROM actors {where}", "ORDER BY id", kinds, limit)
    return Listing(_actor_records(conn, rows), total)


def _actors(conn: sqlite3.Connection, sql: str, params: tuple) -> list[Actor]:
    return _actor_records(conn, conn.execute(sql, params).fetchall())


def _actor_records(conn: sqlite3.Connection, rows: Sequence[sqlite3.Row]) -> list[Actor]:
    aliases: dict[str, list[Alias]] = {}
    alias_sql = "SELECT actor_id, alias, kind FROM aliases WHERE actor_id IN ({}) ORDER BY alias"
    for row in _in(conn, alias_sql, [row["id"] for row in rows]):
        aliases.setdefault(row["actor_id"], []).append(Alias(alias=row["alias"], kind=row["kind"]))
    return records_of(
        conn, Actor, "actor", rows, lambda row: {**_optional_precision(row), "aliases": aliases.get(row["id"], [])}
    )


def actor_profile(conn: sqlite3.Connection, name: str, as_of: str | None = None) -> ActorProfile:
    """Return an actor with its relations, positions, events and votes, resolved from a typed name.

    With as_of, the relations and positions that held on that date, and the events and votes up to it."""
    match = find_actor(conn, name, closest=True)
    actor_id = match.actor_id
    return ActorProfile(
        actor=get_actor(conn, actor_id),
        matched=match,
        relations=list_relations(conn, actor_id, as_of=as_of),
        positions=list_positions(conn, actor_ids=[actor_id], as_of=as_of),
        events=list_events(conn, end=as_of, actor_ids=[actor_id]),
        votes=list_ballots(conn, actor_id, as_of=as_of),
    )


# --- citations and errata --------------------------------------------------------------------


def citations_for(conn: sqlite3.Connection, record_type: str, ids: Sequence[str]) -> dict[str, list[Citation]]:
    """Return the citations of many records of one kind, keyed by record id, in seed order."""
    sql = (
        "SELECT c.record_id, c.source_id, s.title, c.locator, s.url, c.note"
        " FROM citations c JOIN sources s ON s.id = c.source_id"
        " WHERE c.record_type = ? AND c.record_id IN ({}) ORDER BY c.rowid"
    )
    found: dict[str, list[Citation]] = {}
    for row in _in(conn, sql, ids, record_type):
        _check_id("source", row["source_id"])
        citation = Citation(
            source_id=row["source_id"],
            source_title=row["title"],
            locator=row["locator"],
            url=row["url"],
            note=row["note"],
        )
        found.setdefault(row["record_id"], []).append(citation)
    return found


def errata_for(conn: sqlite3.Connection, record_type: str, ids: Sequence[str]) -> dict[str, list[Erratum]]:
    """Return the errata that concern many records of one kind, keyed by record id."""
    sql = (
        "SELECT r.record_id, e.* FROM errata_records r JOIN errata e ON e.id = r.erratum_id"
        " WHERE r.record_type = ? AND r.record_id IN ({}) ORDER BY e.id"
    )
    rows = list(_in(conn, sql, ids, record_type))
    errata = _errata(conn, rows)
    found: dict[str, list[Erratum]] = {}
    for row, erratum in zip(rows, errata, strict=True):
        found.setdefault(row["record_id"], []).append(erratum)
    return found


def _errata(conn: sqlite3.Connection, rows: Sequence[sqlite3.Row]) -> list[Erratum]:
    _check_rows("erratum", rows)
    ids = list(dict.fromkeys(row["id"] for row in rows))
    citations = citations_for(conn, "erratum", ids)
    records: dict[str, list[RecordRef]] = {}
    sql = "SELECT erratum_id, record_type, record_id FROM errata_records WHERE erratum_id IN ({}) ORDER BY rowid"
    for row in _in(conn, sql, ids):
        records.setdefault(row["erratum_id"], []).append(RecordRef(type=row["record_type"], id=row["record_id"]))
    return [
        _from_row(Erratum, row, {"records": records.get(row["id"], []), "citations": citations.get(row["id"], [])})
        for row in rows
    ]


def list_errata(conn: sqlite3.Connection, actor_ids: Sequence[str] = (), limit: int = 0) -> list[Erratum]:
    """Return all errata, or those concerning any of some actors or their events, positions and relations;
    with limit (and no actors), the first limit of them, cut in SQL (a Listing that knows the total)."""
    if not actor_ids:
        rows, total = cut_rows(conn, "SELECT * FROM errata", "ORDER BY id", (), limit)
        return Listing(_errata(conn, rows), total)
    # Each kind says which of its records concern an actor (kinds.RecordKind.concerning_sql).
    concerning = " UNION ".join(
        f"SELECT erratum_id FROM errata_records WHERE record_type = '{kind.name}'"
        f" AND record_id IN ({kind.concerning_sql})"
        for kind in KINDS
        if kind.concerning_sql
    )
    sql = f"SELECT * FROM errata WHERE id IN ({concerning}) ORDER BY id"
    marks = ", ".join(f"?{number}" for number in range(1, len(actor_ids) + 1))
    return _errata(conn, conn.execute(sql.format(marks), list(actor_ids)).fetchall())


def records_of(
    conn: sqlite3.Connection,
    record_type: type[R],
    kind: str,
    rows: Sequence[sqlite3.Row],
    computed: Callable[[sqlite3.Row], dict],
) -> list[R]:
    """Build records of a kind from rows: fields named like columns come from the row, the rest from
    computed, and citations and errata are fetched for all rows at once."""
    _check_rows(kind, rows)  # before anything reads their dates
    ids = [row["id"] for row in rows]
    citations = citations_for(conn, kind, ids)
    errata = errata_for(conn, kind, ids)
    spanned = "span_start" in record_type._fields
    ends = "end_precision" in record_type._fields
    return [
        _from_row(
            record_type,
            row,
            {
                **(_open_span(row) if spanned else {}),
                **({"end_precision": precision(row["end_date"]) if row["end_date"] else None} if ends else {}),
                **computed(row),
                "citations": citations.get(row["id"], []),
                "errata": errata.get(row["id"], []),
            },
        )
        for row in rows
    ]


def _open_span(row: sqlite3.Row) -> dict:
    """A span's open ends (no start date, no end date) as null, not as the sentinel days the index uses."""
    return {
        "span_start": None if row["span_start"] == BEGINNING else row["span_start"],
        "span_end": None if row["span_end"] == EVER else row["span_end"],
    }


def _from_row(record_type: type[R], row: sqlite3.Row, values: dict) -> R:
    """A record whose fields come from values where given, else from the row's column of the same name
    (the row checked first by _check_rows, as every list of rows is)."""
    return record_type(*(values[name] if name in values else row[name] for name in record_type._fields))


# The columns that hold partial dates, in any table.
_DATE_COLUMNS = ("date", "end_date", "published")


def _check_rows(kind: str, rows: Sequence[sqlite3.Row]) -> None:
    """DatabaseError unless every row's id has the id pattern and its dates are real calendar dates. kcli's
    own build checks both; a stranger's file may not, and a forged id would forge citation records
    (a newline in a RIS ID, a quote in a BibTeX key) or a date print as "0 Dec 0000"."""
    if not rows:
        return
    columns = rows[0].keys()  # the same for every row of one query
    has_id = "id" in columns
    dates = [column for column in _DATE_COLUMNS if column in columns]
    for row in rows:
        if has_id:
            _check_id(kind, row["id"])
        for column in dates:
            if row[column] is not None and not is_date(row[column]):
                raise DatabaseError(
                    f"{kind} {row['id'] if has_id else ''} has {column} {row[column]!r}, which is not a"
                    " calendar date; is the database damaged or forged? (kcli db check lists such problems)"
                )


def _check_id(kind: str, value: object) -> None:
    if not is_record_id(value):
        raise DatabaseError(
            f"a {kind} has the id {value!r}, which is not a kcli id (a-z, 0-9 and -); is the database damaged or"
            " forged? (kcli db check lists such problems)"
        )


def _in(conn: sqlite3.Connection, sql: str, ids: Sequence[str], *before: str) -> Iterable[sqlite3.Row]:
    """Run sql, whose '{}' stands for a list of bound ids, in chunks that SQLite accepts; parameters
    in before are bound ahead of the ids."""
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start : start + _CHUNK]
        yield from conn.execute(sql.format(", ".join("?" * len(chunk))), (*before, *chunk))


# --- events ------------------------------------------------------------------------------------


def list_events(
    conn: sqlite3.Connection,
    start: str | None = None,
    end: str | None = None,
    actor_ids: Sequence[str] = (),
    kinds: Sequence[str] = (),
    limit: int = 0,
    context: bool = True,
) -> list[Event]:
    """Return events whose span overlaps [start, end], in date order, optionally those any of some
    actors took part in, and of some kinds; without context, leave out the events marked as context
    (the memo's background that is not the conflict); with limit, the first limit of them (a Listing that
    knows how many there are in all)."""
    check_choices(conn, "events", "kind", kinds, "event kind")
    try:
        first, last = window(start, end)
    except ValueError as error:
        raise UsageError(f"--from {start} is after --to {end}") from error
    clauses: list[str] = ["1"]
    params: list[int | str] = []
    if start or end:
        # The R*Tree of spans finds the overlapping events directly (see build._add_event_spans).
        clauses.append("e.rowid IN (SELECT id FROM event_spans WHERE last_day >= ? AND first_day <= ?)")
        params.append(day_number(first) if start else 0)
        params.append(day_number(last) if end else 2**31 - 1)
    if actor_ids:
        clauses.append(
            f"e.id IN (SELECT event_id FROM event_actors WHERE actor_id IN ({', '.join('?' * len(actor_ids))}))"
        )
        params.extend(actor_ids)
    if kinds:
        # An event counts under each of its kinds: its own and those of event_kinds (one rule with kcli chart).
        marks = ", ".join("?" * len(kinds))
        clauses.append(f"(e.kind IN ({marks}) OR e.id IN (SELECT event_id FROM event_kinds WHERE kind IN ({marks})))")
        params.extend([*kinds, *kinds])
    if not context:
        clauses.append("e.scope = 'conflict'")
    sql = f"SELECT * FROM events e WHERE {' AND '.join(clauses)}"
    rows, total = cut_rows(conn, sql, "ORDER BY e.sort_day, e.span_start, e.span_end, e.id", params, limit)
    return Listing(_events(conn, rows), total)


def current_id(conn: sqlite3.Connection, record_type: str, old_id: str) -> str | None:
    """The id a renamed record has now (the seed's former_ids), or None; None too in a database without it."""
    try:
        row = conn.execute(
            "SELECT record_id FROM former_ids WHERE old_id = ? AND record_type = ?", (old_id, record_type)
        ).fetchone()
    except sqlite3.OperationalError:  # a database built before former_ids existed
        return None
    return row[0] if row else None


def get_event(conn: sqlite3.Connection, event_id: str) -> Event:
    """Return one event by its id, a former id, or words of its title (see find_event)."""
    return find_event(conn, event_id)[0]


def find_event(conn: sqlite3.Connection, words: str) -> tuple[Event, str]:
    """Resolve an event as find_actor resolves an actor, and say how: "id" (its id or a former id),
    "title" (every word typed begins a word of one event's title only), or "closest" (a misspelt title
    clearly nearer one event than any other). Several events matching, or none, is an error that names
    them or the closest."""
    typed = words.strip()
    rows = conn.execute("SELECT * FROM events WHERE id = ?", (typed,)).fetchall()
    if not rows and (current := current_id(conn, "event", typed)):
        rows = conn.execute("SELECT * FROM events WHERE id = ?", (current,)).fetchall()
    if rows:
        return _events(conn, rows)[0], "id"
    key = fold(typed)
    if not key:  # nothing to match (punctuation only): not found, as an unknown id always was
        raise NotFoundError(f"no event has the id or title words {typed!r}; 'kcli timeline' lists them")
    # At most TITLE_CANDIDATES titles, those of the ids nearest what was typed (kcli's own data has about
    # 160 events): 200,000 forged events made an unknown id take 35 s when every one was compared.
    rows = _near(conn, "events", "id", typed.lower()[:FUZZY_LENGTH], "title", most=TITLE_CANDIDATES)
    titles = {event_id: (title, fold(title)) for event_id, title in rows}
    found = [event_id for event_id, (_, title) in titles.items() if _words_begin(key, title)]
    if len(found) > 1:
        listed = "; ".join(f"{titles[event_id][0]} ({event_id})" for event_id in found[:5])
        more = f" and {len(found) - 5} more" if len(found) > 5 else ""
        raise NotFoundError(f"{typed!r} matches {len(found)} events: {listed}{more}; be more specific")
    if found:
        return get_event(conn, found[0]), "title"
    scored = _closest_titles(key, titles)
    if (
        scored
        and scored[0][0] >= CLOSEST_CUTOFF
        and (len(scored) == 1 or scored[0][0] - scored[1][0] >= CLOSEST_MARGIN)
    ):
        return get_event(conn, scored[0][1]), "closest"
    hint = "; ".join(f"{titles[event_id][0]} ({event_id})" for _, event_id in scored[:3])
    hint = f"; did you mean: {hint}?" if hint else "; 'kcli timeline' lists them"
    raise NotFoundError(f"no event has the id or title words {typed!r}{hint}")


def _words_begin(key: str, title: str) -> bool:
    """Whether every typed word begins a word of the title (folded): "madagiz" or "capture hadr"."""
    words = title.split()
    return all(any(word.startswith(typed) for word in words) for typed in key.split())


def _closest_titles(key: str, titles: dict[str, tuple[str, str]]) -> list[tuple[float, str]]:
    """Events whose id or title words are near the key: (similarity, event id), best first."""
    import difflib  # only an unknown event needs it

    def near(typed: str, candidate: str) -> float:
        return difflib.SequenceMatcher(None, typed, candidate).ratio()

    scored: list[tuple[float, str]] = []
    if len(key) > FUZZY_LENGTH:
        return scored
    for event_id, (_, title) in titles.items():
        if len(title) > FUZZY_LENGTH:
            continue
        # The whole (an id typed with a slip) or word by word (a misspelt word of the title).
        by_word = sum(max(near(typed, word) for word in title.split()) for typed in key.split()) / len(key.split())
        score = max(near(key, fold(event_id)), near(key, title), by_word)
        if score >= 0.6:
            scored.append((score, event_id))
    return sorted(scored, key=lambda found: (-found[0], found[1]))


def _events(conn: sqlite3.Connection, rows: list[sqlite3.Row]) -> list[Event]:
    participants: dict[str, list[Participant]] = {}
    sql = (
        "SELECT ea.event_id, ea.actor_id, a.name, ea.role FROM event_actors ea JOIN actors a ON a.id = ea.actor_id"
        " WHERE ea.event_id IN ({}) ORDER BY ea.rowid"
    )
    for row in _in(conn, sql, [row["id"] for row in rows]):
        participant = Participant(actor_id=row["actor_id"], name=row["name"], role=row["role"])
        participants.setdefault(row["event_id"], []).append(participant)
    other_kinds: dict[str, list[str]] = {}
    kinds_sql = "SELECT event_id, kind FROM event_kinds WHERE event_id IN ({}) ORDER BY event_id, kind"
    for row in _in(conn, kinds_sql, [row["id"] for row in rows]):
        other_kinds.setdefault(row["event_id"], []).append(row["kind"])
    return records_of(
        conn,
        Event,
        "event",
        rows,
        lambda row: {
            "precision": precision(row["date"]),
            "participants": participants.get(row["id"], []),
            "other_kinds": [kind for kind in other_kinds.get(row["id"], []) if kind != row["kind"]],
        },
    )


# --- positions and relations -----------------------------------------------------------------


def _as_of_clause(alias: str, as_of: str | None, params: list) -> str:
    """SQL that keeps rows whose span overlaps the as-of date (a whole month or year if partial)."""
    if as_of is None:
        return "1"
    params.extend([last_day(as_of), first_day(as_of)])
    return f"{alias}.span_start <= ? AND {alias}.span_end >= ?"


def list_positions(
    conn: sqlite3.Connection,
    actor_ids: Sequence[str] = (),
    topic_ids: Sequence[str] = (),
    stances: Sequence[str] = (),
    actor_kinds: Sequence[str] = (),
    as_of: str | None = None,
    member_of: str | None = None,
    limit: int = 0,
) -> list[Position]:
    """Return positions by actor and topic, filtered by actor, topic, stance, actor kind, date and
    membership of an organisation (on the date, if given); with limit, the first limit of them, cut in SQL
    (a Listing that knows how many there are in all)."""
    check_choices(conn, "positions", "stance", stances, "stance")
    check_choices(conn, "actors", "kind", actor_kinds, "actor kind")
    _check_topics(conn, topic_ids)
    params: list = []
    clauses = [_as_of_clause("p", as_of, params)]
    if actor_ids:
        clauses.append(f"p.actor_id IN ({', '.join('?' * len(actor_ids))})")
        params.extend(actor_ids)
    if member_of is not None:
        clauses.append(members_clause("p.actor_id", member_of, as_of, params))
    for column, values in (("p.topic_id", topic_ids), ("p.stance", stances), ("a.kind", actor_kinds)):
        if values:
            clauses.append(f"{column} IN ({', '.join('?' * len(values))})")
            params.extend(values)
    sql = (
        "SELECT p.*, a.name AS actor_name, t.name AS topic_name FROM positions p"
        " JOIN actors a ON a.id = p.actor_id JOIN topics t ON t.id = p.topic_id"
        f" WHERE {' AND '.join(clauses)}"
    )
    rows, total = cut_rows(conn, sql, "ORDER BY p.actor_id, p.topic_id, p.span_start, p.id", params, limit)
    return Listing(_positions(conn, rows), total)


def _check_topics(conn: sqlite3.Connection, topic_ids: Sequence[str]) -> None:
    known = {row[0] for row in conn.execute("SELECT id FROM topics")}
    for topic_id in topic_ids:
        if topic_id not in known:
            raise UsageError(f"unknown topic {topic_id!r}; accepted: {', '.join(sorted(known))}")


def _positions(conn: sqlite3.Connection, rows: Sequence[sqlite3.Row]) -> list[Position]:
    return records_of(conn, Position, "position", rows, _optional_precision)


def list_relations(conn: sqlite3.Connection, actor_id: str | None = None, as_of: str | None = None) -> list[Relation]:
    """Return the relations an actor is either side of (all relations without one), by date, optionally
    those holding on a date."""
    params: list = [actor_id]
    as_of_sql = _as_of_clause("r", as_of, params)
    # Two forms, so that the actor's form walks the subject and object indexes.
    whose = "?1 IS NULL" if actor_id is None else "(r.subject_id = ?1 OR r.object_id = ?1)"
    rows = conn.execute(
        "SELECT r.*, s.name AS subject_name, o.name AS object_name FROM relations r"
        " JOIN actors s ON s.id = r.subject_id JOIN actors o ON o.id = r.object_id"
        f" WHERE {whose} AND {as_of_sql}"
        " ORDER BY r.span_start, r.predicate, r.id",
        params,
    ).fetchall()
    return _relations(conn, rows)


def _relations(conn: sqlite3.Connection, rows: Sequence[sqlite3.Row]) -> list[Relation]:
    return records_of(conn, Relation, "relation", rows, _optional_precision)


def _optional_precision(row: sqlite3.Row) -> dict:
    return {"precision": precision(row["date"]) if row["date"] else None}


def members_clause(column: str, organisation_id: str, as_of: str | None, params: list) -> str:
    """SQL that keeps rows whose column names a member of the organisation (on a date, if given)."""
    params.extend([organisation_id, *MEMBERSHIP_PREDICATES])
    marks = ", ".join("?" * len(MEMBERSHIP_PREDICATES))
    as_of_sql = _as_of_clause("r", as_of, params)
    return (
        f"{column} IN (SELECT r.subject_id FROM relations r"
        f" WHERE r.object_id = ? AND r.predicate IN ({marks}) AND {as_of_sql})"
    )


def list_members(conn: sqlite3.Connection, organisation_id: str, as_of: str | None = None) -> list[Actor]:
    """Return the actors that are members of an organisation (on a date, if given), ordered by id."""
    params: list = []
    sql = f"SELECT * FROM actors WHERE {members_clause('id', organisation_id, as_of, params)} ORDER BY id"
    return _actors(conn, sql, tuple(params))


# --- votes -------------------------------------------------------------------------------------


def list_ballots(conn: sqlite3.Connection, actor_id: str, as_of: str | None = None) -> list[Ballot]:
    """Return how an actor voted, vote by vote in date order (votes held by as_of, if given)."""
    params: list = [actor_id]
    where = "b.actor_id = ?"
    if as_of is not None:
        where += " AND v.date <= ?"
        params.append(last_day(as_of))
    return ballots_where(conn, where, params)


def ballots_where(conn: sqlite3.Connection, where: str, params: Sequence[str]) -> list[Ballot]:
    """Return the ballots that meet a condition on b (ballots), v (votes) or a (actors), by vote and name."""
    rows = conn.execute(
        "SELECT b.vote_id, v.symbol, v.date, b.actor_id, a.name AS actor_name, b.choice"
        " FROM ballots b JOIN votes v ON v.id = b.vote_id JOIN actors a ON a.id = b.actor_id"
        f" WHERE {where} ORDER BY v.date, v.id, a.name",
        params,
    )
    return [Ballot(*row) for row in rows]


# --- topics, matrix, sources, citations ------------------------------------------------------


def list_topics(conn: sqlite3.Connection) -> list[Topic]:
    """Return the topics with how many positions each has."""
    rows = conn.execute(
        "SELECT t.*, count(p.id) AS positions FROM topics t LEFT JOIN positions p ON p.topic_id = t.id"
        " GROUP BY t.id ORDER BY t.id"
    ).fetchall()
    _check_rows("topic", rows)
    return [_from_row(Topic, row, {}) for row in rows]


# How matrix rows may be ordered: grouped by kind of actor, then by name; or by name alone.
MATRIX_SORTS = {
    "kind": lambda row: (row.actor_kind, fold(row.actor_name), row.actor_id),
    "name": lambda row: (fold(row.actor_name), row.actor_id),
}


def stance_matrix(
    conn: sqlite3.Connection,
    topic_ids: Sequence[str] = (),
    actor_kinds: Sequence[str] = (),
    as_of: str | None = None,
    member_of: str | None = None,
    sort: str = "kind",
) -> tuple[list[Topic], list[MatrixRow]]:
    """Return the topics shown and, per actor with any position, its latest stance on each topic; rows
    by kind of actor then name (sort 'kind'), or by name alone ('name')."""
    positions = list_positions(conn, topic_ids=topic_ids, actor_kinds=actor_kinds, as_of=as_of, member_of=member_of)
    topics = [topic for topic in list_topics(conn) if not topic_ids or topic.id in topic_ids]
    rows: dict[str, MatrixRow] = {}
    for position in positions:  # ordered by date within actor and topic, so the latest wins
        row = rows.setdefault(
            position.actor_id,
            MatrixRow(position.actor_id, position.actor_name, "", {topic.id: None for topic in topics}),
        )
        row.stances[position.topic_id] = position.stance
    kinds: dict[str, str] = {
        row[0]: row[1] for row in _in(conn, "SELECT id, kind FROM actors WHERE id IN ({})", list(rows))
    }
    found = [row._replace(actor_kind=kinds[row.actor_id]) for row in rows.values()]
    return topics, sorted(found, key=MATRIX_SORTS[sort])


# Grouping actors by a column of theirs; anything else names an organisation.
GROUP_COLUMNS = ("region", "subregion")
NO_GROUP = "(none recorded)"


def group_labels(
    conn: sqlite3.Connection, actor_ids: Sequence[str], by: str, as_of: str | None
) -> tuple[dict[str, str], str]:
    """Each actor's group: its region or sub-region, or whether it was a member of an organisation (on
    as_of, if given): 'members of NAME' or 'others'; and what by named (the column, or the organisation's id)."""
    if by in GROUP_COLUMNS:
        labels: dict[str, str | None] = {
            row[0]: row[1] for row in _in(conn, f"SELECT id, {by} FROM actors WHERE id IN ({{}})", list(actor_ids))
        }
        return {actor_id: labels.get(actor_id) or NO_GROUP for actor_id in actor_ids}, by
    organisation = find_actor(conn, by).actor_id
    params: list = []
    sql = f"SELECT id FROM actors WHERE {members_clause('id', organisation, as_of, params)}"
    members = {row[0] for row in conn.execute(sql, params)}
    name = conn.execute("SELECT name FROM actors WHERE id = ?", (organisation,)).fetchone()[0]
    return {actor_id: f"members of {name}" if actor_id in members else "others" for actor_id in actor_ids}, organisation


def stance_groups(
    conn: sqlite3.Connection,
    by: str,
    topic_ids: Sequence[str] = (),
    actor_kinds: Sequence[str] = (),
    as_of: str | None = None,
    member_of: str | None = None,
) -> tuple[list[Topic], list[MatrixGroup]]:
    """Return the topics shown and, per group of actors (by region, sub-region, or members of an
    organisation and the others), how many actors held each stance on each topic (their latest)."""
    topics, rows = stance_matrix(conn, topic_ids=topic_ids, actor_kinds=actor_kinds, as_of=as_of, member_of=member_of)
    group_of, _ = group_labels(conn, [row.actor_id for row in rows], by, as_of)
    groups: dict[str, MatrixGroup] = {}
    for row in rows:
        label = group_of[row.actor_id]
        group = groups.setdefault(label, MatrixGroup(label, 0, {topic.id: {} for topic in topics}))
        groups[label] = group._replace(actors=group.actors + 1)
        for topic_id, stance in row.stances.items():
            if stance is not None:
                group.stances[topic_id][stance] = group.stances[topic_id].get(stance, 0) + 1
    return topics, [groups[label] for label in sorted(groups)]


def list_sources(conn: sqlite3.Connection, limit: int = 0) -> list[Source]:
    """Return the bibliography with how many citations (and errata) point at each source; with limit, the
    first limit sources by id (a Listing that knows how many there are in all)."""
    sql = (
        "SELECT s.*, (SELECT count(*) FROM citations c WHERE c.source_id = s.id)"
        " + (SELECT count(*) FROM errata e WHERE e.source_id = s.id) AS cited FROM sources s"
    )
    rows, total = cut_rows(conn, sql, "ORDER BY s.id", (), limit)
    _check_rows("source", rows)
    return Listing([_from_row(Source, row, {"citations": row["cited"]}) for row in rows], total)


def footnote_references(conn: sqlite3.Connection) -> tuple[dict[str, Source], dict[str, list[Citation]]]:
    """What a Markdown dossier's footnotes need beyond its records: every source by id (publisher and
    date), and the citations of every vote (an actor's ballots are cited by their vote's sources)."""
    vote_ids = [row[0] for row in conn.execute("SELECT id FROM votes")]
    return {source.id: source for source in list_sources(conn)}, citations_for(conn, "vote", vote_ids)


def cite_record(conn: sqlite3.Connection, record_id: str) -> list[CitedRecord]:
    """Return every citation of the record(s) with this id, of whatever type."""
    found = []
    for kind in KINDS:
        current = record_id
        citations = citations_for(conn, kind.name, [record_id]).get(record_id)
        if not citations and (current := current_id(conn, kind.name, record_id) or record_id) != record_id:
            citations = citations_for(conn, kind.name, [current]).get(current)
        if citations:
            found.append(CitedRecord(type=kind.name, id=current, citations=citations))
    if not found:
        raise NotFoundError(f"no record with id {record_id!r} has citations; ids are shown by --json output")
    return found


def list_columns(conn: sqlite3.Connection) -> list[dict]:
    """Return every column of every table a query can read, with the codebook's description where it has one."""
    from karabakh_cli.codebook import TABLES

    tables = [row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
    columns = []
    for table in tables:
        described = TABLES.get(table, ("", {}))[1]
        for row in conn.execute('SELECT name, type, "notnull", pk FROM pragma_table_xinfo(?)', (table,)):
            columns.append(
                {
                    "table": table,
                    "column": row[0],
                    "type": row[1],
                    "not_null": bool(row[2]),
                    "primary_key": bool(row[3]),
                    "description": described.get(row[0]),
                }
            )
    return columns


def newest_source(conn: sqlite3.Connection) -> str | None:
    """The date of the newest source (meta newest_source): what the data is known to hold until, and the date a
    profile calls "now" when no --as-of is given (never the machine's clock)."""
    row = conn.execute("SELECT value FROM meta WHERE key = 'newest_source'").fetchone()
    return row[0] if row else None


def database_info(conn: sqlite3.Connection, path: Path) -> dict:
    """Return versions, seed hash, record counts and path of the open database."""
    tables = (*(kind.table for kind in KINDS), "aliases", "sources", "citations")
    counts = {table: conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0] for table in tables}
    return {
        **meta(conn),
        "counts": counts,
        "path": str(path),
    }


def place_points(conn: sqlite3.Connection) -> dict[str, tuple[float, float]]:
    """Every actor with coordinates, as id -> (longitude, latitude), for maps."""
    rows = conn.execute(
        "SELECT id, longitude, latitude FROM actors WHERE latitude IS NOT NULL AND longitude IS NOT NULL"
    )
    return {actor_id: (lon, lat) for actor_id, lon, lat in rows}


# --- graphs ------------------------------------------------------------------------------------


# Ties the overview (kcli graph without an actor or a topic) leaves out: a body's members and a place's
# place, 800 of the 950 relations; kcli graph ORG draws an organisation's members.
OVERVIEW_LEFT_OUT = (*MEMBERSHIP_PREDICATES, "observer", "located-in", "part-of")


def graph_records(
    conn: sqlite3.Connection, actor_id: str | None, topic_ids: Sequence[str], as_of: str | None, events: bool
) -> dict:
    """The records kcli graph draws (graphs.build_graph's arguments): an actor's relations, positions
    and events, only stances when topics are given, as of a date. Without an actor or a topic, an
    overview: the relations other than memberships and places (OVERVIEW_LEFT_OUT), and the stances."""
    actor_ids = [actor_id] if actor_id else []
    positions = list_positions(conn, actor_ids=actor_ids, topic_ids=topic_ids, as_of=as_of)
    with_ties = not topic_ids
    overview = actor_id is None and with_ties
    relations = list_relations(conn, actor_id, as_of=as_of) if with_ties else []
    if overview:
        relations = [relation for relation in relations if relation.predicate not in OVERVIEW_LEFT_OUT]
    return {
        "relations": relations,
        "positions": positions,
        "events": list_events(conn, start=as_of, end=as_of, actor_ids=actor_ids)
        if with_ties and events and not overview
        else [],
        "actor_kinds": dict(conn.execute("SELECT id, kind FROM actors").fetchall()),
        "focus": actor_id,
    }
