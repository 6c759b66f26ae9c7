"""Dossiers in Markdown: an actor, an event or a timeline as a document to paste into a report.

Headings, the summary and each section as short prose or lists, every cited fact followed by its
footnotes (`[^1]`), whose text is the source's title, publisher, date, locator and URL; an erratum is a
note quoted under the fact it concerns. The Markdown is CommonMark with footnotes, as GitHub renders
it and pandoc reads it. Text from the data is escaped (every ASCII punctuation mark that Markdown or
pandoc could read as syntax gets a backslash), so no summary can become a link, a list or raw HTML.

Writing only: the records come from the queries, the sources behind the footnotes too (queries.
footnote_references); nothing here reads the database, and nothing depends on the day it runs.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from typing import Any

from karabakh_cli.dates import format_date, format_span
from karabakh_cli.models import (
    ActorProfile,
    Ballot,
    Citation,
    Erratum,
    Event,
    Position,
    Relation,
    Source,
)
from karabakh_cli.text import safe

# Punctuation Markdown, GitHub or pandoc may read as syntax: emphasis, HTML, headings, tables, strike-through,
# maths ($), citations (@), superscripts (^), entities (&). Every link, image and footnote needs a closing
# bracket, so escaping "]" alone keeps them out, and "[" stays as written (so does safe()'s "\x1b[31m").
_SYNTAX = re.compile(r"([\\`*_{}\]<>#|~!$@^&])")
# What would start a block when it opens a line: a list item, a numbered item, a heading underline.
_BLOCK_START = re.compile(r"^(\d+)([.)])|^([-+=])")
_PLAIN_URL = re.compile(r"https?://[^\s<>\\]+", re.ASCII)
STATUS_NOTES = {"partial": "partly confirmed", "unverified": "unverified: only the memo says so"}


def md(text: str) -> str:
    """Text from the data as inline Markdown that reads as the text itself, on one line."""
    # Markdown first, then the terminal's escapes, whose backslashes must reach the reader as written.
    escaped = _BLOCK_START.sub(_escape_start, _SYNTAX.sub(r"\\\1", text))
    return safe(escaped, one_line=True)


def _escape_start(found: re.Match) -> str:
    number, mark, sign = found.groups()
    return f"{number}\\{mark}" if number else f"\\{sign}"


class Footnotes:
    """The footnotes of one document: a number per distinct citation, in order of first use."""

    def __init__(self, sources: dict[str, Source]) -> None:
        self.sources = sources
        self.numbers: dict[tuple, int] = {}
        self.texts: list[str] = []

    def marks(self, citations: Iterable[Citation]) -> str:
        """The footnote references for some citations ('[^1][^2]'), numbering the new ones."""
        found = []
        for citation in citations:
            key = (citation.source_id, citation.locator, citation.note)
            if key not in self.numbers:
                self.numbers[key] = len(self.texts) + 1
                self.texts.append(self._text(citation))
            found.append(f"[^{self.numbers[key]}]")
        return "".join(dict.fromkeys(found))

    def _text(self, citation: Citation) -> str:
        source = self.sources.get(citation.source_id)
        parts = [f"*{md(source.title if source else citation.source_title)}*"]
        where = ", ".join(
            part
            for part in (
                md(source.publisher) if source and source.publisher else "",
                format_date(source.published) if source and source.published else "",
            )
            if part
        )
        if where:
            parts.append(where)
        url = citation.url or (source.url if source else None)
        if citation.locator != url:
            parts.append(md(citation.locator))
        if url:
            parts.append(f"<{url}>" if _PLAIN_URL.fullmatch(url) else md(url))
        text = ". ".join(parts)
        return f"{text} ({md(citation.note)})" if citation.note else text

    def definitions(self) -> list[str]:
        """The footnotes' texts, one definition a line."""
        return [f"[^{number}]: {text}" for number, text in enumerate(self.texts, start=1)]


def markdown(
    records: ActorProfile | Event | Sequence[Event],
    sources: dict[str, Source],
    vote_citations: dict[str, list[Citation]],
) -> str:
    """The dossier of an actor's profile, an event or a list of events (a timeline), as Markdown."""
    notes = Footnotes(sources)
    if isinstance(records, ActorProfile):
        lines = _actor(records, notes, vote_citations)
    elif isinstance(records, Event):
        lines = _event(records, notes)
    else:
        lines = _timeline(list(records), notes)
    if notes.texts:
        lines += ["", *notes.definitions()]
    return "\n".join(lines).rstrip("\n") + "\n"


# --- the parts ------------------------------------------------------------------------------------


def _fact(text: str, status: str, citations: Sequence[Citation], notes: Footnotes) -> str:
    """A sentence of the data, its status if not verified, and its footnotes."""
    text = text.rstrip()
    if status in STATUS_NOTES:
        text += f" *({STATUS_NOTES[status]})*"
    return text + notes.marks(citations)


