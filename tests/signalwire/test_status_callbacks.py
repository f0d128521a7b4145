"""The call, recording and transcription status callbacks: every field, lenient and strict,
numbers and dates as forms write them, and the dispatcher that tells every kind apart."""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Any
from urllib.parse import parse_qsl

import pytest
from pydantic import TypeAdapter, ValidationError

import voice_webhooks.signalwire as signalwire
from voice_webhooks import PayloadError
from voice_webhooks.signalwire import examples
from voice_webhooks.testing import (
    call_status_callback,
    recording_status_callback,
    stream_status_callback,
    transcription_status_callback,
    unknown_callback,
)

from ._support import payload_error

CALL_MINIMAL = {
    "AccountSid": "AC1",
    "CallSid": "CA1",
    "CallStatus": "ringing",
    "From": "+15551234567",
    "To": "+15559876543",
    "Timestamp": "Thu, 04 Apr 2024 18:32:15 +0000",
}


def test_the_call_progress_callback_field_by_field() -> None:
    callback = signalwire.CallStatusCallback.from_form(examples.CALL_STATUS_CALLBACK, strict=True)
    assert callback.call_status is signalwire.CallStatus.COMPLETED
    assert callback.direction is signalwire.CallDirection.OUTBOUND_API
    assert callback.from_ == "+15551234567" and callback.to == "+15559876543"
    assert callback.timestamp == datetime(2024, 4, 4, 18, 32, 15, tzinfo=timezone.utc)
    assert (callback.call_duration, callback.sequence_number) == (94, 4)
    assert callback.audio_in_mos == "4.3"  # text: a score, kept as written
    assert callback.audio_in_media_packet_count == 1842
    assert callback.recording_duration == 94
    assert callback.callback_source == "call-progress-events"
    # Every key and value comes back (in the model's order of fields).
    assert callback.to_form() == dict(parse_qsl(examples.CALL_STATUS_CALLBACK))


def test_the_inbound_call_callback_and_the_least_a_call_callback_needs() -> None:
    inbound = signalwire.CallStatusCallback.from_form(
        examples.INBOUND_CALL_STATUS_CALLBACK, strict=True
    )
    assert inbound.call_duration == 142 and inbound.audio_in_mos == "4.5"
    minimal = signalwire.CallStatusCallback.from_form(CALL_MINIMAL, strict=True)
    assert minimal.direction is None and minimal.sequence_number is None
    assert minimal.to_form() == CALL_MINIMAL


@pytest.mark.parametrize("missing", ["AccountSid", "CallSid", "CallStatus", "From", "To"])
def test_required_call_fields_are_named(missing: str) -> None:
    body = {k: v for k, v in CALL_MINIMAL.items() if k != missing}
    assert payload_error(signalwire.CallStatusCallback.from_form, body).paths == [missing]


@pytest.mark.parametrize(
    ("model", "body", "key", "value"),
    [
        (signalwire.CallStatusCallback, CALL_MINIMAL, "CallStatus", "answered"),
        (signalwire.CallStatusCallback, CALL_MINIMAL, "Direction", "outbound-sip"),
        (signalwire.RecordingStatusCallback, examples.RECORDING_STATUS_CALLBACK, "RecordingStatus",
         "failed"),
        (signalwire.RecordingStatusCallback, examples.RECORDING_STATUS_CALLBACK, "RecordingSource",
         "StartCallRecordingAPI"),
        (signalwire.TranscriptionStatusCallback, examples.TRANSCRIPTION_STATUS_CALLBACK,
         "TranscriptionStatus", "in-progress"),
    ],
)  # fmt: skip
def test_unknown_enum_values_are_kept_leniently_and_refused_strictly(
    model: type[signalwire.CallStatusCallback], body: Any, key: str, value: str
) -> None:
    fields = dict(parse_qsl(body)) if isinstance(body, str) else dict(body)
    fields[key] = value
    callback = model.from_form(fields)
    assert callback.to_form()[key] == value
    assert model.from_form(callback.to_form()) == callback
    error = payload_error(model.from_form, fields, strict=True)
    assert error.paths == [key]


@pytest.mark.parametrize(
    ("text", "lenient", "strict_ok"),
    [("94", 94, True), ("0", 0, True), ("-1", -1, True), (" 94", 94, False),
     ("+94", 94, False), ("094", 94, False), ("9_4", 94, False)],
)  # fmt: skip
def test_numbers_are_read_as_forms_write_them(text: str, lenient: int, strict_ok: bool) -> None:
    body = {**dict(parse_qsl(examples.RECORDING_STATUS_CALLBACK)), "RecordingDuration": text}
    callback = signalwire.RecordingStatusCallback.from_form(body)
    assert callback.recording_duration == lenient
    assert callback.to_form()["RecordingDuration"] == str(lenient)
    if strict_ok:
        assert signalwire.RecordingStatusCallback.from_form(body, strict=True) == callback
    else:
        error = payload_error(signalwire.RecordingStatusCallback.from_form, body, strict=True)
        assert error.paths == ["RecordingDuration"]


@pytest.mark.parametrize("text", ["", "ninety", "9.5", "1e3"])
def test_what_is_no_number_is_named(text: str) -> None:
    body = {**dict(parse_qsl(examples.RECORDING_STATUS_CALLBACK)), "RecordingChannels": text}
    error = payload_error(signalwire.RecordingStatusCallback.from_form, body)
    assert error.paths == ["RecordingChannels"]


