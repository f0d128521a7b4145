"""Real-time transcription events: ``realTimeTranscriptionStarted``,
``realTimeTranscriptionAvailable``, ``realTimeTranscriptionRejected`` and
``realTimeTranscriptionStopped``, sent to the URL of a ``<StartTranscription>`` or
``<StopTranscription>`` verb.

The pages name the transcription's details ``realTimeTranscription`` in their field tables, but
the examples of ``realTimeTranscriptionRejected`` and ``realTimeTranscriptionStopped`` send them
as ``transcription``.  Both keys are read (one of them is required) and written back as
received; :attr:`RealTimeTranscriptionEvent.details` gives whichever arrived.
"""

from typing import Any, Generic, Literal, TypeVar

from pydantic import ConfigDict, Field, model_validator
from pydantic_core import PydanticCustomError

from ..types import OpenEnum, UtcDatetime
from ._call import AnsweredCallEvent
from ._flag import FlagOrText
from ._stream import StreamDuration, StreamFields
from .enums import (
    RealTimeTranscriptionStatus,
    TranscriptionRejectedCause,
    TranscriptionStoppedCause,
)

__all__ = [
    "AvailableRealTimeTranscription",
    "RealTimeTranscription",
    "RealTimeTranscriptionAvailable",
    "RealTimeTranscriptionEvent",
    "RealTimeTranscriptionRejected",
    "RealTimeTranscriptionStarted",
    "RealTimeTranscriptionStopped",
    "StoppedRealTimeTranscription",
]


class RealTimeTranscription(StreamFields):
    """Details about a real-time transcription: the stream of call audio it transcribes.

    >>> details = RealTimeTranscription.from_json(
    ...     '{"id": "t-1", "name": "t-1", "startTime": "2022-06-30T18:55:02.489Z",'
    ...     ' "tracks": ["inbound"], "stabilized": "true"}')
    >>> details.stabilized, bool(details.stabilized)
    (<TextBoolean.TRUE: 'true'>, True)
    """

    stabilized: FlagOrText | None = Field(
        default=None,
        description="(optional) Whether transcription update events are sent to the specified "
        "`destination` only after they have become stable. Requires `destination`. (The pages' "
        'examples write it as text, `"true"` or `"false"`: text and JSON booleans are both read, '
        "and written back as received.)",
    )


class AvailableRealTimeTranscription(RealTimeTranscription):
    """A completed real-time transcription: its details, its ``status`` and where to get it.

    >>> from voice_webhooks.bandwidth import parse_event
    >>> from voice_webhooks.bandwidth.examples import REAL_TIME_TRANSCRIPTION_AVAILABLE
    >>> parse_event(REAL_TIME_TRANSCRIPTION_AVAILABLE).details.status
    <RealTimeTranscriptionStatus.AVAILABLE: 'available'>
    """

    status: OpenEnum[RealTimeTranscriptionStatus] = Field(
        description="The status of the transcription. Can be either `available`, meaning that "
        "the transcription is ready for downloading, or `failed` otherwise."
    )
    url: str = Field(description="The URL of the transcription.")
    completed_time: UtcDatetime = Field(
        description="The time at which the transcription was completed and ready for download."
    )


class StoppedRealTimeTranscription(StreamDuration, RealTimeTranscription):
    """A real-time transcription that has ended, with its ``duration``.

    >>> from voice_webhooks.bandwidth import parse_event
    >>> from voice_webhooks.bandwidth.examples import REAL_TIME_TRANSCRIPTION_STOPPED
    >>> parse_event(REAL_TIME_TRANSCRIPTION_STOPPED).details.duration.nanosecond
    456
    """


T = TypeVar("T", bound=RealTimeTranscription)


class RealTimeTranscriptionEvent(AnsweredCallEvent, Generic[T]):
    """The base of the real-time transcription events: an answered call's event with the
    transcription's details, under either of the two names Bandwidth's pages use.

    >>> from voice_webhooks.bandwidth import parse_event
    >>> from voice_webhooks.bandwidth.examples import REAL_TIME_TRANSCRIPTION_STOPPED
    >>> event = parse_event(REAL_TIME_TRANSCRIPTION_STOPPED)
    >>> event.real_time_transcription is None, event.details is event.transcription
    (True, True)
    """

    model_config = ConfigDict(json_schema_extra=lambda schema: _one_of_the_two(schema))

    real_time_transcription: T | None = Field(
        default=None,
        description="Details about the transcription, under the name of the pages' field "
        "tables. A body has this or `transcription`.",
    )
    transcription: T | None = Field(
        default=None,
        description="Details about the transcription, under the name the pages' examples of "
        "`realTimeTranscriptionRejected` and `realTimeTranscriptionStopped` use. A body has "
        "this or `realTimeTranscription`.",
    )

    @model_validator(mode="after")
    def _details_are_given(self) -> "RealTimeTranscriptionEvent[T]":
        if self.real_time_transcription is None and self.transcription is None:
            raise PydanticCustomError(
                "missing", "realTimeTranscription (or transcription) is required"
            )
        return self

    @property
    def details(self) -> T:
        """The transcription's details, whichever name they arrived under."""
        details = self.real_time_transcription or self.transcription
        if details is None:  # only for a model built with model_construct
            raise AttributeError("no realTimeTranscription nor transcription")
        return details


