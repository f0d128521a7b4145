"""A user's webhook handlers, and their tests written with the voice-webhooks test kit.

The handlers record how long each call's media streams ran (Bandwidth), keep the URLs of
complete recordings, and log failed SignalWire streams from signed status callbacks.  The
tests take the kit's pytest fixtures (installed with the package; no conftest needed):

    python -m pytest examples/test_handler_with_kit.py
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from hypothesis import given, settings

from voice_webhooks import PayloadError, bandwidth, signalwire
from voice_webhooks.testing import (
    ABSENT,
    Factory,
    assert_valid,
    signed_callback,
    strategies,
)

# ------------------------------------------------------------------ the application's code

BANDWIDTH_USER, BANDWIDTH_PASSWORD = "bw-callbacks", "s3cret"
STATUS_URL = "https://app.example.com/signalwire/stream-status"


@dataclass
class CallLog:
    """What the handlers record."""

    stream_seconds: dict[str, float] = field(default_factory=dict)
    recordings: list[str] = field(default_factory=list)
    failed_streams: list[str] = field(default_factory=list)


def handle_bandwidth(body: bytes, authorization: str | None, log: CallLog) -> int:
    """The Bandwidth callback endpoint: returns the HTTP status to answer with."""
    if not bandwidth.check_basic_auth(authorization, BANDWIDTH_USER, BANDWIDTH_PASSWORD):
        return 401
    try:
        event = bandwidth.parse_event(body)
    except PayloadError:
        return 400
    match event:
        case bandwidth.MediaStreamStopped(call_id=call_id, media_stream=stream):
            seconds = log.stream_seconds.get(call_id, 0.0)
            log.stream_seconds[call_id] = seconds + stream.duration.total_seconds()
        case bandwidth.RecordingAvailable(media_url=str(url), status="complete"):
            log.recordings.append(url)
    return 204


def handle_stream_status(
    url: str, body: bytes, signature: str | None, signing_key: str, log: CallLog
) -> int:
    """The SignalWire stream status callback endpoint."""
    if not signalwire.verify_signature(signing_key, url, body, signature):
        return 403
    try:
        callback = signalwire.StreamStatusCallback.from_form(body)
    except PayloadError:
        return 400
    if callback.stream_event == signalwire.StreamEvent.STREAM_ERROR:
        log.failed_streams.append(callback.stream_sid)
    return 204


def stream_request(call_id: str) -> dict[str, str]:
    """The form the application POSTs to SignalWire to stream a call's audio."""
    return {
        "Url": "wss://media.example.com/audio",
        "Track": "both_tracks",
        "StatusCallback": STATUS_URL,
        "Parameter1.Name": "call",
        "Parameter1.Value": call_id,
    }


# ---------------------------------------------------------------------------- its tests

AUTH = bandwidth.basic_auth_header(BANDWIDTH_USER, BANDWIDTH_PASSWORD)


def test_stream_time_adds_up_per_call(
    media_stream_stopped: Factory[bandwidth.MediaStreamStopped],
) -> None:
    log = CallLog()
    for duration in ("PT1M", "PT30.5S"):
        body = media_stream_stopped.body(call_id="c-1", media_stream={"duration": duration})
        assert handle_bandwidth(body.encode(), AUTH, log) == 204
    assert log.stream_seconds == {"c-1": 90.5}


def test_only_complete_recordings_are_kept(
    recording_available: Factory[bandwidth.RecordingAvailable],
) -> None:
    log = CallLog()
    complete = recording_available(status="complete")
    partial = recording_available(status="partial", seed=2)
    for payload in (complete, partial):
        assert handle_bandwidth(json.dumps(payload).encode(), AUTH, log) == 204
    assert log.recordings == [complete["mediaUrl"]]


def test_wrong_credentials_are_refused(
    media_stream_stopped: Factory[bandwidth.MediaStreamStopped],
) -> None:
    wrong = bandwidth.basic_auth_header(BANDWIDTH_USER, "guess")
    assert handle_bandwidth(media_stream_stopped.body().encode(), wrong, CallLog()) == 401


def test_a_body_without_a_call_id_is_a_bad_request(
    media_stream_stopped: Factory[bandwidth.MediaStreamStopped],
) -> None:
    body = media_stream_stopped.body(call_id=ABSENT)
    assert handle_bandwidth(body.encode(), AUTH, CallLog()) == 400


def test_new_fields_and_event_types_are_accepted(
    media_stream_stopped: Factory[bandwidth.MediaStreamStopped],
    unknown_event: Factory[bandwidth.UnknownEvent],
) -> None:
    log = CallLog()
    drifted = media_stream_stopped.body(call_id="c-2", extra={"codec": "PCMU"})
    assert handle_bandwidth(drifted.encode(), AUTH, log) == 204
    assert handle_bandwidth(unknown_event.body().encode(), AUTH, log) == 204
    assert set(log.stream_seconds) == {"c-2"}


@given(payload=strategies.bandwidth_events(unknown=True))
@settings(max_examples=30, deadline=None)
def test_every_valid_event_is_acknowledged(payload: dict[str, object]) -> None:
    assert handle_bandwidth(json.dumps(payload).encode(), AUTH, CallLog()) == 204


def test_signed_stream_errors_are_logged(
    stream_status_callback: Factory[signalwire.StreamStatusCallback],
    signalwire_signing_key: str,
) -> None:
    log = CallLog()
    form = stream_status_callback(stream_event="stream-error", stream_sid="MZ-1")
    url, body, headers = signed_callback(STATUS_URL, form, signalwire_signing_key)
    signature = headers["X-SignalWire-Signature"]
    assert handle_stream_status(url, body, signature, signalwire_signing_key, log) == 204
    assert log.failed_streams == ["MZ-1"]


def test_tampered_or_unsigned_callbacks_are_refused(
    stream_status_callback: Factory[signalwire.StreamStatusCallback],
    signalwire_signing_key: str,
) -> None:
    request = signed_callback(STATUS_URL, stream_status_callback(), signalwire_signing_key)
    tampered = request.tampered()
    key = signalwire_signing_key
    assert (
        handle_stream_status(tampered.url, tampered.body, request.signature, key, CallLog()) == 403
    )
    assert handle_stream_status(request.url, request.body, None, key, CallLog()) == 403


def test_our_stream_request_is_a_valid_create_stream_request() -> None:
    request = assert_valid(stream_request("c-3"), signalwire.CreateStreamRequest)
    assert request.parameters == {"call": "c-3"}
