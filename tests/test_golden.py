"""Golden tests: what people read. Each table command's whole output at 80 and 120 columns, colour off, compared
exactly with tests/golden/<name>-<width>.txt.

When output changes on purpose, regenerate every file with one command and review the diff:

    python scripts/regold.py
    git diff tests/golden/

(The script empties tests/golden/ and runs this file with pytest's --regold option, which writes each file
from the current output instead of comparing.) The files are plain text: `cat` one to see the table.
"""

import difflib
from pathlib import Path

import pytest
from rich.cells import cell_len

from conftest import ROOT

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
