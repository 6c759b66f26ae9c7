"""The rest of the query surface: positions, matrix, topics, search, sources, cite, errata, sql, schema."""

import csv
import io
import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from karabakh_cli.db import connect, resolve_path
from karabakh_cli.search import fts_query, search


def _json(kcli, *args: str):
    result = kcli(*args, "--json")
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)


def test_positions_filter_by_topic_and_stance(kcli) -> None:
    positions = _json(kcli, "positions", "--topic", "territorial-integrity-azerbaijan", "--stance", "supports")
    assert {"pakistan", "azerbaijan"} <= {position["actor_id"] for position in positions}
    assert {position["stance"] for position in positions} == {"supports"}
    assert all(position["citations"] for position in positions)


def test_positions_unknown_topic_lists_topics(kcli) -> None:
    result = kcli("positions", "--topic", "kashmir-cricket")
    assert result.exit_code == 2
    assert result.stderr.startswith("kcli: error: unknown topic 'kashmir-cricket'; accepted: ")


def test_matrix_has_a_stance_or_null_for_every_topic(kcli) -> None:
    rows = _json(kcli, "matrix", "--kind", "state")
    topics = {topic["id"] for topic in _json(kcli, "topics")}
    assert rows
    assert all(set(row["stances"]) == topics for row in rows)
    pakistan = next(row for row in rows if row["actor_id"] == "pakistan")
    assert pakistan["stances"]["territorial-integrity-azerbaijan"] == "supports"


def test_matrix_table_has_a_legend_readable_without_colour(kcli) -> None:
    result = kcli("--no-color", "matrix")
    assert result.exit_code == 0
    assert "Stances: + supports, − opposes, 0 neutral, ~ ambiguous, · no position" in result.stdout


def test_search_ranks_and_highlights(kcli) -> None:
    hits = _json(kcli, "search", "ceasefire")
    assert hits and all("«" in hit["snippet"] or "«" in hit["title"] or hit["snippet"] for hit in hits)
    assert {"type", "id", "title", "snippet", "rank", "field"} == set(hits[0])
    assert "event" in {hit["type"] for hit in hits}


def test_search_prefix_matching(kcli) -> None:
    assert _json(kcli, "search", "ceasefi*") == _json(kcli, "search", "ceasefi*")
    assert {hit["id"] for hit in _json(kcli, "search", "ceasefi*")} >= {
        hit["id"] for hit in _json(kcli, "search", "ceasefire")
    }


def test_search_finds_aliases_without_accents(kcli) -> None:
    assert "elif-comoglu-ulgen" in {hit["id"] for hit in _json(kcli, "search", "comoglu")}


@pytest.mark.parametrize("text", ['"foo', "AND(", "foo AND", "*", "a-b", "x\x00y", "NEAR(a b)", "col:val", "'", "^"])
def test_search_survives_fts_syntax(kcli, text: str) -> None:
    result = kcli("search", text)
    assert result.exit_code in (0, 2), result.stderr
    assert "Traceback" not in result.stderr


def test_empty_search_is_a_usage_error(kcli) -> None:
    result = kcli("search", "   ")
    assert result.exit_code == 2
    assert result.stderr == "kcli: error: search needs at least one word\n"


@pytest.mark.slow
@settings(max_examples=2000, deadline=None)
@given(st.text())
def test_any_text_is_a_valid_fts_query(text: str) -> None:
    conn = connect(resolve_path(None))  # the database the CLI reads, as the conftest chose it
    try:
        if not text.replace("\x00", " ").split():
            return
        search(conn, text, limit=5)
    finally:
        conn.close()


def test_fts_query_quotes_every_word() -> None:
    assert fts_query('ceasefi* a"b') == '"ceasefi"* "a""b"'


def test_sources_counts_citations(kcli) -> None:
    sources = {source["id"]: source for source in _json(kcli, "sources")}
    assert sources["ponars-704"]["citations"] > 20
    assert sources["ponars-704"]["kind"] == "memo"


def test_cite_lists_a_records_citations(kcli) -> None:
    records = _json(kcli, "cite", "pakistan")
    assert records[0]["type"] == "actor"
    assert ("ponars-704", "¶16") in {(c["source_id"], c["locator"]) for c in records[0]["citations"]}


def test_errata_for_an_actor(kcli) -> None:
    errata = _json(kcli, "errata", "--actor", "russia")
    peacekeepers = next(erratum for erratum in errata if erratum["id"] == "peacekeepers")
    assert "5,000" in peacekeepers["says"] and "1,960" in peacekeepers["correction"]
    assert peacekeepers["citations"], "the correction names its source"


def test_sql_reads(kcli) -> None:
    rows = _json(kcli, "sql", "SELECT id FROM actors WHERE id = 'pakistan'")
    assert rows == [{"id": "pakistan"}]


@pytest.mark.parametrize(
    "statement",
    [
        "DELETE FROM actors",
        "INSERT INTO meta VALUES ('x', 'y')",
        "CREATE TABLE t (x)",
        "ATTACH DATABASE '/tmp/kcli-attack.db' AS a",
        "PRAGMA query_only = 0",
        "SELECT load_extension('x')",
        "DROP TABLE actors",
    ],
)
def test_sql_refuses_anything_but_reading(kcli, statement: str, tmp_path) -> None:
    result = kcli("sql", statement)
    assert result.exit_code == 2
    assert result.stderr.startswith("kcli: error: ")
    assert result.stderr.count("\n") == 1


def test_sql_stops_a_runaway_query(kcli) -> None:
    endless = "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) SELECT count(*) FROM n"
    result = kcli("sql", endless, "--timeout", "0.5")
    assert result.exit_code == 1
    assert result.stderr == "kcli: error: query stopped after 0.5 s (--timeout)\n"


def test_sql_caps_rows_with_a_note(kcli) -> None:
    result = kcli("sql", "SELECT id FROM actors ORDER BY id", "--max-rows", "3", "--format", "csv")
    assert result.exit_code == 0
    assert len(list(csv.reader(io.StringIO(result.stdout)))) == 4
    assert "only the first 3 rows" in result.stderr


def test_schema_lists_tables_and_columns(kcli) -> None:
    columns = _json(kcli, "schema")
    date = next(c for c in columns if (c["table"], c["column"]) == ("events", "date"))
    assert {key: date[key] for key in ("type", "not_null", "primary_key")} == {
        "type": "TEXT", "not_null": True, "primary_key": False
    }  # fmt: skip
    assert date["description"]


@pytest.mark.parametrize("command", [["actors"], ["timeline"], ["positions"], ["topics"], ["sources"], ["errata"]])
def test_every_format_works(kcli, command: list[str]) -> None:
    as_json = json.loads(kcli(*command, "--format", "json").stdout)
    lines = kcli(*command, "--format", "jsonl").stdout.splitlines()
    assert [json.loads(line) for line in lines] == as_json
    rows = list(csv.DictReader(io.StringIO(kcli(*command, "--format", "csv").stdout)))
    assert len(rows) == len(as_json)
    assert list(rows[0]) == list(as_json[0])
    assert kcli(*command, "--format", "table").exit_code == 0
