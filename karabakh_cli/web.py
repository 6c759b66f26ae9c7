"""Serve the database in Datasette, read-only, with descriptions, facets, search and canned queries.

Datasette is an optional extra (pip install 'kcli[web]'): it is imported only when a server is made,
and build_metadata needs nothing beyond the standard library, so the metadata can be printed and
tested without it."""

import socket
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from karabakh_cli.errors import KcliError

HOST = "127.0.0.1"
DEFAULT_PORT = 8001
# The name the database is served under, whatever its file is called: URLs stay /kcli/actors.
DATABASE = "kcli"
INSTALL_HINT = "pip install 'kcli[web]'"

TITLE = "kcli: the Second Nagorno-Karabakh War (2020) and its diplomacy"
DESCRIPTION = (
    "An offline, cited reference to the 44-day war of 27 September - 10 November 2020 and the diplomacy"
    " around it: actors, memberships over time, events, stances, sources and errata. Every record cites"
    " its sources (see the citations table); where a source is wrong, the errata table says so."
)
SOURCE = "PONARS Eurasia Policy Memo No. 704 (Strakes, 2021) and the sources in the sources table"
SOURCE_URL = "https://www.ponarseurasia.org/the-second-nagorno-karabakh-war-in-a-global-south-perspective/"
LICENSE = "MIT"
LICENSE_URL = "https://opensource.org/license/mit"

