"""The data as a work of its own: its title, authors, licence and version, and how to cite it.

Declared once here, for kcli cite --dataset and the datapackage.json of kcli export; CITATION.cff at the
top of the repository says the same (tests/test_dataset.py compares them). The version and the content
hash are the database's own (its meta table), so a citation names the exact data it was made from.
The citation is written as a sentence, BibTeX, CSL-JSON and RIS by the writers of writers.py.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from typing import TextIO

from karabakh_cli import __version__
from karabakh_cli.models import DatasetCitation

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
SOFTWARE = f"karabakh-cli {__version__}"


def dataset_citation(conn: sqlite3.Connection) -> DatasetCitation:
    """How to cite the data at conn: its version, content hash and newest source's date from its meta table."""
    found = dict(conn.execute("SELECT key, value FROM meta").fetchall())
    version = str(found.get("data_version", "unknown"))
    content = str(found.get("content_sha256", "unknown"))
    sentence = (
        f"{AUTHOR}. {TITLE}. Data version {version} (content SHA-256 {content}), distributed with {SOFTWARE}."
        f" {LICENSE['title']}."
    )
    return DatasetCitation(
        title=TITLE,
        author=AUTHOR,
        data_version=version,
        content_sha256=content,
        newest_source=found.get("newest_source"),
        license=LICENSE["name"],
        software=SOFTWARE,
        citation=sentence,
    )


def _key(cited: DatasetCitation) -> str:
    """A citation key from the version: letters, digits and hyphens only, as BibTeX and pandoc accept."""
    return "kcli-data-" + "".join(c if c.isascii() and c.isalnum() else "-" for c in cited.data_version)


def _date_parts(cited: DatasetCitation) -> list[int]:
    """The data version (YYYY.MM.DD) as the date it names, [year, month, day]; [] when it names none."""
    from karabakh_cli.dates import parse_date

    try:
        return [int(part) for part in parse_date(cited.data_version.replace(".", "-")).split("-")]
    except ValueError:
        return []


def _note(cited: DatasetCitation) -> str:
    return f"Data version {cited.data_version}; content SHA-256 {cited.content_sha256}; distributed with {SOFTWARE}"


def cite_bibtex(cited: DatasetCitation) -> str:
    """The citation as a BibTeX @misc entry (plain BibTeX has no dataset type), UTF-8, TeX specials escaped."""
    from karabakh_cli.citeformats import tex_escape

    parts = _date_parts(cited)
    fields = [
        ("author", "{" + tex_escape(cited.author) + "}"),
        ("title", "{" + tex_escape(cited.title) + "}"),
        ("year", str(parts[0]) if parts else None),
        ("version", tex_escape(cited.data_version)),
        ("howpublished", tex_escape(SOFTWARE)),
        ("note", tex_escape(_note(cited))),
    ]
    body = ",\n".join(f"  {name} = {{{value}}}" for name, value in fields if value)
    return f"@misc{{{_key(cited)},\n{body}\n}}\n"


def cite_csl(cited: DatasetCitation) -> list[dict]:
    """The citation as CSL-JSON (a list of one item of type dataset), for Zotero, pandoc and citeproc."""
    item: dict = {
        "id": _key(cited),
        "type": "dataset",
        "title": cited.title,
        "author": [{"literal": cited.author}],
        "version": cited.data_version,
        "publisher": SOFTWARE.split()[0],
        "note": _note(cited),
    }
    if _date_parts(cited):
        item["issued"] = {"date-parts": [_date_parts(cited)]}
    return [item]


def cite_ris(cited: DatasetCitation) -> str:
    """The citation as an RIS record of type DATA (the version as its edition)."""
    parts = _date_parts(cited)
    fields = [
        ("TY", "DATA"),
        ("AU", cited.author),
        ("TI", cited.title),
        ("PY", str(parts[0]) if parts else ""),
        ("DA", "/".join(f"{part:02d}" for part in parts) + "/" if parts else ""),
        ("ET", cited.data_version),
        ("PB", SOFTWARE.split()[0]),
        ("N1", _note(cited)),
        ("ID", _key(cited)),
    ]
    lines = [f"{tag}  - {' '.join(value.split())}" for tag, value in fields if value]
    return "\n".join([*lines, "ER  - "]) + "\n"


def _write_csl_json(cited: DatasetCitation, stream: TextIO) -> None:
    from karabakh_cli.formats import write_json

    write_json(cite_csl(cited), stream)


# The citation in each reference manager's format, by the name writers.py gives it (as citeformats does for
# sources).
CITATION_WRITERS: dict[str, Callable[[DatasetCitation, TextIO], object]] = {
    "bibtex": lambda cited, stream: stream.write(cite_bibtex(cited)),
    "csl-json": _write_csl_json,
    "ris": lambda cited, stream: stream.write(cite_ris(cited)),
}
