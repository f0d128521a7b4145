"""The media stream events: typed values of the documented examples, optional fields, causes."""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone

import pytest

from voice_webhooks import PayloadError, bandwidth
from voice_webhooks.bandwidth import (
    CallDirection,
    MediaStreamRejectedCause,
    MediaStreamStoppedCause,
    StreamTrack,
    StreamType,
)
from voice_webhooks.types import Duration, nanoseconds

from ..conftest import CORPUS

UTC = timezone.utc


def load(name: str) -> dict:
    return json.loads((CORPUS / "bandwidth" / name).read_bytes())


def test_started_has_every_documented_field_typed() -> None:
    event = bandwidth.parse_event(json.dumps(load("mediaStreamStarted_1.json")))
    assert isinstance(event, bandwidth.MediaStreamStarted)
    assert event.account_id == "55555555"
    assert event.application_id == "7fc9698a-b04a-468b-9e8f-91238c0d0086"
    assert event.call_id == "c-95ac912f-68aacdd7-4a8e-4223-a7fd-020e02fa6bf2"
    assert event.call_url.endswith("/calls/c-95ac912f-68aacdd7-4a8e-4223-a7fd-020e02fa6bf2")
    assert event.direction is CallDirection.OUTBOUND
    assert event.from_ == "+15551112222" and event.to == "+15553334444"
    assert event.event_time == datetime(2022, 6, 30, 18, 55, 2, 489000, tzinfo=UTC)
    assert event.enqueued_time == datetime(2022, 6, 30, 18, 54, 59, 172000, tzinfo=UTC)
    assert event.start_time == datetime(2022, 6, 30, 18, 54, 59, 175000, tzinfo=UTC)
    assert event.answer_time == datetime(2022, 6, 30, 18, 55, 2, 80000, tzinfo=UTC)
    assert event.tag is None and event.privacy is None and event.caller_display_name is None
    stream = event.media_stream
    assert stream.destination == "wss://websocket.myapp.example"
    assert stream.id == "s-95ac90b3-bfc81595-35fc-4b64-8265-fab6855b74a2"
    assert stream.name == "example_stream"
    assert stream.start_time == datetime(2022, 6, 30, 18, 55, 2, 489000, tzinfo=UTC)
    assert stream.tracks == [StreamTrack.INBOUND, StreamTrack.OUTBOUND]
    assert stream.type is StreamType.WEBSOCKET


def test_rejected_carries_cause_message_and_original_stream() -> None:
    event = bandwidth.parse_event(json.dumps(load("mediaStreamRejected_1.json")))
    assert isinstance(event, bandwidth.MediaStreamRejected)
    assert event.cause is MediaStreamRejectedCause.DUPLICATE
    assert event.error_message == "A stream with the name example_stream already exists"
    assert event.media_stream.tracks == [StreamTrack.OUTBOUND]
    assert event.original_media_stream is not None
    assert event.original_media_stream.id == "s-95ac90b3-e9cd80fa-fca7-4d12-9109-2990afe4d8c5"


def test_rejected_without_original_stream() -> None:
    raw = load("mediaStreamRejected_1.json")
    del raw["originalMediaStream"]
    raw["cause"] = "track-limit"
    event = bandwidth.parse_event(raw, strict=True)
    assert isinstance(event, bandwidth.MediaStreamRejected)
    assert event.original_media_stream is None
    assert event.cause is MediaStreamRejectedCause.TRACK_LIMIT
    assert "originalMediaStream" not in json.loads(event.to_json())


def test_rejected_requires_its_error_message() -> None:
    raw = load("mediaStreamRejected_1.json")
    del raw["errorMessage"]
    with pytest.raises(PayloadError) as caught:
        bandwidth.parse_event(raw)
    assert caught.value.paths == ["errorMessage"]


def test_stopped_duration_keeps_nanoseconds() -> None:
    event = bandwidth.parse_event(json.dumps(load("mediaStreamStopped_1.json")))
    assert isinstance(event, bandwidth.MediaStreamStopped)
    assert event.cause is MediaStreamStoppedCause.CLOSED
    assert event.error_message is None
    duration = event.media_stream.duration
    assert isinstance(duration, timedelta) and isinstance(duration, Duration)
    assert nanoseconds(duration) == 112_217_257_456
    assert duration.nanosecond == 456
    assert json.loads(event.to_json())["mediaStream"]["duration"] == "PT1M52.217257456S"


