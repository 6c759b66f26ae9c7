"""Machine output: JSON, JSON lines and CSV, written with the standard library only (no Rich)."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from typing import TextIO

# DEL and the C1 controls (U+0080-U+009F): JSON allows them raw, but some terminals obey them, so
# they are written as \u escapes (they can only occur inside strings, so this keeps the JSON valid).
_C1 = re.compile("[\x7f-\x9f]")


def _escape_c1(text: str) -> str:
    # A search first: most documents hold none, and a translate of the whole text costs more than json.dumps.
    return _C1.sub(lambda found: f"\\u{ord(found.group()):04x}", text) if _C1.search(text) else text


def write_json(data: object, stream: TextIO) -> None:
    """Write data as indented UTF-8 JSON and a newline, in one write, so a failure leaves no partial
    document (backslash-u escapes for control characters, and for every non-ASCII letter where the stream is
    not UTF-8)."""
    text = json.dumps(data, ensure_ascii=_narrow(stream), indent=2, allow_nan=False)
    stream.write(_escape_c1(text) + "\n")


def write_jsonl(records: Iterable[dict], stream: TextIO) -> None:
    """Write one compact JSON object per line."""
    ensure_ascii = _narrow(stream)
    for record in records:
        line = json.dumps(record, ensure_ascii=ensure_ascii, separators=(",", ":"), allow_nan=False)
        stream.write(_escape_c1(line) + "\n")


def _narrow(stream: TextIO) -> bool:
    """True when the stream cannot carry every Unicode letter, so JSON must escape them."""
    return "utf" not in (getattr(stream, "encoding", None) or "utf-8").lower()


def write_csv(records: Iterable[dict], fields: list[str], stream: TextIO) -> None:
    """Write records as CSV with a header row; nested lists and objects become compact JSON."""
    import csv  # only this format needs it

    writer = csv.DictWriter(stream, fieldnames=fields, lineterminator="\n")
    writer.writeheader()
    for record in records:
        writer.writerow({key: _cell(value) for key, value in record.items()})


def _cell(value: object) -> object:
    if isinstance(value, list | dict):
        return json.dumps(value, ensure_ascii=False, separators=(",", ":")) if value else ""
    return "" if value is None else value
