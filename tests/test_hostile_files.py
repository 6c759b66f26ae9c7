"""Hostile input, round three (issue 22): files and formats. A symlinked or endless build, forged citation
records and dates in a stranger's database, SQL that spills to disk or costs more than its rows, lists that
are read whole before they are cut, and the low items. Each test is one reproduction from the issue.

Memory and time are measured on real processes with test_hostile.measure (a 1 GB address-space limit and
the peak resident size of kcli and its children)."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest
from test_hostile import PEAK_LIMIT, assert_one_line, measure

from conftest import SEED

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
