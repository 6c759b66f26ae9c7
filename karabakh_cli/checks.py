"""Data checks beyond SQLite's own: citations, locators, calendar dates, aliases, reachability, vote
tallies, the Security Council's size, lifetimes, statuses, errata quotes, event ids, cross-reference ids;
what must be true on every date (ballots from members, dated memberships, one holder of an office, one
stance of an actor on a topic, member or observer, declared member counts, a summary's opening date); and
the warnings a reviewer reads (open-ended offices and positions that may be stale)."""

from __future__ import annotations

import hashlib
import os
import re
import sqlite3
import stat
from collections.abc import Iterator
from datetime import date as _date
from datetime import timedelta
from itertools import pairwise
from pathlib import Path

from karabakh_cli.dates import BEGINNING, EVER, first_day, last_day, parse_date
from karabakh_cli.kinds import KINDS, date_columns
from karabakh_cli.text import fold, is_record_id

# Tables the build computes from the seed's rows (and their virtual tables' shadow tables).
DERIVED_TABLES = ("actor_names", "event_spans", "search_records")


def check_database(conn: sqlite3.Connection, sources: Path | None = None) -> list[str]:
    """Return every problem found in an open kcli database; an empty list when it is clean.

    sources is the directory of source texts (see sources_directory) used to check the errata's quotes."""
    return [
        *check_sqlite(conn),
        *check_content(conn),
        *check_record_refs(conn),
        *check_citations(conn),
        *check_locators(conn),
        *check_dates(conn),
        *check_aliases(conn),
        *check_reachable(conn),
        *check_vote_tallies(conn),
        *check_council_size(conn),
        *check_lifetimes(conn),
        *check_statuses(conn),
        *check_errata(conn, sources),
        *check_event_ids(conn),
        *check_cross_reference_ids(conn),
        *check_vote_membership(conn),
        *check_membership_starts(conn),
        *check_single_holders(conn),
        *check_one_stance(conn),
        *check_member_or_observer(conn),
        *check_member_counts(conn),
        *check_opening_dates(conn),
    ]


def review_database(conn: sqlite3.Connection, sources: Path | None = None, today: _date | None = None) -> list[str]:
    """Return the warnings for a reviewer: what may be stale, and checks that could not run. They fail nothing."""
    return [*review_open_offices(conn, today), *review_skipped(conn, sources)]


def check_sqlite(conn: sqlite3.Connection) -> Iterator[str]:
    """SQLite's integrity_check and foreign_key_check."""
    for (result,) in conn.execute("PRAGMA integrity_check"):
        if result != "ok":
            yield f"integrity_check: {result}"
    for table, rowid, parent, _ in conn.execute("PRAGMA foreign_key_check"):
        yield f"foreign_key_check: {table} row {rowid} points at a missing {parent} row"


