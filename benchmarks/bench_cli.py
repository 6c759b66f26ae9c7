"""Whole-process benchmark: each kcli command against two floors, the least work Python and Typer can do
for the same answer.

Run from the repository root (not part of the test suite):

    .venv/bin/python benchmarks/bench_cli.py            # 31 rounds per case, about two minutes
    .venv/bin/python benchmarks/bench_cli.py --runs 11  # quicker, noisier
    .venv/bin/python benchmarks/bench_cli.py --check    # exit 1 when a target is missed

For every case the runs are interleaved round by round (python, typer, kcli, sqlite3, python, ...) so
that a slow patch of the machine hurts every side alike; a ratio is the median of the ratios taken
round by round (kcli's run over the floor's run next to it), which holds when the machine drifts.

- python (the Python floor): the same interpreter as kcli (no extra flags, site-packages and all)
  running `python -c "import sqlite3, json; ..."`: open the same database the same way (read-only,
  immutable for the bundled file), run the equivalent SQL, dump JSON. Before timing, its answer is
  checked against kcli's (same records, same citation count) so the floor cannot get cheap by doing
  less. For help it prints kcli's text; for completion it runs the same SELECT and prints the ids.
- typer (the Typer floor, --json cases and completion): a bare two-command Typer app (the pinned typer,
  default settings, the same interpreter) whose command takes kcli's arguments and options and runs the
  Python floor's body: the honest floor of a Typer-based CLI. Its answer is checked too. For completion
  its `actor` argument completes with the floor's SELECT; only kcli's ratio to the Python floor is
  judged there, the Typer floor shows how much of that any Typer app pays.
- kcli: the installed console script, as a user runs it.
- sqlite3: the command-line tool running the same SQL (-json), the physical floor of a process that
  opens the file and answers; printed for reference, no target.

Targets (issue 10, point 6): every --json case within 1.15x of the Typer floor; tables at most 5x the
Python floor; `kcli --help`, `kcli actor --help` and Tab completion at most 4x the Python floor; and
(issue 5) kcli's peak memory at most 60 MB. Peak memory is kcli's own maximum resident set size, read by
GNU time (/usr/bin/time -f %M) in three extra runs: a process started from this script reports at least
this script's own resident size in os.wait4's ru_maxrss (Linux keeps the larger across exec), so that
figure is used only where GNU time is missing, as an upper bound.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from importlib.util import find_spec
from pathlib import Path

# Issue 5's memory target: kcli's peak resident set in any case. The time targets are TARGETS below.
MEMORY_TARGET_MB = 60.0

# --- the floors -------------------------------------------------------------------------------------
# Each floor is the body of `python -c`; DB_URI is replaced by the database's URI before it runs.
# The SQL mirrors karabakh_cli/queries.py and search.py, written as few statements as possible.

_FLOOR_HEAD = "import sqlite3, json, sys\nc = sqlite3.connect(DB_URI, uri=True)\nc.row_factory = sqlite3.Row\n"
_FLOOR_Q = "def q(sql, *p):\n    return [dict(r) for r in c.execute(sql, p)]\n"

# Citations and errata of a set of records given by a sub-select on ?1.
_CITES = (
    "SELECT c.record_id, c.source_id, s.title AS source_title, c.locator, s.url, c.note"
    " FROM citations c JOIN sources s ON s.id = c.source_id"
    " WHERE c.record_type = '{col}' AND c.record_id IN ({ids}) ORDER BY c.rowid"
)
_ERRATA = (
    "SELECT r.record_id, e.* FROM errata_records r JOIN errata e ON e.id = r.erratum_id"
    " WHERE r.record_type = '{col}' AND r.record_id IN ({ids}) ORDER BY e.id"
)

_ACTOR_SQL = {
    "actor": "SELECT * FROM actors WHERE id = ?1",
    "aliases": "SELECT alias, kind FROM aliases WHERE actor_id = ?1 ORDER BY alias",
    "relations": (
        "SELECT r.*, s.name AS subject_name, o.name AS object_name FROM relations r"
        " JOIN actors s ON s.id = r.subject_id JOIN actors o ON o.id = r.object_id"
        " WHERE r.subject_id = ?1 OR r.object_id = ?1 ORDER BY r.span_start, r.predicate, r.id"
    ),
    "positions": (
        "SELECT p.*, a.name AS actor_name, t.name AS topic_name FROM positions p"
        " JOIN actors a ON a.id = p.actor_id JOIN topics t ON t.id = p.topic_id"
        " WHERE p.actor_id = ?1 ORDER BY p.topic_id, p.span_start, p.id"
    ),
    "events": (
        "SELECT * FROM events e WHERE e.id IN (SELECT event_id FROM event_actors WHERE actor_id = ?1)"
        " ORDER BY e.sort_day, e.span_start, e.span_end, e.id"
    ),
    "participants": (
        "SELECT ea.event_id, ea.actor_id, a.name, ea.role FROM event_actors ea JOIN actors a ON a.id = ea.actor_id"
        " WHERE ea.event_id IN (SELECT event_id FROM event_actors WHERE actor_id = ?1) ORDER BY ea.rowid"
    ),
}
_ACTOR_RECORDS = {
    "actor": "?1",
    "relation": "SELECT id FROM relations WHERE subject_id = ?1 OR object_id = ?1",
    "position": "SELECT id FROM positions WHERE actor_id = ?1",
    "event": "SELECT event_id FROM event_actors WHERE actor_id = ?1",
}
for _col, _ids in _ACTOR_RECORDS.items():
    _ACTOR_SQL[f"citations_{_col}"] = _CITES.format(col=_col, ids=_ids)
    _ACTOR_SQL[f"errata_{_col}"] = _ERRATA.format(col=_col, ids=_ids)

ACTOR_FLOOR = (
    _FLOOR_HEAD
    + _FLOOR_Q
    + "(a,) = c.execute(\"SELECT actor_id FROM actor_names WHERE key = 'pakistan'\").fetchone()\n"
    + f"out = {{k: q(s, a) for k, s in {_ACTOR_SQL!r}.items()}}\n"
    + "json.dump(out, sys.stdout, ensure_ascii=False, indent=2)\n"
)

# kcli actors --json: every actor, the largest list a command prints.
_ACTORS_SQL = {
    "actors": "SELECT * FROM actors ORDER BY id",
    "aliases": "SELECT actor_id, alias, kind FROM aliases ORDER BY alias",
    "citations": _CITES.format(col="actor", ids="SELECT id FROM actors"),
    "errata": _ERRATA.format(col="actor", ids="SELECT id FROM actors"),
}

# kcli positions --json: every position (the stances module).
_POSITIONS_SQL = {
    "positions": (
        "SELECT p.*, a.name AS actor_name, t.name AS topic_name FROM positions p"
        " JOIN actors a ON a.id = p.actor_id JOIN topics t ON t.id = p.topic_id"
        " ORDER BY p.actor_id, p.topic_id, p.span_start, p.id"
    ),
    "citations": _CITES.format(col="position", ids="SELECT id FROM positions"),
    "errata": _ERRATA.format(col="position", ids="SELECT id FROM positions"),
}
# kcli errata --json: every erratum with the records it concerns (the sources module).
_ERRATA_SQL = {
    "errata": "SELECT * FROM errata ORDER BY id",
    "citations": _CITES.format(col="erratum", ids="SELECT id FROM errata"),
    "records": "SELECT erratum_id, record_type, record_id FROM errata_records ORDER BY rowid",
}

# kcli vote a-res-62-243 --json: a recorded vote and its 192 ballots (the votes module).
_VOTE_KEY = "'a-res-62-243'"
_VOTE_SQL = {
    "vote": (
        "SELECT v.*, a.name AS body_name FROM votes v JOIN actors a ON a.id = v.body_id"
        f" WHERE v.id = {_VOTE_KEY} OR upper(v.symbol) = upper({_VOTE_KEY})"
    ),
    "citations": _CITES.format(col="vote", ids=_VOTE_KEY),
    "errata": _ERRATA.format(col="vote", ids=_VOTE_KEY),
    "ballots": (
        "SELECT b.vote_id, v.symbol, v.date, b.actor_id, a.name AS actor_name, b.choice"
        " FROM ballots b JOIN votes v ON v.id = b.vote_id JOIN actors a ON a.id = b.actor_id"
        f" WHERE b.vote_id = {_VOTE_KEY} ORDER BY v.date, v.id, a.name"
    ),
}


def _list_floor(statements: dict[str, str]) -> str:
    return (
        _FLOOR_HEAD
        + _FLOOR_Q
        + f"out = {{k: q(s) for k, s in {statements!r}.items()}}\n"
        + "json.dump(out, sys.stdout, ensure_ascii=False, indent=2)\n"
    )


_WINDOW = "SELECT id FROM events WHERE span_end >= ?1"
_TIMELINE_SQL = {
    "events": "SELECT * FROM events e WHERE e.span_end >= ?1 ORDER BY e.sort_day, e.span_start, e.span_end, e.id",
    "participants": (
        "SELECT ea.event_id, ea.actor_id, a.name, ea.role FROM event_actors ea JOIN actors a ON a.id = ea.actor_id"
        f" WHERE ea.event_id IN ({_WINDOW}) ORDER BY ea.rowid"
    ),
    "citations": _CITES.format(col="event", ids=_WINDOW),
    "errata": _ERRATA.format(col="event", ids=_WINDOW),
}
TIMELINE_FLOOR = (
    _FLOOR_HEAD
    + _FLOOR_Q
    + f"out = {{k: q(s, '2020-09-27') for k, s in {_TIMELINE_SQL!r}.items()}}\n"
    + "json.dump(out, sys.stdout, ensure_ascii=False, indent=2)\n"
)

_IN_FTS = " search_records_fts.rowid IN (SELECT rowid FROM search_records_fts WHERE search_records_fts MATCH '{}')"
_WORD = '"ceasefire"'
SEARCH_SQL = (
    "SELECT r.type, r.record_id AS id, r.title, snippet(search_records_fts, -1, '«', '»', '…', 16) AS snippet,"
    " round(bm25(search_records_fts, 10.0, 5.0, 1.0), 4) AS rank, CASE"
    + " WHEN"
    + _IN_FTS.format(f"title : (^{_WORD})")
    + " THEN 0"
    + " WHEN"
    + _IN_FTS.format(f"title : ({_WORD})")
    + " THEN 1"
    + " WHEN"
    + _IN_FTS.format("{title names} : (" + _WORD + ")")
    + " THEN 2 ELSE 3 END AS place"
    " FROM search_records_fts JOIN search_records r ON r.rowid = search_records_fts.rowid"
    f" WHERE search_records_fts MATCH '{_WORD}' ORDER BY place, r.type NOT IN ('actor', 'event', 'vote'),"
    " CASE WHEN place < 2 THEN length(r.title) END, bm25(search_records_fts, 10.0, 5.0, 1.0), r.type, r.record_id"
    " LIMIT 20"
)
SEARCH_FLOOR = _FLOOR_HEAD + _FLOOR_Q + f"json.dump(q({SEARCH_SQL!r}), sys.stdout, ensure_ascii=False, indent=2)\n"

COMPLETE_SQL = "SELECT id FROM actors WHERE id LIKE 'pak%' ESCAPE '\\' ORDER BY id"
COMPLETE_FLOOR = (
    "import sqlite3\nc = sqlite3.connect(DB_URI, uri=True)\n"
    f"print('\\n'.join(r[0] for r in c.execute({COMPLETE_SQL!r})))\n"
)


def _sql_script(statements: dict[str, str], param: str) -> str:
    """The statements as one script for the sqlite3 tool, with ?1 bound by text."""
    literal = "'" + param.replace("'", "''") + "'"
    return ";\n".join(s.replace("?1", literal) for s in statements.values()) + ";"


ACTOR_KEY_SQL = "(SELECT actor_id FROM actor_names WHERE key = 'pakistan')"


# --- answers, to check that the floor does the same job -------------------------------------------


def _count_citations(value: object) -> int:
    """Citations anywhere in a kcli record, errata's own citations excepted."""
    if isinstance(value, list):
        return sum(_count_citations(v) for v in value)
    if not isinstance(value, dict):
        return 0
    total = len(value.get("citations") or [])
    return total + sum(_count_citations(v) for k, v in value.items() if k not in ("citations", "errata"))