# Every table and column the database has, described: taken from docs/codebook.md (backticks dropped,
# "closed vocabulary below" spelled out). tests/test_web.py fails when the two drift apart.
TABLES: dict[str, tuple[str, dict[str, str]]] = {
    "meta": (
        "Key–value facts about the build.",
        {
            "key": "schema_version, data_version (a date, YYYY.MM.DD) or seed_sha256 (added by the build: SHA-256 "
            "of the seed file)",
            "value": "the value, as text",
        },
    ),
    "sources": (
        "One row per document cited.",
        {
            "id": "slug",
            "title": "the document's title or headline, in its own language; [bracketed] if supplied by us",
            "author": "named author, if any",
            "publisher": "outlet or institution; a wire service it carries is added in brackets, e.g. AzVision "
            "(Reuters)",
            "published": "partial date of publication, if known",
            "url": "the address actually consulted; also the locator of its citations",
            "kind": "one of memo, document, news, reference, statement, opinion",
            "paragraphs": "set only for a source cited by paragraph number (the memo: 20)",
        },
    ),
    "actors": (
        "Everyone and everything that acts or is acted upon: states, organisations, people, places, media.",
        {
            "id": "slug",
            "name": "the usual English name, with its proper accents (Elif Çomoğlu Ülgen)",
            "kind": "one of state, quasi-state, subnational, organisation, un-body, party, person, place, "
            "armed-group, media, agency, ngo",
            "summary": "who or what it is and its part in the story, in one or two sentences",
            "iso3": "ISO 3166-1 alpha-3 code; left NULL until confirmed from a source",
            "wikidata": "Wikidata item id (Q…); left NULL until confirmed from a source",
        },
    ),
    "aliases": (
        "Other names for an actor. After folding (lower case, no accents, punctuation to spaces: see "
        "karabakh_cli/text.py), no alias may equal another actor's name or alias; the build checks this. Two "
        "people who share a surname get full-name aliases only (Serzh Sargsyan and Armen Sarkissian have no "
        "bare-surname alias).",
        {
            "alias": "the other name, as written (unique, case-insensitively)",
            "actor_id": "the actor it names",
            "kind": "one of abbreviation, short-name, full-name, former-name, transliteration, other-language, "
            "misspelling, local-name",
            "note": 'language, where it comes from (e.g. "memo ¶17"), or why it is listed',
        },
    ),
    "topics": (
        "What positions are about.",
        {"id": "slug", "name": "short name", "description": "the question the topic asks"},
    ),
    "events": (
        "Things that happened, with their dates.",
        {
            "id": "slug starting with the date",
            "date": "partial dates (see Dates and their precision in docs/codebook.md)",
            "end_date": "partial dates (see Dates and their precision in docs/codebook.md)",
            "kind": "one of war, military, ceasefire, resolution, meeting, statement, diplomatic, recognition, "
            "visit, agreement, protest, publication, political, aid, disaster, institutional",
            "title": 'one-line title; an unverified memo claim says so ("(memo\'s claim)")',
            "summary": "what happened, in our words",
            "status": "verified, partial or unverified",
            "span_start": "generated, never edited (see Dates and their precision in docs/codebook.md)",
            "span_end": "generated, never edited (see Dates and their precision in docs/codebook.md)",
        },
    ),
    "event_actors": (
        "Who took part in an event and how; one row per actor and role (an actor may have two roles).",
        {
            "event_id": "the event",
            "actor_id": "the actor",
            "role": "one of initiator, target, mediator, signatory, supporter, opponent, subject, "
            "participant, author, recipient, host, location",
        },
    ),
    "positions": (
        "An actor's stance on a topic, over a period.",
        {
            "id": "slug, actor then topic",
            "actor_id": "who, and on what",
            "topic_id": "who, and on what",
            "stance": "one of supports, opposes, neutral, ambiguous",
            "date": "when the stance is attested (open ends: see Dates and their precision in docs/codebook.md)",
            "end_date": "when the stance is attested (open ends: see Dates and their precision in docs/codebook.md)",
            "summary": "the stance in our words, with its basis",
            "status": "verified, partial or unverified",
            "span_start": "generated, never edited",
            "span_end": "generated, never edited",
        },
    ),
    "relations": (
        "Ties between two actors over time: subject —predicate→ object, from date to end_date.",
        {
            "id": "slug",
            "subject_id": "the two actors (never the same)",
            "object_id": "the two actors (never the same)",
            "predicate": "one of member, permanent-member, elected-member, observer, chair, co-chair, "
            "presides, office-holder, ambassador-to, part-of, located-in, allied-with, supports, "
            "does-not-recognise, diplomatic-relations, founded, leads",
            "date": "when the tie held (open ends: see Dates and their precision in docs/codebook.md)",
            "end_date": "when the tie held (open ends: see Dates and their precision in docs/codebook.md)",
            "summary": "the tie in our words",
            "status": "verified, partial or unverified",
            "span_start": "generated, never edited",
            "span_end": "generated, never edited",
        },
    ),
    "errata": (
        "Where a source (so far always the memo) is wrong, outdated or unclear.",
        {
            "id": "slug",
            "source_id": "the source and place that err (ponars-704, '¶3')",
            "locator": "the source and place that err (ponars-704, '¶3')",
            "says": "what it says, as a short quotation in curly quotes",
            "correction": "what is right, or what could and could not be confirmed",
            "kind": "one of error, outdated, ambiguity, spelling, unverified",
        },
    ),
    "errata_records": (
        "Links an erratum to each record it concerns; exactly one of the four record columns is set.",
        {
            "erratum_id": "the erratum",
            "actor_id": "the record concerned (one of them)",
            "event_id": "the record concerned (one of them)",
            "position_id": "the record concerned (one of them)",
            "relation_id": "the record concerned (one of them)",
        },
    ),
    "citations": (
        "Which source backs which record.",
        {
            "source_id": "the source",
            "locator": "'¶N' for the memo; the source's URL for any other source",
            "actor_id": "the record it backs (exactly one)",
            "event_id": "the record it backs (exactly one)",
            "position_id": "the record it backs (exactly one)",
            "relation_id": "the record it backs (exactly one)",
            "erratum_id": "the record it backs (exactly one)",
            "note": "what it supports, when that needs saying",
        },
    ),
    "actor_names": (
        "Every way to name an actor, folded for lookup. One row per actor id, per actor name and per alias.",
        {
            "key": "the folded label: lower case, accents removed, punctuation and runs of spaces turned "
            "into one space (karabakh_cli.text.fold)",
            "actor_id": "the actor named",
            "label": "the label as written",
            "field": "where the label comes from: id (the actor's id), name (its name) or alias (a row of aliases)",
        },
    ),
    "event_spans": (
        "An R*Tree over each event's span, so a date window finds its events without reading every event "
        "before it. The event_spans_* tables are the R*Tree's own storage.",
        {
            "id": "the event's rowid in events",
            "first_day": "the first day the event may cover, as a day number (1 is 0001-01-01)",
            "last_day": "the last day the event may cover (its end date's, if any), as a day number",
        },
    ),
    "search_records": (
        "The full-text index behind kcli search: one row per actor, event, position, relation and "
        "erratum, indexed with SQLite FTS5 (tokenizer unicode61 remove_diacritics 2). The "
        "search_records_fts_* tables are FTS5's own storage.",
        {
            "type": "actor, event, position, relation or erratum",
            "record_id": "the record's id",
            "title": 'actor name; event title; "actor: topic" for a position; "subject predicate object" '
            "for a relation; says for an erratum",
            "body": "summary (for an actor, followed by its aliases); correction for an erratum",
        },
    ),
}


