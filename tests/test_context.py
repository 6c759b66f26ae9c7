"""The memo's context that is not the conflict (other wars, a flood elsewhere, a recognition of 1965) is
kept, marked as context, left out of the default timeline and shown with --all (issue 20)."""

import json

CONTEXT = {
    "1965-uruguay-armenian-genocide-recognition",
    "1967-six-day-war",
    "1973-10-06-yom-kippur-war",
    "1979-egypt-israel-peace",
    "1994-10-26-israel-jordan-peace",
    "2013-12-24-svg-floods",
}


def _ids(kcli, *args: str) -> set[str]:
    result = kcli("timeline", *args, "--json")
    assert result.exit_code == 0, result.stderr
    return {event["id"] for event in json.loads(result.stdout)}


def test_the_default_timeline_leaves_the_context_out(kcli) -> None:
    shown = _ids(kcli, "--to", "2019")
    assert not shown & CONTEXT
    assert "1994-05-05-ceasefire" in shown


def test_all_shows_the_context_marked_as_such(kcli) -> None:
    events = json.loads(kcli("timeline", "--to", "2019", "--all", "--json").stdout)
    scopes = {event["id"]: event["scope"] for event in events}
    assert {event_id: scopes.get(event_id) for event_id in CONTEXT} == dict.fromkeys(CONTEXT, "context")
    assert scopes["1994-05-05-ceasefire"] == "conflict"


def test_a_context_event_is_still_found_by_its_id_and_in_its_actors_profile(kcli) -> None:
    event = json.loads(kcli("event", "1967-six-day-war", "--json").stdout)
    assert event["scope"] == "context"
    profile = json.loads(kcli("actor", "uruguay", "--json").stdout)
    assert "1965-uruguay-armenian-genocide-recognition" in {e["id"] for e in profile["events"]}


def test_the_context_is_the_memos_background_only(kcli) -> None:
    everything = json.loads(kcli("timeline", "--all", "--json").stdout)
    assert {event["id"] for event in everything if event["scope"] == "context"} == CONTEXT
