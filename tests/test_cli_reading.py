"""What people and their tools read: compact lists and their limits, profiles by section, the pager,
global options anywhere, votes, and the formats researchers load elsewhere (BibTeX, CSL-JSON, RIS,
GeoJSON, wide CSV)."""

import csv
import io
import json
import os
import shutil
import sqlite3
import subprocess

import bibtexparser
import geojson
import pytest
import rispy

from karabakh_cli.options import TABLE_LIMIT

from conftest import KCLI, needs_install, run_on_a_terminal


def _lines(text: str) -> list[str]:
    return [line for line in text.splitlines() if line.strip()]


# --- compact and full -----------------------------------------------------------------------------


def test_the_war_takes_at_most_two_lines_an_event_at_80_columns(kcli) -> None:
    result = kcli("timeline", "--from", "2020-09-27", "--to", "2020-11-10", "--limit", "0", env={"COLUMNS": "80"})
    assert result.exit_code == 0, result.stderr
    count = len(json.loads(kcli("timeline", "--from", "2020-09-27", "--to", "2020-11-10", "--json").stdout))
    # a title, the header and its rule, at most two lines an event (a title wraps once, then ends with …),
    # the legend, the note on opening an event and the hint
    assert len(_lines(result.stdout)) <= 2 * count + 8
    assert max(len(line) for line in result.stdout.splitlines()) <= 80


def test_full_shows_summaries_and_numbered_sources(kcli) -> None:
    compact = kcli("event", "2020-11-10-trilateral-statement").stdout
    full = kcli("event", "2020-11-10-trilateral-statement", "--full").stdout
    assert "armenia-pm-2020-11-10-statement" not in compact and "armenia-pm-2020-11-10-statement" in full
    assert "5,000" in full


def test_a_table_stops_at_its_limit_and_says_how_many_more(kcli) -> None:
    total = len(json.loads(kcli("actors", "--json").stdout))
    result = kcli("actors")
    assert result.stdout.rstrip().endswith(f"{total - TABLE_LIMIT} more: --limit 0 for all")
    assert "more:" not in kcli("actors", "--limit", "0").stdout


def test_machine_formats_list_everything_unless_limited(kcli) -> None:
    assert len(json.loads(kcli("actors", "--json").stdout)) > TABLE_LIMIT
    assert len(json.loads(kcli("actors", "--json", "--limit", "3").stdout)) == 3


def test_a_profile_opens_with_the_count_of_each_section(kcli) -> None:
    result = kcli("actor", "pakistan")
    counts = json.loads(kcli("actor", "pakistan", "--json").stdout)
    line = next(line for line in result.stdout.splitlines() if line.startswith("Relations "))
    assert line.startswith(f"Relations {len(counts['relations'])} · Positions {len(counts['positions'])}")
    assert f"Votes {len(counts['votes'])}" in line


def test_a_section_is_shown_in_full_on_request(kcli) -> None:
    result = kcli("actor", "pakistan", "--section", "errata")
    assert result.exit_code == 0, result.stderr
    assert "Errata: where a source is wrong or unclear" in result.stdout
    assert kcli("actor", "pakistan", "--section", "nonsense").exit_code == 2


def test_as_of_applies_to_every_section(kcli) -> None:
    profile = json.loads(kcli("actor", "armenia", "--as-of", "2019", "--json").stdout)
    assert all(event["date"] <= "2019-12-31" for event in profile["events"])
    assert all(ballot["date"] <= "2019-12-31" for ballot in profile["votes"])


# --- options anywhere, format clashes -------------------------------------------------------------


def test_global_options_work_after_the_command(kcli) -> None:
    before = kcli("--no-color", "topics")
    after = kcli("topics", "--no-color")
    assert after.exit_code == 0, after.stderr
    assert after.stdout == before.stdout


def test_json_with_another_format_is_a_usage_error(kcli) -> None:
    result = kcli("timeline", "--json", "--format", "csv")
    assert result.exit_code == 2
    assert "--json and --format csv disagree" in result.stderr


