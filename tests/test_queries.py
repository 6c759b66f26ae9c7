"""karabakh_cli.queries on its own: each query called on a connection to the real database, its records compared
exactly. No CLI, no rendering: a failure here is the query's."""

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from karabakh_cli import queries
from karabakh_cli.db import connect
from karabakh_cli.errors import NotFoundError, UsageError
from karabakh_cli.models import Citation, CitedRecord, Match


@pytest.fixture(scope="module")
def conn(database_path: Path) -> Iterator[sqlite3.Connection]:
    conn = connect(database_path)
    yield conn
    conn.close()


def _ids(records) -> list[str]:
    return [record.id for record in records]


# --- find_actor ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "match"),
    [
        ("pakistan", Match(query="pakistan", actor_id="pakistan", label="pakistan", field="id")),
        ("  PAKISTAN ", Match(query="  PAKISTAN ", actor_id="pakistan", label="pakistan", field="id")),
        ("Minsk", Match(query="Minsk", actor_id="osce-minsk-group", label="Minsk Group", field="alias")),
        ("Artsakh", Match(query="Artsakh", actor_id="nkr", label="Artsakh", field="alias")),
        ("azərbaycan", Match(query="azərbaycan", actor_id="azerbaijan", label="Azərbaycan", field="alias")),
    ],
    ids=["id", "id-loosely", "word-of-an-alias", "alias", "alias-with-schwa"],
)
def test_find_actor_matches_id_name_or_alias(conn: sqlite3.Connection, typed: str, match: Match) -> None:
    assert queries.find_actor(conn, typed) == match


def test_find_actor_unknown_suggests_close_names(conn: sqlite3.Connection) -> None:
    with pytest.raises(NotFoundError) as raised:
        queries.find_actor(conn, "pakistn")
    assert str(raised.value) == (
        "no actor matches 'pakistn'; did you mean: Pakistan (pakistan), Tajikistan (tajikistan), Spain (spain)?;"
        " to look for it in the text, try: kcli search 'pakistn'"
    )


def test_find_actor_without_letters_is_a_usage_error(conn: sqlite3.Connection) -> None:
    with pytest.raises(UsageError, match=r"^an actor name needs at least one letter or digit$"):
        queries.find_actor(conn, " -- ")


def test_actor_id_of_none_is_none(conn: sqlite3.Connection) -> None:
    assert queries.actor_id_of(conn, None) is None
    assert queries.actor_id_of(conn, "Artsakh") == "nkr"


# --- list_events: windows and overlap ------------------------------------------------------------

# Every event whose span touches 10 November 2020: the war and a shelling that end that day, the two events
# of the day, and the processions dated only to the year 2020 (which sort after the year's dated events).
ON_10_NOVEMBER = [
    "2020-09-27-war",
    "2020-09-28-tartar-shelling",
    "2020-11-09-trilateral-statement",
    "2020-11-10-yerevan-parliament-stormed",
    "2020-11-10-russian-peacekeepers-deploy",
    "2020-baku-victory-processions",
]


def test_a_one_day_window_holds_every_event_whose_span_touches_it(conn: sqlite3.Connection) -> None:
    assert _ids(queries.list_events(conn, "2020-11-10", "2020-11-10")) == ON_10_NOVEMBER


def test_an_event_dated_to_a_month_is_in_a_window_of_one_of_its_days(conn: sqlite3.Connection) -> None:
    events = queries.list_events(conn, "2020-10-10", "2020-10-10")
    assert [(e.id, e.date, e.end_date, e.precision) for e in events if e.precision != "day"] == [
        ("2020-10-aliyev-turkish-drones", "2020-10", None, "month"),
        ("2020-10-early-diaspora-rallies", "2020-10", None, "month"),
        ("2020-10-iran-peace-plan", "2020-10", None, "month"),
        ("2020-10-lebanese-aid-and-volunteers", "2020-10", None, "month"),
        ("2020-baku-victory-processions", "2020", None, "year"),
    ]


def test_an_event_ending_in_a_month_overlaps_each_day_of_it(conn: sqlite3.Connection) -> None:
    (protests,) = [e for e in queries.list_events(conn, "2020-10-31", "2020-10-31") if e.id.endswith("-protests")]
    assert (protests.id, protests.date, protests.end_date) == (
        "2020-09-30-iran-pro-azerbaijan-protests",
        "2020-09-30",
        "2020-10",
    )
    assert "2020-09-30-iran-pro-azerbaijan-protests" not in _ids(queries.list_events(conn, "2020-11-01", "2020-11-01"))


