"""The benchmark's figures for the documentation site: ``run.py --docs DIR`` writes
``DIR/parse_event.svg`` (a bar chart of ``parse_event`` against the baselines, one group per
event family: the median over its event types, each body as documented) and
``DIR/parse_event.md`` (the table of every payload), both from the run just made; the site's
performance page shows them.
"""

from __future__ import annotations

import datetime
import platform
import statistics
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

CONTENDERS = {
    "parse_event": "#3f51b5",
    "json.loads": "#9e9e9e",
    "orjson.loads": "#bdbdbd",
    "bare Pydantic": "#ff9800",
    "msgspec": "#4caf50",
    "Bandwidth SDK": "#e91e63",
}
"""Each contender of the one-body benchmark, in the order shown, with its colour."""

_LABEL_WIDTH = 190
_CHART_WIDTH = 470
_BAR = 11
_GAP = 14
_TOP = 54


def _by_family(results: dict[str, Any]) -> list[dict[str, Any]]:
    """One row per event family: the median time of each contender over the family's bodies as
    documented (a contender that could not parse one of them is left out of the family)."""
    families: dict[str, list[dict[str, float]]] = {}
    for row in results["events"]:
        if row["payload"] == row.get("event_type", row["payload"]):  # as documented
            families.setdefault(row.get("family", row["payload"]), []).append(row["us"])
    return [
        {
            "payload": f"{family} ({len(times)})" if len(times) > 1 else family,
            "us": {
                name: statistics.median(t[name] for t in times)
                for name in CONTENDERS
                if all(name in t for t in times)
            },
        }
        for family, times in families.items()
    ]


def chart(results: dict[str, Any]) -> str:
    """An SVG bar chart: microseconds per call of each contender, for each event family."""
    rows = _by_family(results)
    longest = max(us for row in rows for us in row["us"].values())
    height = _TOP + sum(len(row["us"]) * _BAR + _GAP for row in rows) + 10
    width = _LABEL_WIDTH + _CHART_WIDTH + 70
    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" font-family="sans-serif" font-size="11" role="img">',
        "<title>parse_event against the baselines: microseconds per call, shorter is faster"
        "</title>",
        '<rect width="100%" height="100%" fill="#ffffff"/>',
    ]
    x = 10
    for name, colour in CONTENDERS.items():
        out.append(f'<rect x="{x}" y="10" width="10" height="10" fill="{colour}"/>')
        out.append(f'<text x="{x + 14}" y="19">{escape(name)}</text>')
        x += 14 + 7 * len(name) + 16
    out.append(
        f'<text x="10" y="40" fill="#555555">microseconds per call, median over each family\'s '
        f"event types as documented (how many), Python {escape(str(results.get('python', '')))}"
        ": shorter is faster</text>"
    )
    y = _TOP
    for row in rows:
        contenders = [name for name in CONTENDERS if name in row["us"]]
        middle = y + len(contenders) * _BAR / 2 + 4
        out.append(f'<text x="10" y="{middle:.0f}">{escape(row["payload"])}</text>')
        for name in contenders:
            us = row["us"][name]
            length = max(1.0, _CHART_WIDTH * us / longest)
            out.append(
                f'<rect x="{_LABEL_WIDTH}" y="{y}" width="{length:.1f}" height="{_BAR - 2}" '
                f'fill="{CONTENDERS[name]}"><title>{escape(name)}: {us:.2f} µs</title></rect>'
            )
            out.append(
                f'<text x="{_LABEL_WIDTH + length + 4:.1f}" y="{y + _BAR - 3}" '
                f'font-size="9">{us:.2f}</text>'
            )
            y += _BAR
        y += _GAP
    out.append("</svg>")
    return "\n".join(out) + "\n"


def table(results: dict[str, Any], command: str) -> str:
    """A Markdown table of every payload: microseconds per call, and the ratios the targets
    are set on."""
    names = list(CONTENDERS)
    lines = [
        "| payload | bytes | "
        + " | ".join(f"{n} (µs)" for n in names)
        + " | parse_event / json.loads | parse_event / bare Pydantic |",
        "|---|---:|" + "---:|" * (len(names) + 2),
    ]
    for row in results["events"]:
        us = row["us"]
        cells = [f"{us[n]:.2f}" if n in us else "n/a" for n in names]
        ratios = [
            f"{us['parse_event'] / us[base]:.2f}x" for base in ("json.loads", "bare Pydantic")
        ]
        lines.append(f"| {row['payload']} | {row['bytes']} | " + " | ".join(cells + ratios) + " |")
    when = datetime.date.today().isoformat()
    lines += [
        "",
        f"Measured on {when} with Python {results.get('python', '?')} on "
        f"{platform.machine()} ({platform.system()}), by `{command}`.",
    ]
    return "\n".join(lines) + "\n"


def write(results: dict[str, Any], directory: Path, command: str) -> list[Path]:
    """Write the chart and the table under ``directory``; the paths written."""
    directory.mkdir(parents=True, exist_ok=True)
    svg, md = directory / "parse_event.svg", directory / "parse_event.md"
    svg.write_text(chart(results), encoding="utf-8")
    md.write_text(table(results, command), encoding="utf-8")
    return [svg, md]
