from datetime import date

import pytest

from eventwire.store import DyadPeriod
from eventwire.web.charts import dyad_chart, nice_step


def _period(month: int, counts, mean):
    return DyadPeriod(date(2023, month, 1), f"2023-{month:02d}", counts, mean)


def test_nice_step_is_round():
    assert [nice_step(v) for v in (1, 7, 9, 30, 170)] == [1, 2, 5, 10, 50]


def test_cooperation_stacks_above_the_zero_line_and_conflict_below():
    chart = dyad_chart([_period(1, (2, 1, 3, 4), -1.5)])
    by_class = {b.css: b for b in chart.bars}
    assert set(by_class) == {"q1", "q2", "q3", "q4"}
    assert by_class["q1"].y + by_class["q1"].height == pytest.approx(chart.zero)
    assert by_class["q2"].y + by_class["q2"].height == pytest.approx(by_class["q1"].y)
    assert by_class["q3"].y == pytest.approx(chart.zero)
    assert by_class["q4"].y == pytest.approx(by_class["q3"].y + by_class["q3"].height)
    assert by_class["q4"].height == pytest.approx(4 * by_class["q2"].height)  # proportional to counts
    (dot,) = chart.goldstein_dots
    assert dot.y > chart.zero and "-1.5" in dot.title  # a negative mean sits below zero


def test_the_count_axis_covers_the_tallest_stack_with_round_ticks():
    chart = dyad_chart([_period(1, (6, 1, 0, 0), 4.0), _period(2, (0, 0, 2, 1), -5.0)])
    labels = [t.label for t in chart.count_ticks]
    assert labels == ["8", "6", "4", "2", "0", "2", "4", "6", "8"]  # conflict counts below zero read as positive
    assert min(b.y for b in chart.bars) >= chart.top and max(b.y + b.height for b in chart.bars) <= chart.bottom


def test_empty_periods_draw_no_bar_and_no_goldstein_point_but_keep_their_slot():
    periods = [_period(1, (1, 0, 0, 0), 2.0), _period(2, (0, 0, 0, 0), None), _period(3, (0, 0, 1, 0), -2.0)]
    chart = dyad_chart(periods)
    assert len(chart.bars) == 2 and len(chart.goldstein_dots) == 2
    assert chart.goldstein_lines == ()  # no line bridges the empty month
    joined = dyad_chart(periods[:1] + periods[2:])
    assert len(joined.goldstein_lines) == 1 and len(joined.goldstein_lines[0].split()) == 2
    assert [t.label for t in chart.time_ticks] == ["2023-01", "2023-02", "2023-03"]
    xs = [t.position for t in chart.time_ticks]
    assert xs[1] - xs[0] == pytest.approx(xs[2] - xs[1])


def test_long_series_thin_their_time_labels():
    periods = [DyadPeriod(date(2020 + m // 12, m % 12 + 1, 1), f"{2020 + m // 12}-{m % 12 + 1:02d}", (1, 0, 0, 0), 1.0) for m in range(48)]
    assert len(dyad_chart(periods).time_ticks) <= 12
