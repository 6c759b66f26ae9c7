"""kcli browse, graph and chart: the data as a web view, a diagram and a terminal chart."""

from enum import StrEnum
from typing import Annotated

import typer

from karabakh_cli.errors import UsageError
from karabakh_cli.graphs import Graph
from karabakh_cli.options import (
    ActorsOption,
    AsOfOption,
    EventKindOption,
    FromOption,
    ToOption,
    TopicOption,
    chosen_format,
    command_app,
    complete_actor,
    console,
    database,
    database_path,
    emit,
    format_option,
    parse_date_option,
)

app = command_app()


class ChartUnit(StrEnum):
    """What one column of kcli chart stands for."""

    day = "day"
    week = "week"


class ChartStyle(StrEnum):
    """How kcli chart draws: a lane per kind of event, or stacked counts."""

    lanes = "strip"  # (not named strip: that is str.strip)
    histogram = "histogram"


@app.command("browse")
def browse(
    ctx: typer.Context,
    host: Annotated[
        str,
        typer.Option(
            "--host",
            metavar="ADDRESS",
            help="Address to listen on: 127.0.0.1 or ::1 for this machine only; 0.0.0.0 or :: (any address of"
            " this machine) opens the view to every machine that can reach it.",
        ),
    ] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", "-p", min=1, max=65535, help="Port to listen on.")] = 8001,
    open_browser: Annotated[bool, typer.Option("--open", help="Open the page in a web browser.")] = False,
    print_metadata: Annotated[
        bool, typer.Option("--print-metadata", help="Print the Datasette metadata as JSON and exit.")
    ] = False,
    allow_sql: Annotated[bool, typer.Option("--sql", help="Allow arbitrary SQL queries (off by default).")] = False,
) -> None:
    """Explore the database in a web browser with Datasette: tables, facets, search, canned queries.

    Serves the database read-only on http://127.0.0.1:8001/kcli (only this machine can reach it)
    until Ctrl-C. Needs Datasette: pip install 'karabakh-cli[web]'.

    Examples:

        kcli browse --print-metadata | jq '.databases.kcli.queries | keys'

        kcli --db my.db browse --port 8002 --open
    """
    from karabakh_cli.queries import list_topics
    from karabakh_cli.text import safe
    from karabakh_cli.web import build_metadata, check_port, local_to_this_machine, require_datasette, serve, url

    with database(ctx) as conn:
        metadata = build_metadata([topic.id for topic in list_topics(conn)])
    if print_metadata:
        emit(ctx, metadata, "json", dict)
        return
    require_datasette()
    check_port(port, host)
    address = url(port, host)
    path = database_path(ctx)
    reach = "" if local_to_this_machine(host) else "open to other machines; "
    typer.echo(f"Serving {safe(str(path), one_line=True)} read-only at {address} ({reach}Ctrl-C to stop)", err=True)
    if open_browser:
        import webbrowser

        webbrowser.open(address)
    serve(path, metadata, port, allow_sql=allow_sql, host=host)


@app.command("graph")
def graph(
    ctx: typer.Context,
    actor: Annotated[
        str | None,
        typer.Argument(
            metavar="ACTOR",
            help="Only this actor's ties (id, name or alias); all actors without it.",
            autocompletion=complete_actor,
        ),
    ] = None,
    topic: TopicOption = None,
    as_of: AsOfOption = None,
    events: Annotated[
        bool, typer.Option("--events/--no-events", help="Include the events actors took part in, and their roles.")
    ] = True,
    fmt: Annotated[str | None, format_option(Graph)] = None,
) -> None:
    """Draw who is tied to whom: memberships, relations, stances and roles in events, as Mermaid or DOT.

    Relations are solid arrows, stances dashed arrows to topics, roles plain lines to events
    (dotted in DOT). The output is sorted, so it diffs well. Without an actor or a topic, an
    overview: ties other than memberships and places, and stances (no events). Mermaid (and
    GitHub) draws at most 500 ties in 50,000 characters; DOT any number.

    Examples:

        kcli graph pakistan

        kcli graph

        kcli graph unsc --as-of 2020-10-19 --no-events

        kcli graph --topic unsc-1993-resolutions --format dot

        kcli graph russia --format dot | dot -Tsvg > russia.svg
    """
    from karabakh_cli.graphs import build_graph, graph_title
    from karabakh_cli.queries import actor_id_of, get_actor, graph_records

    as_of = parse_date_option(as_of, "--as-of")
    with database(ctx) as conn:
        actor_id = actor_id_of(conn, actor)
        records = graph_records(conn, actor_id, topic or (), as_of, events)
        name = get_actor(conn, actor_id).name if actor_id else None
    emit(
        ctx,
        build_graph(**records),
        chosen_format(fmt, False, Graph),
        Graph,
        extra=graph_title(name, topic or (), as_of),
    )


@app.command("chart")
def chart(
    ctx: typer.Context,
    date_from: FromOption = None,
    date_to: ToOption = None,
    by: Annotated[ChartUnit, typer.Option("--by", "-b", help="One column a day or a week.")] = ChartUnit.day,
    style: Annotated[
        ChartStyle, typer.Option("--style", "-s", help="strip: a lane per kind; histogram: stacked counts.")
    ] = ChartStyle.lanes,
    actor: ActorsOption = None,
    kind: EventKindOption = None,
    width: Annotated[
        int | None, typer.Option("--width", "-w", min=40, help="Columns to fit (default: the terminal's).")
    ] = None,
) -> None:
    """Draw the war's days in the terminal: events by day or week, one letter per kind of event.

    F fighting, C ceasefires, D diplomacy, R recognitions, P other; a legend and the list of the
    events drawn follow. The window is the 44 days unless --from or --to say otherwise.

    Examples:

        kcli chart

        kcli chart --by week --style histogram

        kcli chart --from 2020-10 --to 2020-10 --kind ceasefire --width 80

        kcli chart --actor russia --by week
    """
    from karabakh_cli.chart import render_chart
    from karabakh_cli.queries import actor_ids_of, list_events

    start, end = _chart_window(date_from, date_to)
    with database(ctx) as conn:
        found = list_events(conn, start=start, end=end, actor_ids=actor_ids_of(conn, actor), kinds=kind or ())
    shown = console(ctx)
    if width is not None:
        shown.width = width
    shown.print(render_chart(found, start, end, by.value, style.value, shown.width))


def _chart_window(date_from: str | None, date_to: str | None) -> tuple[str, str]:
    """The chart's window: the dates given, the war's 44 days for those not given."""
    from karabakh_cli.chart import WAR_END, WAR_START
    from karabakh_cli.dates import window

    start = parse_date_option(date_from, "--from") or WAR_START
    end = parse_date_option(date_to, "--to") or WAR_END
    try:
        window(start, end)
    except ValueError as error:
        if date_to is None:
            message = f"--from {start} is after the default --to {WAR_END}, the war's last day; give --to too"
        elif date_from is None:
            message = f"--to {end} is before the default --from {WAR_START}, the war's first day; give --from too"
        else:
            message = f"--from {start} is after --to {end}"
        raise UsageError(message) from error
    return start, end
