"""kcli search, sources, cite and errata: finding records and where they come from."""

from typing import TYPE_CHECKING, Annotated

import typer

from karabakh_cli import lazy
from karabakh_cli.errors import UsageError
from karabakh_cli.models import CitedRecord, DatasetCitation, Erratum, Listing, SearchHit, Source
from karabakh_cli.options import (
    ActorsOption,
    FormatOption,
    FullOption,
    JsonOption,
    LimitOption,
    chosen_format,
    command_app,
    completer,
    database,
    emit,
    format_option,
    shown_count,
)
from karabakh_cli.text import note
from karabakh_cli.writers import needs

if TYPE_CHECKING:
    from rich.console import RenderableType

app = command_app()
# Loaded on first use (Rich only for tables); imported for real when types are checked.
if TYPE_CHECKING:
    from karabakh_cli import queries, render
else:
    render = lazy.module("karabakh_cli.render")
    queries = lazy.module("karabakh_cli.queries")
# The bibliography also in the formats reference managers read.
SourcesFormatOption = Annotated[str | None, format_option(Source)]
CitedFormatOption = Annotated[str | None, format_option(CitedRecord)]


@app.command("search")
def search_records(
    ctx: typer.Context,
    text: Annotated[
        str, typer.Argument(metavar="TEXT", help="Words to find (all must match); end a word with * for a prefix.")
    ],
    limit: Annotated[
        int, typer.Option("--limit", "-n", min=0, metavar="N", help="At most N results (20 unless told); 0 for all.")
    ] = 20,
    full: FullOption = False,
    fmt: FormatOption = None,
    as_json: JsonOption = False,
) -> None:
    """Full-text search over actors, aliases, events, positions, relations and errata, best first.

    Best first: records whose title holds the words (an actor's name, an event's title) before those with
    them in another name (an alias, the id) and those whose text only mentions them; --json says where
    each matched (field).

    Examples:

        kcli search ceasefire

        kcli search "ceasefi*" --limit 5

        kcli search washington --limit 0

        kcli search peacekeepers --json | jq -r '.[] | .type + " " + .id'
    """
    from karabakh_cli.search import count_matches, search

    fmt = chosen_format(fmt, as_json)
    with database(ctx) as conn:
        hits = search(conn, text, limit=limit)
        if limit and len(hits) == limit:  # the search stopped at its limit: "N more" needs every match counted
            hits = Listing(hits, count_matches(conn, text))
    emit(ctx, hits, fmt, SearchHit, lambda shown: render.render_search(shown, full), limit=limit)


@app.command("sources")
def sources_list(
    ctx: typer.Context,
    limit: LimitOption = None,
    full: FullOption = False,
    fmt: SourcesFormatOption = None,
    as_json: JsonOption = False,
) -> None:
    """The bibliography: every source, with how many records cite it.

    Examples:

        kcli sources

        kcli sources --format csv > sources.csv

        kcli sources --format bibtex > kcli.bib
    """
    fmt = chosen_format(fmt, as_json)
    with database(ctx) as conn:
        sources = queries.list_sources(conn, limit=shown_count(fmt, limit))
    emit(ctx, sources, fmt, Source, lambda shown: render.render_sources(shown, full), limit=limit)


@app.command("cite")
def cite(
    ctx: typer.Context,
    record_id: Annotated[
        str | None,
        typer.Argument(
            metavar="ID",
            help="Id of an actor, event, position, relation or erratum.",
            autocompletion=completer("citable"),
        ),
    ] = None,
    dataset: Annotated[
        bool, typer.Option("--dataset", help="How to cite this version of the data itself, instead of a record.")
    ] = False,
    fmt: CitedFormatOption = None,
    as_json: JsonOption = False,
) -> None:
    """Every citation of one record, with its locator (¶N in the memo) or URL.

    With --dataset instead of an ID: how to cite the data itself, with its version and content hash.

    Examples:

        kcli cite pakistan

        kcli cite 2020-11-10-trilateral-statement --json

        kcli cite 2020-11-10-trilateral-statement --format bibtex

        kcli cite --dataset --format bibtex
    """
    fmt = chosen_format(fmt, as_json)
    if dataset and record_id is None:
        cite_dataset(ctx, fmt)
        return
    if dataset or record_id is None:
        raise UsageError("give one record ID, or --dataset to cite the data itself")
    with database(ctx) as conn:
        records = queries.cite_record(conn, record_id.strip())
        extra = needs(fmt, conn)
    for record in records:
        if record.id != record_id.strip():
            note(f"{record_id.strip()} is a former id of the {record.type} {record.id}; citing {record.id}")
    emit(ctx, records, fmt, CitedRecord, lambda shown: render.render_citations(shown), limit=0, extra=extra)


def cite_dataset(ctx: typer.Context, fmt: str) -> None:
    """kcli cite --dataset: the data's own citation (karabakh_cli/dataset.py), in any format a record has."""
    from karabakh_cli.dataset import dataset_citation

    with database(ctx) as conn:
        cited = dataset_citation(conn)
    emit(ctx, cited, fmt, DatasetCitation, lambda shown: render_sentence(shown.citation))


def render_sentence(text: str) -> "RenderableType":
    """A sentence as a table shows it: one paragraph at the terminal's width."""
    from rich.text import Text

    from karabakh_cli.text import safe

    return Text(safe(text))


@app.command("errata")
def errata_list(
    ctx: typer.Context,
    actor: ActorsOption = None,
    limit: LimitOption = None,
    full: FullOption = False,
    fmt: FormatOption = None,
    as_json: JsonOption = False,
) -> None:
    """Where a source is wrong or unclear: what it says, the correction, and who says so.

    Examples:

        kcli errata

        kcli errata --actor russia

        kcli errata --json | jq -r '.[] | .says + " -> " + .correction'
    """
    fmt = chosen_format(fmt, as_json)
    with database(ctx) as conn:
        errata = queries.list_errata(conn, queries.actor_ids_of(conn, actor), limit=shown_count(fmt, limit))
    emit(ctx, errata, fmt, Erratum, lambda shown: render.render_errata(shown, full), limit=limit)
