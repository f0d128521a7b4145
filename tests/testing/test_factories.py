"""The factories: valid, canonical, realistic payloads, with overrides that land where asked."""

from __future__ import annotations

import json
import random
import re
from datetime import datetime, timedelta, timezone
from typing import Any
from urllib.parse import parse_qsl

import pytest

from voice_webhooks import PayloadError, bandwidth, signalwire
from voice_webhooks.testing import (
    ABSENT,
    Factory,
    create_stream_request,
    media_stream_rejected,
    media_stream_started,
    media_stream_stopped,
    recording_available,
    stream_response,
    stream_status_callback,
    unknown_event,
)
from voice_webhooks.types import Duration

from ._support import ALL_FACTORIES, FACTORY_IDS, parse, wire

MEDIA_STREAM_FACTORIES = [media_stream_started, media_stream_rejected, media_stream_stopped]
EVENT_FACTORIES = [*MEDIA_STREAM_FACTORIES, recording_available]


def instant(text: str) -> datetime:
    return datetime.fromisoformat(text.replace("Z", "+00:00"))


@pytest.mark.parametrize("factory", ALL_FACTORIES, ids=FACTORY_IDS)
@pytest.mark.parametrize("seed", [None, 1, 2])
def test_payloads_parse_strictly_and_are_already_in_wire_form(
    factory: Factory[Any], seed: int | None
) -> None:
    payload = factory(seed=seed)
    if factory.strictly_valid:
        parsed = parse(factory, payload, strict=True)
    else:
        with pytest.raises(PayloadError):
            parse(factory, payload, strict=True)
        parsed = parse(factory, payload, strict=False)
    assert wire(factory, parsed) == payload
    assert parse(factory, wire(factory, parsed), strict=False) == parsed


@pytest.mark.parametrize("factory", ALL_FACTORIES, ids=FACTORY_IDS)
def test_body_is_the_payload_as_json_or_urlencoded_text(factory: Factory[Any]) -> None:
    body = factory.body(seed=5)
    if factory.is_form:
        assert factory.content_type == "application/x-www-form-urlencoded"
        assert dict(parse_qsl(body, keep_blank_values=True)) == factory(seed=5)
        assert all(isinstance(value, str) for value in factory(seed=5).values())
    else:
        assert factory.content_type == "application/json"
        assert json.loads(body) == factory(seed=5)
    assert factory.build(seed=5) == parse(factory, body, strict=False)


@pytest.mark.parametrize("factory", EVENT_FACTORIES, ids=lambda factory: factory.name)
def test_event_payloads_dispatch_to_their_model(factory: Factory[Any]) -> None:
    assert type(bandwidth.parse_event(factory(), strict=True)) is factory.model


def test_unknown_events_are_kept_leniently_and_refused_strictly() -> None:
    payload = unknown_event(extra={"cause": "hangup"})
    assert payload["eventType"] not in bandwidth.EVENT_TYPES
    event = bandwidth.parse_event(payload)
    assert isinstance(event, bandwidth.UnknownEvent)
    assert event.wire_extra()["cause"] == "hangup"
    assert event.wire_extra()["callId"] == payload["callId"]
    with pytest.raises(PayloadError) as caught:
        bandwidth.parse_event(payload, strict=True)
    assert caught.value.paths == ["eventType"]
    assert unknown_event(event_type="somethingNew")["eventType"] == "somethingNew"
    with pytest.raises(ValueError, match="mediaStreamStopped"):
        unknown_event(event_type="mediaStreamStopped")


# ------------------------------------------------------------------------------ determinism


@pytest.mark.parametrize("factory", ALL_FACTORIES, ids=FACTORY_IDS)
def test_same_payload_every_call_unless_seeded(factory: Factory[Any]) -> None:
    assert factory() == factory()
    assert factory(seed=7) == factory(seed=7)
    if factory.fields_of.model_fields.keys() & {"account_id", "account_sid", "call_id"}:
        assert factory(seed=7) != factory(seed=8)
        assert factory(seed=7).keys() == factory(seed=8).keys()  # same scenario, other values
        source = random.Random(3)
        assert factory(seed=source) != factory(seed=source)


def test_seed_must_be_an_int_or_a_random_source() -> None:
    with pytest.raises(TypeError, match="seed"):
        media_stream_stopped(seed="1")  # type: ignore[arg-type]


def test_other_overrides_leave_the_rest_unchanged() -> None:
    plain, tagged = media_stream_stopped(seed=4), media_stream_stopped(seed=4, tag="t")
    assert tagged.pop("tag") == "t"
    assert tagged == plain


def test_each_call_returns_a_fresh_payload() -> None:
    tracks = ["inbound"]
    payload = media_stream_stopped(media_stream={"tracks": tracks})
    payload["mediaStream"]["tracks"].append("outbound")
    assert tracks == ["inbound"]
    assert media_stream_stopped(media_stream={"tracks": tracks})["mediaStream"]["tracks"] == [
        "inbound"
    ]


# -------------------------------------------------------------------------------- overrides


