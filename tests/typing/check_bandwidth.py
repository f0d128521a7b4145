"""Type expectations for Bandwidth events, checked by mypy --strict and basedpyright.

Never run: ``tests/test_typing.py`` type-checks this file, and each ``assert_type`` is an error
if the checker infers another type.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from typing_extensions import assert_never, assert_type

from voice_webhooks import PayloadError, bandwidth

AnyEvent = (
    bandwidth.MediaStreamStarted
    | bandwidth.MediaStreamRejected
    | bandwidth.MediaStreamStopped
    | bandwidth.RecordingAvailable
    | bandwidth.UnknownEvent
)


def parse_event_returns_the_union(body: bytes, text: str, query: dict[str, str]) -> None:
    assert_type(bandwidth.parse_event(body), AnyEvent)
    assert_type(bandwidth.parse_event(text, strict=True), bandwidth.BandwidthEvent)
    assert_type(bandwidth.parse_event(query, max_bytes=None), AnyEvent)
    assert_type(bandwidth.MediaStreamStopped.from_json(body), bandwidth.MediaStreamStopped)
    assert_type(bandwidth.UnknownEvent.from_json(body).wire_extra(), dict[str, Any])


def match_narrows_to_each_model(body: bytes) -> str:
    event = bandwidth.parse_event(body)
    match event:
        case bandwidth.MediaStreamStarted(media_stream=stream):
            assert_type(event, bandwidth.MediaStreamStarted)
            assert_type(stream, bandwidth.MediaStream)
            assert_type(stream.tracks, list[bandwidth.StreamTrack | str])
            assert_type(stream.start_time, datetime)
            return stream.name
        case bandwidth.MediaStreamRejected(cause=cause, original_media_stream=original):
            assert_type(cause, bandwidth.MediaStreamRejectedCause | str)
            assert_type(original, bandwidth.MediaStream | None)
            assert_type(event.error_message, str)
            return event.error_message
        case bandwidth.MediaStreamStopped(media_stream=stream, cause=cause):
            assert_type(stream, bandwidth.StoppedMediaStream)
            assert_type(stream.duration, timedelta)
            assert_type(cause, bandwidth.MediaStreamStoppedCause | str)
            assert_type(event.error_message, str | None)
            return str(stream.duration.total_seconds())
        case bandwidth.RecordingAvailable(media_url=url, channels=channels):
            assert_type(url, str)
            assert_type(channels, bandwidth.RecordingChannels | int)
            assert_type(event.duration, timedelta)
            assert_type(event.file_format, bandwidth.FileFormat | str)
            assert_type(event.status, bandwidth.RecordingStatus | str)
            assert_type(event.recording_name, str | None)
            assert_type(event.parent_call_id, str | None)
            return url
        case bandwidth.UnknownEvent(event_type=name):
            assert_type(name, str)
            return name
        case _:
            assert_never(event)  # the union is closed: every case above is reachable


def isinstance_narrows_too(body: bytes) -> None:
    event = bandwidth.parse_event(body)
    if isinstance(event, bandwidth.UnknownEvent):
        assert_type(event.wire_extra(), dict[str, Any])
        return
    assert_type(
        event,
        bandwidth.MediaStreamStarted
        | bandwidth.MediaStreamRejected
        | bandwidth.MediaStreamStopped
        | bandwidth.RecordingAvailable,
    )
    # Every known event is a call event: its shared fields need no narrowing.
    assert_type(event.event_time, datetime)
    assert_type(event.enqueued_time, datetime | None)
    assert_type(event.direction, bandwidth.CallDirection | str)
    assert_type(event.from_, str)
    assert_type(event.privacy, bool | None)
    if isinstance(event, bandwidth.MediaStreamEvent):
        assert_type(event.answer_time, datetime)


def wire_output_and_errors(event: bandwidth.BandwidthEvent) -> None:
    assert_type(event.to_json(), str)
    assert_type(event.to_dict(), dict[str, Any])
    try:
        bandwidth.parse_event(event.to_json(), strict=True)
    except PayloadError as exc:
        assert_type(exc, PayloadError)
        assert_type(exc.paths, list[str])
        assert_type(exc.errors()[0]["path"], str)


def basic_auth(header: str | None) -> None:
    assert_type(bandwidth.check_basic_auth(header, "user", "password"), bool)
    assert_type(bandwidth.basic_auth_header("user", "password"), str)
