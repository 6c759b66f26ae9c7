"""kcli chart and kcli graph: the drawing functions on made-up records, the commands on the real data."""

import itertools
import random
import re
import shutil
import subprocess
import sys

import pytest

from karabakh_cli.chart import CATEGORIES, category_of, chart_lines
from karabakh_cli.graphs import (
    build_graph,
    dot_quote,
    mermaid_id,
    mermaid_text,
    render_dot,
    render_mermaid,
    render_timeline_mermaid,
)
from karabakh_cli.models import Event, Participant, Position, Relation


def _event(event_id: str, date: str, kind: str, end_date: str | None = None, title: str | None = None, **extra):
    return Event(
        id=event_id,
        date=date,
        end_date=end_date,
        precision="",
        end_precision=None,
        span_start=None,
        span_end=None,
        kind=kind,
        other_kinds=extra.get("other_kinds", []),
        title=title or event_id,
        summary="",
        status="verified",
        scope="conflict",
        participants=extra.get("participants", []),
        citations=[],
        errata=[],
    )


def _relation(subject: tuple[str, str], predicate: str, target: tuple[str, str], date=None, end_date=None):
    return Relation(
        id=f"{subject[0]}-{predicate}-{target[0]}",
        subject_id=subject[0],
        subject_name=subject[1],
        predicate=predicate,
        object_id=target[0],
        object_name=target[1],
        date=date,
        end_date=end_date,
        precision=None,
        end_precision=None,
        span_start=None,
        span_end=None,
        summary="",
        status="verified",
        citations=[],
        errata=[],
    )


def _position(actor: tuple[str, str], topic: tuple[str, str], stance: str, date=None):
    return Position(
        id=f"{actor[0]}-{topic[0]}",
        actor_id=actor[0],
        actor_name=actor[1],
        topic_id=topic[0],
        topic_name=topic[1],
        stance=stance,
        date=date,
        end_date=None,
        precision=None,
        end_precision=None,
        span_start=None,
        span_end=None,
        summary="",
        status="verified",
        citations=[],
        errata=[],
    )


# --- chart: drawing --------------------------------------------------------------------------

FORTNIGHT = [
    _event("war", "2020-09-27", "war", "2020-11-10", "The war"),
    _event("truce", "2020-10-10", "ceasefire", title="A truce"),
    _event("talks", "2020-10-10", "meeting", title="Talks"),
    _event("more-talks", "2020-10-10", "meeting", title="More talks"),
    _event("recognised", "2020-10-12", "recognition", "2020-10-13", title="Recognised"),
    _event("rally", "2020-10", "protest", title="Rallies in October"),
]

LEGEND = [
    "F fighting (war, military)   C ceasefires (ceasefire)",
    "D diplomacy (meeting, diplomatic, statement, resolution, visit, agreement)",
    "R recognitions (recognition)",
    "P other (political, institutional, publication, protest, aid, disaster)",
]
LISTING = [
    "F 27 Sep – 10 Nov 2020  The war",
    "C 10 Oct 2020           A truce",
    "D 10 Oct 2020           Talks",
    "D 10 Oct 2020           More talks",
    "R 12–13 Oct 2020        Recognised",
    "P Oct 2020              Rallies in October",
]


def test_strip_gives_each_kind_a_lane_with_a_letter_per_day_covered() -> None:
    assert chart_lines(FORTNIGHT, "2020-10-05", "2020-10-18", "day", "strip", 80) == [
        "5–18 Oct 2020: 14 days, by day, 6 events",
        "                Oct",
        "                5      12",
        "F fighting      FFFFFFFFFFFFFF",
        "C ceasefires    ·····C········",
        "D diplomacy     ·····2········",
        "R recognitions  ·······RR·····",
        "P other         pppppppppppppp",
        "",
        *LEGEND,
        "· none   2-9: that many events in one cell",
        "lowercase: an event dated only to the month or year",
        "",
        *LISTING,
    ]


def test_events_dated_to_the_day_hide_the_lowercase_of_those_dated_to_the_month() -> None:
    events = [_event("month", "2020-10", "meeting"), _event("day", "2020-10-03", "meeting")]
    lines = chart_lines(events, "2020-10-01", "2020-10-05", "day", "strip", 80)
    assert lines[5] == "D diplomacy     ddDdd"


