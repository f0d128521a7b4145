"""Real-time transcription events: the two names of their details, ``stabilized`` as text or
boolean, and the causes."""

from __future__ import annotations

import json
from typing import Any

import pytest

from voice_webhooks import PayloadError, bandwidth
from voice_webhooks.bandwidth import examples
from voice_webhooks.schema import json_schema

from ..conftest import CORPUS


def load(name: str) -> dict[str, Any]:
    body: dict[str, Any] = json.loads((CORPUS / "bandwidth" / name).read_bytes())
    return body


def test_the_table_name_and_the_examples_name_both_read_and_write_back() -> None:
    started = bandwidth.parse_event(load("realTimeTranscriptionStarted_1.json"), strict=True)
    stopped = bandwidth.parse_event(load("realTimeTranscriptionStopped_1.json"), strict=True)
    assert isinstance(started, bandwidth.RealTimeTranscriptionStarted)
    assert isinstance(stopped, bandwidth.RealTimeTranscriptionStopped)
    assert started.transcription is None and started.details is started.real_time_transcription
    assert stopped.real_time_transcription is None and stopped.details is stopped.transcription
    assert "transcription" in json.loads(stopped.to_json())
    assert "realTimeTranscription" in json.loads(started.to_json())


def test_the_details_are_required_under_one_name_or_the_other() -> None:
    body = load("realTimeTranscriptionStopped_1.json")
    details = body.pop("transcription")
    for missing in (body, body | {"transcription": None}):
        with pytest.raises(PayloadError) as caught:
            bandwidth.parse_event(missing)
        assert caught.value.errors()[0]["msg"] == (
            "realTimeTranscription (or transcription) is required"
        )
    both = body | {"transcription": details, "realTimeTranscription": details}
    event = bandwidth.parse_event(both, strict=True)
    assert isinstance(event, bandwidth.RealTimeTranscriptionStopped)
    assert event.details == event.transcription == event.real_time_transcription


def test_the_json_schema_requires_one_of_the_two_names() -> None:
    schema = json_schema(bandwidth.RealTimeTranscriptionStopped, strict=True)
    assert {"realTimeTranscription", "transcription"}.isdisjoint(schema["required"])
    assert [branch["required"] for branch in schema["anyOf"]] == [
        ["realTimeTranscription"],
        ["transcription"],
    ]


@pytest.mark.parametrize("flag", ["true", "false", True, False])
def test_stabilized_is_read_as_text_or_boolean_and_written_back_as_received(flag: Any) -> None:
    body = json.loads(examples.REAL_TIME_TRANSCRIPTION_AVAILABLE)
    body["realTimeTranscription"]["stabilized"] = flag
    event = bandwidth.parse_event(body, strict=True)
    assert isinstance(event, bandwidth.RealTimeTranscriptionAvailable)
    stabilized = event.details.stabilized
    assert bool(stabilized) is (flag in ("true", True))
    assert json.loads(event.to_json())["realTimeTranscription"]["stabilized"] == flag


@pytest.mark.parametrize("flag", ["yes", 1, None])
def test_stabilized_other_values(flag: Any) -> None:
    body = json.loads(examples.REAL_TIME_TRANSCRIPTION_STARTED)
    body["realTimeTranscription"]["stabilized"] = flag
    if flag is None:  # an optional field given as null
        assert bandwidth.parse_event(body, strict=True).to_dict() == body
        return
    if isinstance(flag, str):  # text Bandwidth may add: kept leniently, refused strictly
        assert bandwidth.parse_event(body).to_dict() == body
    with pytest.raises(PayloadError) as caught:
        bandwidth.parse_event(body, strict=True)
    assert caught.value.paths == ["realTimeTranscription.stabilized"]


def test_a_duplicate_is_rejected_with_the_original_transcription() -> None:
    event = bandwidth.parse_event(load("realTimeTranscriptionRejected_2.json"), strict=True)
    assert isinstance(event, bandwidth.RealTimeTranscriptionRejected)
    assert event.cause is bandwidth.TranscriptionRejectedCause.DUPLICATE
    assert event.original_transcription is not None
    assert event.original_transcription.id == "t-95ac90b3-e9cd80fa-fca7-4d12-9109-2990afe4d8c5"
    assert event.details.destination == "wss://duplicate.websocket.myapp.example"


def test_a_stopped_transcription_keeps_its_nanosecond_duration() -> None:
    event = bandwidth.parse_event(load("realTimeTranscriptionStopped_2.json"), strict=True)
    assert isinstance(event, bandwidth.RealTimeTranscriptionStopped)
    assert event.cause is bandwidth.TranscriptionStoppedCause.CLOSED
    assert json.loads(event.to_json())["transcription"]["duration"] == "PT1M52.217257456S"


def test_an_available_transcription_says_where_it_is() -> None:
    event = bandwidth.parse_event(examples.REAL_TIME_TRANSCRIPTION_AVAILABLE, strict=True)
    assert isinstance(event, bandwidth.RealTimeTranscriptionAvailable)
    assert event.details.status is bandwidth.RealTimeTranscriptionStatus.AVAILABLE
    assert event.details.url.endswith("/transcriptions/" + event.details.id)