def _actor_answer_kcli(out: dict) -> tuple:
    return (
        out["actor"]["id"],
        sorted(r["id"] for r in out["relations"]),
        sorted(p["id"] for p in out["positions"]),
        sorted(e["id"] for e in out["events"]),
        _count_citations(out),
    )


def _actor_answer_floor(out: dict) -> tuple:
    citations = sum(len(out[f"citations_{col}"]) for col in _ACTOR_RECORDS)
    return (
        out["actor"][0]["id"],
        sorted(r["id"] for r in out["relations"]),
        sorted(p["id"] for p in out["positions"]),
        sorted(e["id"] for e in out["events"]),
        citations,
    )


def _actors_answer_kcli(out: list) -> tuple:
    return [a["id"] for a in out], sum(len(a["aliases"]) for a in out), _count_citations(out)


def _actors_answer_floor(out: dict) -> tuple:
    return [a["id"] for a in out["actors"]], len(out["aliases"]), len(out["citations"])


def _list_answer_kcli(out: list) -> tuple:
    return [r["id"] for r in out], _count_citations(out)


def _list_answer_floor(out: dict, name: str) -> tuple:
    return [r["id"] for r in out[name]], len(out["citations"])


def _vote_answer_kcli(out: dict) -> tuple:
    ballots = sorted(b["actor_id"] for group in out["groups"] for b in group["ballots"])
    return out["vote"]["id"], ballots, _count_citations(out)


