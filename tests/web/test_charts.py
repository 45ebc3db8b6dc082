from datetime import date

import pytest

from eventwire.web.charts import Period, dyad_chart, fill_gaps, nice_step, period_label, period_start


def test_fill_gaps_keeps_empty_months_between_first_and_last():
    periods = [Period(date(2022, 11, 1), (1, 0, 0, 0), 3.0), Period(date(2023, 2, 1), (0, 0, 0, 2), -9.0)]
    filled = fill_gaps(periods, "month")
    assert [p.start for p in filled] == [date(2022, 11, 1), date(2022, 12, 1), date(2023, 1, 1), date(2023, 2, 1)]
    assert filled[1].events == 0 and filled[1].goldstein is None


@pytest.mark.parametrize(("day", "interval", "start", "label"), [
    (date(2023, 3, 16), "week", date(2023, 3, 13), "2023-03-13"),
    (date(2023, 3, 16), "month", date(2023, 3, 1), "Mar 2023"),
    (date(2023, 3, 16), "year", date(2023, 1, 1), "2023"),
])  # fmt: skip
def test_period_start_and_label(day, interval, start, label):
    assert period_start(day, interval) == start
    assert period_label(start, interval) == label


def test_nice_step_is_round():
    assert [nice_step(v) for v in (1, 7, 9, 30, 170)] == [1, 2, 5, 10, 50]


def test_cooperation_stacks_above_the_zero_line_and_conflict_below():
    chart = dyad_chart([Period(date(2023, 1, 1), (2, 1, 3, 4), -1.5)], "month")
    by_class = {b.css: b for b in chart.bars}
    assert set(by_class) == {"q1", "q2", "q3", "q4"}
    assert by_class["q1"].y + by_class["q1"].height == pytest.approx(chart.zero)
    assert by_class["q2"].y + by_class["q2"].height == pytest.approx(by_class["q1"].y)
    assert by_class["q3"].y == pytest.approx(chart.zero)
    assert by_class["q4"].y == pytest.approx(by_class["q3"].y + by_class["q3"].height)
    # heights are proportional to counts
    assert by_class["q4"].height == pytest.approx(4 * by_class["q2"].height)
    # the Goldstein mean -1.5 sits below zero on the -10..10 axis
    (dot,) = chart.goldstein_dots
    assert dot.y > chart.zero and "-1.5" in dot.title


def test_periods_without_events_draw_no_bar_and_no_goldstein_point():
    periods = fill_gaps([Period(date(2023, 1, 1), (1, 0, 0, 0), 2.0), Period(date(2023, 3, 1), (0, 0, 1, 0), -2.0)], "month")
    chart = dyad_chart(periods, "month")
    assert len(chart.bars) == 2 and len(chart.goldstein_dots) == 2
    assert [t.label for t in chart.time_ticks] == ["Jan 2023", "Feb 2023", "Mar 2023"]
