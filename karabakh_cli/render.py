"""Records to Rich renderables for people. Render functions return objects; only the CLI prints."""

from collections.abc import Iterable, Sequence
from typing import Any

from rich import box
from rich.cells import cell_len
from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text

from karabakh_cli.dates import format_span
from karabakh_cli.models import (
    Actor,
    ActorProfile,
    Citation,
    CitedRecord,
    Erratum,
    Event,
    MatrixRow,
    Position,
    Relation,
    SearchHit,
    Source,
    Topic,
)
from karabakh_cli.sql import SqlResult
from karabakh_cli.text import safe


def txt(value: str, style: str = "") -> Text:
    """Data as Rich text: passed through safe() (no control character reaches the terminal) and never
    parsed as markup. Every piece of data enters a renderable through here or through safe()."""
    return Text(safe(value), style=style)


class Notes:
    """Numbers each distinct citation once, so tables show [n] and a source list follows."""

    def __init__(self) -> None:
        self.numbers: dict[tuple[str, str], int] = {}
        self.citations: list[Citation] = []

    def marks(self, citations: Iterable[Citation]) -> Text:
        """Return the [n] marks for some citations, numbering new ones."""
        numbers = []
        for citation in citations:
            key = (citation.source_id, citation.locator)
            if key not in self.numbers:
                self.citations.append(citation)
                self.numbers[key] = len(self.citations)
            numbers.append(self.numbers[key])
        return txt("".join(f"[{number}]" for number in numbers), style="cyan")

    def render(self) -> RenderableType:
        """The numbered list of sources."""
        table = _table("Sources", ("#", "right"), ("Source", "left"), prose=1)
        for number, citation in enumerate(self.citations, start=1):
            line = txt(citation.source_title)
            if citation.locator.startswith("¶"):
                line.append(safe(f", {citation.locator}"), style="bold")
            url = citation.url or ""
            line.append(safe(f" ({citation.source_id})" + (f" {url}" if url else "")), style="dim")
            if citation.note:
                line.append(safe(f" — {citation.note}"), style="italic")
            table.add_row(txt(str(number)), line)
        return table


# A wrapping column of prose keeps at least this much room, so narrow terminals squeeze the others
# instead of hiding it.
PROSE_MIN_WIDTH = 12


class _Table(Table):
    """A table whose columns are sized when it is drawn: a column that does not wrap (ids, dates, kinds,
    counts) is as wide as its widest cell, so it is never cut; a column that wraps folds its cells, but
    never splits a word of its header."""

    def __rich_console__(self, console: Any, options: Any) -> Any:
        for column in self.columns:
            if column.no_wrap:
                column.min_width = max(_width(cell, str.splitlines) for cell in [column.header, *column._cells])
            else:
                column.min_width = max(column.min_width or 0, _width(column.header, str.split))
        return super().__rich_console__(console, options)


def _width(cell: object, pieces: Any) -> int:
    """The width of the widest line (pieces=str.splitlines) or word (str.split) of a cell."""
    text = cell.plain if isinstance(cell, Text) else str(cell)
    return max((cell_len(piece) for piece in pieces(text)), default=0)


def _table(title: str, *columns: tuple[str, str], prose: int | tuple[int, ...] | None = None) -> Table:
    """A plain table; when prose names columns, only those wrap and the others are as wide as they need."""
    table = _Table(title=title, title_justify="left", box=box.SIMPLE_HEAD, show_lines=False, expand=False)
    wrapping = (prose,) if isinstance(prose, int) else prose
    for index, (header, justify) in enumerate(columns):
        no_wrap = wrapping is not None and index not in wrapping
        min_width = None if no_wrap or wrapping is None else PROSE_MIN_WIDTH
        table.add_column(header, justify=justify, overflow="fold", no_wrap=no_wrap, min_width=min_width)
    return table


def _status(status: str) -> Text:
    if status == "unverified":
        return txt(" (the memo's claim, not independently confirmed)", style="yellow")
    if status == "partial":
        return txt(" (partly confirmed)", style="yellow")
    return txt("")


def _errata_marks(errata: Sequence[Erratum]) -> Text:
    return txt("".join(f" ⚠ {erratum.id}" for erratum in errata), style="red")


