"""Conference events, the recording transcription event and referComplete."""

from __future__ import annotations

import json
from typing import Any

import pytest

from voice_webhooks import PayloadError, bandwidth
from voice_webhooks.bandwidth import examples

from ..conftest import CORPUS


def load(name: str) -> dict[str, Any]:
    body: dict[str, Any] = json.loads((CORPUS / "bandwidth" / name).read_bytes())
    return body


@pytest.mark.parametrize(
    "name",
    ["conferenceCreated_1.json", "conferenceRedirect_1.json", "conferenceCompleted_1.json",
     "conferenceMemberJoin_1.json", "conferenceMemberExit_1.json",
     "conferenceRecordingAvailable_1.json"],
)  # fmt: skip
def test_conference_events_are_not_call_events(name: str) -> None:
    event = bandwidth.parse_event(load(name), strict=True)
    assert isinstance(event, bandwidth.ConferenceEvent)
    assert not isinstance(event, bandwidth.CallEvent)
    assert event.conference_id.startswith("conf-") and event.name == "thisConference"


def test_a_member_event_names_the_members_call() -> None:
    joined = bandwidth.parse_event(load("conferenceMemberJoin_1.json"), strict=True)
    left = bandwidth.parse_event(load("conferenceMemberExit_1.json"), strict=True)
    for event in (joined, left):
        assert isinstance(event, bandwidth.ConferenceMemberEvent)
        assert (event.call_id, event.from_, event.to, event.tag) == (
            "c-95ac8d6e-1a31c52e-b38f-4198-93c1-51633ec68f8d", "+15559998765", "+15551112345",
            "conferenceTag",
        )  # fmt: skip


def test_a_conference_needs_its_id_and_name() -> None:
    body = {k: v for k, v in load("conferenceCreated_1.json").items() if k != "name"}
    with pytest.raises(PayloadError) as caught:
        bandwidth.parse_event(body)
    assert caught.value.paths == ["name"]


def test_a_conference_recording_has_the_account_and_no_call() -> None:
    event = bandwidth.parse_event(load("conferenceRecordingAvailable_1.json"), strict=True)
    assert isinstance(event, bandwidth.ConferenceRecordingAvailable)
    assert event.account_id == "55555555"
    assert event.status is bandwidth.RecordingStatus.COMPLETE
    assert "callId" not in type(event).model_fields and "call_id" not in type(event).model_fields


def test_a_transcription_as_the_page_shows_it() -> None:
    event = bandwidth.parse_event(load("transcriptionAvailable_2.json"), strict=True)
    assert isinstance(event, bandwidth.TranscriptionAvailable)
    assert event.transcription.id == "t-1a68a908-544f-48ae-b30d-d1747dca3723"
    assert event.transcription.status is bandwidth.TranscriptionStatus.AVAILABLE
    assert event.transcription.completed_time is not None


def test_a_transcription_as_the_spec_describes_it() -> None:
    body = load("transcriptionAvailable_1.json") | {
        "transcription": {"speaker": 0, "text": "Nice talking to you, friend!", "confidence": 0.9}
    }
    event = bandwidth.parse_event(body, strict=True)
    assert isinstance(event, bandwidth.TranscriptionAvailable)
    assert (event.transcription.text, event.transcription.confidence) == (
        "Nice talking to you, friend!", 0.9,
    )  # fmt: skip
    assert event.transcription.id is None and event.to_dict() == body


@pytest.mark.parametrize("status", [s.value for s in bandwidth.TranscriptionStatus])
def test_every_transcription_state_of_the_spec(status: str) -> None:
    body = load("transcriptionAvailable_1.json")
    body["transcription"]["status"] = status
    event = bandwidth.parse_event(body, strict=True)
    assert isinstance(event, bandwidth.TranscriptionAvailable)
    assert event.transcription.status is bandwidth.TranscriptionStatus(status)


def test_refer_complete_success_and_failure() -> None:
    success = bandwidth.parse_event(examples.REFER_COMPLETE, strict=True)
    assert isinstance(success, bandwidth.ReferComplete)
    assert success.refer_call_status is bandwidth.ReferCallStatus.SUCCESS
    assert success.to.startswith("sip:")  # a <Refer> runs on SIP URI calls
    failure = json.loads(examples.REFER_COMPLETE) | {"referCallStatus": "failure",
                                                     "referSipResponseCode": 405}  # fmt: skip
    del failure["notifySipResponseCode"]  # no final NOTIFY when the REFER itself was refused
    event = bandwidth.parse_event(failure, strict=True)
    assert isinstance(event, bandwidth.ReferComplete)
    assert event.refer_call_status is bandwidth.ReferCallStatus.FAILURE
    assert (event.refer_sip_response_code, event.notify_sip_response_code) == (405, None)
