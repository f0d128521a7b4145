"""SignalWire (Compatibility/LaML, Twilio-compatible) call media streams: typed models.

Requests you send (:class:`CreateStreamRequest`, :class:`UpdateStreamRequest`, as forms, to
the paths :func:`create_stream_path` and :func:`update_stream_path` give), the responses you
get back (:class:`Stream`, :class:`ErrorResponse`, JSON), the status callbacks you receive
(:class:`StreamStatusCallback`, a form) and their signatures (:func:`verify_signature`).

>>> import voice_webhooks.signalwire as signalwire
>>> req = signalwire.CreateStreamRequest(url="wss://ws.example/audio", name="s1",
...                                      track="both_tracks", parameters={"tenant": "42"})
>>> req.to_form_body()
'Url=wss%3A%2F%2Fws.example%2Faudio&Name=s1&Track=both_tracks&Parameter1.Name=tenant&Parameter1.Value=42'
>>> signalwire.UpdateStreamRequest(status="stopped").to_form()
{'Status': 'stopped'}
"""

from .._stream_session import StreamProblem, StreamProtocolError
from ._parameters import MAX_PARAMETERS
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
from .callbacks import StreamStatusCallback
from .enums import (
    HttpMethod,
    StreamErrorCode,
    StreamEvent,
    StreamStatus,
    StreamUpdateStatus,
    Track,
)
from .paths import create_stream_path, update_stream_path
from .requests import CreateStreamRequest, UpdateStreamRequest
from .responses import ErrorResponse, Stream
from .signatures import (
    SIGNALWIRE_SIGNATURE_HEADER,
    TWILIO_SIGNATURE_HEADER,
    body_sha256,
    sign,
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
from .verbs import (
    ConferenceStreamNoun,
    Connect,
    CxmlResponse,
    CxmlVerb,
    RawVerb,
    Start,
    Stop,
    StopStreamNoun,
    StreamCodec,
    StreamNoun,
    StreamParameter,
)

__all__ = [
    "MAX_PARAMETERS",
    "SIGNALWIRE_SIGNATURE_HEADER",
    "TWILIO_SIGNATURE_HEADER",
    "ClearMessage",
    "ConferenceStreamNoun",
    "Connect",
    "ConnectedMessage",
    "CreateStreamRequest",
    "CxmlResponse",
    "CxmlVerb",
    "Dtmf",
    "DtmfDigit",
    "DtmfMessage",
    "ErrorResponse",
    "HttpMethod",
    "Mark",
    "MarkMessage",
    "MediaChunk",
    "MediaEncoding",
    "MediaFormat",
    "MediaMessage",
    "MediaTrack",
    "RawVerb",
    "SendDtmf",
    "SendDtmfMessage",
    "SendMarkMessage",
    "SendMedia",
    "SendMediaMessage",
    "Start",
    "StartMessage",
    "StartMetadata",
    "Stop",
    "StopMessage",
    "StopStreamNoun",
    "Stream",
    "StreamCodec",
    "StreamErrorCode",
    "StreamEvent",
    "StreamMessage",
    "StreamNoun",
    "StreamParameter",
    "StreamProblem",
    "StreamProtocol",
    "StreamProtocolError",
    "StreamSession",
    "StreamStatus",
    "StreamStatusCallback",
    "StreamUpdateStatus",
    "Track",
    "UnknownStreamMessage",
    "UpdateStreamRequest",
    "body_sha256",
    "create_stream_path",
    "parse_stream_message",
    "sign",
    "update_stream_path",
    "verify_signature",
    "with_body_sha256",
]
