"""``voice-webhooks validate --jobs N``: the report, the counts and the exit status of a run over
N worker processes are exactly those of a single-process run, whatever the inputs and however
they are cut into blocks."""

from __future__ import annotations

import io
import json
import multiprocessing
import os
import random
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from voice_webhooks import _parallel, cli
from voice_webhooks.bandwidth import examples as bandwidth_examples
from voice_webhooks.cli import _InputError, main

from .test_cli import BANDWIDTH, FAILURE, _Terminal, run, summary_rows

STOPPED = json.loads(bandwidth_examples.MEDIA_STREAM_STOPPED)
GOOD = [json.dumps(json.loads(p.read_bytes()), separators=(",", ":")) for p in BANDWIDTH]
BAD = [
    json.dumps({"eventType": "mediaStreamStopped", "callId": "c-1"}),  # many fields missing
    json.dumps({**STOPPED, "mediaStream": {**STOPPED["mediaStream"], "duration": "soon"}}),
    "{not json",
    '"{not json either"',  # a JSON string that holds no JSON
    '"unterminated',  # a JSON string line that is not JSON
    "[1, 2]",
    "null",
]
BLANK = ["", "   ", "\t"]


def archive(rng: random.Random, count: int) -> list[str]:
    """``count`` lines: corpus bodies (some as JSON strings, some ending in CRLF), bad bodies
    and blank lines."""
    lines = []
    for _ in range(count):
        roll = rng.random()
        if roll < 0.04:
            lines.append(rng.choice(BAD))
        elif roll < 0.06:
            lines.append(rng.choice(BLANK))
        else:
            body = rng.choice(GOOD)
            lines.append(json.dumps(body) if roll < 0.1 else body + ("\r" if roll < 0.12 else ""))
    return lines


@pytest.fixture(scope="module")
def inputs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """A log of more than one block (BLOCK_BYTES), a second log without a final line end, a
    pretty-printed JSON file (one body) and a log without the .jsonl suffix."""
    folder = tmp_path_factory.mktemp("archive")
    rng = random.Random(18)
    big = folder / "big.jsonl"
    big.write_text("\n".join(archive(rng, 2600)) + "\n", encoding="utf-8")
    assert big.stat().st_size > _parallel.BLOCK_BYTES
    small = folder / "small.ndjson"
    small.write_text("\n".join(archive(rng, 40)), encoding="utf-8")
    pretty = folder / "pretty.json"
    pretty.write_text(bandwidth_examples.MEDIA_STREAM_STARTED, encoding="utf-8")
    plain = folder / "captured.log"
    plain.write_text("\n\n" + "\n".join(archive(rng, 30)) + "\n", encoding="utf-8")
    return {"big": big, "small": small, "pretty": pretty, "plain": plain, "folder": folder}


# ------------------------------------------------------------------------------ subprocess


def test_every_jobs_value_gives_the_single_process_report(inputs: dict[str, Path]) -> None:
    stdin = inputs["small"].read_text(encoding="utf-8")
    missing = inputs["folder"] / "missing.jsonl"
    paths = [inputs["big"], "-", inputs["pretty"], missing, inputs["plain"], missing]
    paths.append(inputs["folder"])  # a folder cannot be read either
    args = ["validate", *map(str, paths)]

    single = run(*args, stdin=stdin)
    assert single.returncode == 2  # the unreadable inputs
    for jobs in ("2", "0"):
        result = run(*args, "--jobs", jobs, stdin=stdin)
        assert (result.returncode, result.stdout, result.stderr) == (
            single.returncode,
            single.stdout,
            single.stderr,
        ), jobs

    # the report is a real one: problems in input order, named by file and exact line
    failures = [m for m in map(FAILURE.match, single.stdout.splitlines()) if m]
    big_lines = inputs["big"].read_text(encoding="utf-8").split("\n")
    bad_numbers = [n for n, line in enumerate(big_lines, 1) if line in BAD]
    reported = [int(m["line"]) for m in failures if m["file"] == str(inputs["big"])]
    assert sorted(set(reported)) == bad_numbers and reported == sorted(reported)
    assert {m["file"] for m in failures} >= {str(inputs["big"]), "<stdin>"}
    assert single.stderr.count("cannot read") == 3
    rows = summary_rows(single.stdout)
    assert rows["mediaStreamStarted"][0] > 1 and rows["(not JSON)"][1] > 0


