"""The data's own citation: CITATION.cff valid against the CFF 1.2.0 schema and in step with
karabakh_cli/dataset.py, and kcli cite --dataset in text, JSON, BibTeX and CSL-JSON, naming the data
version and content hash of the database read.

tests/data/cff-schema-1.2.0.json is the Citation File Format's schema (CC-BY-4.0, citation-file-format
project), as shipped in cffconvert 2.0.0; cffconvert itself pins jsonschema 3, which frictionless
cannot use, so the file is validated with jsonschema directly."""

import json
import tomllib
from pathlib import Path

import bibtexparser
import jsonschema
import pytest
import yaml
from citeproc import Citation as CiteprocCitation
from citeproc import CitationItem, CitationStylesBibliography, CitationStylesStyle, formatter
from citeproc.source.json import CiteProcJSON

from karabakh_cli import __version__, dataset
from karabakh_cli.models import DatasetCitation

from conftest import ROOT

CFF_SCHEMA = Path(__file__).parent / "data" / "cff-schema-1.2.0.json"


def _citation_file() -> dict:
    return yaml.safe_load((ROOT / "CITATION.cff").read_text(encoding="utf-8"))


def _info(kcli) -> dict:
    result = kcli("db", "info", "--json")
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)


def _cite(kcli, *args: str) -> str:
    result = kcli("cite", "--dataset", *args)
    assert result.exit_code == 0, result.stderr
    return result.stdout


def test_citation_file_is_valid_cff_1_2_0() -> None:
    schema = json.loads(CFF_SCHEMA.read_text(encoding="utf-8"))
    jsonschema.Draft7Validator(schema).validate(_citation_file())


def test_the_schema_check_can_fail() -> None:
    schema = json.loads(CFF_SCHEMA.read_text(encoding="utf-8"))
    broken = {**_citation_file(), "license": "not-a-licence"}
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.Draft7Validator(schema).validate(broken)


def test_citation_file_agrees_with_the_package_and_the_data() -> None:
    cff = _citation_file()
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert cff["version"] == project["version"] == __version__
    assert cff["license"] == project["license"] == dataset.LICENSE["name"]
    (data,) = [reference for reference in cff["references"] if reference["type"] == "data"]
    assert data["title"] == dataset.TITLE
    assert [author["name"] for author in data["authors"]] == [dataset.AUTHOR]
    assert data["license"] == dataset.LICENSE["name"]


def test_text_names_the_data_version_and_hash(kcli) -> None:
    info = _info(kcli)
    text = " ".join(_cite(kcli).split())  # a paragraph at the terminal's width
    assert info["data_version"] in text and info["content_sha256"] in text
    assert text.startswith(dataset.AUTHOR)


def test_bibtex_parses_with_bibtexparser(kcli) -> None:
    info = _info(kcli)
    library = bibtexparser.parse_string(_cite(kcli, "--format", "bibtex"))
    assert library.failed_blocks == []
    (entry,) = library.entries
    assert entry.entry_type == "misc"
    assert entry["version"] == info["data_version"]
    assert info["content_sha256"] in entry["note"]
    assert entry["year"] == info["data_version"][:4]
    assert entry.key == "kcli-data-" + info["data_version"].replace(".", "-")


def test_csl_json_renders_with_citeproc(kcli) -> None:
    info = _info(kcli)
    items = json.loads(_cite(kcli, "--format", "csl-json"))
    assert items[0]["type"] == "dataset" and items[0]["version"] == info["data_version"]
    style = CitationStylesStyle("harvard-cite-them-right", validate=False)
    bibliography = CitationStylesBibliography(style, CiteProcJSON(items), formatter.plain)
    bibliography.register(CiteprocCitation([CitationItem(items[0]["id"])]))
    (rendered,) = [str(entry) for entry in bibliography.bibliography()]
    assert dataset.AUTHOR in rendered and dataset.TITLE in rendered


def test_json_has_version_hash_and_sentence(kcli) -> None:
    info = _info(kcli)
    found = json.loads(_cite(kcli, "--json"))
    assert found["data_version"] == info["data_version"]
    assert found["content_sha256"] == info["content_sha256"]
    assert found["citation"] == " ".join(_cite(kcli).split())


@pytest.mark.parametrize(
    "args",
    [["pakistan", "--dataset"], [], ["--dataset", "--format", "geojson"]],
)
def test_what_cannot_be_cited_is_a_usage_error(kcli, args: list[str]) -> None:
    result = kcli("cite", *args)
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr.startswith("kcli: error: ") and result.stderr.count("\n") == 1


def test_a_record_is_still_cited_by_id(kcli) -> None:
    result = kcli("cite", "pakistan", "--json")
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)[0]["id"] == "pakistan"


def _odd_citation() -> DatasetCitation:
    return DatasetCitation(
        title=dataset.TITLE, author=dataset.AUTHOR, data_version="draft {x} 100%", content_sha256="abc",
        newest_source=None, license="MIT", software=dataset.SOFTWARE, citation="",
    )  # fmt: skip


def test_an_odd_data_version_still_gives_valid_bibtex() -> None:
    library = bibtexparser.parse_string(dataset.cite_bibtex(_odd_citation()))
    assert library.failed_blocks == []
    assert "year" not in library.entries[0].fields_dict
    assert "issued" not in dataset.cite_csl(_odd_citation())[0]


def test_ris_reads_back_with_rispy(kcli) -> None:
    import rispy

    info = _info(kcli)
    (entry,) = rispy.loads(_cite(kcli, "--format", "ris"))
    assert entry["type_of_reference"] == "DATA"
    assert entry["edition"] == info["data_version"]
    assert entry["title"] == dataset.TITLE


def test_csv_is_one_row_with_the_json_keys(kcli) -> None:
    import csv
    import io

    rows = list(csv.DictReader(io.StringIO(_cite(kcli, "--format", "csv"))))
    assert len(rows) == 1 and set(rows[0]) == set(json.loads(_cite(kcli, "--json")))
