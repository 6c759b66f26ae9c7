"""Property tests through the real CLI (CliRunner): any text a user can type gets an answer or a one-line
error, never a traceback, and stdout carries nothing but data. Dates keep their interval rules.

Each property runs a few hundred examples; the whole file stays well under a minute on two cores.
"""

import json
import math
from datetime import date, timedelta
from functools import cache

import pytest
from hypothesis import HealthCheck, assume, example, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from karabakh_cli.cli import app
from karabakh_cli.dates import first_day, last_day, parse_date, precision
from karabakh_cli.queries import MEMBERSHIP_PREDICATES

RUNNER = CliRunner()
PROPERTY = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
LIGHT = settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def invoke(*args: str):
    # KCLI_DB is the conftest's: unset for the bundled database, or the one built for this session.
    return RUNNER.invoke(app, list(args), env={"COLUMNS": "120", "NO_COLOR": None})


def assert_well_behaved(result, *, as_json: bool):
    """The contract every command keeps for any input: a known exit code, no traceback, data only on stdout."""
    assert result.exit_code in (0, 1, 2), (result.exit_code, result.stderr)
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    assert "Traceback" not in result.stderr
    if result.exit_code == 0:
        if as_json:
            json.loads(result.stdout)
        else:
            assert result.stdout
    else:
        assert result.stdout == ""
        assert result.stderr.startswith("kcli: error: ")
        assert result.stderr.count("\n") == 1, result.stderr
    return result


def _json(*args: str):
    result = invoke(*args, "--json")
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)


# Data read once, when the first test needs it (never at import, so collection needs no database): the
# oracles below are computed from the records themselves.
@cache
def _labels() -> list[tuple[str, str]]:
    actors = _json("actors")
    return sorted(
        {(actor["name"], actor["id"]) for actor in actors}
        | {(alias["alias"], actor["id"]) for actor in actors for alias in actor["aliases"]}
    )


@cache
def _topics() -> list[str]:
    return [topic["id"] for topic in _json("topics")]


@cache
def _events() -> list[dict]:
    return _json("timeline")


# Strategies drawing from the data, built when first drawn from.
labels = st.deferred(lambda: st.sampled_from(_labels()))
topics = st.deferred(lambda: st.sampled_from(_topics()))

# Text as users type or paste it: anything at all, and strings that look nearly like the real thing.
any_text = st.text(max_size=60)
wild_text = st.one_of(
    any_text,
    st.text(alphabet=st.characters(codec="utf-8"), max_size=200),
    st.sampled_from(["", " ", "\t", "\n", "\x00", "*", '"', "[/x]", "[bold]", "\x1b[31m", "\r\n"]),
)
date_like = st.from_regex(r"\A\s?[0-9]{1,5}(-[0-9]{1,3}(-[0-9]{1,3})?)?\s?\Z")
real_day = st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 31))


@st.composite
def partial_dates(draw, days=real_day):
    """A valid partial date of any precision."""
    day = draw(days).isoformat()
    return day[: draw(st.sampled_from([4, 7, 10]))]


near_war = partial_dates(st.dates(min_value=date(1990, 1, 1), max_value=date(2027, 12, 31)))


# --- any text is handled -----------------------------------------------------------------------------


@pytest.mark.slow
@PROPERTY
@given(name=wild_text, as_json=st.booleans())
@example(name="[bold]pakistan[/bold]", as_json=False)
@example(name="x" * 100_000, as_json=True)
def test_any_text_as_an_actor_name(name: str, as_json: bool) -> None:
    args = ["actor", name, *(["--json"] if as_json else [])]
    assume(not name.startswith("-"))  # an option, not a name: covered by the usage tests
    result = assert_well_behaved(invoke(*args), as_json=as_json)
    if result.exit_code == 0 and as_json:
        assert json.loads(result.stdout)["matched"]["query"] == name


@pytest.mark.slow
@LIGHT
@given(label=labels, data=st.data())
def test_a_name_or_alias_typed_loosely_finds_its_actor(label: tuple[str, str], data) -> None:
    """Case, surrounding spaces and punctuation never matter: a pasted name finds its actor."""
    name, actor_id = label
    typed = "".join(ch.upper() if data.draw(st.booleans(), label="upper") else ch.lower() for ch in name)
    pad = st.sampled_from(["", " ", "  ", "\t", "\u00a0", "“", "”", "'", "(", ")", ".", ",", "–"])
    typed = data.draw(pad, label="before") + typed + data.draw(pad, label="after")
    result = assert_well_behaved(invoke("actor", typed, "--json"), as_json=True)
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["actor"]["id"] == actor_id


