"""The data rules of checks.py: each one names the record that breaks it, and the warnings a reviewer reads
fail nothing.

Most rules are tried on a copy of one database built from the seed, changed by SQL (a copy and a check
take a fraction of a build); the rules that read what the build derives (spans, for the Council's size)
and the build's own refusal are tried by building a changed seed."""

import re
import shutil
import sqlite3
from datetime import date
from pathlib import Path

import pytest

from karabakh_cli.build import build_database
from karabakh_cli.checks import SOURCES_ENV, check_database, review_database
from karabakh_cli.errors import BuildError

from conftest import SEED

MEMO_TEXT = SEED.resolve().parent.parent.parent / "shared" / "sources" / "ponars-704.md"


@pytest.fixture(autouse=True)
def no_sources(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """Point KCLI_SOURCES at an empty directory, so only the tests that give the memo's text check quotes."""
    empty = tmp_path / "no-sources"
    empty.mkdir()
    monkeypatch.setenv(SOURCES_ENV, str(empty))
    return empty


@pytest.fixture
def memo_sources(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """A sources directory holding the memo's text (skipped where the text is not at hand)."""
    if not MEMO_TEXT.is_file():
        pytest.skip(f"the memo's text is not at {MEMO_TEXT}")
    sources = tmp_path / "sources"
    sources.mkdir()
    shutil.copy(MEMO_TEXT, sources / MEMO_TEXT.name)
    monkeypatch.setenv(SOURCES_ENV, str(sources))
    return sources


def _build(tmp_path: Path, extra: str) -> Path:
    seed = tmp_path / "seed.sql"
    seed.write_text(SEED.read_text(encoding="utf-8") + extra, encoding="utf-8")
    output = tmp_path / "out.db"
    build_database(seed, output)
    return output


def _refused(tmp_path: Path, extra: str, message: str) -> None:
    """Building the seed with extra appended fails, saying message (a regular expression)."""
    with pytest.raises(BuildError, match=message):
        _build(tmp_path, extra)


def _changed(fresh_db: Path, tmp_path: Path, sql: str) -> sqlite3.Connection:
    """A copy of the built database, changed by sql."""
    copy = tmp_path / "changed.db"
    shutil.copy(fresh_db, copy)
    conn = sqlite3.connect(copy)
    conn.executescript(sql)
    return conn


def _found(fresh_db: Path, tmp_path: Path, sql: str, message: str, sources: Path | None = None) -> None:
    """The checks of a copy of the built database changed by sql name a problem matching message."""
    conn = _changed(fresh_db, tmp_path, sql)
    problems = check_database(conn, sources)
    conn.close()
    assert [problem for problem in problems if re.search(message, problem)], problems


def _clean(fresh_db: Path, tmp_path: Path, sql: str) -> None:
    """The changed copy breaks no rule (its content hash aside: the rows did change)."""
    conn = _changed(fresh_db, tmp_path, sql)
    problems = [problem for problem in check_database(conn) if not problem.startswith("content: ")]
    conn.close()
    assert problems == []


# --- 1. vote tallies ---------------------------------------------------------------------------------


def test_a_tally_that_disagrees_with_the_roll_call_fails(tmp_path: Path) -> None:
    extra = "UPDATE votes SET yes = 40 WHERE id = 'a-res-62-243';\n"
    _refused(tmp_path, extra, r"votes a-res-62-243: tally yes = 40, but 39 ballot\(s\) say yes")


# --- 2. fifteen Council members ----------------------------------------------------------------------


def test_a_council_with_fourteen_members_fails_once_per_run_of_days(tmp_path: Path) -> None:
    extra = "UPDATE relations SET end_date = '2021-06-30' WHERE id = 'niger-elected-member-unsc-2020';\n"
    with pytest.raises(BuildError) as raised:
        _build(tmp_path, extra)
    message = str(raised.value)
    assert "the Security Council (unsc) has 14 members on 2021-07-01 (through 2021-12-31)" in message
    assert message.count("Security Council (unsc)") == 1


def test_a_council_with_sixteen_members_fails(tmp_path: Path) -> None:
    extra = "UPDATE relations SET end_date = '2022-01-31' WHERE id = 'niger-elected-member-unsc-2020';\n"
    _refused(tmp_path, extra, r"has 16 members on 2022-01-01 \(through 2022-01-31\)")


# --- 3. lifetimes ------------------------------------------------------------------------------------


def test_a_membership_before_the_organisation_was_founded_fails(fresh_db: Path, tmp_path: Path) -> None:
    extra = "UPDATE relations SET date = '1950' WHERE id = 'cyprus-member-nam';\n"
    _found(
        fresh_db,
        tmp_path,
        extra,
        r"relations cyprus-member-nam: outside the lifetime of nam: starts 1950, before it began",
    )


def test_a_membership_in_the_founding_year_is_within_the_lifetime(fresh_db: Path, tmp_path: Path) -> None:
    # nam is dated 1961-09-01; a membership of 1961 may fit, since partial dates compare by span.
    extra = "UPDATE relations SET date = '1961' WHERE id = 'cyprus-member-nam';\n"
    _clean(fresh_db, tmp_path, extra)


def test_a_position_held_after_its_actor_ended_fails(fresh_db: Path, tmp_path: Path) -> None:
    extra = "UPDATE positions SET end_date = NULL WHERE id = 'nkr-self-determination';\n"
    _found(
        fresh_db,
        tmp_path,
        extra,
        r"positions nkr-self-determination: outside the lifetime of nkr: has no end date, but it ended 2024-01-01",
    )


def test_event_participation_before_an_actor_existed_fails(fresh_db: Path, tmp_path: Path) -> None:
    extra = "INSERT INTO event_actors (event_id, actor_id, role) VALUES ('1994-05-05-ceasefire', 'csto', 'mediator');\n"
    _found(fresh_db, tmp_path, extra, r"events 1994-05-05-ceasefire: outside the lifetime of csto")


def test_a_ballot_outside_its_voters_lifetime_fails(fresh_db: Path, tmp_path: Path) -> None:
    extra = "UPDATE actors SET date = '2010' WHERE id = 'azerbaijan';\n"
    _found(fresh_db, tmp_path, extra, r"votes a-res-62-243: outside the lifetime of azerbaijan: starts 2008-03-14")


# --- 4. statuses and their sources -------------------------------------------------------------------


def test_a_verified_record_cited_only_to_the_memo_fails(fresh_db: Path, tmp_path: Path) -> None:
    extra = "UPDATE events SET status = 'verified' WHERE id = '2000-pakistan-military-pledge';\n"
    _found(fresh_db, tmp_path, extra, r"events 2000-pakistan-military-pledge: verified, but cited only to the memo")


def test_an_unverified_record_cited_beyond_the_memo_fails(fresh_db: Path, tmp_path: Path) -> None:
    extra = "UPDATE events SET status = 'unverified' WHERE id = '2020-09-27-war';\n"
    _found(fresh_db, tmp_path, extra, r"events 2020-09-27-war: unverified, but cited to a source besides the memo")


# --- 5. errata ---------------------------------------------------------------------------------------


def test_an_erratum_quoting_words_its_paragraph_lacks_fails(fresh_db: Path, tmp_path: Path, memo_sources: Path) -> None:
    extra = "UPDATE errata SET says = '“6,000 Russian peacekeepers”' WHERE id = 'peacekeepers';\n"
    _found(
        fresh_db,
        tmp_path,
        extra,
        r"errata peacekeepers: ponars-704 ¶3 does not say '6,000 Russian peacekeepers'",
        memo_sources,
    )


def test_an_erratum_citing_the_wrong_paragraph_fails(fresh_db: Path, tmp_path: Path, memo_sources: Path) -> None:
    extra = "UPDATE errata SET locator = '¶4' WHERE id = 'peacekeepers';\n"
    _found(
        fresh_db,
        tmp_path,
        extra,
        r"errata peacekeepers: ponars-704 ¶4 does not say '5,000 Russian peacekeepers'",
        memo_sources,
    )


def test_the_seeds_errata_quote_the_memo(tmp_path: Path, memo_sources: Path) -> None:
    conn = sqlite3.connect(_build(tmp_path, ""))
    assert check_database(conn, memo_sources) == []
    assert not [warning for warning in review_database(conn, memo_sources) if "not checked" in warning]


def test_without_the_memos_text_the_quotes_are_skipped_with_a_warning(tmp_path: Path, no_sources: Path) -> None:
    extra = "UPDATE errata SET says = '“6,000 Russian peacekeepers”' WHERE id = 'peacekeepers';\n"
    conn = sqlite3.connect(_build(tmp_path, extra))
    skipped = f"errata quotes of ponars-704 not checked: ponars-704.md not found in {no_sources}"
    assert skipped in review_database(conn, no_sources)


def test_an_erratum_that_concerns_no_record_fails(fresh_db: Path, tmp_path: Path) -> None:
    extra = "DELETE FROM errata_records WHERE erratum_id = 'shougarian';\n"
    _found(fresh_db, tmp_path, extra, r"errata shougarian: concerns no record")


# --- 6. event ids ------------------------------------------------------------------------------------


def test_an_event_id_that_does_not_start_with_its_date_fails(fresh_db: Path, tmp_path: Path) -> None:
    extra = "UPDATE events SET date = '2020-10-11' WHERE id = '2020-10-10-moscow-ceasefire';\n"
    _found(
        fresh_db, tmp_path, extra, r"events 2020-10-10-moscow-ceasefire: id does not start with its date 2020-10-11-"
    )


def test_an_event_id_follows_its_dates_precision(fresh_db: Path, tmp_path: Path) -> None:
    extra = "UPDATE events SET date = '2020-10' WHERE id = '2020-10-10-moscow-ceasefire';\n"
    _clean(fresh_db, tmp_path, extra)


def test_a_renamed_event_answers_to_its_former_id(kcli, fresh_db: Path) -> None:
    event = kcli("--db", str(fresh_db), "event", "2020-11-10-trilateral-statement", "--json")
    assert event.exit_code == 0, event.stderr
    assert '"id": "2020-11-09-trilateral-statement"' in event.stdout
    cited = kcli("--db", str(fresh_db), "cite", "2020-war", "--json")
    assert cited.exit_code == 0, cited.stderr
    assert '"id": "2020-09-27-war"' in cited.stdout


# --- 7. cross-reference ids --------------------------------------------------------------------------


def test_two_states_with_one_iso3_fail(fresh_db: Path, tmp_path: Path) -> None:
    extra = "UPDATE actors SET iso3 = 'ARM' WHERE id = 'pakistan';\n"
    _found(fresh_db, tmp_path, extra, r"actors armenia, pakistan: share the ISO3 ARM")


def test_two_actors_with_one_qid_fail(fresh_db: Path, tmp_path: Path) -> None:
    extra = "UPDATE actors SET wikidata = 'Q399' WHERE id = 'pakistan';\n"
    _found(fresh_db, tmp_path, extra, r"actors armenia, pakistan: share the Wikidata id Q399")


def test_an_iso3_on_an_organisation_fails(fresh_db: Path, tmp_path: Path) -> None:
    extra = "UPDATE actors SET iso3 = 'XNA' WHERE id = 'nam';\n"
    _found(fresh_db, tmp_path, extra, r"actors nam: has ISO3 'XNA' but is a organisation, not a state")


def test_malformed_cross_reference_ids_are_named(fresh_db: Path, tmp_path: Path) -> None:
    # The seed's CHECK constraints keep these out; a database from elsewhere may not have them.
    copy = tmp_path / "copy.db"
    shutil.copy(fresh_db, copy)
    conn = sqlite3.connect(copy)
    conn.execute("PRAGMA ignore_check_constraints = ON")
    conn.execute("UPDATE actors SET iso3 = 'arm', wikidata = 'Q0399' WHERE id = 'armenia'")
    problems = check_database(conn)
    assert "actors armenia: ISO3 'arm' is not three capital letters" in problems
    assert "actors armenia: Wikidata id 'Q0399' is not Q and a number" in problems


# --- 8. warnings -------------------------------------------------------------------------------------


def test_open_ended_offices_older_than_ten_years_are_warnings(fresh_db: Path) -> None:
    conn = sqlite3.connect(fresh_db)
    warnings = review_database(conn, today=date(2026, 11, 29))
    assert (
        "relations ilham-aliyev-president-azerbaijan: open-ended since 2003-10-31, more than 10 years ago;"
        " still true?" in warnings
    )
    eve = review_database(conn, today=date(2013, 10, 30))
    assert not [warning for warning in eve if "ilham-aliyev-president-azerbaijan: open-ended" in warning]


def test_db_check_prints_warnings_after_problems_and_they_fail_nothing(kcli, fresh_db: Path, tmp_path: Path) -> None:
    clean = kcli("--db", str(fresh_db), "db", "check")
    assert clean.exit_code == 0, clean.stderr
    assert clean.stdout == ""
    assert "warning: relations ilham-aliyev-president-azerbaijan: open-ended since 2003-10-31" in clean.stderr
    broken = tmp_path / "broken.db"
    shutil.copy(fresh_db, broken)
    conn = sqlite3.connect(broken)
    conn.execute("UPDATE votes SET yes = 40 WHERE id = 'a-res-62-243'")
    conn.commit()
    conn.close()
    result = kcli("--db", str(broken), "db", "check")
    assert result.exit_code == 1
    assert "votes a-res-62-243: tally yes = 40, but 39 ballot(s) say yes" in result.stdout.splitlines()
    assert "warning: relations ilham-aliyev-president-azerbaijan" in result.stderr
    assert not [line for line in result.stdout.splitlines() if line.startswith("warning: ")]
