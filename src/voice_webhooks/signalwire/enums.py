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
    "CallDirection",
    "CallStatus",
    "HttpMethod",
    "HttpMethodValue",
    "RecordingSource",
    "RecordingStatus",
    "StreamCodec",
    "StreamCodecValue",
    "StreamErrorCode",
    "StreamEvent",
    "StreamStatus",
    "StreamUpdateStatus",
    "StreamUpdateStatusValue",
    "Track",
    "TrackValue",
    "TranscriptionStatus",
]


class Track(WireEnum):
    """Which audio of the call a stream sends.

    The documented default disagrees: SignalWire's REST API says ``both_tracks``, its cXML
    ``<Stream>`` and Twilio say ``inbound_track``.  The requests leave ``Track`` out unless
    you set it, so the provider's own default applies.

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


class StreamCodec(WireEnum):
    """The audio codec of a conference stream (``StreamCodec``); SignalWire's default is
    ``PCMU`` at 8000 Hz.

    >>> StreamCodec("L16@16000h").name
    'L16_16000H'
    """

    PCMU = "PCMU"
    """G.711 µ-law, 8000 Hz."""
    PCMA = "PCMA"
    """G.711 A-law, 8000 Hz."""
    L16 = "L16"
    """Linear 16-bit PCM."""
    L16_16000H = "L16@16000h"
    """Linear 16-bit PCM at 16000 Hz."""
    L16_24000H = "L16@24000h"
    """Linear 16-bit PCM at 24000 Hz."""


StreamCodecValue = Literal["PCMU", "PCMA", "L16", "L16@16000h", "L16@24000h"]
"""The values of :class:`StreamCodec`, for type checkers."""


class CallStatus(WireEnum):
    """The status of a call, as its status callback reports it.

    >>> CallStatus("no-answer") is CallStatus.NO_ANSWER
    True
    """

    INITIATED = "initiated"
    """The initial dial has begun."""
    RINGING = "ringing"
    """The call is ringing."""
    IN_PROGRESS = "in-progress"
    """The call was answered and is in progress."""
    QUEUED = "queued"
    """The call is ready and in line to initiate."""
    FAILED = "failed"
    """The call could not be completed. Usually occurs when the phone number does not exist."""
    BUSY = "busy"
    """The caller encountered a busy signal."""
    NO_ANSWER = "no-answer"
    """The call ended without an answer."""
    COMPLETED = "completed"
    """The call was answered and ended normally."""
    CANCELED = "canceled"
    """The REST API canceled the call while it was ringing or queued."""


class CallDirection(WireEnum):
    """The direction of a call.

    >>> CallDirection("outbound-api").name
    'OUTBOUND_API'
    """

    OUTBOUND_DIAL = "outbound-dial"
    """A call launched through the Dial verb."""
    OUTBOUND_API = "outbound-api"
    """A call launched through the REST API."""
    INBOUND = "inbound"
    """An inbound call."""


class RecordingStatus(WireEnum):
    """The status of a recording, as its status callback reports it.

    >>> RecordingStatus("absent").name
    'ABSENT'
    """

    IN_PROGRESS = "in-progress"
    """Recording has begun."""
    COMPLETED = "completed"
    """File is available."""
    ABSENT = "absent"
    """Recording was too short or no audio was detected."""


class RecordingSource(WireEnum):
    """How a recording was made (``RecordingSource``), as SignalWire's API spec lists it.

    >>> RecordingSource("RecordVerb") is RecordingSource.RECORD_VERB
    True
    """

    DIAL_VERB = "DialVerb"
    """The ``record`` attribute of ``<Dial>``."""
    CONFERENCE = "Conference"
    """A conference recording."""
    OUT_BOUND_API = "OutBoundApi"
    """The ``Record`` parameter of an outbound call created through the REST API."""
    TRUNKING = "Trunking"
    """A SIP trunk recording."""
    RECORD_VERB = "RecordVerb"
    """The ``<Record>`` verb."""
    START_CALL_RECORDING_API = "StartCallRecordingApi"
    """A call recording started through the REST API."""
    START_CONFERENCE_RECORDING = "StartConferenceRecording"
    """A conference recording started through the REST API."""


class TranscriptionStatus(WireEnum):
    """The status of a transcription, as its status callback reports it.

    >>> TranscriptionStatus("failed").value
    'failed'
    """

    COMPLETED = "completed"
    """The transcription is ready: ``TranscriptionText`` holds it."""
    FAILED = "failed"
    """The recording could not be transcribed."""
