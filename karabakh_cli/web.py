"""Serve the database in Datasette, read-only, with descriptions, facets, search and canned queries.

Datasette is an optional extra (pip install 'karabakh-cli[web]'): it is imported only when a server is made,
and build_metadata needs nothing beyond the standard library, so the metadata can be printed and
tested without it."""

import socket
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from karabakh_cli.codebook import TABLES
from karabakh_cli.errors import KcliError
from karabakh_cli.kinds import KINDS

HOST = "127.0.0.1"
DEFAULT_PORT = 8001
# The name the database is served under, whatever its file is called: URLs stay /kcli/actors.
DATABASE = "kcli"
# The distribution is karabakh-cli: "kcli" on the public package index is someone else's tool.
DISTRIBUTION = "karabakh-cli"


def install_hint() -> str:
    """How to add Datasette, said the way kcli itself was installed (pipx or pip)."""
    import sys

    if "pipx" in Path(sys.prefix).parts or "pipx" in sys.prefix:
        return f"pipx inject {DISTRIBUTION} datasette"
    return f"pip install '{DISTRIBUTION}[web]'"


INSTALL_HINT = install_hint()

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

# The tables that are not record kinds; the record kinds declare their own (karabakh_cli/kinds.py).
FACETS = {
    "aliases": ["kind"],
    "event_actors": ["role", "actor_id"],
    "sources": ["kind"],
    "citations": ["record_type", "source_id"],
    "errata_records": ["record_type"],
    "search_records": ["type"],
    **{kind.table: list(kind.facets) for kind in KINDS if kind.facets},
}
LABEL_COLUMNS = {
    "topics": "name",
    "sources": "title",
    **{kind.table: kind.label_column for kind in KINDS if kind.label_column},
}
SORTS = {"search_records": "type", **{kind.table: kind.sort for kind in KINDS if kind.sort}}


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
