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
from karabakh_cli.graphs import Graph
from karabakh_cli.models import (
    Actor,
    ActorProfile,
    CitedRecord,
    DatasetCitation,
    Erratum,
    Event,
    MatrixGroup,
    MatrixRow,
    Position,
    RollCall,
    SearchHit,
    Source,
    Topic,
    Vote,
)
from karabakh_cli.writers import formats_for

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


# Every command that prints records, with the type of its records: its --format takes every format that
# writers.py has for that type, and each is run here.
COMMANDS = {
    "actor": (["actor", "pakistan"], ActorProfile),
    "actors": (["actors"], Actor),
    "timeline": (["timeline", "--from", "2020-09-27"], Event),
    "event": (["event", "2020-11-10-trilateral-statement"], Event),
    "positions": (["positions"], Position),
    "matrix": (["matrix"], MatrixRow),
    "matrix --by": (["matrix", "--by", "region"], MatrixGroup),
    "topics": (["topics"], Topic),
    "search": (["search", "pwned"], SearchHit),
    "sources": (["sources"], Source),
    "cite": (["cite", "2020-11-10-trilateral-statement"], CitedRecord),
    "cite --dataset": (["cite", "--dataset"], DatasetCitation),
    "errata": (["errata"], Erratum),
    "votes": (["votes"], Vote),
    "vote": (["vote", "a-res-62-243"], RollCall),
    "sql": (["sql", "SELECT * FROM events"], dict),
    "schema": (["schema"], dict),
    "db info": (["db", "info"], dict),
    "graph": (["graph", "pakistan"], Graph),
}
CASES = [(name, writer.name) for name, (_, kind) in COMMANDS.items() for writer in formats_for(kind)]
WITH_FULL_VIEW = ("actor", "actors", "timeline", "event", "positions", "search", "sources", "errata", "votes")
# Output that need not carry the hostile text: no free text of the data in it, or cut short in a table.
# (kcli cite --dataset: the data's title, version and hash, which the build writes, not the seed's text.)
WITHOUT_TEXT = ("schema", "db info", "matrix", "matrix --by", "vote", "votes", "graph", "cite --dataset")
ANY_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


def test_every_command_with_a_format_is_run_in_every_format() -> None:
    from karabakh_cli.cli import COMMANDS as ALL

    # kcli export writes files, not a --format (tests/test_export.py holds it to its own rules).
    with_format = {name for name in ALL if name not in ("browse", "chart", "db", "export")} | {"db info"}
    assert with_format <= {name.split(" --")[0] for name in COMMANDS}


@pytest.mark.slow
@pytest.mark.parametrize(("name", "fmt"), CASES, ids=[f"{name}-{fmt}" for name, fmt in CASES])
def test_no_command_lets_data_drive_the_terminal(kcli, hostile_db: Path, name: str, fmt: str) -> None:
    args = COMMANDS[name][0]
    result = kcli("--db", str(hostile_db), *args, "--format", fmt)
    assert result.exit_code == 0, result.stderr
    assert RAW_CONTROL.findall(result.stdout) == []
    if fmt == "table":
        if name in WITH_FULL_VIEW:  # the compact view cuts lines short; the full one shows every word
            every = ["--limit", "0"] if name not in ("actor", "event", "search") else []
            result = kcli("--db", str(hostile_db), *args, "--full", *every)
            assert RAW_CONTROL.findall(result.stdout) == []
        # Markup is shown as written (cells may wrap, so whitespace is ignored; sql cuts long cells short).
        assert "[bold]x[/bold]" in "".join(result.stdout.split()) or name in (*WITHOUT_TEXT, "sql")
    elif fmt in ("json", "jsonl", "geojson", "csl-json"):
        documents = (
            [json.loads(line) for line in result.stdout.splitlines()] if fmt == "jsonl" else [json.loads(result.stdout)]
        )
        placeless = fmt == "geojson" and not documents[0]["features"]  # an event that names no place
        assert any(HOSTILE in text for text in _strings(documents)) or name in WITHOUT_TEXT or placeless
    else:  # text formats show every control character as a visible escape, bidi marks too
        assert ANY_CONTROL.findall(result.stdout) == []
        # (kcli cite's CSV holds ids and locators only: no free text)
        # (BibTeX writes the escape's backslash as TeX does: \textbackslash{})
        visible = "\\textbackslash{}x1b[31mred" if fmt == "bibtex" else "\\x1b[31mred"
        assert visible in result.stdout or name in WITHOUT_TEXT or (name, fmt) == ("cite", "csv")
        if fmt == "csv":
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
        ["db", "check"],
        ["browse", "--print-metadata"],
    ],
    ids=["chart", "db check", "browse metadata"],
)
def test_drawings_and_checks_show_no_raw_control_character(kcli, hostile_db: Path, args: list[str]) -> None:
    result = kcli("--db", str(hostile_db), *args)
    assert RAW_CONTROL.findall(result.stdout + result.stderr) == []


def test_an_error_echoing_user_input_shows_no_raw_control_character(kcli) -> None:
    result = kcli("actor", "\x1b]0;pwned\x07pakistan-nowhere")
    assert result.exit_code == 1
    assert RAW_CONTROL.findall(result.stderr) == []
    assert "\\x1b" in result.stderr
