"""karabakh_cli.render on its own: render functions called with records built here, printed on a fixed console
(80 columns, no colour) and compared as text. Trailing spaces are dropped before comparing (Rich pads cells to
the column width); every visible character counts."""

import io

import pytest
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
    title="Statement",
    summary="Ends the war.",
    status="verified",
    scope="conflict",
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


def test_full_timeline_numbers_sources_and_lists_errata_after_the_table() -> None:
    assert (
        shown(render.render_timeline([STATEMENT, HOSTILE], full=True))
        == """\
Timeline (2 events)

  Date          Kind        Event                                      Sources
 ──────────────────────────────────────────────────────────────────────────────
  10 Nov 2020   ceasefire   Statement ⚠ e1                             [1] [2]
                            Ends the war.
                            Armenia (signatory), Azerbaijan
                            (signatory)
  Oct 2020      statement   [bold]x[/bold]\\x1b[31m                     [1]
                            Said. (the memo's claim, not
                            independently confirmed)

Errata: where a source is wrong or unclear

  Id   Says → correction             Sources
 ────────────────────────────────────────────
  e1   memo ¶2 says “5,000 troops”   [2]
       → 1,960 troops (wrong)
       concerns: event ev1

Sources

  #   Source
 ───────────────────────────────────────────
  1   A memo, ¶2 (memo)
  2   A page (web) https://e.org/p — a note

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

  Id    Kind    Name and aliases
 ────────────────────────────────
  arm   state   Armenia
                Hayastan
  aze   state   Azerbaijan

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

  Actor        1   2
 ────────────────────
  Armenia      +   ·
  Azerbaijan   −   ~

Topics: 1 Ceasefire; 2 Integrity
Stances: + supports, − opposes, 0 neutral, ~ ambiguous, · no position
"""
    )


def test_full_search_shows_the_snippet_without_its_marks() -> None:
    hit = SearchHit(type="event", id="ev1", title="Statement", snippet="the «ceasefire» holds", rank=-1.0)
    assert (
        shown(render.render_search([hit], full=True))
        == """\
Matches (1)

  Type    Id    Title and snippet
 ───────────────────────────────────
  event   ev1   Statement
                the ceasefire holds

"""
    )


def test_full_sources_right_align_counts_and_list_details_under_the_title() -> None:
    memo = Source("memo", "memo", "A memo", "An Author", "A Press", "2020-11", None, 3)
    page = Source("web", "web", "A page", None, None, None, "https://e.org/p", 12)
    assert (
        shown(render.render_sources([memo, page], full=True))
        == """\
Sources (2)

  Id     Cited   Work
 ────────────────────────────────────────────
  memo       3   A memo
                 An Author, A Press, 2020-11
  web       12   A page
                 https://e.org/p

"""
    )


def test_citations_give_a_row_per_citation_with_its_note() -> None:
    assert (
        shown(render.render_citations([CitedRecord("event", "ev1", [MEMO, PAGE])]))
        == """\
Citations

  Record      Source          Locator
 ─────────────────────────────────────────────
  event ev1   A memo (memo)   ¶2
  event ev1   A page (web)    https://e.org/p
              a note

"""
    )


def test_full_errata_number_their_own_sources() -> None:
    assert (
        shown(render.render_errata([TROOPS], full=True))
        == """\
Errata: where a source is wrong or unclear

  Id   Says → correction             Sources
 ────────────────────────────────────────────
  e1   memo ¶2 says “5,000 troops”   [1]
       → 1,960 troops (wrong)
       concerns: event ev1

Sources

  #   Source
 ───────────────────────────────────────────
  1   A page (web) https://e.org/p — a note

"""
    )


def test_topics_right_align_the_count() -> None:
    assert (
        shown(render.render_topics([Topic("t1", "Ceasefire", "An end to fighting.", 2)]))
        == """\
Topics

  Id   Name           Positions   Description
 ─────────────────────────────────────────────────────
  t1   Ceasefire              2   An end to fighting.

"""
    )


def test_a_long_summary_wraps_inside_80_columns() -> None:
    long = STATEMENT._replace(summary="word " * 40, participants=[], errata=[], citations=[])
    lines = shown(render.render_timeline([long], full=True)).splitlines()
    assert max(len(line) for line in lines) <= 80
    assert sum("word" in line for line in lines) > 1


# --- compact views: one line a record (the default) --------------------------------------------------


def test_compact_timeline_is_one_line_an_event_with_status_marks_and_a_legend() -> None:
    assert (
        shown(render.render_timeline([STATEMENT, HOSTILE]))
        == """\
Timeline (2 events)

  Date          Kind        Event                         Src
 ─────────────────────────────────────────────────────────────
  10 Nov 2020   ceasefire   Statement                ✓⚠     2
  Oct 2020      statement   [bold]x[/bold]\\x1b[31m   ?      1

✓ confirmed beyond the memo · ~ partly · ? the memo's claim only · ⚠ an erratum
concerns it; --full for summaries, participants and sources
"""
    )


def test_compact_actors_leave_aliases_out() -> None:
    azerbaijan = ARMENIA._replace(id="aze", name="Azerbaijan", aliases=[])
    assert (
        shown(render.render_actors([ARMENIA, azerbaijan]))
        == """\
Actors (2)

  Id    Kind    Name           Region
 ─────────────────────────────────────
  arm   state   Armenia
  aze   state   Azerbaijan

"""
    )


def test_compact_errata_show_what_a_source_says_and_point_to_full() -> None:
    assert (
        shown(render.render_errata([TROOPS]))
        == """\
Errata (1)

  Id   Kind    Where     Says
 ─────────────────────────────────────
  e1   wrong   memo ¶2   5,000 troops

--full for each correction and who says so
"""
    )


def test_a_huge_value_is_cut_in_a_table_with_a_visible_mark() -> None:
    from karabakh_cli.render import MAX_SHOWN, txt

    shown = txt("x" * (MAX_SHOWN + 5)).plain
    assert shown.endswith("…[5 more characters; --format json for all]")
    assert len(shown) < MAX_SHOWN + 60