def _vote_answer_floor(out: dict) -> tuple:
    return out["vote"][0]["id"], sorted(b["actor_id"] for b in out["ballots"]), len(out["citations"])


def _timeline_answer_kcli(out: list) -> tuple:
    return [e["id"] for e in out], sum(len(e["participants"]) for e in out), _count_citations(out)


def _timeline_answer_floor(out: dict) -> tuple:
    return [e["id"] for e in out["events"]], len(out["participants"]), len(out["citations"])


def _search_answer(out: list) -> list:
    return [(h["type"], h["id"], h["snippet"], h["rank"]) for h in out]


# --- cases ----------------------------------------------------------------------------------------------


@dataclass
class Case:
    name: str
    kcli_args: list[str]
    kind: str  # "json": judged against the Typer floor; "table" and "startup": against the Python floor
    floor_code: str | None = None  # python -c body; None: print kcli's own output (help)
    sqlite_sql: str | None = None
    kcli_env: dict[str, str] = field(default_factory=dict)
    answer_kcli: object = None  # callable(text) -> comparable, for the same-answer check
    answer_floor: object = None
    typer_command: str | None = None  # the bare Typer app's command, as kcli's ("json" cases, completion)


# Targets from issue 10 (point 6): (what the ratio is taken against, the most it may be).
TARGETS = {
    "json": ("typer", 1.15),  # every --json command within 1.15x of the bare Typer app
    "table": ("python", 5.0),  # tables at most 5x the Python floor
    "startup": ("python", 4.0),  # --help, a command's --help and Tab completion at most 4x the Python floor
}


