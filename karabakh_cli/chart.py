"""Events to a chart of days or weeks in the terminal: a strip (one lane per kind of event) or a
histogram. Pure drawing: records in, lines out; no SQL. Letters carry the meaning, so the chart reads
the same without colour, and it fits the width it is given (80 columns and up)."""

import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING

from karabakh_cli.dates import first_day, format_date, format_span, last_day
from karabakh_cli.models import Event
from karabakh_cli.text import safe

if TYPE_CHECKING:
    from rich.text import Text

# The war's 44 days: the window drawn when none is asked for.
WAR_START, WAR_END = "2020-09-27", "2020-11-10"
BY_DAY, BY_WEEK = "day", "week"
STRIP, HISTOGRAM = "strip", "histogram"
# Below this many columns nothing useful fits; narrower widths are drawn at this width.
MIN_WIDTH = 40


@dataclass(frozen=True)
class Category:
    """A kind of event as the chart shows it: a letter, a name and the event kinds it covers."""

    letter: str
    name: str
    kinds: tuple[str, ...]


CATEGORIES = (
    Category("F", "fighting", ("war", "military")),
    Category("C", "ceasefires", ("ceasefire",)),
    Category("D", "diplomacy", ("meeting", "diplomatic", "statement", "resolution", "visit", "agreement")),
    Category("R", "recognitions", ("recognition",)),
    Category("P", "other", ("political", "institutional", "publication", "protest", "aid", "disaster")),
)
_OTHER = CATEGORIES[-1]


def category_of(event: Event) -> Category:
    """The chart category of an event: the first, top down, that any of its kinds (its own and its other
    kinds) belongs to, so an event is in the ceasefire lane exactly when kcli timeline --kind ceasefire
    lists it; kinds not listed count as other."""
    kinds = (event.kind, *event.other_kinds)
    return next((category for category in CATEGORIES if set(kinds) & set(category.kinds)), _OTHER)


# A line is a list of (text, style) segments; style is a category letter, "dim", "bold" or "".
Segment = tuple[str, str]
Line = list[Segment]


@dataclass(frozen=True)
class Bucket:
    """One column group of the chart: the days from first to last, inclusive."""

    first: date
    last: date


@dataclass(frozen=True)
class _Mark:
    """An event reduced to what the chart needs."""

    letter: str
    first: date
    last: date
    exact: bool  # dated to the day; otherwise it could fall on any day of its month or year


def draw_chart(
    events: Sequence[Event],
    start: str = WAR_START,
    end: str = WAR_END,
    by: str = BY_DAY,
    style: str = STRIP,
    width: int = 80,
) -> list[Line]:
    """Draw events between the partial dates start and end as styled lines no wider than width."""
    if by not in (BY_DAY, BY_WEEK):
        raise ValueError(f"by must be {BY_DAY!r} or {BY_WEEK!r}, not {by!r}")
    if style not in (STRIP, HISTOGRAM):
        raise ValueError(f"style must be {STRIP!r} or {HISTOGRAM!r}, not {style!r}")
    width = max(width, MIN_WIDTH)
    window_first, window_last = _day(first_day(start)), _day(last_day(end))
    if window_first > window_last:
        raise ValueError(f"{start} is after {end}")
    marks = [_mark(event) for event in events]
    marks = [mark for mark in marks if mark.last >= window_first and mark.first <= window_last]
    gutter = 2 + max(len(category.name) for category in CATEGORIES) + 2
    buckets, cell = _buckets(window_first, window_last, by, width - gutter)
    days = (window_last - window_first).days + 1
    span_text = f"{days} day{'s' * (days != 1)}"
    if (window_first.isoformat(), window_last.isoformat()) == (WAR_START, WAR_END):
        # The war's 44 days run from 27 September to the ceasefire at 00:00 Moscow time on 10 November;
        # the chart also draws that last day, when the statement took effect.
        span_text = "the war's 44 days and the day the ceasefire took effect"
    unit = "day" if by == BY_DAY else "week"
    per_bucket = (buckets[0].last - buckets[0].first).days + 1
    scale = "" if per_bucket == (1 if by == BY_DAY else 7) else f" (1 column = {per_bucket} days)"
    title = [
        f"{format_span(window_first.isoformat(), window_last.isoformat())}: {span_text}",
        f"by {unit}{scale}",
        f"{len(marks)} event{'s' * (len(marks) != 1)}",
    ]
    lines: list[Line] = _wrap([(part, "bold") for part in title], width, ", ")
    axis = _axis(buckets, cell, gutter)
    if style == STRIP:
        lines += axis + _strip(marks, buckets, cell, gutter)
    else:
        lines += _histogram(marks, buckets, cell, gutter, window_first) + axis
    lines.append([])
    lines += _legend(style, width)
    if marks:
        lines.append([])
        lines += _listing(events, window_first, window_last, width)
    return [_trim(line) for line in lines]


