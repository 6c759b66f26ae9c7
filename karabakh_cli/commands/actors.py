"""kcli actor, actors, event and timeline: who the actors were and what happened when."""

from typing import TYPE_CHECKING, Annotated

import typer

from karabakh_cli import lazy
from karabakh_cli.models import Actor, ActorProfile, Event
from karabakh_cli.options import (
    ActorKindOption,
    ActorsOption,
    AsOfOption,
    EventKindOption,
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
    format_option,
    parse_date_option,
    shown_count,
)
from karabakh_cli.text import safe
from karabakh_cli.writers import needs

app = command_app()
# Loaded on first use (Rich only for tables); imported for real when types are checked.
if TYPE_CHECKING:
    from karabakh_cli import answers, queries, render
else:
    render = lazy.module("karabakh_cli.render")
    queries = lazy.module("karabakh_cli.queries")
    answers = lazy.module("karabakh_cli.answers")

# Actors and events have more formats than the others: maps (those with a place) and, for events, Mermaid;
# an actor's profile and events also make a Markdown dossier (karabakh_cli/dossier.py).
ActorFormatOption = Annotated[str | None, format_option(Actor)]
EventFormatOption = Annotated[str | None, format_option(Event)]
ProfileFormatOption = Annotated[str | None, format_option(ActorProfile)]


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
    fmt: ProfileFormatOption = None,
    as_json: JsonOption = False,
) -> None:
    """Show one actor: aliases, summary, memberships, positions, events, errata, each with its sources.

    Examples:

        kcli actor pakistan

        kcli actor artsakh

        kcli actor south africa

        kcli actor "saint vincent" --json | jq .actor.name

        kcli actor azerbaijan --as-of 2020-10-19

        kcli actor pakistan --format markdown > pakistan.md
    """
    fmt = chosen_format(fmt, as_json)
    with database(ctx) as conn:
        profile = answers.actor_profile(conn, " ".join(name), as_of=as_of)
        extra = needs(fmt, conn)
        # What "still holds" means in the preview: on the date asked, or on the newest source's date.
        now = parse_date_option(as_of, "--as-of") or queries.newest_source(conn)
    if profile.matched.field == "closest":
        typer.echo(
            f"kcli: note: no actor is called {safe(profile.matched.query)!r}; showing the closest,"
            f" {safe(profile.actor.name)} ({profile.actor.id})",
            err=True,
        )
    fields = [*Actor._fields, *ActorProfile._fields[1:]]
    emit(
        ctx,
        profile,
        fmt,
        ActorProfile,
        lambda shown: render.render_actor_profile(shown, section or (), full, now),
        fields,
        extra=extra,
    )


@app.command("actors")
def actors_list(
    ctx: typer.Context,
    kind: ActorKindOption = None,
    member: MemberOption = None,
    as_of: AsOfOption = None,
    limit: LimitOption = None,
    full: FullOption = False,
    fmt: ActorFormatOption = None,
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
    with database(ctx) as conn:
        actors = answers.actors(conn, kind or (), member=member, as_of=as_of, limit=shown_count(fmt, limit))
        extra = needs(fmt, conn)
    emit(ctx, actors, fmt, Actor, lambda shown: render.render_actors(shown, full), limit=limit, extra=extra)


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
    fmt: EventFormatOption = None,
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

        kcli timeline --from 2020-09-27 --to 2020-11-10 --format markdown > war.md
    """
    fmt = chosen_format(fmt, as_json)
    with database(ctx) as conn:
        events = answers.timeline(
            conn,
            start=date_from,
            end=date_to,
            actors=actor or (),
            kinds=kind or (),
            context=show_all,
            limit=shown_count(fmt, limit),
        )
        extra = needs(fmt, conn)
    emit(ctx, events, fmt, Event, lambda shown: render.render_timeline(shown, full), limit=limit, extra=extra)


@app.command("event")
def event_show(
    ctx: typer.Context,
    event_id: Annotated[
        list[str],
        typer.Argument(
            metavar="ID|WORDS",
            help="The event's id (kcli timeline at 120 columns, or --json), or words of its title; a near miss is"
            " resolved.",
            autocompletion=completer("event"),
        ),
    ],
    section: SectionOption = None,
    full: FullOption = False,
    fmt: EventFormatOption = None,
    as_json: JsonOption = False,
) -> None:
    """Show one event: date and precision, kind, participants and roles, summary, errata, sources.

    Examples:

        kcli event 2020-11-10-trilateral-statement

        kcli event capture of hadrut

        kcli event 2020-10-10-moscow-ceasefire --json | jq .participants

        kcli event 2020-10-10-moscow-ceasefire --format markdown
    """
    fmt = chosen_format(fmt, as_json)
    with database(ctx) as conn:
        event, how = answers.event(conn, " ".join(event_id))
        extra = needs(fmt, conn)
    if how == "closest":
        typer.echo(
            f"kcli: note: no event is called {safe(' '.join(event_id))!r}; showing the closest,"
            f" {safe(event.title)} ({event.id})",
            err=True,
        )
    emit(ctx, event, fmt, Event, lambda shown: render.render_event(shown, section or (), full), extra=extra)
