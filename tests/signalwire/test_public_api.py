"""The public names of ``voice_webhooks.signalwire``: exactly the intended ones."""

from __future__ import annotations

import json
import subprocess
import sys

from pydantic import BaseModel

import voice_webhooks.signalwire as signalwire

EXPECTED = {
    "CALLBACK_KINDS",
    "MAX_PARAMETERS",
    "SIGNALWIRE_SHA256_SIGNATURE_HEADER",
    "SIGNALWIRE_SIGNATURE_HEADER",
    "TWILIO_SIGNATURE_HEADER",
    "CallDirection",
    "CallStatus",
    "CallStatusCallback",
    "ConferenceStream",
    "CreateConferenceStreamRequest",
    "CreateStreamRequest",
    "ErrorListResponse",
    "ErrorResponse",
    "HttpMethod",
    "Parameters",
    "RecordingSource",
    "RecordingStatus",
    "RecordingStatusCallback",
    "StatusCallback",
    "Stream",
    "StreamCodec",
    "StreamErrorCode",
    "StreamEvent",
    "StreamStatus",
    "StreamStatusCallback",
    "StreamUpdateStatus",
    "Track",
    "TranscriptionStatus",
    "TranscriptionStatusCallback",
    "UnknownCallback",
    "UpdateConferenceStreamRequest",
    "UpdateStreamRequest",
    "body_sha256",
    "create_conference_stream_path",
    "create_stream_path",
    "parse_callback",
    "public_url",
    "sign",
    "update_conference_stream_path",
    "update_stream_path",
    "verify_request",
    "verify_signature",
    "with_body_sha256",
}
EXPECTED |= {  # the cXML stream verbs (verbs.py)
    "ConferenceStreamNoun", "Connect", "CxmlResponse", "CxmlVerb", "RawVerb", "Start", "Stop",
    "StopStreamNoun", "StreamNoun", "StreamNounCodec", "StreamParameter",
    # media stream WebSocket messages
    "ClearMessage", "ConnectedMessage", "Dtmf", "DtmfDigit", "DtmfMessage", "Mark",
    "MarkMessage", "MediaChunk", "MediaEncoding", "MediaFormat", "MediaMessage", "MediaTrack",
    "SendDtmf", "SendDtmfMessage", "SendMarkMessage", "SendMedia", "SendMediaMessage",
    "StartMessage", "StartMetadata", "StopMessage", "StreamMessage", "StreamProblem",
    "StreamProtocol", "StreamProtocolError", "StreamSession", "UnknownStreamMessage",
    "parse_stream_message",
}  # fmt: skip


def test_exported_names_are_exactly_the_intended_ones() -> None:
    assert set(signalwire.__all__) == EXPECTED
    assert len(signalwire.__all__) == len(EXPECTED)
    for name in EXPECTED:
        assert getattr(signalwire, name) is not None


LAZY = """
import json, sys
import voice_webhooks.signalwire as signalwire
def loaded():
    return sorted(m for m in sys.modules if m.startswith("voice_webhooks.signalwire."))
steps = [loaded()]
signalwire.Stream
steps.append(loaded())
print(json.dumps(steps))
"""


def test_importing_the_package_loads_none_of_its_modules_until_a_name_is_used() -> None:
    result = subprocess.run(
        [sys.executable, "-c", LAZY], capture_output=True, text=True, check=True
    )
    at_import, after_stream = json.loads(result.stdout)
    assert at_import == []
    assert "voice_webhooks.signalwire.responses" in after_stream
    assert "voice_webhooks.signalwire.verbs" not in after_stream
    assert set(dir(signalwire)) >= set(signalwire.__all__)


def test_every_model_documents_its_fields() -> None:
    exported = [getattr(signalwire, name) for name in signalwire.__all__]
    models: list[type[BaseModel]] = [
        obj for obj in exported if isinstance(obj, type) and issubclass(obj, BaseModel)
    ]
    assert {signalwire.Stream, signalwire.CreateStreamRequest, signalwire.StreamNoun} <= set(models)
    for model in models:
        assert model.__doc__ and ">>>" in model.__doc__, model
        for name, field in model.model_fields.items():
            assert field.description, f"{model.__name__}.{name}"
        model.model_json_schema()
        model.model_json_schema(mode="serialization")


def test_enums_compare_equal_to_their_wire_values() -> None:
    assert signalwire.StreamErrorCode("Duplicated stream name") == "Duplicated stream name"
    assert signalwire.StreamStatus("in-progress") is signalwire.StreamStatus.IN_PROGRESS
    assert [m.value for m in signalwire.StreamEvent] == [
        "stream-started",
        "stream-stopped",
        "stream-error",
    ]
