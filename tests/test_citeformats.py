"""BibTeX, CSL-JSON and RIS: every real source goes through a real parser and comes back as it was.

Parsers: bibtexparser (v2) for BibTeX, its LaTeX decoding (pylatexenc) to undo our escaping; citeproc-py
for CSL-JSON (it renders a bibliography from the items), with the item types and variable names read
from the CSL schema it ships; rispy for RIS, plus a check of RIS's fixed line shape.
"""

import io
import json
import re
import sqlite3
import subprocess
import sys
from pathlib import Path

import bibtexparser
import pytest
import rispy
from bibtexparser.middlewares import LatexDecodingMiddleware
from citeproc import Citation as CiteprocCitation
from citeproc import CitationItem, CitationStylesBibliography, CitationStylesStyle, formatter
from citeproc.source.json import CiteProcJSON
from hypothesis import given
from hypothesis import strategies as st

from karabakh_cli import citeformats
from karabakh_cli.citeformats import (
    CITED_WRITERS,
    ENTRY_TYPES,
    SOURCE_WRITERS,
    write_bibtex,
    write_cited_bibtex,
    write_cited_csl_json,
    write_cited_ris,
    write_csl_json,
    write_ris,
)
from karabakh_cli.db import connect
from karabakh_cli.models import Citation, CitedRecord, Source
from karabakh_cli.queries import cite_record, list_sources

CSL_SCHEMA = Path(sys.modules["citeproc"].__file__).parent / "data" / "schema" / "schemas" / "styles"
HOSTILE = r"50% & #1 {open} \relax $x_y^2~ }{ Ülgen “قره باغ”"
TRILATERAL = "2020-11-10-trilateral-statement"


@pytest.fixture(scope="module")
def conn(database_path: Path) -> sqlite3.Connection:
    return connect(database_path)


@pytest.fixture(scope="module")
def sources(conn: sqlite3.Connection) -> list[Source]:
    return list_sources(conn)


@pytest.fixture(scope="module")
def every_citation(conn: sqlite3.Connection) -> list[CitedRecord]:
    """Every cited record in the database, as kcli cite returns them."""
    ids = [row[0] for row in conn.execute("SELECT DISTINCT record_id FROM citations ORDER BY record_id")]
    return [record for record_id in ids for record in cite_record(conn, record_id)]


def source(**fields: object) -> Source:
    defaults = dict(
        id="test-source",
        kind="news",
        title="A title",
        author=None,
        publisher="The Outlet",
        published="2020-10-19",
        url="https://example.org/a",
        citations=1,
    )
    return Source(**{**defaults, **fields})


def written(writer, *args) -> str:
    stream = io.StringIO()
    writer(*args, stream)
    return stream.getvalue()


def parse_bibtex(text: str, decode: bool = True) -> bibtexparser.Library:
    return bibtexparser.parse_string(text, append_middleware=[LatexDecodingMiddleware()] if decode else [])


def render_csl(items: list[dict]) -> list[str]:
    style = CitationStylesStyle("harvard-cite-them-right", validate=False)
    bibliography = CitationStylesBibliography(style, CiteProcJSON(items), formatter.plain)
    for item in items:
        bibliography.register(CiteprocCitation([CitationItem(item["id"])]))
    return [str(entry) for entry in bibliography.bibliography()]


def csl_words(schema_file: str) -> set[str]:
    return set(re.findall(r'"([A-Za-z_-]+)"', (CSL_SCHEMA / schema_file).read_text()))


# --- the mapping -----------------------------------------------------------------------------------


def test_every_source_kind_in_the_schema_has_entry_types(conn: sqlite3.Connection) -> None:
    schema = conn.execute("SELECT sql FROM sqlite_master WHERE name = 'sources'").fetchone()[0]
    kinds = re.search(r"kind\s+TEXT NOT NULL CHECK \(kind IN \(([^)]*)\)", schema).group(1)
    assert set(ENTRY_TYPES) == set(re.findall(r"'([a-z-]+)'", kinds))


