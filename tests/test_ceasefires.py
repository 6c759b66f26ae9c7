"""Ceasefires are ceasefires: one rule for kcli timeline --kind and kcli chart, so the trilateral statement of
9-10 November 2020 (an agreement, and the war's last ceasefire) counts as a ceasefire in both."""

import json

from karabakh_cli.chart import category_of
from karabakh_cli.db import connect, resolve_path
from karabakh_cli.queries import list_events, vocabulary

STATEMENT = "2020-11-09-trilateral-statement"


def test_timeline_lists_the_trilateral_statement_as_a_ceasefire(kcli) -> None:
    result = kcli("timeline", "--from", "2020-09-27", "--to", "2020-11-10", "--kind", "ceasefire", "--json")
    assert result.exit_code == 0, result.stderr
    events = {event["id"]: event for event in json.loads(result.stdout)}
    assert list(events) == [
        "2020-10-10-moscow-ceasefire",
        "2020-10-17-humanitarian-truce",
        "2020-10-25-us-ceasefire",
        STATEMENT,
    ]
    assert (events[STATEMENT]["kind"], events[STATEMENT]["other_kinds"]) == ("agreement", ["ceasefire"])


def test_the_statement_is_still_an_agreement(kcli) -> None:
    result = kcli("timeline", "--from", "2020-11", "--to", "2020-11", "--kind", "agreement", "--json")
    assert STATEMENT in {event["id"] for event in json.loads(result.stdout)}


def test_the_chart_and_the_timeline_agree_on_every_ceasefire() -> None:
    conn = connect(resolve_path(None))
    try:
        every = list_events(conn)
        ceasefires = {event.id for event in list_events(conn, kinds=["ceasefire"])}
    finally:
        conn.close()
    assert STATEMENT in ceasefires
    assert {event.id for event in every if category_of(event).name == "ceasefires"} == ceasefires


def test_the_chart_draws_the_statement_in_the_ceasefire_lane(kcli) -> None:
    result = kcli("--no-color", "chart", "--from", "2020-11-09", "--to", "2020-11-10")
    assert result.exit_code == 0, result.stderr
    lane = next(line for line in result.stdout.splitlines() if line.startswith("C ceasefires"))
    assert lane.rstrip().endswith("CC")


def test_other_kinds_use_the_events_vocabulary() -> None:
    conn = connect(resolve_path(None))
    try:
        assert vocabulary(conn, "event_kinds", "kind") == vocabulary(conn, "events", "kind")
    finally:
        conn.close()
