"""SignalWire (Compatibility/LaML, Twilio-compatible) call media streams and status callbacks:
typed models.

Requests you send (:class:`CreateStreamRequest`, :class:`UpdateStreamRequest` and their
conference twins, as forms, to the paths :func:`create_stream_path` and the others give), the
responses you get back (:class:`Stream`, :class:`ConferenceStream`, :class:`ErrorResponse`,
JSON), the status callbacks you receive (stream, call, recording and transcription, forms, told
apart by :func:`parse_callback`) and their signatures (:func:`verify_signature`).

>>> import voice_webhooks.signalwire as signalwire
>>> req = signalwire.CreateStreamRequest(url="wss://ws.example/audio", name="s1",
...                                      track="both_tracks", parameters={"tenant": "42"})
>>> req.to_form_body()
'Url=wss%3A%2F%2Fws.example%2Faudio&Name=s1&Track=both_tracks&Parameter1.Name=tenant&Parameter1.Value=42'
>>> signalwire.UpdateStreamRequest(status="stopped").to_form()
{'Status': 'stopped'}
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from .._lazy import LazyExports

if TYPE_CHECKING:
    from .._stream_session import StreamProblem, StreamProtocolError
    from ._parameters import MAX_PARAMETERS, Parameters
    from ._stream_enums import DtmfDigit, MediaEncoding, MediaTrack, StreamProtocol
    from ._stream_replies import (
        ClearMessage,
        SendDtmf,
        SendDtmfMessage,
        SendMarkMessage,
        SendMedia,
        SendMediaMessage,
    )
    from ._stream_session import StreamSession
    from .call_status import CallStatusCallback
    from .callbacks import StreamStatusCallback
    from .dispatch import CALLBACK_KINDS, StatusCallback, UnknownCallback, parse_callback
    from .enums import (
        CallDirection,
        CallStatus,
        HttpMethod,
        RecordingSource,
        RecordingStatus,
        StreamCodec,
        StreamErrorCode,
        StreamEvent,
        StreamStatus,
        StreamUpdateStatus,
        Track,
        TranscriptionStatus,
    )
    from .paths import (
        create_conference_stream_path,
        create_stream_path,
        update_conference_stream_path,
        update_stream_path,
    )
    from .proxy import public_url
    from .recordings import RecordingStatusCallback
    from .requests import (
        CreateConferenceStreamRequest,
        CreateStreamRequest,
        UpdateConferenceStreamRequest,
        UpdateStreamRequest,
    )
    from .responses import ConferenceStream, ErrorListResponse, ErrorResponse, Stream
    from .signatures import (
        SIGNALWIRE_SHA256_SIGNATURE_HEADER,
        SIGNALWIRE_SIGNATURE_HEADER,
        TWILIO_SIGNATURE_HEADER,
        body_sha256,
        sign,
        verify_request,
        verify_signature,
        with_body_sha256,
    )
    from .stream_messages import (
        ConnectedMessage,
        Dtmf,
        DtmfMessage,
        Mark,
        MarkMessage,
        MediaChunk,
        MediaFormat,
        MediaMessage,
        StartMessage,
        StartMetadata,
        StopMessage,
        StreamMessage,
        UnknownStreamMessage,
        parse_stream_message,
    )
    from .transcriptions import TranscriptionStatusCallback
    from .verbs import (
        ConferenceStreamNoun,
        Connect,
        CxmlResponse,
        CxmlVerb,
        RawVerb,
        Start,
        Stop,
        StopStreamNoun,
        StreamNoun,
        StreamNounCodec,
        StreamParameter,
    )

# Every public name, by module (relative to this package): loaded on first use, so that importing
# the package costs only what a program uses.
_LAZY: Final[dict[str, tuple[str, ...]]] = {
    ".._stream_session": ("StreamProblem", "StreamProtocolError"),
    "_parameters": ("MAX_PARAMETERS", "Parameters"),
    "_stream_enums": ("DtmfDigit", "MediaEncoding", "MediaTrack", "StreamProtocol"),
    "_stream_replies": (
        "ClearMessage",
        "SendDtmf",
        "SendDtmfMessage",
        "SendMarkMessage",
        "SendMedia",
        "SendMediaMessage",
    ),
    "_stream_session": ("StreamSession",),
    "call_status": ("CallStatusCallback",),
    "callbacks": ("StreamStatusCallback",),
    "dispatch": ("CALLBACK_KINDS", "StatusCallback", "UnknownCallback", "parse_callback"),
    "enums": (
        "CallDirection",
        "CallStatus",
        "HttpMethod",
        "RecordingSource",
        "RecordingStatus",
        "StreamCodec",
        "StreamErrorCode",
        "StreamEvent",
        "StreamStatus",
        "StreamUpdateStatus",
        "Track",
        "TranscriptionStatus",
    ),
    "paths": (
        "create_conference_stream_path",
        "create_stream_path",
        "update_conference_stream_path",
        "update_stream_path",
    ),
    "proxy": ("public_url",),
    "recordings": ("RecordingStatusCallback",),
    "requests": (
        "CreateConferenceStreamRequest",
        "CreateStreamRequest",
        "UpdateConferenceStreamRequest",
        "UpdateStreamRequest",
    ),
    "responses": ("ConferenceStream", "ErrorListResponse", "ErrorResponse", "Stream"),
    "signatures": (
        "SIGNALWIRE_SHA256_SIGNATURE_HEADER",
        "SIGNALWIRE_SIGNATURE_HEADER",
        "TWILIO_SIGNATURE_HEADER",
        "body_sha256",
        "sign",
        "verify_request",
        "verify_signature",
        "with_body_sha256",
    ),
    "stream_messages": (
        "ConnectedMessage",
        "Dtmf",
        "DtmfMessage",
        "Mark",
        "MarkMessage",
        "MediaChunk",
        "MediaFormat",
        "MediaMessage",
        "StartMessage",
        "StartMetadata",
        "StopMessage",
        "StreamMessage",
        "UnknownStreamMessage",
        "parse_stream_message",
    ),
    "transcriptions": ("TranscriptionStatusCallback",),
    "verbs": (
        "ConferenceStreamNoun",
        "Connect",
        "CxmlResponse",
        "CxmlVerb",
        "RawVerb",
        "Start",
        "Stop",
        "StopStreamNoun",
        "StreamNoun",
        "StreamNounCodec",
        "StreamParameter",
    ),
}
_EXPORTS: Final = LazyExports(__name__, _LAZY)

__all__ = [
    "CALLBACK_KINDS",
    "MAX_PARAMETERS",
    "SIGNALWIRE_SHA256_SIGNATURE_HEADER",
    "SIGNALWIRE_SIGNATURE_HEADER",
    "TWILIO_SIGNATURE_HEADER",
    "CallDirection",
    "CallStatus",
    "CallStatusCallback",
    "ClearMessage",
    "ConferenceStream",
    "ConferenceStreamNoun",
    "Connect",
    "ConnectedMessage",
    "CreateConferenceStreamRequest",
    "CreateStreamRequest",
    "CxmlResponse",
    "CxmlVerb",
    "Dtmf",
    "DtmfDigit",
    "DtmfMessage",
    "ErrorListResponse",
    "ErrorResponse",
    "HttpMethod",
    "Mark",
    "MarkMessage",
    "MediaChunk",
    "MediaEncoding",
    "MediaFormat",
    "MediaMessage",
    "MediaTrack",
    "Parameters",
    "RawVerb",
    "RecordingSource",
    "RecordingStatus",
    "RecordingStatusCallback",
    "SendDtmf",
    "SendDtmfMessage",
    "SendMarkMessage",
    "SendMedia",
    "SendMediaMessage",
    "Start",
    "StartMessage",
    "StartMetadata",
    "StatusCallback",
    "Stop",
    "StopMessage",
    "StopStreamNoun",
    "Stream",
    "StreamCodec",
    "StreamErrorCode",
    "StreamEvent",
    "StreamMessage",
    "StreamNoun",
    "StreamNounCodec",
    "StreamParameter",
    "StreamProblem",
    "StreamProtocol",
    "StreamProtocolError",
    "StreamSession",
    "StreamStatus",
    "StreamStatusCallback",
    "StreamUpdateStatus",
    "Track",
    "TranscriptionStatus",
    "TranscriptionStatusCallback",
    "UnknownCallback",
    "UnknownStreamMessage",
    "UpdateConferenceStreamRequest",
    "UpdateStreamRequest",
    "body_sha256",
    "create_conference_stream_path",
    "create_stream_path",
    "parse_callback",
    "parse_stream_message",
    "public_url",
    "sign",
    "update_conference_stream_path",
    "update_stream_path",
    "verify_request",
    "verify_signature",
    "with_body_sha256",
]


__getattr__ = _EXPORTS.attribute
__dir__ = _EXPORTS.names
