"""Data cannot drive the terminal: a seed whose every free-text field carries escape sequences and Rich
markup, run through every command in every format. Tables show no raw control character; JSON stays
valid and keeps the text exactly."""

import csv
import io
import json
import re
import sqlite3
from pathlib import Path

import pytest

from karabakh_cli.build import build_database
from karabakh_cli.checks import seed_tables

from conftest import SEED

HOSTILE = "\x1b[31mred\x1b[0m \x1b]0;pwned\x07 \x9b2J \x07bell [bold]x[/bold] [/oops] \x00nul"
# Control characters but newline and tab: none of them may reach a terminal.
RAW_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
# Columns that name records, dates or closed vocabularies, or that a check ties to another column.
KEEP = re.compile(r"(^|_)id$|^(date|end_date|published|url|locator|alias|key)$")


def _hostile_seed(tmp: Path) -> Path:
    """The real seed's schema, then its rows with HOSTILE appended to every free-text value the schema allows."""
    clean = tmp / "clean.db"
    build_database(SEED, clean)
    conn = sqlite3.connect(clean)
    schema = SEED.read_text(encoding="utf-8").split("-- Part 2: rows", 1)[0]
    lines = [schema]
    for key, value in conn.execute("SELECT key, value FROM meta WHERE key IN ('schema_version', 'data_version')"):
        lines.append(f"INSERT INTO meta VALUES ('{key}', '{value}');\n")
    for table in seed_tables(conn):
        derived = ("span_start", "span_end", "sort_day")  # added by the build, never in a seed
        columns = [row[1] for row in conn.execute(f"PRAGMA table_info({table})") if row[1] not in derived]
        texts = [row[1] for row in conn.execute(f"PRAGMA table_info({table})") if row[2] == "TEXT"]
        for column in texts:
            if KEEP.search(column) or column in ("kind", "status", "stance", "role", "predicate", "record_type"):
                continue
            try:
                conn.execute(f"UPDATE {table} SET {column} = {column} || ? WHERE {column} IS NOT NULL", (HOSTILE,))
            except sqlite3.IntegrityError:  # a CHECK keeps this column to a closed set of values
                continue
        listed = ", ".join(columns)
        for row in conn.execute(f"SELECT {listed} FROM {table} ORDER BY rowid"):
            values = ", ".join("NULL" if value is None else _literal(value) for value in row)
            lines.append(f"INSERT INTO {table} ({listed}) VALUES ({values});\n")
    conn.close()
    seed = tmp / "hostile.sql"
    seed.write_text("".join(lines), encoding="utf-8")
    return seed


def _literal(value: object) -> str:
    """A SQL literal; control characters go in through char(), so the seed stays a readable text file."""
    if isinstance(value, int | float):
        return repr(value)
    pieces = re.split(r"([\x00-\x1f\x7f-\x9f])", str(value))
    parts = [
        f"char({ord(piece)})" if len(piece) == 1 and re.fullmatch(r"[\x00-\x1f\x7f-\x9f]", piece)
        else "'" + piece.replace("'", "''") + "'"
        for piece in pieces if piece
    ]  # fmt: skip
    return " || ".join(parts) or "''"


@pytest.fixture(scope="module")
def hostile_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    tmp = tmp_path_factory.mktemp("hostile")
    path = tmp / "hostile.db"
    build_database(_hostile_seed(tmp), path)
    return path


COMMANDS = {
    "actor": ["actor", "pakistan"],
    "actors": ["actors"],
    "timeline": ["timeline", "--from", "2020-09-27"],
    "event": ["event", "2020-11-10-trilateral-statement"],
    "positions": ["positions"],
    "matrix": ["matrix"],
    "topics": ["topics"],
    "search": ["search", "pwned"],
    "sources": ["sources"],
    "cite": ["cite", "2020-11-10-trilateral-statement"],
    "errata": ["errata"],
    "sql": ["sql", "SELECT * FROM events"],
    "schema": ["schema"],
    "db info": ["db", "info"],
}
FORMATS = ("table", "json", "jsonl", "csv")
WITH_FULL_VIEW = ("actor", "actors", "timeline", "event", "positions", "search", "sources", "errata")


@pytest.mark.slow  # builds a seed the size of the real one
def test_the_hostile_seed_reaches_the_data(hostile_db: Path) -> None:
    conn = sqlite3.connect(hostile_db)
    title = conn.execute("SELECT title FROM events WHERE id = '2020-11-09-trilateral-statement'").fetchone()[0]
    conn.close()
    assert title.endswith(HOSTILE)


@pytest.mark.slow
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("name", COMMANDS)
def test_no_command_lets_data_drive_the_terminal(kcli, hostile_db: Path, name: str, fmt: str) -> None:
    result = kcli("--db", str(hostile_db), *COMMANDS[name], "--format", fmt)
    assert result.exit_code == 0, result.stderr
    if fmt == "table":
        assert RAW_CONTROL.findall(result.stdout) == []
        if name in WITH_FULL_VIEW:  # the compact view cuts lines short; the full one shows every word
            every = ["--limit", "0"] if name not in ("actor", "event", "search") else []
            result = kcli("--db", str(hostile_db), *COMMANDS[name], "--full", *every)
            assert RAW_CONTROL.findall(result.stdout) == []
        # Markup is shown as written (cells may wrap, so whitespace is ignored; sql cuts long cells short).
        assert "[bold]x[/bold]" in "".join(result.stdout.split()) or name in ("schema", "db info", "matrix", "sql")
    elif fmt in ("json", "jsonl"):
        assert RAW_CONTROL.findall(result.stdout.replace("\n", " ")) == []
        documents = (
            [json.loads(result.stdout)] if fmt == "json" else [json.loads(line) for line in result.stdout.splitlines()]
        )
        assert any(HOSTILE in text for text in _strings(documents)) or name in ("schema", "db info")
    else:
        assert list(csv.reader(io.StringIO(result.stdout)))


def _strings(value: object) -> list[str]:
    """Every string inside a JSON value."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        value = list(value.values())
    return [text for item in value for text in _strings(item)] if isinstance(value, list) else []


@pytest.mark.slow
@pytest.mark.parametrize(
    "args",
    [
        ["chart"],
        ["graph", "pakistan"],
        ["graph", "pakistan", "--format", "dot"],
        ["timeline", "--from", "2020-09-27", "--format", "mermaid"],
        ["db", "check"],
    ],
    ids=["chart", "graph mermaid", "graph dot", "timeline mermaid", "db check"],
)
def test_drawings_and_checks_show_no_raw_control_character(kcli, hostile_db: Path, args: list[str]) -> None:
    result = kcli("--db", str(hostile_db), *args)
    assert RAW_CONTROL.findall(result.stdout + result.stderr) == []


def test_an_error_echoing_user_input_shows_no_raw_control_character(kcli) -> None:
    result = kcli("actor", "\x1b]0;pwned\x07pakistan-nowhere")
    assert result.exit_code == 1
    assert RAW_CONTROL.findall(result.stderr) == []
    assert "\\x1b" in result.stderr
