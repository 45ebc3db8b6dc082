"""An equirectangular world map in SVG: land outline plus event places.

The outline is Natural Earth's 1:110m land, vendored as TopoJSON from the
npm package world-atlas (``static/vendor/world-atlas``). TopoJSON stores
shared, delta-encoded, quantised arcs; rings list arc indexes, a negative
index ``~i`` meaning arc ``i`` reversed. Coordinates map to the SVG user
space directly: x = longitude, y = -latitude.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from importlib import resources
from typing import Any

LAND_FILE = ("static", "vendor", "world-atlas", "land-110m.json")
# Shown area, in SVG user units (degrees): most of Antarctica is left out.
VIEW_BOX = (-180.0, -84.0, 360.0, 142.0)


def _decode_arcs(topology: dict[str, Any]) -> list[list[tuple[float, float]]]:
    (sx, sy), (tx, ty) = topology["transform"]["scale"], topology["transform"]["translate"]
    decoded = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            points.append((x * sx + tx, y * sy + ty))
        decoded.append(points)
    return decoded


def _ring(arcs: list[list[tuple[float, float]]], indexes: Sequence[int]) -> list[tuple[float, float]]:
    points: list[tuple[float, float]] = []
    for index in indexes:
        arc = arcs[index] if index >= 0 else arcs[~index][::-1]
        points.extend(arc if not points else arc[1:])  # arcs share their end points
    return points


def _unwrapped(ring: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """A ring whose longitudes never jump by more than 180 degrees.

    Rings that cross the antimeridian jump from +180 to -180; drawn as is,
    they streak across the whole map. Unwrapped, they run past +-180 and are
    drawn twice, 360 degrees apart, the view box clipping what lies outside.
    A ring around a pole ends 360 degrees from where it started: it is
    closed along the pole.
    """
    points = [ring[0]]
    for lon, lat in ring[1:]:
        previous = points[-1][0]
        lon += 360 * round((previous - lon) / 360)
        points.append((lon, lat))
    if abs(points[-1][0] - points[0][0]) > 180:
        pole = -90.0 if sum(lat for _, lat in points) < 0 else 90.0
        points += [(points[-1][0], pole), (points[0][0], pole)]
    return points


def _ring_paths(ring: list[tuple[float, float]]) -> Iterable[str]:
    points = _unwrapped(ring)
    lons = [lon for lon, _ in points]
    shifts = [0] + ([360] if min(lons) < -180 else []) + ([-360] if max(lons) > 180 else [])
    for shift in shifts:
        yield "M" + " ".join(f"{lon + shift:.2f},{-lat:.2f}" for lon, lat in points) + "Z"


def _polygons(geometry: dict[str, Any]) -> Iterable[Sequence[Sequence[int]]]:
    kind = geometry.get("type")
    if kind == "GeometryCollection":
        for child in geometry.get("geometries", ()):
            yield from _polygons(child)
    elif kind == "Polygon":
        yield geometry["arcs"]
    elif kind == "MultiPolygon":
        yield from geometry["arcs"]


def land_path(topology: dict[str, Any], object_name: str = "land") -> str:
    """The SVG path data of every ring of a TopoJSON object."""
    arcs = _decode_arcs(topology)
    commands = []
    for polygon in _polygons(topology["objects"][object_name]):
        for ring in polygon:
            points = _ring(arcs, ring)
            if len(points) > 2:
                commands.extend(_ring_paths(points))
    return "".join(commands)


def packaged_land_path() -> str:
    """The land outline vendored with the package, as SVG path data."""
    location = resources.files("eventwire.web").joinpath(*LAND_FILE)
    return land_path(json.loads(location.read_text("utf-8")))


@dataclass(frozen=True)
class Place:
    """Where events happened, and how many."""

    name: str
    country: str | None
    lat: float
    lon: float
    events: int


@dataclass(frozen=True)
class MapDot:
    x: float
    y: float
    r: float
    place: Place


def map_dots(places: Iterable[Place]) -> tuple[MapDot, ...]:
    """Dots whose area grows with the number of events; the biggest drawn first."""
    usable = [p for p in places if -90 <= p.lat <= 90 and -180 <= p.lon <= 180 and p.events > 0]
    most = max((p.events for p in usable), default=1)
    dots = [MapDot(round(p.lon, 2), round(-p.lat, 2), round(1.2 + 4.0 * math.sqrt(p.events / most), 2), p) for p in usable]
    return tuple(sorted(dots, key=lambda d: -d.r))