FACETS = {
    "actors": ["kind"],
    "aliases": ["kind"],
    "events": ["kind", "status"],
    "event_actors": ["role", "actor_id"],
    "positions": ["stance", "topic_id", "status"],
    "relations": ["predicate", "object_id", "status"],
    "sources": ["kind"],
    "citations": ["source_id"],
    "errata": ["kind", "source_id"],
    "search_records": ["type"],
}
LABEL_COLUMNS = {"actors": "name", "events": "title", "topics": "name", "sources": "title", "errata": "says"}
SORTS = {"events": "span_start", "positions": "actor_id", "relations": "subject_id", "search_records": "type"}


def _search_sql(types: Sequence[str]) -> str:
    """A canned query over the full-text index: every word of :q must match; 'word*' is a prefix.

    The words are quoted in SQL, as kcli search does in Python, so no input is an FTS syntax error."""
    kinds = ", ".join(f"'{kind}'" for kind in types)
    return f"""WITH RECURSIVE words(word, rest) AS (
  SELECT '', trim(replace(:q, char(9), ' ')) || ' '
  UNION ALL
  SELECT substr(rest, 1, instr(rest, ' ') - 1), ltrim(substr(rest, instr(rest, ' ') + 1))
  FROM words WHERE rest <> ''
),
query(text) AS (
  SELECT group_concat(
    CASE WHEN word LIKE '%_*' THEN '"' || replace(rtrim(word, '*'), '"', '""') || '"*'
         ELSE '"' || replace(word, '"', '""') || '"' END, ' ')
  FROM words WHERE word <> '' AND rtrim(word, '*') <> ''
)
SELECT r.type, r.record_id, r.title,
  snippet(search_records_fts, -1, '«', '»', '…', 16) AS snippet
FROM search_records_fts JOIN search_records r ON r.rowid = search_records_fts.rowid
WHERE search_records_fts MATCH coalesce((SELECT text FROM query), '""') AND r.type IN ({kinds})
ORDER BY search_records_fts.rank, r.type, r.record_id
LIMIT 100"""


def _council_sql(date: str) -> str:
    return f"""SELECT a.id, a.name, r.predicate, r.date, r.end_date, r.id AS relation_id
FROM relations r JOIN actors a ON a.id = r.subject_id
WHERE r.object_id = 'unsc' AND r.predicate IN ('permanent-member', 'elected-member')
  AND r.span_start <= {date} || '~' AND r.span_end >= {date}
ORDER BY r.predicate = 'elected-member', a.name"""


# The seven: members of the Non-Aligned Movement who held elected seats on the Council that day.
_NAM_SEVEN_SQL = """SELECT a.id, a.name, unsc.id AS council_seat, nam.id AS nam_membership
FROM actors a
JOIN relations unsc ON unsc.subject_id = a.id AND unsc.object_id = 'unsc' AND unsc.predicate = 'elected-member'
JOIN relations nam ON nam.subject_id = a.id AND nam.object_id = 'nam' AND nam.predicate IN ('member', 'chair')
WHERE unsc.span_start <= '2020-10-19' AND unsc.span_end >= '2020-10-19'
  AND nam.span_start <= '2020-10-19' AND nam.span_end >= '2020-10-19'
GROUP BY a.id
ORDER BY a.name"""

_PRECISION_SQL = """SELECT id, date, end_date,
  CASE length(date) WHEN 4 THEN 'year' WHEN 7 THEN 'month' ELSE 'day' END AS precision,
  kind, title, status
FROM events
WHERE (:precision = '' OR precision = :precision)
ORDER BY span_start, span_end, id"""


