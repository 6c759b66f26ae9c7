"""The chronology beyond 2020 and the memo: the peace process 1992-2019, the first war and its prelude,
and the episodes of 2020-2025 that shaped alignments (issue 20)."""

import json


def _timeline(kcli, *args: str) -> list[dict]:
    result = kcli("timeline", *args, "--json")
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)


def test_the_peace_process_shows_its_summits_and_documents_from_1992_to_2019(kcli) -> None:
    ids = {event["id"] for event in _timeline(kcli, "--from", "1992", "--to", "2019")}
    assert {
        "1992-03-24-csce-minsk-conference",
        "1994-05-05-ceasefire",
        "1994-12-05-budapest-summit",
        "1996-12-02-lisbon-summit",
        "2001-04-03-key-west-talks",
        "2007-11-29-madrid-principles",
        "2008-11-meindorf-declaration",
        "2011-06-24-kazan-summit",
    } <= ids


def test_the_mediators_take_part_in_the_summits(kcli) -> None:
    event = json.loads(kcli("event", "2001-04-03-key-west-talks", "--json").stdout)
    roles = {(actor["actor_id"], actor["role"]) for actor in event["participants"]}
    assert {("osce-minsk-group", "mediator"), ("united-states", "host"), ("armenia", "participant")} <= roles
    assert event["citations"]


def test_the_clashes_between_the_wars_and_the_episodes_after_2020_are_dated(kcli) -> None:
    ids = {event["id"] for event in _timeline(kcli, "--from", "2008", "--to", "2024")}
    assert {
        "2008-03-04-mardakert-clashes",
        "2014-07-27-border-clashes",
        "2020-11-10-yerevan-parliament-stormed",
        "2020-12-10-baku-victory-parade",
        "2021-06-15-shusha-declaration",
        "2022-03-24-farukh",
        "2022-08-26-lachin-handover",
        "2022-12-20-unsc-meeting-lachin",
        "2023-10-01-un-mission-karabakh",
        "2023-12-07-armenia-azerbaijan-joint-statement",
        "2024-04-19-gazakh-villages",
    } <= ids


def test_the_places_found_on_record_have_coordinates(kcli) -> None:
    located = {"hadrut", "sugovushan", "bourj-hammoud", "sev-lake", "nw-iran"}
    actors = json.loads(kcli("actors", "--kind", "place", "--limit", "0", "--json").stdout)
    assert {a["id"] for a in actors if a["latitude"] is not None} >= located
