"""The codebook documents every key that JSON carries: the keys of every record in every command's JSON are
those of docs/codebook.md's "JSON records" (in order), each key has a meaning there, and the README's table
of records agrees."""

import json
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

# Each command's JSON and the record it prints (a list of them, or one).
COMMANDS = {
    "actor": ["actors"],
    "actor profile": ["actor", "pakistan"],
    "event": ["timeline"],
    "position": ["positions"],
    "erratum": ["errata"],
    "source": ["sources"],
    "topic": ["topics"],
    "vote": ["votes"],
    "roll call": ["vote", "A/RES/62/243", "--by", "region"],
    "search hit": ["search", "ceasefire"],
    "cited record": ["cite", "pakistan"],
    "matrix row": ["matrix"],
    "matrix group": ["matrix", "--by", "region"],
    "schema column": ["schema"],
    "database info": ["db", "info"],
    "dataset citation": ["cite", "--dataset"],
}
# Keys that hold records (or lists of them), and which record; a profile's votes are ballots.
NESTED = {
    "citations": "citation",
    "errata": "erratum",
    "records": "record reference",
    "aliases": "alias",
    "participants": "participant",
    "ballots": "ballot",
    "groups": "vote group",
    "matched": "match",
    "actor": "actor",
    "vote": "vote",
    "relations": "relation",
    "positions": "position",
    "events": "event",
    "tally": "tally",
}
ALSO_NESTED = {("actor profile", "votes"): "ballot"}


def _tables(text: str) -> tuple[dict[str, list[str]], dict[str, str]]:
    """The codebook's JSON records: each record's keys, and each key's meaning."""
    section = text.split("\n## JSON records\n", 1)[1].split("\n## ", 1)[0]
    records, meanings = {}, {}
    for row in section.splitlines():
        cells = [cell.strip() for cell in row.strip().strip("|").split(" | ")]
        if not row.startswith("| ") or len(cells) != 2 or cells[0] in ("Record", "Key", "---"):
            continue
        names = re.findall(r"`([^`]+)`", cells[0])
        if cells[0].startswith("`"):
            meanings.update({name: cells[1] for name in names})
        else:
            records[re.sub(r"\s*\(.*", "", cells[0])] = re.findall(r"`([^`]+)`", cells[1])
    return records, meanings


CODEBOOK = (ROOT / "docs" / "codebook.md").read_text(encoding="utf-8")
RECORDS, MEANINGS = _tables(CODEBOOK)


@pytest.fixture(scope="module")
def printed() -> dict[str, list[str]]:
    """Every record the commands print, nested ones included, with its keys as printed."""
    from typer.testing import CliRunner

    from karabakh_cli.cli import app

    found: dict[str, list[str]] = {}

    def visit(name: str, value: object) -> None:
        if isinstance(value, list):
            for item in value:
                visit(name, item)
        elif isinstance(value, dict):
            assert found.setdefault(name, list(value)) == list(value), f"{name} has two sets of keys"
            for key, item in value.items():
                child = ALSO_NESTED.get((name, key)) or NESTED.get(key)
                if child:
                    visit(child, item)

    runner = CliRunner()
    for name, args in COMMANDS.items():
        result = runner.invoke(app, [*args, "--json"])
        assert result.exit_code == 0, result.stderr
        visit(name, json.loads(result.stdout))
    return found


def test_every_printed_record_has_the_codebooks_keys(printed: dict[str, list[str]]) -> None:
    assert {name: printed[name] for name in sorted(printed)} == {name: RECORDS.get(name) for name in sorted(printed)}


def test_every_record_in_the_codebook_is_printed(printed: dict[str, list[str]]) -> None:
    assert set(RECORDS) == set(printed)


def test_end_precision_is_documented() -> None:
    assert "end_precision" in MEANINGS
    assert "end_precision" in RECORDS["event"]


def test_every_key_has_one_meaning() -> None:
    keys = {key for keys in RECORDS.values() for key in keys}
    assert keys == set(MEANINGS)
    assert all(MEANINGS.values())


def test_the_readmes_records_agree_with_the_codebook() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = readme.split("\nThe records", 1)[1].split("\n\n", 2)[1]
    assert len(block.splitlines()) > 10
    for row in block.splitlines()[2:]:
        name, keys = (cell.strip() for cell in row.strip("|").split(" | ", 1))
        while (bare := re.sub(r"\([^()]*\)", "", keys)) != keys:  # leave out what parentheses explain
            keys = bare
        assert re.findall(r"`([^`]+)`", keys) == RECORDS[re.sub(r"\s*\(.*", "", name)], name