def _errata(errata: Sequence[Erratum], notes: Footnotes, indent: str = "") -> list[str]:
    """Each erratum as a note quoted under its fact: what the source says, the correction, who says so."""
    lines = []
    for erratum in errata:
        # The source that errs, at its locator: a footnote like any other.
        says = Citation(erratum.source_id, erratum.source_id, erratum.locator, None, None)
        quoted = (
            f"**Erratum ({md(erratum.kind)}).** The source says {md(erratum.says)}{notes.marks([says])}."
            f" Correction: {md(erratum.correction)}"
        )
        lines += ["", f"{indent}> {quoted.rstrip()}{notes.marks(erratum.citations)}"]
    return lines


def _actor(profile: ActorProfile, notes: Footnotes, vote_citations: dict[str, list[Citation]]) -> list[str]:
    actor = profile.actor
    facts = [md(actor.kind.replace("-", " ").capitalize())]
    if actor.region:
        facts.append(md(", ".join(filter(None, (actor.region, actor.subregion)))))
    if actor.date or actor.end_date:
        facts.append(f"lifetime {md(format_span(actor.date, actor.end_date))}")
    if actor.iso3:
        facts.append(f"ISO 3166 {md(actor.iso3)}")
    if actor.wikidata:
        facts.append(f"Wikidata {md(actor.wikidata)}")
    lines = [
        f"# {md(actor.name)}",
        "",
        " · ".join(facts),
        "",
        _fact(md(actor.summary), "verified", actor.citations, notes),
    ]
    lines += _errata(actor.errata, notes)
    if actor.aliases:
        names = "; ".join(f"{md(alias.alias)} ({md(alias.kind.replace('-', ' '))})" for alias in actor.aliases)
        lines += ["", f"Also called: {names}."]
    lines += _section("Memberships and relations", profile.relations, lambda r: _relation(r, notes), notes)
    lines += _section("Positions", profile.positions, lambda p: _position(p, notes), notes)
    lines += _section("Events", profile.events, lambda e: _event_item(e, notes), notes)
    lines += _section("Votes", profile.votes, lambda b: _ballot(b, vote_citations, notes), notes)
    return lines


def _section(title: str, records: Sequence[Any], item: Callable[[Any], str], notes: Footnotes) -> list[str]:
    """A heading and a list, one item (and its errata) per record; nothing when there are none."""
    if not records:
        return []
    lines = ["", f"## {title}", ""]
    for record in records:
        lines.append(f"- {item(record)}")
        errata = _errata(getattr(record, "errata", []), notes, indent="  ")
        # A blank line ends the quote, so no renderer reads the next item as its lazy continuation.
        lines += [*errata, ""] if errata else []
    return lines[:-1] if lines[-1] == "" else lines


def _relation(relation: Relation, notes: Footnotes) -> str:
    from karabakh_cli.render import PREDICATE_LABELS  # one wording of every tie, shared with the tables

    tie = PREDICATE_LABELS.get(relation.predicate, relation.predicate)
    when = md(format_span(relation.date, relation.end_date))
    head = f"{md(relation.subject_name)} {md(tie)} {md(relation.object_name)}" + (f" ({when})" if when else "")
    return _fact(f"{head}: {md(relation.summary)}", relation.status, relation.citations, notes)


def _position(position: Position, notes: Footnotes) -> str:
    when = md(format_span(position.date, position.end_date))
    head = f"**{md(position.topic_name)}**: {md(position.stance)}" + (f" ({when})" if when else "")
    return _fact(f"{head}. {md(position.summary)}", position.status, position.citations, notes)


def _event_item(event: Event, notes: Footnotes) -> str:
    head = f"{md(format_span(event.date, event.end_date))}, **{md(event.title)}** ({md(event.kind)})"
    return _fact(f"{head}: {md(event.summary)}", event.status, event.citations, notes)


def _ballot(ballot: Ballot, vote_citations: dict[str, list[Citation]], notes: Footnotes) -> str:
    text = f"{md(format_date(ballot.date))}, {md(ballot.symbol)}: voted {md(ballot.choice)}."
    return text + notes.marks(vote_citations.get(ballot.vote_id, []))


def _event(event: Event, notes: Footnotes) -> list[str]:
    lines = [f"# {md(event.title)}", "", f"{md(format_span(event.date, event.end_date))} · {md(event.kind)}"]
    lines += ["", _fact(md(event.summary), event.status, event.citations, notes)]
    lines += _errata(event.errata, notes)
    if event.participants:
        lines += ["", "## Who took part", ""]
        lines += [f"- {md(p.name)}, {md(p.role)}" for p in event.participants]
        lines += ["", f"Roles as the sources of the event record them.{notes.marks(event.citations)}"]
    return lines


def _timeline(events: list[Event], notes: Footnotes) -> list[str]:
    if not events:
        return ["# Timeline", "", "No events match."]
    lines = ["# Timeline", "", f"{len(events)} {'event' if len(events) == 1 else 'events'}, in date order."]
    for event in events:
        lines += ["", f"## {md(format_span(event.date, event.end_date))}: {md(event.title)}", ""]
        who = ", ".join(f"{md(p.name)} ({md(p.role)})" for p in event.participants)
        lines.append(md(event.kind.capitalize()) + (f" · {who}" if who else ""))
        lines += ["", _fact(md(event.summary), event.status, event.citations, notes)]
        lines += _errata(event.errata, notes)
    return lines
