"""Recording events: ``recordComplete`` (``recordingComplete`` in the OpenAPI spec) and
``recordingAvailable``, with the recording fields they share with the conference recording and
transcription events."""

from typing import Literal

from pydantic import Field

from ..types import IsoDuration, OpenEnum, OpenIntEnum, UtcDatetime
from ._base import BandwidthModel
from ._call import AnsweredCallEvent, CallEvent, TransferLegFields
from .enums import FileFormat, RecordingChannels, RecordingStatus

__all__ = [
    "AvailableRecordingFields",
    "CompletedRecordingFields",
    "RecordComplete",
    "RecordingAvailable",
    "RecordingFields",
]


class RecordingFields(BandwidthModel):
    """The fields that describe a recording, shared by every recording event.

    >>> from voice_webhooks.bandwidth import parse_event
    >>> from voice_webhooks.bandwidth.examples import RECORD_COMPLETE
    >>> event = parse_event(RECORD_COMPLETE)
    >>> isinstance(event, RecordingFields), event.duration.total_seconds()
    (True, 20.056)
    """

    recording_id: str = Field(description="The unique id for this recording.")
    media_url: str | None = Field(
        default=None,
        description="The URL of the recording media. (Listed without `(optional)` by the pages; "
        "the 2026 OpenAPI spec makes it nullable and says it is only present once the recording "
        "is finished and may be downloaded, so it may be absent or `null`.)",
    )
    start_time: UtcDatetime = Field(
        description="The time that the recording started (in ISO8601 format)."
    )
    end_time: UtcDatetime = Field(
        description="The time that the recording ended (in ISO8601 format)."
    )
    duration: IsoDuration = Field(description="The duration of the recording (in ISO8601 format).")
    file_format: OpenEnum[FileFormat] = Field(
        description="The audio format that the recording was saved as (`wav` or `mp3`)."
    )


class CompletedRecordingFields(RecordingFields):
    """A recording that has ended: its fields and its number of ``channels``.

    >>> from voice_webhooks.bandwidth import parse_event
    >>> from voice_webhooks.bandwidth.examples import RECORD_COMPLETE
    >>> parse_event(RECORD_COMPLETE).channels
    <RecordingChannels.MONO: 1>
    """

    channels: OpenIntEnum[RecordingChannels] = Field(
        description="Number of channels in the recording (1 or 2; always 1 for conference "
        "recordings)."
    )


class AvailableRecordingFields(CompletedRecordingFields):
    """A recording that has been processed: its fields, its channels and its ``status``.

    >>> from voice_webhooks.bandwidth import parse_event
    >>> from voice_webhooks.bandwidth.examples import CONFERENCE_RECORDING_AVAILABLE
    >>> parse_event(CONFERENCE_RECORDING_AVAILABLE).status
    <RecordingStatus.COMPLETE: 'complete'>
    """

    status: OpenEnum[RecordingStatus] = Field(
        description="The state of the recording. Can be `complete`, `partial`, or `error`. A "
        "`partial` status indicates that, although the recording is available to be "
        "downloaded, parts of the recording are missing. (The 2026 OpenAPI spec adds "
        "`processing` and `deleted`, and warns that more states may be added.)"
    )


class RecordComplete(CompletedRecordingFields, TransferLegFields, AnsweredCallEvent):
    """``recordComplete``: a ``<Record>`` verb finished while the call is still active; the BXML
    in the reply runs next.  The recording can be downloaded once ``recordingAvailable`` comes.

    The pages call it ``recordComplete``, Bandwidth's OpenAPI spec ``recordingComplete``: both
    parse to this model, and ``to_json`` writes back the name that was received.

    >>> from voice_webhooks.bandwidth.examples import RECORD_COMPLETE
    >>> spec_name = RECORD_COMPLETE.replace("recordComplete", "recordingComplete")
    >>> event = RecordComplete.from_json(spec_name)
    >>> event.event_type, event.file_format
    ('recordingComplete', <FileFormat.WAV: 'wav'>)
    """

    event_type: Literal["recordComplete", "recordingComplete"] = Field(  # pyright: ignore[reportIncompatibleVariableOverride]
        default="recordComplete",
        description="The event type: `recordComplete` in the pages, `recordingComplete` in the "
        "2026 OpenAPI spec (both are accepted and written back as received).",
    )


class RecordingAvailable(AvailableRecordingFields, TransferLegFields, CallEvent):
    """``recordingAvailable``: a recording has been processed and is available for download.

    Bandwidth's own documented example has a zone-less ``eventTime`` and a malformed
    ``enqueuedTime``; lenient parsing repairs both (as UTC) and strict parsing rejects them.

    >>> from voice_webhooks.bandwidth.examples import RECORDING_AVAILABLE
    >>> event = RecordingAvailable.from_json(RECORDING_AVAILABLE)
    >>> event.channels, event.duration.total_seconds(), event.enqueued_time.isoformat()
    (<RecordingChannels.MONO: 1>, 20.056, '2019-09-13T16:48:27.198000+00:00')
    """

    event_type: Literal["recordingAvailable"] = Field(  # pyright: ignore[reportIncompatibleVariableOverride]
        default="recordingAvailable", description="The event type, value is `recordingAvailable`."
    )
    recording_name: str | None = Field(
        default=None, description="(optional) A name to identify this recording."
    )
