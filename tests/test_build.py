"""Building the database from a seed: checks, error reporting, atomicity, reproducibility."""

import hashlib
import sqlite3
from pathlib import Path

import pytest

from karabakh_cli.build import build_database
from karabakh_cli.errors import BuildError

from conftest import SEED

GOOD_EVENT = (
    "INSERT INTO events (id, date, end_date, kind, title, summary, status)"
    " VALUES ('zz-test-event', '{date}', NULL, 'statement', 'Test', 'Test.', 'verified');\n"
)
CITE_EVENT = "INSERT INTO citations (source_id, locator, record_type, record_id) VALUES ('ponars-704', '{locator}', 'event', 'zz-test-event');\n"  # noqa: E501


def _seed_with(tmp_path: Path, extra: str) -> Path:
    seed = tmp_path / "seed.sql"
    seed.write_text(SEED.read_text(encoding="utf-8") + extra, encoding="utf-8")
    return seed


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.slow
def test_same_seed_builds_byte_identical_files(tmp_path: Path) -> None:
    build_database(SEED, tmp_path / "a.db")
    build_database(SEED, tmp_path / "b.db")
    assert _digest(tmp_path / "a.db") == _digest(tmp_path / "b.db")


def test_build_records_seed_hash_and_versions(fresh_db: Path) -> None:
    meta = dict(sqlite3.connect(fresh_db).execute("SELECT key, value FROM meta"))
    assert meta["seed_sha256"] == hashlib.sha256(SEED.read_bytes()).hexdigest()
    assert meta["schema_version"] == "3"
    assert meta["data_version"]


@pytest.mark.slow
def test_sql_error_names_the_seed_line(tmp_path: Path) -> None:
    seed = _seed_with(tmp_path, "INSERT INTO nowhere VALUES (1);\n")
    line = len(seed.read_text(encoding="utf-8").splitlines())
    with pytest.raises(BuildError, match=rf"seed.sql:{line}: no such table: nowhere"):
        build_database(seed, tmp_path / "out.db")


@pytest.mark.slow
def test_broken_foreign_key_fails(tmp_path: Path) -> None:
    extra = "INSERT INTO aliases (alias, actor_id, kind) VALUES ('Nobody', 'no-such-actor', 'short-name');\n"
    with pytest.raises(BuildError, match="FOREIGN KEY constraint failed"):
        build_database(_seed_with(tmp_path, extra), tmp_path / "out.db")


@pytest.mark.slow
def test_uncited_fact_fails(tmp_path: Path) -> None:
    with pytest.raises(BuildError, match="events zz-test-event: no citation"):
        build_database(_seed_with(tmp_path, GOOD_EVENT.format(date="2020-10-19")), tmp_path / "out.db")


@pytest.mark.slow
def test_impossible_date_fails(tmp_path: Path) -> None:
    extra = GOOD_EVENT.format(date="2020-02-30") + CITE_EVENT.format(locator="¶17")
    with pytest.raises(BuildError, match="zz-test-event: '2020-02-30' is not a calendar day"):
        build_database(_seed_with(tmp_path, extra), tmp_path / "out.db")


@pytest.mark.slow
def test_memo_locator_outside_its_paragraphs_fails(tmp_path: Path) -> None:
    extra = GOOD_EVENT.format(date="2020-10-19") + CITE_EVENT.format(locator="¶21")
    with pytest.raises(BuildError, match="locator '¶21' is not ¶1 to ¶20"):
        build_database(_seed_with(tmp_path, extra), tmp_path / "out.db")


@pytest.mark.slow
def test_alias_of_two_actors_fails(tmp_path: Path) -> None:
    extra = "INSERT INTO aliases (alias, actor_id, kind) VALUES ('PAKISTAN!', 'india', 'short-name');\n"
    with pytest.raises(BuildError, match="alias 'pakistan' is claimed by india, pakistan"):
        build_database(_seed_with(tmp_path, extra), tmp_path / "out.db")


@pytest.mark.slow
def test_failed_build_leaves_existing_output_untouched(tmp_path: Path) -> None:
    output = tmp_path / "out.db"
    output.write_bytes(b"the user's file")
    with pytest.raises(BuildError):
        build_database(_seed_with(tmp_path, "INSERT INTO nowhere VALUES (1);\n"), output)
    assert output.read_bytes() == b"the user's file"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.db", "seed.sql"]


@pytest.mark.slow
def test_a_killed_builds_leftover_is_removed_by_the_next_build(tmp_path: Path) -> None:
    output = tmp_path / "out.db"
    dead_pid = 2**22 + 12345  # above Linux's default pid_max, so no process has it
    leftover = tmp_path / f".out.db.{dead_pid}.building"
    leftover.write_bytes(b"half a database")
    build_database(SEED, output)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.db"]


def test_the_build_writes_the_one_schema_version(tmp_path: Path) -> None:
    """guard.SCHEMA_VERSION is the one declaration: the seed names none, the build writes it, and a seed
    written for another version is refused."""
    from karabakh_cli.guard import SCHEMA_VERSION

    assert "'schema_version'" not in SEED.read_text(encoding="utf-8")
    other = tmp_path / "other.sql"
    other.write_text(SEED.read_text(encoding="utf-8") + "\nINSERT INTO meta VALUES ('schema_version', '1');\n")
    with pytest.raises(BuildError, match=f"schema version 1; this kcli builds version {SCHEMA_VERSION}"):
        build_database(other, tmp_path / "other.db")
