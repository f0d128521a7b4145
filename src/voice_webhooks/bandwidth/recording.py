"""Recording events: ``recordingAvailable``."""

from typing import Literal

from pydantic import Field

from ..types import IsoDuration, OpenEnum, OpenIntEnum, UtcDatetime
from ._call import CallEvent, TransferLegFields
from .enums import FileFormat, RecordingChannels, RecordingStatus

__all__ = ["RecordingAvailable"]


class RecordingAvailable(CallEvent, TransferLegFields):
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
    from_: str = Field(
        description="The provided identifier string of the caller used in the `from` field of "
        "the original call."
    )
    recording_id: str = Field(description="The unique id for this recording.")
    recording_name: str | None = Field(
        default=None, description="(optional) A name to identify this recording."
    )
    channels: OpenIntEnum[RecordingChannels] = Field(
        description="Number of channels in the recording (1 or 2)."
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
    media_url: str = Field(description="The URL of the recording media.")
    status: OpenEnum[RecordingStatus] = Field(
        description="The state of the recording. Can be `complete`, `partial`, or `error`. A "
        "`partial` status indicates that, although the recording is available to be "
        "downloaded, parts of the recording are missing."
    )
