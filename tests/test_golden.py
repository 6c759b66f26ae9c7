"""The gallery: what people read, and the golden files of the tests. Every README example that prints for
people, every list and every profile, run as a user types it at 80 and 120 columns with colour off, is
kept in docs/gallery/<name>-<width>.txt (plain text: `cat` one, or open docs/gallery/README.md for the
index) and compared exactly with what kcli prints now.

When output changes on purpose, regenerate the gallery with one command, then READ the changed screens:

    python scripts/gallery.py
    git diff docs/gallery/

(The script empties docs/gallery/ and runs this file with pytest's --regold option, which writes each file
from the current output instead of comparing it.)
"""

import difflib
import os
import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest
from rich.cells import cell_len

from conftest import ROOT, needs_install, run_kcli

GALLERY = ROOT / "docs" / "gallery"
WIDTHS = (80, 120)

# name -> the command as a user types it: every list, every profile, the detail views.
CASES = {
    "actor-pakistan": ["actor", "pakistan"],
    "actor-armenia": ["actor", "armenia"],
    "actor-south-africa-as-of-2020": ["actor", "south", "africa", "--as-of", "2020-10-19"],
    "actor-unsc": ["actor", "unsc"],
    "actors": ["actors"],
    "actors-full": ["actors", "--kind", "organisation", "--full", "--limit", "10"],
    "actors-unsc-2020": ["actors", "--member", "unsc", "--as-of", "2020-10-19"],
    "timeline": ["timeline", "--from", "2020-09-27", "--to", "2020-11-10"],
    "timeline-early-october-2020": ["timeline", "--from", "2020-10-03", "--to", "2020-10-09"],
    "timeline-2023-09-28-full": ["timeline", "--from", "2023-09-28", "--to", "2023-09-28", "--full"],
    "event": ["event", "2020-11-10-trilateral-statement"],
    "positions": ["positions"],
    "positions-ceasefire": ["positions", "--topic", "ceasefire"],
    "matrix-state": ["matrix", "--kind", "state"],
    "topics": ["topics"],
    "search-ceasefire": ["search", "ceasefire"],
    "search-ceasefire-full": ["search", "ceasefire", "--full", "--limit", "5"],
    "sources": ["sources"],
    "sources-full": ["sources", "--full", "--limit", "10"],
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
    "actor-pakistan-relations": ["actor", "pakistan", "--section", "relations"],
    "timeline-full": ["timeline", "--from", "2020-11-08", "--to", "2020-11-10", "--full"],
    "event-full": ["event", "2020-11-10-trilateral-statement", "--full"],
    "positions-ceasefire-full": ["positions", "--topic", "ceasefire", "--full", "--limit", "10"],
    "errata-full": ["errata", "--actor", "russia", "--full"],
    "vote-by-region": ["vote", "A/RES/62/243", "--by", "region"],
    "votes": ["votes"],
    "votes-full": ["votes", "--full"],
    "matrix-by-region": ["matrix", "--kind", "state", "--by", "region"],
}


def readme_examples() -> dict[str, list[str]]:
    """The README's examples that print for people (not those written for programs: --format, --json,
    pipes and redirections), named readme-<words of the command>."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    block = text.split("## Examples", 1)[1].split("\n\n", 2)[1]
    examples = {}
    for line in block.splitlines():
        command = line.split("  #", 1)[0].strip()
        if not command.startswith("kcli ") or re.search(r"--format|--json|[|>]", command):
            continue
        args = shlex.split(command)[1:]
        examples["readme-" + re.sub(r"[^a-z0-9]+", "-", " ".join(args).lower()).strip("-")] = args
    return examples


ALL_CASES = {**CASES, **readme_examples()}


def golden_path(name: str, width: int) -> Path:
    return GALLERY / f"{name}-{width}.txt"


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("name", ALL_CASES)
def test_table_output_matches_its_golden_file(
    kcli, monkeypatch: pytest.MonkeyPatch, request: pytest.FixtureRequest, database_path: Path, name: str, width: int
) -> None:
    monkeypatch.chdir(database_path.parent)
    result = kcli(*ALL_CASES[name], env={"COLUMNS": str(width), "NO_COLOR": "1"})
    assert result.exit_code == 0, result.stderr
    path = golden_path(name, width)
    if request.config.getoption("--regold"):
        GALLERY.mkdir(exist_ok=True)
        with path.open("w", encoding="utf-8", newline="") as file:
            file.write(result.stdout)
        return
    assert path.is_file(), f"{path.relative_to(ROOT)} is missing; write it with: python scripts/gallery.py"
    with path.open(encoding="utf-8", newline="") as file:
        expected = file.read()
    if result.stdout != expected:
        diff = difflib.unified_diff(
            expected.splitlines(keepends=True),
            result.stdout.splitlines(keepends=True),
            fromfile=f"{path.relative_to(ROOT)} (golden)",
            tofile=f"kcli {shlex.join(ALL_CASES[name])} at {width} columns (now)",
        )
        pytest.fail(
            "".join(diff)
            + "\nIf this change is meant, run: python scripts/gallery.py; then read git diff docs/gallery/",
            pytrace=False,
        )


def test_every_gallery_file_belongs_to_a_case() -> None:
    expected = {golden_path(name, width).name for name in ALL_CASES for width in WIDTHS}
    assert sorted(path.name for path in GALLERY.glob("*.txt")) == sorted(expected)


def gallery_index() -> str:
    """docs/gallery/README.md: each screen's command and its files."""
    lines = [
        "# Gallery",
        "",
        "What kcli prints for people, at 80 and 120 columns, colour off. Written by `python scripts/gallery.py`",
        "(do not edit by hand); the golden tests (tests/test_golden.py) compare kcli's output with these files.",
        "",
    ]
    for name, args in ALL_CASES.items():
        files = ", ".join(f"[{width}]({name}-{width}.txt)" for width in WIDTHS)
        lines.append(f"- `kcli {shlex.join(args)}`: {files}")
    return "\n".join(lines) + "\n"


def test_the_gallery_index_lists_every_screen(request: pytest.FixtureRequest) -> None:
    path = GALLERY / "README.md"
    if request.config.getoption("--regold"):
        GALLERY.mkdir(exist_ok=True)
        path.write_text(gallery_index(), encoding="utf-8")
    assert path.read_text(encoding="utf-8") == gallery_index(), "run: python scripts/gallery.py"


@pytest.mark.parametrize("width", WIDTHS)
def test_no_gallery_line_is_wider_than_its_terminal(width: int) -> None:
    for name in ALL_CASES:
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
    """What is printed depends on the data and the options: no module of kcli reads the calendar clock, but
    checks.py, whose review (not a command's answer) asks whether a long-open office still holds."""
    clock = re.compile(r"\btoday\(|\.now\(|\btime\.time\(|\blocaltime\(|\bgmtime\(")
    readers = [
        path.relative_to(ROOT).as_posix()
        for path in sorted((ROOT / "karabakh_cli").rglob("*.py"))
        if clock.search(path.read_text(encoding="utf-8"))
    ]
    assert readers == ["karabakh_cli/checks.py"]
