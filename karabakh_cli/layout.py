"""One layout for every list kcli prints: each list declares its columns with a role, and the layout sizes
them at the width it is drawn at.

- A SHORT column (a date, kind, id, status, count, hash, path) is as wide as the widest value shown, and never
  broken inside a value.
- The ANSWER column (a title, stance, correction, name) is never dropped; it takes the room left and wraps,
  up to its number of lines, then ends with "…". Never a silent crop.
- A TEXT column wraps like the answer but yields to it: it may be dropped.
- Columns with a drop rank go, lowest rank first, while the answer and text columns would get less than
  their minimum width; a dropped column may leave a note (how else to see it), and a column's legend is
  printed only while it is shown, and only for the marks that appear in it.
"""

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field

from rich import box
from rich.cells import cell_len
from rich.console import Console, ConsoleOptions, JustifyMethod, RenderableType
from rich.table import Table
from rich.text import Text

SHORT, ANSWER, TEXT = "short", "answer", "text"
# The least an answer column is given before other columns drop; and a text column.
ANSWER_MIN = 20
TEXT_MIN = 10
# A word up to this long (not a URL) is kept whole: its column is at least that wide, or other columns drop.
LONGEST_KEPT_WORD = 20


@dataclass(frozen=True)
class Column:
    """One column of a list: its header, its role (SHORT, ANSWER or TEXT), when it drops (rank 1 first; 0
    never), how many lines a wrapping cell may take (0: all), a note shown when dropped, and a legend of
    the marks it may hold."""

    header: str
    role: str = SHORT
    drop: int = 0
    lines: int = 1
    justify: JustifyMethod = "left"
    minimum: int = 0
    dropped_note: str = ""
    legend: dict[str, str] = field(default_factory=dict)


