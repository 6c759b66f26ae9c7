"""Maps: records with coordinates as a GeoJSON FeatureCollection (RFC 7946), standard library only.

Coordinates are WGS84 longitude and latitude in that order ([lon, lat], RFC 7946 §3.1.1), rounded to six
decimals (about 10 cm; §11.2); no "crs" member, which RFC 7946 removed. A feature's properties are the
record's own JSON (the keys of its --json output), with "id", "name" and "kind" added only where the
record has none (an event has a title, not a name), so one collection of places and events can be
labelled and styled by the same three keys.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from typing import TextIO

from karabakh_cli.formats import write_json
from karabakh_cli.models import Actor, Event, to_dict

# The participant role that places an event (event_actors.role).
LOCATION_ROLE = "location"


def feature(id: str, name: str, kind: str, lon: float, lat: float, properties: Mapping[str, object]) -> dict:
    """Return a GeoJSON Point Feature at (lon, lat) carrying the record's JSON as its properties."""
    return _feature(id, name, kind, {"type": "Point", "coordinates": _position(lon, lat)}, properties)


def event_feature(event: Event, coordinates: Mapping[str, tuple[float, float]]) -> dict | None:
    """Return the event as a Feature at its location(s) with known (lon, lat), or None where it has none.

    coordinates maps a place's actor id to its (lon, lat). One located place gives a Point; several (a
    rally in four cities) give one MultiPoint, so the event stays one feature with its own id.
    """
    places = [p.actor_id for p in event.participants if p.role == LOCATION_ROLE and p.actor_id in coordinates]
    places = list(dict.fromkeys(places))
    if not places:
        return None
    properties = to_dict(event)
    if len(places) == 1:
        return feature(event.id, event.title, event.kind, *coordinates[places[0]], properties)
    points = [_position(*coordinates[place]) for place in places]
    return _feature(event.id, event.title, event.kind, {"type": "MultiPoint", "coordinates": points}, properties)


def write_map(records: Sequence[Actor | Event], points: Mapping[str, tuple[float, float]], stream: TextIO) -> None:
    """Write the records that have a place as a GeoJSON FeatureCollection: actors at their coordinates (points
    maps an actor id to its (lon, lat)), events at the places they name (role location); the others are
    left out."""
    features = []
    for record in records:
        if isinstance(record, Event):
            found = event_feature(record, points)
        elif record.id in points:
            found = feature(record.id, record.name, record.kind, *points[record.id], to_dict(record))
        else:
            found = None
        if found is not None:
            features.append(found)
    write_geojson(features, stream)


def write_geojson(features: Iterable[dict], stream: TextIO) -> None:
    """Write features as one GeoJSON FeatureCollection (UTF-8 JSON, indented)."""
    write_json({"type": "FeatureCollection", "features": list(features)}, stream)


def _feature(id: str, name: str, kind: str, geometry: dict, properties: Mapping[str, object]) -> dict:
    carried = to_dict(dict(properties))
    for key, value in (("id", id), ("name", name), ("kind", kind)):
        carried.setdefault(key, value)
    return {"type": "Feature", "id": id, "geometry": geometry, "properties": carried}


def _position(lon: float, lat: float) -> list[float]:
    """[lon, lat] checked to be a WGS84 position; a swapped or missing coordinate raises ValueError."""
    for label, value, limit in (("longitude", lon, 180), ("latitude", lat, 90)):
        if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
            raise ValueError(f"{label} must be a finite number, not {value!r}")
        if not -limit <= value <= limit:
            raise ValueError(f"{label} {value} is outside -{limit}..{limit}")
    return [round(float(lon), 6), round(float(lat), 6)]
