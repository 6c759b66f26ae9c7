"""kcli positions, matrix and topics: who took which stance on what, and when."""

from enum import StrEnum
from typing import TYPE_CHECKING, Annotated

import typer

from karabakh_cli import lazy
from karabakh_cli.models import MatrixGroup, MatrixRow, Position, Topic
from karabakh_cli.options import (
    ActorKindOption,
    ActorsOption,
    AsOfOption,
    FormatOption,
    FullOption,
    GroupByOption,
    JsonOption,
    LimitOption,
    MemberOption,
    TopicOption,
    chosen_format,
    command_app,
    completer,
    database,
    emit,
    parse_date_option,
    shown_count,
)

app = command_app()
# Loaded on first use (Rich only for tables); imported for real when types are checked.
if TYPE_CHECKING:
    from karabakh_cli import answers, queries, render
else:
    render = lazy.module("karabakh_cli.render")
    queries = lazy.module("karabakh_cli.queries")
    answers = lazy.module("karabakh_cli.answers")


class MatrixSort(StrEnum):
    """How kcli matrix orders its rows (queries.MATRIX_SORTS)."""

    kind = "kind"
    name = "name"


@app.command("positions")
def positions_list(
    ctx: typer.Context,
    topic: TopicOption = None,
    actor: ActorsOption = None,
    stance: Annotated[
        list[str] | None,
        typer.Option(
            "--stance",
            "-s",
            metavar="STANCE",
            help="supports, opposes, neutral or ambiguous (repeatable).",
            autocompletion=completer("stance"),
        ),
    ] = None,
    kind: ActorKindOption = None,
    member: MemberOption = None,
    as_of: AsOfOption = None,
    limit: LimitOption = None,
    full: FullOption = False,
    fmt: FormatOption = None,
    as_json: JsonOption = False,
) -> None:
    """Who took which stance on which topic, and when, with sources.

    Examples:

        kcli positions --topic territorial-integrity-azerbaijan

        kcli positions --actor india

        kcli positions --member nam --as-of 2020-10 --topic ceasefire

        kcli positions --stance supports --kind state --json | jq -r '.[].actor_id'
    """
    fmt = chosen_format(fmt, as_json)
    with database(ctx) as conn:
        positions = answers.positions(
            conn,
            topic or (),
            actor or (),
            stance or (),
            kind or (),
            member=member,
            as_of=as_of,
            limit=shown_count(fmt, limit),
        )
    emit(ctx, positions, fmt, Position, lambda shown: render.render_positions(shown, full), limit=limit)


@app.command("matrix")
def matrix(
    ctx: typer.Context,
    topic: TopicOption = None,
    kind: ActorKindOption = None,
    member: MemberOption = None,
    by: GroupByOption = None,
    as_of: AsOfOption = None,
    sort: Annotated[
        MatrixSort, typer.Option("--sort", help="Rows grouped by kind of actor, then by name; or by name alone.")
    ] = MatrixSort.kind,
    limit: LimitOption = None,
    fmt: FormatOption = None,
    as_json: JsonOption = False,
) -> None:
    """Who stood where: actors as rows, topics as columns, one glyph per stance (latest as of the date).

    With --by, how many stood where: a row per topic and group, the stances named in the header.

    Examples:

        kcli matrix --kind state

        kcli matrix --kind state --by region

        kcli matrix --member nam --as-of 2020-10

        kcli matrix --topic territorial-integrity-azerbaijan --topic recognition-of-artsakh

        kcli matrix --json | jq '.[] | select(.stances["recognition-of-artsakh"] == "supports")'
    """
    fmt = chosen_format(fmt, as_json)
    as_of = parse_date_option(as_of, "--as-of")
    with database(ctx) as conn:
        filters = (topic or (), kind or (), as_of, queries.actor_id_of(conn, member))  # the two queries' filters
        if by is not None:
            topics, groups = queries.stance_groups(conn, by, *filters)
        else:
            topics, rows = queries.stance_matrix(conn, *filters, sort=sort.value)
    # CSV is wide: one column per topic after the row's own fields.
    wide = [topic.id for topic in topics]
    if by is not None:
        fields = [*MatrixGroup._fields[:-1], *wide]
        emit(ctx, groups, fmt, MatrixGroup, lambda shown: render.render_matrix_groups((topics, shown)), fields, limit)
    else:
        fields = [*MatrixRow._fields[:-1], *wide]
        emit(ctx, rows, fmt, MatrixRow, lambda shown: render.render_matrix((topics, shown)), fields, limit)


@app.command("topics")
def topics_list(
    ctx: typer.Context, limit: LimitOption = None, fmt: FormatOption = None, as_json: JsonOption = False
) -> None:
    """List the topics actors took stances on.

    Examples:

        kcli topics

        kcli topics --json | jq -r '.[].id'
    """
    fmt = chosen_format(fmt, as_json)
    with database(ctx) as conn:
        topics = queries.list_topics(conn)
    emit(ctx, topics, fmt, Topic, lambda shown: render.render_topics(shown), limit=limit)
