"""kcli timeline and kcli event."""

import json
import re

import pytest

from karabakh_cli.dates import last_day


def _timeline(kcli, *args: str) -> list[dict]:
    result = kcli("timeline", *args, "--json")
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)


def test_timeline_from_war_start_is_in_date_order(kcli) -> None:
    events = _timeline(kcli, "--from", "2020-09-27")
    # By the last day each date covers: an event known only to the year follows that year's dated events.
    sort_days = [last_day(event["date"]) for event in events]
    assert sort_days == sorted(sort_days)
    ids = {event["id"] for event in events}
    assert {"2020-10-10-moscow-ceasefire", "2020-11-08-shusha"} <= ids
    assert all(last_day(event["end_date"] or event["date"]) >= "2020-09-27" for event in events)


def test_a_month_window_shows_the_octobers_ceasefires_and_the_war_spanning_it(kcli) -> None:
    events = _timeline(kcli, "--from", "2020-10", "--to", "2020-10")
    ids = [event["id"] for event in events]
    assert "2020-war" in ids or any(event["kind"] == "war" for event in events)
    ceasefires = [event for event in events if event["kind"] == "ceasefire"]
    assert [event["date"][:10] for event in ceasefires] == ["2020-10-10", "2020-10-17", "2020-10-25"]
    assert all(event["date"] <= "2020-10-31" for event in events)


def test_timeline_kind_filter(kcli) -> None:
    events = _timeline(kcli, "--kind", "ceasefire")
    assert events and all("ceasefire" in (event["kind"], *event["other_kinds"]) for event in events)


def test_timeline_actor_filter_uses_aliases(kcli) -> None:
    events = _timeline(kcli, "--actor", "Artsakh")
    assert events
    assert all(any(part["actor_id"] == "nkr" for part in event["participants"]) for event in events)


def test_timeline_json_records_have_the_documented_keys(kcli) -> None:
    event = _timeline(kcli, "--from", "2020-11-09", "--to", "2020-11-09")[0]
    assert list(event) == [
        "id", "date", "end_date", "precision", "end_precision", "span_start", "span_end", "kind", "other_kinds",
        "title", "summary", "status", "scope", "participants", "citations", "errata",
    ]  # fmt: skip
    assert event["precision"] in {"day", "month", "year"}


def test_table_shows_dates_at_their_precision(kcli) -> None:
    result = kcli("timeline", "--from", "2011", "--to", "2011")
    assert result.exit_code == 0
    date_cells = [re.split(r"\s{2,}", line.strip())[0] for line in result.stdout.splitlines()]
    assert "May 2011" in date_cells
    assert "2008 – 2018" in date_cells
    assert not any(cell.startswith("2011-05") for cell in date_cells)


@pytest.mark.parametrize("bad", ["2020-02-30", "2020-13", "yesterday", "2020/10/19", "20201019", ""])
def test_bad_dates_are_one_line_usage_errors(kcli, bad: str) -> None:
    result = kcli("timeline", "--from", bad)
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr.startswith("kcli: error: --from: ")
    assert "YYYY, YYYY-MM or YYYY-MM-DD" in result.stderr or "calendar day" in result.stderr or "month" in result.stderr
    assert result.stderr.count("\n") == 1


def test_from_after_to_is_a_usage_error(kcli) -> None:
    result = kcli("timeline", "--from", "2020-11", "--to", "2020-10-19")
    assert result.exit_code == 2
    assert result.stderr == "kcli: error: --from 2020-11 is after --to 2020-10-19\n"


def test_unknown_event_kind_lists_the_accepted_kinds(kcli) -> None:
    result = kcli("timeline", "--kind", "battle")
    assert result.exit_code == 2
    assert result.stderr.startswith("kcli: error: unknown event kind 'battle'; accepted: war, military, ceasefire,")


def test_event_shows_one_event_with_its_erratum(kcli) -> None:
    result = kcli("event", "2020-11-10-trilateral-statement", "--json")
    assert result.exit_code == 0, result.stderr
    event = json.loads(result.stdout)
    assert "1,960" in event["summary"]
    assert "peacekeepers" in {erratum["id"] for erratum in event["errata"]}
    table = kcli("event", "2020-11-10-trilateral-statement", "--full").stdout
    assert "5,000" in table and "1,960" in table


def test_a_near_miss_of_an_event_id_opens_the_closest_with_a_note(kcli) -> None:
    # The near-miss rule of kcli actor: a miss clearly nearer one event than any other resolves to it.
    result = kcli("event", "2020-10-10-moscow-cease")
    assert result.exit_code == 0
    assert "showing the closest, Moscow humanitarian ceasefire (2020-10-10-moscow-ceasefire)" in result.stderr


def test_an_unknown_event_suggests_the_closest(kcli) -> None:
    result = kcli("event", "announces", "capturr")  # as near the capture of Hadrut as of Jabrayil
    assert result.exit_code == 1
    assert "did you mean: Azerbaijan announces the capture of" in result.stderr
