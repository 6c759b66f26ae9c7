import pytest
from hypothesis import given
from hypothesis import strategies as st

from karabakh_cli.dates import first_day, format_date, format_span, last_day, month_length, parse_date, precision


@pytest.mark.parametrize(
    ("text", "expected"), [("2020", "year"), ("2020-10", "month"), ("2020-10-19", "day"), ("2020-02-29", "day")]
)
def test_precision_follows_shape(text: str, expected: str) -> None:
    assert precision(parse_date(text)) == expected


@pytest.mark.parametrize(
    "text", ["2020-02-30", "2021-02-29", "2020-13", "2020-00", "0000", "20-10-19", "2020/10/19", ""]
)
def test_impossible_or_malformed_dates_are_rejected(text: str) -> None:
    with pytest.raises(ValueError):
        parse_date(text)


def test_partial_dates_cover_their_whole_period() -> None:
    assert (first_day("2020"), last_day("2020")) == ("2020-01-01", "2020-12-31")
    assert (first_day("2020-02"), last_day("2020-02")) == ("2020-02-01", "2020-02-29")
    assert (first_day("2020-10-19"), last_day("2020-10-19")) == ("2020-10-19", "2020-10-19")


def test_month_lengths_agree_with_the_calendar_module_in_every_year() -> None:
    import calendar

    for year in range(1, 10_000):
        for month in range(1, 13):
            assert month_length(year, month) == calendar.monthrange(year, month)[1], (year, month)


def test_dates_display_at_their_precision() -> None:
    assert [format_date(d) for d in ("2020", "2020-10", "2020-10-09")] == ["2020", "Oct 2020", "9 Oct 2020"]
    assert format_span("2020-10-17", "2020-10-18") == "17–18 Oct 2020"
    assert format_span("2020-09-27", "2020-11-10") == "27 Sep – 10 Nov 2020"
    assert format_span("2011-05", "2011-06") == "May – Jun 2011"
    assert format_span("2008", "2018") == "2008 – 2018"
    assert format_span("2019-10-25", "2023-12-31") == "25 Oct 2019 – 31 Dec 2023"
    assert format_span(None, None) == ""


@given(st.dates())
def test_every_real_day_round_trips_at_each_precision(day) -> None:
    text = day.isoformat()
    for partial in (text[:4], text[:7], text):
        if partial.startswith("0000"):
            continue
        assert parse_date(partial) == partial
        assert first_day(partial) <= text <= last_day(partial)
