"""Records to Rich renderables for people. Render functions return objects; only the CLI prints."""

from collections.abc import Iterable, Sequence
from typing import Any

from rich import box
from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text as RichText

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

# Control characters other than newline and tab, shown as escapes so data cannot drive the terminal.
_CONTROLS = {code: f"\\x{code:02x}" for code in (*range(0x00, 0x09), *range(0x0B, 0x20), *range(0x7F, 0xA0))}


class Text(RichText):
    """Rich text that shows control characters in data as visible escapes (never as terminal commands)."""

    def __init__(self, text: str = "", *args: Any, **kwargs: Any) -> None:
        super().__init__(text.translate(_CONTROLS), *args, **kwargs)

    def append(self, text: Any, style: Any = None) -> "Text":
        return super().append(text.translate(_CONTROLS) if isinstance(text, str) else text, style)


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
        return Text("".join(f"[{number}]" for number in numbers), style="cyan")

    def render(self) -> RenderableType:
        """The numbered list of sources."""
        table = _table("Sources", ("#", "right"), ("Source", "left"), prose=1)
        for number, citation in enumerate(self.citations, start=1):
            line = Text(citation.source_title)
            if citation.locator.startswith("¶"):
                line.append(f", {citation.locator}", style="bold")
            url = citation.url or ""
            line.append(f" ({citation.source_id})" + (f" {url}" if url else ""), style="dim")
            if citation.note:
                line.append(f" — {citation.note}", style="italic")
            table.add_row(Text(str(number)), line)
        return table


def _table(title: str, *columns: tuple[str, str], prose: int | tuple[int, ...] | None = None) -> Table:
    """A plain table; when prose names columns, only those wrap and the others keep their width."""
    table = Table(title=title, title_justify="left", box=box.SIMPLE_HEAD, show_lines=False, expand=False)
    wrapping = (prose,) if isinstance(prose, int) else prose
    for index, (header, justify) in enumerate(columns):
        no_wrap = wrapping is not None and index not in wrapping
        # A wrapping column keeps some room, so narrow terminals squeeze the others instead of hiding it.
        min_width = None if no_wrap or wrapping is None else 12
        table.add_column(header, justify=justify, overflow="fold", no_wrap=no_wrap, min_width=min_width)
    return table


def _status(status: str) -> Text:
    if status == "unverified":
        return Text(" (the memo's claim, not independently confirmed)", style="yellow")
    if status == "partial":
        return Text(" (partly confirmed)", style="yellow")
    return Text("")


def _errata_marks(errata: Sequence[Erratum]) -> Text:
    return Text("".join(f" ⚠ {erratum.id}" for erratum in errata), style="red")


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
    title = Text(actor.name, style="bold")
    title.append(f"  {actor.kind} · {actor.id}", style="dim")
    lines = [title]
    if matched.field == "alias":
        lines.append(Text(f"matched the alias “{matched.label}”", style="italic"))
    if actor.aliases:
        lines.append(Text("Also: ", style="dim") + Text(", ".join(alias.alias for alias in actor.aliases)))
    ids = [f"ISO 3166 {actor.iso3}" if actor.iso3 else "", f"Wikidata {actor.wikidata}" if actor.wikidata else ""]
    if any(ids):
        lines.append(Text(" · ".join(part for part in ids if part), style="dim"))
    lines.append(Text(actor.summary) + Text(" ") + notes.marks(actor.citations) + _errata_marks(actor.errata))
    return Group(*lines, Text(""))


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
        tie = Text(relation.subject_name, style="bold") + Text(
            f" {PREDICATE_LABELS.get(relation.predicate, relation.predicate)} ", style="magenta"
        )
        tie += Text(relation.object_name, style="bold") + Text(f" — {relation.summary}")
        tie += _status(relation.status) + _errata_marks(relation.errata)
        table.add_row(Text(format_span(relation.date, relation.end_date)), tie, notes.marks(relation.citations))
    return table


