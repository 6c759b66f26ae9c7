"""Records to Rich renderables for people. Render functions return objects; only the CLI prints."""

from collections.abc import Iterable, Sequence
from typing import Any

from rich import box
from rich.cells import cell_len
from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text

from karabakh_cli.dates import format_span
from karabakh_cli.kinds import PREDICATE_LABELS
from karabakh_cli.models import (
    PROFILE_SECTIONS,
    Actor,
    ActorProfile,
    Ballot,
    Citation,
    CitedRecord,
    Erratum,
    Event,
    MatrixGroup,
    MatrixRow,
    Position,
    Relation,
    RollCall,
    SearchHit,
    Source,
    Topic,
    Vote,
)
from karabakh_cli.sql import SqlResult
from karabakh_cli.text import safe

# A table shows at most this much of one value (Rich takes about a second to lay out a megabyte);
# JSON and CSV carry values whole.
MAX_SHOWN = 20_000


def txt(value: str, style: str = "") -> Text:
    """Data as Rich text: passed through safe() (no control character reaches the terminal), never
    parsed as markup, and cut with a visible mark past MAX_SHOWN characters. Every piece of data enters
    a renderable through here or through safe()."""
    if len(value) > MAX_SHOWN:
        value = f"{value[:MAX_SHOWN]} …[{len(value) - MAX_SHOWN:,} more characters; --format json for all]"
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
        # Spaced, so a long list wraps between marks rather than inside one.
        return txt(" ".join(f"[{number}]" for number in numbers), style="cyan")

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
# A word longer than this (a URL) may be folded; shorter words keep whole while the table fits.
LONGEST_KEPT_WORD = 24
# The widest a column of [n] source marks grows.
MARKS_WIDTH = 15


class _Table(Table):
    """A table whose columns are sized when it is drawn: a column that does not wrap (ids, dates, kinds,
    counts) is as wide as its widest cell, so it is never cut; a column that wraps folds its cells, but
    never splits a word of its header, nor one of its values while the table still fits the width."""

    def __rich_console__(self, console: Any, options: Any) -> Any:
        for column in self.columns:
            if column.no_wrap:
                column.min_width = max(_width(cell, str.splitlines) for cell in [column.header, *column._cells])
            else:
                column.min_width = max(column.min_width or 0, _width(column.header, str.split))
        self._keep_words(options.max_width)
        return super().__rich_console__(console, options)

    def _keep_words(self, width: int) -> None:
        """Widen wrapping columns to their longest word (up to LONGEST_KEPT_WORD) when all still fit."""
        wrapping = [column for column in self.columns if not column.no_wrap and column.max_width is None]
        words = {
            id(c): min(max(_width(cell, str.split) for cell in [c.header, *c._cells]), LONGEST_KEPT_WORD)
            for c in wrapping
        }
        padding = 3 * len(self.columns) + 1
        needed = sum(max(c.min_width or 0, words.get(id(c), 0)) for c in self.columns) + padding
        if needed <= width:
            for column in wrapping:
                column.min_width = max(column.min_width or 0, words[id(column)])


def _width(cell: object, pieces: Any) -> int:
    """The width of the widest line (pieces=str.splitlines) or word (str.split) of a cell."""
    text = cell.plain if isinstance(cell, Text) else str(cell)
    return max((cell_len(piece) for piece in pieces(text)), default=0)


def _table(title: str, *columns: tuple[str, str], prose: int | tuple[int, ...] | None = None) -> Table:
    """A plain table; when prose names columns, only those wrap and the others are as wide as they need.
    A Sources column of [n] marks wraps too, between its marks."""
    table = _Table(title=title, title_justify="left", box=box.SIMPLE_HEAD, show_lines=False, expand=False)
    wrapping = (prose,) if isinstance(prose, int) else prose
    for index, (header, justify) in enumerate(columns):
        marks = header == "Sources" and wrapping is not None
        no_wrap = wrapping is not None and index not in wrapping and not marks
        min_width = None if no_wrap or wrapping is None or marks else PROSE_MIN_WIDTH
        # Marks give way to the prose: at most three or four a line.
        max_width = MARKS_WIDTH if marks else None
        table.add_column(
            header, justify=justify, overflow="fold", no_wrap=no_wrap, min_width=min_width, max_width=max_width
        )
    return table