def _json_case(args: list[str], statements: dict[str, str], answer_kcli: Callable, answer_floor: Callable) -> Case:
    """`kcli ARGS --json` against a floor that runs statements and dumps what they return; the answers are
    compared on the parsed JSON."""
    return Case(
        " ".join([*args, "--json"]),
        [*args, "--json"],
        "json",
        _list_floor(statements),
        ";\n".join(statements.values()) + ";",
        answer_kcli=lambda text: answer_kcli(json.loads(text)),
        answer_floor=lambda text: answer_floor(json.loads(text)),
        typer_command=args[0],
    )


def cases() -> list[Case]:
    actor_sql = {k: s.replace("?1", ACTOR_KEY_SQL) for k, s in _ACTOR_SQL.items()}
    return [
        Case(
            "actor pakistan --json",
            ["actor", "pakistan", "--json"],
            "json",
            ACTOR_FLOOR,
            ";\n".join(actor_sql.values()) + ";",
            answer_kcli=lambda t: _actor_answer_kcli(json.loads(t)),
            answer_floor=lambda t: _actor_answer_floor(json.loads(t)),
            typer_command="actor",
        ),
        Case(
            "actor pakistan (table)",
            ["actor", "pakistan"],
            "table",
            ACTOR_FLOOR,
            ";\n".join(actor_sql.values()) + ";",
        ),
        _json_case(["actors"], _ACTORS_SQL, _actors_answer_kcli, _actors_answer_floor),
        _json_case(["positions"], _POSITIONS_SQL, _list_answer_kcli, lambda out: _list_answer_floor(out, "positions")),
        _json_case(["errata"], _ERRATA_SQL, _list_answer_kcli, lambda out: _list_answer_floor(out, "errata")),
        _json_case(["vote", "a-res-62-243"], _VOTE_SQL, _vote_answer_kcli, _vote_answer_floor),
        Case(
            "timeline --from 2020-09-27 --json",
            ["timeline", "--from", "2020-09-27", "--json"],
            "json",
            TIMELINE_FLOOR,
            _sql_script(_TIMELINE_SQL, "2020-09-27"),
            answer_kcli=lambda t: _timeline_answer_kcli(json.loads(t)),
            answer_floor=lambda t: _timeline_answer_floor(json.loads(t)),
            typer_command="timeline",
        ),
        Case(
            "search ceasefire --json",
            ["search", "ceasefire", "--json"],
            "json",
            SEARCH_FLOOR,
            SEARCH_SQL + ";",
            answer_kcli=lambda t: _search_answer(json.loads(t)),
            answer_floor=lambda t: _search_answer(json.loads(t)),
            typer_command="search",
        ),
        Case("--help", ["--help"], "startup", None, None, answer_kcli=str, answer_floor=str),
        Case("actor --help", ["actor", "--help"], "startup", None, None, answer_kcli=str, answer_floor=str),
        Case(
            "complete 'kcli actor pak' (bash)",
            [],
            "startup",
            COMPLETE_FLOOR,
            COMPLETE_SQL + ";",
            kcli_env={"_KCLI_COMPLETE": "complete_bash", "COMP_WORDS": "kcli actor pak", "COMP_CWORD": "2"},
            answer_kcli=str.split,
            answer_floor=str.split,
            typer_command="complete",
        ),
    ]


