"""Every output format kcli writes, in one table: a writer each, registered once with the record types it
accepts. Commands hand records to options.emit with the format asked for; they never name a format.

A writer is a function (out, stream) keyed by the name of the record type it writes ("Record" for any
of models.py's records, "dict" for a row of kcli sql or kcli db info). It writes to a stream that passes
every character through escape(), the one escaping function: JSON keeps its text exact with \\u escapes,
the other formats show a control character as a visible escape (text.safe), so no data can drive the
terminal. Tables are the exception: Rich writes their colours itself, and render.py escapes each cell.

This module stays cheap to import (the command modules build their --format option from it): each
writer imports what it needs when it runs.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, TextIO, cast

from karabakh_cli.models import Record

if TYPE_CHECKING:
    import sqlite3


class Output(Record):
    """What a command hands to a writer."""

    records: Sequence[Any]  # the records shown (one, for a command that shows one record)
    single: bool  # one record: a JSON object rather than an array
    fields: Sequence[str]  # the CSV header, written even when there are no records
    extra: Any  # what the writer read beside the records (Writer.needs), or a diagram's title
    show: Callable[[], None]  # prints the command's own table (only the table writer calls it)


WriteFunction = Callable[[Output, TextIO], None]


class Writer:
    """One output format. (A plain class: a NamedTuple would compile its constructor at every start.)"""

    __slots__ = ("audience", "escaping", "limit", "name", "needs", "write")

    def __init__(
        self,
        name: str,
        audience: str,
        write: dict[str, WriteFunction],
        escaping: str = "text",
        needs: Callable[[sqlite3.Connection], Any] | None = None,
        limit: int = 0,
    ) -> None:
        self.name = name  # as --format takes it
        self.audience = audience  # who reads it, for --format's help: "people", "programs", "maps"...
        self.write = write  # record type name -> the function that writes it
        self.escaping = escaping  # "text" (text.safe); "json": the JSON way, text kept exact; "cells": render.py
        self.needs = needs  # what to read from the database beside the records
        self.limit = limit  # records listed unless --limit says otherwise (0: all)

    def __repr__(self) -> str:
        return f"Writer({self.name!r})"


# --- the writers -------------------------------------------------------------------------------------


def _table(out: Output, stream: TextIO) -> None:
    out.show()


def _json(out: Output, stream: TextIO) -> None:
    from karabakh_cli.formats import write_json
    from karabakh_cli.models import to_dict

    write_json(to_dict(out.records[0]) if out.single else [to_dict(r) for r in out.records], stream)


def _jsonl(out: Output, stream: TextIO) -> None:
    from karabakh_cli.formats import write_jsonl
    from karabakh_cli.models import to_dict

    write_jsonl((to_dict(record) for record in out.records), stream)


def _csv(out: Output, stream: TextIO) -> None:
    from karabakh_cli.formats import write_csv
    from karabakh_cli.models import to_dict

    write_csv((_flatten(to_dict(record)) for record in out.records), list(out.fields), stream)


def _flatten(record: dict) -> dict:
    """A CSV row: a profile's nested actor lifted to the top, so the row starts with the actor's fields,
    and a matrix row's stances spread over one column per topic (a wide table that opens as a grid)."""
    actor = record.pop("actor", None)
    stances = record.pop("stances", None) if isinstance(record.get("stances"), dict) else None
    return {**(actor if isinstance(actor, dict) else {}), **record, **(stances or {})}


def _geojson(out: Output, stream: TextIO) -> None:
    from karabakh_cli.geo import write_map

    write_map(out.records, out.extra, stream)


def _places(conn: sqlite3.Connection) -> dict[str, tuple[float, float]]:
    from karabakh_cli.queries import place_points

    return place_points(conn)


def _timeline_mermaid(out: Output, stream: TextIO) -> None:
    from karabakh_cli.graphs import render_timeline_mermaid

    stream.write(render_timeline_mermaid(out.records))


def _graph_mermaid(out: Output, stream: TextIO) -> None:
    from karabakh_cli.errors import UsageError
    from karabakh_cli.graphs import mermaid_limit_exceeded, render_mermaid

    text = render_mermaid(out.records[0], title=out.extra)
    too_big = mermaid_limit_exceeded(out.records[0], text)
    if too_big:  # GitHub would show an error where the diagram should be
        raise UsageError(f"{too_big}; name an actor, add --topic or --no-events, or use --format dot")
    stream.write(text)


def _graph_dot(out: Output, stream: TextIO) -> None:
    from karabakh_cli.graphs import render_dot

    stream.write(render_dot(out.records[0], title=out.extra))


def _bibliography(name: str) -> dict[str, WriteFunction]:
    """The writers of one reference-manager format: the whole bibliography, or the sources one record cites
    (out.extra holds every source then)."""

    def sources(out: Output, stream: TextIO) -> None:
        from karabakh_cli.citeformats import SOURCE_WRITERS

        SOURCE_WRITERS[name](out.records, stream)

    def cited(out: Output, stream: TextIO) -> None:
        from karabakh_cli.citeformats import CITED_WRITERS

        CITED_WRITERS[name](out.records, out.extra, stream)

    def dataset(out: Output, stream: TextIO) -> None:
        from karabakh_cli.dataset import CITATION_WRITERS

        CITATION_WRITERS[name](out.records[0], stream)

    return {"Source": sources, "CitedRecord": cited, "DatasetCitation": dataset}


