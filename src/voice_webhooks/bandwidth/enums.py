"""The enumerations of Bandwidth Voice webhooks, with the meanings Bandwidth documents.

Each is a ``str`` (or ``int``) enum, so members compare equal to their wire values and print
as them (``str(FileFormat.MP3) == "mp3"``).  Model
fields are open: in lenient mode a value Bandwidth adds later arrives as a plain ``str``/``int``.

>>> CallDirection("inbound") == "inbound"
True
"""

from .._enums import WireEnum, WireIntEnum

__all__ = [
    "CallDirection",
    "FileFormat",
    "MediaStreamRejectedCause",
    "MediaStreamStoppedCause",
    "RecordingChannels",
    "RecordingStatus",
    "StreamTrack",
    "StreamType",
]


class CallDirection(WireEnum):
    """The direction of the call. The direction of a call never changes.

    >>> CallDirection("inbound") is CallDirection.INBOUND
    True
    """

    INBOUND = "inbound"
    OUTBOUND = "outbound"


class StreamTrack(WireEnum):
    """A segment of the call that a media stream sends.

    >>> [StreamTrack(track) for track in ("inbound", "outbound")]
    [<StreamTrack.INBOUND: 'inbound'>, <StreamTrack.OUTBOUND: 'outbound'>]
    """

    INBOUND = "inbound"
    OUTBOUND = "outbound"


class StreamType(WireEnum):
    """The type of a media stream. Currently the only supported type is ``WebSocket``.

    >>> StreamType("WebSocket")
    <StreamType.WEBSOCKET: 'WebSocket'>
    """

    WEBSOCKET = "WebSocket"


class MediaStreamRejectedCause(WireEnum):
    """The reason a stream requested in a ``<StartStream>`` verb was not started.

    >>> MediaStreamRejectedCause("track-limit").name
    'TRACK_LIMIT'
    """

    CONNECTION_ERROR = "connection-error"
    """There was a problem communicating with the destination supplied in the ``<StartStream>``
    request. For example connecting to the websocket timed out, or the websocket closed
    abnormally, etc."""
    DUPLICATE = "duplicate"
    """The stream was a duplicate of another existing stream."""
    ERROR = "error"
    """There was an internal error other than a problem communicating with the destination."""
    TRACK_LIMIT = "track-limit"
    """The requested stream exceeded the maximum number of tracks that may be streamed on a
    single call."""


class MediaStreamStoppedCause(WireEnum):
    """The reason a media stream was stopped.

    >>> MediaStreamStoppedCause.CLOSED == "closed"
    True
    """

    CLOSED = "closed"
    """The media stream was closed intentionally, either because a ``<StopStream>`` request was
    sent, or the call ended."""
    CONNECTION_ERROR = "connection-error"
    """There was a problem communicating with the destination supplied in the ``<StartStream>``
    request. For example connecting to the websocket timed out, or the websocket closed
    abnormally, etc."""
    ERROR = "error"
    """There was an internal error other than a problem communicating with the destination."""


class FileFormat(WireEnum):
    """The audio format that a recording was saved as.

    >>> FileFormat("mp3")
    <FileFormat.MP3: 'mp3'>
    """

    WAV = "wav"
    MP3 = "mp3"


class RecordingStatus(WireEnum):
    """The state of a recording.

    >>> RecordingStatus("partial") is RecordingStatus.PARTIAL
    True
    """

    COMPLETE = "complete"
    PARTIAL = "partial"
    """The recording is available to be downloaded, but parts of it are missing."""
    ERROR = "error"


class RecordingChannels(WireIntEnum):
    """Number of channels in a recording.

    >>> RecordingChannels(2), RecordingChannels.MONO == 1
    (<RecordingChannels.STEREO: 2>, True)
    """

    MONO = 1
    STEREO = 2