def test_histogram_stacks_events_in_the_column_where_they_begin() -> None:
    assert chart_lines(FORTNIGHT, "2020-10-05", "2020-10-18", "day", "histogram", 80)[:7] == [
        "5–18 Oct 2020: 14 days, by day, 6 events",
        "             3 │     D",
        "               │p    D",
        "             1 │F    C R",
        "               └──────────────",
        "                Oct",
        "                5      12",
    ]


def test_week_columns_count_the_events_of_each_week() -> None:
    assert chart_lines(FORTNIGHT, "2020-10-05", "2020-10-18", "week", "strip", 80)[:8] == [
        "5–18 Oct 2020: 14 days, by week, 6 events",
        "                Oct",
        "                5      12",
        "F fighting      F      F",
        "C ceasefires    C      ·",
        "D diplomacy     DD     ·",
        "R recognitions  ·      R",
        "P other         p      p",
    ]


@pytest.mark.parametrize("width", [40, 60, 80, 132])
@pytest.mark.parametrize("window", [("2020-09-27", "2020-11-10"), ("2020-10", "2020-10"), ("2011", "2021")])
@pytest.mark.parametrize("by", ["day", "week"])
@pytest.mark.parametrize("style", ["strip", "histogram"])
def test_chart_fits_the_width(width: int, window: tuple[str, str], by: str, style: str) -> None:
    lines = chart_lines(FORTNIGHT, *window, by, style, width)
    assert max(len(line) for line in lines) <= width
    assert all(line == line.rstrip() for line in lines)


def test_a_long_window_puts_several_days_in_a_column() -> None:
    lines = chart_lines(FORTNIGHT, "2011", "2021", "day", "strip", 80)
    assert lines[0] == "1 Jan 2011 – 31 Dec 2021: 4018 days, by day (1 column = 63 days), 6 events"
    assert lines[1].split() == ["2011", "2012", "2013", "2014", "2015", "2016", "2017", "2018", "2019", "2020", "2021"]


def test_an_empty_window_draws_empty_lanes_and_no_listing() -> None:
    lines = chart_lines([], "2020-12-01", "2020-12-07", "day", "strip", 80)
    assert lines[0] == "1–7 Dec 2020: 7 days, by day, 0 events"
    assert lines[3] == "F fighting      ·······"
    assert lines[-1] == "lowercase: an event dated only to the month or year"


def test_every_event_kind_has_one_category_and_the_letters_differ() -> None:
    letters = [category.letter for category in CATEGORIES]
    assert len(set(letters)) == len(letters)
    assert category_of(_event("e", "2020", "ceasefire")).letter == "C"
    assert category_of(_event("e", "2020", "recognition")).letter == "R"
    assert category_of(_event("e", "2020", "something-new")).letter == "P"


def test_an_event_is_in_the_lane_of_any_of_its_kinds() -> None:
    assert category_of(_event("e", "2020", "agreement")).letter == "D"
    assert category_of(_event("e", "2020", "agreement", other_kinds=["ceasefire"])).letter == "C"


def test_a_window_that_ends_before_it_starts_is_refused() -> None:
    with pytest.raises(ValueError, match="is after"):
        chart_lines([], "2020-11", "2020-10")


# --- chart: the command ------------------------------------------------------------------------


def test_chart_of_october_at_80_columns_shows_the_three_ceasefires(kcli) -> None:
    result = kcli("chart", "--from", "2020-10", "--to", "2020-10", "--kind", "ceasefire", env={"COLUMNS": "80"})
    assert result.exit_code == 0, result.stderr
    lines = result.stdout.splitlines()
    assert max(len(line) for line in lines) <= 80
    assert lines[0].startswith("1–31 Oct 2020: 31 days, by day, ")
    lane = next(line for line in lines if line.startswith("C ceasefires"))
    days = lane[16:]
    assert len(days) == 31
    # 10 October (Moscow), 17-18 (the humanitarian truce), 25-26 (the US-brokered ceasefire).
    assert all(days[day - 1] != "·" for day in (10, 17, 18, 25, 26))
    for expected in (
        "C 10 Oct 2020     Moscow humanitarian ceasefire",
        "C 17–18 Oct 2020  Humanitarian truce from 18 October",
        "C 25–26 Oct 2020  US-brokered humanitarian ceasefire",
    ):
        assert expected in lines


