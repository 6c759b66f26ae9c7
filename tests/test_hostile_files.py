"""Hostile input, round three (issue 22): files and formats. A symlinked or endless build, forged citation
records and dates in a stranger's database, SQL that spills to disk or costs more than its rows, lists that
are read whole before they are cut, and the low items. Each test is one reproduction from the issue.

Memory and time are measured on real processes with test_hostile.measure (a 1 GB address-space limit and
the peak resident size of kcli and its children)."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
from pathlib import Path

import pytest
from test_hostile import PEAK_LIMIT, assert_one_line, make_hostile_database, measure

from conftest import ROOT, SEED, run_kcli

# --- db build: the output is never a link; the seed, the output and the time are bounded ------------------


@pytest.mark.parametrize("target", ["file", "missing"])
def test_build_never_writes_through_a_symbolic_link(kcli, tmp_path: Path, target: str) -> None:
    victim = tmp_path / "victim"
    if target == "file":
        victim.write_bytes(b"someone else's file")
    link = tmp_path / "out.db"
    link.symlink_to(victim)
    result = kcli("db", "build", str(SEED), "--output", str(link))
    assert_one_line(result, 1)
    assert "is a symbolic link" in result.stderr
    assert link.is_symlink()
    assert victim.read_bytes() == b"someone else's file" if target == "file" else not victim.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(["out.db", *(["victim"] if target == "file" else [])])


def test_build_output_through_a_linked_directory_is_written_in_it(kcli, tmp_path: Path) -> None:
    """Only the last component must not be a link: a directory reached through one is fine."""
    (tmp_path / "real").mkdir()
    (tmp_path / "via").symlink_to(tmp_path / "real")
    result = kcli("db", "build", str(SEED), "--output", str(tmp_path / "via" / "out.db"))
    assert result.exit_code == 0, result.stderr
    assert (tmp_path / "real" / "out.db").is_file()


@pytest.mark.slow
@pytest.mark.parametrize("kind", ["dev-zero", "fifo", "directory"])
def test_a_seed_that_is_not_a_regular_file_is_refused_at_once(tmp_path: Path, kind: str) -> None:
    seed = {"dev-zero": Path("/dev/zero"), "fifo": tmp_path / "seed", "directory": tmp_path}[kind]
    if kind == "fifo":
        os.mkfifo(seed)
    run = measure("db", "build", str(seed), "--output", str(tmp_path / "out.db"), timeout=20)
    assert run.seconds < 2.0
    assert run.peak < 100 * 2**20
    assert_one_line(run, 1)
    assert "not a regular file" in run.stderr
    assert not (tmp_path / "out.db").exists()


def test_a_seed_past_the_size_limit_is_refused_before_it_is_read(kcli, tmp_path: Path) -> None:
    seed = tmp_path / "seed.sql"
    with seed.open("wb") as file:
        file.truncate(65 * 2**20)  # sparse: no disk taken
    result = kcli("db", "build", str(seed), "--output", str(tmp_path / "out.db"))
    assert_one_line(result, 1)
    assert "larger than 64 MB" in result.stderr


@pytest.mark.slow
def test_a_seed_cannot_fill_the_disk(tmp_path: Path) -> None:
    seed = tmp_path / "seed.sql"
    seed.write_text(
        "CREATE TABLE big (x);\nINSERT INTO big WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n"
        " WHERE i < 100000) SELECT zeroblob(1000000) FROM n;\n"
    )
    run = measure("db", "build", str(seed), "--output", str(tmp_path / "out.db"), timeout=120)
    assert_one_line(run, 1)
    assert "would pass 512 MB" in run.stderr or "the disk is full" in run.stderr
    assert run.peak < PEAK_LIMIT
    assert sorted(p.name for p in tmp_path.iterdir()) == ["seed.sql"]


@pytest.mark.slow
def test_an_endless_seed_stops_at_the_time_limit(tmp_path: Path) -> None:
    seed = tmp_path / "seed.sql"
    seed.write_text("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) SELECT count(*) FROM n;\n")
    run = measure("db", "build", str(seed), "--output", str(tmp_path / "out.db"), "--timeout", "1", timeout=30)
    assert run.seconds < 3.0
    assert_one_line(run, 1)
    assert run.stderr.endswith("the build stopped after 1 s (--timeout)\n")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["seed.sql"]


@pytest.mark.slow
def test_a_seed_in_one_endless_function_call_stops_at_the_time_limit(tmp_path: Path) -> None:
    """instr() on two long strings never returns to the progress handler: the watchdog ends the build."""
    seed = tmp_path / "seed.sql"
    seed.write_text("SELECT instr(printf('%.*c', 8000000, 'a'), printf('%.*c', 800000, 'a') || 'b');\n")
    run = measure("db", "build", str(seed), "--output", str(tmp_path / "out.db"), "--timeout", "1", timeout=60)
    assert run.seconds < 5.0  # it ran past 150 s
    assert_one_line(run, 1)
    assert run.stderr.endswith("the build stopped after 1 s (--timeout)\n")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["seed.sql"]


def test_a_build_keeps_the_seed_hash_of_a_crlf_seed(kcli, tmp_path: Path) -> None:
    """The seed is read as bytes now; newlines still count as text mode reads them."""
    seed = tmp_path / "seed.sql"
    seed.write_bytes(SEED.read_bytes().replace(b"\n", b"\r\n"))
    result = kcli("db", "build", str(seed), "--output", str(tmp_path / "out.db"))
    assert result.exit_code == 0, result.stderr
    import hashlib

    conn = sqlite3.connect(tmp_path / "out.db")
    stored = conn.execute("SELECT value FROM meta WHERE key = 'seed_sha256'").fetchone()[0]
    conn.close()
    assert stored == hashlib.sha256(SEED.read_text(encoding="utf-8").encode()).hexdigest()


# --- forged citation records: ids and dates checked as read; every writer escapes for its format ---------------

PLAIN_BIBTEX_TYPES = {
    "article", "book", "booklet", "conference", "inbook", "incollection", "inproceedings", "manual",
    "mastersthesis", "misc", "phdthesis", "proceedings", "techreport", "unpublished",
}  # fmt: skip


def forged(fresh_db: Path, tmp_path: Path, *statements: str) -> Path:
    """A copy of the real database changed as a stranger can: CHECKs and foreign keys ignored."""

    def change(conn: sqlite3.Connection) -> None:
        conn.execute("PRAGMA ignore_check_constraints = ON")
        conn.execute("PRAGMA foreign_keys = OFF")
        for statement in statements:
            conn.execute(statement)

    return make_hostile_database(fresh_db, tmp_path / "forged.db", change)


def _rename_source(new_id: str) -> list[str]:
    quoted = new_id.replace("'", "''")
    return [
        f"UPDATE citations SET source_id = '{quoted}' WHERE source_id = 'ponars-704'",
        f"UPDATE sources SET id = '{quoted}' WHERE id = 'ponars-704'",
    ]


FORGED_IDS = {
    "ris-record": "ponars-704\nER  - \n\nTY  - JOUR\nTI  - forged",
    "bibtex-entry": "x,\n  title = {forged}\n}\n@misc{forged",
    "quote": 'ponars"704',
    "escape": "ponars-\x1b]0;pwned\x07",
}


@pytest.mark.parametrize("name", sorted(FORGED_IDS))
@pytest.mark.parametrize("command", [["sources"], ["cite", "pakistan"]], ids=["sources", "cite"])
@pytest.mark.parametrize("fmt", ["bibtex", "ris", "csl-json", "csv"])
def test_a_forged_source_id_is_refused(kcli, fresh_db: Path, tmp_path: Path, name: str, command, fmt: str) -> None:
    path = forged(fresh_db, tmp_path, *_rename_source(FORGED_IDS[name]))
    result = kcli("--db", str(path), *command, "--format", fmt)
    assert_one_line(result, 1)
    assert "which is not a kcli id" in result.stderr
    assert result.stdout == ""


@pytest.mark.parametrize("date", ["0000-00-00", "2020-00", "2020-02-30", "２０２０", "2020-1-5", " 2020"])
@pytest.mark.parametrize(
    ("table", "column", "command"),
    [
        ("events", "date", ["event", "2020-11-09-trilateral-statement"]),
        ("events", "date", ["timeline", "--json"]),
        ("sources", "published", ["sources", "--format", "bibtex"]),
        ("sources", "published", ["sources", "--format", "ris"]),
    ],
    ids=["event", "timeline", "bibtex", "ris"],
)
def test_a_date_that_is_no_calendar_date_is_refused(kcli, fresh_db, tmp_path, date, table, column, command) -> None:
    row = "'2020-11-09-trilateral-statement'" if table == "events" else "'ponars-704'"
    path = forged(fresh_db, tmp_path, f"UPDATE {table} SET {column} = '{date}' WHERE id = {row}")
    result = kcli("--db", str(path), *command)
    assert_one_line(result, 1)
    assert "which is not a calendar date" in result.stderr
    assert result.stdout == ""


@pytest.mark.parametrize("date", ["0000-00-00", "2020-00", "2020-02-30", "２０２０"])
def test_a_date_that_is_no_calendar_date_is_shown_as_such(date: str) -> None:
    from karabakh_cli.dates import format_date, format_span

    assert format_date(date) == f"{date} (not a date)"
    assert format_span("2020-01", date) == f"Jan 2020 – {date} (not a date)"


HOSTILE_TEXT = 'A\x1b]8;;http://evil\x07link\x1b[2J title\x9b\u202e \r\nER  - \n@misc{forged, title={x}} "q" }{'


def _hostile_source_db(fresh_db: Path, tmp_path: Path) -> Path:
    text = HOSTILE_TEXT.replace("'", "''")
    return forged(fresh_db, tmp_path, f"UPDATE sources SET title = '{text}', author = '{text}', publisher = '{text}'")


@pytest.mark.parametrize("fmt", ["bibtex", "ris", "csv", "csl-json", "json", "jsonl"])
def test_no_raw_control_character_reaches_any_format(kcli, fresh_db: Path, tmp_path: Path, fmt: str) -> None:
    path = _hostile_source_db(fresh_db, tmp_path)
    result = kcli("--db", str(path), "sources", "--format", fmt)
    assert result.exit_code == 0, result.stderr
    allowed = "\n" if fmt in ("bibtex", "ris", "jsonl", "json") else "\n\t"
    raw = sorted({ch for ch in result.stdout if (ord(ch) < 32 or 0x7F <= ord(ch) < 0xA0) and ch not in allowed})
    assert raw == []
    assert "\u202e" not in result.stdout or fmt in ("json", "jsonl", "csl-json")


def test_hostile_titles_forge_no_bibtex_entry(kcli, fresh_db: Path, tmp_path: Path, sources_count: int) -> None:
    import bibtexparser

    path = _hostile_source_db(fresh_db, tmp_path)
    result = kcli("--db", str(path), "sources", "--format", "bibtex")
    assert result.exit_code == 0, result.stderr
    library = bibtexparser.parse_string(result.stdout)
    assert library.failed_blocks == []
    assert len(library.entries) == sources_count
    assert {entry.entry_type for entry in library.entries} <= PLAIN_BIBTEX_TYPES


def test_hostile_titles_forge_no_ris_record(kcli, fresh_db: Path, tmp_path: Path, sources_count: int) -> None:
    import rispy

    path = _hostile_source_db(fresh_db, tmp_path)
    result = kcli("--db", str(path), "sources", "--format", "ris")
    assert result.exit_code == 0, result.stderr
    entries = rispy.loads(result.stdout)
    assert len(entries) == sources_count
    assert all(entry["title"].startswith("A\\x1b]8;;") for entry in entries)


def test_bibtex_uses_only_entry_types_plain_bibtex_knows(kcli) -> None:
    import bibtexparser

    result = kcli("sources", "--format", "bibtex")
    assert result.exit_code == 0, result.stderr
    types = {entry.entry_type for entry in bibtexparser.parse_string(result.stdout).entries}
    assert types <= PLAIN_BIBTEX_TYPES
    assert "misc" in types


@pytest.fixture
def sources_count(fresh_db: Path) -> int:
    conn = sqlite3.connect(fresh_db)
    try:
        return conn.execute("SELECT count(*) FROM sources").fetchone()[0]
    finally:
        conn.close()


def test_bibtex_into_an_ascii_stdout_has_no_unicode_escapes() -> None:
    import bibtexparser

    result = run_kcli("cite", "pakistan", "--format", "bibtex", env={"PYTHONIOENCODING": "ascii"})
    assert result.returncode == 0, result.stderr
    assert result.stdout.isascii()
    assert "\\u20" not in result.stdout
    assert "``Pakistan''" in result.stdout
    assert bibtexparser.parse_string(result.stdout).failed_blocks == []


def test_bibtex_into_an_ascii_stdout_refuses_letters_tex_cannot_spell() -> None:
    result = run_kcli("sources", "--format", "bibtex", env={"PYTHONIOENCODING": "ascii"})
    assert_one_line(result, 1)
    assert "has no ASCII form in TeX" in result.stderr
    assert result.stdout == ""


# --- kcli sql: temporary data in memory, a full disk is a resource, the cost of a result, virtual tables -------

SORT_200K = (
    "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 200000)"
    " SELECT i, printf('%.*c', 200, 'x') AS t FROM n ORDER BY t || i DESC"
)


def test_every_connection_keeps_temporary_data_in_memory(database_path: Path) -> None:
    """kcli sql, browse (its connections pass through guard.limit too) and every command."""
    from karabakh_cli.db import connect
    from karabakh_cli.guard import limit

    conn = connect(database_path)
    assert conn.execute("PRAGMA temp_store").fetchone()[0] == 2  # MEMORY
    served = limit(sqlite3.connect(":memory:"))
    assert served.execute("PRAGMA temp_store").fetchone()[0] == 2


@pytest.fixture
def full_temporary_directory(tmp_path: Path):
    """SQLITE_TMPDIR on a filesystem with no room: a 64 KB tmpfs (needs root; skipped otherwise)."""
    import subprocess

    directory = tmp_path / "full"
    directory.mkdir()
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", str(directory)], capture_output=True)
    if mounted.returncode != 0:
        pytest.skip("cannot mount a small tmpfs here (needs root)")
    try:
        yield directory
    finally:
        subprocess.run(["umount", str(directory)], capture_output=True)


@pytest.mark.slow
def test_a_sorting_query_writes_no_temporary_file(full_temporary_directory: Path) -> None:
    env = {**os.environ, "SQLITE_TMPDIR": str(full_temporary_directory), "COLUMNS": "120"}
    env.pop("KCLI_DB", None)
    run = measure("sql", SORT_200K, "--json", "--max-rows", "3", "--timeout", "30", env=env)
    assert run.returncode == 0, run.stderr  # it was "SQL: database or disk is full", exit 2
    assert run.peak < PEAK_LIMIT
    assert [row["i"] for row in json.loads(run.stdout)] == [99999, 99998, 99997]


THOUSAND_COLUMNS = (
    f"SELECT {', '.join(str(n) for n in range(1, 1001))} FROM"
    " (WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 10000) SELECT i FROM n)"
)


@pytest.mark.slow
@pytest.mark.serial  # a time bound: alone, not beside the parallel part
@pytest.mark.parametrize("fmt", ["table", "json", "csv"])
def test_a_thousand_column_result_is_bounded_by_its_real_cost(fmt: str) -> None:
    run = measure("sql", THOUSAND_COLUMNS, "--format", fmt, "--timeout", "30", timeout=120)
    assert run.returncode == 0, run.stderr
    assert run.peak < 300 * 2**20  # it was 4 GB and a MemoryError after 79 s
    assert run.seconds < 10
    assert "rows are shown (the result passed 64 MB)" in run.stderr
    if fmt == "table":
        assert "the table shows the first 20 of" in run.stderr


def test_a_table_is_cut_at_its_cell_limit_with_a_note(kcli) -> None:
    query = "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 9000) SELECT i, i, i FROM n"
    result = kcli("sql", query)
    assert result.exit_code == 0, result.stderr
    assert result.stderr == (
        "kcli: note: the table shows the first 6,666 of 9,000 rows (20,000 cells at most);"
        " --format csv or --json prints them all\n"
    )
    assert kcli("sql", query, "--format", "csv").stdout.count("\n") == 9001


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("SELECT value FROM json_each('[1, 2]')", [{"value": 1}, {"value": 2}]),
        ("SELECT key FROM json_tree('{\"a\": 1}') WHERE key IS NOT NULL", [{"key": "a"}]),
        (
            "SELECT count(*) > 0 AS found FROM search_records_fts WHERE search_records_fts MATCH 'ceasefire'",
            [{"found": 1}],
        ),
        ("SELECT count(*) > 0 AS found FROM event_spans WHERE first_day > 0", [{"found": 1}]),
    ],
    ids=["json_each", "json_tree", "fts", "event_spans"],
)
def test_json_functions_and_kclis_virtual_tables_can_be_read(kcli, query: str, expected: list) -> None:
    result = kcli("sql", query, "--json")
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout) == expected


@pytest.mark.parametrize(
    "query",
    [
        "DELETE FROM event_spans_node",
        "INSERT INTO search_records_fts_data VALUES (99, x'00')",
        "PRAGMA data_version = 2",
    ],
)
def test_writes_to_virtual_tables_are_still_refused(kcli, query: str) -> None:
    result = kcli("sql", query)
    assert_one_line(result, 2)
    assert "kcli sql only reads" in result.stderr


# --- lists on a stranger's database are cut in SQL; regexes are linear; fuzzy matching is bounded --------------


def _many_events_and_meta(conn: sqlite3.Connection) -> None:
    """200,000 more events, positions and votes, 200,000 actors (copies of the real ones, valid ids and dates),
    a million meta rows."""
    columns = [row[1] for row in conn.execute("PRAGMA table_xinfo(events)")][1:]
    conn.execute("BEGIN")
    conn.execute(
        f"INSERT INTO events (id, {', '.join(columns)}) WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1"
        f" FROM n WHERE i < (200000 / (SELECT count(*) FROM events)) + 1) SELECT e.id || '-' || n.i,"
        f" {', '.join('e.' + column for column in columns)} FROM events e, n"
    )
    conn.execute(
        "INSERT INTO meta WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1000000)"
        " SELECT 'k' || i, printf('%.*c', 100, 'v') FROM n"
    )
    columns = [row[1] for row in conn.execute("PRAGMA table_xinfo(actors)")][1:]
    conn.execute(
        f"INSERT INTO actors (id, {', '.join(columns)}) WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1"
        f" FROM n WHERE i < 550) SELECT a.id || '-' || n.i, {', '.join('a.' + column for column in columns)}"
        " FROM actors a, n"
    )
    for table in ("positions", "votes"):
        columns = [row[1] for row in conn.execute(f"PRAGMA table_xinfo({table})")][1:]
        conn.execute(
            f"INSERT INTO {table} (id, {', '.join(columns)}) WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL"
            f" SELECT i + 1 FROM n WHERE i < (200000 / (SELECT count(*) FROM {table})) + 1)"
            f" SELECT t.id || '-' || n.i, {', '.join('t.' + column for column in columns)} FROM {table} t, n"
        )
    conn.execute("COMMIT")


@pytest.fixture(scope="module")
def crowded_db(fresh_db: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_hostile_database(fresh_db, tmp_path_factory.mktemp("crowded") / "crowded.db", _many_events_and_meta)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("args", "seconds", "peak"),
    [
        (["timeline", "-n", "1"], 3, 100),  # it was 4.7 s and 325 MB
        (["timeline"], 3, 100),  # a table shows 50: the same
        (["timeline", "--json", "-n", "5"], 3, 100),
        (["--version"], 3, 100),  # 2.9 s and 403 MB
        (["db", "info"], 5, 100),  # over 150 s and 1.6 GB
        (["event", "2020-11-09-trilateral-statemen"], 5, 100),  # 35 s: difflib over 200,000 ids
        (["actors", "-n", "1"], 3, 100),  # 200,000 actors
        (["positions", "-n", "1"], 3, 100),  # 200,000 positions
        (["votes", "-n", "1"], 3, 100),  # 200,000 votes
    ],
    ids=[
        "timeline-n1",
        "timeline-table",
        "timeline-json-n5",
        "version",
        "db-info",
        "unknown-event",
        "actors-n1",
        "positions-n1",
        "votes-n1",
    ],
)
def test_a_crowded_database_is_read_with_a_bound(crowded_db: Path, args: list[str], seconds: float, peak: int) -> None:
    run = measure("--db", str(crowded_db), *args, timeout=200)
    assert run.seconds < seconds
    assert run.peak < peak * 2**20
    assert run.returncode == (1 if args[0] == "event" else 0), run.stderr


def test_a_cut_timeline_still_counts_what_it_leaves_out(kcli) -> None:
    every = json.loads(kcli("timeline", "--json").stdout)
    result = kcli("timeline", "-n", "2")
    assert result.exit_code == 0, result.stderr
    assert f"{len(every) - 2} more: --limit 0 for all" in result.stdout
    assert [event["id"] for event in json.loads(kcli("timeline", "--json", "-n", "2").stdout)] == [
        event["id"] for event in every[:2]
    ]


@pytest.mark.parametrize("fmt", ["mermaid", "geojson"])
def test_limit_means_the_same_in_every_timeline_format(kcli, fmt: str) -> None:
    limited = kcli("timeline", "--format", fmt, "-n", "20").stdout
    whole = kcli("timeline", "--format", fmt).stdout
    if fmt == "geojson":  # features: the events of the 20 that have a place
        assert 0 < len(json.loads(limited)["features"]) <= 20 < len(json.loads(whole)["features"])
    else:
        assert limited.count(" : ") == 20 < whole.count(" : ")


def _padded_check(conn: sqlite3.Connection) -> None:
    """events' CREATE statement with its kind CHECK broken and 55,000 openings of one padded in a comment."""
    (sql,) = conn.execute("SELECT sql FROM sqlite_schema WHERE name = 'events'").fetchone()
    sql = sql.replace("CHECK (kind IN (", "CHECK (kind  IN (")
    end = sql.rindex(")")
    sql = sql[:end] + "/* " + "CHECK (kind IN ( " * 55_000 + " */" + sql[end:]
    conn.execute("PRAGMA writable_schema = ON")
    conn.execute("UPDATE sqlite_schema SET sql = ? WHERE name = 'events'", (sql,))
    conn.execute("PRAGMA writable_schema = RESET")


