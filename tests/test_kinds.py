"""A record kind is its SQL plus one declaration: a kind registered here is built, checked, searched,
cited and shown by kcli schema without any other change."""

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from karabakh_cli.build import build_database
from karabakh_cli.errors import BuildError
from karabakh_cli.kinds import KINDS, RecordKind

from conftest import SEED

TREATY = RecordKind(
    "treaty",
    "treaties",
    search_sql="SELECT id, title, '', summary FROM treaties ORDER BY id",
    dated=True,
    label_column="title",
)
TREATY_SQL = """
CREATE TABLE treaties (
  id      TEXT PRIMARY KEY,
  date    TEXT NOT NULL,
  end_date TEXT,
  title   TEXT NOT NULL,
  summary TEXT NOT NULL
) STRICT;
INSERT INTO treaties (id, date, end_date, title, summary) VALUES ('zz-bishkek', '1994-05', NULL, 'Bishkek Protocol', 'A ceasefire protocol, signed in Bishkek.');
INSERT INTO citations (source_id, locator, record_type, record_id, note) VALUES ('ponars-704', '¶2', 'treaty', 'zz-bishkek', NULL);
"""  # noqa: E501


@pytest.fixture
def treaty_kind() -> Iterator[RecordKind]:
    KINDS.append(TREATY)
    try:
        yield TREATY
    finally:
        KINDS.remove(TREATY)


def _seed(tmp_path: Path, extra: str) -> Path:
    seed = tmp_path / "seed.sql"
    seed.write_text(SEED.read_text(encoding="utf-8") + extra, encoding="utf-8")
    return seed


@pytest.fixture
def treaty_db(tmp_path: Path, treaty_kind: RecordKind) -> Path:
    path = tmp_path / "treaty.db"
    build_database(_seed(tmp_path, TREATY_SQL), path)
    return path


@pytest.mark.slow
def test_a_registered_kind_gets_spans_search_and_citations(kcli, treaty_db: Path) -> None:
    found = kcli("--db", str(treaty_db), "search", "bishkek", "--json")
    assert found.exit_code == 0, found.stderr
    assert {"type": "treaty", "id": "zz-bishkek"} in [
        {"type": hit["type"], "id": hit["id"]} for hit in json.loads(found.stdout)
    ]
    cited = kcli("--db", str(treaty_db), "cite", "zz-bishkek", "--json")
    assert json.loads(cited.stdout)[0]["type"] == "treaty"
    spans = kcli("--db", str(treaty_db), "sql", "SELECT span_start, span_end FROM treaties", "--json")
    assert json.loads(spans.stdout) == [{"span_start": "1994-05-01", "span_end": "1994-05-31"}]


@pytest.mark.slow
def test_a_registered_kind_shows_in_kcli_schema(kcli, treaty_db: Path) -> None:
    result = kcli("--db", str(treaty_db), "schema", "--json")
    assert {"table": "treaties", "column": "title"} in [
        {"table": row["table"], "column": row["column"]} for row in json.loads(result.stdout)
    ]


@pytest.mark.slow
def test_a_registered_kind_needs_citations(tmp_path: Path, treaty_kind: RecordKind) -> None:
    uncited = TREATY_SQL.rsplit("INSERT INTO citations", 1)[0]
    with pytest.raises(BuildError, match="treaties zz-bishkek: no citation"):
        build_database(_seed(tmp_path, uncited), tmp_path / "out.db")


@pytest.mark.slow
def test_a_citation_of_an_undeclared_kind_is_refused(tmp_path: Path) -> None:
    with pytest.raises(BuildError, match="unknown record type 'treaty'"):
        build_database(_seed(tmp_path, TREATY_SQL), tmp_path / "out.db")
