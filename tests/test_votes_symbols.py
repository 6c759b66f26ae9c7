"""kcli vote finds a text by its symbol as people write it, and the votes of bodies other than the
General Assembly carry their tallies and bodies (issue 20)."""

import json

import pytest


@pytest.mark.parametrize(
    ("written", "vote_id"),
    [
        ("S/RES/822 (1993)", "s-res-822-1993"),
        ("S/RES/822(1993)", "s-res-822-1993"),
        ("s/res/822", "s-res-822-1993"),
        ("S/RES/884 (1993)", "s-res-884-1993"),
        ("A/RES/62/243", "a-res-62-243"),
        ("a/res/62/243", "a-res-62-243"),
        ("Resolution 2517 (2023)", "pace-resolution-2517-2023"),
        ("PACE 2517", "pace-resolution-2517-2023"),
        ("Res. 2391", "pace-resolution-2391-2021"),
        ("doc 15898", "pace-doc-15898-2024"),
        ("pace-resolution-1416-2005", "pace-resolution-1416-2005"),
    ],
)
def test_a_vote_is_found_by_its_symbol_as_people_write_it(kcli, written: str, vote_id: str) -> None:
    result = kcli("vote", written, "--json")
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["vote"]["id"] == vote_id


def test_an_unknown_symbol_is_one_line_on_stderr_and_exit_1(kcli) -> None:
    result = kcli("vote", "S/RES/999 (1993)")
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr.startswith("kcli: error: no vote with id or symbol 'S/RES/999 (1993)'")
    assert len(result.stderr.strip().splitlines()) == 1


def test_the_council_adopted_the_1993_resolutions_unanimously(kcli) -> None:
    for number in ("822", "853", "874", "884"):
        roll_call = json.loads(kcli("vote", f"S/RES/{number} (1993)", "--json").stdout)
        vote = roll_call["vote"]
        assert (vote["body_id"], vote["method"], vote["yes"], vote["no"], vote["abstain"]) == (
            "unsc",
            "recorded",
            15,
            0,
            0,
        )
        assert "unanimously" in vote["summary"]
        assert roll_call["groups"][0]["tally"]["yes"] == 15


def test_at_least_twelve_recorded_votes_beyond_62_243_each_with_a_tally_and_a_body(kcli) -> None:
    votes = json.loads(kcli("votes", "--json").stdout)
    recorded = [v for v in votes if v["method"] == "recorded" and v["id"] != "a-res-62-243"]
    assert len(recorded) >= 12
    assert all(v["yes"] is not None and v["no"] is not None and v["abstain"] is not None for v in recorded)
    assert {v["body_id"] for v in recorded} >= {"unsc", "pace", "european-parliament", "french-senate"}
    assert all(v["citations"] for v in votes)