def _status(status: str) -> Text:
    if status == "unverified":
        return txt(" (the memo's claim, not independently confirmed)", style="yellow")
    if status == "partial":
        return txt(" (partly confirmed)", style="yellow")
    return txt("")


def _errata_marks(errata: Sequence[Erratum]) -> Text:
    return txt("".join(f" ⚠ {erratum.id}" for erratum in errata), style="red")


# Lines of each section a compact profile shows.
PREVIEW = 5


def render_actor_profile(profile: ActorProfile, sections: Sequence[str] = (), full: bool = False) -> RenderableType:
    """An actor's profile: a header with the count of each section and its first lines (most recent first),
    or the named sections in full (all of them with full), each fact with its numbered sources."""
    shown = set(PROFILE_SECTIONS if full else sections)
    notes = Notes()
    errata = _collect_errata([profile.actor, *profile.relations, *profile.positions, *profile.events])
    citations = [
        c
        for r in (profile.actor, *profile.relations, *profile.positions, *profile.events, *errata)
        for c in r.citations
    ]
    counts = {
        "relations": len(profile.relations), "positions": len(profile.positions), "events": len(profile.events),
        "votes": len(profile.votes), "errata": len(errata), "sources": len({c.source_id for c in citations}),
    }  # fmt: skip
    parts: list[RenderableType] = [_actor_header(profile, notes if shown else None), _counts(counts)]
    if not shown:
        parts += _previews(profile, errata, counts)
        return Group(*parts)
    if "relations" in shown and profile.relations:
        parts.append(_relations_table(profile.relations, notes))
    if "positions" in shown and profile.positions:
        parts.append(_positions_table(profile.positions, notes))
    if "events" in shown and profile.events:
        parts.append(_events_table("Events", profile.events, notes))
    if "votes" in shown and profile.votes:
        parts.append(_ballots_table(profile.votes))
    if "errata" in shown and errata:
        parts.append(_errata_table(errata, notes))
    if "sources" in shown:
        notes.marks(citations)
    if notes.citations:
        parts.append(notes.render())
    return Group(*parts)


def _counts(counts: dict[str, int]) -> Text:
    line = txt(" · ".join(f"{name.capitalize()} {count}" for name, count in counts.items()))
    return line + txt("\n")


def _previews(profile: ActorProfile, errata: Sequence[Erratum], counts: dict[str, int]) -> list[RenderableType]:
    """The first lines of each section: ties that still hold first, then the most recent."""
    from datetime import date

    today = date.today().isoformat()
    relations = sorted(profile.relations, key=lambda r: (r.end_date is not None and r.end_date < today, _latest(r)))
    previews = [
        ("relations", relations, lambda rows, title: _compact_relations(title, rows)),
        (
            "positions",
            _recent(profile.positions),
            lambda rows, title: _compact_positions(title, rows, with_actor=False),
        ),
        ("events", _recent(profile.events), _events_preview),
        ("votes", profile.votes, lambda rows, title: _ballots_table(rows, title)),
    ]
    parts: list[RenderableType] = []
    for name, rows, draw in previews:
        if rows:
            parts.append(draw(rows[:PREVIEW], _section_title(name, counts[name])))
    if errata:
        parts.append(txt(f"Errata: {', '.join(e.id for e in errata)} (--section errata)", style="red"))
    parts.append(_legend_profile())
    return parts


def _events_preview(rows: Sequence[Event], title: str) -> Table:
    return _compact_events(title, rows)


def _latest(record: Relation | Position | Event) -> tuple[bool, str]:
    """A sort key, most recent first: later dates give smaller keys (their letters negated), undated last."""
    return record.date is None, "".join(chr(0x10FFFF - ord(ch)) for ch in (record.date or ""))


