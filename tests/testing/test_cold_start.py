"""The strategies pass Hypothesis' default health checks on a fresh machine.

Each run is a new interpreter in an empty directory with an empty Hypothesis storage directory
(no example database, no cached Unicode tables) and Hypothesis' default settings, as a user's
first ``pytest`` run after installing the package.  Generated from ``strategies.__all__``, so a
strategy added later is checked too.
"""

from __future__ import annotations

import inspect
import os
import subprocess
import sys
import textwrap
from pathlib import Path

from voice_webhooks.testing import strategies

DOCUMENTED = """
import json

from hypothesis import given
from hypothesis import strategies as st
from voice_webhooks import bandwidth
from voice_webhooks.testing import strategies


def handle(body):
    bandwidth.parse_event(body)
    return 204


@given(strategies.bandwidth_events(unknown=True))
def test_every_event_is_acknowledged(payload):
    assert handle(json.dumps(payload).encode()) == 204


@given(strategies.media_stream_stopped(cause="error", call_id=st.sampled_from(["c-1", "c-2"])))
def test_failed_streams_are_reported(payload):
    assert handle(json.dumps(payload).encode()) == 204
"""


def _strategy_functions() -> list[str]:
    """The public strategies that take no required argument."""
    names = []
    for name in strategies.__all__:
        function = getattr(strategies, name)
        parameters = inspect.signature(function).parameters.values()
        if all(p.default is not p.empty or p.kind is p.VAR_KEYWORD for p in parameters):
            names.append(name)
    return names


def _every_strategy() -> str:
    tests = [
        f"@given(strategies.{name}())\ndef test_{name}(value):\n    pass\n"
        for name in _strategy_functions()
    ]
    header = "from hypothesis import given\nfrom voice_webhooks.testing import strategies\n\n\n"
    return header + "\n\n".join(tests)


def _run_cold(tmp_path: Path, source: str) -> subprocess.CompletedProcess[str]:
    (tmp_path / "test_cold.py").write_text(textwrap.dedent(source))
    storage = tmp_path / "hypothesis-storage"
    env = {**os.environ, "HYPOTHESIS_STORAGE_DIRECTORY": str(storage)}
    env.pop("HYPOTHESIS_PROFILE", None)
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "test_cold.py"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )


def test_the_documented_snippet_passes_with_default_settings(tmp_path: Path) -> None:
    result = _run_cold(tmp_path, DOCUMENTED)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "2 passed" in result.stdout


def test_every_strategy_passes_default_health_checks_cold(tmp_path: Path) -> None:
    names = _strategy_functions()
    assert {"bandwidth_events", "instants", "durations", "media_stream_stopped"} <= set(names)
    result = _run_cold(tmp_path, _every_strategy())
    assert result.returncode == 0, result.stdout + result.stderr
    assert f"{len(names)} passed" in result.stdout
