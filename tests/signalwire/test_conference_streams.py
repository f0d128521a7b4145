"""Conference streams: the requests (sent: strict when built), the response and its paths; and
``date_created`` on both stream responses."""

from __future__ import annotations

import json
from datetime import datetime, timezone

import pytest
from pydantic import ValidationError

import voice_webhooks.signalwire as signalwire
from voice_webhooks import PayloadError
from voice_webhooks.signalwire import examples

from ._support import payload_error

Create = signalwire.CreateConferenceStreamRequest


def test_build_and_send() -> None:
    request = Create(
        url="wss://media.example/conference",
        name="room-1",
        track="inbound_track",
        stream_codec=signalwire.StreamCodec.L16_24000H,
        stream_real_time=False,
        parameters={"room": "1"},
    )
    assert request.to_form() == {
        "Url": "wss://media.example/conference",
        "Name": "room-1",
        "Track": "inbound_track",
        "Parameter1.Name": "room",
        "Parameter1.Value": "1",
        "StreamCodec": "L16@24000h",
        "StreamRealTime": "false",
    }
    assert Create.from_form(request.to_form_body(), strict=True) == request


@pytest.mark.parametrize(
    ("fields", "where"),
    [
        ({"stream_codec": "OPUS"}, "stream_codec"),
        ({"stream_codec": "l16"}, "stream_codec"),
        ({"stream_real_time": "yes"}, "stream_real_time"),
        ({"track": "both"}, "track"),
        ({"url": "ws://media.example"}, "url"),
        ({"codec": "PCMU"}, "codec"),
    ],
)
def test_building_refuses_what_signalwire_would(fields: dict[str, object], where: str) -> None:
    with pytest.raises(ValidationError) as caught:
        Create(**{"url": "wss://media.example", **fields})  # type: ignore[arg-type]
    assert where in [error["loc"][0] for error in caught.value.errors()]


def test_received_leniently_kept_strictly_refused() -> None:
    body = "Url=wss%3A%2F%2Fa.example&StreamCodec=OPUS&StreamRealTime=True"
    request = Create.from_form(body)
    assert request.stream_codec == "OPUS" and request.stream_real_time is True
    assert request.to_form()["StreamRealTime"] == "true"
    assert payload_error(Create.from_form, body, strict=True).paths == [
        "StreamCodec",
        "StreamRealTime",
    ]


def test_no_default_is_sent_unless_set() -> None:
    for model in (signalwire.CreateStreamRequest, Create):
        request = model(url="wss://a.example")
        assert request.track is None and request.status_callback_method is None
        assert request.to_form() == {"Url": "wss://a.example"}
    description = signalwire.CreateStreamRequest.model_fields["track"].description or ""
    assert "Default is both_tracks" not in description
    assert "inbound_track" in description and "both_tracks" in description


def test_update_conference_stream() -> None:
    request = signalwire.UpdateConferenceStreamRequest(status="stopped")
    assert request.to_form() == {"Status": "stopped"}
    assert isinstance(request, signalwire.UpdateStreamRequest)
    with pytest.raises(PayloadError):
        signalwire.UpdateConferenceStreamRequest.from_form("Status=paused", strict=True)


def test_the_conference_stream_response() -> None:
    stream = signalwire.ConferenceStream.from_json(examples.CONFERENCE_STREAM, strict=True)
    assert stream.status is signalwire.StreamStatus.QUEUED and stream.date_created is None
    nameless = {**json.loads(examples.CONFERENCE_STREAM), "name": None}
    assert signalwire.ConferenceStream.from_json(nameless, strict=True).name is None
    call = json.loads(examples.STREAM_CURRENT_SPEC)
    error = payload_error(signalwire.ConferenceStream.from_json, call)
    assert error.paths == ["conference_sid"]


def test_date_created_on_both_responses() -> None:
    for model, text in (
        (signalwire.Stream, examples.STREAM_WITH_DATE_CREATED),
        (signalwire.ConferenceStream, examples.CONFERENCE_STREAM_WITH_DATE_CREATED),
    ):
        stream = model.from_json(text, strict=True)
        assert stream.date_created is not None
        assert stream.date_created.tzinfo is not None
        written = json.loads(stream.to_json())
        assert written["date_created"].endswith("2018 20:00:00 +0000") or written[
            "date_created"
        ].endswith("2018 21:00:00 +0000")
    stream = signalwire.Stream.from_json(examples.STREAM_WITH_DATE_CREATED)
    assert stream.date_created == datetime(2018, 9, 19, 20, tzinfo=timezone.utc)
    assert stream.error_code is None
    assert '"error_code":"null"' in stream.to_json()  # SignalWire's own way to say none
    bad = {**json.loads(examples.STREAM_CURRENT_SPEC), "date_created": "yesterday"}
    assert payload_error(signalwire.Stream.from_json, bad).paths == ["date_created"]


def test_the_validation_error_body() -> None:
    error = signalwire.ErrorListResponse.from_json(examples.ERROR_LIST_RESPONSE, strict=True)
    assert error.errors == ["Validation error message"]
    assert signalwire.ErrorListResponse.from_json(error.to_json()) == error
    assert payload_error(signalwire.ErrorListResponse.from_json, {"errors": "x"}).paths == [
        "errors"
    ]


def test_conference_paths() -> None:
    assert (
        signalwire.create_conference_stream_path("AC 1", "CF/1")
        == "/api/laml/2010-04-01/Accounts/AC%201/Conferences/CF%2F1/Streams"
    )
    assert signalwire.update_conference_stream_path("AC1", "CF1", "ST1").endswith(
        "/Conferences/CF1/Streams/ST1"
    )
    for bad in ("", ".", ".."):
        with pytest.raises(PayloadError) as caught:
            signalwire.update_conference_stream_path("AC1", bad, "ST1")
        assert caught.value.paths == ["ConferenceSid"]