def test_entry_types_are_csl_item_types() -> None:
    assert {entry_type.csl for entry_type in ENTRY_TYPES.values()} <= csl_words("csl-types.rnc")


def test_writers_are_declared_for_each_format_name() -> None:
    assert list(SOURCE_WRITERS) == list(CITED_WRITERS) == ["bibtex", "csl-json", "ris"]


def test_an_unknown_kind_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown kind 'podcast'"):
        written(write_bibtex, [source(kind="podcast")])


# --- BibTeX ----------------------------------------------------------------------------------------


@pytest.mark.slow  # every source through a real parser
def test_bibtex_parses_every_source_under_its_id(sources: list[Source]) -> None:
    library = parse_bibtex(written(write_bibtex, sources))
    assert library.failed_blocks == []
    assert [entry.key for entry in library.entries] == [s.id for s in sources]


@pytest.mark.slow  # every source through a real parser
def test_bibtex_entry_types_follow_the_source_kind(sources: list[Source]) -> None:
    library = parse_bibtex(written(write_bibtex, sources))
    assert [entry.entry_type for entry in library.entries] == [ENTRY_TYPES[s.kind].bibtex for s in sources]


@pytest.mark.slow  # every source through a real parser
def test_bibtex_text_fields_decode_to_the_source_values(sources: list[Source]) -> None:
    library = parse_bibtex(written(write_bibtex, sources))
    for entry, s in zip(library.entries, sources, strict=True):
        fields = entry.fields_dict
        assert fields["title"].value == s.title
        assert (fields["author"].value if "author" in fields else None) == s.author
        publisher = ENTRY_TYPES[s.kind].bibtex_publisher
        assert (fields[publisher].value if publisher in fields else None) == s.publisher


def test_bibtex_urls_are_kept_verbatim(sources: list[Source]) -> None:
    library = parse_bibtex(written(write_bibtex, sources), decode=False)
    for entry, s in zip(library.entries, sources, strict=True):
        assert (entry.fields_dict["url"].value if "url" in entry.fields_dict else None) == s.url


def test_bibtex_escapes_tex_specials_and_keeps_unicode() -> None:
    text = written(write_bibtex, [source(title=HOSTILE, author="Elif Çomoğlu Ülgen", publisher=HOSTILE)])
    assert "Ülgen “قره باغ”" in text
    assert r"50\% \& \#1 \textbraceleft{}open\textbraceright{} \textbackslash{}relax \$x\_y" in text
    [entry] = parse_bibtex(text, decode=False).entries
    assert entry["title"] == "{" + citeformats.tex_escape(HOSTILE) + "}"
    assert entry["author"] == "Elif Çomoğlu Ülgen"


@pytest.mark.slow
@given(st.text(min_size=1).filter(str.strip))
def test_any_title_stays_inside_its_field(title: str) -> None:
    # Whatever the text, BibTeX's brace counting ends the field where we ended it.
    library = parse_bibtex(written(write_bibtex, [source(title=title, publisher=title)]), decode=False)
    assert library.failed_blocks == []
    [entry] = library.entries
    assert entry["title"] == "{" + citeformats.tex_escape(title) + "}"
    assert entry["journal"] == citeformats.tex_escape(title)


def test_bibtex_escaping_decodes_back_to_the_text() -> None:
    # pylatexenc drops \textbraceleft and turns \textasciicircum into U+02C6, so braces and ^ are
    # checked in their escaped form above.
    plain = r"50% & #1 \relax $x_y~ Ülgen “قره باغ”"
    [entry] = parse_bibtex(written(write_bibtex, [source(title=plain, publisher=plain)])).entries
    assert (entry["title"], entry["journal"]) == (plain, plain)


def test_an_organisation_as_author_is_one_name_in_every_format() -> None:
    organisation = source(author="Ministry of Trade and Industry")
    assert "  author = {{Ministry of Trade and Industry}},\n" in written(write_bibtex, [organisation])
    [item] = json.loads(written(write_csl_json, [organisation]))
    assert item["author"] == [{"literal": "Ministry of Trade and Industry"}]
    [entry] = rispy.loads(written(write_ris, [organisation]))
    assert entry["authors"] == ["Ministry of Trade and Industry"]


