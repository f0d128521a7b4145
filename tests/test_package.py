"""The package as users meet it: exported names, typing marker, README commands.

Docstring examples and ``__all__`` of every public module: ``test_public_api.py``; mypy and
pyright over the package: ``test_typing.py``.
"""

from __future__ import annotations

import importlib
import re
import subprocess
import sys
from pathlib import Path

import pytest

import voice_webhooks
from voice_webhooks import bandwidth

from .conftest import ROOT

EXPECTED = {
    "voice_webhooks": {"DEFAULT_MAX_BYTES", "ErrorDetail", "PayloadError", "WireModel",
                       "bandwidth", "signalwire"},
    "voice_webhooks.bandwidth": {
        # the union, its registry and parse function; Basic auth
        "EVENT_TYPES", "BandwidthEvent", "UnknownEvent", "parse_event", "basic_auth_header",
        "check_basic_auth",
        # the 29 event models
        "Initiate", "Answer", "Disconnect", "Redirect", "Dtmf", "Gather",
        "MachineDetectionComplete", "BridgeComplete", "BridgeTargetComplete", "TransferAnswer",
        "TransferComplete", "TransferDisconnect", "RecordComplete", "RecordingAvailable",
        "TranscriptionAvailable", "ConferenceCreated", "ConferenceRedirect",
        "ConferenceMemberJoin", "ConferenceMemberExit", "ConferenceCompleted",
        "ConferenceRecordingAvailable", "MediaStreamStarted", "MediaStreamRejected",
        "MediaStreamStopped", "RealTimeTranscriptionStarted", "RealTimeTranscriptionAvailable",
        "RealTimeTranscriptionRejected", "RealTimeTranscriptionStopped", "ReferComplete",
        # the shared field groups and family bases
        "EventBase", "CallEvent", "AnsweredCallEvent", "SipCallIdField", "TransferLegFields",
        "CallErrorFields",
        "CallEndFields", "TransferEvent", "TransferredLegEvent", "RecordingFields",
        "CompletedRecordingFields", "AvailableRecordingFields", "ConferenceEvent",
        "ConferenceMemberEvent", "StreamFields", "StreamDuration", "MediaStreamEvent",
        "RealTimeTranscriptionEvent",
        # nested objects
        "Diversion", "StirShaken", "MachineDetectionResult", "Transcription", "MediaStream",
        "StoppedMediaStream", "RealTimeTranscription", "AvailableRealTimeTranscription",
        "StoppedRealTimeTranscription",
        # enumerations
        "AttestationIndicator", "CallDirection", "CallEndCause", "DiversionPrivacy",
        "DiversionReason", "DiversionScreen", "DtmfDigit", "FileFormat", "MachineDetectionValue",
        "MediaStreamRejectedCause", "MediaStreamStoppedCause", "RealTimeTranscriptionStatus",
        "RecordingChannels", "RecordingStatus", "ReferCallStatus", "StreamTrack", "StreamType",
        "TextBoolean", "TranscriptionRejectedCause", "TranscriptionStatus",
        "TranscriptionStoppedCause", "Verstat",
        # media stream WebSocket messages
        "ClearMessage", "MediaFormat", "MediaMessage", "PlayAudio", "PlayAudioContentType",
        "PlayAudioMessage", "StartMessage", "StopMessage", "StreamEncoding", "StreamMessage",
        "StreamMetadata", "StreamProblem", "StreamProtocolError", "StreamSession",
        "TrackMetadata", "UnknownStreamMessage", "parse_stream_message",
    },
    "voice_webhooks.audio": {"AudioEncoding", "AudioFormat", "pcm16_to_ulaw", "ulaw_to_pcm16"},
    "voice_webhooks.types": {"ClosedEnum", "Duration", "IsoDuration", "NanosecondIsoDuration",
                             "OpenEnum", "OpenIntEnum",
                             "Timestamp", "UtcDatetime", "WireEnum", "WireIntEnum",
                             "format_datetime", "format_duration", "nanoseconds"},
    "voice_webhooks.schema": {"DIALECT", "FLAVOURS", "Mode", "json_schema", "schema_files",
                              "schema_id", "write_schemas"},
    "voice_webhooks.cli": {"main"},
    "voice_webhooks.receivers": {"BandwidthReceiver", "RawBody", "Readable", "Rejected",
                                 "SignalWireReceiver"},
    "voice_webhooks.fastapi": {"BandwidthWebhook", "StreamStatusWebhook", "bandwidth_webhook",
                               "describe_webhooks", "signalwire_webhook"},
    "voice_webhooks.django": {"bandwidth_webhook", "signalwire_webhook"},
    "voice_webhooks.testing": {
        "ABSENT", "FACTORIES", "Factory", "SignedRequest", "TEST_SIGNING_KEY", "assert_valid",
        "create_stream_request", "error_response", "factory_for", "media_stream_rejected",
        "media_stream_started", "media_stream_stopped", "recording_available", "signed_callback",
        "signed_json", "stream_response", "stream_status_callback", "unknown_event",
        "update_stream_request",
        # media stream WebSocket messages
        "bandwidth_clear", "bandwidth_play_audio", "bandwidth_stream_frames",
        "bandwidth_stream_media", "bandwidth_stream_start", "bandwidth_stream_stop",
        "bandwidth_stream_unknown", "signalwire_clear", "signalwire_send_dtmf",
        "signalwire_send_mark", "signalwire_send_media", "signalwire_stream_connected",
        "signalwire_stream_dtmf", "signalwire_stream_frames", "signalwire_stream_mark",
        "signalwire_stream_media", "signalwire_stream_start", "signalwire_stream_stop",
        "signalwire_stream_unknown",
        "call_status_callback", "conference_stream_response",
        "create_conference_stream_request", "error_list_response", "recording_status_callback",
        "transcription_status_callback", "unknown_callback", "update_conference_stream_request",
    },
}  # fmt: skip
EXPECTED["voice_webhooks.bandwidth"] |= {  # the BXML stream verbs (verbs.py)
    "MAX_STREAM_PARAMS", "BxmlResponse", "BxmlVerb", "RawVerb", "StartStream",
    "StartStreamTracks", "StopStream", "StreamEventMethod", "StreamMode", "StreamParam",
}  # fmt: skip
EXPECTED["voice_webhooks.testing"] |= {  # a stream verb's callbacks (_streams.py)
    "StreamLifecycle", "media_stream_webhooks_for", "stream_status_callbacks_for",
}  # fmt: skip