def test_a_window_of_partial_dates_runs_from_the_first_to_the_last_day(conn: sqlite3.Connection) -> None:
    assert queries.list_events(conn, "2020-10", "2020-10") == queries.list_events(conn, "2020-10-01", "2020-10-31")
    assert queries.list_events(conn, "2020", "2020") == queries.list_events(conn, "2020-01-01", "2020-12-31")


def test_events_dated_to_the_day_come_in_date_order_and_year_only_ones_last(conn: sqlite3.Connection) -> None:
    events = queries.list_events(conn, "2020-09-27", "2020-11-10")
    dated = [e.date for e in events if e.precision == "day"]
    assert dated == sorted(dated)
    assert [e.id for e in events if e.precision == "year"] == ["2020-baku-victory-processions"]
    assert events[-1].id == "2020-baku-victory-processions"


def test_an_open_window_holds_every_event(conn: sqlite3.Connection) -> None:
    (count,) = conn.execute("SELECT count(*) FROM events").fetchone()
    assert len(queries.list_events(conn)) == count


def test_events_filter_by_actor_and_kind(conn: sqlite3.Connection) -> None:
    ceasefires = queries.list_events(conn, "2020-10", "2020-11", actor_ids=["russia"], kinds=["ceasefire"])
    assert [(e.id, e.date, e.kind, e.other_kinds) for e in ceasefires] == [
        ("2020-10-10-moscow-ceasefire", "2020-10-10", "ceasefire", []),
        ("2020-10-17-humanitarian-truce", "2020-10-17", "ceasefire", []),
        ("2020-11-09-trilateral-statement", "2020-11-09", "agreement", ["ceasefire"]),
    ]


def test_a_window_that_ends_before_it_starts_is_refused(conn: sqlite3.Connection) -> None:
    with pytest.raises(UsageError, match=r"^--from 2020-11 is after --to 2020-10-31$"):
        queries.list_events(conn, "2020-11", "2020-10-31")


def test_an_unknown_event_kind_is_refused_with_the_accepted_ones(conn: sqlite3.Connection) -> None:
    with pytest.raises(UsageError, match=r"^unknown event kind 'battle'; accepted: war, military, ceasefire, "):
        queries.list_events(conn, kinds=["battle"])


# --- positions, relations, members ---------------------------------------------------------------


def test_positions_of_an_actor_on_every_date(conn: sqlite3.Connection) -> None:
    positions = queries.list_positions(conn, actor_ids=["pakistan"])
    assert [(p.id, p.topic_id, p.stance, p.date) for p in positions] == [
        ("pakistan-territorial-integrity", "territorial-integrity-azerbaijan", "supports", None),
        (
            "pakistan-territorial-integrity-azerbaijan-2023-09",
            "territorial-integrity-azerbaijan",
            "supports",
            "2023-09-10",
        ),
        ("pakistan-unsc-1993-resolutions", "unsc-1993-resolutions", "supports", "2020-10"),
    ]


def test_positions_as_of_a_date_keep_those_holding_then(conn: sqlite3.Connection) -> None:
    topic = ["recognition-of-artsakh"]
    held = [("armenia-recognition-of-artsakh", "2020-10", "2022-10-06")]
    positions = queries.list_positions(conn, actor_ids=["armenia"], topic_ids=topic, as_of="2022-10-06")
    assert [(p.id, p.date, p.end_date) for p in positions] == held
    assert queries.list_positions(conn, actor_ids=["armenia"], topic_ids=topic, as_of="2022-10-07") == []
    # A month as of-date holds what held on any day of it.
    assert [p.id for p in queries.list_positions(conn, actor_ids=["armenia"], topic_ids=topic, as_of="2020-10")] == [
        "armenia-recognition-of-artsakh"
    ]
    assert queries.list_positions(conn, actor_ids=["armenia"], topic_ids=topic, as_of="2020-09") == []


def test_positions_unknown_topic_is_refused(conn: sqlite3.Connection) -> None:
    accepted = r"^unknown topic 'peace'; accepted: ceasefire, humanitarian-access, minsk-group-mediation, "
    with pytest.raises(UsageError, match=accepted):
        queries.list_positions(conn, topic_ids=["peace"])


