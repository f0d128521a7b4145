"""The messages both ways: numbers as text, Twilio's frames, strict mode, what a user builds."""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import given, settings
from pydantic import TypeAdapter, ValidationError

from voice_webhooks import DEFAULT_MAX_BYTES, PayloadError, bandwidth, signalwire
from voice_webhooks.testing import strategies

# Twilio's Media Streams frames, in the shape Twilio documents them (streamSid on every
# message after connected, stop.accountSid/callSid, dtmf.track, protocol version 1.0.0).
TWILIO = [
    {"event": "connected", "protocol": "Call", "version": "1.0.0"},
    {"event": "start", "sequenceNumber": "1", "start": {
        "accountSid": "AC123", "streamSid": "MZ123", "callSid": "CA123", "tracks": ["inbound"],
        "mediaFormat": {"encoding": "audio/x-mulaw", "sampleRate": 8000, "channels": 1},
        "customParameters": {"FirstName": "Jane"}}, "streamSid": "MZ123"},
    {"event": "media", "sequenceNumber": "2", "media": {
        "track": "inbound", "chunk": "1", "timestamp": "5", "payload": "/w=="},
     "streamSid": "MZ123"},
    {"event": "dtmf", "streamSid": "MZ123", "sequenceNumber": "3",
     "dtmf": {"track": "inbound_track", "digit": "1"}},
    {"event": "mark", "sequenceNumber": "4", "streamSid": "MZ123", "mark": {"name": "my label"}},
    {"event": "stop", "sequenceNumber": "5", "streamSid": "MZ123",
     "stop": {"accountSid": "AC123", "callSid": "CA123"}},
]  # fmt: skip
TWILIO_ONLY = {"dtmf": ["dtmf.track"], "stop": ["stop"]}  # what SignalWire does not document


@pytest.mark.parametrize("frame", TWILIO, ids=lambda f: f["event"])
def test_twilio_frames_read_leniently_and_lose_nothing(frame: dict[str, Any]) -> None:
    message = signalwire.parse_stream_message(json.dumps(frame))
    assert type(message).__name__.lower().startswith(frame["event"])
    assert json.loads(message.to_json()) == frame
    extra = TWILIO_ONLY.get(frame["event"])
    if extra is None:
        assert signalwire.parse_stream_message(frame, strict=True) == message
    else:
        with pytest.raises(PayloadError) as caught:
            signalwire.parse_stream_message(frame, strict=True)
        assert caught.value.paths == extra


def test_a_twilio_connection_runs_through_a_session() -> None:
    session = signalwire.StreamSession()
    for frame in TWILIO:
        session.feed(frame)
    assert session.stream_id == "MZ123" and session.custom_parameters == {"FirstName": "Jane"}
    assert session.problems == [] and session.stopped


@pytest.mark.parametrize(
    ("text", "lenient", "strict"),
    [('"42"', 42, 42), ('"0"', 0, 0), ("42", 42, None), ('"042"', 42, None),
     ('"-1"', None, None), ('"4_2"', None, None), ('" 42"', None, None), ('"4.0"', None, None),
     ("true", None, None), ("-3", None, None), ('"1' + "0" * 18 + '"', None, None)],
)  # fmt: skip
def test_counters_are_numbers_read_from_text(text: str, lenient: Any, strict: Any) -> None:
    frame = '{"event": "stop", "sequenceNumber": ' + text + "}"
    for mode, expected in ((False, lenient), (True, strict)):
        if expected is None:
            with pytest.raises(PayloadError) as caught:
                signalwire.parse_stream_message(frame, strict=mode)
            assert caught.value.paths == ["sequenceNumber"]
            assert caught.value.errors()[0]["type"] == "decimal_text"
        else:
            message = signalwire.parse_stream_message(frame, strict=mode)
            assert message.sequence_number == expected  # type: ignore[union-attr]
            assert json.loads(message.to_json())["sequenceNumber"] == str(expected)
            assert message.model_dump()["sequenceNumber"] == expected  # Python mode: a number


def test_unknown_messages_are_kept_leniently_and_refused_strictly() -> None:
    for parse, tag in ((signalwire.parse_stream_message, "event"),
                       (bandwidth.parse_stream_message, "eventType")):  # fmt: skip
        frame = {tag: "transcription", "text": "hello", "n": [1, {"a": None}]}
        message = parse(json.dumps(frame))
        assert type(message).__name__ == "UnknownStreamMessage"
        assert json.loads(message.to_json()) == frame
        with pytest.raises(PayloadError) as caught:
            parse(frame, strict=True)
        assert caught.value.paths == [tag]
        assert caught.value.errors()[0]["type"] == "message_type_unknown"
        for bad, kind in (({}, "missing"), ({tag: ""}, "message_type_type"),
                          ({tag: 7}, "message_type_type")):  # fmt: skip
            with pytest.raises(PayloadError) as caught:
                parse(json.dumps(bad))
            assert caught.value.errors()[0]["path"] == tag
            assert caught.value.errors()[0]["type"] == kind


