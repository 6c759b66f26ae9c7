"""Finding and opening the database: --db, KCLI_DB, the bundled file, and files that are not what they should be."""

import hashlib
import shutil
import sqlite3
from pathlib import Path

import pytest

from karabakh_cli.db import bundled_path

from conftest import SEED, needs_install


def _altered_copy(source: Path, copy: Path, statement: str) -> Path:
    """A copy of a database with one statement applied to it."""
    shutil.copy(source, copy)
    conn = sqlite3.connect(copy)
    conn.execute(statement)
    conn.commit()
    conn.close()
    return copy


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@needs_install
def test_bundled_database_is_built_from_this_seed(kcli) -> None:
    conn = sqlite3.connect(f"{bundled_path().as_uri()}?mode=ro", uri=True)
    (seed_hash,) = conn.execute("SELECT value FROM meta WHERE key = 'seed_sha256'").fetchone()
    assert seed_hash == hashlib.sha256(SEED.read_bytes()).hexdigest()


def test_db_check_passes_on_the_shipped_database(kcli) -> None:
    result = kcli("db", "check")
    assert result.exit_code == 0, result.stdout
    assert result.stdout == ""


def test_db_check_lists_problems_and_exits_1(kcli, fresh_db: Path, tmp_path: Path) -> None:
    broken = _altered_copy(
        fresh_db, tmp_path / "broken.db", "DELETE FROM citations WHERE record_type = 'actor' AND record_id = 'pakistan'"
    )
    result = kcli("--db", str(broken), "db", "check")
    assert result.exit_code == 1
    assert "actors pakistan: no citation" in result.stdout.splitlines()
    # stderr holds the warnings to review, then the verdict.
    assert result.stderr.splitlines()[-1].startswith("kcli: error: ")


@needs_install
def test_db_path_prints_only_the_path(kcli) -> None:
    result = kcli("db", "path")
    assert result.exit_code == 0
    assert result.stdout == f"{bundled_path()}\n"


@needs_install
def test_db_info_shows_versions_counts_and_path(kcli) -> None:
    result = kcli("db", "info", "--json")
    info = __import__("json").loads(result.stdout)
    assert info["schema_version"] == "3"
    assert info["seed_sha256"] == hashlib.sha256(SEED.read_bytes()).hexdigest()
    assert info["counts"]["actors"] > 20
    assert info["path"] == str(bundled_path())


def test_kcli_db_variable_and_option_choose_the_database(kcli, fresh_db: Path, tmp_path: Path) -> None:
    spaced = tmp_path / "a dir ? with # odd" / "my kcli.db"
    spaced.parent.mkdir()
    shutil.copy(fresh_db, spaced)
    assert kcli("db", "path", env={"KCLI_DB": str(spaced)}).stdout == f"{spaced}\n"
    assert kcli("--db", str(spaced), "actor", "pakistan").exit_code == 0
    assert kcli("actor", "pakistan", env={"KCLI_DB": str(spaced)}).exit_code == 0


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "not a kcli database"),
        (b"just some text\n" * 100, "not a kcli database"),
        (b"SQLite format 3\x00" + b"\x00" * 200, "not a kcli database"),
    ],
)
def test_bad_database_files_get_one_line_and_stay_untouched(kcli, tmp_path: Path, content: bytes, message: str):
    path = tmp_path / "bad.db"
    path.write_bytes(content)
    before = _digest(path)
    result = kcli("--db", str(path), "actor", "pakistan")
    assert result.exit_code == 1
    assert message in result.stderr
    assert result.stderr.count("\n") == 1
    assert _digest(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad.db"]


def test_missing_database_and_directory(kcli, tmp_path: Path) -> None:
    missing = kcli("--db", str(tmp_path / "nope.db"), "actors")
    assert (missing.exit_code, missing.stderr) == (1, f"kcli: error: database not found: {tmp_path / 'nope.db'}\n")
    directory = kcli("--db", str(tmp_path), "actors")
    assert directory.exit_code == 1
    assert "is not a file" in directory.stderr


def test_database_of_another_schema_version(kcli, fresh_db: Path, tmp_path: Path) -> None:
    other = _altered_copy(fresh_db, tmp_path / "other.db", "UPDATE meta SET value = '99' WHERE key = 'schema_version'")
    result = kcli("--db", str(other), "actors")
    assert result.exit_code == 1
    assert "schema version 99; this kcli reads version 3" in result.stderr


@pytest.mark.slow
def test_db_build_writes_a_working_database(kcli, tmp_path: Path) -> None:
    output = tmp_path / "mine.db"
    result = kcli("db", "build", str(SEED), "--output", str(output))
    assert result.exit_code == 0, result.stderr
    assert kcli("--db", str(output), "actor", "pakistan").exit_code == 0


@pytest.mark.slow
def test_db_build_failure_names_the_line_and_keeps_the_old_file(kcli, tmp_path: Path) -> None:
    seed = tmp_path / "seed.sql"
    seed.write_text(SEED.read_text(encoding="utf-8") + "INSERT INTO actors VALUES ('x');\n", encoding="utf-8")
    output = tmp_path / "mine.db"
    output.write_bytes(b"old")
    result = kcli("db", "build", str(seed), "--output", str(output))
    assert result.exit_code == 1
    assert f"seed.sql:{len(seed.read_text(encoding='utf-8').splitlines())}:" in result.stderr
    assert output.read_bytes() == b"old"
