"""`make bench` draws each figure against its goal (bench/chart.py): every goal the bench states
parses, and a run's rows become a PNG."""

from __future__ import annotations

import inspect
import re
from pathlib import Path
from typing import Any

import pytest

from bench.chart import Goal, parse_goal, write_chart
from bench import run


@pytest.mark.parametrize(
    ("text", "goal"),
    [
        ("≤ 1.0×", Goal("≤", 1.0, "×")),
        ("≤ 0.5× (≥ 2× faster)", Goal("≤", 0.5, "×")),
        ("≥ 90 %, 0 × 429", Goal("≥", 90.0, "%")),
        ("≤ 0.4 s", Goal("≤", 0.4, "s")),
        ("≤ 150 MiB", Goal("≤", 150.0, "MiB")),
        ("report", None),
    ],
)
def test_goals_parse(text: str, goal: Goal | None) -> None:
    assert parse_goal(text) == goal


def test_a_relative_goal_plots_the_ratio_and_an_absolute_one_the_figure() -> None:
    assert Goal("≥", 90.0, "%").plotted({"ratio": 0.93, "figure": 186.0}) == pytest.approx(93.0)
    assert Goal("≤", 0.4, "s").plotted({"ratio": None, "figure": 0.35}) == 0.35
    assert Goal("≤", 1.5, "×").plotted({"ratio": None, "figure": 0.2}) is None


def test_every_goal_the_bench_states_is_one_the_chart_reads() -> None:
    source = inspect.getsource(run)
    goals = re.findall(r'"([≤≥<][^"]*)"', source)
    assert len(goals) >= 10 and all(parse_goal(goal) is not None for goal in goals), goals


def test_rows_become_a_png(tmp_path: Path) -> None:
    rows: list[dict[str, Any]] = [
        {"key": "page_parse", "title": "page", "goal": "≤ 1.5×", "figure": 0.1, "ratio": 1.27, "met": True},
        {"key": "first_call", "title": "first call", "goal": "≤ 0.4 s", "figure": 0.539, "ratio": None, "met": False},
        {"key": "async_rate", "title": "rate", "goal": "≥ 90 %, 0 × 429", "figure": 170, "ratio": 0.85, "met": False},
        {"key": "peer_page_parse", "title": "peer", "goal": "report", "ratio": 3.1, "met": None},
        {"key": "cold_generate", "title": "cold", "goal": "≤ 1.0×", "status": "error", "note": "boom"},
    ]
    out = write_chart(rows, tmp_path / "results.png", subtitle="test")
    data = out.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) > 10_000
