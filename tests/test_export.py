"""kcli export: the database as a Frictionless Data Package that frictionless validates, foreign keys
and all; every table in it, with the cells kcli sql writes; written atomically, never over a stranger's
files."""

import json
import sqlite3
from pathlib import Path

import pytest

from karabakh_cli import export
from karabakh_cli.db import connect, resolve_path
from karabakh_cli.errors import UsageError
from karabakh_cli.queries import vocabulary


@pytest.fixture(scope="module")
def package(tmp_path_factory: pytest.TempPathFactory, database_path: Path) -> Path:
    """One export of the real database, shared by the tests that only read it."""
    target = tmp_path_factory.mktemp("export") / "kcli-data"
    conn = connect(database_path)
    try:
        export.export_package(conn, target)
    finally:
        conn.close()
    return target


def _descriptor(folder: Path) -> dict:
    return json.loads((folder / "datapackage.json").read_text(encoding="utf-8"))


def _resource(folder: Path, name: str) -> dict:
    return next(resource for resource in _descriptor(folder)["resources"] if resource["name"] == name)


def _database() -> sqlite3.Connection:
    return connect(resolve_path(None))


@pytest.mark.slow  # frictionless reads every row: about 2 s
def test_frictionless_validates_the_package_with_its_foreign_keys(package: Path) -> None:
    from frictionless import validate

    report = validate(str(package / "datapackage.json"))
    assert report.valid, report.flatten(["resourceName", "rowNumber", "fieldName", "type", "note"])[:10]
    assert report.stats["tasks"] == len(_descriptor(package)["resources"])


