"""Performance guards: what kcli imports on its hot paths, and that its main queries use indexes.

Timings live in benchmarks/ (docs/performance.md); these tests check the causes instead, which do not
depend on the machine: a module imported is a cost paid at every start, and a full SCAN grows with the
data. Tests marked xfail(strict=True) describe changes recommended in docs/performance.md that are not
made yet: when one is made, its test passes, strict xfail fails the suite, and the marker comes off.
"""

import json
import re
import sqlite3
import subprocess
import sys
from collections.abc import Callable

import pytest

from karabakh_cli import queries
from karabakh_cli.db import connect, resolve_path

from conftest import KCLI, needs_install, run_kcli

# click: Typer 0.28 has its own copy (typer._click); the separate package would be a second one.
# calendar: 0.7 ms on every start for the length of a month, which datetime gives (dates.month_length).
HEAVY = ("rich", "sqlite_utils", "pydantic", "click", "calendar")

# Runs the installed kcli script in this interpreter, then reports which modules it imported.
_RUN_SCRIPT = """
import json, os, runpy, sys
script, report, *args = sys.argv[1:]
sys.argv = [script, *args]
code = 0
try:
    runpy.run_path(script, run_name="__main__")
except SystemExit as exit:
    code = exit.code or 0
sys.stdout.flush()
with open(report, "w") as stream:
    json.dump({"code": code, "modules": sorted(sys.modules)}, stream)
"""


def _loaded(modules: list[str], roots: tuple[str, ...]) -> list[str]:
    return sorted({m.split(".")[0] for m in modules if m.split(".")[0] in roots})


def _run_kcli(tmp_path, *args: str, env: dict[str, str] | None = None) -> tuple[subprocess.CompletedProcess, dict]:
    report = tmp_path / "modules.json"
    result = subprocess.run(
        [sys.executable, "-c", _RUN_SCRIPT, str(KCLI), str(report), *args],
        capture_output=True, text=True, env=env, cwd=tmp_path,
    )  # fmt: skip
    assert report.exists(), result.stderr
    return result, json.loads(report.read_text())


# --- imports -------------------------------------------------------------------------------------


@pytest.mark.slow
def test_importing_the_cli_imports_no_heavy_module() -> None:
    code = "import json, sys, karabakh_cli.cli; print(json.dumps(sorted(sys.modules)))"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert _loaded(json.loads(result.stdout), HEAVY) == []


@pytest.mark.slow
@needs_install
def test_json_lookup_imports_no_heavy_module(tmp_path) -> None:
    result, report = _run_kcli(tmp_path, "actor", "pakistan", "--json")
    assert report["code"] == 0, result.stderr
    assert json.loads(result.stdout)["actor"]["id"] == "pakistan"
    assert _loaded(report["modules"], HEAVY) == []


@pytest.mark.slow
def test_the_python_api_imports_neither_typer_nor_rich(tmp_path) -> None:
    """from karabakh_cli import api, in a notebook: the answers without the command line's modules."""
    code = (
        "import json, sys; from karabakh_cli import api; api.actor('pakistan'); api.timeline(start='2020-10')"
        "; print(json.dumps(sorted(sys.modules)))"
    )
    # Away from the checkout, so that the installed package (with its database) is the one imported.
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=tmp_path)
    modules = json.loads(result.stdout)
    assert _loaded(modules, (*HEAVY, "typer")) == []
    assert _kcli_modules(modules) <= API_BUDGET


def _environment(**extra: str) -> dict[str, str]:
    import os

    env = {k: v for k, v in os.environ.items() if k not in ("KCLI_DB", "NO_COLOR")}
    return {**env, **extra}


@pytest.mark.slow
@needs_install
def test_top_level_help_does_not_import_rich(tmp_path) -> None:
    result, report = _run_kcli(tmp_path, "--help")
    assert report["code"] == 0, result.stderr
    assert "Usage: kcli" in result.stdout
    assert _loaded(report["modules"], ("rich", "markdown_it")) == []


