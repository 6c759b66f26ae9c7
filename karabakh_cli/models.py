"""The records kcli returns. Each is a frozen dataclass whose dict is its JSON shape."""

from dataclasses import asdict, dataclass, is_dataclass


@dataclass(frozen=True)
class Citation:
    """Where a fact comes from: a source and a locator (¶N in the memo, a URL for a web page)."""

    source_id: str
    source_title: str
    locator: str
    url: str | None
    note: str | None


@dataclass(frozen=True)
class RecordRef:
    """A pointer to one record: its type (actor, event, position, relation, erratum) and id."""

    type: str
    id: str


@dataclass(frozen=True)
class Erratum:
    """What a source says that is wrong or unclear, the correction, who says so, and what it concerns."""

    id: str
    kind: str
    source_id: str
    locator: str
    says: str
    correction: str
    records: list[RecordRef]
    citations: list[Citation]


@dataclass(frozen=True)
class Alias:
    """Another name for an actor."""

    alias: str
    kind: str


@dataclass(frozen=True)
class Actor:
    """A state, organisation, UN body, party, person, place or outlet."""

    id: str
    name: str
    kind: str
    summary: str
    iso3: str | None
    wikidata: str | None
    aliases: list[Alias]
    citations: list[Citation]
    errata: list[Erratum]


@dataclass(frozen=True)
class Participant:
    """An actor's part in an event."""

    actor_id: str
    name: str
    role: str


@dataclass(frozen=True)
class Event:
    """Something that happened, dated at day, month or year precision, possibly a range."""

    id: str
    date: str
    end_date: str | None
    precision: str
    kind: str
    title: str
    summary: str
    status: str
    participants: list[Participant]
    citations: list[Citation]
    errata: list[Erratum]


@dataclass(frozen=True)
class Position:
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
    summary: str
    status: str
    citations: list[Citation]
    errata: list[Erratum]


@dataclass(frozen=True)
class Relation:
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
    summary: str
    status: str
    citations: list[Citation]
    errata: list[Erratum]


@dataclass(frozen=True)
class Match:
    """How a typed name was resolved to an actor."""

    query: str
    actor_id: str
    label: str
    field: str


@dataclass(frozen=True)
class ActorProfile:
    """Everything kcli knows about one actor."""

    actor: Actor
    matched: Match
    relations: list[Relation]
    positions: list[Position]
    events: list[Event]


@dataclass(frozen=True)
class Topic:
    """A question actors took stances on."""

    id: str
    name: str
    description: str
    positions: int


@dataclass(frozen=True)
class Source:
    """A work cited by the data, with how many citations point at it."""

    id: str
    kind: str
    title: str
    author: str | None
    publisher: str | None
    published: str | None
    url: str | None
    citations: int


@dataclass(frozen=True)
class CitedRecord:
    """Every citation of one record."""

    type: str
    id: str
    citations: list[Citation]


@dataclass(frozen=True)
class MatrixRow:
    """One actor's stance on each topic: the latest position as of the date asked, or null."""

    actor_id: str
    actor_name: str
    stances: dict[str, str | None]


@dataclass(frozen=True)
class SearchHit:
    """A full-text match: the record's type and id, its title, and a snippet with «marked» terms."""

    type: str
    id: str
    title: str
    snippet: str
    rank: float


def to_dict(record: object) -> dict:
    """Return the JSON-ready dict of a record (a dict is already one)."""
    return asdict(record) if is_dataclass(record) else dict(record)
