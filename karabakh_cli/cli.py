"""The kcli command line: parse options, call one query, call one render. Nothing else.

Heavy modules (rich, sqlite_utils) are imported inside the functions that need them, so a
JSON lookup never pays for them.
"""

import os
import sqlite3
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from enum import StrEnum
from typing import Annotated, Any, NamedTuple

import typer

# Typer 0.28 carries its own copy of click; its exceptions live here (pinned in pyproject.toml).
from typer._click.exceptions import NoArgsIsHelpError
from typer.core import TyperGroup

from karabakh_cli import __version__
from karabakh_cli.boundary import describe as describe_error
from karabakh_cli.boundary import prepare as prepare_process
from karabakh_cli.boundary import spooled_stdout
from karabakh_cli.errors import DatabaseError, KcliError, UsageError, escape

PROG = "kcli"


class KcliGroup(TyperGroup):
    """Turns every user-facing error into one line on stderr and an exit code, in one place."""

    def main(self, args: Sequence[str] | None = None, *rest: Any, standalone_mode: bool = True, **extra: Any) -> Any:
        args = list(sys.argv[1:] if args is None else args) or ["--help"]
        prepare_process()
        _tolerate_narrow_stdout()
        try:
            _check_utf8(args)
            with spooled_stdout() as spool:  # no partial output when a command fails half way
                try:
                    code = super().main(args, *rest, standalone_mode=False, **extra)
                except NoArgsIsHelpError as error:
                    typer.echo(error.format_message())
                    code = 0
                if code == 130:  # Ctrl-C: what was produced so far is not the answer
                    spool.discard()
            sys.stdout.flush()  # meet a closed pipe here, not in the interpreter's exit
        except BrokenPipeError:
            _silence_stdout()
            code = 1
        except KeyboardInterrupt:  # Ctrl-C while the held output was being written
            _silence_stdout()
            code = 130
        except typer.TyperException as error:
            code = _fail(_usage_message(error), getattr(error, "exit_code", 2))
        except typer.Abort:
            code = _fail("aborted", 1)
        except Exception as error:  # KcliError, OSError, SQLite, data: one line (karabakh_cli.boundary)
            message, exit_code, output_failed = describe_error(error)
            if output_failed:
                _silence_stdout()
            code = _fail(message, exit_code)
        code = code if isinstance(code, int) else 0
        if standalone_mode:
            sys.exit(code)
        return code

    def parse_args(self, ctx: typer.Context, args: list[str]) -> list[str]:
        ctx.meta["kcli_db"] = _peek_db(args)  # for --version, which runs before --db is parsed
        return super().parse_args(ctx, args)


def _peek_db(args: Sequence[str]) -> str | None:
    """The --db value among the global options (before the command name), or None."""
    for index, arg in enumerate(args):
        if arg == "--db" and index + 1 < len(args):
            return args[index + 1]
        if arg.startswith("--db="):
            return arg[len("--db=") :]
        if arg == "--" or not arg.startswith("-"):
            break
    return None


# Options whose values are file paths, which may be any bytes the file system allows.
_PATH_OPTIONS = ("--db", "--output", "-o")


def _check_utf8(args: Sequence[str]) -> None:
    """Refuse arguments that are not UTF-8 (Python keeps such bytes as lone surrogates), paths apart."""
    for index, arg in enumerate(args):
        is_path = (index > 0 and args[index - 1] in _PATH_OPTIONS) or (args[:2] == ["db", "build"] and index == 2)
        if is_path or arg.startswith(_PATH_OPTIONS):
            continue
        try:
            arg.encode("utf-8")
        except UnicodeEncodeError as error:
            raise UsageError(f"argument {index + 1} is not valid UTF-8 text") from error


def _tolerate_narrow_stdout() -> None:
    """On a stdout that cannot encode every letter (ASCII, Latin-1), print a replacement, not a traceback."""
    if hasattr(sys.stdout, "reconfigure") and "utf" not in (sys.stdout.encoding or "").lower():
        sys.stdout.reconfigure(errors="backslashreplace")


