"""A record kind is its SQL plus one declaration: a kind registered here is built, checked, searched,
cited and shown by kcli schema without any other change."""

import ast
import json
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

import karabakh_cli
from karabakh_cli.build import build_database
from karabakh_cli.errors import BuildError
from karabakh_cli.kinds import KINDS, RecordKind

from conftest import SEED

TREATY = RecordKind(
    "treaty",
    "treaties",
    search_sql="SELECT id, title, summary FROM treaties ORDER BY id",
    dated=True,
    label_column="title",
    has_status=True,
    concerning_sql="SELECT id FROM treaties WHERE party_id IN ({0})",
)
TREATY_SQL = """
CREATE TABLE treaties (
  id      TEXT PRIMARY KEY,
  date    TEXT NOT NULL,
  end_date TEXT,
  title   TEXT NOT NULL,
  summary TEXT NOT NULL,
  party_id TEXT NOT NULL REFERENCES actors (id),
  status  TEXT NOT NULL
) STRICT;
INSERT INTO treaties (id, date, end_date, title, summary, party_id, status) VALUES ('zz-bishkek', '1994-05', NULL, 'Bishkek Protocol', 'A ceasefire protocol, signed in Bishkek.', 'armenia', 'unverified');
INSERT INTO citations (source_id, locator, record_type, record_id, note) VALUES ('ponars-704', '¶2', 'treaty', 'zz-bishkek', NULL);
INSERT INTO errata (id, source_id, locator, says, correction, kind) VALUES ('zz-bishkek-month', 'ponars-704', '¶2', '“in May”', 'Signed on 5 May 1994.', 'ambiguity');
INSERT INTO errata_records (erratum_id, record_type, record_id) VALUES ('zz-bishkek-month', 'treaty', 'zz-bishkek');
INSERT INTO citations (source_id, locator, record_type, record_id, note) VALUES ('ponars-704', '¶2', 'erratum', 'zz-bishkek-month', NULL);
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
    uncited = "\n".join(line for line in TREATY_SQL.splitlines() if "'treaty', 'zz-bishkek'" not in line)
    with pytest.raises(BuildError, match="treaties zz-bishkek: no citation"):
        build_database(_seed(tmp_path, uncited), tmp_path / "out.db")


@pytest.mark.slow
def test_a_citation_of_an_undeclared_kind_is_refused(tmp_path: Path) -> None:
    with pytest.raises(BuildError, match="unknown record type 'treaty'"):
        build_database(_seed(tmp_path, TREATY_SQL), tmp_path / "out.db")


@pytest.mark.slow
def test_a_registered_kind_gets_errata_by_actor(kcli, treaty_db: Path) -> None:
    result = kcli("--db", str(treaty_db), "errata", "--actor", "armenia", "--json")
    assert "zz-bishkek-month" in [erratum["id"] for erratum in json.loads(result.stdout)]


@pytest.mark.slow
def test_a_registered_kind_gets_its_status_checked(tmp_path: Path, treaty_kind: RecordKind) -> None:
    verified = TREATY_SQL.replace("'armenia', 'unverified'", "'armenia', 'verified'")
    with pytest.raises(BuildError, match="treaties zz-bishkek: verified, but cited only to the memo"):
        build_database(_seed(tmp_path, verified), tmp_path / "out.db")


# Where a kind's name may appear beside another's outside kinds.py, and why (not a list of the kinds):
ALLOWED = {
    "web.py": "the search canned query searches actors and events by design",
    "graphs.py": "edge kinds of a diagram: relation, position, role",
}


def _kind_lists(path: Path, names: set[str]) -> list[str]:
    """Literal lists of two or more kind names, and SQL naming two or more record types, in one module."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Tuple | ast.List | ast.Set):
            listed = [item.value for item in node.elts if isinstance(item, ast.Constant) and item.value in names]
            if len(listed) > 1:
                found.append(f"{path.name}:{node.lineno}: {listed}")
        elif isinstance(node, ast.Constant) and isinstance(node.value, str):
            named = set(re.findall(r"record_type = '(\w+)'", node.value)) & names
            if len(named) > 1:
                found.append(f"{path.name}:{node.lineno}: {sorted(named)}")
    return found


def test_no_module_but_kinds_py_lists_the_kinds() -> None:
    """A new kind is its SQL plus one declaration in kinds.py: no other module keeps a list of kinds that
    the new one would have to join (the checks' status kinds, the errata of an actor's records...)."""
    names = {kind.name for kind in KINDS}
    package = Path(karabakh_cli.__file__).parent
    modules = [path for path in package.rglob("*.py") if path.name not in ("kinds.py", *ALLOWED)]
    assert [line for path in sorted(modules) for line in _kind_lists(path, names)] == []
    assert _kind_lists_in_text(
        "STATUS = ('event', 'vote')\nsql = \"record_type = 'actor' OR record_type = 'event'\"", names
    )


def _kind_lists_in_text(text: str, names: set[str]) -> list[str]:
    """The scan can fail: run on a module with both kinds of list."""
    import tempfile

    with tempfile.TemporaryDirectory() as directory:
        path = Path(directory) / "module.py"
        path.write_text(text, encoding="utf-8")
        return _kind_lists(path, names)
