"""kcli browse: the Datasette metadata, and the pages Datasette serves with it.

The metadata tests need only the standard library; the page tests use Datasette's own test client and
are skipped where Datasette (the web extra) is not installed."""

import asyncio
import json
import os
import socket
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

from karabakh_cli.db import connect
from karabakh_cli.errors import KcliError
from karabakh_cli.queries import list_topics
from karabakh_cli.web import DATABASE, FACETS, INSTALL_HINT, LABEL_COLUMNS, SORTS, TABLES, build_metadata, check_port


@pytest.fixture(scope="module")
def metadata(fresh_db: Path) -> dict:
    conn = connect(fresh_db)
    try:
        return build_metadata([topic.id for topic in list_topics(conn)])
    finally:
        conn.close()


def _tables_and_columns(path: Path) -> dict[str, set[str]]:
    """Every table a user sees in Datasette, with its columns: not the FTS index, nor the shadow tables
    of the FTS index and the R*Tree."""
    conn = connect(path)
    try:
        names = [
            row[0]
            for row in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE '%_fts%'"
                " AND name NOT GLOB 'event_spans_*'"
            )
        ]
        return {
            name: {row[0] for row in conn.execute("SELECT name FROM pragma_table_xinfo(?)", (name,))} for name in names
        }
    finally:
        conn.close()


# --- metadata ----------------------------------------------------------------------------------


def test_every_table_and_column_is_described(fresh_db: Path) -> None:
    described = {table: set(columns) for table, (_, columns) in TABLES.items()}
    assert described == _tables_and_columns(fresh_db)
    assert all(description.endswith(".") for description, _ in TABLES.values())
    assert all(text.strip() for _, columns in TABLES.values() for text in columns.values())


def test_facets_labels_and_sorts_name_real_columns(fresh_db: Path) -> None:
    columns = _tables_and_columns(fresh_db)
    assert all(set(facets) <= columns[table] for table, facets in FACETS.items())
    assert all(column in columns[table] for table, column in {**LABEL_COLUMNS, **SORTS}.items())
    assert FACETS["actors"] == ["kind", "region", "subregion"]
    assert "stance" in FACETS["positions"] and "topic_id" in FACETS["positions"]


def test_metadata_has_title_source_licence_and_search(metadata: dict) -> None:
    assert metadata["title"].startswith("kcli")
    assert {"description", "source", "source_url", "license", "license_url"} <= set(metadata)
    tables = metadata["databases"][DATABASE]["tables"]
    assert tables["search_records"]["fts_table"] == "search_records_fts"
    assert tables["search_records"]["fts_pk"] == "rowid"


def test_metadata_source_is_the_memo_in_the_sources_table(metadata: dict, fresh_db: Path) -> None:
    conn = connect(fresh_db)
    try:
        urls = {row[0] for row in conn.execute("SELECT url FROM sources WHERE kind = 'memo'")}
    finally:
        conn.close()
    assert metadata["source_url"] in urls


def test_stance_matrix_has_a_column_per_topic(metadata: dict) -> None:
    sql = metadata["databases"][DATABASE]["queries"]["stance-matrix"]["sql"]
    assert '"territorial-integrity-azerbaijan"' in sql and '"recognition-of-artsakh"' in sql


def test_a_busy_port_is_refused_with_a_hint() -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        with pytest.raises(KcliError, match=f"cannot listen on 127.0.0.1:{port} .*; choose another with --host"):
            check_port(port)


# --- the command, with or without Datasette -------------------------------------------------------


def test_browse_without_datasette_says_how_to_get_it(kcli, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "datasette", None)  # makes `import datasette` fail
    result = kcli("browse")
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr == (
        f"kcli: error: kcli browse needs Datasette, which is not installed; install it with: {INSTALL_HINT}\n"
    )


def test_browse_print_metadata_needs_no_datasette(kcli, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "datasette", None)
    result = kcli("browse", "--print-metadata")
    assert result.exit_code == 0, result.stderr
    printed = json.loads(result.stdout)
    assert sorted(printed["databases"][DATABASE]["queries"]) == [
        "events-by-precision",
        "nam-members-on-the-council-2020-10-19",
        "search",
        "security-council",
        "stance-matrix",
    ]


