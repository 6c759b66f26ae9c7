"""Every Council member at the meetings of 29 September 2020, 20 December 2022, 16 August 2023 and
21 September 2023 is a participant, and a member's words on record are a coded position (issue 20)."""

import json

import pytest

P5 = {"china", "france", "russia", "united-kingdom", "united-states"}
MEMBERS = {
    "2020-09-29-unsc-consultations": P5
    | {"belgium", "dominican-republic", "estonia", "germany", "indonesia", "niger", "saint-vincent-and-the-grenadines"}
    | {"south-africa", "tunisia", "vietnam"},
    "2022-12-20-unsc-meeting-lachin": P5
    | {"albania", "brazil", "gabon", "ghana", "india", "ireland", "kenya", "mexico", "norway", "united-arab-emirates"},
    "2023-08-16-unsc-meeting-lachin": P5
    | {"albania", "brazil", "ecuador", "gabon", "ghana", "japan", "malta", "mozambique", "switzerland"}
    | {"united-arab-emirates"},
}
MEMBERS["2023-09-21-unsc-meeting"] = MEMBERS["2023-08-16-unsc-meeting-lachin"]


@pytest.mark.parametrize("event_id", sorted(MEMBERS))
def test_every_member_of_the_council_takes_part_in_its_meeting(kcli, event_id: str) -> None:
    event = json.loads(kcli("event", event_id, "--json").stdout)
    assert MEMBERS[event_id] <= {participant["actor_id"] for participant in event["participants"]}


def test_the_members_words_of_20_december_2022_are_coded_and_cited(kcli) -> None:
    positions = json.loads(kcli("positions", "--topic", "humanitarian-access", "--json").stdout)
    on_the_day = {p["actor_id"] for p in positions if p["date"] == "2022-12-20"}
    assert on_the_day >= {"france", "united-states", "russia", "united-kingdom", "brazil", "india", "albania"}
    assert all(p["citations"] for p in positions)
    # the blockade's statements end with it (30 September 2023 at the latest)
    assert all(p["end_date"] and p["end_date"] <= "2023-09-30" for p in positions if p["date"] == "2022-12-20")
