"""Promises that must hold whatever the input, the database file or the machine: real-world text, damaged
databases, read-only guarantees, atomic builds, many processes at once.

A test marked xfail(strict=True) documents a bug found here: it fails today and turns red (XPASS) once
the code is fixed, so the mark must then be removed.
"""

import contextlib
import hashlib
import json
import os
import pty
import re
import shutil
import signal
import sqlite3
import stat
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from karabakh_cli.db import bundled_path

from conftest import KCLI, SEED, needs_install, run_kcli

# Real processes, signals and timing: the slow part (pytest -m 'not slow' leaves it out).
# Serial only where timing counts (a time limit, a signal, a killed process): the rest runs in parallel.
pytestmark = [pytest.mark.slow, needs_install]

ODD_DIR = "a dir ? with # odd"
ENDLESS = "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) SELECT count(*) FROM n"
ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]")


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _listing(directory: Path) -> list[str]:
    return sorted(p.name for p in directory.iterdir())


def _one_error_line(stderr: str) -> str:
    assert stderr.startswith("kcli: error: "), stderr[:500]
    assert stderr.count("\n") == 1 and stderr.endswith("\n"), stderr[:500]
    assert "Traceback" not in stderr
    return stderr


@pytest.fixture
def user_db(fresh_db: Path, tmp_path: Path) -> Path:
    """A copy of a freshly built database, alone in its own directory, as a user would keep one."""
    home = tmp_path / "data"
    home.mkdir()
    path = home / "kcli.db"
    shutil.copy(fresh_db, path)
    return path


# --- 2. input from the real world ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "actor_id"),
    [
        ("Россия", "russia"),
        ("РОССИЯ", "russia"),
        ("  Россия\t", "russia"),
        ("Азербайджан", "azerbaijan"),
        ("AZƏRBAYCAN", "azerbaijan"),
        ("ՀԱՅԱՍՏԱՆ", "armenia"),
        ("Республика Армения", "armenia"),
        ("Արցախ", "nkr"),
        ("Türkiye", "turkey"),
        ("TURKIYE", "turkey"),
        ("Şuşa", "shusha"),
        ("Shusha/i", "shusha"),
        ("Republica Dominicana", "dominican-republic"),
        ("“Artsakh”", "nkr"),
        ("‘Artsakh’", "nkr"),
        ("«Artsakh»", "nkr"),
        ("Saint Vincent – the Grenadines", "saint-vincent-and-the-grenadines"),
        ("Saint Vincent — the Grenadines", "saint-vincent-and-the-grenadines"),
        ("Minsk Group Co‑chairs", "osce-minsk-group"),  # U+2011, a non-breaking hyphen
        ("Viet\u00a0Nam", "vietnam"),
        ("\n Russia \r\n", "russia"),
        ("Минская группа ОБСЕ", "osce-minsk-group"),
    ],
)
def test_pasted_names_in_any_script_find_their_actor(kcli, typed: str, actor_id: str) -> None:
    result = kcli("actor", typed, "--json")
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["actor"]["id"] == actor_id


@pytest.mark.parametrize("typed", ["Rus\u00adsia", "Arme\u200bnia", "Azer\u2060baijan"])
def test_invisible_characters_pasted_from_a_web_page_are_ignored(kcli, typed: str) -> None:
    result = kcli("actor", typed, "--json")
    assert result.exit_code == 0, result.stderr


@pytest.mark.parametrize("typed", ["“ceasefire”", "«ceasefire»", "ceasefire—", "‘ceasefire’,"])
def test_search_ignores_curly_quotes_and_dashes(kcli, typed: str) -> None:
    plain = kcli("search", "ceasefire", "--json")
    pasted = kcli("search", typed, "--json")
    assert pasted.exit_code == 0, pasted.stderr
    assert json.loads(pasted.stdout) == json.loads(plain.stdout)


@pytest.mark.parametrize("typed", ["2020–10", "2020‑10‑19", "19.10.2020", "Oct 2020", "2020-10-19T00:00"])
def test_dates_pasted_in_other_shapes_are_usage_errors(kcli, typed: str) -> None:
    result = kcli("timeline", "--from", typed)
    assert (result.exit_code, result.stdout) == (2, "")
    _one_error_line(result.stderr)


@pytest.mark.parametrize("typed", ["２０２０-１０", "٢٠٢٠-١٠"])
def test_dates_in_other_digits_are_refused_or_understood(kcli, typed: str) -> None:
    result = kcli("timeline", "--from", typed, "--to", typed, "--json")
    understood = kcli("timeline", "--from", "2020-10", "--to", "2020-10", "--json").stdout
    assert result.exit_code == 2 or result.stdout == understood


LONG = "ж" * 10_000 + "x" * 90_000  # 110 kB: a single argument may not pass 128 kB


# A bound against hangs, generous enough for a busy machine: runs in parallel.
@pytest.mark.parametrize(
    "args",
    [
        ["actor", LONG],
        ["search", LONG],
        ["search", " ".join(f"w{n}*" for n in range(15_000))],
        ["timeline", "--from", LONG],
        ["positions", "--topic", LONG],
        ["event", LONG],
        ["cite", LONG],
        ["sql", f"SELECT '{LONG}' AS x"],
        ["sql", "SELECT " + "+".join(["1"] * 30_000)],
    ],
    ids=["actor", "search", "search-many-words", "date", "topic", "event", "cite", "sql-literal", "sql-expression"],
)
def test_very_long_input_gets_an_answer_quickly(args: list[str]) -> None:
    """100,000 characters (as much as one argument can carry, in UTF-8) get an answer within seconds."""
    started = time.monotonic()
    result = run_kcli(*args, "--json", timeout=60)
    assert time.monotonic() - started < 15
    assert result.returncode in (0, 1, 2)
    assert "Traceback" not in result.stderr
    if result.returncode == 0:
        json.loads(result.stdout)
    else:
        assert result.stdout == ""
        _one_error_line(result.stderr)


