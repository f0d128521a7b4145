"""StreamStatusCallback: form body or query parameters, exact round trip, every error."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import voice_webhooks.signalwire as signalwire
from voice_webhooks.signalwire.callbacks import format_timestamp

from ._support import payload_error

Callback = signalwire.StreamStatusCallback

BASE = {
    "AccountSid": "AC1",
    "StreamSid": "MZ1",
    "StreamEvent": "stream-started",
    "Timestamp": "2024-05-01T12:00:00.000Z",
}


def _paths(body: object, *, strict: bool = False) -> list[str]:
    return payload_error(Callback.from_form, body, strict=strict).paths


def test_every_field() -> None:
    form = {
        "AccountSid": "AC1",
        "CallSid": "CA1",
        "ConferenceSid": "CF1",
        "StreamSid": "MZ1",
        "StreamName": "s1",
        "StreamTrack": "inbound_track",
        "StreamEvent": "stream-error",
        "StreamError": "Duplicated stream ID",
        "Timestamp": "2024-05-01T12:00:01.250Z",
        "Unique-ID": "u-1",
    }
    callback = Callback.from_form(form, strict=True)
    assert callback.unique_id == "u-1" and callback.conference_sid == "CF1"
    assert callback.stream_error is signalwire.StreamErrorCode.DUPLICATED_STREAM_ID
    assert callback.stream_track is signalwire.Track.INBOUND_TRACK
    assert callback.timestamp == datetime(2024, 5, 1, 12, 0, 1, 250000, tzinfo=timezone.utc)
    assert list(callback.to_form().items()) == list(form.items())
    assert Callback(unique_id="u-1", **{k: v for k, v in form.items() if k != "Unique-ID"})


def test_query_parameters_and_bodies_agree() -> None:
    body = (
        "AccountSid=AC1&StreamSid=MZ1&StreamEvent=stream-started"
        "&Timestamp=2024-05-01T12%3A00%3A00.000Z"
    )
    assert Callback.from_form(body) == Callback.from_form(BASE) == Callback.from_form(body.encode())


@pytest.mark.parametrize("missing", ["AccountSid", "StreamSid", "StreamEvent", "Timestamp"])
def test_required_fields_are_named(missing: str) -> None:
    assert _paths({k: v for k, v in BASE.items() if k != missing}) == [missing]


@pytest.mark.parametrize(
    ("key", "value"),
    [("StreamEvent", "stream-paused"), ("StreamError", "new_error"), ("StreamTrack", "mixed")],
)
def test_unknown_enum_values(key: str, value: str) -> None:
    callback = Callback.from_form({**BASE, key: value})
    assert callback.to_form()[key] == value
    assert _paths({**BASE, key: value}, strict=True) == [key]


def test_unknown_fields() -> None:
    callback = Callback.from_form({**BASE, "SequenceNumber": "3"})
    assert callback.to_form()["SequenceNumber"] == "3"
    assert _paths({**BASE, "SequenceNumber": "3"}, strict=True) == ["SequenceNumber"]


@pytest.mark.parametrize(
    ("wire", "written"),
    [
        ("2024-05-01T12:00:00Z", "2024-05-01T12:00:00.000Z"),
        ("2024-05-01T12:00:00.5Z", "2024-05-01T12:00:00.500Z"),
        ("2024-05-01T14:00:00.123456+02:00", "2024-05-01T14:00:00.123456+02:00"),
        ("2024-05-01T12:00:00.123456789Z", "2024-05-01T12:00:00.123456789Z"),
    ],
)
def test_timestamps_keep_their_instant(wire: str, written: str) -> None:
    callback = Callback.from_form({**BASE, "Timestamp": wire}, strict=True)
    assert callback.to_form()["Timestamp"] == written
    assert Callback.from_form(callback.to_form()) == callback


def test_sloppy_timestamps_are_repaired_leniently_only() -> None:
    body = {**BASE, "Timestamp": "2024-05-01 12:00:00"}
    assert Callback.from_form(body).timestamp == datetime(2024, 5, 1, 12, tzinfo=timezone.utc)
    assert _paths(body, strict=True) == ["Timestamp"]
    assert _paths({**BASE, "Timestamp": "soon"}) == ["Timestamp"]


def test_repeated_and_undecodable_fields_are_named() -> None:
    assert _paths("AccountSid=a&AccountSid=b") == ["AccountSid"]
    assert _paths("AccountSid=%FF") == ["AccountSid"]


def test_format_timestamp() -> None:
    assert format_timestamp(datetime(2024, 5, 1, tzinfo=timezone.utc)) == "2024-05-01T00:00:00.000Z"
    offset = timezone(timedelta(hours=-3))
    assert format_timestamp(datetime(2024, 5, 1, tzinfo=offset)) == "2024-05-01T00:00:00.000-03:00"


_TEXT = st.text(max_size=16)
_ZONES = st.sampled_from(
    [timezone.utc, timezone(timedelta(hours=2)), timezone(-timedelta(hours=5, minutes=30))]
)


@st.composite
def callbacks(draw: st.DrawFn) -> signalwire.StreamStatusCallback:
    fields: dict[str, object] = {
        "account_sid": draw(_TEXT),
        "stream_sid": draw(_TEXT),
        "stream_event": draw(st.sampled_from([*signalwire.StreamEvent, "stream-paused"])),
        "timestamp": draw(st.datetimes(min_value=datetime(1900, 1, 1), timezones=_ZONES)),
    }
    optional = {
        "call_sid": _TEXT,
        "conference_sid": _TEXT,
        "stream_name": _TEXT,
        "stream_track": st.sampled_from([*signalwire.Track, "mixed"]),
        "stream_error": st.sampled_from([*signalwire.StreamErrorCode, "new error"]),
        "unique_id": _TEXT,
    }
    for name, strategy in optional.items():
        if draw(st.booleans()):
            fields[name] = draw(strategy)
    return Callback(**fields)


@settings(max_examples=150, deadline=None)
@given(callbacks())
def test_callback_round_trips(callback: signalwire.StreamStatusCallback) -> None:
    form = callback.to_form()
    again = Callback.from_form(form)
    assert again == callback
    assert again.timestamp.utcoffset() == callback.timestamp.utcoffset()
    assert again.to_form() == form and list(again.to_form()) == list(form)
    assert Callback.from_form(callback.to_form_body()) == callback
    assert Callback.from_json(callback.to_json()) == callback
