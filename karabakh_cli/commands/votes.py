"""kcli votes and vote: recorded votes, their tallies and roll calls, grouped the memo's way."""

from typing import TYPE_CHECKING, Annotated

import typer

from karabakh_cli import lazy
from karabakh_cli.models import Ballot, RollCall, Vote
from karabakh_cli.options import (
    AsOfOption,
    FormatOption,
    FullOption,
    GroupByOption,
    JsonOption,
    LimitOption,
    MemberOption,
    chosen_format,
    command_app,
    completer,
    database,
    emit,
    parse_date_option,
    shown_count,
)
from karabakh_cli.text import note

app = command_app()
# Loaded on first use (Rich only for tables); imported for real when types are checked.
if TYPE_CHECKING:
    from karabakh_cli import answers, queries, render, votes
else:
    render = lazy.module("karabakh_cli.render")
    votes = lazy.module("karabakh_cli.votes")
    queries = lazy.module("karabakh_cli.queries")
    answers = lazy.module("karabakh_cli.answers")


@app.command("votes")
def votes_list(
    ctx: typer.Context,
    member: MemberOption = None,
    as_of: AsOfOption = None,
    limit: LimitOption = None,
    full: FullOption = False,
    fmt: FormatOption = None,
    as_json: JsonOption = False,
) -> None:
    """Recorded votes and texts adopted without a vote, with their tallies.

    With --member, each tally counts only the organisation's members on the day of the vote.

    Examples:

        kcli votes

        kcli votes --member nam

        kcli votes --json | jq -r '.[] | .symbol + " " + (.yes|tostring)'
    """
    fmt = chosen_format(fmt, as_json)
    as_of = parse_date_option(as_of, "--as-of")
    with database(ctx) as conn:
        member_of = queries.actor_id_of(conn, member)
        found = votes.list_votes(conn, as_of=as_of, member_of=member_of, limit=shown_count(fmt, limit))
        organisation = queries.get_actor(conn, member_of).name if member_of else None
    if organisation:
        note(
            f"the tallies count only members of the {organisation} on the day of each vote;"
            f" kcli vote ID --by {member_of} shows members and others"
        )
    emit(ctx, found, fmt, Vote, lambda shown: render.render_votes(shown, full), limit=limit)


@app.command("vote")
def vote_show(
    ctx: typer.Context,
    vote_id: Annotated[
        str,
        typer.Argument(
            metavar="ID",
            help="The vote's id or its symbol as people write it (A/RES/62/243, S/RES/822 (1993), PACE 2517).",
            autocompletion=completer("vote"),
        ),
    ],
    by: GroupByOption = None,
    fmt: FormatOption = None,
    as_json: JsonOption = False,
) -> None:
    """Show one vote: what it asked, its tally, and how each state voted, grouped with a tally per group.

    As CSV, one row per ballot: the group, then the ballot's fields.

    Examples:

        kcli vote A/RES/62/243

        kcli vote "S/RES/822 (1993)"

        kcli vote a-res-62-243 --by region

        kcli vote a-res-62-243 --by nam --json | jq '.groups[] | {group, tally}'

        kcli vote a-res-62-243 --by region --format csv > ballots.csv
    """
    fmt = chosen_format(fmt, as_json)
    with database(ctx) as conn:
        found = answers.roll_call(conn, vote_id, by=by)
    emit(ctx, found, fmt, RollCall, lambda shown: render.render_roll_call(shown), fields=("group", *Ballot._fields))
