"""The example script, run as a user runs it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import ROOT

SCRIPT = ROOT / "examples" / "parse_webhook.py"
PAYLOADS = sorted((ROOT / "examples" / "payloads").glob("*.json"))


def run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(SCRIPT), *args],
        input=None if stdin is None else stdin.decode(),
        capture_output=True,
        text=True,
        check=False,
    )


@pytest.mark.parametrize("payload", PAYLOADS, ids=[p.stem for p in PAYLOADS])
def test_prints_the_typed_event(payload: Path) -> None:
    result = run(str(payload))
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[0] == payload.stem[0].upper() + payload.stem[1:]
    assert "datetime " in result.stdout


def test_reads_standard_input() -> None:
    result = run("-", stdin=PAYLOADS[0].read_bytes())
    assert result.returncode == 0 and result.stdout.strip()


def test_strict_failure_exits_1_with_the_problems() -> None:
    result = run("--strict", str(ROOT / "examples" / "payloads" / "recordingAvailable.json"))
    assert result.returncode == 1
    assert "eventTime: Timestamp has no time zone" in result.stderr
    assert result.stdout == ""


def test_bad_body_exits_1() -> None:
    result = run("-", stdin=b'{"eventType": "mediaStreamStopped",}')
    assert result.returncode == 1 and "Invalid JSON" in result.stderr
