"""The enumerations of the SignalWire (and Twilio) Streams API, with their documented meanings.

Each is a ``str`` enum, so members compare equal to their wire values and print as them.
Fields of received bodies are open: in lenient mode a value the provider adds later arrives as
a plain ``str``; strict mode rejects it.  Fields of what you send are closed
(:data:`~voice_webhooks.types.ClosedEnum`).

>>> Track("both_tracks") == "both_tracks"
True
"""

from __future__ import annotations

from typing import Literal

from .._enums import WireEnum

__all__ = [
    "HttpMethod",
    "HttpMethodValue",
    "StreamErrorCode",
    "StreamEvent",
    "StreamStatus",
    "StreamUpdateStatus",
    "StreamUpdateStatusValue",
    "Track",
    "TrackValue",
]


class Track(WireEnum):
    """Which audio of the call a stream sends. REST default ``both_tracks`` (Twilio:
    ``inbound_track``).

    >>> Track("both_tracks") is Track.BOTH_TRACKS
    True
    """

    INBOUND_TRACK = "inbound_track"
    """The audio received from the caller."""
    OUTBOUND_TRACK = "outbound_track"
    """The audio sent to the caller."""
    BOTH_TRACKS = "both_tracks"
    """Both directions."""


TrackValue = Literal["inbound_track", "outbound_track", "both_tracks"]
"""The values of :class:`Track`, for type checkers: ``track="both_tracks"`` type-checks."""


class HttpMethod(WireEnum):
    """How the ``StatusCallback`` URL is requested. Default ``POST``.

    >>> HttpMethod("GET")
    <HttpMethod.GET: 'GET'>
    """

    GET = "GET"
    """Status callback fields arrive as query parameters."""
    POST = "POST"
    """Status callback fields arrive as an urlencoded form body."""


HttpMethodValue = Literal["GET", "POST"]
"""The values of :class:`HttpMethod`, for type checkers."""


class StreamStatus(WireEnum):
    """The status of a stream, as in the create and update responses.

    >>> StreamStatus("in-progress").name
    'IN_PROGRESS'
    """

    QUEUED = "queued"
    IN_PROGRESS = "in-progress"
    STOPPED = "stopped"


class StreamUpdateStatus(WireEnum):
    """The status an update request may set: ``stopped`` stops the stream.

    >>> StreamUpdateStatus.STOPPED.value
    'stopped'
    """

    STOPPED = "stopped"


StreamUpdateStatusValue = Literal["stopped"]
"""The values of :class:`StreamUpdateStatus`, for type checkers."""


class StreamEvent(WireEnum):
    """What a stream status callback reports.

    >>> StreamEvent("stream-error") is StreamEvent.STREAM_ERROR
    True
    """

    STREAM_STARTED = "stream-started"
    """The WebSocket connection was established and media started flowing."""
    STREAM_STOPPED = "stream-stopped"
    """The stream ended."""
    STREAM_ERROR = "stream-error"
    """The stream failed; ``StreamError`` says why."""


class StreamErrorCode(WireEnum):
    """Why a stream failed, as the ``StreamError`` of a ``stream-error`` callback.

    >>> StreamErrorCode("Duplicated stream name").name
    'DUPLICATED_STREAM_NAME'
    """

    INVALID_URL = "invalid_url"
    MISSING_URL = "missing_url"
    INVALID_TRACK = "invalid_track"
    CODEC_ERROR = "codec_error"
    CONNECTION_REFUSED = "connection_refused"
    CONNECTION_REFUSED_TIMEOUT_OR_SSL_ERROR = "connection_refused_timeout_or_ssl_error"
    GENERAL_ERROR = "general_error"
    DUPLICATED_STREAM_ID = "Duplicated stream ID"
    DUPLICATED_STREAM_NAME = "Duplicated stream name"
