"""karabakh_cli.formats on its own: JSON, JSON lines and CSV written from records built here, compared exactly."""

import io

import pytest

from karabakh_cli.formats import write_csv, write_json, write_jsonl
from karabakh_cli.writers import Escaped

RECORD = {"id": "x", "name": "Ağdam", "end_date": None, "count": 3, "tags": ["a", "b"], "kind": "place"}


class Writes(io.StringIO):
    """A UTF-8 text stream that counts the calls to write."""

    encoding = "utf-8"

    def __init__(self) -> None:
        super().__init__()
        self.calls = 0

    def write(self, text: str) -> int:
        self.calls += 1
        return super().write(text)


def _narrow_stream(encoding: str) -> io.TextIOWrapper:
    return io.TextIOWrapper(io.BytesIO(), encoding=encoding, newline="")


def _written(stream: io.TextIOWrapper) -> str:
    stream.flush()
    return stream.buffer.getvalue().decode(stream.encoding)


# --- JSON --------------------------------------------------------------------------------------------


def test_json_keeps_key_order_nulls_and_letters() -> None:
    stream = io.StringIO()
    write_json(RECORD, stream)
    assert stream.getvalue() == (
        "{\n"
        '  "id": "x",\n'
        '  "name": "Ağdam",\n'
        '  "end_date": null,\n'
        '  "count": 3,\n'
        '  "tags": [\n'
        '    "a",\n'
        '    "b"\n'
        "  ],\n"
        '  "kind": "place"\n'
        "}\n"
    )


def test_json_of_an_empty_list_is_brackets() -> None:
    stream = io.StringIO()
    write_json([], stream)
    assert stream.getvalue() == "[]\n"


def test_json_is_one_write() -> None:
    stream = Writes()
    write_json([RECORD, RECORD, RECORD], stream)
    assert stream.calls == 1


def test_json_escapes_c0_c1_and_del_but_not_letters() -> None:
    """json.dumps escapes C0; the stream every JSON writer writes to (writers.Escaped) escapes DEL and C1."""
    stream = io.StringIO()
    write_json({"t": "a\x1b[31mb\x07c\x7fd\x85e\x9bf\u00a0g"}, Escaped(stream, json=True))
    assert stream.getvalue() == '{\n  "t": "a\\u001b[31mb\\u0007c\\u007fd\\u0085e\\u009bf\u00a0g"\n}\n'


def test_json_on_a_narrow_stream_escapes_every_non_ascii_letter() -> None:
    stream = _narrow_stream("ascii")
    write_json({"name": "Ağdam"}, stream)
    assert _written(stream) == '{\n  "name": "A\\u011fdam"\n}\n'


def test_json_refuses_nan() -> None:
    with pytest.raises(ValueError):
        write_json({"x": float("nan")}, io.StringIO())


# --- JSON lines --------------------------------------------------------------------------------------


def test_jsonl_writes_one_compact_object_a_line() -> None:
    stream = io.StringIO()
    write_jsonl([RECORD, {"id": "y", "note": None}], stream)
    assert stream.getvalue() == (
        '{"id":"x","name":"Ağdam","end_date":null,"count":3,"tags":["a","b"],"kind":"place"}\n{"id":"y","note":null}\n'
    )


def test_jsonl_of_no_records_is_empty() -> None:
    stream = io.StringIO()
    write_jsonl([], stream)
    assert stream.getvalue() == ""


def test_jsonl_escapes_c1_controls_and_keeps_one_line_per_record() -> None:
    stream = io.StringIO()
    write_jsonl([{"t": "a\nb\x85c\u2028d"}], Escaped(stream, json=True))
    assert stream.getvalue() == '{"t":"a\\nb\\u0085c\u2028d"}\n'
    assert stream.getvalue().count("\n") == 1


def test_jsonl_on_a_narrow_stream_escapes_letters() -> None:
    stream = _narrow_stream("latin-1")
    write_jsonl([{"name": "Şuşa"}], stream)
    assert _written(stream) == '{"name":"\\u015eu\\u015fa"}\n'


# --- CSV ---------------------------------------------------------------------------------------------


def test_csv_has_the_header_then_a_row_per_record() -> None:
    stream = io.StringIO()
    write_csv([RECORD], list(RECORD), stream)
    assert stream.getvalue() == "id,name,end_date,count,tags,kind\nx,Ağdam,,3,a; b,place\n"


def test_csv_of_no_records_is_the_header_alone() -> None:
    stream = io.StringIO()
    write_csv([], ["id", "name"], stream)
    assert stream.getvalue() == "id,name\n"


def test_csv_nested_records_read_as_text_and_empty_lists_are_empty_cells() -> None:
    stream = io.StringIO()
    records = [
        {
            "id": "a",
            "citations": [{"source_id": "s", "locator": "¶1", "note": None}, {"source_id": "t", "locator": "¶2"}],
            "participants": [{"actor_id": "arm", "name": "Armenia", "role": "signatory"}],
            "stances": {"ceasefire": "supports", "recognition": None},
        },
        {"id": "b", "citations": [], "participants": [], "stances": {}},
    ]
    write_csv(records, ["id", "citations", "participants", "stances"], stream)
    assert (
        stream.getvalue()
        == "id,citations,participants,stances\na,s ¶1; t ¶2,Armenia (signatory),ceasefire supports\nb,,,\n"
    )


def test_csv_keeps_a_long_cell_whole() -> None:
    stream = io.StringIO()
    write_csv([{"t": "x" * 40_000}], ["t"], stream)
    assert stream.getvalue() == "t\n" + "x" * 40_000 + "\n"


def test_csv_quotes_commas_quotes_and_newlines() -> None:
    stream = io.StringIO()
    write_csv([{"t": 'a,b "c"\nd'}], ["t"], stream)
    assert stream.getvalue() == 't\n"a,b ""c""\nd"\n'


def test_csv_refuses_a_key_outside_the_header() -> None:
    with pytest.raises(ValueError):
        write_csv([{"id": "x", "extra": 1}], ["id"], io.StringIO())
