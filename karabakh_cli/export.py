"""kcli export: the whole database as a Frictionless Data Package (https://specs.frictionlessdata.io/).

One CSV per table (UTF-8, a header row, the cells kcli sql writes: NULL as an empty cell, no cell cut
short) and a datapackage.json describing them: each column's type and meaning (from the codebook), the
primary and foreign keys, the allowed values of each closed vocabulary, the data's version, content
hash, licence and how to cite it. Every table is exported except SQLite's own and the shadow tables that
hold the inside of a virtual table's index (their rows are in the virtual table, which is exported), and
any table whose name could not be a file's or a resource's name (only a database kcli did not build has one).

The package is written into a new folder beside the target and renamed into place when complete, so a
failed export leaves nothing half-written. Output depends only on the database: no time of export.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import shutil
import sqlite3
import stat
import tempfile
from pathlib import Path

from karabakh_cli import dataset
from karabakh_cli.errors import UsageError
from karabakh_cli.queries import vocabularies
from karabakh_cli.text import safe

DESCRIPTOR = "datapackage.json"
# A resource's name in a data package, and so the name of its CSV file: no path, no quote, no capital.
_RESOURCE_NAME = re.compile(r"[a-z0-9_][a-z0-9_.-]*", re.ASCII)
# SQLite's declared types, as Table Schema field types; a column with no type holds text.
_FIELD_TYPES = {"TEXT": "string", "INTEGER": "integer", "INT": "integer", "REAL": "number"}


def export_package(conn: sqlite3.Connection, target: Path, force: bool = False) -> list[str]:
    """Write the database at conn as a data package into the folder target (new, empty, or with force a
    previous export), atomically; return the names of the tables written."""
    target = Path(os.path.abspath(target))  # '.' and 'out/..' name a folder with a parent to write beside
    _check_target(target, force)
    work = Path(tempfile.mkdtemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent))
    try:
        tables = exported_tables(conn)
        resources = [_write_table(conn, table, work) for table in tables]
        descriptor = package_descriptor(conn, resources)
        (work / DESCRIPTOR).write_text(json.dumps(descriptor, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        _make_readable(work)
        _move_into_place(work, target)
    except BaseException:
        shutil.rmtree(work, ignore_errors=True)
        raise
    return tables


def exported_tables(conn: sqlite3.Connection) -> list[str]:
    """Every table of the database, by name, but SQLite's own and the shadow tables of virtual tables."""
    rows = conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'table' ORDER BY name").fetchall()
    virtual = [name for name, sql in rows if (sql or "").upper().startswith("CREATE VIRTUAL TABLE")]
    return [
        name
        for name, _ in rows
        if not name.startswith("sqlite_")
        and not any(name.startswith(f"{table}_") for table in virtual)
        and _RESOURCE_NAME.fullmatch(name)
    ]


# --- the target folder -----------------------------------------------------------------------------


def _check_target(target: Path, force: bool) -> None:
    """The folder may be new or empty; with force, it may hold a previous export (nothing else is deleted)."""
    shown = safe(str(target), one_line=True)
    if not target.parent.is_dir():
        raise UsageError(f"cannot export into {shown}: {safe(str(target.parent), one_line=True)} is not a folder")
    try:
        info = target.lstat()
    except FileNotFoundError:
        return
    if stat.S_ISLNK(info.st_mode) or not stat.S_ISDIR(info.st_mode):
        raise UsageError(f"cannot export into {shown}: it is not a folder (a file or a link)")
    here = Path(os.path.abspath(os.getcwd()))
    if here == target or target in here.parents:
        # The package replaces the folder whole; a shell inside it would be left in a deleted folder.
        raise UsageError(f"cannot export into {shown}: it is the folder you are in (or holds it); name a new folder")
    present = sorted(entry.name for entry in target.iterdir())
    if not present:
        return
    if not force:
        raise UsageError(f"{shown} is not empty; give --force to replace a previous export, or a new folder")
    strangers = [name for name in present if not _from_an_export(target / name)]
    if strangers:
        raise UsageError(
            f"{shown} holds files that are not a kcli export ({safe(', '.join(strangers[:3]), one_line=True)});"
            " --force only replaces a previous export: choose a new folder"
        )


def _from_an_export(path: Path) -> bool:
    """A file a previous export wrote: the descriptor or a table's CSV, a plain file."""
    is_file = stat.S_ISREG(path.lstat().st_mode)
    return is_file and (path.name == DESCRIPTOR or path.suffix == ".csv")


def _make_readable(folder: Path) -> None:
    """The permissions a folder made by mkdir would have (mkdtemp makes it private to the user)."""
    mask = os.umask(0)
    os.umask(mask)
    folder.chmod(0o777 & ~mask)


def _move_into_place(work: Path, target: Path) -> None:
    """Rename the finished package to target; a previous export there is set aside first and removed
    only once the new one is in place (put back if the rename fails)."""
    if not target.exists():
        os.rename(work, target)
        return
    old = Path(tempfile.mkdtemp(prefix=f".{target.name}.", suffix=".old", dir=target.parent))
    os.rename(target, old / "previous")
    try:
        os.rename(work, target)
    except BaseException:
        os.rename(old / "previous", target)
        raise
    finally:
        with contextlib.suppress(OSError):
            shutil.rmtree(old)