def _one_of_the_two(schema: dict[str, Any]) -> None:
    """JSON Schema of the events: the details are required (an object), under either name."""
    schema["anyOf"] = [
        {"required": [name], "properties": {name: {"type": "object"}}}
        for name in ("realTimeTranscription", "transcription")
    ]


class RealTimeTranscriptionStarted(RealTimeTranscriptionEvent[RealTimeTranscription]):
    """``realTimeTranscriptionStarted``: the transcription requested by a
    ``<StartTranscription>`` verb has started.

    >>> from voice_webhooks.bandwidth.examples import REAL_TIME_TRANSCRIPTION_STARTED
    >>> RealTimeTranscriptionStarted.from_json(REAL_TIME_TRANSCRIPTION_STARTED).details.name
    'example_transcription'
    """

    event_type: Literal["realTimeTranscriptionStarted"] = Field(  # pyright: ignore[reportIncompatibleVariableOverride]
        default="realTimeTranscriptionStarted",
        description="The event type, value is `realTimeTranscriptionStarted`.",
    )


class RealTimeTranscriptionAvailable(RealTimeTranscriptionEvent[AvailableRealTimeTranscription]):
    """``realTimeTranscriptionAvailable``: a real-time transcription is complete and can be
    downloaded (or has failed: ``status``).

    >>> from voice_webhooks.bandwidth.examples import REAL_TIME_TRANSCRIPTION_AVAILABLE
    >>> event = RealTimeTranscriptionAvailable.from_json(REAL_TIME_TRANSCRIPTION_AVAILABLE)
    >>> event.details.url.rsplit("/", 1)[-1]
    't-95ac90b3-bfc81595-35fc-4b64-8265-fab6855b74a2'
    """

    event_type: Literal["realTimeTranscriptionAvailable"] = Field(  # pyright: ignore[reportIncompatibleVariableOverride]
        default="realTimeTranscriptionAvailable",
        description="The event type, value is `realTimeTranscriptionAvailable`.",
    )


class RealTimeTranscriptionRejected(RealTimeTranscriptionEvent[RealTimeTranscription]):
    """``realTimeTranscriptionRejected``: the transcription requested by a
    ``<StartTranscription>`` verb was not started.

    >>> from voice_webhooks.bandwidth.examples import REAL_TIME_TRANSCRIPTION_REJECTED
    >>> event = RealTimeTranscriptionRejected.from_json(REAL_TIME_TRANSCRIPTION_REJECTED)
    >>> event.cause, event.original_transcription.stabilized
    (<TranscriptionRejectedCause.DUPLICATE: 'duplicate'>, <TextBoolean.FALSE: 'false'>)
    """

    event_type: Literal["realTimeTranscriptionRejected"] = Field(  # pyright: ignore[reportIncompatibleVariableOverride]
        default="realTimeTranscriptionRejected",
        description="The event type, value is `realTimeTranscriptionRejected`.",
    )
    cause: OpenEnum[TranscriptionRejectedCause] = Field(
        description="The reason the real-time transcription was rejected, can be one of "
        "`connection-error`, `duplicate`, `error` or `track-limit`."
    )
    error_message: str = Field(description="Detailed information about the `cause`.")
    original_transcription: RealTimeTranscription | None = Field(
        default=None,
        description="(optional) Details about the original real-time transcription if this "
        "rejection is due to requesting a duplicate name.",
    )


class RealTimeTranscriptionStopped(RealTimeTranscriptionEvent[StoppedRealTimeTranscription]):
    """``realTimeTranscriptionStopped``: a real-time transcription ended, by
    ``<StopTranscription>`` or for another reason such as the call being hung up.

    >>> from voice_webhooks.bandwidth.examples import REAL_TIME_TRANSCRIPTION_STOPPED
    >>> RealTimeTranscriptionStopped.from_json(REAL_TIME_TRANSCRIPTION_STOPPED).cause
    <TranscriptionStoppedCause.CLOSED: 'closed'>
    """

    event_type: Literal["realTimeTranscriptionStopped"] = Field(  # pyright: ignore[reportIncompatibleVariableOverride]
        default="realTimeTranscriptionStopped",
        description="The event type, value is `realTimeTranscriptionStopped`.",
    )
    cause: OpenEnum[TranscriptionStoppedCause] = Field(
        description="The reason the transcription was stopped. This can be one of `closed`, "
        "`connection-error`, or `error`."
    )
    error_message: str | None = Field(
        default=None,
        description="(optional) If the `cause` value was anything other than `closed`, this "
        "will contain details about what went wrong.",
    )
