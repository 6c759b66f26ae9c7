"""The Python API (karabakh_cli.api): the records of the commands' --json, the same filters, the
documented examples, and an import that loads neither Typer nor Rich."""

import doctest
import json

import pytest

from karabakh_cli import api
from karabakh_cli.errors import DatabaseError, NotFoundError, UsageError

from conftest import ROOT


def _json(kcli, *args: str) -> object:
    result = kcli(*args, "--json")
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)


def test_actor_by_name_is_pakistan() -> None:
    assert api.actor("pakistan").name == "Pakistan"


def test_actor_is_the_profile_kcli_actor_prints(kcli) -> None:
    expected = _json(kcli, "actor", "pakistan", "--as-of", "2020-10-19")
    assert api.actor("pakistan", as_of="2020-10-19").as_dict() == expected


def test_timeline_has_the_ids_of_kcli_timeline(kcli) -> None:
    expected = [event["id"] for event in _json(kcli, "timeline", "--from", "2020-09-27")]
    assert [event.id for event in api.timeline(start="2020-09-27")] == expected


def test_timeline_filters_are_the_commands(kcli) -> None:
    found = api.timeline(start="2020-10", end="2020-11", kind=["ceasefire", "agreement"], actor="russia")
    args = ("--from", "2020-10", "--to", "2020-11", "--kind", "ceasefire", "--kind", "agreement", "--actor", "russia")
    assert [event.as_dict() for event in found] == _json(kcli, "timeline", *args)
    assert found, "the filters keep some events"


def test_event_is_kcli_event(kcli) -> None:
    assert api.event("2020-10-10-moscow-ceasefire").as_dict() == _json(kcli, "event", "2020-10-10-moscow-ceasefire")


def test_actors_of_an_organisation_on_a_date(kcli) -> None:
    found = api.actors(member="unsc", as_of="2020-10-19")
    assert [actor.as_dict() for actor in found] == _json(kcli, "actors", "--member", "unsc", "--as-of", "2020-10-19")
    assert len(found) == 15


def test_positions_are_kcli_positions(kcli) -> None:
    found = api.positions(topic="ceasefire", member="nam", as_of="2020-10", stance=["supports"])
    args = ("--topic", "ceasefire", "--member", "nam", "--as-of", "2020-10", "--stance", "supports")
    assert [position.as_dict() for position in found] == _json(kcli, "positions", *args)
    assert found


def test_vote_by_symbol_is_kcli_vote(kcli) -> None:
    assert api.vote("A/RES/62/243", by="region").as_dict() == _json(kcli, "vote", "A/RES/62/243", "--by", "region")


def test_search_is_kcli_search(kcli) -> None:
    hits = api.search("peacekeepers", limit=5)
    assert [hit.as_dict() for hit in hits] == _json(kcli, "search", "peacekeepers", "--limit", "5")


def test_sql_rows_are_kcli_sql(kcli) -> None:
    query = "SELECT id, name, latitude FROM actors WHERE kind = 'place' ORDER BY id LIMIT 5"
    assert api.sql(query) == _json(kcli, "sql", query)


def test_sql_refuses_writing() -> None:
    with pytest.raises(UsageError):
        api.sql("DELETE FROM actors")


def test_db_reads_another_database(tmp_path) -> None:
    other = tmp_path / "kcli.db"
    other.write_bytes(b"not a database at all" * 100)
    with pytest.raises(DatabaseError):
        api.actor("pakistan", db=other)


def test_db_reads_the_given_database(database_path) -> None:
    assert api.actor("pakistan", db=database_path).name == "Pakistan"
    assert api.event("2020-10-10-moscow-ceasefire", db=str(database_path)).precision == "day"


def test_a_bad_date_is_a_usage_error() -> None:
    with pytest.raises(UsageError, match="--as-of"):
        api.actors(as_of="2020-02-30")


def test_an_unknown_event_is_not_found() -> None:
    with pytest.raises(NotFoundError):
        api.event("no-such-event")


def test_the_documented_examples_run() -> None:
    failures, tried = doctest.testfile(str(ROOT / "docs" / "python-api.md"), module_relative=False)
    assert tried > 10
    assert failures == 0


def test_the_module_docstring_example_runs() -> None:
    failures, tried = doctest.testmod(api)
    assert (failures, tried) == (0, 2)


def test_an_event_found_by_a_near_miss_warns() -> None:
    exact = api.event("trilateral statement ends the war")
    with pytest.warns(UserWarning, match="closest"):
        assert api.event("trilateral statment ends the war").id == exact.id