DATE_OPTIONS = [
    ("timeline", "--from"),
    ("timeline", "--to"),
    ("actors", "--as-of"),
    ("positions", "--as-of"),
    ("matrix", "--as-of"),
    ("actor pakistan", "--as-of"),
    ("actors --member unsc", "--as-of"),
]


@pytest.mark.slow
@PROPERTY
@given(where=st.sampled_from(DATE_OPTIONS), value=st.one_of(wild_text, date_like, partial_dates()))
def test_any_text_as_a_date_option(where: tuple[str, str], value: str) -> None:
    """Exit 0 exactly when the value is a real partial date, otherwise a usage error naming the option."""
    command, option = where
    assume(not value.startswith("-"))
    result = assert_well_behaved(invoke(*command.split(), option, value, "--json"), as_json=True)
    try:
        parse_date(value)
    except ValueError:
        assert result.exit_code == 2
        assert result.stderr.startswith(f"kcli: error: {option}: ")
    else:
        assert result.exit_code == 0, result.stderr


@pytest.mark.slow
@PROPERTY
@given(text=wild_text, as_json=st.booleans())
@example(text="ceasefi* “Moscow”", as_json=True)
def test_any_text_as_a_search_query(text: str, as_json: bool) -> None:
    assume(not text.startswith("-"))
    result = assert_well_behaved(invoke("search", text, *(["--json"] if as_json else [])), as_json=as_json)
    has_words = bool(text.replace("\x00", " ").split())
    assert result.exit_code == (0 if has_words else 2), result.stderr


@pytest.mark.slow
@PROPERTY
@given(command=st.sampled_from(["positions", "matrix"]), topic=st.one_of(wild_text, topics))
def test_any_text_as_a_topic(command: str, topic: str) -> None:
    assume(not topic.startswith("-"))
    result = assert_well_behaved(invoke(command, "--topic", topic, "--json"), as_json=True)
    if topic in _topics():
        assert result.exit_code == 0
    else:
        assert result.exit_code == 2
        assert result.stderr.startswith(f"kcli: error: unknown topic {topic!r}; accepted: ")


@pytest.mark.slow
@LIGHT
@given(command=st.sampled_from(["event", "cite"]), record_id=wild_text)
def test_any_text_as_a_record_id(command: str, record_id: str) -> None:
    assume(not record_id.startswith("-"))
    result = assert_well_behaved(invoke(command, record_id, "--json"), as_json=True)
    assert result.exit_code in (0, 1)


@pytest.mark.slow
@LIGHT
@given(
    command=st.sampled_from(["actors", "timeline", "positions", "matrix"]),
    kind=st.one_of(wild_text, st.sampled_from(["state", "person", "ceasefire", "war"])),
)
def test_any_text_as_a_kind(command: str, kind: str) -> None:
    assume(not kind.startswith("-"))
    assert_well_behaved(invoke(command, "--kind", kind, "--json"), as_json=True)


@pytest.mark.slow
@LIGHT
@given(query=wild_text)
@example(query="SELECT 1; SELECT 2")
@example(query="WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) SELECT count(*) FROM n")
def test_any_text_as_sql(query: str) -> None:
    assume(not query.startswith("-"))
    assert_well_behaved(invoke("sql", query, "--timeout", "0.5", "--json"), as_json=True)


sql_literal = st.one_of(
    st.none(),
    st.integers(min_value=-(2**63), max_value=2**63 - 1),
    st.floats(min_value=-1e15, max_value=1e15, allow_nan=False),
    st.text(alphabet=st.characters(codec="utf-8", exclude_characters="\x00"), max_size=30),
)


def _sql(value) -> str:
    if value is None:
        return "NULL"
    if isinstance(value, str):
        return "'" + value.replace("'", "''") + "'"
    return repr(value)


@pytest.mark.slow
@LIGHT
@given(values=st.lists(sql_literal, min_size=1, max_size=4))
@example(values=[6.928638539366752e-295])
def test_sql_values_come_back_as_the_same_json_values(values: list) -> None:
    columns = ", ".join(f"{_sql(value)} AS c{n}" for n, value in enumerate(values))
    result = assert_well_behaved(invoke("sql", f"SELECT {columns}", "--json"), as_json=True)
    assert result.exit_code == 0, result.stderr
    (row,) = json.loads(result.stdout, parse_constant=_reject_constant)
    assert list(row) == [f"c{n}" for n in range(len(values))]
    for got, value in zip(row.values(), values, strict=True):
        if isinstance(value, float):
            # SQLite's own text-to-double conversion may be off by one unit in the last place (seen at
            # 6.928638539366752e-295); JSON must carry the double SQLite computed, not a different number.
            assert isinstance(got, int | float) and math.isclose(got, value, rel_tol=1e-15, abs_tol=1e-300)
        else:
            assert got == value