def test_relations_of_an_actor_either_side_in_date_order(conn: sqlite3.Connection) -> None:
    relations = queries.list_relations(conn, "pakistan")
    assert [(r.subject_id, r.predicate, r.object_id, r.date, r.end_date) for r in relations] == [
        ("islamabad", "located-in", "pakistan", None, None),
        ("rawalpindi", "located-in", "pakistan", None, None),
        ("pakistan", "supports", "azerbaijan", None, None),
        ("pakistan", "member", "un", "1947-09-30", None),
        ("pakistan", "member", "nam", "1961-09-01", None),
        ("pakistan", "member", "g77", "1964-06-15", None),
        ("pakistan", "member", "oic", "1969", None),
        ("pakistan", "does-not-recognise", "armenia", "1991", "2025-08-31"),
        ("pakistan", "elected-member", "unsc", "1993-01-01", "1994-12-31"),
        ("nadeem-raza", "office-holder", "pakistan", "2019-11-27", "2022-11"),
        ("ali-alizade", "ambassador-to", "pakistan", "2020-10", "2021-06"),
        ("mumtaz-zahra-baloch", "office-holder", "pakistan", "2022-11-11", "2025-01-01"),
        ("pakistan", "elected-member", "unsc", "2025-01-01", "2026-12-31"),
        ("pakistan", "diplomatic-relations", "armenia", "2025-08-31", None),
    ]


def test_relations_as_of_a_date_drop_those_not_yet_begun_or_ended(conn: sqlite3.Connection) -> None:
    relations = queries.list_relations(conn, "pakistan", as_of="2020-10-19")
    assert _ids(relations) == [
        "islamabad-located-in-pakistan",
        "rawalpindi-located-in-pakistan",
        "pakistan-supports-azerbaijan",
        "pakistan-member-un",
        "pakistan-member-nam",
        "pakistan-member-g77",
        "pakistan-member-oic",
        "pakistan-does-not-recognise-armenia",
        "nadeem-raza-cjcsc-pakistan",
        "ali-alizade-ambassador-to-pakistan",
    ]


# The Council on 19 October 2020: five permanent members and ten elected ones.
COUNCIL_19_OCTOBER_2020 = [
    "belgium",
    "china",
    "dominican-republic",
    "estonia",
    "france",
    "germany",
    "indonesia",
    "niger",
    "russia",
    "saint-vincent-and-the-grenadines",
    "south-africa",
    "tunisia",
    "united-kingdom",
    "united-states",
    "vietnam",
]


def test_members_of_the_council_on_a_day(conn: sqlite3.Connection) -> None:
    assert _ids(queries.list_members(conn, "unsc", "2020-10-19")) == COUNCIL_19_OCTOBER_2020


def test_members_in_a_year_are_everyone_who_sat_during_it(conn: sqlite3.Connection) -> None:
    in_2020 = _ids(queries.list_members(conn, "unsc", "2020"))
    assert len(in_2020) == 15
    assert set(COUNCIL_19_OCTOBER_2020) <= set(in_2020)


def test_list_actors_of_members_keeps_a_kind_filter(conn: sqlite3.Connection) -> None:
    assert queries.list_actors(conn, kinds=["state"], member_of="unsc", as_of="2020-10-19") == queries.list_members(
        conn, "unsc", "2020-10-19"
    )


# --- matrix, citations, completion, graph --------------------------------------------------------


def test_stance_matrix_has_a_stance_or_none_for_each_topic_shown(conn: sqlite3.Connection) -> None:
    topics, rows = queries.stance_matrix(conn, topic_ids=["ceasefire", "territorial-integrity-azerbaijan"])
    assert [topic.id for topic in topics] == ["ceasefire", "territorial-integrity-azerbaijan"]
    pakistan = next(row for row in rows if row.actor_id == "pakistan")
    assert pakistan.actor_name == "Pakistan"
    assert pakistan.stances == {"ceasefire": None, "territorial-integrity-azerbaijan": "supports"}
    assert all(list(row.stances) == ["ceasefire", "territorial-integrity-azerbaijan"] for row in rows)


def test_stance_matrix_rows_are_actors_with_a_position_in_id_order(conn: sqlite3.Connection) -> None:
    _, rows = queries.stance_matrix(conn, actor_kinds=["state"])
    ids = [row.actor_id for row in rows]
    assert ids == sorted(ids)
    assert ids[:3] == ["afghanistan", "albania", "algeria"]
    assert all(any(stance is not None for stance in row.stances.values()) for row in rows)