def test_bibtex_titles_in_brackets_stay_as_written() -> None:
    title = "[Trend report: Azerbaijan declares martial law, without mobilisation]"
    text = written(write_bibtex, [source(title=title)])
    assert "title = {{" + title + "}}" in text


@pytest.mark.parametrize(
    ("published", "year", "month"),
    [("2020", "2020", None), ("2020-10", "2020", "oct"), ("2020-10-19", "2020", "oct"), (None, None, None)],
)
def test_bibtex_dates_are_year_and_month(published: str | None, year: str | None, month: str | None) -> None:
    [entry] = parse_bibtex(written(write_bibtex, [source(published=published)])).entries
    assert (entry.get("year").value if entry.get("year") else None) == year
    assert (entry.get("month").value if entry.get("month") else None) == month
    assert "date" not in entry.fields_dict


def test_bibtex_month_is_the_bare_month_macro() -> None:
    assert "  month = jan,\n" in written(write_bibtex, [source(published="2021-01")])


# --- CSL-JSON --------------------------------------------------------------------------------------


@pytest.mark.slow
def test_csl_json_renders_every_source_with_citeproc(sources: list[Source]) -> None:
    items = json.loads(written(write_csl_json, sources))
    rendered = render_csl(items)
    assert len(rendered) == len(sources) == len(items)
    assert [item["id"] for item in items] == [s.id for s in sources]
    for s in sources:
        assert any(s.title in line for line in rendered), s.id


def test_csl_json_uses_only_csl_variables(sources: list[Source]) -> None:
    variables = csl_words("csl-variables.rnc") | {"id", "type"}
    for item in json.loads(written(write_csl_json, sources)):
        assert set(item) <= variables, item["id"]
        assert item["type"] == ENTRY_TYPES[next(s.kind for s in sources if s.id == item["id"])].csl


def test_csl_json_keeps_titles_authors_and_urls(sources: list[Source]) -> None:
    for item, s in zip(json.loads(written(write_csl_json, sources)), sources, strict=True):
        assert item["title"] == s.title
        assert item.get("URL") == s.url
        names = [" ".join(filter(None, (name.get("given"), name.get("family")))) for name in item.get("author", [])]
        assert names == ([s.author] if s.author else [])


@pytest.mark.parametrize(
    ("published", "parts"),
    [("2020", [2020]), ("2020-10", [2020, 10]), ("2020-10-19", [2020, 10, 19]), (None, None)],
)
def test_csl_json_dates_keep_their_precision(published: str | None, parts: list[int] | None) -> None:
    [item] = json.loads(written(write_csl_json, [source(published=published)]))
    assert item.get("issued") == ({"date-parts": [parts]} if parts else None)


def test_csl_json_puts_the_outlet_of_news_in_container_title() -> None:
    news, reference = json.loads(written(write_csl_json, [source(), source(id="ref", kind="reference")]))
    assert (news["container-title"], "publisher" in news) == ("The Outlet", False)
    assert (reference["publisher"], "container-title" in reference) == ("The Outlet", False)


def test_csl_json_escapes_nothing() -> None:
    [item] = json.loads(written(write_csl_json, [source(title=HOSTILE)]))
    assert item["title"] == HOSTILE


# --- RIS -------------------------------------------------------------------------------------------

RIS_LINE = re.compile(r"[A-Z][A-Z0-9]  - .*")


def test_ris_parses_every_source(sources: list[Source]) -> None:
    entries = rispy.loads(written(write_ris, sources))
    assert [entry["id"] for entry in entries] == [s.id for s in sources]
    assert [entry["type_of_reference"] for entry in entries] == [ENTRY_TYPES[s.kind].ris for s in sources]
    assert [entry["title"] for entry in entries] == [s.title for s in sources]
    assert [entry.get("urls", [None])[0] for entry in entries] == [s.url for s in sources]


