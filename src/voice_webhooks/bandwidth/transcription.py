"""Recording transcription: ``transcriptionAvailable`` and the ``transcription`` it carries."""

from typing import Literal

from pydantic import Field

from ..types import OpenEnum, UtcDatetime
from ._base import BandwidthModel
from ._call import CallEvent, TransferLegFields
from .enums import TranscriptionStatus
from .recording import RecordingFields

__all__ = ["Transcription", "TranscriptionAvailable"]


class Transcription(BandwidthModel):
    """The transcription of a recording, as ``transcriptionAvailable`` describes it.

    The page's example holds ``id``, ``url``, ``status`` and ``completedTime``; Bandwidth's
    2026 OpenAPI spec describes the object with ``speaker``, ``text`` and ``confidence``
    instead.  Every field of both is known and none is required, so either shape is read.

    >>> text = Transcription.from_json('{"status": "available", "text": "Hi", "confidence": 0.9}')
    >>> text.status, text.text, text.id
    (<TranscriptionStatus.AVAILABLE: 'available'>, 'Hi', None)
    """

    id: str | None = Field(
        default=None, description="(optional) The unique id of the transcription (the pages)."
    )
    url: str | None = Field(
        default=None,
        description="(optional) The URL to retrieve the transcription from (the pages).",
    )
    status: OpenEnum[TranscriptionStatus] | None = Field(
        default=None,
        description="(optional) The state of the transcription: `available` in the pages; the "
        "2026 OpenAPI spec lists `none`, `processing`, `available`, `error`, `timeout`, "
        "`file-size-too-big` and `file-size-too-small`, and warns that more may be added.",
    )
    completed_time: UtcDatetime | None = Field(
        default=None,
        description="(optional) The time the transcription was completed, in ISO 8601 format "
        "(the pages).",
    )
    speaker: int | None = Field(
        default=None,
        description="(optional) Zero-based index identifying the speaker (the 2026 OpenAPI spec).",
    )
    text: str | None = Field(
        default=None, description="(optional) The transcribed text (the 2026 OpenAPI spec)."
    )
    confidence: float | None = Field(
        default=None,
        description="(optional) The confidence on the recognized content, ranging from `0.0` to "
        "`1.0` with `1.0` being the highest confidence (the 2026 OpenAPI spec).",
    )


class TranscriptionAvailable(RecordingFields, TransferLegFields, CallEvent):
    """``transcriptionAvailable``: the transcription of a recording can be downloaded.

    >>> from voice_webhooks.bandwidth.examples import TRANSCRIPTION_AVAILABLE
    >>> event = TranscriptionAvailable.from_json(TRANSCRIPTION_AVAILABLE)
    >>> event.transcription.status, event.recording_id
    (<TranscriptionStatus.AVAILABLE: 'available'>, 'r-115da407-e3d9-4ea7-889f-5f4ad7386a80')
    """

    event_type: Literal["transcriptionAvailable"] = Field(  # pyright: ignore[reportIncompatibleVariableOverride]
        default="transcriptionAvailable",
        description="The event type, value is `transcriptionAvailable`.",
    )
    transcription: Transcription = Field(description="Transcription information.")
