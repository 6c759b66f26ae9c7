"""The data itself: pinned counts and key facts, so that any change to db/seed.sql is deliberate."""

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from karabakh_cli.build import build_database
from karabakh_cli.text import fold

SEED_PATH = Path(__file__).resolve().parent.parent / "db" / "seed.sql"

# A relation holds on a day when that day lies between the first day of its start and the last day
# of its end; a missing start or end leaves that side open.
HOLDS_ON_DAY = """
    (r.date IS NULL OR (CASE length(r.date) WHEN 4 THEN r.date || '-01-01'
                                            WHEN 7 THEN r.date || '-01' ELSE r.date END) <= :day)
    AND (r.end_date IS NULL OR (CASE length(r.end_date) WHEN 4 THEN r.end_date || '-12-31'
                                                        WHEN 7 THEN r.end_date || '-31' ELSE r.end_date END) >= :day)
"""

THE_SEVEN = {
    "indonesia",
    "niger",
    "tunisia",
    "vietnam",
    "south-africa",
    "saint-vincent-and-the-grenadines",
    "dominican-republic",
}

# Every item of section 5 of the fact sheet (ids without the err-/amb-/spell- prefixes), plus the
# memo's unverified claims and the two errata found while checking.
FACT_SHEET_ERRATA = {
    "peacekeepers",
    "guterres",
    "svg",
    "mammadyarov",
    "shougarian",
    "nam-term",
    "nam-observer",
    "indonesia-embassies",
    "vietnam-visits",
    "svg-floods",
    "trilateral",
    "ulgen-baku",
    "shusha-returned",
    "seven-districts",
    "fourth-ceasefire",
    "sarkissian-date",
    "silence-procedure",
    "draft-authors",
    "jhinaoui",
    "sola",
    "spellings",
    "spelling-tasnag",
    "spelling-sargsyan",
    "spelling-sisi",
    "spelling-sola",
    "spelling-ulgen",
    "spelling-countries",
    "unverified-claims",
    "unverified-memri",
    "unverified-flags",
    "unverified-wion",
    "unverified-fadli-zon",
    "unverified-white-paper",
    "unverified-aida-floods",
}


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[sqlite3.Connection]:
    """A database built just now from db/seed.sql, opened read-only."""
    path = tmp_path_factory.mktemp("data") / "kcli.db"
    build_database(SEED_PATH, path)
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    yield conn
    conn.close()


def _ids(conn: sqlite3.Connection, sql: str, **params: str) -> set[str]:
    return {row[0] for row in conn.execute(sql, params)}


def test_row_counts_per_table(db: sqlite3.Connection) -> None:
    tables = [
        "sources",
        "actors",
        "aliases",
        "topics",
        "events",
        "event_actors",
        "positions",
        "relations",
        "errata",
        "errata_records",
        "citations",
        "actor_names",
        "votes",
        "ballots",
        "former_ids",
        "offices",
        "member_counts",
    ]
    counts = {table: db.execute(f"SELECT count(*) FROM {table}").fetchone()[0] for table in tables}
    assert counts == {
        "sources": 908,
        "actors": 485,
        "aliases": 506,
        "topics": 10,
        "events": 190,
        "event_actors": 749,
        "positions": 221,
        "relations": 1112,
        "errata": 66,
        "errata_records": 119,
        "citations": 3909,
        "actor_names": 1476,
        "votes": 22,
        "ballots": 252,
        "former_ids": 15,
        "offices": 182,
        "member_counts": 9,
    }


def test_the_seven_are_exactly_the_nam_members_elected_to_the_council_on_19_october_2020(
    db: sqlite3.Connection,
) -> None:
    elected = _ids(
        db,
        "SELECT subject_id FROM relations r WHERE predicate = 'elected-member' AND object_id = 'unsc'"
        f" AND {HOLDS_ON_DAY}",
        day="2020-10-19",
    )
    nam_members = _ids(
        db,
        f"SELECT subject_id FROM relations r WHERE predicate = 'member' AND object_id = 'nam' AND {HOLDS_ON_DAY}",
        day="2020-10-19",
    )
    assert elected & nam_members == THE_SEVEN


