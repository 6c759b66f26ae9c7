"""What every command shares: the global state, opening the database, the date and format options, the
console, shell completion and the one call that prints records.

The command modules import this; it imports no command module. It stays cheap to import: Rich, the
renderers and the queries load inside the functions that need them.
"""

import os
import sqlite3
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from enum import StrEnum
from typing import TYPE_CHECKING, Annotated, Any

import typer

from karabakh_cli.errors import UsageError
from karabakh_cli.models import PROFILE_SECTIONS, Record
from karabakh_cli.text import safe

if TYPE_CHECKING:
    from rich.console import Console, RenderableType


def command_app(**settings: Any) -> typer.Typer:
    """A Typer app for a module of commands: help in plain text (no Rich), like the top level."""
    return typer.Typer(rich_markup_mode=None, **settings)


class State(Record):
    """Global options, kept on the Typer context."""

    db: str | None
    no_color: bool
    no_pager: bool


def state(ctx: typer.Context) -> State:
    """The global options of this run (during shell completion, as parsed so far)."""
    root = ctx.find_root()
    if isinstance(root.obj, State):
        return root.obj
    return State(
        db=root.params.get("db"), no_color=bool(root.params.get("no_color")), no_pager=bool(root.params.get("no_pager"))
    )


@contextmanager
def database(ctx: typer.Context, timeout: float | None = None) -> Iterator[sqlite3.Connection]:
    """The database chosen by --db, KCLI_DB or the bundled file, open read-only for one command, its
    opening and checks bounded by timeout seconds (db.OPEN_TIMEOUT at most)."""
    from karabakh_cli.db import OPEN_TIMEOUT, connect, resolve_path

    conn = connect(resolve_path(state(ctx).db), timeout=timeout or OPEN_TIMEOUT)
    try:
        yield conn
        # Only once the command has its answer: a command that fails says its error alone.
        _note_dates_beyond_the_sources(conn, ctx.meta.get(DATES_ASKED, ()))
    finally:
        conn.close()


def _note_dates_beyond_the_sources(conn: sqlite3.Connection, asked: Sequence[str]) -> None:
    """One line on stderr when a date asked about starts after the newest source: what the data says of
    that date (an office, a membership, a stance with no end date) is only known to hold until then."""
    from karabakh_cli.dates import first_day, last_day, parse_date

    row = conn.execute("SELECT value FROM meta WHERE key = 'newest_source'").fetchone() if asked else None
    if row is None:
        return
    try:
        beyond = [date for date in asked if first_day(parse_date(date)) > last_day(parse_date(row[0]))]
    except ValueError:  # a date the command refuses (it says why) or a stranger's meta: no note
        return
    if beyond:
        typer.echo(
            f"kcli: note: the data's newest source is dated {safe(row[0], one_line=True)}; later changes are"
            f" not in it, so answers for {safe(beyond[0], one_line=True)} may be out of date",
            err=True,
        )


def note(message: str) -> None:
    """One line on stderr that qualifies the answer (what a filter counts, what was left out), in every
    format: stdout keeps only the data."""
    typer.echo(f"kcli: note: {safe(message, one_line=True)}", err=True)


# --- dates -----------------------------------------------------------------------------------------

DATE_HELP = "2020, 2020-10 or 2020-10-19"
# The dates a run asks about, kept on the context, so that database() can say when one lies beyond the
# newest source (an office with no end date may have ended since).
DATES_ASKED = "kcli_dates_asked"


def _remember_date(ctx: typer.Context, value: str | None) -> str | None:
    if value is not None and not ctx.resilient_parsing:  # not while the shell asks for completions
        ctx.meta.setdefault(DATES_ASKED, []).append(value)
    return value


AsOfOption = Annotated[
    str | None,
    typer.Option(
        "--as-of", metavar="DATE", help=f"Only what held on this date ({DATE_HELP}).", callback=_remember_date
    ),
]
FromOption = Annotated[
    str | None,
    typer.Option("--from", metavar="DATE", help=f"Start: {DATE_HELP} (the whole period).", callback=_remember_date),
]
ToOption = Annotated[
    str | None,
    typer.Option("--to", metavar="DATE", help=f"End: {DATE_HELP} (the whole period).", callback=_remember_date),
]


def parse_date_option(value: str | None, option: str) -> str | None:
    """The partial date given to option, checked; UsageError names the option when it is not a date."""
    from karabakh_cli.dates import parse_date

    if value is None:
        return None
    try:
        return parse_date(value)
    except ValueError as error:
        raise UsageError(f"{option}: {error}") from error


