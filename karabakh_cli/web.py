"""Serve the database in Datasette, read-only, with descriptions, facets, search and canned queries.

Datasette is an optional extra (pip install 'karabakh-cli[web]'): it is imported only when a server is made,
and build_metadata needs nothing beyond the standard library, so the metadata can be printed and
tested without it."""

import html
import io
import socket
import sys
from collections.abc import Awaitable, Callable, Sequence
from pathlib import Path
from typing import Any

from karabakh_cli.codebook import TABLES
from karabakh_cli.errors import KcliError
from karabakh_cli.guard import DENIED_FUNCTIONS, denied_call, limit
from karabakh_cli.kinds import KINDS
from karabakh_cli.text import safe

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

TITLE = "kcli: the Nagorno-Karabakh conflict, 1988-2025, and its diplomacy"
DESCRIPTION = (
    "An offline, cited reference to the Nagorno-Karabakh conflict, centred on the 44-day war of 27 September -"
    " 10 November 2020, from 1988 to 2025: every state and the blocs it belonged to, events, stances, recorded"
    " votes, sources and errata. Every record cites its sources (see the citations table); where a source is"
    " wrong, the errata table says so."
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

    The words are quoted in SQL, as kcli search does in Python, so no input is an FTS syntax error; a word
    given twice counts once (a*, 32 times, took a second)."""
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
  FROM (SELECT DISTINCT word FROM words WHERE word <> '' AND rtrim(word, '*') <> '')
)
SELECT r.type, r.record_id, r.title,
  snippet(search_records_fts, -1, '«', '»', '…', 16) AS snippet
FROM search_records_fts JOIN search_records r ON r.rowid = search_records_fts.rowid
WHERE search_records_fts MATCH coalesce((SELECT text FROM query), '""') AND r.type IN ({kinds})
ORDER BY search_records_fts.rank, r.type, r.record_id
LIMIT 100"""


def _council_sql(date: str) -> str:
    return f"""SELECT a.id AS actor_id, a.name, r.predicate, r.date, r.end_date, r.id AS relation_id
FROM relations r JOIN actors a ON a.id = r.subject_id
WHERE r.object_id = 'unsc' AND r.predicate IN ('permanent-member', 'elected-member')
  AND r.span_start <= {date} || '~' AND r.span_end >= {date}
ORDER BY r.predicate = 'elected-member', a.name"""


# The seven: members of the Non-Aligned Movement who held elected seats on the Council that day.
_NAM_SEVEN_SQL = """SELECT a.id AS actor_id, a.name, unsc.id AS council_seat, nam.id AS nam_membership
FROM actors a
JOIN relations unsc ON unsc.subject_id = a.id AND unsc.object_id = 'unsc' AND unsc.predicate = 'elected-member'
JOIN relations nam ON nam.subject_id = a.id AND nam.object_id = 'nam' AND nam.predicate IN ('member', 'chair')
WHERE unsc.span_start <= '2020-10-19' AND unsc.span_end >= '2020-10-19'
  AND nam.span_start <= '2020-10-19' AND nam.span_end >= '2020-10-19'
GROUP BY a.id
ORDER BY a.name"""

_PRECISION_SQL = """SELECT id AS event_id, date, end_date,
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


def canned_queries(topic_ids: Sequence[str]) -> dict[str, dict[str, str | bool]]:
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


# The R*Tree over event spans keeps its nodes in tables of its own (FTS5's are hidden by Datasette).
SHADOW_TABLES = ("event_spans", "event_spans_node", "event_spans_parent", "event_spans_rowid")
# Where the codebook is served, from the copy inside the package.
CODEBOOK_PATH = "/-/codebook"
# In the results of canned queries, the columns that name a record, and the table it is a row of (the
# search query's record_id names a row of the table of its type).
COLUMN_LINKS = {
    "actor_id": "actors",
    "event_id": "events",
    "relation_id": "relations",
    "council_seat": "relations",
    "nam_membership": "relations",
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
    for shadow in SHADOW_TABLES:  # the R*Tree's own storage: nothing a reader looks up
        tables.setdefault(shadow, {})["hidden"] = True
    return {
        "title": TITLE,
        "description": DESCRIPTION,
        "license": LICENSE,
        "license_url": LICENSE_URL,
        "source": SOURCE,
        "source_url": SOURCE_URL,
        "databases": {
            DATABASE: {
                "description_html": f"{html.escape(DESCRIPTION)} What every table, column and value means:"
                f' <a href="{CODEBOOK_PATH}">the codebook</a>.',
                "tables": tables,
                "queries": canned_queries(topic_ids),
            }
        },
    }


# The facets above are chosen; Datasette's suggestions would mostly offer the date columns. A request may
# not ask for facets of its own (allow_facet): one GET with _facet=summary a thousand times ran 76 s, made
# a 600 MB page and took the server to 4 GB.
SETTINGS = {
    "default_page_size": 50,
    "sql_time_limit_ms": 3000,
    "max_returned_rows": 2000,
    "suggest_facets": False,
    "allow_facet": False,
}
# What one request may ask for. The query string is bounded (the longest link the view itself makes is
# far shorter), and so is a full-text search, in words as FTS5 counts them: SQLite runs a MATCH as one
# call, which Datasette's time limit (checked between SQLite's steps) cannot stop, and "a " 8,000 times
# ran 27 s past it. kcli search keeps as many words (search.MAX_WORDS).
MAX_QUERY_STRING = 4096
MAX_SEARCH_WORDS = 32

# The largest string or blob a served query may make or read. Smaller than kcli's own cap: Datasette runs
# queries in threads, where nothing can stop one long function call, and instr() on two strings of this
# size takes well under a second (at 1 MB, about 6 s). The shipped data's longest value is about 4 KB.
WEB_LENGTH_LIMIT = 200_000
# Names a browser may use for a server on this machine only. Any other Host header is refused, so a web
# page the user visits cannot reach the server through DNS rebinding. A server opened to others (--host
# 0.0.0.0, or an address of the network) answers whatever name they use for it.
ALLOWED_HOSTS = {"localhost", "127.0.0.1"}
# kcli browse only reads: no request needs another method.
ALLOWED_METHODS = {"GET", "HEAD"}


def require_datasette() -> None:
    """Raise KcliError with the install command when Datasette is not installed."""
    try:
        import datasette  # noqa: F401
    except ImportError as error:
        raise KcliError(
            f"kcli browse needs Datasette, which is not installed; install it with: {INSTALL_HINT}"
        ) from error


def make_datasette(path: Path, metadata: dict[str, Any], allow_sql: bool = False) -> Any:
    """A Datasette app over the file at path, opened immutable, served as /kcli whatever its name.

    Arbitrary SQL (the query box, ?sql=, _where=) is off unless allow_sql; canned queries always work.
    Every connection gets kcli's limits, and errors are Datasette's error pages, never tracebacks."""
    require_datasette()
    from datasette.app import Datasette
    from datasette.database import Database

    _register_plugin()
    app = Datasette(metadata=metadata, settings={**SETTINGS, "default_allow_sql": allow_sql})
    # Datasette adds an in-memory database when given no files; this one is given its file below.
    if "_memory" in app.databases:
        app.remove_database("_memory")
    app.add_database(Database(app, path=str(path.resolve()), is_mutable=False), name=DATABASE)
    return app


def check_port(port: int, host: str = HOST) -> None:
    """Raise KcliError if the port cannot be listened on at host (busy, not allowed, or no such address);
    host is an IPv4 or IPv6 address or a name."""
    try:
        family = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE)[0][0]
        with socket.socket(family, socket.SOCK_STREAM) as probe:
            probe.bind((host, port))
    except (OSError, UnicodeError) as error:
        reason = getattr(error, "strerror", None) or str(error)
        raise KcliError(
            f"cannot listen on {safe(host, one_line=True)}:{port} ({reason}); choose another with --host or --port"
        ) from error


def _is_ipv6(host: str) -> bool:
    return ":" in host


# The addresses that mean every address of this machine, and the one a browser here reaches them by
# (browsers refuse 0.0.0.0 itself more and more).
WILDCARDS = {"0.0.0.0": "127.0.0.1", "::": "::1"}


def url(port: int, host: str = HOST) -> str:
    """Where a browser on this machine finds the served database (an IPv6 address in brackets)."""
    host = WILDCARDS.get(host, host)
    return f"http://{f'[{host}]' if _is_ipv6(host) else host}:{port}/{DATABASE}"


def local_to_this_machine(host: str) -> bool:
    """True when only this machine can reach a server listening on host (a loopback address or name)."""
    import ipaddress

    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return host.lower() == "localhost"


def allowed_hosts(host: str) -> set[str] | None:
    """The Host headers a server listening on host answers; None for any (a server opened to others)."""
    if not local_to_this_machine(host):
        return None
    return {*ALLOWED_HOSTS, f"[{host.lower()}]" if _is_ipv6(host) else host.lower()}


def guarded_app(datasette: Any, host: str = HOST) -> "ASGIApp":
    """Datasette's ASGI app behind kcli's guards: the Host check for a server on this machine, only GET and
    HEAD, and a bounded cost for every request."""
    return local_only(bounded(datasette.app()), allowed_hosts(host))


def serve(path: Path, metadata: dict[str, Any], port: int, allow_sql: bool = False, host: str = HOST) -> None:
    """Serve the database until interrupted; Ctrl-C raises KeyboardInterrupt once the server has stopped."""
    import signal

    import uvicorn

    app = make_datasette(path, metadata, allow_sql=allow_sql)
    config = uvicorn.Config(
        guarded_app(app, host),
        host=host,
        port=port,
        log_level="warning",
        lifespan="on",
        access_log=False,
    )
    server = uvicorn.Server(config)
    interrupted: list[int] = []
    previous = signal.getsignal(signal.SIGINT)

    def on_interrupt(signum: int, frame: Any) -> None:
        interrupted.append(signum)
        server.should_exit = True

    server.capture_signals = _no_signal_capture  # type: ignore[method-assign]  # ours are installed here
    signal.signal(signal.SIGINT, on_interrupt)
    # Datasette logs a failed query's SQLite message, which may quote the query's text, to stderr.
    real_stderr, sys.stderr = sys.stderr, EscapedStream(sys.stderr)
    try:
        server.run()
    finally:
        sys.stderr = real_stderr
        signal.signal(signal.SIGINT, previous)
    if interrupted:
        raise KeyboardInterrupt


def _no_signal_capture() -> Any:
    import contextlib

    return contextlib.nullcontext()


ASGIApp = Callable[[dict, Callable[[], Awaitable[dict]], Callable[[dict], Awaitable[None]]], Awaitable[None]]


def local_only(app: ASGIApp, allowed: set[str] | None = ALLOWED_HOSTS) -> ASGIApp:
    """ASGI middleware: answer only requests addressed to this machine by name (Host localhost or
    127.0.0.1, any port; any Host when allowed is None) and only GET and HEAD; anything else gets a short
    400 or 405 page."""

    async def guarded(scope: dict, receive: Callable[[], Awaitable[dict]], send: Callable[[dict], Awaitable[None]]):
        if scope["type"] not in ("http", "websocket"):
            return await app(scope, receive, send)
        if allowed is not None and _host(scope) not in allowed:
            return await _reply(send, 400, "Bad Request: kcli browse answers only requests for localhost\n")
        if scope["type"] == "http" and scope.get("method") not in ALLOWED_METHODS:
            return await _reply(send, 405, "Method Not Allowed: kcli browse only reads\n", allow="GET, HEAD")
        return await app(scope, receive, send)

    return guarded


def _host(scope: dict) -> str | None:
    values = [value for name, value in scope.get("headers", []) if name.lower() == b"host"]
    if len(values) != 1:
        return None
    host = values[0].decode("latin-1").strip().lower()
    if host.startswith("["):  # [::1]:8001: an IPv6 address, then the port
        address, bracket, port = host.partition("]")
        has_port = port.startswith(":") and port[1:].isdigit()
        return address + bracket if bracket and (port == "" or has_port) else host
    return host.rsplit(":", 1)[0] if host.count(":") == 1 else host


# The parameters Datasette runs a full-text search with: ?_search= and ?_search_<column>= on a table, and
# the canned search query's q.
def _is_search(name: str) -> bool:
    return name == "q" or (name.startswith("_search") and name != "_searchmode")


# The parameters that carry SQL of the user's own (with --sql). Such SQL may not name the full-text index
# (every name of it holds "_fts"): it could build a MATCH of thousands of words in SQL, one call that runs
# past every time limit (16,000 words ran 4.9 s, 32,000 words 12.3 s, with the 3 s limit set).
SQL_PARAMETERS = ("sql", "_where")


def bounded(app: ASGIApp) -> ASGIApp:
    """ASGI middleware: refuse a request whose query string is longer than MAX_QUERY_STRING bytes (414),
    whose search has more than MAX_SEARCH_WORDS words, or whose SQL names the full-text index (400); send
    ?_search= on a table that has no full-text index to the search over every record, rather than let
    Datasette ignore it."""

    async def bounded_app(scope: dict, receive: Callable[[], Awaitable[dict]], send: Callable[[dict], Awaitable[None]]):
        if scope["type"] != "http":
            return await app(scope, receive, send)
        query = scope.get("query_string", b"")
        if len(query) > MAX_QUERY_STRING:
            return await _reply(send, 414, f"URI Too Long: kcli browse takes at most {MAX_QUERY_STRING} bytes"
                                 " of query string\n")  # fmt: skip
        from urllib.parse import parse_qsl

        parameters = parse_qsl(query.decode("latin-1"), keep_blank_values=True)
        if any(_is_search(name) and _too_many_words(value) for name, value in parameters):
            return await _reply(send, 400, f"Bad Request: a search takes at most {MAX_SEARCH_WORDS} words\n")
        if any(name in SQL_PARAMETERS and "_fts" in value.casefold() for name, value in parameters):
            return await _reply(send, 400, "Bad Request: SQL of your own may not read the full-text index; search"
                                " with ?_search= or the search query\n")  # fmt: skip
        moved = _search_elsewhere(scope.get("path", ""), parameters)
        if moved is not None:
            return await _reply(send, 302, f"Found: {moved}\n", location=moved)
        return await app(scope, receive, send)

    return bounded_app


def _too_many_words(text: str) -> bool:
    """True when FTS5 would read more than MAX_SEARCH_WORDS words in text (it splits at anything that is
    not a letter or digit, so a,a,a is three)."""
    import re

    return len(re.findall(r"[^\W_]+", text)) > MAX_SEARCH_WORDS  # text is short: the query string is bounded


# The tables full-text search works on (metadata's fts_table, and the index itself).
SEARCHABLE = ("search_records", "search_records_fts")


def _search_elsewhere(path: str, parameters: list[tuple[str, str]]) -> str | None:
    """For ?_search= on a table without a full-text index: the same search over search_records, kept to
    the table's kind of record (events: type=event) when it is one; None for any other request."""
    from urllib.parse import quote, urlencode

    prefix = f"/{DATABASE}/"
    table, dot, extension = path[len(prefix) :].partition(".") if path.startswith(prefix) else ("", "", "")
    searches = [(name, value) for name, value in parameters if name == "_search"]
    if not table or "/" in table or not searches or table in SEARCHABLE or extension not in ("", "json", "csv"):
        return None
    kind = next((kind.name for kind in KINDS if kind.table == table and kind.search_sql), None)
    kept = [("_search", searches[0][1]), *([("type", kind)] if kind else [])]
    return f"{prefix}search_records{dot}{extension}?{urlencode(kept, quote_via=quote)}"


async def _reply(
    send: Callable[[dict], Awaitable[None]], status: int, text: str, allow: str | None = None, location: str = ""
) -> None:
    headers = [(b"content-type", b"text/plain; charset=utf-8")]
    if allow:
        headers.append((b"allow", allow.encode()))
    if location:
        headers.append((b"location", location.encode()))
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": text.encode()})


_PLUGIN_NAME = "karabakh_cli.web"
# Functions a served query may not call: extensions and files, and printf() (format()), whose one call
# with a huge width runs for seconds below the length cap, where the time limit cannot reach it.
SERVED_DENIED_FUNCTIONS = DENIED_FUNCTIONS | {"printf", "format"}


def _authorize_served(action: int, arg1: str | None, arg2: str | None, _db: str | None, _trigger: object) -> int:
    import sqlite3

    return sqlite3.SQLITE_DENY if denied_call(action, arg2, SERVED_DENIED_FUNCTIONS) else sqlite3.SQLITE_OK


def _register_plugin() -> None:
    """Add kcli's hooks to Datasette (once per process) and drop its default error handler, which prints
    a traceback with the local variables on the terminal for every error."""
    from datasette import hookimpl
    from datasette.plugins import pm

    class KcliHooks:
        """Every connection limited like kcli's own; errors shown as pages, never as tracebacks; column
        descriptions folded; ids in canned queries linked to their rows; the codebook served."""

        @staticmethod
        @hookimpl
        def extra_body_script() -> str:
            return FOLD_COLUMN_DESCRIPTIONS

        @staticmethod
        @hookimpl
        def render_cell(row: Any, value: Any, column: str, table: str | None, database: str) -> Any:
            return _open_date(value, column) or _query_link(row, value, column, table, database)

        @staticmethod
        @hookimpl
        def register_routes() -> list:
            return [(r"^/-/codebook$", _codebook_page)]

        @staticmethod
        @hookimpl
        def prepare_connection(conn: Any) -> None:
            limit(conn, WEB_LENGTH_LIMIT)
            conn.set_authorizer(_authorize_served)

        @staticmethod
        @hookimpl
        def handle_exception(datasette: Any, request: Any, exception: Exception) -> Any:
            return _error_page(datasette, request, exception)

    if pm.get_plugin(_PLUGIN_NAME) is None:
        pm.register(KcliHooks, name=_PLUGIN_NAME)
    if pm.get_plugin("datasette.handle_exception") is not None:
        pm.unregister(name="datasette.handle_exception")


def _error_page(datasette: Any, request: Any, exception: Exception) -> Callable[[], Awaitable[Any]]:
    """Datasette's error page (or JSON) for exception, as its default handler makes it, minus the traceback:
    an unexpected error is one escaped line on stderr."""

    async def page() -> Any:
        from datasette import Response
        from datasette.utils.asgi import Base400
        from datasette.views.base import DatasetteError
        from markupsafe import Markup

        title = None
        info: dict[str, Any] = {}
        if isinstance(exception, Base400):
            status, message = exception.status, exception.args[0]
        elif isinstance(exception, DatasetteError):
            status, info, message, title = (
                exception.status,
                dict(exception.error_dict),
                exception.message,
                exception.title,
            )
            if exception.message_is_html:
                message = Markup(message)
        else:
            status, message = 500, str(exception)
            failure = f"{request.path}: {type(exception).__name__}: {exception}"
            print(f"kcli browse: error: {safe(failure, one_line=True)}", file=sys.stderr)
        info.update({"ok": False, "error": message, "status": status, "title": title})
        if request.path.split("?")[0].endswith(".json"):
            return Response.json(info, status=status)
        template = datasette.jinja_env.select_template([f"{status}.html", "error.html"])
        context = dict(info, urls=datasette.urls, app_css_hash=datasette.app_css_hash(), menu_links=lambda: [])
        return Response.html(await template.render_async(context), status=status)

    return page


# Column descriptions fold into a <details>, so a table's rows show on the first screen.
FOLD_COLUMN_DESCRIPTIONS = """
document.querySelectorAll("dl.column-descriptions").forEach(function (list) {
  var fold = document.createElement("details");
  var label = document.createElement("summary");
  label.textContent = "What each column means (" + list.querySelectorAll("dt").length + " columns)";
  list.parentNode.insertBefore(fold, list);
  fold.appendChild(label);
  fold.appendChild(list);
});
"""


# The span columns hold a date for every record, so that they sort and compare: a record with no start
# date starts at dates.BEGINNING and one with no end ends at dates.EVER. Those are no dates to show.
SPAN_COLUMNS = {
    "span_start": "no start date recorded",
    "span_end": "no end date recorded",
    "sort_day": "no date recorded",
}


def _open_date(value: Any, column: str) -> Any:
    """A dash, with a tooltip saying why, in place of a span column's stand-in date; None for any other."""
    from karabakh_cli.dates import BEGINNING, EVER

    if column not in SPAN_COLUMNS or value not in (BEGINNING, EVER):
        return None
    from markupsafe import Markup, escape

    return Markup(f'<span title="{escape(SPAN_COLUMNS[column])}">–</span>')


def _query_link(row: Any, value: Any, column: str, table: str | None, database: str) -> Any:
    """In a canned query's results (no table), an id that names a record links to its row."""
    if table is not None or database != DATABASE or not isinstance(value, str):
        return None
    target = COLUMN_LINKS.get(column)
    if column == "record_id" and "type" in row.keys():  # noqa: SIM118 (a sqlite3.Row has no __contains__ for keys)
        target = next((kind.table for kind in KINDS if kind.name == row["type"]), None)
    if target is None:
        return None
    from urllib.parse import quote

    from markupsafe import Markup, escape

    return Markup(f'<a href="/{DATABASE}/{target}/{quote(value, safe="")}">{escape(value)}</a>')


def codebook_text() -> str | None:
    """The codebook: the copy inside the package (wheels), or docs/codebook.md beside a checkout."""
    here = Path(__file__).resolve().parent
    for candidate in (here / "codebook.md", here.parent / "docs" / "codebook.md"):
        if candidate.is_file():
            return candidate.read_text(encoding="utf-8")
    return None


async def _codebook_page(request: Any) -> Any:
    from datasette.utils.asgi import Response

    text = codebook_text()
    if text is None:
        return Response.text("The codebook is not installed with this copy of kcli.", status=404)
    return Response.text(text)


class EscapedStream(io.TextIOBase):
    """A text stream that writes through text.safe(): lines stay lines, control characters are shown."""

    def __init__(self, target: Any) -> None:
        super().__init__()
        self.target = target

    def write(self, text: str) -> int:
        self.target.write(safe(text))
        return len(text)

    def flush(self) -> None:
        self.target.flush()
