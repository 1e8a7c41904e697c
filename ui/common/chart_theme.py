"""Charts in the theme's colours: a chart paints its own ground, which no stylesheet reaches."""

from __future__ import annotations

from PySide6.QtCharts import QAbstractAxis, QChart

from ui.common import theme


def colour_axis(axis: QAbstractAxis) -> None:
    """The theme's text and a quiet grid line."""
    axis.setLabelsBrush(theme.text_colour())
    axis.setTitleBrush(theme.text_colour())
    axis.setGridLineColor(theme.line_colour())


def colour_chart(chart: QChart) -> None:
    """The chart on the theme's ground, its title, legend and axes in the theme's text
    (the series keep their own colours)."""
    chart.setBackgroundBrush(theme.ground_colour())
    chart.setTitleBrush(theme.text_colour())
    chart.legend().setLabelColor(theme.text_colour())
    for axis in chart.axes():
        colour_axis(axis)
