"""The rules of kcli db check about time (issue 19): each contradiction, added to a copy of the seed, fails
the build and names its records. One build carries every mutation (they touch different records), so the
module costs one build; each test looks for its own problem in that build's list."""

import json
import sqlite3
from datetime import date, timedelta
from pathlib import Path

import pytest

from karabakh_cli.build import build_database
from karabakh_cli.checks import SOURCES_ENV
from karabakh_cli.errors import BuildError

from conftest import SEED

_RELATION = (
    "INSERT INTO relations (id, subject_id, predicate, object_id, date, end_date, summary, status)"
    " VALUES ('{id}', '{subject}', '{predicate}', '{object}', {date}, {end}, 'Mutation.', 'partial');\n"
)
_POSITION = (
    "INSERT INTO positions (id, actor_id, topic_id, stance, date, end_date, summary, status)"
    " VALUES ('{id}', 'france', 'minsk-group-mediation', '{stance}', '2010', '2012', 'Mutation.', 'partial');\n"
)

# Each mutation: what it adds to the seed, and the problem the check must report.
MUTATIONS = {
    # South Sudan (a UN member from 14 July 2011) votes on A/RES/62/243 of 14 March 2008.
    "ballot from a non-member": (
        "INSERT INTO ballots (vote_id, actor_id, choice) VALUES ('a-res-62-243', 'south-sudan', 'yes');\n"
        "UPDATE votes SET yes = yes + 1 WHERE id = 'a-res-62-243';\n",
        "ballots a-res-62-243: south-sudan votes, but is not a member of un-general-assembly on 2008-03-14",
    ),
    "tally larger than the body": (
        "",  # the same mutation: 193 ballots in a 192-member Assembly
        "votes a-res-62-243: the tally adds up to 193, but un-general-assembly has 192 members on 2008-03-14",
    ),
    # The seed dates South Sudan's lifetime from its independence on 9 July 2011.
    "membership before the member existed": (
        _RELATION.format(
            id="mutation-south-sudan-au",
            subject="south-sudan",
            predicate="observer",
            object="african-union",
            date="'2005'",
            end="'2011-07'",
        ),
        "relations mutation-south-sudan-au: outside the lifetime of south-sudan: starts 2005, before it began",
    ),
    "membership before the organisation's founding": (
        _RELATION.format(
            id="mutation-armenia-csto-1995",
            subject="armenia",
            predicate="observer",
            object="csto",
            date="'1995'",
            end="'1996'",
        ),
        "relations mutation-armenia-csto-1995: outside the lifetime of csto: starts 1995, before it began",
    ),
    "office outside the holder's lifetime": (
        "UPDATE actors SET date = '1923-05-10', end_date = '2003-12-12' WHERE id = 'heydar-aliyev';\n"
        "UPDATE relations SET end_date = '2005' WHERE id = 'heydar-aliyev-president-azerbaijan';\n",
        "relations heydar-aliyev-president-azerbaijan: outside the lifetime of heydar-aliyev: ends 2005, after it"
        " ended",
    ),
    "membership without a start": (
        _RELATION.format(
            id="mutation-undated", subject="armenia", predicate="member", object="asean", date="NULL", end="NULL"
        ),
        "relations mutation-undated: a membership without a start date",
    ),
    "two holders of one office": (
        _RELATION.format(
            id="mutation-second-president",
            subject="heydar-aliyev",
            predicate="office-holder",
            object="azerbaijan",
            date="'2010'",
            end="'2012'",
        )
        + "INSERT INTO offices (relation_id, office) VALUES ('mutation-second-president', 'president-azerbaijan');\n",
        "offices president-azerbaijan: ilham-aliyev-president-azerbaijan and mutation-second-president hold it at once",
    ),
    "two stances at once": (
        _POSITION.format(id="mutation-france-supports", stance="supports")
        + _POSITION.format(id="mutation-france-opposes", stance="opposes"),
        "france holds two stances on minsk-group-mediation at once",
    ),
    "member and observer at once": (
        _RELATION.format(
            id="mutation-azerbaijan-observer-nam",
            subject="azerbaijan",
            predicate="observer",
            object="nam",
            date="'2015'",
            end="'2016'",
        ),
        "relations azerbaijan-member-nam and mutation-azerbaijan-observer-nam: member and observer at once",
    ),
    "no overlap (a handover)": (
        _RELATION.format(
            id="mutation-handover",
            subject="heydar-aliyev",
            predicate="office-holder",
            object="austria",
            date="'2021-10-11'",
            end="'2021-12'",
        )
        + "INSERT INTO offices (relation_id, office) VALUES ('mutation-handover', 'chancellor-austria');\n",
        "relations mutation-handover: no citation",
    ),
    "summary dated otherwise": (
        "UPDATE events SET date = '2020-11-15' WHERE id = '2020-11-14-armenia-military-toll';\n",
        "events 2020-11-14-armenia-military-toll: its summary opens with 2020-11-14, but the record is dated"
        " 2020-11-15",
    ),
    "member count": (
        "UPDATE member_counts SET count = 119 WHERE organisation_id = 'nam' AND date = '2009-07-16';\n",
        "member_counts nam: 119 members declared on 2009-07-16, but 118 member relation(s) hold that day",
    ),
}


