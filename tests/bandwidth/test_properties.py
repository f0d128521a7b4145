"""Hypothesis properties: any valid event round-trips exactly and means the same on the wire."""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from voice_webhooks import bandwidth
from voice_webhooks.bandwidth import enums
from voice_webhooks.types import Duration, Timestamp, format_datetime, format_duration

from .._meaning import differences

text = st.text(st.characters(codec="utf-8", exclude_categories=["Cs"]), max_size=20)
ids = st.from_regex(r"[a-z]-[0-9a-f]{8}(-[0-9a-f]{4}){2}", fullmatch=True)
phones = st.one_of(
    st.from_regex(r"\+1[2-9][0-9]{9}", fullmatch=True),
    st.sampled_from(["Anonymous", "Private", "Restricted", "Unavailable"]),
)
zones = st.sampled_from(
    [timezone.utc, timezone(timedelta(hours=2)), timezone(timedelta(hours=-5, minutes=-30))]
)


@st.composite
def instants(draw: st.DrawFn) -> datetime:
    base = draw(
        st.datetimes(
            min_value=datetime(1971, 1, 1), max_value=datetime(2200, 1, 1), timezones=zones
        )
    )
    precision = draw(st.sampled_from(["s", "ms", "us", "ns"]))
    if precision == "s":
        return base.replace(microsecond=0)
    if precision == "ms":
        return base.replace(microsecond=base.microsecond // 1000 * 1000)
    if precision == "us":
        return base
    return Timestamp.from_datetime(base, draw(st.integers(1, 999)))


timestamps = instants().map(format_datetime)
durations = st.one_of(
    st.integers(0, 10**15), st.sampled_from([0, 1, 999, 10**9, 86_400 * 10**9])
).map(lambda ns: format_duration(Duration.from_nanoseconds(ns)))


def known(enum: type) -> st.SearchStrategy[Any]:
    return st.sampled_from([m.value for m in enum])


def maybe(fields: dict[str, st.SearchStrategy[Any]]) -> st.SearchStrategy[dict[str, Any]]:
    """Each optional field present or absent."""
    return st.fixed_dictionaries({}, optional=fields)


def call_fields(event_type: str) -> st.SearchStrategy[dict[str, Any]]:
    required = st.fixed_dictionaries({
        "eventType": st.just(event_type), "eventTime": timestamps, "accountId": ids,
        "applicationId": ids, "from": phones, "to": phones,
        "direction": known(enums.CallDirection), "callId": ids, "callUrl": text,
    })  # fmt: skip
    optional = maybe(
        {
            "enqueuedTime": timestamps,
            "tag": text,
            "privacy": st.booleans(),
            "callerDisplayName": text,
        }
    )
    return st.tuples(required, optional).map(lambda parts: parts[0] | parts[1])


def stream(stopped: bool) -> st.SearchStrategy[dict[str, Any]]:
    fields = {
        "destination": text, "id": ids, "name": text, "startTime": timestamps,
        "tracks": st.lists(known(enums.StreamTrack), min_size=1, max_size=2, unique=True),
        "type": known(enums.StreamType),
    }  # fmt: skip
    if stopped:
        fields["duration"] = durations
    return st.fixed_dictionaries(fields)


def combine(*parts: st.SearchStrategy[dict[str, Any]]) -> st.SearchStrategy[dict[str, Any]]:
    return st.tuples(*parts).map(lambda ds: {k: v for d in ds for k, v in d.items()})


media_times = st.fixed_dictionaries({"startTime": timestamps, "answerTime": timestamps})

EVENTS = {
    "mediaStreamStarted": combine(
        call_fields("mediaStreamStarted"), media_times,
        st.fixed_dictionaries({"mediaStream": stream(False)})),
    "mediaStreamRejected": combine(
        call_fields("mediaStreamRejected"), media_times,
        st.fixed_dictionaries({"cause": known(enums.MediaStreamRejectedCause),
                               "errorMessage": text, "mediaStream": stream(False)}),
        maybe({"originalMediaStream": stream(False)})),
    "mediaStreamStopped": combine(
        call_fields("mediaStreamStopped"), media_times,
        st.fixed_dictionaries({"cause": known(enums.MediaStreamStoppedCause),
                               "mediaStream": stream(True)}),
        maybe({"errorMessage": text})),
    "recordingAvailable": combine(
        call_fields("recordingAvailable"),
        st.fixed_dictionaries({
            "recordingId": ids, "channels": known(enums.RecordingChannels),
            "startTime": timestamps, "endTime": timestamps, "duration": durations,
            "fileFormat": known(enums.FileFormat), "mediaUrl": text,
            "status": known(enums.RecordingStatus)}),
        maybe({"parentCallId": ids, "transferCallerId": phones, "transferTo": phones,
               "recordingName": text})),
}  # fmt: skip
any_event = st.one_of(list(EVENTS.values()))

json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**53), 2**53) | text,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(text, inner, max_size=3),
    max_leaves=8,
)
extras = st.dictionaries(text.map(lambda k: f"x-{k}"), json_values, max_size=3)


@settings(max_examples=300, deadline=None)
@given(any_event)
def test_valid_events_round_trip_exactly(body: dict[str, Any]) -> None:
    event = bandwidth.parse_event(json.dumps(body), strict=True)
    assert type(event) is bandwidth.EVENT_TYPES[body["eventType"]]
    emitted = event.to_json()
    assert bandwidth.parse_event(emitted, strict=True) == event
    assert differences(body, json.loads(emitted)) == []


@settings(max_examples=200, deadline=None)
@given(
    any_event, extras, extras, st.sampled_from(["direction", "status", "cause", "fileFormat"]), text
)
def test_lenient_mode_loses_nothing(
    body: dict[str, Any],
    top: dict[str, Any],
    nested: dict[str, Any],
    enum_field: str,
    odd_value: str,
) -> None:
    body = body | top
    if "mediaStream" in body:
        body["mediaStream"] = body["mediaStream"] | nested
    if enum_field in body:
        body[enum_field] = f"new-{odd_value}"
    event = bandwidth.parse_event(json.dumps(body))
    emitted = json.loads(event.to_json())
    assert differences(body, emitted) == []
    assert bandwidth.parse_event(emitted) == event


@settings(max_examples=100, deadline=None)
@given(
    st.dictionaries(
        text.filter(lambda k: k not in ("eventType", "event_type")), json_values, max_size=6
    ),
    text.filter(lambda t: bool(t) and t not in bandwidth.EVENT_TYPES),
)
def test_unknown_events_keep_every_field(fields: dict[str, Any], event_type: str) -> None:
    body = fields | {"eventType": event_type}
    event = bandwidth.parse_event(json.dumps(body))
    assert isinstance(event, bandwidth.UnknownEvent)
    assert json.loads(event.to_json()) == body
