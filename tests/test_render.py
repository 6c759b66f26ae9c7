"""karabakh_cli.render on its own: render functions called with records built here, printed on a fixed console
(80 columns, no colour) and compared as text. Trailing spaces are dropped before comparing (Rich pads cells to
the column width); every visible character counts."""

import io
import json

import pytest
from rich.cells import cell_len
from rich.console import Console, RenderableType

from karabakh_cli import render
from karabakh_cli.models import (
    Actor,
    Alias,
    Citation,
    CitedRecord,
    Erratum,
    Event,
    MatrixRow,
    Participant,
    RecordRef,
    SearchHit,
    Source,
    Topic,
)

MEMO = Citation(source_id="memo", source_title="A memo", locator="¶2", url=None, note=None)
PAGE = Citation(source_id="web", source_title="A page", locator="https://e.org/p", url="https://e.org/p", note="a note")
TROOPS = Erratum(
    id="e1",
    kind="wrong",
    source_id="memo",
    locator="¶2",
    says="5,000 troops",
    correction="1,960 troops",
    records=[RecordRef(type="event", id="ev1")],
    citations=[PAGE],
)
STATEMENT = Event(
    id="ev1",
    date="2020-11-10",
    end_date=None,
    precision="day",
    end_precision=None,
    span_start="2020-11-10",
    span_end="2020-11-10",
    kind="ceasefire",
    other_kinds=[],
    title="Statement",
    summary="Ends the war.",
    status="verified",
    scope="conflict",
    wikidata=None,
    participants=[Participant("arm", "Armenia", "signatory"), Participant("aze", "Azerbaijan", "signatory")],
    citations=[MEMO, PAGE],
    errata=[TROOPS],
)
# Markup and an escape sequence in a title: shown as written, the ESC as \x1b.
HOSTILE = STATEMENT._replace(
    id="ev2",
    date="2020-10",
    precision="month",
    end_precision=None,
    span_start="2020-10-01",
    span_end="2020-10-31",
    kind="statement",
    title="[bold]x[/bold]\x1b[31m",
    summary="Said.",
    status="unverified",
    participants=[],
    citations=[MEMO],
    errata=[],
)
ARMENIA = Actor(
    id="arm",
    name="Armenia",
    kind="state",
    summary="A state.",
    iso3="ARM",
    wikidata="Q399",
    region=None,
    subregion=None,
    latitude=None,
    longitude=None,
    date=None,
    end_date=None,
    precision=None,
    end_precision=None,
    span_start=None,
    span_end=None,
    aliases=[Alias("Hayastan", "native")],
    citations=[MEMO],
    errata=[],
)


def shown(renderable: RenderableType) -> str:
    """What a person sees: the renderable on an 80-column console without colour, trailing spaces dropped."""
    console = Console(
        width=80, no_color=True, record=True, file=io.StringIO(), highlight=False, markup=False, emoji=False
    )
    console.print(renderable)
    return "".join(line.rstrip() + "\n" for line in console.export_text().splitlines())


def test_full_timeline_is_a_block_an_event_then_errata_and_numbered_sources() -> None:
    assert (
        shown(render.render_timeline([STATEMENT, HOSTILE], full=True))
        == """\
Timeline (2 events)

10 Nov 2020 · ceasefire · ev1 ✓ ⚠ e1
    Statement
    Ends the war.
    Who:     Armenia (signatory), Azerbaijan (signatory)
    Sources: [1] [2]

Oct 2020 · statement · ev2 · ? the memo's claim only
    [bold]x[/bold]\\x1b[31m
    Said.
    Sources: [1]

Errata: where a source is wrong or unclear

⚠ e1 · wrong · memo ¶2
    5,000 troops
    Correction: 1,960 troops
    Concerns:   event ev1
    Sources:    [2]

Sources
[1] A memo, ¶2 (memo)
[2] A page (web) — a note
Links: kcli cite ID, or kcli sources --full
"""
    )


@pytest.mark.parametrize(
    ("renderable", "text"),
    [
        (render.render_timeline([]), "No events in this window.\n"),
        (render.render_positions([]), "No positions match.\n"),
        (render.render_matrix(([], [])), "No positions match.\n"),
        (render.render_search([]), "No matches.\n"),
        (render.render_errata([]), "No errata.\n"),
    ],
    ids=["timeline", "positions", "matrix", "search", "errata"],
)
def test_an_empty_result_is_one_sentence(renderable: RenderableType, text: str) -> None:
    assert shown(renderable) == text