def _trim(line: Line) -> Line:
    """Drop the spaces at the end of a line, and segments left empty."""
    while line and not line[-1][0].rstrip():
        line = line[:-1]
    return [*line[:-1], (line[-1][0].rstrip(), line[-1][1])] if line else line


def chart_lines(
    events: Sequence[Event],
    start: str = WAR_START,
    end: str = WAR_END,
    by: str = BY_DAY,
    style: str = STRIP,
    width: int = 80,
) -> list[str]:
    """The chart as plain text lines."""
    lines = draw_chart(events, start, end, by, style, width)
    return ["".join(text for text, _ in line) for line in lines]


_STYLES = {"F": "red", "C": "green", "D": "blue", "R": "magenta", "P": "yellow", "dim": "dim", "bold": "bold"}


def render_chart(
    events: Sequence[Event],
    start: str = WAR_START,
    end: str = WAR_END,
    by: str = BY_DAY,
    style: str = STRIP,
    width: int = 80,
) -> "Text":
    """The chart as a Rich Text, letters coloured by category (the letters alone still tell them apart)."""
    from rich.text import Text

    text = Text(no_wrap=True, overflow="crop")
    for index, line in enumerate(draw_chart(events, start, end, by, style, width)):
        if index:
            text.append("\n")
        for part, style in line:
            text.append(safe(part), style=_STYLES.get(style, ""))
    return text


def _day(iso: str) -> date:
    return date.fromisoformat(iso)


def _mark(event: Event) -> _Mark:
    last = event.end_date or event.date
    return _Mark(
        category_of(event).letter,
        _day(first_day(event.date)),
        _day(last_day(last)),
        exact=len(event.date) == 10 and len(last) == 10,
    )