@pytest.mark.parametrize("module", EXPECTED)
def test_exported_names_are_exactly_the_intended_ones(module: str) -> None:
    mod = importlib.import_module(module)
    assert set(mod.__all__) == EXPECTED[module]
    assert len(mod.__all__) == len(set(mod.__all__))
    for name in mod.__all__:
        assert hasattr(mod, name), name


def test_fields_carry_provider_descriptions() -> None:
    for model in (*bandwidth.EVENT_TYPES.values(), bandwidth.StoppedMediaStream):
        for name, field in model.model_fields.items():
            assert field.description, f"{model.__name__}.{name}"


def test_ships_py_typed() -> None:
    assert (Path(voice_webhooks.__file__).parent / "py.typed").is_file()


def _readme_commands() -> list[str]:
    readme = (ROOT / "README.md").read_text()
    return re.findall(r"```(?:sh|bash|console)\n(.+?)\n```", readme, re.S)[:2]


def test_ci_runs_the_readme_commands() -> None:
    ci = (ROOT / ".ci" / "run").read_text()
    for command in _readme_commands():
        assert f"'{command.strip()}'" in ci


def test_readme_main_job_runs_on_a_shipped_payload() -> None:
    main_job, _ = _readme_commands()
    script = main_job.split("&&")[-1].split()
    assert script[0] == "python" and (ROOT / script[1]).is_file() and (ROOT / script[2]).is_file()
    result = subprocess.run(
        [sys.executable, *script[1:]], cwd=ROOT, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    assert "MediaStreamStopped" in result.stdout


LINTED = ["src", "tests", "examples", "benchmarks", "fuzz", "docs/_hooks", "noxfile.py"]
"""What ruff checks: the same list as noxfile.py's lint session."""


@pytest.mark.parametrize("command", [["check"], ["format", "--check"]], ids=["lint", "format"])
def test_ruff_is_clean(command: list[str]) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "ruff", *command, *LINTED],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
