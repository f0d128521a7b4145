"""``assert_valid``: returns the model for a valid payload; otherwise a message that names every
problem by wire path and shows what lenient parsing would have made of the payload."""

from __future__ import annotations

from typing import Any

import pytest
from pydantic import field_serializer

from voice_webhooks import WireModel, bandwidth, signalwire
from voice_webhooks.testing import (
    ABSENT,
    assert_valid,
    create_stream_request,
    media_stream_stopped,
    stream_status_callback,
)


def failure(payload: Any, model: object, *, strict: bool = True) -> str:
    with pytest.raises(AssertionError) as caught:
        assert_valid(payload, model, strict=strict)
    return str(caught.value)


def test_a_valid_payload_gives_the_parsed_model() -> None:
    payload = media_stream_stopped(call_id="c-1")
    event = assert_valid(payload, bandwidth.MediaStreamStopped)
    assert isinstance(event, bandwidth.MediaStreamStopped) and event.call_id == "c-1"
    from_text = assert_valid(media_stream_stopped.body(call_id="c-1"), bandwidth.BandwidthEvent)
    assert from_text == event
    form = assert_valid(create_stream_request.body(), signalwire.CreateStreamRequest)
    assert form.parameters == {"tenant": "42"}


def test_repaired_values_are_listed_and_diffed_against_their_repair() -> None:
    payload = media_stream_stopped(
        event_time="2022-06-30T18:55:02.489", media_stream={"tracks": ["inbound", "sideways"]}
    )
    message = failure(payload, bandwidth.BandwidthEvent)
    lines = message.splitlines()
    assert lines[0] == "payload is not a valid Bandwidth event (strict mode), 2 problems:"
    assert lines[1].startswith("  eventTime: Timestamp has no time zone")
    assert lines[2].startswith("  mediaStream.tracks[1]: Unknown value (strict mode)")
    assert "[input: 'sideways']" in lines[2]
    assert '  -  "eventTime": "2022-06-30T18:55:02.489",' in lines
    assert '  +  "eventTime": "2022-06-30T18:55:02.489Z",' in lines
    assert not any(line.startswith(("  -", "  +")) and "callId" in line for line in lines)


def test_unknown_fields_are_problems_even_though_lenient_parsing_keeps_them() -> None:
    message = failure(media_stream_stopped(extra={"codec": "PCMU"}), bandwidth.MediaStreamStopped)
    assert "  codec: Extra inputs are not permitted [input: 'PCMU']" in message
    assert "lenient parsing accepts it as it is: only strict mode objects" in message


def test_a_payload_nothing_accepts_is_shown_whole() -> None:
    message = failure(media_stream_stopped(call_id=ABSENT), bandwidth.MediaStreamStopped)
    assert "  callId: Field required" in message
    assert "lenient parsing rejects it too; the payload:" in message
    assert '    "eventType": "mediaStreamStopped",' in message
    assert "  (body): Invalid JSON" in failure("{not json", bandwidth.BandwidthEvent)


def test_forms_are_read_as_forms_and_diffed_by_field() -> None:
    body = stream_status_callback.body(timestamp="2024-05-01T12:00:00", stream_track="both")
    message = failure(body, signalwire.StreamStatusCallback)
    assert "  StreamTrack: Unknown value (strict mode)" in message
    assert "  Timestamp: Timestamp has no time zone" in message
    assert '  -  "Timestamp": "2024-05-01T12:00:00"' in message
    assert '  +  "Timestamp": "2024-05-01T12:00:00.000Z"' in message


def test_lenient_mode_on_request() -> None:
    payload = media_stream_stopped(event_time="2022-06-30T18:55:02.489", extra={"codec": "x"})
    assert assert_valid(payload, bandwidth.BandwidthEvent, strict=False).wire_extra() == {
        "codec": "x"
    }


class Lossy(WireModel):
    """A model whose wire form loses information: what the round-trip check exists to catch."""

    value: float

    @field_serializer("value")
    def _rounded(self, value: float) -> float:
        return round(value)


def test_a_model_that_does_not_read_back_its_wire_form_fails() -> None:
    message = failure({"value": 1.4}, Lossy)
    assert message.splitlines()[0] == "Lossy reads back its own wire form differently:"
    assert '  -  "value": 1.4' in message and '  +  "value": 1.0' in message
    assert assert_valid({"value": 2.0}, Lossy).value == 2.0


def test_anything_but_a_model_is_a_type_error() -> None:
    with pytest.raises(TypeError, match="model class"):
        assert_valid({}, dict)