@pytest.mark.slow
@needs_install
def test_command_help_does_not_import_rich(tmp_path) -> None:
    result, report = _run_kcli(tmp_path, "actor", "--help")
    assert report["code"] == 0, result.stderr
    assert "Usage: kcli actor" in result.stdout
    assert _loaded(report["modules"], ("rich", "markdown_it")) == []


def _kcli_modules(modules: list[str]) -> set[str]:
    return {m for m in modules if m.startswith("karabakh_cli")}


# The import budget of the hot paths: kcli's own modules each may load (a lazily loaded module that is
# never used is not executed, but is listed; karabakh_cli.render is one). karabakh_cli.writers is the
# table every --format option is built from (standard library only, about 0.3 ms).
JSON_LOOKUP_BUDGET = {
    "karabakh_cli", "karabakh_cli.cli", "karabakh_cli.commands", "karabakh_cli.commands.actors",
    "karabakh_cli.options", "karabakh_cli.lazy", "karabakh_cli.errors", "karabakh_cli.text",
    "karabakh_cli.models", "karabakh_cli.queries", "karabakh_cli.db", "karabakh_cli.guard", "karabakh_cli.dates",
    "karabakh_cli.kinds", "karabakh_cli.formats", "karabakh_cli.render", "karabakh_cli.boundary",
    "karabakh_cli.entry", "karabakh_cli.helpcache", "karabakh_cli.writers", "karabakh_cli.clickapi",
    "karabakh_cli.answers",
}  # fmt: skip
# The Python API: the queries and what they need, none of the command line (cli, options, commands).
API_BUDGET = {
    "karabakh_cli", "karabakh_cli.api", "karabakh_cli.answers", "karabakh_cli.queries", "karabakh_cli.db",
    "karabakh_cli.guard", "karabakh_cli.dates", "karabakh_cli.errors", "karabakh_cli.kinds", "karabakh_cli.models",
    "karabakh_cli.text",
}  # fmt: skip
COMPLETION_BUDGET = JSON_LOOKUP_BUDGET - {"karabakh_cli.formats", "karabakh_cli.helpcache"}


@pytest.mark.slow
@needs_install
def test_json_lookup_imports_only_its_budget(tmp_path) -> None:
    result, report = _run_kcli(tmp_path, "actor", "pakistan", "--json")
    assert report["code"] == 0, result.stderr
    assert _kcli_modules(report["modules"]) <= JSON_LOOKUP_BUDGET
    assert _loaded(report["modules"], HEAVY) == []


@pytest.mark.slow
@needs_install
def test_actor_completion_imports_only_its_budget(tmp_path) -> None:
    env = _environment(_KCLI_COMPLETE="complete_bash", COMP_WORDS="kcli actor pak", COMP_CWORD="2")
    result, report = _run_kcli(tmp_path, env=env)
    assert report["code"] == 0, result.stderr
    assert "pakistan" in result.stdout.split()
    assert _kcli_modules(report["modules"]) <= COMPLETION_BUDGET
    assert _loaded(report["modules"], HEAVY) == []


# --- query plans on the real schema ---------------------------------------------------------------

# Tables that grow with the data: a full SCAN of one of them makes a lookup slower as the data grows.
GROWING = {"events", "event_actors", "relations", "actor_names", "positions", "citations", "errata_records"}
_NAMES = re.compile(r"\b(?:FROM|JOIN)\s+(\w+)(?:\s+(?:AS\s+)?(?!WHERE|JOIN|ON|ORDER|GROUP|LEFT|INNER|USING)(\w+))?",
                    re.IGNORECASE)  # fmt: skip


def _plans(call: Callable[[sqlite3.Connection], object]) -> list[tuple[str, list[str]]]:
    """Run call on the test database, capturing every SELECT it makes; return each with its plan."""
    conn = connect(resolve_path(None))  # the database the CLI reads, as the conftest chose it
    captured: list[str] = []
    conn.set_trace_callback(captured.append)  # the SQL as run, bound values inlined
    try:
        call(conn)
    finally:
        conn.set_trace_callback(None)
    statements = [sql for sql in captured if sql.lstrip().upper().startswith(("SELECT", "WITH"))]
    assert statements, "the call ran no query"
    plans = [(sql, [row[3] for row in conn.execute("EXPLAIN QUERY PLAN " + sql)]) for sql in statements]
    conn.close()
    return plans


