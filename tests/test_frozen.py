"""``frozen.replace`` gives what ``dataclasses.replace`` gives, faster."""

import dataclasses
import functools

import pytest

from eventwire.frozen import replace


@dataclasses.dataclass(frozen=True)
class Point:
    x: int
    y: int = 0
    label: str = ""

    @functools.cached_property
    def norm(self) -> int:
        return abs(self.x) + abs(self.y)


@dataclasses.dataclass(frozen=True)
class Checked:
    value: int

    def __post_init__(self) -> None:
        if self.value < 0:
            raise ValueError("negative")


def test_a_copy_with_the_changes_equal_to_dataclasses_replace():
    point = Point(1, 2, "a")
    copy = replace(point, y=5)
    assert copy == dataclasses.replace(point, y=5) == Point(1, 5, "a")
    assert copy is not point and point == Point(1, 2, "a")
    assert hash(copy) == hash(Point(1, 5, "a"))


def test_the_copy_is_still_frozen():
    with pytest.raises(dataclasses.FrozenInstanceError):
        replace(Point(1), x=2).x = 3


def test_an_unknown_field_is_refused():
    with pytest.raises(TypeError, match="'z'"):
        replace(Point(1), z=3)


def test_values_cached_beside_the_fields_are_not_carried_over():
    point = Point(1, 2)
    assert point.norm == 3
    assert replace(point, x=10).norm == 12


def test_a_record_with_a_post_init_still_runs_it():
    with pytest.raises(ValueError, match="negative"):
        replace(Checked(1), value=-1)


def test_make_gives_what_the_constructor_gives():
    from eventwire.frozen import make

    made = make(Point, label="a", x=1, y=2)
    assert made == Point(1, 2, "a") and repr(made) == repr(Point(1, 2, "a")) and made.norm == 3
    assert make(Point, x=1) == Point(1)  # fields left out: the constructor fills their defaults
    with pytest.raises(ValueError):
        make(Checked, value=-1)  # __post_init__ still runs
    with pytest.raises(TypeError):
        make(Point, x=1, y=2, label="", z=3)
    with pytest.raises(dataclasses.FrozenInstanceError):
        made.x = 5
