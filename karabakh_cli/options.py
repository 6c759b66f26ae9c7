"""What every command shares: the global state, opening the database, the date and format options, the
console, shell completion and the one call that prints records.

The command modules import this; it imports no command module. It stays cheap to import: Rich, the
renderers and the queries load inside the functions that need them.
"""

import os
import re
import sqlite3
import sys
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from enum import StrEnum
from typing import TYPE_CHECKING, Annotated, Any

import typer

from karabakh_cli.errors import UsageError
from karabakh_cli.models import PROFILE_SECTIONS, Record
from karabakh_cli.text import safe

if TYPE_CHECKING:
    from pathlib import Path

    from rich.console import Console, RenderableType


def command_app(**settings: Any) -> typer.Typer:
    """A Typer app for a module of commands: help in plain text (no Rich), like the top level."""
    return typer.Typer(rich_markup_mode=None, **settings)


class State(Record):
    """Global options, kept on the Typer context."""

    db: str | None
    no_color: bool
    no_pager: bool


# The option that names the database file, and where cli.py keeps its value when it is read ahead of the
# other options (for --version, which may come before it).
DB_OPTION = "--db"
DB_SEEN = "kcli_db"


def state(ctx: typer.Context) -> State:
    """The global options of this run (during shell completion or --version, as parsed so far)."""
    root = ctx.find_root()
    if isinstance(root.obj, State):
        return root.obj
    db = root.params.get("db") or root.meta.get(DB_SEEN)
    return State(db=db, no_color=bool(root.params.get("no_color")), no_pager=bool(root.params.get("no_pager")))


def database_path(ctx: typer.Context) -> "Path":
    """The database file this run reads: --db, else $KCLI_DB, else the bundled one (db.resolve_path)."""
    from karabakh_cli.db import resolve_path

    return resolve_path(state(ctx).db)


@contextmanager
def database(ctx: typer.Context, timeout: float | None = None) -> Iterator[sqlite3.Connection]:
    """The database chosen by --db, KCLI_DB or the bundled file, open read-only for one command, its
    opening and checks bounded by timeout seconds (db.OPEN_TIMEOUT at most)."""
    from karabakh_cli.db import OPEN_TIMEOUT, connect

    conn = connect(database_path(ctx), timeout=timeout or OPEN_TIMEOUT)
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
    from karabakh_cli.dates import parse_option

    return parse_option(value, option)


# --- formats ---------------------------------------------------------------------------------------


def format_option(kind: type) -> Any:
    """The --format option of a command whose records are of type kind: the formats writers.py has for them
    (every command's option is built from that one table), checked, completed and listed in the help."""
    from karabakh_cli.writers import describe, formats_for

    names = [writer.name for writer in formats_for(kind)]

    def parse(value: str) -> str:
        if value not in names:
            raise typer.BadParameter(f"{value!r} is not one of {', '.join(names)}")
        return value

    def complete(incomplete: str) -> list[str]:
        return [name for name in names if name.startswith(incomplete)]

    return typer.Option(
        "--format", "-f", metavar="FORMAT", parser=parse, autocompletion=complete,
        help=f"Output format: {describe(kind)}.",
    )  # fmt: skip


FormatOption = Annotated[str | None, format_option(Record)]
JsonOption = Annotated[bool, typer.Option("--json", help="Shortcut for --format json.")]


def chosen_format(fmt: str | None, as_json: bool, kind: type = Record) -> str:
    """The format asked for: --json, --format or the first for records of type kind (a table for records);
    --json with another --format is a usage error."""
    from karabakh_cli.writers import formats_for

    if as_json:
        if fmt is not None and fmt != "json":
            raise UsageError(f"--json and --format {fmt} disagree; give one of them")
        return "json"
    return fmt or formats_for(kind)[0].name


# A table lists this many records unless --limit says otherwise; machine formats list them all.
TABLE_LIMIT = 50
LimitOption = Annotated[
    int | None,
    typer.Option(
        "--limit", "-n", min=0, metavar="N",
        help=f"At most N records; 0 for all (tables show {TABLE_LIMIT} unless told, other formats all).",
    ),
]  # fmt: skip
if TYPE_CHECKING:
    Section = StrEnum  # its members are models.PROFILE_SECTIONS, which mypy cannot read from a run-time call