@pytest.mark.parametrize(
    "args",
    [
        ["timeline", "--from", "1800", "--to", "1800"],
        ["positions", "--topic", "ceasefire", "--as-of", "1800"],
        ["actors", "--kind", "media", "--member", "unsc"],
        ["errata", "--actor", "yevlakh", "--actor", "prague"],
        ["votes", "--as-of", "1800"],
        ["search", "zzzyyyxxx"],
    ],
    ids=["timeline", "positions", "actors", "errata", "votes", "search"],
)
def test_an_empty_csv_still_has_its_header(kcli, args: list[str]) -> None:
    result = kcli(*args, "--format", "csv")
    assert result.exit_code == 0, result.stderr
    header = result.stdout.splitlines()
    assert len(header) == 1 and header[0].startswith(("id,", "type,"))


def test_a_repeated_actor_means_any_of_them(kcli) -> None:
    def ids(*args: str) -> set[str]:
        return {event["id"] for event in json.loads(kcli("timeline", *args, "--json").stdout)}

    both = ids("--actor", "pakistan", "--actor", "india")
    assert both == ids("--actor", "pakistan") | ids("--actor", "india")
    assert ids("--actor", "india") - ids("--actor", "pakistan")


# --- votes and blocs ------------------------------------------------------------------------------


def test_the_roll_call_of_62_243_by_region_adds_up_to_its_tally(kcli) -> None:
    roll_call = json.loads(kcli("vote", "A/RES/62/243", "--by", "region", "--json").stdout)
    vote = roll_call["vote"]
    assert (vote["yes"], vote["no"], vote["abstain"]) == (39, 7, 100)
    totals = {choice: sum(group["tally"][choice] for group in roll_call["groups"]) for choice in ("yes", "no")}
    assert totals == {"yes": 39, "no": 7}
    assert {group["group"] for group in roll_call["groups"]} == {"Africa", "Americas", "Asia", "Europe", "Oceania"}


def test_a_vote_grouped_by_an_organisation_splits_members_and_others(kcli) -> None:
    roll_call = json.loads(kcli("vote", "a-res-62-243", "--by", "oic", "--json").stdout)
    assert [group["group"] for group in roll_call["groups"]] == [
        "members of Organization of Islamic Cooperation",
        "others",
    ]


def test_a_state_shows_how_it_voted(kcli) -> None:
    profile = json.loads(kcli("actor", "armenia", "--json").stdout)
    assert {"vote_id": "a-res-62-243", "choice": "no"}.items() <= profile["votes"][0].items()


def test_positions_of_the_members_of_an_organisation(kcli) -> None:
    members = {a["id"] for a in json.loads(kcli("actors", "--member", "nam", "--as-of", "2020-10", "--json").stdout)}
    positions = json.loads(kcli("positions", "--member", "nam", "--as-of", "2020-10", "--json").stdout)
    assert positions and {position["actor_id"] for position in positions} <= members


# --- formats for other tools ----------------------------------------------------------------------


def test_the_bibliography_parses_as_bibtex(kcli) -> None:
    result = kcli("sources", "--format", "bibtex")
    library = bibtexparser.parse_string(result.stdout)
    assert library.failed_blocks == []
    assert len(library.entries) == len(json.loads(kcli("sources", "--json").stdout))


def test_the_citations_of_a_record_parse_as_csl_json_and_ris(kcli) -> None:
    items = json.loads(kcli("cite", "2020-11-10-trilateral-statement", "--format", "csl-json").stdout)
    assert {item["id"] for item in items} >= {"ponars-704", "armenia-pm-2020-11-10-statement"}
    records = rispy.loads(kcli("cite", "2020-11-10-trilateral-statement", "--format", "ris").stdout)
    assert len(records) == len(items)


def test_places_and_events_are_valid_geojson(kcli) -> None:
    for args in (["actors", "--kind", "place"], ["timeline", "--from", "2020-09-27", "--to", "2020-11-10"]):
        collection = geojson.loads(kcli(*args, "--format", "geojson").stdout)
        assert collection.is_valid and collection["features"]


def test_the_matrix_csv_is_wide(kcli) -> None:
    rows = list(csv.DictReader(io.StringIO(kcli("matrix", "--format", "csv").stdout)))
    topics = {topic["id"] for topic in json.loads(kcli("topics", "--json").stdout)}
    assert topics <= set(rows[0])
    assert {row["actor_id"]: row["territorial-integrity-azerbaijan"] for row in rows}["pakistan"] == "supports"


