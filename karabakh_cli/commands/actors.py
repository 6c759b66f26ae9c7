"""kcli actor, actors, event and timeline: who the actors were and what happened when."""

import sys
from typing import Annotated

import typer

from karabakh_cli import lazy
from karabakh_cli.models import Actor, ActorProfile, Event
from karabakh_cli.options import (
    ActorKindOption,
    ActorsOption,
    AsOfOption,
    EventKindOption,
    FormatOption,
    FromOption,
    FullOption,
    JsonOption,
    LimitOption,
    MemberOption,
    SectionOption,
    ToOption,
    chosen_format,
    command_app,
    complete_actor,
    completer,
    database,
    emit,
    extend_format,
    parse_date_option,
    parse_window,
)
from karabakh_cli.text import safe

app = command_app()
render = lazy.module("karabakh_cli.render")
queries = lazy.module("karabakh_cli.queries")

TimelineFormat = extend_format("TimelineFormat", "mermaid", "geojson")
# Maps: places (actors with coordinates) and the events that name a place.
MapFormat = extend_format("MapFormat", "geojson")
MAP_FORMAT_HELP = "table for people; json, jsonl, csv for programs; geojson for maps (those with a place)."


@app.command("actor")
def actor_show(
    ctx: typer.Context,
    name: Annotated[
        list[str],
        typer.Argument(
            metavar="NAME",
            help="Id, name or alias, quoted or not; case and accents are ignored, a near miss is resolved.",
            autocompletion=complete_actor,
        ),
    ],
    as_of: AsOfOption = None,
    section: SectionOption = None,
    full: FullOption = False,
    fmt: FormatOption = None,
    as_json: JsonOption = False,
) -> None:
    """Show one actor: aliases, summary, memberships, positions, events, errata, each with its sources.

    Examples:

        kcli actor pakistan

        kcli actor artsakh

        kcli actor south africa

        kcli actor "saint vincent" --json | jq .actor.name

        kcli actor azerbaijan --as-of 2020-10-19
    """
    fmt = chosen_format(fmt, as_json)
    as_of = parse_date_option(as_of, "--as-of")
    with database(ctx) as conn:
        profile = queries.actor_profile(conn, " ".join(name), as_of=as_of)
    if profile.matched.field == "closest":
        typer.echo(
            f"kcli: note: no actor is called {safe(profile.matched.query)!r}; showing the closest,"
            f" {safe(profile.actor.name)} ({profile.actor.id})",
            err=True,
        )
    fields = [*Actor._fields, *ActorProfile._fields[1:]]
    emit(ctx, profile, fmt, lambda shown: render.render_actor_profile(shown, section or (), full), fields)


@app.command("actors")
def actors_list(
    ctx: typer.Context,
    kind: ActorKindOption = None,
    member: MemberOption = None,
    as_of: AsOfOption = None,
    limit: LimitOption = None,
    full: FullOption = False,
    fmt: Annotated[MapFormat | None, typer.Option("--format", "-f", help=MAP_FORMAT_HELP)] = None,
    as_json: JsonOption = False,
) -> None:
    """List actors: all, some kinds, or the members of an organisation on a date.

    Examples:

        kcli actors

        kcli actors --kind state --kind quasi-state

        kcli actors --member unsc --as-of 2020-10-19

        kcli actors --kind place --format geojson > places.geojson

        kcli actors --member nam --as-of 2020-10-19 --json | jq -r '.[].id'
    """
    fmt = chosen_format(fmt, as_json)
    as_of = parse_date_option(as_of, "--as-of")
    with database(ctx) as conn:
        member_of = queries.actor_id_of(conn, member)
        actors = queries.list_actors(conn, kind or (), member_of=member_of, as_of=as_of)
        points = queries.place_points(conn) if fmt == "geojson" else {}
    if fmt == "geojson":
        write_map(actors, points)
        return
    emit(ctx, actors, fmt, lambda shown: render.render_actors(shown, full), Actor._fields, limit)