@dataclass
class Listing:
    """A titled list of rows under declared columns, laid out when drawn (see the module's rules)."""

    title: str
    columns: Sequence[Column]
    rows: list[list[Text]] = field(default_factory=list)
    footer: str = ""
    # Off where several lists share one legend (a profile's previews): see legend().
    notes: bool = True
    # Set by layout when even the columns that never drop are wider than the terminal: then every column
    # wraps between words (a very narrow terminal), rather than anything being cropped.
    squeezed: bool = False

    def add_row(self, *cells: Text) -> None:
        assert len(cells) == len(self.columns)
        self.rows.append(list(cells))

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> Iterator[RenderableType]:
        shown, widths = self.layout(options.max_width)
        table = Table(
            title=self.title or None, title_justify="left", title_style="", box=box.SIMPLE_HEAD,
            show_edge=False, pad_edge=False, padding=(0, 1, 0, 0), expand=False, header_style="bold",
        )  # fmt: skip
        for index in shown:
            column = self.columns[index]
            table.add_column(
                column.header, justify=column.justify, width=widths[index],
                no_wrap=self._fixed(index), overflow="fold",
            )  # fmt: skip
        for row in self.rows:
            table.add_row(*[self._fit(console, row[index], index, widths[index]) for index in shown])
        yield table
        if self.notes:
            yield from self._notes(shown)

    def layout(self, width: int) -> tuple[list[int], dict[int, int]]:
        """The columns shown (indexes) and the width of each, for a total width."""
        shown = list(range(len(self.columns)))
        natural = {index: self._natural(index) for index in shown}
        droppable = sorted((i for i in shown if self.columns[i].drop), key=lambda i: self.columns[i].drop)
        while droppable and not self._fits(shown, natural, width):
            shown.remove(droppable.pop(0))
        shown = self._restore(shown, natural, width)
        self.squeezed = self.squeezed or not self._fits(shown, natural, width)
        if self.squeezed:  # short columns wrap too, down to their longest word or half their width
            natural = {
                i: min(w, max(self._longest_word(i), (w + 1) // 2)) if self._short(i) else w for i, w in natural.items()
            }
            widths = {i: natural[i] for i in shown if self._short(i)}
            room = width - _overhead(len(shown)) - sum(widths.values())
            flexible = [i for i in shown if not self._short(i)]
        else:
            room = width - _overhead(len(shown)) - sum(natural[i] for i in shown if self._fixed(i))
            flexible = [i for i in shown if not self._fixed(i)]
            widths = {i: natural[i] for i in shown if self._fixed(i)}
        widths.update(_share(room, {i: natural[i] for i in flexible}, {i: self._minimum(i) for i in flexible}))
        return shown, widths

    def _restore(self, shown: list[int], natural: dict[int, int], width: int) -> list[int]:
        """Columns dropped on the way that fit again once a wider one went, most important first."""
        dropped = sorted(set(range(len(self.columns))) - set(shown), key=lambda i: -self.columns[i].drop)
        for index in dropped:
            trial = sorted([*shown, index])
            if self._fits(trial, natural, width):
                shown = trial
        return shown

    def _fits(self, shown: Sequence[int], natural: dict[int, int], width: int) -> bool:
        room = width - _overhead(len(shown)) - sum(natural[i] for i in shown if self._fixed(i))
        return room >= sum(min(natural[i], self._minimum(i)) for i in shown if not self._fixed(i))

    def legend(self, shown: Sequence[int]) -> list[str]:
        """The meanings of the marks that appear in the columns shown."""
        meanings = []
        for index in shown:
            column = self.columns[index]
            present = "".join(row[index].plain for row in self.rows) if column.legend else ""
            meanings += [f"{mark} {meaning}" for mark, meaning in column.legend.items() if mark in present]
        return meanings

    def dropped_notes(self, shown: Sequence[int]) -> list[str]:
        """What the columns not shown say about seeing them another way."""
        return [column.dropped_note for i, column in enumerate(self.columns) if i not in shown and column.dropped_note]

    def _short(self, index: int) -> bool:
        return self.columns[index].role == SHORT

    def _fixed(self, index: int) -> bool:
        """A column as wide as its widest value, never wrapped: a short one, unless the list is squeezed."""
        return self._short(index) and not self.squeezed

    def _longest_word(self, index: int) -> int:
        words = (word for row in self.rows for word in row[index].plain.split())
        return max((cell_len(word) for word in words), default=0)

    def _minimum(self, index: int) -> int:
        """The least a wrapping column is given before others drop: its declared minimum, and room for its
        longest word up to LONGEST_KEPT_WORD (a word wider than its column would be split)."""
        column = self.columns[index]
        words = (word for row in self.rows for word in row[index].plain.split())
        longest = max((cell_len(word) for word in words), default=0)
        return max(
            column.minimum or (ANSWER_MIN if column.role == ANSWER else TEXT_MIN), min(longest, LONGEST_KEPT_WORD)
        )

    def _natural(self, index: int) -> int:
        """The width a column wants: its widest line, header included."""
        cells = [Text(self.columns[index].header), *(row[index] for row in self.rows)]
        return max(max((cell_len(line) for line in cell.plain.splitlines()), default=0) for cell in cells)

    def _fit(self, console: Console, cell: Text, index: int, width: int) -> Text:
        """A wrapping cell cut to its column's number of lines, the last ending with … when cut."""
        limit = self.columns[index].lines
        if self._short(index) or not limit:  # a short value is never cut, even when squeezed
            return cell
        lines = cell.wrap(console, width, overflow="fold")
        if len(lines) <= limit:
            return cell
        kept = list(lines)[:limit]
        for line in kept:  # a wrapped line keeps the space it broke at, which would wrap it again
            line.rstrip()
        last = kept[-1]
        last.truncate(width - 1)
        last.rstrip()
        last.append("…")
        return Text("\n").join(kept)

    def _notes(self, shown: Sequence[int]) -> Iterator[Text]:
        """The legends of the marks shown, the notes of the columns dropped, then the footer."""
        legend = self.legend(shown)
        lines = (
            ([" · ".join(legend)] if legend else [])
            + self.dropped_notes(shown)
            + ([self.footer] if self.footer else [])
        )
        if lines and self.rows:
            yield Text("\n".join(lines), style="dim")


@dataclass
class Legend:
    """One legend for several lists drawn together (a profile's previews): the meanings of the marks they
    show at the width drawn, each once, and the notes of their dropped columns, then a footer."""

    listings: Sequence[Listing]
    footer: str = ""

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> Iterator[RenderableType]:
        found: set[str] = set()
        dropped: dict[str, None] = {}
        for listing in self.listings:
            shown = listing.layout(options.max_width)[0]
            found.update(listing.legend(shown))
            dropped.update(dict.fromkeys(listing.dropped_notes(shown)))
        # In the order the legends declare them, each once.
        declared = [f"{mark} {meaning}" for s in self.listings for c in s.columns for mark, meaning in c.legend.items()]
        meanings = [meaning for meaning in dict.fromkeys(declared) if meaning in found]
        lines = ([" · ".join(meanings)] if meanings else []) + list(dropped) + ([self.footer] if self.footer else [])
        yield Text("\n".join(lines), style="dim")


def _overhead(count: int) -> int:
    """Characters a table spends around its cells: two spaces between columns (a cell's right padding and
    the box's blank separator), nothing at the table's edges."""
    return max(2 * count - 2, 0)


def _share(room: int, wanted: dict[int, int], minimum: dict[int, int]) -> dict[int, int]:
    """Room shared among wrapping columns: each first gets its minimum (or less, if it wants less), then
    the rest goes evenly to those that want more, none beyond what it wants."""
    widths = {key: min(width, minimum[key]) for key, width in wanted.items()}
    if sum(widths.values()) > room:  # a very narrow terminal: the minimums shrink in proportion
        total = sum(widths.values())
        return {key: max(width * room // total, 1) for key, width in widths.items()}
    left = room - sum(widths.values())
    hungry = [key for key in wanted if wanted[key] > widths[key]]
    while left > 0 and hungry:
        step = max(left // len(hungry), 1)
        for key in hungry:
            grant = min(step, wanted[key] - widths[key], left)
            widths[key] += grant
            left -= grant
        hungry = [key for key in hungry if wanted[key] > widths[key]]
    return widths