def test_chart_defaults_to_the_44_days_and_the_terminal_width(kcli) -> None:
    result = kcli("--no-color", "chart", env={"COLUMNS": "80"})
    assert result.exit_code == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == "27 Sep – 10 Nov 2020: the war's 44 days and the day the ceasefire took effect"
    assert max(len(line) for line in lines) <= 80
    assert "\x1b[" not in result.stdout
    fighting = next(line for line in lines if line.startswith("F fighting"))
    assert "·" not in fighting, "the war covers every day"


def test_chart_width_option_overrides_the_terminal(kcli) -> None:
    result = kcli("chart", "--by", "week", "--style", "histogram", "--width", "60", env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.stderr
    assert max(len(line) for line in result.stdout.splitlines()) <= 60


def test_chart_from_after_the_default_end_says_to_give_to(kcli) -> None:
    result = kcli("chart", "--from", "2021")
    assert result.exit_code == 2
    assert result.stderr == (
        "kcli: error: --from 2021 is after the default --to 2020-11-10, the war's last day; give --to too\n"
    )


def test_chart_unknown_kind_exits_2(kcli) -> None:
    result = kcli("chart", "--kind", "picnic")
    assert result.exit_code == 2
    assert result.stderr.startswith("kcli: error: unknown event kind 'picnic'; accepted: war,")


# --- graph: building and escaping --------------------------------------------------------------

ARMENIA, PAKISTAN = ("armenia", "Armenia"), ("pakistan", "Pakistan")
INTEGRITY = ("territorial-integrity-azerbaijan", "Territorial integrity of Azerbaijan")
HOSTILE = 'Evil "quoted" <b>bold</b> #1 & a|pipe; back\\slash end --> x :colon\nnext line'


MERMAID_NODE = re.compile(r'    ([A-Za-z0-9_]+)(?:\["|\("|\{\{"|\(\[")[^"]*(?:"\]|"\)|"\}\}|"\]\))')
MERMAID_EDGE = re.compile(r'    ([A-Za-z0-9_]+) (?:-->|-\.->|---)\|"[^"|]*"\| ([A-Za-z0-9_]+)')
MERMAID_CLASS = re.compile(r"    (?:classDef [a-z]+ [^ ]+|class [A-Za-z0-9_,]+ [a-z]+)")


def _hostile_graph():
    actor, other = ("end", HOSTILE), ('o"x y', "O'Brien [x] (y) {z}")
    event = _event(
        "e1",
        "2020-10-10",
        "ceasefire",
        title='Cease: "fire" #2 <i>x</i>',
        participants=[Participant("end", HOSTILE, "mediator")],
    )
    return build_graph(
        [_relation(actor, "allied-with", other)],
        [_position(actor, ("t;1", 'Topic "T" #quot; %% comment'), "supports")],
        [event],
        {"end": "state"},
        focus="end",
    )


def test_mermaid_node_ids_are_safe_and_keep_clear_of_keywords() -> None:
    assert mermaid_id("actor:saint-vincent-and-the-grenadines") == "actor_saint_vincent_and_the_grenadines"
    assert mermaid_id("actor:end") == "actor_end"
    assert re.fullmatch(r"actor_o_x_y_[0-9a-f]{8}", mermaid_id('actor:o"x y'))


def test_mermaid_ids_of_different_keys_differ() -> None:
    keys = ["actor:a-b", "actor:a_b", "actor:a b", "actor:a.b", "topic:a-b", "event:a-b"]
    assert len({mermaid_id(key) for key in keys}) == len(keys)


def test_mermaid_labels_escape_quotes_and_markup_as_entity_codes() -> None:
    assert mermaid_text('say "hi" #1 <b>|') == "say #quot;hi#quot; #35;1 #lt;b#gt;#124;"
    assert mermaid_text("two\nlines") == "two lines"


def test_mermaid_output_of_hostile_labels_keeps_its_structure() -> None:
    text = render_mermaid(_hostile_graph(), title=HOSTILE)
    lines = text.splitlines()
    assert lines[:4] == [
        "---",
        "title: 'Evil \"quoted\" <b>bold</b> #1 & a|pipe; back\\slash end --> x :colon next line'",
        "---",
        "flowchart LR",
    ]
    grammar = (MERMAID_NODE, MERMAID_EDGE, MERMAID_CLASS)
    assert all(any(rule.fullmatch(line) for rule in grammar) for line in lines[4:])
    assert '    actor_end["Evil #quot;quoted#quot; #lt;b#gt;bold#lt;/b#gt; #35;1 & a#124;pipe;' in text


def test_dot_quotes_escape_backslashes_and_quotes() -> None:
    assert dot_quote('a "b" c\\d') == '"a \\"b\\" c\\\\d"'
    assert dot_quote("ends with \\") == '"ends with \\\\"'


def test_graph_text_does_not_depend_on_the_order_of_records() -> None:
    relations = [_relation(PAKISTAN, "does-not-recognise", ARMENIA, "1991", "2025-08-31")]
    relations.append(_relation(PAKISTAN, "diplomatic-relations", ARMENIA, "2025-08-31"))
    positions = [_position(PAKISTAN, INTEGRITY, "supports"), _position(ARMENIA, INTEGRITY, "opposes", "2020-10")]
    texts = set()
    for seed in range(5):
        random.Random(seed).shuffle(relations)
        random.Random(seed).shuffle(positions)
        graph = build_graph(relations, positions, actor_kinds={"pakistan": "state", "armenia": "state"})
        texts.add(render_mermaid(graph) + render_dot(graph))
    assert len(texts) == 1


def test_relation_and_position_labels_carry_their_dates() -> None:
    graph = build_graph(
        [_relation(PAKISTAN, "diplomatic-relations", ARMENIA, "2025-08-31")],
        [_position(ARMENIA, INTEGRITY, "opposes", "2020-10")],
    )
    assert [edge.label for edge in graph.edges] == ["opposes, from Oct 2020", "diplomatic relations, from 31 Aug 2025"]


needs_dot = pytest.mark.skipif(shutil.which("dot") is None, reason="Graphviz (dot) is not installed")


def _graphviz_accepts(text: str) -> bool:
    run = subprocess.run(["dot", "-Tsvg"], input=text, capture_output=True, text=True, timeout=60)
    assert run.stderr == "", run.stderr
    return run.returncode == 0 and "<svg" in run.stdout


@pytest.mark.slow
@needs_dot
def test_graphviz_accepts_hostile_labels_and_draws_them_unchanged() -> None:
    run = subprocess.run(
        ["dot", "-Tsvg"], input=render_dot(_hostile_graph(), title=HOSTILE), capture_output=True, text=True, timeout=60
    )
    assert run.returncode == 0, run.stderr
    assert "Evil &quot;quoted&quot; &lt;b&gt;bold&lt;/b&gt; #1 &amp; a|pipe; back\\slash end" in run.stdout


# --- graph: the command ------------------------------------------------------------------------


def test_graph_of_pakistan_in_mermaid_is_a_sorted_flowchart(kcli) -> None:
    result = kcli("graph", "pakistan", "--format", "mermaid")
    assert result.exit_code == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[:4] == ["---", "title: 'Pakistan'", "---", "flowchart LR"]
    nodes = [line for line in lines[4:] if MERMAID_NODE.fullmatch(line)]
    edges = [line for line in lines[4:] if MERMAID_EDGE.fullmatch(line)]
    styles = [line for line in lines[4:] if MERMAID_CLASS.fullmatch(line)]
    # Nodes, then edges, then styles, and nothing else.
    assert lines[4:] == nodes + edges + styles
    node_ids = [MERMAID_NODE.fullmatch(line).group(1) for line in nodes]
    assert len(set(node_ids)) == len(node_ids)
    assert all(MERMAID_EDGE.fullmatch(line).group(1) in node_ids for line in edges)
    assert all(MERMAID_EDGE.fullmatch(line).group(2) in node_ids for line in edges)
    # Sorted by source: each node's arrows come together.
    sources = [MERMAID_EDGE.fullmatch(line).group(1) for line in edges]
    assert len(list(itertools.groupby(sources))) == len(set(sources))
    actors = [node for node in node_ids if node.startswith("actor_")]
    assert actors == sorted(actors) and node_ids[: len(actors)] == actors
    assert '    actor_pakistan["Pakistan"]' in nodes
    assert '    actor_pakistan -->|"does not recognise, 1991 – 31 Aug 2025"| actor_armenia' in edges
    assert '    actor_pakistan -.->|"supports"| topic_territorial_integrity_azerbaijan' in edges
    assert lines[-2:] == ["    classDef focus stroke-width:3px", "    class actor_pakistan focus"]


def test_graph_output_is_the_same_every_time(kcli) -> None:
    assert kcli("graph").stdout == kcli("graph").stdout


def test_graph_of_the_council_on_19_october_2020_has_its_fifteen_members(kcli) -> None:
    result = kcli("graph", "unsc", "--as-of", "2020-10-19", "--no-events")
    assert result.exit_code == 0, result.stderr
    members = re.findall(r"^    actor_(\w+) -->\|\"(?:permanent|elected) member.*\| actor_unsc$", result.stdout, re.M)
    assert len(members) == 15
    assert {"niger", "vietnam", "china"} <= set(members)


def test_graph_of_a_topic_shows_only_stances(kcli) -> None:
    result = kcli("graph", "--topic", "unsc-1993-resolutions")
    assert result.exit_code == 0, result.stderr
    arrows = re.findall(r" (-->|-\.->|---)\|", result.stdout)
    assert arrows and set(arrows) == {"-.->"}


def test_graph_of_an_actor_with_events_links_them_by_role(kcli) -> None:
    result = kcli("graph", "russia")
    assert result.exit_code == 0, result.stderr
    assert '    actor_russia ---|"mediator"| event_2020_10_10_moscow_ceasefire\n' in result.stdout
    assert '    actor_armenia ---|"signatory"| event_2020_10_10_moscow_ceasefire\n' in result.stdout


@pytest.mark.slow
@needs_dot
@pytest.mark.parametrize("args", [("pakistan",), (), ("russia", "--as-of", "2020-10")])
def test_graph_in_dot_passes_graphviz(kcli, args: tuple[str, ...]) -> None:
    result = kcli("graph", *args, "--format", "dot")
    assert result.exit_code == 0, result.stderr
    assert result.stdout.startswith("digraph kcli {\n")
    if args:
        assert _graphviz_accepts(result.stdout)
    else:  # every actor: Graphviz's parser (gc) reads it whole; laying it out takes 20-60 s on a busy machine
        run = subprocess.run(["gc"], input=result.stdout, capture_output=True, text=True, timeout=60)
        assert (run.returncode, run.stderr) == (0, ""), run.stderr
        assert run.stdout.split()[:2] != ["0", "0"]


def test_graph_of_an_unknown_actor_suggests_names(kcli) -> None:
    result = kcli("graph", "pakstan")
    assert result.exit_code == 1
    assert result.stderr.startswith("kcli: error: no actor matches 'pakstan'; did you mean: Pakistan (pakistan)")


def test_graph_of_an_unknown_topic_exits_2(kcli) -> None:
    result = kcli("graph", "--topic", "picnics")
    assert result.exit_code == 2
    assert result.stderr.startswith("kcli: error: unknown topic 'picnics'; accepted: ")


# --- Mermaid timeline ----------------------------------------------------------------------------


def test_timeline_mermaid_groups_by_month_and_date() -> None:
    events = [
        _event("a", "2020-09-27", "military", title="Fighting: day one"),
        _event("b", "2020-09-27", "political", title='Martial law "declared"'),
        _event("c", "2020-10-17", "ceasefire", "2020-10-18", title="Truce"),
    ]
    assert render_timeline_mermaid(events, title="The war") == (
        "timeline\n"
        "    title The war\n"
        "    section Sep 2020\n"
        "        27 Sep 2020 : Fighting#58; day one\n"
        "        : Martial law #quot;declared#quot;\n"
        "    section Oct 2020\n"
        "        17–18 Oct 2020 : Truce\n"
    )


def test_timeline_mermaid_of_the_real_events_has_a_line_per_event(kcli) -> None:
    from karabakh_cli.db import connect, resolve_path
    from karabakh_cli.queries import list_events

    conn = connect(resolve_path(None))  # the database the CLI reads, as the conftest chose it
    try:
        events = list_events(conn, start="2020-09-27", end="2020-11-10")
    finally:
        conn.close()
    lines = render_timeline_mermaid(events).splitlines()
    assert lines[0] == "timeline"
    assert sum(1 for line in lines if line.startswith("        ")) == len(events)
    assert "        10 Oct 2020 : Moscow humanitarian ceasefire" in lines


# --- import cost ----------------------------------------------------------------------------------


@pytest.mark.slow
def test_importing_the_visual_commands_loads_neither_rich_nor_datasette() -> None:
    code = "import sys, karabakh_cli.commands.visual; print(sorted({'rich', 'datasette'} & set(sys.modules)))"
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert run.returncode == 0, run.stderr
    assert run.stdout == "[]\n"