def _recent(records: Sequence[Position] | Sequence[Event]) -> list:
    return sorted(records, key=_latest)


def _section_title(name: str, count: int) -> str:
    if count <= PREVIEW:
        return f"{name.capitalize()} ({count})"
    return f"{name.capitalize()} ({PREVIEW} of {count}, most recent first; --section {name} for all)"


def _legend_profile() -> Text:
    return txt(LEGEND + "; --section NAME (repeatable) or --full for the details and sources", style="dim")


def _actor_header(profile: ActorProfile, notes: Notes | None) -> RenderableType:
    actor, matched = profile.actor, profile.matched
    title = txt(actor.name, style="bold")
    title.append(safe(f"  {actor.kind} · {actor.id}"), style="dim")
    lines = [title]
    if matched.field == "alias":
        lines.append(txt(f"matched the alias “{matched.label}”", style="italic"))
    elif matched.field == "closest":
        lines.append(txt(f"no actor is called “{matched.query}”; this is the closest", style="italic"))
    if actor.aliases:
        lines.append(txt("Also: ", style="dim") + txt(", ".join(alias.alias for alias in actor.aliases)))
    facts = [
        f"{actor.region} · {actor.subregion}" if actor.region else "",
        f"{format_span(actor.date, actor.end_date)}" if actor.date else "",
        f"{actor.latitude:.4f}, {actor.longitude:.4f}" if actor.latitude is not None else "",
        f"ISO 3166 {actor.iso3}" if actor.iso3 else "",
        f"Wikidata {actor.wikidata}" if actor.wikidata else "",
    ]
    if any(facts):
        lines.append(txt(" · ".join(part for part in facts if part), style="dim"))
    marks = notes.marks(actor.citations) if notes is not None else _marks(None, actor.errata)
    lines.append(txt(actor.summary) + txt(" ") + marks + (_errata_marks(actor.errata) if notes else txt("")))
    return Group(*lines, txt(""))


def _ballots_table(ballots: Sequence[Ballot], title: str | None = None) -> Table:
    table = _line_table(
        title or f"Votes ({len(ballots)})", ("Date", "left"), ("Vote", "left"), ("Voted", "left"), line=1
    )
    for ballot in ballots:
        table.add_row(
            txt(format_span(ballot.date, None)),
            txt(ballot.symbol),
            txt(ballot.choice, style=_CHOICE_STYLES.get(ballot.choice, "")),
        )
    return table


_CHOICE_STYLES = {"yes": "green", "no": "red", "abstain": "blue", "absent": "dim"}


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


def render_actors(actors: Sequence[Actor], full: bool = False) -> RenderableType:
    """The actor list: id, kind and name (one line each), or with their aliases (full)."""
    if not full:
        table = _line_table(
            f"Actors ({len(actors)})", ("Id", "left"), ("Kind", "left"), ("Name", "left"), ("Region", "left"), line=2
        )
        for actor in actors:
            table.add_row(txt(actor.id), txt(actor.kind), txt(actor.name, style="bold"), txt(actor.subregion or ""))
        return table
    table = _table(f"Actors ({len(actors)})", ("Id", "left"), ("Kind", "left"), ("Name and aliases", "left"), prose=2)
    for actor in actors:
        name = txt(actor.name, style="bold")
        if actor.aliases:
            name.append(safe("\n" + ", ".join(alias.alias for alias in actor.aliases)), style="dim")
        table.add_row(txt(actor.id), txt(actor.kind), name)
    return table


def render_timeline(events: Sequence[Event], full: bool = False) -> RenderableType:
    """Events in date order, dates shown at their precision: one line each, or with summaries,
    participants, errata and the sources they cite (full)."""
    if not events:
        return txt("No events in this window.")
    if not full:
        return Group(_compact_events(f"Timeline ({_plural(len(events), 'event')})", events), _legend())
    notes = Notes()
    table = _events_table(f"Timeline ({len(events)} event{'s' if len(events) != 1 else ''})", events, notes)
    return Group(table, *_closing(notes, _collect_errata(events)))


