"""kcli export: the whole database as a data package other tools load (R, pandas, spreadsheets)."""

from pathlib import Path
from typing import Annotated

import typer

from karabakh_cli.options import command_app, database
from karabakh_cli.text import safe

app = command_app()


@app.command("export")
def export(
    ctx: typer.Context,
    folder: Annotated[Path, typer.Argument(metavar="DIR", help="A new or empty folder to write the package into.")],
    force: Annotated[
        bool,
        typer.Option(
            "--force", help="Replace a previous kcli export in DIR; a folder holding anything else is refused."
        ),
    ] = False,
) -> None:
    """Write the database as a Frictionless Data Package: a CSV per table and a datapackage.json.

    datapackage.json describes every table (column types and meanings, keys, allowed values) and the
    data's version, content hash, licence and how to cite it. The package is written beside DIR and
    renamed into place when complete: a failed export leaves nothing half-written.

    Examples:

        kcli export kcli-data

        kcli export kcli-data --force
    """
    from karabakh_cli.export import DESCRIPTOR, export_package

    with database(ctx) as conn:
        tables = export_package(conn, folder, force=force)
    typer.echo(f"kcli: wrote {len(tables)} tables and {DESCRIPTOR} to {safe(str(folder), one_line=True)}", err=True)