def test_the_council_had_fifteen_members_on_19_october_2020(db: sqlite3.Connection) -> None:
    members = _ids(
        db,
        "SELECT subject_id FROM relations r WHERE object_id = 'unsc'"
        f" AND predicate IN ('permanent-member', 'elected-member') AND {HOLDS_ON_DAY}",
        day="2020-10-19",
    )
    assert members == THE_SEVEN | {
        "china",
        "france",
        "russia",
        "united-kingdom",
        "united-states",
        "belgium",
        "germany",
        "estonia",
    }


def test_trilateral_statement_holds_1960_peacekeepers_and_the_memo_5000_is_an_erratum(db: sqlite3.Connection) -> None:
    (summary,) = db.execute("SELECT summary FROM events WHERE id = '2020-11-09-trilateral-statement'").fetchone()
    assert "1,960 peacekeepers" in summary
    assert "5,000" not in summary
    says, kind = db.execute("SELECT says, kind FROM errata WHERE id = 'peacekeepers'").fetchone()
    assert "5,000" in says and kind == "error"
    linked = _ids(
        db, "SELECT record_id FROM errata_records WHERE erratum_id = 'peacekeepers' AND record_type = 'event'"
    )
    assert linked == {"2020-11-09-trilateral-statement"}


def test_the_four_1993_resolutions_have_their_day_dates(db: sqlite3.Connection) -> None:
    rows = db.execute(
        "SELECT id, date FROM events WHERE kind = 'resolution' AND id LIKE '%-unsc-%'"
        " AND date LIKE '1993%' ORDER BY date"
    )
    assert dict(rows) == {
        "1993-04-30-unsc-822": "1993-04-30",
        "1993-07-29-unsc-853": "1993-07-29",
        "1993-10-14-unsc-874": "1993-10-14",
        "1993-11-12-unsc-884": "1993-11-12",
    }


def test_the_four_ceasefires_of_2020_are_dated_agreed_to_in_force(db: sqlite3.Connection) -> None:
    ids = (
        "2020-10-10-moscow-ceasefire",
        "2020-10-17-humanitarian-truce",
        "2020-10-25-us-ceasefire",
        "2020-11-09-trilateral-statement",
    )
    rows = db.execute(f"SELECT id, date, end_date FROM events WHERE id IN ({', '.join('?' * len(ids))})", ids)
    assert {row[0]: row[1:] for row in rows} == {
        "2020-10-10-moscow-ceasefire": ("2020-10-10", None),
        "2020-10-17-humanitarian-truce": ("2020-10-17", "2020-10-18"),
        "2020-10-25-us-ceasefire": ("2020-10-25", "2020-10-26"),
        "2020-11-09-trilateral-statement": ("2020-11-09", "2020-11-10"),
    }


def test_every_memo_paragraph_is_cited_at_least_once(db: sqlite3.Connection) -> None:
    cited = _ids(db, "SELECT locator FROM citations WHERE source_id = 'ponars-704'")
    assert {f"¶{number}" for number in range(1, 21)} <= cited


def test_every_fact_sheet_erratum_is_present(db: sqlite3.Connection) -> None:
    assert _ids(db, "SELECT id FROM errata") >= FACT_SHEET_ERRATA


def test_every_erratum_is_linked_to_a_record(db: sqlite3.Connection) -> None:
    unlinked = _ids(db, "SELECT id FROM errata WHERE id NOT IN (SELECT erratum_id FROM errata_records)")
    assert unlinked == set()


def test_verified_records_have_a_citation_besides_the_memo(db: sqlite3.Connection) -> None:
    lacking = set()
    for table, kind in (("events", "event"), ("positions", "position"), ("relations", "relation")):
        lacking |= _ids(
            db,
            f"SELECT id FROM {table} t WHERE status = 'verified' AND NOT EXISTS (SELECT 1 FROM citations c"
            f" WHERE c.record_type = '{kind}' AND c.record_id = t.id AND c.source_id <> 'ponars-704')",
        )
    assert lacking == set()