@pytest.mark.parametrize("cause", ["closed", "connection-error", "error"])
def test_every_stopped_cause(cause: str) -> None:
    raw = load("mediaStreamStopped_1.json") | {"cause": cause, "errorMessage": "details"}
    event = bandwidth.parse_event(raw, strict=True)
    assert isinstance(event, bandwidth.MediaStreamStopped)
    assert event.cause == MediaStreamStoppedCause(cause)
    assert event.error_message == "details"


@pytest.mark.parametrize("cause", [c.value for c in MediaStreamRejectedCause])
def test_every_rejected_cause(cause: str) -> None:
    event = bandwidth.parse_event(load("mediaStreamRejected_1.json") | {"cause": cause})
    assert isinstance(event, bandwidth.MediaStreamRejected)
    assert event.cause is MediaStreamRejectedCause(cause)


def test_causes_are_per_event() -> None:
    raw = load("mediaStreamStopped_1.json") | {"cause": "duplicate"}  # a rejected-only cause
    assert bandwidth.parse_event(raw).cause == "duplicate"  # lenient: kept as a plain str
    with pytest.raises(PayloadError) as caught:
        bandwidth.parse_event(raw, strict=True)
    assert caught.value.paths == ["cause"]
    assert "'closed', 'connection-error', 'error'" in str(caught.value)


def test_optional_call_fields() -> None:
    raw = load("mediaStreamStarted_1.json") | {
        "tag": "customer-42",
        "privacy": True,
        "callerDisplayName": "Anonymous",
    }
    del raw["enqueuedTime"]
    event = bandwidth.parse_event(raw, strict=True)
    assert event.tag == "customer-42"
    assert event.privacy is True
    assert event.caller_display_name == "Anonymous"
    assert event.enqueued_time is None
    emitted = json.loads(event.to_json())
    assert "enqueuedTime" not in emitted
    assert emitted["privacy"] is True and emitted["callerDisplayName"] == "Anonymous"


def test_built_in_python_writes_its_event_type() -> None:
    stream = bandwidth.StoppedMediaStream(
        destination="wss://ws.example",
        id="s-1",
        name="s-1",
        start_time=datetime(2024, 1, 1, tzinfo=UTC),
        tracks=[StreamTrack.INBOUND],
        type=StreamType.WEBSOCKET,
        duration=timedelta(seconds=3),
    )
    event = bandwidth.MediaStreamStopped(
        event_time=datetime(2024, 1, 1, 0, 0, 3, tzinfo=UTC),
        account_id="1",
        application_id="a",
        from_="+15551112222",
        to="+15553334444",
        direction=CallDirection.INBOUND,
        call_id="c-1",
        call_url="https://voice.example/c-1",
        start_time=datetime(2024, 1, 1, tzinfo=UTC),
        answer_time=datetime(2024, 1, 1, tzinfo=UTC),
        cause=MediaStreamStoppedCause.CLOSED,
        media_stream=stream,
    )
    emitted = json.loads(event.to_json())
    assert emitted["eventType"] == "mediaStreamStopped"
    assert emitted["from"] == "+15551112222"
    assert emitted["mediaStream"]["duration"] == "PT3S"
    assert bandwidth.parse_event(event.to_json(), strict=True) == event


def test_models_are_immutable_and_compare_by_value() -> None:
    a = bandwidth.parse_event(json.dumps(load("mediaStreamStarted_1.json")))
    b = bandwidth.parse_event(json.dumps(load("mediaStreamStarted_1.json")))
    assert a == b and a is not b
    with pytest.raises(Exception):  # noqa: B017 - pydantic's frozen-instance error
        a.call_id = "other"  # type: ignore[misc]
    assert a != bandwidth.parse_event(load("mediaStreamStarted_1.json") | {"callId": "c-2"})


def test_match_statement_destructures_events() -> None:
    event = bandwidth.parse_event(json.dumps(load("mediaStreamRejected_1.json")))
    match event:
        case bandwidth.MediaStreamRejected(cause=cause, original_media_stream=orig):
            assert cause == "duplicate"
            assert orig is not None
        case _:
            pytest.fail("not dispatched to MediaStreamRejected")
