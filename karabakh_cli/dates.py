"""Partial ISO dates ('2020', '2020-10', '2020-10-19'): parse, precision, interval, display."""

from __future__ import annotations

import re
from datetime import date as _date
from datetime import timedelta

_SHAPE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", re.ASCII)
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
ACCEPTED = "YYYY, YYYY-MM or YYYY-MM-DD (e.g. 2020, 2020-10, 2020-10-19)"


def parse_date(text: str) -> str:
    """Return the partial date unchanged if it is a real date of its precision; else raise ValueError."""
    match = _SHAPE.fullmatch(text.strip())
    if not match:
        raise ValueError(f"{text!r} is not a date; use {ACCEPTED}")
    year, month, day = (int(part) if part else None for part in match.groups())
    if year == 0:
        raise ValueError(f"{text!r} has no year 0000")
    if month is not None and not 1 <= month <= 12:
        raise ValueError(f"{text!r} has no month {month:02d}")
    if day is not None and year is not None and month is not None and not 1 <= day <= month_length(year, month):
        raise ValueError(f"{text!r} is not a calendar day")
    return match.group(0)


def is_date(value: object) -> bool:
    """True when value is a partial date exactly as kcli stores one: a real calendar date of its precision,
    ASCII digits only, nothing around it ('0000-00-00', '2020-00', '2020-02-30' and full-width digits fail)."""
    if not isinstance(value, str):
        return False
    try:
        return parse_date(value) == value
    except ValueError:
        return False


def parse_option(value: str | None, option: str) -> str | None:
    """The partial date given to option, checked (None stays None); UsageError names the option when it
    is not a date."""
    from karabakh_cli.errors import UsageError

    if value is None:
        return None
    try:
        return parse_date(value)
    except ValueError as error:
        raise UsageError(f"{option}: {error}") from error


def month_length(year: int, month: int) -> int:
    """The number of days in a month (datetime, which every run loads anyway; calendar would cost an import)."""
    if month == 12:
        return 31
    return (_date(year, month + 1, 1) - timedelta(days=1)).day


def precision(date: str) -> str:
    """Return 'year', 'month' or 'day' from the shape of a partial date."""
    return {4: "year", 7: "month", 10: "day"}[len(date)]


def first_day(date: str) -> str:
    """Return the first day a partial date covers, as YYYY-MM-DD."""
    return date + {4: "-01-01", 7: "-01", 10: ""}[len(date)]


def last_day(date: str) -> str:
    """Return the last day a partial date covers, as YYYY-MM-DD."""
    if len(date) == 4:
        return date + "-12-31"
    if len(date) == 7:
        year, month = int(date[:4]), int(date[5:7])
        return f"{date}-{month_length(year, month):02d}"
    return date


def format_date(date: str) -> str:
    """Show a partial date at its precision: '2020', 'Oct 2020', '19 Oct 2020'; a stored value that is no
    date (from a stranger's database) as itself, marked: '2020-02-30 (not a date)'."""
    if not is_date(date):
        return f"{date} (not a date)"
    if len(date) == 4:
        return date
    month = _MONTHS[int(date[5:7]) - 1]
    if len(date) == 7:
        return f"{month} {date[:4]}"
    return f"{int(date[8:10])} {month} {date[:4]}"


def format_span(date: str | None, end_date: str | None) -> str:
    """Show a date or a range of partial dates; an empty string when undated."""
    if date is None:
        return "" if end_date is None else f"until {format_date(end_date)}"
    if end_date is None or end_date == date:
        return format_date(date)
    start, end = format_date(date), format_date(end_date)
    if not (is_date(date) and is_date(end_date)):
        return f"{start} – {end}"
    if len(date) == len(end_date) > 4 and date[:4] == end_date[:4]:
        # Same year: say it once ('17–18 Oct 2020', '27 Sep – 10 Nov 2020', 'May – Jun 2011').
        same_month = len(date) == 10 and date[:7] == end_date[:7]
        start = start.split(" ")[0] if same_month else start.rsplit(" ", 1)[0]
        return f"{start}–{end}" if same_month else f"{start} – {end}"
    return f"{start} – {end}"


def day_number(day: str) -> int:
    """The proleptic Gregorian ordinal of a YYYY-MM-DD day (1 for 0001-01-01), for range indexes."""
    year, month, date = int(day[:4]), int(day[5:7]), int(day[8:10])
    return _date(year, month, date).toordinal()


# The bounds of an open span: before every date and after every date (as YYYY-MM-DD strings).
BEGINNING = "0000-01-01"
EVER = "9999-12-31"


def span(date: str | None, end_date: str | None, open_ended: bool = False) -> tuple[str, str]:
    """Return the first and last day a dated record covers, as YYYY-MM-DD.

    A record spans its date to its end date, or its date alone. An open-ended record (a membership, a
    stance) without a date held from the beginning, and without an end date holds still."""
    if date is None and not open_ended:
        raise ValueError("a date is required")
    start = first_day(parse_date(date)) if date is not None else BEGINNING
    last = end_date if end_date is not None else (None if open_ended else date)
    return start, last_day(parse_date(last)) if last is not None else EVER


def window(start: str | None, end: str | None) -> tuple[str, str]:
    """Return the first and last day of a window of partial dates (either end open); ValueError if
    it ends before it starts."""
    first = first_day(start) if start else BEGINNING
    last = last_day(end) if end else EVER
    if first > last:
        raise ValueError(f"{start} is after {end}")
    return first, last


def sort_day(date: str | None) -> str:
    """Where a dated record sorts: the last day its date covers, so that a record known only to the
    month or year follows the records dated to the days of that month or year ('2020' after
    '2020-10-19'); an undated record sorts first."""
    return last_day(date) if date is not None else BEGINNING
