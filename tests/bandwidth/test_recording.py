"""The recordingAvailable event, including the warts of Bandwidth's own examples."""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone

import pytest

from voice_webhooks import PayloadError, bandwidth
from voice_webhooks.bandwidth import FileFormat, RecordingChannels, RecordingStatus

from ..conftest import CORPUS

UTC = timezone.utc


def load(name: str = "recordingAvailable_2.json") -> dict:
    return json.loads((CORPUS / "bandwidth" / name).read_bytes())


def test_documented_example_with_its_warts() -> None:
    event = bandwidth.parse_event(json.dumps(load()))
    assert isinstance(event, bandwidth.RecordingAvailable)
    # zone-less eventTime: taken as UTC
    assert event.event_time == datetime(2019, 9, 13, 16, 49, 40, 500000, tzinfo=UTC)
    assert event.event_time.utcoffset() == timedelta(0)
    # "2019-09-13-16:48:27.198Z": a '-' where the 'T' belongs, repaired
    assert event.enqueued_time == datetime(2019, 9, 13, 16, 48, 27, 198000, tzinfo=UTC)
    assert event.start_time == datetime(2019, 9, 13, 16, 48, 29, 235000, tzinfo=UTC)
    assert event.end_time == datetime(2019, 9, 13, 16, 48, 48, 890000, tzinfo=UTC)
    assert event.duration == timedelta(seconds=20, milliseconds=56)
    assert event.channels is RecordingChannels.MONO
    assert event.file_format is FileFormat.WAV
    assert event.status is RecordingStatus.COMPLETE
    assert event.recording_id == "r-115da407-e3d9-4ea7-889f-5f4ad7386a80"
    # not valid URLs, but what Bandwidth documents: kept verbatim
    assert event.call_url == "https://../{accountId}/calls/{callId-1}"
    assert event.media_url.endswith("/recordings/{recordingId}/media")
    assert event.parent_call_id is None and event.recording_name is None


def test_repaired_timestamps_are_written_back_as_rfc3339() -> None:
    emitted = json.loads(bandwidth.parse_event(json.dumps(load())).to_json())
    assert emitted["eventTime"] == "2019-09-13T16:49:40.500Z"
    assert emitted["enqueuedTime"] == "2019-09-13T16:48:27.198Z"
    assert emitted["duration"] == "PT20.056S"
    assert emitted["channels"] == 1


def test_strict_mode_names_both_repaired_timestamps() -> None:
    with pytest.raises(PayloadError) as caught:
        bandwidth.parse_event(json.dumps(load()), strict=True)
    assert caught.value.paths == ["eventTime", "enqueuedTime"]
    assert [e["type"] for e in caught.value.errors()] == [
        "datetime_no_zone",
        "datetime_not_rfc3339",
    ]


def test_transfer_leg_and_optional_fields() -> None:
    raw = load() | {
        "eventTime": "2019-09-13T16:49:40.500Z",
        "enqueuedTime": "2019-09-13T16:48:27.198Z",
        "parentCallId": "c-parent",
        "transferCallerId": "+15551115555",
        "transferTo": "+15556667777",
        "recordingName": "greeting",
        "tag": "t",
        "channels": 2,
        "fileFormat": "mp3",
        "status": "partial",
    }
    event = bandwidth.parse_event(raw, strict=True)
    assert isinstance(event, bandwidth.RecordingAvailable)
    assert event.parent_call_id == "c-parent"
    assert event.transfer_caller_id == "+15551115555"
    assert event.transfer_to == "+15556667777"
    assert event.recording_name == "greeting"
    assert event.channels is RecordingChannels.STEREO
    assert event.file_format is FileFormat.MP3
    assert event.status is RecordingStatus.PARTIAL
    assert json.loads(event.to_json()) == raw


@pytest.mark.parametrize("status", ["complete", "partial", "error"])
def test_every_status(status: str) -> None:
    event = bandwidth.parse_event(load() | {"status": status})
    assert event.status == RecordingStatus(status)


def test_unknown_channel_count_is_kept_leniently_and_rejected_strictly() -> None:
    raw = load("recordingAvailable_1.json") | {"channels": 3, "eventTime": "2019-09-13T16:49:40Z"}
    event = bandwidth.parse_event(raw)
    assert event.channels == 3 and type(event.channels) is int
    assert json.loads(event.to_json())["channels"] == 3
    with pytest.raises(PayloadError) as caught:
        bandwidth.parse_event(raw, strict=True)
    assert caught.value.paths == ["channels"]


@pytest.mark.parametrize("bad", ["two", 1.5, None, [], {}])
def test_channels_must_be_a_number(bad: object) -> None:
    with pytest.raises(PayloadError) as caught:
        bandwidth.parse_event(load() | {"channels": bad})
    assert caught.value.paths == ["channels"]