def test_serzh_sargsyan_and_armen_sarkissian_are_distinct(db: sqlite3.Connection) -> None:
    def owner(label: str) -> set[str]:
        return _ids(db, "SELECT actor_id FROM actor_names WHERE key = :key", key=fold(label))

    assert owner("Serzh Sargsyan") == owner("Serge Sargsyan") == {"serzh-sargsyan"}
    assert owner("Armen Sarkissian") == owner("Armen Sarkisian") == {"armen-sarkissian"}
    assert owner("Sargsyan") == owner("Sarkisian") == set()


def test_no_alias_names_two_actors(db: sqlite3.Connection) -> None:
    shared = db.execute("SELECT key FROM actor_names GROUP BY key HAVING count(DISTINCT actor_id) > 1").fetchall()
    assert shared == []


def test_cross_reference_ids_are_pinned_and_cited(db: sqlite3.Connection) -> None:
    rows = dict(db.execute("SELECT id, iso3 || ' ' || wikidata FROM actors WHERE id IN ('armenia', 'pakistan')"))
    assert rows == {"armenia": "ARM Q399", "pakistan": "PAK Q843"}
    counts = db.execute("SELECT count(iso3), count(wikidata) FROM actors").fetchone()
    assert tuple(counts) == (195, 357)
    uncited = db.execute(
        "SELECT id FROM actors a WHERE (iso3 IS NOT NULL OR wikidata IS NOT NULL) AND NOT EXISTS"
        " (SELECT 1 FROM citations c WHERE c.record_type = 'actor' AND c.record_id = a.id AND c.note LIKE 'cross-reference id:%')"  # noqa: E501
    ).fetchall()
    assert uncited == []


def test_every_wikidata_id_is_named_by_a_citation_of_its_record(db: sqlite3.Connection) -> None:
    # Issue 19: a QID comes from a page that shows it, cited with the id itself in the note.
    unnamed = db.execute(
        "SELECT t.type, t.id, t.wikidata FROM (SELECT 'actor' AS type, id, wikidata FROM actors"
        " UNION ALL SELECT 'event', id, wikidata FROM events) t WHERE t.wikidata IS NOT NULL AND NOT EXISTS"
        " (SELECT 1 FROM citations c WHERE c.record_type = t.type AND c.record_id = t.id"
        " AND c.note LIKE 'cross-reference id:%' AND (c.note || ' ') LIKE '%' || t.wikidata || ' %')"
    ).fetchall()
    assert unnamed == []


def test_people_with_a_wikidata_id_are_pinned(db: sqlite3.Connection) -> None:
    people, with_qid = db.execute("SELECT count(*), count(wikidata) FROM actors WHERE kind = 'person'").fetchone()
    assert (people, with_qid) == (191, 146)
    # Q57371 is Ilham Aliyev in the Wikidata exports cited (not Julius Nyerere, as a third-party file says).
    assert db.execute("SELECT wikidata FROM actors WHERE id = 'ilham-aliyev'").fetchone()[0] == "Q57371"


def test_minsk_group_co_chairs_russia_from_1995_france_and_us_from_1997_all_to_the_closure(
    db: sqlite3.Connection,
) -> None:
    rows = db.execute(
        "SELECT subject_id, date, end_date FROM relations"
        " WHERE predicate = 'co-chair' AND object_id = 'osce-minsk-group'"
    )
    assert {row[0]: row[1:] for row in rows} == {
        "russia": ("1995", "2025-11-30"),
        "france": ("1997-02-14", "2025-11-30"),
        "united-states": ("1997-02-14", "2025-11-30"),
    }


def test_every_office_is_dated(db: sqlite3.Connection) -> None:
    undated = _ids(
        db,
        "SELECT id FROM relations WHERE date IS NULL"
        " AND predicate IN ('office-holder', 'leads', 'chair', 'presides', 'ambassador-to')",
    )
    assert undated == set()


def test_armenias_positions_on_artsakh_end_at_prague_and_the_nkr_ends_on_1_january_2024(
    db: sqlite3.Connection,
) -> None:
    rows = dict(
        db.execute("SELECT id, end_date FROM positions WHERE actor_id IN ('armenia', 'nkr', 'nikol-pashinyan')")
    )
    for position_id in (
        "armenia-self-determination",
        "armenia-recognition-of-artsakh",
        "armenia-remedial-secession",
        "nikol-pashinyan-remedial-secession",
    ):
        assert rows[position_id] == "2022-10-06"
    assert rows["nkr-self-determination"] == "2024-01-01"
    stance = db.execute(
        "SELECT stance, date FROM positions WHERE id = 'armenia-territorial-integrity-2022-10'"
    ).fetchone()
    assert tuple(stance) == ("supports", "2022-10-06")


