"""Typing is tested, not hoped for: mypy --strict and basedpyright (what Pylance runs in users'
editors) check the package, the examples and the expectations of ``tests/typing/check_*.py``,
and catch a deliberately wrong expectation.

Each checker runs once for the whole module, over the real targets and the wrong snippet
together; the snippet's diagnostics are told apart by file.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import pytest

from .conftest import ROOT

TARGETS = ["src", "examples", "tests/typing"]

WRONG = """\
from typing_extensions import assert_type

from voice_webhooks import bandwidth, signalwire


def wrong(body: bytes) -> None:
    event = bandwidth.parse_event(body)
    if isinstance(event, bandwidth.MediaStreamStopped):
        assert_type(event.media_stream.duration, int)
    print(event.call_id)
    signalwire.CreateStreamRequest(url="wss://a.example", track="both")
    signalwire.CreateStreamRequest(url="wss://a.example", status_callback_method="PUTT")
    signalwire.CreateStreamRequest(url="wss://a.example", trak="both_tracks")
    signalwire.SendMarkMessage(stream_sid="MZ-1", mark=signalwire.Mark())
    signalwire.SendDtmfMessage(stream_sid="MZ-1", dtmf=signalwire.SendDtmf(digit="E"))
"""
# Line 9: a duration is a timedelta.  Line 10: an UnknownEvent has no call_id, so the union
# must be narrowed first.  Lines 11-13: what the user sends is closed to typos, in values
# (11, 12) and in field names (13); a stream mark needs its name (14), a DTMF digit is one of
# 0-9, *, #, A-D (15).
WRONG_LINES = {9, 10, 11, 12, 13, 14, 15}


@dataclass(frozen=True)
class Diagnostic:
    file: Path
    line: int  # 1-based
    code: str
    message: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: [{self.code}] {self.message}"


@dataclass(frozen=True)
class Run:
    returncode: int
    diagnostics: list[Diagnostic]
    output: str

    # By name: mypy reports an unchanged module from its cache under the path it had then.
    def in_file(self, path: Path) -> list[Diagnostic]:
        return [d for d in self.diagnostics if d.file.name == path.name]

    def elsewhere(self, path: Path) -> list[Diagnostic]:
        return [d for d in self.diagnostics if d.file.name != path.name]


def _mypy(stdout: str) -> list[Diagnostic]:
    found = []
    for line in stdout.splitlines():
        item = json.loads(line)
        if item["severity"] == "error":
            path = Path(item["file"])
            found.append(Diagnostic(ROOT / path, item["line"], item["code"] or "", item["message"]))
    return found


def _pyright(stdout: str) -> list[Diagnostic]:
    report = json.loads(stdout)
    return [
        Diagnostic(
            Path(d["file"]), d["range"]["start"]["line"] + 1, d.get("rule", ""), d["message"]
        )
        for d in report["generalDiagnostics"]
        if d["severity"] in ("error", "warning")
    ]


@pytest.fixture(scope="module")
def wrong_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("typing") / "wrong_expectations.py"
    path.write_text(WRONG)
    return path


@pytest.fixture(scope="module")
def runs(wrong_file: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Run]:
    """Both checkers, started together, over the targets and the wrong snippet."""
    python = sys.executable
    commands = {
        "mypy": [python, "-m", "mypy", "--strict", "-O", "json", *TARGETS, str(wrong_file)],
        "basedpyright": [
            python, "-m", "basedpyright", "--outputjson", "--pythonpath", python,
            *TARGETS, str(wrong_file),
        ],
    }  # fmt: skip
    logs = tmp_path_factory.mktemp("checker-output")
    started = {}
    for name, command in commands.items():
        out = (logs / f"{name}.out").open("w")
        err = (logs / f"{name}.err").open("w")
        started[name] = (subprocess.Popen(command, cwd=ROOT, stdout=out, stderr=err), out, err)
    results = {}
    for name, (process, out, err) in started.items():
        returncode = process.wait()
        out.close()
        err.close()
        stdout = (logs / f"{name}.out").read_text()
        stderr = (logs / f"{name}.err").read_text()
        try:
            diagnostics = _mypy(stdout) if name == "mypy" else _pyright(stdout)
        except (ValueError, KeyError):
            diagnostics = []
        results[name] = Run(returncode, diagnostics, stdout + stderr)
    return results


def _summary(diagnostics: list[Diagnostic]) -> str:
    """One line per place and kind (pyright repeats a union's problem for each member)."""
    counts = Counter((d.file, d.line, d.code) for d in diagnostics)
    lines = []
    for d in diagnostics:
        count = counts.pop((d.file, d.line, d.code), 0)
        if count:
            first = d.message.splitlines()[0]
            lines.append(f"{d.file}:{d.line}: [{d.code}] {first}" + (f" (x{count})" * (count > 1)))
    return "\n".join(lines)


def _report(run: Run) -> str:
    return _summary(run.diagnostics) or run.output


@pytest.mark.parametrize("checker", ["mypy", "basedpyright"])
def test_src_examples_and_typing_expectations_pass(
    runs: dict[str, Run], wrong_file: Path, checker: str
) -> None:
    run = runs[checker]
    assert run.diagnostics or run.returncode == 0, run.output  # a crash is no pass
    problems = run.elsewhere(wrong_file)
    if problems:
        pytest.fail(f"{checker} found {len(problems)} problems:\n" + _summary(problems))


@pytest.mark.parametrize(
    ("checker", "codes"),
    [
        (
            "mypy",
            {
                9: "assert-type",
                10: "union-attr",
                11: "arg-type",
                12: "arg-type",
                13: "call-arg",
                14: "call-arg",
                15: "arg-type",
            },
        ),
        (
            "basedpyright",
            {
                9: "reportAssertTypeFailure",
                10: "reportAttributeAccessIssue",
                11: "reportArgumentType",
                12: "reportArgumentType",
                13: "reportCallIssue",
                14: "reportCallIssue",
                15: "reportArgumentType",
            },
        ),
    ],
)
def test_a_wrong_expectation_is_reported(
    runs: dict[str, Run], wrong_file: Path, checker: str, codes: dict[int, str]
) -> None:
    run = runs[checker]
    assert run.returncode != 0, _report(run)
    found = {d.line: d.code for d in run.in_file(wrong_file)}
    assert found == codes, _report(run)
    assert set(codes) == WRONG_LINES


def test_editor_configuration_covers_what_the_suite_checks() -> None:
    tomllib = pytest.importorskip("tomllib")  # Python 3.11+
    config = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["basedpyright"]
    assert config["include"] == TARGETS
    assert config["typeCheckingMode"] in ("standard", "strict")
    assert "tests/typing" in config["strict"]  # the expectations: pyright's strictest mode