@pytest.mark.serial
def test_a_word_repeated_many_times_as_a_search_query_answers_quickly() -> None:
    # 1,000 times 'the': about 12 s today, 77 s for 2,500; a real 3,900-word paragraph takes 0.25 s.
    started = time.monotonic()
    with contextlib.suppress(subprocess.TimeoutExpired):
        run_kcli("search", "the " * 1000, "--json", timeout=5)
    assert time.monotonic() - started < 3


@pytest.mark.parametrize(
    "text",
    ["\x1b[2J\x1b[31mpakistan", "paki\rstan", "paki\nstan", "\x07\x08\x7f", "\x9b31m", "a\tb\x0b\x0c"],
    ids=["ansi", "cr", "newline", "bell", "c1-csi", "whitespace"],
)
@pytest.mark.parametrize("command", [["actor"], ["timeline", "--from"], ["positions", "--topic"], ["event"]])
def test_control_characters_in_input_never_reach_the_terminal_raw(command: list[str], text: str) -> None:
    result = run_kcli(*command, text)
    assert result.returncode in (0, 1, 2)
    if result.returncode:
        _one_error_line(result.stderr)
        message = result.stderr[:-1]
        assert not re.search(r"[\x00-\x1f\x7f\x9b]", message), repr(message)


@pytest.mark.parametrize(
    ("args", "literal"),
    [
        (["actor", "[bold]pakistan[/bold]"], "'[bold]pakistan[/bold]'"),
        (["actor", "[/x]"], "'[/x]'"),
        (["positions", "--topic", "[red]x[/red]"], "'[red]x[/red]'"),
        (["timeline", "--kind", "[/oops]"], "'[/oops]'"),
    ],
)
def test_markup_in_input_is_echoed_literally(kcli, args: list[str], literal: str) -> None:
    result = kcli(*args)
    assert result.exit_code in (1, 2)
    assert literal in _one_error_line(result.stderr)


@pytest.mark.parametrize("text", ["[bold]", "[/x]", "[link=http://x]y[/link]", "\\[z]"])
def test_markup_as_a_search_query_is_just_words(kcli, text: str) -> None:
    result = kcli("search", text)
    assert result.exit_code in (0, 2)
    assert "Traceback" not in result.stderr


BRACKETS_SUMMARY = "Test data: [bold]x[/bold] [/oops] [link=https://example.org]y[/link] \\[z]"
BRACKETS_SEED = f"""
INSERT INTO actors (id, name, kind, summary, iso3, wikidata) VALUES ('zz-brackets', 'Bracket [Test] Land', 'state', '{BRACKETS_SUMMARY}', NULL, NULL);
INSERT INTO aliases (alias, actor_id, kind, note) VALUES ('[/Brackétland]', 'zz-brackets', 'other-language', NULL);
INSERT INTO relations (id, subject_id, predicate, object_id, date, end_date, summary, status) VALUES ('zz-brackets-nam', 'zz-brackets', 'member', 'nam', '2020', NULL, 'Test: [red]member[/red] [/x]', 'unverified');
INSERT INTO relations (id, subject_id, predicate, object_id, date, end_date, summary, status) VALUES ('zz-escape-azerbaijan', 'zz-brackets', 'supports', 'azerbaijan', '2020', NULL, 'Escape ' || char(27) || '[2J' || char(27) || ']0;pwned' || char(7) || ' end', 'unverified');
INSERT INTO citations (source_id, locator, record_type, record_id, note) VALUES ('ponars-704', '¶1', 'actor', 'zz-brackets', '[i]note[/i]');
INSERT INTO citations (source_id, locator, record_type, record_id, note) VALUES ('ponars-704', '¶1', 'relation', 'zz-brackets-nam', NULL);
INSERT INTO citations (source_id, locator, record_type, record_id, note) VALUES ('ponars-704', '¶1', 'relation', 'zz-escape-azerbaijan', NULL);
"""  # noqa: E501


