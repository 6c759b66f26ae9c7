"""The kcli command line: parse options, call one query, call one render. Nothing else.

Heavy modules (rich, sqlite_utils) are imported inside the functions that need them, so a
JSON lookup never pays for them.
"""

import os
import sqlite3
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, fields
from enum import StrEnum
from typing import Annotated, Any

import typer

# Typer 0.28 carries its own copy of click; its exceptions live here (pinned in pyproject.toml).
from typer._click.exceptions import NoArgsIsHelpError
from typer.core import TyperGroup

from karabakh_cli import __version__
from karabakh_cli.errors import DatabaseError, KcliError, UsageError

PROG = "kcli"


class KcliGroup(TyperGroup):
    """Turns every user-facing error into one line on stderr and an exit code, in one place."""

    def main(self, args: Sequence[str] | None = None, *rest: Any, standalone_mode: bool = True, **extra: Any) -> Any:
        args = list(sys.argv[1:] if args is None else args) or ["--help"]
        try:
            code = super().main(args, *rest, standalone_mode=False, **extra)
        except NoArgsIsHelpError as error:
            typer.echo(error.format_message())
            code = 0
        except typer.TyperException as error:
            code = _fail(_usage_message(error), getattr(error, "exit_code", 2))
        except KcliError as error:
            code = _fail(str(error), error.exit_code)
        except sqlite3.Error as error:
            code = _fail(f"database error: {error}", 1)
        except typer.Abort:
            code = _fail("aborted", 1)
        code = code if isinstance(code, int) else 0
        if standalone_mode:
            sys.exit(code)
        return code


def _usage_message(error: typer.TyperException) -> str:
    message = error.format_message() if hasattr(error, "format_message") else str(error)
    ctx = getattr(error, "ctx", None)
    hint = f" (see '{ctx.command_path} --help')" if ctx is not None else ""
    return message.replace("\n", " ").strip() + hint


def _fail(message: str, code: int) -> int:
    typer.echo(f"{PROG}: error: {message}", err=True)
    return code


app = typer.Typer(
    cls=KcliGroup,
    name=PROG,
    help="An offline, cited reference to the Second Nagorno-Karabakh War (27 Sep - 10 Nov 2020) and its diplomacy.",
    rich_markup_mode="rich",
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)
db_app = typer.Typer(
    cls=TyperGroup, no_args_is_help=True, help="Inspect, check or build the database.", rich_markup_mode="rich"
)
app.add_typer(db_app, name="db")


# --- shared options ------------------------------------------------------------------------------


class OutputFormat(StrEnum):
    """How records are printed: a table for people, the rest for programs."""

    table = "table"
    json = "json"
    jsonl = "jsonl"
    csv = "csv"


@dataclass
class State:
    """Global options, kept on the Typer context."""

    db: str | None = None
    no_color: bool = False


FormatOption = Annotated[
    OutputFormat,
    typer.Option("--format", "-f", help="Output format: table for people; json, jsonl, csv for programs."),
]
JsonOption = Annotated[bool, typer.Option("--json", help="Shortcut for --format json.")]


def _version(value: bool) -> None:
    if value:
        typer.echo(f"{PROG} {__version__}")
        raise typer.Exit()


@app.callback()
def main_options(
    ctx: typer.Context,
    db: Annotated[
        str | None,
        typer.Option("--db", metavar="PATH", help="Database file to read (default: $KCLI_DB, else the bundled one)."),
    ] = None,
    no_color: Annotated[bool, typer.Option("--no-color", help="Print tables without colour.")] = False,
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Show the version and exit.")
    ] = False,
) -> None:
    """An offline, cited reference to the Second Nagorno-Karabakh War (27 Sep - 10 Nov 2020) and its diplomacy."""
    ctx.obj = State(db=db, no_color=no_color)


@contextmanager
def _database(ctx: typer.Context) -> Iterator[sqlite3.Connection]:
    from karabakh_cli.db import connect, resolve_path

    conn = connect(resolve_path(_state(ctx).db))
    try:
        yield conn
    finally:
        conn.close()


def _state(ctx: typer.Context) -> State:
    root = ctx.find_root()
    return root.obj if isinstance(root.obj, State) else State()


def _date(value: str | None, option: str) -> str | None:
    from karabakh_cli.dates import parse_date

    if value is None:
        return None
    try:
        return parse_date(value)
    except ValueError as error:
        raise UsageError(f"{option}: {error}") from error


def _emit(ctx: typer.Context, data: Any, fmt: OutputFormat, as_json: bool, renderer: str) -> None:
    """Print records in the chosen format: machine formats via the json/csv modules, tables via the
    named function of karabakh_cli.render, imported only then because Rich is slow to import."""
    from karabakh_cli.formats import write_csv, write_json, write_jsonl
    from karabakh_cli.models import to_dict

    fmt = OutputFormat.json if as_json else fmt
    records = data if isinstance(data, list) else [data]
    if fmt is OutputFormat.json:
        write_json([to_dict(r) for r in data] if isinstance(data, list) else to_dict(data), sys.stdout)
    elif fmt is OutputFormat.jsonl:
        write_jsonl((to_dict(r) for r in records), sys.stdout)
    elif fmt is OutputFormat.csv:
        flat = [_flatten(to_dict(r)) for r in records]
        write_csv(flat, list(flat[0]) if flat else _field_names(data), sys.stdout)
    else:
        from karabakh_cli import render

        _console(ctx).print(getattr(render, renderer)(data))


