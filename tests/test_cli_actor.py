"""kcli actor and kcli actors, called as users call them."""

import json

import pytest


def test_actor_pakistan_prints_a_cited_profile(kcli) -> None:
    result = kcli("actor", "pakistan", "--full")
    assert result.exit_code == 0, result.stderr
    assert result.stdout.startswith("Pakistan  state · pakistan")
    assert "Territorial integrity of Azerbaijan" in result.stdout
    assert "The Second Nagorno-Karabakh War in a Global South Perspective, ¶16" in result.stdout


def test_actor_json_has_the_documented_shape(kcli) -> None:
    result = kcli("actor", "pakistan", "--json")
    assert result.exit_code == 0
    profile = json.loads(result.stdout)
    assert list(profile) == ["actor", "matched", "relations", "positions", "events", "votes"]
    assert list(profile["actor"]) == [
        "id", "name", "kind", "summary", "iso3", "wikidata", "region", "subregion", "latitude", "longitude",
        "date", "end_date", "precision", "end_precision", "span_start", "span_end", "aliases", "citations", "errata",
    ]  # fmt: skip
    assert profile["actor"]["citations"][0] == {
        "source_id": "ponars-704",
        "source_title": "The Second Nagorno-Karabakh War in a Global South Perspective",
        "locator": "¶16",
        "url": profile["actor"]["citations"][0]["url"],
        "note": profile["actor"]["citations"][0]["note"],
    }
    assert profile["matched"] == {"query": "pakistan", "actor_id": "pakistan", "label": "pakistan", "field": "id"}


def test_actor_found_by_alias_says_which_alias_matched(kcli) -> None:
    table = kcli("actor", "artsakh")
    assert table.exit_code == 0
    assert table.stdout.startswith("Nagorno-Karabakh Republic  quasi-state · nkr\nmatched the alias “Artsakh”")
    matched = json.loads(kcli("actor", "ARTSAKH", "--json").stdout)["matched"]
    assert matched == {"query": "ARTSAKH", "actor_id": "nkr", "label": "Artsakh", "field": "alias"}


@pytest.mark.parametrize(
    ("typed", "actor_id"),
    [
        ("comoglu", "elif-comoglu-ulgen"),
        ("Çomoğlu Ülgen", "elif-comoglu-ulgen"),
        ("saint vincent", "saint-vincent-and-the-grenadines"),
        ("Saint Vincent, the Grenadines", "saint-vincent-and-the-grenadines"),
        ("  viet nam ", "vietnam"),
        ("Nonalighed Movement", "nam"),
        ("Azərbaycan", "azerbaijan"),
        ("Հայաստան", "armenia"),
    ],
)
def test_actor_lookup_ignores_case_accents_and_spacing(kcli, typed: str, actor_id: str) -> None:
    result = kcli("actor", typed, "--json")
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["actor"]["id"] == actor_id


def test_unknown_actor_exits_1_with_closest_names_on_stderr(kcli) -> None:
    result = kcli("actor", "pakstn-land")
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr.startswith("kcli: error: no actor matches 'pakstn-land'; did you mean: Pakistan (pakistan)")
    assert result.stderr.count("\n") == 1


def test_a_clear_near_miss_resolves_to_its_actor_and_says_so(kcli) -> None:
    result = kcli("actor", "pakstan", "--json")
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["matched"] == {
        "query": "pakstan", "actor_id": "pakistan", "label": "pakistan", "field": "closest"
    }  # fmt: skip
    assert result.stderr == "kcli: note: no actor is called 'pakstan'; showing the closest, Pakistan (pakistan)\n"


def test_a_name_of_several_words_needs_no_quotes(kcli) -> None:
    result = kcli("actor", "south", "africa", "--json")
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["actor"]["id"] == "south-africa"


def test_ambiguous_actor_exits_1_with_the_candidates(kcli) -> None:
    result = kcli("actor", "republic")
    assert result.exit_code == 1
    assert result.stderr.startswith("kcli: error: 'republic' matches several actors: ")
    assert "Armenia (armenia)" in result.stderr
    assert result.stderr.count("\n") == 1


def test_actor_profile_shows_errata_of_its_records(kcli) -> None:
    profile = json.loads(kcli("actor", "russia", "--json").stdout)
    errata = {e["id"] for event in profile["events"] for e in event["errata"]}
    assert "peacekeepers" in errata
    assert "Errata" in kcli("actor", "russia").stdout


def test_actors_filters_by_kind(kcli) -> None:
    result = kcli("actors", "--kind", "person", "--json")
    assert result.exit_code == 0
    actors = json.loads(result.stdout)
    assert actors and {actor["kind"] for actor in actors} == {"person"}
    assert "elif-comoglu-ulgen" in {actor["id"] for actor in actors}


def test_actors_unknown_kind_is_a_usage_error(kcli) -> None:
    result = kcli("actors", "--kind", "planet")
    assert result.exit_code == 2
    assert result.stderr.startswith("kcli: error: unknown actor kind 'planet'; accepted: state, quasi-state,")


def test_security_council_on_19_october_2020_has_15_members(kcli) -> None:
    result = kcli("actors", "--member", "unsc", "--as-of", "2020-10-19", "--json")
    assert result.exit_code == 0
    members = {actor["id"] for actor in json.loads(result.stdout)}
    assert len(members) == 15
    assert {"china", "france", "russia", "united-kingdom", "united-states", "niger", "estonia"} <= members


def test_the_seven_are_nam_members_on_the_council(kcli) -> None:
    council = {a["id"] for a in json.loads(kcli("actors", "-m", "unsc", "--as-of", "2020-10-19", "--json").stdout)}
    nam = {a["id"] for a in json.loads(kcli("actors", "-m", "nam", "--as-of", "2020-10-19", "--json").stdout)}
    assert council & nam == {
        "indonesia", "niger", "tunisia", "vietnam", "south-africa", "saint-vincent-and-the-grenadines",
        "dominican-republic",
    }  # fmt: skip


def test_council_membership_changes_with_the_date(kcli) -> None:
    council_2021 = {a["id"] for a in json.loads(kcli("actors", "-m", "unsc", "--as-of", "2021-06", "--json").stdout)}
    assert "niger" in council_2021
    assert "indonesia" not in council_2021
