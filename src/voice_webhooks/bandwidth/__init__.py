"""Bandwidth Voice webhooks: typed models of every callback, and :func:`parse_event`.

One module per family of events (``calls``, ``input``, ``machine_detection``, ``bridge``,
``transfer``, ``recording``, ``transcription``, ``conference``, ``media_stream``,
``realtime_transcription``, ``refer``), each model named after its ``eventType``; the union of
them all is :data:`BandwidthEvent`, and :data:`EVENT_TYPES` maps each ``eventType`` to its model.

>>> from voice_webhooks import bandwidth
>>> from voice_webhooks.bandwidth.examples import RECORDING_AVAILABLE
>>> event = bandwidth.parse_event(RECORDING_AVAILABLE)
>>> match event:
...     case bandwidth.RecordingAvailable(media_url=url, channels=n):
...         print(n, url.rsplit("/", 2)[-2])
1 {recordingId}
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from .._lazy import LazyExports
from .events import EVENT_TYPES, UnknownEvent, parse_event

if TYPE_CHECKING:
    from .._stream_session import (
        StreamProblem,
        StreamProtocolError,
    )
    from ._call import (
        AnsweredCallEvent,
        CallEndFields,
        CallErrorFields,
        CallEvent,
        SipCallIdField,
        TransferLegFields,
    )
    from ._event import (
        EventBase,
    )
    from ._stream import (
        StreamDuration,
        StreamFields,
    )
    from ._stream_enums import (
        PlayAudioContentType,
        StreamEncoding,
    )
    from ._stream_replies import (
        ClearMessage,
        PlayAudio,
        PlayAudioMessage,
    )
    from ._stream_session import (
        StreamSession,
    )
    from .auth import basic_auth_header, check_basic_auth
    from .bridge import (
        BridgeComplete,
        BridgeTargetComplete,
    )
    from .calls import (
        Answer,
        Disconnect,
        Diversion,
        Initiate,
        Redirect,
        StirShaken,
    )
    from .conference import (
        ConferenceCompleted,
        ConferenceCreated,
        ConferenceEvent,
        ConferenceMemberEvent,
        ConferenceMemberExit,
        ConferenceMemberJoin,
        ConferenceRecordingAvailable,
        ConferenceRedirect,
    )
    from .enums import (
        AttestationIndicator,
        CallDirection,
        CallEndCause,
        DiversionPrivacy,
        DiversionReason,
        DiversionScreen,
        DtmfDigit,
        FileFormat,
        MachineDetectionValue,
        MediaStreamRejectedCause,
        MediaStreamStoppedCause,
        RealTimeTranscriptionStatus,
        RecordingChannels,
        RecordingStatus,
        ReferCallStatus,
        StreamTrack,
        StreamType,
        TextBoolean,
        TranscriptionRejectedCause,
        TranscriptionStatus,
        TranscriptionStoppedCause,
        Verstat,
    )
    from .events import BandwidthEvent
    from .input import (
        Dtmf,
        Gather,
    )
    from .machine_detection import (
        MachineDetectionComplete,
        MachineDetectionResult,
    )
    from .media_stream import (
        MediaStream,
        MediaStreamEvent,
        MediaStreamRejected,
        MediaStreamStarted,
        MediaStreamStopped,
        StoppedMediaStream,
    )
    from .realtime_transcription import (
        AvailableRealTimeTranscription,
        RealTimeTranscription,
        RealTimeTranscriptionAvailable,
        RealTimeTranscriptionEvent,
        RealTimeTranscriptionRejected,
        RealTimeTranscriptionStarted,
        RealTimeTranscriptionStopped,
        StoppedRealTimeTranscription,
    )
    from .recording import (
        AvailableRecordingFields,
        CompletedRecordingFields,
        RecordComplete,
        RecordingAvailable,
        RecordingFields,
    )
    from .refer import (
        ReferComplete,
    )
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
    from .transcription import (
        Transcription,
        TranscriptionAvailable,
    )
    from .transfer import (
        TransferAnswer,
        TransferComplete,
        TransferDisconnect,
        TransferEvent,
        TransferredLegEvent,
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

# The rest of the public names, by module (relative to this package): loaded on first use, so
# that importing the package and parsing a first event load only what that event needs.
_LAZY: Final[dict[str, tuple[str, ...]]] = {
    "_call": (
        "AnsweredCallEvent",
        "CallEndFields",
        "CallErrorFields",
        "CallEvent",
        "SipCallIdField",
        "TransferLegFields",
    ),
    "_event": ("EventBase",),
    "_stream": (
        "StreamDuration",
        "StreamFields",
    ),
    "bridge": (
        "BridgeComplete",
        "BridgeTargetComplete",
    ),
    "calls": (
        "Answer",
        "Disconnect",
        "Diversion",
        "Initiate",
        "Redirect",
        "StirShaken",
    ),
    "conference": (
        "ConferenceCompleted",
        "ConferenceCreated",
        "ConferenceEvent",
        "ConferenceMemberEvent",
        "ConferenceMemberExit",
        "ConferenceMemberJoin",
        "ConferenceRecordingAvailable",
        "ConferenceRedirect",
    ),
    "enums": (
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
    ),
    "input": (
        "Dtmf",
        "Gather",
    ),
    "machine_detection": (
        "MachineDetectionComplete",
        "MachineDetectionResult",
    ),
    "media_stream": (
        "MediaStream",
        "MediaStreamEvent",
        "MediaStreamRejected",
        "MediaStreamStarted",
        "MediaStreamStopped",
        "StoppedMediaStream",
    ),
    "realtime_transcription": (
        "AvailableRealTimeTranscription",
        "RealTimeTranscription",
        "RealTimeTranscriptionAvailable",
        "RealTimeTranscriptionEvent",
        "RealTimeTranscriptionRejected",
        "RealTimeTranscriptionStarted",
        "RealTimeTranscriptionStopped",
        "StoppedRealTimeTranscription",
    ),
    "recording": (
        "AvailableRecordingFields",
        "CompletedRecordingFields",
        "RecordComplete",
        "RecordingAvailable",
        "RecordingFields",
    ),
    "refer": ("ReferComplete",),
    "transcription": (
        "Transcription",
        "TranscriptionAvailable",
    ),
    "transfer": (
        "TransferAnswer",
        "TransferComplete",
        "TransferDisconnect",
        "TransferEvent",
        "TransferredLegEvent",
    ),
    "events": ("BandwidthEvent",),
    ".._stream_session": (
        "StreamProblem",
        "StreamProtocolError",
    ),
    "_stream_enums": (
        "PlayAudioContentType",
        "StreamEncoding",
    ),
    "_stream_replies": (
        "ClearMessage",
        "PlayAudio",
        "PlayAudioMessage",
    ),
    "_stream_session": ("StreamSession",),
    "auth": ("basic_auth_header", "check_basic_auth"),
    "stream_messages": (
        "MediaFormat",
        "MediaMessage",
        "StartMessage",
        "StopMessage",
        "StreamMessage",
        "StreamMetadata",
        "TrackMetadata",
        "UnknownStreamMessage",
        "parse_stream_message",
    ),
    "verbs": (
        "MAX_STREAM_PARAMS",
        "BxmlResponse",
        "BxmlVerb",
        "RawVerb",
        "StartStream",
        "StartStreamTracks",
        "StopStream",
        "StreamEventMethod",
        "StreamMode",
        "StreamParam",
    ),
}
_EXPORTS: Final = LazyExports(__name__, _LAZY)
_MODULE_OF: Final = _EXPORTS.module_of


__all__ = [
    "EVENT_TYPES",
    "MAX_STREAM_PARAMS",
    "Answer",
    "AnsweredCallEvent",
    "AttestationIndicator",
    "AvailableRealTimeTranscription",
    "AvailableRecordingFields",
    "BandwidthEvent",
    "BridgeComplete",
    "BridgeTargetComplete",
    "BxmlResponse",
    "BxmlVerb",
    "CallDirection",
    "CallEndCause",
    "CallEndFields",
    "CallErrorFields",
    "CallEvent",
    "ClearMessage",
    "CompletedRecordingFields",
    "ConferenceCompleted",
    "ConferenceCreated",
    "ConferenceEvent",
    "ConferenceMemberEvent",
    "ConferenceMemberExit",
    "ConferenceMemberJoin",
    "ConferenceRecordingAvailable",
    "ConferenceRedirect",
    "Disconnect",
    "Diversion",
    "DiversionPrivacy",
    "DiversionReason",
    "DiversionScreen",
    "Dtmf",
    "DtmfDigit",
    "EventBase",
    "FileFormat",
    "Gather",
    "Initiate",
    "MachineDetectionComplete",
    "MachineDetectionResult",
    "MachineDetectionValue",
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
    "RealTimeTranscription",
    "RealTimeTranscriptionAvailable",
    "RealTimeTranscriptionEvent",
    "RealTimeTranscriptionRejected",
    "RealTimeTranscriptionStarted",
    "RealTimeTranscriptionStatus",
    "RealTimeTranscriptionStopped",
    "RecordComplete",
    "RecordingAvailable",
    "RecordingChannels",
    "RecordingFields",
    "RecordingStatus",
    "Redirect",
    "ReferCallStatus",
    "ReferComplete",
    "SipCallIdField",
    "StartMessage",
    "StartStream",
    "StartStreamTracks",
    "StirShaken",
    "StopMessage",
    "StopStream",
    "StoppedMediaStream",
    "StoppedRealTimeTranscription",
    "StreamDuration",
    "StreamEncoding",
    "StreamEventMethod",
    "StreamFields",
    "StreamMessage",
    "StreamMetadata",
    "StreamMode",
    "StreamParam",
    "StreamProblem",
    "StreamProtocolError",
    "StreamSession",
    "StreamTrack",
    "StreamType",
    "TextBoolean",
    "TrackMetadata",
    "Transcription",
    "TranscriptionAvailable",
    "TranscriptionRejectedCause",
    "TranscriptionStatus",
    "TranscriptionStoppedCause",
    "TransferAnswer",
    "TransferComplete",
    "TransferDisconnect",
    "TransferEvent",
    "TransferLegFields",
    "TransferredLegEvent",
    "UnknownEvent",
    "UnknownStreamMessage",
    "Verstat",
    "basic_auth_header",
    "check_basic_auth",
    "parse_event",
    "parse_stream_message",
]


__getattr__ = _EXPORTS.attribute
__dir__ = _EXPORTS.names
