"""Bandwidth Voice webhooks: typed models and :func:`parse_event`.

>>> from voice_webhooks import bandwidth
>>> from voice_webhooks.bandwidth.examples import RECORDING_AVAILABLE
>>> event = bandwidth.parse_event(RECORDING_AVAILABLE)
>>> match event:
...     case bandwidth.RecordingAvailable(media_url=url, channels=n):
...         print(n, url.rsplit("/", 2)[-2])
1 {recordingId}
"""

from ._call import CallEvent, TransferLegFields
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
    "FileFormat",
    "MediaStream",
    "MediaStreamEvent",
    "MediaStreamRejected",
    "MediaStreamRejectedCause",
    "MediaStreamStarted",
    "MediaStreamStopped",
    "MediaStreamStoppedCause",
    "RawVerb",
    "RecordingAvailable",
    "RecordingChannels",
    "RecordingStatus",
    "StartStream",
    "StartStreamTracks",
    "StopStream",
    "StoppedMediaStream",
    "StreamEventMethod",
    "StreamMode",
    "StreamParam",
    "StreamTrack",
    "StreamType",
    "TransferLegFields",
    "UnknownEvent",
    "basic_auth_header",
    "check_basic_auth",
    "parse_event",
]
