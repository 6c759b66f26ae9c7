"""The data as a work of its own: its title, authors, licence and version, and how to cite it.

Declared once here, for kcli cite --dataset and the datapackage.json of kcli export; CITATION.cff at the
top of the repository says the same (tests/test_dataset.py compares them). The version and the content
hash are the database's own (its meta table), so a citation names the exact data it was made from.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from typing import NamedTuple, TextIO

from karabakh_cli import __version__
from karabakh_cli.formats import write_json
from karabakh_cli.text import safe

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


def _date_parts(data: DataVersion) -> list[int]:
    """The data version (YYYY.MM.DD) as the date it names, [year, month, day]; [] when it names none."""
    from karabakh_cli.dates import parse_date

    try:
        return [int(part) for part in parse_date(data.version.replace(".", "-")).split("-")]
    except ValueError:
        return []


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
        ("year", str(_date_parts(data)[0]) if _date_parts(data) else None),
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
    if _date_parts(data):
        item["issued"] = {"date-parts": [_date_parts(data)]}
    return [item]


def write_text(data: DataVersion, stream: TextIO) -> None:
    """The citation as a sentence, for people (escaped for a terminal: a stranger's meta may hold anything)."""
    stream.write(safe(cite_text(data), one_line=True) + "\n")


def write_json_citation(data: DataVersion, stream: TextIO) -> None:
    """The citation as kcli's JSON: what the data is, its version and hash, and the sentence to cite."""
    found = {
        "title": TITLE,
        "author": AUTHOR,
        "data_version": data.version,
        "content_sha256": data.content_sha256,
        "newest_source": data.newest_source,
        "license": LICENSE["name"],
        "software": f"{SOFTWARE} {__version__}",
        "citation": cite_text(data),
    }
    write_json(found, stream)


def write_bibtex_citation(data: DataVersion, stream: TextIO) -> None:
    """The citation as a BibTeX entry."""
    stream.write(cite_bibtex(data))


# kcli cite --dataset: each format it writes, by the name --format gives ("table" is the default: text).
CITATION_WRITERS: dict[str, Callable[[DataVersion, TextIO], None]] = {
    "table": write_text,
    "json": write_json_citation,
    "bibtex": write_bibtex_citation,
    "csl-json": lambda data, stream: write_json(cite_csl(data), stream),
}
