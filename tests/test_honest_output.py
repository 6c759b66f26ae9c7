"""Honest filters and nested CSV: what a filter counts is said, a roll call in CSV is one row per ballot,
a profile's votes are named by their symbols, a map says what it left out, a former id says what it became."""

import csv
import io
import json

NOTE = "kcli: note: "


def test_votes_of_members_say_whose_tallies_they_are(kcli) -> None:
    result = kcli("votes", "--member", "nam")
    assert result.exit_code == 0, result.stderr
    assert result.stderr.startswith(NOTE + "the tallies count only members of the Non-Aligned Movement")
    assert result.stderr.count("\n") == 1


def test_votes_without_a_filter_need_no_note(kcli) -> None:
    result = kcli("votes")
    assert result.exit_code == 0
    assert result.stderr == ""


def test_matrix_by_region_names_topics_and_stances_in_place(kcli) -> None:
    result = kcli("--no-color", "matrix", "--kind", "state", "--by", "region")
    assert result.exit_code == 0, result.stderr
    lines = result.stdout.splitlines()
    header = next(line for line in lines if "Supports" in line)
    assert "Topic" in header and "Opposes" in header and "Neutral" in header and "Ambiguous" in header
    ceasefire = next(line for line in lines if line.lstrip().startswith("Ceasefire"))
    assert "(" in ceasefire and any(char.isdigit() for char in ceasefire.split(")")[-1])
    assert "Topics: 1" not in result.stdout


def test_a_roll_call_in_csv_is_one_row_per_ballot(kcli) -> None:
    roll_call = json.loads(kcli("vote", "A/RES/62/243", "--by", "region", "--json").stdout)
    result = kcli("vote", "A/RES/62/243", "--by", "region", "--format", "csv")
    assert result.exit_code == 0, result.stderr
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    ballots = [
        (group["group"], ballot["actor_id"], ballot["choice"])
        for group in roll_call["groups"]
        for ballot in group["ballots"]
    ]
    assert [(row["group"], row["actor_id"], row["choice"]) for row in rows] == ballots
    assert list(rows[0]) == ["group", "vote_id", "symbol", "date", "actor_id", "actor_name", "choice"]


def test_a_profile_in_csv_names_each_vote_by_its_symbol(kcli) -> None:
    profile = json.loads(kcli("actor", "pakistan", "--json").stdout)
    (row,) = csv.DictReader(io.StringIO(kcli("actor", "pakistan", "--format", "csv").stdout))
    assert profile["votes"]
    assert row["votes"] == "; ".join(f"{ballot['symbol']} ({ballot['choice']})" for ballot in profile["votes"])
    assert "Pakistan (" not in row["votes"]


def test_a_map_says_how_many_records_had_no_place(kcli) -> None:
    events = json.loads(kcli("timeline", "--from", "2020-10", "--to", "2020-10", "--json").stdout)
    result = kcli("timeline", "--from", "2020-10", "--to", "2020-10", "--format", "geojson")
    assert result.exit_code == 0, result.stderr
    mapped = len(json.loads(result.stdout)["features"])
    assert 0 < mapped < len(events)
    left_out = f"{len(events) - mapped} of {len(events)} records"
    assert result.stderr == f"{NOTE}{left_out} have no place with coordinates and are not on the map\n"


def test_cite_of_a_former_id_says_which_id_it_cites(kcli) -> None:
    result = kcli("cite", "1994-ceasefire", "--json")
    assert result.exit_code == 0, result.stderr
    assert [record["id"] for record in json.loads(result.stdout)] == ["1994-05-05-ceasefire"]
    said = "1994-ceasefire is a former id of the event 1994-05-05-ceasefire; citing 1994-05-05-ceasefire"
    assert result.stderr == f"{NOTE}{said}\n"


def test_cite_of_a_current_id_has_no_note(kcli) -> None:
    result = kcli("cite", "1994-05-05-ceasefire")
    assert result.exit_code == 0
    assert result.stderr == ""
