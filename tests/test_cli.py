"""The command line: the real entry point in a subprocess for what users run (exit codes,
output, a JSON Lines log of thousands of lines with a few bad ones), ``main()`` in-process for
the finer cases."""

from __future__ import annotations

import io
import json
import random
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from voice_webhooks import bandwidth, signalwire
from voice_webhooks.bandwidth import examples as bandwidth_examples
from voice_webhooks.cli import _Progress, main
from voice_webhooks.schema import schema_files

from .conftest import CORPUS, bandwidth_webhooks

BANDWIDTH = bandwidth_webhooks()
CALLBACKS = sorted((CORPUS / "signalwire").glob("sw_stream_status_callback_*.form.txt"))
FAILURE = re.compile(r"^(?P<file>.+?):(?P<line>\d+): (?P<path>\S+): (?P<msg>.+)$")
ROW = re.compile(r"^  (?P<label>.+?) +(?P<valid>[\d,]+) +(?P<invalid>[\d,]+)$")


def run(
    *args: str, stdin: str | None = None, cwd: Path | None = None
) -> subprocess.CompletedProcess[str]:
    """The command line as users run it: ``python -m voice_webhooks ...``."""
    return subprocess.run(
        [sys.executable, "-m", "voice_webhooks", *args],
        input=stdin,
        capture_output=True,
        text=True,
        cwd=cwd,
        check=False,
    )


def summary_rows(stdout: str) -> dict[str, tuple[int, int]]:
    rows = {}
    for line in stdout.splitlines():
        match = ROW.match(line)
        if match and match["label"] not in ("eventType", "model"):
            rows[match["label"]] = (
                int(match["valid"].replace(",", "")),
                int(match["invalid"].replace(",", "")),
            )
    return rows


def event_label(body: dict[str, Any]) -> str:
    event_type = body["eventType"]
    return event_type if event_type in bandwidth.EVENT_TYPES else f"{event_type} (unknown)"


# ------------------------------------------------------------------------------ subprocess


def test_validate_a_large_json_lines_log_reports_each_bad_line(tmp_path: Path) -> None:
    rng = random.Random(4)
    bodies = [json.loads(p.read_bytes()) for p in BANDWIDTH]
    lines: list[str] = []
    expected: Counter[str] = Counter()
    for _ in range(3000):
        body = rng.choice(bodies)
        expected[event_label(body)] += 1
        compact = json.dumps(body, separators=(",", ":"))
        lines.append(json.dumps(compact) if rng.random() < 0.05 else compact)  # a JSON string
    stopped = json.loads(bandwidth_examples.MEDIA_STREAM_STOPPED)
    bad_duration = {**stopped, "mediaStream": {**stopped["mediaStream"], "duration": "soon"}}
    bad = {
        200: (json.dumps({"eventType": "mediaStreamStopped", "callId": "c-1"}), "eventTime"),
        1234: ("{not json", "(body)"),
        2999: (json.dumps(bad_duration), "mediaStream.duration"),
    }
    lines.insert(499, "")  # line 500: blank, skipped
    for number, (text, _) in sorted(bad.items()):
        lines.insert(number - 1, text)
    log = tmp_path / "webhooks.jsonl"
    log.write_text("\n".join(lines) + "\n", encoding="utf-8")

    result = run("validate", str(log))

    assert result.returncode == 1, result.stderr
    failures = [FAILURE.match(line) for line in result.stdout.splitlines() if ": " in line]
    failures = [m for m in failures if m and m["file"] == str(log)]
    assert {int(m["line"]) for m in failures} == set(bad)
    for number, (_, path) in bad.items():
        assert path in {m["path"] for m in failures if int(m["line"]) == number}
    assert result.stdout.count(f"{log}:200: ") >= 8  # every missing field of that body, named
    head = "3,003 payloads in 1 input: 3,000 valid, 3 invalid (1 blank line skipped)"
    assert head in result.stdout
    rows = summary_rows(result.stdout)
    assert {label: valid for label, (valid, _) in rows.items() if valid} == dict(expected)
    assert rows["mediaStreamStopped"][1] == 2 and rows["(not JSON)"] == (0, 1)
    assert result.stderr == ""  # no progress bar: standard error is not a terminal


def test_validate_strict_rejects_drift_and_exits_1(tmp_path: Path) -> None:
    recording = CORPUS / "bandwidth" / "recordingAvailable_1.json"  # zone-less timestamps
    paused = tmp_path / "paused.json"  # an event type this version lacks
    paused.write_text(json.dumps(json.loads(bandwidth_examples.ANSWER) | {"eventType": "paused"}))
    started = CORPUS / "bandwidth" / "mediaStreamStarted_1.json"
    result = run("validate", "--strict", str(recording), str(paused), str(started))
    assert result.returncode == 1
    assert f"{recording}:1: eventTime: Timestamp has no time zone" in result.stdout
    assert f"{paused}:1: eventType: Unknown event type 'paused' (strict mode)" in result.stdout
    assert str(started) not in result.stdout
    assert summary_rows(result.stdout) == {
        "paused": (0, 1),
        "mediaStreamStarted": (1, 0),
        "recordingAvailable": (0, 1),
    }