# --- the second floor: a bare Typer app ----------------------------------------------------------------
# The least a Typer-based CLI can do for the same answer: a two-command Typer app (the pinned typer, the
# same interpreter, default settings) whose command takes the same arguments and options as kcli's and
# runs the Python floor's body (the same SQL, json.dump). Written as a module next to a two-line
# launcher, as pip writes a console script, so its bytecode is cached like kcli's.

_TYPER_SIGNATURES = {
    "actor": "name: str, as_json: Annotated[bool, typer.Option('--json')] = False",
    "timeline": (
        "date_from: Annotated[Optional[str], typer.Option('--from')] = None,"
        " as_json: Annotated[bool, typer.Option('--json')] = False"
    ),
    "search": "query: str, as_json: Annotated[bool, typer.Option('--json')] = False",
    "actors": "as_json: Annotated[bool, typer.Option('--json')] = False",
    "positions": "as_json: Annotated[bool, typer.Option('--json')] = False",
    "errata": "as_json: Annotated[bool, typer.Option('--json')] = False",
    "vote": "vote_id: str, as_json: Annotated[bool, typer.Option('--json')] = False",
}

# For completion: kcli's `actor NAME`, NAME completed by the Python floor's SELECT.
_TYPER_COMPLETION_APP = """\
import sqlite3
from typing import Annotated

import typer

app = typer.Typer()


def complete(incomplete: str) -> list[str]:
    c = sqlite3.connect(DB_URI, uri=True)
    return [r[0] for r in c.execute({sql!r})]


@app.command()
def actor(name: Annotated[str, typer.Argument(autocompletion=complete)]) -> None:
    print(name)


@app.command()
def version() -> None:
    print("0")
"""

_TYPER_APP = """\
from typing import Annotated, Optional

import typer

app = typer.Typer()


@app.command()
def {command}({signature}) -> None:
{body}


@app.command()
def version() -> None:
    print("0")
"""

# prog_name: the completion variable is named after it (_KCLI_COMPLETE), as kcli's is.
_TYPER_LAUNCHER = (
    "import sys\nsys.path.insert(0, {folder!r})\nfrom {module} import app\nsys.exit(app(prog_name='kcli'))\n"
)