def render_actor_profile(profile: ActorProfile) -> RenderableType:
    """An actor's profile: identity, summary, relations, positions, events, errata and sources."""
    notes = Notes()
    parts: list[RenderableType] = [_actor_header(profile, notes)]
    if profile.relations:
        parts.append(_relations_table(profile.relations, notes))
    if profile.positions:
        parts.append(_positions_table(profile.positions, notes))
    if profile.events:
        parts.append(_events_table("Events", profile.events, notes))
    parts += _closing(notes, _collect_errata([profile.actor, *profile.relations, *profile.positions, *profile.events]))
    return Group(*parts)


def _actor_header(profile: ActorProfile, notes: Notes) -> RenderableType:
    actor, matched = profile.actor, profile.matched
    title = txt(actor.name, style="bold")
    title.append(safe(f"  {actor.kind} · {actor.id}"), style="dim")
    lines = [title]
    if matched.field == "alias":
        lines.append(txt(f"matched the alias “{matched.label}”", style="italic"))
    if actor.aliases:
        lines.append(txt("Also: ", style="dim") + txt(", ".join(alias.alias for alias in actor.aliases)))
    ids = [f"ISO 3166 {actor.iso3}" if actor.iso3 else "", f"Wikidata {actor.wikidata}" if actor.wikidata else ""]
    if any(ids):
        lines.append(txt(" · ".join(part for part in ids if part), style="dim"))
    lines.append(txt(actor.summary) + txt(" ") + notes.marks(actor.citations) + _errata_marks(actor.errata))
    return Group(*lines, txt(""))


# How a relation reads between its subject and object.
PREDICATE_LABELS = {
    "member": "member of",
    "permanent-member": "permanent member of",
    "elected-member": "elected member of",
    "observer": "observer in",
    "chair": "chair of",
    "co-chair": "co-chair of",
    "presides": "presides over",
    "office-holder": "office holder in",
    "ambassador-to": "ambassador to",
    "part-of": "part of",
    "located-in": "located in",
    "allied-with": "allied with",
    "supports": "supports",
    "does-not-recognise": "does not recognise",
    "diplomatic-relations": "has diplomatic relations with",
    "founded": "founded",
    "leads": "leads",
}


def _relations_table(relations: Sequence[Relation], notes: Notes) -> Table:
    table = _table("Memberships and relations", ("When", "left"), ("Tie", "left"), ("Sources", "left"), prose=1)
    for relation in relations:
        tie = txt(relation.subject_name, style="bold") + txt(
            f" {PREDICATE_LABELS.get(relation.predicate, relation.predicate)} ", style="magenta"
        )
        tie += txt(relation.object_name, style="bold") + txt(f" — {relation.summary}")
        tie += _status(relation.status) + _errata_marks(relation.errata)
        table.add_row(txt(format_span(relation.date, relation.end_date)), tie, notes.marks(relation.citations))
    return table


def _positions_table(positions: Sequence[Position], notes: Notes) -> Table:
    table = _table("Positions", ("As of", "left"), ("Topic", "left"), ("Stance", "left"), ("Sources", "left"), prose=1)
    for position in positions:
        what = txt(position.topic_name, style="bold") + txt(f" — {position.summary}")
        what += _status(position.status) + _errata_marks(position.errata)
        table.add_row(
            txt(format_span(position.date, position.end_date)),
            what,
            txt(position.stance, style=_STANCE_STYLES.get(position.stance, "")),
            notes.marks(position.citations),
        )
    return table


_STANCE_STYLES = {"supports": "green", "opposes": "red", "neutral": "blue", "ambiguous": "yellow"}


def _events_table(title: str, events: Sequence[Event], notes: Notes) -> Table:
    table = _table(title, ("Date", "left"), ("Kind", "left"), ("Event", "left"), ("Sources", "left"), prose=2)
    for event in events:
        what = txt(event.title, style="bold") + _errata_marks(event.errata) + txt("\n" + event.summary)
        what += _status(event.status)
        if event.participants:
            roles: dict[str, list[str]] = {}
            for part in event.participants:
                roles.setdefault(part.name, []).append(part.role)
            who = ", ".join(f"{name} ({', '.join(parts)})" for name, parts in roles.items())
            what += txt(f"\n{who}", style="dim")
        table.add_row(txt(format_span(event.date, event.end_date)), txt(event.kind), what, notes.marks(event.citations))
    return table