def _buckets(first: date, last: date, by: str, room: int) -> tuple[list[Bucket], int]:
    """Split the window into columns that fit room characters; return them and the cell width."""
    room = max(room, 10)
    days = (last - first).days + 1
    unit = 1 if by == BY_DAY else 7
    units = math.ceil(days / unit)
    # A day is one character; a week is up to 6, with a space after it.
    widest = 1 if by == BY_DAY else 7
    cell = max(1, min(widest, room // units))
    per = max(1, math.ceil(units / room)) * unit if cell == 1 else unit
    buckets = []
    day = first
    while True:
        # Compared as day counts, so the last bucket of 9999 never steps past date.max.
        end = last if (last - day).days < per else day + timedelta(days=per - 1)
        buckets.append(Bucket(day, end))
        if end == last:
            return buckets, cell
        day = end + timedelta(days=1)


def _axis(buckets: Sequence[Bucket], cell: int, gutter: int) -> list[Line]:
    """Two rows beside the plot: months where the month changes and day numbers as ticks; when a
    column spans more than a week, years and months instead."""
    upper, lower = [" "] * (len(buckets) * cell), [" "] * (len(buckets) * cell)
    per_bucket = (buckets[0].last - buckets[0].first).days + 1
    # Day numbers are up to two characters and need a space between them.
    step = max(math.ceil(3 / cell), 7 // per_bucket)
    previous: date | None = None
    for index, bucket in enumerate(buckets):
        column, first = index * cell, bucket.first
        month_label = format_date(first.isoformat()[:7])[:3]
        if per_bucket > 7:
            if previous is None or first.year != previous.year:
                _place(upper, column, str(first.year))
            if previous is None or (first.year, first.month) != (previous.year, previous.month):
                _place(lower, column, month_label)
        else:
            if previous is None or (first.year, first.month) != (previous.year, previous.month):
                new_year = previous is not None and first.year != previous.year
                _place(upper, column, f"{month_label} {first.year}" if new_year else month_label)
            if index % step == 0:
                _place(lower, column, str(first.day))
        previous = first
    pad = " " * gutter
    return [[(pad, ""), ("".join(upper).rstrip(), "dim")], [(pad, ""), ("".join(lower).rstrip(), "dim")]]


def _place(row: list[str], column: int, label: str) -> None:
    """Write label into row at column unless it would touch text already there or run off the end."""
    if column + len(label) > len(row):
        return
    if any(char != " " for char in row[max(0, column - 1) : column + len(label) + 1]):
        return
    row[column : column + len(label)] = list(label)


def _cell(count: int, letter: str, exact: bool, width: int) -> Segment:
    """What one cell shows: '·' for nothing, the letter once per event, or the letter and a count."""
    body = width - 1 if width >= 3 else width
    glyph = letter if exact else letter.lower()
    if count == 0:
        text = "·"
    elif count <= body:
        text = glyph * count
    elif body == 1:
        text = str(count) if count <= 9 else "+"
    else:
        text = f"{glyph}{count}" if len(f"{glyph}{count}") <= body else f"{glyph}+"
    return (text.ljust(width), letter if count else "dim")


def _strip(marks: Sequence[_Mark], buckets: Sequence[Bucket], cell: int, gutter: int) -> list[Line]:
    """One lane per category: in each column, the events of that kind that cover any of its days.

    Events dated only to a month or year count nowhere, since they may fall on any of their days; a
    lowercase letter marks the columns they may fall in where no event dated to the day is drawn."""
    lines = []
    for category in CATEGORIES:
        line: Line = [(f"{category.letter} {category.name}".ljust(gutter), category.letter)]
        for bucket in buckets:
            covering = [
                mark
                for mark in marks
                if mark.letter == category.letter and mark.first <= bucket.last and mark.last >= bucket.first
            ]
            exact = sum(1 for mark in covering if mark.exact)
            if exact:
                line.append(_cell(exact, category.letter, True, cell))
            else:
                line.append(_cell(1 if covering else 0, category.letter, False, cell))
        lines.append(line)
    return lines


def _histogram(
    marks: Sequence[_Mark], buckets: Sequence[Bucket], cell: int, gutter: int, window_first: date
) -> list[Line]:
    """Events counted in the column where they begin, stacked by category, the first at the bottom."""
    order = {category.letter: index for index, category in enumerate(CATEGORIES)}
    stacks: list[list[_Mark]] = [[] for _ in buckets]
    for mark in marks:
        begins = max(mark.first, window_first)
        index = next(i for i, bucket in enumerate(buckets) if bucket.first <= begins <= bucket.last)
        stacks[index].append(mark)
    for stack in stacks:
        stack.sort(key=lambda mark: (order[mark.letter], not mark.exact))
    height = max((len(stack) for stack in stacks), default=0)
    # Tall stacks are shown a row per several events, so the chart stays within a screen.
    per_row = max(1, math.ceil(height / 12))
    rows = math.ceil(height / per_row)
    body = cell - 1 if cell >= 3 else cell
    lines: list[Line] = []
    for row in range(rows, 0, -1):
        label = str(row * per_row) if row == rows or row == 1 or row % 5 == 0 else ""
        line: Line = [(f"{label:>{gutter - 2}} │", "dim")]
        for stack in stacks:
            shown = stack[::per_row]
            if len(shown) >= row:
                mark = shown[row - 1]
                line.append(((mark.letter if mark.exact else mark.letter.lower()) * body, mark.letter))
                line.append((" " * (cell - body), ""))
            else:
                line.append((" " * cell, ""))
        lines.append(line)
    lines.append([(" " * (gutter - 2) + " └" + "─" * (len(buckets) * cell), "dim")])
    if per_row > 1:
        lines.append([(" " * gutter + f"1 row = {per_row} events", "dim")])
    return lines


def _legend(style: str, width: int) -> list[Line]:
    """The letters and what they stand for, wrapped to width."""
    entries = [(f"{c.letter} {c.name} ({', '.join(c.kinds)})", c.letter) for c in CATEGORIES]
    notes = ["lowercase: dated only to the month or year"]
    if style == STRIP:
        notes = ["· none", "2-9: that many events in one cell", "lowercase: an event dated only to the month or year"]
    else:
        notes = ["each event counted where it begins", *notes]
    return _wrap(entries, width) + _wrap([(note, "dim") for note in notes], width)


def _wrap(entries: Sequence[Segment], width: int, separator: str = "   ") -> list[Line]:
    """Lay entries out left to right, separated, starting a new line where one would not fit."""
    lines: list[Line] = []
    line: Line = []
    used = 0
    for text, style_key in entries:
        text = text if len(text) <= width else text[: width - 1] + "…"
        if line and used + len(separator) + len(text) > width:
            lines.append(line)
            line, used = [], 0
        if line:
            line.append((separator, line[-1][1] if separator.strip() else ""))
            used += len(separator)
        line.append((text, style_key))
        used += len(text)
    if line:
        lines.append(line)
    return lines


def _listing(events: Sequence[Event], window_first: date, window_last: date, width: int) -> list[Line]:
    """The events drawn, one a line: letter, dates, title cut to fit."""
    shown = [event for event in events if (mark := _mark(event)).last >= window_first and mark.first <= window_last]
    spans = [format_span(event.date, event.end_date) for event in shown]
    span_width = max(len(span) for span in spans)
    lines = []
    for event, span in zip(shown, spans, strict=True):
        letter = category_of(event).letter
        room = width - (2 + span_width + 2)
        title = event.title if len(event.title) <= room else event.title[: max(room - 1, 0)] + "…"
        lines.append([(letter, letter), (" " + span.ljust(span_width) + "  ", "dim"), (title, "")])
    return lines