@pytest.mark.slow
def test_a_padded_check_text_is_read_in_linear_time(fresh_db: Path, tmp_path: Path) -> None:
    path = make_hostile_database(fresh_db, tmp_path / "padded.db", _padded_check)
    run = measure("--db", str(path), "timeline", "--kind", "war", timeout=200)
    assert run.seconds < 3  # 10,000 openings took 20 s, 55,000 over 150 s
    if run.returncode != 0:  # the words are found despite the padding, or the one line says they are not
        assert_one_line(run, 1)
        assert "events.kind has no closed list of values in this database" in run.stderr


# --- the low items ---------------------------------------------------------------------------------------------


def test_db_check_opens_no_file_a_strangers_memo_id_names(kcli, fresh_db: Path, tmp_path: Path, monkeypatch) -> None:
    """A memo id '../outside/ponars-704' would have made db check read tmp/outside/ponars-704.md."""
    forged_id = "../outside/ponars-704"
    statements = [
        f"UPDATE {table} SET source_id = '{forged_id}' WHERE source_id = 'ponars-704'"
        for table in ("citations", "errata")
    ]
    path = forged(fresh_db, tmp_path, *statements, f"UPDATE sources SET id = '{forged_id}' WHERE id = 'ponars-704'")
    (tmp_path / "sources").mkdir()
    (tmp_path / "outside").mkdir()
    (tmp_path / "outside" / "ponars-704.md").write_text("¶1. Nothing the errata quote.\n", encoding="utf-8")
    monkeypatch.setenv("KCLI_SOURCES", str(tmp_path / "sources"))
    result = kcli("--db", str(path), "db", "check")
    assert "does not say" not in result.stdout  # what reading the file outside would have found
    assert f"errata quotes of {forged_id} not checked" in result.stderr