def write_typer_floor(folder: Path, case: Case, floor_code: str, uri: str) -> list[str]:
    """Write the bare Typer app of a case into folder; return its argv after the interpreter."""
    module = f"typer_floor_{case.typer_command}"
    if case.typer_command == "complete":
        source = _TYPER_COMPLETION_APP.format(sql=COMPLETE_SQL).replace("DB_URI", repr(uri))
    else:
        body = "\n".join("    " + line for line in floor_code.splitlines())
        signature = _TYPER_SIGNATURES[case.typer_command]
        source = _TYPER_APP.format(command=case.typer_command, signature=signature, body=body)
    (folder / f"{module}.py").write_text(source, encoding="utf-8")
    launcher = folder / f"run_{case.typer_command}.py"
    launcher.write_text(_TYPER_LAUNCHER.format(folder=str(folder), module=module), encoding="utf-8")
    return [str(launcher), *case.kcli_args]


# --- running ------------------------------------------------------------------------------------------


@dataclass
class Command:
    argv: list[str]
    env: dict[str, str]


@dataclass
class Sample:
    seconds: list[float] = field(default_factory=list)
    cpu: list[float] = field(default_factory=list)  # user + system seconds
    maxrss_kb: list[int] = field(default_factory=list)


def run_once(command: Command) -> tuple[float, float, int]:
    """Run command with stdout and stderr on /dev/null; return (wall seconds, cpu seconds, peak RSS in KiB)."""
    actions = [
        (os.POSIX_SPAWN_OPEN, 0, os.devnull, os.O_RDONLY, 0),
        (os.POSIX_SPAWN_OPEN, 1, os.devnull, os.O_WRONLY, 0),
        (os.POSIX_SPAWN_OPEN, 2, os.devnull, os.O_WRONLY, 0),
    ]
    start = time.perf_counter()
    pid = os.posix_spawn(command.argv[0], command.argv, command.env, file_actions=actions)
    _, status, usage = os.wait4(pid, 0)
    elapsed = time.perf_counter() - start
    code = os.waitstatus_to_exitcode(status)
    if code != 0:
        raise SystemExit(f"exit {code}: {' '.join(command.argv)}")
    return elapsed, usage.ru_utime + usage.ru_stime, usage.ru_maxrss


GNU_TIME = "/usr/bin/time"


def own_peak_kib(command: Command, runs: int = 3) -> int | None:
    """The command's own peak resident set in KiB (the largest of runs), read by GNU time from the child it
    starts, a copy of a small process; None without GNU time."""
    if not os.access(GNU_TIME, os.X_OK):
        return None
    peaks = []
    for _ in range(runs):
        result = subprocess.run(
            [GNU_TIME, "-f", "%M", *command.argv],
            env=command.env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, check=False,
        )  # fmt: skip
        peaks.append(int(result.stderr.strip().splitlines()[-1]))
    return max(peaks)


