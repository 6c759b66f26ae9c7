"""Machine output: JSON, JSON lines and CSV, written with the standard library only (no Rich).

writers.py holds the table of every format, these among them."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import TextIO

from karabakh_cli.errors import DatabaseError

# DEL and the C1 controls (U+0080-U+009F): JSON allows them raw, but some terminals obey them, so
# they are written as \u escapes (they can only occur inside strings, so this keeps the JSON valid).
_C1 = re.compile("[\x7f-\x9f]")


def escape_c1(text: str) -> str:
    # A search first: most documents hold none, and a translate of the whole text costs more than json.dumps.
    return _C1.sub(lambda found: f"\\u{ord(found.group()):04x}", text) if _C1.search(text) else text


def write_json(data: object, stream: TextIO) -> None:
    """Write data as indented UTF-8 JSON and a newline, in one write, so a failure leaves no partial
    document (backslash-u escapes for C0 controls, and for every non-ASCII letter where the stream is not
    UTF-8; DEL and the C1 controls are escaped by the stream every writer writes to, writers.Escaped)."""
    with _unwritable_values():
        text = json.dumps(data, ensure_ascii=_narrow(stream), indent=2, allow_nan=False)
    stream.write(text + "\n")


def write_jsonl(records: Iterable[dict], stream: TextIO) -> None:
    """Write one compact JSON object per line (DEL and the C1 controls escaped by writers.Escaped, as in
    write_json)."""
    ensure_ascii = _narrow(stream)
    for record in records:
        with _unwritable_values():
            line = json.dumps(record, ensure_ascii=ensure_ascii, separators=(",", ":"), allow_nan=False)
        stream.write(line + "\n")


@contextmanager
def _unwritable_values() -> Iterator[None]:
    """A value JSON cannot carry (a BLOB where a damaged or hostile database should hold text) is an error
    of the data, said in one line, not a bug of kcli's (karabakh_cli.boundary)."""
    try:
        yield
    except TypeError as error:
        raise DatabaseError(f"unexpected data (TypeError: {error})") from error


def _narrow(stream: TextIO) -> bool:
    """True when the stream cannot carry every Unicode letter, so JSON must escape them."""
    return "utf" not in (getattr(stream, "encoding", None) or "utf-8").lower()


def write_csv(records: Iterable[dict], fields: list[str], stream: TextIO) -> None:
    """Write records as CSV with a header row. Nested lists become readable text ("Armenia (signatory);
    Russia (mediator)", "ponars-704 ¶17; un-ga-12152 https://..."). Every value is whole (a spreadsheet
    that caps a cell at 32,767 characters cuts it there, not kcli), and control characters other than
    newline and tab are visible escapes (text.safe), so no value can drive a terminal."""
    import csv  # only this format needs it

    writer = csv.DictWriter(stream, fieldnames=fields, lineterminator="\n")
    writer.writeheader()
    for record in records:
        writer.writerow({key: _cell(value) for key, value in record.items()})


def _cell(value: object) -> object:
    if isinstance(value, list):
        value = "; ".join(_item(item) for item in value)
    elif isinstance(value, dict):
        value = "; ".join(f"{key} {_item(item)}" for key, item in value.items() if item is not None)
    if value is None:
        return ""
    if isinstance(value, str):
        from karabakh_cli.text import safe

        return safe(value)
    return value


def _item(item: object) -> str:
    """One element of a nested list, as a person reads it: a name with its role, a source with its locator."""
    if not isinstance(item, dict):
        return str(item)
    if "role" in item:
        return f"{item.get('name') or item.get('actor_id')} ({item['role']})"
    if "locator" in item and "source_id" in item and "correction" not in item:
        return f"{item['source_id']} {item['locator']}"
    if "alias" in item:
        return str(item["alias"])
    if "choice" in item:  # a ballot, in an actor's profile: which vote, and how
        return f"{item['symbol']} ({item['choice']})"
    if "type" in item and "id" in item:
        return f"{item['type']} {item['id']}"
    if "id" in item:
        return str(item["id"])
    return json.dumps(item, ensure_ascii=False, separators=(",", ":"))