def parse_window(date_from: str | None, date_to: str | None) -> tuple[str | None, str | None]:
    """The --from and --to dates, each checked; queries.list_events checks that one is not after the other."""
    return parse_date_option(date_from, "--from"), parse_date_option(date_to, "--to")


# --- formats ---------------------------------------------------------------------------------------


class Format(StrEnum):
    """How records are printed: a table for people, the rest for programs."""

    table = "table"
    json = "json"
    jsonl = "jsonl"
    csv = "csv"


def extend_format(name: str, *extra: str) -> type[StrEnum]:
    """Format with some more choices (a diagram language), for the one command that writes them."""
    members = [*(member.value for member in Format), *extra]
    return StrEnum(name, {value: value for value in members})


FORMAT_HELP = "table for people; json, jsonl, csv for programs"
FormatOption = Annotated[Format | None, typer.Option("--format", "-f", help=f"Output format: {FORMAT_HELP}.")]
JsonOption = Annotated[bool, typer.Option("--json", help="Shortcut for --format json.")]


def chosen_format(fmt: StrEnum | None, as_json: bool) -> str:
    """The format asked for: --json, --format or a table; --json with another --format is a usage error."""
    if as_json:
        if fmt is not None and fmt.value != Format.json:
            raise UsageError(f"--json and --format {fmt.value} disagree; give one of them")
        return Format.json
    return Format.table if fmt is None else fmt.value


# A table lists this many records unless --limit says otherwise; machine formats list them all.
TABLE_LIMIT = 50
LimitOption = Annotated[
    int | None,
    typer.Option(
        "--limit", "-n", min=0, metavar="N",
        help=f"At most N records; 0 for all (tables show {TABLE_LIMIT} unless told, other formats all).",
    ),
]  # fmt: skip
Section = StrEnum("Section", {name: name for name in PROFILE_SECTIONS})
SectionOption = Annotated[
    list[Section] | None,
    typer.Option(
        "--section", "-s", metavar="NAME",
        help="Show this section in full (repeatable): relations, positions, events, votes, errata, sources.",
    ),
]  # fmt: skip
FullOption = Annotated[bool, typer.Option("--full", help="Tables: summaries, participants, errata and sources.")]


def emit(
    ctx: typer.Context,
    records: Any,
    fmt: str,
    table: Callable[[Any], "RenderableType"],
    fields: Sequence[str],
    limit: int | None = None,
    total: int | None = None,
) -> None:
    """Print records (a list, or one record) in format fmt: JSON, JSON lines or CSV with the standard
    library, with fields as the CSV header even when there are no records; a table by calling table()
    on the records shown, the only path that loads Rich. A list is cut at limit (TABLE_LIMIT for a
    table when none is given), and a table says how many more there are (of total, when the query
    itself stopped at the limit)."""
    from karabakh_cli.formats import write_csv, write_json, write_jsonl
    from karabakh_cli.models import to_dict

    listed = isinstance(records, list)
    shown = records if not listed else _cut(records, limit, TABLE_LIMIT if fmt == Format.table else 0)
    rows = shown if listed else [shown]
    if fmt == Format.json:
        write_json([to_dict(r) for r in rows] if listed else to_dict(shown), sys.stdout)
    elif fmt == Format.jsonl:
        write_jsonl((to_dict(r) for r in rows), sys.stdout)
    elif fmt == Format.csv:
        write_csv((row for r in rows for row in _csv_rows(to_dict(r))), list(fields), sys.stdout)
    else:
        more = (len(records) if total is None else total) - len(shown) if listed else 0
        show_table(ctx, table(shown), f"{more} more: --limit 0 for all" if more else None)


def _cut(records: list, limit: int | None, default: int) -> list:
    count = default if limit is None else limit
    return records[:count] if count else records


def show_table(ctx: typer.Context, renderable: "RenderableType", footer: str | None = None) -> None:
    """Print a table for people: through a pager when it is longer than the terminal (see page)."""
    from rich.text import Text

    shown = console(ctx)
    with shown.capture() as captured:
        shown.print(renderable)
        if footer:
            shown.print(Text(footer, style="dim"))
    page(ctx, captured.get(), shown.size.height)


def page(ctx: typer.Context, text: str, height: int) -> None:
    """Write text to stdout, through the pager (pager_command) when stdout is a terminal, the text is
    longer than the screen and --no-pager was not given (as git and gh do)."""
    command = pager_command()
    if state(ctx).no_pager or not command or not sys.stdout.isatty() or text.count("\n") < height:
        sys.stdout.write(text)
        return
    import shlex
    import subprocess

    # less reads its options from $LESS: quit if one screen, keep colours, leave the screen as it is.
    environment = {**os.environ, "LESS": os.environ.get("LESS", "FRX")}
    try:
        pager = subprocess.Popen(
            shlex.split(command), stdin=subprocess.PIPE, encoding="utf-8", errors="replace", env=environment
        )
    except (OSError, ValueError):  # no such pager: print as if there were none
        sys.stdout.write(text)
        return
    try:
        pager.communicate(text)
    except (BrokenPipeError, KeyboardInterrupt):  # the reader quit the pager early
        pager.wait()


