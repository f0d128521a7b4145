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


# ------------------------------------------------- reconciled with the 2026 OpenAPI spec


@pytest.mark.parametrize("status", ["processing", "deleted"])
def test_the_specs_recording_states_are_known(status: str) -> None:
    raw = load("recordingAvailable_1.json") | {
        "eventTime": "2019-09-13T16:49:40Z",
        "status": status,
    }
    event = bandwidth.parse_event(raw, strict=True)
    assert event.status is RecordingStatus(status)


@pytest.mark.parametrize("name", ["recordingAvailable_1.json", "recordComplete_1.json"])
def test_media_url_may_be_null_or_absent(name: str) -> None:
    # Only present once the recording may be downloaded, says the spec (nullable there).
    raw = load(name) | {"eventTime": "2019-09-13T16:49:40Z"}
    for body in (raw | {"mediaUrl": None}, {k: v for k, v in raw.items() if k != "mediaUrl"}):
        event = bandwidth.parse_event(body, strict=True)
        assert isinstance(event, bandwidth.RecordingFields) and event.media_url is None
        assert event.to_dict() == body  # null written back as null, absent left out


# ---------------------------------------------------------- recordComplete (the <Record> verb)


def test_record_complete_as_documented() -> None:
    event = bandwidth.parse_event(json.dumps(load("recordComplete_2.json")), strict=True)
    assert isinstance(event, bandwidth.RecordComplete)
    assert event.answer_time == datetime(2019, 9, 13, 16, 48, 26, 665000, tzinfo=UTC)
    assert event.start_time == datetime(2019, 9, 13, 16, 48, 29, 235000, tzinfo=UTC)  # recording's
    assert event.enqueued_time == datetime(2019, 9, 13, 16, 48, 0, 309000, tzinfo=UTC)
    # as documented, even where the page's times disagree (they span 19.655 s)
    assert event.duration == timedelta(seconds=20, milliseconds=56)
    assert event.end_time - event.start_time == timedelta(seconds=19, milliseconds=655)
    assert event.channels is RecordingChannels.MONO


def test_record_complete_has_no_status_and_the_available_events_do() -> None:
    assert "status" not in bandwidth.RecordComplete.model_fields
    for model in (bandwidth.RecordingAvailable, bandwidth.ConferenceRecordingAvailable):
        assert issubclass(model, bandwidth.AvailableRecordingFields)
    assert issubclass(bandwidth.TranscriptionAvailable, bandwidth.RecordingFields)
    assert not issubclass(bandwidth.TranscriptionAvailable, bandwidth.CompletedRecordingFields)