def test_full_actors_show_aliases_under_the_name() -> None:
    azerbaijan = ARMENIA._replace(id="aze", name="Azerbaijan", aliases=[])
    assert (
        shown(render.render_actors([ARMENIA, azerbaijan], full=True))
        == """\
Actors (2)
Name and aliases  Kind   Region  Id
────────────────────────────────────
Armenia           state          arm
  Hayastan
Azerbaijan        state          aze
"""
    )


def test_matrix_draws_a_glyph_per_stance_and_a_legend() -> None:
    topics = [Topic("t1", "Ceasefire", "d", 2), Topic("t2", "Integrity", "d", 1)]
    rows = [
        MatrixRow("arm", "Armenia", "state", {"t1": "supports", "t2": None}),
        MatrixRow("aze", "Azerbaijan", "state", {"t1": "opposes", "t2": "ambiguous"}),
    ]
    assert (
        shown(render.render_matrix((topics, rows)))
        == """\
Who stood where
Actor       1  2
────────────────
Armenia     +  ·
Azerbaijan  −  ~
Topics: 1 Ceasefire; 2 Integrity
Stances: + supports, − opposes, 0 neutral, ~ ambiguous, · no position
"""
    )


def test_full_search_shows_the_snippet_without_its_marks() -> None:
    hit = SearchHit(type="event", id="ev1", title="Statement", snippet="the «ceasefire» holds", rank=-1.0, field="text")
    assert (
        shown(render.render_search([hit], full=True))
        == """\
Matches (1)

event · ev1
    Statement
    the ceasefire holds

"""
    )


def test_full_sources_are_blocks_with_details_under_the_title() -> None:
    memo = Source("memo", "memo", "A memo", "An Author", "A Press", "2020-11", None, 3)
    page = Source("web", "web", "A page", None, None, None, "https://e.org/p", 12)
    assert (
        shown(render.render_sources([memo, page], full=True))
        == """\
Sources (2)

memo · memo · cited 3
    A memo
    An Author, A Press, 2020-11

web · web · cited 12
    A page
    https://e.org/p

"""
    )


def test_citations_number_each_source_with_its_locator_and_note() -> None:
    assert (
        shown(render.render_citations([CitedRecord("event", "ev1", [MEMO, PAGE])]))
        == """\
Citations of event ev1
[1] A memo (memo)
    ¶2
[2] A page (web)
    https://e.org/p
    a note

"""
    )


def test_full_errata_are_blocks_that_number_their_own_sources() -> None:
    assert (
        shown(render.render_errata([TROOPS], full=True))
        == """\
Errata: where a source is wrong or unclear

⚠ e1 · wrong · memo ¶2
    5,000 troops
    Correction: 1,960 troops
    Concerns:   event ev1
    Sources:    [1]

Sources
[1] A page (web) — a note
Links: kcli cite ID, or kcli sources --full
"""
    )


def test_topics_show_the_id_that_topic_takes_and_right_align_the_count() -> None:
    assert (
        shown(render.render_topics([Topic("t1", "Ceasefire", "An end to fighting.", 2)]))
        == """\
Topics
Id  Positions  Topic
─────────────────────────────────────────────
t1          2  Ceasefire: An end to fighting.
"""
    )


def test_a_long_summary_wraps_inside_80_columns() -> None:
    long = STATEMENT._replace(summary="word " * 40, participants=[], errata=[], citations=[])
    lines = shown(render.render_timeline([long], full=True)).splitlines()
    assert max(len(line) for line in lines) <= 80
    assert sum("word" in line for line in lines) > 1


# --- compact views: one line a record (the default) --------------------------------------------------


def test_compact_timeline_shows_ids_where_they_fit_and_a_legend_of_the_marks_shown() -> None:
    assert (
        shown(render.render_timeline([STATEMENT, HOSTILE]))
        == """\
Timeline (2 events)
Date         Kind       Event                       Src  Id
────────────────────────────────────────────────────────────
10 Nov 2020  ceasefire  Statement               ✓⚠    2  ev1
Oct 2020     statement  [bold]x[/bold]\\x1b[31m  ?     1  ev2
✓ confirmed beyond the memo · ? the memo's claim only · ⚠ an erratum concerns it
--full for summaries, participants and sources
"""
    )


def test_compact_actors_leave_aliases_out() -> None:
    azerbaijan = ARMENIA._replace(id="aze", name="Azerbaijan", aliases=[])
    assert (
        shown(render.render_actors([ARMENIA, azerbaijan]))
        == """\
Actors (2)
Name        Kind   Region  Id
──────────────────────────────
Armenia     state          arm
Azerbaijan  state          aze
"""
    )