def _sources(conn: sqlite3.Connection) -> list:
    from karabakh_cli.queries import list_sources

    return list_sources(conn)


def _dossier(out: Output, stream: TextIO) -> None:
    from karabakh_cli.dossier import markdown

    sources, vote_citations = out.extra
    stream.write(markdown(out.records[0] if out.single else out.records, sources, vote_citations))


def _footnote_references(conn: sqlite3.Connection) -> tuple:
    from karabakh_cli.queries import footnote_references

    return footnote_references(conn)


# Records: any record type of models.py, and the plain rows of kcli sql, kcli schema and kcli db info.
RECORDS = ("Record", "dict")

WRITERS: dict[str, Writer] = {}


def register(writer: Writer) -> None:
    """Add a format to the table (its name must be new)."""
    if writer.name in WRITERS:
        raise ValueError(f"format {writer.name!r} is registered twice")
    WRITERS[writer.name] = writer


for _writer in (
    Writer("table", "people", dict.fromkeys(RECORDS, _table), escaping="cells", limit=50),
    Writer("json", "programs", dict.fromkeys(RECORDS, _json), escaping="json"),
    Writer("jsonl", "programs", dict.fromkeys(RECORDS, _jsonl), escaping="json"),
    Writer("csv", "programs", dict.fromkeys(RECORDS, _csv)),
    Writer("geojson", "maps", dict.fromkeys(("Actor", "Event"), _geojson), escaping="json", needs=_places),
    Writer("mermaid", "documents", {"Event": _timeline_mermaid, "Graph": _graph_mermaid}),
    Writer("dot", "Graphviz", {"Graph": _graph_dot}),
    Writer("markdown", "reports", dict.fromkeys(("ActorProfile", "Event"), _dossier), needs=_footnote_references),
    Writer("bibtex", "reference managers", _bibliography("bibtex"), needs=_sources),
    Writer("csl-json", "reference managers", _bibliography("csl-json"), escaping="json", needs=_sources),
    Writer("ris", "reference managers", _bibliography("ris"), needs=_sources),
):
    register(_writer)


# --- choosing and running a writer -------------------------------------------------------------------


def function_for(writer: Writer, kind: type) -> WriteFunction | None:
    """The writer's function for records of type kind (or of a type it derives from), or None."""
    for cls in kind.__mro__:
        if cls.__name__ in writer.write:
            return writer.write[cls.__name__]
    return None


def formats_for(kind: type) -> list[Writer]:
    """The writers that accept records of type kind, in the table's order."""
    return [writer for writer in WRITERS.values() if function_for(writer, kind) is not None]


def describe(kind: type) -> str:
    """The formats for kind as --format's help says them: "table for people; json, jsonl, csv for programs"."""
    audiences: dict[str, list[str]] = {}
    for writer in formats_for(kind):
        audiences.setdefault(writer.audience, []).append(writer.name)
    return "; ".join(f"{', '.join(names)} for {audience}" for audience, names in audiences.items())


def needs(name: str, conn: sqlite3.Connection) -> Any:
    """What the format called name reads from the database beside the records (None for most)."""
    read = WRITERS[name].needs
    return read(conn) if read is not None else None


def write(name: str, kind: type, out: Output, stream: TextIO) -> None:
    """Write out in the format called name, every character through escape()."""
    writer = WRITERS[name]
    function = function_for(writer, kind)
    if function is None:  # the --format option offers only the formats of its records
        raise ValueError(f"format {name} does not write {kind.__name__} records")
    if writer.escaping == "cells":  # Rich writes its own colour codes; render.py escapes every cell
        function(out, stream)
        return
    escaped = Escaped(stream, json=writer.escaping == "json")
    function(out, cast(TextIO, escaped))
    escaped.flush()


def escape(text: str, json: bool = False) -> str:
    """The one escaping function of every output: JSON's \\u escapes for DEL and the C1 controls (JSON's own
    encoder has escaped the rest), text.safe's visible escapes (\\x1b) in every other format."""
    if json:
        from karabakh_cli.formats import escape_c1

        return escape_c1(text)
    from karabakh_cli.text import safe

    return safe(text)


class Escaped(io.TextIOBase):
    """A text stream that escapes what is written to it, then passes it on."""

    def __init__(self, target: TextIO, json: bool) -> None:
        super().__init__()
        self.target = target
        self.json = json

    @property
    def encoding(self) -> str:  # type: ignore[override]
        return getattr(self.target, "encoding", None) or "utf-8"

    def writable(self) -> bool:
        return True

    def write(self, text: str) -> int:
        self.target.write(escape(text, self.json))
        return len(text)

    def flush(self) -> None:
        self.target.flush()
