"""The kinds of record kcli holds, declared once.

A record kind is a table of rows with an `id` that citations back and errata can concern. The build,
the data checks, full-text search, `kcli cite`, `kcli db info` and the web view all iterate KINDS, so a
new kind is its SQL in db/seed.sql plus one declaration here. Cheap to import: no other kcli module.
"""

from typing import NamedTuple


class RecordKind(NamedTuple):
    """One kind of citable record."""

    name: str  # as in JSON ("type") and in citations.record_type
    table: str
    # (id, title, body) for each row, for full-text search; None keeps the kind out of search.
    search_sql: str | None = None
    # The record's dates are partial dates in `date` and `end_date`; the build derives span_start/span_end.
    dated: bool = False
    # An undated record (date NULL) holds from the beginning; an open end (end_date NULL) holds ever after.
    open_ended: bool = False
    # The table has an end_date column beside its date (a vote has a date alone).
    ends: bool = True
    label_column: str | None = None  # the column that names a row (Datasette)
    facets: tuple[str, ...] = ()  # columns worth counting by (Datasette)
    sort: str | None = None  # default sort (Datasette)
    # Indexes the build adds once the span columns exist, as column lists ("kind, span_start").
    indexes: tuple[str, ...] = ()
    # The table has a status (verified, partial, unverified) that speaks about its sources (kcli db check).
    has_status: bool = False
    # SQL for the ids of the rows that concern any of some actors, {0} standing for their ids
    # (kcli errata --actor); None: the kind's rows concern no actor in particular.
    concerning_sql: str | None = None


KINDS: list[RecordKind] = [
    RecordKind(
        "actor",
        "actors",
        search_sql="SELECT a.id, a.name, a.summary || ' ' || coalesce(group_concat(l.alias, ' '), '')"
        " FROM actors a LEFT JOIN aliases l ON l.actor_id = a.id GROUP BY a.id ORDER BY a.id",
        dated=True,
        open_ended=True,
        label_column="name",
        facets=("kind", "region", "subregion"),
        concerning_sql="SELECT id FROM actors WHERE id IN ({0})",
    ),
    RecordKind(
        "event",
        "events",
        search_sql="SELECT id, title, summary FROM events ORDER BY id",
        dated=True,
        label_column="title",
        facets=("kind", "status"),
        sort="sort_day",
        indexes=("span_start, span_end", "kind, span_start"),
        has_status=True,
        concerning_sql="SELECT event_id FROM event_actors WHERE actor_id IN ({0})",
    ),
    RecordKind(
        "position",
        "positions",
        search_sql="SELECT p.id, a.name || ': ' || t.name, p.summary FROM positions p"
        " JOIN actors a ON a.id = p.actor_id JOIN topics t ON t.id = p.topic_id ORDER BY p.id",
        dated=True,
        open_ended=True,
        facets=("stance", "topic_id", "status"),
        sort="actor_id",
        indexes=("actor_id, span_start",),
        has_status=True,
        concerning_sql="SELECT id FROM positions WHERE actor_id IN ({0})",
    ),
    RecordKind(
        "relation",
        "relations",
        search_sql="SELECT id, subject_id || ' ' || predicate || ' ' || object_id, summary FROM relations ORDER BY id",
        dated=True,
        open_ended=True,
        facets=("predicate", "object_id", "status"),
        sort="subject_id",
        indexes=("object_id, predicate, span_start",),
        has_status=True,
        concerning_sql="SELECT id FROM relations WHERE subject_id IN ({0}) OR object_id IN ({0})",
    ),
    RecordKind(
        "vote",
        "votes",
        search_sql="SELECT id, symbol || ': ' || title, summary FROM votes ORDER BY id",
        dated=True,
        ends=False,
        label_column="title",
        facets=("body_id", "method", "status"),
        sort="date",
        has_status=True,
    ),
    RecordKind(
        "erratum",
        "errata",
        search_sql="SELECT id, says, correction FROM errata ORDER BY id",
        label_column="says",
        facets=("kind", "source_id"),
    ),
]


def date_columns(kind: RecordKind) -> str:
    """SQL for a kind's date and end date (NULL where the kind has no end date)."""
    return "date, end_date" if kind.ends else "date, NULL"
