"""models.Record, the base of every record kcli returns: what kcli relies on of a named tuple."""

import copy
import json
import pickle
from typing import ClassVar

import pytest

from karabakh_cli.models import Alias, Citation, Record, to_dict

CITATION = Citation("ponars-704", "PONARS Eurasia Policy Memo No. 704", "¶17", None, None)


def test_fields_come_from_the_annotations_in_order() -> None:
    assert Citation._fields == ("source_id", "source_title", "locator", "url", "note")
    assert (CITATION.source_id, CITATION.locator, CITATION.url) == ("ponars-704", "¶17", None)


def test_class_variables_are_not_fields() -> None:
    class Counted(Record):
        unit: ClassVar[str] = "items"
        count: int

    assert Record._fields == ()
    assert Counted._fields == ("count",) and Counted(3).count == 3 and Counted.unit == "items"


def test_positional_and_keyword_construction_agree() -> None:
    named = Citation(
        source_id="ponars-704", source_title="PONARS Eurasia Policy Memo No. 704", locator="¶17", url=None, note=None
    )
    mixed = Citation("ponars-704", "PONARS Eurasia Policy Memo No. 704", locator="¶17", note=None, url=None)
    assert named == mixed == CITATION
    assert CITATION == ("ponars-704", "PONARS Eurasia Policy Memo No. 704", "¶17", None, None)


@pytest.mark.parametrize(
    ("args", "kwargs"),
    [(("a",), {}), (("a", "b", "c", None, None, None), {}), (("a", "b"), {"locator": "c", "url": None}),
     (("a", "b", "c", None, None), {"extra": 1}), (("a", "b", "c", None), {"source_id": "again"})],
)  # fmt: skip
def test_missing_or_unknown_fields_are_refused(args: tuple, kwargs: dict) -> None:
    with pytest.raises(TypeError):
        Citation(*args, **kwargs)


def test_records_are_read_only() -> None:
    with pytest.raises(AttributeError):
        CITATION.url = "https://example.org"  # type: ignore[misc]
    with pytest.raises(AttributeError):
        CITATION.other = 1  # type: ignore[attr-defined]


def test_replace_changes_only_the_fields_named() -> None:
    changed = CITATION._replace(url="https://example.org", note="checked")
    assert (changed.url, changed.note, changed.locator) == ("https://example.org", "checked", "¶17")
    assert CITATION.url is None
    with pytest.raises(TypeError):
        CITATION._replace(nonsense=1)


def test_copies_and_pickles_are_equal_records() -> None:
    for copied in (copy.copy(CITATION), copy.deepcopy(CITATION), pickle.loads(pickle.dumps(CITATION))):
        assert copied == CITATION and type(copied) is Citation


def test_repr_names_the_fields() -> None:
    assert repr(Alias("NKR", "abbreviation")) == "Alias(alias='NKR', kind='abbreviation')"


def test_a_field_with_a_default_is_refused_at_declaration() -> None:
    with pytest.raises(TypeError, match="no default"):

        class Defaulted(Record):
            name: str = "x"


def test_to_dict_nests_records_and_lists() -> None:
    class Holder(Record):
        name: str
        citations: list[Citation]

    assert json.loads(json.dumps(to_dict(Holder("h", [CITATION])))) == {
        "name": "h",
        "citations": [dict(zip(Citation._fields, CITATION, strict=True))],
    }