def render_event(event: Event, sections: Sequence[str] = (), full: bool = False) -> RenderableType:
    """One event: its title, date, kind, summary and participants, with the count of its errata and
    sources, or (with full, or --section errata/sources) the event's table, errata and sources."""
    if full or {"errata", "sources"} & set(sections):
        notes = Notes()
        table = _events_table(event.id, [event], notes)
        return Group(table, *_closing(notes, event.errata))
    title = txt(event.title, style="bold") + txt("  ") + _marks(event.status, event.errata)
    facts = txt(f"{format_span(event.date, event.end_date)} · {event.kind} · {event.id}", style="dim")
    roles: dict[str, list[str]] = {}
    for part in event.participants:
        roles.setdefault(part.name, []).append(part.role)
    who = txt("Who: ", style="dim") + txt(", ".join(f"{name} ({', '.join(parts)})" for name, parts in roles.items()))
    counts = {"errata": len(event.errata), "sources": len({c.source_id for c in event.citations})}
    return Group(
        title,
        facts,
        txt(""),
        txt(event.summary) + _status(event.status),
        who,
        txt(""),
        _counts(counts),
        _legend_profile(),
    )


def render_positions(positions: Sequence[Position], full: bool = False) -> RenderableType:
    """Who took which stance on what: one line each, or with summaries and sources (full)."""
    if not positions:
        return txt("No positions match.")
    if not full:
        return Group(_compact_positions(f"Positions ({len(positions)})", positions, with_actor=True), _legend())
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
    grouped = len({row.actor_kind for row in rows}) > 1 and rows == sorted(rows, key=lambda row: row.actor_kind)
    kind = None
    for row in rows:
        if grouped and row.actor_kind != kind:
            kind = row.actor_kind
            table.add_row(txt(kind, style="dim italic"), *[txt("") for _ in topics])
        cells = [
            txt(STANCE_GLYPHS[stance], style=_STANCE_STYLES.get(stance or "", "dim")) for stance in row.stances.values()
        ]
        table.add_row(txt(("  " if grouped else "") + row.actor_name), *cells)
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


def render_search(hits: Sequence[SearchHit], full: bool = False) -> RenderableType:
    """Search results, best first: one line each, or with the snippet, matched terms highlighted (full)."""
    if not hits:
        return txt("No matches.")
    if not full:
        table = _line_table(f"Matches ({len(hits)})", ("Type", "left"), ("Id", "left"), ("Title", "left"), line=2)
        for hit in hits:
            table.add_row(txt(hit.type), txt(hit.id), txt(hit.title, style="bold"))
        return table
    table = _table(f"Matches ({len(hits)})", ("Type", "left"), ("Id", "left"), ("Title and snippet", "left"), prose=2)
    for hit in hits:
        table.add_row(txt(hit.type), txt(hit.id), txt(hit.title, style="bold") + txt("\n") + _highlight(hit.snippet))
    return table


def _highlight(snippet: str) -> Text:
    text = Text()
    for number, piece in enumerate(snippet.replace("»", "«").split("«")):
        text.append(safe(piece), style="bold yellow" if number % 2 else "")
    return text


def render_sources(sources: Sequence[Source], full: bool = False) -> RenderableType:
    """The bibliography with how often each source is cited: one line each, or with authors and URLs (full)."""
    if not full:
        table = _line_table(f"Sources ({len(sources)})", ("Id", "left"), ("Cited", "right"), ("Title", "left"), line=2)
        for source in sources:
            table.add_row(txt(source.id), txt(str(source.citations)), txt(source.title))
        return table
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