def _flatten(record: dict) -> dict:
    """Lift a profile's nested actor to the top so a CSV row starts with the actor's fields."""
    actor = record.pop("actor", None)
    return {**actor, **record} if isinstance(actor, dict) else record


def _field_names(data: Any) -> list[str]:
    return [field.name for field in fields(data[0])] if data else []


def _console(ctx: typer.Context) -> Any:
    from rich.console import Console

    no_color = _state(ctx).no_color or bool(os.environ.get("NO_COLOR"))
    return Console(no_color=no_color, highlight=False, markup=False, emoji=False, soft_wrap=False)


def _complete_actor(incomplete: str) -> list[str]:
    """Actor ids for shell completion; silent and empty on any problem."""
    try:
        from karabakh_cli.db import connect, resolve_path

        conn = connect(resolve_path(None))
        try:
            rows = conn.execute(
                "SELECT id FROM actors WHERE id LIKE ? ESCAPE '\\' ORDER BY id",
                (incomplete.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%",),
            )
            return [row[0] for row in rows]
        finally:
            conn.close()
    except Exception:
        return []


# --- commands --------------------------------------------------------------------------------------


@app.command("actor")
def actor_show(
    ctx: typer.Context,
    name: Annotated[
        str, typer.Argument(help="Id, name or alias; case and accents are ignored.", autocompletion=_complete_actor)
    ],
    fmt: FormatOption = OutputFormat.table,
    as_json: JsonOption = False,
) -> None:
    """Show one actor: aliases, summary, memberships, positions, events, errata, each with its sources.

    Examples:

        kcli actor pakistan

        kcli actor artsakh

        kcli actor "saint vincent" --json | jq .actor.name
    """
    from karabakh_cli.queries import actor_profile

    with _database(ctx) as conn:
        profile = actor_profile(conn, name)
    _emit(ctx, profile, fmt, as_json, "render_actor_profile")


@app.command("actors")
def actors_list(
    ctx: typer.Context,
    kind: Annotated[
        list[str] | None, typer.Option("--kind", "-k", help="Only actors of this kind (repeatable): state, person...")
    ] = None,
    fmt: FormatOption = OutputFormat.table,
    as_json: JsonOption = False,
) -> None:
    """List actors, optionally only some kinds.

    Examples:

        kcli actors

        kcli actors --kind state --kind quasi-state

        kcli actors --json | jq -r '.[].id'
    """
    from karabakh_cli.queries import list_actors

    with _database(ctx) as conn:
        actors = list_actors(conn, kind or ())
    _emit(ctx, actors, fmt, as_json, "render_actors")


@app.command("timeline")
def timeline(
    ctx: typer.Context,
    date_from: Annotated[
        str | None, typer.Option("--from", metavar="DATE", help="Start: 2020, 2020-10 or 2020-10-19 (whole period).")
    ] = None,
    date_to: Annotated[
        str | None, typer.Option("--to", metavar="DATE", help="End: 2020, 2020-10 or 2020-10-19 (whole period).")
    ] = None,
    actor: Annotated[
        str | None,
        typer.Option("--actor", "-a", help="Only events this actor took part in.", autocompletion=_complete_actor),
    ] = None,
    kind: Annotated[
        list[str] | None, typer.Option("--kind", "-k", help="Only events of this kind (repeatable): ceasefire, war...")
    ] = None,
    fmt: FormatOption = OutputFormat.table,
    as_json: JsonOption = False,
) -> None:
    """Events in date order. A partial date covers its whole month or year, and an event is shown
    when its span overlaps the window: --from 2020-10 --to 2020-10 is all of October 2020.

    Examples:

        kcli timeline --from 2020-09-27

        kcli timeline --from 2020-10 --to 2020-10 --kind ceasefire

        kcli timeline --actor pakistan

        kcli timeline --from 2020-10 --to 2020-10 --json | jq '.[].title'
    """
    from karabakh_cli.queries import find_actor, list_events

    start, end = _date(date_from, "--from"), _date(date_to, "--to")
    with _database(ctx) as conn:
        actor_id = find_actor(conn, actor).actor_id if actor is not None else None
        events = list_events(conn, start=start, end=end, actor_id=actor_id, kinds=kind or ())
    _emit(ctx, events, fmt, as_json, "render_timeline")


# --- db ------------------------------------------------------------------------------------------


@db_app.command("path")
def db_path(ctx: typer.Context) -> None:
    """Print the path of the database kcli reads, and nothing else.

    Examples:

        kcli db path

        sqlite3 "$(kcli db path)" .tables
    """
    from karabakh_cli.db import resolve_path

    path = resolve_path(_state(ctx).db)
    if not path.is_file():
        raise DatabaseError(f"database not found: {path}")
    typer.echo(str(path))


@db_app.command("check")
def db_check(ctx: typer.Context) -> None:
    """Check the data: integrity, foreign keys, citations, locators, dates, aliases, reachability.

    Exit 0 when clean; 1 with one problem a line on stdout otherwise.

    Examples:

        kcli db check

        kcli --db my.db db check
    """
    from karabakh_cli.checks import check_database

    with _database(ctx) as conn:
        problems = check_database(conn)
    for problem in problems:
        typer.echo(problem)
    if problems:
        raise KcliError(f"{len(problems)} problem(s) found")
    typer.echo("ok", err=True)
