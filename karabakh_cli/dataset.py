"""The data as a work of its own: its title, authors, licence and version, and how to cite it.

Declared once here, for kcli cite --dataset and the datapackage.json of kcli export; CITATION.cff at the
top of the repository says the same (tests/test_dataset.py compares them). The version and the content
hash are the database's own (its meta table), so a citation names the exact data it was made from.
"""

from __future__ import annotations

import json
import sqlite3
from typing import NamedTuple

from karabakh_cli import __version__

TITLE = "kcli data: the Nagorno-Karabakh conflict and its diplomacy, with sources"
DESCRIPTION = (
    "Actors, events, positions, relations, votes and errata of the Nagorno-Karabakh conflict and the diplomacy"
    " around it, each fact cited to a source and a locator (a paragraph of PONARS Eurasia Policy Memo 704, or"
    " the URL of a public page); compiled from db/seed.sql and shipped with the karabakh-cli package."
)
# No person has signed the data; the contributors are named as a group (a CFF entity, a CSL literal).
AUTHOR = "kcli contributors"
# The licence of the package (pyproject.toml), which the data ships in.
LICENSE = {"name": "MIT", "path": "https://opensource.org/licenses/MIT", "title": "MIT License"}
SOFTWARE = "karabakh-cli"


class DataVersion(NamedTuple):
    """Which data a citation names: its version, the SHA-256 of its rows, and the newest source's date."""

    version: str
    content_sha256: str
    newest_source: str | None


def data_version(conn: sqlite3.Connection) -> DataVersion:
    """The version, content hash and newest source's date from the database's meta table."""
    found = dict(conn.execute("SELECT key, value FROM meta").fetchall())
    return DataVersion(
        version=str(found.get("data_version", "unknown")),
        content_sha256=str(found.get("content_sha256", "unknown")),
        newest_source=found.get("newest_source"),
    )


def cite_text(data: DataVersion) -> str:
    """How to cite this version of the data, as a sentence for a reference list."""
    return (
        f"{AUTHOR}. {TITLE}. Data version {data.version} (content SHA-256 {data.content_sha256}),"
        f" distributed with {SOFTWARE} {__version__}. {LICENSE['title']}."
    )


def _key(data: DataVersion) -> str:
    """A citation key from the version: letters, digits and hyphens only, as BibTeX and pandoc accept."""
    return "kcli-data-" + "".join(c if c.isascii() and c.isalnum() else "-" for c in data.version)


def _year(data: DataVersion) -> int | None:
    """The year of the data version (YYYY.MM.DD), or None when the version is not one."""
    head = data.version[:4]
    return int(head) if head.isdigit() else None


def _note(data: DataVersion) -> str:
    return (
        f"Data version {data.version}; content SHA-256 {data.content_sha256}; distributed with {SOFTWARE} {__version__}"
    )


def cite_bibtex(data: DataVersion) -> str:
    """The citation as a BibTeX @misc entry (plain BibTeX has no dataset type), UTF-8, TeX specials escaped."""
    from karabakh_cli.citeformats import tex_escape

    fields = [
        ("author", "{" + tex_escape(AUTHOR) + "}"),
        ("title", "{" + tex_escape(TITLE) + "}"),
        ("year", str(_year(data)) if _year(data) else None),
        ("version", tex_escape(data.version)),
        ("howpublished", tex_escape(f"{SOFTWARE} {__version__}")),
        ("note", tex_escape(_note(data))),
    ]
    body = ",\n".join(f"  {name} = {{{value}}}" for name, value in fields if value)
    return f"@misc{{{_key(data)},\n{body}\n}}\n"


def cite_csl(data: DataVersion) -> list[dict]:
    """The citation as CSL-JSON (a list of one item of type dataset), for Zotero, pandoc and citeproc."""
    item: dict = {
        "id": _key(data),
        "type": "dataset",
        "title": TITLE,
        "author": [{"literal": AUTHOR}],
        "version": data.version,
        "publisher": SOFTWARE,
        "note": _note(data),
    }
    if _year(data):
        parts = [int(part) for part in data.version.split(".")[:3] if part.isdigit()]
        item["issued"] = {"date-parts": [parts]}
    return [item]


def cite_csl_json(data: DataVersion) -> str:
    """The CSL-JSON citation as text."""
    return json.dumps(cite_csl(data), ensure_ascii=False, indent=2) + "\n"
