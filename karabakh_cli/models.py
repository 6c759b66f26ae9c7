"""The records kcli returns. Each is a NamedTuple (read-only, compared by value) whose dict is its JSON shape.

NamedTuple, not a frozen dataclass: defining these classes as dataclasses cost about 20 ms at every
kcli start (measured with -X importtime); as NamedTuples, about 3 ms. Without postponed annotations
(no `from __future__ import annotations`): NamedTuple compiles every string annotation into a
ForwardRef, which cost another 3 ms; the classes are declared in order, so none needs a string.
"""

from typing import NamedTuple

# The sections of a profile (kcli actor, kcli event), in the order shown; --section names them.
PROFILE_SECTIONS = ("relations", "positions", "events", "votes", "errata", "sources")


class Citation(NamedTuple):
    """Where a fact comes from: a source and a locator (¶N in the memo, a URL for a web page)."""

    source_id: str
    source_title: str
    locator: str
    url: str | None
    note: str | None


class RecordRef(NamedTuple):
    """A pointer to one record: its type (actor, event, position, relation, erratum) and id."""

    type: str
    id: str


class Erratum(NamedTuple):
    """What a source says that is wrong or unclear, the correction, who says so, and what it concerns."""

    id: str
    kind: str
    source_id: str
    locator: str
    says: str
    correction: str
    records: list[RecordRef]
    citations: list[Citation]


class Alias(NamedTuple):
    """Another name for an actor."""

    alias: str
    kind: str


class Actor(NamedTuple):
    """A state, organisation, UN body, party, person, place or outlet."""

    id: str
    name: str
    kind: str
    summary: str
    iso3: str | None
    wikidata: str | None
    region: str | None
    subregion: str | None
    latitude: float | None
    longitude: float | None
    date: str | None
    end_date: str | None
    precision: str | None
    end_precision: str | None
    span_start: str | None
    span_end: str | None
    aliases: list[Alias]
    citations: list[Citation]
    errata: list[Erratum]


class Participant(NamedTuple):
    """An actor's part in an event."""

    actor_id: str
    name: str
    role: str


class Event(NamedTuple):
    """Something that happened, dated at day, month or year precision, possibly a range."""

    id: str
    date: str
    end_date: str | None
    precision: str
    end_precision: str | None
    span_start: str | None
    span_end: str | None
    kind: str
    title: str
    summary: str
    status: str
    participants: list[Participant]
    citations: list[Citation]
    errata: list[Erratum]


class Position(NamedTuple):
    """An actor's stance on a topic, as of a date."""

    id: str
    actor_id: str
    actor_name: str
    topic_id: str
    topic_name: str
    stance: str
    date: str | None
    end_date: str | None
    precision: str | None
    end_precision: str | None
    span_start: str | None
    span_end: str | None
    summary: str
    status: str
    citations: list[Citation]
    errata: list[Erratum]


class Relation(NamedTuple):
    """A tie between two actors over time: membership, office, recognition and the like."""

    id: str
    subject_id: str
    subject_name: str
    predicate: str
    object_id: str
    object_name: str
    date: str | None
    end_date: str | None
    precision: str | None
    end_precision: str | None
    span_start: str | None
    span_end: str | None
    summary: str
    status: str
    citations: list[Citation]
    errata: list[Erratum]


class Vote(NamedTuple):
    """A body's decision on a text: a recorded vote with its tally, or a text adopted without a vote."""

    id: str
    body_id: str
    body_name: str
    symbol: str
    date: str
    precision: str
    span_start: str | None
    span_end: str | None
    title: str
    summary: str
    method: str
    yes: int | None
    no: int | None
    abstain: int | None
    absent: int | None
    status: str
    citations: list[Citation]
    errata: list[Erratum]


class Ballot(NamedTuple):
    """How one state voted in a recorded vote."""

    vote_id: str
    symbol: str
    date: str
    actor_id: str
    actor_name: str
    choice: str


class VoteGroup(NamedTuple):
    """The ballots of one group of states (a region, an organisation's members) and their tally."""

    group: str
    tally: dict[str, int]
    ballots: list[Ballot]


class RollCall(NamedTuple):
    """A vote with its roll call, grouped (by region, sub-region or membership of an organisation)."""

    vote: Vote
    by: str | None
    groups: list[VoteGroup]


class Match(NamedTuple):
    """How a typed name was resolved to an actor: field is id, name, alias or closest (a near miss)."""

    query: str
    actor_id: str
    label: str
    field: str


class ActorProfile(NamedTuple):
    """Everything kcli knows about one actor."""

    actor: Actor
    matched: Match
    relations: list[Relation]
    positions: list[Position]
    events: list[Event]
    votes: list[Ballot]


class Topic(NamedTuple):
    """A question actors took stances on."""

    id: str
    name: str
    description: str
    positions: int


class Source(NamedTuple):
    """A work cited by the data, with how many citations point at it."""

    id: str
    kind: str
    title: str
    author: str | None
    publisher: str | None
    published: str | None
    url: str | None
    citations: int


class CitedRecord(NamedTuple):
    """Every citation of one record."""

    type: str
    id: str
    citations: list[Citation]


class MatrixRow(NamedTuple):
    """One actor's stance on each topic: the latest position as of the date asked, or null."""

    actor_id: str
    actor_name: str
    actor_kind: str
    stances: dict[str, str | None]


class MatrixGroup(NamedTuple):
    """For one group of actors (a region, an organisation's members), how many stood where on each topic."""

    group: str
    actors: int
    stances: dict[str, dict[str, int]]


class SearchHit(NamedTuple):
    """A full-text match: the record's type and id, its title, and a snippet with «marked» terms."""

    type: str
    id: str
    title: str
    snippet: str
    rank: float


def to_dict(record: object) -> dict:
    """Return the JSON-ready dict of a record, nested records and lists included (a dict is already one)."""
    if isinstance(record, dict):
        return {key: _plain(value) for key, value in record.items()}
    return {name: _plain(getattr(record, name)) for name in record._fields}


def _plain(value: object) -> object:
    if isinstance(value, tuple) and hasattr(value, "_fields"):
        return to_dict(value)
    if isinstance(value, list):
        return [_plain(item) for item in value]
    if isinstance(value, dict):
        return {key: _plain(item) for key, item in value.items()}
    return value