def test_a_known_message_that_fails_names_its_own_fields() -> None:
    with pytest.raises(PayloadError) as caught:
        signalwire.parse_stream_message('{"event": "media", "sequenceNumber": "2", "media": {}}')
    assert caught.value.paths == ["media.track", "media.chunk", "media.timestamp", "media.payload"]


def test_frames_over_the_cap_are_refused_before_they_are_read() -> None:
    big = '{"event": "pause", "x": "' + "a" * DEFAULT_MAX_BYTES + '"}'
    for frame in (big, big.encode()):
        with pytest.raises(PayloadError) as caught:
            signalwire.parse_stream_message(frame)
        assert caught.value.errors()[0]["type"] == "body_too_large"
    assert signalwire.parse_stream_message(big, max_bytes=None).wire_extra()["x"].startswith("a")
    euro = '{"event": "pause", "x": "' + "\u20ac" * 400 + '"}'  # 1200 bytes in 430 characters
    with pytest.raises(PayloadError):
        bandwidth.parse_stream_message(euro, max_bytes=1000)


def test_the_unions_work_wherever_pydantic_takes_a_type() -> None:
    adapter = TypeAdapter(signalwire.StreamMessage)
    message = adapter.validate_json('{"event": "stop", "sequenceNumber": "9"}')
    assert isinstance(message, signalwire.StopMessage)
    other = TypeAdapter(bandwidth.StreamMessage).validate_python({"eventType": "clear"})
    assert isinstance(other, bandwidth.UnknownStreamMessage)  # clear is sent, not received


# -------------------------------------------------------------- what the user's server sends


def test_a_mark_without_a_name_cannot_be_built() -> None:
    with pytest.raises(ValidationError):
        signalwire.Mark()  # type: ignore[call-arg]
    with pytest.raises(ValidationError):
        signalwire.Mark(name="")
    with pytest.raises(ValidationError):
        signalwire.SendMarkMessage(stream_sid="MZ-1")  # type: ignore[call-arg]
    with pytest.raises(ValidationError):
        signalwire.SendMarkMessage(stream_sid="MZ-1", mark={})  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("build", "where"),
    [
        (lambda: signalwire.SendDtmf(digit="E"), "digit"),  # type: ignore[arg-type]
        (lambda: signalwire.SendDtmfMessage(stream_sid="", dtmf=signalwire.SendDtmf(digit="1")),
         "stream_sid"),
        (lambda: signalwire.ClearMessage(stream_sid="MZ-1", extra=1), "extra"),  # type: ignore[call-arg]
        (lambda: signalwire.SendMedia(payload=""), "payload"),
        (lambda: bandwidth.PlayAudio(content_type="audio/wav", payload="/w=="), "content_type"),  # type: ignore[arg-type]
        (lambda: bandwidth.ClearMessage(event_type="playAudio"), "event_type"),  # type: ignore[arg-type]
    ],
)  # fmt: skip
def test_sent_messages_refuse_mistakes_when_built(build: Any, where: str) -> None:
    with pytest.raises(ValidationError) as caught:
        build()
    assert {e["loc"][0] for e in caught.value.errors()} == {where}


def test_sent_messages_give_the_exact_frames() -> None:
    assert signalwire.ClearMessage(stream_sid="MZ-1").to_json() == (
        '{"event":"clear","streamSid":"MZ-1"}'
    )
    dtmf = signalwire.SendDtmfMessage(stream_sid="MZ-1", dtmf=signalwire.SendDtmf(digit="#"))
    assert dtmf.dtmf.digit is signalwire.DtmfDigit.POUND
    assert dtmf.to_json() == '{"event":"dtmf","streamSid":"MZ-1","dtmf":{"digit":"#"}}'
    assert bandwidth.ClearMessage().to_json() == '{"eventType":"clear"}'
    pcm = "audio/pcm;rate=16000;channels=1;bit-depth=16;endian=little;encoding=signed"
    play = bandwidth.PlayAudioMessage.from_audio(b"\0\0", pcm)
    assert json.loads(play.to_json())["media"]["contentType"].startswith("audio/pcm;rate=16000")


@settings(max_examples=60, deadline=None)
@given(strategies.signalwire_stream_messages(unknown=True))
def test_any_signalwire_message_round_trips(payload: dict[str, Any]) -> None:
    message = signalwire.parse_stream_message(json.dumps(payload))
    assert message.to_dict() == payload
    assert signalwire.parse_stream_message(message.to_json()) == message


@settings(max_examples=60, deadline=None)
@given(strategies.bandwidth_stream_messages(unknown=True))
def test_any_bandwidth_message_round_trips(payload: dict[str, Any]) -> None:
    message = bandwidth.parse_stream_message(json.dumps(payload).encode())
    assert message.to_dict() == payload
    assert bandwidth.parse_stream_message(message.to_json()) == message