def test_a_clean_archive_exits_0_with_every_jobs_value(inputs: dict[str, Path]) -> None:
    clean = inputs["folder"] / "clean.jsonl"
    clean.write_text("\n".join(GOOD * 3) + "\n", encoding="utf-8")
    outputs = {jobs: run("validate", "-j", jobs, str(clean)) for jobs in ("1", "2", "0")}
    assert {(r.returncode, r.stdout, r.stderr) for r in outputs.values()} == {
        (0, outputs["1"].stdout, "")
    }
    assert f"{len(GOOD) * 3:,} valid, 0 invalid" in outputs["1"].stdout


@pytest.mark.parametrize("value", ["-1", "two", ""])
def test_a_bad_jobs_value_is_a_usage_error(value: str) -> None:
    result = run("validate", "--jobs", value, "-", stdin="")
    assert result.returncode == 2
    assert "argument -j/--jobs" in result.stderr and "one per core" in result.stderr


# ------------------------------------------------------------------------------ in-process


def validate(
    capsys: pytest.CaptureFixture[str], *args: str, stdin: bytes = b""
) -> tuple[int, str, str]:
    """``main(["validate", *args])`` with ``stdin``: exit status, output, errors."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(stdin)))
        status = main(["validate", *args])
    out, err = capsys.readouterr()
    return status, out, err


LINE = st.one_of(
    st.sampled_from(GOOD),
    st.sampled_from(BAD + BLANK),
    st.sampled_from(GOOD).map(json.dumps),
    st.text(max_size=20).filter(lambda s: "\n" not in s),
)


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(
    lines=st.lists(LINE, max_size=30),
    final_newline=st.booleans(),
    block=st.integers(min_value=1, max_value=4000),
    from_stdin=st.booleans(),
)
def test_any_log_cut_into_any_blocks_gives_the_single_process_report(
    lines: list[str],
    final_newline: bool,
    block: int,
    from_stdin: bool,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    data = ("\n".join(lines) + ("\n" if final_newline else "")).encode()
    log = tmp_path / "log.jsonl"
    log.write_bytes(data)
    path = "-" if from_stdin else str(log)
    single = validate(capsys, path, stdin=data)
    monkeypatch.setattr(_parallel, "BLOCK_BYTES", block)  # lines longer than blocks, too
    assert validate(capsys, "--jobs", "2", path, stdin=data) == single


def test_strict_mode_and_form_models_reach_the_workers(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    log = tmp_path / "log.jsonl"
    log.write_text("\n".join(GOOD) + "\n", encoding="utf-8")
    strict = validate(capsys, "--strict", str(log))
    # the documented warts: an unlisted key (initiate_2), zone-less timestamps (recordings)
    assert strict[0] == 1 and "diversion.unknown: Extra inputs are not permitted" in strict[1]
    assert validate(capsys, "--strict", "-j", "2", str(log)) == strict
    assert validate(capsys, "-j", "2", str(log))[0] == 0  # lenient: every body is valid

    drift = validate(capsys, "--drift", str(log))
    assert "initiate: diversion.unknown" in drift[1]
    assert validate(capsys, "--drift", "-j", "2", str(log)) == drift
    strict_drift = validate(capsys, "--strict", "--drift", str(log))
    assert validate(capsys, "--strict", "--drift", "-j", "2", str(log)) == strict_drift

    forms = tmp_path / "callbacks.log"
    callbacks = sorted((BANDWIDTH[0].parent.parent / "signalwire").glob("*callback*.form.txt"))
    forms.write_text("\n".join(p.read_text().strip() for p in callbacks) + "\nAccountSid=AC1\n")
    model = ["--model", "signalwire.StreamStatusCallback", str(forms)]
    single = validate(capsys, *model)
    assert single[0] == 1 and "StreamSid: Field required" in single[1]
    assert validate(capsys, "-j", "2", *model) == single


@pytest.mark.parametrize("fmt", ["json", "lines", "auto"])
def test_every_format_gives_the_single_process_report(
    fmt: str, inputs: dict[str, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    paths = [str(inputs[name]) for name in ("pretty", "plain", "small")]
    single = validate(capsys, "--format", fmt, *paths)
    assert validate(capsys, "--format", fmt, "-j", "2", *paths) == single


def test_the_progress_bar_follows_the_blocks_on_a_terminal(
    inputs: dict[str, Path], capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    terminal = _Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    monkeypatch.setattr(cli, "_PROGRESS_AFTER", 0.0)
    monkeypatch.setattr(cli, "_PROGRESS_EVERY", 0.0)
    monkeypatch.setattr(_parallel, "BLOCK_BYTES", 1 << 16)
    assert main(["validate", "-q", "-j", "2", str(inputs["big"])]) == 1
    drawn = terminal.getvalue()
    assert "100%" in drawn and f"{len(inputs['big'].read_bytes().splitlines()):,} lines" in drawn
    assert drawn.count("\r[") > 2 and drawn.endswith("\r\x1b[K")  # redrawn, then cleared


def test_workers_started_fresh_give_the_same_report(
    inputs: dict[str, Path], capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Where forking is not safe (not Linux, or more than one thread), workers are started
    fresh and import the models themselves."""
    single = validate(capsys, str(inputs["small"]), str(inputs["plain"]))
    monkeypatch.setattr(threading, "active_count", lambda: 2)
    assert _parallel._context().get_start_method() in ("forkserver", "spawn")
    monkeypatch.setattr(_parallel, "_context", lambda: multiprocessing.get_context("spawn"))
    assert validate(capsys, "-j", "2", str(inputs["small"]), str(inputs["plain"])) == single