# --- tables ----------------------------------------------------------------------------------------


def _write_table(conn: sqlite3.Connection, table: str, folder: Path) -> dict:
    """Write one table as CSV into folder; return its resource (schema, size and hash) for the descriptor."""
    import csv

    path = folder / f"{table}.csv"
    cursor = conn.execute(f'SELECT * FROM "{table}"')
    names = [column[0] for column in cursor.description]
    with path.open("w", encoding="utf-8", newline="") as stream:
        writer = csv.writer(stream, lineterminator="\n")
        writer.writerow(names)
        writer.writerows(cursor)  # csv writes None as an empty cell, numbers as Python prints them
    data = path.read_bytes()
    description, _ = _described(table)
    resource = {
        "name": table,
        "path": path.name,
        "profile": "tabular-data-resource",
        "title": table,
        "description": description,
        "format": "csv",
        "mediatype": "text/csv",
        "encoding": "utf-8",
        "bytes": len(data),
        "hash": f"sha256:{hashlib.sha256(data).hexdigest()}",
        "schema": table_schema(conn, table, names),
    }
    return {key: value for key, value in resource.items() if value != ""}


def _described(table: str) -> tuple[str, dict[str, str]]:
    """The codebook's description of a table and of its columns (empty where it has none)."""
    from karabakh_cli.codebook import TABLES

    return TABLES.get(table, ("", {}))


def table_schema(conn: sqlite3.Connection, table: str, names: list[str]) -> dict:
    """A Table Schema for one table: fields with types, descriptions, required and allowed values, the
    primary key and the foreign keys."""
    _, descriptions = _described(table)
    sql = conn.execute("SELECT sql FROM sqlite_master WHERE name = ?", (table,)).fetchone()[0] or ""
    allowed = vocabularies(sql)
    columns = {
        row[0]: row for row in conn.execute('SELECT name, type, "notnull", pk FROM pragma_table_info(?)', (table,))
    }
    fields = []
    for name in names:
        _, declared, not_null, _ = columns.get(name, (name, "", 0, 0))
        field: dict = {"name": name, "type": _FIELD_TYPES.get(declared.upper(), "string")}
        if descriptions.get(name):
            field["description"] = descriptions[name]
        constraints: dict = {}
        if not_null:
            constraints["required"] = True
        if name in allowed:
            constraints["enum"] = list(allowed[name])
        if constraints:
            field["constraints"] = constraints
        fields.append(field)
    schema: dict = {"fields": fields, "missingValues": [""]}
    key = [row[0] for row in sorted(columns.values(), key=lambda row: row[3]) if row[3]]
    if key:
        schema["primaryKey"] = key
    foreign = _foreign_keys(conn, table)
    if foreign:
        schema["foreignKeys"] = foreign
    return schema


def _foreign_keys(conn: sqlite3.Connection, table: str) -> list[dict]:
    rows = conn.execute('SELECT id, "table", "from", "to" FROM pragma_foreign_key_list(?) ORDER BY id, seq', (table,))
    grouped: dict[int, tuple[str, list[str], list[str]]] = {}
    for key_id, other, column, referenced in rows:
        entry = grouped.setdefault(key_id, (other, [], []))
        entry[1].append(column)
        entry[2].append(referenced)
    return [
        {
            "fields": columns if len(columns) > 1 else columns[0],
            "reference": {
                "resource": "" if other == table else other,
                "fields": referenced if len(referenced) > 1 else referenced[0],
            },
        }
        for other, columns, referenced in grouped.values()
    ]


# --- the descriptor --------------------------------------------------------------------------------


def package_descriptor(conn: sqlite3.Connection, resources: list[dict]) -> dict:
    """datapackage.json: what the data is, its version and hash, licence, how to cite it, and the tables."""
    cited = dataset.dataset_citation(conn)
    return {
        "profile": "tabular-data-package",
        "name": "kcli-data",
        "title": dataset.TITLE,
        "description": dataset.DESCRIPTION,
        "version": cited.data_version,
        "licenses": [dataset.LICENSE],
        "contributors": [{"title": dataset.AUTHOR, "role": "author"}],
        "sources": [
            {
                "title": "J. Strakes, The Second Nagorno-Karabakh War in a Global South Perspective, PONARS Eurasia"
                " Policy Memo No. 704 (2021), and the public sources listed in sources.csv",
            }
        ],
        "keywords": ["Nagorno-Karabakh", "Armenia", "Azerbaijan", "conflict", "diplomacy", "United Nations"],
        # Properties of our own, which the Data Package specification allows beside its own.
        "kcli": {
            "data_version": cited.data_version,
            "content_sha256": cited.content_sha256,
            "newest_source": cited.newest_source,
            "software": cited.software,
        },
        "citation": cited.citation,
        "resources": resources,
    }