def test_compact_errata_show_what_a_source_says_and_the_correction() -> None:
    assert (
        shown(render.render_errata([TROOPS]))
        == """\
Errata (1)
Id  Kind   Says → correction              Where
─────────────────────────────────────────────────
e1  wrong  “5,000 troops” → 1,960 troops  memo ¶2
--full for each correction whole, and who says so
"""
    )


def test_a_huge_value_is_cut_in_a_table_with_a_visible_mark() -> None:
    from karabakh_cli.render import MAX_SHOWN, txt

    shown = txt("x" * (MAX_SHOWN + 5)).plain
    assert shown.endswith("…[5 more characters; --format json for all]")
    assert len(shown) < MAX_SHOWN + 60


# --- at 80 columns, as people run it: the answer survives (issue 18's done-when) -----------------------

NARROW = {"COLUMNS": "80", "NO_COLOR": "1"}


def _narrow(kcli, *args: str) -> str:
    result = kcli(*args, env=NARROW)
    assert result.exit_code == 0, result.stderr
    assert max(cell_len(line) for line in result.stdout.splitlines()) <= 80
    return result.stdout


def _json(kcli, *args: str) -> list:
    import json

    return json.loads(kcli(*args, "--json", "--limit", "0").stdout)


def test_positions_show_every_actor_and_the_whole_stance_at_80_columns(kcli) -> None:
    out = _narrow(kcli, "positions", "--topic", "ceasefire", "--limit", "0")
    rows = [line for line in out.splitlines() if line[:1].isdigit() or line.startswith(("Jan", "Feb", "Sep", "Oct"))]
    positions = _json(kcli, "positions", "--topic", "ceasefire")
    assert len(rows) >= len(positions) - 5  # a long actor name may wrap onto a second line
    for position in positions:
        assert position["actor_name"].split()[0] in out
    stances = {"supports", "opposes", "neutral", "ambiguous"}
    assert all(set(row.split()) & stances for row in rows if "Organization" not in row)


def test_errata_rows_show_what_the_source_says_or_the_correction_at_80_columns(kcli) -> None:
    out = _narrow(kcli, "errata", "--limit", "0")
    words = " ".join(out.split())
    for erratum in _json(kcli, "errata"):
        says, correction = erratum["says"].strip("“”"), erratum["correction"]
        assert " ".join(says.split()[:3]) in words or " ".join(correction.split()[:3]) in words, erratum["id"]


def test_the_timeline_names_the_towns_taken_in_early_october_2020_at_80_columns(kcli) -> None:
    out = _narrow(kcli, "timeline", "--from", "2020-10-03", "--to", "2020-10-09")
    for town in ("Madagiz", "Jabrayil", "Hadrut"):
        assert town in out


def test_topics_take_at_most_four_lines_a_topic_at_80_columns(kcli) -> None:
    out = _narrow(kcli, "topics")
    topics = _json(kcli, "topics")
    body = out.splitlines()[3:]  # the title, the header and its rule
    assert len(body) <= 4 * len(topics)
    for topic in topics:
        assert topic["id"] in out  # whole: it is what --topic takes


def test_the_full_timeline_of_28_september_2023_is_at_most_80_lines(kcli) -> None:
    out = _narrow(kcli, "timeline", "--from", "2023-09-28", "--to", "2023-09-28", "--full")
    assert len(out.splitlines()) <= 80
    assert "Decree dissolving the Nagorno-Karabakh Republic" in out


def test_votes_show_the_first_words_of_each_title_at_80_columns(kcli) -> None:
    out = _narrow(kcli, "votes")
    for vote in _json(kcli, "votes"):
        # With the symbols of other bodies (PACE, the European Parliament) the title column is about 22
        # wide at 80 columns: a title wraps between its words, so its first word opens a line.
        assert vote["title"].split()[0] in out and vote["symbol"] in out


def test_hashes_and_source_ids_are_never_broken_at_80_columns(kcli) -> None:
    out = _narrow(kcli, "db", "info")
    info = json.loads(kcli("db", "info", "--json").stdout)
    assert info["seed_sha256"] in out and info["content_sha256"] in out
    sources = _narrow(kcli, "sources", "--limit", "0")
    for source in _json(kcli, "sources"):
        assert source["id"] in sources


