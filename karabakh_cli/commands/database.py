"""kcli db: inspect, check or build the database."""

from typing import TYPE_CHECKING, Annotated

import typer

from karabakh_cli import lazy
from karabakh_cli.errors import DatabaseError, KcliError
from karabakh_cli.options import FormatOption, JsonOption, chosen_format, command_app, database, database_path, emit

app = command_app(name="db", no_args_is_help=True, help="Inspect, check or build the database.")
# Loaded on first use (Rich only for tables); imported for real when types are checked.
if TYPE_CHECKING:
    from karabakh_cli import render
else:
    render = lazy.module("karabakh_cli.render")


@app.command("path")
def db_path(ctx: typer.Context) -> None:
    """Print the path of the database kcli reads, and nothing else.

    Examples:

        kcli db path

        sqlite3 "$(kcli db path)" .tables
    """
    path = database_path(ctx)
    if not path.is_file():
        raise DatabaseError(f"database not found: {path}")
    typer.echo(str(path))


@app.command("check")
def db_check(ctx: typer.Context) -> None:
    """Check the data: integrity, foreign keys, citations, locators, dates, aliases, reachability.

    Also: vote tallies, fifteen Security Council members a day, actors' lifetimes, statuses and their
    sources, errata quotes, event ids, ISO3 and Wikidata ids (docs/codebook.md lists every rule).

    Exit 0 when clean; 1 with one problem a line on stdout otherwise. Warnings to review (open-ended
    offices older than ten years, checks skipped) follow on stderr, prefixed 'warning: ', and fail nothing.

    Examples:

        kcli db check

        kcli --db my.db db check
    """
    from karabakh_cli.checks import check_database, review_database, sources_directory
    from karabakh_cli.text import safe

    with database(ctx) as conn:
        problems = check_database(conn, sources_directory())
        warnings = review_database(conn, sources_directory())
    for problem in problems:
        typer.echo(safe(problem))
    for warning in warnings:
        typer.echo(safe(f"warning: {warning}"), err=True)
    if problems:
        raise KcliError(f"{len(problems)} problem(s) found")
    typer.echo("ok", err=True)


@app.command("info")
def db_info(ctx: typer.Context, fmt: FormatOption = None, as_json: JsonOption = False) -> None:
    """Schema and data version, seed hash, record counts and the file's path.

    Examples:

        kcli db info

        kcli db info --json | jq .counts
    """
    from karabakh_cli.queries import database_info

    fmt = chosen_format(fmt, as_json)
    path = database_path(ctx)
    with database(ctx) as conn:
        info = database_info(conn, path)
    emit(ctx, info, fmt, dict, lambda shown: render.render_info(shown), list(info))


@app.command("build")
def db_build(
    seed: Annotated[str, typer.Argument(metavar="SEED", help="The seed to compile (schema and rows).")],
    output: Annotated[str, typer.Option("--output", "-o", metavar="FILE", help="Where to write the database.")],
    timeout: Annotated[
        float, typer.Option("--timeout", min=0.01, metavar="SECONDS", help="Stop the build after this many seconds.")
    ] = 300.0,
) -> None:
    """Compile a seed into a database, atomically: a failed build leaves an existing FILE untouched.

    FILE is never a symbolic link. A seed is a regular file of at most 64 MB; the database it makes may
    not pass 512 MB.

    Examples:

        kcli db build db/seed.sql --output my.db

        kcli --db my.db actor pakistan
    """
    from pathlib import Path

    from karabakh_cli.build import build_database
    from karabakh_cli.text import safe

    build_database(Path(seed), Path(output), timeout)
    typer.echo(f"built {safe(output, one_line=True)}", err=True)