def _positions_table(positions: Sequence[Position], notes: Notes) -> Table:
    table = _table("Positions", ("As of", "left"), ("Topic", "left"), ("Stance", "left"), ("Sources", "left"), prose=1)
    for position in positions:
        what = Text(position.topic_name, style="bold") + Text(f" — {position.summary}")
        what += _status(position.status) + _errata_marks(position.errata)
        table.add_row(
            Text(format_span(position.date, position.end_date)),
            what,
            Text(position.stance, style=_STANCE_STYLES.get(position.stance, "")),
            notes.marks(position.citations),
        )
    return table


_STANCE_STYLES = {"supports": "green", "opposes": "red", "neutral": "blue", "ambiguous": "yellow"}


def _events_table(title: str, events: Sequence[Event], notes: Notes) -> Table:
    table = _table(title, ("Date", "left"), ("Kind", "left"), ("Event", "left"), ("Sources", "left"), prose=2)
    for event in events:
        what = Text(event.title, style="bold") + _errata_marks(event.errata) + Text("\n" + event.summary)
        what += _status(event.status)
        if event.participants:
            roles: dict[str, list[str]] = {}
            for part in event.participants:
                roles.setdefault(part.name, []).append(part.role)
            who = ", ".join(f"{name} ({', '.join(parts)})" for name, parts in roles.items())
            what += Text(f"\n{who}", style="dim")
        table.add_row(
            Text(format_span(event.date, event.end_date)), Text(event.kind), what, notes.marks(event.citations)
        )
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
        said = Text(f"{erratum.source_id} {erratum.locator} says {quoted}", style="dim")
        said += Text(f"\n→ {erratum.correction}") + Text(f" ({erratum.kind})", style="italic")
        if erratum.records:
            said += Text("\nconcerns: " + ", ".join(f"{ref.type} {ref.id}" for ref in erratum.records), style="dim")
        table.add_row(Text(erratum.id, style="red"), said, notes.marks(erratum.citations))
    return table


def render_actors(actors: Sequence[Actor]) -> RenderableType:
    """The actor list: id, kind, name and aliases."""
    table = _table(f"Actors ({len(actors)})", ("Id", "left"), ("Kind", "left"), ("Name and aliases", "left"), prose=2)
    for actor in actors:
        name = Text(actor.name, style="bold")
        if actor.aliases:
            name.append("\n" + ", ".join(alias.alias for alias in actor.aliases), style="dim")
        table.add_row(Text(actor.id), Text(actor.kind), name)
    return table


def render_timeline(events: Sequence[Event]) -> RenderableType:
    """Events in date order, dates shown at their precision, then the sources they cite."""
    if not events:
        return Text("No events in this window.")
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
        return Text("No positions match.")
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
        what = Text(position.topic_name, style="bold") + Text(f" — {position.summary}")
        what += _status(position.status) + _errata_marks(position.errata)
        table.add_row(
            Text(position.actor_name),
            Text(format_span(position.date, position.end_date)),
            what,
            Text(position.stance, style=_STANCE_STYLES.get(position.stance, "")),
            notes.marks(position.citations),
        )
    return Group(table, *_closing(notes, _collect_errata(positions)))


# Readable without colour: each stance has its own glyph.
STANCE_GLYPHS = {"supports": "+", "opposes": "−", "neutral": "0", "ambiguous": "~", None: "·"}


def render_matrix(matrix: tuple[Sequence[Topic], Sequence[MatrixRow]]) -> RenderableType:
    """Actors as rows, topics as columns, a glyph per stance, and a legend."""
    topics, rows = matrix
    if not rows:
        return Text("No positions match.")
    table = _table("Who stood where", ("Actor", "left"), *[(str(n), "center") for n in range(1, len(topics) + 1)])
    for row in rows:
        cells = [
            Text(STANCE_GLYPHS[stance], style=_STANCE_STYLES.get(stance or "", "dim"))
            for stance in row.stances.values()
        ]
        table.add_row(Text(row.actor_name), *cells)
    legend = Text("Topics: ", style="dim")
    legend += Text("; ".join(f"{n} {topic.name}" for n, topic in enumerate(topics, start=1)))
    glyphs = Text("Stances: ", style="dim") + Text(
        ", ".join(f"{glyph} {stance or 'no position'}" for stance, glyph in STANCE_GLYPHS.items())
    )
    return Group(table, legend, glyphs)


