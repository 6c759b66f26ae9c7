"""The commands that show the data as pictures: browse (Datasette), graph (Mermaid, DOT) and chart.

register(app) adds them to kcli's app. Importing this module stays cheap, since it happens on every
run: helpers from karabakh_cli.cli and the heavy modules are imported inside the command bodies."""

import sqlite3
from collections.abc import Sequence
from enum import StrEnum
from typing import Annotated, Any

import typer


class GraphFormat(StrEnum):
    """Diagram languages kcli graph writes."""

    mermaid = "mermaid"
    dot = "dot"


class ChartUnit(StrEnum):
    """What one column of kcli chart stands for."""

    day = "day"
    week = "week"


class ChartStyle(StrEnum):
    """How kcli chart draws: a lane per kind of event, or stacked counts."""

    strip = "strip"
    histogram = "histogram"


def register(app: typer.Typer) -> None:
    """Add the browse, graph and chart commands to app."""
    # cli.py calls this last, so the options and completers it shares are defined by then.
    from karabakh_cli.cli import AsOfOption, EventActorOption, EventKindOption, _complete_actor, _complete_topic

    @app.command("browse")
    def browse(
        ctx: typer.Context,
        port: Annotated[int, typer.Option("--port", "-p", min=1, max=65535, help="Port to listen on.")] = 8001,
        open_browser: Annotated[bool, typer.Option("--open", help="Open the page in a web browser.")] = False,
        print_metadata: Annotated[
            bool, typer.Option("--print-metadata", help="Print the Datasette metadata as JSON and exit.")
        ] = False,
        allow_sql: Annotated[bool, typer.Option("--sql", help="Allow arbitrary SQL queries (off by default).")] = False,
    ) -> None:
        """Explore the database in a web browser with Datasette: tables, facets, search, canned queries.

        Serves the database read-only on http://127.0.0.1:8001/kcli (only this machine can reach it)
        until Ctrl-C. Needs Datasette: pip install 'kcli\\[web]'.

        Examples:

            kcli browse --print-metadata | jq '.databases.kcli.queries | keys'

            kcli --db my.db browse --port 8002 --open
        """
        from karabakh_cli.cli import _database, _state
        from karabakh_cli.db import resolve_path
        from karabakh_cli.errors import escape
        from karabakh_cli.queries import list_topics
        from karabakh_cli.web import build_metadata, check_port, require_datasette, serve, url

        with _database(ctx) as conn:
            metadata = build_metadata([topic.id for topic in list_topics(conn)])
        if print_metadata:
            import json
            import sys

            json.dump(metadata, sys.stdout, ensure_ascii=False, indent=2)
            sys.stdout.write("\n")
            return
        require_datasette()
        check_port(port)
        address = url(port)
        shown = escape(str(resolve_path(_state(ctx).db)))
        typer.echo(f"Serving {shown} read-only at {address} (Ctrl-C to stop)", err=True)
        if open_browser:
            import webbrowser

            webbrowser.open(address)
        serve(resolve_path(_state(ctx).db), metadata, port, allow_sql=allow_sql)

    @app.command("graph")
    def graph(
        ctx: typer.Context,
        actor: Annotated[
            str | None,
            typer.Argument(
                metavar="ACTOR",
                help="Only this actor's ties (id, name or alias); all actors without it.",
                autocompletion=_complete_actor,
            ),
        ] = None,
        topic: Annotated[
            list[str] | None,
            typer.Option(
                "--topic",
                "-t",
                help="Only stances on this topic (repeatable); leaves out relations.",
                autocompletion=_complete_topic,
            ),
        ] = None,
        as_of: AsOfOption = None,
        events: Annotated[
            bool, typer.Option("--events/--no-events", help="Include the events actors took part in, and their roles.")
        ] = True,
        fmt: Annotated[
            GraphFormat, typer.Option("--format", "-f", help="mermaid (for GitHub Markdown) or dot (for Graphviz).")
        ] = GraphFormat.mermaid,
    ) -> None:
        """Draw who is tied to whom: memberships, relations, stances and roles in events, as Mermaid or DOT.

        Relations are solid arrows, stances dashed arrows to topics, roles plain lines to events
        (dotted in DOT). The output is sorted, so it diffs well.

        Examples:

            kcli graph pakistan

            kcli graph unsc --as-of 2020-10-19 --no-events

            kcli graph --topic unsc-1993-resolutions --format dot

            kcli graph russia --format dot | dot -Tsvg > russia.svg
        """
        from karabakh_cli.cli import _database, _date
        from karabakh_cli.graphs import build_graph, render_dot, render_mermaid

        as_of = _date(as_of, "--as-of")
        with _database(ctx) as conn:
            records, title = _graph_records(conn, actor, topic or (), as_of, events)
        render = render_dot if fmt is GraphFormat.dot else render_mermaid
        typer.echo(render(build_graph(**records), title=title), nl=False)

    @app.command("chart")
    def chart(
        ctx: typer.Context,
        date_from: Annotated[
            str | None, typer.Option("--from", metavar="DATE", help="Start (default: 2020-09-27, the first day).")
        ] = None,
        date_to: Annotated[
            str | None, typer.Option("--to", metavar="DATE", help="End (default: 2020-11-10, the last day).")
        ] = None,
        by: Annotated[ChartUnit, typer.Option("--by", "-b", help="One column a day or a week.")] = ChartUnit.day,
        style: Annotated[
            ChartStyle, typer.Option("--style", "-s", help="strip: a lane per kind; histogram: stacked counts.")
        ] = ChartStyle.strip,
        actor: EventActorOption = None,
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
        from karabakh_cli.chart import WAR_END, WAR_START, render_chart
        from karabakh_cli.cli import _console, _database, _date
        from karabakh_cli.dates import first_day, last_day
        from karabakh_cli.errors import UsageError
        from karabakh_cli.queries import find_actor, list_events

        start = _date(date_from, "--from") or WAR_START
        end = _date(date_to, "--to") or WAR_END
        if first_day(start) > last_day(end):
            if date_to is None:
                raise UsageError(
                    f"--from {start} is after the default --to {WAR_END}, the war's last day; give --to too"
                )
            if date_from is None:
                raise UsageError(
                    f"--to {end} is before the default --from {WAR_START}, the war's first day; give --from too"
                )
            raise UsageError(f"--from {start} is after --to {end}")
        with _database(ctx) as conn:
            actor_id = find_actor(conn, actor).actor_id if actor is not None else None
            found = list_events(conn, start=start, end=end, actor_id=actor_id, kinds=kind or ())
        console = _console(ctx)
        if width is not None:
            console.width = width
        console.print(render_chart(found, start, end, by.value, style.value, console.width))


def _graph_records(
    conn: sqlite3.Connection, actor: str | None, topics: Sequence[str], as_of: str | None, events: bool
) -> tuple[dict[str, Any], str]:
    """The arguments of build_graph (relations, positions, events, actor kinds, focus) and a title."""
    from karabakh_cli.dates import format_date
    from karabakh_cli.queries import find_actor, list_actors, list_events, list_positions, list_relations

    actor_id = find_actor(conn, actor).actor_id if actor is not None else None
    actors = list_actors(conn)
    positions = list_positions(conn, actor_id=actor_id, topic_ids=topics, as_of=as_of)
    relations: list = []
    found_events: list = []
    if not topics:
        if actor_id is not None:
            relations = list_relations(conn, actor_id, as_of=as_of)
        else:
            by_id = {relation.id: relation for one in actors for relation in list_relations(conn, one.id, as_of=as_of)}
            relations = list(by_id.values())
        if events:
            found_events = list_events(conn, start=as_of, end=as_of, actor_id=actor_id)
    records = {
        "relations": relations,
        "positions": positions,
        "events": found_events,
        "actor_kinds": {one.id: one.kind for one in actors},
        "focus": actor_id,
    }
    title = next(one.name for one in actors if one.id == actor_id) if actor_id else "All actors"
    if topics:
        title += ": stances on " + ", ".join(topics)
    if as_of:
        title += f", as of {format_date(as_of)}"
    return records, title
