"""What the commands answer, from the filters people give them: names, partial dates, kinds, topics.

The one layer under both the command line (karabakh_cli/commands/) and the Python API (api.py): each
function takes an open database and the filters as a user gives them (an actor's name or alias, a date
such as '2020-10'), checks and resolves them, and returns the records `--json` prints. Errors are the
command's, naming its option ('--from: ...'). No Typer, no Rich: importing this stays cheap.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from typing import TYPE_CHECKING

from karabakh_cli import queries
from karabakh_cli.dates import parse_option
from karabakh_cli.models import Actor, ActorProfile, Event, Position, RollCall, SearchHit

if TYPE_CHECKING:
    from karabakh_cli.sql import SqlResult


def actor_profile(conn: sqlite3.Connection, name: str, as_of: str | None = None) -> ActorProfile:
    """kcli actor NAME [--as-of]: one actor, found by id, name or alias, with everything tied to it."""
    return queries.actor_profile(conn, name, as_of=parse_option(as_of, "--as-of"))


def actors(
    conn: sqlite3.Connection,
    kinds: Sequence[str] = (),
    member: str | None = None,
    as_of: str | None = None,
    limit: int = 0,
) -> list[Actor]:
    """kcli actors [--kind] [--member] [--as-of]: actors of some kinds, or an organisation's members on a date;
    with limit, the first limit of them."""
    as_of = parse_option(as_of, "--as-of")
    member_of = queries.actor_id_of(conn, member)
    return queries.list_actors(conn, kinds, member_of=member_of, as_of=as_of, limit=limit)


def timeline(
    conn: sqlite3.Connection,
    start: str | None = None,
    end: str | None = None,
    actors: Sequence[str] = (),
    kinds: Sequence[str] = (),
    limit: int = 0,
    context: bool = True,
) -> list[Event]:
    """kcli timeline [--from] [--to] [--actor] [--kind] [--all]: events whose span overlaps the window, in date
    order; without context, not the events marked as context (kcli timeline leaves them out unless --all); with
    limit, the first limit of them, cut in SQL (a Listing that knows how many there are in all)."""
    start, end = parse_option(start, "--from"), parse_option(end, "--to")
    actor_ids = queries.actor_ids_of(conn, actors)
    return queries.list_events(
        conn, start=start, end=end, actor_ids=actor_ids, kinds=kinds, limit=limit, context=context
    )


def event(conn: sqlite3.Connection, words: str) -> tuple[Event, str]:
    """kcli event ID: one event by its id (or a former id) or the words of its title, and how it was found:
    "id", "title" or "closest" (a clear near miss of a title; the command says so)."""
    return queries.find_event(conn, words)


def positions(
    conn: sqlite3.Connection,
    topics: Sequence[str] = (),
    actors: Sequence[str] = (),
    stances: Sequence[str] = (),
    kinds: Sequence[str] = (),
    member: str | None = None,
    as_of: str | None = None,
    limit: int = 0,
) -> list[Position]:
    """kcli positions [--topic] [--actor] [--stance] [--kind] [--member] [--as-of]: who stood where, and when;
    with limit, the first limit of them, cut in SQL (a Listing that knows how many there are in all)."""
    as_of = parse_option(as_of, "--as-of")
    return queries.list_positions(
        conn,
        actor_ids=queries.actor_ids_of(conn, actors),
        topic_ids=topics,
        stances=stances,
        actor_kinds=kinds,
        as_of=as_of,
        member_of=queries.actor_id_of(conn, member),
        limit=limit,
    )


def roll_call(conn: sqlite3.Connection, vote_id: str, by: str | None = None) -> RollCall:
    """kcli vote ID [--by]: a vote by id or document symbol, with its ballots grouped."""
    from karabakh_cli.votes import roll_call as grouped

    return grouped(conn, vote_id, by=by)


def search(conn: sqlite3.Connection, text: str, limit: int = 20) -> list[SearchHit]:
    """kcli search TEXT [--limit]: the best full-text matches, best first."""
    from karabakh_cli.search import search as best_matches

    return best_matches(conn, text, limit=limit)


def sql_records(result: SqlResult) -> list[dict]:
    """kcli sql SQL: the rows of a query's result (sql.run_sql) as dicts keyed by column, as --json prints them."""
    return [dict(zip(result.columns, row, strict=True)) for row in result.rows]
