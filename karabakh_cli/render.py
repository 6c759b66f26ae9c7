"""Records to Rich renderables for people. Render functions return objects; only the CLI prints.

Lists are layout.Listing objects: each declares its columns with a role once (see layout.py), and the
answer column survives any width. Detail (--full, kcli event, --section) is printed as paragraphs, one block
a record: a heading line, the text wrapped with a hanging indent, who took part, errata and numbered sources.
"""

from collections.abc import Iterable, Sequence
from typing import Any

from rich.console import Group, RenderableType
from rich.constrain import Constrain
from rich.padding import Padding
from rich.table import Table
from rich.text import Text

from karabakh_cli.dates import format_span
from karabakh_cli.kinds import PREDICATE_LABELS
from karabakh_cli.layout import ANSWER, TEXT, Column, Legend, Listing
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
    SqlResult,
    Topic,
    Vote,
)
from karabakh_cli.text import safe

# A table shows at most this much of one value (Rich takes about a second to lay out a megabyte);
# JSON and CSV carry values whole.
MAX_SHOWN = 20_000
# How far the text of a detail block is indented under its heading, and the widest its lines grow.
INDENT = 4
PROSE_WIDTH = 100


def txt(value: str, style: str = "") -> Text:
    """Data as Rich text: passed through safe() (no control character reaches the terminal), never
    parsed as markup, and cut with a visible mark past MAX_SHOWN characters. Every piece of data enters
    a renderable through here or through safe()."""
    if len(value) > MAX_SHOWN:
        value = f"{value[:MAX_SHOWN]} …[{len(value) - MAX_SHOWN:,} more characters; --format json for all]"
    return Text(safe(value), style=style)


def _span(date: str | None, end_date: str | None) -> str:
    """A record's dates as shown; "undated" rather than a blank that would read as "same as above"."""
    return format_span(date, end_date) or "undated"


class Notes:
    """Numbers each distinct citation once, so records show [n] and a numbered list of sources follows."""

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
        """The numbered list of sources, each wrapped under its number."""
        lines = []
        for number, citation in enumerate(self.citations, start=1):
            line = txt(citation.source_title)
            if citation.locator.startswith("¶"):
                line.append(safe(f", {citation.locator}"), style="bold")
            line.append(safe(f" ({citation.source_id})"), style="dim")
            if citation.note:
                line.append(safe(f" — {citation.note}"), style="italic")
            lines.append((txt(f"[{number}]", style="cyan"), line))
        # Links are left to kcli cite and kcli sources --full: a long URL would fold across lines here.
        hint = txt("Links: kcli cite ID, or kcli sources --full", style="dim")
        return Group(txt("Sources", style="bold"), _hanging(lines), hint)


def _hanging(lines: Sequence[tuple[Text, Text]], indent: int = 0) -> RenderableType:
    """Labelled lines, each text wrapped under itself past its label (a hanging indent)."""
    grid = Table.grid(padding=(0, 1, 0, 0))
    grid.add_column(no_wrap=True, justify="right" if not indent else "left")
    grid.add_column(overflow="fold")
    for label, text in lines:
        grid.add_row(label, text)
    return Padding(grid, (0, 0, 0, indent)) if indent else grid


def _status(status: str) -> Text:
    if status == "unverified":
        return txt(" (the memo's claim, not independently confirmed)", style="yellow")
    if status == "partial":
        return txt(" (partly confirmed)", style="yellow")
    return txt("")


STATUS_WORDS = {"verified": "confirmed", "partial": "partly confirmed", "unverified": "the memo's claim only"}


def _errata_marks(errata: Sequence[Erratum]) -> Text:
    return txt("".join(f" ⚠ {erratum.id}" for erratum in errata), style="red")


# Readable without colour: a mark for each status, and one for a record an erratum concerns.
STATUS_MARKS = {"verified": "✓", "partial": "~", "unverified": "?"}
MARKS_LEGEND = {
    "✓": "confirmed beyond the memo",
    "~": "partly",
    "?": "the memo's claim only",
    "⚠": "an erratum concerns it",
}


def _marks(status: str | None, errata: Sequence[Erratum] = ()) -> Text:
    mark = STATUS_MARKS.get(status or "", "")
    return txt(mark + ("⚠" if errata else ""), style="yellow" if status != "verified" or errata else "green")


