"""kcli for notebooks and scripts: the records the commands print with --json, as Python objects.

    >>> from karabakh_cli import api
    >>> api.actor("pakistan").name
    'Pakistan'

Each function takes the filters of its command (names and aliases as people write them, partial dates
such as '2020-10') and returns the command's records: read-only tuples with named fields, whose
`as_dict()` is the JSON object. `db=` reads another kcli database (a path); without it, the one the
command line reads ($KCLI_DB, else the bundled file). Errors are kcli's (karabakh_cli.errors.KcliError:
UsageError for a bad filter, NotFoundError for an unknown name or id, DatabaseError for a bad file).

The functions call the same layer as the commands (karabakh_cli.answers); importing this module loads
neither Typer nor Rich. docs/python-api.md has examples.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from os import PathLike

from karabakh_cli import answers
from karabakh_cli.models import Actor, ActorProfile, Event, Position, RollCall, SearchHit

# A filter that may be given once or many times: 'state', or ['state', 'quasi-state'].
Many = str | Iterable[str] | None
Database = str | PathLike[str] | None


def actor(name: str, as_of: str | None = None, db: Database = None) -> ActorProfile:
    """One actor by id, name or alias (a near miss resolves to the closest), with its relations,
    positions, events and votes: those that held on as_of, if given (kcli actor NAME --as-of DATE)."""
    with _database(db) as conn:
        return answers.actor_profile(conn, name, as_of=as_of)


def actors(kind: Many = None, member: str | None = None, as_of: str | None = None, db: Database = None) -> list[Actor]:
    """Actors by id: all, of some kinds, or the members of an organisation on a date (kcli actors)."""
    with _database(db) as conn:
        return answers.actors(conn, _many(kind), member=member, as_of=as_of)


def timeline(
    start: str | None = None, end: str | None = None, kind: Many = None, actor: Many = None, db: Database = None
) -> list[Event]:
    """Events whose span overlaps [start, end] (partial dates cover their whole month or year), in date
    order, of some kinds and with any of some actors (kcli timeline --from --to --kind --actor)."""
    with _database(db) as conn:
        return answers.timeline(conn, start=start, end=end, actors=_many(actor), kinds=_many(kind))


def event(event_id: str, db: Database = None) -> Event:
    """One event by its id, or by words of its title as kcli event takes them (a clear near miss
    resolves to the closest title, with a warning)."""
    with _database(db) as conn:
        found, how = answers.event(conn, event_id)
    if how == "closest":  # the command says so on stderr; a notebook shows a warning
        import warnings

        warnings.warn(f"no event is called {event_id!r}; returning the closest, {found.id}", stacklevel=2)
    return found


def positions(
    topic: Many = None,
    actor: Many = None,
    stance: Many = None,
    kind: Many = None,
    member: str | None = None,
    as_of: str | None = None,
    db: Database = None,
) -> list[Position]:
    """Who took which stance on which topic, and when (kcli positions --topic --actor --stance --kind
    --member --as-of)."""
    with _database(db) as conn:
        return answers.positions(
            conn, _many(topic), _many(actor), _many(stance), _many(kind), member=member, as_of=as_of
        )


def vote(symbol: str, by: str | None = None, db: Database = None) -> RollCall:
    """A vote by document symbol ('A/RES/62/243') or id, with its ballots: in one group, or grouped
    by region, subregion or an organisation's members on the day (kcli vote ID --by)."""
    with _database(db) as conn:
        return answers.roll_call(conn, symbol, by=by)


def search(text: str, limit: int = 20, db: Database = None) -> list[SearchHit]:
    """The best full-text matches for text, best first (kcli search TEXT --limit)."""
    with _database(db) as conn:
        return answers.search(conn, text, limit=limit)


def sql(query: str, timeout: float = 5.0, max_rows: int = 10_000, db: Database = None) -> list[dict]:
    """The rows of one read-only SELECT, each a dict keyed by column (kcli sql SQL --json); at most
    max_rows of them, the query stopped after timeout seconds."""
    from karabakh_cli.sql import run_sql

    with _database(db) as conn:
        return answers.sql_records(run_sql(conn, query, timeout=timeout, max_rows=max_rows))


def _many(value: Many) -> tuple[str, ...]:
    """A filter given once ('state') or many times (['state', 'party']) as a tuple; None as none."""
    if value is None:
        return ()
    if isinstance(value, str):
        return (value,)
    return tuple(value)


@contextmanager
def _database(db: Database) -> Iterator[sqlite3.Connection]:
    """The database at db (else $KCLI_DB, else the bundled one), open read-only for one call."""
    from karabakh_cli.db import connect, resolve_path

    conn = connect(resolve_path(None if db is None else str(db)))
    try:
        yield conn
    finally:
        conn.close()