def test_json_numbers_and_booleans_are_read_too() -> None:
    fields = dict(parse_qsl(examples.RECORDING_STATUS_CALLBACK))
    as_json = {**fields, "RecordingDuration": 94, "RecordingChannels": 2}
    callback = signalwire.RecordingStatusCallback.from_json(as_json, strict=True)
    assert callback.recording_channels == 2
    assert signalwire.RecordingStatusCallback.from_json(callback.to_json()) == callback
    with pytest.raises(PayloadError) as caught:
        signalwire.RecordingStatusCallback.from_json({**as_json, "RecordingChannels": True},
                                                     strict=True)  # fmt: skip
    assert caught.value.paths == ["RecordingChannels"]


def test_call_timestamps_are_rfc_2822() -> None:
    body = {**CALL_MINIMAL, "Timestamp": "Thu, 04 Apr 2024 20:32:15 +0200"}
    callback = signalwire.CallStatusCallback.from_form(body, strict=True)
    assert callback.timestamp == datetime(2024, 4, 4, 18, 32, 15, tzinfo=timezone.utc)
    assert callback.to_form()["Timestamp"] == body["Timestamp"]
    sloppy = {**CALL_MINIMAL, "Timestamp": "Thursday, 04 April 2024 18:32:15 +0000"}
    assert signalwire.CallStatusCallback.from_form(sloppy).timestamp == callback.timestamp
    error = payload_error(signalwire.CallStatusCallback.from_form, sloppy, strict=True)
    assert error.paths == ["Timestamp"]


# ------------------------------------------------------------------------------ dispatching

KINDS = [
    (stream_status_callback, signalwire.StreamStatusCallback),
    (call_status_callback, signalwire.CallStatusCallback),
    (recording_status_callback, signalwire.RecordingStatusCallback),
    (transcription_status_callback, signalwire.TranscriptionStatusCallback),
]


@pytest.mark.parametrize(("factory", "model"), KINDS, ids=[m.__name__ for _, m in KINDS])
def test_each_kind_goes_to_its_model(factory: Any, model: type[Any]) -> None:
    for seed in range(5):
        body = factory.body(seed=seed)
        for strict in (False, True):
            callback = signalwire.parse_callback(body, strict=strict)
            assert type(callback) is model
            assert callback == model.from_form(body, strict=strict)
            assert signalwire.parse_callback(callback.to_form()) == callback
        assert signalwire.parse_callback(body.encode()) == callback
        adapter: TypeAdapter[signalwire.StatusCallback] = TypeAdapter(signalwire.StatusCallback)
        assert adapter.validate_python(dict(parse_qsl(body))) == callback


def test_the_marks_are_checked_in_order() -> None:
    # A transcription callback may carry its call's status and its recording's SID.
    body = dict(parse_qsl(examples.TRANSCRIPTION_STATUS_CALLBACK)) | {"CallStatus": "completed"}
    assert isinstance(signalwire.parse_callback(body), signalwire.TranscriptionStatusCallback)
    call = dict(CALL_MINIMAL) | {"RecordingSid": "RE1", "RecordingUrl": "https://r.example/1"}
    assert isinstance(signalwire.parse_callback(call), signalwire.CallStatusCallback)
    assert list(signalwire.CALLBACK_KINDS) == [
        "StreamEvent",
        "TranscriptionStatus",
        "RecordingStatus",
        "CallStatus",
    ]
    by_python_name = {"call_status": "ringing"} | {
        k: v for k, v in CALL_MINIMAL.items() if k != "CallStatus"
    }
    assert isinstance(signalwire.parse_callback(by_python_name), signalwire.CallStatusCallback)


def test_without_its_mark_a_callback_is_another_kind_or_unknown() -> None:
    recording = dict(parse_qsl(examples.RECORDING_STATUS_CALLBACK))
    del recording["RecordingStatus"]
    unknown = signalwire.parse_callback(recording)
    assert isinstance(unknown, signalwire.UnknownCallback)
    assert unknown.wire_extra() == recording and unknown.to_form() == recording
    error = payload_error(signalwire.parse_callback, recording, strict=True)
    assert error.paths == [""] and error.errors()[0]["type"] == "callback_unknown"
    assert "StreamEvent, TranscriptionStatus, RecordingStatus, CallStatus" in str(error)


def test_unknown_callbacks_keep_everything_and_strict_mode_refuses_them() -> None:
    for seed in range(5):
        body = unknown_callback(seed=seed)
        callback = signalwire.parse_callback(body)
        assert isinstance(callback, signalwire.UnknownCallback)
        assert callback.to_form() == body
        with pytest.raises(PayloadError):
            signalwire.parse_callback(body, strict=True)
        with pytest.raises(PayloadError):
            signalwire.UnknownCallback.from_form(body, strict=True)
    assert signalwire.parse_callback("") == signalwire.UnknownCallback()


def test_errors_are_those_of_the_chosen_model() -> None:
    body = {**CALL_MINIMAL, "CallDuration": "long"}
    error = payload_error(signalwire.parse_callback, body)
    assert error.paths == ["CallDuration"]
    assert "SignalWire status callback" in str(error)
    with pytest.raises(ValidationError) as caught:
        TypeAdapter(signalwire.StatusCallback).validate_python(body)
    assert caught.value.errors()[0]["loc"] == ("CallStatusCallback", "CallDuration")


def test_bad_bodies_are_payload_errors() -> None:
    for body in (b"\xff", "a=1&a=2", 12, b"x" * 2_000_000):
        with pytest.raises(PayloadError):
            signalwire.parse_callback(body)  # type: ignore[arg-type]
