from eventwire.web.worldmap import Place, land_path, map_dots, packaged_land_path


def test_topojson_arcs_decode_with_delta_quantisation_and_reversal():
    topology = {
        "type": "Topology",
        "transform": {"scale": [1, 1], "translate": [10, 20]},
        "arcs": [[[0, 0], [5, 0], [0, 5]], [[5, 5], [-5, 0], [0, -5]]],
        "objects": {"land": {"type": "GeometryCollection", "geometries": [{"type": "Polygon", "arcs": [[0, 1]]}, {"type": "MultiPolygon", "arcs": [[[~1]]]}]}},
    }
    path = land_path(topology)
    rings = path.split("M")[1:]
    assert rings[0] == "10.00,-20.00 15.00,-20.00 15.00,-25.00 10.00,-25.00 10.00,-20.00Z"
    assert rings[1] == "10.00,-20.00 10.00,-25.00 15.00,-25.00Z"


def test_the_vendored_land_outline_covers_the_continents():
    path = packaged_land_path()
    assert path.count("M") > 100
    xs = [float(p.split(",")[0]) for ring in path.split("M")[1:] for p in ring.rstrip("Z").split(" ")]
    assert min(xs) <= -179 and max(xs) >= 179


def test_map_dots_scale_with_events_and_skip_impossible_places():
    dots = map_dots([Place("Lima", "PER", -12.05, -77.04, 9), Place("Quito", "ECU", -0.18, -78.47, 1), Place("Nowhere", None, 95.0, 0.0, 3)])
    assert [d.place.name for d in dots] == ["Lima", "Quito"]
    assert dots[0].r > dots[1].r
    assert (dots[0].x, dots[0].y) == (-77.04, 12.05)


def test_a_ring_across_the_antimeridian_is_unwrapped_and_drawn_on_both_sides():
    topology = {
        "transform": {"scale": [1, 1], "translate": [0, 0]},
        "arcs": [[[178, -16], [-356, 0], [0, -2], [356, 0], [0, 2]]],  # 178 -> -178 -> ... back
        "objects": {"land": {"type": "Polygon", "arcs": [[0]]}},
    }
    rings = land_path(topology).split("M")[1:]
    assert len(rings) == 2
    for ring in rings:
        lons = [float(p.split(",")[0]) for p in ring.rstrip("Z").split(" ")]
        assert max(abs(a - b) for a, b in zip(lons, lons[1:])) <= 4
    assert rings[0].startswith("178.00,16.00 182.00,16.00") and rings[1].startswith("-182.00,16.00 -178.00,16.00")


def test_the_vendored_outline_has_no_streak_across_the_map():
    for ring in packaged_land_path().split("M")[1:]:
        points = [tuple(map(float, p.split(","))) for p in ring.rstrip("Z").split(" ")]
        visible = [(a, b) for a, b in zip(points, points[1:]) if abs(a[1]) < 90 and abs(b[1]) < 90]
        assert all(abs(a[0] - b[0]) < 180 for a, b in visible)
