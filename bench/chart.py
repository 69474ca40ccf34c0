"""The bench table as a picture: one strip per row, its ratio (or figure) against its goal.

    python -m bench.chart [.bench/results.json [OUT.png]]   # redraw from a saved run

`make bench` calls `write_chart` after writing the JSON, so `.bench/results.png` sits beside
`.bench/results.json`. Each strip has its own scale: a bar for the measured value, a dashed line
at the goal, green when the goal is met, red when it is missed, grey for rows that only report
(or could not be measured, with the reason as the label).
"""

from __future__ import annotations

import json
import re
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Mapping, Sequence

GOAL = re.compile(r"^\s*(?P<op>[≤≥<])\s*(?P<value>\d+(?:\.\d+)?)\s*(?P<unit>×|%|s|MiB|MB|KB)")
COLOURS = {True: "#2e8b57", False: "#c0392b", None: "#9e9e9e"}


@dataclass(frozen=True)
class Goal:
    op: str  # "≤", "≥" or "<"
    threshold: float  # in the unit of the plotted value
    unit: str  # "×" (ratio), "%" (ratio shown as percent), "s" or "MiB" (the figure itself)

    def plotted(self, row: Mapping[str, Any]) -> float | None:
        """The value the goal is about: the ratio for relative goals, the figure for absolute ones."""
        value = row.get("ratio") if self.unit in ("×", "%") else row.get("figure")
        if value is None:
            return None
        return float(value) * 100 if self.unit == "%" else float(value)


def parse_goal(text: str) -> Goal | None:
    """`≤ 1.5×`, `≥ 90 %, 0 × 429`, `≤ 0.4 s`, `≤ 150 MiB`, ...; None for `report`."""
    match = GOAL.match(text)
    if not match:
        return None
    return Goal(match["op"], float(match["value"]), match["unit"])


def _label(value: float, unit: str) -> str:
    if unit == "×":
        return f"{value:.2f}×"
    if unit == "%":
        return f"{value:.0f} %"
    if unit == "s":
        return f"{value * 1000:.0f} ms" if value < 1 else f"{value:.2f} s"
    return f"{value:.0f} {unit}"


def write_chart(rows: Sequence[Mapping[str, Any]], out: Path, *, subtitle: str = "") -> Path:
    """Draw every row of a bench run (the dicts of results.json) into a PNG at `out`."""
    import matplotlib

    matplotlib.use("Agg")  # no display: files only
    import matplotlib.pyplot as plt

    fig, axes = plt.subplots(len(rows), 1, figsize=(11, 0.95 * len(rows) + 0.9), squeeze=False)
    fig.suptitle("make bench: each figure against its goal" + (f"\n{subtitle}" if subtitle else ""), fontsize=11)
    for ax, row in zip(axes[:, 0], rows, strict=True):
        goal = parse_goal(str(row.get("goal", "")))
        value = goal.plotted(row) if goal else (row.get("ratio") if row.get("ratio") is not None else None)
        unit = goal.unit if goal else "×"
        met = row.get("met") if goal else None
        ax.set_yticks([])
        for side in ("top", "right", "left"):
            ax.spines[side].set_visible(False)
        ax.set_title(f"{row.get('key')}: {row.get('title')}", loc="left", fontsize=8.5, pad=3)
        if value is None:
            status = row.get("status", "no figure")
            note = str(row.get("note") or "")[:90]
            ax.text(0.0, 0.5, f"{status}: {note}", transform=ax.transAxes, va="center", fontsize=8, color="#555555")
            ax.set_xticks([])
            ax.spines["bottom"].set_visible(False)
            continue
        limit = max(value, goal.threshold if goal else 0.0) * 1.3 or 1.0
        ax.barh([0], [value], height=0.6, color=COLOURS[met])
        ax.set_xlim(0, limit)
        ax.set_ylim(-0.6, 0.6)
        text = _label(value, unit)
        if goal:
            ax.axvline(goal.threshold, color="#333333", linestyle="--", linewidth=1.2)
            text += f"   goal {goal.op} {_label(goal.threshold, unit)}" + (
                "" if met is None else ("   met" if met else "   MISSED")
            )
        # Right of the strip, so that a long bar never hides it.
        ax.text(1.02, 0.5, text, transform=ax.transAxes, va="center", ha="left", fontsize=8.5, fontweight="bold")
        ax.tick_params(axis="x", labelsize=7)
    fig.tight_layout(rect=(0, 0, 0.78, 1))
    out.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(out, dpi=110)
    plt.close(fig)
    return out


def subtitle_of(results: Mapping[str, Any]) -> str:
    machine = results.get("machine") or {}
    load = machine.get("loadavg_start") or [None]
    started = results.get("started", "")
    return (
        f"{started}, load average {load[0]:.2f} at start on {machine.get('cpus')} CPUs"
        if load[0] is not None
        else started
    )


def main(argv: Sequence[str]) -> int:
    source = Path(argv[0]) if argv else Path(__file__).resolve().parent.parent / ".bench" / "results.json"
    out = Path(argv[1]) if len(argv) > 1 else source.with_suffix(".png")
    if not source.exists():
        print(f"{source}: no such file; run `make bench` first", file=sys.stderr)
        return 1
    results = json.loads(source.read_text())
    print(write_chart(results["rows"], out, subtitle=subtitle_of(results)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
