"""The ``handle`` function of each Bandwidth example: where users put their code, reading the
typed fields of each event."""

from __future__ import annotations

import pytest

from voice_webhooks import bandwidth
from voice_webhooks.bandwidth import examples

from ._support import load

EXAMPLES = ["fastapi_app", "flask_app", "aws_lambda", "django_app"]


@pytest.mark.parametrize("name", EXAMPLES)
def test_handle_reads_each_events_typed_fields(
    name: str, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    for variable in ("BANDWIDTH_CALLBACK_USERNAME", "BANDWIDTH_CALLBACK_PASSWORD"):
        monkeypatch.setenv(variable, "configured")  # read when the Django example loads
    monkeypatch.setenv("SIGNALWIRE_SIGNING_KEY", "configured")
    example = load(name)
    caplog.set_level("INFO", logger=example.__name__)
    bodies = [
        examples.MEDIA_STREAM_STARTED,
        examples.MEDIA_STREAM_REJECTED,
        examples.MEDIA_STREAM_STOPPED,
        examples.RECORDING_AVAILABLE,
        '{"eventType": "mediaStreamPaused", "callId": "c-1"}',
    ]
    for body in bodies:
        example.handle(bandwidth.parse_event(body))
    assert caplog.messages == [
        "stream example_stream started, sending to wss://websocket.myapp.example",
        "stream example_stream rejected: A stream with the name example_stream already exists",
        "stream example_stream stopped after 112.217 s",
        "recording r-115da407-e3d9-4ea7-889f-5f4ad7386a80 ready at "
        "https://../{accountId}/calls/{callId-1}/recordings/{recordingId}/media",
        "ignored a mediaStreamPaused event",
    ]