def _overridable(factory: Factory[Any]) -> list[tuple[str, str]]:
    """(Python name, wire name) of each field a default payload holds."""
    fields = factory.fields_of.model_fields.items()
    names = [(name, field.alias or name) for name, field in fields]
    return [(name, wire_name) for name, wire_name in names if wire_name in factory()]


@pytest.mark.parametrize("factory", ALL_FACTORIES, ids=FACTORY_IDS)
def test_every_field_can_be_overridden_by_python_or_wire_name(factory: Factory[Any]) -> None:
    other = factory(seed=99)
    for name, wire_name in _overridable(factory):
        value = other[wire_name] if wire_name in other else factory()[wire_name]
        for key in {name, wire_name}:
            assert factory(**{key: value})[wire_name] == value, key


@pytest.mark.parametrize("factory", ALL_FACTORIES, ids=FACTORY_IDS)
def test_absent_leaves_any_field_out(factory: Factory[Any]) -> None:
    for name, wire_name in _overridable(factory):
        absent: dict[str, Any] = {name: ABSENT}
        payload = factory(**absent)
        assert wire_name not in payload
        assert payload.keys() == factory().keys() - {wire_name}


def test_nested_overrides_merge_into_the_built_object() -> None:
    base = media_stream_stopped()["mediaStream"]
    by_python = media_stream_stopped(media_stream={"duration": "PT5S", "start_time": ABSENT})
    by_wire = media_stream_stopped(mediaStream={"duration": "PT5S", "startTime": ABSENT})
    assert by_python == by_wire
    expected = {key: value for key, value in base.items() if key != "startTime"}
    assert by_python["mediaStream"] == {**expected, "duration": "PT5S"}


def test_a_model_instance_replaces_the_object_whole() -> None:
    stream = bandwidth.StoppedMediaStream.model_validate(
        {"destination": "wss://other.example", "id": "s-1", "name": "n", "tracks": ["inbound"],
         "startTime": "2024-05-01T12:00:00Z", "type": "WebSocket", "duration": "PT1S"}
    )  # fmt: skip
    payload = media_stream_stopped(media_stream=stream)
    assert payload["mediaStream"] == stream.to_dict()
    assert instant(payload["eventTime"]) >= datetime(2024, 5, 1, 12, 0, 1, tzinfo=timezone.utc)


def test_python_values_are_written_in_wire_form() -> None:
    moment = datetime(2024, 5, 1, 12, tzinfo=timezone.utc)
    event = media_stream_stopped(
        event_time=moment,
        direction=bandwidth.CallDirection.INBOUND,
        media_stream={"duration": Duration(seconds=5, nanosecond=7), "tracks": [
            bandwidth.StreamTrack.OUTBOUND]},
    )  # fmt: skip
    assert event["eventTime"] == "2024-05-01T12:00:00Z"
    assert event["direction"] == "inbound"
    assert event["mediaStream"]["duration"] == "PT5.000000007S"
    assert event["mediaStream"]["tracks"] == ["outbound"]
    assert recording_available(channels=bandwidth.RecordingChannels.STEREO)["channels"] == 2
    assert stream_response(date_updated=moment)["date_updated"] == "Wed, 01 May 2024 12:00:00 +0000"
    assert stream_status_callback(timestamp=moment)["Timestamp"] == "2024-05-01T12:00:00.000Z"
    form = create_stream_request(
        parameters={"a": "1", "b": "2"}, track=signalwire.Track.INBOUND_TRACK
    )
    assert form["Track"] == "inbound_track"
    assert [(key, value) for key, value in form.items() if key.startswith("Parameter")] == [
        ("Parameter1.Name", "a"), ("Parameter1.Value", "1"),
        ("Parameter2.Name", "b"), ("Parameter2.Value", "2"),
    ]  # fmt: skip


def test_none_is_null_in_json_and_absent_in_a_form() -> None:
    assert media_stream_stopped(tag=None)["tag"] is None
    assert stream_response(name=None)["name"] is None
    assert "Name" not in create_stream_request(name=None)


def test_extra_keys_are_sent_as_given_and_only_lenient_mode_keeps_them() -> None:
    payload = media_stream_stopped(extra={"codec": "PCMU"})
    assert payload["codec"] == "PCMU"
    assert bandwidth.parse_event(payload).wire_extra() == {"codec": "PCMU"}
    with pytest.raises(PayloadError) as caught:
        bandwidth.parse_event(payload, strict=True)
    assert caught.value.paths == ["codec"]
    form = stream_status_callback(extra={"SequenceNumber": "3"})
    assert signalwire.StreamStatusCallback.from_form(form).wire_extra() == {"SequenceNumber": "3"}


