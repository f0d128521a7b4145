"""The benchmark's chart and table for the site (``benchmarks/run.py --docs DIR``): drawn from
the figures of the run, every contender of every event family, to one scale."""

from __future__ import annotations

import importlib.util
import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType

from .conftest import ROOT

SVG = "{http://www.w3.org/2000/svg}"
RESULTS = {
    "python": "3.12.1",
    "events": [
        {"payload": "mediaStreamStarted", "event_type": "mediaStreamStarted",
         "family": "media_stream", "bytes": 600, "failed": [],
         "us": {"parse_event": 4.0, "json.loads": 3.5, "orjson.loads": 1.0,
                "bare Pydantic": 3.8, "msgspec": 1.5, "Bandwidth SDK": 40.0}},
        {"payload": "mediaStreamStarted (required only)", "event_type": "mediaStreamStarted",
         "family": "media_stream", "bytes": 500, "failed": [],
         "us": {"parse_event": 3.0, "json.loads": 3.0, "orjson.loads": 0.8,
                "bare Pydantic": 2.9, "msgspec": 1.2}},
        {"payload": "mediaStreamStopped", "event_type": "mediaStreamStopped",
         "family": "media_stream", "bytes": 650, "failed": [],
         "us": {"parse_event": 6.0, "json.loads": 4.5, "orjson.loads": 1.2,
                "bare Pydantic": 5.0, "msgspec": 1.9, "Bandwidth SDK": 30.0}},
        {"payload": "recordingAvailable", "event_type": "recordingAvailable",
         "family": "recording", "bytes": 700, "failed": ["Bandwidth SDK"],
         "us": {"parse_event": 5.0, "json.loads": 4.0, "orjson.loads": 1.1,
                "bare Pydantic": 4.5, "msgspec": 2.0}},
    ],
}  # fmt: skip


def _report() -> ModuleType:
    path = ROOT / "benchmarks" / "_docs_report.py"
    spec = importlib.util.spec_from_file_location("_docs_report", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_chart_draws_each_contender_of_each_family_to_one_scale() -> None:
    svg = ET.fromstring(_report().chart(RESULTS))
    labels = [str(text.text) for text in svg.iter(f"{SVG}text")]
    assert "media_stream (2)" in labels and "recording" in labels
    bars = [rect for rect in svg.iter(f"{SVG}rect") if rect.find(f"{SVG}title") is not None]
    titles = [str(bar.find(f"{SVG}title").text) for bar in bars]  # type: ignore[union-attr]
    # media streams: the median of the two bodies as documented (not of the trimmed one);
    # recordings: no SDK bar, since the SDK could not parse its body
    assert titles == [
        "parse_event: 5.00 µs", "json.loads: 4.00 µs", "orjson.loads: 1.10 µs",
        "bare Pydantic: 4.40 µs", "msgspec: 1.70 µs", "Bandwidth SDK: 35.00 µs",
        "parse_event: 5.00 µs", "json.loads: 4.00 µs", "orjson.loads: 1.10 µs",
        "bare Pydantic: 4.50 µs", "msgspec: 2.00 µs",
    ]  # fmt: skip
    widths = [float(bar.get("width", 0)) for bar in bars]
    assert widths[5] == max(widths)
    assert abs(widths[0] / widths[5] - 5.0 / 35.0) < 0.01


def test_the_table_has_every_body_and_the_ratios(tmp_path: Path) -> None:
    written = _report().write(RESULTS, tmp_path, "python benchmarks/run.py --docs d")
    assert [p.name for p in written] == ["parse_event.svg", "parse_event.md"]
    table = (tmp_path / "parse_event.md").read_text(encoding="utf-8")
    rows = [line for line in table.splitlines() if line.startswith("| media") or "| rec" in line]
    assert len(rows) == 4
    assert "| recordingAvailable | 700 | 5.00 | 4.00 | 1.10 | 4.50 | 2.00 | n/a | 1.25x |" in table
    assert "Python 3.12.1" in table and "`python benchmarks/run.py --docs d`" in table
