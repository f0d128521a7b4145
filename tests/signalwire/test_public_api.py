"""The public names of ``voice_webhooks.signalwire``: exactly the intended ones."""

from __future__ import annotations

from pydantic import BaseModel

import voice_webhooks.signalwire as signalwire

EXPECTED = {
    "MAX_PARAMETERS",
    "SIGNALWIRE_SIGNATURE_HEADER",
    "TWILIO_SIGNATURE_HEADER",
    "CreateStreamRequest",
    "ErrorResponse",
    "HttpMethod",
    "Stream",
    "StreamErrorCode",
    "StreamEvent",
    "StreamStatus",
    "StreamStatusCallback",
    "StreamUpdateStatus",
    "Track",
    "UpdateStreamRequest",
    "body_sha256",
    "create_stream_path",
    "sign",
    "update_stream_path",
    "verify_signature",
    "with_body_sha256",
}
EXPECTED |= {  # the cXML stream verbs (verbs.py)
    "ConferenceStreamNoun", "Connect", "CxmlResponse", "CxmlVerb", "RawVerb", "Start", "Stop",
    "StopStreamNoun", "StreamCodec", "StreamNoun", "StreamParameter",
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


def test_every_model_documents_its_fields() -> None:
    models: list[type[BaseModel]] = [
        signalwire.CreateStreamRequest,
        signalwire.UpdateStreamRequest,
        signalwire.Stream,
        signalwire.ErrorResponse,
        signalwire.StreamStatusCallback,
    ]
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