else:
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
    kind: type,
    table: Callable[[Any], "RenderableType"] | None = None,
    fields: Sequence[str] | None = None,
    limit: int | None = None,
    extra: Any = None,
) -> None:
    """Print records (a list, or one record) of type kind in format fmt, by its writer in writers.py: fields
    (kind's own by default) are the CSV header even when there are no records; a table calls table() on the
    records shown, the only path that loads Rich; extra is what the writer read beside the records
    (writers.needs). A list is cut at limit (the writer's own when none is given: 50 rows of a table, every
    record otherwise), and a table says how many more there are (of a Listing's total, when the query
    itself stopped at the limit)."""
    from karabakh_cli.writers import WRITERS, Output, write

    listed = isinstance(records, list)
    shown = _cut(records, limit, WRITERS[fmt].limit) if listed else records
    # A Listing was cut in SQL already and knows how many records there are in all.
    more = getattr(records, "total", len(records)) - len(shown) if listed else 0

    def show() -> None:
        if table is not None:
            show_table(ctx, table(shown), f"{more} more: --limit 0 for all" if more else None)

    rows = shown if listed else [shown]
    columns = fields if fields is not None else getattr(kind, "_fields", ())
    write(fmt, kind, Output(rows, not listed, columns, extra, show), sys.stdout)


def shown_count(fmt: str, limit: int | None) -> int:
    """How many records of a list fmt shows (0 for all): --limit when given, else the writer's own (50 rows
    of a table, every record otherwise), as emit cuts them. A query given this count cuts the list in SQL,
    before it is read (200,000 events for timeline -n 1 took 440 MB)."""
    from karabakh_cli.writers import WRITERS

    return limit if limit is not None else WRITERS[fmt].limit


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
    """A shell-completion callback offering the database's words of one sort (queries.completion_words)
    that start with what was typed. It runs on every Tab, so it stays silent and returns nothing on
    any problem."""

    def complete(ctx: typer.Context, incomplete: str) -> list[str]:
        try:
            from karabakh_cli.queries import completion_words

            with _deadline(COMPLETION_SECONDS), database(ctx, timeout=COMPLETION_SECONDS) as conn:
                # The alarm waits for a long SQLite call to return; the progress handler stops the call.
                stop = time.monotonic() + COMPLETION_SECONDS
                conn.set_progress_handler(lambda: time.monotonic() > stop, 10_000)
                return _completions(completion_words(conn, what, incomplete), incomplete)
        except Exception:
            return []

    return complete


# A Tab press gives up after this many seconds, offering nothing: the shell waits for it, and a stranger's
# database can make any read slow (a CHECK text padded for the vocabulary's regex froze it for 87 s).
COMPLETION_SECONDS = 1.0


@contextmanager
def _deadline(seconds: float) -> Iterator[None]:
    """Raise TimeoutError in the block once seconds have passed (SIGALRM: the main thread only; elsewhere
    the block runs unbounded). The regex engine checks for signals as it runs, so this stops it too."""
    import signal

    def expire(signum: int, frame: object) -> None:
        raise TimeoutError

    try:
        previous = signal.signal(signal.SIGALRM, expire)
    except ValueError:  # not the main thread
        yield
        return
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous if previous is not None else signal.SIG_DFL)


# A word every shell kcli installs completion for (bash, zsh, fish, PowerShell) reads back as itself:
# letters and digits of any script, then also . : / + - and _; no spaces, quotes, $, `, ;, (, ~, *, !,
# no control characters. The shells insert a completion as it is, so a stranger's database must not
# offer anything else (an alias 'zz;touch${IFS}pwned' would run on Enter). Ids, vote symbols and
# one-word aliases (Artsakh, Türkiye, A/RES/62/243) all fit.
_SHELL_WORD = re.compile(r"[^\W_][\w.:/+-]{0,199}")


def shell_safe(word: str) -> bool:
    """True when word can go onto a shell line unquoted and means only itself."""
    return _SHELL_WORD.fullmatch(word) is not None


def _completions(words: Iterable[str], incomplete: str) -> list[str]:
    """The words that start with what was typed, ignoring case, and are safe on a shell line; one per
    word whatever its case. Typer keeps only values that start with what was typed, so a word in
    another case keeps the typed letters ('arts' completes to 'artsakh'; lookups ignore case)."""
    typed = incomplete.casefold()
    offered: dict[str, str] = {}
    for word in words:
        if not word.casefold().startswith(typed):
            continue
        shown = word if word.startswith(incomplete) else incomplete + word[len(incomplete) :]
        if shell_safe(shown) and (shown.casefold() not in offered or shown == word):
            offered[shown.casefold()] = shown
    return sorted(offered.values())


complete_actor = completer("actor")

MemberOption = Annotated[
    str | None,
    typer.Option(
        "--member",
        "-m",
        metavar="ORG",
        help="Only members of this organisation (unsc, nam, oic...), on the --as-of date if given.",
        autocompletion=completer("organisation"),
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
        autocompletion=completer("group"),
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