def _collect_errata(records: Iterable[Actor | Event | Position | Relation]) -> list[Erratum]:
    """The errata of some records, each once, in the order first met."""
    found: dict[str, Erratum] = {}
    for record in records:
        for erratum in record.errata:
            found.setdefault(erratum.id, erratum)
    return list(found.values())


def _closing(notes: Notes, errata: Sequence[Erratum]) -> list[RenderableType]:
    """What follows a table of records: the errata they carry, then the numbered sources."""
    return [_errata_table(errata, notes), notes.render()] if errata else [notes.render()]


def _errata_table(errata: Sequence[Erratum], notes: Notes) -> Table:
    table = _table(
        "Errata: where a source is wrong or unclear",
        ("Id", "left"),
        ("Says → correction", "left"),
        ("Sources", "left"),
        prose=1,
    )
    for erratum in errata:
        quoted = erratum.says if erratum.says.startswith("“") else f"“{erratum.says}”"
        said = txt(f"{erratum.source_id} {erratum.locator} says {quoted}", style="dim")
        said += txt(f"\n→ {erratum.correction}") + txt(f" ({erratum.kind})", style="italic")
        if erratum.records:
            said += txt("\nconcerns: " + ", ".join(f"{ref.type} {ref.id}" for ref in erratum.records), style="dim")
        table.add_row(txt(erratum.id, style="red"), said, notes.marks(erratum.citations))
    return table


def render_actors(actors: Sequence[Actor]) -> RenderableType:
    """The actor list: id, kind, name and aliases."""
    table = _table(f"Actors ({len(actors)})", ("Id", "left"), ("Kind", "left"), ("Name and aliases", "left"), prose=2)
    for actor in actors:
        name = txt(actor.name, style="bold")
        if actor.aliases:
            name.append(safe("\n" + ", ".join(alias.alias for alias in actor.aliases)), style="dim")
        table.add_row(txt(actor.id), txt(actor.kind), name)
    return table


def render_timeline(events: Sequence[Event]) -> RenderableType:
    """Events in date order, dates shown at their precision, then the sources they cite."""
    if not events:
        return txt("No events in this window.")
    notes = Notes()
    table = _events_table(f"Timeline ({len(events)} event{'s' if len(events) != 1 else ''})", events, notes)
    return Group(table, *_closing(notes, _collect_errata(events)))


def render_event(event: Event) -> RenderableType:
    """One event with its participants, errata and sources."""
    notes = Notes()
    table = _events_table(event.id, [event], notes)
    return Group(table, *_closing(notes, event.errata))


def render_positions(positions: Sequence[Position]) -> RenderableType:
    """Who took which stance on what, with sources."""
    if not positions:
        return txt("No positions match.")
    notes = Notes()
    table = _table(
        f"Positions ({len(positions)})",
        ("Actor", "left"),
        ("As of", "left"),
        ("Topic", "left"),
        ("Stance", "left"),
        ("Sources", "left"),
        prose=2,
    )
    for position in positions:
        what = txt(position.topic_name, style="bold") + txt(f" — {position.summary}")
        what += _status(position.status) + _errata_marks(position.errata)
        table.add_row(
            txt(position.actor_name),
            txt(format_span(position.date, position.end_date)),
            what,
            txt(position.stance, style=_STANCE_STYLES.get(position.stance, "")),
            notes.marks(position.citations),
        )
    return Group(table, *_closing(notes, _collect_errata(positions)))


# Readable without colour: each stance has its own glyph.
STANCE_GLYPHS = {"supports": "+", "opposes": "−", "neutral": "0", "ambiguous": "~", None: "·"}


def render_matrix(matrix: tuple[Sequence[Topic], Sequence[MatrixRow]]) -> RenderableType:
    """Actors as rows, topics as columns, a glyph per stance, and a legend."""
    topics, rows = matrix
    if not rows:
        return txt("No positions match.")
    table = _table("Who stood where", ("Actor", "left"), *[(str(n), "center") for n in range(1, len(topics) + 1)])
    for row in rows:
        cells = [
            txt(STANCE_GLYPHS[stance], style=_STANCE_STYLES.get(stance or "", "dim")) for stance in row.stances.values()
        ]
        table.add_row(txt(row.actor_name), *cells)
    legend = txt("Topics: ", style="dim")
    legend += txt("; ".join(f"{n} {topic.name}" for n, topic in enumerate(topics, start=1)))
    glyphs = txt("Stances: ", style="dim") + txt(
        ", ".join(f"{glyph} {stance or 'no position'}" for stance, glyph in STANCE_GLYPHS.items())
    )
    return Group(table, legend, glyphs)