DRIFT_ROW = re.compile(r"^    (?P<place>.+?) +(?P<count>[\d,]+)$")


def drift_rows(stdout: str) -> dict[str, dict[str, int]]:
    """The drift report: rows by section heading."""
    sections: dict[str, dict[str, int]] = {}
    heading = None
    for line in stdout.splitlines()[
        stdout.splitlines().index(
            next(line for line in stdout.splitlines() if line.startswith("drift: "))
        )
        + 1 :
    ]:
        if line.startswith("  ") and not line.startswith("    "):
            heading = line.strip()
            sections[heading] = {}
        elif (match := DRIFT_ROW.match(line)) and heading is not None:
            sections[heading][match["place"]] = int(match["count"].replace(",", ""))
    return sections


def _drifting_log(tmp_path: Path) -> Path:
    """A log of real bodies where Bandwidth changed things: a new event type, new fields at two
    depths, new enum values (one in a list), and a body that is wrong whatever the mode."""
    disconnect = json.loads(bandwidth_examples.DISCONNECT)
    stopped = json.loads(bandwidth_examples.MEDIA_STREAM_STOPPED)
    stream = stopped["mediaStream"]
    lines = [
        disconnect | {"cause": "solar-flare", "sipDialogId": "d-1"},
        disconnect | {"cause": "solar-flare"},
        disconnect,
        stopped | {"mediaStream": stream | {"codec": "PCMU", "tracks": ["inbound", "sideways"]}},
        disconnect | {"eventType": "callPaused"},
        disconnect | {"eventType": "callPaused", "cause": "solar-flare"},
        {"eventType": "disconnect", "callId": 7},
    ]
    log = tmp_path / "webhooks.jsonl"
    log.write_text("".join(json.dumps(line) + "\n" for line in lines))
    return log


@pytest.mark.parametrize("strict", [False, True], ids=["lenient", "strict"])
def test_validate_drift_lists_what_this_version_does_not_know(tmp_path: Path, strict: bool) -> None:
    result = run("validate", "--drift", *(["--strict"] if strict else []),
                 str(_drifting_log(tmp_path)))  # fmt: skip
    assert result.returncode == 1, result.stderr  # the last body is invalid in both modes
    assert "drift: 5 unknown to this version, seen 7 times" in result.stdout
    assert drift_rows(result.stdout) == {
        "unknown event types": {"callPaused": 2},
        "unknown fields (eventType: wire path)": {
            "disconnect: sipDialogId": 1,
            "mediaStreamStopped: mediaStream.codec": 1,
        },
        "unknown enum values (eventType: wire path = value)": {
            "disconnect: cause = 'solar-flare'": 2,
            "mediaStreamStopped: mediaStream.tracks[] = 'sideways'": 1,
        },
    }


def test_validate_drift_of_a_clean_log_says_none(capsys: pytest.CaptureFixture[str]) -> None:
    clean = [str(p) for p in BANDWIDTH if p.name != "initiate_2.json"]
    assert main(["validate", "-q", "--drift", *clean]) == 0
    assert capsys.readouterr().out == (
        "drift: none (every event type, field and enum value is known)\n"
    )
    assert main(["validate", "-q", "--drift", str(CORPUS / "bandwidth" / "initiate_2.json")]) == 0
    assert "initiate: diversion.unknown" in capsys.readouterr().out  # the page's own example