@pytest.mark.slow  # frictionless reads every row: about 2 s
def test_frictionless_finds_a_broken_foreign_key(package: Path, tmp_path: Path) -> None:
    """The validation above can fail: an alias of an actor that does not exist is reported."""
    from frictionless import validate

    broken = tmp_path / "broken"
    broken.mkdir()
    for path in package.iterdir():
        (broken / path.name).write_bytes(path.read_bytes())
    lines = (broken / "aliases.csv").read_text(encoding="utf-8").splitlines()
    alias, _, rest = lines[1].split(",", 2)
    lines[1] = f"{alias},no-such-actor,{rest}"
    (broken / "aliases.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    descriptor = _descriptor(broken)
    for resource in descriptor["resources"]:
        if resource["name"] == "aliases":
            del resource["hash"], resource["bytes"]
    (broken / "datapackage.json").write_text(json.dumps(descriptor), encoding="utf-8")
    report = validate(str(broken / "datapackage.json"))
    assert [error.type for task in report.tasks for error in task.errors] == ["foreign-key"]


def test_every_table_of_the_database_is_in_the_package(package: Path) -> None:
    conn = _database()
    tables = conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'table'").fetchall()
    conn.close()
    virtual = [name for name, sql in tables if sql.startswith("CREATE VIRTUAL TABLE")]
    # The shadow tables hold a virtual table's index pages; the virtual table itself is exported.
    expected = {name for name, _ in tables if not any(name.startswith(f"{v}_") for v in virtual)}
    resources = {resource["name"] for resource in _descriptor(package)["resources"]}
    assert resources == expected
    assert {path.stem for path in package.glob("*.csv")} == expected
    assert {"actors", "events", "positions", "relations", "votes", "ballots", "errata", "citations"} <= resources


@pytest.mark.slow  # frictionless reads every row: about 2 s
def test_every_table_loads_with_its_rows(package: Path) -> None:
    from frictionless import Package

    conn = _database()
    for resource in Package(str(package / "datapackage.json")).resources:
        rows = resource.read_rows()
        assert len(rows) == conn.execute(f'SELECT count(*) FROM "{resource.name}"').fetchone()[0], resource.name
    conn.close()


def test_a_table_has_the_cells_kcli_sql_writes(package: Path, kcli) -> None:
    for table in ("events", "actors", "ballots"):
        result = kcli("sql", f"SELECT * FROM {table}", "--format", "csv", "--max-rows", "100000")
        assert result.exit_code == 0, result.stderr
        assert (package / f"{table}.csv").read_text(encoding="utf-8") == result.stdout, table


def test_the_schema_has_types_keys_descriptions_and_vocabularies(package: Path) -> None:
    schema = _resource(package, "ballots")["schema"]
    assert schema["primaryKey"] == ["vote_id", "actor_id"]
    references = {key["fields"]: key["reference"] for key in schema["foreignKeys"]}
    assert references == {
        "vote_id": {"resource": "votes", "fields": "id"},
        "actor_id": {"resource": "actors", "fields": "id"},
    }
    fields = {field["name"]: field for field in _resource(package, "events")["schema"]["fields"]}
    conn = _database()
    assert fields["kind"]["constraints"]["enum"] == list(vocabulary(conn, "events", "kind"))
    conn.close()
    assert fields["id"]["constraints"]["required"] is True
    assert fields["summary"]["description"]
    actors = {field["name"]: field for field in _resource(package, "actors")["schema"]["fields"]}
    assert actors["latitude"]["type"] == "number"
    assert actors["region"]["constraints"]["enum"] == ["Africa", "Americas", "Asia", "Europe", "Oceania"]
    assert _resource(package, "actors")["description"]


def test_the_descriptor_names_version_hash_licence_and_citation(package: Path, kcli) -> None:
    info = json.loads(kcli("db", "info", "--json").stdout)
    descriptor = _descriptor(package)
    assert descriptor["version"] == info["data_version"]
    assert descriptor["kcli"]["content_sha256"] == info["content_sha256"]
    assert descriptor["licenses"][0]["name"] == "MIT"
    assert info["data_version"] in descriptor["citation"] and info["content_sha256"] in descriptor["citation"]


def test_two_exports_are_identical(package: Path, tmp_path: Path, kcli) -> None:
    result = kcli("export", str(tmp_path / "again"))
    assert result.exit_code == 0, result.stderr
    for path in package.iterdir():
        assert (tmp_path / "again" / path.name).read_bytes() == path.read_bytes(), path.name


def test_export_says_what_it_wrote_on_stderr_only(tmp_path: Path, kcli) -> None:
    result = kcli("export", str(tmp_path / "out"))
    assert result.exit_code == 0, result.stderr
    assert result.stdout == ""
    assert result.stderr.startswith("kcli: wrote ")


def test_a_non_empty_folder_is_refused_and_left_alone(tmp_path: Path, kcli) -> None:
    (tmp_path / "notes.txt").write_text("mine", encoding="utf-8")
    result = kcli("export", str(tmp_path))
    assert result.exit_code == 2
    assert "--force" in result.stderr and result.stderr.count("\n") == 1
    assert [path.name for path in tmp_path.iterdir()] == ["notes.txt"]


def test_force_replaces_a_previous_export(tmp_path: Path, kcli) -> None:
    target = tmp_path / "out"
    assert kcli("export", str(target)).exit_code == 0
    (target / "old-table.csv").write_text("a\n1\n", encoding="utf-8")
    assert kcli("export", str(target)).exit_code == 2
    result = kcli("export", str(target), "--force")
    assert result.exit_code == 0, result.stderr
    assert not (target / "old-table.csv").exists()
    assert sorted(path.name for path in tmp_path.iterdir()) == ["out"], "nothing left beside it"


def test_force_never_deletes_other_files(tmp_path: Path, kcli) -> None:
    (tmp_path / "thesis.docx").write_text("mine", encoding="utf-8")
    result = kcli("export", str(tmp_path), "--force")
    assert result.exit_code == 2
    assert "not a kcli export" in result.stderr
    assert (tmp_path / "thesis.docx").read_text(encoding="utf-8") == "mine"


def test_a_link_or_a_file_is_refused(tmp_path: Path, kcli) -> None:
    (tmp_path / "real").mkdir()
    (tmp_path / "link").symlink_to(tmp_path / "real")
    (tmp_path / "file").write_text("x", encoding="utf-8")
    for name in ("link", "file"):
        result = kcli("export", str(tmp_path / name), "--force")
        assert result.exit_code == 2, name
        assert "not a folder" in result.stderr
    assert list((tmp_path / "real").iterdir()) == []


def test_a_missing_parent_is_a_usage_error(tmp_path: Path, kcli) -> None:
    result = kcli("export", str(tmp_path / "no" / "such" / "place"))
    assert result.exit_code == 2
    assert result.stderr.startswith("kcli: error: ")


def _fail_on_third_table(monkeypatch: pytest.MonkeyPatch) -> None:
    written = export._write_table
    calls = []

    def failing(conn, table, folder):
        calls.append(table)
        if len(calls) == 3:
            raise OSError(28, "No space left on device")
        return written(conn, table, folder)

    monkeypatch.setattr(export, "_write_table", failing)


def test_a_failed_export_leaves_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _fail_on_third_table(monkeypatch)
    conn = _database()
    with pytest.raises(OSError):
        export.export_package(conn, tmp_path / "out")
    conn.close()
    assert list(tmp_path.iterdir()) == []


def test_a_failed_export_keeps_the_previous_one(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    conn = _database()
    export.export_package(conn, tmp_path / "out")
    before = {path.name: path.read_bytes() for path in (tmp_path / "out").iterdir()}
    _fail_on_third_table(monkeypatch)
    with pytest.raises(OSError):
        export.export_package(conn, tmp_path / "out", force=True)
    conn.close()
    assert {path.name: path.read_bytes() for path in (tmp_path / "out").iterdir()} == before
    assert [path.name for path in tmp_path.iterdir()] == ["out"]


def test_a_refused_folder_is_a_usage_error_before_anything_is_written(tmp_path: Path) -> None:
    (tmp_path / "x.txt").write_text("x", encoding="utf-8")
    conn = _database()
    with pytest.raises(UsageError):
        export.export_package(conn, tmp_path)
    conn.close()
    assert [path.name for path in tmp_path.iterdir()] == ["x.txt"]


def test_the_folder_you_are_in_is_refused(tmp_path: Path, kcli, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    for name in (".", str(tmp_path.parent)):
        result = kcli("export", name, "--force")
        assert result.exit_code == 2, name
        assert "the folder you are in" in result.stderr
    assert list(tmp_path.iterdir()) == []


def test_a_strangers_table_names_never_become_paths(tmp_path: Path, database_path: Path, kcli) -> None:
    stranger = tmp_path / "stranger.db"
    stranger.write_bytes(database_path.read_bytes())
    conn = sqlite3.connect(stranger)
    conn.execute('CREATE TABLE "../escaped" (x TEXT)')
    conn.execute('CREATE TABLE "Upper" (x TEXT)')
    conn.execute("CREATE TABLE extra_notes (x TEXT)")
    conn.execute("INSERT INTO extra_notes VALUES ('kept')")
    conn.commit()
    conn.close()
    result = kcli("--db", str(stranger), "export", str(tmp_path / "out"))
    assert result.exit_code == 0, result.stderr
    names = {path.name for path in (tmp_path / "out").iterdir()}
    assert "extra_notes.csv" in names and "Upper.csv" not in names
    assert not (tmp_path / "escaped.csv").exists()
    assert sorted(path.name for path in tmp_path.iterdir()) == ["out", "stranger.db"]


@pytest.mark.slow
def test_frictionless_validate_command_passes(package: Path) -> None:
    """The check the README gives users: `frictionless validate DIR/datapackage.json`, exit 0."""
    import subprocess
    import sys

    script = Path(sys.executable).parent / "frictionless"
    if not script.is_file():
        pytest.skip("the frictionless command is not installed beside this interpreter")
    result = subprocess.run(
        [str(script), "validate", str(package / "datapackage.json")], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout[-2000:]