# --- pages, through Datasette's test client ------------------------------------------------------


@pytest.fixture
def datasette(fresh_db: Path, metadata: dict):
    pytest.importorskip("datasette")
    from karabakh_cli.web import make_datasette

    server = make_datasette(fresh_db, metadata)
    yield server
    for database in server.databases.values():
        database.close()


def _get(server, *paths: str) -> list:
    """Fetch paths in one event loop; each response has .status_code, .text and .json()."""

    async def fetch() -> list:
        return [await server.client.get(path) for path in paths]

    return asyncio.run(fetch())


def _rows(server, path: str) -> list[dict]:
    (response,) = _get(server, path + ("&" if "?" in path else "?") + "_shape=array")
    assert response.status_code == 200, response.text
    return response.json()


def test_the_database_is_served_immutable_as_kcli(datasette) -> None:
    assert [name for name in datasette.databases if name != "_internal"] == [DATABASE]
    assert datasette.databases[DATABASE].is_mutable is False


def test_index_and_database_pages_show_title_tables_and_queries(datasette) -> None:
    index, database = _get(datasette, "/", f"/{DATABASE}")
    assert index.status_code == database.status_code == 200
    assert "kcli: the Second Nagorno-Karabakh War (2020)" in index.text
    assert "The seven NAM members on the Security Council, 19 October 2020" in database.text
    assert "Search actors and events" in database.text


def test_actor_table_page_describes_columns_and_facets_by_kind(datasette) -> None:
    (page,) = _get(datasette, f"/{DATABASE}/actors")
    assert page.status_code == 200
    assert TABLES["actors"][0] in page.text
    assert "ISO 3166-1 alpha-3 code" in page.text
    assert "Data source:" in page.text and "Data license:" in page.text
    (data,) = _get(datasette, f"/{DATABASE}/actors.json")
    facets = data.json()["facet_results"]
    assert "kind" in facets
    assert any(value["value"] == "state" for value in facets["kind"]["results"])


def test_actor_page_shows_the_actor(datasette) -> None:
    (page,) = _get(datasette, f"/{DATABASE}/actors/pakistan")
    assert page.status_code == 200
    assert "Pakistan" in page.text
    assert "Links from other tables" in page.text


def test_positions_facet_by_stance_and_topic(datasette) -> None:
    (data,) = _get(datasette, f"/{DATABASE}/positions.json")
    assert {"stance", "topic_id"} <= set(data.json()["facet_results"])


def test_search_box_finds_events_in_search_records(datasette) -> None:
    (page,) = _get(datasette, f"/{DATABASE}/search_records?_search=ceasefire&type=event")
    assert page.status_code == 200
    assert 'name="_search" value="ceasefire"' in page.text
    rows = _rows(datasette, f"/{DATABASE}/search_records.json?_search=ceasefire&type=event")
    assert "2020-10-10-moscow-ceasefire" in {row["record_id"] for row in rows}
    assert {row["type"] for row in rows} == {"event"}


def test_search_query_finds_actors_and_events_by_prefix(datasette) -> None:
    rows = _rows(datasette, f"/{DATABASE}/search.json?q=ceasefi*")
    found = {(row["type"], row["record_id"]) for row in rows}
    assert ("event", "2020-10-10-moscow-ceasefire") in found
    assert ("actor", "united-states") in found
    assert {row["type"] for row in rows} <= {"actor", "event"}


def test_search_query_matches_aliases_and_ignores_accents(datasette) -> None:
    rows = _rows(datasette, f"/{DATABASE}/search.json?q=ulgen")
    assert ("actor", "elif-comoglu-ulgen") in {(row["type"], row["record_id"]) for row in rows}


@pytest.mark.parametrize("text", ["", "   ", '"unbalanced', "AND OR NOT", "*", "a:b (c"])
def test_search_query_never_fails_on_odd_input(datasette, text: str) -> None:
    (response,) = _get(datasette, f"/{DATABASE}/search.json?_shape=array&q={urllib.parse.quote(text)}")
    assert response.status_code == 200, response.text