def test_validate_drift_reads_any_model(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    log = tmp_path / "callbacks.log"
    log.write_text(CALLBACKS[0].read_text().strip() + "&StreamSequence=3\n")
    assert (
        main(["validate", "--drift", "--model", "signalwire.StreamStatusCallback", str(log)]) == 0
    )
    assert drift_rows(capsys.readouterr().out) == {
        "unknown fields (model: wire path)": {"StreamStatusCallback: StreamSequence": 1}
    }


def test_validate_every_corpus_file_exits_0() -> None:
    result = run("validate", *map(str, BANDWIDTH))
    assert result.returncode == 0, result.stdout
    assert f"{len(BANDWIDTH)} payloads in {len(BANDWIDTH)} inputs: {len(BANDWIDTH)} valid" in (
        result.stdout
    )


def test_parse_prints_the_typed_event_and_its_wire_form() -> None:
    path = CORPUS / "bandwidth" / "mediaStreamStopped_1.json"
    readable = run("parse", str(path))
    assert readable.returncode == 0, readable.stderr
    lines = readable.stdout.splitlines()
    assert lines[0] == "MediaStreamStopped"
    assert "  cause: MediaStreamStoppedCause.CLOSED ('closed')" in lines
    assert "  media_stream: StoppedMediaStream" in lines
    assert "    duration: timedelta PT1M52.217257456S (112.217 s)" in lines

    wire = run("parse", "--json", "-", stdin=path.read_text())
    assert wire.returncode == 0
    assert wire.stdout.strip() == bandwidth.parse_event(path.read_bytes()).to_json()


def test_usage_errors_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    result = run("validate")
    assert result.returncode == 2 and "usage: voice-webhooks validate" in result.stderr
    with pytest.raises(SystemExit) as exc:
        main(["parse", "--model", "bandwidth.Nope", "-"])
    assert exc.value.code == 2 and "not a public model" in capsys.readouterr().err


def test_version_is_the_installed_distribution_version() -> None:
    from importlib.metadata import version

    import voice_webhooks

    result = run("--version")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"voice-webhooks {version('voice-webhooks')}"
    assert voice_webhooks.__version__ == version("voice-webhooks")


@pytest.mark.parametrize(
    ("argv", "usage"),
    [
        (["schema", "--check"], "usage: voice-webhooks schema"),
        (["schema", "bandwidth.Nope"], "usage: voice-webhooks schema"),
        (["sample"], "usage: voice-webhooks sample"),
        (["sample", "notAnEvent"], "usage: voice-webhooks sample"),
        (["parse", "--model", "Nope", "-"], "usage: voice-webhooks parse"),
        (["validate", "--model", "Nope", "-"], "usage: voice-webhooks validate"),
    ],
)
def test_a_usage_error_shows_the_usage_of_its_command(
    argv: list[str], usage: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exc:
        main(argv)
    err = capsys.readouterr().err
    assert exc.value.code == 2
    assert err.startswith(usage), err


def test_a_model_is_found_by_its_short_name_when_unambiguous(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["schema", "MediaStreamStopped"]) == 0
    assert json.loads(capsys.readouterr().out) == json.loads(
        schema_files()["bandwidth/MediaStreamStopped.json"]
    )
    assert main(["sample", "--model", "StreamStatusCallback"]) == 0
    assert signalwire.StreamStatusCallback.from_form(capsys.readouterr().out.strip(), strict=True)


def test_an_ambiguous_short_name_lists_the_candidates(monkeypatch: pytest.MonkeyPatch) -> None:
    from voice_webhooks._schema import names

    found = {"bandwidth.Same": object(), "signalwire.Same": object()}
    monkeypatch.setattr(names, "targets", lambda provider=None: found)
    with pytest.raises(
        KeyError, match=r"ambiguous; give its provider: bandwidth\.Same, signalwire\.Same"
    ):
        names.resolve("Same")


def test_counts_are_singular_for_one(tmp_path: Path) -> None:
    log = tmp_path / "one.jsonl"
    log.write_bytes(BANDWIDTH[0].read_bytes().replace(b"\n", b"") + b"\n\n")
    result = run("validate", str(log))
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[0] == (
        "1 payload in 1 input: 1 valid, 0 invalid (1 blank line skipped)"
    )


@pytest.mark.parametrize("content", ["", "\n\n  \n"], ids=["empty", "blank-lines"])
def test_validate_says_so_when_the_input_holds_no_payload(tmp_path: Path, content: str) -> None:
    log = tmp_path / "capture.jsonl"
    log.write_text(content)
    result = run("validate", str(log))
    assert result.returncode == 1
    assert "no payload found" in result.stderr
    assert run("validate", "-", stdin=content).returncode == 1


def test_installed_script_prints_a_sample_that_strict_parsing_accepts() -> None:
    script = Path(sys.executable).with_name("voice-webhooks")
    result = subprocess.run(
        [str(script), "sample", "recordingAvailable"], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    event = bandwidth.parse_event(result.stdout, strict=True)  # the documented warts repaired
    assert event == bandwidth.parse_event(bandwidth_examples.RECORDING_AVAILABLE)


# ------------------------------------------------------------------------------ in-process


def test_schema_out_writes_every_schema(tmp_path: Path) -> None:
    assert main(["schema", "--out", str(tmp_path / "schemas")]) == 0
    files = schema_files()
    written = {
        p.relative_to(tmp_path / "schemas").as_posix(): p.read_text(encoding="utf-8")
        for p in (tmp_path / "schemas").rglob("*.json")
    }
    assert written == files


def test_parse_reads_form_bodies_with_model(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", "--model", "signalwire.StreamStatusCallback", str(CALLBACKS[0])]) == 0
    out = capsys.readouterr().out
    assert out.startswith("StreamStatusCallback\n") and "stream_event: StreamEvent." in out


def test_parse_failures(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"eventType": "mediaStreamStarted"}')
    assert main(["parse", str(bad)]) == 1
    assert "invalid Bandwidth event" in capsys.readouterr().err
    assert main(["parse", str(tmp_path / "missing.json")]) == 2
    assert "cannot read" in capsys.readouterr().err


def test_validate_form_bodies_one_per_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    log = tmp_path / "callbacks.log"
    bodies = [p.read_text().strip() for p in CALLBACKS]
    log.write_text("\n".join([*bodies, "AccountSid=AC1", json.dumps(bodies[0])]) + "\n")
    code = main(["validate", "--model", "signalwire.StreamStatusCallback", str(log)])
    out = capsys.readouterr().out
    assert code == 1
    assert f"{log}:{len(bodies) + 1}: StreamSid: Field required" in out
    assert summary_rows(out) == {"StreamStatusCallback": (len(bodies) + 1, 1)}


def test_validate_tells_json_files_from_json_lines(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pretty = tmp_path / "pretty.json"  # one body over many lines
    pretty.write_text(bandwidth_examples.MEDIA_STREAM_STARTED)
    lines = tmp_path / "two.log"  # JSON Lines without the extension
    compact = json.dumps(json.loads(bandwidth_examples.MEDIA_STREAM_STOPPED))
    lines.write_text(f"\n{compact}\n{compact}\n")
    assert main(["validate", "-q", str(pretty), str(lines)]) == 0
    assert capsys.readouterr().out == ""
    assert main(["validate", "--format", "json", str(lines)]) == 1  # two bodies are not one
    assert f"{lines}:1: (body): " in capsys.readouterr().out
    assert main(["validate", str(tmp_path / "missing.jsonl")]) == 2


def test_schema_prints_one_schema(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["schema", "signalwire.Stream", "--strict", "--serialization"]) == 0
    printed = json.loads(capsys.readouterr().out)
    assert printed["$id"] == "urn:voice-webhooks:signalwire:Stream:strict-output"
    with pytest.raises(SystemExit) as exc:
        main(["schema", "bandwidth.UnknownEvent", "--strict"])
    assert exc.value.code == 2
    with pytest.raises(SystemExit):
        main(["schema"])


def test_schema_docs_check(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["schema", "--docs", str(tmp_path), "--check"]) == 1
    assert "regenerate with: python -m voice_webhooks schema --docs docs" in capsys.readouterr().err
    assert main(["schema", "--docs", str(tmp_path)]) == 0
    assert main(["schema", "--docs", str(tmp_path), "--check"]) == 0
    (tmp_path / "reference" / "bandwidth.md").write_text("edited by hand\n")
    (tmp_path / "schema" / "bandwidth" / "Gone.json").write_text("{}\n")
    assert main(["schema", "--docs", str(tmp_path), "--check"]) == 1
    err = capsys.readouterr().err
    assert "reference/bandwidth.md: out of date" in err and "Gone.json: out of date" in err


@pytest.mark.parametrize("name", ["signalwire.CreateStreamRequest", "signalwire.Stream"])
def test_sample_of_any_model_parses_strictly(name: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["sample", "--model", name]) == 0
    out = capsys.readouterr().out.strip()
    model = getattr(signalwire, name.split(".")[1])
    parsed = (
        model.from_form(out, strict=True)
        if out.startswith("Url=")
        else model.from_json(out, strict=True)
    )
    assert type(parsed) is model


@pytest.mark.parametrize("event_type", sorted(bandwidth.EVENT_TYPES))
def test_sample_of_every_event_type_parses_strictly_into_its_model(
    event_type: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["sample", event_type]) == 0
    event = bandwidth.parse_event(capsys.readouterr().out, strict=True)
    assert type(event) is bandwidth.EVENT_TYPES[event_type]
    assert event.event_type == event_type


def test_sample_of_an_unknown_event_type_is_a_usage_error(
    capsys: pytest.CaptureFixture[str],
) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["sample", "mediaStreamPaused"])
    assert exc.value.code == 2 and "mediaStreamStopped" in capsys.readouterr().err


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_bar_only_on_a_terminal_and_only_once_work_has_taken_a_while() -> None:
    piped = io.StringIO()
    progress = _Progress(piped, 1000)
    progress.started -= 60  # as if a minute had passed, without waiting for it
    progress.update(500, 100)
    assert piped.getvalue() == ""

    terminal = _Terminal()
    progress = _Progress(terminal, 1000)
    progress.update(10, 2)
    assert terminal.getvalue() == ""  # a short run draws nothing
    progress.started -= 60
    progress.last -= 60
    progress.update(500, 100)
    assert " 50%" in terminal.getvalue() and "100 lines" in terminal.getvalue()
    progress.close()
    assert terminal.getvalue().endswith("\r\x1b[K")
