"""Records to Rich renderables for people. Render functions return objects; only the CLI prints."""

from collections.abc import Iterable, Sequence

from rich import box
from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text

from karabakh_cli.dates import format_span
from karabakh_cli.models import Actor, ActorProfile, Citation, Erratum, Event, Position, Relation


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
        table = _table("Sources", ("#", "right"), ("Source", "left"))
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


def _table(title: str, *columns: tuple[str, str]) -> Table:
    table = Table(title=title, title_justify="left", box=box.SIMPLE_HEAD, show_lines=False, expand=False)
    for header, justify in columns:
        table.add_column(header, justify=justify, overflow="fold")
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
    errata = _collect_errata(profile)
    if errata:
        parts.append(_errata_table(errata, notes))
    parts.append(notes.render())
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


def _relations_table(relations: Sequence[Relation], notes: Notes) -> Table:
    table = _table("Memberships and relations", ("When", "left"), ("Tie", "left"), ("Sources", "left"))
    for relation in relations:
        tie = Text(relation.subject_name, style="bold") + Text(f" {relation.predicate} ", style="magenta")
        tie += Text(relation.object_name, style="bold") + Text(f" — {relation.summary}")
        tie += _status(relation.status) + _errata_marks(relation.errata)
        table.add_row(Text(format_span(relation.date, relation.end_date)), tie, notes.marks(relation.citations))
    return table


def _positions_table(positions: Sequence[Position], notes: Notes) -> Table:
    table = _table("Positions", ("As of", "left"), ("Topic", "left"), ("Stance", "left"), ("Sources", "left"))
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
    table = _table(title, ("Date", "left"), ("Kind", "left"), ("Event", "left"), ("Sources", "left"))
    for event in events:
        what = Text(event.title, style="bold") + _errata_marks(event.errata) + Text("\n" + event.summary)
        what += _status(event.status)
        if event.participants:
            who = ", ".join(f"{part.name} ({part.role})" for part in event.participants)
            what += Text(f"\n{who}", style="dim")
        table.add_row(
            Text(format_span(event.date, event.end_date)), Text(event.kind), what, notes.marks(event.citations)
        )
    return table


def _collect_errata(profile: ActorProfile) -> list[Erratum]:
    found: dict[str, Erratum] = {}
    records = [profile.actor, *profile.relations, *profile.positions, *profile.events]
    for record in records:
        for erratum in record.errata:
            found.setdefault(erratum.id, erratum)
    return list(found.values())


def _errata_table(errata: Sequence[Erratum], notes: Notes) -> Table:
    table = _table(
        "Errata: where a source is wrong or unclear", ("Id", "left"), ("Says → correction", "left"), ("Sources", "left")
    )
    for erratum in errata:
        said = Text(f"{erratum.source_id} {erratum.locator} says “{erratum.says}”", style="dim")
        said += Text(f"\n→ {erratum.correction}") + Text(f" ({erratum.kind})", style="italic")
        table.add_row(Text(erratum.id, style="red"), said, notes.marks(erratum.citations))
    return table


def render_actors(actors: Sequence[Actor]) -> RenderableType:
    """The actor list: id, name, kind, aliases."""
    table = _table(f"Actors ({len(actors)})", ("Id", "left"), ("Name", "left"), ("Kind", "left"), ("Aliases", "left"))
    for actor in actors:
        aliases = ", ".join(alias.alias for alias in actor.aliases)
        table.add_row(Text(actor.id), Text(actor.name, style="bold"), Text(actor.kind), Text(aliases, style="dim"))
    return table


def render_timeline(events: Sequence[Event]) -> RenderableType:
    """Events in date order, dates shown at their precision, then the sources they cite."""
    if not events:
        return Text("No events in this window.")
    notes = Notes()
    errata: dict[str, Erratum] = {}
    for event in events:
        for erratum in event.errata:
            errata.setdefault(erratum.id, erratum)
    parts: list[RenderableType] = [_events_table(f"Timeline ({len(events)} events)", events, notes)]
    if errata:
        parts.append(_errata_table(list(errata.values()), notes))
    parts.append(notes.render())
    return Group(*parts)