@pytest.fixture(scope="module")
def problems(tmp_path_factory: pytest.TempPathFactory) -> str:
    """The problems the build reports for the seed with every mutation added."""
    folder = tmp_path_factory.mktemp("mutated")
    empty = folder / "no-sources"
    empty.mkdir()
    seed = folder / "seed.sql"
    extra = "".join(sql for sql, _ in MUTATIONS.values())
    seed.write_text(SEED.read_text(encoding="utf-8") + extra, encoding="utf-8")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv(SOURCES_ENV, str(empty))
        with pytest.raises(BuildError) as refused:
            build_database(seed, folder / "out.db")
    return str(refused.value)


@pytest.mark.parametrize("name", list(MUTATIONS))
def test_each_contradiction_fails_the_check(problems: str, name: str) -> None:
    assert MUTATIONS[name][1] in problems


def test_a_handover_on_one_day_is_not_two_holders(problems: str) -> None:
    # Sebastian Kurz's relation ends on 11 October 2021, the day this invented successor's begins.
    assert "mutation-handover hold it at once" not in problems


def test_the_seed_itself_has_no_two_stances_nor_undated_memberships(problems: str) -> None:
    assert problems.count("holds two stances") == 1
    assert problems.count("a membership without a start date") == 1


def test_nam_on_the_eve_of_its_founding_is_empty(kcli) -> None:
    result = kcli("actors", "--member", "nam", "--as-of", "1950", "--json")
    assert result.exit_code == 0
    assert result.stdout.strip() == "[]"


# The office series the data follows, and the days on which each has exactly one holder. Where a series
# starts later than 1991, the sources consulted leave the earlier days open (docs/data-changelog.md, issue 19).
SERIES = {
    "president-armenia": [("1991-11-11", "2025-12-31")],
    "president-azerbaijan": [("1991-08-30", "2025-12-31")],
    "president-nkr": [("1994-12-29", "2024-01-01")],
    "president-russia": [("1991-07-10", "2025-12-31")],
    "president-turkey": [("1991-01-01", "2025-12-31")],
    "president-united-states": [("1991-01-01", "2025-12-31")],
    "president-france": [("1995-05-17", "2025-12-31")],
    "president-iran": [("1997-08-02", "2021-08-03")],
    "secretary-general-un": [("1991-01-01", "2025-12-31")],
    "prime-minister-azerbaijan": [("1991-10-18", "2025-12-31")],
    "foreign-minister-azerbaijan": [
        ("1991-01-01", "1992-05-29"),
        ("1993-09-02", "1998-02-17"),
        ("1998-03-05", "2025-12-31"),
    ],
    "foreign-minister-russia": [("2004-03-09", "2025-12-31")],
    # Turkish Wikipedia's list leaves 29 November to 11 December 1994 open (Soysal resigned, Karayalçın came).
    "foreign-minister-turkey": [("1991-01-01", "1994-11-28"), ("1994-12-12", "2025-12-31")],
    # From the Wikidata exports of the 21st century's holders (earlier holders are not in them).
    "secretary-of-state-united-states": [("1997-01-23", "2025-01-20")],
    "foreign-minister-iran": [("1997-08-20", "2021-08-24")],
    # France: no holder in the export on 16 May 2017, between Ayrault and Le Drian.
    "foreign-minister-france": [("1997-06-04", "2017-05-15"), ("2017-05-17", "2024-01-11")],
    "foreign-minister-armenia": [
        ("2008-04-14", "2020-11-16"),
        ("2020-11-18", "2021-05-27"),
        ("2021-07-15", "2025-12-31"),
    ],
}


def _holders(database: Path, office: str) -> list[tuple[str, date, date]]:
    conn = sqlite3.connect(database)
    try:
        rows = conn.execute(
            "SELECT r.id, r.span_start, r.span_end FROM offices o JOIN relations r ON r.id = o.relation_id"
            " WHERE o.office = ?",
            (office,),
        ).fetchall()
    finally:
        conn.close()
    return [(rid, date.fromisoformat(start), date.fromisoformat(min(end, "9999-12-30"))) for rid, start, end in rows]


@pytest.mark.parametrize("office", list(SERIES))
def test_each_office_has_one_holder_on_every_day(database_path: Path, office: str) -> None:
    holders = _holders(database_path, office)
    for first, last in SERIES[office]:
        day, end = date.fromisoformat(first), date.fromisoformat(last)
        while day <= end:
            holding = sorted((start, stop, rid) for rid, start, stop in holders if start <= day <= stop)
            # On a handover day the outgoing holder's last day is the incoming holder's first.
            handover = len(holding) == 2 and holding[0][1] == day == holding[1][0]
            assert len(holding) == 1 or handover, f"{office} on {day}: {[rid for _, _, rid in holding]}"
            day += timedelta(days=1)


@pytest.mark.parametrize("topic", ["ceasefire", "non-interference"])
def test_no_call_of_the_2020_war_is_current_in_2022(kcli, topic: str) -> None:
    # A call about the fighting ends with it (docs/codebook.md, positions): none is a stance of June 2022.
    result = kcli("positions", "--topic", topic, "--as-of", "2022-06-01", "--json")
    assert result.exit_code == 0
    assert [p["id"] for p in json.loads(result.stdout) if p["date"] and p["date"].startswith("2020")] == []


def test_a_call_of_the_2020_war_holds_while_the_war_lasts(kcli) -> None:
    result = kcli("positions", "--topic", "ceasefire", "--as-of", "2020-10-19", "--json")
    assert result.exit_code == 0
    assert len(json.loads(result.stdout)) >= 40
