"""GeoJSON: features built from records made here (the database has no coordinates yet), checked with the
geojson package's validator and against RFC 7946's [lon, lat] order."""

import io
import json
import math
import subprocess
import sys

import geojson
import pytest

from karabakh_cli.geo import event_feature, feature, write_geojson
from karabakh_cli.models import Actor, Alias, Citation, Event, Participant, to_dict

SHUSHA = (46.7525, 39.7583)  # lon, lat
LACHIN = (46.5464, 39.6325)
BUENOS_AIRES = (-58.3816, -34.6037)
CITATION = Citation("ponars-704", "The Second Nagorno-Karabakh War", "¶17", None, "“captured”")


def place(id: str = "shusha", name: str = "Shusha") -> Actor:
    return Actor(
        id=id, name=name, kind="place", summary="A town in Nagorno-Karabakh.", iso3=None, wikidata="Q0",
        region=None, subregion=None, latitude=SHUSHA[1], longitude=SHUSHA[0], date=None, end_date=None,
        precision=None, end_precision=None, span_start=None, span_end=None, aliases=[Alias("Şuşa", "local")],
        citations=[CITATION], errata=[],
    )  # fmt: skip


def event(*places: str) -> Event:
    participants = [Participant("azerbaijan", "Azerbaijan", "subject")]
    participants += [Participant(p, p.title(), "location") for p in places]
    return Event(
        "2020-11-08-shusha", "2020-11-08", None, "day", None, "2020-11-08", "2020-11-08", "battle", [],
        "Capture of Shusha",
        "Azerbaijan takes Shusha.", "confirmed", "conflict", participants, [CITATION], [],
    )  # fmt: skip


def collection(features: list[dict]) -> str:
    stream = io.StringIO()
    write_geojson(features, stream)
    return stream.getvalue()


def place_feature(actor: Actor, lon: float, lat: float) -> dict:
    return feature(actor.id, actor.name, actor.kind, lon, lat, to_dict(actor))


# --- validity -------------------------------------------------------------------------------------


def test_a_collection_of_places_and_events_is_valid_geojson() -> None:
    coordinates = {"shusha": SHUSHA, "lachin": LACHIN, "buenos-aires": BUENOS_AIRES}
    features = [place_feature(place(), *SHUSHA), event_feature(event("shusha"), coordinates)]
    features.append(event_feature(event("buenos-aires", "lachin"), coordinates))
    parsed = geojson.loads(collection(features))
    assert parsed.is_valid, parsed.errors()
    assert parsed["type"] == "FeatureCollection"
    assert [f["geometry"]["type"] for f in parsed["features"]] == ["Point", "Point", "MultiPoint"]


def test_an_empty_collection_is_valid() -> None:
    parsed = geojson.loads(collection([]))
    assert parsed.is_valid
    assert json.loads(collection([])) == {"type": "FeatureCollection", "features": []}


def test_the_collection_has_no_crs_member() -> None:
    assert "crs" not in json.loads(collection([place_feature(place(), *SHUSHA)]))


# --- coordinates ----------------------------------------------------------------------------------


def test_coordinates_are_longitude_then_latitude() -> None:
    assert place_feature(place(), *BUENOS_AIRES)["geometry"] == {"type": "Point", "coordinates": [-58.3816, -34.6037]}


def test_coordinates_are_rounded_to_six_decimals() -> None:
    assert place_feature(place(), 46.75251234567, 39.7583009)["geometry"]["coordinates"] == [46.752512, 39.758301]


@pytest.mark.parametrize(
    ("lon", "lat", "message"),
    [
        (39.7583, 181.0, "latitude 181.0 is outside -90..90"),
        (-180.5, 0.0, "longitude -180.5 is outside -180..180"),
        (math.nan, 0.0, "longitude must be a finite number"),
        (0.0, math.inf, "latitude must be a finite number"),
        (None, 0.0, "longitude must be a finite number, not None"),
        (True, 0.0, "longitude must be a finite number, not True"),
    ],
)
def test_a_position_outside_wgs84_is_refused(lon: object, lat: object, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        feature("x", "X", "place", lon, lat, {})


def test_the_poles_and_the_antimeridian_are_positions() -> None:
    for lon, lat in ((180, 90), (-180, -90)):
        assert geojson.loads(json.dumps(feature("x", "X", "place", lon, lat, {}))).is_valid


# --- properties -----------------------------------------------------------------------------------


def test_a_place_carries_exactly_its_json_keys() -> None:
    actor = place()
    found = place_feature(actor, *SHUSHA)
    assert found["id"] == "shusha"
    assert found["properties"] == to_dict(actor)
    assert list(found["properties"]) == list(Actor._fields)


def test_an_event_carries_its_json_keys_plus_a_name() -> None:
    found = event_feature(event("shusha"), {"shusha": SHUSHA})
    assert list(found["properties"]) == [*Event._fields, "name"]
    assert found["properties"]["name"] == found["properties"]["title"] == "Capture of Shusha"
    assert found["properties"]["citations"][0]["locator"] == "¶17"


def test_properties_survive_the_round_trip_with_unicode() -> None:
    text = collection([place_feature(place(name="Şuşa “Shusha”"), *SHUSHA)])
    assert "Şuşa “Shusha”" in text
    assert json.loads(text)["features"][0]["properties"]["name"] == "Şuşa “Shusha”"


# --- events ---------------------------------------------------------------------------------------


def test_an_event_without_a_located_place_has_no_feature() -> None:
    assert event_feature(event(), {"shusha": SHUSHA}) is None
    assert event_feature(event("shusha"), {}) is None


def test_an_event_at_several_places_is_one_multipoint() -> None:
    found = event_feature(event("shusha", "lachin", "shusha"), {"shusha": SHUSHA, "lachin": LACHIN})
    assert found["geometry"] == {"type": "MultiPoint", "coordinates": [list(SHUSHA), list(LACHIN)]}


def test_an_event_is_placed_only_by_its_location_participants() -> None:
    # azerbaijan is the subject, not where it happened, even when it has coordinates.
    found = event_feature(event("shusha"), {"shusha": SHUSHA, "azerbaijan": (47.5, 40.1)})
    assert found["geometry"]["type"] == "Point"


# --- imports --------------------------------------------------------------------------------------


def test_importing_geo_loads_no_cli_library() -> None:
    code = "import json, sys, karabakh_cli.geo; print(json.dumps(sorted(sys.modules)))"
    modules = set(json.loads(subprocess.run([sys.executable, "-c", code], capture_output=True, check=True).stdout))
    assert not modules & {"typer", "rich", "click", "sqlite3"}
