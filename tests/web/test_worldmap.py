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