def test_canned_query_names_the_seven_nam_members_on_the_council(datasette) -> None:
    rows = _rows(datasette, f"/{DATABASE}/nam-members-on-the-council-2020-10-19.json")
    assert [row["actor_id"] for row in rows] == [
        "dominican-republic",
        "indonesia",
        "niger",
        "saint-vincent-and-the-grenadines",
        "south-africa",
        "tunisia",
        "vietnam",
    ]


def test_canned_query_gives_the_council_on_a_date(datasette) -> None:
    rows = _rows(datasette, f"/{DATABASE}/security-council.json?date=2020-10-19")
    assert len(rows) == 15
    assert [row["actor_id"] for row in rows[:5]] == ["china", "france", "russia", "united-kingdom", "united-states"]
    assert {"estonia", "germany", "niger"} <= {row["actor_id"] for row in rows}


def test_canned_query_council_in_a_year_has_everyone_who_sat(datasette) -> None:
    day = {row["actor_id"] for row in _rows(datasette, f"/{DATABASE}/security-council.json?date=2021-06-01")}
    year = {row["actor_id"] for row in _rows(datasette, f"/{DATABASE}/security-council.json?date=2021")}
    assert "germany" not in day and "estonia" in day
    assert day <= year


def test_canned_stance_matrix_has_a_row_per_actor_and_a_column_per_topic(datasette, metadata: dict) -> None:
    rows = _rows(datasette, f"/{DATABASE}/stance-matrix.json")
    by_actor = {row["actor_id"]: row for row in rows}
    assert by_actor["india"]["territorial-integrity-azerbaijan"] == "neutral"
    assert by_actor["armenia"]["self-determination-nagorno-karabakh"] == "supports"
    assert "recognition-of-artsakh" in rows[0]


def test_canned_events_by_precision_keeps_one_precision(datasette) -> None:
    rows = _rows(datasette, f"/{DATABASE}/events-by-precision.json?precision=month")
    assert rows and {row["precision"] for row in rows} == {"month"}
    assert all(len(row["date"]) == 7 for row in rows)


def test_the_database_refuses_writes(datasette) -> None:
    (response,) = _get(datasette, f"/{DATABASE}/-/query.json?sql=" + urllib.parse.quote("DELETE FROM actors"))
    assert response.status_code == 400
    assert _rows(datasette, f"/{DATABASE}/actors.json?id=pakistan")


# --- a real server ------------------------------------------------------------------------------------


@pytest.mark.slow
def test_browse_serves_until_stopped(fresh_db: Path) -> None:
    pytest.importorskip("datasette")
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    command = [sys.executable, "-m", "karabakh_cli", "--db", str(fresh_db), "browse", "--port", str(port)]
    server = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=os.environ)
    try:
        page = _wait_for(f"http://127.0.0.1:{port}/{DATABASE}/actors/pakistan", server)
        assert "Pakistan" in page
    finally:
        server.terminate()
        stdout, stderr = server.communicate(timeout=30)
    assert stdout == ""
    assert stderr.startswith(f"Serving {fresh_db} read-only at http://127.0.0.1:{port}/{DATABASE} (Ctrl-C to stop)\n")


def _wait_for(url: str, server: subprocess.Popen, seconds: float = 30) -> str:
    deadline = time.monotonic() + seconds
    while True:
        try:
            with urllib.request.urlopen(url, timeout=5) as response:
                return response.read().decode()
        except OSError:
            if server.poll() is not None or time.monotonic() > deadline:
                raise
            time.sleep(0.2)


def test_what_datasette_logs_while_serving_reaches_the_terminal_escaped() -> None:
    import io

    from karabakh_cli.web import EscapedStream

    written = io.StringIO()
    EscapedStream(written).write('ERROR: near "\x1b]0;pwned\x07": syntax error\n')
    assert written.getvalue() == 'ERROR: near "\\x1b]0;pwned\\x07": syntax error\n'