@pytest.mark.parametrize("columns", ["1", "10", "20", "39"])
def test_a_narrow_width_is_widened_with_a_note(kcli, columns: str) -> None:
    result = kcli("timeline", "-n", "2", env={"COLUMNS": columns})
    assert result.exit_code == 0, result.stderr
    assert result.stderr == f"kcli: note: {columns} columns is too narrow for kcli's tables; drawing them 40 wide\n"
    assert "Event" in result.stdout and "Karabakh regional soviet" in result.stdout
    assert max(len(line) for line in result.stdout.splitlines()) <= 40


@pytest.mark.slow
@pytest.mark.parametrize(
    "args", [["timeline", "--json"], ["timeline", "--format", "csv"], ["sources", "--format", "bibtex"]]
)
def test_output_into_a_pipe_closed_part_way_exits_1(args: list[str]) -> None:
    """CPython's buffered writer reports a pipe closed during a large write as a short count, not an error."""
    import subprocess

    from conftest import KCLI

    process = subprocess.Popen([str(KCLI), *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert process.stdout.read(1)
    process.stdout.close()
    err = process.stderr.read()
    process.stderr.close()
    assert (process.wait(timeout=60), err) == (1, b"")


def test_sources_limit_means_the_same_in_every_format(kcli) -> None:
    for fmt, marker in [("bibtex", "\n@"), ("ris", "\nTY  - "), ("csv", "\n")]:
        result = kcli("sources", "--format", fmt, "-n", "3")
        assert result.exit_code == 0, result.stderr
        assert ("\n" + result.stdout).count(marker) == (5 if fmt == "csv" else 3), fmt  # csv: header and 3 rows
    assert len(json.loads(kcli("sources", "--format", "csl-json", "-n", "3").stdout)) == 3


@pytest.mark.slow
def test_a_checkout_without_the_built_database_checks_a_strangers_schema_in_full(
    fresh_db: Path, tmp_path: Path
) -> None:
    import subprocess
    import sys

    from test_hostile import HOSTILE_DATABASES

    checkout = tmp_path / "checkout"
    shutil.copytree(
        ROOT / "karabakh_cli", checkout / "karabakh_cli", ignore=shutil.ignore_patterns("kcli.db", "__pycache__")
    )
    (checkout / "db").mkdir()
    shutil.copy(SEED, checkout / "db" / "seed.sql")
    hostile = make_hostile_database(fresh_db, tmp_path / "hostile.db", HOSTILE_DATABASES["actors-a-view"])
    env = {**os.environ, "PYTHONPATH": str(checkout), "COLUMNS": "120"}
    env.pop("KCLI_DB", None)
    result = subprocess.run(
        [sys.executable, "-m", "karabakh_cli", "--db", str(hostile), "actor", "pakistan", "--json"],
        capture_output=True, text=True, env=env, cwd=tmp_path, timeout=120,
    )  # fmt: skip
    assert_one_line(result, 1)
    assert "not a kcli database" in result.stderr and "actors is a view, not a table" in result.stderr
    result = subprocess.run(
        [sys.executable, "-m", "karabakh_cli", "--db", str(fresh_db), "actor", "pakistan", "--json"],
        capture_output=True, text=True, env=env, cwd=tmp_path, timeout=120,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
