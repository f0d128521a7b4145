"""benchmarks/regress.py, the instruction-count regression check: it runs and its report is
well-formed. No speed is asserted: the counts are for people to read."""

from __future__ import annotations

import importlib.util
import json
import re
import shutil
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

from .conftest import ROOT

SCRIPT = ROOT / "benchmarks" / "regress.py"
ROW = re.compile(
    r"^(?P<key>\S+) +(?P<old>[\d,]+|-) +(?P<new>[\d,]+|-) +(?P<change>\S+)(?P<mark>.*)$"
)


def regress() -> ModuleType:
    spec = importlib.util.spec_from_file_location("regress", SCRIPT)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def rows(lines: list[str]) -> dict[str, re.Match[str]]:
    return {m["key"]: m for m in map(ROW.match, lines) if m and m["key"] != "body"}


def test_the_report_has_a_row_per_body_and_marks_changes_over_the_threshold() -> None:
    baseline = {"instructions": {"a/slower": 1000, "a/faster": 1000, "a/same": 1000, "a/gone": 9}}
    now = {"a/slower": 1100, "a/faster": 900, "a/same": 1005, "b/new": 42}
    lines = regress().report(now, baseline, 0.01)
    found = rows(lines)
    assert set(found) == {"a/slower", "a/faster", "a/same", "a/gone", "b/new"}
    assert (found["a/slower"]["change"], found["a/slower"]["mark"]) == ("+10.0%", "  slower")
    assert (found["a/faster"]["change"], found["a/faster"]["mark"]) == ("-10.0%", "  faster")
    assert (found["a/same"]["change"], found["a/same"]["mark"]) == ("+0.5%", "")
    assert (found["a/gone"]["new"], found["a/gone"]["change"]) == ("-", "gone")
    assert (found["b/new"]["old"], found["b/new"]["change"]) == ("-", "new")
    assert lines[-1] == (
        "4 bodies measured; 1 slower and 1 faster by more than 1%; most slower: a/slower (+10.0%)"
    )


@pytest.mark.skipif(shutil.which("valgrind") is None, reason="needs valgrind")
def test_the_command_measures_compares_and_updates_the_baseline(tmp_path: Path) -> None:
    baseline = tmp_path / "baseline.json"
    old = {"bandwidth/mediaStreamStarted": 1, "bandwidth/mediaStreamGone": 5, "signalwire/x": 7}
    environment = {"python": "0", "pydantic_core": "0", "machine": "x"}
    baseline.write_text(json.dumps({"count": 2, "environment": environment, "instructions": old}))
    command = [sys.executable, str(SCRIPT), "--only", "bandwidth/mediaStream", "--update"]
    result = subprocess.run(
        [*command, "--baseline", str(baseline), "--fail-above", "50"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 1, result.stderr  # 1 instruction then: far over 50% slower
    lines = result.stdout.splitlines()
    assert lines[0] == (
        "instructions per call (callgrind; the least of 3 rounds of 2 calls a body, less an "
        "empty call)"
    )
    assert "NOTE this run: Python" in result.stdout  # the versions differ from the baseline's
    found = rows(lines)
    measured = {"mediaStreamStarted", "mediaStreamRejected", "mediaStreamStopped"}
    assert set(found) == {f"bandwidth/{name}" for name in measured} | {"bandwidth/mediaStreamGone"}
    assert found["bandwidth/mediaStreamStarted"]["mark"] == "  slower"
    assert found["bandwidth/mediaStreamStopped"]["change"] == "new"
    assert found["bandwidth/mediaStreamGone"]["change"] == "gone"

    written = json.loads(baseline.read_text())
    assert written["count"] == 2 and written["environment"]["python"] != "0"
    counts = written["instructions"]
    assert counts["bandwidth/mediaStreamGone"] == 5 and counts["signalwire/x"] == 7  # kept
    assert all(counts[f"bandwidth/{name}"] > 1000 for name in measured)
