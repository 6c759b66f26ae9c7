"""Golden tests: what people read. Each table command's whole output at 80 and 120 columns, colour off, compared
exactly with tests/golden/<name>-<width>.txt.

When output changes on purpose, regenerate every file with one command and review the diff:

    python scripts/regold.py
    git diff tests/golden/

(The script empties tests/golden/ and runs this file with pytest's --regold option, which writes each file
from the current output instead of comparing.) The files are plain text: `cat` one to see the table.
"""

import difflib
import os
import subprocess
import sys
from pathlib import Path

import pytest
from rich.cells import cell_len

from conftest import ROOT, needs_install, run_kcli

GOLDEN = ROOT / "tests" / "golden"
WIDTHS = (80, 120)

# name -> the command as a user types it.
CASES = {
    "actor-pakistan": ["actor", "pakistan"],
    "actors": ["actors"],
    "timeline": ["timeline", "--from", "2020-09-27", "--to", "2020-11-10"],
    "event": ["event", "2020-11-10-trilateral-statement"],
    "positions-ceasefire": ["positions", "--topic", "ceasefire"],
    "matrix-state": ["matrix", "--kind", "state"],
    "topics": ["topics"],
    "search-ceasefire": ["search", "ceasefire"],
    "sources": ["sources"],
    "cite": ["cite", "2020-11-10-trilateral-statement"],
    "errata": ["errata"],
    "schema": ["schema"],
    # The path is the one part that depends on the machine: the test runs beside the file and names it
    # relatively, so the table shows "kcli.db" wherever the database lives.
    "db-info": ["--db", "kcli.db", "db", "info"],
    "chart": ["chart"],
    # The full views (--full, --section): the detail, numbered sources and errata.
    "actor-pakistan-full": ["actor", "pakistan", "--full"],
    "actor-pakistan-errata": ["actor", "pakistan", "--section", "errata"],
    "timeline-full": ["timeline", "--from", "2020-11-08", "--to", "2020-11-10", "--full"],
    "event-full": ["event", "2020-11-10-trilateral-statement", "--full"],
    "positions-ceasefire-full": ["positions", "--topic", "ceasefire", "--full", "--limit", "10"],
    "errata-full": ["errata", "--actor", "russia", "--full"],
    "vote-by-region": ["vote", "A/RES/62/243", "--by", "region"],
    "votes": ["votes"],
    "matrix-by-region": ["matrix", "--kind", "state", "--by", "region"],
}


def golden_path(name: str, width: int) -> Path:
    return GOLDEN / f"{name}-{width}.txt"


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("name", CASES)
def test_table_output_matches_its_golden_file(
    kcli, monkeypatch: pytest.MonkeyPatch, request: pytest.FixtureRequest, database_path: Path, name: str, width: int
) -> None:
    monkeypatch.chdir(database_path.parent)
    result = kcli(*CASES[name], env={"COLUMNS": str(width), "NO_COLOR": "1"})
    assert result.exit_code == 0, result.stderr
    path = golden_path(name, width)
    if request.config.getoption("--regold"):
        GOLDEN.mkdir(exist_ok=True)
        with path.open("w", encoding="utf-8", newline="") as file:
            file.write(result.stdout)
        return
    assert path.is_file(), f"{path.relative_to(ROOT)} is missing; write it with: python scripts/regold.py"
    with path.open(encoding="utf-8", newline="") as file:
        expected = file.read()
    if result.stdout != expected:
        diff = difflib.unified_diff(
            expected.splitlines(keepends=True),
            result.stdout.splitlines(keepends=True),
            fromfile=f"{path.relative_to(ROOT)} (golden)",
            tofile=f"kcli {' '.join(CASES[name])} at {width} columns (now)",
        )
        pytest.fail(
            "".join(diff)
            + "\nIf this change is meant, run: python scripts/regold.py; then review git diff tests/golden/",
            pytrace=False,
        )


def test_every_golden_file_belongs_to_a_case() -> None:
    expected = {golden_path(name, width).name for name in CASES for width in WIDTHS}
    assert sorted(path.name for path in GOLDEN.glob("*.txt")) == sorted(expected)


@pytest.mark.parametrize("width", WIDTHS)
def test_no_golden_line_is_wider_than_its_terminal(width: int) -> None:
    for name in CASES:
        lines = golden_path(name, width).read_text(encoding="utf-8").splitlines()
        assert max(cell_len(line) for line in lines) <= width, name


# Moves the machine's clock of a real kcli process: time.time, which date.today() and datetime.now() read.
FAKE_CLOCK = """
import time
_REAL_TIME = time.time
time.time = lambda: {seconds} + (_REAL_TIME() % 1)
"""


@pytest.mark.slow
@needs_install
@pytest.mark.parametrize("year", [2027, 2031])
def test_a_profile_does_not_change_when_the_clock_passes_a_council_term(tmp_path: Path, year: int) -> None:
    """Pakistan's Council seat ends on 31 December 2026: the profile must depend on the data, not on the day."""
    from datetime import UTC, datetime

    seconds = datetime(year, 6, 1, tzinfo=UTC).timestamp()
    (tmp_path / "sitecustomize.py").write_text(FAKE_CLOCK.format(seconds=seconds), encoding="utf-8")
    env = {"PYTHONPATH": str(tmp_path), "COLUMNS": "80", "NO_COLOR": "1"}
    clock = subprocess.run(
        [sys.executable, "-c", "import datetime; print(datetime.date.today().year)"],
        capture_output=True, text=True, env={**os.environ, **env}, check=True,
    )  # fmt: skip
    assert clock.stdout.strip() == str(year)  # the fake clock works, so the comparison below can fail
    result = run_kcli("actor", "pakistan", env=env)
    assert result.returncode == 0, result.stderr
    assert result.stdout == golden_path("actor-pakistan", 80).read_text(encoding="utf-8")


def test_no_module_that_renders_or_queries_reads_the_clock() -> None:
    """What is printed depends on the data and the options: the clock is read by no rendering or query module."""
    clock = ("today(", ".now(", "time.time", "localtime(", "gmtime(")
    for name in ("render", "queries", "search", "votes", "chart", "graphs", "formats", "citeformats"):
        path = ROOT / "karabakh_cli" / f"{name}.py"
        if path.is_file():
            source = path.read_text(encoding="utf-8")
            assert not [call for call in clock if call in source], name
