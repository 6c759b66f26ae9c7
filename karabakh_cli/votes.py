"""Read recorded votes and their roll calls, grouped the memo's way: by UN region, sub-region or the
members of an organisation on the day of the vote. Pure functions with parameterised SQL only."""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Sequence

from karabakh_cli.dates import last_day, precision
from karabakh_cli.errors import NotFoundError, UsageError
from karabakh_cli.models import Ballot, Listing, RollCall, Vote, VoteGroup
from karabakh_cli.queries import GROUP_COLUMNS, ballots_where, cut_rows, group_labels, members_clause, records_of

# The choices a ballot records, in the order tallies list them.
CHOICES = ("yes", "no", "abstain", "absent", "non-member")


def list_votes(
    conn: sqlite3.Connection,
    as_of: str | None = None,
    member_of: str | None = None,
    limit: int = 0,
) -> list[Vote]:
    """Return the votes in date order (those held by as_of, if given); with member_of, each recorded
    tally counts only the ballots of the organisation's members on the day of the vote; with limit, the
    first limit of them, cut in SQL (a Listing that knows how many there are in all)."""
    params: list = []
    where = "1"
    if as_of is not None:
        where = "v.date <= ?"
        params.append(last_day(as_of))
    sql = f"SELECT v.*, a.name AS body_name FROM votes v JOIN actors a ON a.id = v.body_id WHERE {where}"
    rows, total = cut_rows(conn, sql, "ORDER BY v.date, v.id", params, limit)
    votes = _votes(conn, rows)
    if member_of is not None:
        votes = [_members_tally(conn, vote, member_of) for vote in votes]
    return Listing(votes, total)


def get_vote(conn: sqlite3.Connection, vote_id: str) -> Vote:
    """Return one vote by its id or its document symbol as people write it: 'a-res-62-243',
    'A/RES/62/243', 'S/RES/822 (1993)', 's/res/822', 'Resolution 2517 (2023)' or 'PACE 2517'."""
    wanted = symbol_key(vote_id)
    matches = [
        row[0]
        for row in conn.execute("SELECT id, symbol FROM votes ORDER BY date, id")
        if vote_id.strip() == row[0] or wanted in (symbol_key(row[1]), symbol_key(row[0]))
    ]
    if len(matches) > 1:
        raise UsageError(
            f"{vote_id!r} names {len(matches)} votes ({', '.join(matches)}); give the id or the full symbol"
        )
    if not matches:
        known = ", ".join(row[0] for row in conn.execute("SELECT id FROM votes ORDER BY date"))
        raise NotFoundError(f"no vote with id or symbol {vote_id!r}; kcli votes lists them ({known})")
    rows = conn.execute(
        "SELECT v.*, a.name AS body_name FROM votes v JOIN actors a ON a.id = v.body_id WHERE v.id = ?", matches
    ).fetchall()
    return _votes(conn, rows)[0]


# Words people put before a number of a text cited by number ('PACE Resolution 2517', 'Res. 2517').
_LEADING_WORDS = re.compile(r"^(?:PACE|EP|OIC|UNSC|UNGA)?(?:RESOLUTION|RES(?=\d))?")
# The year in brackets after a Council or PACE number ('S/RES/822 (1993)', 'Resolution 2517 (2023)').
_TRAILING_YEAR = re.compile(r"\((?:19|20)\d\d\)$")


def symbol_key(text: str) -> str:
    """The form every spelling of one symbol shares: upper case, without spaces, dots, a leading body or
    'Resolution' word, or a trailing year in brackets ('S/RES/822 (1993)' and 's/res/822' give
    'S/RES/822'; 'Resolution 2517 (2023)' and 'PACE 2517' give '2517'). A slug id gives its own key."""
    key = re.sub(r"[\s.]", "", text.upper())
    key = _TRAILING_YEAR.sub("", key)
    key = _LEADING_WORDS.sub("", key, count=1)
    return _TRAILING_YEAR.sub("", key) or text.strip().upper()


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