def capture(command: Command) -> str:
    result = subprocess.run(command.argv, env=command.env, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise SystemExit(f"exit {result.returncode}: {' '.join(command.argv)}\n{result.stderr}")
    return result.stdout


def bundled_database() -> Path:
    spec = find_spec("karabakh_cli")
    if spec is None or spec.origin is None:
        raise SystemExit("karabakh_cli is not installed in this interpreter; use .venv/bin/python")
    return Path(spec.origin).parent / "data" / "kcli.db"


def _warn_if_help_pages_stale(interpreter: str) -> None:
    """Help is printed from pages rendered at install time (karabakh_cli/helpcache.py), and only while they
    match the source: after an edit to the commands, help runs through Typer until the pages are rendered
    again, and the help cases would time that."""
    check = "import sys; from karabakh_cli.helpcache import cached_page; sys.exit(cached_page(['--help']) is None)"
    if subprocess.run([interpreter, "-c", check], check=False).returncode != 0:
        print(
            "warning:   the help pages are missing or older than the source, so help runs through Typer;"
            " render them first: .venv/bin/pip install -e . (or python -c 'from karabakh_cli.helpcache"
            " import HELP_FILE, write_pages; write_pages(HELP_FILE)')"
        )


def median(values: list[float]) -> float:
    return statistics.median(values) if values else float("nan")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=31, help="timed rounds per case (default 31)")
    parser.add_argument("--warmup", type=int, default=3, help="untimed runs of each command first (default 3)")
    parser.add_argument("--kcli", type=Path, default=Path(sys.executable).parent / "kcli", help="kcli script to time")
    parser.add_argument("--only", action="append", default=[], help="only cases whose name contains this")
    parser.add_argument("--json", type=Path, help="also write the results to this file")
    parser.add_argument("--check", action="store_true", help="exit 1 when a target is missed")
    args = parser.parse_args(argv)

    if not args.kcli.exists():
        raise SystemExit(f"no kcli at {args.kcli}; pass --kcli")
    shebang = args.kcli.read_text(encoding="utf-8", errors="replace").splitlines()[0]
    interpreter = shebang[2:].strip().split()[0] if shebang.startswith("#!") else sys.executable
    database = bundled_database()
    _warn_if_help_pages_stale(interpreter)
    # The floor opens the file exactly as kcli opens the bundled one (karabakh_cli/db.py).
    uri = f"{database.resolve().as_uri()}?mode=ro&immutable=1"
    sqlite_tool = shutil.which("sqlite3")

    # As a user piping kcli somewhere: no settings of ours, Rich's default width (80), and bytecode
    # caching on (with PYTHONDONTWRITEBYTECODE=1 an edited module is compiled again at every start).
    dropped = ("KCLI_DB", "NO_COLOR", "FORCE_COLOR", "PYTHONPATH", "COLUMNS", "PYTHONDONTWRITEBYTECODE")
    env = {k: v for k, v in os.environ.items() if k not in dropped}

    print(f"kcli:      {args.kcli} (interpreter {interpreter})")
    print(f"database:  {database} ({database.stat().st_size / 1e3:.0f} kB)")
    print(
        f"machine:   {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()},"
        f" SQLite {sqlite3.sqlite_version}, load {os.getloadavg()[0]:.2f}"
    )
    if sqlite_tool:
        version = subprocess.run([sqlite_tool, "--version"], capture_output=True, text=True).stdout.split()[0]
        print(f"sqlite3:   {sqlite_tool} {version}")
    else:
        print("sqlite3:   not installed (apt-get install -y sqlite3); its column is left empty")
    print(
        f"runs:      {args.runs} interleaved rounds (python, typer, kcli, sqlite3)"
        f" after {args.warmup} warm-up runs each\n"
    )

    selected = [c for c in cases() if not args.only or any(o in c.name for o in args.only)]
    results = []
    with tempfile.TemporaryDirectory(prefix="kcli-typer-floor-") as folder:
        for case in selected:
            results.append(run_case(case, args, env, interpreter, uri, database, sqlite_tool, Path(folder)))
    report(results)
    if args.json:
        args.json.write_text(json.dumps({"machine": platform.platform(), "results": results}, indent=2) + "\n")
    return 1 if args.check and not all(r["ok"] for r in results) else 0