def render_errata(errata: Sequence[Erratum], full: bool = False) -> RenderableType:
    """Errata: what a source says (one line each), or with the correction and who says so (full)."""
    if not errata:
        return txt("No errata.")
    if not full:
        table = _line_table(
            f"Errata ({len(errata)})", ("Id", "left"), ("Kind", "left"), ("Where", "left"), ("Says", "left"), line=3
        )
        for erratum in errata:
            table.add_row(
                txt(erratum.id, style="red"),
                txt(erratum.kind),
                txt(f"{erratum.source_id} {erratum.locator}"),
                txt(erratum.says),
            )
        return Group(table, txt("--full for each correction and who says so", style="dim"))
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


# --- compact views: one line a record (the default; --full shows the detailed tables above) ------------

# Readable without colour: a mark for each status, and one for a record an erratum concerns.
STATUS_MARKS = {"verified": "✓", "partial": "~", "unverified": "?"}
LEGEND = "✓ confirmed beyond the memo · ~ partly · ? the memo's claim only · ⚠ an erratum concerns it"


class _LineTable(_Table):
    """A table of one line a record: the cells of one column (the title or name) give way, cut short
    with … to fit the width; the other columns keep their width."""

    line = 0

    def add_row(self, *cells: Any, **settings: Any) -> None:
        cells = list(cells)
        cells[self.line] = cells[self.line].copy()
        cells[self.line].no_wrap, cells[self.line].overflow = True, "ellipsis"
        super().add_row(*cells, **settings)


def _line_table(title: str, *columns: tuple[str, str], line: int) -> Table:
    """A table of one line a record, column line giving way to fit (see _LineTable)."""
    table = _LineTable(title=title, title_justify="left", box=box.SIMPLE_HEAD, show_lines=False, expand=False)
    table.line = line
    for index, (header, justify) in enumerate(columns):
        wraps = index == line
        table.add_column(header, justify=justify, no_wrap=not wraps, min_width=PROSE_MIN_WIDTH if wraps else None)
    return table


def _marks(status: str | None, errata: Sequence[Erratum] = ()) -> Text:
    mark = STATUS_MARKS.get(status or "", "")
    return txt(mark + ("⚠" if errata else ""), style="yellow" if status != "verified" or errata else "green")


def _sources_count(citations: Sequence[Citation]) -> Text:
    return txt(str(len({citation.source_id for citation in citations})))


def _legend() -> Text:
    return txt(LEGEND + "; --full for summaries, participants and sources", style="dim")


def _compact_events(title: str, events: Sequence[Event]) -> Table:
    table = _line_table(
        title, ("Date", "left"), ("Kind", "left"), ("Event", "left"), ("", "left"), ("Src", "right"), line=2
    )
    for event in events:
        table.add_row(
            txt(format_span(event.date, event.end_date)), txt(event.kind), txt(event.title, style="bold"),
            _marks(event.status, event.errata), _sources_count(event.citations),
        )  # fmt: skip
    return table


def _compact_positions(title: str, positions: Sequence[Position], with_actor: bool) -> Table:
    columns = [("As of", "left"), ("Topic", "left"), ("Stance", "left"), ("", "left"), ("Src", "right")]
    if with_actor:
        columns.insert(1, ("Actor", "left"))
    table = _line_table(title, *columns, line=2 if with_actor else 1)
    for position in positions:
        cells = [
            txt(format_span(position.date, position.end_date)), txt(position.topic_name),
            txt(position.stance, style=_STANCE_STYLES.get(position.stance, "")),
            _marks(position.status, position.errata), _sources_count(position.citations),
        ]  # fmt: skip
        if with_actor:
            cells.insert(1, txt(position.actor_name, style="bold"))
        table.add_row(*cells)
    return table


def _compact_relations(title: str, relations: Sequence[Relation]) -> Table:
    table = _line_table(title, ("When", "left"), ("Tie", "left"), ("", "left"), ("Src", "right"), line=1)
    for relation in relations:
        tie = (
            txt(relation.subject_name, style="bold")
            + txt(f" {PREDICATE_LABELS.get(relation.predicate, relation.predicate)} ", style="magenta")
            + txt(relation.object_name, style="bold")
        )
        table.add_row(
            txt(format_span(relation.date, relation.end_date)), tie, _marks(relation.status, relation.errata),
            _sources_count(relation.citations),
        )  # fmt: skip
    return table