def test_a_dropped_id_column_says_how_to_open_a_record_and_the_legend_names_only_marks_shown(kcli) -> None:
    window = ("timeline", "--from", "2020-10-03", "--to", "2020-10-04")
    narrow = _narrow(kcli, *window)
    wide = kcli(*window, env={"COLUMNS": "120"}).stdout
    assert "2020-10-04-jabrayil" in wide and "2020-10-04-jabrayil" not in narrow
    assert "kcli event WORDS" in narrow and "kcli event WORDS" not in wide
    statuses = {event["status"] for event in _json(kcli, *window)}
    assert ("partly" in narrow) == ("partial" in statuses)
    assert ("the memo's claim only" in narrow) == ("unverified" in statuses)


# --- from a list to a record: kcli event takes words of a title, as kcli actor takes names -----------


@pytest.mark.parametrize("words", [["capture", "of", "hadrut"], ["Hadrut"], ["2020-10-09-hadrut"]])
def test_an_event_opens_by_words_of_its_title_or_its_id(kcli, words: list[str]) -> None:
    result = kcli("event", *words, "--json")
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["id"] == "2020-10-09-hadrut"
    assert result.stderr == ""


def test_a_misspelt_title_opens_the_clearly_closest_event_with_a_note(kcli) -> None:
    result = kcli("event", "hadrot", "--json")
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["id"] == "2020-10-09-hadrut"
    assert result.stderr.startswith("kcli: note: no event is called 'hadrot'; showing the closest")


def test_words_that_begin_several_titles_name_them_and_exit_1(kcli) -> None:
    result = kcli("event", "capture")
    assert result.exit_code == 1
    assert result.stdout == "" and result.stderr.count("\n") == 1
    assert "2020-10-09-hadrut" in result.stderr and "be more specific" in result.stderr


def test_words_that_match_no_title_say_so_in_one_line(kcli) -> None:
    result = kcli("event", "zzzz", "qqq")
    assert result.exit_code == 1
    assert result.stderr == "kcli: error: no event has the id or title words 'zzzz qqq'; 'kcli timeline' lists them\n"


@pytest.mark.parametrize("width", [40, 60, 100, 160])
def test_at_any_width_nothing_is_cropped_and_the_answer_stays(kcli, width: int) -> None:
    env = {"COLUMNS": str(width), "NO_COLOR": "1"}
    positions = kcli("positions", "--topic", "ceasefire", "--limit", "5", env=env).stdout
    assert max(cell_len(line) for line in positions.splitlines()) <= width
    stances = ("supports", "opposes", "neutral", "ambiguous")
    assert sum(positions.count(stance) for stance in stances) == 5  # the answer, whole, in every row
    timeline = kcli("timeline", "--from", "2020-10-03", "--to", "2020-10-04", env=env).stdout
    assert max(cell_len(line) for line in timeline.splitlines()) <= width
    # A date is a short value: wrapped between its words when the terminal is very narrow, never cut.
    assert "Nov…" not in timeline and "Oct…" not in timeline and "2020" in timeline


# --- the layout's rules, on a list built here ----------------------------------------------------------


def _listing() -> "render.Listing":
    from karabakh_cli.layout import ANSWER, Column, Listing

    columns = [
        Column("Date"), Column("Title", ANSWER, lines=2), Column("Id", drop=2, dropped_note="open it by its title"),
        Column("", drop=1, legend={"✓": "confirmed", "?": "claimed"}),
    ]  # fmt: skip
    listing = Listing("Things", columns)
    listing.add_row(render.txt("1 Jan 2020"), render.txt("word " * 30), render.txt("x" * 30), render.txt("✓"))
    return listing


def test_columns_drop_in_their_declared_order_and_a_dropped_one_says_how_to_see_it() -> None:
    wide, middle, narrow = (_listing().layout(width)[0] for width in (120, 64, 50))
    assert wide == [0, 1, 2, 3]
    assert middle == [0, 1, 2]  # the marks (rank 1) went first
    # Then the id (rank 2); the marks come back once the wider id is gone. The date and the answer stay.
    assert narrow == [0, 1, 3]
    for width, legend in ((64, False), (50, True)):
        console = Console(width=width, no_color=True, record=True, file=io.StringIO())
        console.print(_listing())
        text = console.export_text()
        assert ("open it by its title" in text) is (width == 50)
        assert ("✓ confirmed" in text) is legend  # a legend only for a column shown


def test_the_legend_names_only_the_marks_that_appear() -> None:
    text = shown(_listing())  # 80 columns: the marks column is shown
    assert "✓ confirmed" in text and "claimed" not in text


def test_an_answer_past_its_lines_ends_with_an_ellipsis_never_a_silent_crop() -> None:
    lines = [line for line in shown(_listing()).splitlines() if "word" in line]
    assert len(lines) == 2 and lines[-1].endswith("…")