def _sources_count(citations: Sequence[Citation]) -> Text:
    return txt(str(len({citation.source_id for citation in citations})))


def _plural(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"


# --- the columns every list shares -------------------------------------------------------------------
# Drop ranks: 1 goes first. The count of sources goes before the marks, the marks before the kind.
DATE = Column("Date")
MARKS = Column("", drop=4, legend=MARKS_LEGEND)
SOURCES = Column("Src", drop=1, justify="right")
EVENT_ID = Column(
    "Id", drop=2, dropped_note="kcli event WORDS OF THE TITLE opens one (ids: --json, or a wider terminal)"
)
FULL_HINT = "--full for summaries, participants and sources"


# --- detail: one block a record ------------------------------------------------------------------------


def _block(heading: Text, text: Text, labelled: Sequence[tuple[str, Text]] = ()) -> RenderableType:
    """A record as a paragraph: the heading line, then its text and labelled lines indented under it."""
    parts: list[RenderableType] = [heading, Padding(text, (0, 0, 0, INDENT))]
    lines = [(txt(label, style="dim"), value) for label, value in labelled if value.plain]
    if lines:
        parts.append(_hanging(lines, indent=INDENT))
    # Prose stays readable on a wide terminal: lines of at most PROSE_WIDTH, as git log and gh keep them.
    return Group(Constrain(Group(*parts), width=PROSE_WIDTH), txt(""))


def _heading(*facts: str, status: str | None = None, errata: Sequence[Erratum] = ()) -> Text:
    """A block's heading line: its facts (date, kind, id...) joined by dots, then its status and errata."""
    line = txt(" · ".join(fact for fact in facts if fact), style="bold")
    if status == "verified":
        line += txt(" ✓", style="dim")
    elif status:
        line += txt(f" · {STATUS_MARKS.get(status, '')} {STATUS_WORDS.get(status, status)}", style="dim")
    return line + _errata_marks(errata)


def _roles(event: Event) -> str:
    """Who took part in an event, each once with all their roles: "Armenia (signatory), ..."."""
    roles: dict[str, list[str]] = {}
    for part in event.participants:
        roles.setdefault(part.name, []).append(part.role)
    return ", ".join(f"{name} ({', '.join(parts)})" for name, parts in roles.items())


def _kinds(event: Event) -> str:
    """An event's kind and the other kinds it has: "agreement, ceasefire" (the trilateral statement)."""
    return ", ".join((event.kind, *event.other_kinds))


def _event_block(event: Event, notes: Notes | None) -> RenderableType:
    """An event as a block; its [n] marks only where the numbered sources follow (notes)."""
    text = txt(event.title, style="bold") + txt("\n" + event.summary)
    marks = notes.marks(event.citations) if notes else txt("")
    return _block(
        _heading(_span(event.date, event.end_date), _kinds(event), event.id, status=event.status, errata=event.errata),
        text,
        [("Who:", txt(_roles(event))), ("Sources:", marks)],
    )


def _tie(relation: Relation, seen_from: str | None = None) -> Text:
    """A relation as a sentence, its object always named: "Pakistan member of United Nations"; from the
    subject's own profile (seen_from), without repeating its name: "member of United Nations"."""
    sentence = txt("") if relation.subject_id == seen_from else txt(relation.subject_name + " ", style="bold")
    sentence += txt(f"{PREDICATE_LABELS.get(relation.predicate, relation.predicate)} ", style="magenta")
    return sentence + txt(relation.object_name, style="bold")


def _relation_block(relation: Relation, notes: Notes) -> RenderableType:
    heading = _heading(
        _span(relation.date, relation.end_date), relation.predicate, status=relation.status, errata=relation.errata
    )
    text = _tie(relation) + txt("\n" + relation.summary)
    return _block(heading, text, [("Sources:", notes.marks(relation.citations))])


def _position_block(
    position: Position, notes: Notes, with_actor: bool = True, with_topic: bool = True
) -> RenderableType:
    """A position as a block; the actor or the topic left out where the title already names it."""
    heading = _heading(
        _span(position.date, position.end_date), position.actor_name if with_actor else "",
        position.topic_name if with_topic else "", status=position.status, errata=position.errata,
    )  # fmt: skip
    stance = txt(position.stance, style=f"bold {_STANCE_STYLES.get(position.stance, '')}")
    return _block(heading, stance + txt(": " + position.summary), [("Sources:", notes.marks(position.citations))])


_STANCE_STYLES = {"supports": "green", "opposes": "red", "neutral": "blue", "ambiguous": "yellow"}


def _erratum_block(erratum: Erratum, notes: Notes) -> RenderableType:
    where = f"{erratum.source_id} {erratum.locator}" if erratum.locator.startswith("¶") else erratum.source_id
    heading = txt(f"⚠ {erratum.id}", style="bold red") + txt(f" · {erratum.kind} · {where}", style="bold")
    labelled = [
        ("Where:", txt("" if erratum.locator.startswith("¶") else erratum.locator)),
        ("Correction:", txt(erratum.correction)),
        ("Concerns:", txt(", ".join(f"{ref.type} {ref.id}" for ref in erratum.records))),
        ("Sources:", notes.marks(erratum.citations)),
    ]
    return _block(heading, txt(erratum.says), labelled)


def _collect_errata(records: Iterable[Actor | Event | Position | Relation | Vote]) -> list[Erratum]:
    """The errata of some records, each once, in the order first met."""
    found: dict[str, Erratum] = {}
    for record in records:
        for erratum in record.errata:
            found.setdefault(erratum.id, erratum)
    return list(found.values())


def _closing(notes: Notes, errata: Sequence[Erratum]) -> list[RenderableType]:
    """What follows some blocks: the errata they carry, then the numbered sources."""
    parts: list[RenderableType] = []
    if errata:
        parts += [txt("Errata: where a source is wrong or unclear", style="bold"), txt("")]
        parts += [_erratum_block(erratum, notes) for erratum in errata]
    if notes.citations:
        parts.append(notes.render())
    return parts


def _section(title: str, blocks: Sequence[RenderableType]) -> list[RenderableType]:
    return [txt(title, style="bold underline"), txt(""), *blocks]


# --- actors ----------------------------------------------------------------------------------------------

# Lines of each section a compact profile shows.
PREVIEW = 5


def render_actor_profile(
    profile: ActorProfile, sections: Sequence[str] = (), full: bool = False, now: str | None = None
) -> RenderableType:
    """An actor's profile: a header with the count of each section and its first lines (ties that hold
    on now first, then the most recent), or the named sections in full (all with full), each fact as a
    block with its numbered sources. now is the --as-of date or the newest source's, never the clock."""
    shown = set(PROFILE_SECTIONS if full else sections)
    notes = Notes()
    errata = _collect_errata([profile.actor, *profile.relations, *profile.positions, *profile.events])
    cited: list[Actor | Relation | Position | Event | Erratum] = [
        profile.actor, *profile.relations, *profile.positions, *profile.events, *errata
    ]  # fmt: skip
    citations = [citation for record in cited for citation in record.citations]
    counts = {
        "relations": len(profile.relations), "positions": len(profile.positions), "events": len(profile.events),
        "votes": len(profile.votes), "errata": len(errata), "sources": len({c.source_id for c in citations}),
    }  # fmt: skip
    parts: list[RenderableType] = [_actor_header(profile, notes if shown else None), _counts(counts)]
    if not shown:
        return Group(*parts, *_previews(profile, errata, counts, now))
    if "relations" in shown and profile.relations:
        relations = sorted(profile.relations, key=lambda r: (not _holds(r, now), _latest(r)))
        blocks = [_relation_block(relation, notes) for relation in relations]
        title = f"Memberships and relations ({len(blocks)}; those that hold on {format_span(now, None)} first)"
        parts += _section(title if now else f"Memberships and relations ({len(blocks)})", blocks)
    if "positions" in shown and profile.positions:
        blocks = [_position_block(position, notes, with_actor=False) for position in profile.positions]
        parts += _section(f"Positions ({len(blocks)})", blocks)
    if "events" in shown and profile.events:
        parts += _section(f"Events ({len(profile.events)})", [_event_block(event, notes) for event in profile.events])
    if "votes" in shown and profile.votes:
        parts += [_ballots_listing(profile.votes), txt("")]
    if "sources" in shown:
        notes.marks(citations)
    parts += _closing(notes, errata if "errata" in shown else [])
    return Group(*parts)


def _counts(counts: dict[str, int]) -> Text:
    line = txt(" · ".join(f"{name.capitalize()} {count}" for name, count in counts.items()))
    return line + txt("\n")


def _previews(
    profile: ActorProfile, errata: Sequence[Erratum], counts: dict[str, int], now: str | None
) -> list[RenderableType]:
    """The first lines of each section: ties that still hold on now (the as-of date or the newest source's
    date, never the machine's clock) first, then the most recent."""
    relations = sorted(profile.relations, key=lambda r: (not _holds(r, now), _latest(r)))
    current = sum(_holds(relation, now) for relation in relations)
    actor_id = profile.actor.id
    previews: list[tuple[str, Sequence[Any], str, Any]] = [
        ("relations", relations, "those that hold first", lambda rows, title: _ties_listing(title, rows, actor_id)),
        ("positions", _recent(profile.positions), "most recent first", _topics_listing),
        ("events", _recent(profile.events), "most recent first", lambda rows, title: _events_listing(title, rows)),
        ("votes", profile.votes, "in date order", lambda rows, title: _ballots_listing(rows, title)),
    ]
    parts: list[RenderableType] = []
    listings = []
    for name, rows, order, draw in previews:
        if rows:
            if name == "relations" and now:
                order = f"{current} hold on {format_span(now, None)}, shown first"
            title = _section_title(name, counts[name], order)
            listing = draw(rows[:PREVIEW], title)
            listing.notes = False
            listings.append(listing)
            parts += [listing, txt("")]
    if errata:
        parts.append(txt(f"Errata: {', '.join(e.id for e in errata)} (--section errata)", style="red"))
    parts.append(Legend(listings, footer="--section NAME (repeatable) or --full for the details and sources"))
    return parts


def _holds(relation: Relation, now: str | None) -> bool:
    """Whether a tie holds on the date now: begun by then (or undated) and not ended before it."""
    if now is None:
        return relation.end_date is None
    return (relation.date or "") <= now and (relation.end_date is None or relation.end_date >= now)


def _latest(record: Relation | Position | Event) -> tuple[bool, str]:
    """A sort key, most recent first: later dates give smaller keys (their letters negated), undated last."""
    return record.date is None, "".join(chr(0x10FFFF - ord(ch)) for ch in (record.date or ""))


def _recent(records: Sequence[Position] | Sequence[Event]) -> list:
    return sorted(records, key=_latest)


def _section_title(name: str, count: int, order: str) -> str:
    if count <= PREVIEW:
        return f"{name.capitalize()} ({count})"
    return f"{name.capitalize()} ({PREVIEW} of {count}; {order}; --section {name} for all)"


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


_CHOICE_STYLES = {"yes": "green", "no": "red", "abstain": "blue", "absent": "dim"}


def _ballots_listing(ballots: Sequence[Ballot], title: str | None = None) -> Listing:
    listing = Listing(title or f"Votes ({len(ballots)})", [DATE, Column("Vote", TEXT), Column("Voted")])
    for ballot in ballots:
        choice = txt(ballot.choice, style=_CHOICE_STYLES.get(ballot.choice, ""))
        listing.add_row(txt(format_span(ballot.date, None)), txt(ballot.symbol), choice)
    return listing


def _ties_listing(title: str, relations: Sequence[Relation], seen_from: str | None = None) -> Listing:
    columns = [Column("When"), Column("Tie", ANSWER, lines=2), MARKS, SOURCES]
    listing = Listing(title, columns)
    for relation in relations:
        listing.add_row(
            txt(_span(relation.date, relation.end_date)), _tie(relation, seen_from),
            _marks(relation.status, relation.errata), _sources_count(relation.citations),
        )  # fmt: skip
    return listing


def _topics_listing(positions: Sequence[Position], title: str) -> Listing:
    """An actor's positions: the topic is the answer, with the stance beside it."""
    columns = [Column("As of"), Column("Topic", ANSWER, lines=2), Column("Stance"), MARKS, SOURCES]
    listing = Listing(title, columns)
    for position in positions:
        listing.add_row(
            txt(_span(position.date, position.end_date)), txt(position.topic_name),
            txt(position.stance, style=_STANCE_STYLES.get(position.stance, "")),
            _marks(position.status, position.errata), _sources_count(position.citations),
        )  # fmt: skip
    return listing


def render_actors(actors: Sequence[Actor], full: bool = False) -> RenderableType:
    """The actor list: name, kind, region and id (one line each), or with their aliases (full)."""
    name = Column("Name and aliases", ANSWER, lines=0) if full else Column("Name", ANSWER, lines=2)
    columns = [
        name, Column("Kind", drop=3), Column("Region", TEXT, drop=2, lines=2, minimum=18),
        Column("Id", drop=1, dropped_note="kcli actor NAME opens one (a name, alias or near miss will do)"),
    ]  # fmt: skip
    listing = Listing(f"Actors ({len(actors)})", columns)
    for actor in actors:
        cell = txt(actor.name, style="bold")
        if full and actor.aliases:
            cell.append(safe("\n  " + ", ".join(alias.alias for alias in actor.aliases)), style="dim")
        listing.add_row(cell, txt(actor.kind), txt(actor.subregion or ""), txt(actor.id, style="dim"))
    return listing


# --- events --------------------------------------------------------------------------------------------


def _events_listing(title: str, events: Sequence[Event], footer: str = "") -> Listing:
    title_column = Column("Event", ANSWER, lines=2, minimum=38)
    columns = [DATE, Column("Kind", drop=3), title_column, MARKS, SOURCES, EVENT_ID]
    listing = Listing(title, columns, footer=footer)
    for event in events:
        listing.add_row(
            txt(_span(event.date, event.end_date)), txt(_kinds(event)), txt(event.title, style="bold"),
            _marks(event.status, event.errata), _sources_count(event.citations), txt(event.id, style="dim"),
        )  # fmt: skip
    return listing


def render_timeline(events: Sequence[Event], full: bool = False) -> RenderableType:
    """Events in date order, dates shown at their precision: one line each, or one block each with the
    summary, participants, errata and the sources they cite (full)."""
    if not events:
        return txt("No events in this window.")
    title = f"Timeline ({_plural(len(events), 'event')})"
    if not full:
        return _events_listing(title, events, footer=FULL_HINT)
    notes = Notes()
    blocks = [_event_block(event, notes) for event in events]
    return Group(txt(title, style="bold"), txt(""), *blocks, *_closing(notes, _collect_errata(events)))


def render_event(event: Event, sections: Sequence[str] = (), full: bool = False) -> RenderableType:
    """One event as a block: heading, title, summary and who took part, with the count of its errata and
    sources, or (with full, or --section errata/sources) its errata and numbered sources too."""
    if full or {"errata", "sources"} & set(sections):
        notes = Notes()
        return Group(_event_block(event, notes), *_closing(notes, event.errata))
    counts = {"errata": len(event.errata), "sources": len({c.source_id for c in event.citations})}
    hint = txt("--full (or --section errata, --section sources) for the errata and the sources", style="dim")
    return Group(_event_block(event, None), _counts(counts), hint)


# --- positions ---------------------------------------------------------------------------------------


def render_positions(positions: Sequence[Position], full: bool = False) -> RenderableType:
    """Who took which stance on what: one line each, or one block each with the summary and sources (full).
    When every position is on one topic, the title names it and no column repeats it."""
    if not positions:
        return txt("No positions match.")
    topics = {position.topic_name for position in positions}
    title = f"Positions ({len(positions)})"
    if len(topics) == 1:
        title = f"Positions on {next(iter(topics))} ({len(positions)})"
    if full:
        notes = Notes()
        blocks = [_position_block(position, notes, with_topic=len(topics) > 1) for position in positions]
        return Group(txt(title, style="bold"), txt(""), *blocks, *_closing(notes, _collect_errata(positions)))
    columns = [
        Column("As of"), Column("Actor", TEXT, lines=2, minimum=12), Column("Topic", TEXT, drop=3, lines=2),
        Column("Stance"), MARKS, SOURCES,
    ]  # fmt: skip
    if len(topics) == 1:
        del columns[2]
    listing = Listing(title, columns, footer=FULL_HINT)
    for position in positions:
        cells = [
            txt(_span(position.date, position.end_date)), txt(position.actor_name, style="bold"),
            txt(position.topic_name), txt(position.stance, style=_STANCE_STYLES.get(position.stance, "")),
            _marks(position.status, position.errata), _sources_count(position.citations),
        ]  # fmt: skip
        if len(topics) == 1:
            del cells[2]
        listing.add_row(*cells)
    return listing


# Readable without colour: each stance has its own glyph.
STANCE_GLYPHS = {"supports": "+", "opposes": "−", "neutral": "0", "ambiguous": "~", None: "·"}


def render_matrix(matrix: tuple[Sequence[Topic], Sequence[MatrixRow]]) -> RenderableType:
    """Actors as rows, topics as columns, a glyph per stance, and a legend."""
    topics, rows = matrix
    if not rows:
        return txt("No positions match.")
    numbers = [Column(str(n), justify="center") for n in range(1, len(topics) + 1)]
    listing = Listing("Who stood where", [Column("Actor", ANSWER, lines=2), *numbers])
    grouped = len({row.actor_kind for row in rows}) > 1 and rows == sorted(rows, key=lambda row: row.actor_kind)
    kind = None
    for row in rows:
        if grouped and row.actor_kind != kind:
            kind = row.actor_kind
            listing.add_row(txt(kind, style="dim italic"), *[txt("") for _ in topics])
        cells = [
            txt(STANCE_GLYPHS[stance], style=_STANCE_STYLES.get(stance or "", "dim")) for stance in row.stances.values()
        ]
        listing.add_row(txt(("  " if grouped else "") + row.actor_name), *cells)
    legend = txt("Topics: ", style="dim")
    legend += txt("; ".join(f"{n} {topic.name}" for n, topic in enumerate(topics, start=1)))
    glyphs = txt("Stances: ", style="dim") + txt(
        ", ".join(f"{glyph} {stance or 'no position'}" for stance, glyph in STANCE_GLYPHS.items())
    )
    return Group(listing, legend, glyphs)


def render_matrix_groups(matrix: tuple[Sequence[Topic], Sequence[MatrixGroup]]) -> RenderableType:
    """Per topic and group of actors, how many stood where: a row each, the topic named on its first row
    and the stances in the header, so every cell reads without a legend."""
    topics, groups = matrix
    if not groups:
        return txt("No positions match.")
    stances = [stance for stance in STANCE_GLYPHS if stance]
    counts = [Column(stance.capitalize(), justify="right") for stance in stances]
    listing = Listing(
        "Who stood where, by group: actors by their latest stance",
        [Column("Topic", ANSWER, lines=3), Column("Group (actors)", TEXT, lines=2), *counts],
    )
    for topic in topics:
        for number, group in enumerate(group for group in groups if group.stances[topic.id]):
            counted = group.stances[topic.id]
            listing.add_row(
                txt(topic.name if number == 0 else "", style="bold"),
                txt(f"{group.group} ({group.actors})"),
                *[txt(str(counted[stance]) if stance in counted else "") for stance in stances],
            )
    return listing


def render_topics(topics: Sequence[Topic]) -> RenderableType:
    """The topics (their ids are what --topic takes) and how many positions each has."""
    columns = [Column("Id"), Column("Positions", drop=1, justify="right"), Column("Topic", ANSWER, lines=4)]
    listing = Listing("Topics", columns)
    for topic in topics:
        about = txt(topic.name, style="bold") + txt(f": {topic.description}")
        listing.add_row(txt(topic.id), txt(str(topic.positions)), about)
    return listing


# --- search, sources, citations, errata ------------------------------------------------------------------


def render_search(hits: Sequence[SearchHit], full: bool = False) -> RenderableType:
    """Search results, best first: one line each, or with the snippet, matched terms highlighted (full)."""
    if not hits:
        return txt("No matches.")
    title = f"Matches ({len(hits)})"
    if full:
        blocks = [_block(txt(f"{hit.type} · {hit.id}", style="dim"), _title_and_snippet(hit)) for hit in hits]
        return Group(txt(title, style="bold"), txt(""), *blocks)
    listing = Listing(title, [Column("Type"), Column("Title", ANSWER, lines=2), Column("Id", drop=1)])
    for hit in hits:
        listing.add_row(txt(hit.type), txt(hit.title, style="bold"), txt(hit.id, style="dim"))
    return listing


def _title_and_snippet(hit: SearchHit) -> Text:
    """The title, then the snippet unless it only repeats the title (a match in the title itself)."""
    snippet = _highlight(hit.snippet)
    if snippet.plain.strip() == hit.title.strip():
        return txt(hit.title, style="bold")
    return txt(hit.title, style="bold") + txt("\n") + snippet


def _highlight(snippet: str) -> Text:
    text = Text()
    for number, piece in enumerate(snippet.replace("»", "«").split("«")):
        text.append(safe(piece), style="bold yellow" if number % 2 else "")
    return text


def render_sources(sources: Sequence[Source], full: bool = False) -> RenderableType:
    """The bibliography with how often each source is cited: one line each, or with authors and URLs (full)."""
    title = f"Sources ({len(sources)})"
    if full:
        return Group(txt(title, style="bold"), txt(""), *[_source_block(source) for source in sources])
    listing = Listing(title, [Column("Id"), Column("Cited", drop=1, justify="right"), Column("Title", ANSWER, lines=2)])
    for source in sources:
        listing.add_row(txt(source.id), txt(str(source.citations)), txt(source.title))
    return listing


def _source_block(source: Source) -> RenderableType:
    heading = txt(f"{source.id} · {source.kind} · cited {source.citations}", style="bold")
    work = txt(source.title)
    details = ", ".join(part for part in (source.author, source.publisher, source.published) if part)
    if details:
        work.append(safe(f"\n{details}"), style="dim")
    if source.url:
        work.append(safe(f"\n{source.url}"), style="cyan")
    return _block(heading, work)


def render_citations(records: Sequence[CitedRecord]) -> RenderableType:
    """Every citation of one record: a numbered list under the record, each source with its locator."""
    parts: list[RenderableType] = []
    for record in records:
        lines = []
        for number, citation in enumerate(record.citations, start=1):
            source = txt(citation.source_title) + txt(f" ({citation.source_id})", style="dim")
            source += txt(f"\n{citation.locator}", style="cyan")
            if citation.note:
                # After a paragraph mark on its line; under a URL, which may take the whole width.
                joint = " — " if citation.locator.startswith("¶") else "\n"
                source.append(safe(f"{joint}{citation.note}"), style="italic")
            lines.append((txt(f"[{number}]", style="cyan"), source))
        parts += [txt(f"Citations of {record.type} {record.id}", style="bold"), _hanging(lines), txt("")]
    return Group(*parts)


def render_errata(errata: Sequence[Erratum], full: bool = False) -> RenderableType:
    """Errata: what a source says and the correction (one row each), or as blocks with who says so (full)."""
    if not errata:
        return txt("No errata.")
    if full:
        notes = Notes()
        return Group(*_closing(notes, errata))
    columns = [
        Column("Id", drop=2), Column("Kind", drop=3), Column("Says → correction", ANSWER, lines=3, minimum=60),
        Column("Where", drop=1, dropped_note="--full for where each source says it"),
    ]  # fmt: skip
    listing = Listing(f"Errata ({len(errata)})", columns, footer="--full for each correction whole, and who says so")
    for erratum in errata:
        quoted = erratum.says if erratum.says.startswith("“") else f"“{erratum.says}”"
        said = txt(quoted, style="dim") + txt(" → ") + txt(erratum.correction)
        where = erratum.source_id + (f" {erratum.locator}" if erratum.locator.startswith("¶") else "")
        listing.add_row(txt(erratum.id, style="red"), txt(erratum.kind), said, txt(where))
    return listing


# --- the database ----------------------------------------------------------------------------------


def render_sql(result: SqlResult) -> RenderableType:
    """A query's rows as a table."""
    listing = Listing(f"{len(result.rows)} row(s)", [Column(column, TEXT, lines=0) for column in result.columns])
    for row in result.rows:
        listing.add_row(
            *[txt("NULL" if value is None else str(value), style="dim" if value is None else "") for value in row]
        )
    return listing


def render_schema(columns: Sequence[dict]) -> RenderableType:
    """Tables and their columns, with what each means: one list a table."""
    tables: dict[str, list[dict]] = {}
    for column in columns:
        tables.setdefault(column["table"], []).append(column)
    parts: list[RenderableType] = []
    for table, rows in tables.items():
        listing = Listing(table, [Column("Column"), Column("Type", drop=1), Column("Meaning", ANSWER, lines=0)])
        for column in rows:
            flags = ("key " if column["primary_key"] else "") + ("required" if column["not_null"] else "")
            meaning = txt(column["description"] or "") + txt(f" [{flags.strip()}]" if flags else "", style="dim")
            listing.add_row(txt(column["column"]), txt(column["type"]), meaning)
        parts += [listing, txt("")]
    return Group(*parts)


def render_info(info: dict) -> RenderableType:
    """What database this is: versions, hash, counts, path (values whole: a hash or a path is never cut)."""
    listing = Listing("Database", [Column("Key"), Column("Value", ANSWER, lines=0)])
    for key, value in info.items():
        shown = ", ".join(f"{name} {count}" for name, count in value.items()) if isinstance(value, dict) else value
        listing.add_row(txt(key), txt(str(shown)))
    return listing


# --- votes -----------------------------------------------------------------------------------------

TALLY = ("yes", "no", "abstain", "absent")
TALLY_COLUMNS = [Column(header, justify="right", drop=3) for header in ("Yes", "No", "Abst.", "Absent")]


def render_votes(votes: Sequence[Vote], full: bool = False) -> RenderableType:
    """Votes in date order with their tallies (— where no count is on record): one row each,
    or one block each with the summary and numbered sources (full)."""
    if not votes:
        return txt("No votes.")
    title = f"Votes ({len(votes)})"
    if full:
        notes = Notes()
        blocks = [_vote_block(vote, notes) for vote in votes]
        return Group(txt(title, style="bold"), txt(""), *blocks, *_closing(notes, _collect_errata(votes)))
    columns = [DATE, Column("Symbol"), *TALLY_COLUMNS, Column("Title", ANSWER, lines=2), MARKS]
    # A missing count is not always a text adopted without a vote: consensus, or a show of hands not counted.
    footer = (
        "— no count on record (no vote, consensus, or not counted: --full says which)\n"
        "kcli vote SYMBOL --by region for a roll call"
    )
    listing = Listing(title, columns, footer=footer)
    for vote in votes:
        tally = [txt("—" if getattr(vote, choice) is None else str(getattr(vote, choice))) for choice in TALLY]
        listing.add_row(
            txt(format_span(vote.date, None)), txt(vote.symbol), *tally, txt(vote.title),
            _marks(vote.status, vote.errata),
        )  # fmt: skip
    return listing


def _vote_block(vote: Vote, notes: Notes) -> RenderableType:
    heading = _heading(
        format_span(vote.date, None), vote.symbol, vote.body_name, vote.method, status=vote.status, errata=vote.errata
    )
    counted = [f"{getattr(vote, choice)} {choice}" for choice in TALLY if getattr(vote, choice) is not None]
    labelled = [("Tally:", txt(", ".join(counted))), ("Sources:", notes.marks(vote.citations))]
    return _block(heading, txt(vote.title, style="bold") + txt("\n" + vote.summary), labelled)


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
    if vote.method != "recorded":
        return Group(*lines, txt("Adopted without a recorded vote: there is no roll call."), notes.render())
    columns = [Column("Group", TEXT, lines=0), *TALLY_COLUMNS, Column("States", ANSWER, lines=0)]
    listing = Listing("Roll call" + (f" by {roll_call.by}" if roll_call.by else ""), columns)
    for group in roll_call.groups:
        names = txt("")
        for choice in (*TALLY, "non-member"):
            voters = [ballot.actor_name for ballot in group.ballots if ballot.choice == choice]
            if voters:
                names += txt(f"{choice}: ", style=_CHOICE_STYLES.get(choice, "dim")) + txt(", ".join(voters) + "\n")
        names.rstrip()
        counts = [txt(str(group.tally[choice])) for choice in TALLY]
        listing.add_row(txt(group.group, style="bold"), *counts, names)
    return Group(*lines, listing, txt(""), notes.render())
