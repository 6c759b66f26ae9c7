"""The records kcli returns. Each is a Record: a read-only tuple with named fields, compared by value,
whose dict is its JSON shape.

Record, not typing.NamedTuple: every kcli run that prints records imports this module, and NamedTuple
compiles a constructor for each class with eval(), about 3 ms for these 21 classes at every start
(measured with -X importtime); Record builds a class from its annotations with no compiling, about
0.4 ms. (Frozen dataclasses cost about 20 ms.) It keeps what kcli uses of NamedTuple: positional and
keyword construction, `_fields`, `_replace`, a readable repr, equality and copying as tuples.
Without postponed annotations (no `from __future__ import annotations`): the classes are declared in
order, so none needs a string.
"""

from collections.abc import Iterable
from operator import itemgetter
from typing import Any, ClassVar, Self, dataclass_transform


class _RecordType(type):
    """Makes the annotations of a class body its fields: a property each, and no per-instance dict."""

    def __new__(mcls, name: str, bases: tuple[type, ...], namespace: dict[str, Any]) -> type:
        annotations = namespace.get("__annotations__", {})
        fields = tuple(field for field, kind in annotations.items() if getattr(kind, "__origin__", None) != ClassVar)
        defaulted = [field for field in fields if field in namespace]
        if defaulted:
            raise TypeError(f"{name}: a record field has no default ({', '.join(defaulted)})")
        namespace.update({field: property(itemgetter(index)) for index, field in enumerate(fields)})
        namespace.update({"__slots__": (), "_fields": fields, "__match_args__": fields})
        return super().__new__(mcls, name, bases, namespace)


@dataclass_transform()
class Record(tuple, metaclass=_RecordType):
    """A read-only record: its fields are the annotations of its class body, in order."""

    _fields: ClassVar[tuple[str, ...]]

    def __new__(cls, *values: Any, **named: Any) -> Self:
        if named:
            missing = [field for field in cls._fields[len(values) :] if field not in named]
            extra = set(named) - set(cls._fields[len(values) :])
            if missing or extra:
                raise TypeError(f"{cls.__name__}: missing {missing}, unexpected {sorted(extra)}")
            values = (*values, *(named[field] for field in cls._fields[len(values) :]))
        if len(values) != len(cls._fields):
            raise TypeError(f"{cls.__name__} takes {len(cls._fields)} fields, {len(values)} given")
        return tuple.__new__(cls, values)

    def _replace(self, **changes: Any) -> Self:
        """A copy with some fields changed."""
        return type(self)(**{**dict(zip(self._fields, self, strict=True)), **changes})

    def as_dict(self) -> dict:
        """The record as --json prints it: a dict of plain values, nested records and lists included."""
        return to_dict(self)

    def __getnewargs__(self) -> tuple:
        return tuple(self)

    def __repr__(self) -> str:
        shown = ", ".join(f"{field}={value!r}" for field, value in zip(self._fields, self, strict=True))
        return f"{type(self).__name__}({shown})"


# The sections of a profile (kcli actor, kcli event), in the order shown; --section names them.
PROFILE_SECTIONS = ("relations", "positions", "events", "votes", "errata", "sources")


class Citation(Record):
    """Where a fact comes from: a source and a locator (¶N in the memo, a URL for a web page)."""

    source_id: str
    source_title: str
    locator: str
    url: str | None
    note: str | None


class RecordRef(Record):
    """A pointer to one record: its type (actor, event, position, relation, erratum) and id."""

    type: str
    id: str


class Erratum(Record):
    """What a source says that is wrong or unclear, the correction, who says so, and what it concerns."""

    id: str
    kind: str
    source_id: str
    locator: str
    says: str
    correction: str
    records: list[RecordRef]
    citations: list[Citation]


class Alias(Record):
    """Another name for an actor."""

    alias: str
    kind: str


class Actor(Record):
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


class Participant(Record):
    """An actor's part in an event."""

    actor_id: str
    name: str
    role: str