@pytest.fixture(scope="module")
def brackets_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A database built by `kcli db build` from the real seed plus an actor whose texts are full of markup."""
    home = tmp_path_factory.mktemp("brackets")
    seed = home / "seed.sql"
    seed.write_text(SEED.read_text(encoding="utf-8") + BRACKETS_SEED, encoding="utf-8")
    built = run_kcli("db", "build", str(seed), "--output", str(home / "kcli.db"))
    assert built.returncode == 0, built.stderr
    return home / "kcli.db"


BRACKET_CHECKS = [
    (
        ["actor", "zz-brackets", "--full"],
        [BRACKETS_SUMMARY, "Bracket [Test] Land", "[/Brackétland]", "[red]member[/red] [/x]"],
    ),
    (["actor", "[/Brackétland]"], ["matched the alias “[/Brackétland]”", BRACKETS_SUMMARY]),
    (["actors", "--limit", "0"], ["Bracket [Test] Land"]),
    (["actors", "--member", "nam", "--as-of", "2020-10-19", "--limit", "0"], ["Bracket [Test] Land"]),
    (["search", "oops"], ["Bracket [Test] Land"]),
    (["cite", "zz-brackets"], ["actor zz-brackets"]),
    (["sql", "SELECT summary FROM actors WHERE id = 'zz-brackets'"], [BRACKETS_SUMMARY]),
]


@pytest.mark.parametrize(("args", "expected"), BRACKET_CHECKS, ids=[" ".join(a) for a, _ in BRACKET_CHECKS])
def test_data_with_brackets_is_printed_literally(kcli, brackets_db: Path, args: list[str], expected: list[str]):
    result = kcli("--db", str(brackets_db), *args, env={"COLUMNS": "400"})
    assert result.exit_code == 0, result.stderr
    for text in expected:
        assert text in result.stdout


def test_data_with_brackets_is_printed_literally_by_a_real_process(brackets_db: Path) -> None:
    for env in ({}, {"LANG": "C", "LC_ALL": "C"}):
        result = run_kcli("--db", str(brackets_db), "actor", "zz-brackets", "--full", env={"COLUMNS": "400", **env})
        assert result.returncode == 0, result.stderr
        assert BRACKETS_SUMMARY in result.stdout
        assert "[red]member[/red] [/x]" in result.stdout
        as_json = json.loads(run_kcli("--db", str(brackets_db), "actor", "zz-brackets", "--json", env=env).stdout)
        assert as_json["actor"]["summary"] == BRACKETS_SUMMARY


def test_control_characters_in_data_never_reach_the_terminal_raw(brackets_db: Path) -> None:
    result = run_kcli(
        "--db", str(brackets_db), "actor", "zz-brackets", "--full", env={"COLUMNS": "400", "FORCE_COLOR": "1"}
    )
    assert result.returncode == 0, result.stderr
    assert "Escape" in result.stdout
    without_colour = re.sub(r"\x1b\[[0-9;]*m", "", result.stdout)  # kcli's own colours are fine
    first = min((i for i in (without_colour.find("\x1b"), without_colour.find("\x07")) if i >= 0), default=-1)
    assert first < 0, repr(without_colour[max(first - 20, 0) : first + 30])


def _on_a_terminal(*args: str, env: dict[str, str] | None = None) -> tuple[int, str]:
    """Run kcli with stdout and stderr on a pseudo-terminal, as in an interactive UTF-8 shell."""
    leader, follower = pty.openpty()
    # A terminal would page long tables: cat stands in for the pager, so nothing waits for a key.
    full_env = {**os.environ, "COLUMNS": "200", "LINES": "50", "KCLI_PAGER": "cat", **(env or {})}
    process = subprocess.Popen([str(KCLI), *args], stdout=follower, stderr=follower, env=full_env)
    os.close(follower)
    output = b""
    with contextlib.suppress(OSError):
        while chunk := os.read(leader, 65536):
            output += chunk
    os.close(leader)
    return process.wait(timeout=30), output.decode("utf-8")


@pytest.mark.parametrize(
    ("name", "shown"),
    [("azerbaijan", ["Azərbaycan", "Азербайджан"]), ("armenia", ["Հայաստան", "Республика Армения"])],
)
def test_other_scripts_print_correctly_on_a_utf8_terminal_under_c_locale_and_piped(name: str, shown: list[str]):
    code, screen = _on_a_terminal("actor", name)
    assert code == 0
    assert "Traceback" not in screen
    for text in shown:
        assert text in ANSI.sub("", screen)
    for env in ({"LANG": "C.UTF-8"}, {"LANG": "C", "LC_ALL": "C"}, {"LANG": "", "LC_ALL": "", "LC_CTYPE": ""}):
        table = run_kcli("actor", name, env=env)
        assert table.returncode == 0, table.stderr
        assert all(text in table.stdout for text in shown)
        record = json.loads(run_kcli("actor", name, "--json", env=env).stdout)
        assert set(shown) <= {alias["alias"] for alias in record["actor"]["aliases"]}


def test_names_typed_in_other_scripts_work_under_the_c_locale() -> None:
    for env in ({"LANG": "C", "LC_ALL": "C"}, {"LANG": "C.UTF-8"}):
        result = run_kcli("actor", "Россия", "--json", env=env)
        assert result.returncode == 0, result.stderr
        assert json.loads(result.stdout)["actor"]["id"] == "russia"
        assert json.loads(result.stdout)["matched"]["query"] == "Россия"


@pytest.mark.parametrize("encoding", ["ascii", "latin-1"])
@pytest.mark.parametrize("output", [[], ["--json"]], ids=["table", "json"])
def test_an_output_encoding_without_the_data_letters_gets_no_traceback(encoding: str, output: list[str]) -> None:
    result = run_kcli("actor", "azerbaijan", *output, env={"PYTHONIOENCODING": encoding})
    assert "Traceback" not in result.stderr
    assert result.returncode in (0, 1)


def _run_bytes(*args: bytes | str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    """Run kcli with raw bytes in argv: what a shell passes for text that is not UTF-8."""
    argv = [os.fsencode(KCLI), *(a if isinstance(a, bytes) else a.encode() for a in args)]
    return subprocess.run(argv, capture_output=True, env={**os.environ, **(env or {})}, timeout=60)


@pytest.mark.parametrize(
    "args",
    [
        [b"actor", b"\xff"],
        [b"actor", b"xyz\xff"],
        [b"actor", b"R\xe9publique"],  # Latin-1, as typed in an ISO-8859-1 terminal
        [b"timeline", b"--from", b"2020\xff"],
        [b"positions", b"--topic", b"\xff"],
        [b"timeline", b"--kind", b"\xff"],
        [b"search", b"\xff"],
        [b"sql", b"SELECT '\xff'"],
        [b"event", b"\xff"],
        [b"cite", b"\xff"],
        [b"actor", b"pakistan\xff", b"--json"],
    ],
    ids=lambda args: " ".join(a.decode("utf-8", "replace") for a in args),
)
def test_argv_that_is_not_utf8_gets_an_answer_or_one_line(args: list[bytes]) -> None:
    # PYTHONIOENCODING=utf-8:strict is what Python uses under a UTF-8 locale such as en_US.UTF-8.
    result = _run_bytes(*args, env={"PYTHONIOENCODING": "utf-8:strict"})
    stderr = result.stderr.decode("utf-8", "replace")
    assert result.returncode in (0, 1, 2), stderr
    assert b"Traceback" not in result.stderr
    if result.returncode:
        assert result.stdout == b""
        _one_error_line(stderr)
    elif b"--json" in args:
        json.loads(result.stdout)


# --- 3. databases that are not what they should be -----------------------------------------------


def _odd_copy(tmp_path: Path, content: bytes) -> Path:
    directory = tmp_path / ODD_DIR
    directory.mkdir()
    path = directory / "my kcli ?#.db"
    path.write_bytes(content)
    return path


def _assert_refused_untouched(kcli, path: Path, *, via: str, words: tuple[str, ...]) -> None:
    before, listing = _digest(path), _listing(path.parent)
    for command in (["actor", "pakistan"], ["timeline", "--json"], ["search", "ceasefire"], ["db", "info"]):
        by_option = via == "option"
        result = kcli("--db", str(path), *command) if by_option else kcli(*command, env={"KCLI_DB": str(path)})
        assert (result.exit_code, result.stdout) == (1, ""), (command, result.stdout[:200])
        message = _one_error_line(result.stderr)
        assert any(word in message for word in words), message
        assert str(path) in message, message
    assert _digest(path) == before
    assert _listing(path.parent) == listing, "no -journal, -wal or -shm next to the database"


@pytest.mark.parametrize("via", ["option", "variable"])
@pytest.mark.parametrize("keep", [16, 100, 4096, 8192, "half", "all but the last page"])
def test_truncated_database_is_refused_with_one_line(kcli, fresh_db: Path, tmp_path: Path, keep, via: str):
    data = fresh_db.read_bytes()
    size = {"half": len(data) // 2, "all but the last page": len(data) - 4096}.get(keep, keep)
    path = _odd_copy(tmp_path, data[:size])
    _assert_refused_untouched(kcli, path, via=via, words=("malformed", "not a database", "not a kcli database"))


def _page_size(data: bytes) -> int:
    size = int.from_bytes(data[16:18], "big")
    return 65536 if size == 1 else size


def test_corrupted_middle_page_gives_the_right_answer_or_one_line(kcli, fresh_db: Path, tmp_path: Path) -> None:
    data = bytearray(fresh_db.read_bytes())
    page = _page_size(data)
    middle = (len(data) // page // 2) * page
    for offset in range(middle, middle + 64):  # the b-tree page header and its first cell pointers
        data[offset] ^= 0xFF
    path = _odd_copy(tmp_path, bytes(data))
    before, listing = _digest(path), _listing(path.parent)
    failures = 0
    for command in (["actors"], ["timeline"], ["search", "ceasefire"], ["actor", "russia"], ["matrix"],
                    ["positions"], ["sources"], ["errata"], ["db", "check"]):  # fmt: skip
        args = command if command[0] == "db" else [*command, "--json"]
        good, bad = kcli("--db", str(fresh_db), *args), kcli("--db", str(path), *args)
        assert bad.exit_code in (0, 1), (command, bad.stderr)
        if bad.exit_code == 0:
            assert bad.stdout == good.stdout, command
        elif command[0] == "db":
            failures += 1
            _one_error_line(bad.stderr.splitlines(keepends=True)[-1])
        else:
            failures += 1
            assert bad.stdout == ""
            assert "malformed" in _one_error_line(bad.stderr)
    assert failures >= 1, "the damage was noticed by at least db check"
    assert kcli("--db", str(path), "db", "check").exit_code == 1
    assert _digest(path) == before
    assert _listing(path.parent) == listing


def test_corrupted_schema_text_is_refused_with_one_line(kcli, fresh_db: Path, tmp_path: Path) -> None:
    data = bytearray(fresh_db.read_bytes())
    start = data.find(b"tableactorsactors")  # the schema record of the actors table: type, name, table name
    assert start > 0
    for offset in range(start + 5, start + 11):
        data[offset] ^= 0xFF
    path = _odd_copy(tmp_path, bytes(data))
    _assert_refused_untouched(kcli, path, via="option", words=("malformed", "not a kcli database", "damaged"))


def test_db_check_notices_a_changed_letter_in_the_data(kcli, fresh_db: Path, tmp_path: Path) -> None:
    data = bytearray(fresh_db.read_bytes())
    start = data.find(b"firmest supporter")
    assert start > 0
    data[start] = ord("F")
    path = _odd_copy(tmp_path, bytes(data))
    assert "Firmest" in kcli("--db", str(path), "actor", "pakistan").stdout  # the damage is visible to users
    assert kcli("--db", str(path), "db", "check").exit_code == 1


def test_header_damage_is_refused_with_one_line(kcli, fresh_db: Path, tmp_path: Path) -> None:
    data = bytearray(fresh_db.read_bytes())
    data[16:24] = b"\xff" * 8  # page size, format versions, reserved space
    path = _odd_copy(tmp_path, bytes(data))
    _assert_refused_untouched(kcli, path, via="option", words=("not a database", "malformed", "not a kcli database"))


def test_a_sqlite_uri_as_path_is_only_a_file_name(kcli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    for name in ("x.db?mode=rwc", "file:x.db?mode=rwc", "file:x.db?mode=memory&cache=shared", ":memory:"):
        result = kcli("--db", name, "actors")
        assert result.exit_code == 1
        assert _one_error_line(result.stderr) == f"kcli: error: database not found: {name}\n"
    assert _listing(tmp_path) == []


def test_a_fifo_or_a_device_is_refused_without_blocking(kcli, tmp_path: Path) -> None:
    fifo = tmp_path / "db.fifo"
    os.mkfifo(fifo)
    for path in (fifo, Path("/dev/null"), Path("/dev/zero")):
        result = run_kcli("--db", str(path), "actors", timeout=20)
        assert result.returncode == 1
        assert "not a file" in _one_error_line(result.stderr)


def test_a_wal_mode_database_gets_no_files_next_to_it(kcli, user_db: Path) -> None:
    with contextlib.closing(sqlite3.connect(user_db)) as conn:
        assert conn.execute("PRAGMA journal_mode = WAL").fetchone()[0] == "wal"
    before = _digest(user_db)
    result = kcli("--db", str(user_db), "actor", "pakistan", "--json")
    assert result.exit_code == 0, result.stderr
    assert _listing(user_db.parent) == ["kcli.db"]
    assert _digest(user_db) == before


# --- 4. read-only guarantees ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "statement",
    [
        "UPDATE actors SET name = 'x'",
        "REPLACE INTO meta VALUES ('schema_version', '2')",
        "WITH x AS (SELECT 1) DELETE FROM actors",
        "INSERT INTO search_records_fts (search_records_fts) VALUES ('rebuild')",
        "CREATE TEMP TABLE t (x)",
        "CREATE TEMP VIEW v AS SELECT 1",
        "CREATE TEMP TRIGGER t AFTER INSERT ON meta BEGIN SELECT 1; END",
        "CREATE INDEX i ON actors (name)",
        "ALTER TABLE actors ADD COLUMN x",
        "VACUUM",
        "VACUUM INTO '{dir}/vacuumed.db'",
        "REINDEX",
        "ANALYZE",
        "ATTACH DATABASE '{dir}/attached.db' AS a",
        "ATTACH DATABASE ':memory:' AS m",
        "DETACH main",
        "BEGIN",
        "BEGIN IMMEDIATE",
        "SAVEPOINT s",
        "PRAGMA journal_mode = WAL",
        "PRAGMA writable_schema = ON",
        "PRAGMA user_version = 5",
        "PRAGMA foreign_keys = ON",
        "PRAGMA temp_store_directory = '{dir}'",
        "SELECT * FROM pragma_journal_mode",
        "SELECT load_extension('{dir}/evil.so')",
        "SELECT fts3_tokenizer('simple')",
        "SELECT 1; DELETE FROM actors",
    ],
)
def test_sql_refuses_every_kind_of_change(kcli, user_db: Path, statement: str) -> None:
    before = _digest(user_db)
    result = kcli("--db", str(user_db), "sql", statement.format(dir=user_db.parent))
    assert (result.exit_code, result.stdout) == (2, "")
    _one_error_line(result.stderr)
    assert _digest(user_db) == before
    assert _listing(user_db.parent) == ["kcli.db"]


@pytest.mark.serial
def test_sql_row_limit_stops_an_endless_result(kcli) -> None:
    endless_rows = "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) SELECT i FROM n"
    started = time.monotonic()
    result = kcli("sql", endless_rows, "--max-rows", "50", "--json")
    assert time.monotonic() - started < 5
    assert result.exit_code == 0, result.stderr
    assert [row["i"] for row in json.loads(result.stdout)] == list(range(1, 51))
    assert result.stderr == "kcli: note: only the first 50 rows are shown (--max-rows)\n"


@pytest.mark.serial
@pytest.mark.parametrize(
    "query",
    [
        "SELECT count(*) FROM citations a, citations b, citations c, citations d, citations e",
        "SELECT max(length(a.body || b.body || c.body)) FROM search_records a, search_records b, search_records c",
        ENDLESS,
    ],
    ids=["cross-join", "concatenation", "recursive"],
)
def test_sql_time_limit_holds_for_any_shape_of_slow_query(kcli, query: str) -> None:
    started = time.monotonic()
    result = kcli("sql", query, "--timeout", "0.5")
    elapsed = time.monotonic() - started
    assert result.exit_code == 1, result.stderr
    assert result.stderr == "kcli: error: query stopped after 0.5 s (--timeout)\n"
    assert elapsed < 3


@pytest.mark.parametrize("value", ["0", "-1", "0.001", "abc", ""])
def test_sql_refuses_a_timeout_below_its_minimum(kcli, value: str) -> None:
    result = kcli("sql", "SELECT 1", "--timeout", value)
    assert result.exit_code == 2
    _one_error_line(result.stderr)


@pytest.mark.serial
def test_sql_timeout_nan_does_not_disable_the_time_limit() -> None:
    try:
        result = run_kcli("sql", ENDLESS, "--timeout", "nan", timeout=4)
    except subprocess.TimeoutExpired:
        pytest.fail("kcli sql --timeout nan ran on past 4 s")
    assert result.returncode in (1, 2)


@pytest.mark.parametrize("fmt", ["json", "jsonl", "csv"])
def test_sql_keeps_every_column_of_a_join(kcli, fmt: str) -> None:
    query = (
        "SELECT e.id, a.id FROM events e JOIN event_actors ea ON ea.event_id = e.id"
        " JOIN actors a ON a.id = ea.actor_id ORDER BY e.id, a.id LIMIT 1"
    )
    result = kcli("sql", query, "--format", fmt)
    assert result.exit_code in (0, 2)
    if result.exit_code == 2:  # refusing the ambiguous names is as good as keeping both columns
        return
    if fmt == "csv":
        row = result.stdout.splitlines()[1]
        assert len(row.split(",")) == 2 and row.split(",")[0] != row.split(",")[1]
    else:
        record = json.loads(result.stdout)[0] if fmt == "json" else json.loads(result.stdout.splitlines()[0])
        assert len(record) == 2


def test_sql_blob_values_do_not_crash_json(kcli) -> None:
    result = kcli("sql", "SELECT x'00ff' AS b, randomblob(4) AS r", "--json")
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    assert result.exit_code in (0, 2)
    if result.exit_code == 0:
        json.loads(result.stdout)


def test_sql_infinite_values_are_valid_json(kcli) -> None:
    result = kcli("sql", "SELECT 1e999 AS big, -1e999 AS small", "--json")
    assert result.exit_code in (0, 2)
    if result.exit_code == 0:
        json.loads(result.stdout, parse_constant=lambda name: pytest.fail(f"{name} is not JSON"))


READ_COMMANDS = [
    ["actor", "pakistan", "--as-of", "2020-10-19"],
    ["actor", "artsakh", "--json"],
    ["actors", "--member", "unsc", "--as-of", "2020-10-19"],
    ["timeline", "--from", "2020-10", "--to", "2020-10"],
    ["event", "2020-11-10-trilateral-statement"],
    ["positions", "--format", "csv"],
    ["matrix"],
    ["topics", "--format", "jsonl"],
    ["search", "ceasefi*"],
    ["sources"],
    ["cite", "pakistan"],
    ["errata", "--actor", "russia"],
    ["sql", "SELECT count(*) AS n FROM events"],
    ["schema"],
    ["db", "path"],
    ["db", "check"],
    ["db", "info", "--json"],
    ["actor", "nowhere-land"],
    ["sql", "DELETE FROM actors"],
]


def test_no_command_creates_a_file_next_to_the_database(kcli, user_db: Path) -> None:
    before = _digest(user_db)
    for command in READ_COMMANDS:
        result = kcli("--db", str(user_db), *command)
        assert result.exit_code in (0, 1, 2), (command, result.stderr)
        assert _listing(user_db.parent) == ["kcli.db"], command
        result = kcli(*command, env={"KCLI_DB": str(user_db)})
        assert _listing(user_db.parent) == ["kcli.db"], command
    assert _digest(user_db) == before


def test_the_bundled_database_is_never_changed_and_gets_no_neighbours(kcli) -> None:
    path = bundled_path()
    before, listing, modified = _digest(path), _listing(path.parent), path.stat().st_mtime_ns
    for command in READ_COMMANDS:
        kcli(*command)
    assert (_digest(path), _listing(path.parent), path.stat().st_mtime_ns) == (before, listing, modified)


def test_no_command_opens_a_network_connection(kcli, monkeypatch: pytest.MonkeyPatch) -> None:
    import socket

    def refuse(*args, **kwargs):
        raise AssertionError(f"kcli tried the network: {args!r}")

    for name in ("connect", "connect_ex", "sendto"):
        monkeypatch.setattr(socket.socket, name, refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    for command in [*READ_COMMANDS, ["--version"], ["--help"]]:
        result = kcli(*command)
        assert result.exception is None or isinstance(result.exception, SystemExit), (command, result.exception)


def test_kcli_works_with_no_network_at_all(tmp_path: Path) -> None:
    if not shutil.which("unshare") or os.geteuid() != 0:
        pytest.skip("needs root and unshare for a process without a network")
    probe = subprocess.run(["unshare", "--net", "--", "true"], capture_output=True)
    if probe.returncode:
        pytest.skip("network namespaces are not allowed here")
    for command in (["actor", "pakistan", "--json"], ["search", "ceasefire"], ["db", "check"], ["--version"]):
        alone = subprocess.run(["unshare", "--net", "--", str(KCLI), *command], capture_output=True, text=True,
                               cwd=tmp_path, timeout=60)  # fmt: skip
        assert alone.returncode == 0, alone.stderr
        assert alone.stdout == run_kcli(*command).stdout


@pytest.fixture
def shared_dir() -> Iterator[Path]:
    """A directory any user can read (pytest's own tmp_path is private to root)."""
    directory = Path(tempfile.mkdtemp(prefix="kcli-readonly-"))
    directory.chmod(0o755)
    try:
        yield directory
    finally:
        for path in [directory, *directory.rglob("*")]:
            if not path.is_symlink():
                path.chmod(0o755 if path.is_dir() else 0o644)
        shutil.rmtree(directory)


def _cannot_write(directory: Path) -> str:
    return f"import pathlib; (pathlib.Path({str(directory)!r}) / 'probe').touch()"


def _freeze(root: Path) -> None:
    """Make a tree read-only: directories 0555, files 0444."""
    for path in sorted(root.rglob("*"), reverse=True):
        path.chmod(0o555 if path.is_dir() else 0o444)
    root.chmod(0o555)


def _unprivileged(probe: str) -> list[str]:
    """A command prefix that runs kcli as a user whom file modes stop: probe, Python code, must then fail.

    `nobody` when it can run this interpreter; otherwise root with every capability dropped (setpriv), for
    which file modes apply as for anyone. Skips when neither works (not root, no tools)."""
    if os.geteuid() != 0:
        pytest.skip("dropping privileges needs root")
    candidates = []
    if shutil.which("runuser"):
        candidates.append(["runuser", "-u", "nobody", "--"])
    if shutil.which("setpriv"):
        candidates.append(["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", "--"])
        candidates.append(["setpriv", "--bounding-set=-all", "--inh-caps=-all", "--"])
    for prefix in candidates:
        result = subprocess.run([*prefix, sys.executable, "-c", "import karabakh_cli\n" + probe],
                                capture_output=True, text=True)  # fmt: skip
        if "PermissionError" in result.stderr:
            return prefix
    pytest.skip("no way to run this interpreter without the right to write (runuser, setpriv)")


def test_a_database_in_a_read_only_directory_works_for_an_unprivileged_user(shared_dir: Path) -> None:
    data = shared_dir / "ro"
    data.mkdir()
    shutil.copy(bundled_path(), data / "kcli.db")
    _freeze(data)
    prefix = _unprivileged(_cannot_write(data))
    before = _digest(data / "kcli.db")
    for command in (["actor", "pakistan", "--json"], ["search", "ceasefire", "--json"], ["db", "check"],
                    ["sql", "SELECT count(*) AS n FROM actors", "--json"], ["timeline"]):  # fmt: skip
        expected = run_kcli(*command)
        result = subprocess.run([*prefix, str(KCLI), "--db", str(data / "kcli.db"), *command],
                                capture_output=True, text=True, env={**os.environ, "KCLI_DB": ""})  # fmt: skip
        assert result.returncode == expected.returncode == 0, result.stderr
        assert result.stdout == expected.stdout
    assert _listing(data) == ["kcli.db"]
    assert _digest(data / "kcli.db") == before


def test_the_package_works_from_a_read_only_directory_as_an_unprivileged_user(shared_dir: Path) -> None:
    import karabakh_cli

    package = Path(karabakh_cli.__file__).parent
    copy = shared_dir / "site" / "karabakh_cli"
    shutil.copytree(package, copy, ignore=shutil.ignore_patterns("__pycache__", "*.building*"))
    assert (copy / "data" / "kcli.db").is_file()
    _freeze(shared_dir / "site")
    prefix = _unprivileged(_cannot_write(copy))
    listing = sorted(str(p.relative_to(copy)) for p in copy.rglob("*"))
    before = _digest(copy / "data" / "kcli.db")
    runner = (
        "import sys; sys.path.insert(0, sys.argv.pop(1)); import karabakh_cli;"
        " assert karabakh_cli.__file__.startswith(sys.path[0]), karabakh_cli.__file__;"
        " from karabakh_cli.cli import app; app()"
    )
    env = {key: value for key, value in os.environ.items() if key not in ("PYTHONDONTWRITEBYTECODE", "KCLI_DB")}
    outputs = {}
    for command in (["actor", "pakistan", "--json"], ["db", "path"], ["--version"], ["search", "ceasefire"]):
        result = subprocess.run([*prefix, sys.executable, "-c", runner, str(copy.parent), *command],
                                capture_output=True, text=True, env=env, cwd=shared_dir)  # fmt: skip
        assert (result.returncode, result.stderr) == (0, ""), command
        outputs[command[0]] = result.stdout
    assert json.loads(outputs["actor"])["actor"]["id"] == "pakistan"
    assert outputs["db"] == f"{copy / 'data' / 'kcli.db'}\n"
    assert outputs["--version"].startswith("kcli ") and "unavailable" not in outputs["--version"]
    assert sorted(str(p.relative_to(copy)) for p in copy.rglob("*")) == listing
    assert _digest(copy / "data" / "kcli.db") == before


def test_an_unreadable_database_gets_one_line_naming_it(shared_dir: Path) -> None:
    path = shared_dir / "secret.db"
    shutil.copy(bundled_path(), path)
    path.chmod(0)
    prefix = _unprivileged(f"open({str(path)!r}).close()")
    result = subprocess.run([*prefix, str(KCLI), "--db", str(path), "actors"], capture_output=True, text=True)
    assert (result.returncode, result.stdout) == (1, "")
    assert str(path) in _one_error_line(result.stderr)


# --- 5. kcli db build ---------------------------------------------------------------------------------


GOOD_EVENT = (
    "INSERT INTO events (id, date, end_date, kind, title, summary, status)"
    " VALUES ('zz-test-event', '{date}', NULL, 'statement', 'Test', 'Test.', 'verified');\n"
)
CITE_EVENT = "INSERT INTO citations (source_id, locator, record_type, record_id) VALUES ('ponars-704', '¶1', 'event', 'zz-test-event');\n"  # noqa: E501
BAD_SEEDS = {
    "sql-error": ("INSERT INTO nowhere VALUES (1);\n", r"seed\.sql:{line}: no such table: nowhere"),
    "foreign-key": (
        "INSERT INTO aliases (alias, actor_id, kind) VALUES ('Nobody', 'no-such-actor', 'short-name');\n",
        r"seed\.sql:{line}: FOREIGN KEY constraint failed",
    ),
    "uncited": (GOOD_EVENT.format(date="2020-10-19"), r"events zz-test-event: no citation"),
    "impossible-date": (
        GOOD_EVENT.format(date="2021-02-29") + CITE_EVENT,
        r"events zz-test-event: '2021-02-29' is not a calendar day",
    ),
    "check-constraint": (GOOD_EVENT.format(date="20-10-2020") + CITE_EVENT, r"seed\.sql:{line}: CHECK constraint"),
    "unterminated": ("INSERT INTO meta VALUES ('x', 'y')\n", r"line {line}: statement is not terminated"),
}


@pytest.mark.parametrize("case", list(BAD_SEEDS))
def test_invalid_seed_names_its_line_or_record_and_keeps_the_old_database(fresh_db: Path, tmp_path: Path, case: str):
    extra, pattern = BAD_SEEDS[case]
    base = SEED.read_text(encoding="utf-8")
    seed = tmp_path / "seed.sql"
    seed.write_text(base + extra, encoding="utf-8")
    output = tmp_path / "kcli.db"
    shutil.copy(fresh_db, output)
    before = _digest(output)
    result = run_kcli("db", "build", str(seed), "--output", str(output))
    assert (result.returncode, result.stdout) == (1, "")
    assert result.stderr.startswith("kcli: error: ")
    assert "Traceback" not in result.stderr
    assert re.search(pattern.format(line=len(base.splitlines()) + 1), result.stderr), result.stderr
    assert _digest(output) == before
    assert _listing(tmp_path) == ["kcli.db", "seed.sql"]


def test_a_seed_that_is_not_utf8_or_missing_is_one_line(tmp_path: Path) -> None:
    seed = tmp_path / "seed.sql"
    assert "Çomoğlu".encode() in SEED.read_bytes()
    seed.write_bytes(SEED.read_bytes().replace("Çomoğlu".encode(), "Çomoğlu".encode("utf-16")))
    for path in (seed, tmp_path / "missing.sql", tmp_path):
        result = run_kcli("db", "build", str(path), "--output", str(tmp_path / "out.db"))
        assert result.returncode == 1
        assert f"cannot read seed {path}" in _one_error_line(result.stderr)
    assert _listing(tmp_path) == ["seed.sql"]


def test_building_onto_the_seed_itself_is_refused(tmp_path: Path) -> None:
    seed = tmp_path / "seed.sql"
    shutil.copy(SEED, seed)
    before = _digest(seed)
    result = run_kcli("db", "build", str(seed), "--output", str(seed))
    assert _digest(seed) == before
    assert result.returncode in (1, 2)


def test_an_output_that_cannot_be_written_is_named(tmp_path: Path) -> None:
    output = tmp_path / "no such dir" / "kcli.db"
    result = run_kcli("db", "build", str(SEED), "--output", str(output))
    assert result.returncode == 1
    assert str(output) in _one_error_line(result.stderr)


@pytest.fixture(scope="module")
def big_seed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The real seed plus 200,000 cited events: a build of it takes minutes, so a signal always lands mid-build."""
    seed = tmp_path_factory.mktemp("big") / "big-seed.sql"
    with seed.open("w", encoding="utf-8") as out:
        out.write(SEED.read_text(encoding="utf-8"))
        for n in range(200_000):
            out.write(
                f"INSERT INTO events (id, date, end_date, kind, title, summary, status) VALUES ('zz-{n}', "
                f"'2020-10-19', NULL, 'statement', 'Synthetic {n}', 'Synthetic event {n}.', 'verified');\n"
                f"INSERT INTO citations (source_id, locator, record_type, record_id) VALUES ('ponars-704', '¶1', 'event', 'zz-{n}');\n"  # noqa: E501
            )
    return seed


def _interrupted_build(seed: Path, output: Path, sig: signal.Signals) -> tuple[int, str, str]:
    """Start `kcli db build`, wait until it writes (its temporary file appears; 3 s at most), send sig.

    Returns the exit code, stdout and stderr."""
    process = subprocess.Popen([str(KCLI), "db", "build", str(seed), "--output", str(output)],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)  # fmt: skip
    deadline = time.monotonic() + 3
    while not list(output.parent.glob(f".{output.name}.*.building")) and time.monotonic() < deadline:
        assert process.poll() is None, process.communicate()
        time.sleep(0.02)
    time.sleep(0.5)
    assert process.poll() is None, "the build ended before the signal"
    process.send_signal(sig)
    out, err = process.communicate(timeout=60)
    return process.returncode, out, err


def _temporary_files(output: Path) -> list[str]:
    return sorted(p.name for p in output.parent.glob(f".{output.name}.*"))


@pytest.mark.parametrize("sig", [signal.SIGKILL, signal.SIGTERM, signal.SIGINT], ids=lambda s: s.name)
def test_killed_build_leaves_the_existing_database_byte_identical(big_seed, fresh_db, tmp_path, sig) -> None:
    output = tmp_path / "kcli.db"
    shutil.copy(fresh_db, output)
    before = _digest(output)
    code, _, err = _interrupted_build(big_seed, output, sig)
    assert code in (-sig, 128 + sig), err
    assert "Traceback" not in err
    assert _digest(output) == before
    assert run_kcli("--db", str(output), "actor", "pakistan").returncode == 0


@pytest.mark.serial
def test_interrupted_build_with_ctrl_c_cleans_up(big_seed: Path, tmp_path: Path) -> None:
    output = tmp_path / "kcli.db"
    output.write_bytes(b"the user's file")
    assert _interrupted_build(big_seed, output, signal.SIGINT) == (130, "", "")
    assert _listing(tmp_path) == ["kcli.db"]
    assert output.read_bytes() == b"the user's file"


@pytest.mark.serial
def test_terminated_build_leaves_no_temporary_file(big_seed: Path, tmp_path: Path) -> None:
    output = tmp_path / "kcli.db"
    _interrupted_build(big_seed, output, signal.SIGTERM)
    assert _temporary_files(output) == []


def test_killed_build_litter_is_only_its_own_temporary_file(big_seed: Path, tmp_path: Path) -> None:
    """SIGKILL cannot be caught: what is left is the temporary file (and its journal), never a half database
    under the user's name. Recorded here so that a change in what is left is noticed."""
    output = tmp_path / "kcli.db"
    _interrupted_build(big_seed, output, signal.SIGKILL)
    left = _temporary_files(output)
    assert left and all(re.fullmatch(r"\.kcli\.db\.[0-9]+\.building(-journal)?", name) for name in left), left
    assert not output.exists()


def test_next_build_clears_the_litter_of_a_killed_build(big_seed: Path, tmp_path: Path) -> None:
    output = tmp_path / "kcli.db"
    _interrupted_build(big_seed, output, signal.SIGKILL)
    assert _temporary_files(output)
    result = run_kcli("db", "build", str(SEED), "--output", str(output))
    assert result.returncode == 0, result.stderr
    assert _temporary_files(output) == []


# --- 6. concurrency -------------------------------------------------------------------------------


def _start(args: list[str], env: dict[str, str] | None = None) -> subprocess.Popen:
    return subprocess.Popen([str(KCLI), *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env={**os.environ, **(env or {})})  # fmt: skip


@pytest.mark.parametrize("where", ["user-file", "bundled"])
def test_fifty_processes_at_once_give_the_same_correct_answer(user_db: Path, where: str) -> None:
    args = ["actors", "--member", "unsc", "--as-of", "2020-10-19", "--json"]
    if where == "user-file":
        args = ["--db", str(user_db), *args]
    processes = [_start(args) for _ in range(50)]
    results = [(p.wait(timeout=120), *p.communicate()) for p in processes]
    assert {code for code, _, _ in results} == {0}, {err for _, _, err in results}
    assert {err for _, _, err in results} == {""}
    outputs = {out for _, out, _ in results}
    assert len(outputs) == 1
    members = {actor["id"] for actor in json.loads(outputs.pop())}
    assert len(members) == 15
    assert {"china", "france", "russia", "united-kingdom", "united-states", "niger", "estonia"} <= members
    if where == "user-file":
        assert _listing(user_db.parent) == ["kcli.db"]


def test_readers_during_a_rebuild_see_the_old_or_the_new_file_whole(user_db: Path) -> None:
    build = _start(["db", "build", str(SEED), "--output", str(user_db)])
    answers = []
    while build.poll() is None or len(answers) < 10:
        reader = _start(["--db", str(user_db), "actor", "pakistan", "--json"])
        answers.append((reader.wait(timeout=60), *reader.communicate()))
    assert build.returncode == 0, build.stderr.read() if build.stderr else ""
    for code, out, err in answers:
        assert code == 0, err
        assert json.loads(out)["actor"]["id"] == "pakistan"
    assert _listing(user_db.parent) == ["kcli.db"]


def test_stat_of_the_database_is_not_changed_by_readers(user_db: Path) -> None:
    before = user_db.stat()
    processes = [_start(["--db", str(user_db), "search", "ceasefire", "--json"]) for _ in range(10)]
    assert all(p.wait(timeout=120) == 0 for p in processes)
    for p in processes:
        p.communicate()
    after = user_db.stat()
    assert (after.st_mtime_ns, after.st_size, stat.S_IMODE(after.st_mode)) == (
        before.st_mtime_ns, before.st_size, stat.S_IMODE(before.st_mode)
    )  # fmt: skip
