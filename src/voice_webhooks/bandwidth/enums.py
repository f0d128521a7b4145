"""The enumerations of Bandwidth Voice webhooks, with the meanings Bandwidth documents.

Each is a ``str`` (or ``int``) enum, so members compare equal to their wire values and print
as them (``str(FileFormat.MP3) == "mp3"``).  Model
fields are open: in lenient mode a value Bandwidth adds later arrives as a plain ``str``/``int``.

>>> CallDirection("inbound") == "inbound"
True
"""

from .._enums import WireEnum, WireIntEnum

__all__ = [
    "AttestationIndicator",
    "CallDirection",
    "CallEndCause",
    "DiversionPrivacy",
    "DiversionReason",
    "DiversionScreen",
    "DtmfDigit",
    "FileFormat",
    "MachineDetectionValue",
    "MediaStreamRejectedCause",
    "MediaStreamStoppedCause",
    "RealTimeTranscriptionStatus",
    "RecordingChannels",
    "RecordingStatus",
    "ReferCallStatus",
    "StreamTrack",
    "StreamType",
    "TextBoolean",
    "TranscriptionRejectedCause",
    "TranscriptionStatus",
    "TranscriptionStoppedCause",
    "Verstat",
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

    The 2023 pages list ``complete``, ``partial`` and ``error``; Bandwidth's 2026 OpenAPI spec
    adds ``processing`` and ``deleted`` and warns that more states may come.

    >>> RecordingStatus("partial") is RecordingStatus.PARTIAL
    True
    """

    COMPLETE = "complete"
    PARTIAL = "partial"
    """The recording is available to be downloaded, but parts of it are missing."""
    ERROR = "error"
    PROCESSING = "processing"
    """The recording is still being processed (from the 2026 OpenAPI spec)."""
    DELETED = "deleted"
    """The recording has been deleted (from the 2026 OpenAPI spec)."""


class RecordingChannels(WireIntEnum):
    """Number of channels in a recording.

    >>> RecordingChannels(2), RecordingChannels.MONO == 1
    (<RecordingChannels.STEREO: 2>, True)
    """

    MONO = 1
    STEREO = 2


class CallEndCause(WireEnum):
    """Why a call (or a transferred leg) ended, or why a ``<Bridge>`` failed.

    Bandwidth warns that the list is not exhaustive and other values can appear.  A
    ``bridgeComplete`` only uses ``busy``, ``rejected`` and ``unknown``.

    >>> CallEndCause("callback-error").name
    'CALLBACK_ERROR'
    """

    HANGUP = "hangup"
    """One party hung up the call, a ``<Hangup>`` verb was executed, or there was no more BXML
    to execute; it indicates that the call ended normally."""
    BUSY = "busy"
    """The callee was busy."""
    TIMEOUT = "timeout"
    """The call wasn't answered before the ``callTimeout`` was reached."""
    CANCEL = "cancel"
    """The call was cancelled by its originator while it was ringing."""
    REJECTED = "rejected"
    """The call was rejected by the callee."""
    CALLBACK_ERROR = "callback-error"
    """A BXML callback couldn't be delivered to your callback server."""
    INVALID_BXML = "invalid-bxml"
    """Invalid BXML was returned in response to a callback."""
    APPLICATION_ERROR = "application-error"
    """An unsupported action was tried on the call, e.g. trying to play a .ogg audio."""
    ACCOUNT_LIMIT = "account-limit"
    """The account rate limits were reached."""
    NODE_CAPACITY_EXCEEDED = "node-capacity-exceeded"
    """The system maximum capacity was reached."""
    ERROR = "error"
    """Some error not described in any of the other causes happened on the call."""
    UNKNOWN = "unknown"
    """Some unknown error happened on the call."""


class DtmfDigit(WireEnum):
    """A key pressed on the phone: a ``dtmf`` event's ``digit``, a ``gather``'s
    ``terminatingDigit`` (which is the empty string when no terminating digit was pressed).

    >>> DtmfDigit("#"), DtmfDigit("")
    (<DtmfDigit.POUND: '#'>, <DtmfDigit.NONE: ''>)
    """

    ZERO = "0"
    ONE = "1"
    TWO = "2"
    THREE = "3"
    FOUR = "4"
    FIVE = "5"
    SIX = "6"
    SEVEN = "7"
    EIGHT = "8"
    NINE = "9"
    STAR = "*"
    POUND = "#"
    NONE = ""
    """No digit: the ``terminatingDigit`` of a gather that ended for another reason."""


class MachineDetectionValue(WireEnum):
    """The result of answering machine detection.

    >>> MachineDetectionValue("answering-machine").name
    'ANSWERING_MACHINE'
    """

    HUMAN = "human"
    """A human was detected. The ``speechThreshold`` and ``speechEndThreshold`` parameters can
    be used to tweak the speech detection operation."""
    ANSWERING_MACHINE = "answering-machine"
    """An answering-machine was detected. The ``speechThreshold`` and ``speechEndThreshold``
    parameters can be used to tweak the speech detection operation."""
    TONE_DETECTED = "tone-detected"
    """An end of message tone was detected. Only sent if tone detection is enabled on the
    account; otherwise a tone is reported as ``answering-machine``."""
    SILENCE = "silence"
    """No speech was detected. The ``silenceTimeout`` parameter can be used to control the
    period."""
    TIMEOUT = "timeout"
    """No result was determined. The ``detectionTimeout`` parameter can be used to control the
    period."""
    ERROR = "error"
    """An error occurred during the machine detection operation."""


class TranscriptionStatus(WireEnum):
    """The state of a recording's transcription (Bandwidth's 2026 OpenAPI spec; the pages show
    ``available``).  Bandwidth warns that more states may be added.

    >>> TranscriptionStatus("file-size-too-big").name
    'FILE_SIZE_TOO_BIG'
    """

    NONE = "none"
    PROCESSING = "processing"
    AVAILABLE = "available"
    """The transcription is ready to be downloaded."""
    ERROR = "error"
    TIMEOUT = "timeout"
    FILE_SIZE_TOO_BIG = "file-size-too-big"
    FILE_SIZE_TOO_SMALL = "file-size-too-small"


class RealTimeTranscriptionStatus(WireEnum):
    """The status of a completed real-time transcription.

    >>> RealTimeTranscriptionStatus("failed").name
    'FAILED'
    """

    AVAILABLE = "available"
    """The transcription is ready for downloading."""
    FAILED = "failed"
    """The transcription failed."""


class TranscriptionRejectedCause(WireEnum):
    """The reason a real-time transcription requested in a ``<StartTranscription>`` verb was not
    started.

    >>> TranscriptionRejectedCause("duplicate").name
    'DUPLICATE'
    """

    CONNECTION_ERROR = "connection-error"
    """There was a problem communicating with the destination supplied in the
    ``<StartTranscription>`` request. For example connecting to the websocket timed out, or the
    websocket closed abnormally, etc."""
    DUPLICATE = "duplicate"
    """The real-time transcription was a duplicate of another existing real-time
    transcription."""
    ERROR = "error"
    """There was an internal error other than a problem communicating with the destination."""
    TRACK_LIMIT = "track-limit"
    """The requested real-time transcription exceeded the maximum number of tracks that may be
    transcribed on a single call."""


class TranscriptionStoppedCause(WireEnum):
    """The reason a real-time transcription was stopped.

    >>> TranscriptionStoppedCause("closed").name
    'CLOSED'
    """

    CLOSED = "closed"
    """The real-time transcription was closed intentionally, either because a
    ``<StopTranscription>`` request was sent, or the call ended."""
    CONNECTION_ERROR = "connection-error"
    """There was a problem communicating with the destination supplied in the
    ``<StartTranscription>`` request. For example connecting to the websocket timed out, or the
    websocket closed abnormally, etc."""
    ERROR = "error"
    """There was an internal error other than a problem communicating with the destination."""


class TextBoolean(WireEnum):
    """A yes/no flag that Bandwidth writes as text (``"true"``, ``"false"``), as a real-time
    transcription's ``stabilized``.  Members are truthy or falsy as they read.

    >>> TextBoolean("false"), bool(TextBoolean.FALSE), bool(TextBoolean.TRUE)
    (<TextBoolean.FALSE: 'false'>, False, True)
    """

    TRUE = "true"
    FALSE = "false"

    def __bool__(self) -> bool:
        return self is TextBoolean.TRUE


class DiversionReason(WireEnum):
    """The reason for a call's diversion (from its SIP ``Diversion`` header).  Bandwidth lists
    common values and warns that the list is not exhaustive.

    >>> DiversionReason("no-answer").name
    'NO_ANSWER'
    """

    UNKNOWN = "unknown"
    USER_BUSY = "user-busy"
    NO_ANSWER = "no-answer"
    UNAVAILABLE = "unavailable"
    UNCONDITIONAL = "unconditional"
    TIME_OF_DAY = "time-of-day"
    DO_NOT_DISTURB = "do-not-disturb"
    DEFLECTION = "deflection"
    FOLLOW_ME = "follow-me"
    OUT_OF_SERVICE = "out-of-service"
    AWAY = "away"


class DiversionPrivacy(WireEnum):
    """The privacy of a diversion.

    >>> DiversionPrivacy("full").name
    'FULL'
    """

    OFF = "off"
    FULL = "full"


class DiversionScreen(WireEnum):
    """Who provided the number a call was diverted from.

    >>> DiversionScreen("yes").name
    'YES'
    """

    NO = "no"
    """The number was provided by the user."""
    YES = "yes"
    """The number was provided by the network."""


class Verstat(WireEnum):
    """The STIR/SHAKEN verification status of an inbound call.

    The 2023 pages say ``TN-Verification-Passed``/``TN-Verification-Failed``; Bandwidth's 2026
    OpenAPI spec says ``TN-Validation-Passed``/``TN-Validation-Failed``.  Both pairs are known
    values, so neither is refused.

    >>> Verstat("TN-Validation-Passed").name
    'TN_VALIDATION_PASSED'
    """

    TN_VALIDATION_PASSED = "TN-Validation-Passed"
    """The verification was successful (the 2026 spec's spelling)."""
    TN_VALIDATION_FAILED = "TN-Validation-Failed"
    """The verification failed (the 2026 spec's spelling)."""
    TN_VERIFICATION_PASSED = "TN-Verification-Passed"
    """The verification was successful (the 2023 pages' spelling)."""
    TN_VERIFICATION_FAILED = "TN-Verification-Failed"
    """The verification failed (the 2023 pages' spelling)."""


class AttestationIndicator(WireEnum):
    """The STIR/SHAKEN attestation level verified by Bandwidth.

    >>> AttestationIndicator("A").name
    'FULL'
    """

    FULL = "A"
    """Full attestation."""
    PARTIAL = "B"
    """Partial attestation."""
    GATEWAY = "C"
    """Gateway attestation."""


class ReferCallStatus(WireEnum):
    """The outcome of a ``<Refer>``.

    >>> ReferCallStatus("success").name
    'SUCCESS'
    """

    SUCCESS = "success"
    """The call has been handed off: the caller now talks to the refer destination directly,
    and the application no longer has access to the call."""
    FAILURE = "failure"
    """The REFER failed and the call remains active: the BXML returned to this event runs on
    it."""