@app.command("timeline")
def timeline(
    ctx: typer.Context,
    date_from: FromOption = None,
    date_to: ToOption = None,
    actor: ActorsOption = None,
    kind: EventKindOption = None,
    show_all: Annotated[
        bool,
        typer.Option(
            "--all",
            help="Also the events marked as context: the memo's background that is not the conflict "
            "(other wars, a flood elsewhere).",
        ),
    ] = False,
    limit: LimitOption = None,
    full: FullOption = False,
    fmt: Annotated[
        TimelineFormat | None,
        typer.Option(
            "--format",
            "-f",
            help="table for people; json, jsonl, csv for programs; mermaid for documents; geojson for maps.",
        ),
    ] = None,
    as_json: JsonOption = False,
) -> None:
    """Events in date order, for any window of dates.

    A partial date covers its whole month or year, and an event is shown when its span overlaps the
    window: --from 2020-10 --to 2020-10 is all of October 2020. Events marked as context (the memo's
    background that is not the conflict) are left out unless --all is given.

    Examples:

        kcli timeline --from 2020-09-27

        kcli timeline --from 2020-10 --to 2020-10 --kind ceasefire

        kcli timeline --actor pakistan

        kcli timeline --to 1995 --all

        kcli timeline --from 2020-10 --to 2020-10 --json | jq '.[].title'

        kcli timeline --kind ceasefire --format mermaid
    """
    fmt = chosen_format(fmt, as_json)
    start, end = parse_window(date_from, date_to)
    with database(ctx) as conn:
        events = queries.list_events(
            conn,
            start=start,
            end=end,
            actor_ids=queries.actor_ids_of(conn, actor),
            kinds=kind or (),
            context=show_all,
        )
        points = queries.place_points(conn) if fmt == "geojson" else {}
    if fmt == "mermaid":
        from karabakh_cli.graphs import render_timeline_mermaid

        typer.echo(render_timeline_mermaid(events), nl=False)
        return
    if fmt == "geojson":
        write_map(events, points)
        return
    emit(ctx, events, fmt, lambda shown: render.render_timeline(shown, full), Event._fields, limit)


@app.command("event")
def event_show(
    ctx: typer.Context,
    event_id: Annotated[
        str,
        typer.Argument(
            metavar="ID", help="The event's id, as listed by kcli timeline --json.", autocompletion=completer("event")
        ),
    ],
    section: SectionOption = None,
    full: FullOption = False,
    fmt: Annotated[MapFormat | None, typer.Option("--format", "-f", help=MAP_FORMAT_HELP)] = None,
    as_json: JsonOption = False,
) -> None:
    """Show one event: date and precision, kind, participants and roles, summary, errata, sources.

    Examples:

        kcli event 2020-11-10-trilateral-statement

        kcli event 2020-10-10-moscow-ceasefire --json | jq .participants
    """
    fmt = chosen_format(fmt, as_json)
    with database(ctx) as conn:
        event = queries.get_event(conn, event_id)
        points = queries.place_points(conn) if fmt == "geojson" else {}
    if fmt == "geojson":
        write_map([event], points)
        return
    emit(ctx, event, fmt, lambda shown: render.render_event(shown, section or (), full), Event._fields)


def write_map(records: list[Actor] | list[Event], points: dict[str, tuple[float, float]]) -> None:
    """Write the records that have a place as a GeoJSON FeatureCollection: actors at their coordinates,
    events at the places they name (role location); the others are left out."""
    from karabakh_cli.geo import event_feature, feature, write_geojson
    from karabakh_cli.models import to_dict

    features = []
    for record in records:
        if isinstance(record, Event):
            found = event_feature(record, points)
        elif record.id in points:
            found = feature(record.id, record.name, record.kind, *points[record.id], to_dict(record))
        else:
            found = None
        if found is not None:
            features.append(found)
    write_geojson(features, sys.stdout)
