"""kcli search ranks: a record named by the words before one whose text mentions them, sentences for
relations, --limit 0 for all and an "N more" line, on the real database."""

import json

from karabakh_cli.search import FIELDS


def _hits(kcli, *args: str) -> list[dict]:
    result = kcli("search", *args, "--json")
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)


def _ids(kcli, *args: str) -> list[str]:
    return [hit["id"] for hit in _hits(kcli, *args)]


def test_washington_puts_the_2025_summit_near_the_top(kcli) -> None:
    ids = _ids(kcli, "washington")
    assert ids.index("2025-08-08-washington-summit") <= 1, ids
    assert ids[0] == "washington-dc"


def test_an_events_own_title_comes_before_a_relation_that_mentions_the_word(kcli) -> None:
    ids = _ids(kcli, "washington", "--limit", "0")
    assert ids.index("2025-08-08-washington-summit") < ids.index("sweden-member-nato")


def test_dissolution_puts_the_decree_above_the_osce_memberships(kcli) -> None:
    ids = _ids(kcli, "dissolution", "--limit", "0")
    osce = [index for index, record_id in enumerate(ids) if record_id.endswith("-member-osce")]
    assert ids[0] == "2023-09-28-nkr-dissolution-decree"
    assert osce and min(osce) > 0


def test_a_name_comes_first(kcli) -> None:
    assert _ids(kcli, "pakistan")[0] == "pakistan"
    assert _ids(kcli, "arab league")[0] == "arab-league"


def test_events_named_by_the_word_come_before_positions_on_it(kcli) -> None:
    hits = _hits(kcli, "ceasefire", "--limit", "0")
    kinds = [hit["type"] for hit in hits if hit["field"] == "title"]
    assert kinds[0] == "event"
    assert kinds.index("position") > max(index for index, kind in enumerate(kinds) if kind == "event")


def test_hits_come_in_the_order_of_where_they_matched(kcli) -> None:
    fields = [hit["field"] for hit in _hits(kcli, "washington", "--limit", "0")]
    assert set(fields) == {"title", "text"}
    assert fields == sorted(fields, key=FIELDS.index)


def test_an_alias_is_a_name(kcli) -> None:
    hit = next(hit for hit in _hits(kcli, "artsakh", "--limit", "0") if hit["id"] == "nkr")
    assert hit["field"] == "name"


def test_relations_are_titled_as_sentences(kcli) -> None:
    hits = _hits(kcli, "egypt arab league", "--limit", "0")
    titles = {hit["id"]: hit["title"] for hit in hits}
    assert titles["egypt-member-arab-league"] == "Egypt member of Arab League"


def test_limit_zero_lists_every_match(kcli) -> None:
    every = _ids(kcli, "ceasefire", "--limit", "0")
    assert len(every) > 100
    assert _ids(kcli, "ceasefire", "--limit", "5") == every[:5]


def test_a_cut_table_says_how_many_more(kcli) -> None:
    every = len(_ids(kcli, "ceasefire", "--limit", "0"))
    result = kcli("--no-color", "search", "ceasefire", "--limit", "5")
    assert result.exit_code == 0, result.stderr
    assert result.stdout.rstrip().endswith(f"{every - 5} more: --limit 0 for all")


def test_a_whole_table_says_no_more(kcli) -> None:
    result = kcli("--no-color", "search", "dissolution", "--limit", "0")
    assert result.exit_code == 0, result.stderr
    assert "more:" not in result.stdout


def test_a_negative_limit_is_a_usage_error(kcli) -> None:
    result = kcli("search", "ceasefire", "--limit", "-1")
    assert result.exit_code == 2