def test_an_unknown_override_is_a_type_error_naming_it() -> None:
    with pytest.raises(TypeError, match=r"media_stream_stopped\(\) got an unknown field 'callid'.*"
                       r"did you mean 'callId'"):  # fmt: skip
        media_stream_stopped(callid="c-1")
    with pytest.raises(TypeError, match=r"unknown field 'mediaStream\.codec'"):
        media_stream_stopped(media_stream={"codec": "PCMU"})
    with pytest.raises(TypeError, match="got field 'Url' twice"):
        create_stream_request(Url="wss://a.example", url="wss://b.example")
    with pytest.raises(TypeError, match=r"got field 'mediaStream\.startTime' twice"):
        media_stream_stopped(media_stream={"start_time": "x", "startTime": "y"})
    with pytest.raises(TypeError, match=r"extra key 'callId' is a field"):
        media_stream_stopped(extra={"callId": "c-1"})
    with pytest.raises(TypeError, match=r"mediaStream should be a mapping"):
        media_stream_stopped(media_stream="s-1")
    with pytest.raises(TypeError, match=r"cannot write eventTime="):
        media_stream_stopped(event_time=object())


def test_a_model_with_a_field_named_like_an_option_cannot_have_a_factory() -> None:
    class Seeded(signalwire.ErrorResponse):
        seed: int = 0

    with pytest.raises(TypeError, match="seed"):
        Factory("seeded", Seeded, lambda draft, values: None)


# ---------------------------------------------------------------------- realistic, consistent


def test_values_look_like_the_providers() -> None:
    for seed in range(5):
        event = recording_available(seed=seed)
        assert re.fullmatch(
            r"c-[0-9a-f]{8}-[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}", event["callId"]
        )
        assert re.fullmatch(r"r-[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}", event["recordingId"])
        assert re.fullmatch(r"[0-9]{7}", event["accountId"])
        for number in (event["from"], event["to"]):
            assert re.fullmatch(r"\+1[2-9][0-8][0-9]55501[0-9]{2}", number)  # fictional range
        stream = media_stream_started(seed=seed)["mediaStream"]
        assert stream["id"].startswith("s-") and stream["destination"].startswith("wss://")


def test_urls_hold_the_ids_they_name() -> None:
    event = recording_available(account_id="9900000", call_id="c-1", recording_id="r-2")
    assert event["callUrl"] == "https://voice.bandwidth.com/api/v2/accounts/9900000/calls/c-1"
    assert event["mediaUrl"] == event["callUrl"] + "/recordings/r-2/media"
    stream = stream_response(account_sid="AC1", call_sid="CA1", sid="MZ1")
    assert stream["uri"] == "/api/laml/2010-04-01/Accounts/AC1/Calls/CA1/Streams/MZ1.json"
    conference = stream_response(call_sid=ABSENT, conference_sid="CF 1", sid="MZ1")
    assert conference["uri"].endswith("/Conferences/CF%201/Streams/MZ1.json")


@pytest.mark.parametrize("seed", range(6))
@pytest.mark.parametrize("factory", MEDIA_STREAM_FACTORIES, ids=lambda factory: factory.name)
def test_media_stream_event_times_are_in_order(factory: Factory[Any], seed: int) -> None:
    event = factory(seed=seed)
    stream = event["mediaStream"]
    times = [event["enqueuedTime"], event["startTime"], event["answerTime"], stream["startTime"],
             event["eventTime"]]  # fmt: skip
    assert [instant(t) for t in times] == sorted(instant(t) for t in times)
    parsed = bandwidth.parse_event(event)
    if isinstance(parsed, bandwidth.MediaStreamStopped):
        stream_end = parsed.media_stream.start_time + parsed.media_stream.duration
        assert parsed.event_time >= stream_end


def test_times_follow_the_overrides_they_derive_from() -> None:
    start = datetime(2024, 5, 1, 12, tzinfo=timezone.utc)
    event = bandwidth.parse_event(
        media_stream_stopped(start_time=start, media_stream={"duration": "PT2H"})
    )
    assert isinstance(event, bandwidth.MediaStreamStopped)
    assert event.enqueued_time is not None and event.enqueued_time <= start <= event.answer_time
    assert event.event_time >= start + timedelta(hours=2)


def test_recording_duration_end_and_event_time_agree() -> None:
    cases: list[dict[str, Any]] = [{}, {"duration": "PT1M"}, {"end_time": "2030-01-01T00:00:00Z"}]
    for overrides in cases:
        event = bandwidth.parse_event(recording_available(**overrides))
        assert isinstance(event, bandwidth.RecordingAvailable)
        assert event.end_time - event.start_time == event.duration
        assert event.start_time <= event.end_time <= event.event_time


def test_optional_fields_follow_the_documented_scenario() -> None:
    assert "errorMessage" not in media_stream_stopped(cause="closed")
    assert media_stream_stopped(cause="connection-error")["errorMessage"]
    assert "originalMediaStream" in media_stream_rejected(cause="duplicate")
    rejected = media_stream_rejected(cause="error")
    assert "originalMediaStream" not in rejected and rejected["errorMessage"]
    assert "name my_stream already" in media_stream_rejected(media_stream={"name": "my_stream"})[
        "errorMessage"]  # fmt: skip
    assert "enqueuedTime" not in media_stream_stopped(direction="inbound")
    assert stream_status_callback(stream_event="stream-error")["StreamError"]
    assert "StreamError" not in stream_status_callback(stream_event="stream-stopped")