def _quote_identifier(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _quote_string(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def _matrix_sql(topic_ids: Sequence[str]) -> str:
    """Actors as rows, one column per topic: the latest stance, as kcli matrix shows it."""
    columns = "".join(
        f",\n  max(CASE WHEN topic_id = {_quote_string(topic)} THEN stance END) AS {_quote_identifier(topic)}"
        for topic in topic_ids
    )
    return f"""WITH latest AS (
  SELECT actor_id, topic_id, stance,
    row_number() OVER (PARTITION BY actor_id, topic_id ORDER BY span_start DESC, id DESC) AS n
  FROM positions
)
SELECT latest.actor_id, actors.name{columns}
FROM latest JOIN actors ON actors.id = latest.actor_id
WHERE n = 1
GROUP BY latest.actor_id
ORDER BY latest.actor_id"""


def canned_queries(topic_ids: Sequence[str]) -> dict[str, dict[str, str]]:
    """The canned queries shown on the database page, by URL name."""
    return {
        "search": {
            "title": "Search actors and events",
            "description": "Full-text search over actors (with their aliases) and events. Every word must match;"
            " end a word with * for a prefix (ceasefi*). The search_records table searches every kind of record.",
            "sql": _search_sql(("actor", "event")),
            "hide_sql": True,
        },
        "nam-members-on-the-council-2020-10-19": {
            "title": "The seven NAM members on the Security Council, 19 October 2020",
            "description": "Elected members of the UN Security Council on 19 October 2020 that were also members"
            " of the Non-Aligned Movement: the seven who blocked a Council statement on Nagorno-Karabakh.",
            "sql": _NAM_SEVEN_SQL,
        },
        "security-council": {
            "title": "The Security Council on a date",
            "description": "The fifteen members on a date (2020-10-19), or all who sat in a month (2020-10) or"
            " year (2020): permanent members first.",
            "sql": _council_sql(":date"),
        },
        "stance-matrix": {
            "title": "Stance matrix",
            "description": "Actors as rows, topics as columns: each actor's latest stance on each topic"
            " (supports, opposes, neutral, ambiguous; empty where none is recorded).",
            "sql": _matrix_sql(topic_ids),
            "hide_sql": True,
        },
        "events-by-precision": {
            "title": "Events with their date precision",
            "description": "Events with the precision of their date (day, month or year), which follows from the"
            " date's shape. Give precision (day, month, year) to keep one, or leave it empty for all.",
            "sql": _PRECISION_SQL,
        },
    }


def build_metadata(topic_ids: Sequence[str]) -> dict[str, Any]:
    """Datasette metadata: title, description, source and licence, every table and column described,
    facets, full-text search on search_records, and the canned queries."""
    tables: dict[str, dict[str, Any]] = {}
    for table, (description, columns) in TABLES.items():
        entry: dict[str, Any] = {"description": description, "columns": dict(columns)}
        if table in FACETS:
            entry["facets"] = list(FACETS[table])
        if table in LABEL_COLUMNS:
            entry["label_column"] = LABEL_COLUMNS[table]
        if table in SORTS:
            entry["sort"] = SORTS[table]
        tables[table] = entry
    tables["search_records"].update({"fts_table": "search_records_fts", "fts_pk": "rowid", "searchmode": "escaped"})
    return {
        "title": TITLE,
        "description": DESCRIPTION,
        "license": LICENSE,
        "license_url": LICENSE_URL,
        "source": SOURCE,
        "source_url": SOURCE_URL,
        "databases": {
            DATABASE: {
                "description": DESCRIPTION,
                "tables": tables,
                "queries": canned_queries(topic_ids),
            }
        },
    }


# The facets above are chosen; Datasette's suggestions would mostly offer the date columns.
SETTINGS = {"default_page_size": 50, "sql_time_limit_ms": 3000, "max_returned_rows": 2000, "suggest_facets": False}


def require_datasette() -> None:
    """Raise KcliError with the install command when Datasette is not installed."""
    try:
        import datasette  # noqa: F401
    except ImportError as error:
        raise KcliError(
            f"kcli browse needs Datasette, which is not installed; install it with: {INSTALL_HINT}"
        ) from error


def make_datasette(path: Path, metadata: dict[str, Any]) -> Any:
    """A Datasette app over the file at path, opened immutable, served as /kcli whatever its name."""
    require_datasette()
    from datasette.app import Datasette
    from datasette.database import Database

    app = Datasette(metadata=metadata, settings=SETTINGS)
    # Datasette adds an in-memory database when given no files; this one is given its file below.
    if "_memory" in app.databases:
        app.remove_database("_memory")
    app.add_database(Database(app, path=str(path.resolve()), is_mutable=False), name=DATABASE)
    return app


def check_port(port: int) -> None:
    """Raise KcliError if the port cannot be listened on at HOST (busy, or not allowed)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        try:
            probe.bind((HOST, port))
        except OSError as error:
            raise KcliError(f"cannot listen on {HOST}:{port} ({error.strerror}); choose another with --port") from error


def url(port: int) -> str:
    """Where the served database is."""
    return f"http://{HOST}:{port}/{DATABASE}"


def serve(path: Path, metadata: dict[str, Any], port: int) -> None:
    """Serve the database until interrupted (Ctrl-C)."""
    import uvicorn

    app = make_datasette(path, metadata)
    uvicorn.run(app.app(), host=HOST, port=port, log_level="warning", lifespan="on")
