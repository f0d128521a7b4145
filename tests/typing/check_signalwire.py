"""Type expectations for SignalWire Streams, checked by mypy --strict and basedpyright.

Never run: ``tests/test_typing.py`` type-checks this file.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from typing_extensions import assert_type

from voice_webhooks import signalwire


def requests_build_with_python_names_and_give_forms() -> None:
    create = signalwire.CreateStreamRequest(
        url="wss://media.example/audio",
        name="s1",
        track=signalwire.Track.BOTH_TRACKS,
        status_callback="https://hooks.example/status",
        status_callback_method=signalwire.HttpMethod.POST,
        parameters={"tenant": "42"},
    )
    assert_type(create.parameters, dict[str, str])
    assert_type(create.track, signalwire.Track | signalwire.enums.TrackValue | None)
    assert_type(create.to_form(), dict[str, str])
    assert_type(create.to_form_body(), str)
    stop = signalwire.UpdateStreamRequest(status=signalwire.StreamUpdateStatus.STOPPED)
    assert_type(
        stop.status, signalwire.StreamUpdateStatus | signalwire.enums.StreamUpdateStatusValue
    )
    built_from_literals = signalwire.CreateStreamRequest(
        url="wss://media.example/audio", track="inbound_track", status_callback_method="GET"
    )
    assert_type(
        built_from_literals.status_callback_method,
        signalwire.HttpMethod | signalwire.enums.HttpMethodValue | None,
    )
    assert_type(
        signalwire.CreateStreamRequest.from_form(b"Url=wss://x"), signalwire.CreateStreamRequest
    )
    assert_type(signalwire.create_stream_path("AC1", "CA1"), str)
    assert_type(signalwire.update_stream_path("AC1", "CA1", "MZ1", twilio=True), str)


def responses_are_typed(body: bytes) -> None:
    stream = signalwire.Stream.from_json(body)
    assert_type(stream.status, signalwire.StreamStatus | str)
    assert_type(stream.date_updated, datetime)
    assert_type(stream.error_code, str | int | None)
    assert_type(stream.call_sid, str | None)
    error = signalwire.ErrorResponse.from_json(body)
    assert_type(error.code, int)
    assert_type(error.more_info, str | None)
    assert_type(error.to_dict(), dict[str, Any])


def status_callbacks_verify_then_parse(raw_body: bytes, signature: str | None) -> None:
    url = "https://hooks.example/status"
    assert_type(signalwire.verify_signature("key", url, raw_body, signature), bool)
    assert_type(signalwire.sign("key", url, {"a": "1"}, scheme="raw_body"), str)
    callback = signalwire.StreamStatusCallback.from_form(raw_body, strict=True)
    assert_type(callback.timestamp, datetime)
    assert_type(callback.stream_event, signalwire.StreamEvent | str)
    assert_type(callback.stream_error, signalwire.StreamErrorCode | str | None)