def _full_scans(call: Callable[[sqlite3.Connection], object]) -> set[str]:
    """The real tables a call reads from end to end (a SCAN, with or without an index to walk)."""
    scanned = set()
    for sql, plan in _plans(call):
        aliases = {alias.lower(): table.lower() for table, alias in _NAMES.findall(sql) if alias}
        for line in plan:
            found = re.match(r"SCAN (\w+)( VIRTUAL TABLE)?", line)
            if found and not found.group(2) and found.group(1) != "CONSTANT":
                scanned.add(aliases.get(found.group(1).lower(), found.group(1).lower()))
    return scanned


QUERY_FAMILIES = {
    "timeline window": lambda conn: queries.list_events(conn, start="2020-10", end="2020-10"),
    "actor-name lookup": lambda conn: queries.find_actor(conn, "Pakistan"),
    "as-of membership": lambda conn: queries.list_members(conn, "unsc", as_of="2020-10-19"),
    "events by actor": lambda conn: queries.list_events(conn, actor_ids=["pakistan"]),
    "actor profile": lambda conn: queries.actor_profile(conn, "pakistan"),
}


@pytest.mark.parametrize("family", QUERY_FAMILIES)
def test_main_queries_scan_no_growing_table(family: str) -> None:
    assert _full_scans(QUERY_FAMILIES[family]) & GROWING == set()


def test_open_ended_timeline_scans_no_growing_table() -> None:
    assert _full_scans(lambda conn: queries.list_events(conn, start="2020-09-27")) & GROWING == set()


def test_timeline_window_reads_a_bounded_range() -> None:
    for _, plan in _plans(lambda conn: queries.list_events(conn, start="2020-10", end="2020-10")):
        for line in plan:
            assert not re.search(r"SEARCH \w+ USING (COVERING )?INDEX \w+ \(\w+[<>]\?\)", line), line


def test_loading_actors_does_not_scan_aliases() -> None:
    assert "aliases" not in _full_scans(lambda conn: queries.get_actor(conn, "pakistan"))
    assert "aliases" not in _full_scans(lambda conn: queries.list_members(conn, "unsc", as_of="2020-10-19"))


def test_the_scan_detector_sees_a_full_scan() -> None:
    """The guard itself: a query that must read every event is reported as a scan of events."""
    assert "events" in _full_scans(lambda conn: conn.execute("SELECT * FROM events e WHERE e.summary LIKE '%x%'"))


# --- whatever the entry point does to be quick, it answers as the Typer app does ------------------

SAME_ANSWER = {
    "json lookup": (["actor", "pakistan", "--json"], {}),
    "table": (["actor", "pakistan"], {}),
    "csv window": (["timeline", "--from", "2020-10", "--to", "2020-10", "--format", "csv"], {}),
    "search": (["search", "ceasefire", "--limit", "5", "--json"], {}),
    "unknown actor": (["actor", "no-such-actor", "--json"], {}),
    "bad date": (["timeline", "--from", "2020-13", "--json"], {}),
    "unknown option": (["actor", "pakistan", "--bogus"], {}),
    "help": (["--help"], {}),
    "bash completion": ([], {"_KCLI_COMPLETE": "complete_bash", "COMP_WORDS": "kcli actor pak", "COMP_CWORD": "2"}),
    "zsh completion": ([], {"_KCLI_COMPLETE": "complete_zsh", "_TYPER_COMPLETE_ARGS": "kcli timeline --actor ar"}),
}


@pytest.mark.slow
@needs_install
@pytest.mark.parametrize("case", SAME_ANSWER)
def test_installed_script_answers_as_the_typer_app(kcli, monkeypatch: pytest.MonkeyPatch, case: str) -> None:
    args, env = SAME_ANSWER[case]
    monkeypatch.setenv("COLUMNS", "80")  # the width Rich uses when piped and COLUMNS is unset
    process = run_kcli(*args, env=env)
    result = kcli(*args, env=env)
    assert (process.returncode, process.stdout, process.stderr) == (result.exit_code, result.stdout, result.stderr)