def _silence_stdout() -> None:
    """After the reader has gone, point stdout at /dev/null so the final flush at exit stays quiet."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    try:
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):  # not a real file (tests): nothing to flush later
        pass
    finally:
        os.close(devnull)


def _usage_message(error: typer.TyperException) -> str:
    message = error.format_message() if hasattr(error, "format_message") else str(error)
    ctx = getattr(error, "ctx", None)
    hint = f" (see '{ctx.command_path} --help')" if ctx is not None else ""
    return message.replace("\n", " ").strip() + hint


def _fail(message: str, code: int) -> int:
    typer.echo(f"{PROG}: error: {escape(message)}", err=True)  # control characters from SQLite or the data
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


class TimelineFormat(StrEnum):
    """The output formats, plus a Mermaid timeline diagram."""

    table = "table"
    json = "json"
    jsonl = "jsonl"
    csv = "csv"
    mermaid = "mermaid"


class State(NamedTuple):
    """Global options, kept on the Typer context."""

    db: str | None = None
    no_color: bool = False


FormatOption = Annotated[
    OutputFormat,
    typer.Option("--format", "-f", help="Output format: table for people; json, jsonl, csv for programs."),
]
JsonOption = Annotated[bool, typer.Option("--json", help="Shortcut for --format json.")]
AsOfOption = Annotated[
    str | None,
    typer.Option("--as-of", metavar="DATE", help="Only what held on this date (2020, 2020-10 or 2020-10-19)."),
]


def _version(ctx: typer.Context, value: bool) -> None:
    if not value:
        return
    from karabakh_cli.db import connect, meta, resolve_path

    try:
        conn = connect(resolve_path(ctx.meta.get("kcli_db")))
        data = meta(conn)
        conn.close()
        typer.echo(f"{PROG} {__version__}, data {data['data_version']} (schema {data['schema_version']})")
    except KcliError as error:
        typer.echo(f"{PROG} {__version__}, data unavailable: {error}")
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
def _database(ctx: typer.Context, timeout: float | None = None) -> Iterator[sqlite3.Connection]:
    from karabakh_cli.db import OPEN_TIMEOUT, connect, resolve_path

    conn = connect(resolve_path(_state(ctx).db), timeout=timeout or OPEN_TIMEOUT)
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


def _emit(
    ctx: typer.Context,
    data: Any,
    fmt: OutputFormat,
    as_json: bool,
    renderer: str,
    view: Any = None,
    columns: list[str] | None = None,
) -> None:
    """Print records in the chosen format: machine formats via the json/csv modules, tables via the
    named function of karabakh_cli.render, imported only then because Rich is slow to import."""
    from karabakh_cli.formats import write_csv, write_json, write_jsonl
    from karabakh_cli.models import to_dict

    fmt = OutputFormat.json if as_json else OutputFormat(fmt)
    records = data if isinstance(data, list) else [data]
    if fmt is OutputFormat.json:
        write_json([to_dict(r) for r in data] if isinstance(data, list) else to_dict(data), sys.stdout)
    elif fmt is OutputFormat.jsonl:
        write_jsonl((to_dict(r) for r in records), sys.stdout)
    elif fmt is OutputFormat.csv:
        flat = [_flatten(to_dict(r)) for r in records]
        write_csv(flat, columns or (list(flat[0]) if flat else _field_names(data)), sys.stdout)
    else:
        from karabakh_cli import render

        _console(ctx).print(getattr(render, renderer)(data if view is None else view))


def _flatten(record: dict) -> dict:
    """Lift a profile's nested actor to the top so a CSV row starts with the actor's fields."""
    actor = record.pop("actor", None)
    return {**actor, **record} if isinstance(actor, dict) else record


def _field_names(data: Any) -> list[str]:
    return list(data[0]._fields) if data else []


def _console(ctx: typer.Context) -> Any:
    from rich.console import Console

    no_color = _state(ctx).no_color or bool(os.environ.get("NO_COLOR"))
    return Console(no_color=no_color, highlight=False, markup=False, emoji=False, soft_wrap=False)


def _completer(values: Callable[[sqlite3.Connection], Iterable[str]]) -> Callable[[str], list[str]]:
    """Make a shell-completion callback offering the database's values that start with what was typed.

    It runs on every Tab, so it stays silent and returns nothing on any problem."""

    def complete(ctx: typer.Context, incomplete: str) -> list[str]:
        try:
            from karabakh_cli.db import connect, resolve_path

            conn = connect(resolve_path(ctx.find_root().params.get("db")), timeout=1.0)
            try:
                typed = incomplete.casefold()
                # Keep what was typed and complete the rest: Typer keeps only values that start with it,
                # and lookups ignore case anyway ('arts' completes to 'artsakh').
                return sorted(
                    {
                        incomplete + value[len(incomplete) :]
                        for value in values(conn)
                        if value.casefold().startswith(typed)
                    }
                )
            finally:
                conn.close()
        except Exception:
            return []

    return complete


def _vocabulary(table: str, column: str) -> Callable[[sqlite3.Connection], Iterable[str]]:
    def values(conn: sqlite3.Connection) -> Iterable[str]:
        from karabakh_cli.queries import vocabulary

        return vocabulary(conn, table, column)

    return values


# Actor ids, and the aliases a shell can complete as one word (no spaces): Artsakh, NKR, SVG...
_complete_actor = _completer(
    lambda conn: (
        row[0]
        for row in conn.execute("SELECT id FROM actors UNION SELECT alias FROM aliases WHERE alias NOT LIKE '% %'")
    )
)
_complete_topic = _completer(lambda conn: (row[0] for row in conn.execute("SELECT id FROM topics")))
_complete_event = _completer(lambda conn: (row[0] for row in conn.execute("SELECT id FROM events")))
_complete_event_kind = _completer(_vocabulary("events", "kind"))
_complete_actor_kind = _completer(_vocabulary("actors", "kind"))
_complete_stance = _completer(_vocabulary("positions", "stance"))


# Filters of events, shared by timeline and chart.
EventActorOption = Annotated[
    str | None,
    typer.Option("--actor", "-a", help="Only events this actor took part in.", autocompletion=_complete_actor),
]
EventKindOption = Annotated[
    list[str] | None,
    typer.Option(
        "--kind",
        "-k",
        help="Only events of this kind (repeatable): ceasefire, war...",
        autocompletion=_complete_event_kind,
    ),
]


# --- commands --------------------------------------------------------------------------------------


@app.command("actor")
def actor_show(
    ctx: typer.Context,
    name: Annotated[
        str, typer.Argument(help="Id, name or alias; case and accents are ignored.", autocompletion=_complete_actor)
    ],
    as_of: AsOfOption = None,
    fmt: FormatOption = OutputFormat.table,
    as_json: JsonOption = False,
) -> None:
    """Show one actor: aliases, summary, memberships, positions, events, errata, each with its sources.

    Examples:

        kcli actor pakistan

        kcli actor artsakh

        kcli actor "saint vincent" --json | jq .actor.name

        kcli actor azerbaijan --as-of 2020-10-19
    """
    from karabakh_cli.queries import actor_profile

    as_of = _date(as_of, "--as-of")
    with _database(ctx) as conn:
        profile = actor_profile(conn, name, as_of=as_of)
    _emit(ctx, profile, fmt, as_json, "render_actor_profile")


@app.command("actors")
def actors_list(
    ctx: typer.Context,
    kind: Annotated[
        list[str] | None,
        typer.Option(
            "--kind",
            "-k",
            help="Only actors of this kind (repeatable): state, person...",
            autocompletion=_complete_actor_kind,
        ),
    ] = None,
    member: Annotated[
        str | None,
        typer.Option(
            "--member",
            "-m",
            help="Only members of this organisation (unsc, nam, oic...).",
            autocompletion=_complete_actor,
        ),
    ] = None,
    as_of: AsOfOption = None,
    fmt: FormatOption = OutputFormat.table,
    as_json: JsonOption = False,
) -> None:
    """List actors: all, some kinds, or the members of an organisation on a date.

    Examples:

        kcli actors

        kcli actors --kind state --kind quasi-state

        kcli actors --member unsc --as-of 2020-10-19

        kcli actors --member nam --as-of 2020-10-19 --json | jq -r '.[].id'
    """
    from karabakh_cli.queries import find_actor, list_actors

    as_of = _date(as_of, "--as-of")
    with _database(ctx) as conn:
        member_of = find_actor(conn, member).actor_id if member is not None else None
        actors = list_actors(conn, kind or (), member_of=member_of, as_of=as_of)
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
    actor: EventActorOption = None,
    kind: EventKindOption = None,
    fmt: Annotated[
        TimelineFormat,
        typer.Option("--format", "-f", help="table for people; json, jsonl, csv for programs; mermaid for documents."),
    ] = TimelineFormat.table,
    as_json: JsonOption = False,
) -> None:
    """Events in date order, for any window of dates.

    A partial date covers its whole month or year, and an event is shown when its span overlaps the
    window: --from 2020-10 --to 2020-10 is all of October 2020.

    Examples:

        kcli timeline --from 2020-09-27

        kcli timeline --from 2020-10 --to 2020-10 --kind ceasefire

        kcli timeline --actor pakistan

        kcli timeline --from 2020-10 --to 2020-10 --json | jq '.[].title'

        kcli timeline --kind ceasefire --format mermaid
    """
    from karabakh_cli.queries import find_actor, list_events

    start, end = _date(date_from, "--from"), _date(date_to, "--to")
    with _database(ctx) as conn:
        actor_id = find_actor(conn, actor).actor_id if actor is not None else None
        events = list_events(conn, start=start, end=end, actor_id=actor_id, kinds=kind or ())
    if fmt is TimelineFormat.mermaid and not as_json:
        from karabakh_cli.graphs import render_timeline_mermaid

        typer.echo(render_timeline_mermaid(events), nl=False)
        return
    _emit(ctx, events, fmt, as_json, "render_timeline")


@app.command("event")
def event_show(
    ctx: typer.Context,
    event_id: Annotated[
        str,
        typer.Argument(
            metavar="ID", help="The event's id, as listed by kcli timeline --json.", autocompletion=_complete_event
        ),
    ],
    fmt: FormatOption = OutputFormat.table,
    as_json: JsonOption = False,
) -> None:
    """Show one event: date and precision, kind, participants and roles, summary, errata, sources.

    Examples:

        kcli event 2020-11-10-trilateral-statement

        kcli event 2020-10-10-moscow-ceasefire --json | jq .participants
    """
    from karabakh_cli.queries import get_event

    with _database(ctx) as conn:
        event = get_event(conn, event_id)
    _emit(ctx, event, fmt, as_json, "render_event")


TopicOption = Annotated[
    list[str] | None,
    typer.Option(
        "--topic", "-t", help="Only this topic (repeatable); kcli topics lists them.", autocompletion=_complete_topic
    ),
]
ActorKindOption = Annotated[
    list[str] | None,
    typer.Option(
        "--kind",
        "-k",
        help="Only actors of this kind (repeatable): state, person...",
        autocompletion=_complete_actor_kind,
    ),
]


@app.command("positions")
def positions_list(
    ctx: typer.Context,
    topic: TopicOption = None,
    actor: Annotated[
        str | None, typer.Option("--actor", "-a", help="Only this actor's positions.", autocompletion=_complete_actor)
    ] = None,
    stance: Annotated[
        list[str] | None,
        typer.Option(
            "--stance",
            "-s",
            help="supports, opposes, neutral or ambiguous (repeatable).",
            autocompletion=_complete_stance,
        ),
    ] = None,
    kind: ActorKindOption = None,
    as_of: AsOfOption = None,
    fmt: FormatOption = OutputFormat.table,
    as_json: JsonOption = False,
) -> None:
    """Who took which stance on which topic, and when, with sources.

    Examples:

        kcli positions --topic territorial-integrity-azerbaijan

        kcli positions --actor india

        kcli positions --stance supports --kind state --json | jq -r '.[].actor_id'
    """
    from karabakh_cli.queries import find_actor, list_positions

    as_of = _date(as_of, "--as-of")
    with _database(ctx) as conn:
        actor_id = find_actor(conn, actor).actor_id if actor is not None else None
        positions = list_positions(
            conn, actor_id=actor_id, topic_ids=topic or (), stances=stance or (), actor_kinds=kind or (), as_of=as_of
        )
    _emit(ctx, positions, fmt, as_json, "render_positions")


@app.command("matrix")
def matrix(
    ctx: typer.Context,
    topic: TopicOption = None,
    kind: ActorKindOption = None,
    as_of: AsOfOption = None,
    fmt: FormatOption = OutputFormat.table,
    as_json: JsonOption = False,
) -> None:
    """Who stood where: actors as rows, topics as columns, one glyph per stance (latest as of the date).

    Examples:

        kcli matrix --kind state

        kcli matrix --topic territorial-integrity-azerbaijan --topic recognition-of-artsakh

        kcli matrix --json | jq '.[] | select(.stances["recognition-of-artsakh"] == "supports")'
    """
    from karabakh_cli.queries import stance_matrix

    as_of = _date(as_of, "--as-of")
    with _database(ctx) as conn:
        topics, rows = stance_matrix(conn, topic_ids=topic or (), actor_kinds=kind or (), as_of=as_of)
    columns = ["actor_id", "actor_name", "stances"]
    _emit(ctx, rows, fmt, as_json, "render_matrix", view=(topics, rows), columns=columns)


@app.command("topics")
def topics_list(ctx: typer.Context, fmt: FormatOption = OutputFormat.table, as_json: JsonOption = False) -> None:
    """List the topics actors took stances on.

    Examples:

        kcli topics

        kcli topics --json | jq -r '.[].id'
    """
    from karabakh_cli.queries import list_topics

    with _database(ctx) as conn:
        topics = list_topics(conn)
    _emit(ctx, topics, fmt, as_json, "render_topics")


@app.command("search")
def search_records(
    ctx: typer.Context,
    text: Annotated[str, typer.Argument(help="Words to find (all must match); end a word with * for a prefix.")],
    limit: Annotated[int, typer.Option("--limit", "-n", min=1, max=1000, help="At most this many results.")] = 20,
    fmt: FormatOption = OutputFormat.table,
    as_json: JsonOption = False,
) -> None:
    """Full-text search over actors, aliases, events, positions, relations and errata, best first.

    Examples:

        kcli search ceasefire

        kcli search "ceasefi*" --limit 5

        kcli search peacekeepers --json | jq -r '.[] | .type + " " + .id'
    """
    from karabakh_cli.search import search

    with _database(ctx) as conn:
        hits = search(conn, text, limit=limit)
    _emit(ctx, hits, fmt, as_json, "render_search")


@app.command("sources")
def sources_list(ctx: typer.Context, fmt: FormatOption = OutputFormat.table, as_json: JsonOption = False) -> None:
    """The bibliography: every source, with how many records cite it.

    Examples:

        kcli sources

        kcli sources --format csv > sources.csv
    """
    from karabakh_cli.queries import list_sources

    with _database(ctx) as conn:
        sources = list_sources(conn)
    _emit(ctx, sources, fmt, as_json, "render_sources")


@app.command("cite")
def cite(
    ctx: typer.Context,
    record_id: Annotated[
        str, typer.Argument(metavar="ID", help="Id of an actor, event, position, relation or erratum.")
    ],
    fmt: FormatOption = OutputFormat.table,
    as_json: JsonOption = False,
) -> None:
    """Every citation of one record, with its locator (¶N in the memo) or URL.

    Examples:

        kcli cite pakistan

        kcli cite 2020-11-10-trilateral-statement --json
    """
    from karabakh_cli.queries import cite_record

    with _database(ctx) as conn:
        records = cite_record(conn, record_id.strip())
    _emit(ctx, records, fmt, as_json, "render_citations")


@app.command("errata")
def errata_list(
    ctx: typer.Context,
    actor: Annotated[
        str | None,
        typer.Option(
            "--actor", "-a", help="Only errata about this actor or its records.", autocompletion=_complete_actor
        ),
    ] = None,
    fmt: FormatOption = OutputFormat.table,
    as_json: JsonOption = False,
) -> None:
    """Where a source is wrong or unclear: what it says, the correction, and who says so.

    Examples:

        kcli errata

        kcli errata --actor russia

        kcli errata --json | jq -r '.[] | .says + " -> " + .correction'
    """
    from karabakh_cli.queries import find_actor, list_errata

    with _database(ctx) as conn:
        actor_id = find_actor(conn, actor).actor_id if actor is not None else None
        errata = list_errata(conn, actor_id)
    _emit(ctx, errata, fmt, as_json, "render_errata")


@app.command("sql")
def sql_query(
    ctx: typer.Context,
    query: Annotated[str, typer.Argument(metavar="SQL", help="One SELECT statement.")],
    timeout: Annotated[
        float, typer.Option("--timeout", min=0.01, help="Stop the query after this many seconds.")
    ] = 5.0,
    max_rows: Annotated[int, typer.Option("--max-rows", min=1, help="Keep at most this many rows.")] = 10_000,
    fmt: FormatOption = OutputFormat.table,
    as_json: JsonOption = False,
) -> None:
    """Read-only SQL: nothing can be written, attached or loaded; runaway queries stop at --timeout.

    Examples:

        kcli sql "SELECT id, date, title FROM events WHERE kind = 'ceasefire'"

        kcli sql "SELECT kind, count(*) AS n FROM actors GROUP BY kind" --format csv
    """
    from karabakh_cli.sql import run_sql, table_view

    with _database(ctx, timeout) as conn:
        result = run_sql(conn, query, timeout=timeout, max_rows=max_rows)
    if result.truncated:
        typer.echo(f"{PROG}: note: {result.note}", err=True)
    records = [dict(zip(result.columns, row, strict=True)) for row in result.rows]
    _emit(ctx, records, fmt, as_json, "render_sql", view=table_view(result), columns=result.columns)


@app.command("schema")
def schema(ctx: typer.Context, fmt: FormatOption = OutputFormat.table, as_json: JsonOption = False) -> None:
    """The database's tables and columns, for writing kcli sql queries.

    Examples:

        kcli schema

        kcli schema --json | jq -r '.[] | select(.table == "events") | .column'
    """
    from karabakh_cli.queries import list_columns

    with _database(ctx) as conn:
        columns = list_columns(conn)
    _emit(ctx, columns, fmt, as_json, "render_schema")


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
        typer.echo(escape(problem))  # findings quote the data, which may hold control characters
    if problems:
        raise KcliError(f"{len(problems)} problem(s) found")
    typer.echo("ok", err=True)


@db_app.command("info")
def db_info(ctx: typer.Context, fmt: FormatOption = OutputFormat.table, as_json: JsonOption = False) -> None:
    """Schema and data version, seed hash, record counts and the file's path.

    Examples:

        kcli db info

        kcli db info --json | jq .counts
    """
    from karabakh_cli.db import resolve_path
    from karabakh_cli.queries import database_info

    path = resolve_path(_state(ctx).db)
    with _database(ctx) as conn:
        info = database_info(conn, path)
    _emit(ctx, info, fmt, as_json, "render_info")


@db_app.command("build")
def db_build(
    seed: Annotated[str, typer.Argument(metavar="SEED.sql", help="The seed to compile (schema and rows).")],
    output: Annotated[str, typer.Option("--output", "-o", metavar="FILE", help="Where to write the database.")],
) -> None:
    """Compile a seed into a database, atomically: a failed build leaves an existing FILE untouched.

    Examples:

        kcli db build db/seed.sql --output my.db

        kcli --db my.db actor pakistan
    """
    from pathlib import Path

    from karabakh_cli.build import build_database

    build_database(Path(seed), Path(output))
    typer.echo(f"built {escape(output)}", err=True)


# browse, graph and chart live in their own module; registered last so they follow the core commands.
from karabakh_cli.visual_commands import register as _register_visual_commands  # noqa: E402

_register_visual_commands(app)
