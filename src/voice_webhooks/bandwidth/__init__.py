"""Bandwidth Voice webhooks: typed models and :func:`parse_event`.

>>> from voice_webhooks import bandwidth
>>> from voice_webhooks.bandwidth.examples import RECORDING_AVAILABLE
>>> event = bandwidth.parse_event(RECORDING_AVAILABLE)
>>> match event:
...     case bandwidth.RecordingAvailable(media_url=url, channels=n):
...         print(n, url.rsplit("/", 2)[-2])
1 {recordingId}
"""

from .._stream_session import StreamProblem, StreamProtocolError
from ._call import CallEvent, TransferLegFields
from ._stream_enums import PlayAudioContentType, StreamEncoding
from ._stream_replies import ClearMessage, PlayAudio, PlayAudioMessage
from ._stream_session import StreamSession
from .auth import basic_auth_header, check_basic_auth
from .enums import (
    CallDirection,
    FileFormat,
    MediaStreamRejectedCause,
    MediaStreamStoppedCause,
    RecordingChannels,
    RecordingStatus,
    StreamTrack,
    StreamType,
)
from .events import EVENT_TYPES, BandwidthEvent, UnknownEvent, parse_event
from .media_stream import (
    MediaStream,
    MediaStreamEvent,
    MediaStreamRejected,
    MediaStreamStarted,
    MediaStreamStopped,
    StoppedMediaStream,
)
from .recording import RecordingAvailable
from .stream_messages import (
    MediaFormat,
    MediaMessage,
    StartMessage,
    StopMessage,
    StreamMessage,
    StreamMetadata,
    TrackMetadata,
    UnknownStreamMessage,
    parse_stream_message,
)
from .verbs import (
    MAX_STREAM_PARAMS,
    BxmlResponse,
    BxmlVerb,
    RawVerb,
    StartStream,
    StartStreamTracks,
    StopStream,
    StreamEventMethod,
    StreamMode,
    StreamParam,
)

__all__ = [
    "EVENT_TYPES",
    "MAX_STREAM_PARAMS",
    "BandwidthEvent",
    "BxmlResponse",
    "BxmlVerb",
    "CallDirection",
    "CallEvent",
    "ClearMessage",
    "FileFormat",
    "MediaFormat",
    "MediaMessage",
    "MediaStream",
    "MediaStreamEvent",
    "MediaStreamRejected",
    "MediaStreamRejectedCause",
    "MediaStreamStarted",
    "MediaStreamStopped",
    "MediaStreamStoppedCause",
    "PlayAudio",
    "PlayAudioContentType",
    "PlayAudioMessage",
    "RawVerb",
    "RecordingAvailable",
    "RecordingChannels",
    "RecordingStatus",
    "StartMessage",
    "StartStream",
    "StartStreamTracks",
    "StopMessage",
    "StopStream",
    "StoppedMediaStream",
    "StreamEncoding",
    "StreamEventMethod",
    "StreamMessage",
    "StreamMetadata",
    "StreamMode",
    "StreamParam",
    "StreamProblem",
    "StreamProtocolError",
    "StreamSession",
    "StreamTrack",
    "StreamType",
    "TrackMetadata",
    "TransferLegFields",
    "UnknownEvent",
    "UnknownStreamMessage",
    "basic_auth_header",
    "check_basic_auth",
    "parse_event",
    "parse_stream_message",
]