def render_topics(topics: Sequence[Topic]) -> RenderableType:
    """The topics and how many positions each has."""
    table = _table(
        "Topics", ("Id", "left"), ("Name", "left"), ("Positions", "right"), ("Description", "left"), prose=(1, 3)
    )
    for topic in topics:
        table.add_row(txt(topic.id), txt(topic.name, style="bold"), txt(str(topic.positions)), txt(topic.description))
    return table


def render_search(hits: Sequence[SearchHit]) -> RenderableType:
    """Search results, best first, matched terms highlighted."""
    if not hits:
        return txt("No matches.")
    table = _table(f"Matches ({len(hits)})", ("Type", "left"), ("Id", "left"), ("Title and snippet", "left"), prose=2)
    for hit in hits:
        table.add_row(txt(hit.type), txt(hit.id), txt(hit.title, style="bold") + txt("\n") + _highlight(hit.snippet))
    return table


def _highlight(snippet: str) -> Text:
    text = Text()
    for number, piece in enumerate(snippet.replace("»", "«").split("«")):
        text.append(safe(piece), style="bold yellow" if number % 2 else "")
    return text


def render_sources(sources: Sequence[Source]) -> RenderableType:
    """The bibliography with how often each source is cited."""
    table = _table(f"Sources ({len(sources)})", ("Id", "left"), ("Cited", "right"), ("Work", "left"), prose=2)
    for source in sources:
        work = txt(source.title, style="bold")
        details = ", ".join(part for part in (source.author, source.publisher, source.published) if part)
        if details:
            work.append(safe(f"\n{details}"), style="dim")
        if source.url:
            work.append(safe(f"\n{source.url}"), style="cyan")
        table.add_row(txt(source.id), txt(str(source.citations)), work)
    return table


def render_citations(records: Sequence[CitedRecord]) -> RenderableType:
    """Every citation of one record."""
    table = _table("Citations", ("Record", "left"), ("Source", "left"), ("Locator", "left"), prose=(1, 2))
    for record in records:
        for citation in record.citations:
            source = txt(citation.source_title) + txt(f" ({citation.source_id})", style="dim")
            if citation.note:
                source.append(safe(f"\n{citation.note}"), style="italic")
            table.add_row(txt(f"{record.type} {record.id}"), source, txt(citation.locator, style="cyan"))
    return table


def render_errata(errata: Sequence[Erratum]) -> RenderableType:
    """Errata: what a source says, the correction, who says so."""
    if not errata:
        return txt("No errata.")
    notes = Notes()
    return Group(_errata_table(errata, notes), notes.render())


def render_sql(result: SqlResult) -> RenderableType:
    """A query's rows as a table."""
    table = _table(f"{len(result.rows)} row(s)", *[(column, "left") for column in result.columns])
    for row in result.rows:
        table.add_row(
            *[txt("NULL" if value is None else str(value), style="dim" if value is None else "") for value in row]
        )
    return table


def render_schema(columns: Sequence[dict]) -> RenderableType:
    """Tables and their columns, with what each means."""
    table = _table("Schema", ("Table", "left"), ("Column", "left"), ("Type", "left"), ("Meaning", "left"), prose=3)
    for column in columns:
        flags = ("key " if column["primary_key"] else "") + ("required" if column["not_null"] else "")
        meaning = txt(column["description"] or "") + txt(f" [{flags.strip()}]" if flags else "", style="dim")
        table.add_row(txt(column["table"]), txt(column["column"]), txt(column["type"]), meaning)
    return table


def render_info(info: dict) -> RenderableType:
    """What database this is: versions, hash, counts, path."""
    table = _table("Database", ("Key", "left"), ("Value", "left"))
    for key, value in info.items():
        shown = ", ".join(f"{name} {count}" for name, count in value.items()) if isinstance(value, dict) else value
        table.add_row(txt(key), txt(str(shown)))
    return table