def test_the_memo_is_cited_only_by_its_numbered_paragraphs_for_its_author_and_publisher(
    db: sqlite3.Connection,
) -> None:
    memo = _ids(
        db,
        "SELECT record_id FROM citations WHERE source_id = 'ponars-704' AND record_type = 'actor'"
        " AND record_id IN ('ponars-eurasia', 'jason-e-strakes')",
    )
    assert memo == set()


def test_organisations_have_their_founding_dates_and_the_nkr_its_end(db: sqlite3.Connection) -> None:
    rows = db.execute(
        "SELECT id, date, end_date FROM actors WHERE id IN ('nam', 'oic', 'eu', 'nato', 'csto', 'un', 'unsc', 'nkr')"
    )
    assert {row[0]: tuple(row[1:]) for row in rows} == {
        "nam": ("1961-09-01", None),
        "oic": ("1969-09", None),
        "eu": ("1993-11-01", None),
        "nato": ("1949-04-04", None),
        "csto": ("2002-10-07", None),
        "un": ("1945-10-24", None),
        "unsc": ("1946-01", None),
        "nkr": ("1991-09-02", "2024-01-01"),
    }


def test_every_event_id_starts_with_its_date_and_renamed_ones_keep_their_old_id(db: sqlite3.Connection) -> None:
    assert _ids(db, "SELECT id FROM events WHERE substr(id, 1, length(date) + 1) <> date || '-'") == set()
    renamed = dict(db.execute("SELECT old_id, record_id FROM former_ids WHERE record_type = 'event'"))
    assert renamed["2020-war"] == "2020-09-27-war"
    assert renamed["2020-11-10-trilateral-statement"] == "2020-11-09-trilateral-statement"
    assert set(renamed.values()) <= _ids(db, "SELECT id FROM events")


def test_the_roll_call_of_62_243_adds_up_to_its_tally(db: sqlite3.Connection) -> None:
    tally = db.execute("SELECT yes, no, abstain, absent FROM votes WHERE id = 'a-res-62-243'").fetchone()
    assert tuple(tally) == (39, 7, 100, 46)
    counted = dict(db.execute("SELECT choice, count(*) FROM ballots WHERE vote_id = 'a-res-62-243' GROUP BY choice"))
    assert counted == {"yes": 39, "no": 7, "abstain": 100, "absent": 46}


@pytest.mark.parametrize("day", ["2016-01-01", "2020-10-19", "2023-09-21", "2025-12-31"])
def test_fifteen_members_sit_on_the_council(db: sqlite3.Connection, day: str) -> None:
    (count,) = db.execute(
        "SELECT count(DISTINCT subject_id) FROM relations WHERE object_id = 'unsc'"
        " AND predicate IN ('permanent-member', 'elected-member') AND span_start <= ?1 AND span_end >= ?1",
        (day,),
    ).fetchone()
    assert count == 15


def test_every_un_member_state_has_its_region_and_ids(db: sqlite3.Connection) -> None:
    regions = dict(db.execute("SELECT region, count(*) FROM actors WHERE kind = 'state' GROUP BY region"))
    assert regions == {"Africa": 54, "Americas": 35, "Asia": 48, "Europe": 44, "Oceania": 14}
    lacking = db.execute(
        "SELECT id FROM actors WHERE kind = 'state' AND (iso3 IS NULL OR subregion IS NULL)"
    ).fetchall()
    assert lacking == []
    (members,) = db.execute("SELECT count(*) FROM relations WHERE object_id = 'un' AND predicate = 'member'").fetchone()
    assert members == 193


def test_at_least_sixty_states_reacted_to_the_war(db: sqlite3.Connection) -> None:
    (states,) = db.execute(
        "SELECT count(DISTINCT p.actor_id) FROM positions p JOIN actors a ON a.id = p.actor_id"
        " WHERE a.kind = 'state' AND p.date BETWEEN '2020-09' AND '2020-11-10'"
    ).fetchone()
    assert states >= 60