def run_case(
    case: Case,
    args: argparse.Namespace,
    env: dict[str, str],
    interpreter: str,
    uri: str,
    database: Path,
    sqlite_tool: str | None,
    folder: Path,
) -> dict:
    """Time one case: the floors, kcli and the sqlite3 tool in turn, pair by pair; return its figures."""
    kcli_cmd = Command([str(args.kcli), *case.kcli_args], {**env, **case.kcli_env})
    if case.floor_code is None:
        # help: the least work for the same answer is printing the same text.
        text = capture(kcli_cmd)
        floor_code = f"import sys\nsys.stdout.write({text!r})\n"
    else:
        floor_code = case.floor_code.replace("DB_URI", repr(uri))
    commands = {"python": Command([interpreter, "-c", floor_code], env)}
    if case.typer_command:
        typer_argv = write_typer_floor(folder, case, floor_code, uri)
        commands["typer"] = Command([interpreter, *typer_argv], {**env, **case.kcli_env})
    commands["kcli"] = kcli_cmd
    if sqlite_tool and case.sqlite_sql:
        commands["sqlite3"] = Command([sqlite_tool, "-readonly", "-json", str(database), case.sqlite_sql], env)

    same = "-"
    if case.answer_kcli is not None:
        ours = case.answer_kcli(capture(kcli_cmd))
        for name in ("python", "typer"):
            if name in commands:
                theirs = case.answer_floor(capture(commands[name]))
                if ours != theirs:
                    raise SystemExit(f"{case.name}: the {name} floor's answer differs from kcli's:\n{theirs}\n{ours}")
        same = "yes"

    samples = {name: Sample() for name in commands}
    for command in commands.values():
        for _ in range(args.warmup):
            run_once(command)
    for _ in range(args.runs):
        for name, command in commands.items():
            seconds, cpu, rss = run_once(command)
            samples[name].seconds.append(seconds)
            samples[name].cpu.append(cpu)
            samples[name].maxrss_kb.append(rss)

    def ms(name: str) -> float | None:
        return round(median(samples[name].seconds) * 1e3, 1) if name in samples else None

    def ratio(over: str, figure: str = "seconds") -> float | None:
        """kcli over a floor: the median of the ratios of each pair (one run of each, side by side)."""
        if over not in samples:
            return None
        pairs = zip(getattr(samples["kcli"], figure), getattr(samples[over], figure), strict=True)
        return round(median([k / f for k, f in pairs]), 3)

    over, target = TARGETS[case.kind]
    judged = ratio(over)
    own_kib = own_peak_kib(commands["kcli"])
    kcli_mb = (own_kib if own_kib is not None else max(samples["kcli"].maxrss_kb)) * 1024 / 1e6
    result = {
        "case": case.name,
        "kind": case.kind,
        "python_ms": ms("python"),
        "typer_ms": ms("typer"),
        "kcli_ms": ms("kcli"),
        "sqlite3_ms": ms("sqlite3"),
        "kcli_over_typer": ratio("typer"),
        "kcli_over_python": ratio("python"),
        "typer_over_python": None,
        "judged_cpu": ratio(over, "cpu"),  # the judged ratio in user + system seconds, for a noisy machine
        "target": f"kcli/{over} <= {target}",
        "kcli_peak_mb": round(kcli_mb, 1),
        "peak_is_upper_bound": own_kib is None,
        "same_answer": same,
        "ok": judged <= target and kcli_mb <= MEMORY_TARGET_MB,
    }
    if "typer" in samples:
        pairs = zip(samples["typer"].seconds, samples["python"].seconds, strict=True)
        result["typer_over_python"] = round(median([t / p for t, p in pairs]), 3)
    shown = ", ".join(f"{k} {v}" for k, v in result.items() if k.endswith(("_ms", "_python", "_typer")) and v)
    print(f"  {case.name}: {shown}", file=sys.stderr)
    return result


def report(results: list[dict]) -> None:
    def cell(value: float | None, suffix: str = "") -> str:
        return "-" if value is None else f"{value:.2f}{suffix}"

    header = (
        f"{'case':34} {'sqlite3':>7} {'python':>7} {'typer':>7} {'kcli':>7} {'k/typer':>8} {'k/python':>9}"
        f" {'t/python':>9} {'cpu':>6} {'target':>20} {'kcli MB':>8} {'same':>5} {'ok':>5}"
    )
    print(header)
    print("-" * len(header))
    for r in results:
        print(
            f"{r['case']:34} {cell(r['sqlite3_ms']):>7} {cell(r['python_ms']):>7} {cell(r['typer_ms']):>7}"
            f" {cell(r['kcli_ms']):>7} {cell(r['kcli_over_typer'], 'x'):>8} {cell(r['kcli_over_python'], 'x'):>9}"
            f" {cell(r['typer_over_python'], 'x'):>9} {cell(r['judged_cpu'], 'x'):>6} {r['target']:>20}"
            f" {('<=' if r['peak_is_upper_bound'] else '') + format(r['kcli_peak_mb'], '.1f'):>8}"
            f" {r['same_answer']:>5} {'PASS' if r['ok'] else 'FAIL':>5}"
        )
    print(
        "\ntimes: medians in ms of whole processes; ratios: medians of the ratios pair by pair"
        " (k = kcli, t = the bare Typer app);\ncpu: the judged ratio in user + system seconds, not judged;"
        " MB = kcli's own peak RSS (10^6 bytes, by GNU time; '<=': an upper bound, without it),"
        f" also judged: <= {MEMORY_TARGET_MB:.0f}; load at end {os.getloadavg()[0]:.2f}"
    )
    failed = [r["case"] for r in results if not r["ok"]]
    missed = f"; missed: {', '.join(failed)}" if failed else ""
    print(f"{len(results) - len(failed)} of {len(results)} targets met{missed}")


if __name__ == "__main__":
    sys.exit(main())
