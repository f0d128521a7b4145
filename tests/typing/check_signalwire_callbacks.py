"""Type expectations for SignalWire's status callbacks, stream requests with repeated parameter
names, and signatures, checked by mypy --strict and basedpyright.

Never run: ``tests/test_typing.py`` type-checks this file, and each ``assert_type`` is an error
if the checker infers another type.
"""

from __future__ import annotations

from datetime import datetime

from typing_extensions import assert_type

from voice_webhooks import signalwire
from voice_webhooks.signalwire.enums import StreamCodecValue

AnyCallback = (
    signalwire.StreamStatusCallback
    | signalwire.TranscriptionStatusCallback
    | signalwire.RecordingStatusCallback
    | signalwire.CallStatusCallback
    | signalwire.UnknownCallback
)


def parse_callback_returns_the_union(body: bytes, query: dict[str, str]) -> None:
    assert_type(signalwire.parse_callback(body), AnyCallback)
    assert_type(signalwire.parse_callback(query, strict=True), signalwire.StatusCallback)


def match_narrows_to_each_callback(body: bytes) -> str:
    callback = signalwire.parse_callback(body)
    match callback:
        case signalwire.CallStatusCallback(call_status=status, timestamp=when):
            assert_type(status, signalwire.CallStatus | str)
            assert_type(when, datetime)
            assert_type(callback.call_duration, int | None)
            assert_type(callback.direction, signalwire.CallDirection | str | None)
            return callback.from_
        case signalwire.RecordingStatusCallback(recording_status=status):
            assert_type(status, signalwire.RecordingStatus | str)
            assert_type(callback.recording_duration, int)
            assert_type(callback.recording_source, signalwire.RecordingSource | str)
            return callback.recording_url
        case signalwire.TranscriptionStatusCallback(transcription_status=status):
            assert_type(status, signalwire.TranscriptionStatus | str)
            return callback.transcription_text
        case signalwire.StreamStatusCallback(stream_event=event):
            return str(event)
        case signalwire.UnknownCallback():
            return str(callback.wire_extra())


def conference_streams_are_built_with_closed_values() -> None:
    request = signalwire.CreateConferenceStreamRequest(
        url="wss://media.example/room",
        stream_codec="L16@16000h",
        stream_real_time=True,
        parameters=signalwire.Parameters([("FirstName", "Jane"), ("FirstName", "Joe")]),
    )
    assert_type(request.parameters, dict[str, str])
    assert_type(request.parameter_pairs, tuple[tuple[str, str], ...])
    assert_type(request.stream_codec, signalwire.StreamCodec | StreamCodecValue | None)
    stream = signalwire.ConferenceStream.from_json(b"{}")
    assert_type(stream.date_created, datetime | None)
    assert_type(signalwire.Parameters({"a": "1"}).pairs, tuple[tuple[str, str], ...])


def signatures_take_keywords(body: bytes, headers: dict[str, str]) -> None:
    assert_type(
        signalwire.verify_signature("key", "https://a.example", body, "sig", algorithm="sha256"),
        bool,
    )
    assert_type(signalwire.verify_request("key", "https://a.example", body, headers), bool)
    assert_type(signalwire.public_url("http://a/x", headers, trusted_proxies=1), str)
    assert_type(signalwire.sign("key", "https://a.example", body, algorithm="sha256"), str)