def render_topics(topics: Sequence[Topic]) -> RenderableType:
    """The topics and how many positions each has."""
    table = _table("Topics", ("Id", "left"), ("Name", "left"), ("Positions", "right"), ("Description", "left"), prose=3)
    for topic in topics:
        table.add_row(
            Text(topic.id), Text(topic.name, style="bold"), Text(str(topic.positions)), Text(topic.description)
        )
    return table


def render_search(hits: Sequence[SearchHit]) -> RenderableType:
    """Search results, best first, matched terms highlighted."""
    if not hits:
        return Text("No matches.")
    table = _table(f"Matches ({len(hits)})", ("Type", "left"), ("Id", "left"), ("Title and snippet", "left"), prose=2)
    for hit in hits:
        table.add_row(
            Text(hit.type), Text(hit.id), Text(hit.title, style="bold") + Text("\n") + _highlight(hit.snippet)
        )
    return table


def _highlight(snippet: str) -> Text:
    text = Text()
    for number, piece in enumerate(snippet.replace("»", "«").split("«")):
        text.append(piece, style="bold yellow" if number % 2 else "")
    return text


def render_sources(sources: Sequence[Source]) -> RenderableType:
    """The bibliography with how often each source is cited."""
    table = _table(f"Sources ({len(sources)})", ("Id", "left"), ("Cited", "right"), ("Work", "left"), prose=2)
    for source in sources:
        work = Text(source.title, style="bold")
        details = ", ".join(part for part in (source.author, source.publisher, source.published) if part)
        if details:
            work.append(f"\n{details}", style="dim")
        if source.url:
            work.append(f"\n{source.url}", style="cyan")
        table.add_row(Text(source.id), Text(str(source.citations)), work)
    return table


def render_citations(records: Sequence[CitedRecord]) -> RenderableType:
    """Every citation of one record."""
    table = _table("Citations", ("Record", "left"), ("Source", "left"), ("Locator", "left"), prose=1)
    for record in records:
        for citation in record.citations:
            source = Text(citation.source_title) + Text(f" ({citation.source_id})", style="dim")
            if citation.note:
                source.append(f"\n{citation.note}", style="italic")
            table.add_row(Text(f"{record.type} {record.id}"), source, Text(citation.locator, style="cyan"))
    return table


def render_errata(errata: Sequence[Erratum]) -> RenderableType:
    """Errata: what a source says, the correction, who says so."""
    if not errata:
        return Text("No errata.")
    notes = Notes()
    return Group(_errata_table(errata, notes), notes.render())


def render_sql(result: SqlResult) -> RenderableType:
    """A query's rows as a table."""
    table = _table(f"{len(result.rows)} row(s)", *[(column, "left") for column in result.columns])
    for row in result.rows:
        table.add_row(
            *[Text("NULL" if value is None else str(value), style="dim" if value is None else "") for value in row]
        )
    return table


def render_schema(columns: Sequence[dict]) -> RenderableType:
    """Tables and their columns, with what each means."""
    table = _table("Schema", ("Table", "left"), ("Column", "left"), ("Type", "left"), ("Meaning", "left"), prose=3)
    for column in columns:
        flags = ("key " if column["primary_key"] else "") + ("required" if column["not_null"] else "")
        meaning = Text(column["description"] or "") + Text(f" [{flags.strip()}]" if flags else "", style="dim")
        table.add_row(Text(column["table"]), Text(column["column"]), Text(column["type"]), meaning)
    return table


def render_info(info: dict) -> RenderableType:
    """What database this is: versions, hash, counts, path."""
    table = _table("Database", ("Key", "left"), ("Value", "left"))
    for key, value in info.items():
        shown = ", ".join(f"{name} {count}" for name, count in value.items()) if isinstance(value, dict) else value
        table.add_row(Text(key), Text(str(shown)))
    return table
