"""Read recorded votes and their roll calls, grouped the memo's way: by UN region, sub-region or the
members of an organisation on the day of the vote. Pure functions with parameterised SQL only."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence

from karabakh_cli.dates import last_day, precision
from karabakh_cli.errors import NotFoundError, UsageError
from karabakh_cli.models import Ballot, RollCall, Vote, VoteGroup
from karabakh_cli.queries import GROUP_COLUMNS, ballots_where, group_labels, members_clause, records_of

# The choices a ballot records, in the order tallies list them.
CHOICES = ("yes", "no", "abstain", "absent", "non-member")


def list_votes(
    conn: sqlite3.Connection,
    as_of: str | None = None,
    member_of: str | None = None,
) -> list[Vote]:
    """Return the votes in date order (those held by as_of, if given); with member_of, each recorded
    tally counts only the ballots of the organisation's members on the day of the vote."""
    params: list = []
    where = "1"
    if as_of is not None:
        where = "v.date <= ?"
        params.append(last_day(as_of))
    rows = conn.execute(
        "SELECT v.*, a.name AS body_name FROM votes v JOIN actors a ON a.id = v.body_id"
        f" WHERE {where} ORDER BY v.date, v.id",
        params,
    ).fetchall()
    votes = _votes(conn, rows)
    if member_of is None:
        return votes
    return [_members_tally(conn, vote, member_of) for vote in votes]


def get_vote(conn: sqlite3.Connection, vote_id: str) -> Vote:
    """Return one vote by its id or document symbol ('a-res-62-243' or 'A/RES/62/243')."""
    rows = conn.execute(
        "SELECT v.*, a.name AS body_name FROM votes v JOIN actors a ON a.id = v.body_id"
        " WHERE v.id = ?1 OR upper(v.symbol) = upper(?1)",
        (vote_id.strip(),),
    ).fetchall()
    if not rows:
        known = ", ".join(row[0] for row in conn.execute("SELECT id FROM votes ORDER BY date"))
        raise NotFoundError(f"no vote with id or symbol {vote_id!r}; kcli votes lists them ({known})")
    return _votes(conn, rows)[0]


def _votes(conn: sqlite3.Connection, rows: Sequence[sqlite3.Row]) -> list[Vote]:
    return records_of(conn, Vote, "vote", rows, lambda row: {"precision": precision(row["date"])})


def _members_tally(conn: sqlite3.Connection, vote: Vote, organisation_id: str) -> Vote:
    if vote.method != "recorded":
        return vote
    params: list = [vote.id]
    clause = members_clause("b.actor_id", organisation_id, vote.date, params)
    counts = dict(
        conn.execute(
            f"SELECT choice, count(*) FROM ballots b WHERE b.vote_id = ? AND {clause} GROUP BY choice", params
        ).fetchall()
    )
    return vote._replace(**{choice: counts.get(choice, 0) for choice in ("yes", "no", "abstain", "absent")})


def roll_call(conn: sqlite3.Connection, vote_id: str, by: str | None = None) -> RollCall:
    """Return a vote and its ballots, in one group or grouped by region, sub-region or the members of
    an organisation (by its id, name or alias) on the day of the vote, each group with its tally."""
    vote = get_vote(conn, vote_id)
    ballots = ballots_where(conn, "b.vote_id = ?", [vote.id])
    if by is None:
        return RollCall(vote=vote, by=None, groups=[_group("all", ballots)])
    labels, grouped_by = group_labels(conn, [ballot.actor_id for ballot in ballots], by, vote.date)
    if grouped_by not in GROUP_COLUMNS and set(labels.values()) <= {"others"}:
        raise UsageError(f"--by {by}: no state that voted was a member of {by} on {vote.date}")
    groups = [_group(name, [b for b in ballots if labels[b.actor_id] == name]) for name in sorted(set(labels.values()))]
    return RollCall(vote=vote, by=grouped_by, groups=groups)


def _group(name: str, ballots: list[Ballot]) -> VoteGroup:
    tally = {choice: sum(1 for ballot in ballots if ballot.choice == choice) for choice in CHOICES}
    return VoteGroup(group=name, tally=tally, ballots=ballots)