# A run in a fresh interpreter (one thread: its workers are forked and inherit the patch),
# so that no thread another test left behind changes how the workers start.
PATCHED_RUN = """
import os, sys
from voice_webhooks import _parallel, cli
from voice_webhooks.cli import _InputError

def stop_abruptly(*args):
    os._exit(3)

def changed(path, offset, size):
    raise _InputError(f"{path}: changed while it was being read")

_parallel.{name} = {patch}
sys.exit(cli.main(["validate", "-j", "2", *sys.argv[1:]]))
"""


def run_patched(name: str, patch: str, *paths: Path) -> subprocess.CompletedProcess[str]:
    code = PATCHED_RUN.replace("{name}", name).replace("{patch}", patch)
    return subprocess.run(
        [sys.executable, "-c", code, *map(str, paths)], capture_output=True, text=True, timeout=300
    )


def test_a_worker_that_dies_is_reported_and_exits_2(inputs: dict[str, Path]) -> None:
    result = run_patched("_check_block", "stop_abruptly", inputs["small"])
    assert result.returncode == 2, result.stderr
    assert "a worker process stopped before its work was done" in result.stderr


def test_a_file_that_changes_while_read_is_reported_and_exits_2(inputs: dict[str, Path]) -> None:
    with pytest.raises(_InputError, match="changed while it was being read"):
        _parallel._read(str(inputs["small"]), 0, inputs["small"].stat().st_size + 1)
    result = run_patched("_read", "changed", inputs["small"], inputs["pretty"])
    assert result.returncode == 2, result.stderr
    assert result.stderr == f"voice-webhooks: {inputs['small']}: changed while it was being read\n"


def test_jobs_0_means_one_process_per_core(monkeypatch: pytest.MonkeyPatch) -> None:
    assert 1 <= _parallel.cores() <= (os.cpu_count() or 1)
    started: list[int] = []
    real = _parallel.check_in_parallel

    def spy(*args: object) -> bool:
        started.append(args[-1])  # type: ignore[arg-type]
        return real(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(_parallel, "check_in_parallel", spy)
    monkeypatch.setattr(_parallel, "cores", lambda: 3)
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(GOOD[0].encode())))
    assert main(["validate", "-q", "--jobs", "0", "-"]) == 0
    assert started == [3]