def test_cite_record_gives_every_citation_of_the_record(conn: sqlite3.Connection) -> None:
    (cited,) = queries.cite_record(conn, "2020-11-10-trilateral-statement")
    assert (cited.type, cited.id) == ("event", "2020-11-09-trilateral-statement")  # the old id resolves to the new
    assert [(c.source_id, c.locator, c.note) for c in cited.citations] == [
        (
            "armenia-pm-2020-11-10-statement",
            "https://www.primeminister.am/en/press-release/item/2020/11/10/Announcement/%20%20%20%20%20%20%20%20%20statement",
            "text of the statement",
        ),
        ("ponars-704", "¶1", "“a fourth, Russian-brokered ceasefire”"),
        ("ponars-704", "¶3", "peacekeepers; see erratum peacekeepers"),
        (
            "commonspace-2020-11-15-kelbajar",
            "https://www.commonspace.eu/news/hand-over-kelbajar-azerbaijan-postponed-until-25-november",
            "Kalbajar deadline later moved to 25 November",
        ),
        (
            "sputnik-2020-11-11-memorandum",
            "https://sputnikglobe.com/amp/20201111/russia-turkey-sign-memorandum-on-creation-of-joint-centre-to-control-ceasefire-in-karabakh-1081132496.html",
            "1,960 peacekeepers",
        ),
    ]
    assert cited.citations[1] == Citation(
        source_id="ponars-704",
        source_title="The Second Nagorno-Karabakh War in a Global South Perspective",
        locator="¶1",
        url="https://www.ponarseurasia.org/the-second-nagorno-karabakh-war-in-a-global-south-perspective/",
        note="“a fourth, Russian-brokered ceasefire”",
    )
    assert isinstance(cited, CitedRecord)


def test_cite_record_of_an_uncited_id_is_not_found(conn: sqlite3.Connection) -> None:
    with pytest.raises(NotFoundError, match=r"^no record with id 'nothing-here' has citations; "):
        queries.cite_record(conn, "nothing-here")


@pytest.mark.parametrize(
    ("what", "words"),
    [
        ("stance", ["supports", "opposes", "neutral", "ambiguous"]),
        (
            "actor-kind",
            [
                "state",
                "quasi-state",
                "subnational",
                "organisation",
                "un-body",
                "party",
                "person",
                "place",
                "armed-group",
                "media",
                "agency",
                "ngo",
            ],
        ),
        (
            "topic",
            [
                "ceasefire",
                "humanitarian-access",
                "minsk-group-mediation",
                "non-interference",
                "recognition-of-artsakh",
                "remedial-secession",
                "responsibility-to-protect",
                "self-determination-nagorno-karabakh",
                "territorial-integrity-azerbaijan",
                "unsc-1993-resolutions",
            ],
        ),
    ],
)
def test_completion_words_of_closed_lists(conn: sqlite3.Connection, what: str, words: list[str]) -> None:
    assert queries.completion_words(conn, what) == words


def test_actor_completion_offers_ids_and_one_word_aliases_only(conn: sqlite3.Connection) -> None:
    words = queries.completion_words(conn, "actor")
    assert {"pakistan", "nkr", "Artsakh"} <= set(words)
    assert [word for word in words if " " in word] == []


def test_citable_completion_offers_every_cited_record_id(conn: sqlite3.Connection) -> None:
    words = set(queries.completion_words(conn, "citable"))
    cited = {row[0] for row in conn.execute("SELECT DISTINCT record_id FROM citations")}
    assert cited <= words
    assert "2020-11-09-trilateral-statement" in words


def test_graph_records_of_an_actor(conn: sqlite3.Connection) -> None:
    records = queries.graph_records(conn, "pakistan", [], None, events=True)
    assert list(records) == ["relations", "positions", "events", "actor_kinds", "focus"]
    assert records["relations"] == queries.list_relations(conn, "pakistan")
    assert records["positions"] == queries.list_positions(conn, actor_ids=["pakistan"])
    assert records["events"] == queries.list_events(conn, actor_ids=["pakistan"])
    assert records["actor_kinds"]["pakistan"] == "state"
    assert records["focus"] == "pakistan"


def test_graph_records_of_a_topic_hold_only_stances(conn: sqlite3.Connection) -> None:
    records = queries.graph_records(conn, None, ["ceasefire"], "2020-10-19", events=True)
    assert records["relations"] == [] and records["events"] == []
    assert records["positions"] == queries.list_positions(conn, topic_ids=["ceasefire"], as_of="2020-10-19")
    assert {p.topic_id for p in records["positions"]} == {"ceasefire"}
    assert records["focus"] is None


def test_graph_records_without_events(conn: sqlite3.Connection) -> None:
    assert queries.graph_records(conn, "pakistan", [], None, events=False)["events"] == []