def _reject_constant(name: str):
    raise ValueError(f"{name} is not JSON")


# --- partial dates ------------------------------------------------------------------------------------


@settings(max_examples=500, deadline=None)
@given(partial=partial_dates(), padding=st.sampled_from(["", " ", "\t", " \n"]))
def test_every_valid_partial_date_round_trips(partial: str, padding: str) -> None:
    assert parse_date(padding + partial + padding) == partial
    assert precision(partial) == {4: "year", 7: "month", 10: "day"}[len(partial)]
    assert parse_date(first_day(partial)) == first_day(partial)
    assert parse_date(last_day(partial)) == last_day(partial)


@settings(max_examples=500, deadline=None)
@given(partial=partial_dates())
def test_a_partial_date_is_an_interval_of_whole_days(partial: str) -> None:
    start, end = date.fromisoformat(first_day(partial)), date.fromisoformat(last_day(partial))
    assert start <= end
    if precision(partial) == "day":
        assert first_day(partial) == last_day(partial) == partial
    # Every day of the interval has the partial date as its prefix; the days just outside do not.
    assert start.isoformat().startswith(partial) and end.isoformat().startswith(partial)
    if start > date.min:
        assert not (start - timedelta(days=1)).isoformat().startswith(partial)
    if end < date.max:
        assert not (end + timedelta(days=1)).isoformat().startswith(partial)
    expected_days = {"day": {1}, "month": set(range(28, 32)), "year": {365, 366}}[precision(partial)]
    assert (end - start).days + 1 in expected_days


@settings(max_examples=500, deadline=None)
@given(day=real_day)
def test_a_day_lies_in_its_month_and_its_year(day: date) -> None:
    text = day.isoformat()
    year, month = text[:4], text[:7]
    assert first_day(year) <= first_day(month) <= text <= last_day(month) <= last_day(year)


def _overlaps(event: dict, start: str | None, end: str | None) -> bool:
    event_start, event_end = first_day(event["date"]), last_day(event["end_date"] or event["date"])
    return (start is None or event_end >= first_day(start)) and (end is None or event_start <= last_day(end))


@pytest.mark.slow
@settings(PROPERTY, max_examples=150)
@given(start=st.one_of(st.none(), near_war), end=st.one_of(st.none(), near_war))
@example(start="2020-10", end="2020-10")
@example(start="2020-10-19", end="2020-10-19")
def test_timeline_window_follows_the_interval_rules(start: str | None, end: str | None) -> None:
    """An event is shown exactly when its span overlaps the window; a window that ends before it starts is refused."""
    args = ["timeline", "--json"]
    args += ["--from", start] if start else []
    args += ["--to", end] if end else []
    result = assert_well_behaved(invoke(*args), as_json=True)
    if start and end and first_day(start) > last_day(end):
        assert result.exit_code == 2
        assert result.stderr == f"kcli: error: --from {start} is after --to {end}\n"
        return
    assert result.exit_code == 0, result.stderr
    shown = [event["id"] for event in json.loads(result.stdout)]
    assert shown == [event["id"] for event in _events() if _overlaps(event, start, end)]


@cache
def _memberships() -> list[dict]:
    return _json(
        "sql",
        "SELECT subject_id, date, end_date FROM relations WHERE object_id = 'unsc' AND predicate IN ({})".format(
            ", ".join(f"'{p}'" for p in MEMBERSHIP_PREDICATES)
        ),
    )


@pytest.mark.slow
@LIGHT
@given(as_of=near_war)
@example(as_of="2020-10-19")
@example(as_of="2021")
def test_membership_as_of_a_date_follows_the_interval_rules(as_of: str) -> None:
    """A member on a partial date is one whose membership overlaps any day of it."""
    members = {actor["id"] for actor in _json("actors", "--member", "unsc", "--as-of", as_of)}
    expected = {
        row["subject_id"]
        for row in _memberships()
        if (row["date"] is None or first_day(row["date"]) <= last_day(as_of))
        and (row["end_date"] is None or last_day(row["end_date"]) >= first_day(as_of))
    }
    assert members == expected


@pytest.mark.parametrize("partial", ["2020", "2020-02", "2021-02", "2020-10-19"])
def test_a_window_of_one_partial_date_is_accepted(partial: str) -> None:
    result = invoke("timeline", "--from", partial, "--to", partial, "--json")
    assert result.exit_code == 0, result.stderr