def pager_command() -> str | None:
    """The pager, as git chooses it: $KCLI_PAGER, else $PAGER, else less; the first of them that is set
    decides, and set to nothing (or to cat) it turns paging off."""
    for variable in ("KCLI_PAGER", "PAGER"):
        if variable in os.environ:
            command = os.environ[variable].strip()
            return None if command in ("", "cat") else command
    return "less"


def _csv_rows(record: dict) -> Iterator[dict]:
    """The CSV rows of a record: a roll call is one row per ballot, with its group (the nested list is
    the data there); any other record is one row (_flatten)."""
    if "vote" in record and isinstance(record.get("groups"), list):
        for group in record["groups"]:
            yield from ({"group": group["group"], **ballot} for ballot in group["ballots"])
        return
    yield _flatten(record)


def _flatten(record: dict) -> dict:
    """A CSV row: a profile's nested actor lifted to the top, so the row starts with the actor's fields,
    and a matrix row's stances spread over one column per topic (a wide table that opens as a grid)."""
    actor = record.pop("actor", None)
    stances = record.pop("stances", None) if isinstance(record.get("stances"), dict) else None
    return {**(actor if isinstance(actor, dict) else {}), **record, **(stances or {})}


def console(ctx: typer.Context) -> "Console":
    """A console for tables: styles unless --no-color or NO_COLOR (then none at all: no colour, bold or
    italic, as no-color.org asks of programs whose styles carry no meaning of their own), and no markup
    or emoji in data."""
    from rich.console import Console

    plain = state(ctx).no_color or bool(os.environ.get("NO_COLOR"))
    return Console(
        color_system=None if plain else "auto",
        no_color=plain,
        highlight=False,
        markup=False,
        emoji=False,
        soft_wrap=False,
    )


# --- shell completion ------------------------------------------------------------------------------


def completer(what: str) -> Callable[[typer.Context, str], list[str]]:
    """A shell-completion callback offering the database's words of one sort (queries.COMPLETIONS)
    that start with what was typed. It runs on every Tab, so it stays silent and returns nothing on
    any problem."""

    def complete(ctx: typer.Context, incomplete: str) -> list[str]:
        try:
            from karabakh_cli.queries import completion_words

            with database(ctx, timeout=1.0) as conn:  # every Tab: never wait long
                return _completions(completion_words(conn, what), incomplete)
        except Exception:
            return []

    return complete


def _completions(words: Iterable[str], incomplete: str) -> list[str]:
    """Keep what was typed and complete the rest: Typer keeps only values that start with it, and
    lookups ignore case anyway ('arts' completes to 'artsakh')."""
    typed = incomplete.casefold()
    return sorted({incomplete + word[len(incomplete) :] for word in words if word.casefold().startswith(typed)})


complete_actor = completer("actor")

MemberOption = Annotated[
    str | None,
    typer.Option(
        "--member",
        "-m",
        metavar="ORG",
        help="Only members of this organisation (unsc, nam, oic...), on the --as-of date if given.",
        autocompletion=complete_actor,
    ),
]

ActorsOption = Annotated[
    list[str] | None,
    typer.Option(
        "--actor",
        "-a",
        metavar="ACTOR",
        help="Only what concerns this actor (repeatable: any of them).",
        autocompletion=complete_actor,
    ),
]
GroupByOption = Annotated[
    str | None,
    typer.Option(
        "--by",
        "-b",
        metavar="GROUP",
        help="Group states: region, subregion (UN M49), or an organisation (members and others).",
        autocompletion=complete_actor,
    ),
]
EventKindOption = Annotated[
    list[str] | None,
    typer.Option(
        "--kind", "-k", metavar="KIND", help="Only events of this kind (repeatable): ceasefire, war...",
        autocompletion=completer("event-kind"),
    ),
]  # fmt: skip
ActorKindOption = Annotated[
    list[str] | None,
    typer.Option(
        "--kind", "-k", metavar="KIND", help="Only actors of this kind (repeatable): state, person...",
        autocompletion=completer("actor-kind"),
    ),
]  # fmt: skip
TopicOption = Annotated[
    list[str] | None,
    typer.Option(
        "--topic", "-t", metavar="TOPIC", help="Only this topic (repeatable); kcli topics lists them.",
        autocompletion=completer("topic"),
    ),
]  # fmt: skip