def test_ris_lines_have_the_tag_shape(sources: list[Source]) -> None:
    records = written(write_ris, sources).split("\n\n")
    assert len(records) == len(sources)
    for record in records:
        lines = record.rstrip("\n").split("\n")
        assert lines[0].startswith("TY  - ") and lines[-1] == "ER  - "
        assert all(RIS_LINE.fullmatch(line) for line in lines), record


@pytest.mark.parametrize(
    ("published", "date"),
    [("2020", "2020///"), ("2020-10", "2020/10//"), ("2020-10-19", "2020/10/19/")],
)
def test_ris_dates_leave_missing_parts_empty(published: str, date: str) -> None:
    [entry] = rispy.loads(written(write_ris, [source(published=published)]))
    assert (entry["year"], entry["date"]) == ("2020", date)


def test_ris_author_is_family_comma_given() -> None:
    [entry] = rispy.loads(written(write_ris, [source(author="Jason E. Strakes")]))
    assert entry["authors"] == ["Strakes, Jason E."]


# --- the citations of one record ---------------------------------------------------------------------


def test_cited_bibtex_lists_each_source_once_in_citation_order(conn, sources) -> None:
    records = cite_record(conn, TRILATERAL)
    library = parse_bibtex(written(write_cited_bibtex, records, sources))
    assert [entry.key for entry in library.entries] == [
        "armenia-pm-2020-11-10-statement",
        "ponars-704",
        "commonspace-2020-11-15-kelbajar",
        "sputnik-2020-11-11-memorandum",
    ]


def test_cited_bibtex_note_carries_the_paragraphs(conn, sources) -> None:
    library = parse_bibtex(written(write_cited_bibtex, cite_record(conn, TRILATERAL), sources))
    assert library.entries_dict["ponars-704"]["note"] == (
        "¶1: “a fourth, Russian-brokered ceasefire”; ¶3: peacekeepers; see erratum peacekeepers"
    )
    assert library.entries_dict["sputnik-2020-11-11-memorandum"]["note"] == "1,960 peacekeepers"


def test_cited_csl_json_locator_is_the_paragraphs(conn, sources) -> None:
    items = {
        item["id"]: item for item in json.loads(written(write_cited_csl_json, cite_record(conn, TRILATERAL), sources))
    }
    assert items["ponars-704"]["locator"] == "¶1, ¶3"
    assert "locator" not in items["commonspace-2020-11-15-kelbajar"]


def test_cited_ris_note_is_n1(conn, sources) -> None:
    entries = rispy.loads(written(write_cited_ris, cite_record(conn, TRILATERAL), sources))
    assert entries[1]["notes"] == [
        "¶1: “a fourth, Russian-brokered ceasefire”; ¶3: peacekeepers; see erratum peacekeepers"
    ]


@pytest.mark.slow
def test_every_citation_in_the_database_goes_through_every_parser(every_citation, sources) -> None:
    library = parse_bibtex(written(write_cited_bibtex, every_citation, sources))
    assert library.failed_blocks == []
    cited_ids = {c.source_id for record in every_citation for c in record.citations}
    assert {entry.key for entry in library.entries} == cited_ids
    items = json.loads(written(write_cited_csl_json, every_citation, sources))
    assert len(render_csl(items)) == len(cited_ids)
    assert len(rispy.loads(written(write_cited_ris, every_citation, sources))) == len(cited_ids)


def test_a_citation_of_a_source_not_passed_is_refused() -> None:
    record = CitedRecord("event", "e", [Citation("missing", "Missing", "¶1", None, None)])
    with pytest.raises(ValueError, match="unknown source 'missing'"):
        written(write_cited_bibtex, [record], [source()])


# --- imports ---------------------------------------------------------------------------------------


def test_importing_citeformats_loads_no_cli_library() -> None:
    code = "import json, sys, karabakh_cli.citeformats; print(json.dumps(sorted(sys.modules)))"
    modules = set(json.loads(subprocess.run([sys.executable, "-c", code], capture_output=True, check=True).stdout))
    assert not modules & {"typer", "rich", "click", "sqlite3"}
    assert citeformats.__doc__