def seed_tables(conn: sqlite3.Connection) -> list[str]:
    """The tables the seed fills, in the order it creates them: every table but meta and the derived ones."""
    names = [row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY rowid")]
    return [
        name
        for name in names
        if name != "meta" and not name.startswith("sqlite_")
        and not any(name == derived or name.startswith(f"{derived}_") for derived in DERIVED_TABLES)
    ]  # fmt: skip


def content_hash(conn: sqlite3.Connection) -> str:
    """A SHA-256 over every row of the seed's tables, in a fixed order."""
    digest = hashlib.sha256()
    for table in seed_tables(conn):
        for row in conn.execute(f"SELECT * FROM {table} ORDER BY rowid"):
            digest.update(repr(tuple(row)).encode("utf-8", "surrogatepass"))
    return digest.hexdigest()


def check_content(conn: sqlite3.Connection) -> Iterator[str]:
    """The rows are still the ones the build wrote (SQLite itself keeps no checksum of values)."""
    recorded = conn.execute("SELECT value FROM meta WHERE key = 'content_sha256'").fetchone()
    if recorded is not None and recorded[0] != content_hash(conn):
        yield "content: the rows differ from those the build recorded (content_sha256); rebuild the database"


def check_record_refs(conn: sqlite3.Connection) -> Iterator[str]:
    """Every citation and erratum row points at an existing record of a declared kind."""
    known = {kind.name: kind.table for kind in KINDS}
    for table in ("citations", "errata_records"):
        for record_type, record_id in conn.execute(f"SELECT DISTINCT record_type, record_id FROM {table}"):
            if record_type not in known:
                yield f"{table}: unknown record type {record_type!r} (declared: {', '.join(known)})"
            elif conn.execute(f"SELECT 1 FROM {known[record_type]} WHERE id = ?", (record_id,)).fetchone() is None:
                yield f"{table}: {record_type} {record_id!r} does not exist"


def check_citations(conn: sqlite3.Connection) -> Iterator[str]:
    """Every record of every kind has at least one citation."""
    for kind in KINDS:
        sql = (
            f"SELECT id FROM {kind.table} WHERE id NOT IN"
            " (SELECT record_id FROM citations WHERE record_type = ?) ORDER BY id"
        )
        for (record_id,) in conn.execute(sql, (kind.name,)):
            yield f"{kind.table} {record_id}: no citation"


def check_locators(conn: sqlite3.Connection) -> Iterator[str]:
    """Paragraph locators stay within their source; a web source is cited by its URL."""
    rows = conn.execute(
        "SELECT c.source_id, c.locator, s.paragraphs, s.url"
        " FROM citations c JOIN sources s ON s.id = c.source_id"
        " UNION ALL SELECT e.source_id, e.locator, s.paragraphs, s.url"
        " FROM errata e JOIN sources s ON s.id = e.source_id"
    )
    for source_id, locator, paragraphs, url in rows:
        if paragraphs:
            number = locator[1:]
            if not (locator.startswith("¶") and number.isdigit() and 1 <= int(number) <= paragraphs):
                yield f"citation of {source_id}: locator {locator!r} is not ¶1 to ¶{paragraphs}"
        elif locator != url:
            yield f"citation of {source_id}: locator {locator!r} is not the source's URL {url!r}"


def check_dates(conn: sqlite3.Connection) -> Iterator[str]:
    """Every date is a real calendar date of its precision, and no end precedes its start."""
    for kind in KINDS:
        if not kind.dated:
            continue
        for record_id, date, end_date in conn.execute(f"SELECT id, {date_columns(kind)} FROM {kind.table}"):
            yield from _check_span(f"{kind.table} {record_id}", date, end_date)
    for source_id, published in conn.execute("SELECT id, published FROM sources WHERE published IS NOT NULL"):
        yield from _check_span(f"sources {source_id}", published, None)


def _check_span(label: str, date: str | None, end_date: str | None) -> Iterator[str]:
    valid = True
    for value in (date, end_date):
        if value is None:
            continue
        try:
            parse_date(value)
        except ValueError as error:
            valid = False
            yield f"{label}: {error}"
    if valid and date and end_date and first_day(end_date) < first_day(date):
        yield f"{label}: end date {end_date} precedes start date {date}"


def check_aliases(conn: sqlite3.Connection) -> Iterator[str]:
    """No name or alias, once folded, points at two actors."""
    owners: dict[str, set[str]] = {}
    rows = conn.execute("SELECT name, id FROM actors UNION ALL SELECT alias, actor_id FROM aliases")
    for label, actor_id in rows:
        owners.setdefault(fold(label), set()).add(actor_id)
    for key, actor_ids in sorted(owners.items()):
        if len(actor_ids) > 1:
            yield f"alias {key!r} is claimed by {', '.join(sorted(actor_ids))}"


def check_reachable(conn: sqlite3.Connection) -> Iterator[str]:
    """Every actor takes part in some event, position, relation or erratum."""
    sql = """
        SELECT id FROM actors WHERE id NOT IN (
          SELECT actor_id FROM event_actors
          UNION SELECT actor_id FROM positions
          UNION SELECT subject_id FROM relations
          UNION SELECT object_id FROM relations
          UNION SELECT record_id FROM errata_records WHERE record_type = 'actor')
        ORDER BY id"""
    for (actor_id,) in conn.execute(sql):
        yield f"actors {actor_id}: not reachable from any event, position, relation or erratum"


# Where the source texts live (one file per source, <source id>.md); see sources_directory.
SOURCES_ENV = "KCLI_SOURCES"


def sources_directory(seed: Path | None = None) -> Path | None:
    """The directory of source texts: $KCLI_SOURCES, else shared/sources beside the checkout that holds the
    seed (or this package); None when there is none. The texts never go into the database."""
    if os.environ.get(SOURCES_ENV):
        return Path(os.environ[SOURCES_ENV])
    checkout = seed.resolve().parent.parent if seed is not None else Path(__file__).resolve().parent.parent
    candidate = checkout.parent / "shared" / "sources"
    return candidate if candidate.is_dir() else None


def check_vote_tallies(conn: sqlite3.Connection) -> Iterator[str]:
    """A vote's tally (yes, no, abstain, absent) equals the count of its ballots of each choice."""
    votes = conn.execute(
        "SELECT id, yes, no, abstain, absent FROM votes WHERE id IN (SELECT vote_id FROM ballots) ORDER BY id"
    )
    for vote_id, *tally in votes:
        counted = dict(
            conn.execute("SELECT choice, count(*) FROM ballots WHERE vote_id = ? GROUP BY choice", (vote_id,))
        )
        for choice, recorded in zip(("yes", "no", "abstain", "absent"), tally, strict=True):
            ballots = counted.get(choice, 0)
            if (recorded or 0) != ballots:
                yield f"votes {vote_id}: tally {choice} = {recorded}, but {ballots} ballot(s) say {choice}"


# The Security Council has fifteen members on every day of these years (the data covers them).
COUNCIL = "unsc"
COUNCIL_SIZE = 15
COUNCIL_YEARS = ("2016-01-01", "2025-12-31")


def check_council_size(conn: sqlite3.Connection) -> Iterator[str]:
    """Exactly fifteen members of the Security Council on every covered day; one line per run of wrong days."""
    first, last = (_date.fromisoformat(day) for day in COUNCIL_YEARS)
    changes: dict[_date, int] = {}  # members gained (or lost) on a day
    rows = conn.execute(
        "SELECT span_start, span_end FROM relations WHERE object_id = ?"
        " AND predicate IN ('permanent-member', 'elected-member') AND span_start <= ? AND span_end >= ?",
        (COUNCIL, COUNCIL_YEARS[1], COUNCIL_YEARS[0]),
    )
    for start, end in rows:
        begin = _date.fromisoformat(max(start, COUNCIL_YEARS[0]))  # an open start is year 0000
        changes[begin] = changes.get(begin, 0) + 1
        if end < COUNCIL_YEARS[1]:
            after = _date.fromisoformat(end) + timedelta(days=1)
            changes[after] = changes.get(after, 0) - 1
    members, run = 0, None
    boundaries = sorted({first, *changes, last + timedelta(days=1)})
    for day, following in pairwise(boundaries):
        members += changes.get(day, 0)
        if members != COUNCIL_SIZE and members != run:
            until = following - timedelta(days=1)
            yield f"relations: the Security Council ({COUNCIL}) has {members} members on {day} (through {until})"
        run = members if members != COUNCIL_SIZE else None


def _lifetimes(conn: sqlite3.Connection) -> dict[str, tuple[str | None, str | None]]:
    """Each actor with a known lifetime: (earliest first day, latest last day), None where open."""
    rows = conn.execute("SELECT id, date, end_date FROM actors WHERE date IS NOT NULL OR end_date IS NOT NULL")
    return {
        actor_id: (first_day(born) if born else None, last_day(ended) if ended else None)
        for actor_id, born, ended in rows
    }


def _outside(
    lifetime: tuple[str | None, str | None], date: str | None, end_date: str | None, holds: bool
) -> str | None:
    """Why a record dated date..end_date falls outside an actor's lifetime, or None.

    Partial dates compare by span: only a record that cannot fit is outside. A holding record (a relation,
    a position) must lie within the lifetime, an open end meaning it holds still; an occurrence (an event,
    a vote) need only meet it."""
    born, ended = lifetime
    if born and date and last_day(end_date if (end_date and not holds) else date) < born:
        return f"starts {date}, before it began ({born})"
    if ended:
        if holds and end_date is None:
            return f"has no end date, but it ended {ended}"
        when = end_date if holds else date
        if when is not None and first_day(when) > ended:
            return f"{'ends' if holds else 'starts'} {end_date if holds else date}, after it ended ({ended})"
    return None


def check_lifetimes(conn: sqlite3.Connection) -> Iterator[str]:
    """No relation, position, vote, ballot or event participation outside the lifetime of its actors (where
    known): in particular no membership before an organisation's founding or after its end."""
    lifetimes = _lifetimes(conn)
    holding = (
        ("relations", "SELECT id, subject_id, date, end_date FROM relations"
                      " UNION ALL SELECT id, object_id, date, end_date FROM relations"),
        ("positions", "SELECT id, actor_id, date, end_date FROM positions"),
    )  # fmt: skip
    for table, sql in holding:
        for record_id, actor_id, date, end_date in conn.execute(sql + " ORDER BY 1"):
            if actor_id in lifetimes and (reason := _outside(lifetimes[actor_id], date, end_date, holds=True)):
                yield f"{table} {record_id}: outside the lifetime of {actor_id}: {reason}"
    occurring = (
        ("votes", "SELECT id, body_id, date, NULL FROM votes"
                  " UNION ALL SELECT b.vote_id, b.actor_id, v.date, NULL FROM ballots b JOIN votes v"
                  " ON v.id = b.vote_id WHERE b.choice <> 'non-member'"),
        ("events", "SELECT e.id, ea.actor_id, e.date, e.end_date FROM event_actors ea JOIN events e"
                   " ON e.id = ea.event_id"),
    )  # fmt: skip
    for table, sql in occurring:
        for record_id, actor_id, date, end_date in conn.execute(sql + " ORDER BY 1, 2"):
            if actor_id in lifetimes and (reason := _outside(lifetimes[actor_id], date, end_date, holds=False)):
                yield f"{table} {record_id}: outside the lifetime of {actor_id}: {reason}"


def check_statuses(conn: sqlite3.Connection) -> Iterator[str]:
    """A verified record cites a source besides the memo; an unverified one cites only the memo."""
    for kind in KINDS:
        if not kind.has_status:
            continue
        sql = (
            f"SELECT t.id, t.status, group_concat(DISTINCT s.kind) FROM {kind.table} t"
            " JOIN citations c ON c.record_type = ? AND c.record_id = t.id JOIN sources s ON s.id = c.source_id"
            " WHERE t.status IN ('verified', 'unverified') GROUP BY t.id ORDER BY t.id"
        )
        for record_id, status, source_kinds in conn.execute(sql, (kind.name,)):
            beyond_memo = set(source_kinds.split(",")) - {"memo"}
            if status == "verified" and not beyond_memo:
                yield f"{kind.table} {record_id}: verified, but cited only to the memo"
            elif status == "unverified" and beyond_memo:
                yield f"{kind.table} {record_id}: unverified, but cited to a source besides the memo"


_PARAGRAPH = re.compile(r"¶(\d+)\.\s")


def memo_paragraphs(path: Path) -> dict[str, str]:
    """The numbered paragraphs of a source text kept one paragraph a line ('¶3. ...'), keyed by locator."""
    paragraphs = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if match := _PARAGRAPH.match(line):
            paragraphs[f"¶{match.group(1)}"] = line[match.end() :]
    return paragraphs


def _memo_texts(conn: sqlite3.Connection, sources: Path | None) -> dict[str, Path]:
    """The memo sources whose text file is at hand: <id>.md directly in the directory, for an id of the id
    pattern only, so a stranger's id ('../../home/me/notes') names no other file (a regular file, not a link)."""
    if sources is None:
        return {}
    memos = [row[0] for row in conn.execute("SELECT id FROM sources WHERE kind = 'memo' ORDER BY id")]
    return {
        memo: sources / f"{memo}.md" for memo in memos if is_record_id(memo) and _plain_file(sources / f"{memo}.md")
    }


def _plain_file(path: Path) -> bool:
    try:
        return stat.S_ISREG(path.lstat().st_mode)
    except OSError:
        return False


def _quoted(says: str) -> list[str]:
    """The words an erratum quotes: the text without its outer curly quotes, split at an ellipsis."""
    text = says.strip()
    if text.startswith("“") and text.endswith("”"):
        text = text[1:-1]
    return [part.strip() for part in text.split("…") if part.strip()]


def _normalise(text: str) -> str:
    """Compare quotes on words: straight and curly quotes alike, spaces collapsed."""
    text = text.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')
    return " ".join(text.split())


def check_errata(conn: sqlite3.Connection, sources: Path | None) -> Iterator[str]:
    """Every erratum concerns a record; an erratum of the memo quotes words that are in its paragraph
    (checked when the memo's text is at hand: see sources_directory)."""
    unlinked = "SELECT id FROM errata WHERE id NOT IN (SELECT erratum_id FROM errata_records) ORDER BY id"
    for (erratum_id,) in conn.execute(unlinked):
        yield f"errata {erratum_id}: concerns no record"
    texts = {memo: memo_paragraphs(path) for memo, path in _memo_texts(conn, sources).items()}
    rows = conn.execute("SELECT id, source_id, locator, says FROM errata ORDER BY id")
    for erratum_id, source_id, locator, says in rows:
        if source_id not in texts:
            continue
        paragraph = _normalise(texts[source_id].get(locator, ""))
        for words in _quoted(says):
            if _normalise(words) not in paragraph:
                yield f"errata {erratum_id}: {source_id} {locator} does not say {words!r}"


def review_skipped(conn: sqlite3.Connection, sources: Path | None) -> Iterator[str]:
    """Say which memo's errata quotes were not checked because its text was not found."""
    memos = [row[0] for row in conn.execute("SELECT id FROM sources WHERE kind = 'memo' ORDER BY id")]
    found = _memo_texts(conn, sources)
    for memo in memos:
        if memo not in found:
            where = sources or f"${SOURCES_ENV} or ../shared/sources"
            yield f"errata quotes of {memo} not checked: {memo}.md not found in {where}"


def check_event_ids(conn: sqlite3.Connection) -> Iterator[str]:
    """An event's id starts with its date at its precision ('2020-10-10-...')."""
    for event_id, date in conn.execute("SELECT id, date FROM events ORDER BY id"):
        if not event_id.startswith(f"{date}-"):
            yield f"events {event_id}: id does not start with its date {date}-"


_ISO3 = re.compile(r"[A-Z]{3}", re.ASCII)
_QID = re.compile(r"Q[1-9][0-9]*", re.ASCII)


def check_cross_reference_ids(conn: sqlite3.Connection) -> Iterator[str]:
    """ISO 3166-1 alpha-3 codes and Wikidata QIDs are well formed and unique; only a state has an ISO3."""
    rows = conn.execute("SELECT id, kind, iso3, wikidata FROM actors ORDER BY id").fetchall()
    for actor_id, kind, iso3, wikidata in rows:
        if iso3 is not None and not _ISO3.fullmatch(iso3):
            yield f"actors {actor_id}: ISO3 {iso3!r} is not three capital letters"
        if iso3 is not None and kind != "state":
            yield f"actors {actor_id}: has ISO3 {iso3!r} but is a {kind}, not a state"
        if wikidata is not None and not _QID.fullmatch(wikidata):
            yield f"actors {actor_id}: Wikidata id {wikidata!r} is not Q and a number"
    for column, label in (("iso3", "ISO3"), ("wikidata", "Wikidata id")):
        shared = conn.execute(
            f"SELECT {column}, group_concat(id, ', ') FROM (SELECT {column}, id FROM actors"
            f" WHERE {column} IS NOT NULL ORDER BY id) GROUP BY {column} HAVING count(*) > 1 ORDER BY {column}"
        )
        for value, actor_ids in shared:
            yield f"actors {actor_ids}: share the {label} {value}"


# Relations that name the holder of an office: open-ended, they say someone holds it still.
OFFICES = ("office-holder", "leads", "chair", "presides", "ambassador-to", "co-chair")
REVIEW_YEARS = 10


def review_open_offices(conn: sqlite3.Connection, today: _date | None = None) -> Iterator[str]:
    """Open-ended offices and positions that began more than ten years ago: still true today?"""
    today = today or _date.today()
    try:
        cutoff = today.replace(year=today.year - REVIEW_YEARS).isoformat()
    except ValueError:  # 29 February
        cutoff = today.replace(year=today.year - REVIEW_YEARS, day=28).isoformat()
    marks = ", ".join("?" for _ in OFFICES)
    rows = conn.execute(
        f"SELECT 'relations', id, date FROM relations WHERE end_date IS NULL AND predicate IN ({marks})"
        " AND date IS NOT NULL AND span_start < ?"
        " UNION ALL SELECT 'positions', id, date FROM positions WHERE end_date IS NULL AND date IS NOT NULL"
        " AND span_start < ? ORDER BY 1, 2",
        (*OFFICES, cutoff, cutoff),
    )
    for table, record_id, date in rows:
        yield f"{table} {record_id}: open-ended since {date}, more than {REVIEW_YEARS} years ago; still true?"


# --- what must be true on every date (issue 19) ---------------------------------------------------------

# Whose members vote in a body, and by which relations: the General Assembly's members are the UN's. A body
# not named here votes with its own members (relations 'member' to it); one with none recorded is skipped.
VOTING_MEMBERS: dict[str, tuple[str, tuple[str, ...]]] = {
    "un-general-assembly": ("un", ("member",)),
    "unsc": ("unsc", ("permanent-member", "elected-member")),
}


def _members_on(conn: sqlite3.Connection, organisation: str, predicates: tuple[str, ...], day: str) -> set[str]:
    """The subjects of these relations to the organisation that hold on the day."""
    marks = ", ".join("?" for _ in predicates)
    rows = conn.execute(
        f"SELECT subject_id FROM relations WHERE object_id = ? AND predicate IN ({marks})"
        " AND span_start <= ? AND span_end >= ?",
        (organisation, *predicates, day, day),
    )
    return {row[0] for row in rows}


def check_vote_membership(conn: sqlite3.Connection) -> Iterator[str]:
    """A ballot (other than non-member) comes from a member of the body on the vote's day, a roll call
    names every member, and a recorded tally fits the body's size on that day (equals it when absentees
    are counted)."""
    votes = conn.execute("SELECT id, body_id, date, method, yes, no, abstain, absent FROM votes ORDER BY id")
    for vote_id, body_id, day, method, yes, no, abstain, absent in votes.fetchall():
        organisation, predicates = VOTING_MEMBERS.get(body_id, (body_id, ("member",)))
        marks = ", ".join("?" for _ in predicates)
        recorded = f"SELECT 1 FROM relations WHERE object_id = ? AND predicate IN ({marks})"
        if conn.execute(recorded, (organisation, *predicates)).fetchone() is None:
            continue
        members = _members_on(conn, organisation, predicates, day)
        balloted = {
            row[0]
            for row in conn.execute(
                "SELECT actor_id FROM ballots WHERE vote_id = ? AND choice <> 'non-member'", (vote_id,)
            )
        }
        for actor_id in sorted(balloted - members):
            yield f"ballots {vote_id}: {actor_id} votes, but is not a member of {body_id} on {day}"
        if balloted and (missing := sorted(members - balloted)):
            named = ", ".join(missing[:5])
            yield f"ballots {vote_id}: no ballot from {len(missing)} member(s) of {body_id} on {day}: {named}"
        if method == "recorded":
            total = yes + no + abstain + (absent or 0)
            if total > len(members) or (absent is not None and total != len(members)):
                size = len(members)
                yield f"votes {vote_id}: the tally adds up to {total}, but {body_id} has {size} members on {day}"


# Relations that make an actor a member or observer: each must say from when (a year at least).
MEMBERSHIPS = ("member", "observer")


def check_membership_starts(conn: sqlite3.Connection) -> Iterator[str]:
    """Every membership and observer status has a start date, so that no answer as of a date before it
    (or before the organisation's founding: see check_lifetimes) lists it."""
    marks = ", ".join("?" for _ in MEMBERSHIPS)
    rows = conn.execute(
        f"SELECT id FROM relations WHERE predicate IN ({marks}) AND date IS NULL ORDER BY id", MEMBERSHIPS
    )
    for (relation_id,) in rows:
        yield f"relations {relation_id}: a membership without a start date"


def _certain(date: str | None, end_date: str | None) -> tuple[str, str]:
    """The days a record surely covers, whatever its dates' precision: from the last day its start may be
    to the first day its end may be (an open start from the beginning, an open end for ever)."""
    return (last_day(date) if date else BEGINNING, first_day(end_date) if end_date else EVER)


def _overlaps(first: tuple[str | None, str | None], second: tuple[str | None, str | None]) -> bool:
    """Two records surely share more than one day: a handover on the day one ends and the other begins is
    not an overlap."""
    (start, end), (other_start, other_end) = _certain(*first), _certain(*second)
    return max(start, other_start) < min(end, other_end)


def _overlapping_pairs(rows: list[tuple[str, str | None, str | None]]) -> Iterator[tuple[str, str]]:
    """Each pair of (id, date, end_date) records that surely overlap."""
    for index, (first_id, *first) in enumerate(rows):
        for second_id, *second in rows[index + 1 :]:
            if _overlaps((first[0], first[1]), (second[0], second[1])):
                yield first_id, second_id


def check_single_holders(conn: sqlite3.Connection) -> Iterator[str]:
    """An office (table offices) has one holder at a time: no two of its relations overlap."""
    offices = [row[0] for row in conn.execute("SELECT DISTINCT office FROM offices ORDER BY office")]
    for office in offices:
        rows = conn.execute(
            "SELECT r.id, r.date, r.end_date FROM offices o JOIN relations r ON r.id = o.relation_id"
            " WHERE o.office = ? ORDER BY r.span_start, r.id",
            (office,),
        ).fetchall()
        for first, second in _overlapping_pairs(rows):
            yield f"offices {office}: {first} and {second} hold it at once"


def check_one_stance(conn: sqlite3.Connection) -> Iterator[str]:
    """No actor holds two different stances on one topic at once (the same stance stated again is not a
    contradiction)."""
    pairs = conn.execute(
        "SELECT DISTINCT actor_id, topic_id FROM positions GROUP BY actor_id, topic_id"
        " HAVING count(DISTINCT stance) > 1 ORDER BY 1, 2"
    ).fetchall()
    for actor_id, topic_id in pairs:
        rows = conn.execute(
            "SELECT id, date, end_date, stance FROM positions WHERE actor_id = ? AND topic_id = ?"
            " ORDER BY span_start, id",
            (actor_id, topic_id),
        ).fetchall()
        stances = {row[0]: row[3] for row in rows}
        for first, second in _overlapping_pairs([row[:3] for row in rows]):
            if stances[first] != stances[second]:
                yield (
                    f"positions {first} ({stances[first]}) and {second} ({stances[second]}):"
                    f" {actor_id} holds two stances on {topic_id} at once"
                )


def check_member_or_observer(conn: sqlite3.Connection) -> Iterator[str]:
    """No actor is both member and observer of one organisation at once."""
    rows = conn.execute(
        "SELECT m.id, m.date, m.end_date, o.id, o.date, o.end_date FROM relations m JOIN relations o"
        " ON o.subject_id = m.subject_id AND o.object_id = m.object_id"
        " WHERE m.predicate = 'member' AND o.predicate = 'observer' ORDER BY m.id, o.id"
    )
    for member_id, date, end_date, observer_id, other_date, other_end in rows:
        if _overlaps((date, end_date), (other_date, other_end)):
            yield f"relations {member_id} and {observer_id}: member and observer at once"


def check_member_counts(conn: sqlite3.Connection) -> Iterator[str]:
    """On each day an organisation declared its count of members (or observers), the relations that surely
    hold that day (a membership dated '2011-05' from 31 May 2011) number the same."""
    rows = conn.execute("SELECT organisation_id, predicate, count, date FROM member_counts ORDER BY 1, 2, 4")
    for organisation, predicate, declared, day in rows.fetchall():
        spans = conn.execute(
            "SELECT date, end_date FROM relations WHERE object_id = ? AND predicate = ?", (organisation, predicate)
        )
        counted = sum(1 for span in spans if _certain(*span)[0] <= day <= _certain(*span)[1])
        if counted != declared:
            yield (
                f"member_counts {organisation}: {declared} {predicate}s declared on {day},"
                f" but {counted} {predicate} relation(s) hold that day"
            )


_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December")  # fmt: skip
# A summary that opens with its own date: "On 14 November[ 2020]", "In October 2020", "In 2020".
_OPENING_DATE = re.compile(
    rf"^(?:On (?P<day>\d{{1,2}}) (?P<month>{'|'.join(_MONTHS)})(?: (?P<year>\d{{4}}))?"
    rf"|In (?P<in_month>{'|'.join(_MONTHS)}) (?P<in_year>\d{{4}})|In (?P<only_year>\d{{4}}))\b"
)


def _opening_date(summary: str, year: str) -> str | None:
    """The partial date a summary opens with ('2020-11-14', '2020-10', '2020'), its year defaulting to the
    record's; None when it opens otherwise."""
    match = _OPENING_DATE.match(summary)
    if match is None:
        return None
    if match["day"]:
        return f"{match['year'] or year}-{_MONTHS.index(match['month']) + 1:02d}-{int(match['day']):02d}"
    if match["in_month"]:
        return f"{match['in_year']}-{_MONTHS.index(match['in_month']) + 1:02d}"
    return match["only_year"]


def check_opening_dates(conn: sqlite3.Connection) -> Iterator[str]:
    """A summary that opens with a date ("On 14 November", "In October 2020") names a time its record can
    cover: an event's span, or the day a position or relation begins."""
    rows = conn.execute(
        "SELECT 'events', id, date, coalesce(end_date, date), summary FROM events"
        " UNION ALL SELECT 'positions', id, date, date, summary FROM positions WHERE date IS NOT NULL"
        " UNION ALL SELECT 'relations', id, date, date, summary FROM relations WHERE date IS NOT NULL ORDER BY 1, 2"
    )
    for table, record_id, date, until, summary in rows:
        opening = _opening_date(summary, date[:4])
        if opening is None:
            continue
        try:
            named = (first_day(parse_date(opening)), last_day(parse_date(opening)))
        except ValueError:
            yield f"{table} {record_id}: its summary opens with an impossible date {opening}"
            continue
        if named[1] < first_day(date) or named[0] > last_day(until):
            yield f"{table} {record_id}: its summary opens with {opening}, but the record is dated {date}"
