"""The one table of writers (karabakh_cli/writers.py): every format registered once with the record types
it takes, the command modules naming none, and every writer's output through the one escaping function."""

import ast
import io
from pathlib import Path

import pytest

import karabakh_cli.commands
from karabakh_cli.graphs import Graph
from karabakh_cli.models import Actor, ActorProfile, CitedRecord, DatasetCitation, Event, Position, Source
from karabakh_cli.writers import WRITERS, Output, Writer, escape, formats_for, register, write

COMMANDS = Path(karabakh_cli.commands.__file__).parent


def _names(kind: type) -> list[str]:
    return [writer.name for writer in formats_for(kind)]


def test_each_record_type_has_the_formats_of_its_records() -> None:
    assert _names(Position) == ["table", "json", "jsonl", "csv"]
    assert _names(Actor) == ["table", "json", "jsonl", "csv", "geojson"]
    assert _names(Event) == ["table", "json", "jsonl", "csv", "geojson", "mermaid", "markdown"]
    assert _names(ActorProfile) == ["table", "json", "jsonl", "csv", "markdown"]
    assert _names(DatasetCitation) == ["table", "json", "jsonl", "csv", "bibtex", "csl-json", "ris"]
    assert _names(Source)[4:] == ["bibtex", "csl-json", "ris"]
    assert _names(CitedRecord)[4:] == ["bibtex", "csl-json", "ris"]
    assert _names(dict) == ["table", "json", "jsonl", "csv"]
    assert _names(Graph) == ["mermaid", "dot"]


def test_a_format_is_registered_once() -> None:
    with pytest.raises(ValueError, match="twice"):
        register(Writer("json", "programs", {}))


def test_a_new_writer_is_offered_to_the_commands_of_its_records() -> None:
    register(Writer("lines", "testing", {"Position": lambda out, stream: stream.write("x\x1by\n")}))
    try:
        assert _names(Position)[-1] == "lines"
        stream = io.StringIO()
        write("lines", Position, Output([], False, (), None, lambda: None), stream)
        assert stream.getvalue() == "x\\x1by\n"  # escaped on its way out, whatever the writer wrote
    finally:
        del WRITERS["lines"]


def test_the_one_escaping_function_keeps_json_exact_and_text_visible() -> None:
    assert escape('"a\\u001b\x85b"', json=True) == '"a\\u001b\\u0085b"'
    assert escape("a\x1b[31mb\x9b\u202e\tc\n") == "a\\x1b[31mb\\x9b\\u202e\tc\n"


def _formats_compared(tree: ast.AST) -> list[str]:
    """Format names a module compares with or looks up (fmt == "geojson", fmt in ("bibtex", "ris"), X["ris"]),
    and those it passes to a call other than emit()."""
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Compare):
            operands = [node.left, *node.comparators]
        elif isinstance(node, ast.Subscript):
            operands = [node.slice]
        elif isinstance(node, ast.Call) and getattr(node.func, "id", None) != "emit":
            operands = [*node.args, *(keyword.value for keyword in node.keywords)]
        else:
            continue
        for operand in operands:
            items = operand.elts if isinstance(operand, ast.Tuple | ast.List | ast.Set) else [operand]
            found += [item.value for item in items if isinstance(item, ast.Constant) and item.value in WRITERS]
    return found


@pytest.mark.parametrize("path", sorted(COMMANDS.glob("*.py")), ids=lambda path: path.name)
def test_no_command_module_names_a_format(path: Path) -> None:
    assert _formats_compared(ast.parse(path.read_text(encoding="utf-8"))) == []