def test_nested_lists_in_csv_read_as_text(kcli) -> None:
    rows = list(csv.DictReader(io.StringIO(kcli("event", "2020-11-10-trilateral-statement", "--format", "csv").stdout)))
    assert "Azerbaijan (signatory)" in rows[0]["participants"]
    assert "ponars-704 ¶3" in rows[0]["citations"]


# --- a pager on a terminal ------------------------------------------------------------------------


@pytest.mark.slow
@needs_install
@pytest.mark.parametrize(("extra", "paged"), [([], True), (["--no-pager"], False)])
def test_a_long_table_on_a_terminal_goes_through_the_pager(extra: list[str], paged: bool) -> None:
    output = run_on_a_terminal("actors", *extra, env={"KCLI_PAGER": "sed s/^/PAGED:/"})
    assert ("PAGED:" in output) is paged
    assert "Actors" in output


@pytest.mark.slow
@needs_install
def test_a_pipe_is_never_paged() -> None:
    result = subprocess.run(
        [str(KCLI), "actors"], capture_output=True, text=True, env={**os.environ, "KCLI_PAGER": "sed s/^/PAGED:/"}
    )
    assert "PAGED:" not in result.stdout


# --- dates beyond the newest source ----------------------------------------------------------------

NOTE = "kcli: note: the data's newest source is dated"


def _day_after_newest_source(kcli) -> str:
    from datetime import date, timedelta

    from karabakh_cli.dates import last_day

    newest = json.loads(kcli("db", "info", "--json").stdout)["newest_source"]
    return (date.fromisoformat(last_day(newest)) + timedelta(days=1)).isoformat()


@pytest.mark.parametrize(
    "args",
    [("actor", "pashinyan", "--as-of"), ("actors", "--member", "unsc", "--as-of"), ("positions", "--as-of"),
     ("matrix", "--as-of"), ("votes", "--as-of"), ("timeline", "--from", "2020", "--to")],
)  # fmt: skip
def test_a_date_after_the_newest_source_is_said_to_be_beyond_it(kcli, args: tuple[str, ...]) -> None:
    later = _day_after_newest_source(kcli)
    result = kcli(*args, later, "--json")
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout) is not None  # stdout stays pure JSON
    notes = [line for line in result.stderr.splitlines() if line.startswith(NOTE)]
    assert len(notes) == 1 and later in notes[0]


def test_a_command_that_fails_says_its_error_alone(kcli) -> None:
    later = _day_after_newest_source(kcli)
    for args in (("timeline", "--from", later, "--to", "2000"), ("actors", "--member", "nowhere", "--as-of", later)):
        result = kcli(*args, "--json")
        assert result.exit_code != 0 and result.stdout == "", args
        assert result.stderr.startswith("kcli: error: ") and result.stderr.count("\n") == 1, args


def test_dates_within_the_sources_get_no_note(kcli) -> None:
    for args in (("actor", "pashinyan", "--as-of", "2020-10-19"), ("timeline", "--from", "2020-09-27")):
        result = kcli(*args, "--json")
        assert result.exit_code == 0 and NOTE not in result.stderr, args


@pytest.mark.slow
@needs_install
def test_completion_never_prints_the_note() -> None:
    words = {"_KCLI_COMPLETE": "complete_bash", "COMP_WORDS": "kcli actor --as-of 2999 pak", "COMP_CWORD": "4"}
    env = {**os.environ, **words}
    result = subprocess.run([str(KCLI)], capture_output=True, text=True, env=env)
    assert result.returncode == 0 and "pakistan" in result.stdout.split() and result.stderr == ""


def test_the_note_is_one_line_whatever_a_strangers_database_stores(kcli, tmp_path, database_path) -> None:
    copy = tmp_path / "stranger.db"
    shutil.copy(database_path, copy)
    with sqlite3.connect(copy) as conn:
        conn.execute("UPDATE meta SET value = ? WHERE key = 'newest_source'", ("2000\n",))
    conn.close()
    result = kcli("--db", str(copy), "actor", "pakistan", "--as-of", "2020", "--json")
    assert result.exit_code == 0, result.stderr
    assert result.stderr.splitlines() == [
        "kcli: note: the data's newest source is dated 2000\\n; later changes are not in it,"
        " so answers for 2020 may be out of date"
    ]