class Event(Record):
    """Something that happened, dated at day, month or year precision, possibly a range."""

    id: str
    date: str
    end_date: str | None
    precision: str
    end_precision: str | None
    span_start: str | None
    span_end: str | None
    kind: str
    other_kinds: list[str]  # kinds it also has (event_kinds): the trilateral statement is also a ceasefire
    title: str
    summary: str
    status: str
    scope: str
    participants: list[Participant]
    citations: list[Citation]
    errata: list[Erratum]


class Position(Record):
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


class Relation(Record):
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


class Vote(Record):
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


class Ballot(Record):
    """How one state voted in a recorded vote."""

    vote_id: str
    symbol: str
    date: str
    actor_id: str
    actor_name: str
    choice: str


class VoteGroup(Record):
    """The ballots of one group of states (a region, an organisation's members) and their tally."""

    group: str
    tally: dict[str, int]
    ballots: list[Ballot]


class RollCall(Record):
    """A vote with its roll call, grouped (by region, sub-region or membership of an organisation)."""

    vote: Vote
    by: str | None
    groups: list[VoteGroup]


class Match(Record):
    """How a typed name was resolved to an actor: field is id, name, alias or closest (a near miss)."""

    query: str
    actor_id: str
    label: str
    field: str


class ActorProfile(Record):
    """Everything kcli knows about one actor."""

    actor: Actor
    matched: Match
    relations: list[Relation]
    positions: list[Position]
    events: list[Event]
    votes: list[Ballot]

    @property
    def id(self) -> str:
        """The actor's id (profile.actor.id)."""
        return self.actor.id

    @property
    def name(self) -> str:
        """The actor's name (profile.actor.name)."""
        return self.actor.name


class Topic(Record):
    """A question actors took stances on."""

    id: str
    name: str
    description: str
    positions: int


class Source(Record):
    """A work cited by the data, with how many citations point at it."""

    id: str
    kind: str
    title: str
    author: str | None
    publisher: str | None
    published: str | None
    url: str | None
    citations: int


class CitedRecord(Record):
    """Every citation of one record."""

    type: str
    id: str
    citations: list[Citation]


class MatrixRow(Record):
    """One actor's stance on each topic: the latest position as of the date asked, or null."""

    actor_id: str
    actor_name: str
    actor_kind: str
    stances: dict[str, str | None]


class MatrixGroup(Record):
    """For one group of actors (a region, an organisation's members), how many stood where on each topic."""

    group: str
    actors: int
    stances: dict[str, dict[str, int]]


class DatasetCitation(Record):
    """How to cite the data itself: what it is, its version and the SHA-256 of its rows, and the sentence."""

    title: str
    author: str
    data_version: str
    content_sha256: str
    newest_source: str | None
    license: str
    software: str
    citation: str


class SearchHit(Record):
    """A full-text match: the record's type and id, its title, and a snippet with «marked» terms."""

    type: str
    id: str
    title: str
    snippet: str
    rank: float  # bm25 (lower is better) within its field
    # Where all the words matched, the order of hits: "title", "name" (title and aliases or id) or "text".
    field: str


class SqlResult(Record):
    """Columns and rows of a kcli sql query, and whether rows were cut at a limit (note says which, or "")."""

    columns: list[str]
    rows: list[tuple]
    truncated: bool
    note: str


def to_dict(record: object) -> dict:
    """Return the JSON-ready dict of a record, nested records and lists included (a dict is already one)."""
    if isinstance(record, dict):
        return {key: _plain(value) for key, value in record.items()}
    if not isinstance(record, Record):
        raise TypeError(f"not a record: {type(record).__name__}")
    return {name: _plain(getattr(record, name)) for name in record._fields}


def _plain(value: object) -> object:
    if isinstance(value, Record):
        return to_dict(value)
    if isinstance(value, list):
        return [_plain(item) for item in value]
    if isinstance(value, dict):
        return {key: _plain(item) for key, item in value.items()}
    return value


class Listing(list):
    """The first records of a list cut in SQL (--limit), and how many there are in all, for "N more"."""

    def __init__(self, records: Iterable[Any], total: int) -> None:
        super().__init__(records)
        self.total = total
