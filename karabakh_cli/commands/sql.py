"""kcli sql and schema: read-only SQL for power users, and the tables it can read."""

from typing import TYPE_CHECKING, Annotated

import typer

from karabakh_cli import lazy
from karabakh_cli.options import FormatOption, JsonOption, chosen_format, command_app, database, emit

if TYPE_CHECKING:
    from rich.console import RenderableType

app = command_app()
# Loaded on first use (Rich only for tables); imported for real when types are checked.
if TYPE_CHECKING:
    from karabakh_cli import render
else:
    render = lazy.module("karabakh_cli.render")

# The fields of one row of kcli schema.
SCHEMA_FIELDS = ("table", "column", "type", "not_null", "primary_key", "description")


@app.command("sql")
def sql_query(
    ctx: typer.Context,
    query: Annotated[str, typer.Argument(metavar="SQL", help="One SELECT statement.")],
    timeout: Annotated[
        float, typer.Option("--timeout", min=0.01, help="Stop the query after this many seconds.")
    ] = 5.0,
    max_rows: Annotated[int, typer.Option("--max-rows", min=1, help="Keep at most this many rows.")] = 10_000,
    fmt: FormatOption = None,
    as_json: JsonOption = False,
) -> None:
    """Read-only SQL: nothing can be written, attached or loaded; runaway queries stop at --timeout.

    Examples:

        kcli sql "SELECT id, date, title FROM events WHERE kind = 'ceasefire'"

        kcli sql "SELECT kind, count(*) AS n FROM actors GROUP BY kind" --format csv
    """
    from karabakh_cli.answers import sql_records
    from karabakh_cli.sql import run_sql, table_view

    fmt = chosen_format(fmt, as_json)
    with database(ctx, timeout) as conn:
        result = run_sql(conn, query, timeout=timeout, max_rows=max_rows)
    if result.truncated:
        typer.echo(f"kcli: note: {result.note}", err=True)

    def table(_: object) -> "RenderableType":
        view = table_view(result)
        if view.note != result.note:  # the table cut rows that the other formats keep
            typer.echo(f"kcli: note: {view.note}", err=True)
        return render.render_sql(view)

    emit(ctx, sql_records(result), fmt, dict, table, result.columns, 0)


@app.command("schema")
def schema(ctx: typer.Context, fmt: FormatOption = None, as_json: JsonOption = False) -> None:
    """The database's tables and columns, for writing kcli sql queries.

    Examples:

        kcli schema

        kcli schema --json | jq -r '.[] | select(.table == "events") | .column'
    """
    from karabakh_cli.queries import list_columns

    fmt = chosen_format(fmt, as_json)
    with database(ctx) as conn:
        columns = list_columns(conn)
    emit(ctx, columns, fmt, dict, lambda shown: render.render_schema(shown), SCHEMA_FIELDS, 0)