def _plural(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"


# --- votes -----------------------------------------------------------------------------------------

TALLY = ("yes", "no", "abstain", "absent")


def render_votes(votes: Sequence[Vote], full: bool = False) -> RenderableType:
    """Votes in date order with their tallies (— where the text was adopted without a vote)."""
    if not votes:
        return txt("No votes.")
    table = _line_table(
        f"Votes ({len(votes)})", ("Date", "left"), ("Symbol", "left"), ("Yes", "right"), ("No", "right"),
        ("Abst.", "right"), ("Absent", "right"), ("Title", "left"), ("", "left"), line=6,
    )  # fmt: skip
    for vote in votes:
        tally = [txt("—" if getattr(vote, choice) is None else str(getattr(vote, choice))) for choice in TALLY]
        table.add_row(
            txt(format_span(vote.date, None)),
            txt(vote.symbol),
            *tally,
            txt(vote.title),
            _marks(vote.status, vote.errata),
        )
    notes = txt("— adopted without a vote; kcli vote ID --by region for a roll call", style="dim")
    return Group(table, notes)


def render_roll_call(roll_call: RollCall) -> RenderableType:
    """A vote: what it asked, its tally, its sources, and each group's tally with the states by choice."""
    vote = roll_call.vote
    notes = Notes()
    head = txt(f"{vote.symbol}", style="bold") + txt(
        f"  {vote.body_name} · {format_span(vote.date, None)} · {vote.method}", style="dim"
    )
    lines: list[RenderableType] = [
        head,
        txt(vote.title, style="bold"),
        txt(vote.summary) + txt(" ") + notes.marks(vote.citations) + _status(vote.status),
        txt(""),
    ]
    table = _table(
        "Roll call" + (f" by {roll_call.by}" if roll_call.by else ""),
        ("Group", "left"),
        ("Yes", "right"),
        ("No", "right"),
        ("Abst.", "right"),
        ("Absent", "right"),
        ("States", "left"),
        prose=5,
    )
    for group in roll_call.groups:
        names = txt("")
        for choice in (*TALLY, "non-member"):
            voters = [ballot.actor_name for ballot in group.ballots if ballot.choice == choice]
            if voters:
                names += txt(f"{choice}: ", style=_CHOICE_STYLES.get(choice, "dim")) + txt(", ".join(voters) + "\n")
        counts = [txt(str(group.tally[choice])) for choice in TALLY]
        table.add_row(txt(group.group, style="bold"), *counts, names)
    if vote.method != "recorded":
        return Group(*lines, txt("Adopted without a recorded vote: there is no roll call."), notes.render())
    return Group(*lines, table, notes.render())


def render_matrix_groups(matrix: tuple[Sequence[Topic], Sequence[MatrixGroup]]) -> RenderableType:
    """Per topic and group of actors, how many stood where: a row each, the stances named in the header,
    so every cell reads without a legend."""
    topics, groups = matrix
    if not groups:
        return txt("No positions match.")
    stances = [stance for stance in STANCE_GLYPHS if stance]
    table = _table(
        "Who stood where, by group: actors by their latest stance",
        ("Topic", "left"),
        ("Group (actors)", "left"),
        *[(stance.capitalize(), "right") for stance in stances],
        prose=(0, 1),
    )
    for topic in topics:
        rows = [group for group in groups if group.stances[topic.id]]
        for number, group in enumerate(rows):
            counts = group.stances[topic.id]
            table.add_row(
                txt(topic.name if number == 0 else "", style="bold"),
                txt(f"{group.group} ({group.actors})"),
                *[txt(str(counts[stance]) if stance in counts else "") for stance in stances],
                end_section=number == len(rows) - 1,
            )
    return table
